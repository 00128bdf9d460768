//! A scratch folder per test and a way to run the real `coal` binary in it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use tempfile::TempDir;

pub mod git_session;
pub mod pty;
pub mod sealed;

pub const TODAY: &str = "2026-11-25";

/// The shipped example, which tests start from.
pub fn example() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/coalition.toml"))
        .unwrap()
}

/// The width tests run at unless they test the layout: no message wraps.
pub const WIDE: &str = "1000";

/// Tests speak English whatever the machine's locale; a test of another
/// language sets its own (`.env("COAL_LANG", "fr")` or `--lang fr`).
pub const ENGLISH: [(&str, &str); 4] = [
    ("COAL_LANG", ""),
    ("LC_ALL", ""),
    ("LC_MESSAGES", ""),
    ("LANG", "C.UTF-8"),
];

pub const MINIMAL: &str = "schema = 1\n\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n";

pub struct Workdir {
    pub dir: TempDir,
}

impl Workdir {
    pub fn new() -> Self {
        Workdir {
            dir: TempDir::new().unwrap(),
        }
    }

    /// A folder holding `coalition.toml` with `text`.
    pub fn with(text: &str) -> Self {
        let workdir = Workdir::new();
        workdir.write(text);
        workdir
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().join("coalition.toml")
    }

    pub fn write(&self, text: &str) {
        std::fs::write(self.path(), text).unwrap();
    }

    pub fn read(&self) -> String {
        std::fs::read_to_string(self.path()).unwrap()
    }

    /// `coal` in this folder, with a fixed today, no terminal and no CI
    /// prompts, and output so wide that a message is read on one line
    /// (tests of the layout set their own `COLUMNS`, see `WIDE`).
    pub fn command(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_coal"));
        command
            .current_dir(self.dir.path())
            .env_remove("COAL_FILE")
            .env("COAL_TODAY", TODAY)
            .env("COLUMNS", WIDE)
            .envs(ENGLISH)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null());
        command
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(self.command().args(args).output().unwrap())
    }

    /// `coal --lang fr ARGS` in this folder.
    pub fn french(&self, args: &[&str]) -> Run {
        Run::from(
            self.command()
                .args(["--lang", "fr"])
                .args(args)
                .output()
                .unwrap(),
        )
    }

    /// Runs `args`, expects `code`, and checks the file was not touched.
    pub fn refused(&self, args: &[&str], code: i32) -> Run {
        let before = std::fs::read(self.path()).ok();
        let run = self.run(args).code(code);
        assert_eq!(
            std::fs::read(self.path()).ok(),
            before,
            "a refused command changed the file: {args:?}"
        );
        run
    }
}

/// `git` in `dir`, committing as `author` at `date` (RFC 3339): no user or
/// system config, no signing, `main` as the first branch, so a test's
/// commits and rows are the same on every machine. The email follows from
/// the author's first name (git wants one; no row shows it).
pub fn git(dir: &Path, author: &str, date: &str) -> Command {
    let first = author.split_whitespace().next().unwrap_or("someone");
    let email = format!("{}@example.org", first.to_lowercase());
    let mut command = Command::new("git");
    command
        .current_dir(dir)
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", author)
        .env("GIT_AUTHOR_EMAIL", &email)
        .env("GIT_COMMITTER_NAME", author)
        .env("GIT_COMMITTER_EMAIL", &email)
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date);
    command
}

#[derive(Debug)]
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Self {
        Run {
            status: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Run {
    pub fn code(self, expected: i32) -> Self {
        assert_eq!(
            self.status, expected,
            "exit status\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    pub fn ok(self) -> Self {
        self.code(0)
    }

    pub fn stderr_has(self, needle: &str) -> Self {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr
        );
        self
    }

    pub fn stdout_has(self, needle: &str) -> Self {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}:\n{}",
            self.stdout
        );
        self
    }
}
