//! Loading, bad files, and what writing keeps (SPEC §2, §4, §9).

mod common;

use common::*;

#[test]
fn malformed_toml_names_the_line_and_shows_it() {
    let work = Workdir::with("schema = 1\n[coalition]\nname = \"C\nunity_statement = \"U\"\n");
    let run = work.refused(&["check"], 3);
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
    assert!(run.stderr.contains("coalition.toml:3:"), "{}", run.stderr);
    assert!(run.stderr.contains("not valid TOML"), "{}", run.stderr);
    assert!(run.stderr.contains(" 3 | name = \"C"), "{}", run.stderr);
    work.refused(&["add-group", "X"], 3);
}

#[test]
fn a_missing_file_says_to_run_init() {
    let work = Workdir::new();
    work.run(&["list", "groups"])
        .code(3)
        .stderr_has("no coalition.toml here")
        .stderr_has("hint: run `coal init`");
    work.run(&["--file", "nope.toml", "check"])
        .code(3)
        .stderr_has("nope.toml does not exist");
}

#[test]
fn the_file_is_found_in_a_parent_folder_or_through_coal_file() {
    let work = Workdir::with(MINIMAL);
    let sub = work.dir.path().join("a/b");
    std::fs::create_dir_all(&sub).unwrap();
    let mut command = work.command();
    let run = Run::from(
        command
            .current_dir(&sub)
            .args(["add-group", "Deep"])
            .output()
            .unwrap(),
    );
    run.ok();
    assert!(work.read().contains("[groups.deep]"));

    let other = Workdir::new();
    let mut command = other.command();
    command.env("COAL_FILE", work.path());
    Run::from(command.args(["list", "groups"]).output().unwrap())
        .ok()
        .stdout_has("deep");
}

#[test]
fn a_newer_schema_is_refused() {
    let work = Workdir::with("schema = 2\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n");
    work.refused(&["check"], 3)
        .stderr_has("written by a newer coal");
    work.refused(&["add-group", "X"], 3);
    let work = Workdir::with("[coalition]\nname = \"C\"\n");
    work.refused(&["check"], 3).stderr_has("no `schema = 1`");
}

#[test]
fn not_utf8_is_a_located_error() {
    let work = Workdir::new();
    std::fs::write(work.path(), b"schema = 1\nname = \"caf\xe9\"\n").unwrap();
    work.refused(&["check"], 3)
        .stderr_has("coalition.toml:2:")
        .stderr_has("not UTF-8");
}

#[test]
fn a_folder_is_not_a_coalition_file() {
    let work = Workdir::new();
    std::fs::create_dir(work.path()).unwrap();
    work.run(&["--file", "coalition.toml", "check"])
        .code(3)
        .stderr_has("is a folder");
}

#[test]
fn a_read_only_file_is_left_alone() {
    use std::os::unix::fs::PermissionsExt;
    let work = Workdir::with(MINIMAL);
    std::fs::set_permissions(work.path(), std::fs::Permissions::from_mode(0o444)).unwrap();
    work.refused(&["add-group", "X"], 3).stderr_has("read-only");
    let leftovers: Vec<_> = std::fs::read_dir(work.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn the_file_mode_is_kept_and_a_symlink_stays_a_link() {
    use std::os::unix::fs::PermissionsExt;
    let work = Workdir::with(MINIMAL);
    let real = work.dir.path().join("real.toml");
    std::fs::rename(work.path(), &real).unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
    std::os::unix::fs::symlink("real.toml", work.path()).unwrap();
    work.run(&["add-group", "Linked"]).ok();
    assert!(
        std::fs::symlink_metadata(work.path())
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&real)
            .unwrap()
            .contains("[groups.linked]")
    );
    let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

/// A new file gets the mode the umask gives (0644 under umask 022), as `>`
/// would, not the temporary file's 0600: a report meant for a web folder,
/// or a coalition file shared with a group, stays readable by others.
#[test]
fn new_files_follow_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let work = Workdir::new();
    let coal = env!("CARGO_BIN_EXE_coal");
    for (umask, mode) in [("022", 0o644), ("077", 0o600)] {
        let script = format!(
            "umask {umask} && rm -f coalition.toml report.md && '{coal}' init --name C --unity U && '{coal}' report -o report.md"
        );
        let out = std::process::Command::new("sh")
            .current_dir(work.dir.path())
            .env("COAL_TODAY", TODAY)
            .env_remove("COAL_FILE")
            .arg("-c")
            .arg(&script)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        for name in ["coalition.toml", "report.md"] {
            let path = work.dir.path().join(name);
            let found = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(found, mode, "{name} under umask {umask}: {found:o}");
        }
    }
}

/// `-o` to a named pipe (or `-o >(gzip > r.gz)`) writes into the pipe, as
/// `>` would: the FIFO stays a FIFO and its reader gets the report.
#[test]
fn a_report_to_a_fifo_goes_into_the_fifo() {
    use std::os::unix::fs::FileTypeExt;
    let work = Workdir::with(MINIMAL);
    let fifo = work.dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let mut reader = std::process::Command::new("cat")
        .arg(&fifo)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let run = work.run(&["report", "-o", fifo.to_str().unwrap()]);
    let kept = std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo();
    if run.status != 0 || !kept {
        // Nothing will ever write into the FIFO cat waits on.
        reader.kill().unwrap();
    }
    let read = reader.wait_with_output().unwrap();
    run.ok();
    assert!(kept, "the FIFO was replaced by a regular file");
    let report = work.run(&["report"]).ok().stdout;
    assert_eq!(String::from_utf8_lossy(&read.stdout), report);
}

/// `-o /dev/stdout` with stdout a pipe, modelled with a link of our own to
/// `/proc/self/fd/1`: the link leads to no file to replace, so the report
/// goes to stdout and the link stays (as root, replacing `/dev/stdout` or
/// `/dev/null` would break them for the whole system).
#[cfg(target_os = "linux")]
#[test]
fn a_report_to_a_link_to_stdout_goes_to_stdout_and_keeps_the_link() {
    let work = Workdir::with(MINIMAL);
    let link = work.dir.path().join("stdout-link");
    std::os::unix::fs::symlink("/proc/self/fd/1", &link).unwrap();
    let run = work.run(&["report", "-o", link.to_str().unwrap()]).ok();
    assert_eq!(run.stdout, work.run(&["report"]).ok().stdout);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

const COMMENTED: &str = r#"# Our coalition. Keep this comment.
schema = 1

[coalition]
name = "Front commun"     # aligned on purpose
unity_statement = 'Un toit, un salaire, un climat'

# -- groups --------------------------------------------------

# The first group we met.
[groups.alpha]
name = "Alpha"
power = 2 # a guess

[groups.gamma]
name = "Gamma"
tactics = [ "vigil" ]   # only this for now

[tactics.vigil]
name = "Vigil"

# trailing comment
"#;

#[test]
fn an_added_group_goes_to_its_sorted_place_and_nothing_else_moves() {
    let work = Workdir::with(COMMENTED);
    work.run(&["add-group", "Beta", "--power", "3", "--impacted"])
        .ok();
    let expected = COMMENTED.replace(
        "[groups.gamma]",
        "[groups.beta]\nname = \"Beta\"\nimpacted = true\npower = 3\n\n[groups.gamma]",
    );
    assert_eq!(work.read(), expected);
}

#[test]
fn an_update_changes_only_its_values() {
    let work = Workdir::with(COMMENTED);
    work.run(&[
        "update-group",
        "alpha",
        "--power",
        "4",
        "--status",
        "member",
    ])
    .ok();
    // The new keys go where `coal fmt` puts them: `status` after `name`,
    // and `joined` (today, as the group becomes a member) after the scores.
    let expected = COMMENTED.replace(
        "name = \"Alpha\"\npower = 2 # a guess\n",
        "name = \"Alpha\"\nstatus = \"member\"\npower = 4 # a guess\njoined = 2026-11-25\n",
    );
    assert_eq!(work.read(), expected);
}

#[test]
fn crlf_files_stay_crlf() {
    let crlf = COMMENTED.replace('\n', "\r\n");
    let work = Workdir::with(&crlf);
    work.run(&["add-group", "Beta"]).ok();
    let text = work.read();
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "a bare LF crept in:\n{text:?}"
    );
    assert_eq!(
        text,
        crlf.replace(
            "[groups.gamma]",
            "[groups.beta]\r\nname = \"Beta\"\r\n\r\n[groups.gamma]"
        )
    );
}

/// A text with a line break, written into a CRLF file, reads back as
/// given: escaped, not a multi-line string whose raw break becomes CRLF
/// (issue 13, review). A multi-line text already in the file is kept.
#[test]
fn a_newline_in_a_text_survives_a_crlf_file() {
    let work = Workdir::with(&example().replace('\n', "\r\n"));
    work.run(&[
        "update-tactic",
        "march",
        "--description",
        "line one\nline two",
    ])
    .ok();
    let text = work.read();
    assert!(
        text.contains("description = \"line one\\nline two\"\r\n"),
        "{text}"
    );
    let run = work
        .run(&["show", "tactic", "march", "--format", "json"])
        .ok();
    assert!(
        run.stdout.contains("\"line one\\nline two\""),
        "{}",
        run.stdout
    );
    work.run(&["fmt", "--check"]).ok();
    let kept = "[coalition]\r\nname = \"C\"\r\nunity_statement = \"\"\"one\r\ntwo\"\"\"\r\n";
    let work = Workdir::with(&format!("schema = 1\r\n\r\n{kept}"));
    work.run(&["add-group", "A"]).ok();
    assert!(work.read().contains(kept), "{}", work.read());
}

#[test]
fn dry_run_shows_the_diff_and_writes_nothing() {
    let work = Workdir::with(COMMENTED);
    let run = work.refused(&["--dry-run", "add-group", "Beta"], 0);
    assert!(run.stdout.contains("+[groups.beta]"), "{}", run.stdout);
    assert!(run.stdout.contains("+name = \"Beta\""), "{}", run.stdout);
    assert!(run.stderr.contains("dry run"), "{}", run.stderr);
}

/// `export COAL_FILE=` is how many people clear it: an empty `COAL_FILE`
/// counts as unset, and the nearest coalition.toml is used.
#[test]
fn an_empty_coal_file_is_no_file_given() {
    let work = Workdir::with(MINIMAL);
    let run = Run::from(
        work.command()
            .args(["add-group", "Voisins"])
            .env("COAL_FILE", "")
            .output()
            .unwrap(),
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(work.read().contains("[groups.voisins]"), "{}", work.read());
}
