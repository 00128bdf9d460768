//! `coal private init | seal | recipients`, run as an organizer would: the
//! real coal binary, keys made by the real `age-keygen` and `ssh-keygen`,
//! and sealed files opened by the real `age`.

mod common;

use std::process::Command;

use common::sealed::*;
use common::*;

/// A group the example keeps private, and an internal value of another.
const PRIVATE_ID: &str = "sol-migrant";
const INTERNAL: &str = "contact@example.org";

/// A sealed overlay's text without its first line, which names the keys it
/// is sealed for (checked to be there).
fn without_sealed_for(text: String) -> String {
    let (first, rest) = text.split_once('\n').expect("a first line");
    assert!(first.starts_with("# coal: sealed for [\"age1"), "{first}");
    rest.to_string()
}
#[test]
fn seal_with_an_age_key_then_age_opens_it_and_coal_reads_it() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let key = age_key(me.dir(), "key.txt");
    me.coal(None, &["private", "init"]).ok();
    let plain = std::fs::read_to_string(me.plain()).unwrap();
    let run = me
        .coal(Some(&key), &["private", "seal", "--recipient", &key.public])
        .ok()
        .stderr_has("Sealed the private overlay for 1 key: coalition.private.toml.age")
        .stderr_has("git add coalition.toml coalition.private.toml.age");
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    assert!(
        !me.plain().exists(),
        "the plain overlay is removed once sealed"
    );
    let sealed = std::fs::read_to_string(me.sealed()).unwrap();
    assert!(
        sealed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"),
        "{sealed}"
    );
    assert!(!sealed.contains(PRIVATE_ID) && !sealed.contains(INTERNAL));
    assert_eq!(
        age_opens(&key, &me.sealed())
            .map(without_sealed_for)
            .as_deref(),
        Some(plain.as_str())
    );
    // The key is listed in the shared file, which still names no private id.
    let shared = me.work.read();
    assert!(
        shared.contains(&format!("organizers = [\n    \"{}\",\n]", key.public)),
        "{shared}"
    );
    assert!(!shared.contains(PRIVATE_ID) && !shared.contains(INTERNAL));
    // With the key, coal reads the sealed overlay in memory.
    me.coal(Some(&key), &["check"]).ok();
    let list = me.coal(Some(&key), &["list", "groups"]).ok();
    assert!(list.stdout.contains(PRIVATE_ID), "{}", list.stdout);
    assert_eq!(list.stderr, "");
    let report = me.coal(Some(&key), &["report", "groups"]).ok();
    assert!(
        report.stdout.contains("Solidarité migrante"),
        "{}",
        report.stdout
    );
    let report = me.coal(None, &["report", "groups"]).ok();
    assert!(!report.stdout.contains("Solidarité migrante"));
    assert!(!me.plain().exists(), "reading writes no plaintext");
}

#[test]
fn seal_with_an_ssh_key_then_age_opens_it() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let key = ssh_key(me.dir(), "id_ed25519", "awa@laptop");
    me.sealed_for(&key);
    let opened = age_opens(&key, &me.sealed()).expect("age opens it with the SSH key");
    assert!(opened.contains(PRIVATE_ID) && opened.contains(INTERNAL));
    let list = me.coal(Some(&key), &["list", "groups"]).ok();
    assert!(list.stdout.contains(PRIVATE_ID), "{}", list.stdout);
    // The SSH key at home is found without the variable.
    let ssh = me.file("home/.ssh");
    std::fs::create_dir(&ssh).unwrap();
    std::fs::copy(&key.private, ssh.join("id_ed25519")).unwrap();
    let list = me.coal(None, &["list", "groups"]).ok();
    assert!(list.stdout.contains(PRIVATE_ID), "{}", list.stdout);
}

#[test]
fn without_a_key_coal_says_so_once_and_reads_the_shared_file_alone() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let key = age_key(me.dir(), "key.txt");
    me.sealed_for(&key);
    let run = me.coal(None, &["list", "groups"]).ok();
    assert_eq!(
        run.stderr.matches("Private data not read").count(),
        1,
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("COAL_AGE_IDENTITY"), "{}", run.stderr);
    assert!(!run.stdout.contains(PRIVATE_ID), "{}", run.stdout);
    assert!(run.stdout.contains("amis-terre"), "{}", run.stdout);
    // --quiet silences the note, not the command.
    let run = me.coal(None, &["--quiet", "list", "groups"]).ok();
    assert_eq!(run.stderr, "");
}

#[test]
fn a_wrong_key_reads_the_shared_file_and_refuses_every_edit() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let key = age_key(me.dir(), "key.txt");
    let stranger = age_key(me.dir(), "stranger.txt");
    me.sealed_for(&key);
    let run = me.coal(Some(&stranger), &["check"]).ok();
    assert_eq!(run.stderr.matches("Private data not read").count(), 1);
    assert!(!run.stdout.contains(PRIVATE_ID));
    me.refused(
        Some(&stranger),
        &["add-group", "Secret", "--status", "prospect"],
    )
    .stderr_has("Cannot edit: the private overlay coalition.private.toml.age is sealed");
    me.refused(Some(&stranger), &["private", "seal"]);
    me.refused(
        Some(&stranger),
        &["private", "recipients", "add", &stranger.public],
    )
    .stderr_has("Nothing was changed");
    me.refused(None, &["private", "recipients", "remove", &key.public]);
}

#[test]
fn recipients_are_added_listed_and_removed_whatever_their_comment() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let key = age_key(me.dir(), "key.txt");
    let awa = ssh_key(me.dir(), "awa", "awa@laptop");
    me.sealed_for(&key);
    me.coal(Some(&key), &["private", "recipients", "add", &awa.public])
        .ok()
        .stderr_has("Sealed the private overlay for 2 keys");
    let opened = age_opens(&awa, &me.sealed()).expect("the new organizer opens it");
    assert!(opened.contains(PRIVATE_ID));
    // One key a line on stdout, nothing else, for scripts.
    let list = me.coal(None, &["private", "recipients", "list"]).ok();
    assert_eq!(list.stdout, format!("{}\n{}\n", key.public, awa.public));
    assert_eq!(list.stderr, "");
    // The same key under another comment is the same key.
    let (kind_and_base64, _) = awa.public.rsplit_once(' ').unwrap();
    let renamed = format!("{kind_and_base64} awa@desktop");
    let before = me.files();
    me.coal(Some(&awa), &["private", "recipients", "add", &renamed])
        .ok()
        .stderr_has("That key is already among the organizers'");
    assert!(before == me.files());
    me.coal(Some(&awa), &["private", "recipients", "remove", &renamed])
        .ok()
        .stderr_has("Sealed the private overlay for 1 key")
        .stderr_has("those already in git (its history, every clone) stay readable")
        // Awa removed her own key: she is told she is locked out.
        .stderr_has("None of your keys");
    assert_eq!(age_opens(&awa, &me.sealed()), None);
    assert!(age_opens(&key, &me.sealed()).is_some());
    let list = me.coal(None, &["private", "recipients", "list"]).ok();
    assert_eq!(list.stdout, format!("{}\n", key.public));
    // An unknown key is refused with the list; the last one cannot go.
    me.refused(
        Some(&key),
        &["private", "recipients", "remove", &awa.public],
    )
    .stderr_has("is not among the organizers' keys in coalition.toml")
    .stderr_has(&format!("The organizers' keys are:\n  {}", key.public));
    me.refused(
        Some(&key),
        &["private", "recipients", "remove", &key.public],
    )
    .stderr_has("Cannot remove the last organizer key");
}

#[test]
fn a_bad_key_is_refused_and_a_private_key_never_echoed() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let key = age_key(me.dir(), "key.txt");
    me.coal(None, &["private", "init"]).ok();
    me.refused(
        None,
        &[
            "private",
            "seal",
            "--recipient",
            &key.public,
            "--recipient",
            "age1nope",
        ],
    )
    .stderr_has("Key 2 of those given cannot be used")
    .stderr_has("Nothing was changed");
    let secret = std::fs::read_to_string(&key.private).unwrap();
    let secret = secret
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .unwrap();
    let run = me.refused(None, &["private", "seal", "--recipient", secret]);
    assert!(!run.stderr.contains(secret), "{}", run.stderr);
    assert!(me.plain().exists() && !me.sealed().exists());
}

#[test]
fn seal_needs_an_overlay_and_an_organizer() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    me.refused(None, &["private", "seal"])
        .stderr_has("There is no private overlay")
        .stderr_has("coal private init");
    me.coal(None, &["private", "init"]).ok();
    me.refused(None, &["private", "seal"])
        .stderr_has("lists no organizer key")
        .stderr_has("--recipient");
    me.work
        .french(&["private", "seal"])
        .code(2)
        .stderr_has("ne liste aucune clé d’organisateur·rice\u{202f};")
        .stderr_has("Donnez votre clé publique\u{a0}:");
}

#[test]
fn a_key_of_someone_else_warns_of_a_lock_out() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let mine = age_key(me.dir(), "mine.txt");
    let theirs = age_key(me.dir(), "theirs.txt");
    me.coal(None, &["private", "init"]).ok();
    me.coal(
        Some(&mine),
        &["private", "seal", "--recipient", &theirs.public],
    )
    .ok()
    .stderr_has("warning: None of your keys (COAL_AGE_IDENTITY (")
    .stderr_has("you could not open the private overlay yourself");
    me.coal(Some(&mine), &["check"])
        .ok()
        .stderr_has("Private data not read");
    // An SSH key with a passphrase at home: coal cannot use it, and says so
    // before sealing the person out.
    let other = Organizer::new();
    let ssh = other.file("home/.ssh");
    std::fs::create_dir(&ssh).unwrap();
    let made = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "a passphrase", "-f"])
        .arg(ssh.join("id_ed25519"))
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let public = std::fs::read_to_string(ssh.join("id_ed25519.pub")).unwrap();
    other.coal(None, &["private", "init"]).ok();
    other
        .coal(None, &["private", "seal", "--recipient", public.trim()])
        .ok()
        .stderr_has("warning: Your key cannot open the sealed overlay: ~/.ssh/id_ed25519 is protected by a passphrase");
}

#[test]
fn a_dry_run_changes_no_byte() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let key = age_key(me.dir(), "key.txt");
    let before = me.files();
    me.coal(None, &["--dry-run", "private", "init"])
        .ok()
        .stderr_has("Would move to coalition.private.toml")
        .stderr_has("Would add coalition.private.toml to .gitignore");
    assert!(before == me.files(), "init --dry-run wrote");
    me.coal(None, &["private", "init"]).ok();
    let before = me.files();
    let run = me
        .coal(
            None,
            &["--dry-run", "private", "seal", "--recipient", &key.public],
        )
        .ok()
        .stderr_has("Would seal the private overlay to 1 key");
    assert!(
        run.stdout.contains(&format!("+    \"{}\",", key.public)),
        "{}",
        run.stdout
    );
    assert!(before == me.files(), "seal --dry-run wrote");
}

#[test]
fn init_puts_the_overlay_and_its_ignore_line_beside_the_file() {
    let me = Organizer::new();
    let sub = me.file("sub");
    std::fs::create_dir(&sub).unwrap();
    std::fs::rename(me.work.path(), sub.join("x.toml")).unwrap();
    me.coal(None, &["--file", "sub/x.toml", "private", "init"])
        .ok()
        .stderr_has("Added sub/x.private.toml to sub/.gitignore");
    assert!(sub.join("x.private.toml").exists());
    assert_eq!(
        std::fs::read_to_string(sub.join(".gitignore")).unwrap(),
        "x.private.toml\n.x.toml.lock\n.x.private.toml.*.tmp\n"
    );
    assert!(!me.file(".gitignore").exists());
    // From a folder below, the file found above gets its overlay beside it.
    let other = Organizer::new();
    let below = other.file("below");
    std::fs::create_dir(&below).unwrap();
    let mut command = other.work.command();
    command
        .current_dir(&below)
        .env("HOME", other.file("home"))
        .args(["private", "init"]);
    let run = Run::from(command.output().unwrap()).ok();
    assert!(other.plain().exists(), "{}", run.stderr);
    assert!(other.file(".gitignore").exists() && !below.join(".gitignore").exists());
    // A .gitignore that already has the line is said so, and gains only
    // the lock's.
    let third = Organizer::new();
    std::fs::write(
        third.file(".gitignore"),
        "target/\ncoalition.private.toml\n",
    )
    .unwrap();
    third
        .coal(None, &["--dry-run", "private", "init"])
        .ok()
        .stderr_has(".gitignore already keeps coalition.private.toml out of git");
    third
        .coal(None, &["private", "init"])
        .ok()
        .stderr_has(".gitignore already keeps coalition.private.toml out of git");
    assert_eq!(
        std::fs::read_to_string(third.file(".gitignore")).unwrap(),
        "target/\ncoalition.private.toml\n.coalition.toml.lock\n.coalition.private.toml.*.tmp\n"
    );
}

#[test]
fn check_names_an_organizer_key_that_cannot_be_used() {
    let text = example().replacen(
        "[coalition]\n",
        "[coalition]\norganizers = [\"age1qqq\", \"ssh-ed25519\"]\n",
        1,
    );
    let work = Workdir::with(&text);
    let run = work.run(&["check", "--format", "json"]).code(1);
    for at in [0, 1] {
        assert!(
            run.stdout
                .contains(&format!("\"path\": \"coalition.organizers[{at}]\"")),
            "{}",
            run.stdout
        );
    }
    assert!(run.stdout.contains("invalid-value"));
}

#[test]
fn making_a_private_group_public_asks_on_a_terminal_what_becomes_readable() {
    use common::pty::{exit_code, keys, spawn};
    let me = Organizer::new();
    me.coal(None, &["private", "init"]).ok();
    let before = me.files();
    let mut session = spawn(&me.work, &["update-group", PRIVATE_ID, "--public"]);
    session
        .exp_string("Group `sol-migrant` is private. Made public, its `name`, `status`")
        .unwrap();
    // Its internal fields are named as staying where they are.
    session.exp_string("`contact`").unwrap();
    session
        .exp_string("stay in coalition.private.toml")
        .unwrap();
    session.exp_string("Make `sol-migrant` public?").unwrap();
    keys(&mut session, "n");
    session
        .exp_string("Nothing changed: `sol-migrant` stays private.")
        .unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 0);
    assert!(before == me.files(), "a declined --public changed a file");
    let mut session = spawn(&me.work, &["update-group", PRIVATE_ID, "--public"]);
    session.exp_string("Make `sol-migrant` public?").unwrap();
    keys(&mut session, "y");
    session.exp_string("updated group `sol-migrant`").unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 0);
    let shared = me.work.read();
    assert!(shared.contains("[groups.sol-migrant]"), "{shared}");
    assert!(!shared.contains(INTERNAL), "{shared}");
    // Back to private needs no question; without a terminal the flag is
    // answer enough.
    me.coal(None, &["update-group", PRIVATE_ID, "--private"])
        .ok();
    assert!(!me.work.read().contains("[groups.sol-migrant]"));
    me.coal(None, &["update-group", PRIVATE_ID, "--public"])
        .ok()
        .stderr_has("updated group `sol-migrant`");
    assert!(me.work.read().contains("[groups.sol-migrant]"));
}

#[test]
fn a_seal_that_cannot_be_written_loses_nothing() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let key = age_key(me.dir(), "key.txt");
    me.coal(None, &["private", "init"]).ok();
    let plain = std::fs::read(me.plain()).unwrap();
    // Something in the way of the sealed file: the seal fails after the
    // organizers are saved, and the plain overlay stays.
    std::fs::create_dir(me.sealed()).unwrap();
    let run = me.coal(Some(&key), &["private", "seal", "--recipient", &key.public]);
    assert_ne!(run.status, 0, "{}", run.stderr);
    assert_eq!(std::fs::read(me.plain()).unwrap(), plain);
    std::fs::remove_dir(me.sealed()).unwrap();
    me.coal(Some(&key), &["private", "seal", "--recipient", &key.public])
        .ok()
        .stderr_has("Sealed the private overlay for 1 key");
    assert!(!me.plain().exists());
    let plain = String::from_utf8(plain).unwrap();
    assert_eq!(
        age_opens(&key, &me.sealed()).map(without_sealed_for),
        Some(plain)
    );
}

#[test]
fn a_working_copy_beside_the_sealed_overlay_is_what_seal_seals() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let key = age_key(me.dir(), "key.txt");
    let awa = age_key(me.dir(), "awa.txt");
    me.sealed_for(&key);
    // A working copy (a hand edit, a merge's conflicts): edits go there,
    // recipients wait for `seal`, which seals it and removes it.
    let opened = age_opens(&key, &me.sealed()).unwrap();
    std::fs::write(me.plain(), &opened).unwrap();
    me.coal(Some(&key), &["add-group", "Secret", "--status", "prospect"])
        .ok();
    let sealed = std::fs::read(me.sealed()).unwrap();
    me.coal(Some(&key), &["private", "recipients", "add", &awa.public])
        .ok()
        .stderr_has("has a plain working copy, coalition.private.toml");
    assert_eq!(std::fs::read(me.sealed()).unwrap(), sealed);
    me.coal(Some(&key), &["private", "seal"]).ok();
    assert!(!me.plain().exists());
    let opened = age_opens(&awa, &me.sealed()).expect("sealed for the new key too");
    assert!(opened.contains("[groups.secret]"), "{opened}");
}
