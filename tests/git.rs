//! Keeping a coalition in git: the merge driver, `coal diff --since` and
//! `coal git-setup`, with the real git binary in temporary repositories.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use coal::git::merge::{Side, keep_side};
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
                .env("GIT_CONFIG_GLOBAL", "/dev/null")
                .env("GIT_CONFIG_NOSYSTEM", "1")
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
                .env("GIT_CONFIG_GLOBAL", "/dev/null")
                .env("GIT_CONFIG_NOSYSTEM", "1")
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
        "coalition.toml merge=coal\ncoalition.private.toml.age merge=coal\n"
    );
    let driver = repo.git(&["config", "--get", "merge.coal.driver"]).stdout;
    assert_eq!(
        driver.trim(),
        "coal merge-driver %O %A %B --marker-size %L --path %P"
    );
    repo.coal(&["git-setup"]).ok().stderr_has("already set up");
    assert_eq!(
        std::fs::read_to_string(repo.dir().join(".gitattributes")).unwrap(),
        "coalition.toml merge=coal\ncoalition.private.toml.age merge=coal\n"
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

/// Files by name and bytes.
type Files<'a> = &'a [(&'a str, &'a [u8])];

/// A git repository holding `files` beside a coalition, before `coal
/// git-setup` ran.
fn repo_with(files: Files) -> Workdir {
    let work = Workdir::with(MINIMAL);
    let repo = Repo { work };
    repo.git(&["init", "-q", "-b", "main"]);
    for (name, bytes) in files {
        std::fs::write(repo.dir().join(name), bytes).unwrap();
    }
    repo.work
}

fn git_setup(work: &Workdir) -> Run {
    Run::from(
        work.command()
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .arg("git-setup")
            .output()
            .unwrap(),
    )
}

fn read_bytes(work: &Workdir, name: &str) -> Option<Vec<u8>> {
    std::fs::read(work.dir.path().join(name)).ok()
}

#[test]
fn git_setup_appends_and_keeps_every_existing_byte() {
    // An LFS setup without a final newline, and a CRLF .gitignore.
    let lfs: &[u8] =
        b"*.psd filter=lfs diff=lfs merge=lfs -text\n*.mp4 filter=lfs diff=lfs merge=lfs -text";
    let ignore: &[u8] = b"target/\r\n*.bak\r\n";
    let work = repo_with(&[(".gitattributes", lfs), (".gitignore", ignore)]);
    git_setup(&work).ok();
    let attributes = [
        lfs,
        b"\ncoalition.toml merge=coal\ncoalition.private.toml.age merge=coal\n",
    ]
    .concat();
    let ignored = [ignore, b".coalition.toml.lock\r\n"].concat();
    assert_eq!(
        read_bytes(&work, ".gitattributes"),
        Some(attributes.clone())
    );
    assert_eq!(read_bytes(&work, ".gitignore"), Some(ignored.clone()));
    // Twice adds nothing twice.
    git_setup(&work).ok().stderr_has("already set up");
    assert_eq!(read_bytes(&work, ".gitattributes"), Some(attributes));
    assert_eq!(read_bytes(&work, ".gitignore"), Some(ignored));
}

#[test]
fn git_setup_ignores_the_lock_of_the_coalition_file_in_use() {
    let work = repo_with(&[]);
    std::fs::rename(work.path(), work.dir.path().join("front.toml")).unwrap();
    let mut command = work.command();
    command
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .args(["--file", "front.toml", "git-setup"]);
    Run::from(command.output().unwrap()).ok();
    assert_eq!(
        read_bytes(&work, ".gitattributes"),
        Some(b"front.toml merge=coal\nfront.private.toml.age merge=coal\n".to_vec())
    );
    assert_eq!(
        read_bytes(&work, ".gitignore"),
        Some(b".front.toml.lock\n".to_vec())
    );
    // An edit makes that lock; git does not see it.
    work.run(&["--file", "front.toml", "add-group", "X"]).ok();
    assert!(work.dir.path().join(".front.toml.lock").exists());
    let repo = Repo { work };
    let status = repo
        .git(&["status", "--porcelain", "--untracked-files=all"])
        .stdout;
    assert!(!status.contains(".lock"), "{status}");
    assert!(status.contains("front.toml"), "{status}");
}

#[test]
fn git_setup_refuses_files_it_cannot_read_and_changes_nothing() {
    let lfs: &[u8] = b"*.psd filter=lfs diff=lfs merge=lfs -text\n# caf\xe9\n";
    let cases: [(&str, Files, &str); 3] = [
        (
            "latin-1 .gitattributes",
            &[(".gitattributes", lfs)],
            "not UTF-8",
        ),
        (
            "latin-1 .gitignore",
            &[
                (".gitattributes", b"*.psd filter=lfs\n"),
                (".gitignore", b"caf\xe9/\n"),
            ],
            "not UTF-8",
        ),
        ("a folder named .gitattributes", &[], "cannot read"),
    ];
    for (case, files, message) in cases {
        let work = repo_with(files);
        if files.is_empty() {
            std::fs::create_dir(work.dir.path().join(".gitattributes")).unwrap();
        }
        let before: Vec<_> = [".gitattributes", ".gitignore", ".git/config"]
            .map(|name| read_bytes(&work, name))
            .into();
        let run = git_setup(&work).code(3);
        assert!(run.stderr.contains(message), "{case}: {}", run.stderr);
        assert!(run.stderr.contains("hint: "), "{case}: {}", run.stderr);
        let after: Vec<_> = [".gitattributes", ".gitignore", ".git/config"]
            .map(|name| read_bytes(&work, name))
            .into();
        assert_eq!(before, after, "{case}");
    }
}

/// A clone may hold `.gitignore` or `.gitattributes` as a link to a file
/// outside the repository (say `~/.bashrc`; git itself no longer follows
/// such links): coal does not append through it, nor create its target.
#[test]
fn git_setup_refuses_a_linked_gitignore_or_gitattributes_and_changes_nothing() {
    let outside = tempfile::TempDir::new().unwrap();
    let victim = outside.path().join("victim");
    for name in [".gitignore", ".gitattributes"] {
        for dangling in [false, true] {
            let case = format!("{name}, dangling: {dangling}");
            let _ = std::fs::remove_file(&victim);
            if !dangling {
                std::fs::write(&victim, "precious\n").unwrap();
            }
            let work = repo_with(&[]);
            std::os::unix::fs::symlink(&victim, work.dir.path().join(name)).unwrap();
            let before: Vec<_> = [".gitattributes", ".gitignore", ".git/config"]
                .map(|name| read_bytes(&work, name))
                .into();
            let run = git_setup(&work).code(3);
            assert!(
                run.stderr.contains("is a symbolic link"),
                "{case}: {}",
                run.stderr
            );
            assert!(run.stderr.contains("hint: "), "{case}: {}", run.stderr);
            let after: Vec<_> = [".gitattributes", ".gitignore", ".git/config"]
                .map(|name| read_bytes(&work, name))
                .into();
            assert_eq!(before, after, "{case}");
            let left = std::fs::read_to_string(&victim).ok();
            let expected = (!dangling).then(|| "precious\n".to_string());
            assert_eq!(left, expected, "{case}");
        }
    }
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
    // Merged line by line, and still not TOML: not taken as merged.
    let run = work
        .run(&["merge-driver", "base", "ours", "theirs"])
        .code(1);
    assert!(
        run.stderr.contains("not a schema-1 coalition"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("line by line with git merge-file"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("ours")).unwrap(),
        "a = 9\nb = 2\nc = [\n"
    );
}

/// Keeps ours' or theirs' part of every conflict block.
fn resolve_to(text: &str, ours: bool) -> String {
    let side = if ours { Side::Ours } else { Side::Theirs };
    keep_side(text, side)
}

/// A merge git must stop at: exit status, CONFLICT, and markers in the file.
fn assert_conflict(repo: &Repo, a: &str, b: &str) -> (Run, String) {
    repo.git(&["merge", "-q", a]);
    let run = repo.git_status(&["merge", b, "-m", "merge"]);
    assert_ne!(run.status, 0, "git saw no conflict:\n{}", repo.work.read());
    assert!(run.stdout.contains("CONFLICT"), "{}", run.stdout);
    let text = repo.work.read();
    assert!(text.contains("<<<<<<< ours\n"), "{text}");
    (run, text)
}

const TENANTS: &str = r#"schema = 1

[coalition]
name = "C"
unity_statement = "U"

[groups.secret]
name = "Secret"
status = "member"
notes = "meets on Tuesdays"

[groups.tenants]
name = "Tenants"
power = 2

[groups.tenants-east]
name = "Tenants East"
notes = "keep me"

[groups.zz-public]
name = "Zz Public"
public = true
"#;

#[test]
fn a_group_added_on_both_sides_public_on_one_is_a_conflict_of_the_whole_entry() {
    let repo = Repo::new(MINIMAL);
    repo.branch("a", |r| {
        r.coal(&[
            "add-group",
            "Solidarité migrante",
            "--status",
            "member",
            "--impacted",
            "--notes",
            "undocumented members",
        ])
        .ok();
    });
    repo.branch("b", |r| {
        r.coal(&[
            "add-group",
            "Solidarité migrante",
            "--public",
            "--status",
            "member",
        ])
        .ok();
    });
    let (run, text) = assert_conflict(&repo, "a", "b");
    assert!(
        run.stderr
            .contains("conflict: groups.solidarite-migrante\n"),
        "{}",
        run.stderr
    );
    // Both versions, whole, inside one block.
    let block = &text[text.find("<<<<<<< ours\n").unwrap()..text.find(">>>>>>> theirs\n").unwrap()];
    assert_eq!(
        block.matches("[groups.solidarite-migrante]").count(),
        2,
        "{text}"
    );
    let ours = resolve_to(&text, true);
    assert!(
        ours.contains("undocumented members") && !ours.contains("public = true"),
        "{ours}"
    );
    let theirs = resolve_to(&text, false);
    assert!(
        theirs.contains("public = true") && !theirs.contains("undocumented"),
        "{theirs}"
    );
    // Until it is resolved, no report can show it.
    repo.coal(&["report", "groups", "--audience", "public"])
        .code(3)
        .stderr_has("unresolved merge conflict");
}

#[test]
fn identical_additions_and_explicit_defaults_merge_as_one() {
    let repo = Repo::new(MINIMAL);
    repo.branch("a", |r| {
        r.coal(&["add-group", "Food Coop", "--status", "member"])
            .ok();
    });
    repo.branch("b", |r| {
        r.coal(&["add-group", "Food Coop", "--status", "member"])
            .ok();
        // The same group, with a default written out.
        r.edit(
            "status = \"member\"\n",
            "status = \"member\"\npublic = false\n",
        );
    });
    repo.merge("a", "b").ok();
    assert_eq!(repo.work.read().matches("[groups.food-coop]").count(), 1);
    repo.coal(&["check"]).ok();
}

#[test]
fn making_a_group_public_while_the_other_side_edits_it_is_a_conflict() {
    let repo = Repo::new(TENANTS);
    repo.branch("a", |r| {
        r.coal(&["update-group", "secret", "--notes", "undocumented members"])
            .ok();
    });
    repo.branch("b", |r| {
        r.coal(&["update-group", "secret", "--public"]).ok();
    });
    let (run, text) = assert_conflict(&repo, "a", "b");
    assert!(
        run.stderr.contains("conflict: groups.secret.public"),
        "{}",
        run.stderr
    );
    assert!(
        text.contains("<<<<<<< ours\n=======\npublic = true\n>>>>>>> theirs\n")
            || text
                .contains("<<<<<<< ours\npublic = false\n=======\npublic = true\n>>>>>>> theirs\n"),
        "{text}"
    );
    // Alone, the same change merges.
    let repo = Repo::new(TENANTS);
    repo.branch("a", |r| {
        r.coal(&["update-group", "tenants", "--power", "4"]).ok();
    });
    repo.branch("b", |r| {
        r.coal(&["update-group", "secret", "--public"]).ok();
    });
    repo.merge("a", "b").ok();
    assert!(repo.work.read().contains("public = true"));
}

const REDACTION: &str = r#"schema = 1

[coalition]
name = "C"
unity_statement = "U"

[groups.sol]
name = "Sol"

[[feedback]]
date = 2026-11-01
group = "sol"
text = "Maria (no paper) lives at 12 rue X"

[[feedback]]
date = 2026-11-02
group = "sol"
text = "The hall is booked"

[[decisions]]
date = 2026-11-03
summary = "Pay Maria's rent at 12 rue X"
"#;

#[test]
fn a_redaction_is_never_undone() {
    for (ours_edit, what) in [
        (
            "[[feedback]]\ndate = 2026-11-01\ngroup = \"sol\"\ntext = \"Maria (no paper) lives at 12 rue X\"\n\n",
            "deleted",
        ),
        ("text = \"Maria (no paper) lives at 12 rue X\"", "rewritten"),
    ] {
        let repo = Repo::new(REDACTION);
        repo.branch("a", |r| {
            let to = if what == "deleted" {
                ""
            } else {
                "text = \"A member says they need housing\""
            };
            r.edit(ours_edit, to);
            r.edit(
                "summary = \"Pay Maria's rent at 12 rue X\"",
                "summary = \"Help with a member's rent\"",
            );
        });
        repo.branch("b", |r| {
            r.edit("(no paper)", "(no papers)");
            r.edit("Pay Maria's rent", "Pay Maria's whole rent");
        });
        let (run, text) = assert_conflict(&repo, "a", "b");
        assert!(
            run.stderr.contains("conflict: feedback[0]"),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr.contains("conflict: decisions[0]"),
            "{}",
            run.stderr
        );
        // Resolved to ours, nothing of the unredacted texts is left.
        let ours = resolve_to(&text, true);
        assert!(!ours.contains("12 rue X"), "{what}: {ours}");
        assert_eq!(ours.matches("The hall is booked").count(), 1);
        let theirs = resolve_to(&text, false);
        assert!(theirs.contains("(no papers) lives at 12 rue X"), "{theirs}");
        // Each block holds only log entries of its own log.
        for block in text.split("<<<<<<< ours\n").skip(1) {
            let block = &block[..block.find(">>>>>>> theirs").unwrap()];
            let headers: std::collections::BTreeSet<&str> =
                block.lines().filter(|l| l.starts_with('[')).collect();
            assert!(headers.len() <= 1, "{headers:?}");
        }
    }
}

#[test]
fn boundaries_as_a_list_of_tables_conflict_whole() {
    let base = format!(
        "{TENANTS}\n[[groups.tenants.boundaries]]\ngroup = \"secret\"\nlevel = \"limited\"\nreason = \"old reason\"\n"
    );
    let repo = Repo::new(&base);
    repo.branch("a", |r| r.edit("old reason", "our reason"));
    repo.branch("b", |r| r.edit("old reason", "their reason"));
    let (run, text) = assert_conflict(&repo, "a", "b");
    assert!(
        run.stderr.contains("conflict: groups.tenants.boundaries"),
        "{}",
        run.stderr
    );
    assert!(
        text.contains("our reason") && text.contains("their reason"),
        "{text}"
    );
    for ours in [true, false] {
        let resolved = resolve_to(&text, ours);
        let want = if ours { "our reason" } else { "their reason" };
        assert!(resolved.contains(&format!("[[groups.tenants.boundaries]]\ngroup = \"secret\"\nlevel = \"limited\"\nreason = \"{want}\"")), "{resolved}");
        let work = Workdir::with(&resolved);
        work.run(&["check"]).ok();
    }
}

#[test]
fn a_conflict_stays_in_its_own_group() {
    let repo = Repo::new(TENANTS);
    repo.branch("a", |r| r.edit("notes = \"meets on Tuesdays\"\n", ""));
    repo.branch("b", |r| {
        r.edit("meets on Tuesdays", "meets on Fridays at the church")
    });
    let (run, text) = assert_conflict(&repo, "a", "b");
    assert!(
        run.stderr.contains("conflict: groups.secret.notes"),
        "{}",
        run.stderr
    );
    // The block is in [groups.secret], before the next group.
    let block = text.find("<<<<<<< ours\n").unwrap();
    assert!(text[..block].rfind("[groups.secret]").is_some());
    assert!(
        text[..block].rfind('[').unwrap() == text[..block].rfind("[groups.secret]").unwrap(),
        "{text}"
    );
    let theirs = resolve_to(&text, false);
    let work = Workdir::with(&theirs);
    let shown = work
        .run(&["show", "group", "secret", "--format", "json"])
        .ok()
        .stdout;
    assert!(shown.contains("meets on Fridays at the church"), "{shown}");
    let public = work
        .run(&["show", "group", "zz-public", "--format", "json"])
        .ok()
        .stdout;
    assert!(!public.contains("Fridays"), "{public}");
}

#[test]
fn a_conflict_never_swallows_a_neighbour_with_the_same_prefix() {
    let repo = Repo::new(TENANTS);
    repo.branch("a", |r| r.edit("power = 2", "power = 3"));
    repo.branch("b", |r| r.edit("power = 2", "power = 5"));
    let (_, text) = assert_conflict(&repo, "a", "b");
    assert!(
        text.contains("<<<<<<< ours\npower = 3\n=======\npower = 5\n>>>>>>> theirs\n"),
        "{text}"
    );
    for ours in [true, false] {
        let resolved = resolve_to(&text, ours);
        assert!(
            resolved
                .contains("[groups.tenants-east]\nname = \"Tenants East\"\nnotes = \"keep me\"\n"),
            "{resolved}"
        );
    }
    // A whole-entry conflict on `tenants` leaves `tenants-east` out of it too.
    let repo = Repo::new(TENANTS);
    repo.branch("a", |r| {
        r.coal(&["remove-group", "tenants"]).ok();
    });
    repo.branch("b", |r| r.edit("power = 2", "power = 5"));
    let (run, text) = assert_conflict(&repo, "a", "b");
    assert!(
        run.stderr.contains("conflict: groups.tenants\n"),
        "{}",
        run.stderr
    );
    let block = &text[text.find("<<<<<<< ours\n").unwrap()..text.find(">>>>>>> theirs\n").unwrap()];
    assert!(!block.contains("tenants-east"), "{text}");
    for ours in [true, false] {
        let resolved = resolve_to(&text, ours);
        assert!(resolved.contains("notes = \"keep me\""), "{resolved}");
        assert_eq!(resolved.contains("[groups.tenants]\n"), !ours, "{resolved}");
    }
}

#[test]
fn a_merge_that_would_leave_dangling_references_conflicts() {
    let repo = Repo::new(TENANTS);
    repo.branch("a", |r| {
        r.coal(&["remove-group", "secret", "--force"]).ok();
    });
    repo.branch("b", |r| {
        r.coal(&[
            "log-feedback",
            "secret",
            "Still with us",
            "--date",
            "2026-11-20",
        ])
        .ok();
        r.coal(&["add-person", "Ana", "--group", "secret"]).ok();
    });
    let (run, text) = assert_conflict(&repo, "a", "b");
    for path in [
        "conflict: groups.secret",
        "conflict: people.ana",
        "conflict: feedback[",
    ] {
        assert!(run.stderr.contains(path), "{path}: {}", run.stderr);
    }
    for ours in [true, false] {
        let work = Workdir::with(&resolve_to(&text, ours));
        work.run(&["check"]).ok();
    }
}

#[test]
fn a_side_that_is_not_utf8_falls_back_to_git_merge_file() {
    let work = Workdir::new();
    let dir = work.dir.path();
    std::fs::write(dir.join("base"), "schema = 1\nnotes = \"a\"\nb = 2\n").unwrap();
    std::fs::write(dir.join("ours"), "schema = 1\nnotes = \"a\"\nb = 3\n").unwrap();
    std::fs::write(dir.join("theirs"), b"schema = 1\nnotes = \"\xff\"\nb = 4\n").unwrap();
    let run = work
        .run(&["merge-driver", "base", "ours", "theirs"])
        .code(1);
    assert!(run.stderr.contains("theirs is not UTF-8"), "{}", run.stderr);
    let ours = std::fs::read(dir.join("ours")).unwrap();
    assert!(ours.starts_with(b"<<<<<<< ours\n") || ours.windows(7).any(|w| w == b"<<<<<<<"));
}

#[test]
fn marker_size_outside_1_to_1024_is_a_usage_error() {
    let work = Workdir::with(MINIMAL);
    for size in ["0", "1025", "18446744073709551615"] {
        work.run(&[
            "merge-driver",
            "coalition.toml",
            "coalition.toml",
            "coalition.toml",
            "--marker-size",
            size,
        ])
        .code(2);
    }
    let run = work
        .run(&[
            "merge-driver",
            "coalition.toml",
            "coalition.toml",
            "coalition.toml",
            "--marker-size",
            "1024",
        ])
        .ok();
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn a_markdown_heading_in_notes_is_data_not_a_conflict() {
    let text = format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\nnotes = \"\"\"\nTitle\n=======\n<<<<<<< not a marker\n>>>>>>> nor this\n\"\"\"\n"
    );
    let work = Workdir::with(&text);
    work.run(&["check"]).ok();
    let repo = Repo::new(&text);
    repo.branch("a", |r| r.edit("name = \"A\"", "name = \"A!\""));
    repo.branch("b", |r| {
        r.coal(&["add-group", "B"]).ok();
    });
    let run = repo.merge("a", "b").ok();
    assert!(!run.stderr.contains("merge-file"), "{}", run.stderr);
    let merged = repo.work.read();
    assert!(
        merged.contains("name = \"A!\"") && merged.contains("[groups.b]"),
        "{merged}"
    );
    repo.coal(&["check"]).ok();
}

#[test]
fn an_unresolved_conflict_is_named_at_its_first_marker() {
    let text = format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\n<<<<<<< ours\npower = 2\n=======\npower = 4\n>>>>>>> theirs\n"
    );
    let work = Workdir::with(&text);
    work.run(&["check"])
        .code(3)
        .stderr_has("unresolved merge conflict")
        .stderr_has("coalition.toml:9:1");
}

/// `coal merge-driver` on three texts, as git calls it: the run and OURS after.
fn driver(base: &str, ours: &str, theirs: &str) -> (Run, String) {
    let work = Workdir::new();
    let dir = work.dir.path();
    for (name, text) in [("base", base), ("ours", ours), ("theirs", theirs)] {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let run = work.run(&["merge-driver", "base", "ours", "theirs"]);
    assert!(run.status == 0 || run.status == 1, "{}", run.stderr);
    let text = std::fs::read_to_string(dir.join("ours")).unwrap();
    (run, text)
}

/// Runs `coal check` on a text and returns its JSON findings' error subjects.
fn errors_of(text: &str) -> Vec<String> {
    let work = Workdir::with(text);
    let run = work.run(&["check", "--format", "json"]);
    assert!(run.status <= 1, "{}\n{text}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| format!("{} {}", f["code"], f["message"]))
        .collect()
}

const H: &str = "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n";

#[test]
fn a_value_taken_into_an_inline_entry_leaves_its_comment_out() {
    let base = format!("{H}[groups]\na = {{ name = \"A\" }}\n");
    let theirs = format!("{H}[groups.a]\nname = \"A\"\nnotes = \"n\"  # why\n");
    let (run, text) = driver(&base, &base, &theirs);
    assert_eq!(run.status, 0, "{text}");
    assert!(
        text.contains("a = { name = \"A\", notes = \"n\" }") || text.contains("notes = \"n\""),
        "{text}"
    );
    assert!(errors_of(&text).is_empty(), "{text}");
}

#[test]
fn theirs_comment_on_a_value_it_changed_is_kept() {
    let base = format!("{H}[groups.a]\nname = \"A\"\npower = 1\n");
    let ours = format!("{H}[groups.a]\nname = \"A\"\npower = 1\nnotes = \"ours\"\n");
    let theirs = format!("{H}[groups.a]\nname = \"A\"\npower = 4  # revised\n");
    let (run, text) = driver(&base, &ours, &theirs);
    assert_eq!(run.status, 0);
    assert!(text.contains("power = 4  # revised"), "{text}");
}

#[test]
fn a_part_ours_has_no_place_for_falls_back_to_a_line_merge() {
    let base = format!("{H}[groups.a]\nname = \"A\"\n");
    let ours = format!("{base}[steps]\npresentation = 3\n");
    let theirs = format!("{base}[[steps.presentation.questions]]\nquestion = \"q\"\n");
    let (run, text) = driver(&base, &ours, &theirs);
    assert!(run.stderr.contains("git merge-file"), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"));
    assert!(text.contains("question = \"q\""), "{text}");
}

#[test]
fn a_conflicting_inline_log_is_marked_with_its_table() {
    let line = |status: &str, q: &str| {
        format!(
            "{H}[steps]\npresentation = {{ status = \"{status}\", questions = [{{ question = \"{q}\" }}] }}\n"
        )
    };
    let (run, text) = driver(
        &line("todo", "q1"),
        &line("doing", "q1 ours"),
        &line("done", "q1 theirs"),
    );
    assert_eq!(run.status, 1);
    assert!(!text.contains("coal-merge-"), "{text}");
    let ours = keep_side(&text, Side::Ours);
    let theirs = keep_side(&text, Side::Theirs);
    assert!(
        ours.contains("\"doing\"") && ours.contains("q1 ours"),
        "{ours}"
    );
    assert!(
        theirs.contains("\"done\"") && theirs.contains("q1 theirs"),
        "{theirs}"
    );
    assert!(errors_of(&ours).is_empty() && errors_of(&theirs).is_empty());
}

#[test]
fn theirs_side_of_an_inline_conflict_holds_theirs_value() {
    let base = format!("{H}[groups]\nx = {{ name = \"X\", offers = {{ money = \"100 $\" }} }}\n");
    let ours = format!("{H}[groups]\nx = {{ name = \"X\" }}\n");
    let theirs = format!("{H}[groups]\nx = {{ name = \"X\", offers = {{ money = \"500 $\" }} }}\n");
    let (run, text) = driver(&base, &ours, &theirs);
    assert_eq!(run.status, 1);
    let theirs = keep_side(&text, Side::Theirs);
    assert!(theirs.contains("500 $"), "{text}");
}

#[test]
fn a_whole_entry_conflict_among_dotted_entries_resolves_both_ways() {
    let base = format!("{H}[groups]\na.name = \"A\"\nb.name = \"B\"\nb.power = 1\n");
    let ours = format!("{H}[groups]\na.name = \"A\"\n");
    let theirs = format!("{H}[groups]\na.name = \"A\"\nb.name = \"B\"\nb.power = 3\n");
    let (run, text) = driver(&base, &ours, &theirs);
    assert!(run.stderr.contains("conflict: groups.b"), "{}", run.stderr);
    for side in [Side::Ours, Side::Theirs] {
        let resolved = keep_side(&text, side);
        assert!(errors_of(&resolved).is_empty(), "{resolved}");
        assert_eq!(
            resolved.contains("power = 3"),
            side == Side::Theirs,
            "{resolved}"
        );
    }
}

#[test]
fn a_log_sorted_on_one_side_never_brings_back_a_deleted_entry() {
    let entry = |date: &str, text: &str| {
        format!("\n[[feedback]]\ndate = {date}\ngroup = \"a\"\ntext = \"{text}\"\n")
    };
    let head = format!("{H}[groups.a]\nname = \"A\"\n");
    let base = format!(
        "{head}{}{}",
        entry("2026-01-05", "O"),
        entry("2026-01-01", "SECRET")
    );
    let ours = format!("{head}{}", entry("2026-01-05", "O"));
    let theirs = format!(
        "{head}{}{}",
        entry("2026-01-01", "SECRET"),
        entry("2026-01-05", "O")
    );
    let (run, text) = driver(&base, &ours, &theirs);
    assert_eq!(run.status, 1, "{text}");
    let ours = keep_side(&text, Side::Ours);
    assert!(!ours.contains("SECRET"), "{ours}");
}

#[test]
fn an_entry_both_sides_logged_is_kept_once_even_beside_a_change() {
    let repo = Repo::new(&example());
    repo.branch("a", |r| {
        r.coal(&[
            "log-feedback",
            "tenants-union",
            "Need interpreters",
            "--date",
            "2026-11-20",
        ])
        .ok();
    });
    // b edits the entry before it, then takes a's commit too.
    repo.git(&["checkout", "-q", "-b", "b", "main"]);
    repo.edit("for newcomers.\"", "for newcomers (edited).\"");
    repo.git(&["commit", "-qam", "edit"]);
    repo.git(&["cherry-pick", "a"]);
    repo.git(&["checkout", "-q", "main"]);
    repo.merge("a", "b").ok();
    let text = repo.work.read();
    assert_eq!(
        text.matches("text = \"Need interpreters\"\n").count(),
        1,
        "{text}"
    );
    assert!(text.contains("for newcomers (edited)."));
}

#[test]
fn a_rename_against_an_edit_or_another_rename_conflicts() {
    let base =
        format!("{H}[groups.secret]\nname = \"Secret\"\nnotes = \"Maria lives at 12 rue X\"\n");
    let redacted = base.replace("Maria lives at 12 rue X", "a member needs housing");
    let renamed = base.replace("[groups.secret]", "[groups.sec2]");
    let (run, text) = driver(&base, &redacted, &renamed);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("conflict: groups.sec2"),
        "{}",
        run.stderr
    );
    let ours = keep_side(&text, Side::Ours);
    assert!(!ours.contains("12 rue X"), "{ours}");
    // Two renames to different ids: one group, not two.
    let other = base.replace("[groups.secret]", "[groups.ptu]");
    let (run, text) = driver(&base, &renamed, &other);
    assert_eq!(run.status, 1, "{text}");
    for side in [Side::Ours, Side::Theirs] {
        let resolved = keep_side(&text, side);
        assert_eq!(
            resolved.matches("name = \"Secret\"").count(),
            1,
            "{resolved}"
        );
    }
    // A rename alone merges.
    let (run, _) = driver(&base, &base.replace("power", "x"), &renamed);
    assert_eq!(run.status, 0);
}

#[test]
fn making_a_group_public_while_the_other_side_names_it_elsewhere_conflicts() {
    let base = format!("{H}[groups.g]\nname = \"G\"\n");
    let ours = format!("{base}\n[steps.draft]\nco_authors = [\"g\"]\n");
    let theirs = base.replace("name = \"G\"", "name = \"G\"\npublic = true");
    let (run, _) = driver(&base, &ours, &theirs);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("conflict: groups.g.public"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_crossed_boundary_marks_only_the_seats_that_cross_it() {
    let base = format!(
        "{H}[groups.a]\nname = \"A\"\n\n[groups.b]\nname = \"B\"\n\n[groups.c]\nname = \"C\"\n\n[spaces.chat]\nname = \"Chat\"\ngroups = [\"a\"]\n"
    );
    let ours = format!(
        "{}\n[spaces.food]\nname = \"Food\"\ngroups = [\"c\"]\n",
        base.replace(
            "name = \"A\"\n",
            "name = \"A\"\nboundaries = [{ group = \"b\", level = \"refuse\" }]\n"
        )
    );
    let theirs = format!(
        "{}\n[spaces.radio]\nname = \"Radio\"\ngroups = [\"c\"]\n",
        base.replace("groups = [\"a\"]", "groups = [\"a\", \"b\"]")
    );
    let (run, text) = driver(&base, &ours, &theirs);
    assert_eq!(run.status, 1, "{text}");
    assert!(
        run.stderr.contains("conflict: spaces.chat.groups"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("spaces.food") && !run.stderr.contains("spaces.radio"),
        "{}",
        run.stderr
    );
    for side in [Side::Ours, Side::Theirs] {
        let resolved = keep_side(&text, side);
        assert!(errors_of(&resolved).is_empty(), "{resolved}");
        assert!(resolved.contains("[spaces.food]") && resolved.contains("[spaces.radio]"));
    }
}

#[test]
fn a_criss_cross_history_never_settles_on_a_guess() {
    let repo = Repo::new(MINIMAL);
    repo.branch("a", |r| {
        r.coal(&[
            "add-group",
            "Solidarité",
            "--id",
            "sol",
            "--notes",
            "undocumented members",
        ])
        .ok();
    });
    repo.branch("b", |r| {
        r.coal(&["add-group", "Solidarité", "--id", "sol", "--public"])
            .ok();
    });
    // Each branch merges the other's first commit and keeps its own side:
    // two merge bases for what follows.
    let tip = |branch: &str| repo.git(&["rev-parse", branch]).stdout.trim().to_string();
    let (a1, b1) = (tip("a"), tip("b"));
    for (here, there) in [("a", &b1), ("b", &a1)] {
        repo.git(&["checkout", "-q", here]);
        let _ = repo.git_status(&["merge", "-q", there, "-m", "cross"]);
        repo.git(&["checkout", "--ours", "coalition.toml"]);
        repo.git(&["commit", "-qam", "kept ours"]);
    }
    let bases = repo.git(&["merge-base", "--all", "a", "b"]).stdout;
    assert_eq!(bases.lines().count(), 2, "not a criss-cross: {bases}");
    repo.git(&["checkout", "-q", "a"]);
    let run = repo.git_status(&["merge", "-q", "b", "-m", "again"]);
    assert_ne!(run.status, 0, "merged clean:\n{}", repo.work.read());
    let text = repo.work.read();
    assert!(text.contains("undocumented members"), "{text}");
}

#[test]
fn the_driver_keeps_a_byte_order_mark_and_honours_dry_run() {
    let base = format!("{H}[groups.a]\nname = \"A\"\n");
    let ours = format!("\u{feff}{base}");
    let theirs = base.replace("name = \"A\"", "name = \"A\"\npower = 2");
    let (run, text) = driver(&base, &ours, &theirs);
    assert_eq!(run.status, 0);
    assert!(
        text.starts_with('\u{feff}') && text.contains("power = 2"),
        "{text:?}"
    );

    let work = Workdir::new();
    let dir = work.dir.path();
    for (name, text) in [("base", &base), ("ours", &base), ("theirs", &theirs)] {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let run = work
        .run(&["--dry-run", "merge-driver", "base", "ours", "theirs"])
        .ok();
    assert!(run.stdout.contains("power = 2"));
    assert_eq!(std::fs::read_to_string(dir.join("ours")).unwrap(), base);
}

#[test]
fn marker_like_lines_inside_a_block_do_not_split_it() {
    let base = format!("{H}[groups.a]\nname = \"A\"\nnotes = \"old\"\n");
    let ours = base.replace(
        "notes = \"old\"",
        "notes = \"\"\"\nPlan\n=======\nMeet on Tuesdays.\"\"\"",
    );
    let theirs = base.replace("\"old\"", "\"new\"");
    let (run, text) = driver(&base, &ours, &theirs);
    assert_eq!(run.status, 1);
    let ours_side = keep_side(&text, Side::Ours);
    let theirs_side = keep_side(&text, Side::Theirs);
    assert!(errors_of(&ours_side).is_empty(), "{text}");
    assert!(theirs_side.contains("notes = \"new\""), "{theirs_side}");
    let shown = Workdir::with(&ours_side)
        .run(&["show", "group", "a", "--format", "json"])
        .ok()
        .stdout;
    assert!(
        shown.contains("Plan\\n=======\\nMeet on Tuesdays."),
        "{shown}"
    );
}

#[test]
fn a_rename_with_an_edit_against_a_redaction_conflicts_on_the_new_id() {
    let repo = Repo::new(MINIMAL);
    repo.coal(&[
        "add-group",
        "Secret",
        "--id",
        "secret",
        "--notes",
        "Maria (no papers) lives at 12 rue X",
    ])
    .ok();
    repo.git(&["commit", "-qam", "secret"]);
    repo.branch("a", |r| {
        r.coal(&[
            "update-group",
            "secret",
            "--notes",
            "A member (details with Ana)",
        ])
        .ok();
    });
    repo.branch("b", |r| {
        r.coal(&["rename-group", "secret", "refuge"]).ok();
        r.coal(&["update-group", "refuge", "--status", "member"])
            .ok();
    });
    let (run, text) = assert_conflict(&repo, "a", "b");
    assert!(
        run.stderr.contains("conflict: groups.refuge"),
        "{}",
        run.stderr
    );
    let ours = resolve_to(&text, true);
    assert!(!ours.contains("12 rue X"), "{ours}");
    assert_eq!(ours.matches("name = \"Secret\"").count(), 1, "{ours}");
    assert_eq!(
        resolve_to(&text, false)
            .matches("name = \"Secret\"")
            .count(),
        1
    );
}

#[test]
fn a_deleted_entry_moved_and_edited_by_the_other_side_stays_deleted() {
    let entry = |text: &str| {
        format!("\n[[feedback]]\ndate = 2026-01-01\ngroup = \"a\"\ntext = \"{text}\"\n")
    };
    let other = "\n[[feedback]]\ndate = 2026-01-02\ngroup = \"a\"\ntext = \"y\"\n";
    let head = format!("{H}[groups.a]\nname = \"A\"\n");
    let base = format!(
        "{head}{}{other}",
        entry("Maria (no papers) lives at 12 rue X")
    );
    let theirs = format!(
        "{head}{other}{}",
        entry("Maria (no papers) lives at 12 rue X.")
    );
    for ours in [
        format!("{head}{other}"),
        format!("{head}{}{other}", entry("A member says")),
    ] {
        let (run, text) = driver(&base, &ours, &theirs);
        assert_eq!(run.status, 1, "{text}");
        let kept = keep_side(&text, Side::Ours);
        assert!(!kept.contains("12 rue X"), "{kept}");
    }
}

#[test]
fn comments_above_merged_and_conflicting_keys_stay() {
    let comment = "# Ask Ana before contacting: their phones are watched.\n";
    let base = format!("{H}[groups.alpha]\nname = \"A\"\n{comment}notes = \"n\"\npower = 1\n");
    let (run, text) = driver(
        &base,
        &base.replace("notes = \"n\"", "notes = \"met again\""),
        &base.replace("power = 1", "power = 3"),
    );
    assert_eq!(run.status, 0);
    assert!(
        text.contains(&format!("{comment}notes = \"met again\"\npower = 3\n")),
        "{text}"
    );
    let (run, text) = driver(
        &base,
        &base.replace("notes = \"n\"", "notes = \"ours\""),
        &base.replace("notes = \"n\"", "notes = \"theirs\""),
    );
    assert_eq!(run.status, 1);
    assert!(
        text.contains(&format!("{comment}<<<<<<< ours\nnotes = \"ours\"\n")),
        "{text}"
    );
    // An entry added on both sides: theirs' comment comes with its side.
    let ours = format!("{H}# ours' note\n[groups.b]\nname = \"B\"\n");
    let theirs = format!("{H}# theirs' note\n[groups.b]\nname = \"B\"\npower = 2\n");
    let (_, text) = driver(H, &ours, &theirs);
    let kept = keep_side(&text, Side::Theirs);
    assert!(kept.contains("# theirs' note"), "{text}");
}

#[test]
fn a_dangling_reference_marks_only_the_log_entries_concerned() {
    let entry = |group: &str, text: &str| {
        format!("\n[[feedback]]\ndate = 2026-01-01\ngroup = \"{group}\"\ntext = \"{text}\"\n")
    };
    let groups = format!("{H}[groups.a]\nname = \"A\"\n\n[groups.g]\nname = \"G\"\n");
    let log: String = (1..=4).map(|i| entry("a", &format!("old {i}"))).collect();
    let base = format!("{groups}{log}");
    let ours = format!(
        "{}{log}",
        groups.replace("\n[groups.g]\nname = \"G\"\n", "")
    );
    let theirs = format!("{base}{}", entry("g", "about g"));
    let (run, text) = driver(&base, &ours, &theirs);
    assert_eq!(run.status, 1);
    let block = &text[text.find("<<<<<<< ours").unwrap()..];
    let block = &block[..block.find(">>>>>>> theirs").unwrap()];
    assert!(!block.contains("old 1"), "{text}");
}

#[test]
fn a_conflict_is_named_at_its_marker_not_at_a_marker_in_a_note() {
    let text = format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\nnotes = \"\"\"\nMy draft:\n<<<<<<< version 1\nfoo\n=======\nbar\n>>>>>>> version 2\n\"\"\"\n\n[groups.b]\nname = \"B\"\n<<<<<<< ours\npower = 2\n=======\npower = 4\n>>>>>>> theirs\n"
    );
    Workdir::with(&text)
        .run(&["check"])
        .code(3)
        .stderr_has("unresolved merge conflict")
        .stderr_has("coalition.toml:20:1");
}

#[test]
fn making_a_group_public_while_the_other_side_moves_it_between_lists_conflicts() {
    let base = format!(
        "{H}[steps.draft]\nco_authors = [\"other\"]\n\n[steps.assembly]\ninvited = [\"secret\", \"other\"]\n\n[groups.other]\nname = \"O\"\npublic = true\n\n[groups.secret]\nname = \"S\"\n"
    );
    let ours = base.replace("name = \"S\"", "name = \"S\"\npublic = true");
    let theirs = base
        .replace(
            "co_authors = [\"other\"]",
            "co_authors = [\"other\", \"secret\"]",
        )
        .replace("invited = [\"secret\", \"other\"]", "invited = [\"other\"]");
    let (run, _) = driver(&base, &ours, &theirs);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("conflict: groups.secret.public"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_entry_deleted_on_one_side_never_comes_back_edited_or_copied() {
    let fb = |date: &str, group: &str, text: &str| {
        format!("\n[[feedback]]\ndate = {date}\ngroup = \"{group}\"\ntext = \"{text}\"\n")
    };
    let secret = "Maria (no papers) lives at 12 rue X";
    let head = format!("{H}[groups.a]\nname = \"A\"\n\n[groups.b]\nname = \"B\"\n");
    let rest = format!(
        "{}{}",
        fb("2026-01-10", "b", "ok"),
        fb("2026-01-20", "b", "fine")
    );
    let base = format!("{head}{}{rest}", fb("2026-01-05", "a", secret));
    let cases = [
        // Date corrected, text touched, moved to the end.
        format!(
            "{head}{rest}{}",
            fb("2026-01-25", "a", &format!("{secret}."))
        ),
        // Kept, and the same text logged for another group.
        format!("{base}{}", fb("2026-01-05", "b", secret)),
    ];
    for theirs in &cases {
        for ours in [
            format!("{head}{rest}"),
            format!(
                "{head}{}{rest}",
                fb("2026-01-05", "a", "A member shared housing worries")
            ),
        ] {
            let (run, text) = driver(&base, &ours, theirs);
            assert_eq!(run.status, 1, "{text}");
            let kept = keep_side(&text, Side::Ours);
            assert!(!kept.contains("12 rue X"), "{kept}");
        }
    }
    // Decisions, and questions with no asker.
    let decision = |date: &str, summary: &str| {
        format!("\n[[decisions]]\ndate = {date}\nsummary = \"{summary}\"\n")
    };
    let hide = "Hide Maria (no papers) at 12 rue X";
    let base = format!(
        "{H}{}{}",
        decision("2026-01-01", hide),
        decision("2026-01-05", "Book the hall")
    );
    let ours = format!("{H}{}", decision("2026-01-05", "Book the hall"));
    let theirs = format!(
        "{H}{}{}",
        decision("2026-01-05", "Book the hall"),
        decision("2026-01-09", &format!("{hide}!"))
    );
    let (run, text) = driver(&base, &ours, &theirs);
    assert_eq!(run.status, 1, "{text}");
    let question = |q: &str, answer: &str| {
        format!("\n[[steps.presentation.questions]]\nquestion = \"{q}\"\n{answer}")
    };
    let q1 = "Can Maria (no papers, 12 rue X) speak?";
    let base = format!("{H}{}{}", question(q1, ""), question("Q2", ""));
    let ours = format!("{H}{}", question("Q2", ""));
    let theirs = format!(
        "{H}{}{}",
        question("Q2", ""),
        question(q1, "answer = \"yes\"\n")
    );
    let (run, text) = driver(&base, &ours, &theirs);
    assert_eq!(run.status, 1, "{text}");
    assert!(!keep_side(&text, Side::Ours).contains("12 rue X"));
}

#[test]
fn a_side_that_is_not_a_schema_1_coalition_is_not_merged_by_meaning() {
    let base = format!("{H}[groups.a]\nname = \"A\"\n");
    let ours = base.replace("name = \"A\"", "name = \"A!\"");
    for theirs in [
        base.replace("schema = 1", "schema = 2"),
        base.replace("schema = 1\n", ""),
        base.replace("schema = 1", "schema = \"1\""),
    ] {
        let (run, text) = driver(&base, &ours, &theirs);
        assert!(
            run.stderr.contains("not a schema-1 coalition"),
            "{}",
            run.stderr
        );
        assert_eq!(run.status, 1, "{text}");
    }
}

#[test]
fn conflicts_with_short_markers_are_named_as_conflicts() {
    let base = format!("{H}[groups.a]\nname = \"A\"\npower = 1\n");
    let work = Workdir::new();
    let dir = work.dir.path();
    std::fs::write(dir.join("base"), &base).unwrap();
    std::fs::write(
        dir.join("coalition.toml"),
        base.replace("power = 1", "power = 2"),
    )
    .unwrap();
    std::fs::write(dir.join("theirs"), base.replace("power = 1", "power = 3")).unwrap();
    work.run(&[
        "merge-driver",
        "base",
        "coalition.toml",
        "theirs",
        "--marker-size",
        "3",
    ])
    .code(1);
    assert!(
        work.read()
            .contains("<<< ours\npower = 2\n===\npower = 3\n>>> theirs\n"),
        "{}",
        work.read()
    );
    work.run(&["check"])
        .code(3)
        .stderr_has("unresolved merge conflict")
        .stderr_has("coalition.toml:7:1");
}

#[test]
fn a_comment_shared_above_a_log_conflict_is_not_repeated() {
    let comment = "# ---- Feedback from member groups ----\n";
    let base = format!(
        "{H}[groups.a]\nname = \"A\"\n\n{comment}[[feedback]]\ndate = 2026-01-01\ngroup = \"a\"\ntext = \"Maria (no paper)\"\n"
    );
    let ours = base.replace("Maria (no paper)", "A member");
    let theirs = base.replace("(no paper)", "(no papers)");
    let (run, text) = driver(&base, &ours, &theirs);
    assert_eq!(run.status, 1);
    for side in [Side::Ours, Side::Theirs] {
        assert_eq!(keep_side(&text, side).matches(comment).count(), 1, "{text}");
    }
}

#[test]
fn editing_one_log_entry_while_others_are_logged_merges_cleanly() {
    let repo = Repo::new(&example());
    repo.branch("a", |r| {
        r.edit(
            "Need interpreters to run the tenant clinic for newcomers.",
            "Need two interpreters to run the tenant clinic for newcomers.",
        );
        r.edit("rule = \"majority\"", "rule = \"consent\"");
    });
    repo.branch("b", |r| {
        r.coal(&[
            "log-feedback",
            "food-coop",
            "Need volunteers to run the food table at the assembly.",
            "--date",
            "2026-11-24",
        ])
        .ok();
        r.coal(&["log-decision", "Buy a banner", "--date", "2026-11-20"])
            .ok();
    });
    repo.merge("a", "b").ok();
    let text = repo.work.read();
    assert!(
        text.contains("Need two interpreters") && text.contains("Need volunteers"),
        "{text}"
    );
    assert!(
        text.contains("Buy a banner") && text.contains("rule = \"consent\""),
        "{text}"
    );
    repo.coal(&["check"]).ok();
}

#[test]
fn archiving_many_old_entries_while_one_is_logged_merges_cleanly() {
    let fb = |i: usize| {
        format!(
            "\n[[feedback]]\ndate = 2026-01-01\ngroup = \"g{}\"\ntext = \"Entry number {i} about topic {}\"\n",
            i % 7,
            i * 31 % 101
        )
    };
    let head = format!(
        "{H}{}",
        (0..7)
            .map(|g| format!("\n[groups.g{g}]\nname = \"G{g}\"\n"))
            .collect::<String>()
    );
    let base = format!("{head}{}", (0..1000).map(fb).collect::<String>());
    let ours = format!("{head}{}", (501..1000).map(fb).collect::<String>());
    let theirs = format!(
        "{base}\n[[feedback]]\ndate = 2029-05-05\ngroup = \"g3\"\ntext = \"Zebra xylophone quokka.\"\n"
    );
    let (run, text) = driver(&base, &ours, &theirs);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        text.contains("Zebra") && !text.contains("Entry number 3 "),
        "archived entries back"
    );
}

#[test]
fn marker_like_lines_of_a_short_marker_size_stay_inside_their_side() {
    let base = format!("{H}[groups.a]\nname = \"A\"\n");
    let note = |who: &str| {
        format!(
            "{base}\n[groups.x]\nname = \"X\"\nnotes = \"\"\"\nAgenda\n===\n{who} part\n\"\"\"\n"
        )
    };
    let work = Workdir::new();
    let dir = work.dir.path();
    std::fs::write(dir.join("base"), &base).unwrap();
    std::fs::write(dir.join("ours"), note("ours")).unwrap();
    std::fs::write(dir.join("theirs"), note("theirs")).unwrap();
    work.run(&[
        "merge-driver",
        "base",
        "ours",
        "theirs",
        "--marker-size",
        "3",
    ])
    .code(1);
    let text = std::fs::read_to_string(dir.join("ours")).unwrap();
    assert_eq!(text.lines().filter(|l| *l == "===").count(), 1, "{text}");
}

#[test]
fn diff_refuses_a_revision_that_git_would_read_as_an_option() {
    let repo = Repo::new(&example());
    let out = repo.dir().join("planted");
    let run = repo.coal(&["diff", &format!("--since=--output={}", out.display())]);
    let run = run.code(2).stderr_has("revisions do not start with `-`");
    assert!(!out.exists(), "{}", run.stderr);
}

#[test]
fn keys_taken_from_theirs_go_where_fmt_puts_them() {
    let base = example();
    let edited = |args: &[&str]| {
        let work = Workdir::with(&base);
        work.run(args).ok();
        work.read()
    };
    let ours = edited(&["update-group", "food-coop", "--power", "2"]);
    let theirs = edited(&[
        "update-group",
        "food-coop",
        "--impacted",
        "--notes",
        "x",
        "--contact-email",
        "e@example.org",
    ]);
    let (run, text) = driver(&base, &ours, &theirs);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        text.contains("status = \"contacted\"\nimpacted = true\npower = 2\n"),
        "{text}"
    );
    Workdir::with(&text).refused(&["fmt", "--check"], 0);
}

/// The merge driver's result of two formatted sides is formatted: a table
/// THEIRS adds inline (`offers = { … }` to a group that had none) is made
/// inline in OURS, where it was a `[groups.b.offers]` sub-table.
#[test]
fn merge_driver_result_of_formatted_sides_is_formatted() {
    let work = Workdir::new();
    let base = work.dir.path().join("base.toml");
    let ours = work.dir.path().join("ours.toml");
    let theirs = work.dir.path().join("theirs.toml");
    let b = base.to_str().unwrap();
    work.run(&["-f", b, "init", "--name", "C", "--unity", "U"])
        .ok();
    work.run(&["-f", b, "add-group", "B", "--id", "b"]).ok();
    std::fs::copy(&base, &ours).unwrap();
    std::fs::copy(&base, &theirs).unwrap();
    let (o, t) = (ours.to_str().unwrap(), theirs.to_str().unwrap());
    work.run(&["-f", o, "add-group", "A", "--id", "a"]).ok();
    work.run(&["-f", t, "update-group", "b", "--offer", "money=x"])
        .ok();
    for side in [o, t] {
        work.run(&["-f", side, "fmt", "--check"]).ok();
    }
    work.run(&["merge-driver", b, o, t]).ok();
    work.run(&["-f", o, "fmt", "--check"]).ok();
}

/// A list OURS does not have yet takes THEIRS' shape: a question logged on
/// THEIRS stays `questions = [{ … }]`, as fmt writes it, not
/// `[[steps.presentation.questions]]`.
#[test]
fn merge_driver_writes_a_question_from_theirs_formatted() {
    let work = Workdir::new();
    let path = |name: &str| work.dir.path().join(name).to_str().unwrap().to_string();
    let (b, o, t) = (path("base.toml"), path("ours.toml"), path("theirs.toml"));
    work.run(&["-f", &b, "init", "--name", "C", "--unity", "U"])
        .ok();
    work.run(&["-f", &b, "add-group", "B", "--id", "b"]).ok();
    std::fs::copy(&b, &o).unwrap();
    std::fs::copy(&b, &t).unwrap();
    work.run(&["-f", &o, "add-group", "A", "--id", "a"]).ok();
    work.run(&[
        "-f",
        &t,
        "step",
        "presentation",
        "--question",
        "Q",
        "--answer",
        "A",
    ])
    .ok();
    work.run(&["merge-driver", &b, &o, &t]).ok();
    work.run(&["-f", &o, "fmt", "--check"]).ok();
}

/// Two organizers add a detail to the same resource type of one group, one
/// of them to a type held as text (which becomes a list), and a type the
/// group did not offer yet: the merge keeps every detail once, formatted.
#[test]
fn details_added_to_one_type_on_two_branches_are_all_kept() {
    let repo = Repo::new(&format!(
        "{MINIMAL}\n[groups.coop]\nname = \"Coop\"\nstatus = \"member\"\noffers = {{ money = \"bus\" }}\n\n[groups.union]\nname = \"Union\"\n"
    ));
    repo.branch("ana", |r| {
        r.coal(&["update-group", "coop", "--offer", "money=food"])
            .ok();
        r.coal(&["update-group", "union", "--need", "space=hall"])
            .ok();
    });
    repo.branch("bo", |r| {
        r.coal(&[
            "update-group",
            "coop",
            "--offer",
            "money=hall rent",
            "--offer",
            "space=basement",
        ])
        .ok();
        r.coal(&["update-group", "union", "--need", "space=office"])
            .ok();
    });
    repo.merge("ana", "bo").ok();
    let text = repo.work.read();
    assert!(
        text.contains(
            "offers = { money = [\"bus\", \"food\", \"hall rent\"], space = \"basement\" }\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("needs = { space = [\"hall\", \"office\"] }\n"),
        "{text}"
    );
    repo.coal(&["fmt", "--check"]).ok();
    repo.coal(&["check"]).ok();
}

/// A detail removed on one side and another added on the other: the
/// removal stays removed. A type removed on one side while the other adds
/// to it is a conflict, marked on the group's offers.
#[test]
fn a_removed_detail_stays_removed_and_a_removed_type_conflicts() {
    let base = format!(
        "{MINIMAL}\n[groups.coop]\nname = \"Coop\"\noffers = {{ money = [\"bus\", \"food\"], space = \"hall\" }}\n"
    );
    let repo = Repo::new(&base);
    repo.branch("ana", |r| {
        r.coal(&["update-group", "coop", "--remove-offer", "money=bus"])
            .ok();
    });
    repo.branch("bo", |r| {
        r.coal(&["update-group", "coop", "--offer", "money=rent"])
            .ok();
    });
    repo.merge("ana", "bo").ok();
    assert!(
        repo.work
            .read()
            .contains("offers = { money = [\"food\", \"rent\"], space = \"hall\" }\n"),
        "{}",
        repo.work.read()
    );

    let repo = Repo::new(&base);
    repo.branch("ana", |r| {
        r.coal(&["update-group", "coop", "--remove-offer", "space"])
            .ok();
    });
    repo.branch("bo", |r| {
        r.coal(&["update-group", "coop", "--offer", "space=kitchen"])
            .ok();
    });
    let run = repo.merge("ana", "bo");
    assert_ne!(run.status, 0);
    let text = repo.work.read();
    assert!(text.contains("<<<<<<<"), "{text}");
    for (side, offers) in [
        (Side::Ours, "offers = { money = [\"bus\", \"food\"] }"),
        (
            Side::Theirs,
            "offers = { money = [\"bus\", \"food\"], space = [\"hall\", \"kitchen\"] }",
        ),
    ] {
        let resolved = keep_side(&text, side);
        assert!(resolved.contains(offers), "{side:?}: {resolved}");
    }
}

/// An assembly is identified by its date, like a group by its id: two
/// organizers complete it on two branches, one the start time, the other
/// the agenda, and both land. The same for a decision reviewed on one
/// branch and given a consulted group on the other (`update-decision`);
/// the same field changed two ways is still a conflict on that entry.
#[test]
fn different_fields_of_one_assembly_or_decision_merge_cleanly() {
    let repo = Repo::new(&example());
    repo.coal(&["add-assembly", "2027-04-10", "--place", "Centre"])
        .ok();
    repo.git(&["commit", "-qam", "spring assembly"]);
    repo.branch("a", |r| {
        r.coal(&["update-assembly", "2027-04-10", "--start", "18:30"])
            .ok();
        r.coal(&["update-decision", "1", "--reviewed", "2026-11-20"])
            .ok();
    });
    repo.branch("b", |r| {
        r.coal(&["update-assembly", "2027-04-10", "--agenda", "Budget"])
            .ok();
        r.coal(&["update-decision", "1", "--add-consulted", "union-301"])
            .ok();
    });
    repo.merge("a", "b").ok();
    let text = repo.work.read();
    assert!(text.contains("start = \"18:30\""), "{text}");
    assert!(text.contains("agenda = \"Budget\""), "{text}");
    assert!(text.contains("reviewed = 2026-11-20"), "{text}");
    assert!(text.contains("\"union-301\""), "{text}");
    assert_eq!(text.matches("date = 2027-04-10").count(), 1, "{text}");
    repo.coal(&["check"]).ok();
    repo.coal(&["fmt", "--check"]).ok();

    // The same field two ways: the assembly conflicts whole, as before.
    repo.branch("c", |r| {
        r.coal(&["update-assembly", "2027-04-10", "--place", "Hall"])
            .ok();
    });
    repo.branch("d", |r| {
        r.coal(&["update-assembly", "2027-04-10", "--place", "Park"])
            .ok();
    });
    let (run, text) = assert_conflict(&repo, "c", "d");
    run.stderr_has("conflict: assemblies[");
    assert!(text.contains("place = \"Hall\"") && text.contains("place = \"Park\""));
}

/// Two organizers record the same question at the assembly, one with a
/// capital and other spaces: `coal step presentation` would refuse the
/// second, so the merge keeps one, the answered one when only one is.
#[test]
fn the_same_question_asked_on_two_branches_is_kept_once() {
    let repo = Repo::new(MINIMAL);
    repo.branch("a", |r| {
        r.coal(&["step", "presentation", "--question", "Who decides?"])
            .ok();
    });
    repo.branch("b", |r| {
        r.coal(&[
            "step",
            "presentation",
            "--question",
            "who  DECIDES?",
            "--answer",
            "The assembly",
        ])
        .ok();
    });
    repo.merge("a", "b").ok();
    let text = repo.work.read();
    assert_eq!(text.to_lowercase().matches("decides?").count(), 1, "{text}");
    assert!(text.contains("answer = \"The assembly\""), "{text}");
    repo.coal(&["check"]).ok();
}

/// An answer is to an invitation: OURS records that `a` answered while
/// THEIRS un-invites `a`. Only the assembly's `invited` and `answered`
/// conflict; the changes each side made elsewhere (a group's name, the
/// unity statement) are taken, not marked (SPEC §8).
#[test]
fn answered_clash_does_not_turn_one_sided_changes_into_conflicts() {
    let base = r#"schema = 1
[coalition]
name = "C"
unity_statement = "U"
[steps.assembly]
date = 2026-12-10
invited = ["a", "b"]
[groups.a]
name = "Alpha"
status = "member"
[groups.b]
name = "Beta"
status = "member"
[groups.c]
name = "Gamma"
"#;
    let ours = base
        .replace(
            "invited = [\"a\", \"b\"]",
            "invited = [\"a\", \"b\"]\nanswered = [\"a\"]",
        )
        .replace("name = \"Gamma\"", "name = \"Gamma O\"");
    let theirs = base
        .replace("name = \"Beta\"", "name = \"Beta X\"")
        .replace("invited = [\"a\", \"b\"]", "invited = [\"b\"]")
        .replace("unity_statement = \"U\"", "unity_statement = \"U2\"");
    let (run, text) = driver(base, &ours, &theirs);
    for one_sided in [
        "groups.b.name",
        "groups.c.name",
        "coalition.unity_statement",
    ] {
        assert!(
            !run.stderr.contains(&format!("conflict: {one_sided}\n")),
            "{one_sided} changed on one side only, yet conflicts:\n{}\n{text}",
            run.stderr
        );
    }
    assert!(text.contains("name = \"Beta X\""), "{text}");
    assert!(text.contains("name = \"Gamma O\""), "{text}");
}

/// OURS renames group `a` to `z`; THEIRS records that `a` and `b` answered.
/// The rename's new entry is taken as it is; THEIRS' answers name `a`, so the
/// assembly's `invited` and `answered` conflict, and `a`'s entry with them
/// (resolved to THEIRS, the answers need the group they name). Each side's
/// resolution checks without errors; resolved to OURS, it is the rename.
#[test]
fn rename_on_one_side_and_answers_on_the_other_keep_the_rename() {
    let base = r#"schema = 1
[coalition]
name = "C"
unity_statement = "U"
[steps.assembly]
date = 2026-12-10
invited = ["a", "b"]
[groups.a]
name = "Alpha"
[groups.b]
name = "Beta"
"#;
    let work = Workdir::with(base);
    work.run(&["rename-group", "a", "z"]).ok();
    let ours = work.read();
    work.write(base);
    work.run(&[
        "update-assembly",
        "2026-12-10",
        "--answered",
        "a",
        "--answered",
        "b",
    ])
    .ok();
    let theirs = work.read();
    let (run, text) = driver(base, &ours, &theirs);
    assert_eq!(run.status, 1, "{}", run.stderr);
    let conflicts: Vec<&str> = run
        .stderr
        .lines()
        .filter_map(|l| l.strip_prefix("conflict: "))
        .collect();
    assert_eq!(
        conflicts,
        [
            "groups.a",
            "steps.assembly.answered",
            "steps.assembly.invited"
        ],
        "{text}"
    );
    assert!(text.contains("[groups.z]\nname = \"Alpha\"\n"), "{text}");
    for ours in [true, false] {
        let resolved = resolve_to(&text, ours);
        assert_eq!(errors_of(&resolved), Vec::<String>::new(), "{resolved}");
    }
    // Blank lines aside (a conflict block leaves one), OURS' file.
    let lines = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect()
    };
    assert_eq!(lines(&resolve_to(&text, true)), lines(&ours));
}

/// OURS spells the offers with dotted keys; THEIRS adds a detail to its
/// inline table. The merged line follows OURS' layout and does not carry
/// the space THEIRS had before its `}`: no trailing whitespace for git.
#[test]
fn merged_dotted_key_carries_no_trailing_space() {
    let base = "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n[groups.a]\nname = \"A\"\noffers = { money = \"x\" }\n";
    let ours = "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n[groups.a]\nname = \"A\"\noffers.money = \"x\"\n";
    let theirs = base.replace(
        "offers = { money = \"x\" }",
        "offers = { money = \"x\", data = \"d\" }",
    );
    let (run, text) = driver(base, ours, &theirs);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(text.contains("offers.data = \"d\""), "{text}");
    for line in text.lines() {
        assert_eq!(
            line,
            line.trim_end(),
            "trailing whitespace in merged line {line:?}:\n{text}"
        );
    }
}

/// A repository with the shipped pre-commit hook installed and no
/// coalition committed yet.
fn hook_repo() -> Repo {
    let repo = Repo {
        work: Workdir::new(),
    };
    repo.git(&["init", "-q", "-b", "main"]);
    repo.git(&["config", "user.email", "organizer@example.org"]);
    repo.git(&["config", "user.name", "Organizer"]);
    let hook = repo.dir().join(".git/hooks/pre-commit");
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ci/pre-commit");
    std::fs::copy(shipped, &hook).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
    repo
}

/// README: `examples/ci/pre-commit` "refuses a commit whose coalition has
/// errors". It checks what is staged: a broken coalition staged, then the
/// good text put back in the folder without staging it, is refused.
#[test]
fn the_pre_commit_hook_checks_what_is_committed() {
    let repo = hook_repo();
    repo.work.write(MINIMAL);
    repo.git(&["add", "coalition.toml"]);
    repo.git(&["commit", "-qm", "init"]);
    repo.work.write(&format!(
        "{MINIMAL}\n[groups.x]\nname = \"X\"\nstatus = \"bogus\"\n"
    ));
    repo.git(&["add", "coalition.toml"]);
    repo.work.write(MINIMAL);
    repo.git_status(&["commit", "-qm", "broken"])
        .code(1)
        .stderr_has("coalition.toml, as staged, has errors");
    let committed = repo.git(&["show", "HEAD:coalition.toml"]).stdout;
    assert_eq!(committed, MINIMAL);
    // Staged unformatted: refused with the way to format it.
    repo.work
        .write(&MINIMAL.replace("schema = 1\n\n", "schema = 1\n"));
    repo.git(&["add", "coalition.toml"]);
    repo.work.write(MINIMAL);
    repo.git_status(&["commit", "-qm", "unformatted"])
        .code(1)
        .stderr_has("coalition.toml, as staged, is not formatted: run 'coal fmt'");
}

/// README: the pre-commit hook refuses a coalition with errors, wherever it
/// is kept: a valid coalition in a folder (`logement/coalition.toml`) is
/// committed, a broken one there is refused.
#[test]
fn the_pre_commit_hook_accepts_a_valid_coalition_in_a_folder() {
    let repo = hook_repo();
    let folder = repo.dir().join("logement");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("coalition.toml"), MINIMAL).unwrap();
    repo.git(&["add", "logement/coalition.toml"]);
    repo.git(&["commit", "-qm", "a coalition in a folder"]);
    std::fs::write(
        folder.join("coalition.toml"),
        format!("{MINIMAL}\n[groups.x]\nname = \"X\"\nstatus = \"bogus\"\n"),
    )
    .unwrap();
    repo.git(&["add", "logement/coalition.toml"]);
    repo.git_status(&["commit", "-qm", "broken"])
        .code(1)
        .stderr_has("logement/coalition.toml, as staged, has errors");
}

/// Issue 15: "When coal edits a file that is not in the current folder,
/// its message names the file". `coal git-setup` run from a folder below
/// the top of the repository names the top's files as reached from there,
/// so that `git add ../.gitattributes ../.gitignore` works as said.
#[test]
fn git_setup_from_a_subfolder_names_the_files_it_edits() {
    let work = repo_with(&[]);
    let sub = work.dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    let run = Run::from(
        work.command()
            .current_dir(&sub)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .arg("git-setup")
            .output()
            .unwrap(),
    )
    .ok()
    .stderr_has("added `coalition.toml merge=coal` to ../.gitattributes\n")
    .stderr_has("to ../.gitignore\n")
    .stderr_has("commit ../.gitattributes and ../.gitignore so everyone uses them");
    assert!(work.dir.path().join(".gitattributes").exists());
    assert!(!sub.join(".gitattributes").exists(), "{}", run.stderr);
    let add = Command::new("git")
        .current_dir(&sub)
        .args(["add", "../.gitattributes", "../.gitignore"])
        .output()
        .unwrap();
    assert!(add.status.success(), "{add:?}");
    // From the top, the names are as they were.
    git_setup(&repo_with(&[]))
        .ok()
        .stderr_has("commit .gitattributes and .gitignore so everyone uses them");
}

/// A conflict marker's length out of range is told in words ("1 to
/// 1024"), not in Rust's range syntax nor with clap's `-- -1` tip.
#[test]
fn marker_size_out_of_range_is_told_in_words() {
    let work = Workdir::with(MINIMAL);
    for size in ["2000", "0", "-1"] {
        let run = work.refused(&["merge-driver", "a", "b", "c", "--marker-size", size], 2);
        assert!(run.stderr.contains("must be 1 to 1024"), "{}", run.stderr);
        assert!(!run.stderr.contains("..="), "{}", run.stderr);
        assert!(!run.stderr.contains("-- -1"), "{}", run.stderr);
    }
}
