//! The file and git in French (issue 18): `coal diff` prose, the errors of
//! the store (parse, lock, refusals), `coal init`, removals and renames,
//! and the merge driver's notes, beside their English.

mod common;

use std::path::Path;
use std::process::Command;

use common::*;

fn french(work: &Workdir, args: &[&str]) -> Run {
    Run::from(
        work.command()
            .env("COAL_LANG", "fr")
            .args(args)
            .output()
            .unwrap(),
    )
}

/// The example as it was (`old.toml`) and as it is now (`coalition.toml`):
/// two groups joined, one moved on the spectrum, one added, one removed,
/// a decision logged.
fn two_versions() -> Workdir {
    let work = Workdir::with(&example());
    std::fs::write(work.dir.path().join("old.toml"), example()).unwrap();
    for args in [
        &[
            "update-group",
            "autochtone-solidarite",
            "--status",
            "member",
            "--spectrum",
            "active_ally",
        ][..],
        &["update-group", "cegep-students", "--status", "member"],
        &["add-group", "Voisins du parc", "--id", "voisins"],
        &["remove-group", "city-council-ngo"],
        &["add-tactic", "Banquet de rue", "--id", "banquet"],
    ] {
        work.run(args).ok();
    }
    work
}

#[test]
fn diff_text_and_markdown_in_french_beside_english() {
    let work = two_versions();
    for (format, name) in [("text", "diff-text"), ("markdown", "diff-markdown")] {
        let args = ["diff", "old.toml", "--format", format];
        insta::assert_snapshot!(name, work.run(&args).ok().stdout);
        insta::assert_snapshot!(format!("{name}-fr"), french(&work, &args).ok().stdout);
    }
    let markdown = french(&work, &["diff", "old.toml", "--format", "markdown"]).stdout;
    assert!(
        markdown.starts_with(
            "**Changements dans la coalition\u{a0}:** 1 groupe ajouté, 2 groupes ont rejoint la coalition"
        ),
        "{markdown}"
    );
    // The spectrum's words are the French labels, not the file's.
    assert!(
        markdown.contains(
            "1 groupe passé de «\u{a0}allié·e passif·ve\u{a0}» à «\u{a0}allié·e actif·ve\u{a0}»"
        ),
        "{markdown}"
    );
    french(&work, &["diff", "coalition.toml", "coalition.toml"])
        .ok()
        .stdout_has("aucun changement");
}

#[test]
fn diff_json_is_the_same_in_both_languages() {
    let work = two_versions();
    let args = ["diff", "old.toml", "--format", "json"];
    let english = work.run(&args).ok().stdout;
    assert_eq!(french(&work, &args).ok().stdout, english);
    let with_lang = Run::from(
        work.command()
            .env("LANG", "fr_FR.UTF-8")
            .args(["--lang", "fr"])
            .args(args)
            .output()
            .unwrap(),
    );
    assert_eq!(with_lang.ok().stdout, english);
}

#[test]
fn a_parse_error_names_line_and_column_in_french() {
    let work = Workdir::with("schema = 1\npower = \"high\n");
    let run = french(&work, &["check"]).code(3);
    insta::assert_snapshot!("parse-error-fr", run.stderr);
    assert!(
        run.stderr
            .contains("coalition.toml:2:14: TOML non valide\u{a0}:"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains(" 2 | power = \"high"), "{}", run.stderr);
}

#[test]
fn a_missing_file_and_a_merge_conflict_are_told_in_french() {
    let work = Workdir::new();
    french(&work, &["check"])
        .code(3)
        .stderr_has("aucun coalition.toml ici")
        .stderr_has("lancez `coal init` pour en créer un");
    work.write("schema = 1\n<<<<<<< ours\na = 1\n=======\na = 2\n>>>>>>> theirs\n");
    french(&work, &["check"])
        .code(3)
        .stderr_has("coalition.toml:2:1: conflit de fusion non résolu")
        .stderr_has("gardez la version voulue");
}

#[test]
fn a_held_lock_is_told_in_french() {
    let work = Workdir::with(&example());
    let lock = std::fs::File::create(work.dir.path().join(".coalition.toml.lock")).unwrap();
    lock.lock().unwrap();
    let run = Run::from(
        work.command()
            .env("COAL_LANG", "fr")
            .env("COAL_LOCK_TIMEOUT", "0")
            .args(["add-group", "Voisins du parc"])
            .output()
            .unwrap(),
    )
    .code(3);
    assert!(
        run.stderr
            .contains("coalition.toml depuis 0\u{a0}s\u{202f}; abandon de l’attente"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("un processus bloqué tient"),
        "{}",
        run.stderr
    );
    Run::from(
        work.command()
            .env("COAL_LOCK_TIMEOUT", "soon")
            .env("COAL_LANG", "fr")
            .args(["add-group", "Voisins du parc"])
            .output()
            .unwrap(),
    )
    .code(2)
    .stderr_has("COAL_LOCK_TIMEOUT doit être un nombre de secondes");
    drop(lock);
}

#[test]
fn init_speaks_french() {
    let work = Workdir::new();
    french(
        &work,
        &[
            "init",
            "--dry-run",
            "--name",
            "Front commun",
            "--unity",
            "Un toit pour tout le monde",
        ],
    )
    .ok()
    .stderr_has("créerait coalition.toml (essai\u{a0}: rien n’a été écrit)");
    french(
        &work,
        &[
            "init",
            "--name",
            "Front commun",
            "--unity",
            "Un toit pour tout le monde",
        ],
    )
    .ok()
    .stderr_has("coalition.toml créé pour Front commun\nensuite\u{a0}: ajoutez les groupes");
    french(&work, &["init", "--no-input", "--name", "Autre"])
        .code(2)
        .stderr_has("coalition.toml existe déjà")
        .stderr_has("utilisez `--force` pour le remplacer");
}

#[test]
fn a_remove_refused_for_its_references_in_french_beside_english() {
    let work = Workdir::with(&example());
    let english = work.refused(&["remove-tactic", "petition"], 2);
    insta::assert_snapshot!("remove-referenced", english.stderr);
    let run = french(&work, &["remove-tactic", "petition"]).code(2);
    insta::assert_snapshot!("remove-referenced-fr", run.stderr);
    assert!(
        run.stderr
            .contains("la tactique `petition` est encore mentionnée à"),
        "{}",
        run.stderr
    );
    assert_eq!(work.read(), example(), "a refused removal writes nothing");
}

#[test]
fn unknown_ids_renames_and_boundaries_in_french() {
    let work = Workdir::with(&example());
    // Words of each register agree in gender: « aucune tactique ».
    french(&work, &["remove-tactic", "petitoin"])
        .code(2)
        .stderr_has("il n’y a aucune tactique `petitoin`")
        .stderr_has("vouliez-vous dire `petition`\u{202f}?");
    french(&work, &["rename-tactic", "petition", "signatures"])
        .ok()
        .stderr_has("tactique `petition` renommée en `signatures` (");
    french(&work, &["rename-group", "voisins", "voisines"])
        .code(2)
        .stderr_has("il n’y a aucun groupe `voisins`");
    french(
        &work,
        &[
            "add-boundary",
            "food-coop",
            "--against-tactic",
            "signatures",
            "--level",
            "limited",
        ],
    )
    .ok()
    .stderr_has("le groupe `food-coop` tient désormais une ligne rouge («\u{a0}limite\u{a0}») envers la tactique `signatures`");
    french(
        &work,
        &[
            "remove-boundary",
            "food-coop",
            "--against-group",
            "union-301",
        ],
    )
    .code(2)
    .stderr_has("le groupe `food-coop` ne tient aucune ligne rouge envers le groupe `union-301`");
}

#[test]
fn a_merge_driver_conflict_is_told_in_french_and_the_file_keeps_its_markers() {
    let work = Workdir::with(&example());
    let path = format!(
        "{}:{}",
        Path::new(env!("CARGO_BIN_EXE_coal"))
            .parent()
            .unwrap()
            .display(),
        std::env::var("PATH").unwrap_or_default()
    );
    // git runs the driver with its own environment: French throughout.
    let git = |args: &[&str]| {
        Run::from(
            Command::new("git")
                .current_dir(work.dir.path())
                .args(args)
                .env("PATH", &path)
                .env("GIT_CONFIG_GLOBAL", "/dev/null")
                .env("GIT_CONFIG_NOSYSTEM", "1")
                .env("COAL_TODAY", TODAY)
                .envs(ENGLISH)
                .env("COAL_LANG", "fr")
                .output()
                .unwrap(),
        )
    };
    let edit = |from: &str, to: &str| work.write(&work.read().replacen(from, to, 1));
    git(&["init", "-q", "-b", "main"]).ok();
    git(&["config", "user.email", "organizer@example.org"]).ok();
    git(&["config", "user.name", "Organizer"]).ok();
    french(&work, &["git-setup"])
        .ok()
        .stderr_has("versionnez .gitattributes et .gitignore");
    git(&["add", "-A"]).ok();
    git(&["commit", "-qm", "base"]).ok();
    for (branch, power) in [("a", "power = 2"), ("b", "power = 4")] {
        git(&["checkout", "-q", "-b", branch, "main"]).ok();
        edit("power = 1\ninterest = 3", &format!("{power}\ninterest = 3"));
        git(&["commit", "-qam", branch]).ok();
        git(&["checkout", "-q", "main"]).ok();
    }
    git(&["merge", "-q", "a"]).ok();
    let run = git(&["merge", "b", "-m", "merge"]);
    assert_ne!(run.status, 0, "git saw no conflict");
    assert!(
        run.stderr.contains("conflit\u{a0}: groups.food-coop.power"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "coal\u{a0}: 1 conflit dans coalition.toml\u{202f}; résolvez les blocs marqués, puis lancez `coal check`"
        ),
        "{}",
        run.stderr
    );
    // What lands in the file is data git and coal read: never translated.
    let text = work.read();
    assert!(
        text.contains("<<<<<<< ours\npower = 2\n=======\npower = 4\n>>>>>>> theirs\n"),
        "{text}"
    );
}

// Issue: "Every human text in French and English" and "non-breaking spaces
// before « : ; ? ! »". `coal diff` (text) under --lang fr prints
// "+ groups: h1" (English word, no no-break space) while the markdown format
// says « ajout aux groupes : h1 » (src/commands/diff.rs lines 118 and 127).
#[test]
fn french_diff_text_lines_say_groups_in_english() {
    let workdir = Workdir::with(&example());
    std::fs::write(workdir.dir.path().join("old.toml"), example()).unwrap();
    workdir
        .run(&[
            "add-group",
            "--id",
            "h1",
            "--no-input",
            "--",
            "Nouveau groupe",
        ])
        .ok();
    let markdown = workdir
        .run(&[
            "--lang",
            "fr",
            "diff",
            "old.toml",
            "coalition.toml",
            "--format",
            "markdown",
        ])
        .ok();
    assert!(
        markdown.stdout.contains("ajout aux groupes"),
        "{}",
        markdown.stdout
    );
    let text = workdir
        .run(&["--lang", "fr", "diff", "old.toml", "coalition.toml"])
        .ok();
    assert!(text.stdout.contains("groupe ajouté"), "{}", text.stdout);
    assert!(
        !text.stdout.contains("+ groups: h1"),
        "French diff keeps the English register word and ASCII colon:\n{}",
        text.stdout
    );
    assert!(
        text.stdout.contains("+ groupes\u{a0}: h1"),
        "{}",
        text.stdout
    );
    // English is as it was.
    let english = workdir.run(&["diff", "old.toml", "coalition.toml"]).ok();
    assert!(
        english.stdout.contains("+ groups: h1"),
        "{}",
        english.stdout
    );
}

// Issue: "non-breaking spaces before « : ; ? ! »". The French markdown diff
// puts one before the colon of an added group (« ajout aux groupes : h1 »)
// but not after a changed field: "- `groups.amis-terre.power`: 4 → 2"
// (src/commands/diff.rs).
#[test]
fn french_markdown_diff_changed_field_colon_without_no_break_space() {
    let workdir = Workdir::with(&example());
    std::fs::write(workdir.dir.path().join("old.toml"), example()).unwrap();
    workdir
        .run(&["update-group", "amis-terre", "--power", "2"])
        .ok();
    let run = workdir
        .run(&[
            "--lang",
            "fr",
            "diff",
            "old.toml",
            "coalition.toml",
            "--format",
            "markdown",
        ])
        .ok();
    assert!(
        run.stdout.contains("Changements dans la coalition"),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("`groups.amis-terre.power`:"),
        "French markdown colon without a no-break space:\n{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("`groups.amis-terre.power`\u{a0}: 4 → 2"),
        "{}",
        run.stdout
    );
}
