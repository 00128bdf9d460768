//! The first attack on the private overlay (issue 20), one test per finding
//! that was fixed: each pins what the fix promises, and failed before it.
//! The real coal binary, keys made by the real `age-keygen`, sealed files
//! opened by the real `age`.

mod common;

#[path = "../benches/generate.rs"]
mod generate;

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::sealed::*;
use common::*;
use serde_json::Value as Json;

/// A group the example keeps private, and its name.
const PRIVATE_ID: &str = "sol-migrant";
const PRIVATE_NAME: &str = "Solidarité migrante";

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

/// The data of a TOML text (the overlay's first line is a comment).
fn data(text: &str) -> toml::Table {
    text.parse().unwrap()
}

/// Whether `text` holds the group `id` whole (its name, not only the
/// internal fields of a public group).
fn holds_group(text: &str, id: &str) -> bool {
    data(text)
        .get("groups")
        .and_then(|groups| groups.get(id))
        .is_some_and(|group| group.get("name").is_some())
}

/// The summaries of the decisions in a TOML text.
fn summaries(text: &str) -> Vec<String> {
    data(text)
        .get("decisions")
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|d| d.get("summary")?.as_str().map(str::to_string))
        .collect()
}

fn json(run: &Run) -> Json {
    serde_json::from_str(&run.stdout).unwrap_or_else(|err| panic!("{err}: {}", run.stdout))
}

/// Finding 1: a hand change of `[coalition] organizers` (a key added, or the
/// key replaced) is not followed by the next ordinary edit, which would
/// hand the private data to the new key and lock the editor out: the edit
/// is refused, `check` says where, and `coal private recipients` (the
/// explicit way) makes the change, after which edits work again.
#[test]
fn organizers_changed_by_hand_are_refused_until_recipients_make_the_change() {
    if !tools() {
        return;
    }
    for replaced in [false, true] {
        let me = Organizer::new();
        let key = age_key(me.dir(), "key.txt");
        let other = age_key(me.dir(), "other.txt");
        me.sealed_for(&key);
        let shared = me.work.read();
        let ours = format!("\"{}\",", key.public);
        assert!(shared.contains(&ours), "{shared}");
        let theirs = if replaced {
            format!("\"{}\",", other.public)
        } else {
            format!("{ours} \"{}\",", other.public)
        };
        me.work.write(&shared.replacen(&ours, &theirs, 1));
        let edit = ["update-group", PRIVATE_ID, "--notes", "an ordinary edit"];
        me.refused(Some(&key), &edit)
            .stderr_has("are not those coalition.private.toml.age is sealed for");
        assert!(
            age_opens(&other, &me.sealed()).is_none(),
            "the other key opens the overlay"
        );
        let check = me.coal(Some(&key), &["check", "--format", "json"]).code(1);
        let findings = json(&check)["findings"].as_array().unwrap().clone();
        assert!(
            findings.iter().any(|f| f["code"] == "invalid-value"
                && f["severity"] == "error"
                && f["path"] == "coalition.organizers"),
            "{findings:#?}"
        );
        // The explicit way: the list as it was, then the key added by the
        // person who means it.
        me.work.write(&shared);
        me.coal(Some(&key), &["private", "recipients", "add", &other.public])
            .ok();
        me.coal(Some(&key), &edit).ok();
        assert!(
            age_opens(&other, &me.sealed())
                .unwrap()
                .contains("an ordinary edit")
        );
        assert!(
            age_opens(&key, &me.sealed())
                .unwrap()
                .contains("an ordinary edit")
        );
        me.coal(Some(&key), &["check"]).ok();
    }
}

/// A pseudo-random number for kill delays (as tests/faults.rs): each run
/// of the test explores other moments, and says them when it fails.
fn spread(i: u64, span: u64) -> u64 {
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos() as u64;
    (seed ^ i.wrapping_mul(0x9E37_79B9_7F4A_7C15)) % span.max(1)
}

fn inode(path: &Path) -> u64 {
    fs::metadata(path).map(|m| m.ino()).unwrap_or(0)
}

/// Finding 6: `update-group G --public` moves a private group from the
/// sealed overlay to the shared file; killed at any moment, the group is
/// never lost (it is in one file or both), and when it is in both every
/// command works and the next edit leaves it in one place. Half the kills
/// come at random, half as soon as either file is replaced, which is the
/// moment between the two writes.
#[test]
fn a_group_made_public_and_killed_at_any_moment_is_never_lost() {
    if !tools() {
        return;
    }
    let keys = tempfile::TempDir::new().unwrap();
    let key = age_key(keys.path(), "organizer.txt");
    // Large, so that the re-seal and the writes take a while.
    let text = generate::coalition(600).replacen(
        "[coalition]\n",
        &format!("[coalition]\norganizers = [\"{}\"]\n", key.public),
        1,
    );
    let work = Workdir::with(&text);
    let coal = |args: &[&str]| {
        let mut command = work.command();
        command
            .env("COAL_AGE_IDENTITY", &key.private)
            .env("HOME", keys.path())
            .args(args);
        command
    };
    let ok = |args: &[&str]| Run::from(coal(args).output().unwrap()).ok();
    ok(&["private", "init"]);
    ok(&["private", "seal", "--recipient", &key.public]);
    let sealed = work.dir.path().join("coalition.private.toml.age");
    let id = "g000001"; // not public in the generated coalition
    assert!(holds_group(&age_opens(&key, &sealed).unwrap(), id));
    assert!(!holds_group(&work.read(), id));
    let before = (work.read(), fs::read(&sealed).unwrap());
    let args = ["update-group", id, "--public", "--no-input"];
    let start = Instant::now();
    ok(&args);
    let span = start.elapsed().as_micros() as u64;
    for i in 0..20u64 {
        work.write(&before.0);
        fs::write(&sealed, &before.1).unwrap();
        let inodes = (inode(&work.path()), inode(&sealed));
        let mut child = coal(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let moment = if i % 2 == 0 {
            let delay = spread(i, span);
            std::thread::sleep(Duration::from_micros(delay));
            format!("after {delay} µs")
        } else {
            while child.try_wait().unwrap().is_none()
                && (inode(&work.path()), inode(&sealed)) == inodes
            {
                std::hint::spin_loop();
            }
            "after the first write".to_string()
        };
        let _ = child.kill(); // SIGKILL
        child.wait().unwrap();
        let in_shared = holds_group(&work.read(), id);
        let in_overlay = holds_group(&age_opens(&key, &sealed).unwrap(), id);
        assert!(
            in_shared || in_overlay,
            "a kill {moment} lost the group {id}"
        );
        if in_shared && in_overlay {
            for reader in [&["check"][..], &["list", "groups"], &["show", "group", id]] {
                let run = Run::from(coal(reader).output().unwrap());
                assert!(
                    run.status == 0 || (reader[0] == "check" && run.status == 1),
                    "with {id} in both files after a kill {moment}, {reader:?}: {run:?}"
                );
            }
            ok(&["update-group", "g000002", "--notes", "the next edit"]);
            let in_shared = holds_group(&work.read(), id);
            let in_overlay = holds_group(&age_opens(&key, &sealed).unwrap(), id);
            assert!(
                in_shared != in_overlay,
                "after a kill {moment} and the next edit, {id} is in both files or none"
            );
        }
    }
}

/// Finding 6, the other way: `update-group G --private` writes the overlay
/// first (it gains the group); a run stopped before the shared file is
/// written leaves the group in both files, public in one and not in the
/// other. Every command still works, the group reads as private (the safe
/// side) and `check` says the shared file still holds it; the next edit
/// leaves it in the overlay alone.
#[test]
fn a_group_in_both_files_after_a_stopped_move_reads_as_private_until_the_next_edit() {
    let work = Workdir::with(&example());
    work.run(&["private", "init"]).ok();
    let overlay = work.dir.path().join("coalition.private.toml");
    let shared = work.read();
    work.run(&["update-group", "amis-terre", "--private", "--no-input"])
        .ok();
    assert!(holds_group(&read(&overlay), "amis-terre"));
    // The state of a run killed between its two writes.
    work.write(&shared);
    assert!(holds_group(&work.read(), "amis-terre"));
    let check = work.run(&["check", "--format", "json"]).code(1);
    let findings = json(&check)["findings"].as_array().unwrap().clone();
    assert!(
        findings
            .iter()
            .any(|f| f["code"] == "private-in-shared" && f["path"] == "groups.amis-terre"),
        "{findings:#?}"
    );
    let list = work.run(&["list", "groups", "--format", "json"]).ok();
    let listed = json(&list);
    let group = listed["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["id"] == "amis-terre")
        .unwrap_or_else(|| panic!("{listed:#}"));
    assert_eq!(group["public"], false, "{group:#}");
    work.run(&["show", "group", "amis-terre"]).ok();
    work.run(&["update-group", "artivistes", "--power", "3"])
        .ok();
    assert!(!holds_group(&work.read(), "amis-terre"), "{}", work.read());
    assert!(!work.read().contains("amis-terre"), "{}", work.read());
    assert!(holds_group(&read(&overlay), "amis-terre"));
    work.run(&["check"]).ok();
}

/// Finding 7: removing a private group keeps the decisions that named it
/// in the overlay (their summaries were written for organizers only): the
/// shared file gains no decision.
#[test]
fn removing_a_private_group_keeps_its_decisions_in_the_overlay() {
    let work = Workdir::with(&example());
    work.run(&["private", "init"]).ok();
    let welcome = "Welcome Solidarité migrante into the steering group";
    work.run(&[
        "log-decision",
        welcome,
        "--date",
        "2026-11-21",
        "--by",
        "assembly",
        "--affects",
        PRIVATE_ID,
        "--consulted",
        PRIVATE_ID,
        "--no-input",
    ])
    .ok();
    let overlay = work.dir.path().join("coalition.private.toml");
    let kept = summaries(&read(&overlay));
    assert!(kept.iter().any(|s| s == welcome), "{kept:?}");
    let shared = summaries(&work.read());
    work.run(&["remove-group", PRIVATE_ID, "--force"]).ok();
    assert_eq!(summaries(&work.read()), shared, "{}", work.read());
    assert!(!work.read().contains(PRIVATE_NAME), "{}", work.read());
    let mut now = summaries(&read(&overlay));
    now.sort();
    let mut kept = kept;
    kept.sort();
    assert_eq!(now, kept);
}

/// Finding 8: what an organizer keeps in the overlay by hand (an entry of
/// a list coal does not route there, a field of a step, a field of a space)
/// stays there after an unrelated edit.
#[test]
fn data_kept_in_the_overlay_by_hand_stays_there_after_an_edit() {
    let work = Workdir::with(&example());
    work.run(&["private", "init"]).ok();
    let overlay = work.dir.path().join("coalition.private.toml");
    // By hand: a tactic, a step's notes, and a space's purpose moved out of
    // the shared file.
    let shared = work.read();
    let purpose = "purpose = \"Day-to-day coordination between member groups.\"\n";
    assert!(shared.contains(purpose));
    work.write(&shared.replacen(purpose, "", 1));
    let mut doc: toml_edit::DocumentMut = read(&overlay).parse().unwrap();
    doc["tactics"]["night-sabotage"]["name"] = toml_edit::value("Night sabotage of the pipeline");
    doc["steps"]["draft"]["notes"] = toml_edit::value("Hand note: occupy city hall");
    doc["spaces"]["coord-signal"]["purpose"] = toml_edit::value("Hand purpose: the real channel");
    fs::write(&overlay, doc.to_string()).unwrap();
    work.run(&["check"]).ok();
    work.run(&["update-group", "artivistes", "--power", "3"])
        .ok();
    let shared = work.read();
    for secret in ["sabotage", "city hall", "the real channel"] {
        assert!(!shared.contains(secret), "{secret} moved:\n{shared}");
        assert!(read(&overlay).contains(secret), "{secret} left the overlay");
    }
    assert!(shared.contains("power = 3"), "{shared}");
}

/// Finding 9: `check --format github` with the key (CI, whose logs may be
/// public) names no private group, by id or name, in any annotation; a
/// notice counts the findings withheld.
#[test]
fn github_annotations_name_no_private_group_and_count_those_withheld() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let key = age_key(me.dir(), "key.txt");
    me.sealed_for(&key);
    me.coal(
        Some(&key),
        &[
            "log-decision",
            "Let sol-migrant host the next vigil",
            "--by",
            "assembly",
            "--affects",
            PRIVATE_ID,
            "--no-input",
        ],
    )
    .ok();
    let opened = age_opens(&key, &me.sealed()).unwrap();
    let private: Vec<(String, String)> = data(&opened)["groups"]
        .as_table()
        .unwrap()
        .iter()
        .filter_map(|(id, g)| Some((id.clone(), g.get("name")?.as_str()?.to_string())))
        .collect();
    assert!(
        private.iter().any(|(id, _)| id == PRIVATE_ID),
        "{private:?}"
    );
    // With the key the text output shows the finding: it exists.
    me.coal(Some(&key), &["check"])
        .stdout_has("Let sol-migrant host the next vigil");
    let run = me.coal(Some(&key), &["check", "--format", "github"]);
    for line in run.stdout.lines() {
        for (id, name) in &private {
            assert!(
                !line.contains(id.as_str()) && !line.contains(name.as_str()),
                "{id} in an annotation: {line}"
            );
        }
    }
    let notice = run
        .stdout
        .lines()
        .find(|line| line.starts_with("::notice") && line.contains("findings name private groups"))
        .unwrap_or_else(|| panic!("no notice of findings withheld:\n{}", run.stdout));
    assert!(
        notice
            .split("::")
            .last()
            .unwrap()
            .chars()
            .next()
            .unwrap()
            .is_ascii_digit(),
        "{notice}"
    );
}

/// Finding 4: a damaged sealed overlay (cut short; a merge's conflict
/// markers inside the armour) is an error for an organizer with the key,
/// naming the file, for `check` and for readers; without any key it is
/// the note that the private data was not read.
#[test]
fn a_damaged_sealed_overlay_is_an_error_with_the_key() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let key = age_key(me.dir(), "key.txt");
    me.sealed_for(&key);
    let good = fs::read_to_string(me.sealed()).unwrap();
    let lines: Vec<&str> = good.lines().collect();
    let middle = lines.len() / 2;
    let conflicted = [
        &lines[..middle],
        &["<<<<<<< ours"],
        &lines[middle..middle + 1],
        &["======="],
        &lines[middle..middle + 1],
        &[">>>>>>> theirs"],
        &lines[middle + 1..],
    ]
    .concat()
    .join("\n");
    for damaged in [good[..good.len() / 2].to_string(), conflicted] {
        fs::write(me.sealed(), &damaged).unwrap();
        for args in [&["check"][..], &["list", "groups"]] {
            me.coal(Some(&key), args)
                .code(3)
                .stderr_has("coalition.private.toml.age");
        }
        me.coal(None, &["check"])
            .ok()
            .stderr_has("Private data not read (coalition.private.toml.age)");
    }
}

/// Finding 10: a finding of a value inside the overlay (a private group's
/// power, a public group's boundary) is not placed on an unrelated line of
/// coalition.toml, in any format.
#[test]
fn a_finding_inside_the_overlay_points_at_no_line_of_the_shared_file() {
    let work = Workdir::with(&example());
    work.run(&["private", "init"]).ok();
    let overlay = work.dir.path().join("coalition.private.toml");
    let text = read(&overlay);
    let group = format!("[groups.{PRIVATE_ID}]\n");
    let at = text.find(&group).unwrap();
    let power = at + text[at..].find("\npower = ").unwrap() + 1;
    let end = power + text[power..].find('\n').unwrap();
    let boundary = "\n[groups.amis-terre]\n\
                    boundaries = [{ tactic = \"no-such-tactic\", level = \"limited\" }]\n";
    let text = format!("{}power = 9{}{boundary}", &text[..power], &text[end..]);
    fs::write(&overlay, text).unwrap();
    let paths = [
        format!("groups.{PRIVATE_ID}.power"),
        "groups.amis-terre.boundaries[0].tactic".to_string(),
    ];
    let findings = json(&work.run(&["check", "--format", "json"]).code(1))["findings"]
        .as_array()
        .unwrap()
        .clone();
    for path in &paths {
        let found: Vec<&Json> = findings.iter().filter(|f| &f["path"] == path).collect();
        assert!(!found.is_empty(), "no {path}: {findings:#?}");
        for finding in found {
            assert!(finding.get("line").is_none_or(Json::is_null), "{finding:#}");
        }
    }
    let text = work.run(&["check"]).code(1);
    for path in &paths {
        assert!(text.stdout.contains(path.as_str()), "{}", text.stdout);
    }
    assert!(
        !text.stdout.contains("--> coalition.toml:"),
        "{}",
        text.stdout
    );
    // The private group's finding is withheld there (finding 9).
    let github = work.run(&["check", "--format", "github"]).code(1);
    let line = github
        .stdout
        .lines()
        .find(|line| line.contains(&paths[1]))
        .unwrap_or_else(|| panic!("{}", github.stdout));
    assert!(!line.contains("line="), "{line}");
}

/// Finding 15: a plain working copy beside the sealed overlay is said once
/// per run on stderr; `coal private seal`, which seals it, does not say it.
#[test]
fn a_working_copy_beside_the_sealed_overlay_is_noted_once_per_run() {
    if !tools() {
        return;
    }
    let me = Organizer::new();
    let key = age_key(me.dir(), "key.txt");
    me.sealed_for(&key);
    fs::write(me.plain(), age_opens(&key, &me.sealed()).unwrap()).unwrap();
    let note = "coalition.private.toml is a plain working copy beside the sealed overlay";
    for args in [
        &["check"][..],
        &["list", "groups"],
        &["update-group", PRIVATE_ID, "--notes", "edited in the copy"],
    ] {
        let run = me.coal(Some(&key), args).ok();
        assert_eq!(
            run.stderr.matches(note).count(),
            1,
            "{args:?}: {}",
            run.stderr
        );
    }
    let run = me.coal(Some(&key), &["private", "seal"]).ok();
    assert!(!run.stderr.contains(note), "{}", run.stderr);
    assert!(!me.plain().exists());
    assert!(
        age_opens(&key, &me.sealed())
            .unwrap()
            .contains("edited in the copy")
    );
    let run = me.coal(Some(&key), &["check"]).ok();
    assert!(!run.stderr.contains(note), "{}", run.stderr);
}

/// Finding 17: `coal private init` in a repository ignores the lock's
/// sidecar too, not only the overlay.
#[test]
fn private_init_ignores_the_lock_too() {
    let work = Workdir::with(&example());
    let status = git(work.dir.path(), "Awa Diallo", "2026-11-25T10:00:00Z")
        .args(["init", "-q"])
        .status()
        .unwrap();
    assert!(status.success());
    work.run(&["private", "init"]).ok();
    let ignore = read(&work.dir.path().join(".gitignore"));
    let lines: Vec<&str> = ignore.lines().collect();
    assert!(lines.contains(&"coalition.private.toml"), "{ignore}");
    assert!(lines.contains(&".coalition.toml.lock"), "{ignore}");
    let status = git(work.dir.path(), "Awa Diallo", "2026-11-25T10:00:00Z")
        .args(["status", "--porcelain", "--untracked-files=all"])
        .output()
        .unwrap();
    let status = String::from_utf8(status.stdout).unwrap();
    assert!(!status.contains("lock"), "{status}");
    assert!(!status.contains("coalition.private.toml"), "{status}");
}
