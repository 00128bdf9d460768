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
    work.refused(&["step", "assembly", "--date", "2026-11-24"], 2)
        .stderr_has("the assembly date 2026-11-24 is in the past (today is 2026-11-25)");
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
