//! The commands that add, change and log, in French (issue 18): their
//! messages and refusals follow the language, the file they write never
//! does, and `update-coalition --language` sets the documents' language.

mod common;

use common::{Run, Workdir, example};

/// `coal --lang fr --no-input ARGS` in `work`.
fn french(work: &Workdir, args: &[&str]) -> Run {
    work.french(&[&["--no-input"], args].concat())
}

#[test]
fn add_group_says_what_it_did_in_french() {
    let work = Workdir::with(&example());
    let run = french(
        &work,
        &["add-group", "Comité logement Parc-Ex", "--status", "member"],
    )
    .ok();
    insta::assert_snapshot!("add-group-fr", run.stderr);
    assert!(
        run.stderr
            .contains("groupe `comite-logement-parc-ex` ajouté (Comité logement Parc-Ex)"),
        "{}",
        run.stderr
    );
}

#[test]
fn refusals_of_add_and_update_group_are_in_french() {
    let work = Workdir::with(&example());
    let taken = french(&work, &["add-group", "Solidarité migrante"]).code(2);
    insta::assert_snapshot!("add-group-taken-fr", taken.stderr);
    assert!(
        taken.stderr.contains("il y a déjà un groupe"),
        "{}",
        taken.stderr
    );
    let nothing = french(&work, &["update-group", "sol-migrant"]).code(2);
    insta::assert_snapshot!("update-group-nothing-fr", nothing.stderr);
    // « : » and « ; » take their no-break spaces.
    assert!(
        nothing
            .stderr
            .contains("par exemple `--status member --power 3`\u{202f};"),
        "{}",
        nothing.stderr
    );
}

#[test]
fn update_group_says_what_it_did_in_french() {
    let work = Workdir::with(&example());
    let run = french(&work, &["update-group", "sol-migrant", "--power", "4"]).ok();
    insta::assert_snapshot!("update-group-fr", run.stderr);
    let again = french(&work, &["update-group", "sol-migrant", "--power", "4"]).ok();
    assert!(
        again
            .stderr
            .contains("rien à changer\u{a0}: le fichier le dit déjà"),
        "{}",
        again.stderr
    );
}

#[test]
fn log_and_update_decision_speak_french_with_french_dates() {
    let work = Workdir::with(&example());
    let run = french(
        &work,
        &[
            "log-decision",
            "Tenir une deuxième assemblée en mars",
            "--date",
            "2026-11-20",
            "--affects",
            "sol-migrant",
        ],
    )
    .ok();
    insta::assert_snapshot!("log-decision-fr", run.stderr);
    assert!(
        run.stderr
            .contains("décision du 20 novembre 2026 consignée"),
        "{}",
        run.stderr
    );
    let run = french(
        &work,
        &[
            "update-decision",
            "3",
            "--reviewed",
            "2026-11-24",
            "--review-on",
            "2027-03-02",
        ],
    )
    .ok();
    insta::assert_snapshot!("update-decision-fr", run.stderr);
    assert!(
        run.stderr
            .contains("révisée le 24 novembre 2026\u{202f}; prochaine révision le 2 mars 2027"),
        "{}",
        run.stderr
    );
}

#[test]
fn refusals_of_decisions_are_in_french() {
    let work = Workdir::with(&example());
    // The count of decisions reads in the plural.
    let none = french(&work, &["update-decision", "9", "--reviewed", "2026-11-24"]).code(2);
    insta::assert_snapshot!("update-decision-no-such-fr", none.stderr);
    assert!(
        none.stderr
            .contains("il n’y a pas de décision 9\u{a0}: il y en a 2, numérotées de 1 à 2"),
        "{}",
        none.stderr
    );
    let future = french(&work, &["log-decision", "Trop tôt", "--date", "2026-12-01"]).code(2);
    insta::assert_snapshot!("log-decision-future-fr", future.stderr);
    let nothing = french(&work, &["update-decision", "1"]).code(2);
    insta::assert_snapshot!("update-decision-nothing-fr", nothing.stderr);
}

/// The same commands in English and in French leave the same bytes.
#[test]
fn the_file_is_the_same_whatever_the_language() {
    let commands: &[&[&str]] = &[
        &[
            "add-group",
            "Comité logement Parc-Ex",
            "--status",
            "member",
            "--power",
            "3",
        ],
        &[
            "update-group",
            "sol-migrant",
            "--participation",
            "core",
            "--offer",
            "money=200 $",
        ],
        &[
            "log-decision",
            "Tenir une deuxième assemblée",
            "--date",
            "2026-11-20",
        ],
        &["update-decision", "3", "--reviewed", "2026-11-24"],
        &["log-feedback", "sol-migrant", "Merci pour la salle"],
        &["add-tactic", "Manif de quartier", "--intensity", "3"],
    ];
    let english = Workdir::with(&example());
    let french_work = Workdir::with(&example());
    for args in commands {
        english.run(args).ok();
        french(&french_work, args).ok();
        assert_eq!(english.read(), french_work.read(), "after {args:?}");
    }
    assert_ne!(english.read(), example(), "the commands changed the file");
}

#[test]
fn update_coalition_sets_the_language_of_the_reports() {
    let work = Workdir::with(&example());
    let english_overview = work.run(&["report", "overview"]).ok().stdout;
    let french_overview = work
        .run(&["--lang", "fr", "report", "overview"])
        .ok()
        .stdout;
    let run = french(&work, &["update-coalition", "--language", "fr"]).ok();
    assert!(
        run.stderr.contains("coalition mise à jour"),
        "{}",
        run.stderr
    );
    assert!(
        work.read()
            .contains("created = 2026-09-15\nlanguage = \"fr\"\n"),
        "{}",
        work.read()
    );
    // Whoever runs it, the report now speaks the coalition's language;
    // `--lang` still wins.
    let overview = work.run(&["report", "overview"]).ok().stdout;
    assert_eq!(overview, french_overview);
    let overview = work
        .run(&["--lang", "en", "report", "overview"])
        .ok()
        .stdout;
    assert_eq!(overview, english_overview);
    work.run(&["update-coalition", "--language", "en"]).ok();
    assert!(work.read().contains("language = \"en\"\n"));
    work.refused(&["update-coalition", "--language", "de"], 2);
}

/// Issue: "Every human text in French and English: ... errors and hints".
/// coal's own value checks (src, not clap's) answer in English under
/// `--lang fr`: « must be 1 to 5, got 9 », « must be a date written like 2026-11-25 ».
#[test]
fn value_parser_errors_in_english_under_french() {
    let work = Workdir::with(&example());
    let run = french(&work, &["update-group", "amis-terre", "--power", "9"]).code(2);
    assert!(!run.stderr.contains("must be 1 to 5"), "{}", run.stderr);
    assert!(
        run.stderr.contains("doit être entre 1 et 5, pas 9"),
        "{}",
        run.stderr
    );
    let run = french(
        &work,
        &["log-decision", "Adopter", "--date", "16 janvier 2027"],
    )
    .code(2);
    assert!(
        !run.stderr.contains("must be a date written like"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("doit être une date écrite comme"),
        "{}",
        run.stderr
    );
}

// Issue: "errors and hints" in French (--help "as far as the CLI library
// allows"). Coal's own value checks, given to clap, stay English under
// --lang fr: "must be 1 to 5, got 9" (src/model/input.rs:12) and
// "coal speaks en and fr" (update-coalition --language).
#[test]
fn french_argument_value_errors_in_english() {
    let workdir = Workdir::with(&example());
    let run = workdir.refused(
        &[
            "--lang",
            "fr",
            "add-group",
            "--id",
            "x",
            "--power",
            "9",
            "--no-input",
            "--",
            "X",
        ],
        2,
    );
    assert!(
        !run.stderr.contains("must be 1 to 5, got 9"),
        "{}",
        run.stderr
    );
    let run = workdir.refused(&["--lang", "fr", "update-coalition", "--language", "de"], 2);
    assert!(
        !run.stderr.contains("coal speaks en and fr"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("coal parle en et fr"), "{}", run.stderr);
    // English is as it was.
    let run = workdir.refused(&["update-coalition", "--language", "de"], 2);
    assert!(
        run.stderr.contains("coal speaks en and fr"),
        "{}",
        run.stderr
    );
}
