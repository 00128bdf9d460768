//! Keeping a coalition in git: the merge driver, `coal diff --since` and
//! `coal git-setup`, with the real git binary in temporary repositories.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;

struct Repo {
    work: Workdir,
}

/// PATH with the folder of the coal under test first, for git's driver.
fn path_with_coal() -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_coal"))
        .parent()
        .unwrap()
        .to_path_buf();
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

impl Repo {
    fn new(text: &str) -> Self {
        let repo = Repo {
            work: Workdir::with(text),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "user.email", "organizer@example.org"]);
        repo.git(&["config", "user.name", "Organizer"]);
        repo.coal(&["git-setup"]).ok();
        repo.git(&["add", "-A"]);
        repo.git(&["commit", "-qm", "base"]);
        repo
    }

    fn dir(&self) -> PathBuf {
        self.work.dir.path().to_path_buf()
    }

    fn git_status(&self, args: &[&str]) -> Run {
        Run::from(
            Command::new("git")
                .current_dir(self.dir())
                .args(args)
                .env("PATH", path_with_coal())
                .env("COAL_TODAY", TODAY)
                .output()
                .unwrap(),
        )
    }

    fn git(&self, args: &[&str]) -> Run {
        self.git_status(args).ok()
    }

    fn coal(&self, args: &[&str]) -> Run {
        Run::from(
            self.work
                .command()
                .env("PATH", path_with_coal())
                .args(args)
                .output()
                .unwrap(),
        )
    }

    /// On a new branch from main: `change`, committed; then back on main.
    fn branch(&self, name: &str, change: impl FnOnce(&Repo)) {
        self.git(&["checkout", "-q", "-b", name, "main"]);
        change(self);
        self.git(&["commit", "-qam", name]);
        self.git(&["checkout", "-q", "main"]);
    }

    fn edit(&self, from: &str, to: &str) {
        let text = self.work.read();
        assert!(text.contains(from), "{from} not in the file");
        self.work.write(&text.replacen(from, to, 1));
    }

    /// Merges the two branches into main: `a` first, then `b`.
    fn merge(&self, a: &str, b: &str) -> Run {
        self.git(&["merge", "-q", a]);
        self.git_status(&["merge", "-q", b, "-m", "merge"])
    }
}

#[test]
fn git_setup_writes_the_attribute_and_config_once() {
    let repo = Repo::new(&example());
    assert_eq!(
        std::fs::read_to_string(repo.dir().join(".gitattributes")).unwrap(),
        "coalition.toml merge=coal\n"
    );
    let driver = repo.git(&["config", "--get", "merge.coal.driver"]).stdout;
    assert_eq!(
        driver.trim(),
        "coal merge-driver %O %A %B --marker-size %L --path %P"
    );
    repo.coal(&["git-setup"]).ok().stderr_has("already set up");
    assert_eq!(
        std::fs::read_to_string(repo.dir().join(".gitattributes")).unwrap(),
        "coalition.toml merge=coal\n"
    );

    let outside = Workdir::with(MINIMAL);
    let mut command = outside.command();
    command.env(
        "GIT_CEILING_DIRECTORIES",
        outside.dir.path().parent().unwrap(),
    );
    Run::from(command.arg("git-setup").output().unwrap())
        .code(2)
        .stderr_has("not in a git repository");
}

#[test]
fn groups_added_on_two_branches_merge_cleanly_with_comments() {
    let repo = Repo::new(&example());
    repo.branch("a", |r| {
        r.coal(&["add-group", "Zapatista Solidarity", "--id", "zz-solidarity"])
            .ok();
    });
    repo.branch("b", |r| {
        r.coal(&["add-group", "Voisins du parc", "--id", "voisins"])
            .ok();
        r.coal(&["add-group", "Zoo Workers", "--id", "zz-workers"])
            .ok();
    });
    repo.merge("a", "b").ok();
    let text = repo.work.read();
    for header in [
        "[groups.zz-solidarity]",
        "[groups.voisins]",
        "[groups.zz-workers]",
    ] {
        assert!(text.contains(header), "{header} lost:\n{text}");
    }
    // Every comment of the example is still there.
    for line in example()
        .lines()
        .filter(|l| l.trim_start().starts_with('#'))
    {
        assert!(text.contains(line), "comment lost: {line}");
    }
    repo.coal(&["check"]).ok();
    repo.coal(&["fmt", "--check"]).ok();
}

#[test]
fn a_status_and_a_power_change_to_one_group_both_land() {
    let repo = Repo::new(&example());
    repo.branch("a", |r| {
        r.coal(&["update-group", "food-coop", "--status", "member"])
            .ok();
    });
    repo.branch("b", |r| {
        r.coal(&["update-group", "food-coop", "--power", "2"]).ok();
    });
    repo.merge("a", "b").ok();
    let text = repo.work.read();
    assert!(text.contains("[groups.food-coop]\nname = \"Coop alimentaire La Grange\"\nstatus = \"member\"\npower = 2\n"), "{text}");
}

#[test]
fn the_same_field_changed_two_ways_is_a_marked_conflict() {
    let repo = Repo::new(&example());
    repo.branch("a", |r| {
        r.edit("power = 1\ninterest = 3", "power = 2\ninterest = 3")
    });
    repo.branch("b", |r| {
        r.edit("power = 1\ninterest = 3", "power = 4\ninterest = 3")
    });
    repo.git(&["merge", "-q", "a"]);
    let run = repo.git_status(&["merge", "b", "-m", "merge"]);
    assert_ne!(run.status, 0, "git saw no conflict");
    assert!(run.stdout.contains("CONFLICT"), "{}", run.stdout);
    let text = repo.work.read();
    assert!(
        text.contains("<<<<<<< ours\npower = 2\n=======\npower = 4\n>>>>>>> theirs\n"),
        "{text}"
    );
    // Outside the conflict, the file is the merged file.
    assert!(text.starts_with("# An example coalition file for coal."));
    repo.coal(&["check"])
        .code(3)
        .stderr_has("unresolved merge conflict")
        .stderr_has("coalition.toml:");
}

#[test]
fn a_group_removed_on_one_side_and_edited_on_the_other_conflicts() {
    let repo = Repo::new(&example());
    repo.branch("a", |r| {
        r.coal(&["remove-group", "city-council-ngo"]).ok();
    });
    repo.branch("b", |r| {
        r.coal(&["update-group", "city-council-ngo", "--status", "contacted"])
            .ok();
    });
    repo.git(&["merge", "-q", "a"]);
    let run = repo.git_status(&["merge", "b", "-m", "merge"]);
    assert_ne!(run.status, 0);
    let text = repo.work.read();
    let start = text
        .find("<<<<<<< ours\n=======\n[groups.city-council-ngo]")
        .expect("marked entry");
    assert!(text[start..].contains("status = \"contacted\""));
    assert!(text[start..].contains(">>>>>>> theirs\n"));
}

#[test]
fn log_entries_from_both_sides_are_kept_once() {
    let repo = Repo::new(&example());
    repo.branch("a", |r| {
        r.coal(&["log-feedback", "union-301", "From branch a"]).ok();
        r.coal(&[
            "log-feedback",
            "tenants-union",
            "Said on both branches",
            "--date",
            "2026-11-24",
        ])
        .ok();
    });
    repo.branch("b", |r| {
        r.coal(&["log-feedback", "sol-migrant", "From branch b"])
            .ok();
        r.coal(&[
            "log-feedback",
            "tenants-union",
            "Said on both branches",
            "--date",
            "2026-11-24",
        ])
        .ok();
        r.coal(&["log-decision", "Book the hall", "--date", "2026-11-24"])
            .ok();
    });
    repo.merge("a", "b").ok();
    let text = repo.work.read();
    assert_eq!(text.matches("From branch a").count(), 1);
    assert_eq!(text.matches("From branch b").count(), 1);
    assert_eq!(text.matches("Said on both branches").count(), 1);
    assert_eq!(text.matches("Book the hall").count(), 1);
    repo.coal(&["check"]).ok();
}

#[test]
fn diff_since_a_revision_speaks_of_groups_and_fields() {
    let repo = Repo::new(&example());
    repo.coal(&[
        "update-group",
        "autochtone-solidarite",
        "--status",
        "member",
        "--spectrum",
        "active_ally",
    ])
    .ok();
    repo.coal(&["update-group", "cegep-students", "--status", "member"])
        .ok();
    repo.coal(&["add-group", "Voisins du parc", "--id", "voisins"])
        .ok();
    repo.coal(&["remove-group", "city-council-ngo"]).ok();
    let run = repo
        .coal(&["diff", "--since", "HEAD", "--format", "markdown"])
        .ok();
    assert!(
        run.stdout.starts_with("**Coalition changes:** 1 group added, 2 groups joined (Cercle de solidarité autochtone, Association étudiante du cégep), 1 moved from passive ally to active ally, 1 group removed"),
        "{}",
        run.stdout
    );
    let json: serde_json::Value = serde_json::from_str(
        &repo
            .coal(&["diff", "--since", "HEAD", "--format", "json"])
            .ok()
            .stdout,
    )
    .unwrap();
    assert_eq!(json["added"]["groups"], serde_json::json!(["voisins"]));
    assert_eq!(
        json["removed"]["groups"],
        serde_json::json!(["city-council-ngo"])
    );
    assert!(
        json["changed"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!(
                {"path": "groups.cegep-students.status", "old": "contacted", "new": "member"}
            ))
    );
    let text = repo.coal(&["diff", "--since", "HEAD"]).ok().stdout;
    assert!(
        text.contains("~ groups.cegep-students.status: \"contacted\" → \"member\""),
        "{text}"
    );
    repo.coal(&["diff", "--since", "no-such-rev"])
        .code(2)
        .stderr_has("cannot read coalition.toml at `no-such-rev`");
}

#[test]
fn diff_between_two_files() {
    let work = Workdir::with(&example());
    std::fs::write(
        work.dir.path().join("old.toml"),
        example().replace("power = 1\n", "power = 2\n"),
    )
    .unwrap();
    let run = work.run(&["diff", "old.toml", "--format", "json"]).ok();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        json["changed"],
        serde_json::json!([{"path": "groups.food-coop.power", "old": 2, "new": 1}])
    );
    work.run(&["diff", "coalition.toml", "coalition.toml"])
        .ok()
        .stdout_has("no changes");
}

#[test]
fn the_driver_falls_back_to_a_line_merge_for_broken_sides() {
    let work = Workdir::new();
    let dir = work.dir.path();
    std::fs::write(dir.join("base"), "a = 1\nb = 2\n").unwrap();
    std::fs::write(dir.join("ours"), "a = 1\nb = 2\nc = [\n").unwrap();
    std::fs::write(dir.join("theirs"), "a = 9\nb = 2\n").unwrap();
    let run = work.run(&["merge-driver", "base", "ours", "theirs"]).ok();
    assert!(
        run.stderr.contains("ours is not valid TOML"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("ours")).unwrap(),
        "a = 9\nb = 2\nc = [\n"
    );
}
