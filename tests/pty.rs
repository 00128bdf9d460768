//! The real prompts, driven in a pseudo-terminal the test makes itself.

mod common;

use std::process::Command;

use common::*;
use rexpect::reader::Options;
use rexpect::session::{PtySession, spawn_with_options};

fn spawn(work: &Workdir, args: &[&str]) -> PtySession {
    let mut command = Command::new(env!("CARGO_BIN_EXE_coal"));
    command
        .args(args)
        .current_dir(work.dir.path())
        .env_remove("CI")
        .env_remove("COAL_FILE")
        .env("COAL_TODAY", TODAY)
        .env("TERM", "xterm");
    spawn_with_options(
        command,
        Options::new()
            .timeout_ms(Some(10_000))
            .strip_ansi_escape_codes(true),
    )
    .unwrap()
}

/// Keys typed once the prompt has switched the terminal to raw mode
/// (switching may drop what was typed before).
fn keys(session: &mut PtySession, keys: &str) {
    std::thread::sleep(std::time::Duration::from_millis(150));
    session.send(keys).unwrap();
    session.flush().unwrap();
}

/// The exit code, read from the wait status (`Exited(Pid(42), 2)`).
fn exit_code(session: &PtySession) -> i32 {
    let status = format!("{:?}", session.process().wait().unwrap());
    status
        .strip_prefix("Exited(")
        .and_then(|rest| rest.rsplit_once(", "))
        .and_then(|(_, code)| code.trim_end_matches(')').parse().ok())
        .unwrap_or_else(|| panic!("coal did not exit normally: {status}"))
}

#[test]
fn init_asks_for_the_name_and_the_unity_statement() {
    let work = Workdir::new();
    let mut session = spawn(&work, &["init"]);
    session.exp_string("Name of the coalition").unwrap();
    session.send_line("Front commun pour le logement").unwrap();
    session.exp_string("Unity statement").unwrap();
    // An empty answer is asked again rather than accepted.
    session.send_line("").unwrap();
    session.exp_string("this one is needed").unwrap();
    session.send_line("Un toit pour tout le monde").unwrap();
    session.exp_string("created coalition.toml").unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 0);
    let text = work.read();
    assert!(
        text.contains("name = \"Front commun pour le logement\""),
        "{text}"
    );
    assert!(
        text.contains("unity_statement = \"Un toit pour tout le monde\""),
        "{text}"
    );
}

#[test]
fn add_group_asks_for_the_main_fields_and_checks_them() {
    let work = Workdir::with(MINIMAL);
    let mut session = spawn(&work, &["add-group", "--power", "2"]);
    session.exp_string("Name of the group").unwrap();
    session.send_line("Solidarité migrante").unwrap();
    session.exp_string("Where does the group stand").unwrap();
    session.exp_string("watch").unwrap();
    // prospect, contacted, dialogue, member: three steps down.
    keys(&mut session, "\x1b[B\x1b[B\x1b[B\r");
    session.exp_string("directly impacted").unwrap();
    keys(&mut session, "y");
    session
        .exp_string("endorse the coalition publicly")
        .unwrap();
    keys(&mut session, "n");
    // --power was given, so the next question is interest.
    session.exp_string("Interest in the cause").unwrap();
    session.send_line("9").unwrap();
    session.exp_string("must be 1 to 5, got 9").unwrap();
    session.send_line("5").unwrap();
    session
        .exp_string("added group `solidarite-migrante`")
        .unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 0);
    let text = work.read();
    assert!(
        text.contains("[groups.solidarite-migrante]\nname = \"Solidarité migrante\"\nstatus = \"member\"\nimpacted = true\npower = 2\ninterest = 5\n"),
        "{text}"
    );
}

#[test]
fn no_input_never_prompts_even_on_a_terminal() {
    let work = Workdir::with(MINIMAL);
    let mut session = spawn(&work, &["add-group", "--no-input"]);
    session.exp_string("missing NAME").unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 2);
    assert_eq!(work.read(), MINIMAL);
}
