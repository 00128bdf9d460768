//! No crash, kill, full disk or stalled neighbour may cost an organizer
//! their file.

mod common;

#[path = "../benches/generate.rs"]
mod generate;

use std::fs::{self, File};
use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

fn leftovers(work: &Workdir) -> Vec<String> {
    fs::read_dir(work.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect()
}

/// A pseudo-random number for kill delays, without a dependency: the test
/// explores different moments each run, and prints them when it fails.
fn spread(i: u64, span: u64) -> u64 {
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos() as u64;
    (seed ^ i.wrapping_mul(0x9E37_79B9_7F4A_7C15)) % span.max(1)
}

#[test]
fn a_write_killed_at_any_moment_leaves_the_old_or_the_new_file() {
    let work = Workdir::with(&generate::coalition(800));
    let args = ["update-group", "g000001", "--notes"];
    // How long a full run takes, to spread the kills over it.
    let start = Instant::now();
    let scratch = Workdir::with(&work.read());
    scratch.run(&[&args[..], &["timing"]].concat()).ok();
    let span = start.elapsed().as_micros() as u64;
    for i in 0..50u64 {
        let old = work.read();
        let note = format!("run {i}");
        let full: Vec<&str> = [&args[..], &[note.as_str()]].concat();
        // What the command writes when it is not killed.
        let expected = Workdir::with(&old);
        expected.run(&full).ok();
        let new = expected.read();
        let delay = spread(i, span);
        let mut child = work
            .command()
            .args(&full)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(delay));
        let _ = child.kill(); // SIGKILL
        child.wait().unwrap();
        let now = work.read();
        assert!(
            now == old || now == new,
            "kill after {delay} µs left a file that is neither version"
        );
        coal::store::load::parse(&work.path(), &now).expect("the file still parses");
    }
    // The next write clears what killed runs left behind.
    work.run(&["update-group", "g000001", "--notes", "done"])
        .ok();
    assert_eq!(leftovers(&work), Vec::<String>::new());
}

#[test]
fn a_full_disk_fails_cleanly() {
    let work = Workdir::with(&generate::coalition(300));
    let before = fs::read(work.path()).unwrap();
    // A file size limit of 64 KiB makes every write of this file fail with EFBIG
    // (SIGXFSZ ignored, so the write returns an error instead of killing).
    let output = Command::new("sh")
        .current_dir(work.dir.path())
        .env("COAL_TODAY", TODAY)
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f 128; exec '{}' add-group Nouveau",
            env!("CARGO_BIN_EXE_coal")
        ))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let run = Run::from(output).code(3);
    assert!(run.stderr.contains("error: cannot write"), "{}", run.stderr);
    assert!(
        run.stderr.contains("too large") || run.stderr.contains("space"),
        "{}",
        run.stderr
    );
    assert_eq!(fs::read(work.path()).unwrap(), before);
    assert_eq!(leftovers(&work), Vec::<String>::new());
}

/// Runs coal as the unprivileged user `nobody`, for permission tests that
/// root would walk through.
fn as_nobody(work: &Workdir, args: &[&str]) -> Run {
    fs::set_permissions(work.dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let mut command = Command::new("setpriv");
    command
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            env!("CARGO_BIN_EXE_coal"),
        ])
        .args(args)
        .current_dir(work.dir.path())
        .env("COAL_TODAY", TODAY)
        .stdin(Stdio::null());
    Run::from(command.output().unwrap())
}

#[test]
fn a_read_only_folder_fails_cleanly() {
    let work = Workdir::with(MINIMAL);
    fs::set_permissions(work.path(), fs::Permissions::from_mode(0o666)).unwrap();
    // Readable by nobody, but the folder takes no new file.
    fs::set_permissions(work.dir.path(), fs::Permissions::from_mode(0o555)).unwrap();
    let run = as_nobody(&work, &["add-group", "X"]);
    fs::set_permissions(work.dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    if run.stderr.contains("setpriv") {
        eprintln!("skipped: setpriv cannot change user here: {}", run.stderr);
        return;
    }
    let run = run.code(3);
    assert!(run.stderr.contains("Permission denied"), "{}", run.stderr);
    assert!(
        run.stderr.contains("hint: check the permissions"),
        "{}",
        run.stderr
    );
    assert_eq!(work.read(), MINIMAL);
    assert_eq!(leftovers(&work), Vec::<String>::new());
}

#[test]
fn a_read_only_file_fails_cleanly() {
    let work = Workdir::with(MINIMAL);
    fs::set_permissions(work.path(), fs::Permissions::from_mode(0o444)).unwrap();
    work.refused(&["update-group", "x", "--power", "2"], 2);
    work.run(&["add-group", "X"])
        .code(3)
        .stderr_has("read-only");
    assert_eq!(work.read(), MINIMAL);
    assert_eq!(leftovers(&work), Vec::<String>::new());
}

#[test]
fn thirty_two_writers_of_three_kinds_lose_nothing() {
    let work = Workdir::with(&format!("{MINIMAL}\n[groups.base]\nname = \"Base\"\n"));
    let children: Vec<_> = (0..32)
        .map(|n| {
            let args: Vec<String> = match n % 3 {
                0 => vec!["add-group".into(), format!("Groupe {n}")],
                1 => vec![
                    "log-feedback".into(),
                    "base".into(),
                    format!("feedback {n}"),
                ],
                _ => vec![
                    "update-group".into(),
                    "base".into(),
                    "--notes".into(),
                    format!("notes {n}"),
                ],
            };
            work.command()
                .args(&args)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let text = work.read();
    for n in 0..32 {
        match n % 3 {
            0 => assert!(
                text.contains(&format!("[groups.groupe-{n}]")),
                "group {n} lost"
            ),
            1 => assert!(
                text.contains(&format!("text = \"feedback {n}\"")),
                "feedback {n} lost"
            ),
            _ => {} // Each update replaces the notes; one of them stays.
        }
    }
    assert!(
        (0..32)
            .filter(|n| n % 3 == 2)
            .any(|n| text.contains(&format!("notes = \"notes {n}\"")))
    );
    work.run(&["check"]).ok();
}

#[test]
fn a_stalled_lock_holder_makes_coal_wait_then_give_up() {
    let work = Workdir::with(MINIMAL);
    let lock = File::create(work.dir.path().join(".coalition.toml.lock")).unwrap();
    lock.lock().unwrap();
    let start = Instant::now();
    let run = Run::from(
        work.command()
            .env("COAL_LOCK_TIMEOUT", "1.5")
            .args(["add-group", "X"])
            .output()
            .unwrap(),
    );
    let waited = start.elapsed();
    let run = run.code(3);
    assert!(
        run.stderr
            .contains("waiting for another coal to finish changing"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("gave up waiting"), "{}", run.stderr);
    assert!(
        run.stderr.contains("hint: if no other coal is running"),
        "{}",
        run.stderr
    );
    assert!(waited < Duration::from_secs(10), "waited {waited:?}");
    assert_eq!(work.read(), MINIMAL);
    // Once the holder lets go, the same command goes through.
    lock.unlock().unwrap();
    work.run(&["add-group", "X"]).ok();
}

#[test]
fn a_lock_timeout_that_is_not_a_number_of_seconds_is_refused() {
    for bad in ["-1", "NaN", "inf", "soon", "1e30"] {
        let work = Workdir::with(MINIMAL);
        let run = Run::from(
            work.command()
                .env("COAL_LOCK_TIMEOUT", bad)
                .args(["add-group", "Tenants"])
                .output()
                .unwrap(),
        )
        .code(2)
        .stderr_has("COAL_LOCK_TIMEOUT must be a number of seconds");
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        assert_eq!(work.read(), MINIMAL, "{bad}");
        assert!(
            !work.dir.path().join(".coalition.toml.lock").exists(),
            "{bad}"
        );
    }
    let work = Workdir::with(MINIMAL);
    let run = work
        .command()
        .env("COAL_LOCK_TIMEOUT", "0")
        .args(["add-group", "Tenants"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0));
}
