//! Reports for people (issue 14): the draft, the questions of the
//! presentation, the overview before an assembly, who has not been heard
//! from; and hand edits told where they are and what was meant.

mod common;

use common::*;
use serde_json::{Value, json};

fn json_of(work: &Workdir, args: &[&str]) -> Value {
    let mut full = args.to_vec();
    full.extend(["--format", "json"]);
    serde_json::from_str(&work.run(&full).ok().stdout).unwrap()
}

/// A coalition before its assembly: a public member, a hidden member (with
/// an id close to the public one's), a contacted invitee, a question from
/// each, one from nobody, and a decision whose review is due.
const BEFORE_ASSEMBLY: &str = r#"schema = 1

[coalition]
name = "Front commun"
unity_statement = "Un toit pour tout le monde"

[agreements]
no_public_denouncing = false
diversity_of_tactics = false
feedback_every_days = 30

[steps.contact]
status = "done"

[steps.draft]
status = "done"
vision = "Homes for all"
culture = "We listen to tenants first"
structure = "A steering group"
co_authors = ["open-tenants", "open-tenants-2"]

[steps.assembly]
status = "done"
date = 2026-11-28
place = "Salle paroissiale"
invited = ["open-tenants", "open-tenants-2", "food-coop", "kitchen"]
answered = ["open-tenants", "kitchen"]

[steps.presentation]
questions = [
  { question = "Who decides?", answer = "The assembly, by consent", asked_by = "open-tenants" },
  { question = "HIDDEN-QUESTION?", asked_by = "open-tenants-2" },
  { question = "Is there childcare?", asked_by = "open-tenants" },
  { question = "ANONYMOUS-QUESTION?" },
]

[groups.food-coop]
name = "Coop La Grange"
status = "contacted"

[groups.kitchen]
name = "Cuisine collective"
status = "contacted"

[groups.open-tenants]
name = "Open Tenants"
status = "member"
public = true
joined = 2026-10-01

[groups.open-tenants-2]
name = "Hidden Sanctuary"
status = "member"
joined = 2026-10-01

[people.sam]
name = "Sam Tremblay"
groups = ["open-tenants"]

[[decisions]]
date = 2026-09-01
summary = "Meet every Monday"
review_on = 2026-11-01

[[feedback]]
date = 2026-11-20
group = "kitchen"
text = "We will bring soup."
by = "sam"
"#;

// --- the draft --------------------------------------------------------------

#[test]
fn the_draft_report_says_what_the_groups_wrote_and_agreed() {
    let work = Workdir::with(&example());
    let table = work.run(&["report", "draft"]).ok().stdout;
    for part in [
        "Why we come together",
        "A just transition for Montréal",
        "A city where climate measures lower rents",
        "We listen first to the most impacted groups",
        "A small steering group",
        "Solidarité migrante, Park Extension Tenants' Union, Les Ami·e·s de la Terre de Montréal",
        "we do not denounce each other in public",
        "Each group keeps its own tactics",
        "at least every 60 days",
    ] {
        assert!(table.contains(part), "{part} missing:\n{table}");
    }
    // Every level of participation, with what it means.
    for level in ["core", "active", "supporter", "observer"] {
        let line = table
            .lines()
            .find(|l| l.starts_with(level))
            .unwrap_or_else(|| panic!("no {level} line:\n{table}"));
        assert!(line.len() > level.len() + 20, "{line}");
    }
    // Names, never ids.
    assert!(!table.contains("sol-migrant"), "{table}");
    let json = json_of(&work, &["report", "draft"]);
    assert_eq!(json["report"], "draft");
    assert_eq!(json["co_authors"][0], "Solidarité migrante");
    assert_eq!(json["participation_levels"][3]["level"], "observer");
    assert_eq!(json["agreements"]["feedback_every_days"], 60);
    work.run(&["report", "draft", "--format", "markdown"])
        .ok()
        .stdout_has("## Ways to take part");
    work.refused(&["report", "draft", "--format", "csv"], 2)
        .stderr_has("the draft report does not come as csv");
}

#[test]
fn the_draft_follows_the_agreements_and_says_what_is_not_written() {
    let work = Workdir::with(BEFORE_ASSEMBLY);
    let table = work.run(&["report", "draft"]).ok().stdout;
    assert!(table.contains("We have not agreed to keep our disagreements out of public view"));
    assert!(table.contains("tactics we have agreed on as a coalition"));
    assert!(!table.contains("Each group keeps its own tactics"));
    assert!(table.contains("at least every 30 days"));
    let fresh = Workdir::with(MINIMAL);
    let run = fresh.run(&["report", "draft"]).ok();
    assert_eq!(run.stdout.matches("Not written yet.").count(), 3);
    assert!(
        run.stdout
            .contains("No group has been named as a co-author yet.")
    );
    let json = json_of(&fresh, &["report", "draft"]);
    assert_eq!(json["vision"], Value::Null);
    assert_eq!(json["co_authors"], json!([]));
}

#[test]
fn the_public_draft_names_only_public_groups_and_no_ids() {
    let work = Workdir::with(BEFORE_ASSEMBLY);
    for format in ["table", "markdown", "json"] {
        let run = work
            .run(&[
                "report",
                "draft",
                "--audience",
                "public",
                "--format",
                format,
            ])
            .ok();
        assert!(run.stdout.contains("Open Tenants"), "{}", run.stdout);
        for hidden in ["Hidden Sanctuary", "open-tenants", "coal "] {
            assert!(
                !run.stdout.contains(hidden),
                "{hidden} in the public draft as {format}:\n{}",
                run.stdout
            );
        }
    }
}

// --- questions in the steps report -----------------------------------------

#[test]
fn the_steps_report_shows_questions_answers_and_who_asked_by_name() {
    let work = Workdir::with(BEFORE_ASSEMBLY);
    let table = work.run(&["report", "steps"]).ok().stdout;
    assert!(table.contains("Questions asked at the presentation"));
    for text in [
        "Who decides?",
        "The assembly, by consent",
        "Is there childcare?",
        "not answered yet",
        "HIDDEN-QUESTION?",
        "Hidden Sanctuary",
        "ANONYMOUS-QUESTION?",
    ] {
        assert!(table.contains(text), "{text} missing:\n{table}");
    }
    let json = json_of(&work, &["report", "steps"]);
    assert_eq!(
        json["questions"][0],
        json!({"number": 1, "question": "Who decides?", "answer": "The assembly, by consent",
               "asked_by": "open-tenants", "asked_by_name": "Open Tenants"})
    );
    assert_eq!(json["questions"][2]["answer"], Value::Null);
    assert_eq!(json["questions"][3]["asked_by_name"], Value::Null);
    let fresh = Workdir::with(MINIMAL);
    fresh
        .run(&["report", "steps"])
        .ok()
        .stdout_has("No questions recorded yet.");
}

#[test]
fn public_steps_show_only_questions_of_public_groups_without_numbers() {
    let work = Workdir::with(BEFORE_ASSEMBLY);
    for format in ["table", "markdown", "json", "csv"] {
        let run = work
            .run(&[
                "report",
                "steps",
                "--audience",
                "public",
                "--format",
                format,
            ])
            .ok();
        // A question asked by no one named tells of no hidden group.
        assert!(
            run.stdout.contains("ANONYMOUS-QUESTION"),
            "{format}:\n{}",
            run.stdout
        );
        for hidden in ["HIDDEN-QUESTION", "Hidden Sanctuary", "open-tenants-2"] {
            assert!(
                !run.stdout.contains(hidden),
                "{hidden} in public steps as {format}:\n{}",
                run.stdout
            );
        }
    }
    let json = json_of(&work, &["report", "steps", "--audience", "public"]);
    assert_eq!(
        json["questions"],
        json!([
            {"question": "Who decides?", "answer": "The assembly, by consent", "asked_by_name": "Open Tenants"},
            {"question": "Is there childcare?", "answer": null, "asked_by_name": "Open Tenants"},
            {"question": "ANONYMOUS-QUESTION?", "answer": null, "asked_by_name": null},
        ])
    );
    // No question that may be shown: no section at all, not "none".
    let hidden_only = Workdir::with(
        &BEFORE_ASSEMBLY
            .replace(
                "asked_by = \"open-tenants\" }",
                "asked_by = \"open-tenants-2\" }",
            )
            .replace(
                "{ question = \"ANONYMOUS-QUESTION?\" }",
                "{ question = \"ANONYMOUS-QUESTION?\", asked_by = \"open-tenants-2\" }",
            ),
    );
    let run = hidden_only
        .run(&["report", "steps", "--audience", "public"])
        .ok();
    assert!(!run.stdout.contains("Questions"), "{}", run.stdout);
}

// --- the overview before an assembly ---------------------------------------

#[test]
fn the_overview_answers_the_questions_before_an_assembly() {
    let work = Workdir::with(BEFORE_ASSEMBLY);
    let table = work.run(&["report"]).ok().stdout;
    for text in [
        "Saturday 28 November 2026 (in 3 days)",
        "Salle paroissiale",
        // Invited: the tenants and the kitchen answered; the hidden member
        // and the contacted coop have not (being a member is no answer).
        "Answered  Open Tenants\n          Cuisine collective\n",
        "Invited groups, no answer yet   Hidden Sanctuary\n                                Coop La Grange\n",
        // Members never heard from.
        // One name per line.
        "Member groups, no feedback yet  Open Tenants\n",
        "  Hidden Sanctuary\n",
        "Decision 1: Meet every Monday (taken 2026-09-01, review due 2026-11-01)",
        "Question 2: HIDDEN-QUESTION? (asked by Hidden Sanctuary)",
        "Question 3: Is there childcare? (asked by Open Tenants)",
        "Question 4: ANONYMOUS-QUESTION?",
    ] {
        assert!(table.contains(text), "{text} missing:\n{table}");
    }
    assert!(!table.contains("Who decides?"), "answered: {table}");
    // The next thing to do in words, then its command.
    let lines: Vec<&str> = table.lines().collect();
    let next = lines.iter().rposition(|l| l.starts_with("Next ")).unwrap();
    assert!(
        lines[next]
            .ends_with("Start step 4: Present the draft, answer questions, grow the coalition"),
        "{table}"
    );
    assert!(lines[next + 1].starts_with("Command"), "{table}");
    assert!(
        lines[next + 1].ends_with("coal step presentation"),
        "{table}"
    );

    let json = json_of(&work, &["report", "overview"]);
    assert_eq!(
        json["next_assembly"],
        json!({"date": "2026-11-28", "place": "Salle paroissiale", "days_to_go": 3,
               "invited": ["open-tenants", "open-tenants-2", "food-coop", "kitchen"],
               "answered": ["open-tenants", "kitchen"]})
    );
    assert_eq!(
        json["not_heard_from"],
        json!({"members": ["open-tenants", "open-tenants-2"], "invited": ["open-tenants-2", "food-coop"]})
    );
    assert_eq!(
        json["review_due"],
        json!([{"number": 1, "date": "2026-09-01", "summary": "Meet every Monday", "review_on": "2026-11-01"}])
    );
    assert_eq!(json["open_questions"].as_array().unwrap().len(), 3);
    assert_eq!(json["open_questions"][0]["number"], 2);
    assert_eq!(json["next"]["command"], "coal step presentation");
}

#[test]
fn the_days_to_go_read_as_words() {
    let work = Workdir::with(BEFORE_ASSEMBLY);
    let on = |day: &str| {
        let run = work
            .command()
            .env("COAL_TODAY", day)
            .args(["report", "overview"])
            .output()
            .unwrap();
        String::from_utf8(run.stdout).unwrap()
    };
    assert!(on("2026-11-28").contains("Saturday 28 November 2026 (today)"));
    assert!(on("2026-11-27").contains("Saturday 28 November 2026 (tomorrow)"));
    // Once it is held, the next one is the one to come: none here.
    let after = on("2026-11-29");
    assert!(after.contains("No assembly is to come yet."), "{after}");
    // A later assembly of the log is the next one once the first is past.
    let later = format!(
        "{BEFORE_ASSEMBLY}\n[[assemblies]]\ndate = 2027-02-01\ninvited = [\"food-coop\"]\n"
    );
    work.write(&later);
    let text = on("2026-12-01");
    assert!(
        text.contains("Monday 1 February 2027 (in 62 days)"),
        "{text}"
    );
    assert!(text.contains("not chosen yet"), "{text}");
}

#[test]
fn after_the_four_steps_the_next_thing_is_a_review_then_a_question() {
    let done = BEFORE_ASSEMBLY.replace(
        "[steps.presentation]\n",
        "[steps.presentation]\nstatus = \"done\"\n",
    );
    let work = Workdir::with(&done);
    let json = json_of(&work, &["report", "overview"]);
    assert_eq!(
        json["next"],
        json!({"what": "Review the decision \u{201c}Meet every Monday\u{201d}: its review was due on 2026-11-01",
               "command": "coal update-decision 1 --reviewed 2026-11-25"})
    );
    work.write(&done.replace("review_on = 2026-11-01\n", ""));
    let json = json_of(&work, &["report", "overview"]);
    assert_eq!(
        json["next"]["command"],
        "coal step presentation --answer-question 2 --answer TEXT"
    );
    // The command the step names works as said.
    work.run(&[
        "step",
        "presentation",
        "--answer-question",
        "2",
        "--answer",
        "Yes",
    ])
    .ok();
    // `coal steps` keeps its one command.
    work.run(&["steps"])
        .ok()
        .stdout_has("coal log-feedback GROUP TEXT (the four steps are done");
}

#[test]
fn the_public_overview_gives_the_assembly_facts_and_nothing_internal() {
    let work = Workdir::with(BEFORE_ASSEMBLY);
    for format in ["table", "markdown", "json"] {
        let run = work
            .run(&[
                "report",
                "overview",
                "--audience",
                "public",
                "--format",
                format,
            ])
            .ok();
        assert!(run.stdout.contains("Salle paroissiale"), "{}", run.stdout);
        assert!(run.stdout.contains("ANONYMOUS-QUESTION"), "{}", run.stdout);
        for hidden in [
            "Hidden Sanctuary",
            "HIDDEN-QUESTION",
            "Coop La Grange",
            "Cuisine collective",
            "Meet every Monday",
            "open-tenants",
            "food-coop",
            "coal ",
            "heard",
            "Heard",
            "Invited",
            "invited",
        ] {
            assert!(
                !run.stdout.contains(hidden),
                "{hidden} in the public overview as {format}:\n{}",
                run.stdout
            );
        }
    }
    let json = json_of(&work, &["report", "overview", "--audience", "public"]);
    assert_eq!(
        json["next_assembly"],
        json!({"date": "2026-11-28", "place": "Salle paroissiale", "days_to_go": 3})
    );
    assert_eq!(
        json["open_questions"],
        json!([
            {"question": "Is there childcare?", "asked_by_name": "Open Tenants"},
            {"question": "ANONYMOUS-QUESTION?", "asked_by_name": null},
        ])
    );
    for internal in ["not_heard_from", "review_due", "next", "findings"] {
        assert!(json.get(internal).is_none(), "{internal} in {json}");
    }
}

#[test]
fn an_empty_coalition_has_every_people_report_in_every_format() {
    let work = Workdir::with(MINIMAL);
    for kind in ["overview", "draft", "steps", "feedback"] {
        for format in ["table", "markdown", "json"] {
            for audience in ["internal", "public"] {
                if kind == "feedback" && audience == "public" {
                    continue;
                }
                work.run(&["report", kind, "--format", format, "--audience", audience])
                    .ok();
            }
        }
    }
    let json = json_of(&work, &["report", "overview"]);
    assert_eq!(json["next_assembly"], Value::Null);
    assert_eq!(json["next"]["command"], "coal step contact");
    work.run(&["report"])
        .ok()
        .stdout_has("No assembly is to come yet.")
        .stdout_has("Member groups, no feedback yet  none")
        .stdout_has("Start step 1: First contact with affinity groups");
    // Nobody to hear from is not everybody heard from.
    let run = work.run(&["report"]).ok();
    assert!(!run.stdout.contains("heard from."), "{}", run.stdout);
}

/// A member invited to the next assembly that has neither given feedback,
/// nor attended, nor answered anything.
const SILENT_MEMBER_INVITED: &str = r#"schema = 1

[coalition]
name = "C"
unity_statement = "U"

[groups.quiet]
name = "Quiet Collective"
status = "member"
joined = 2026-11-01

[groups.loud]
name = "Loud Union"
status = "member"
joined = 2026-11-01

[[feedback]]
date = 2026-11-20
group = "loud"
text = "all good"

[steps.assembly]
status = "doing"
date = 2026-12-10
place = "Hall"
invited = ["quiet", "loud"]
"#;

/// Issue 14 (review): "who is invited and who has answered". Being a member
/// is no answer to an invitation, nor is feedback: only `answered` (and
/// having come) says a group answered, so a silent member is never both
/// answered and not heard from.
#[test]
fn overview_does_not_count_a_silent_member_invitee_as_heard_from() {
    let line = |run: &Run, label: &str| -> String {
        run.stdout
            .lines()
            .find(|line| line.starts_with(label))
            .unwrap_or_else(|| panic!("no {label} line:\n{}", run.stdout))
            .to_string()
    };
    let work = Workdir::with(SILENT_MEMBER_INVITED);
    let run = work.run(&["report", "overview"]).ok();
    assert!(line(&run, "Member groups, no feedback yet").ends_with("  Quiet Collective"));
    // The union gave feedback, but not about this invitation.
    assert!(
        line(&run, "Answered").ends_with("  none yet"),
        "{}",
        run.stdout
    );
    assert!(
        // One name per line.
        line(&run, "Invited groups, no answer yet").ends_with("  Quiet Collective")
            && run
                .stdout
                .contains("  Quiet Collective\n                                Loud Union\n"),
        "{}",
        run.stdout
    );

    work.run(&["update-assembly", "2026-12-10", "--answered", "loud"])
        .ok();
    let run = work.run(&["report", "overview"]).ok();
    assert!(
        line(&run, "Answered").ends_with("  Loud Union"),
        "{}",
        run.stdout
    );
    assert!(line(&run, "Invited groups, no answer yet").ends_with("  Quiet Collective"));
    let json = json_of(&work, &["report", "overview"]);
    assert_eq!(json["next_assembly"]["answered"], json!(["loud"]));
    assert_eq!(
        json["not_heard_from"],
        json!({"members": ["quiet"], "invited": ["quiet"]})
    );
}

/// A group that came to an assembly held today has answered, whether or
/// not `answered` names it.
#[test]
fn a_group_that_came_has_answered() {
    let held_today = SILENT_MEMBER_INVITED.replace(
        "invited = [\"quiet\", \"loud\"]",
        "invited = [\"quiet\", \"loud\"]\nattended = [\"quiet\"]",
    );
    let work = Workdir::with(&held_today);
    let output = work
        .command()
        .env("COAL_TODAY", "2026-12-10")
        .args(["report", "overview", "--format", "json"])
        .output()
        .unwrap();
    let run = Run::from(output).ok();
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["next_assembly"]["answered"], json!(["quiet"]));
    assert_eq!(json["not_heard_from"]["invited"], json!(["loud"]));
}

// --- feedback -----------------------------------------------------------------

#[test]
fn without_any_feedback_members_are_not_heard_from_yet() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"Alpha\"\nstatus = \"member\"\njoined = 2026-11-20\n\n[groups.b]\nname = \"Beta\"\nstatus = \"member\"\njoined = 2026-11-20\n"
    ));
    let run = work.run(&["report", "feedback"]).ok();
    assert!(
        run.stdout.contains("Not heard from yet: Alpha, Beta."),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("has been heard from"),
        "{}",
        run.stdout
    );
    let json = json_of(&work, &["report", "feedback"]);
    assert_eq!(json["not_heard_yet"], json!(["a", "b"]));
    // Joined five days ago: not overdue yet, but not heard from either.
    assert_eq!(json["not_heard"], json!([]));
    let none = Workdir::with(MINIMAL);
    none.run(&["report", "feedback"])
        .ok()
        .stdout_has("No member groups yet.");
}

#[test]
fn the_feedback_report_names_people_and_who_is_overdue() {
    let work = Workdir::with(&example());
    let table = work.run(&["report", "feedback"]).ok().stdout;
    assert!(table.contains("┆ Sam "), "{table}");
    assert!(!table.contains("┆ sam "), "{table}");
    assert!(table.contains("Every member group has been heard from in the last 60 days."));
    let json = json_of(&work, &["report", "feedback"]);
    let sol = json["latest"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["group"] == "sol-migrant")
        .unwrap();
    assert_eq!(sol["by"], "sam");
    assert_eq!(sol["by_name"], "Sam");
    let late =
        Workdir::with(&example().replace("feedback_every_days = 60", "feedback_every_days = 5"));
    let table = late.run(&["report", "feedback"]).ok().stdout;
    assert!(
        table.contains("Not heard from in the last 5 days: "),
        "{table}"
    );
    assert!(table.contains("coal log-feedback GROUP TEXT"), "{table}");
}

#[test]
fn feedback_overdue_says_what_it_counts_from() {
    let head = format!("{MINIMAL}\n[agreements]\nfeedback_every_days = 10\n");
    let case = |body: &str| {
        let work = Workdir::with(&format!("{head}{body}"));
        work.run(&["check"]).ok().stdout
    };
    let joined = case("\n[groups.a]\nname = \"A\"\nstatus = \"member\"\njoined = 2026-01-01\n");
    assert!(
        joined.contains("No feedback from A for more than 10 days, counted from the day it joined, 2026-01-01: it has given none yet."),
        "{joined}"
    );
    let heard = case(
        "\n[groups.a]\nname = \"A\"\nstatus = \"member\"\njoined = 2026-01-01\n\n[[feedback]]\ndate = 2026-02-01\ngroup = \"a\"\ntext = \"ok\"\n",
    );
    assert!(
        heard.contains("No feedback from A for more than 10 days, counted from its last feedback on 2026-02-01."),
        "{heard}"
    );
    let neither = case("\n[groups.a]\nname = \"A\"\nstatus = \"member\"\n");
    assert!(
        neither.contains("No feedback from A yet, and no `joined` date to count the 10 days from."),
        "{neither}"
    );
}

// --- hand edits -----------------------------------------------------------------

#[test]
fn an_unknown_key_suggests_the_nearest_known_one() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\nstatut = \"member\"\ncontact = {{ emial = \"a@b.c\" }}\nzzzzzz = 1\n\n[[feedbak]]\n"
    ));
    let run = work.run(&["check"]).ok();
    for said in [
        "groups.a.statut: `statut` is not part of schema 1; coal keeps it but does not use it: did you mean `status`?",
        "groups.a.contact.emial: `emial` is not part of schema 1; coal keeps it but does not use it: did you mean `email`?",
        "groups.a.zzzzzz: `zzzzzz` is not part of schema 1; coal keeps it but does not use it (a typo?)",
        "info[unknown-key] feedbak: `feedbak` is not part of schema 1; coal keeps it but does not use it: did you mean `feedback`?",
    ] {
        assert!(run.stdout.contains(said), "{said} missing:\n{}", run.stdout);
    }
}

/// Issue 14 (review): a key typed in capitals is as near as can be, and a
/// register or log named as one of its entries (`[person.sam]`, as in
/// `coal add-person`; `[[assembly]]`) means the register.
#[test]
fn an_unknown_key_in_capitals_or_in_the_singular_is_told_the_known_one() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\nSTATUS = \"member\"\nName = \"B\"\n\n[person.sam]\nname = \"Sam\"\n\n[Tactic.march]\nname = \"March\"\n\n[[assembly]]\ndate = 2027-01-01\n\n[[Decision]]\nsummary = \"S\"\n"
    ));
    let before = work.read();
    let run = work.run(&["check"]).ok();
    for said in [
        "groups.a.STATUS: `STATUS` is not part of schema 1; coal keeps it but does not use it: did you mean `status`?",
        "groups.a.Name: `Name` is not part of schema 1; coal keeps it but does not use it: did you mean `name`?",
        "person: `person` is not part of schema 1; coal keeps it but does not use it: did you mean `people`?",
        "Tactic: `Tactic` is not part of schema 1; coal keeps it but does not use it: did you mean `tactics`?",
        "assembly: `assembly` is not part of schema 1; coal keeps it but does not use it: did you mean `assemblies`?",
        "Decision: `Decision` is not part of schema 1; coal keeps it but does not use it: did you mean `decisions`?",
    ] {
        assert!(run.stdout.contains(said), "{said} missing:\n{}", run.stdout);
    }
    assert!(!run.stdout.contains("(a typo?)"), "{}", run.stdout);
    assert_eq!(work.read(), before);
}

#[test]
fn schema_findings_carry_their_line_and_column() {
    let text = format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\npower = 7\ntactics = [\"vigil\", \"nope\"]\n"
    );
    // `power` is on line 9; "nope" on line 10, column 21.
    assert_eq!(text.lines().nth(8), Some("power = 7"));
    assert_eq!(text.lines().nth(9).unwrap().find("\"nope\""), Some(20));
    let work = Workdir::with(&text);
    let run = work.run(&["check"]).code(1);
    assert!(
        run.stdout.contains(
            "error[invalid-value] groups.a.power: `power` must be 1 to 5, got 7\n  --> coalition.toml:9:1\n"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("  --> coalition.toml:10:21\n"),
        "{}",
        run.stdout
    );
    let json: Value =
        serde_json::from_str(&work.run(&["check", "--format", "json"]).code(1).stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let power = findings
        .iter()
        .find(|f| f["path"] == "groups.a.power")
        .unwrap();
    assert_eq!(
        (power["line"].clone(), power["column"].clone()),
        (json!(9), json!(1))
    );
    let nope = findings
        .iter()
        .find(|f| f["path"] == "groups.a.tactics[1]")
        .unwrap();
    assert_eq!(
        (nope["line"].clone(), nope["column"].clone()),
        (json!(10), json!(21))
    );
    // GitHub annotations point at the same line.
    work.run(&["check", "--format", "github"])
        .code(1)
        .stdout_has("::error file=coalition.toml,line=9,");
}

#[test]
fn lines_are_counted_the_same_in_a_crlf_file_with_accents() {
    let text = "schema = 1\r\n[coalition]\r\nname = \"Café\"\r\nunity_statement = \"U\"\r\n[groups.a]\r\nname = \"Événement\"\r\nroles = [\"élève\", \"rebel\"]\r\n";
    let work = Workdir::with(text);
    let json: Value =
        serde_json::from_str(&work.run(&["check", "--format", "json"]).code(1).stdout).unwrap();
    let role = &json["findings"][0];
    assert_eq!(role["path"], "groups.a.roles[0]");
    assert_eq!(
        (role["line"].clone(), role["column"].clone()),
        (json!(7), json!(10))
    );
}

#[test]
fn findings_of_the_rules_carry_no_place_and_clean_files_none_at_all() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\nstatus = \"member\"\n"
    ));
    let json: Value =
        serde_json::from_str(&work.run(&["check", "--format", "json"]).ok().stdout).unwrap();
    let overdue = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "feedback-overdue")
        .unwrap();
    assert!(overdue.get("line").is_none(), "{overdue}");
    let run = work.run(&["check"]).ok();
    assert!(!run.stdout.contains("-->"), "{}", run.stdout);
}

/// Without the agreement against public denouncing, no line of the draft
/// promises it: the tactics line does not say none condemns another's.
#[test]
fn the_draft_promises_no_public_restraint_the_coalition_did_not_agree() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[agreements]\nno_public_denouncing = false\n"
    ));
    for audience in ["internal", "public"] {
        let run = work
            .run(&["report", "draft", "--audience", audience])
            .ok()
            .stdout_has("We have not agreed to keep our disagreements out of public view")
            .stdout_has("Each group keeps its own tactics");
        assert!(!run.stdout.contains("condemn"), "{}", run.stdout);
    }
}

/// The steps report names the draft's co-authors and the groups that
/// joined, as people know them, not by id.
#[test]
fn the_steps_report_names_co_authors_and_who_joined() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.sol-migrant]\nname = \"Solidarité migrante\"\nstatus = \"member\"\n\n\
         [steps.draft]\nstatus = \"doing\"\nvision = \"V\"\nco_authors = [\"sol-migrant\"]\n\n\
         [steps.presentation]\njoined = [\"sol-migrant\"]\n"
    ));
    // The table wraps its cells: the other formats say it on one line.
    for format in ["markdown", "csv", "json"] {
        let out = work
            .run(&["report", "steps", "--format", format])
            .ok()
            .stdout;
        assert!(
            out.contains("0 contacted, 0 in dialogue, 1 member, 0 declined; 0 prospects left")
                && out.contains("co-authors: Solidarité migrante")
                && out.contains("joined: Solidarité migrante"),
            "{format}:\n{out}"
        );
        assert!(!out.contains("sol-migrant"), "{format}:\n{out}");
    }
}

/// A question asked by no one named goes out (it tells of no hidden group),
/// in the steps report with its answer and among the overview's open ones.
#[test]
fn public_reports_show_questions_asked_by_no_one_named() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[steps.presentation]\nquestions = [{{ question = \"Who decides?\", answer = \"The assembly, by consent\" }}, {{ question = \"Is there childcare?\" }}]\n"
    ));
    for format in ["table", "markdown", "csv"] {
        let steps = work
            .run(&[
                "report",
                "steps",
                "--audience",
                "public",
                "--format",
                format,
            ])
            .ok()
            .stdout;
        for text in [
            "Who decides?",
            "The assembly, by consent",
            "Is there childcare?",
        ] {
            assert!(steps.contains(text), "{text} not in {format}:\n{steps}");
        }
    }
    work.run(&["report", "overview", "--audience", "public"])
        .ok()
        .stdout_has("Is there childcare?");
}

/// The steps CSV carries the questions too: one row per step and per
/// question, its kind first; in public without the question's number.
#[test]
fn the_steps_csv_carries_the_questions_and_answers() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\nstatus = \"member\"\npublic = true\n\n\
         [steps.presentation]\nstatus = \"doing\"\nquestions = [{{ question = \"Who decides?\", answer = \"The assembly, by consent\", asked_by = \"a\" }}, {{ question = \"Is there childcare?\" }}]\n"
    ));
    let csv = |audience: &str| {
        work.run(&["report", "steps", "--format", "csv", "--audience", audience])
            .ok()
            .stdout
    };
    let internal = csv("internal");
    let lines: Vec<&str> = internal.lines().collect();
    assert_eq!(
        lines[0],
        "kind,number,step,status,started,finished,done so far,question,asked by,answer"
    );
    assert!(lines[1].starts_with("step,1,First contact"), "{internal}");
    assert_eq!(lines.len(), 7, "{internal}");
    assert_eq!(
        lines[5],
        "question,1,,,,,,Who decides?,A,\"The assembly, by consent\""
    );
    assert_eq!(
        lines[6],
        "question,2,,,,,,Is there childcare?,,not answered yet"
    );
    let public = csv("public");
    let lines: Vec<&str> = public.lines().collect();
    assert_eq!(
        lines[5],
        "question,,,,,,,Who decides?,A,\"The assembly, by consent\""
    );
    assert_eq!(
        lines[6],
        "question,,,,,,,Is there childcare?,,not answered yet"
    );
}
