//! On a real terminal, what coal can check is checked before it asks: a
//! wrong flag or a taken name is refused before any answer can be lost.

mod common;

use common::pty::*;
use common::*;
use rexpect::session::PtySession;

/// Runs coal at an 80-column terminal until it ends; its screen.
fn refused_at_once(work: &Workdir, args: &[&str], error: &str) -> String {
    let mut session: PtySession = spawn_sized(work, args, 80, &[]);
    let mut screen = Screen::new(80);
    screen.wait_for(&mut session, error);
    screen.finish(&mut session);
    assert_eq!(exit_code(&session), 2, "{}", screen.text());
    screen.text()
}

/// A taken name given as the argument is refused before any question; typed
/// at the prompt, it is asked again there, and the rest follows.
#[test]
fn add_group_refuses_a_taken_name_before_asking_anything_else() {
    let work = Workdir::with(IN_DIALOGUE);
    let text = refused_at_once(&work, &["add-group", "Church"], "already a group");
    assert!(!text.contains("Where does the group stand"), "{text}");
    assert_eq!(work.read(), IN_DIALOGUE);

    let mut session = spawn_sized(&work, &["add-group"], 80, &[]);
    let mut screen = Screen::new(80);
    screen.wait_for(&mut session, "Name of the group");
    keys(&mut session, "Church\r");
    screen.wait_for(&mut session, "already a group `church`");
    assert!(
        !screen.text().contains("Where does the group stand"),
        "{}",
        screen.text()
    );
    keys(&mut session, "\x15Voisins\r");
    screen.wait_for(&mut session, "Where does the group stand");
    session.send_control('c').unwrap();
    screen.finish(&mut session);
    assert_eq!(exit_code(&session), 130);
    assert_eq!(work.read(), IN_DIALOGUE);
}

/// Every reference given as a flag is checked before the first prompt.
#[test]
fn an_unknown_id_given_as_a_flag_is_refused_before_any_prompt() {
    for (args, error, prompt) in [
        (
            &["log-decision", "--affects", "nosuch"][..],
            "there is no group `nosuch`",
            "What was decided?",
        ),
        (
            &["log-feedback", "church", "--by", "nobody"][..],
            "there is no person `nobody`",
            "What did they say?",
        ),
        (
            &["update-tactic", "nosuch"][..],
            "there is no tactic `nosuch`",
            "New name",
        ),
        (
            &["add-space", "Signal", "--group", "nosuch"][..],
            "there is no group `nosuch`",
            "Medium",
        ),
        (
            &["add-committee", "Logistique", "--group", "nosuch"][..],
            "there is no group `nosuch`",
            "steering group",
        ),
    ] {
        let work = Workdir::with(IN_DIALOGUE);
        let text = refused_at_once(&work, args, error);
        assert!(!text.contains(prompt), "{args:?} asked first:\n{text}");
        assert_eq!(work.read(), IN_DIALOGUE, "{args:?}");
    }
}

/// add-boundary offers only what can be chosen: not a line the group
/// already holds, and no "group or tactic?" question when only one kind
/// is left.
#[test]
fn add_boundary_offers_only_lines_that_can_be_added() {
    // No tactic: straight to the groups, without union, already held.
    let text = IN_DIALOGUE
        .replace(
            "name = \"Church\"\nstatus = \"dialogue\"\n",
            "name = \"Church\"\nstatus = \"dialogue\"\nboundaries = [{ group = \"union\", level = \"refuse\" }]\n",
        )
        .split("[tactics.march]")
        .next()
        .unwrap()
        .to_string();
    let work = Workdir::with(&text);
    let mut session = spawn_sized(&work, &["add-boundary", "church"], 80, &[]);
    let mut screen = Screen::new(80);
    screen.wait_for(&mut session, "Against which group?");
    screen.wait_for(&mut session, "tenants — Tenants");
    std::thread::sleep(std::time::Duration::from_millis(200));
    screen.feed(&mut session);
    let shown = screen.text();
    assert!(!shown.contains("group or a tactic"), "{shown}");
    assert!(!shown.contains("union — Union"), "{shown}");
    session.send_control('c').unwrap();
    screen.finish(&mut session);

    // Only tactics left (church is the only group): straight to them.
    let only_church = IN_DIALOGUE
        .replace(
            "[groups.tenants]\nname = \"Tenants\"\nstatus = \"dialogue\"\nimpacted = true\n\n",
            "",
        )
        .replace(
            "[groups.union]\nname = \"Union\"\nstatus = \"declined\"\n\n",
            "",
        );
    let work = Workdir::with(&only_church);
    let mut session = spawn_sized(&work, &["add-boundary", "church"], 80, &[]);
    let mut screen = Screen::new(80);
    screen.wait_for(&mut session, "Against which tactic?");
    assert!(
        !screen.text().contains("group or a tactic"),
        "{}",
        screen.text()
    );
    session.send_control('c').unwrap();
    screen.finish(&mut session);
    assert_eq!(work.read(), only_church);
}

/// remove-boundary offers only the groups that hold a boundary.
#[test]
fn remove_boundary_offers_only_groups_that_hold_a_boundary() {
    let text = IN_DIALOGUE.replace(
        "name = \"Tenants\"\nstatus = \"dialogue\"\nimpacted = true\n",
        "name = \"Tenants\"\nstatus = \"dialogue\"\nimpacted = true\nboundaries = [{ tactic = \"march\", level = \"refuse\" }]\n",
    );
    let work = Workdir::with(&text);
    let mut session = spawn_sized(&work, &["remove-boundary"], 80, &[]);
    let mut screen = Screen::new(80);
    screen.wait_for(&mut session, "Which group lifts a boundary?");
    screen.wait_for(&mut session, "tenants — Tenants");
    let shown = screen.text();
    assert!(
        !shown.contains("church — Church") && !shown.contains("union — Union"),
        "{shown}"
    );
    session.send_control('c').unwrap();
    screen.finish(&mut session);
    assert_eq!(work.read(), text);
}
