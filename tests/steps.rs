//! The four first steps from flags, as a script or CI would drive them.

mod common;

use common::*;

const START: &str = r#"schema = 1

[coalition]
name = "Front commun"
unity_statement = "Un toit pour tout le monde"

[groups.tenants]
name = "Tenants"
impacted = true

[groups.union]
name = "Union"
contacted = 2026-10-01

[groups.church]
name = "Church"
"#;

#[test]
fn steps_shows_progress_and_the_next_command() {
    let work = Workdir::with(START);
    let run = work.run(&["steps"]).ok();
    assert!(
        run.stdout.contains("1. First contact with affinity groups"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("0 contacted, 0 in dialogue, 0 members, 0 declined; 3 prospects left")
    );
    assert!(
        run.stdout.ends_with("Next: coal step contact\n"),
        "{}",
        run.stdout
    );

    let work = Workdir::with(&example());
    let run = work.run(&["steps"]).ok();
    assert!(
        run.stdout.contains("done  2026-09-15 → 2026-10-10"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("date: 2027-01-16; place: Salle communautaire"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("8 groups invited"));
    assert!(
        run.stdout.ends_with("Next: coal step assembly --done\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn contact_from_flags_sets_statuses_and_dates() {
    let work = Workdir::with(START);
    work.run(&[
        "step",
        "1",
        "--contacted",
        "church",
        "--dialogue",
        "tenants",
        "union",
    ])
    .ok()
    .stderr_has("step 1 (contact): doing")
    .stderr_has("Next: coal step contact --done");
    let text = work.read();
    assert!(
        text.contains(
            "[steps.contact]\nstatus = \"doing\"\nstarted = 2026-11-25\n\n[groups.tenants]"
        ),
        "{text}"
    );
    assert!(text.contains("[groups.tenants]\nname = \"Tenants\"\nstatus = \"dialogue\"\nimpacted = true\ncontacted = 2026-11-25\n"), "{text}");
    // An existing contacted date is kept.
    assert!(
        text.contains(
            "[groups.union]\nname = \"Union\"\nstatus = \"dialogue\"\ncontacted = 2026-10-01\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "[groups.church]\nname = \"Church\"\nstatus = \"contacted\"\ncontacted = 2026-11-25\n"
        ),
        "{text}"
    );
    work.run(&["step", "contact", "--done"])
        .ok()
        .stderr_has("step 1 (contact): done");
    assert!(
        work.read()
            .contains("started = 2026-11-25\nfinished = 2026-11-25\n")
    );
}

#[test]
fn done_is_refused_while_something_is_missing() {
    let work = Workdir::with(START);
    work.refused(&["step", "contact", "--done"], 2).stderr_has(
        "step 1 (contact) cannot be done yet: it still needs a group in dialogue or member",
    );
    work.refused(&["step", "draft", "--vision", "A just city", "--done"], 2)
        .stderr_has("it still needs a culture (`--culture`), a structure (`--structure`), a co-author (`--co-author ID`)");
    work.refused(&["step", "assembly", "--date", "2027-01-16", "--done"], 2)
        .stderr_has("a place (`--place`), an invited group (`--invite ID`)");
    work.refused(&["step", "presentation", "--done"], 2)
        .stderr_has("a question (`--question`) or a group that joined (`--joined ID`)");
}

#[test]
fn draft_from_flags() {
    let work = Workdir::with(START);
    work.run(&[
        "step",
        "draft",
        "--vision",
        "A just city",
        "--culture",
        "Listen first",
        "--structure",
        "A steering group",
        "--co-author",
        "tenants",
    ])
    .ok();
    work.run(&["step", "draft", "--co-author", "union", "tenants", "--done"])
        .ok();
    let text = work.read();
    assert!(text.contains(
        "[steps.draft]\nstatus = \"done\"\nstarted = 2026-11-25\nfinished = 2026-11-25\nvision = \"A just city\"\nculture = \"Listen first\"\nstructure = \"A steering group\"\nco_authors = [\"tenants\", \"union\"]\n"
    ), "{text}");
}

#[test]
fn assembly_from_flags() {
    let work = Workdir::with(START);
    work.refused(&["step", "assembly", "--date", "16/01/2027"], 2)
        .stderr_has("must be a date written like 2026-11-25");
    work.refused(&["step", "assembly", "--invite", "tenant"], 2)
        .stderr_has("there is no group `tenant`")
        .stderr_has("did you mean `tenants`?");
    work.run(&[
        "step",
        "assembly",
        "--date",
        "2026-11-25",
        "--place",
        "Hall",
        "--invite",
        "tenants",
        "church",
    ])
    .ok();
    work.run(&["step", "assembly", "--invite", "union", "tenants", "--done"])
        .ok();
    let text = work.read();
    assert!(text.contains(
        "[steps.assembly]\nstatus = \"done\"\nstarted = 2026-11-25\nfinished = 2026-11-25\ndate = 2026-11-25\nplace = \"Hall\"\ninvited = [\"tenants\", \"church\", \"union\"]\n"
    ), "{text}");
}

#[test]
fn presentation_from_flags() {
    let work = Workdir::with(START);
    work.refused(&["step", "presentation", "--answer", "Yes"], 2)
        .stderr_has("error: missing --answer-question N (which question does it answer?)");
    work.refused(&["step", "presentation", "--asked-by", "union"], 2)
        .stderr_has("--question");
    work.run(&[
        "step",
        "4",
        "--question",
        "Who decides?",
        "--answer",
        "The assembly",
        "--asked-by",
        "union",
    ])
    .ok();
    work.run(&[
        "step",
        "4",
        "--question",
        "Can we stay anonymous?",
        "--joined",
        "tenants",
        "church",
    ])
    .ok();
    let text = work.read();
    assert!(text.contains(
        "questions = [{ question = \"Who decides?\", answer = \"The assembly\", asked_by = \"union\" }, { question = \"Can we stay anonymous?\" }]"
    ), "{text}");
    assert!(
        text.contains("joined = [\"tenants\", \"church\"]"),
        "{text}"
    );
    assert!(
        text.contains(
            "[groups.church]\nname = \"Church\"\nstatus = \"member\"\njoined = 2026-11-25\n"
        ),
        "{text}"
    );
    work.run(&["check"]).ok();
}

#[test]
fn bad_steps_and_misplaced_flags_are_refused() {
    let work = Workdir::with(START);
    work.refused(&["step", "vote"], 2)
        .stderr_has("the steps are contact (1), draft (2), assembly (3), presentation (4)");
    work.refused(&["step", "5"], 2)
        .stderr_has("`5` is not a step");
    work.refused(&["step", "contact", "--vision", "x"], 2)
        .stderr_has("`--vision` belongs to step 2 (draft), not to step 1 (contact)");
    work.refused(&["step", "contact"], 2)
        .stderr_has("nothing to record for step contact");
}

#[test]
fn the_step_tables_land_in_schema_order_in_the_example() {
    let work = Workdir::with(&example());
    work.run(&["step", "presentation", "--question", "Is there childcare?"])
        .ok();
    let text = work.read();
    let presentation = text.find("[steps.presentation]").unwrap();
    assert!(presentation < text.find("[groups.amis-terre]").unwrap());
    assert!(text.contains(
        "[steps.presentation]\nstatus = \"doing\"\nstarted = 2026-11-25\nquestions = [{ question = \"Is there childcare?\" }]\n"
    ), "{text}");
}

#[test]
fn a_step_that_is_not_a_table_in_the_file_is_refused() {
    for (steps, path) in [
        ("steps = 3\n", "`steps`"),
        ("steps = { draft = \"x\" }\n", "`steps.draft`"),
    ] {
        let work =
            Workdir::with(&MINIMAL.replace("\n[coalition]", &format!("{steps}\n[coalition]")));
        work.refused(&["step", "draft", "--vision", "V"], 2)
            .stderr_has(&format!("{path} in the file is not a table"));
    }
}

/// A presentation with two questions, the first answered, after an
/// assembly held on 2026-11-20.
const PRESENTED: &str = r#"schema = 1

[coalition]
name = "Front commun"
unity_statement = "Un toit pour tout le monde"

[steps.assembly]
status = "done"
date = 2026-11-20
place = "Hall"
invited = ["tenants"]

[steps.presentation]
status = "doing"
started = 2026-11-21
questions = [{ question = "Who decides?", answer = "The assembly" }, { question = "Is there childcare?", asked_by = "tenants" }]

[groups.tenants]
name = "Tenants"
impacted = true
"#;

#[test]
fn steps_numbers_the_questions_and_says_which_are_open() {
    let work = Workdir::with(PRESENTED);
    work.run(&["steps"])
        .ok()
        .stdout_has("   2 questions (1 answered); joined: none yet\n   question 1 (answered): Who decides?\n   question 2 (open): Is there childcare?\n");
}

#[test]
fn a_question_is_answered_by_its_number() {
    let work = Workdir::with(PRESENTED);
    work.run(&[
        "step",
        "presentation",
        "--answer-question",
        "2",
        "--answer",
        "Yes, next door",
    ])
    .ok()
    .stderr_has("2 questions (2 answered)");
    assert_eq!(
        work.read(),
        PRESENTED.replace(
            "{ question = \"Is there childcare?\", asked_by = \"tenants\" }",
            "{ question = \"Is there childcare?\", answer = \"Yes, next door\", asked_by = \"tenants\" }"
        )
    );
    work.run(&["fmt", "--check"]).ok();
    // An answer given again replaces the one there was.
    work.run(&[
        "step",
        "4",
        "--answer-question",
        "1",
        "--answer",
        "All of us",
    ])
    .ok();
    assert!(
        work.read()
            .contains("{ question = \"Who decides?\", answer = \"All of us\" }")
    );
}

#[test]
fn answering_a_question_that_is_not_there_is_refused() {
    let work = Workdir::with(PRESENTED);
    for number in ["3", "0", "99999999999999999999", "1.5", "-1"] {
        work.refused(
            &["step", "4", "--answer-question", number, "--answer", "x"],
            2,
        )
        .stderr_has(&format!(
            "error: there is no question {number}: there are 2 questions, numbered 1 to 2"
        ))
        .stderr_has("hint: `coal steps` shows the questions with their numbers");
    }
    work.refused(&["step", "4", "--answer-question", "2"], 2)
        .stderr_has(
            "error: missing --answer (the answer given to question 2: is there childcare?)",
        );
    work.refused(&["step", "4", "--answer-question", "2", "--answer", " "], 2)
        .stderr_has("must not be empty");
    work.refused(
        &[
            "step",
            "4",
            "--answer-question",
            "2",
            "--question",
            "Q",
            "--answer",
            "A",
        ],
        2,
    )
    .stderr_has("cannot be used with");
    work.refused(
        &["step", "draft", "--answer-question", "2", "--answer", "A"],
        2,
    )
    .stderr_has("`--answer` belongs to step 4 (presentation), not to step 2 (draft)");
    let broken = PRESENTED.replace("{ question = \"Who decides?\", ", "{ ");
    let work = Workdir::with(&broken);
    work.refused(&["step", "4", "--answer-question", "1", "--answer", "A"], 2)
        .stderr_has("some questions in the file are not valid, so their numbers are uncertain")
        .stderr_has("hint: fix them first: `coal check` shows what is wrong");
    let work = Workdir::with(START);
    work.refused(&["step", "4", "--answer-question", "1", "--answer", "A"], 2)
        .stderr_has("there is no question 1: none is recorded yet");
}

#[test]
fn a_question_asked_again_is_refused_with_the_way_to_answer_it() {
    let work = Workdir::with(PRESENTED);
    work.refused(&["step", "4", "--question", "  is there CHILDCARE? "], 2)
        .stderr_has("error: question 2 already asks \"Is there childcare?\"")
        .stderr_has(
            "hint: to record its answer: `coal step presentation --answer-question 2 --answer TEXT`",
        );
    work.run(&["step", "4", "--question", "Is there childcare for teens?"])
        .ok()
        .stderr_has("recorded as question 3");
}

/// Only the spaces' number and kind differ: two spaces, a tab or a line
/// break inside ask the same question as one space.
#[test]
fn the_same_question_with_other_inner_spaces_is_refused() {
    let work = Workdir::with(PRESENTED);
    for again in ["Who  decides?", "who\tDECIDES?", "Who\ndecides?"] {
        work.refused(&["step", "presentation", "--question", again], 2)
            .stderr_has("error: question 1 already asks \"Who decides?\"")
            .stderr_has("--answer-question 1");
    }
}

#[test]
fn done_lists_the_questions_still_open_without_blocking() {
    let work = Workdir::with(PRESENTED);
    work.run(&["step", "presentation", "--done"])
        .ok()
        .stderr_has("note: still open, to answer with `coal step presentation --answer-question N --answer TEXT`:\n  2. Is there childcare?\n")
        .stderr_has("step 4 (presentation): done");
    let work = Workdir::with(&PRESENTED.replace(", asked_by", ", answer = \"Yes\", asked_by"));
    let run = work.run(&["step", "presentation", "--done"]).ok();
    assert!(!run.stderr.contains("still open"), "{}", run.stderr);
}

#[test]
fn the_presentation_is_not_done_before_its_assembly() {
    let later = PRESENTED.replace("date = 2026-11-20", "date = 2026-11-26");
    let work = Workdir::with(&later);
    work.refused(&["step", "presentation", "--done"], 2)
        .stderr_has("error: step 4 (presentation) cannot be done before the assembly of 2026-11-26 (today is 2026-11-25)")
        .stderr_has("hint: the draft is presented at the assembly");
    // Recording questions before it is fine, and on its day it can be done.
    work.run(&["step", "presentation", "--question", "When?"])
        .ok();
    let run = work
        .command()
        .env("COAL_TODAY", "2026-11-26")
        .args(["step", "presentation", "--done"])
        .output()
        .unwrap();
    assert!(run.status.success(), "{run:?}");
    assert!(
        work.read()
            .contains("status = \"done\"\nstarted = 2026-11-21\nfinished = 2026-11-26\n")
    );
}

#[test]
fn an_assembly_already_held_is_recorded_with_its_past_date() {
    let work = Workdir::with(START);
    work.run(&[
        "step",
        "assembly",
        "--date",
        "2026-10-03",
        "--place",
        "Church hall",
        "--invite",
        "tenants",
        "--done",
    ])
    .ok()
    .stderr_has("date: 2026-10-03; place: Church hall; 1 group invited");
    assert!(work.read().contains(
        "[steps.assembly]\nstatus = \"done\"\nstarted = 2026-11-25\nfinished = 2026-11-25\ndate = 2026-10-03\nplace = \"Church hall\"\ninvited = [\"tenants\"]\n"
    ), "{}", work.read());
    work.run(&["step", "presentation", "--joined", "tenants", "--done"])
        .ok();
}

#[test]
fn the_presentation_is_not_done_while_its_assembly_has_no_date() {
    let undated = PRESENTED.replace("date = 2026-11-20\n", "");
    let work = Workdir::with(&undated);
    work.refused(
        &["step", "presentation", "--joined", "tenants", "--done"],
        2,
    )
    .stderr_has("error: step 4 (presentation) cannot be done while the assembly where it takes place has no date")
    .stderr_has("hint: record the assembly's date first: `coal step assembly --date YYYY-MM-DD`");
    // Joins are recorded meanwhile.
    work.run(&["step", "presentation", "--joined", "tenants"])
        .ok();
}

#[test]
fn groups_that_join_at_a_presentation_held_are_dated_by_its_assembly() {
    let work = Workdir::with(PRESENTED);
    work.run(&["step", "presentation", "--joined", "tenants", "--done"])
        .ok();
    assert!(
        work.read().contains(
            "[groups.tenants]\nname = \"Tenants\"\nstatus = \"member\"\nimpacted = true\njoined = 2026-11-20\n"
        ),
        "{}",
        work.read()
    );
    // An assembly still to come: they joined today, when it was recorded.
    let later = PRESENTED.replace("date = 2026-11-20", "date = 2026-12-01");
    let work = Workdir::with(&later);
    work.run(&["step", "presentation", "--joined", "tenants"])
        .ok();
    assert!(
        work.read().contains("joined = 2026-11-25\n"),
        "{}",
        work.read()
    );
    work.run(&["fmt", "--check"]).ok();
}

/// Step 1 never proposes opponents, so a company in active opposition is no
/// prospect "left to contact": `coal steps` counts none, as `coal step
/// contact` says, and sends the organizer to add groups instead.
#[test]
fn steps_counts_no_opponent_among_the_prospects_left_to_contact() {
    let work = Workdir::with(
        "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n\
         [steps.contact]\nstatus = \"doing\"\nstarted = 2026-11-25\n\
         [groups.gasco]\nname = \"GasCo\"\nstatus = \"prospect\"\nspectrum = \"active_opposition\"\npower = 5\n",
    );
    work.run(&["step", "contact", "--no-input"])
        .code(2)
        .stderr_has("no prospect is left to contact");
    let steps = work.run(&["steps"]).ok();
    assert!(
        steps.stdout.contains("0 prospects left"),
        "{}",
        steps.stdout
    );
    assert!(
        steps.stdout.contains("Next: coal add-group NAME"),
        "{}",
        steps.stdout
    );
    // A prospect that is no opponent is left to contact, and step 1 is next.
    work.write(&format!(
        "{}[groups.kitchen]\nname = \"Kitchen\"\nimpacted = true\n",
        work.read()
    ));
    let steps = work.run(&["steps"]).ok();
    assert!(steps.stdout.contains("1 prospect left"), "{}", steps.stdout);
    assert!(
        steps.stdout.contains("Next: coal step contact"),
        "{}",
        steps.stdout
    );
}

/// The `Next:` line of `text` (stdout of `coal steps`, stderr of `coal step`).
fn next_line(text: &str) -> String {
    text.lines()
        .find_map(|line| line.strip_prefix("Next: "))
        .unwrap_or_else(|| panic!("no Next line:\n{text}"))
        .to_string()
}

/// Runs a proposed `coal ...` command as shown.
fn run_proposed(work: &Workdir, command: &str, today: &str) -> Run {
    let words: Vec<&str> = command.split_whitespace().skip(1).collect();
    Run::from(
        work.command()
            .env("COAL_TODAY", today)
            .args(&words)
            .output()
            .unwrap(),
    )
}

/// README: "`coal steps` ... the next command to run"; "the presentation
/// is done on the assembly's day or later". `coal steps`, `coal step` and
/// the overview never propose a `--done` that coal would refuse: weeks
/// before the assembly they propose recording the presentation, and on its
/// day marking it done, which coal takes.
#[test]
fn the_next_command_is_never_one_coal_refuses() {
    let work = Workdir::with(MINIMAL);
    for args in [
        &["add-group", "Tenants", "--id", "tenants", "--impacted"][..],
        &["step", "contact", "--dialogue", "tenants", "--done"],
        &[
            "step",
            "draft",
            "--vision",
            "V",
            "--culture",
            "C",
            "--structure",
            "S",
            "--co-author",
            "tenants",
            "--done",
        ],
        &[
            "step",
            "assembly",
            "--date",
            "2027-01-16",
            "--place",
            "Hall",
            "--invite",
            "tenants",
            "--done",
        ],
    ] {
        work.run(args).ok();
    }
    let step = work
        .run(&["step", "presentation", "--question", "Who decides?"])
        .ok();
    let steps = work.run(&["steps"]).ok().stdout;
    let overview = work.run(&["report", "overview"]).ok().stdout;
    let before = "coal step presentation";
    assert_eq!(next_line(&step.stderr), before, "{}", step.stderr);
    assert_eq!(next_line(&steps), before, "{steps}");
    assert!(
        overview.contains("2027-01-16 or later") && !overview.contains("--done"),
        "{overview}"
    );
    let on_the_day = Run::from(
        work.command()
            .env("COAL_TODAY", "2027-01-16")
            .arg("steps")
            .output()
            .unwrap(),
    );
    let done = next_line(&on_the_day.stdout);
    assert_eq!(done, "coal step presentation --done");
    run_proposed(&work, &done, "2027-01-16").ok();
}

/// Issue 15: "its message names the file (`added group x to
/// ../coalition.toml`)". The file goes on the first line, the one saying
/// what was done, never after the `Next:` command, which stays a command
/// that works when copied.
#[test]
fn the_file_name_is_not_glued_to_the_next_command() {
    let work = Workdir::with(MINIMAL);
    work.run(&["add-group", "Tenants"]).ok();
    let sub = work.dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    let in_sub = |args: &[&str]| {
        Run::from(
            work.command()
                .current_dir(&sub)
                .args(args)
                .output()
                .unwrap(),
        )
    };
    let run = in_sub(&["step", "contact", "--dialogue", "tenants"]).ok();
    assert!(
        run.stderr
            .starts_with("step 1 (contact): doing in ../coalition.toml\n"),
        "{}",
        run.stderr
    );
    let next = next_line(&run.stderr);
    assert_eq!(next, "coal step contact --done", "{}", run.stderr);
    let words: Vec<&str> = next.split_whitespace().skip(1).collect();
    in_sub(&words).ok();
    assert!(work.read().contains("[steps.contact]\nstatus = \"done\""));
}

/// Under `--dry-run` the note goes on the first line too.
#[test]
fn the_dry_run_note_is_not_glued_to_the_next_command() {
    let work = Workdir::with(MINIMAL);
    work.run(&["add-group", "Tenants"]).ok();
    let before = work.read();
    let run = work
        .run(&["--dry-run", "step", "contact", "--dialogue", "tenants"])
        .ok();
    assert!(
        run.stderr
            .starts_with("step 1 (contact): doing (dry run: nothing written)\n"),
        "{}",
        run.stderr
    );
    assert_eq!(next_line(&run.stderr), "coal step contact --done");
    assert_eq!(work.read(), before);
}

/// Issue 15 ("its message names the file") and README ("`coal steps` ...
/// the next command to run"): with `--file other.toml` (or `COAL_FILE`),
/// every next command coal proposes carries `--file`, so that copied as
/// shown it edits that file, not `coalition.toml` beside it.
#[test]
fn next_commands_for_a_file_given_with_file_keep_the_file() {
    let work = Workdir::with(MINIMAL);
    let other = work.dir.path().join("other file.toml");
    std::fs::write(&other, MINIMAL.replace("name = \"C\"", "name = \"Other\"")).unwrap();
    let file = ["--file", "other file.toml"];
    work.run(&[&file[..], &["add-group", "Tenants"]].concat())
        .ok();
    let step = work
        .run(&[&file[..], &["step", "contact", "--dialogue", "tenants"]].concat())
        .ok();
    let expected = "coal --file 'other file.toml' step contact --done";
    assert_eq!(next_line(&step.stderr), expected, "{}", step.stderr);
    let steps = work.run(&[&file[..], &["steps"]].concat()).ok().stdout;
    assert_eq!(next_line(&steps), expected);
    let through_env = Run::from(
        work.command()
            .env("COAL_FILE", "other file.toml")
            .args(["report", "overview", "--format", "json"])
            .output()
            .unwrap(),
    )
    .ok();
    assert!(
        through_env.stdout.contains(expected),
        "{}",
        through_env.stdout
    );
    // Found by itself, the file needs no flag.
    let plain = work.run(&["steps"]).ok().stdout;
    assert_eq!(next_line(&plain), "coal step contact");
    // The command, run through a shell as shown, edits the other file.
    let shell = std::process::Command::new("sh")
        .current_dir(work.dir.path())
        .arg("-c")
        .arg(expected.replacen("coal", env!("CARGO_BIN_EXE_coal"), 1))
        .env("COAL_TODAY", TODAY)
        .env_remove("COAL_FILE")
        .output()
        .unwrap();
    assert!(shell.status.success(), "{shell:?}");
    assert!(
        std::fs::read_to_string(&other)
            .unwrap()
            .contains("[steps.contact]\nstatus = \"done\"")
    );
    assert_eq!(work.read(), MINIMAL);
}

/// `coal step -1` is a wrong step, told with the steps, not clap's tip
/// about `-- -1`.
#[test]
fn step_minus_one_gets_a_plain_error_not_clap_s_tip() {
    let work = Workdir::with(MINIMAL);
    let run = work.refused(&["step", "-1"], 2);
    assert!(!run.stderr.contains("-- -1"), "{}", run.stderr);
    assert!(run.stderr.contains("contact (1)"), "{}", run.stderr);
}

/// What `coal step` says after recording fits the width, as `coal steps`
/// does: the joined groups wrap at words.
#[test]
fn what_coal_step_says_fits_the_width() {
    let work = Workdir::with(MINIMAL);
    for (name, id) in [
        ("Comité logement Rosemont", "comite-logement"),
        ("Collectif sans-papiers", "sans-papiers"),
        ("Shelter Workers' Union", "shelter-workers"),
    ] {
        work.run(&["add-group", name, "--id", id]).ok();
    }
    let run = Run::from(
        work.command()
            .args([
                "step",
                "presentation",
                "--question",
                "Who decides?",
                "--joined",
                "comite-logement",
                "sans-papiers",
                "shelter-workers",
            ])
            .env("COLUMNS", "80")
            .output()
            .unwrap(),
    )
    .ok();
    let widest = run
        .stderr
        .lines()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    assert!(widest <= 80, "at 80 columns:\n{}", run.stderr);
    assert!(
        run.stderr.contains("Shelter Workers' Union"),
        "{}",
        run.stderr
    );
}

/// Issue 18: what the steps say from flags, in French. The file keeps its
/// words; the screen speaks the organizer's language.
#[test]
fn the_steps_from_flags_speak_french() {
    let work = Workdir::with(START);
    let french = |args: &[&str], code: i32| {
        let mut all = vec!["--lang", "fr"];
        all.extend(args);
        work.run(&all).code(code)
    };
    let nothing = french(&["step", "contact", "--no-input"], 2);
    insta::assert_snapshot!("step-contact-nothing-to-record-fr", nothing.stderr);
    let refused = french(
        &["step", "draft", "--vision", "Une ville juste", "--done"],
        2,
    );
    insta::assert_snapshot!("step-draft-refused-fr", refused.stderr);
    let contact = french(
        &[
            "step",
            "1",
            "--contacted",
            "church",
            "--dialogue",
            "tenants",
            "union",
        ],
        0,
    );
    insta::assert_snapshot!("step-contact-flags-fr", contact.stderr);
    // One member, plural elsewhere; the file keeps `dialogue`.
    assert!(
        contact
            .stderr
            .contains("1 contacté, 2 en dialogue, 0 membre, 0 refus\u{202f}; 0 piste restante"),
        "{}",
        contact.stderr
    );
    assert!(work.read().contains("status = \"dialogue\""));
    // A date in prose is French; the one to type stays as the file writes it.
    french(&["step", "assembly", "--date", "2027-01-16"], 0);
    let early = french(&["step", "presentation", "--joined", "church", "--done"], 2);
    assert!(
        early
            .stderr
            .contains("avant l’assemblée du 16 janvier 2027 (nous sommes le 25 novembre 2026)"),
        "{}",
        early.stderr
    );
    assert!(early.stderr.contains("d’ici là"), "{}", early.stderr);
}

/// The questions of the presentation, numbered in French: « question 1
/// (ouverte) ».
#[test]
fn a_question_recorded_is_named_in_french() {
    let work = Workdir::with(START);
    work.run(&[
        "--lang",
        "fr",
        "step",
        "presentation",
        "--question",
        "Qui décide ?",
    ])
    .ok()
    .stderr_has("enregistrée comme question 1")
    .stderr_has(
        "1 question (dont 0 avec réponse)\u{202f}; adhésions\u{a0}: aucun groupe pour l’instant",
    );
}
