//! The real prompts in a pseudo-terminal a test makes itself: spawning
//! coal in one, typing keys, and reading the screen a person would see.

use std::process::Command;

use rexpect::reader::Options;
use rexpect::session::{PtySession, spawn_with_options};

use super::{TODAY, Workdir};

/// Two groups in dialogue, one that declined, and two tactics a group may
/// draw a line at.
pub const IN_DIALOGUE: &str = r#"schema = 1

[coalition]
name = "Front commun"
unity_statement = "Un toit pour tout le monde"

[groups.church]
name = "Church"
status = "dialogue"

[groups.tenants]
name = "Tenants"
status = "dialogue"
impacted = true

[groups.union]
name = "Union"
status = "declined"

[tactics.march]
name = "March"
intensity = 2
description = "A walk through the neighbourhood"

[tactics.sit-in]
name = "Sit-in"
"#;

/// The arrow key down, as a terminal sends it.
pub const DOWN: &str = "\x1b[B";

pub fn spawn(work: &Workdir, args: &[&str]) -> PtySession {
    let mut command = Command::new(env!("CARGO_BIN_EXE_coal"));
    command
        .args(args)
        .current_dir(work.dir.path())
        .env_remove("CI")
        .env_remove("COAL_FILE")
        .env("COAL_TODAY", TODAY)
        .envs(super::ENGLISH)
        .env("TERM", "xterm");
    spawn_with_options(
        command,
        Options::new()
            .timeout_ms(Some(10_000))
            .strip_ansi_escape_codes(true),
    )
    .unwrap()
}

/// A session on a terminal `cols` columns wide (40 rows), whose raw output
/// (colours and cursor moves kept) is replayed on a `Screen`. The size is
/// set before coal starts, so coal reads it as a person's terminal would.
pub fn spawn_sized(work: &Workdir, args: &[&str], cols: u16, env: &[(&str, &str)]) -> PtySession {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(format!("stty cols {cols} rows 40 && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_coal"))
        .args(args)
        .current_dir(work.dir.path())
        .env_remove("CI")
        .env_remove("COAL_FILE")
        .env_remove("NO_COLOR")
        .env("COAL_TODAY", TODAY)
        .envs(super::ENGLISH)
        .env("TERM", "xterm-256color");
    for (key, value) in env {
        command.env(key, value);
    }
    spawn_with_options(command, Options::new().timeout_ms(Some(10_000))).unwrap()
}

/// rexpect reads the terminal byte by byte and hands each byte over as the
/// char of that number: the byte again, so that UTF-8 (`✔`, `—`) reaches
/// the screen whole.
pub fn byte(c: char) -> u8 {
    u8::try_from(c).expect("rexpect reads bytes")
}

/// What a person would see: coal's output replayed on a virtual terminal of
/// the same size.
pub struct Screen {
    parser: vt100::Parser,
}

impl Screen {
    pub fn new(cols: u16) -> Self {
        Screen {
            parser: vt100::Parser::new(
                std::num::NonZero::new(40).unwrap(),
                std::num::NonZero::new(cols).expect("a terminal has columns"),
                0,
            ),
        }
    }

    /// rexpect hands the terminal's bytes over one `char` each.
    pub fn feed(&mut self, session: &mut PtySession) {
        while let Some(c) = session.try_read() {
            self.parser.process(&[byte(c)]);
        }
    }

    /// Waits until `needle` is on the screen; panics with the screen after
    /// ten seconds.
    pub fn wait_for(&mut self, session: &mut PtySession, needle: &str) {
        self.wait_for_times(session, needle, 1);
    }

    /// Waits until `needle` is on the screen `times` times (a question
    /// asked again).
    pub fn wait_for_times(&mut self, session: &mut PtySession, needle: &str, times: usize) {
        let start = std::time::Instant::now();
        loop {
            self.feed(session);
            if self.text().matches(needle).count() >= times {
                return;
            }
            if start.elapsed() > std::time::Duration::from_secs(10) {
                panic!("{needle:?} never showed; the screen:\n{}", self.text());
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    /// Reads the rest of the output once coal has left.
    pub fn finish(&mut self, session: &mut PtySession) {
        let rest = session.exp_eof().unwrap();
        let bytes: Vec<u8> = rest.chars().map(byte).collect();
        self.parser.process(&bytes);
    }

    /// The screen's rows, trailing blanks trimmed.
    pub fn text(&self) -> String {
        self.parser.screen().contents()
    }

    /// Whether any cell on screen has a colour other than the default.
    pub fn coloured(&self) -> bool {
        let screen = self.parser.screen();
        let (rows, cols) = screen.size();
        (0..rows.get()).any(|row| {
            (0..cols.get()).any(|col| {
                screen.cell(row, col).is_some_and(|cell| {
                    cell.fgcolor() != vt100::Color::Default
                        || cell.bgcolor() != vt100::Color::Default
                })
            })
        })
    }
}

/// Keys typed once the prompt has switched the terminal to raw mode
/// (switching may drop what was typed before).
pub fn keys(session: &mut PtySession, keys: &str) {
    std::thread::sleep(std::time::Duration::from_millis(150));
    session.send(keys).unwrap();
    session.flush().unwrap();
}

/// The exit code, read from the wait status (`Exited(Pid(42), 2)`).
pub fn exit_code(session: &PtySession) -> i32 {
    let status = format!("{:?}", session.process().wait().unwrap());
    status
        .strip_prefix("Exited(")
        .and_then(|rest| rest.rsplit_once(", "))
        .and_then(|(_, code)| code.trim_end_matches(')').parse().ok())
        .unwrap_or_else(|| panic!("coal did not exit normally: {status}"))
}
