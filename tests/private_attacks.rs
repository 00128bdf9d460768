//! The private overlay under attack (issue 20): one test per finding of the
//! second and third attacks (/tmp/a2, /tmp/a3) that main fixed, each
//! failing without its fix. Real `coal`, `git`, `age`, `age-keygen` and
//! `ssh-keygen`; keys made for the test, outside the repository.
//!
//! Without `age` or `age-keygen` these tests say so and pass, except under
//! CI (`CI` set), where they fail. `.ci/run` installs them.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use coal::git::merge::{Side, keep_side};
use common::git_session::*;
use common::sealed::{Key, age_key};
use common::*;

/// `coal` in the session with COAL_AGE_IDENTITY set to `identity` (a path
/// or a key's text).
fn coal_with(s: &Session, identity: &str, args: &[&str]) -> Run {
    let mut command = s.work.command();
    s.env(&mut command, false);
    command.env("COAL_AGE_IDENTITY", identity);
    Run::from(command.args(args).output().unwrap())
}

fn text(bytes: Option<Vec<u8>>) -> String {
    String::from_utf8(bytes.expect("the file is there")).unwrap()
}

/// The secret lines of a key file: what no message may ever show.
fn secret_lines(key: &str) -> Vec<&str> {
    key.lines()
        .filter(|line| !line.starts_with('#') && !line.starts_with("-----") && line.len() > 20)
        .collect()
}

fn assert_no_secret(run: &Run, key: &str) {
    for line in secret_lines(key) {
        assert!(
            !run.stderr.contains(line) && !run.stdout.contains(line),
            "a message shows the key: {run:?}"
        );
    }
}

/// A2 F1: COAL_AGE_IDENTITY holding a key file's whole text (age-keygen's,
/// with its `#` lines; an OpenSSH private key) opens the overlay; no
/// message, even for a key that opens nothing, prints the key.
#[test]
fn a_key_files_whole_text_in_the_variable_is_the_key_and_never_printed() {
    let Some(s) = Session::new() else { return };
    let age_text = text(std::fs::read(&s.key).ok());
    assert!(age_text.starts_with("# created:"), "{age_text}");
    let run = coal_with(&s, &age_text, &["show", "group", "sol-migrant"]).ok();
    assert!(!run.stderr.contains("not read"), "{}", run.stderr);
    assert_no_secret(&run, &age_text);

    // An SSH key made an organizer opens it by its text too.
    let ssh = s.keys.path().join("id_ed25519");
    ok(Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", "organizer", "-f"])
        .arg(&ssh));
    let public = text(std::fs::read(ssh.with_extension("pub")).ok());
    s.coal(&["private", "recipients", "add", public.trim()])
        .ok();
    let ssh_text = text(std::fs::read(&ssh).ok());
    assert!(ssh_text.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----"));
    let run = coal_with(&s, &ssh_text, &["show", "group", "sol-migrant"]).ok();
    assert!(!run.stderr.contains("not read"), "{}", run.stderr);
    assert_no_secret(&run, &ssh_text);

    // A stranger's key, whole or damaged: the shared file is read, the note
    // says why, and never shows the text.
    let Key {
        private: stranger, ..
    } = age_key(s.keys.path(), "stranger.txt");
    let stranger = text(std::fs::read(stranger).ok());
    let damaged = ssh_text.replacen('A', "#", 3);
    for value in [&stranger, &damaged] {
        let run = coal_with(&s, value, &["list", "groups"]).ok();
        assert!(run.stderr.contains("Private data not read"), "{run:?}");
        assert_no_secret(&run, value);
        coal_with(&s, value, &["add-group", "Refused"]).code(2);
    }
}

/// A2 F11: a key file saved with a byte-order mark (Notepad) is read.
#[test]
fn a_key_file_with_a_byte_order_mark_is_read() {
    let Some(s) = Session::new() else { return };
    let bom = s.keys.path().join("bom.txt");
    let key = text(std::fs::read(&s.key).ok());
    std::fs::write(&bom, format!("\u{feff}{key}")).unwrap();
    let run = coal_with(&s, bom.to_str().unwrap(), &["show", "group", "sol-migrant"]).ok();
    assert!(!run.stderr.contains("not read"), "{}", run.stderr);
    coal_with(&s, bom.to_str().unwrap(), &["add-group", "Bom Circle"]).ok();
}

/// Both branches change one private group's notes, and theirs adds a
/// group: `git merge theirs` leaves the working copy with the conflict.
fn conflicted_merge(s: &Session) {
    s.coal(&["add-group", "Alpha Hidden Circle"]).ok();
    s.commit("alpha");
    s.branch("theirs", |s| {
        s.coal(&["update-group", "alpha-hidden-circle", "--notes", "Tuesday"])
            .ok();
        s.coal(&["add-group", "Gamma Hidden Circle"]).ok();
    });
    s.coal(&["update-group", "alpha-hidden-circle", "--notes", "Monday"])
        .ok();
    s.commit("ours");
    s.git_as(&["merge", "theirs", "-m", "merge"], true).code(1);
    assert!(s.read(PLAIN).is_some(), "no working copy");
}

fn groups(s: &Session) -> Run {
    s.coal(&["list", "groups"]).ok()
}

/// A2 F2/F3, A3 F1: during the merge its working copy is read; after `git
/// merge --abort` it is left aside with a note and the sealed file is read
/// (not the aborted merge's data, nor its markers), and `seal` does not
/// seal it over the branch's overlay.
#[test]
fn an_aborted_merges_working_copy_is_left_aside() {
    let Some(s) = Session::new() else { return };
    conflicted_merge(&s);
    // Resolved (theirs kept, its first line too), the merge is read.
    let copy = text(s.read(PLAIN));
    std::fs::write(s.dir().join(PLAIN), keep_side(&copy, Side::Theirs)).unwrap();
    let during = groups(&s);
    assert!(during.stdout.contains("gamma-hidden-circle"), "{during:?}");
    assert!(!during.stderr.contains("no longer under way"), "{during:?}");

    s.git(&["merge", "--abort"]);
    assert!(s.read(PLAIN).is_some(), "git leaves the ignored copy");
    let sealed = s.read(SEALED).unwrap();
    let after = groups(&s).stderr_has("is the working copy of a merge no longer under way");
    assert!(!after.stdout.contains("gamma-hidden-circle"), "{after:?}");
    assert!(after.stdout.contains("alpha-hidden-circle"), "{after:?}");
    s.coal(&["show", "group", "alpha-hidden-circle"])
        .ok()
        .stdout_has("Monday");
    // The copy with its markers, as the abort left it: still aside.
    std::fs::write(s.dir().join(PLAIN), &copy).unwrap();
    groups(&s).stderr_has("no longer under way");
    // Sealing does not put the aborted merge on the branch, nor removes
    // the copy it did not read.
    s.coal(&["private", "seal"])
        .ok()
        .stderr_has("no longer under way");
    let overlay = s.open(&s.read(SEALED).unwrap());
    assert!(!overlay.contains("gamma-hidden-circle"), "{overlay}");
    assert!(overlay.contains("Monday"), "{overlay}");
    assert_eq!(s.open(&sealed), overlay);
    assert_eq!(text(s.read(PLAIN)), copy);
}

/// A2 F2, A3 F2: a working copy whose sealed file is no longer the one it
/// came from (another branch checked out, or the sealed file replaced
/// during the merge) is left aside: the sealed file here is read.
#[test]
fn a_working_copy_of_another_sealed_file_is_left_aside() {
    let Some(s) = Session::new() else { return };
    s.branch("other", |s| {
        s.coal(&["add-group", "Other Hidden Circle"]).ok();
    });
    conflicted_merge(&s);
    // Still merging, but the sealed file is not the one the copy is of.
    s.git(&["checkout", "other", "--", SEALED]);
    let run = groups(&s).stderr_has("no longer under way");
    assert!(run.stdout.contains("other-hidden-circle"), "{run:?}");
    assert!(!run.stdout.contains("gamma-hidden-circle"), "{run:?}");

    s.git(&["reset", "-q", "--merge"]);
    s.git(&["checkout", "-q", "other"]);
    let run = groups(&s).stderr_has("no longer under way");
    assert!(run.stdout.contains("other-hidden-circle"), "{run:?}");
    assert!(!run.stdout.contains("alpha-hidden-circle"), "{run:?}");
}

/// A2 F4: a key listed twice in organizers: `recipients remove` removes
/// both, and the removed key cannot open what is sealed next.
#[test]
fn removing_a_key_listed_twice_removes_it() {
    let Some(s) = Session::new() else { return };
    let Key {
        private: second,
        public,
    } = age_key(s.keys.path(), "second.txt");
    s.coal(&["private", "recipients", "add", &public]).ok();
    assert!(age_open(&second, &s.read(SEALED).unwrap()).is_some());
    // Twice, as keeping both sides of a conflict gives.
    let shared = s.work.read();
    let listed = format!("organizers = [\"{public}\", ");
    let twice = shared.replacen("organizers = [", &listed, 1);
    assert_ne!(twice, shared);
    s.work.write(&twice);

    s.coal(&["private", "recipients", "remove", &public]).ok();
    assert!(!s.work.read().contains(&public), "{}", s.work.read());
    let listed = s.coal(&["private", "recipients", "list"]).ok();
    assert!(!listed.stdout.contains(&public), "{listed:?}");
    assert_eq!(age_open(&second, &s.read(SEALED).unwrap()), None);
    assert!(age_open(&s.key, &s.read(SEALED).unwrap()).is_some());
}

/// A2 F5: a decision whose summary names a private group, by id or by name,
/// goes to the overlay though it affects only public groups; a summary in
/// the shared file with a private id is `private-in-shared`.
#[test]
fn a_decision_naming_a_private_group_in_its_summary_is_private() {
    let Some(s) = Session::new() else { return };
    for summary in [
        "Invite Solidarité migrante to the steering committee",
        "Welcome sol-migrant into the coalition",
    ] {
        s.coal(&["log-decision", summary, "--affects", "tenants-union"])
            .ok();
        assert!(!s.work.read().contains(summary), "{}", s.work.read());
        assert!(s.open(&s.read(SEALED).unwrap()).contains(summary));
        s.coal(&["list", "decisions"]).ok().stdout_has(summary);
    }
    s.coal(&[
        "log-decision",
        "A public decision",
        "--affects",
        "tenants-union",
    ])
    .ok();
    assert!(s.work.read().contains("A public decision"));

    // By hand, in the shared file.
    let shared = s.work.read();
    s.work.write(&shared.replacen(
        "summary = \"A public decision\"",
        "summary = \"A public decision with sol-migrant\"",
        1,
    ));
    let run = s.coal(&["check", "--format", "json"]);
    assert!(
        run.stdout.contains("private-in-shared") && run.stdout.contains("sol-migrant"),
        "{run:?}"
    );
}

/// A2 F6: an assembly's notes go to the overlay, and are read back.
#[test]
fn an_assemblys_notes_are_private() {
    let Some(s) = Session::new() else { return };
    let notes = "Amina brings the undocumented members";
    s.coal(&[
        "add-assembly",
        "2027-02-10",
        "--invite",
        "sol-migrant",
        "--invite",
        "tenants-union",
        "--notes",
        notes,
    ])
    .ok();
    assert!(!s.work.read().contains("Amina"), "{}", s.work.read());
    let overlay = s.open(&s.read(SEALED).unwrap());
    assert!(overlay.contains(notes), "{overlay}");
    let json = s.coal(&["list", "assemblies", "--format", "json"]).ok();
    assert!(json.stdout.contains(notes), "{}", json.stdout);
}

/// A2 F9: `private-in-shared` no longer sends to `coal private init`, which
/// refuses once there is an overlay.
#[test]
fn private_in_shared_does_not_send_to_init_again() {
    let Some(s) = Session::new() else { return };
    let shared = s.work.read();
    s.work.write(&format!(
        "{shared}\n[groups.handsec]\nname = \"Hand Secret\"\n"
    ));
    let run = s.coal(&["check"]).code(1);
    assert!(run.stdout.contains("handsec") || run.stderr.contains("handsec"));
    assert!(
        !run.stdout.contains("private init") && !run.stderr.contains("private init"),
        "{run:?}"
    );
    s.coal(&["private", "init"]).code(2);
}

/// A2 F10: the note about an overlay not read, written to a stderr whose
/// reader is gone (`coal list 2>&1 | head -1`): no panic.
#[test]
fn a_gone_stderr_is_no_panic() {
    let Some(s) = Session::new() else { return };
    let mut command = s.work.command();
    s.env(&mut command, false);
    let mut child = command
        .args(["list", "groups"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader of stderr gone before coal writes the note, at its end.
    drop(child.stderr.take());
    let output = child.wait_with_output().unwrap();
    let listed = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0), "{listed}");
    assert!(listed.contains("tenants-union"), "{listed}");
}

/// A2 F12: a split writes `date = …` with its space, and leaves no list
/// it emptied (one that held private ids only) in the shared file.
#[test]
fn a_split_leaves_a_tidy_overlay() {
    let Some(s) = Session::new() else { return };
    s.coal(&["add-assembly", "2027-02-10", "--invite", "sol-migrant"])
        .ok();
    s.coal(&["add-committee", "Hidden Seats", "--group", "sol-migrant"])
        .ok();
    let overlay = s.open(&s.read(SEALED).unwrap());
    assert!(overlay.contains("date = 2027-02-10"), "{overlay}");
    assert!(!overlay.contains("=2027"), "{overlay}");
    let shared = s.work.read();
    assert!(shared.contains("[committees.hidden-seats]"), "{shared}");
    assert!(!shared.contains("= []"), "{shared}");
}

/// A2 F16: a plain overlay that is a link is read, but never written
/// through: an edit is refused, and the link's target is unchanged.
#[test]
fn a_linked_plain_overlay_is_read_and_never_written() {
    let work = Workdir::with(&example());
    work.run(&["private", "init"]).ok();
    let dir = work.dir.path();
    std::fs::rename(dir.join(PLAIN), dir.join("NOTES.md")).unwrap();
    std::os::unix::fs::symlink("NOTES.md", dir.join(PLAIN)).unwrap();
    let target = std::fs::read(dir.join("NOTES.md")).unwrap();
    work.run(&["show", "group", "sol-migrant"]).ok();
    work.refused(&["add-group", "Linksecret"], 2)
        .stderr_has("is a link");
    work.refused(&["update-group", "sol-migrant", "--notes", "x"], 2);
    assert_eq!(std::fs::read(dir.join("NOTES.md")).unwrap(), target);
    assert!(
        std::fs::symlink_metadata(dir.join(PLAIN))
            .unwrap()
            .is_symlink()
    );
}

/// A big coalition, all of it private, whose split takes long enough to
/// be killed halfway.
fn many_private_groups() -> String {
    let mut text = String::from(MINIMAL);
    for n in 0..3000 {
        text.push_str(&format!(
            "\n[groups.g{n:05}]\nname = \"Group {n}\"\nnotes = \"note {n}\"\n"
        ));
    }
    text
}

/// A3 F9: `private init` ignores the overlay before writing it: killed the
/// moment the overlay appears, the ignore line is already there.
#[test]
fn init_ignores_the_overlay_before_writing_it() {
    let work = Workdir::with(&many_private_groups());
    let dir = work.dir.path();
    let mut child = work
        .command()
        .args(["private", "init"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let plain = dir.join(PLAIN);
    // The overlay, or the temporary file it is written to first.
    let written = || {
        plain.exists()
            || std::fs::read_dir(dir).unwrap().any(|entry| {
                let name = entry.unwrap().file_name();
                let name = name.to_string_lossy();
                name.starts_with(".coalition.private.toml.") && name.ends_with(".tmp")
            })
    };
    while !written() && child.try_wait().unwrap().is_none() {
        std::thread::yield_now();
    }
    // The ignore file as it is the moment the overlay is there.
    let ignore = std::fs::read_to_string(dir.join(".gitignore")).unwrap_or_default();
    let _ = child.kill();
    child.wait().unwrap();
    assert!(written(), "init wrote no overlay");
    for line in [PLAIN, ".coalition.private.toml.*.tmp"] {
        assert!(
            ignore.lines().any(|l| l == line),
            "the overlay was there before the ignore line {line}: {ignore:?}"
        );
    }
}

/// A3 F10: init ignores the plain overlay's temporary files; the shipped
/// hook refuses one staged by force, and a sealed overlay staged while its
/// plain working copy is there.
#[test]
fn a_temporary_of_the_plain_overlay_is_ignored_and_refused() {
    let Some(s) = Session::new() else { return };
    let ignore = text(s.read(".gitignore"));
    assert!(
        ignore.lines().any(|l| l == ".coalition.private.toml.*.tmp"),
        "{ignore}"
    );
    let temporary = ".coalition.private.toml.abc.tmp";
    std::fs::write(s.dir().join(temporary), "[groups.x]\nname = \"X\"\n").unwrap();
    s.git(&["check-ignore", "-q", temporary]);
    let head = s.git(&["rev-parse", "HEAD"]).stdout;
    install_hook(&s);
    s.git(&["add", "-f", temporary]);
    s.git_as(&["commit", "-qm", "leak"], true)
        .code(1)
        .stderr_has(&format!("{temporary} is the private data in plain text"));
    s.git(&["rm", "-q", "--cached", temporary]);
    std::fs::remove_file(s.dir().join(temporary)).unwrap();

    // A merge's working copy not sealed yet: the sealed file alone is not
    // committed (the resolution, and theirs' changes, would be lost).
    conflicted_merge(&s);
    s.git(&["add", SEALED, "coalition.toml"]);
    s.git_as(&["commit", "-qm", "merge"], true)
        .code(1)
        .stderr_has("is staged while coalition.private.toml, its working copy, is not sealed");
    assert_ne!(s.git(&["rev-parse", "HEAD"]).stdout, head);
    assert!(
        s.git_as(&["rev-parse", "-q", "--verify", "MERGE_HEAD"], true)
            .status
            == 0
    );
}

fn install_hook(s: &Session) {
    let hook = s.dir().join(".git/hooks/pre-commit");
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ci/pre-commit");
    std::fs::copy(shipped, &hook).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// A3 F14: the CI example's commented key lines, uncommented, are valid
/// YAML that gives the key to the steps.
#[test]
fn the_ci_examples_key_lines_uncomment_into_valid_yaml() {
    let yaml = Command::new("python3")
        .args(["-c", "import yaml"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !yaml {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must read the CI example with Python's yaml (python3-yaml)"
        );
        eprintln!("skipped: python3 with yaml does not run on this machine");
        return;
    }
    let example = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ci/coalition.yml"),
    )
    .unwrap();
    let uncommented: String = example
        .lines()
        .map(|line| {
            let trimmed = line.trim_start();
            let indent = &line[..line.len() - trimmed.len()];
            if trimmed == "# env:" || trimmed.starts_with("#   COAL_AGE_IDENTITY:") {
                format!("{indent}{}\n", &trimmed[2..])
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    assert_ne!(uncommented, example, "no key lines to uncomment");
    let read = r#"
import sys, yaml
doc = yaml.safe_load(sys.stdin)
steps = [s for job in doc["jobs"].values() for s in job["steps"]]
given = [s["name"] for s in steps if "COAL_AGE_IDENTITY" in (s.get("env") or {})]
print("\n".join(given))
"#;
    let mut child = Command::new("python3")
        .args(["-c", read])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(uncommented.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}\n{uncommented}",
        String::from_utf8_lossy(&output.stderr)
    );
    let given = String::from_utf8(output.stdout).unwrap();
    assert_eq!(given, "Check the coalition\nReports\n");
}

/// A3 F9's fix writes .gitignore before the split: a file init cannot
/// split is refused with no .gitignore written, nor any overlay.
#[test]
fn init_of_a_file_it_cannot_read_writes_no_ignore_line() {
    let work = Workdir::with(&format!("{MINIMAL}\n[groups.x]\nname = \"X\"\nstatus =\n"));
    work.refused(&["private", "init"], 3);
    let dir = work.dir.path();
    assert!(!dir.join(".gitignore").exists());
    assert!(!dir.join(PLAIN).exists());
}

/// Final review, f3: a decision naming a private group without its
/// accents, or with two spaces, is private too.
#[test]
fn a_summary_naming_a_private_group_loosely_is_private() {
    let Some(s) = Session::new() else { return };
    for summary in [
        "Invite Solidarite migrante to the table",
        "Ask Solidarité  migrante for the bus",
    ] {
        s.coal(&["log-decision", summary, "--affects", "tenants-union"])
            .ok();
        assert!(!s.work.read().contains(summary), "{}", s.work.read());
        assert!(s.open(&s.read(SEALED).unwrap()).contains(summary));
    }
}

/// Final review, f2: a key written into `organizers` by hand is not carried
/// into the next `recipients add` of another key: the change is refused
/// until the list is put back.
#[test]
fn recipients_add_refuses_a_list_changed_by_hand() {
    let Some(s) = Session::new() else { return };
    let intruder = age_key(s.keys.path(), "intruder.txt");
    let newcomer = age_key(s.keys.path(), "newcomer.txt");
    let shared = s.work.read();
    let listed = format!("organizers = [\"{}\", ", intruder.public);
    s.work.write(&shared.replacen("organizers = [", &listed, 1));
    let before = (s.work.read(), s.read(SEALED));
    s.coal_as(&["private", "recipients", "add", &newcomer.public], true)
        .code(2)
        .stderr_has("not those");
    assert_eq!((s.work.read(), s.read(SEALED)), before);
    assert_eq!(age_open(&intruder.private, &s.read(SEALED).unwrap()), None);
    // Put back, the newcomer is added, and only them.
    s.work.write(&shared);
    s.coal(&["private", "recipients", "add", &newcomer.public])
        .ok();
    let sealed = s.read(SEALED).unwrap();
    assert!(age_open(&newcomer.private, &sealed).is_some());
    assert_eq!(age_open(&intruder.private, &sealed), None);
}

/// Final review, f4: a branch that writes its own key into `organizers` by
/// hand (and brings back an older sealed file, which organizers can open)
/// does not get the merge sealed for that key.
#[test]
fn a_merge_does_not_seal_for_a_key_neither_side_was_sealed_for() {
    let Some(s) = Session::new() else { return };
    let intruder = age_key(s.keys.path(), "intruder.txt");
    s.coal(&["add-group", "Base Hidden Circle"]).ok();
    s.commit("base");
    s.branch("theirs", |s| {
        let shared = s.work.read();
        let listed = format!("organizers = [\"{}\", ", intruder.public);
        s.work.write(&shared.replacen("organizers = [", &listed, 1));
        // Without a key, the way to touch the sealed file: an older one.
        s.git(&["checkout", "HEAD~1", "--", SEALED]);
    });
    s.coal(&["add-group", "Alpha Hidden Circle"]).ok();
    s.commit("ours");
    s.git_as(&["merge", "theirs", "-m", "merge"], true);
    let sealed = s.read(SEALED).unwrap();
    assert_eq!(
        age_open(&intruder.private, &sealed),
        None,
        "the merge was sealed for a key no side was sealed for"
    );
}
