//! Decisions after they were logged (`coal update-decision N`), and what
//! the log may be backfilled with: nothing dated after today.

mod common;

use common::*;

/// Two decisions: the first reviewed late and not heard by `tenants`.
const DECIDED: &str = r#"schema = 1

[coalition]
name = "Front commun"
unity_statement = "Un toit pour tout le monde"

[groups.tenants]
name = "Tenants"
impacted = true

[groups.union]
name = "Union"

[committees.steering]
name = "Steering group"

[[decisions]]
date = 2026-10-01
summary = "Rent the parish hall"
by = "steering"
rule = "consent"
affects = ["tenants", "union"]
consulted = ["union"] # asked at the October meeting
review_on = 2026-11-01

[[decisions]]
date = 2026-11-20
summary = "Meet every week"
"#;

#[test]
fn decisions_are_numbered_from_one_in_the_list_and_in_update() {
    let work = Workdir::with(DECIDED);
    let run = work.run(&["list", "decisions"]).ok();
    let first = run
        .stdout
        .find("│ 1 ┆ 2026-10-01 ┆ Rent the parish hall")
        .unwrap();
    let second = run
        .stdout
        .find("│ 2 ┆ 2026-11-20 ┆ Meet every week")
        .unwrap();
    assert!(first < second, "{}", run.stdout);
    work.run(&["update-decision", "2", "--rule", "consensus"])
        .ok()
        .stderr_has("updated decision 2 (2026-11-20: Meet every week)");
    assert_eq!(
        work.read(),
        DECIDED.replace(
            "summary = \"Meet every week\"\n",
            "summary = \"Meet every week\"\nrule = \"consensus\"\n"
        )
    );
    work.run(&["fmt", "--check"]).ok();
}

#[test]
fn a_review_clears_review_due_until_a_later_review_date() {
    let work = Workdir::with(DECIDED);
    work.run(&["check"])
        .ok()
        .stdout_has("warning[review-due] decisions[0].review_on")
        .stdout_has("Once reviewed: `coal update-decision 1 --reviewed DATE`.");
    work.run(&["update-decision", "1", "--reviewed", "2026-11-10"])
        .ok()
        .stderr_has("reviewed on 2026-11-10; no review due until a later `--review-on`");
    assert_eq!(
        work.read(),
        DECIDED.replace(
            "review_on = 2026-11-01\n",
            "review_on = 2026-11-01\nreviewed = 2026-11-10\n"
        )
    );
    let run = work.run(&["check"]).ok();
    assert!(!run.stdout.contains("review-due"), "{}", run.stdout);
    work.run(&["fmt", "--check"]).ok();

    // The next review, once set, comes due again after its date.
    work.run(&["update-decision", "1", "--review-on", "2027-05-01"])
        .ok();
    let run = work.run(&["check"]).ok();
    assert!(!run.stdout.contains("review-due"), "{}", run.stdout);
    work.run(&["update-decision", "1", "--review-on", "2026-11-24"])
        .ok();
    work.run(&["check"])
        .ok()
        .stdout_has("warning[review-due] decisions[0].review_on");
    work.run(&[
        "update-decision",
        "1",
        "--reviewed",
        "2026-11-25",
        "--review-on",
        "2027-05-01",
    ])
    .ok()
    .stderr_has("reviewed on 2026-11-25; next review on 2027-05-01");
}

#[test]
fn groups_consulted_afterwards_clear_nothing_about_us() {
    let work = Workdir::with(DECIDED);
    work.run(&["check"])
        .ok()
        .stdout_has("warning[nothing-about-us] decisions[0].consulted")
        .stdout_has("then `coal update-decision 1 --add-consulted ID`");
    work.refused(&["update-decision", "1", "--add-consulted", "tenant"], 2)
        .stderr_has("error: there is no group `tenant`")
        .stderr_has("did you mean `tenants`?");
    work.run(&[
        "update-decision",
        "1",
        "--add-consulted",
        "union",
        "tenants",
        "--reviewed",
        "2026-11-02",
    ])
    .ok();
    // The list grows in place; its comment stays.
    assert!(
        work.read()
            .contains("consulted = [\"union\", \"tenants\"] # asked at the October meeting\n"),
        "{}",
        work.read()
    );
    work.run(&["check", "--deny-warnings"]).ok();
    // A group it newly affects is not heard yet: said at once.
    work.run(&["update-decision", "1", "--add-affects", "union", "tenants"])
        .ok()
        .stderr_has("nothing to change: the file already says that");
    work.run(&["add-group", "Church"]).ok();
    work.run(&["update-decision", "1", "--add-affects", "church"])
        .ok()
        .stderr_has(
            "note: it affects church without their being consulted; nothing about us without us",
        );
    assert!(
        work.read()
            .contains("affects = [\"tenants\", \"union\", \"church\"]\n")
    );
}

#[test]
fn every_field_can_be_corrected() {
    let work = Workdir::with(DECIDED);
    work.refused(&["update-decision", "2", "--by", "steerin"], 2)
        .stderr_has("there is no committee `steerin`")
        .stderr_has("did you mean `steering`?");
    work.refused(&["update-decision", "2", "--summary", " "], 2)
        .stderr_has("must not be empty");
    work.refused(&["update-decision", "2", "--rule", "vote"], 2)
        .stderr_has("consensus");
    work.run(&[
        "update-decision",
        "2",
        "--summary",
        "Meet every other week",
        "--date",
        "2026-11-21",
        "--by",
        "steering",
        "--rule",
        "majority",
        "--add-affects",
        "tenants",
        "--add-consulted",
        "tenants",
        "--review-on",
        "2027-01-10",
    ])
    .ok();
    assert!(work.read().ends_with(
        "[[decisions]]\ndate = 2026-11-21\nsummary = \"Meet every other week\"\nby = \"steering\"\nrule = \"majority\"\naffects = [\"tenants\"]\nconsulted = [\"tenants\"]\nreview_on = 2027-01-10\n"
    ), "{}", work.read());
    work.run(&["fmt", "--check"]).ok();
    work.run(&["update-decision", "2", "--by", "assembly"]).ok();
    assert!(
        work.read()
            .contains("by = \"assembly\"\nrule = \"majority\"")
    );
}

#[test]
fn a_number_out_of_range_says_how_many_decisions_there_are() {
    let work = Workdir::with(DECIDED);
    // Any text that is not a decision's number gets the same words, in
    // coal's language rather than a parser's, with or without a change.
    for number in ["0", "3", "99999999999999999999", "1.5", "-1", "first"] {
        for changes in [&["--reviewed", "2026-11-20"][..], &[]] {
            let mut args = vec!["update-decision", number];
            args.extend(changes);
            work.refused(&args, 2)
                .stderr_has(&format!(
                    "error: there is no decision {number}: there are 2 decisions, numbered 1 to 2"
                ))
                .stderr_has("hint: `coal list decisions` shows them with their numbers");
        }
    }
    let work = Workdir::with(MINIMAL);
    work.refused(&["update-decision", "1", "--rule", "consent"], 2)
        .stderr_has("there is no decision 1: none is recorded yet")
        .stderr_has("log one with `coal log-decision SUMMARY`");
    // No number given: none is made up.
    work.refused(&["update-decision"], 2)
        .stderr_has("there is no decision to change: none is recorded yet");
}

#[test]
fn without_a_terminal_the_number_and_a_change_are_needed() {
    let work = Workdir::with(DECIDED);
    work.refused(&["update-decision", "--reviewed", "2026-11-20"], 2)
        .stderr_has("error: missing N (the first argument) (which decision?)");
    work.refused(&["update-decision", "1"], 2)
        .stderr_has("error: nothing to change for decision 1")
        .stderr_has(
            "hint: give what changed, e.g. `--reviewed 2026-11-25` or `--add-consulted ID`",
        );
}

#[test]
fn dry_run_shows_the_change_and_writes_nothing() {
    let work = Workdir::with(DECIDED);
    work.refused(
        &[
            "--dry-run",
            "update-decision",
            "1",
            "--reviewed",
            "2026-11-20",
        ],
        0,
    )
    .stdout_has("+reviewed = 2026-11-20")
    .stderr_has("(dry run: nothing written)");
}

#[test]
fn a_review_is_held_after_the_decision_and_not_after_today() {
    let work = Workdir::with(DECIDED);
    work.refused(&["update-decision", "1", "--reviewed", "2026-11-26"], 2)
        .stderr_has("error: the review date 2026-11-26 is after today (2026-11-25)")
        .stderr_has("hint: record it once it has happened");
    work.refused(&["update-decision", "1", "--reviewed", "2026-09-30"], 2)
        .stderr_has("error: the review date 2026-09-30 is before the decision itself (2026-10-01)");
    work.refused(&["update-decision", "1", "--date", "2026-11-26"], 2)
        .stderr_has("error: the decision date 2026-11-26 is after today (2026-11-25)");
}

/// A review to come before the decision was taken is refused like a review
/// held before it.
#[test]
fn review_on_before_the_decision_itself_is_refused() {
    let work = Workdir::with(DECIDED);
    work.refused(&["update-decision", "1", "--review-on", "2020-01-01"], 2)
        .stderr_has("error: the next review 2020-01-01 is before the decision itself (2026-10-01)")
        .stderr_has("hint: a decision is reviewed on or after the day it was taken");
    // Nor is the decision moved after the review it already has to come.
    work.refused(&["update-decision", "1", "--date", "2026-11-02"], 2)
        .stderr_has("error: the next review 2026-11-01 is before the decision itself (2026-11-02)");
    work.run(&["update-decision", "1", "--review-on", "2026-10-01"])
        .ok();
    // Logged with its review, the same rule holds.
    work.refused(
        &[
            "log-decision",
            "Print flyers",
            "--date",
            "2026-11-10",
            "--review-on",
            "2026-11-09",
        ],
        2,
    )
    .stderr_has("error: the next review 2026-11-09 is before the decision itself (2026-11-10)")
    .stderr_has("hint: a decision is reviewed on or after the day it was taken");
}

#[test]
fn decisions_and_feedback_are_backfilled_but_never_dated_after_today() {
    let work = Workdir::with(DECIDED);
    work.refused(&["log-decision", "Buy a banner", "--date", "2030-01-01"], 2)
        .stderr_has("error: the decision date 2030-01-01 is after today (2026-11-25)");
    work.refused(
        &["log-feedback", "tenants", "Great", "--date", "2026-11-26"],
        2,
    )
    .stderr_has("error: the feedback date 2026-11-26 is after today (2026-11-25)")
    .stderr_has("hint: record it once it has happened, dated that day (today or earlier)");
    work.run(&[
        "log-decision",
        "Found the coalition",
        "--date",
        "2025-03-01",
    ])
    .ok();
    work.run(&[
        "log-feedback",
        "tenants",
        "Glad to be here",
        "--date",
        "2026-11-25",
    ])
    .ok();
    work.run(&["list", "decisions"])
        .ok()
        .stdout_has("│ 3 ┆ 2025-03-01 ┆ Found the coalition");
}

#[test]
fn decisions_written_inline_are_updated_in_place() {
    let inline = "schema = 1\ndecisions = [{ date = 2026-10-01, summary = \"S\", review_on = 2026-11-01, colour = \"red\" }]\n\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n\n[groups.a]\nname = \"A\"\n";
    let work = Workdir::with(inline);
    work.run(&[
        "update-decision",
        "1",
        "--reviewed",
        "2026-11-02",
        "--add-affects",
        "a",
    ])
    .ok();
    assert_eq!(
        work.read(),
        inline.replace(
            "{ date = 2026-10-01, summary = \"S\", review_on = 2026-11-01, colour = \"red\" }",
            "{ date = 2026-10-01, summary = \"S\", affects = [\"a\"], review_on = 2026-11-01, reviewed = 2026-11-02, colour = \"red\" }"
        )
    );
}

#[test]
fn an_invalid_decision_makes_the_numbers_uncertain() {
    let broken = DECIDED.replace("summary = \"Rent the parish hall\"\n", "");
    let work = Workdir::with(&broken);
    work.refused(&["update-decision", "1", "--rule", "consent"], 2)
        .stderr_has("some decisions in the file are not valid, so their numbers are uncertain")
        .stderr_has("hint: fix them first: `coal check` shows what is wrong");
}

#[test]
fn reviewed_is_in_the_json_schema_and_the_list() {
    let work = Workdir::with(DECIDED);
    work.run(&["update-decision", "1", "--reviewed", "2026-11-10"])
        .ok();
    work.run(&["list", "decisions"])
        .ok()
        .stdout_has("reviewed")
        .stdout_has("2026-11-10");
    work.run(&["list", "decisions", "--format", "json"])
        .ok()
        .stdout_has("\"reviewed\": \"2026-11-10\"");
    let schema = work.run(&["schema"]).ok().stdout;
    let decision = &schema[schema.find("\"review_on\"").unwrap()..];
    assert!(decision.contains("\"reviewed\""), "{schema}");
}

#[test]
fn diff_tells_an_updated_decision_or_an_answered_question_field_by_field() {
    let text = DECIDED.replace(
        "\n[groups.tenants]",
        "\n[steps.presentation]\nquestions = [{ question = \"Who pays?\" }]\n\n[groups.tenants]",
    );
    let work = Workdir::with(&text);
    std::fs::write(work.dir.path().join("old.toml"), &text).unwrap();
    work.run(&[
        "update-decision",
        "1",
        "--reviewed",
        "2026-11-20",
        "--add-consulted",
        "tenants",
    ])
    .ok();
    work.run(&["update-decision", "2", "--summary", "Meet every other week"])
        .ok();
    work.run(&[
        "step",
        "presentation",
        "--answer-question",
        "1",
        "--answer",
        "The union",
    ])
    .ok();
    let json = work
        .run(&["diff", "old.toml", "--format", "json"])
        .ok()
        .stdout;
    let diff: serde_json::Value = serde_json::from_str(&json).unwrap();
    let paths: Vec<&str> = diff["changed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|change| change["path"].as_str().unwrap())
        .collect();
    assert!(paths.contains(&"decisions.1.reviewed"), "{json}");
    assert!(paths.contains(&"decisions.1.consulted"), "{json}");
    assert!(
        paths.contains(&"steps.presentation.questions.1.answer"),
        "{json}"
    );
    // A summary rewritten is another decision: its old words are not lost.
    assert_eq!(
        diff["added"]["decisions"][0]["summary"], "Meet every other week",
        "{json}"
    );
    assert_eq!(
        diff["removed"]["decisions"][0]["summary"], "Meet every week",
        "{json}"
    );
    let text = work.run(&["diff", "old.toml"]).ok().stdout;
    assert!(
        text.contains("~ steps.presentation.questions.1.answer: (none) → \"The union\""),
        "{text}"
    );
    assert!(
        !text.contains("+ steps.presentation.questions"),
        "the answer is a changed field, not a new question:\n{text}"
    );
}

/// A group consulted is added to the list in place: the comments on the
/// groups listed stay, and a list written one group a line stays so.
#[test]
fn a_group_consulted_is_added_in_place() {
    let work = Workdir::with(&DECIDED.replace(
        "consulted = [\"union\"] # asked at the October meeting\n",
        "consulted = [\n  \"union\", # asked at the October meeting\n]\n",
    ));
    work.run(&["fmt", "--check"]).ok();
    work.run(&["update-decision", "1", "--add-consulted", "tenants"])
        .ok();
    let text = work.read();
    assert!(
        text.contains(
            "consulted = [\n  \"union\", # asked at the October meeting\n  \"tenants\",\n]\n"
        ),
        "{text}"
    );
    work.run(&["fmt", "--check"]).ok();
}

/// Without a number and without any decision, no number is made up.
#[test]
fn update_decision_without_a_number_does_not_invent_decision_1() {
    let work = Workdir::with(MINIMAL);
    let run = work
        .refused(&["update-decision", "--reviewed", "2026-11-01"], 2)
        .stderr_has("there is no decision to change: none is recorded yet");
    assert!(!run.stderr.contains("decision 1"), "{}", run.stderr);
}

/// `--by Assembly`, capitalised as at the start of a sentence, is the
/// assembly, not a committee near that word.
#[test]
fn by_assembly_in_capitals_is_the_assembly() {
    let work = Workdir::with(&example());
    let run = work
        .run(&["log-decision", "Rent strike support", "--by", "Assembly"])
        .ok();
    assert!(!run.stderr.contains("assembly-prep"), "{}", run.stderr);
    assert!(!work.read().contains("by = \"Assembly\""));
}
