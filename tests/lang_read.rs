//! The reading commands in French (issue 18, part B2): `coal list`,
//! `coal show`, `coal steps`, an import dry run and the refusals of
//! `coal report` and `coal export`, on the shipped example. The English
//! output of each is pinned by the tests beside it; here the French.

mod common;

use std::path::Path;

use common::Workdir;

fn example() -> Workdir {
    Workdir::with(&common::example())
}

/// `args` in French, at a terminal's width so that the tables are laid
/// out as people read them.
fn french(work: &Workdir, args: &[&str]) -> common::Run {
    common::Run::from(
        work.command()
            .env("COLUMNS", "100")
            .arg("--lang")
            .arg("fr")
            .args(args)
            .output()
            .unwrap(),
    )
}

#[test]
fn list_groups_in_french() {
    let run = french(&example(), &["list", "groups"]).ok();
    insta::assert_snapshot!("list-groups-fr", run.stdout);
    // The file keeps `member`; a French table shows « membre ».
    assert!(run.stdout.contains("membre"), "{}", run.stdout);
    assert!(!run.stdout.contains(" member "), "{}", run.stdout);
    assert!(run.stdout.contains("statut"), "{}", run.stdout);
}

#[test]
fn list_kinds_in_french() {
    let run = french(&Workdir::new(), &["list"]).ok();
    insta::assert_snapshot!("list-kinds-fr", run.stdout);
    assert!(
        run.stdout.contains("Par exemple\u{a0}: coal list groups"),
        "{}",
        run.stdout
    );
}

/// The English lines of `coal list` are the kinds' help in `cli.rs`: the
/// two texts must not drift apart.
#[test]
fn the_english_kinds_are_the_help_of_coal_list() {
    let listed = Workdir::new().run(&["list"]).ok().stdout;
    let help = Workdir::new().run(&["list", "--help"]).ok().stdout;
    for line in listed.lines().filter(|line| line.starts_with("  ")) {
        let (kind, what) = line.trim().split_once("  ").unwrap();
        assert!(
            help.contains(what.trim()),
            "{kind}: {what:?} not in\n{help}"
        );
    }
}

#[test]
fn every_list_speaks_french_without_a_missing_message() {
    let work = example();
    for kind in [
        "groups",
        "tactics",
        "spaces",
        "committees",
        "people",
        "assemblies",
        "decisions",
        "feedback",
    ] {
        let run = french(&work, &["list", kind]).ok();
        // A message id missing from the French file would show as its id.
        assert!(
            !run.stdout.contains("list-heading") && !run.stdout.contains("list-"),
            "{kind}:\n{}",
            run.stdout
        );
        assert_eq!(run.stderr, "", "{kind}");
    }
    let assemblies = french(&work, &["list", "assemblies"]).ok().stdout;
    assert!(assemblies.contains("(étape 3)"), "{assemblies}");
    assert!(assemblies.contains("ordre du jour"), "{assemblies}");
}

/// Issue: "Every human text in French and English: ... table headings and prose".
/// `coal --lang fr list people` on a new coalition prints « none yet ».
#[test]
fn list_empty_register_says_none_yet_in_english() {
    let work = Workdir::with(common::MINIMAL);
    for register in [
        "groups",
        "tactics",
        "spaces",
        "committees",
        "people",
        "decisions",
        "feedback",
        "assemblies",
    ] {
        let run = french(&work, &["list", register]).ok();
        assert!(
            !run.stdout.contains("none yet"),
            "list {register} in French says: {}",
            run.stdout
        );
        assert!(run.stdout.contains("rien pour l’instant"), "{}", run.stdout);
    }
}

#[test]
fn show_group_in_french() {
    let run = french(&example(), &["show", "group", "sol-migrant"]).ok();
    insta::assert_snapshot!("show-group-sol-migrant-fr", run.stdout);
    // A French screen names each field in French and each file word by
    // its label; the file and `--format json` keep `status = "member"`.
    assert!(run.stdout.contains("statut"), "{}", run.stdout);
}

/// Issue: "Every human text in French and English" and "French screens show
/// « membre »" (the file keeps `status = "member"`). `coal --lang fr show group`
/// prints every field name and value in English (status member, participation core, public true).
#[test]
fn show_group_fields_and_values_in_english() {
    let work = example();
    let run = french(&work, &["show", "group", "amis-terre"]).ok();
    assert!(
        !run.stdout.contains("status              member"),
        "show in French:\n{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("membre"),
        "show in French:\n{}",
        run.stdout
    );
}

// Issue: "file vocabulary (the file keeps `status = \"member\"`; French
// screens show « membre »)". `coal show group` under --lang fr prints the
// English keys and file words: "status    member", "public    true", next to
// the French « rien d’autre ne renvoie à ce groupe » (src/commands/show.rs).
#[test]
fn french_show_prints_file_words_not_french() {
    let workdir = example();
    let run = workdir
        .run(&["--lang", "fr", "show", "group", "amis-terre"])
        .ok();
    let status_line = run
        .stdout
        .lines()
        .find(|line| line.starts_with("status") || line.starts_with("statut"))
        .unwrap_or_default()
        .to_string();
    assert!(
        !status_line.ends_with(" member"),
        "French show screen says the file word: {status_line:?}\n{}",
        run.stdout
    );
}

// Issue 18: "file vocabulary (the file keeps status = "member"; French
// screens show « membre »)". `coal --lang fr show group ID` prints the
// field names and values in file words ("status  contacted", "spectrum
// neutral") under a French « ce qui y renvoie : ».
#[test]
fn show_group_fr_values_in_file_words() {
    let work = example();
    let out = french(&work, &["show", "group", "cegep-students"])
        .ok()
        .stdout;
    assert!(out.contains("ce qui y renvoie"), "{out}");
    assert!(
        !out.lines()
            .any(|l| l.starts_with("status") && l.ends_with("contacted")),
        "{out}"
    );
    assert!(out.contains("public  ") && out.contains(" non"), "{out}");
}

#[test]
fn show_says_in_french_what_refers_to_an_entry() {
    let work = example();
    let referred = french(&work, &["show", "tactic", "march"]).ok().stdout;
    assert!(referred.contains("ce qui y renvoie\u{a0}:"), "{referred}");
    let work = Workdir::with(common::MINIMAL);
    work.run(&["add-group", "Seuls", "--status", "prospect"])
        .ok();
    let alone = french(&work, &["show", "group", "seuls"]).ok().stdout;
    assert!(
        alone.contains("rien d’autre ne renvoie à ce groupe"),
        "{alone}"
    );
}

#[test]
fn steps_in_french() {
    let run = french(&example(), &["steps"]).ok();
    insta::assert_snapshot!("steps-fr", run.stdout);
    assert!(
        run.stdout.contains("les quatre premières étapes"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Ensuite\u{a0}: "), "{}", run.stdout);
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
        .display()
        .to_string()
}

/// A French sheet, read in French: the input words are French, and so
/// are the table and the summary.
#[test]
fn import_dry_run_of_a_french_sheet_in_french() {
    let work = Workdir::with(common::MINIMAL);
    let sheet = fixture("groups-libreoffice.csv");
    let run = french(&work, &["import", "groups", &sheet]);
    insta::assert_snapshot!(
        "import-groups-libreoffice-fr",
        format!("{}\n--- stderr\n{}", run.stdout, run.stderr)
    );
    assert!(run.stdout.contains("détails"), "{}", run.stdout);
    assert!(run.stderr.contains("lignes\u{a0}: "), "{}", run.stderr);
    // The same sheet is read alike in English: the words of the input do
    // not depend on the display language.
    let english = work.run(&["import", "groups", &sheet]);
    assert_eq!(english.status, run.status);
}

#[test]
fn the_import_summary_counts_in_french() {
    let work = Workdir::with(common::MINIMAL);
    let sheet = work.dir.path().join("un.csv");
    std::fs::write(&sheet, "name,status\nUn groupe,member\n").unwrap();
    let sheet = sheet.display().to_string();
    let dry = french(&work, &["import", "groups", &sheet]).ok();
    assert!(
        dry.stderr.contains(
            "1 ligne\u{a0}: 1 à créer (essai\u{a0}: rien n’est écrit\u{202f}; --apply l’écrit)"
        ),
        "{}",
        dry.stderr
    );
    let applied = french(&work, &["import", "groups", &sheet, "--apply"]).ok();
    assert!(
        applied.stderr.contains("1 ligne\u{a0}: 1 créée"),
        "{}",
        applied.stderr
    );
}

#[test]
fn an_export_over_the_coalition_is_refused_in_french() {
    let work = example();
    let run = french(&work, &["export", "kumu", "-o", "coalition.toml"]).code(2);
    assert!(
        run.stderr
            .contains("`-o coalition.toml` remplacerait le fichier de la coalition par un export"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("par exemple coalition.json"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_export_written_says_so_in_french() {
    let work = example();
    let run = french(&work, &["export", "dot", "-o", "carte.dot"]).ok();
    assert!(
        run.stderr.contains("export dot écrit dans carte.dot ("),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains(" nœuds, "), "{}", run.stderr);
    // The file itself is for another tool: the same bytes as in English.
    let french_file = std::fs::read(work.dir.path().join("carte.dot")).unwrap();
    work.run(&["export", "dot", "-o", "carte.dot"]).ok();
    let english_file = std::fs::read(work.dir.path().join("carte.dot")).unwrap();
    assert_eq!(french_file, english_file);
}

#[test]
fn report_refusals_speak_french() {
    let work = example();
    french(&work, &["report", "map", "--audience", "public"])
        .code(2)
        .stderr_has("la carte est réservée aux organisateur·rices de la coalition\u{a0}:");
    french(&work, &["report", "groups", "--assembly", "2027-01-16"])
        .code(2)
        .stderr_has("le rapport groups n’en a pas");
    french(&work, &["report", "invitation", "--assembly", "2031-01-01"])
        .code(2)
        .stderr_has("il n’y a pas d’assemblée le 2031-01-01");
}

#[test]
fn an_unknown_help_topic_is_refused_in_french() {
    french(&Workdir::new(), &["help", "lsit"])
        .code(2)
        .stderr_has("il n’y a pas de commande `lsit`");
}

/// The `--rejects` CSV is data for whoever fixes the sheet: its `reason`
/// column is English in every language, like every CSV coal writes.
#[test]
fn the_rejects_csv_is_the_same_in_french() {
    let work = Workdir::with(common::MINIMAL);
    let sheet = fixture("groups.csv");
    let rejects = |args: &[&str]| {
        let mut command = work.command();
        command
            .args(args)
            .args(["import", "groups", &sheet, "--rejects", "rejets.csv"]);
        assert_eq!(command.output().unwrap().status.code(), Some(1));
        std::fs::read(work.dir.path().join("rejets.csv")).unwrap()
    };
    let english = rejects(&[]);
    assert!(!english.is_empty());
    assert_eq!(rejects(&["--lang", "fr"]), english);
}

/// Issue: "French screens show « membre »" (file words stay English in the
/// file only). `coal --lang fr list decisions` shows a decision taken by the
/// assembly as « assembly » in the « par » column.
#[test]
fn decision_by_assembly_shows_english_word() {
    let work = Workdir::with(common::MINIMAL);
    french(
        &work,
        &["log-decision", "Adopter la vision", "--by", "assembly"],
    )
    .ok();
    let out = french(&work, &["list", "decisions"]).ok().stdout;
    assert!(!out.contains(" assembly "), "{out}");
    assert!(out.contains("assemblée"), "{out}");
}

/// Issue: "dates in prose as « 16 janvier 2027 »". `coal --lang fr steps`
/// says « faite 2026-09-15 → 2026-10-10 » and « en cours depuis le 2026-11-06 ».
#[test]
fn steps_dates_in_iso_in_french_prose() {
    let work = example();
    let out = french(&work, &["steps"]).ok().stdout;
    assert!(!out.contains("depuis le 2026-11-06"), "{out}");
    assert!(out.contains("6 novembre 2026"), "{out}");
    assert!(out.contains("15 septembre 2026"), "{out}");
}
