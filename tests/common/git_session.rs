//! A git repository whose overlay is sealed with the real age, git-setup
//! done, for the tests of the overlay in git (private_git.rs) and of the
//! attacks on it (private_attacks.rs). Without the tools (`sealed::tools`)
//! the tests say so and pass, except under CI (`CI` set), where they fail.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use tempfile::TempDir;

use super::sealed::tools;
use super::*;

pub const SEALED: &str = "coalition.private.toml.age";
pub const PLAIN: &str = "coalition.private.toml";

/// PATH with the folder of the coal under test first, for git's driver
/// and the hook.
pub fn path_with_coal() -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_coal")).parent().unwrap();
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

pub fn ok(command: &mut Command) -> Vec<u8> {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{command:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

/// Sealed bytes opened by the real age with the key file `key`; None when
/// it does not open them.
pub fn age_open(key: &Path, sealed: &[u8]) -> Option<String> {
    let mut child = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(key)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(sealed).unwrap();
    let output = child.wait_with_output().unwrap();
    output
        .status
        .success()
        .then(|| String::from_utf8(output.stdout).unwrap())
}

/// A repository holding the shipped example with its overlay sealed to an
/// organizer's age key, git-setup done, committed on `main`.
pub struct Session {
    pub work: Workdir,
    /// Holds the key, outside the repository; HOME too, so that no
    /// `~/.ssh/id_ed25519` of the machine is found.
    pub keys: TempDir,
    pub key: PathBuf,
    /// Each commit one minute after the last: dates fixed, order kept.
    pub clock: std::cell::Cell<u32>,
}

impl Session {
    pub fn new() -> Option<Session> {
        if !tools() {
            return None;
        }
        let keys = TempDir::new().unwrap();
        let key = keys.path().join("organizer.txt");
        ok(Command::new("age-keygen")
            .arg("-o")
            .arg(&key)
            .stderr(Stdio::null()));
        let public = String::from_utf8(ok(Command::new("age-keygen").arg("-y").arg(&key)))
            .unwrap()
            .trim()
            .to_string();
        // Where `coal fmt` puts it, so that the shipped hook accepts the file.
        let created = "created = 2026-09-15\n";
        assert!(example().contains(created));
        let text = example().replacen(
            created,
            &format!("{created}organizers = [\"{public}\"]\n"),
            1,
        );
        let session = Session {
            work: Workdir::with(&text),
            keys,
            key,
            clock: std::cell::Cell::new(0),
        };
        session.git(&["init", "-q"]);
        session.coal(&["git-setup"]).ok();
        session.coal(&["private", "init"]).ok();
        session.seal();
        session.commit("base");
        Some(session)
    }

    pub fn dir(&self) -> &Path {
        self.work.dir.path()
    }

    pub fn date(&self) -> String {
        let minute = self.clock.get();
        self.clock.set(minute + 1);
        format!("2026-11-25T{:02}:{:02}:00Z", 10 + minute / 60, minute % 60)
    }

    pub fn env(&self, command: &mut Command, with_key: bool) {
        command
            .env("PATH", path_with_coal())
            .env("HOME", self.keys.path())
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("COAL_TODAY", TODAY)
            .envs(ENGLISH);
        if with_key {
            command.env("COAL_AGE_IDENTITY", &self.key);
        } else {
            command.env_remove("COAL_AGE_IDENTITY");
        }
    }

    pub fn git_as(&self, args: &[&str], with_key: bool) -> Run {
        let mut command = git(self.dir(), "Organizer", &self.date());
        self.env(&mut command, with_key);
        Run::from(command.args(args).output().unwrap())
    }

    pub fn git(&self, args: &[&str]) -> Run {
        self.git_as(args, true).ok()
    }

    pub fn coal_as(&self, args: &[&str], with_key: bool) -> Run {
        let mut command = self.work.command();
        self.env(&mut command, with_key);
        Run::from(command.args(args).output().unwrap())
    }

    pub fn coal(&self, args: &[&str]) -> Run {
        self.coal_as(args, true)
    }

    pub fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-qm", message]);
    }

    /// `coal private seal`: the plain overlay (or the working copy a merge
    /// left) sealed to the organizers, and gone.
    pub fn seal(&self) {
        self.coal(&["private", "seal"]).ok();
        assert_eq!(
            self.read(PLAIN),
            None,
            "the plain overlay stays after the seal"
        );
    }

    /// Sealed bytes opened with the real age.
    pub fn open(&self, sealed: &[u8]) -> String {
        age_open(&self.key, sealed).expect("age -d opens it")
    }

    /// The plain working copy, opened from the sealed overlay by age.
    pub fn unseal(&self) {
        ok(Command::new("age")
            .current_dir(self.dir())
            .arg("-d")
            .arg("-i")
            .arg(&self.key)
            .args(["-o", PLAIN, SEALED]));
    }

    /// The sealed overlay committed at `rev`, opened.
    pub fn overlay_at(&self, rev: &str) -> String {
        let sealed = self.git(&["show", &format!("{rev}:{SEALED}")]).stdout;
        assert!(
            sealed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"),
            "{sealed}"
        );
        self.open(sealed.as_bytes())
    }

    pub fn read(&self, name: &str) -> Option<Vec<u8>> {
        std::fs::read(self.dir().join(name)).ok()
    }

    /// On a new branch from main: `change`, committed; then back on main.
    pub fn branch(&self, name: &str, change: impl FnOnce(&Session)) {
        self.git(&["checkout", "-q", "-b", name, "main"]);
        change(self);
        self.commit(name);
        self.git(&["checkout", "-q", "main"]);
    }
}
