//! No crash, kill, full disk or stalled neighbour may cost an organizer
//! their file.

mod common;

#[path = "../benches/generate.rs"]
mod generate;

use std::fs::{self, File};
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::Path;
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

/// Runs coal in `work` under a file size limit of `blocks` × 512 bytes, as
/// `ulimit -f` sets it. The shell leaves SIGXFSZ as it found it: coal itself
/// must keep the signal from killing it mid-write.
fn under_size_limit(work: &Workdir, blocks: u32, args: &str) -> Run {
    let output = Command::new("sh")
        .current_dir(work.dir.path())
        .env("COAL_TODAY", TODAY)
        .arg("-c")
        .arg(format!(
            "ulimit -f {blocks}; exec '{}' {args}",
            env!("CARGO_BIN_EXE_coal")
        ))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    Run::from(output)
}

#[test]
fn a_full_disk_fails_cleanly() {
    let work = Workdir::with(&generate::coalition(300));
    let before = fs::read(work.path()).unwrap();
    // A limit of 64 KiB makes every write of this file fail, as a full disk would.
    let run = under_size_limit(&work, 128, "add-group Nouveau").code(3);
    assert!(run.stderr.contains("error: cannot write"), "{}", run.stderr);
    assert!(run.stderr.contains("File too large"), "{}", run.stderr);
    assert!(
        run.stderr.contains("hint: the file is larger than"),
        "{}",
        run.stderr
    );
    assert_eq!(fs::read(work.path()).unwrap(), before);
    assert_eq!(leftovers(&work), Vec::<String>::new());
}

#[test]
fn a_report_too_large_for_the_disk_leaves_the_old_one() {
    let work = Workdir::with(&generate::coalition(300));
    fs::write(work.dir.path().join("groups.json"), "old report\n").unwrap();
    let run = under_size_limit(&work, 128, "report groups --format json -o groups.json").code(3);
    assert!(run.stderr.contains("error: cannot write"), "{}", run.stderr);
    assert_eq!(
        fs::read_to_string(work.dir.path().join("groups.json")).unwrap(),
        "old report\n"
    );
    assert_eq!(leftovers(&work), Vec::<String>::new());
    // Without the limit, the same command writes the whole report.
    under_size_limit(&work, 1 << 20, "report groups --format json -o groups.json").ok();
    let written = fs::read_to_string(work.dir.path().join("groups.json")).unwrap();
    assert!(written.len() > 128 * 512, "{}", written.len());
    serde_json::from_str::<serde_json::Value>(&written).unwrap();
}

#[test]
fn a_planted_lock_link_is_refused_and_its_target_left_alone() {
    let work = Workdir::with(MINIMAL);
    let elsewhere = tempfile::TempDir::new().unwrap();
    let victim = elsewhere.path().join("victim");
    let lock = work.dir.path().join(".coalition.toml.lock");
    // A link to a file that does not exist: coal must not create it...
    std::os::unix::fs::symlink(&victim, &lock).unwrap();
    let run = work.refused(&["add-group", "X"], 3);
    assert!(run.stderr.contains("is a symbolic link"), "{}", run.stderr);
    assert!(
        run.stderr.contains("hint: remove the link"),
        "{}",
        run.stderr
    );
    assert!(!victim.exists());
    // ...nor change one that does.
    fs::write(&victim, "precious\n").unwrap();
    set_mode(&victim, 0o600);
    work.refused(&["add-group", "X"], 3)
        .stderr_has("is a symbolic link");
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious\n");
    assert!(
        fs::symlink_metadata(&lock)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    // Once the link is gone, coal makes its own lock.
    fs::remove_file(&lock).unwrap();
    work.run(&["add-group", "X"]).ok();
    assert!(fs::symlink_metadata(&lock).unwrap().is_file());
}

/// A FIFO planted as the lock (anyone who may write the folder can make
/// one): opening it for writing would block for ever, whatever
/// `COAL_LOCK_TIMEOUT` says. It is refused like a link.
#[test]
fn a_fifo_planted_as_the_lock_is_refused_without_hanging() {
    let work = Workdir::with(MINIMAL);
    let lock = work.dir.path().join(".coalition.toml.lock");
    assert!(
        Command::new("mkfifo")
            .arg(&lock)
            .status()
            .unwrap()
            .success()
    );
    let mut child = work
        .command()
        .env("COAL_LOCK_TIMEOUT", "1")
        .args(["add-group", "A"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(10) {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("coal hung on a FIFO lock for 10 s with COAL_LOCK_TIMEOUT=1");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let run = Run::from(child.wait_with_output().unwrap()).code(3);
    assert!(
        run.stderr.contains("is not a regular file"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("hint: remove it"), "{}", run.stderr);
    assert_eq!(work.read(), MINIMAL);
    assert!(fs::symlink_metadata(&lock).unwrap().file_type().is_fifo());
}

/// The unprivileged user the permission tests run coal as, and a group to
/// give files to: ids are enough, neither needs a name on this machine.
const NOBODY: u32 = 65534;
const SHARED_GROUP: u32 = 4242;

/// A copy of the coal under test in a folder anyone may enter: the build
/// itself may sit in a folder closed to others (a checkout under `/root`).
/// Removed with the copy.
struct CoalForNobody {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
}

impl CoalForNobody {
    fn new() -> Self {
        let dir = tempfile::TempDir::new().unwrap();
        set_mode(dir.path(), 0o755);
        let path = dir.path().join("coal");
        fs::copy(env!("CARGO_BIN_EXE_coal"), &path).unwrap();
        set_mode(&path, 0o755);
        CoalForNobody { _dir: dir, path }
    }
}

/// Whether this machine lets the tests run coal as another user: as root,
/// with util-linux's `setpriv`. When it cannot, a permission test is skipped,
/// except under CI, where a skipped test would pass vacuously: it fails.
fn can_switch_user() -> bool {
    let coal = CoalForNobody::new();
    let probe = Command::new("setpriv")
        .args([
            &format!("--reuid={NOBODY}"),
            &format!("--regid={NOBODY}"),
            "--clear-groups",
        ])
        .arg(&coal.path)
        .arg("--version")
        .output();
    let why = match probe {
        Ok(output) if output.status.success() => return true,
        Ok(output) => String::from_utf8_lossy(&output.stderr).into_owned(),
        Err(err) => format!("cannot run setpriv: {err}"),
    };
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must run the permission tests, as root with setpriv (util-linux): {why}"
    );
    eprintln!("skipped: this machine cannot run coal as another user: {why}");
    false
}

/// Runs coal in `work` as user `nobody`, in the extra `groups`, for
/// permission tests that root would walk through. None when the machine
/// cannot switch user (see `can_switch_user`).
fn as_nobody(work: &Workdir, groups: &[u32], args: &[&str]) -> Option<Run> {
    if !can_switch_user() {
        return None;
    }
    let groups = if groups.is_empty() {
        "--clear-groups".to_string()
    } else {
        let ids: Vec<String> = groups.iter().map(u32::to_string).collect();
        format!("--groups={}", ids.join(","))
    };
    let coal = CoalForNobody::new();
    let output = Command::new("setpriv")
        .args([
            &format!("--reuid={NOBODY}"),
            &format!("--regid={NOBODY}"),
            &groups,
        ])
        .arg(&coal.path)
        .args(args)
        .current_dir(work.dir.path())
        .env("COAL_TODAY", TODAY)
        .env("HOME", work.dir.path())
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    Some(Run::from(output))
}

fn set_mode(path: &Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_read_only_folder_fails_cleanly() {
    let work = Workdir::with(MINIMAL);
    set_mode(&work.path(), 0o666);
    // Readable by nobody, but the folder takes no new file.
    set_mode(work.dir.path(), 0o555);
    let run = as_nobody(&work, &[], &["add-group", "X"]);
    set_mode(work.dir.path(), 0o755);
    let Some(run) = run else { return };
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
fn a_file_the_user_may_not_write_is_not_replaced_through_its_folder() {
    let work = Workdir::with(MINIMAL);
    fs::write(work.dir.path().join("report.md"), "old report\n").unwrap();
    // root's files, readable by all, in a folder where anyone may add files:
    // a rename there would replace them.
    set_mode(&work.path(), 0o644);
    set_mode(&work.dir.path().join("report.md"), 0o644);
    set_mode(work.dir.path(), 0o777);
    for args in [
        &["add-group", "X"][..],
        &["report", "-o", "report.md"],
        &["init", "--force", "--name", "N", "--unity", "U"],
    ] {
        let Some(run) = as_nobody(&work, &[], args) else {
            return;
        };
        let run = run.code(3);
        assert!(
            run.stderr.contains("you may not write to it"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(run.stderr.contains("hint: "), "{args:?}: {}", run.stderr);
        assert_eq!(work.read(), MINIMAL, "{args:?}");
        assert_eq!(
            fs::read_to_string(work.dir.path().join("report.md")).unwrap(),
            "old report\n"
        );
        assert_eq!(leftovers(&work), Vec::<String>::new());
    }
    assert_eq!(fs::metadata(work.path()).unwrap().uid(), 0);
}

#[test]
fn an_edit_keeps_the_owner_and_group_of_the_file() {
    let work = Workdir::with(MINIMAL);
    // root edits a file that belongs to someone else: both ids stay.
    if std::os::unix::fs::chown(work.path(), Some(NOBODY), Some(SHARED_GROUP)).is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI runs the tests as root"
        );
        eprintln!("skipped: not root");
        return;
    }
    set_mode(&work.path(), 0o664);
    work.run(&["add-group", "Root"]).ok();
    let metadata = fs::metadata(work.path()).unwrap();
    assert_eq!((metadata.uid(), metadata.gid()), (NOBODY, SHARED_GROUP));
    assert_eq!(metadata.mode() & 0o777, 0o664);

    // A member of the file's group edits root's shared file: the group stays
    // (the owner cannot: only root may give a file away). The lock root's
    // edit made is root's too; locking it needs no write access.
    std::os::unix::fs::chown(work.path(), Some(0), Some(SHARED_GROUP)).unwrap();
    set_mode(work.dir.path(), 0o777);
    let Some(run) = as_nobody(&work, &[SHARED_GROUP], &["add-group", "Member"]) else {
        return;
    };
    run.ok();
    let metadata = fs::metadata(work.path()).unwrap();
    assert!(work.read().contains("[groups.member]"));
    assert_eq!(metadata.gid(), SHARED_GROUP);
    assert_eq!(metadata.mode() & 0o777, 0o664);
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

#[test]
fn git_setup_refuses_a_gitattributes_it_cannot_read() {
    if !can_switch_user() {
        return;
    }
    let work = Workdir::with(MINIMAL);
    let dir = work.dir.path();
    let status = Command::new("git")
        .current_dir(dir)
        .args(["init", "-q"])
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .status()
        .unwrap();
    assert!(status.success());
    let attributes = dir.join(".gitattributes");
    let lfs = "*.psd filter=lfs diff=lfs merge=lfs -text\n";
    fs::write(&attributes, lfs).unwrap();
    // The repository is nobody's (git refuses others' repositories), but its
    // attributes file is closed even to its owner.
    let status = Command::new("chown")
        .args(["-R", &format!("{NOBODY}:{NOBODY}")])
        .arg(dir)
        .status()
        .unwrap();
    assert!(status.success());
    set_mode(&attributes, 0o000);
    let config = fs::read(dir.join(".git/config")).unwrap();
    let run = as_nobody(&work, &[], &["git-setup"]).unwrap().code(3);
    assert!(run.stderr.contains("cannot read"), "{}", run.stderr);
    assert!(run.stderr.contains(".gitattributes"), "{}", run.stderr);
    assert_eq!(
        fs::metadata(&attributes).unwrap().permissions().mode() & 0o777,
        0
    );
    assert_eq!(fs::read_to_string(&attributes).unwrap(), lfs);
    assert!(!dir.join(".gitignore").exists());
    assert_eq!(fs::read(dir.join(".git/config")).unwrap(), config);
}

/// The sealed overlay in `dir` opened by the real age; None when it does
/// not open (a partial file would not).
fn age_open(dir: &Path, key: &Path) -> Option<String> {
    let output = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(key)
        .arg(dir.join("coalition.private.toml.age"))
        .output()
        .unwrap();
    output
        .status
        .success()
        .then(|| String::from_utf8(output.stdout).unwrap())
}

/// Issue 20: an edit on a large sealed overlay, killed at any moment of
/// its re-seal, leaves the old or the new sealed file, each opening with
/// `age -d`; and no plain text of it anywhere in the folder.
#[test]
fn a_reseal_killed_at_any_moment_leaves_the_old_or_the_new_sealed_file() {
    if !common::sealed::tools() {
        return;
    }
    let keys = tempfile::TempDir::new().unwrap();
    let key = keys.path().join("organizer.txt");
    let made = Command::new("age-keygen")
        .arg("-o")
        .arg(&key)
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(made.success());
    let public = Command::new("age-keygen")
        .arg("-y")
        .arg(&key)
        .output()
        .unwrap();
    let public = String::from_utf8(public.stdout).unwrap().trim().to_string();
    let text = generate::coalition(600).replacen(
        "[coalition]\n",
        &format!("[coalition]\norganizers = [\"{public}\"]\n"),
        1,
    );
    let work = Workdir::with(&text);
    let coal = |dir: &Path, args: &[&str]| {
        let mut command = work.command();
        command
            .current_dir(dir)
            .env("COAL_AGE_IDENTITY", &key)
            .env("HOME", keys.path())
            .args(args);
        command
    };
    let status = coal(work.dir.path(), &["private", "init"])
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    // Sealed with the real age, as `coal private seal` does.
    let sealed = Command::new("age")
        .current_dir(work.dir.path())
        .args(["-a", "-r", &public, "-o", "coalition.private.toml.age"])
        .arg("coalition.private.toml")
        .status()
        .unwrap();
    assert!(sealed.success());
    fs::remove_file(work.dir.path().join("coalition.private.toml")).unwrap();
    // g000001 is not public: the edit re-seals the overlay.
    let args = ["update-group", "g000001", "--notes"];
    let copy = |to: &Path| {
        for name in ["coalition.toml", "coalition.private.toml.age"] {
            fs::copy(work.dir.path().join(name), to.join(name)).unwrap();
        }
    };
    let start = Instant::now();
    let scratch = Workdir::new();
    copy(scratch.dir.path());
    let timing = coal(scratch.dir.path(), &[&args[..], &["timing"]].concat())
        .output()
        .unwrap();
    assert!(timing.status.success(), "{timing:?}");
    let span = start.elapsed().as_micros() as u64;
    for i in 0..20u64 {
        let old = age_open(work.dir.path(), &key).expect("the sealed file opens");
        let note = format!("planted note, run {i}");
        let full: Vec<&str> = [&args[..], &[note.as_str()]].concat();
        let expected = Workdir::new();
        copy(expected.dir.path());
        let done = coal(expected.dir.path(), &full).output().unwrap();
        assert!(done.status.success(), "{done:?}");
        let new = age_open(expected.dir.path(), &key).unwrap();
        assert!(new.contains(&note) && old != new);
        let delay = spread(i, span);
        let mut child = coal(work.dir.path(), &full)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(delay));
        let _ = child.kill(); // SIGKILL
        child.wait().unwrap();
        let now = age_open(work.dir.path(), &key);
        assert!(
            now.as_ref() == Some(&old) || now.as_ref() == Some(&new),
            "kill after {delay} µs left a sealed file that is neither version"
        );
        // Whatever a killed run left holds no plain text of the overlay.
        for entry in fs::read_dir(work.dir.path()).unwrap() {
            let path = entry.unwrap().path();
            let bytes = fs::read(&path).unwrap();
            assert!(
                !bytes.windows(13).any(|w| w == b"planted note,"),
                "kill after {delay} µs left plain text in {}",
                path.display()
            );
        }
        assert!(!work.dir.path().join("coalition.private.toml").exists());
    }
    // The next write clears what killed runs left behind.
    let done = coal(work.dir.path(), &[&args[..], &["done"]].concat())
        .output()
        .unwrap();
    assert!(done.status.success(), "{done:?}");
    assert_eq!(leftovers(&work), Vec::<String>::new());
}
