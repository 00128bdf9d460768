//! Issue 15's prompts, as far as they show without a terminal: every date
//! flag's error gives today as its example, and `add-boundary` names the
//! flags it needs. The walkthroughs themselves are tested in `pty.rs` and
//! with scripted answers in `src/commands/step/walk.rs`.

mod common;

use common::*;

/// Every flag and argument that takes a date, given one written the wrong way.
const DATE_FLAGS: &[&[&str]] = &[
    &["add-group", "New", "--joined", "4/3/2027"],
    &["update-group", "food-coop", "--left", "4/3/2027"],
    &["log-feedback", "food-coop", "Good", "--date", "4/3/2027"],
    &["log-decision", "Meet", "--date", "4/3/2027"],
    &["log-decision", "Meet", "--review-on", "4/3/2027"],
    &["add-assembly", "4/3/2027"],
    &["update-assembly", "4/3/2027", "--place", "Hall"],
    &["update-assembly", "2027-01-16", "--date", "4/3/2027"],
    &["update-decision", "1", "--date", "4/3/2027"],
    &["update-decision", "1", "--review-on", "4/3/2027"],
    &["update-decision", "1", "--reviewed", "4/3/2027"],
    &["step", "assembly", "--date", "4/3/2027"],
    &["report", "invitation", "--assembly", "4/3/2027"],
];

/// The example is coal's today, not a date fixed in the code: with
/// `COAL_TODAY` set to another day, that day is shown.
#[test]
fn a_date_written_the_wrong_way_is_refused_with_today_as_the_example() {
    let work = Workdir::with(&example());
    for args in DATE_FLAGS {
        let before = work.read();
        let run = Run::from(
            work.command()
                .args(*args)
                .env("COAL_TODAY", "2027-03-04")
                .output()
                .unwrap(),
        )
        .code(2)
        .stderr_has("must be a date written like 2027-03-04, got `4/3/2027`");
        assert!(
            !run.stderr.contains("2026-11-25"),
            "{args:?}: {}",
            run.stderr
        );
        assert_eq!(work.read(), before, "{args:?} changed the file");
    }
}

#[test]
fn a_wrong_coal_today_is_named() {
    let work = Workdir::with(&example());
    let run = Run::from(
        work.command()
            .args(["check"])
            .env("COAL_TODAY", "4/3/2027")
            .output()
            .unwrap(),
    );
    run.code(2)
        .stderr_has("COAL_TODAY must be a date written like ")
        .stderr_has(", got `4/3/2027`");
}

/// Without a terminal, add-boundary asks nothing: what is missing is
/// named by its flag, and the file is left as it was.
#[test]
fn add_boundary_without_a_terminal_names_the_missing_flags() {
    let work = Workdir::with(&example());
    work.refused(&["add-boundary", "food-coop"], 2)
        .stderr_has("a boundary is against one group or one tactic")
        .stderr_has("give `--against-group ID` or `--against-tactic ID`");
    work.refused(&["add-boundary", "--against-tactic", "march"], 2)
        .stderr_has("missing GROUP (the first argument)");
    // Given in full, it is recorded as given: no level or reason is asked.
    work.run(&["add-boundary", "food-coop", "--against-tactic", "march"])
        .ok()
        .stderr_has("group `food-coop` now holds a refuse boundary against tactic `march`");
    work.run(&["fmt", "--check"]).ok();
}
