//! The private overlay in git (issue 20): sealed overlays merged by the
//! real git through `coal merge-driver`, conflicts marked in the ignored
//! plain copy, `overlay-tracked`, `coal diff` across sealed commits, the
//! shipped pre-commit hook, and no plaintext in any git object after a
//! session of edits, merges and commits. Real `git`, `age` and
//! `age-keygen`; keys made by `age-keygen`, kept outside the repository.
//!
//! Without `age` or `age-keygen` these tests say so and pass, except under
//! CI (`CI` set), where they fail. `.ci/run` installs them.

mod common;

use std::path::Path;
use std::process::Command;

use coal::git::merge::{Side, keep_side};
use common::git_session::*;
use common::sealed::{Key, age_key};
use common::*;
use tempfile::TempDir;

#[test]
fn sealed_overlays_merge_cleanly_with_real_git() {
    let Some(s) = Session::new() else { return };
    s.branch("a", |s| {
        s.coal(&["add-group", "Alpha Hidden Circle"]).ok();
    });
    s.branch("b", |s| {
        s.coal(&["add-group", "Beta Hidden Circle"]).ok();
    });
    s.git(&["merge", "-q", "a"]);
    s.git(&["merge", "-q", "b", "-m", "merge b"]);
    let overlay = s.overlay_at("HEAD");
    assert!(
        overlay.contains("[groups.alpha-hidden-circle]"),
        "{overlay}"
    );
    assert!(overlay.contains("[groups.beta-hidden-circle]"), "{overlay}");
    // Not a second parent's copy: the merge commit has both parents.
    s.git(&["rev-parse", "HEAD^2"]);
    assert_eq!(s.read(PLAIN), None, "a clean merge writes nothing plain");
    let shared = s.git(&["show", "HEAD:coalition.toml"]).stdout;
    assert!(!shared.contains("hidden-circle"), "{shared}");
    // coal reads the merged overlay.
    let listed = s.coal(&["list", "groups"]).ok().stdout;
    assert!(listed.contains("alpha-hidden-circle"), "{listed}");
    assert!(listed.contains("beta-hidden-circle"), "{listed}");
}

/// Both branches change one private group's notes: the driver exits 1, the
/// marked merge is in the plain copy (0600, ignored), the sealed file is
/// ours' ciphertext, `coal check` points at the conflict; resolved and
/// sealed again, the commit holds the merged data.
#[test]
fn a_conflict_in_a_sealed_overlay_is_marked_in_the_ignored_plain_copy() {
    let Some(s) = Session::new() else { return };
    s.coal(&["add-group", "Alpha Hidden Circle"]).ok();
    s.commit("alpha");
    s.branch("theirs", |s| {
        s.coal(&[
            "update-group",
            "alpha-hidden-circle",
            "--notes",
            "Met on Tuesday",
        ])
        .ok();
        s.coal(&["add-group", "Gamma Hidden Circle"]).ok();
    });
    s.coal(&[
        "update-group",
        "alpha-hidden-circle",
        "--notes",
        "Met on Monday",
    ])
    .ok();
    s.commit("ours");
    let ours = s.read(SEALED).unwrap();
    let merge = s.git_as(&["merge", "theirs", "-m", "merge"], true).code(1);
    assert!(
        merge
            .stderr
            .contains("conflict: groups.alpha-hidden-circle.notes"),
        "{}",
        merge.stderr
    );
    assert!(
        merge.stderr.contains(
            "marked in coalition.private.toml (plain text, ignored by git). Resolve them there, then `coal private seal`, `git add coalition.private.toml.age`, and commit"
        ),
        "{}",
        merge.stderr
    );
    // The sealed file is ours, as it was: a blind `git add` commits it.
    assert_eq!(s.read(SEALED).unwrap(), ours);
    let plain = String::from_utf8(s.read(PLAIN).unwrap()).unwrap();
    assert!(plain.contains("<<<<<<< ours"), "{plain}");
    assert!(plain.contains("Met on Monday") && plain.contains("Met on Tuesday"));
    assert!(plain.contains("[groups.gamma-hidden-circle]"), "{plain}");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(s.dir().join(PLAIN))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    s.git(&["check-ignore", "-q", PLAIN]);
    // coal reads the working copy and points at the conflict.
    s.coal(&["check"])
        .code(3)
        .stderr_has("coalition.private.toml:")
        .stderr_has("unresolved merge conflict");

    std::fs::write(s.dir().join(PLAIN), keep_side(&plain, Side::Theirs)).unwrap();
    s.coal(&["check"]).ok();
    s.seal();
    s.git(&["add", SEALED]);
    s.git(&["commit", "-qm", "merged"]);
    let merged = s.overlay_at("HEAD");
    assert!(merged.contains("Met on Tuesday"), "{merged}");
    assert!(!merged.contains("Met on Monday"), "{merged}");
    assert!(merged.contains("[groups.gamma-hidden-circle]"), "{merged}");
}

/// Without a key the driver cannot open the sides: a conflict, with what
/// to do, the sealed file left as ours and nothing written in plain text.
#[test]
fn without_a_key_the_merge_is_a_conflict_and_nothing_plain_is_written() {
    let Some(s) = Session::new() else { return };
    s.branch("theirs", |s| {
        s.coal(&["add-group", "Beta Hidden Circle"]).ok();
    });
    s.coal(&["add-group", "Alpha Hidden Circle"]).ok();
    s.commit("ours");
    let ours = s.read(SEALED).unwrap();
    s.git_as(&["merge", "theirs", "-m", "merge"], false)
        .code(1)
        .stderr_has("coal: cannot merge coalition.private.toml.age: no key of yours was found");
    assert_eq!(s.read(SEALED).unwrap(), ours);
    assert_eq!(s.read(PLAIN), None);
}

/// The driver writes conflicts only where git ignores them.
#[test]
fn conflicts_are_not_written_where_git_would_see_them() {
    let Some(s) = Session::new() else { return };
    s.coal(&["add-group", "Alpha Hidden Circle"]).ok();
    s.commit("alpha");
    s.branch("theirs", |s| {
        s.coal(&["update-group", "alpha-hidden-circle", "--notes", "Tuesday"])
            .ok();
    });
    s.coal(&["update-group", "alpha-hidden-circle", "--notes", "Monday"])
        .ok();
    let ignore = String::from_utf8(s.read(".gitignore").unwrap()).unwrap();
    std::fs::write(
        s.dir().join(".gitignore"),
        ignore.replace("coalition.private.toml\n", ""),
    )
    .unwrap();
    s.commit("ours, and the plain overlay no longer ignored");
    s.git_as(&["merge", "theirs", "-m", "merge"], true)
        .code(1)
        .stderr_has("git does not ignore coalition.private.toml");
    assert_eq!(s.read(PLAIN), None);
}

#[test]
fn coal_diff_across_commits_reads_the_sealed_overlays() {
    let Some(s) = Session::new() else { return };
    s.coal(&[
        "update-group",
        "sol-migrant",
        "--notes",
        "Moved to Thursdays",
    ])
    .ok();
    s.commit("notes");
    s.coal(&["diff", "--since", "HEAD~1"])
        .ok()
        .stdout_has("groups.sol-migrant.notes")
        .stdout_has("Moved to Thursdays");
    s.coal(&["diff", "--since", "HEAD~1", "--format", "json"])
        .ok()
        .stdout_has("\"groups.sol-migrant.notes\"");
    // Without the key: the shared files alone, and the note.
    let run = s
        .coal_as(&["diff", "--since", "HEAD~1"], false)
        .ok()
        .stderr_has("Private data not read");
    assert!(!run.stdout.contains("sol-migrant"), "{}", run.stdout);
}

#[test]
fn check_finds_a_tracked_or_unignored_plain_overlay() {
    let Some(s) = Session::new() else { return };
    // The sealed overlay alone: nothing to find.
    s.coal(&["check", "--format", "json"])
        .ok()
        .stdout_has("\"errors\": 0");
    s.unseal();
    let run = s.coal(&["check"]).ok();
    assert!(!run.stdout.contains("overlay-tracked"), "{}", run.stdout);
    // Not ignored: a warning.
    std::fs::write(s.dir().join(".gitignore"), ".coalition.toml.lock\n").unwrap();
    s.coal(&["check"])
        .ok()
        .stdout_has("overlay-tracked")
        .stdout_has("git does not ignore coalition.private.toml");
    s.coal(&["check", "--deny-warnings"]).code(1);
    // Tracked: an error, with the way out.
    s.git(&["add", PLAIN]);
    s.coal(&["check"])
        .code(1)
        .stdout_has("overlay-tracked")
        .stdout_has("git rm --cached coalition.private.toml");
}

fn hook(s: &Session) {
    let hook = s.dir().join(".git/hooks/pre-commit");
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ci/pre-commit");
    std::fs::copy(shipped, &hook).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// The shipped hook refuses the plain overlay staged (even forced past
/// .gitignore), and a shared file that holds a private group, with and
/// without the key.
#[test]
fn the_pre_commit_hook_refuses_the_plain_overlay_and_private_data_in_the_shared_file() {
    let Some(s) = Session::new() else { return };
    hook(&s);
    let head = s.git(&["rev-parse", "HEAD"]).stdout;
    s.unseal();
    s.git(&["add", "-f", PLAIN]);
    s.git_as(&["commit", "-qm", "leak"], true)
        .code(1)
        .stderr_has(
            "coalition.private.toml is the private data in plain text and must not be committed",
        );
    assert_eq!(s.git(&["rev-parse", "HEAD"]).stdout, head);
    s.git(&["rm", "-q", "--cached", PLAIN]);
    std::fs::remove_file(s.dir().join(PLAIN)).unwrap();

    // A private group written into the shared file by hand.
    let shared = s.work.read();
    s.work.write(&format!(
        "{shared}\n[groups.hand-written]\nname = \"Hand Written\"\nstatus = \"prospect\"\n"
    ));
    s.git(&["add", "coalition.toml"]);
    for with_key in [true, false] {
        s.git_as(&["commit", "-qm", "by hand"], with_key)
            .code(1)
            .stderr_has("coalition.toml, as staged, has errors");
    }
    assert_eq!(s.git(&["rev-parse", "HEAD"]).stdout, head);
    // The edit as coal makes it passes.
    s.work.write(&shared);
    s.coal(&["add-group", "Hand Written"]).ok();
    s.commit("by coal");
}

/// What must never be in the repository: private ids, names, notes and
/// contacts, from the example and from the session.
const SECRETS: &[&str] = &[
    "sol-migrant",
    "Solidarité migrante",
    "contact@example.org",
    "Asked for time to consult their circle",
    "autochtone-solidarite",
    "alpha-hidden-circle",
    "Alpha Hidden Circle",
    "Beta Hidden Circle",
    "planted-contact@example.org",
    "Planted note on Monday",
    "Planted note on Tuesday",
    "Planted feedback",
    "Planted Contact",
];

/// Every byte git keeps: each object (loose or packed, reachable or not)
/// as git reads it, and each file under `.git` (index, logs, refs, merge
/// messages) as it is on disk.
fn everything_git_keeps(s: &Session) -> Vec<u8> {
    let mut all = ok(Command::new("git").current_dir(s.dir()).args([
        "cat-file",
        "--batch-all-objects",
        "--batch",
        "--unordered",
    ]));
    fn walk(dir: &Path, all: &mut Vec<u8>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, all);
            } else {
                all.extend(std::fs::read(&path).unwrap());
            }
        }
    }
    walk(&s.dir().join(".git"), &mut all);
    all
}

#[test]
fn the_plaintext_never_reaches_git_objects() {
    let Some(s) = Session::new() else { return };
    hook(&s);
    s.coal(&["add-group", "Alpha Hidden Circle"]).ok();
    s.coal(&[
        "update-group",
        "alpha-hidden-circle",
        "--contact-name",
        "Planted Contact",
        "--contact-email",
        "planted-contact@example.org",
    ])
    .ok();
    s.commit("alpha");
    s.branch("theirs", |s| {
        s.coal(&[
            "update-group",
            "alpha-hidden-circle",
            "--notes",
            "Planted note on Tuesday",
        ])
        .ok();
        s.coal(&["add-group", "Beta Hidden Circle"]).ok();
    });
    s.coal(&[
        "update-group",
        "alpha-hidden-circle",
        "--notes",
        "Planted note on Monday",
    ])
    .ok();
    s.coal(&["log-feedback", "alpha-hidden-circle", "Planted feedback"])
        .ok();
    s.coal(&["update-group", "amis-terre", "--status", "member"])
        .ok();
    s.commit("ours");
    s.git_as(&["merge", "theirs", "-m", "merge"], true).code(1);
    // A blind `git add -A` while the conflict is open: only ciphertext.
    s.git(&["add", "-A"]);
    let staged = s.git(&["diff", "--cached", "--name-only"]).stdout;
    assert!(!staged.contains(&format!("{PLAIN}\n")), "{staged}");
    let plain = String::from_utf8(s.read(PLAIN).unwrap()).unwrap();
    std::fs::write(s.dir().join(PLAIN), keep_side(&plain, Side::Ours)).unwrap();
    s.seal();
    s.commit("merged");
    s.coal(&[
        "update-group",
        "alpha-hidden-circle",
        "--status",
        "dialogue",
    ])
    .ok();
    s.commit("later");
    let merged = s.overlay_at("HEAD");
    assert!(merged.contains("Planted note on Monday"), "{merged}");
    assert!(merged.contains("Beta Hidden Circle"), "{merged}");

    let all = everything_git_keeps(&s);
    assert!(all.len() > 10_000, "the scan read {} bytes", all.len());
    assert_eq!(
        secrets_in(&all),
        Vec::<&str>::new(),
        "in git's objects or files"
    );
    // The scan finds what is there: a public group's name is.
    let public = "Les Ami·e·s de la Terre de Montréal";
    assert!(
        all.windows(public.len()).any(|w| w == public.as_bytes()),
        "the scan misses committed text"
    );
    // And an object no commit reaches: the plain overlay added by force,
    // then taken out again, left its blob (which is why the hook refuses
    // the commit before, and `overlay-tracked` says to rotate what leaked).
    s.unseal();
    s.git(&["add", "-f", PLAIN]);
    s.git(&["rm", "-q", "--cached", PLAIN]);
    assert!(secrets_in(&everything_git_keeps(&s)).contains(&"Planted note on Monday"));
}

fn secrets_in(all: &[u8]) -> Vec<&'static str> {
    SECRETS
        .iter()
        .copied()
        .filter(|secret| {
            all.windows(secret.len())
                .any(|window| window == secret.as_bytes())
        })
        .collect()
}

/// The merged overlay is sealed to the organizers the merged shared file
/// lists: one theirs adds can open it, one ours removed cannot (a removal
/// is a revocation, not undone by the other side still listing them).
#[test]
fn the_merged_overlay_is_sealed_to_the_merged_organizers() {
    let Some(s) = Session::new() else { return };
    let Key {
        private: removed_key,
        public: removed,
    } = age_key(s.keys.path(), "removed.txt");
    let Key {
        private: added_key,
        public: added,
    } = age_key(s.keys.path(), "added.txt");
    // Who reads changes only through `coal private recipients` (a hand
    // edit of the list is refused at the next edit).
    s.coal(&["private", "recipients", "add", &removed]).ok();
    s.coal(&["add-group", "Base Hidden Circle"]).ok();
    s.commit("two organizers");
    s.branch("theirs", |s| {
        s.coal(&["private", "recipients", "add", &added]).ok();
        s.coal(&["add-group", "Beta Hidden Circle"]).ok();
    });
    s.coal(&["private", "recipients", "remove", &removed]).ok();
    s.coal(&["add-group", "Alpha Hidden Circle"]).ok();
    s.commit("ours");
    // coal's merge of the shared file asks which organizers to keep (both
    // sides changed the list); the overlay merges clean, sealed to the
    // organizers as git would merge the set: the one ours removed gone, the
    // one theirs added there.
    s.git_as(&["merge", "theirs", "-m", "merge"], true)
        .code(1)
        .stderr_has("conflict: coalition.organizers");
    let unmerged = s.git(&["diff", "--name-only", "--diff-filter=U"]).stdout;
    assert_eq!(unmerged, "coalition.toml\n");
    let sealed = String::from_utf8(s.read(SEALED).unwrap()).unwrap();
    let opens = |key: &Path| {
        age_open(key, sealed.as_bytes()).is_some_and(|text| {
            text.contains("Beta Hidden Circle") && text.contains("Alpha Hidden Circle")
        })
    };
    assert!(opens(&s.key));
    assert!(
        opens(&added_key),
        "the organizer theirs added cannot open it"
    );
    assert!(
        !opens(&removed_key),
        "the organizer ours removed can open it"
    );
    // Resolved the same way, the shared file lists them.
    // Settled as the sealed overlay was merged: the set git would make
    // (`recipients add` would be refused: the list is not the one the
    // overlay says it was sealed for, and coal cannot tell a settlement
    // from a hand edit).
    let text = keep_side(&s.work.read(), Side::Ours);
    let public = String::from_utf8(ok(Command::new("age-keygen").arg("-y").arg(&s.key)))
        .unwrap()
        .trim()
        .to_string();
    let start = text.find("organizers = [").unwrap();
    let end = start + text[start..].find(']').unwrap() + 1;
    s.work.write(&format!(
        "{}organizers = [\"{public}\", \"{added}\"]{}",
        &text[..start],
        &text[end..]
    ));
    s.coal(&["check"]).ok();
    s.coal(&["add-group", "After The Merge"]).ok();
    s.commit("merged");
}

/// `coal diff OLD NEW` merges the plain overlay beside each file.
#[test]
fn coal_diff_of_two_files_reads_the_overlay_beside_each() {
    let new = Workdir::with(&example());
    new.run(&["private", "init"]).ok();
    let old = TempDir::new().unwrap();
    for name in ["coalition.toml", PLAIN] {
        std::fs::copy(new.dir.path().join(name), old.path().join(name)).unwrap();
    }
    new.run(&[
        "update-group",
        "sol-migrant",
        "--notes",
        "Moved to Thursdays",
    ])
    .ok();
    let old_file = old.path().join("coalition.toml");
    new.run(&["diff", old_file.to_str().unwrap()])
        .ok()
        .stdout_has("~ groups.sol-migrant.notes")
        .stdout_has("Moved to Thursdays");
    // The old side without its overlay: its private groups read as added.
    std::fs::remove_file(old.path().join(PLAIN)).unwrap();
    new.run(&["diff", old_file.to_str().unwrap()])
        .ok()
        .stdout_has("+ groups: sol-migrant");
}
