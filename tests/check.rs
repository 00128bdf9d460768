//! `coal check`: schema validation findings, text and JSON (SPEC §7).

mod common;

use common::*;
use serde_json::{Value, json};

fn json_check(work: &Workdir, code: i32) -> Value {
    let run = work.run(&["check", "--format", "json"]).code(code);
    serde_json::from_str(&run.stdout).unwrap()
}

#[test]
fn the_example_is_clean() {
    let work = Workdir::with(&example());
    work.run(&["check"]).ok().stdout_has("no problems found");
    assert_eq!(
        json_check(&work, 0),
        json!({"errors": 0, "warnings": 0, "infos": 0, "findings": []})
    );
}

#[test]
fn bad_values_in_the_file_are_findings() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"\"\npower = 7\ninterest = \"high\"\nstatus = \"ally\"\nhue = \"red\"\n"
    ));
    let report = json_check(&work, 1);
    assert_eq!(report["errors"], 4);
    assert_eq!(report["infos"], 1);
    assert_eq!(
        report["findings"],
        json!([
            {"severity": "error", "code": "invalid-value", "message": "`interest` must be a whole number, 1 to 5, got the text \"high\"", "path": "groups.a.interest", "line": 10, "column": 1},
            {"severity": "error", "code": "invalid-value", "message": "`name` must not be empty", "path": "groups.a.name", "line": 8, "column": 1},
            {"severity": "error", "code": "invalid-value", "message": "`power` must be 1 to 5, got 7", "path": "groups.a.power", "line": 9, "column": 1},
            {"severity": "error", "code": "invalid-value", "message": "`status`: `ally` is not one of the valid statuses: prospect, contacted, dialogue, member, declined, left, watch", "path": "groups.a.status", "line": 11, "column": 1},
            {"severity": "info", "code": "unknown-key", "message": "`hue` is not part of schema 1; coal keeps it but does not use it (a typo?)", "path": "groups.a.hue", "line": 12, "column": 1},
        ])
    );
    let run = work.run(&["check"]).code(1);
    assert!(
        run.stdout
            .contains("error[invalid-value] groups.a.power: `power` must be 1 to 5, got 7"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .ends_with("coalition.toml: 4 errors, 0 warnings, 1 info\n"),
        "{}",
        run.stdout
    );
}

/// The order of dates the commands enforce holds in a file written by hand
/// too: a group leaves after it joined, a decision is reviewed after it
/// was taken. And an edit that keeps such an error is not blocked by it.
#[test]
fn check_finds_dates_the_commands_refuse() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\nstatus = \"left\"\njoined = 2026-06-01\nleft = 2026-01-01\n\n[[decisions]]\ndate = 2026-11-05\nsummary = \"S\"\nreview_on = 2026-02-01\nreviewed = 2026-01-01\n"
    ));
    let report = json_check(&work, 1);
    assert_eq!(
        report["findings"],
        json!([
            {"severity": "error", "code": "invalid-value", "path": "decisions[0].review_on", "line": 16, "column": 1,
             "message": "`review_on` (2026-02-01) is before `date` (2026-11-05): a decision is reviewed on or after the day it was taken"},
            {"severity": "error", "code": "invalid-value", "path": "decisions[0].reviewed", "line": 17, "column": 1,
             "message": "`reviewed` (2026-01-01) is before `date` (2026-11-05): a decision is reviewed on or after the day it was taken"},
            {"severity": "error", "code": "invalid-value", "path": "groups.a.left", "line": 11, "column": 1,
             "message": "`left` (2026-01-01) is before `joined` (2026-06-01): a group leaves after it joins; one that left and came back keeps only its new `joined`"},
        ])
    );
    work.run(&["add-group", "B"]).ok();
    // On the same day, or in order, is clean.
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\nstatus = \"left\"\njoined = 2026-06-01\nleft = 2026-06-01\n\n[[decisions]]\ndate = 2026-11-05\nsummary = \"S\"\nreview_on = 2026-11-05\nreviewed = 2026-11-05\n"
    ));
    json_check(&work, 0);
}

#[test]
fn references_to_nothing_are_findings() {
    let work = Workdir::with(&example().replace(
        "co_authors = [\"sol-migrant\",",
        "co_authors = [\"sol-migrnt\",",
    ));
    let report = json_check(&work, 1);
    assert_eq!(
        report["findings"][0],
        json!({"severity": "error", "code": "invalid-reference", "path": "steps.draft.co_authors[0]", "line": 43, "column": 15,
               "message": "`co_authors` names no group `sol-migrnt`; did you mean `sol-migrant`?"})
    );
}

#[test]
fn only_infos_pass_and_deny_warnings_keeps_passing_without_warnings() {
    let work = Workdir::with(&format!("{MINIMAL}colour = \"green\"\n"));
    work.run(&["check"])
        .ok()
        .stdout_has("info[unknown-key] coalition.colour");
    work.run(&["check", "--deny-warnings"]).ok();
}

#[test]
fn an_edit_that_would_add_an_error_is_refused_but_old_errors_do_not_block() {
    let work = Workdir::with(&format!("{MINIMAL}\n[groups.a]\nname = \"A\"\npower = 9\n"));
    // The file already has an error; adding a valid group still works.
    work.run(&["add-group", "B"]).ok();
    // Fixing the error works too.
    work.run(&["update-group", "a", "--power", "2"]).ok();
    work.run(&["check"]).ok();
    // An edit the commands cannot see is wrong is still stopped by validation.
    work.refused(&["add-committee", "Assembly", "--id", "assembly"], 2)
        .stderr_has("would make the coalition file invalid")
        .stderr_has("committees.assembly: `assembly` cannot be a committee id");
}

#[test]
fn colour_follows_the_flag() {
    let work = Workdir::with(&format!("{MINIMAL}\n[groups.a]\nname = \"A\"\npower = 9\n"));
    let run = work.run(&["--color", "always", "check"]).code(1);
    assert!(
        run.stdout
            .contains("\u{1b}[31merror\u{1b}[0m[invalid-value]"),
        "{}",
        run.stdout
    );
    let run = work.run(&["--color", "never", "check"]).code(1);
    assert!(!run.stdout.contains('\u{1b}'));
    // Piped, `auto` means no colour.
    assert!(!work.run(&["check"]).code(1).stdout.contains('\u{1b}'));
}

/// A boundary against a group that does not exist gets two errors: the
/// right one (`invalid-reference`) and a wrong one, "a boundary must name a
/// `group` or a `tactic`", though it names a group.
#[test]
fn a_dangling_boundary_is_one_error_not_two() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\nboundaries = [{{ group = \"x\" }}]\n"
    ));
    let run = work.run(&["check"]).code(1);
    assert!(
        !run.stdout.contains("must name a `group` or a `tactic`"),
        "{}",
        run.stdout
    );
}

/// Issue 14: `unknown-key` suggests the nearest known key. `boundary` is
/// one entry of `boundaries`, too far from it by spelling alone.
#[test]
fn an_unknown_key_naming_one_entry_of_a_list_is_told_the_list() {
    let work = Workdir::with(
        r#"schema = 1
[coalition]
name = "C"
unity_statement = "U"
[groups.a]
name = "Alpha"
boundary = [{ tactic = "x", level = "refuse" }]
offer = { money = "a little" }
"#,
    );
    let run = work.run(&["check"]).ok();
    for (key, meant) in [("boundary", "boundaries"), ("offer", "offers")] {
        let line = run
            .stdout
            .lines()
            .find(|l| l.contains("unknown-key") && l.contains(&format!("`{key}`")))
            .unwrap_or_else(|| panic!("no unknown-key for {key}:\n{}", run.stdout));
        assert!(line.contains(&format!("did you mean `{meant}`?")), "{line}");
    }
}

/// A key with a word dropped or added is told the only known key it fits
/// (`feedback_days` for `feedback_every_days`); a key that fits none gets
/// no guess.
#[test]
fn an_unknown_key_with_a_word_dropped_or_added_is_told_the_key_it_fits() {
    let work = Workdir::with(
        r#"schema = 1
[coalition]
name = "C"
unity_statement = "U"
[agreements]
feedback_days = 30
denouncing = false
[groups.a]
name = "Alpha"
spectrum_position = "neutral"
zzzz = 1
"#,
    );
    let run = work.run(&["check"]).ok();
    let line = |key: &str| {
        run.stdout
            .lines()
            .find(|l| l.contains("unknown-key") && l.contains(&format!("`{key}`")))
            .unwrap_or_else(|| panic!("no unknown-key for {key}:\n{}", run.stdout))
    };
    for (key, meant) in [
        ("feedback_days", "feedback_every_days"),
        ("denouncing", "no_public_denouncing"),
        ("spectrum_position", "spectrum"),
    ] {
        assert!(
            line(key).contains(&format!("did you mean `{meant}`?")),
            "{}",
            line(key)
        );
    }
    assert!(line("zzzz").ends_with("(a typo?)"), "{}", line("zzzz"));
}

/// A decimal number where a whole one is asked for is shown as a decimal
/// (`1e3` as `1000.0`), never as the whole number it is not.
#[test]
fn a_decimal_number_is_shown_as_one() {
    let work = Workdir::with(
        "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n[groups.a]\nname = \"A\"\nmembers = 1e3\n",
    );
    let run = work.run(&["check"]).code(1);
    let line = run
        .stdout
        .lines()
        .find(|l| l.contains("groups.a.members"))
        .unwrap_or_else(|| panic!("{}", run.stdout))
        .to_string();
    assert!(line.ends_with("got 1000.0"), "{line}");
}
