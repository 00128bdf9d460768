//! `coal fmt`: canonical order and layout, comments kept, idempotent.

mod common;

use common::*;

const MESSY: &str = r#"# Our coalition file.
# Kept by hand.

[groups.zeta]
power = 2   # a guess
name = "Zeta"
# how to reach them
[groups.zeta.contact]
email = "z@example.org"
name = "Zed"

[[groups.zeta.boundaries]]
reason = "they lied"
group = "alpha"

schema = 1
"#;

const MESSY_REST: &str = r#"
[[feedback]]
text = "ok"
group = "alpha"
date = 2026-11-01

[coalition]
unity_statement = "Un toit"
name = "Front commun"   # the name we use

[tactics]
vigil = { intensity = 2, name = "Vigil" }

[groups]
alpha = { status = "member", name = "Alpha", joined = 2026-10-01 }

# Steps come last in this file.
[steps.draft]
co_authors = ["alpha"]
status = "doing"

[steps.contact]
status = "done"
"#;

const FORMATTED: &str = r#"# Our coalition file.
# Kept by hand.

schema = 1

[coalition]
name = "Front commun"   # the name we use
unity_statement = "Un toit"

[steps.contact]
status = "done"

# Steps come last in this file.
[steps.draft]
status = "doing"
co_authors = ["alpha"]

[groups.alpha]
name = "Alpha"
status = "member"
joined = 2026-10-01

[groups.zeta]
name = "Zeta"
power = 2   # a guess
# how to reach them
contact = { name = "Zed", email = "z@example.org" }
boundaries = [{ group = "alpha", reason = "they lied" }]

[tactics.vigil]
name = "Vigil"
intensity = 2

[[feedback]]
date = 2026-11-01
group = "alpha"
text = "ok"
"#;

/// `schema = 1` must come before the first table to be a root key.
fn messy() -> String {
    let (head, tables) = MESSY.split_once("[groups.zeta]").unwrap();
    format!(
        "{head}schema = 1\n\n[groups.zeta]{}{MESSY_REST}",
        tables.replace("\nschema = 1\n", "")
    )
}

#[test]
fn a_messy_file_is_put_in_order_with_its_comments() {
    let work = Workdir::with(&messy());
    work.run(&["fmt"]).ok().stderr_has("formatted");
    assert_eq!(work.read(), FORMATTED);
    let before = work.read();
    work.run(&["fmt"]).ok().stderr_has("is formatted");
    assert_eq!(work.read(), before, "fmt is idempotent");
    work.run(&["check"]).ok();
}

#[test]
fn the_same_data_before_and_after() {
    let work = Workdir::with(&messy());
    let before = coal::store::load::parse(&work.path(), &work.read())
        .unwrap()
        .coalition;
    work.run(&["fmt"]).ok();
    let after = coal::store::load::parse(&work.path(), &work.read())
        .unwrap()
        .coalition;
    assert_eq!(before, after);
}

#[test]
fn check_prints_the_diff_and_changes_nothing() {
    let work = Workdir::with(&messy());
    let run = work.refused(&["fmt", "--check"], 1);
    assert!(
        run.stdout
            .starts_with("--- coalition.toml\n+++ coalition.toml\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("+contact = { name = \"Zed\", email = \"z@example.org\" }")
    );
    assert!(run.stderr.contains("is not formatted"));
    let formatted = Workdir::with(FORMATTED);
    formatted
        .refused(&["fmt", "--check"], 0)
        .stderr_has("is formatted");
}

#[test]
fn formatted_files_are_left_byte_identical() {
    for text in [example(), FORMATTED.to_string()] {
        let work = Workdir::with(&text);
        work.refused(&["fmt"], 0);
        assert_eq!(work.read(), text);
    }
}

#[test]
fn crlf_stays_crlf() {
    let work = Workdir::with(&messy().replace('\n', "\r\n"));
    work.run(&["fmt"]).ok();
    assert_eq!(work.read(), FORMATTED.replace('\n', "\r\n"));
    work.refused(&["fmt", "--check"], 0);
}

#[test]
fn fmt_refuses_a_file_that_is_not_toml() {
    let work = Workdir::with("schema = 1\n[coalition\n");
    work.refused(&["fmt"], 3).stderr_has("not valid TOML");
    work.refused(&["fmt", "--check"], 3);
}

#[test]
fn completions_for_every_shell() {
    let work = Workdir::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = work.run(&["completions", shell]).ok();
        assert!(run.stdout.contains("add-group"), "{shell}");
    }
    work.run(&["completions", "tcsh"]).code(2);
}

/// `fmt --check` passes: what the shipped pre-commit hook asks.
fn assert_formatted(work: &Workdir, after: &str) {
    let run = work.run(&["fmt", "--check"]);
    assert_eq!(
        run.status, 0,
        "not formatted after `coal {after}`:\n{}",
        run.stdout
    );
}

/// Runs each command line (`coal` left out), which must succeed, and checks
/// the file is still formatted after it.
fn run_formatted(work: &Workdir, lines: &[&str]) {
    for line in lines {
        let words = shell_words(line);
        let args: Vec<&str> = words.iter().map(String::as_str).collect();
        let run = work.run(&args);
        assert_eq!(run.status, 0, "`coal {line}` failed:\n{}", run.stderr);
        assert_formatted(work, line);
    }
}

/// The `coal` command lines of the README's shell blocks under `heading`,
/// `coal` left out: lines joined at `\`, comments and redirections dropped.
fn readme_commands(heading: &str) -> Vec<String> {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let section = readme
        .split_once(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("README has no {heading:?}"))
        .1;
    let section = section.split("\n## ").next().unwrap();
    let mut commands = Vec::new();
    for block in section.split("```sh\n").skip(1) {
        let block = block.split("```").next().unwrap().replace("\\\n", " ");
        for line in block.lines() {
            let line = line.split(['#', '>']).next().unwrap().trim();
            if let Some(command) = line.strip_prefix("coal ") {
                commands.push(command.to_string());
            }
        }
    }
    commands
}

/// Words of a command line: quotes group words, as in a shell.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quote = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.get_or_insert_default().push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                word.get_or_insert_default();
            }
            (None, ' ' | '\t') => words.extend(word.take()),
            (None, c) => word.get_or_insert_default().push(c),
        }
    }
    words.extend(word);
    words
}

#[test]
fn the_readme_quick_start_and_walkthrough_stay_formatted() {
    for heading in ["## Quick start", "## Your first coalition in ten minutes"] {
        let commands = readme_commands(heading);
        assert!(
            commands
                .iter()
                .filter(|c| c.starts_with("add-group"))
                .count()
                >= 2,
            "{heading}: {commands:?}"
        );
        let work = Workdir::new();
        for command in &commands {
            // `coal step NAME` alone is the walkthrough on a terminal (tests/pty.rs).
            if command.starts_with("step ") && shell_words(command).len() == 2 {
                continue;
            }
            run_formatted(&work, &[command]);
        }
        assert!(work.read().contains("[groups."), "{heading}");
    }
}

#[test]
fn the_walkthrough_is_read_from_the_readme() {
    let commands = readme_commands("## Your first coalition in ten minutes");
    assert!(
        commands
            .iter()
            .any(|c| c.starts_with("step presentation --question \"Who decides?\""))
            && commands
                .iter()
                .any(|c| c.starts_with("step presentation --answer-question 2")),
        "{commands:?}"
    );
    assert!(
        commands.contains(&"report invitation".to_string()),
        "{commands:?}"
    );
    assert_eq!(
        shell_words("add-group \"Shelter Workers\' Union\" --id \'x y\'"),
        ["add-group", "Shelter Workers\' Union", "--id", "x y"]
    );
}

/// Every edit command with every optional flag, from `coal init`.
const EVERY_EDIT: &[&str] = &[
    "add-tactic Vigil --id vigil --intensity 2 --description Quiet",
    "add-tactic March",
    "add-group Zeta --id zeta --status prospect --participation core --private --impacted \
     --power 1 --interest 2 --unpredictability 3 --members 10 --spectrum neutral \
     --spectrum-target passive_ally --role rebel --role citizen --tactic vigil \
     --offer money=some --need \"space=a room\" --contact-name Zo \
     --contact-email z@example.org --contact-phone 555 --intentions Grow --notes \"Met at a rally\"",
    "add-group Alpha",
    "add-group Beta --public",
    "update-group alpha --status member",
    "update-group alpha --notes Kind --contact-phone 1",
    "update-group alpha --intentions More --contact-name Al --need money=bus",
    "update-group alpha --name Alpha! --participation active --public --impacted --power 3 \
     --interest 4 --unpredictability 2 --members 5 --spectrum active_ally \
     --spectrum-target active_ally --role reformer --tactic march --offer data=maps \
     --need space=hall --contact-email a@example.org",
    "update-group zeta --not-impacted --offer expertise=law --status member",
    "add-boundary zeta --against-tactic march --level limited --reason No",
    "add-boundary beta --against-group zeta --reason History",
    "add-boundary beta --against-tactic vigil",
    "add-space Chat --id chat --medium signal --group alpha --group zeta --purpose Talk",
    "add-space Email",
    "add-committee Steering --id steer --steering --group alpha --mandate Steer",
    "add-committee Prep",
    "add-person Sam --id sam --group alpha --group zeta --contact-email s@example.org \
     --contact-phone 1 --notes Bridge",
    "add-person Jo",
    "log-feedback alpha Good --date 2026-11-01 --by sam",
    "log-feedback zeta Fine",
    "log-decision Adopt --date 2026-11-02 --by steer --rule consensus --affects alpha \
     --consulted alpha --review-on 2027-03-01",
    "log-decision Meet",
    "update-decision 2 --summary \"Meet weekly\" --date 2026-11-03 --by steer --rule majority \
     --add-affects alpha zeta --add-consulted alpha --review-on 2026-11-10 --reviewed 2026-11-20",
    "update-decision 1 --add-consulted zeta --reviewed 2026-11-24",
    "step contact --contacted beta --dialogue alpha --declined zeta",
    "step contact --done",
    "step presentation --start",
    "step draft --vision V --culture C --structure S --co-author alpha --done",
    "step assembly --date 2026-11-20 --place Hall --invite alpha beta --done",
    "step assembly --start-time 10:00 --end-time 12:00 --language fr --accessibility childcare \
     --rsvp R --answered alpha --attended alpha --agenda A",
    "add-assembly 2026-11-22 --attended beta",
    "add-assembly 2027-04-10 --start 18:30 --end 21:00 --place P --language fr --language en \
     --accessibility interpretation --rsvp R --invite alpha beta --answered beta --agenda A --notes N",
    "update-assembly 2026-11-22 --notes N --attended alpha --agenda A --start 09:00 --end 11:00 \
     --place P --language fr --accessibility childcare --rsvp R --invite beta --answered beta",
    "update-assembly 2027-04-10 --remove-invite alpha --date 2027-04-17",
    "update-assembly 2026-11-22 --remove-attended beta",
    "update-assembly 2027-04-17 --remove-answered beta --answered alpha --invite alpha",
    "update-assembly 2026-11-20 --notes N --remove-attended alpha",
    "log-decision Decided --assembly 2026-11-22 --rule majority",
    "step presentation --question Who? --asked-by beta",
    "step presentation --answer-question 1 --answer Everyone",
    "step presentation --question Why? --answer Because --joined beta --done",
    "rename-group alpha omega",
    "rename-tactic vigil a-vigil",
    "rename-space chat z-chat",
    "rename-committee steer a-steer",
    "rename-person sam a-sam",
    "remove-person a-sam --force",
    "remove-committee prep",
    "remove-space z-chat",
    "remove-tactic march --force",
    "remove-group zeta --force",
];

#[test]
fn every_edit_with_every_flag_keeps_a_new_file_formatted() {
    let work = Workdir::new();
    run_formatted(&work, &["init --name C --unity U"]);
    run_formatted(&work, EVERY_EDIT);
}

#[test]
fn every_edit_keeps_the_example_formatted() {
    let work = Workdir::with(&example());
    assert_formatted(&work, "(nothing yet)");
    run_formatted(
        &work,
        &[
            "update-group food-coop --status member",
            "update-group city-council-ngo --participation observer --public --impacted \
             --unpredictability 1 --members 40 --spectrum-target passive_ally --role reformer \
             --tactic lobbying --offer data=reports --need money=rent --contact-name Cy \
             --intentions Wait --notes \"Maybe later\"",
            "update-group greenfuture --contact-phone 1 --members 3000",
            "add-group Aardvark --status dialogue --contact-email a@example.org --notes N",
            "add-group \"Zz Top\" --impacted --power 2",
            "add-boundary food-coop --against-tactic blockade --reason \"Food safety\"",
            "add-tactic Zine --intensity 1",
            "add-space A-list --group food-coop",
            "add-committee Zoo --group food-coop",
            "add-person Al --group food-coop --contact-phone 1",
            "log-feedback food-coop Happy --date 2026-11-20",
            "log-decision Eat --affects food-coop --consulted food-coop",
            "update-decision 1 --reviewed 2026-11-24 --add-consulted food-coop --review-on 2027-06-01",
            "step assembly --place Elsewhere --invite food-coop",
            "step presentation --joined food-coop --question When? --answer Soon",
            "rename-group food-coop zz-coop",
            "rename-person jo zo",
            "remove-group greenfuture --force",
        ],
    );
}

#[test]
fn update_group_status_member_keeps_a_file_formatted() {
    let work = Workdir::new();
    run_formatted(
        &work,
        &[
            "init --name C --unity U",
            "add-group Tenants --impacted --power 2",
            "update-group tenants --status member",
        ],
    );
    assert!(
        work.read().contains(
            "[groups.tenants]\nname = \"Tenants\"\nstatus = \"member\"\nimpacted = true\npower = 2\n"
        ),
        "{}",
        work.read()
    );
}

/// Out of canonical order, with comments and a key coal does not know.
const HAND_WRITTEN: &str = r#"schema = 1

[coalition]
unity_statement = "U"
name = "C"

# Our oldest friends.
[groups.b]
notes = "Met in 2019"   # keep
name = "B"
# scores are guesses
power = 2
colour = "green"
tactics = ["t"]

[groups.a]
name = "A"

[tactics.t]
name = "T"
"#;

#[test]
fn a_hand_written_layout_is_kept_outside_what_an_edit_adds() {
    let work = Workdir::with(HAND_WRITTEN);
    work.refused(&["fmt", "--check"], 1);
    work.run(&[
        "update-group",
        "b",
        "--status",
        "member",
        "--interest",
        "4",
        "--contact-email",
        "b@example.org",
        "--intentions",
        "Grow",
    ])
    .ok();
    work.run(&["add-boundary", "b", "--against-group", "a"])
        .ok();
    work.run(&["add-group", "C"]).ok();
    assert_eq!(
        work.read(),
        HAND_WRITTEN
            .replace(
                "name = \"B\"\n# scores are guesses\npower = 2\n",
                "name = \"B\"\nstatus = \"member\"\n# scores are guesses\npower = 2\ninterest = 4\n",
            )
            .replace(
                "tactics = [\"t\"]\n",
                "tactics = [\"t\"]\njoined = 2026-11-25\nintentions = \"Grow\"\ncontact = { email = \"b@example.org\" }\nboundaries = [{ group = \"a\", level = \"refuse\" }]\n",
            )
            .replace("[tactics.t]", "[groups.c]\nname = \"C\"\n\n[tactics.t]")
    );
}

#[test]
fn a_new_first_group_goes_below_the_heading_of_the_groups() {
    let work = Workdir::with(&example());
    let heading = "# public = true only for groups that endorse the coalition publicly.\n\n";
    run_formatted(&work, &["add-group Aardvark"]);
    assert!(
        work.read().contains(&format!(
            "{heading}[groups.aardvark]\nname = \"Aardvark\"\n\n[groups.amis-terre]"
        )),
        "{}",
        work.read()
    );
    run_formatted(&work, &["rename-group aardvark zz"]);
    assert!(
        work.read()
            .contains(&format!("{heading}[groups.amis-terre]")),
        "{}",
        work.read()
    );
}

/// A log written inline becomes `[[assemblies]]`, a clean header, and its
/// comments (above it and after it on its line) go above that header
/// (issue 13, review).
#[test]
fn fmt_of_an_inline_log_writes_a_clean_header_and_keeps_its_comment() {
    let work = Workdir::with(
        "schema = 1\n# the log\nassemblies = [{ date = 2027-04-10, place = \"X\" }] # spring assembly\n\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n",
    );
    work.run(&["fmt"]).ok();
    assert_eq!(
        work.read(),
        "schema = 1\n\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n\n# the log\n# spring assembly\n[[assemblies]]\ndate = 2027-04-10\nplace = \"X\"\n"
    );
    work.run(&["fmt", "--check"]).ok();
}

/// The same for `[agreements]` written inline, which `update-coalition`
/// writes into (issue 13, review).
#[test]
fn fmt_of_inline_agreements_writes_a_clean_header_and_keeps_its_comment() {
    let work = Workdir::with(
        "schema = 1\nagreements = { no_public_denouncing = true } # agreed in May\n\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n",
    );
    work.run(&["update-coalition", "--feedback-every-days", "30"])
        .ok();
    work.run(&["fmt"]).ok();
    assert_eq!(
        work.read(),
        "schema = 1\n\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n\n# agreed in May\n[agreements]\nno_public_denouncing = true\nfeedback_every_days = 30\n"
    );
    work.run(&["fmt", "--check"]).ok();
}
