//! Keys locked away: an SSH key made with a passphrase (`ssh-keygen -N`) at
//! ~/.ssh/id_ed25519, and an age identity file encrypted with the real
//! `age -p`, each unlocked in memory when coal runs on a terminal (a
//! pseudo-terminal the test makes), asked for once a run. Without a
//! terminal nothing is asked: coal reads the shared file alone and refuses
//! edits, as with no key.

mod common;
use common::sealed::{Key, age_key, tools};

use std::path::{Path, PathBuf};
use std::process::Command;

use common::pty::{exit_code, keys, spawn_sized};
use common::*;
use rexpect::session::PtySession;

const PASSPHRASE: &str = "correct horse";
/// A group the example keeps private, so only the overlay names it.
const PRIVATE_ID: &str = "sol-migrant";

/// The example in a scratch folder with a HOME of its own.
struct Organizer {
    work: Workdir,
}

impl Organizer {
    fn new() -> Self {
        let work = Workdir::with(&example());
        std::fs::create_dir_all(work.dir.path().join("home/.ssh")).unwrap();
        Organizer { work }
    }

    fn file(&self, name: &str) -> PathBuf {
        self.work.dir.path().join(name)
    }

    fn sealed(&self) -> PathBuf {
        self.file("coalition.private.toml.age")
    }

    /// `coal ARGS` without a terminal, `identity` as COAL_AGE_IDENTITY
    /// (none: only the key at home).
    fn coal(&self, identity: Option<&Path>, args: &[&str]) -> Run {
        let mut command = self.work.command();
        command
            .env("HOME", self.file("home"))
            .env_remove("COAL_AGE_IDENTITY")
            .args(args);
        if let Some(identity) = identity {
            command.env("COAL_AGE_IDENTITY", identity);
        }
        Run::from(command.output().unwrap())
    }

    /// `coal ARGS` on a terminal, wide enough that no message wraps.
    fn terminal(&self, identity: Option<&Path>, args: &[&str]) -> PtySession {
        let home = self.file("home");
        // An empty variable counts as unset.
        let identity = identity.map(|path| path.to_str().unwrap()).unwrap_or("");
        spawn_sized(
            &self.work,
            args,
            400,
            &[
                ("HOME", home.to_str().unwrap()),
                ("COAL_AGE_IDENTITY", identity),
                ("NO_COLOR", "1"),
            ],
        )
    }

    /// Moves the internal data to the overlay and seals it to `public`.
    fn sealed_for(&self, public: &str) {
        self.coal(None, &["private", "init"]).ok();
        self.coal(None, &["private", "seal", "--recipient", public])
            .ok();
        assert!(self.sealed().exists());
        assert!(!self.file("coalition.private.toml").exists());
    }

    /// Every file's bytes, to show that a refused command changed none (the
    /// lock's sidecar aside).
    fn files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(self.work.dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.is_file() && !path.ends_with(".coalition.toml.lock"))
            .map(|path| {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read(&path).unwrap())
            })
            .collect();
        files.sort();
        files
    }
}

/// An ed25519 key locked with `PASSPHRASE` at HOME/.ssh/id_ed25519; its
/// public line.
fn locked_ssh_key(me: &Organizer) -> String {
    let private = me.file("home/.ssh/id_ed25519");
    let made = Command::new("ssh-keygen")
        .args([
            "-q",
            "-t",
            "ed25519",
            "-N",
            PASSPHRASE,
            "-C",
            "me@laptop",
            "-f",
        ])
        .arg(&private)
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let public = std::fs::read_to_string(private.with_extension("pub")).unwrap();
    public.trim().to_string()
}

/// An age identity made by `age-keygen`, then encrypted with `PASSPHRASE`
/// by the real `age -p`, which asks for it on a terminal: typed into a
/// pseudo-terminal. Returns the locked file, the plain key (to check what
/// coal seals with the real `age -d`), and the public key.
fn locked_age_key(me: &Organizer) -> (PathBuf, PathBuf, String) {
    let Key {
        private: plain,
        public,
    } = age_key(&me.file(""), "plain-key.txt");
    let locked = me.file("home/key.age");
    let mut age = Command::new("age");
    age.args(["-p", "-a", "-o"]).arg(&locked).arg(&plain);
    let mut session = rexpect::session::spawn_command(age, Some(30_000)).unwrap();
    session.exp_string("Enter passphrase").unwrap();
    keys(&mut session, &format!("{PASSPHRASE}\n"));
    session.exp_string("Confirm passphrase").unwrap();
    keys(&mut session, &format!("{PASSPHRASE}\n"));
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 0);
    let text = std::fs::read_to_string(&locked).unwrap();
    assert!(
        text.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"),
        "{text}"
    );
    (locked, plain, public)
}

/// Waits for `prompt`, then types `answer` (a prompt switches echo off and
/// drops what was typed before it).
fn answer(session: &mut PtySession, prompt: &str, answer: &str) {
    session.exp_string(prompt).unwrap();
    keys(session, &format!("{answer}\n"));
}

/// The rest of the session's output once coal has left, and its exit code.
fn rest(session: &mut PtySession) -> (String, i32) {
    let rest = session.exp_eof().unwrap();
    (rest, exit_code(session))
}

/// An edit with every field the walkthrough would ask given as a flag.
const ADD_SECRET: [&str; 10] = [
    "add-group",
    "Secret",
    "--status",
    "prospect",
    "--not-impacted",
    "--private",
    "--power",
    "2",
    "--interest",
    "3",
];

const HOME_PROMPT: &str = "Passphrase for ~/.ssh/id_ed25519:";

#[test]
fn a_locked_ssh_key_is_asked_for_once_and_opens_the_sealed_overlay() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let public = locked_ssh_key(&me);
    me.sealed_for(&public);
    let mut session = me.terminal(None, &["list", "groups"]);
    answer(&mut session, HOME_PROMPT, PASSPHRASE);
    let (text, code) = rest(&mut session);
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains("Passphrase for"), "asked once: {text}");
    assert!(!text.contains(PASSPHRASE), "the passphrase is not echoed");
    assert!(text.contains(PRIVATE_ID), "{text}");
    assert!(!text.contains("Private data not read"), "{text}");
}

#[test]
fn an_edit_with_an_age_p_identity_asks_once_and_seals_again() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let (locked, plain, public) = locked_age_key(&me);
    me.sealed_for(&public);
    let before = std::fs::read(me.sealed()).unwrap();
    let mut session = me.terminal(Some(&locked), &ADD_SECRET);
    let prompt = format!("Passphrase for COAL_AGE_IDENTITY ({}):", locked.display());
    answer(&mut session, &prompt, PASSPHRASE);
    let (text, code) = rest(&mut session);
    assert_eq!(code, 0, "{text}");
    // The edit reads the overlay, then seals it again: one question.
    assert!(!text.contains("Passphrase for"), "asked once: {text}");
    let after = std::fs::read(me.sealed()).unwrap();
    assert_ne!(after, before, "sealed again");
    assert!(!me.file("coalition.private.toml").exists());
    // The real age opens the new seal with the key, and finds the group.
    let opened = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&plain)
        .arg(me.sealed())
        .output()
        .unwrap();
    assert!(opened.status.success(), "{opened:?}");
    let opened = String::from_utf8(opened.stdout).unwrap();
    assert!(opened.contains("[groups.secret]"), "{opened}");
    assert!(
        opened.contains(&format!("[groups.{PRIVATE_ID}]")),
        "{opened}"
    );
    assert!(!me.work.read().contains("[groups.secret]"));
}

#[test]
fn a_wrong_passphrase_three_times_reads_the_shared_file_alone() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let public = locked_ssh_key(&me);
    me.sealed_for(&public);
    let mut session = me.terminal(None, &["list", "groups"]);
    answer(&mut session, HOME_PROMPT, "wrong horse");
    for _ in 0..2 {
        answer(
            &mut session,
            &format!("Wrong passphrase. {HOME_PROMPT}"),
            "wrong horse",
        );
    }
    let (text, code) = rest(&mut session);
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains("Passphrase for"), "asked 3 times: {text}");
    assert!(
        text.contains(
            "Private data not read (coalition.private.toml.age): the passphrase typed for ~/.ssh/id_ed25519 was wrong 3 times"
        ),
        "{text}"
    );
    assert!(!text.contains(PRIVATE_ID), "{text}");
}

#[test]
fn an_edit_without_a_passphrase_is_refused_and_changes_nothing() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let public = locked_ssh_key(&me);
    me.sealed_for(&public);
    let before = me.files();
    let mut session = me.terminal(None, &ADD_SECRET);
    // Enter alone is the way out.
    answer(&mut session, HOME_PROMPT, "");
    let (text, code) = rest(&mut session);
    assert_eq!(code, 2, "{text}");
    assert!(
        text.contains("no passphrase was given for ~/.ssh/id_ed25519"),
        "{text}"
    );
    assert!(text.contains("Nothing was changed."), "{text}");
    assert!(before == me.files(), "a refused edit changed a file");
}

#[test]
fn without_a_terminal_nothing_is_asked_and_nothing_changes() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let public = locked_ssh_key(&me);
    me.sealed_for(&public);
    let before = me.files();
    let list = me.coal(None, &["list", "groups"]).ok().stderr_has(
        "Private data not read (coalition.private.toml.age): ~/.ssh/id_ed25519 is protected by a passphrase, and coal asks for it only on a terminal.",
    );
    assert!(!list.stderr.contains("Passphrase for"), "{}", list.stderr);
    assert!(!list.stdout.contains(PRIVATE_ID), "{}", list.stdout);
    me.coal(None, &["add-group", "Secret"])
        .code(2)
        .stderr_has("Cannot edit: the private overlay coalition.private.toml.age is sealed")
        .stderr_has("age-keygen -o");
    assert!(before == me.files(), "a refused edit changed a file");
    // On a terminal, --no-input asks nothing either.
    let mut session = me.terminal(None, &["--no-input", "list", "groups"]);
    let (text, code) = rest(&mut session);
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains("Passphrase for"), "{text}");
    assert!(text.contains("Private data not read"), "{text}");
}
