//! `coal init`.

mod common;

use common::*;

#[test]
fn init_writes_a_valid_file() {
    let work = Workdir::new();
    work.run(&[
        "init",
        "--name",
        "Front commun",
        "--unity",
        "Un toit pour tout le monde",
        "--kind",
        "alliance",
    ])
    .ok()
    .stderr_has("created coalition.toml");
    let text = work.read();
    assert!(text.contains("name = \"Front commun\""));
    assert!(text.contains("kind = \"alliance\""));
    assert!(
        text.contains("created = 2026-11-25"),
        "COAL_TODAY is the creation date:\n{text}"
    );
    work.run(&["check"]).ok().stdout_has("no problems found");
}

#[test]
fn init_refuses_to_overwrite_without_force() {
    let work = Workdir::with(MINIMAL);
    work.refused(&["init", "--name", "X", "--unity", "Y"], 2)
        .stderr_has("already exists")
        .stderr_has("--force");
    work.run(&["init", "--name", "X", "--unity", "Y", "--force"])
        .ok();
    assert!(work.read().contains("name = \"X\""));
}

#[test]
fn init_without_a_terminal_names_the_missing_flag() {
    let work = Workdir::new();
    work.run(&["init", "--name", "X"])
        .code(2)
        .stderr_has("missing --unity");
    let mut command = work.command();
    command.env("CI", "true");
    Run::from(command.args(["init", "--unity", "Y"]).output().unwrap())
        .code(2)
        .stderr_has("missing --name");
    assert!(!work.path().exists());
}

#[test]
fn init_at_a_given_path() {
    let work = Workdir::new();
    work.run(&[
        "--file",
        "other.toml",
        "init",
        "--name",
        "X",
        "--unity",
        "Y",
    ])
    .ok();
    assert!(work.dir.path().join("other.toml").exists());
    work.run(&[
        "--file",
        "other.toml",
        "--dry-run",
        "init",
        "--name",
        "X",
        "--unity",
        "Y",
        "--force",
    ])
    .ok()
    .stdout_has("unity_statement = \"Y\"");
}
