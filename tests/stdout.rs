//! Standard output that cannot take what coal prints: a full device is an
//! error (exit 3, said on stderr), a reader that left (`coal ... | head`)
//! is not.

mod common;

#[path = "../benches/generate.rs"]
mod generate;

use std::fs::{self, File};
use std::io::Read;
use std::process::Stdio;

use common::*;

/// A merge of three identical sides, for `merge-driver --dry-run`.
fn merge_sides(work: &Workdir) -> [String; 3] {
    ["base.toml", "ours.toml", "theirs.toml"].map(|name| {
        fs::write(work.dir.path().join(name), MINIMAL).unwrap();
        name.to_string()
    })
}

/// Every command that prints something on stdout, as run in `work`.
fn printing_commands(work: &Workdir) -> Vec<Vec<String>> {
    fs::write(work.dir.path().join("old.toml"), MINIMAL).unwrap();
    fs::write(
        work.dir.path().join("unformatted.toml"),
        "schema = 1\n\n[coalition]\nunity_statement = \"U\"\nname = \"C\"\n",
    )
    .unwrap();
    let [base, ours, theirs] = merge_sides(work);
    let lines: &[&[&str]] = &[
        &["--help"],
        &["--version"],
        &["add-group", "--help"],
        &["list", "groups"],
        &["list", "groups", "--format", "json"],
        &["show", "group", "sol-migrant"],
        &["steps"],
        &["check"],
        &["check", "--format", "json"],
        &["check", "--format", "github"],
        &["report"],
        &["report", "groups", "--format", "json"],
        &["report", "invitation", "--format", "ics"],
        &["diff", "old.toml"],
        &["diff", "old.toml", "--format", "json"],
        &["schema"],
        &["completions", "bash"],
        &["glossary"],
        &["help", "glossary"],
        &["help", "add-group"],
        &["list"],
        &["--file", "unformatted.toml", "fmt", "--check"],
        &["--dry-run", "add-group", "Nouveau"],
        &["--dry-run", "fmt"],
        &[
            "--dry-run",
            "--file",
            "new.toml",
            "init",
            "--name",
            "N",
            "--unity",
            "U",
        ],
        &["--dry-run", "merge-driver", &base, &ours, &theirs],
    ];
    lines
        .iter()
        .map(|line| line.iter().map(|word| word.to_string()).collect())
        .collect()
}

/// The shipped example with a finding for `check --format github` to print
/// and blank lines for `fmt --dry-run` to remove.
fn coalition_with_something_to_say() -> Workdir {
    let text = example().replacen("\nschema = 1", "\n\n\nmood = \"hopeful\"\nschema = 1", 1);
    assert!(text.contains("mood"));
    Workdir::with(&text)
}

#[test]
fn a_full_stdout_is_an_error_for_every_command_that_prints() {
    let work = coalition_with_something_to_say();
    let before = work.read();
    for args in printing_commands(&work) {
        let full = File::options().write(true).open("/dev/full").unwrap();
        let run = Run::from(work.command().args(&args).stdout(full).output().unwrap());
        assert_eq!(run.status, 3, "{args:?} on a full stdout\n{}", run.stderr);
        assert!(
            run.stderr
                .contains("error: cannot write to standard output: No space left on device"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("panicked"), "{args:?}: {}", run.stderr);
        assert_eq!(work.read(), before, "{args:?} changed the file");
        assert!(!work.dir.path().join("new.toml").exists());
    }
}

#[test]
fn every_printing_command_prints_when_stdout_takes_it() {
    // The other side of the test above: the same commands succeed (or give
    // their verdict) and print, so a failure there is the full device's.
    let work = coalition_with_something_to_say();
    for args in printing_commands(&work) {
        let run = Run::from(work.command().args(&args).output().unwrap());
        assert!(
            [0, 1].contains(&run.status),
            "{args:?}: exit {}\n{}",
            run.status,
            run.stderr
        );
        assert!(!run.stdout.is_empty(), "{args:?} printed nothing");
    }
}

#[test]
fn a_full_stderr_changes_no_exit_code() {
    let work = Workdir::with(MINIMAL);
    let full = || File::options().write(true).open("/dev/full").unwrap();
    let run = |args: &[&str]| {
        let output = work.command().args(args).stderr(full()).output().unwrap();
        output.status.code()
    };
    // The status line is lost, the work is done.
    assert_eq!(run(&["add-group", "Tenants"]), Some(0));
    assert!(work.read().contains("[groups.tenants]"));
    // The error is lost, its exit code is not.
    assert_eq!(run(&["add-group", "Tenants", "--id", "tenants"]), Some(2));
    assert_eq!(run(&["--file", "missing.toml", "check"]), Some(3));
}

#[test]
fn a_reader_that_leaves_early_is_not_an_error() {
    let work = Workdir::with(&generate::coalition(300));
    for args in [
        &["completions", "bash"][..],
        &["report", "groups", "--format", "json"],
    ] {
        // More than a pipe holds (64 KiB), so coal meets the closed pipe below.
        let whole = work.run(args).ok().stdout;
        assert!(whole.len() > 1 << 16, "{args:?}: {}", whole.len());
        let mut child = work
            .command()
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Read one byte, then hang up, as `| head -c 1` does.
        let mut stdout = child.stdout.take().unwrap();
        stdout.read_exact(&mut [0u8; 1]).unwrap();
        drop(stdout);
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}
