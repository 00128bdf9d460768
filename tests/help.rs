//! Help that teaches: every option is described, global options stand
//! apart, every vocabulary is explained where it is chosen, and the
//! glossary holds every word.

mod common;

use clap::CommandFactory;
use coal::cli::Cli;
use coal::model::finding::code;
use coal::model::{
    BoundaryLevel, CoalitionKind, DecisionRule, Participation, ResourceType, Role, Spectrum,
    Status, Visibility,
};
use common::{MINIMAL, Run, Workdir, example};

/// Every argument of every command, and every word it may take, that has
/// no help text (`coal add-group status`).
fn undescribed(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
    for arg in command.get_arguments() {
        let builtin = matches!(arg.get_id().as_str(), "help" | "version");
        if !builtin && arg.get_help().is_none() && arg.get_long_help().is_none() {
            missing.push(format!("{path} {}", arg.get_id()));
        }
        // A chosen word says what it means; the shells are clap's own list.
        if arg.get_action().takes_values() && arg.get_id() != "shell" {
            for value in arg.get_possible_values() {
                if value.get_help().is_none() {
                    missing.push(format!("{path} {} {}", arg.get_id(), value.get_name()));
                }
            }
        }
    }
    for sub in command.get_subcommands() {
        undescribed(sub, &format!("{path} {}", sub.get_name()), missing);
    }
}

#[test]
fn every_option_and_argument_has_a_description() {
    let mut missing = Vec::new();
    undescribed(&Cli::command(), "coal", &mut missing);
    assert!(
        missing.is_empty(),
        "without help text:\n{}",
        missing.join("\n")
    );
}

/// The text of `coal ARGS` run with no coalition in sight.
fn stdout_of(work: &Workdir, args: &[&str]) -> String {
    work.run(args).ok().stdout
}

#[test]
fn global_options_stand_under_their_own_heading() {
    let work = Workdir::new();
    for args in [["add-group", "-h"], ["add-group", "--help"]] {
        let help = stdout_of(&work, &args);
        let (own, global) = help
            .split_once("Global options:")
            .expect("a Global options heading");
        for flag in ["--file", "--no-input", "--dry-run", "--color", "--quiet"] {
            assert!(
                global.contains(flag),
                "{flag} not under the heading:\n{help}"
            );
            assert!(
                !own.contains(flag),
                "{flag} among the command's own:\n{help}"
            );
        }
        assert!(own.contains("--status"), "{help}");
    }
}

#[test]
fn add_group_help_says_what_each_word_means() {
    let work = Workdir::new();
    let long = stdout_of(&work, &["add-group", "--help"]);
    // The meanings are those of the vocabularies, not copies of them.
    for (word, meaning) in [
        ("watch", Status::Watch.meaning()),
        ("dialogue", Status::Dialogue.meaning()),
        ("core", Participation::Core.meaning()),
        ("observer", Participation::Observer.meaning()),
        ("passive_ally", Spectrum::PassiveAlly.meaning()),
        ("change_agent", Role::ChangeAgent.meaning()),
    ] {
        let start: String = meaning
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        let flat = long.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(&format!("- {word}:")),
            "{word} unlisted:\n{long}"
        );
        assert!(flat.contains(&start), "{word}: {start:?} missing:\n{long}");
    }
    // Short help at least lists the words.
    let short = stdout_of(&work, &["add-group", "-h"]);
    let flat = short.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("prospect, contacted, dialogue, member, declined, left, watch"),
        "{short}"
    );
    assert!(
        flat.contains("core, active, supporter, observer"),
        "{short}"
    );
}

#[test]
fn the_glossary_holds_every_word_with_its_meaning() {
    let work = Workdir::new();
    let at_80 = |args: &[&str]| {
        Run::from(
            work.command()
                .args(args)
                .env("COLUMNS", "80")
                .output()
                .unwrap(),
        )
        .ok()
        .stdout
    };
    let glossary = at_80(&["glossary"]);
    assert_eq!(at_80(&["help", "glossary"]), glossary);
    assert!(
        glossary.lines().all(|line| line.chars().count() <= 80),
        "{glossary}"
    );
    assert!(
        glossary.lines().all(|line| line.trim_end() == line),
        "{glossary}"
    );
    let flat = glossary.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut words: Vec<(&str, String)> = Vec::new();
    words.extend(Status::meanings());
    words.extend(Participation::meanings());
    words.extend(Spectrum::meanings());
    words.extend(Role::meanings());
    words.extend(ResourceType::meanings());
    words.extend(BoundaryLevel::meanings());
    words.extend(CoalitionKind::meanings());
    words.extend(Visibility::meanings());
    words.extend(DecisionRule::meanings());
    words.extend(code::MEANINGS.iter().map(|(w, m)| (*w, m.to_string())));
    for (word, meaning) in words {
        assert!(
            flat.contains(&format!("{word}: {meaning}")),
            "{word} missing:\n{glossary}"
        );
    }
    for step in [
        "contact (1)",
        "draft (2)",
        "assembly (3)",
        "presentation (4)",
    ] {
        assert!(flat.contains(step), "{step} missing:\n{glossary}");
    }
}

/// Every check code the README's table lists has a meaning in the glossary,
/// and the glossary has no code the README does not know.
#[test]
fn every_check_code_has_a_meaning() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table = readme.split("| code | severity | when |").nth(1).unwrap();
    let mut listed: Vec<&str> = table
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with("| `"))
        .map(|line| line.split('`').nth(1).unwrap())
        .collect();
    let mut explained: Vec<&str> = code::MEANINGS.iter().map(|(code, _)| *code).collect();
    listed.sort();
    explained.sort();
    assert_eq!(listed, explained);
}

#[test]
fn help_of_an_unknown_command_names_the_nearest() {
    let work = Workdir::new();
    work.run(&["help", "add-grop"])
        .code(2)
        .stderr_has("there is no command `add-grop`")
        .stderr_has("coal help add-group");
    let help = stdout_of(&work, &["help", "step"]);
    assert!(help.contains("Usage: coal step"), "{help}");
}

#[test]
fn list_alone_lists_the_kinds_and_either_number_is_accepted() {
    let work = Workdir::with(&example());
    let kinds = stdout_of(&work, &["list"]);
    for kind in [
        "groups",
        "tactics",
        "spaces",
        "committees",
        "people",
        "assemblies",
        "decisions",
        "feedback",
    ] {
        assert!(
            kinds.contains(&format!("  {kind} ")),
            "{kind} missing:\n{kinds}"
        );
    }
    // No coalition is needed to learn the kinds.
    assert_eq!(stdout_of(&Workdir::new(), &["list"]), kinds);
    for (one, many) in [
        ("group", "groups"),
        ("tactic", "tactics"),
        ("person", "people"),
        ("decision", "decisions"),
        ("assembly", "assemblies"),
    ] {
        assert_eq!(
            stdout_of(&work, &["list", one]),
            stdout_of(&work, &["list", many])
        );
    }
    let group = stdout_of(&work, &["show", "group", "sol-migrant"]);
    assert_eq!(stdout_of(&work, &["show", "groups", "sol-migrant"]), group);
    for (one, many) in [
        ("group", "groups"),
        ("tactic", "tactics"),
        ("boundary", "boundaries"),
    ] {
        assert_eq!(
            stdout_of(&work, &["report", one, "--format", "json"]),
            stdout_of(&work, &["report", many, "--format", "json"])
        );
    }
}

#[test]
fn a_name_given_for_an_id_leads_to_its_id() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.bail]\nname = \"Comité BAIL\"\n\n[groups.sol]\nname = \"Solidarité migrante\"\n"
    ));
    let hint = "`Comité BAIL` is the name of group `bail`: give its id, `bail`";
    for args in [
        &["show", "group", "Comité BAIL"][..],
        &["update-group", "Comité BAIL", "--power", "2"],
        &["remove-group", "Comité BAIL"],
        &["log-feedback", "Comité BAIL", "Merci"],
        &["add-boundary", "Comité BAIL", "--against-group", "sol"],
        &["add-space", "Chat", "--group", "Comité BAIL"],
        &["step", "contact", "--dialogue", "Comité BAIL"],
    ] {
        work.refused(args, 2)
            .stderr_has("there is no group `Comité BAIL`")
            .stderr_has(hint);
    }
    // Whatever its case and accents, a name is a name; a near one is a guess.
    work.refused(&["show", "group", "comite bail"], 2)
        .stderr_has("is the name of group `bail`");
    work.refused(&["show", "group", "Solidarite migrant"], 2)
        .stderr_has("did you mean `sol`?");
    work.refused(&["show", "group", "nobody here at all"], 2)
        .stderr_has("`coal list groups` shows them all");
}

#[test]
fn an_edit_names_the_file_when_it_is_not_here() {
    let work = Workdir::with(MINIMAL);
    let sub = work.dir.path().join("a/b");
    std::fs::create_dir_all(&sub).unwrap();
    let in_sub = |args: &[&str]| {
        Run::from(
            work.command()
                .current_dir(&sub)
                .args(args)
                .output()
                .unwrap(),
        )
    };
    in_sub(&["add-group", "Deep"])
        .ok()
        .stderr_has("added group `deep` (Deep) in ../../coalition.toml\n");
    in_sub(&["--dry-run", "update-group", "deep", "--power", "2"])
        .ok()
        .stderr_has("updated group `deep` in ../../coalition.toml (dry run: nothing written)");
    in_sub(&["update-group", "deep", "--power", "2"]).ok();
    in_sub(&["update-group", "deep", "--power", "2"])
        .ok()
        .stderr_has("nothing to change: ../../coalition.toml already says that");

    std::fs::create_dir(work.dir.path().join("other")).unwrap();
    std::fs::write(work.dir.path().join("other/place.toml"), MINIMAL).unwrap();
    work.run(&["-f", "other/place.toml", "add-group", "Z"])
        .ok()
        .stderr_has("added group `z` (Z) in other/place.toml\n");
    // Here, the message stays as it was.
    let here = work.run(&["add-group", "Q"]).ok();
    assert_eq!(here.stderr, "added group `q` (Q)\n");
    let here = work.run(&["-f", "./coalition.toml", "add-group", "R"]).ok();
    assert_eq!(here.stderr, "added group `r` (R)\n");
}

#[test]
fn a_negative_number_gets_the_plain_range_error() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.x]\nname = \"X\"\n\n[tactics.t]\nname = \"T\"\n"
    ));
    for (args, message) in [
        (
            &["add-group", "Y", "--power", "-1"][..],
            "invalid value '-1' for '--power <N>': must be 1 to 5, got -1",
        ),
        (
            &["update-group", "x", "--interest", "-3"],
            "must be 1 to 5, got -3",
        ),
        (
            &["update-group", "x", "--unpredictability", "-5"],
            "must be 1 to 5, got -5",
        ),
        (
            &["add-tactic", "U", "--intensity", "-2"],
            "must be 1 to 5, got -2",
        ),
        (
            &["update-tactic", "t", "--intensity", "-2"],
            "must be 1 to 5, got -2",
        ),
        (
            &["update-group", "x", "--members", "-10"],
            "must be a whole number, 0 or more, got `-10`",
        ),
        (
            &["update-coalition", "--feedback-every-days", "-7"],
            "must be a whole number of days from 1 to 3650",
        ),
    ] {
        let run = work.refused(args, 2).stderr_has(message);
        assert!(!run.stderr.contains("-- -"), "clap's tip:\n{}", run.stderr);
    }
}

/// The README's sample output is what coal prints on the shipped example.
#[test]
fn the_readme_sample_output_is_true() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let command = "coal --file examples/coalition.toml show group sol-migrant";
    let after = readme
        .split(&format!("```text\n$ {command}\n"))
        .nth(1)
        .expect("the sample command");
    let sample = after.split("\n```\n").next().unwrap();
    let work = Workdir::with(&example());
    // The same command, on a copy of the example.
    let mut args: Vec<&str> = command.split(' ').skip(1).collect();
    args[1] = "coalition.toml";
    assert_eq!(work.run(&args).ok().stdout, format!("{sample}\n"));
}

/// What bash completes for `words` (the last one being typed), with the
/// script `coal completions bash` prints.
fn bash_complete(work: &Workdir, words: &[&str]) -> String {
    let script = work.run(&["completions", "bash"]).ok().stdout;
    let path = work.dir.path().join("coal.bash");
    std::fs::write(&path, script).unwrap();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let driver = format!(
        "source '{}'\nCOMP_WORDS=({})\nCOMP_CWORD=$((${{#COMP_WORDS[@]}}-1))\nCOMP_LINE=\"${{COMP_WORDS[*]}}\"\nCOMP_POINT=${{#COMP_LINE}}\n_coal coal \"${{COMP_WORDS[-1]}}\" \"${{COMP_WORDS[-2]}}\"\necho \"${{COMPREPLY[*]}}\"\n",
        path.display(),
        quoted.join(" ")
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(driver)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// README: "`coal glossary` (also `coal help glossary`)"; shell
/// completions. `coal help <Tab>` offers the commands and the glossary.
#[test]
fn bash_completes_coal_help_with_commands_and_glossary() {
    let work = Workdir::new();
    assert!(bash_complete(&work, &["coal", "gl"]).contains("glossary"));
    let help = bash_complete(&work, &["coal", "help", "gl"]);
    assert_eq!(help.trim(), "glossary", "coal help gl<Tab>");
    let help = bash_complete(&work, &["coal", "help", "add-g"]);
    assert_eq!(help.trim(), "add-group", "coal help add-g<Tab>");
}

/// README: `coal step STEP` with STEP `contact`/`1`, `draft`/`2`...; shell
/// completions. `coal step <Tab>` offers the step names, and they still
/// parse as before (numbers too).
#[test]
fn bash_completes_the_step_names() {
    let work = Workdir::new();
    let steps = bash_complete(&work, &["coal", "step", ""]);
    for step in ["contact", "draft", "assembly", "presentation"] {
        assert!(
            steps.split_whitespace().any(|w| w == step),
            "coal step <Tab> lacks {step}: {steps:?}"
        );
    }
    assert_eq!(
        bash_complete(&work, &["coal", "step", "dr"]).trim(),
        "draft"
    );
    let work = Workdir::with(MINIMAL);
    work.refused(&["step", "2"], 2)
        .stderr_has("nothing to record for step draft");
}

/// Issue 15's README: "where to put shell completions". The PowerShell
/// script begins with `using`, which PowerShell takes only at the top of a
/// script: the README has it written to its own file, never appended to a
/// profile.
#[test]
fn powershell_completions_are_not_appended_after_a_profile_s_statements() {
    let work = Workdir::new();
    let script = work.run(&["completions", "powershell"]).ok().stdout;
    let starts_with_using = script
        .lines()
        .find(|line| !line.trim().is_empty())
        .is_some_and(|line| line.trim_start().starts_with("using "));
    assert!(starts_with_using, "the reason for its own file is gone");
    let readme = readme();
    assert!(!readme.contains("coal completions powershell >>"));
    assert!(readme.contains(
        "coal completions powershell \\| Out-File (Join-Path (Split-Path $PROFILE) coal.ps1)"
    ));
    assert!(readme.contains(". (Join-Path $PSScriptRoot coal.ps1)"));
}

/// Issue 15's README: "where to put shell completions", for a newcomer on
/// a fresh machine: each line that writes into a folder makes it first.
#[test]
fn completion_lines_make_the_folder_they_write_into() {
    let text = readme();
    let mut missing = Vec::new();
    for row in text
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains("coal completions "))
    {
        let Some((_, target)) = row.split_once(" > ") else {
            continue;
        };
        let target = target.split('`').next().unwrap().trim();
        let folder = target.rsplit_once('/').map(|(dir, _)| dir).unwrap_or(".");
        if !row.contains(&format!("mkdir -p {folder} && coal completions")) {
            missing.push(format!("{folder} ({row})"));
        }
    }
    assert!(
        missing.is_empty(),
        "completion lines writing into a folder they do not make:\n{}",
        missing.join("\n")
    );
}

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

/// A name two groups share leads to both ids, not to the one that sorts
/// first.
#[test]
fn a_name_two_groups_share_leads_to_both_ids_not_one() {
    let work = Workdir::with(MINIMAL);
    work.run(&["add-group", "Comité BAIL"]).ok();
    work.run(&["add-group", "Comité BAIL", "--id", "bail-2"])
        .ok();
    work.refused(&["show", "group", "Comité BAIL"], 2).stderr_has(
        "`Comité BAIL` is the name of groups `bail-2` and `comite-bail`: give the id of the one you mean",
    );
}

/// An id or a name of another kind says which kind it is, and the
/// command that shows it.
#[test]
fn an_id_or_name_of_another_kind_says_which_kind_it_is() {
    let work = Workdir::with(&example());
    work.refused(&["show", "group", "vigil"], 2)
        .stderr_has("`vigil` is a tactic: `coal show tactic vigil`");
    work.refused(&["show", "space", "Steering group"], 2)
        .stderr_has(
            "`Steering group` is the name of committee `steering`: `coal show committee steering`",
        );
}

/// The widest line of `text`, in characters, and the line.
fn widest_line(text: &str) -> (usize, String) {
    text.lines()
        .map(|line| (line.chars().count(), line.to_string()))
        .max()
        .unwrap_or_default()
}

/// The glossary and `coal list` with no kind fit the width (`COLUMNS` when
/// piped), where they were wrapped at a fixed 80 columns.
#[test]
fn the_glossary_and_the_list_of_kinds_fit_the_width() {
    let work = Workdir::new();
    for columns in ["60", "120"] {
        for args in [&["glossary"][..], &["help", "glossary"], &["list"]] {
            let run = Run::from(
                work.command()
                    .args(args)
                    .env("COLUMNS", columns)
                    .output()
                    .unwrap(),
            )
            .ok();
            let (width, line) = widest_line(&run.stdout);
            let columns: usize = columns.parse().unwrap();
            assert!(
                width <= columns,
                "`coal {args:?}` at {columns}: {width}: {line:?}"
            );
        }
    }
}

/// The README says that a longer text opens the organizer's editor, where
/// Esc does not leave as it does at a prompt.
#[test]
fn the_readme_says_a_longer_text_opens_the_editor() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let flat = readme.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("opens your editor when `VISUAL` or `EDITOR` names one"),
        "{flat}"
    );
}

/// `coal step --help` says what each step is, and that `--joined` dates a
/// member by the assembly when it was held, as coal writes.
#[test]
fn step_help_says_what_each_step_is_and_the_date_joined_takes() {
    let work = Workdir::with(MINIMAL);
    let help = stdout_of(&work, &["step", "--help"]);
    for meaning in [
        "First contact with affinity groups",
        "first draft of vision, culture and structure",
        "Invite widely to an assembly",
        "Present the draft",
    ] {
        assert!(help.contains(meaning), "{meaning}:\n{help}");
    }
    work.run(&["add-group", "A"]).ok();
    work.run(&[
        "step",
        "assembly",
        "--date",
        "2026-11-01",
        "--place",
        "P",
        "--invite",
        "a",
    ])
    .ok();
    work.run(&["step", "presentation", "--joined", "a"]).ok();
    assert!(
        work.read().contains("joined = 2026-11-01"),
        "{}",
        work.read()
    );
    let joined = help
        .split("--joined <ID>...")
        .nth(1)
        .expect("--joined in the help")
        .split("\n\n")
        .next()
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(joined.contains("on the assembly's date"), "{joined}");
}

/// A missing argument under `--no-input` is hinted as the command to type
/// (`coal add-group NAME`), not as `NAME (the first argument)`.
#[test]
fn a_missing_argument_hint_shows_the_command_to_type() {
    let work = Workdir::with(MINIMAL);
    for (args, command) in [
        (&["add-group"][..], "`coal add-group NAME`"),
        (&["log-decision"][..], "`coal log-decision SUMMARY`"),
        (&["add-assembly"][..], "`coal add-assembly DATE`"),
        (&["add-tactic", "--no-input"][..], "`coal add-tactic NAME`"),
    ] {
        let run = work.refused(args, 2);
        assert!(run.stderr.contains(command), "{command}:\n{}", run.stderr);
        assert!(
            !run.stderr.contains("(the first argument)`"),
            "{}",
            run.stderr
        );
        assert_eq!(work.read(), MINIMAL);
    }
}
