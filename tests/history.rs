//! `coal history` on real git repositories, built commit by commit with
//! the real `git` binary and fixed dates, read by the real `coal` binary.

mod common;

use std::cell::Cell;
use std::path::PathBuf;
use std::process::Command;

use common::{MINIMAL, Run, Workdir};
use serde_json::Value;

/// A git repository in a scratch folder, whose commits get one day each
/// from 2027-01-01 on, so every row is the same on every run.
struct Repo {
    work: Workdir,
    /// The file's path inside the repository.
    file: String,
    day: Cell<u32>,
}

impl Repo {
    fn new() -> Repo {
        Repo::at("coalition.toml")
    }

    fn at(file: &str) -> Repo {
        let repo = Repo {
            work: Workdir::new(),
            file: file.to_string(),
            day: Cell::new(0),
        };
        repo.git(&["init", "-q"]);
        repo
    }

    fn dir(&self) -> PathBuf {
        self.work.dir.path().to_path_buf()
    }

    fn path(&self) -> PathBuf {
        self.dir().join(&self.file)
    }

    fn date(&self) -> String {
        let day = self.day.get();
        format!(
            "2027-{:02}-{:02}T12:00:00+02:00",
            1 + day / 28,
            1 + day % 28
        )
    }

    fn git_run(&self, args: &[&str]) -> Run {
        self.git_as("Ana Organizer", &self.date(), args)
    }

    /// git run as `author`, at `date`.
    fn git_as(&self, author: &str, date: &str, args: &[&str]) -> Run {
        Run::from(
            common::git(&self.dir(), author, date)
                .args(args)
                .output()
                .unwrap(),
        )
    }

    fn git(&self, args: &[&str]) -> String {
        self.git_run(args).ok().stdout
    }

    fn write(&self, text: &str) {
        let path = self.path();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn read(&self) -> String {
        std::fs::read_to_string(self.path()).unwrap()
    }

    /// Commits everything with `subject`, on the next day.
    fn commit(&self, subject: &str) {
        self.day.set(self.day.get() + 1);
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "--allow-empty", "-m", subject]);
    }

    fn edit_uncommitted(&self, from: &str, to: &str) {
        self.write(&self.read().replacen(from, to, 1));
    }

    /// Writes `text` and commits it.
    fn save(&self, text: &str, subject: &str) {
        self.write(text);
        self.commit(subject);
    }

    /// Replaces `from` by `to` in the file and commits it.
    fn edit(&self, from: &str, to: &str, subject: &str) {
        let text = self.read();
        assert!(text.contains(from), "{from} not in the file:\n{text}");
        self.save(&text.replacen(from, to, 1), subject);
    }

    fn command(&self) -> Command {
        let mut command = self.work.command();
        command
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1");
        command
    }

    fn coal(&self, args: &[&str]) -> Run {
        let mut command = self.command();
        if self.file != "coalition.toml" {
            command.arg("--file").arg(&self.file);
        }
        Run::from(command.args(args).output().unwrap())
    }

    /// `coal history ARGS --format json`, which must succeed.
    fn json(&self, args: &[&str]) -> Value {
        let run = self
            .coal(&[&["history", "--format", "json"], args].concat())
            .ok();
        serde_json::from_str(&run.stdout).unwrap()
    }

    /// The rows of `coal history ARGS`, each as `group event field old→new
    /// (subject)`, short enough to assert a whole history at once.
    fn rows(&self, args: &[&str]) -> Vec<String> {
        rows(&self.json(args))
    }
}

/// Each change of a `coal history --format json` output as `group event
/// [field] old→new (reason)`, `-` for none.
fn rows(json: &Value) -> Vec<String> {
    let short = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Null => "-".into(),
        other => other.to_string(),
    };
    json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let mut words = vec![
                c["group"].as_str().unwrap().to_string(),
                c["event"].as_str().unwrap().to_string(),
            ];
            words.extend(c["field"].as_str().map(str::to_string));
            words.push(format!("{}→{}", short(&c["old"]), short(&c["new"])));
            words.push(format!("({})", c["reason"].as_str().unwrap()));
            words.join(" ")
        })
        .collect()
}

fn group(id: &str, name: &str, rest: &str) -> String {
    format!("\n[groups.{id}]\nname = \"{name}\"\n{rest}")
}

/// A file of `groups`, each written out whole.
fn file(groups: &[String]) -> String {
    format!("{MINIMAL}{}", groups.concat())
}

#[test]
fn a_linear_history_tells_each_move() {
    let repo = Repo::new();
    repo.save(
        &file(&[group("union", "Union", "status = \"contacted\"\n")]),
        "Start",
    );
    repo.edit(
        "status = \"contacted\"",
        "status = \"member\"",
        "Union joined at the assembly",
    );
    repo.edit(
        "status = \"member\"",
        "status = \"member\"\nparticipation = \"core\"\nspectrum = \"passive_ally\"\nspectrum_target = \"active_ally\"\npower = 4\ninterest = 3\nunpredictability = 2\nimpacted = true\npublic = true\n",
        "Assessment of the union",
    );
    repo.edit("status = \"member\"", "status = \"left\"", "Union left");
    // A default written out is no change.
    let text = repo.read();
    repo.save(
        &format!("{text}{}", group("church", "Church", "")),
        "Church added",
    );
    repo.save(
        &format!("{}status = \"prospect\"\n", repo.read()),
        "Church's default status written out",
    );
    let json = repo.json(&[]);
    assert_eq!(
        rows(&json),
        [
            r#"union added -→{"status":"contacted","participation":"active","impacted":false,"public":false} (Start)"#,
            "union joined status contacted→member (Union joined at the assembly)",
            "union changed participation active→core (Assessment of the union)",
            "union changed spectrum -→passive_ally (Assessment of the union)",
            "union changed spectrum_target -→active_ally (Assessment of the union)",
            "union changed power -→4 (Assessment of the union)",
            "union changed interest -→3 (Assessment of the union)",
            "union changed unpredictability -→2 (Assessment of the union)",
            "union changed impacted false→true (Assessment of the union)",
            "union changed public false→true (Assessment of the union)",
            "union left status member→left (Union left)",
            r#"church added -→{"status":"prospect","participation":"active","impacted":false,"public":false} (Church added)"#,
        ]
    );
    assert_eq!(json["commits"], 6);
    assert_eq!(json["uncommitted"], false);
    assert_eq!(json["skipped"], serde_json::json!([]));
    // Every field of a row, as scripts read them.
    let first = &json["changes"][1];
    let hash = repo.git(&["rev-parse", "HEAD~4"]);
    assert_eq!(first["commit"], hash.trim());
    assert_eq!(first["date"], "2027-01-03T12:00:00+02:00");
    assert_eq!(first["author"], "Ana Organizer");
    assert_eq!(first["id"], "union");
    assert_eq!(first["name"], "Union");
    assert_eq!(first["old"], "contacted");
    assert_eq!(first["new"], "member");
    assert_eq!(first["group"], "union");
    assert_eq!(first["event"], "joined");
    assert_eq!(first["field"], "status");
    assert_eq!(first["reason"], "Union joined at the assembly");
    assert_eq!(first.as_object().unwrap().len(), 11, "{first}");
    assert_eq!(json["file"], "coalition.toml");
    assert_eq!(json["since"], Value::Null);
    assert_eq!(json["first_parent"], false);
    let json = repo.json(&[
        "--since",
        "HEAD~2",
        "--until",
        "2027-12-31",
        "--first-parent",
    ]);
    assert_eq!(json["since"], "HEAD~2");
    assert_eq!(json["until"], "2027-12-31");
    assert_eq!(json["first_parent"], true);
    assert_eq!(json["commits"], 2);
}

/// Two groups on main, each moved on its own branch, then merged.
fn branches() -> Repo {
    let repo = Repo::new();
    repo.save(
        &file(&[
            group("union", "Union", "spectrum = \"neutral\"\n"),
            group("church", "Church", "spectrum = \"neutral\"\n"),
        ]),
        "Start",
    );
    repo.git(&["checkout", "-q", "-b", "union-work"]);
    repo.edit(
        "spectrum = \"neutral\"",
        "spectrum = \"passive_ally\"",
        "Union warmed up",
    );
    repo.git(&["checkout", "-q", "main"]);
    repo.git(&["checkout", "-q", "-b", "church-work"]);
    let text = repo.read();
    let at = text.find("[groups.church]").unwrap();
    repo.save(
        &format!(
            "{}{}",
            &text[..at],
            text[at..].replacen("neutral", "passive_opponent", 1)
        ),
        "Church cooled",
    );
    repo.git(&["checkout", "-q", "main"]);
    repo.day.set(repo.day.get() + 1);
    repo.git(&[
        "merge",
        "-q",
        "--no-ff",
        "-m",
        "Merge union work",
        "union-work",
    ]);
    repo.day.set(repo.day.get() + 1);
    repo.git(&[
        "merge",
        "-q",
        "--no-ff",
        "-m",
        "Merge church work",
        "church-work",
    ]);
    repo
}

#[test]
fn changes_are_told_with_the_commit_that_made_them_not_at_the_merge() {
    let repo = branches();
    assert_eq!(
        repo.rows(&["--field", "spectrum"]),
        [
            r#"church added -→{"spectrum":"neutral"} (Start)"#,
            r#"union added -→{"spectrum":"neutral"} (Start)"#,
            "union changed spectrum neutral→passive_ally (Union warmed up)",
            "church changed spectrum neutral→passive_opponent (Church cooled)",
        ]
    );
    // With --first-parent, what a branch brought is told at its merge.
    assert_eq!(
        repo.rows(&["--field", "spectrum", "--first-parent"]),
        [
            r#"church added -→{"spectrum":"neutral"} (Start)"#,
            r#"union added -→{"spectrum":"neutral"} (Start)"#,
            "union changed spectrum neutral→passive_ally (Merge union work)",
            "church changed spectrum neutral→passive_opponent (Merge church work)",
        ]
    );
}

#[test]
fn a_conflict_settled_by_hand_is_the_merges_own_change() {
    let repo = Repo::new();
    repo.save(&file(&[group("union", "Union", "power = 2\n")]), "Start");
    repo.git(&["checkout", "-q", "-b", "other"]);
    repo.edit("power = 2", "power = 3", "Power 3, says Bea");
    repo.git(&["checkout", "-q", "main"]);
    repo.edit("power = 2", "power = 4", "Power 4, says Ana");
    repo.day.set(repo.day.get() + 1);
    assert_ne!(repo.git_run(&["merge", "-q", "other"]).status, 0);
    repo.save(
        &file(&[group("union", "Union", "power = 5\n")]),
        "Merge: power settled at 5",
    );
    assert_eq!(
        repo.rows(&["--field", "power"]),
        [
            r#"union added -→{"power":2} (Start)"#,
            "union changed power 2→3 (Power 3, says Bea)",
            "union changed power 2→4 (Power 4, says Ana)",
            "union changed power 4→5 (Merge: power settled at 5)",
        ]
    );
}

#[test]
fn a_rename_keeps_the_history_and_a_later_group_on_the_freed_id_keeps_its_own() {
    let repo = Repo::new();
    repo.save(
        &file(&[group("union", "Union", "status = \"contacted\"\n")]),
        "Start",
    );
    repo.edit("contacted", "dialogue", "First meeting");
    repo.coal(&["rename-group", "union", "union-301"]).ok();
    repo.commit("Union is local 301");
    repo.edit("dialogue", "member", "Local 301 joined");
    repo.save(
        &format!("{}{}", repo.read(), group("union", "Union", "power = 2\n")),
        "A second union, which took the id",
    );
    let whole = [
        r#"union-301 added -→{"status":"contacted"} (Start)"#,
        "union-301 changed status contacted→dialogue (First meeting)",
        "union-301 joined status dialogue→member (Local 301 joined)",
    ];
    assert_eq!(repo.rows(&["union-301", "--field", "status"]), whole);
    let all = repo.rows(&["union-301"]);
    assert_eq!(
        all[2],
        "union-301 renamed id union→union-301 (Union is local 301)"
    );
    assert_eq!(all.len(), 4, "{all:?}");
    let json = repo.json(&["union", "--field", "status", "--field", "power"]);
    assert_eq!(
        rows(&json),
        [r#"union added -→{"status":"prospect","power":2} (A second union, which took the id)"#]
    );
    // Before the new union, its old id asked for the whole history.
    assert_eq!(
        repo.rows(&["union", "--field", "status", "--until", "HEAD~1"]),
        whole
    );
    // And after the rename, left out by the day asked from.
    assert_eq!(
        repo.rows(&[
            "union",
            "--field",
            "status",
            "--until",
            "HEAD~1",
            "--since",
            "2027-01-05"
        ]),
        ["union-301 joined status dialogue→member (Local 301 joined)"]
    );
    // --field leaves renames out.
    assert!(
        !repo
            .rows(&["union-301", "--field", "spectrum"])
            .iter()
            .any(|row| row.contains("renamed"))
    );
}

#[test]
fn a_broken_version_is_skipped_and_its_changes_told_with_the_next() {
    let repo = Repo::new();
    repo.save(&file(&[group("union", "Union", "power = 2\n")]), "Start");
    repo.edit("power = 2", "power = 3\n[[[", "Half an edit");
    repo.edit("power = 3\n[[[", "power = 4", "Edit finished");
    let json = repo.json(&["--field", "power"]);
    assert_eq!(
        rows(&json),
        [
            r#"union added -→{"power":2} (Start)"#,
            "union changed power 2→4 (Edit finished)",
        ]
    );
    let skipped = json["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0]["reason"], "Half an edit");
    assert_eq!(skipped[0]["date"], "2027-01-03T12:00:00+02:00");
    assert!(!skipped[0]["error"].as_str().unwrap().is_empty());
    let run = repo.coal(&["history"]).ok();
    assert!(run.stderr.contains("skipped commit"), "{}", run.stderr);
    assert!(run.stderr.contains("Half an edit"), "{}", run.stderr);
    assert!(!run.stdout.contains("skipped"), "{}", run.stdout);
    let quiet = repo.coal(&["history", "--quiet"]).ok();
    assert_eq!(quiet.stderr, "");
    assert_eq!(quiet.stdout, run.stdout);
}

#[test]
fn a_broken_first_version_is_skipped() {
    let repo = Repo::new();
    repo.save("schema = 1\n[[[", "Start, badly");
    repo.save(&file(&[group("union", "Union", "power = 2\n")]), "Fixed");
    let json = repo.json(&["--field", "power"]);
    assert_eq!(rows(&json), [r#"union added -→{"power":2} (Fixed)"#]);
    assert_eq!(json["skipped"][0]["reason"], "Start, badly");
}

#[test]
fn a_file_deleted_then_added_again() {
    let repo = Repo::new();
    repo.save(&file(&[group("union", "Union", "power = 2\n")]), "Start");
    std::fs::remove_file(repo.path()).unwrap();
    repo.commit("Gone");
    repo.save(&file(&[group("union", "Union", "power = 3\n")]), "Back");
    assert_eq!(
        repo.rows(&["--field", "power"]),
        [
            r#"union added -→{"power":2} (Start)"#,
            r#"union removed {"power":2}→- (Gone)"#,
            r#"union added -→{"power":3} (Back)"#,
        ]
    );
}

#[test]
fn a_file_in_a_subfolder_with_spaces_and_accents() {
    for name in [
        "campaign/coalition.toml",
        "la campagne/coalition d'été.toml",
    ] {
        let repo = Repo::at(name);
        repo.save(&file(&[group("union", "Union", "power = 2\n")]), "Start");
        repo.edit("power = 2", "power = 3", "Stronger");
        let expected = [
            r#"union added -→{"power":2} (Start)"#,
            "union changed power 2→3 (Stronger)",
        ];
        assert_eq!(repo.rows(&["--field", "power"]), expected, "{name}");
        // COAL_FILE, from the top of the repository.
        let run = repo
            .command()
            .env("COAL_FILE", name)
            .args(["history", "--format", "json", "--field", "power"])
            .output()
            .unwrap();
        let run = Run::from(run).ok();
        assert_eq!(rows(&serde_json::from_str(&run.stdout).unwrap()), expected);
        // And from inside the subfolder, by its own name.
        let (folder, base) = name.rsplit_once('/').unwrap();
        let run = repo
            .command()
            .current_dir(repo.dir().join(folder))
            .args([
                "--file", base, "history", "--format", "json", "--field", "power",
            ])
            .output()
            .unwrap();
        let run = Run::from(run).ok();
        assert_eq!(rows(&serde_json::from_str(&run.stdout).unwrap()), expected);
    }
}

/// Union's power from 1 to 4, one step a day (2027-01-02 to 01-05).
fn steps() -> Repo {
    let repo = Repo::new();
    repo.save(&file(&[group("union", "Union", "power = 1\n")]), "Power 1");
    for power in 2..=4 {
        repo.edit(
            &format!("power = {}", power - 1),
            &format!("power = {power}"),
            &format!("Power {power}"),
        );
    }
    repo.git(&["tag", "v2", "HEAD~2"]);
    repo
}

#[test]
fn since_and_until_by_revision_and_by_day() {
    let repo = steps();
    let moves = |args: &[&str]| -> Vec<String> {
        repo.rows(&[&["--field", "power"], args].concat())
            .into_iter()
            .map(|row| {
                row.rsplit_once('(')
                    .unwrap()
                    .1
                    .trim_end_matches(')')
                    .to_string()
            })
            .collect()
    };
    assert_eq!(moves(&["--since", "v2"]), ["Power 3", "Power 4"]);
    assert_eq!(moves(&["--until", "v2"]), ["Power 1", "Power 2"]);
    assert_eq!(moves(&["--since", "v2", "--until", "HEAD~1"]), ["Power 3"]);
    assert_eq!(
        moves(&["--since", "2027-01-03"]),
        ["Power 2", "Power 3", "Power 4"]
    );
    assert_eq!(moves(&["--until", "2027-01-03"]), ["Power 1", "Power 2"]);
    assert_eq!(
        moves(&["--since", "2027-01-03", "--until", "2027-01-04"]),
        ["Power 2", "Power 3"]
    );
    // The author's own day: 23:30 in UTC-10 is the next day in UTC.
    let text = repo.read();
    std::fs::write(repo.path(), text.replace("power = 4", "power = 5")).unwrap();
    repo.git(&["add", "-A"]);
    repo.git_as(
        "Bea",
        "2027-02-10T23:30:00-10:00",
        &["commit", "-qm", "Power 5"],
    )
    .ok();
    assert_eq!(
        moves(&["--since", "2027-02-10", "--until", "2027-02-10"]),
        ["Power 5"]
    );
    assert_eq!(moves(&["--since", "2027-02-11"]), Vec::<String>::new());
    // No commit after the day: nothing, and said so.
    let run = repo.coal(&["history", "--since", "2030-01-01"]).ok();
    assert!(
        run.stdout.starts_with("No change of a group in"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_bad_revision_is_refused_with_a_hint() {
    let repo = steps();
    for bad in ["nowhere", "v2..HEAD~9", "HEAD~40"] {
        let run = repo.coal(&["history", "--since", bad]).code(2);
        assert_eq!(run.stdout, "", "{bad}");
        assert!(run.stderr.contains("hint"), "{bad}: {}", run.stderr);
    }
    let run = repo.coal(&["history", "--until", "--all"]).code(2);
    assert_eq!(run.stdout, "");
}

#[test]
fn errors_say_what_and_what_to_do_and_print_nothing() {
    // Not in a git repository.
    let work = Workdir::with(&file(&[group("union", "Union", "")]));
    let run = work.refused(&["history"], 2);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains("not in a git repository"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("git init"), "{}", run.stderr);
    // A repository with no commit yet, the file untracked then staged.
    let repo = Repo::new();
    repo.write(&file(&[group("union", "Union", "")]));
    let run = repo.coal(&["history"]).code(2);
    assert!(run.stderr.contains("\nhint: "), "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("does not track"), "{}", run.stderr);
    assert!(
        run.stderr.contains("git add coalition.toml"),
        "{}",
        run.stderr
    );
    repo.git(&["add", "-A"]);
    let run = repo.coal(&["history"]).code(2);
    assert!(run.stderr.contains("\nhint: "), "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("git commit"), "{}", run.stderr);
    repo.commit("Start");
    // An untracked file in a repository with commits.
    std::fs::write(repo.dir().join("other.toml"), file(&[])).unwrap();
    let run = repo.coal(&["--file", "other.toml", "history"]).code(2);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("git add other.toml"), "{}", run.stderr);
    // Unknown group.
    let run = repo.coal(&["history", "nobody"]).code(2);
    assert!(run.stderr.contains("\nhint: "), "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("no group `nobody`"), "{}", run.stderr);
    assert!(run.stderr.contains("coal list groups"), "{}", run.stderr);
    // Public.
    let run = repo.coal(&["history", "--audience", "public"]).code(2);
    assert!(run.stderr.contains("\nhint: "), "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("history is internal"), "{}", run.stderr);
    // git missing from PATH.
    let run = Run::from(
        repo.command()
            .env("PATH", "/nonexistent")
            .arg("history")
            .output()
            .unwrap(),
    )
    .code(2);
    assert!(run.stderr.contains("\nhint: "), "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("git"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("not in a git repository"),
        "{}",
        run.stderr
    );
}

#[test]
fn uncommitted_changes_are_noted_on_stderr_only() {
    let repo = steps();
    let clean = repo.coal(&["history"]).ok();
    assert_eq!(clean.stderr, "");
    repo.edit_uncommitted("power = 4", "power = 5");
    let run = repo.coal(&["history"]).ok();
    assert_eq!(run.stdout, clean.stdout);
    assert!(run.stderr.contains("not committed"), "{}", run.stderr);
    assert_eq!(repo.coal(&["history", "-q"]).ok().stderr, "");
    assert_eq!(repo.json(&[])["uncommitted"], true);
}

/// Hostile input: a name and a subject with a pipe, backticks, an ANSI
/// escape, a bidi control and a formula start.
const HOSTILE_NAME: &str = "=A|B `x` \\u001b[31mred \\u202Eevil";
const HOSTILE_SUBJECT: &str = "=HYPERLINK(\"http://x\") | `y` \u{1b}[2J \u{202E}gnp";

fn hostile() -> Repo {
    let repo = Repo::new();
    repo.save(
        &file(&[group("bad", HOSTILE_NAME, "power = 1\n")]),
        HOSTILE_SUBJECT,
    );
    repo.edit("power = 1", "power = 2", HOSTILE_SUBJECT);
    repo
}

#[test]
fn markdown_and_table_make_hostile_names_and_subjects_inert() {
    let repo = hostile();
    for format in ["table", "markdown"] {
        let run = repo.coal(&["history", "--format", format]).ok();
        for bad in ['\u{1b}', '\u{202E}'] {
            assert!(!run.stdout.contains(bad), "{format}: {:?}", run.stdout);
        }
        if format == "markdown" {
            for line in run.stdout.lines().skip(2) {
                // Six cells: seven unescaped pipes, no more.
                let pipes = line.matches('|').count() - line.matches("\\|").count();
                assert_eq!(pipes, 7, "{line}");
                let ticks = line.matches('`').count() - line.matches("\\`").count();
                assert_eq!(ticks, 2, "only the commit's code span: {line}");
            }
        }
    }
}

#[test]
fn csv_neutralises_formulas_and_json_keeps_the_text() {
    let repo = hostile();
    let run = repo.coal(&["history", "--format", "csv"]).ok();
    assert!(
        run.stdout
            .starts_with("date,commit,author,group,id,name,event,field,old,new,reason\r\n"),
        "{}",
        run.stdout
    );
    let mut reader = csv::ReaderBuilder::new().from_reader(run.stdout.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    for row in &rows {
        for cell in row {
            assert!(
                !cell.trim_start().starts_with(['=', '+', '-', '@']),
                "{cell:?} in {row:?}"
            );
            assert!(!cell.contains(['\u{1b}', '\u{202E}']), "{cell:?}");
        }
    }
    assert_eq!(&rows[1][6], "changed");
    assert_eq!(&rows[1][7], "power");
    assert_eq!((&rows[1][8], &rows[1][9]), ("1", "2"));
    let json = repo.json(&[]);
    assert_eq!(json["changes"][1]["reason"], HOSTILE_SUBJECT);
    assert_eq!(
        json["changes"][1]["name"],
        "=A|B `x` \u{1b}[31mred \u{202E}evil"
    );
}

/// A history of every kind of row, for the snapshots.
fn story() -> Repo {
    let repo = Repo::new();
    repo.save(
        &file(&[
            group(
                "union",
                "Union",
                "status = \"contacted\"\nspectrum = \"neutral\"\n",
            ),
            group("church", "Church", "impacted = true\n"),
        ]),
        "Map after the kickoff",
    );
    repo.edit(
        "status = \"contacted\"",
        "status = \"member\"",
        "Union joined",
    );
    repo.edit(
        "spectrum = \"neutral\"",
        "spectrum = \"active_ally\"\npower = 4",
        "Assembly of March",
    );
    repo.coal(&["rename-group", "union", "union-301"]).ok();
    repo.commit("Local 301");
    repo.edit(
        "status = \"member\"",
        "status = \"left\"",
        "Union left over the rent vote",
    );
    let text = repo.read();
    let at = text.find("[groups.church]").unwrap();
    repo.save(&text[..at], "Church closed");
    repo
}

#[test]
fn the_table_and_markdown_in_english() {
    let repo = story();
    insta::assert_snapshot!("table", repo.coal(&["history"]).ok().stdout);
    insta::assert_snapshot!(
        "markdown",
        repo.coal(&["history", "--format", "markdown"]).ok().stdout
    );
    insta::assert_snapshot!(
        "table-one-group-power",
        repo.coal(&["history", "union", "--field", "power", "--field", "status"])
            .ok()
            .stdout
    );
}

#[test]
fn the_table_in_french_and_json_csv_in_english() {
    let repo = story();
    let french = |format: &str| {
        Run::from(
            repo.command()
                .env("COAL_LANG", "fr")
                .args(["history", "--format", format])
                .output()
                .unwrap(),
        )
        .ok()
        .stdout
    };
    insta::assert_snapshot!("table-fr", french("table"));
    insta::assert_snapshot!("markdown-fr", french("markdown"));
    assert_eq!(
        french("json"),
        repo.coal(&["history", "--format", "json"]).ok().stdout
    );
    assert_eq!(
        french("csv"),
        repo.coal(&["history", "--format", "csv"]).ok().stdout
    );
    let run = Run::from(
        repo.command()
            .env("COAL_LANG", "fr")
            .args(["history", "nobody"])
            .output()
            .unwrap(),
    )
    .code(2);
    assert!(run.stderr.contains("erreur\u{a0}:"), "{}", run.stderr);
}

/// `n` commits, each moving the union's power, written by one
/// `git fast-import` (a commit each through `git commit` would be slow).
fn many(n: usize) -> Repo {
    let repo = Repo::new();
    let mut stream = String::new();
    for i in 0..n {
        let text = file(&[group(
            "union",
            "Union",
            &format!("interest = 3\npower = {}\n", 1 + i % 5),
        )]);
        let message = format!("Step {i}");
        let when = 1_800_000_000 + i * 3600;
        stream.push_str(&format!(
            "commit refs/heads/main\nauthor Ana <ana@example.org> {when} +0000\ncommitter Ana <ana@example.org> {when} +0000\ndata {}\n{message}\nM 644 inline coalition.toml\ndata {}\n{text}\n",
            message.len(),
            text.len()
        ));
    }
    let mut import = Command::new("git")
        .current_dir(repo.dir())
        .args(["fast-import", "--quiet"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    import
        .stdin
        .take()
        .unwrap()
        .write_all(stream.as_bytes())
        .unwrap();
    assert!(import.wait().unwrap().success());
    repo.git(&["reset", "-q", "--hard"]);
    repo
}

#[test]
fn a_long_walk_shows_its_progress_on_a_terminal_only() {
    let repo = many(240);
    let mut session = common::pty::spawn(&repo.work, &["history", "--field", "power"]);
    let screen = session.exp_eof().unwrap();
    assert!(screen.contains("commits read"), "{screen}");
    assert!(screen.contains("Step 239"), "{screen}");
    let mut session = common::pty::spawn(&repo.work, &["-q", "history", "--field", "power"]);
    let screen = session.exp_eof().unwrap();
    assert!(!screen.contains("commits read"), "{screen}");
    // In a pipe: the report, and not one byte of progress.
    let run = repo.coal(&["history", "--field", "power"]).ok();
    assert_eq!(run.stderr, "");
    assert_eq!(repo.json(&[])["changes"].as_array().unwrap().len(), 240);
}

mod replay {
    //! Replaying the rows of a random history from the empty file gives
    //! every group's tracked fields in the last version, as a history of
    //! that version alone (one commit: every group added) tells them.

    use std::collections::BTreeMap;

    use proptest::prelude::*;
    use serde_json::{Map, Value};

    use super::{MINIMAL, Repo};

    /// The fields a test group may have, and the values each takes.
    const FIELDS: [(&str, &[&str]); 5] = [
        (
            "status",
            &["\"prospect\"", "\"contacted\"", "\"member\"", "\"left\""],
        ),
        (
            "spectrum",
            &["\"neutral\"", "\"passive_ally\"", "\"active_ally\""],
        ),
        ("power", &["1", "3", "5"]),
        ("impacted", &["true", "false"]),
        ("public", &["true", "false"]),
    ];
    const IDS: [&str; 6] = ["a", "b", "c", "d", "e", "f"];

    #[derive(Debug, Clone)]
    enum Op {
        /// Set (or with none, take out) a field of a group.
        Set(usize, usize, Option<usize>),
        Add,
        Remove(usize),
        /// Give a group a free id, as `coal rename-group` does.
        Rename(usize, usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            4 => (0..6usize, 0..5usize, proptest::option::of(0..4usize))
                .prop_map(|(g, f, v)| Op::Set(g, f, v)),
            2 => Just(Op::Add),
            1 => (0..6usize).prop_map(Op::Remove),
            1 => (0..6usize, 0..6usize).prop_map(|(g, to)| Op::Rename(g, to)),
        ]
    }

    /// A group: its id, its name (never shared, so a rename is told as
    /// one) and the fields written out.
    type Group = (String, String, BTreeMap<&'static str, &'static str>);

    fn text(groups: &[Group]) -> String {
        let mut out = MINIMAL.to_string();
        for (id, name, fields) in groups {
            out.push_str(&format!("\n[groups.{id}]\nname = \"{name}\"\n"));
            for (key, value) in fields {
                out.push_str(&format!("{key} = {value}\n"));
            }
        }
        out
    }

    fn apply(groups: &mut Vec<Group>, op: &Op, names: &mut usize) {
        let free = |groups: &Vec<Group>, from: usize| {
            (0..IDS.len())
                .map(|i| IDS[(from + i) % IDS.len()])
                .find(|id| !groups.iter().any(|g| g.0 == *id))
        };
        match op {
            Op::Add | Op::Set(..) | Op::Remove(_) | Op::Rename(..) if groups.is_empty() => {
                if let Some(id) = free(groups, *names) {
                    *names += 1;
                    groups.push((id.to_string(), format!("G{names}"), BTreeMap::new()));
                }
            }
            Op::Add => {
                if let Some(id) = free(groups, *names) {
                    *names += 1;
                    groups.push((id.to_string(), format!("G{names}"), BTreeMap::new()));
                }
            }
            Op::Set(g, f, v) => {
                let n = groups.len();
                let (key, values) = FIELDS[*f];
                let fields = &mut groups[g % n].2;
                match v {
                    Some(v) => fields.insert(key, values[v % values.len()]),
                    None => fields.remove(key),
                };
            }
            Op::Remove(g) => {
                let n = groups.len();
                groups.remove(g % n);
            }
            Op::Rename(g, to) => {
                let n = groups.len();
                if let Some(id) = free(groups, *to) {
                    groups[g % n].0 = id.to_string();
                }
            }
        }
        groups.sort_by(|a, b| a.0.cmp(&b.0));
    }

    /// The groups' tracked fields by id, replayed from the rows.
    fn replayed(json: &Value) -> BTreeMap<String, Map<String, Value>> {
        let mut state: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
        for row in json["changes"].as_array().unwrap() {
            let id = row["id"].as_str().unwrap().to_string();
            match row["event"].as_str().unwrap() {
                "added" => {
                    assert!(!state.contains_key(&id), "{row}");
                    state.insert(id, row["new"].as_object().unwrap().clone());
                }
                "removed" => {
                    let was = state.remove(&id).expect("a removed group was there");
                    assert_eq!(Value::Object(was), row["old"], "{row}");
                }
                "renamed" => {
                    let from = row["old"].as_str().unwrap();
                    let fields = state.remove(from).expect("a renamed group was there");
                    assert!(state.insert(id, fields).is_none(), "{row}");
                }
                _ => {
                    let field = row["field"].as_str().unwrap();
                    let fields = state.get_mut(&id).expect("a changed group is there");
                    assert_eq!(
                        fields.get(field).unwrap_or(&Value::Null),
                        &row["old"],
                        "{row}"
                    );
                    match &row["new"] {
                        Value::Null => fields.remove(field),
                        new => fields.insert(field.to_string(), new.clone()),
                    };
                }
            }
        }
        state
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

        #[test]
        fn replaying_the_rows_gives_the_last_version(ops in prop::collection::vec(op(), 1..10)) {
            let repo = Repo::new();
            let mut groups = Vec::new();
            let mut names = 0;
            repo.save(&text(&groups), "Empty");
            for (n, op) in ops.iter().enumerate() {
                apply(&mut groups, op, &mut names);
                repo.save(&text(&groups), &format!("Step {n}: {op:?}"));
            }
            let last = Repo::new();
            last.save(&text(&groups), "Last");
            prop_assert_eq!(replayed(&repo.json(&[])), replayed(&last.json(&[])));
        }
    }
}

#[test]
fn odd_commits_and_settings_do_not_change_the_rows() {
    let repo = Repo::new();
    // A person's settings the walk must not follow.
    for (key, value) in [
        ("log.showRoot", "false"),
        ("diff.renames", "copies"),
        ("log.follow", "true"),
        ("color.ui", "always"),
        ("core.quotePath", "true"),
    ] {
        repo.git(&["config", key, value]);
    }
    // A byte-order mark, which coal reads past.
    repo.save(
        &format!(
            "\u{feff}{}",
            file(&[group("union", "Union", "power = 1\n")])
        ),
        "Start\u{1e}with\u{1f}separators",
    );
    repo.write(&file(&[group("union", "Union", "power = 2\n")]));
    repo.git(&["add", "-A"]);
    repo.git_as(
        "Bea\u{1f}\u{1e}Odd",
        "2027-03-01T10:00:00+00:00",
        &["commit", "-qm", "Second\u{1f}one"],
    )
    .ok();
    let json = repo.json(&["--field", "power"]);
    assert_eq!(
        rows(&json),
        [
            "union added -→{\"power\":1} (Start\u{1e}with\u{1f}separators)",
            "union changed power 1→2 (Second\u{1f}one)",
        ]
    );
    assert_eq!(json["changes"][1]["author"], "Bea\u{1f}\u{1e}Odd");
    assert_eq!(json["changes"][1]["date"], "2027-03-01T10:00:00Z");
    assert_eq!(json["skipped"], serde_json::json!([]));
    assert_eq!(json["uncommitted"], false);
    // A subfolder's file, committed as it is, has no uncommitted changes.
    let sub = Repo::at("campaign/coalition.toml");
    sub.save(&file(&[group("union", "Union", "")]), "Start");
    assert_eq!(sub.json(&[])["uncommitted"], false);
}

#[test]
fn a_rename_on_one_branch_and_a_move_on_the_other() {
    let repo = Repo::new();
    repo.save(
        &file(&[group("union", "Union", "status = \"member\"\npower = 2\n")]),
        "Start",
    );
    repo.git(&["checkout", "-q", "-b", "rename"]);
    repo.coal(&["rename-group", "union", "union-301"]).ok();
    repo.commit("Union is local 301");
    repo.git(&["checkout", "-q", "main"]);
    repo.edit("power = 2", "power = 4", "Union stronger");
    repo.day.set(repo.day.get() + 1);
    repo.git(&[
        "merge",
        "-q",
        "--no-edit",
        "-m",
        "Merge the rename",
        "rename",
    ]);
    assert!(
        repo.read()
            .contains("[groups.union-301]\nname = \"Union\"\nstatus = \"member\"\npower = 4")
    );
    let all = repo.rows(&["union"]);
    assert_eq!(
        all[1..],
        [
            "union-301 renamed id union→union-301 (Union is local 301)",
            "union-301 changed power 2→4 (Union stronger)",
        ]
    );
    assert_eq!(repo.rows(&["union-301"]), all);
}

// The review's findings (issue 19): each test below failed before the fix.

/// Two groups at neutral, committed as "Start".
fn two_neutral() -> Repo {
    let repo = Repo::new();
    repo.save(
        &file(&[
            group("a", "Alpha", "spectrum = \"neutral\"\n"),
            group("b", "Beta", "spectrum = \"neutral\"\n"),
        ]),
        "Start",
    );
    repo
}

/// Sets group `id`'s spectrum from `from` to `to` and commits it.
fn move_group(repo: &Repo, id: &str, from: &str, to: &str, subject: &str) {
    let text = repo.read();
    let at = text.find(&format!("[groups.{id}]")).unwrap();
    let (head, tail) = text.split_at(at);
    let old = format!("spectrum = \"{from}\"");
    assert!(tail.contains(&old), "{id} is not at {from}:\n{text}");
    let new = format!("spectrum = \"{to}\"");
    repo.save(&format!("{head}{}", tail.replacen(&old, &new, 1)), subject);
}

#[test]
fn a_conflict_settled_by_taking_the_branch_keeps_mains_move() {
    // F1a: git's history simplification left out main's side.
    let repo = two_neutral();
    repo.git(&["checkout", "-q", "-b", "feat"]);
    move_group(&repo, "a", "neutral", "active_ally", "feat: a to ally");
    repo.git(&["checkout", "-q", "main"]);
    move_group(
        &repo,
        "a",
        "neutral",
        "active_opposition",
        "main: a to opposition",
    );
    repo.day.set(repo.day.get() + 1);
    assert_ne!(repo.git_run(&["merge", "-q", "feat"]).status, 0);
    repo.git(&["checkout", "-q", "--theirs", "coalition.toml"]);
    repo.commit("merge feat, take ally");
    assert_eq!(
        repo.rows(&["a", "--field", "spectrum"]),
        [
            r#"a added -→{"spectrum":"neutral"} (Start)"#,
            "a changed spectrum neutral→active_ally (feat: a to ally)",
            "a changed spectrum neutral→active_opposition (main: a to opposition)",
        ]
    );
    assert_eq!(
        repo.rows(&["a", "--field", "spectrum", "--first-parent"]),
        [
            r#"a added -→{"spectrum":"neutral"} (Start)"#,
            "a changed spectrum neutral→active_opposition (main: a to opposition)",
            "a changed spectrum active_opposition→active_ally (merge feat, take ally)",
        ]
    );
}

#[test]
fn a_move_undone_on_a_merged_branch_is_still_told() {
    // F1b: the merge's file equals main's, so git skipped the branch.
    let repo = two_neutral();
    repo.git(&["checkout", "-q", "-b", "feat"]);
    move_group(
        &repo,
        "a",
        "neutral",
        "active_opposition",
        "feat: a turned against us at the rally",
    );
    move_group(
        &repo,
        "a",
        "active_opposition",
        "neutral",
        "feat: a back to neutral after talks",
    );
    repo.git(&["checkout", "-q", "main"]);
    std::fs::write(repo.dir().join("notes.txt"), "x\n").unwrap();
    repo.commit("notes");
    repo.day.set(repo.day.get() + 1);
    repo.git(&["merge", "-q", "--no-ff", "-m", "merge feat", "feat"]);
    let run = repo.coal(&["history", "a", "--field", "spectrum"]).ok();
    assert_eq!(run.stderr, "");
    assert_eq!(
        repo.rows(&["a", "--field", "spectrum"]),
        [
            r#"a added -→{"spectrum":"neutral"} (Start)"#,
            "a changed spectrum neutral→active_opposition (feat: a turned against us at the rally)",
            "a changed spectrum active_opposition→neutral (feat: a back to neutral after talks)",
        ]
    );
}

#[test]
fn a_merge_committed_with_conflict_markers_then_fixed_tells_nothing_twice() {
    // F2: the fix was compared with main's side alone.
    let repo = Repo::new();
    repo.save(
        &file(&[
            group("a", "Alpha", "spectrum = \"neutral\"\n"),
            group("b", "Beta", "spectrum = \"neutral\"\n"),
            group("c", "Gamma", "spectrum = \"neutral\"\n"),
        ]),
        "Start",
    );
    repo.git(&["checkout", "-q", "-b", "feat"]);
    let feat = file(&[
        group("a", "Alpha", "spectrum = \"active_ally\"\n"),
        group("b", "Beta", "spectrum = \"neutral\"\n"),
        group("c", "Gamma", "spectrum = \"passive_ally\"\n"),
    ]);
    repo.save(&feat, "feat: a ally, c passive");
    repo.git(&["checkout", "-q", "main"]);
    move_group(
        &repo,
        "a",
        "neutral",
        "active_opposition",
        "main: a opposition",
    );
    repo.day.set(repo.day.get() + 1);
    assert_ne!(repo.git_run(&["merge", "-q", "feat"]).status, 0);
    assert!(repo.read().contains("<<<<<<<"), "{}", repo.read());
    repo.git(&["commit", "-qam", "merge feat (markers left in)"]);
    repo.save(&feat, "fix markers, take feat");
    let json = repo.json(&["--field", "spectrum"]);
    assert_eq!(
        rows(&json),
        [
            r#"a added -→{"spectrum":"neutral"} (Start)"#,
            r#"b added -→{"spectrum":"neutral"} (Start)"#,
            r#"c added -→{"spectrum":"neutral"} (Start)"#,
            "a changed spectrum neutral→active_ally (feat: a ally, c passive)",
            "c changed spectrum neutral→passive_ally (feat: a ally, c passive)",
            "a changed spectrum neutral→active_opposition (main: a opposition)",
        ]
    );
    assert_eq!(json["skipped"][0]["reason"], "merge feat (markers left in)");
    repo.coal(&["history", "--format", "json"])
        .ok()
        .stderr_has("skipped commit")
        .stderr_has("markers left in");
}

#[test]
fn since_a_day_counts_a_branch_from_the_day_it_was_merged() {
    // F3: an old branch merged after the assembly was left out by its
    // author's date, while `report spectrum --since` counted it.
    let repo = two_neutral();
    repo.git(&["checkout", "-q", "-b", "feat"]);
    move_group(
        &repo,
        "a",
        "neutral",
        "active_ally",
        "feat: a ally (proposed)",
    );
    repo.git(&["checkout", "-q", "main"]);
    repo.day.set(10);
    repo.git(&["merge", "-q", "--no-ff", "-m", "merge feat", "feat"]);
    assert_eq!(repo.date(), "2027-01-11T12:00:00+02:00");
    let spectrum = ["--field", "spectrum", "--since", "2027-01-06"];
    assert_eq!(
        repo.rows(&spectrum),
        ["a changed spectrum neutral→active_ally (feat: a ally (proposed))"]
    );
    assert_eq!(
        repo.rows(&[&spectrum[..], &["--first-parent"]].concat()),
        ["a changed spectrum neutral→active_ally (merge feat)"]
    );
    repo.coal(&["report", "spectrum", "--since", "2027-01-06"])
        .ok()
        .stdout_has("neutral → active ally");
    // Before the merge's day, the branch had not landed.
    assert_eq!(
        repo.rows(&["--since", "2027-01-06", "--until", "2027-01-10"]),
        Vec::<String>::new()
    );
}

#[test]
fn a_file_moved_in_git_says_where_its_history_starts() {
    // F4: the groups were told as added at the move, with no word of why.
    let mut moved = Repo::new();
    moved.save(
        &file(&[group("a", "Alpha", "spectrum = \"neutral\"\n")]),
        "Start",
    );
    move_group(&moved, "a", "neutral", "passive_ally", "a moves closer");
    std::fs::create_dir(moved.dir().join("camp")).unwrap();
    moved.git(&["mv", "coalition.toml", "camp/coalition.toml"]);
    moved.commit("move the file into camp/");
    moved.file = "camp/coalition.toml".into();
    move_group(&moved, "a", "passive_ally", "active_ally", "a moves again");
    let json = moved.json(&["--field", "spectrum"]);
    let start = moved.git(&["rev-parse", "HEAD~1"]);
    assert_eq!(json["starts_in"], start.trim());
    assert_eq!(
        rows(&json),
        [
            r#"a added -→{"spectrum":"passive_ally"} (move the file into camp/)"#,
            "a changed spectrum passive_ally→active_ally (a moves again)",
        ]
    );
    moved
        .coal(&["history"])
        .ok()
        .stderr_has("starts in commit")
        .stderr_has(&start[..7])
        .stderr_has("git log --follow");
    // `--until` before the move: the file was not there, so no note.
    assert_eq!(moved.json(&["--until", "HEAD~2"])["starts_in"], Value::Null);
}

/// A clone of `repo` with `--depth`, in a folder of its own.
fn shallow(repo: &Repo, depth: &str) -> Repo {
    let clone = Repo {
        work: Workdir::new(),
        file: repo.file.clone(),
        day: Cell::new(repo.day.get()),
    };
    let source = format!("file://{}", repo.dir().display());
    let into = clone.dir().display().to_string();
    repo.git(&["clone", "-q", "--depth", depth, &source, &into]);
    clone
}

#[test]
fn a_shallow_clone_starts_where_it_was_cut_with_a_note() {
    // F5: every group was "added" at the shallow boundary, with no note.
    let repo = two_neutral();
    move_group(&repo, "a", "neutral", "passive_ally", "a closer");
    move_group(&repo, "b", "neutral", "passive_ally", "b closer");
    move_group(&repo, "a", "passive_ally", "active_ally", "a ally");
    let clone = shallow(&repo, "1");
    assert_eq!(
        clone.git(&["rev-parse", "--is-shallow-repository"]),
        "true\n"
    );
    let head = clone.git(&["rev-parse", "HEAD"]);
    let json = clone.json(&[]);
    assert_eq!(rows(&json), Vec::<String>::new());
    assert_eq!(json["shallow"], head.trim());
    clone
        .coal(&["history"])
        .ok()
        .stderr_has("shallow")
        .stderr_has(&head[..7])
        .stderr_has("git fetch --unshallow");
    // One commit deeper: the move after the cut is told, the cut's groups
    // are not "added".
    let clone = shallow(&repo, "2");
    let json = clone.json(&["--field", "spectrum"]);
    assert_eq!(
        rows(&json),
        ["a changed spectrum passive_ally→active_ally (a ally)"]
    );
    assert_eq!(json["shallow"], clone.git(&["rev-parse", "HEAD~1"]).trim());
    // A whole clone is no shallow one.
    assert_eq!(repo.json(&[])["shallow"], Value::Null);
}

#[test]
fn a_crlf_checkout_has_no_uncommitted_changes() {
    // F6: `core.autocrlf=true` wrote CRLF, compared byte for byte.
    let repo = two_neutral();
    repo.git(&["config", "core.autocrlf", "true"]);
    std::fs::remove_file(repo.path()).unwrap();
    repo.git(&["checkout", "-q", "coalition.toml"]);
    assert!(repo.read().contains("\r\n"), "no CRLF checkout");
    assert_eq!(repo.git(&["status", "--short"]), "");
    let run = repo.coal(&["history"]).ok();
    assert_eq!(run.stderr, "");
    assert_eq!(repo.json(&[])["uncommitted"], false);
    // A real change is still seen.
    repo.edit_uncommitted("\"neutral\"", "\"passive_ally\"");
    assert_eq!(repo.json(&[])["uncommitted"], true);
}

#[test]
fn subjects_in_another_commit_encoding_come_out_as_utf8() {
    // F7: `i18n.commitEncoding=latin1` gave U+FFFD in reasons.
    let repo = Repo::new();
    repo.save(
        &file(&[group("a", "Alpha", "spectrum = \"neutral\"\n")]),
        "Start",
    );
    repo.edit_uncommitted("\"neutral\"", "\"active_ally\"");
    let message = repo.dir().join(".git/MESSAGE");
    std::fs::write(&message, b"Caf\xe9 assembly vote\n").unwrap();
    repo.day.set(repo.day.get() + 1);
    let message = message.display().to_string();
    repo.git(&[
        "-c",
        "i18n.commitEncoding=latin1",
        "commit",
        "-qa",
        "-F",
        &message,
    ]);
    repo.git(&["config", "i18n.commitEncoding", "latin1"]);
    let last = || repo.rows(&["--field", "spectrum"]).pop().unwrap();
    assert_eq!(
        last(),
        "a changed spectrum neutral→active_ally (Café assembly vote)"
    );
    repo.git(&["config", "i18n.logOutputEncoding", "latin1"]);
    assert_eq!(
        last(),
        "a changed spectrum neutral→active_ally (Café assembly vote)"
    );
    let csv = repo.coal(&["history", "--format", "csv"]).ok();
    assert!(csv.stdout.contains("Café assembly vote"), "{}", csv.stdout);
}

#[test]
fn until_before_since_is_refused() {
    // F9: an empty range read as "no change in 0 commits".
    let repo = steps();
    let before = std::fs::read(repo.path()).unwrap();
    let run = repo
        .coal(&["history", "--since", "2027-01-04", "--until", "2027-01-02"])
        .code(2);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr
            .contains("`--until 2027-01-02` comes before `--since 2027-01-04`"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read(repo.path()).unwrap(), before);
    // Revisions the wrong way round, by ancestry.
    let run = repo
        .coal(&["history", "--since", "HEAD", "--until", "HEAD~2"])
        .code(2);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr
            .contains("`--until HEAD~2` comes before `--since HEAD`"),
        "{}",
        run.stderr
    );
    let run = repo
        .coal(&["history", "--since", "v2", "--until", "2027-01-02"])
        .code(2);
    run.stderr_has("comes before");
    // A revision and itself is an empty range, not a wrong order.
    repo.coal(&["history", "--since", "v2", "--until", "v2"])
        .ok();
    // The same day on both sides is one day, not an empty range.
    assert_eq!(
        repo.rows(&[
            "--since",
            "2027-01-03",
            "--until",
            "2027-01-03",
            "--field",
            "power"
        ]),
        ["union changed power 1→2 (Power 2)"]
    );
}

#[test]
fn a_version_with_groups_as_an_array_of_tables_is_skipped() {
    // F11: `[[groups]]` parsed as a file with no group: removed, then added.
    let repo = Repo::new();
    repo.save(
        &file(&[group("a", "Alpha", "spectrum = \"neutral\"\n")]),
        "Start",
    );
    repo.save(
        &format!(
            "{MINIMAL}\n[[groups]]\nid = \"a\"\nname = \"Alpha\"\nspectrum = \"active_ally\"\n"
        ),
        "try array of tables",
    );
    repo.save(
        &file(&[group("a", "Alpha", "spectrum = \"active_ally\"\n")]),
        "back to tables",
    );
    let json = repo.json(&["--field", "spectrum"]);
    assert_eq!(
        rows(&json),
        [
            r#"a added -→{"spectrum":"neutral"} (Start)"#,
            "a changed spectrum neutral→active_ally (back to tables)",
        ]
    );
    assert_eq!(json["skipped"][0]["reason"], "try array of tables");
    assert_eq!(
        json["skipped"][0]["error"],
        "`groups` is not a table of groups"
    );
    repo.coal(&["history"])
        .ok()
        .stderr_has("skipped commit")
        .stderr_has("try array of tables");
}

#[test]
fn since_a_revision_whose_version_does_not_parse_keeps_the_next_moves() {
    // F12: the tagged version did not parse, so the next commit had nothing
    // to be compared with and its moves vanished.
    let repo = two_neutral();
    repo.edit(
        "spectrum = \"neutral\"",
        "spectrum = \"active_ally",
        "a ally (typo)",
    );
    repo.git(&["tag", "assembly"]);
    let text = repo
        .read()
        .replacen("\"active_ally\n", "\"active_ally\"\n", 1);
    repo.write(&text);
    move_group(
        &repo,
        "b",
        "neutral",
        "passive_ally",
        "fix quote, b passive",
    );
    let json = repo.json(&["--since", "assembly", "--field", "spectrum"]);
    assert_eq!(
        rows(&json),
        [
            "a changed spectrum neutral→active_ally (fix quote, b passive)",
            "b changed spectrum neutral→passive_ally (fix quote, b passive)",
        ]
    );
    // The day of the tag and the tag agree.
    assert_eq!(
        repo.rows(&["--since", "2027-01-03", "--field", "spectrum"]),
        rows(&json)
    );
    // The report needs where each group stood at the bound, which a file
    // that does not parse cannot say: it refuses, and says what to do,
    // rather than tell "no group moved".
    let report = repo
        .coal(&["report", "spectrum", "--since", "assembly"])
        .code(2);
    assert!(report.stdout.is_empty(), "{}", report.stdout);
    assert!(
        report.stderr.contains("does not parse") && report.stderr.contains("hint:"),
        "{}",
        report.stderr
    );
}

#[test]
fn a_rename_that_frees_its_id_to_a_new_group_in_the_same_commit() {
    let repo = Repo::new();
    repo.save(
        &file(&[group("union", "Union", "spectrum = \"neutral\"\n")]),
        "Start",
    );
    move_group(&repo, "union", "neutral", "passive_ally", "Union warmed up");
    repo.save(
        &file(&[
            group("union-301", "Union", "spectrum = \"passive_ally\"\n"),
            group("union", "Union Youth", "spectrum = \"neutral\"\n"),
        ]),
        "Union is local 301; the youth take the id",
    );
    assert_eq!(
        repo.rows(&["union-301", "--field", "spectrum"]),
        [
            r#"union-301 added -→{"spectrum":"neutral"} (Start)"#,
            "union-301 changed spectrum neutral→passive_ally (Union warmed up)",
        ]
    );
    assert_eq!(
        repo.rows(&["union-301"])[2],
        "union-301 renamed id union→union-301 (Union is local 301; the youth take the id)"
    );
    // A group that only took a new name, beside a newcomer given its old
    // name, is no rename: its entry did not move.
    repo.save(
        &file(&[
            group(
                "union-301",
                "Union of drivers",
                "spectrum = \"passive_ally\"\n",
            ),
            group("union", "Union Youth", "spectrum = \"neutral\"\n"),
            group("newcomer", "Union", "spectrum = \"neutral\"\n"),
        ]),
        "The union's full name, and another Union",
    );
    assert_eq!(
        repo.rows(&["newcomer"]),
        [
            r#"newcomer added -→{"status":"prospect","participation":"active","spectrum":"neutral","impacted":false,"public":false} (The union's full name, and another Union)"#
        ]
    );
    assert_eq!(
        repo.rows(&["union", "--field", "spectrum"]),
        [r#"union added -→{"spectrum":"neutral"} (Union is local 301; the youth take the id)"#]
    );
}

#[test]
fn a_file_added_after_a_first_commit_has_no_note_of_a_move() {
    // The note is for a file moved there, not for one added after a README.
    let repo = Repo::new();
    std::fs::write(repo.dir().join("README.md"), "# Our coalition\n").unwrap();
    repo.commit("README");
    repo.save(
        &file(&[group("a", "Alpha", "spectrum = \"neutral\"\n")]),
        "Start",
    );
    let run = repo.coal(&["history"]).ok();
    assert_eq!(run.stderr, "");
    assert_eq!(repo.json(&[])["starts_in"], Value::Null);
    assert_eq!(
        repo.rows(&["--field", "spectrum"]),
        [r#"a added -→{"spectrum":"neutral"} (Start)"#]
    );
}

#[test]
fn a_shallow_clone_cut_below_a_merge_adds_no_group_on_either_side() {
    let repo = two_neutral();
    repo.git(&["checkout", "-q", "-b", "feat"]);
    move_group(&repo, "a", "neutral", "active_ally", "feat: a ally");
    repo.git(&["checkout", "-q", "main"]);
    move_group(&repo, "b", "neutral", "passive_ally", "main: b closer");
    repo.day.set(repo.day.get() + 1);
    repo.git(&["merge", "-q", "--no-ff", "-m", "merge feat", "feat"]);
    let clone = shallow(&repo, "2");
    let cut = clone.git(&["rev-parse", "HEAD^1", "HEAD^2"]);
    let json = clone.json(&[]);
    assert_eq!(rows(&json), Vec::<String>::new());
    assert!(
        cut.lines().any(|c| json["shallow"] == c),
        "{cut} {}",
        json["shallow"]
    );
    clone.coal(&["history"]).ok().stderr_has("shallow");
}

#[test]
fn why_a_version_is_skipped_is_english_in_json_whatever_the_language() {
    let repo = Repo::new();
    repo.save(&file(&[group("union", "Union", "power = 2\n")]), "Start");
    // `[[groups]]` is TOML, but no table of groups: coal's own reason.
    repo.save(
        "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n[[groups]]\nname = \"Union\"\n",
        "Array of tables",
    );
    repo.save(&file(&[group("union", "Union", "power = 3\n")]), "Back");
    let english = repo.json(&[]);
    assert_eq!(
        english["skipped"][0]["error"],
        "`groups` is not a table of groups"
    );
    let french = repo
        .coal(&["--lang", "fr", "history", "--format", "json"])
        .ok();
    assert_eq!(
        french.stdout,
        repo.coal(&["history", "--format", "json"]).ok().stdout
    );
    // The note on stderr is French around the reason.
    let note = repo.coal(&["--lang", "fr", "history"]).ok();
    assert!(note.stderr.contains("ignoré"), "{}", note.stderr);
}

#[test]
fn a_linked_coalition_file_has_the_history_of_its_target() {
    let repo = Repo::at("shared/coalition.toml");
    std::fs::create_dir_all(repo.dir().join("shared")).unwrap();
    repo.save(&file(&[group("union", "Union", "power = 2\n")]), "Start");
    repo.edit("power = 2", "power = 4", "Union grew");
    // A folder of its own, with a link to the shared file.
    let mine = repo.dir().join("mine");
    std::fs::create_dir_all(&mine).unwrap();
    std::os::unix::fs::symlink("../shared/coalition.toml", mine.join("coalition.toml")).unwrap();
    let run = Run::from(
        repo.command()
            .current_dir(&mine)
            .args(["history", "--format", "json", "--field", "power"])
            .output()
            .unwrap(),
    )
    .ok();
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        rows(&json),
        [
            r#"union added -→{"power":2} (Start)"#,
            "union changed power 2→4 (Union grew)",
        ]
    );
    assert_eq!(
        run.stderr, "",
        "no note: the target has no uncommitted change"
    );
}

#[test]
fn authors_are_named_as_the_mailmap_names_them() {
    let repo = Repo::new();
    repo.git_as(
        "ana",
        "2027-01-01T12:00:00+00:00",
        &["commit", "-q", "--allow-empty", "-m", "Empty start"],
    );
    repo.write(&file(&[group("union", "Union", "power = 2\n")]));
    repo.git(&["add", "-A"]);
    repo.git_as(
        "ana",
        "2027-01-02T12:00:00+00:00",
        &["commit", "-q", "-m", "Start"],
    );
    std::fs::write(
        repo.dir().join(".mailmap"),
        "Ana Organizer <ana@example.org> ana <ana@example.org>\n",
    )
    .unwrap();
    let json = repo.json(&[]);
    assert_eq!(json["changes"][0]["author"], "Ana Organizer");
}

#[test]
fn a_partial_clone_that_fetches_each_version_while_git_talks_on_stderr() {
    // A blobless clone fetches each version as cat-file asks for it; with
    // GIT_TRACE_PACKET git writes far more than a pipe holds on stderr,
    // which once stopped the walk for good.
    let repo = two_neutral();
    for n in 0..30 {
        let (from, to) = if n % 2 == 0 {
            ("neutral", "passive_ally")
        } else {
            ("passive_ally", "neutral")
        };
        move_group(&repo, "a", from, to, &format!("a moves, {n}"));
        // Every version its own blob: each is fetched on its own.
        let text = repo.read();
        repo.save(&format!("{text}# version {n}\n"), &format!("version {n}"));
    }
    repo.git(&["config", "uploadpack.allowFilter", "true"]);
    let clone = Repo {
        work: Workdir::new(),
        file: repo.file.clone(),
        day: Cell::new(repo.day.get()),
    };
    let source = format!("file://{}", repo.dir().display());
    let into = clone.dir().display().to_string();
    repo.git(&["clone", "-q", "--filter=blob:none", &source, &into]);
    let missing = clone.git(&["rev-list", "--objects", "--missing=print", "--all"]);
    assert!(
        missing.lines().filter(|l| l.starts_with('?')).count() > 30,
        "{missing}"
    );
    let run = Run::from(
        clone
            .command()
            // About 3 KB a version: 100 KB in all, more than a pipe holds.
            .env("GIT_TRACE_PACKET", "1")
            .env("GIT_TRACE", "1")
            .env("GIT_TRACE2_EVENT", "2")
            .args(["history", "--format", "json", "--field", "spectrum"])
            .output()
            .unwrap(),
    )
    .ok();
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["changes"].as_array().unwrap().len(), 32, "{json}");
}

#[test]
fn a_revision_found_by_its_subject_and_an_until_on_an_unborn_branch() {
    let repo = two_neutral();
    move_group(&repo, "a", "neutral", "passive_ally", "a closer");
    move_group(&repo, "b", "neutral", "passive_ally", "b closer");
    // `:/text` names the newest commit whose subject holds it.
    assert_eq!(
        repo.rows(&["--since", ":/a closer", "--field", "spectrum"]),
        ["b changed spectrum neutral→passive_ally (b closer)"]
    );
    // On a branch with no commit yet, the history up to main reads all the same.
    repo.git(&["checkout", "-q", "--orphan", "fresh"]);
    assert_eq!(
        repo.rows(&["--until", "main", "--field", "spectrum"]).len(),
        4
    );
}

#[test]
fn a_walk_from_the_bound_tells_what_the_whole_walk_tells_after_it() {
    // The spectrum report walks from `--since` only (`Query::from_bound`);
    // the plain way walks the whole history and keeps what comes after.
    use coal::git::history::{Query, read};
    use coal::model::history::Bound;
    let repo = two_neutral();
    move_group(&repo, "a", "neutral", "passive_ally", "a closer");
    let text = repo.read().replace("[groups.b]", "[groups.bee]");
    repo.save(&text, "b's id before the bound");
    repo.git(&["tag", "bound"]);
    move_group(&repo, "bee", "neutral", "passive_ally", "bee closer");
    repo.git(&["checkout", "-q", "-b", "side"]);
    move_group(
        &repo,
        "a",
        "passive_ally",
        "active_ally",
        "a ally, on a branch",
    );
    repo.git(&["checkout", "-q", "main"]);
    let text = repo.read().replace("[groups.bee]", "[groups.b2]");
    repo.save(&text, "b's id after the bound");
    repo.day.set(repo.day.get() + 1);
    repo.git(&["merge", "-q", "--no-edit", "side"]);
    move_group(&repo, "b2", "passive_ally", "active_ally", "b2 ally");
    for first_parent in [true, false] {
        let walk = |from_bound| {
            let query = Query {
                since: Some(Bound::Rev("bound".into())),
                until: None,
                first_parent,
                working: false,
                from_bound,
            };
            read(&repo.path(), &query, &mut |_, _| {}).unwrap()
        };
        let (from_the_bound, whole) = (walk(true), walk(false));
        assert!(!whole.changes.is_empty());
        assert_eq!(
            from_the_bound.changes, whole.changes,
            "first parent: {first_parent}"
        );
        assert_eq!(from_the_bound.base, whole.base);
    }
}
