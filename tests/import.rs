//! `coal import groups|people FILE.csv`: a dry run by default, one edit
//! with `--apply`, a verdict per row, and a round trip with the groups CSV.

mod common;

use common::{MINIMAL, Workdir, example};

/// `coal import` on a sheet written beside the coalition file.
fn sheet(work: &Workdir, name: &str, text: &str) -> String {
    std::fs::write(work.dir.path().join(name), text).unwrap();
    name.to_string()
}

const TENANTS: &str = r#"schema = 1

[coalition]
name = "C"
unity_statement = "U"

[groups.tenants]
name = "Comité logement"
status = "dialogue"
power = 2
notes = "met twice"

[tactics.march]
name = "March"
"#;

#[test]
fn a_dry_run_shows_what_each_row_would_do_and_writes_nothing() {
    let work = Workdir::with(TENANTS);
    let csv = sheet(
        &work,
        "groups.csv",
        "Nom,Statut,Pouvoir\n\
         Solidarité migrante,member,4\n\
         COMITE LOGEMENT,member,3\n\
         Cuisine collective,prospect,7\n\
         Solidarite  migrante,prospect,2\n",
    );
    let run = work.refused(&["import", "groups", &csv], 1);
    for (row, action, id) in [
        ("2", "create", "solidarite-migrante"),
        ("3", "skip", "tenants"),
        ("4", "error", "cuisine-collective"),
        ("5", "error", "solidarite-migrante"),
    ] {
        let line = run
            .stdout
            .lines()
            .find(|line| line.starts_with(&format!("│ {row} ")))
            .unwrap_or_else(|| panic!("no row {row}:\n{}", run.stdout));
        assert!(line.contains(action) && line.contains(id), "{line}");
    }
    let run = run
        .stdout_has("column `Pouvoir`: `7` is not a score from 1 to 5")
        .stdout_has("row 2 is already `solidarite-migrante`")
        .stdout_has("already in the file (--on-duplicate update or fill to change it)");
    run.stderr_has(
        "4 rows: 1 to create, 1 to skip, 2 rejected (dry run: nothing written; --apply writes it)",
    );
}

#[test]
fn apply_writes_the_accepted_rows_at_once_and_says_what_check_says() {
    let work = Workdir::with(TENANTS);
    let csv = sheet(
        &work,
        "groups.csv",
        "name,status,power,tactics\n\
         Solidarité migrante,member,4,March; Vigil\n\
         Cuisine collective,prospect,7,\n",
    );
    let run = work.run(&["import", "groups", &csv, "--apply"]).code(1);
    assert!(
        !run.stdout.contains("solidarite-migrante"),
        "once written, only the rejected rows are listed:\n{}",
        run.stdout
    );
    run.stdout_has("`7` is not a score from 1 to 5")
        .stderr_has("2 rows: 1 created, 1 rejected")
        .stderr_has("coalition.toml: ");
    let text = work.read();
    assert!(text.contains("[groups.solidarite-migrante]"), "{text}");
    assert!(text.contains("tactics = [\"march\", \"vigil\"]"), "{text}");
    assert!(text.contains("[tactics.vigil]\nname = \"Vigil\""), "{text}");
    assert!(!text.contains("Cuisine"), "a rejected row writes nothing");
    work.run(&["fmt", "--check"]).ok();
    work.run(&["check"]).ok();
}

#[test]
fn the_global_dry_run_wins_over_apply_and_shows_the_diff() {
    let work = Workdir::with(TENANTS);
    let csv = sheet(&work, "g.csv", "name\nNouveau\n");
    work.refused(&["--dry-run", "import", "groups", &csv, "--apply"], 0)
        .stdout_has("+[groups.nouveau]");
}

#[test]
fn an_imported_group_is_what_add_group_writes() {
    let by_hand = Workdir::with(TENANTS);
    by_hand
        .run(&[
            "add-group",
            "Solidarité migrante",
            "--status",
            "member",
            "--participation",
            "core",
            "--public",
            "--impacted",
            "--power",
            "4",
            "--interest",
            "5",
            "--members",
            "120",
            "--spectrum",
            "active_ally",
            "--role",
            "rebel",
            "--role",
            "citizen",
            "--tactic",
            "march",
            "--offer",
            "space=a basement",
            "--need",
            "money=bus rental",
            "--contact-name",
            "Awa",
            "--contact-email",
            "awa@example.org",
            "--notes",
            "met at the vigil",
        ])
        .ok();
    let imported = Workdir::with(TENANTS);
    let csv = sheet(
        &imported,
        "g.csv",
        "name,status,participation,public,impacted,power,interest,members,spectrum,roles,tactics,offers,needs,contact,email,notes\n\
         Solidarité migrante,member,core,yes,yes,4,5,120,active_ally,rebel; citizen,March,space: a basement,money: bus rental,Awa,awa@example.org,met at the vigil\n",
    );
    imported
        .run(&["import", "groups", &csv, "--apply"])
        .ok()
        .stderr_has("1 row: 1 created");
    assert_eq!(imported.read(), by_hand.read());
}

/// `tenants` as each `--on-duplicate` leaves it, from one row.
fn on_duplicate(how: &str) -> String {
    let work = Workdir::with(TENANTS);
    let csv = sheet(
        &work,
        "g.csv",
        "name,power,interest,notes,spectrum\nComité logement,4,3,,neutral\n",
    );
    work.run(&["import", "groups", &csv, "--apply", "--on-duplicate", how])
        .ok();
    work.run(&["fmt", "--check"]).ok();
    work.read()
}

#[test]
fn on_duplicate_skips_updates_or_fills_and_an_empty_cell_never_erases() {
    assert_eq!(on_duplicate("skip"), TENANTS);
    let updated = on_duplicate("update");
    assert!(
        updated.contains("power = 4\ninterest = 3\nspectrum = \"neutral\"\nnotes = \"met twice\""),
        "{updated}"
    );
    let filled = on_duplicate("fill");
    assert!(
        filled.contains("power = 2\ninterest = 3\nspectrum = \"neutral\"\nnotes = \"met twice\""),
        "{filled}"
    );
}

#[test]
fn an_update_that_changes_nothing_is_a_skip() {
    let work = Workdir::with(TENANTS);
    let csv = sheet(&work, "g.csv", "id,status,power\ntenants,dialogue,2\n");
    work.refused(
        &[
            "import",
            "groups",
            &csv,
            "--apply",
            "--on-duplicate",
            "update",
        ],
        0,
    )
    .stderr_has("1 row: 1 skipped");
    work.refused(&["import", "groups", &csv, "--on-duplicate", "update"], 0)
        .stdout_has("nothing to change")
        .stderr_has("1 row: 1 to skip\n");
}

#[test]
fn the_groups_csv_imports_back_into_the_same_file_with_nothing_to_change() {
    let work = Workdir::with(&example());
    work.run(&["report", "groups", "--format", "csv", "-o", "groups.csv"])
        .ok();
    work.refused(
        &[
            "import",
            "groups",
            "groups.csv",
            "--on-duplicate",
            "update",
            "--apply",
        ],
        0,
    )
    .stderr_has("13 rows: 13 skipped");
}

#[test]
fn the_groups_csv_imported_into_a_new_file_exports_the_same_csv() {
    let source = Workdir::with(&example());
    let csv = source
        .run(&["report", "groups", "--format", "csv"])
        .ok()
        .stdout;
    let fresh = Workdir::with(MINIMAL);
    let file = sheet(&fresh, "groups.csv", &csv);
    fresh
        .run(&["import", "groups", &file, "--apply"])
        .ok()
        .stderr_has("13 rows: 13 created");
    let again = fresh
        .run(&["report", "groups", "--format", "csv"])
        .ok()
        .stdout;
    assert_eq!(again, csv);
    fresh.run(&["fmt", "--check"]).ok();
}

#[test]
fn columns_no_field_has_are_listed_with_the_map_to_use() {
    let work = Workdir::with(MINIMAL);
    let csv = sheet(&work, "g.csv", "Nom,Quartier,Taille\nA,Est,12\n");
    work.refused(&["import", "groups", &csv], 0)
        .stderr_has("left out, no field has their name: `Quartier`, `Taille` (to read one, --map \"Quartier=FIELD\")");
    work.run(&[
        "import",
        "groups",
        &csv,
        "--map",
        "taille=nombre de membres",
        "--map",
        "Quartier=",
        "--apply",
    ])
    .ok();
    assert!(work.read().contains("members = 12"), "{}", work.read());
}

#[test]
fn a_sheet_or_a_map_that_cannot_be_read_is_refused_with_exit_2() {
    let work = Workdir::with(MINIMAL);
    let csv = sheet(&work, "g.csv", "Organisation,Courriel,E-mail\nA,a@b,c@d\n");
    work.refused(&["import", "groups", &csv], 2)
        .stderr_has("columns `Courriel` and `E-mail` are both `contact.email`");
    work.refused(&["import", "groups", &csv, "--map", "Site=notes"], 2)
        .stderr_has(
            "there is no column `Site`; the columns are `Organisation`, `Courriel`, `E-mail`",
        );
    work.refused(&["import", "groups", &csv, "--map", "E-mail=site"], 2)
        .stderr_has("`site` is no field of a group; the fields are id, name, status");
    work.refused(
        &[
            "import",
            "groups",
            &csv,
            "--map",
            "E-mail=",
            "--map",
            "e-mail=notes",
        ],
        2,
    )
    .stderr_has("column `E-mail` is given twice with --map");
    let nameless = sheet(&work, "n.csv", "Statut,Pouvoir\nmember,3\n");
    work.refused(&["import", "groups", &nameless, "--apply"], 2)
        .stderr_has("no column names the group: the columns are `Statut`, `Pouvoir`");
    work.refused(&["import", "groups", &csv, "--on-duplicate", "merge"], 2);
}

#[test]
fn no_coalition_file_is_exit_3() {
    let work = Workdir::new();
    let csv = sheet(&work, "g.csv", "name\nA\n");
    work.run(&["import", "groups", &csv]).code(3);
}

#[test]
fn words_outside_the_vocabulary_and_scores_out_of_range_reject_their_row_only() {
    let work = Workdir::with(MINIMAL);
    let csv = sheet(
        &work,
        "g.csv",
        "name,status,interest,members,public,joined\n\
         A,friend,3,10,yes,\n\
         B,member,0,ten,maybe,\n\
         C,member,5,,,2026-03-01\n\
         D,extra,,,,,spilled\n",
    );
    let run = work.run(&["import", "groups", &csv, "--apply"]).code(1);
    run.stdout_has("column `status`: ")
        .stdout_has("column `interest`: `0` is not a score from 1 to 5")
        .stdout_has("column `members`: `ten` is not a whole number")
        .stdout_has("column `public`: `maybe` is not yes or no")
        .stdout_has("cells beyond the last column: `spilled`")
        .stderr_has("4 rows: 1 created, 3 rejected");
    let text = work.read();
    assert!(
        text.contains(
            "[groups.c]\nname = \"C\"\nstatus = \"member\"\ninterest = 5\njoined = 2026-03-01"
        ),
        "{text}"
    );
}

#[test]
fn people_come_with_their_groups_by_id_or_name() {
    let work = Workdir::with(TENANTS);
    let csv = sheet(
        &work,
        "p.csv",
        "Nom,Groupes,Courriel\n\
         Awa Diallo,comité logement,awa@example.org\n\
         Li,tenants | Solidarity,\n",
    );
    let run = work.run(&["import", "people", &csv, "--apply"]).code(1);
    run.stdout_has("column `Groupes`: there is no group `Solidarity`");
    let text = work.read();
    assert!(
        text.contains("[people.awa-diallo]\nname = \"Awa Diallo\"\ngroups = [\"tenants\"]\ncontact = { email = \"awa@example.org\" }"),
        "{text}"
    );
    assert!(!text.contains("Li"), "{text}");
    work.run(&["fmt", "--check"]).ok();
}

#[test]
fn hostile_names_are_kept_as_text() {
    let long = "N".repeat(300);
    let names = [
        "=cmd|' /C calc'!A0",
        "<script>alert(1)</script>",
        "\"><img onerror=x>",
        "Bob & \"Alice\" \\ co",
        "تضامن المهاجرين",
        "Solidarité 🌱",
        long.as_str(),
    ];
    let work = Workdir::with(MINIMAL);
    let mut csv = String::from("name,notes\n");
    for name in names {
        csv.push_str(&format!(
            "\"{}\",\"line one\nline two\"\n",
            name.replace('"', "\"\"")
        ));
    }
    let file = sheet(&work, "g.csv", &csv);
    work.run(&["import", "groups", &file, "--apply"])
        .ok()
        .stderr_has("7 rows: 7 created");
    work.run(&["check"]).ok();
    work.run(&["fmt", "--check"]).ok();
    let listed = work
        .run(&["list", "groups", "--format", "json"])
        .ok()
        .stdout;
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    let listed = listed.to_string();
    for name in names {
        let quoted = serde_json::to_string(name).unwrap();
        assert!(listed.contains(&quoted), "{name} lost in {listed}");
    }
}

#[test]
fn a_name_that_shows_nothing_rejects_its_row() {
    let work = Workdir::with(MINIMAL);
    let file = sheet(&work, "g.csv", "name\n\u{200b}\nA\n");
    work.run(&["import", "groups", &file, "--apply"])
        .code(1)
        .stdout_has("column `name`: the name ");
}

#[test]
fn quiet_shows_only_the_rejected_rows() {
    let work = Workdir::with(MINIMAL);
    let file = sheet(&work, "g.csv", "name,power\nA,3\nB,9\n");
    let run = work.refused(&["-q", "import", "groups", &file], 1);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert!(!run.stdout.contains("create"), "{}", run.stdout);
    run.stdout_has("`9` is not a score from 1 to 5");
}

/// A sheet of `n` new groups.
fn many(n: usize) -> String {
    let mut csv = String::from("name,power\n");
    for i in 0..n {
        csv.push_str(&format!("Groupe {i},3\n"));
    }
    csv
}

#[test]
fn no_progress_bar_in_a_pipe() {
    let work = Workdir::with(MINIMAL);
    let file = sheet(&work, "g.csv", &many(1200));
    let run = work.run(&["import", "groups", &file, "--apply"]).ok();
    assert_eq!(
        run.stderr.trim_end().lines().count(),
        2,
        "only the summary and check's line:\n{}",
        run.stderr
    );
    assert!(!run.stderr.contains("/1200"), "{}", run.stderr);
}

#[test]
fn a_large_import_on_a_terminal_shows_its_progress_unless_quiet() {
    let work = Workdir::with(MINIMAL);
    let file = sheet(&work, "g.csv", &many(1200));
    let mut session = common::pty::spawn(&work, &["import", "groups", &file, "--apply"]);
    session.exp_string("/1200 rows").unwrap();
    session.exp_string("1200 rows: 1200 created").unwrap();
    session.exp_eof().unwrap();
    let mut session = common::pty::spawn(&work, &["-q", "import", "groups", &file]);
    let screen = session.exp_eof().unwrap();
    assert!(!screen.contains("/1200"), "{screen}");
}

#[test]
fn rejects_are_written_with_a_reason_column() {
    let work = Workdir::with(MINIMAL);
    let file = sheet(&work, "g.csv", "name,power\nA,3\nB,9\n");
    work.refused(&["import", "groups", &file, "--rejects", "rejects.csv"], 1);
    let rejects = std::fs::read_to_string(work.dir.path().join("rejects.csv")).unwrap();
    assert_eq!(
        rejects,
        "name,power,reason\nB,9,column `power`: `9` is not a score from 1 to 5\n"
    );
    // Read back, the `reason` column is left out quietly.
    let run = work.refused(&["import", "groups", "rejects.csv"], 1);
    assert!(!run.stderr.contains("left out"), "{}", run.stderr);
}

/// A rejects file that cannot be written fails the import before the
/// coalition file is written: it stays byte for byte, and the error says
/// it is the `--rejects` file.
#[test]
fn an_unwritable_rejects_file_fails_the_import_before_it_writes() {
    let work = Workdir::with(MINIMAL);
    let file = sheet(&work, "groups.csv", "Nom,Pouvoir\nAlpha,3\nBeta,9\n");
    let before = work.read();
    let args = [
        "import",
        "groups",
        &file,
        "--apply",
        "--rejects",
        "missing/dir/rejects.csv",
    ];
    let run = work.refused(&args, 3);
    assert_eq!(work.read(), before);
    assert!(
        run.stderr.contains("--rejects missing/dir/rejects.csv"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("nothing was imported"),
        "{}",
        run.stderr
    );
}

/// Columns no field has are said even under `--quiet`: their cells are not
/// written.
#[test]
fn quiet_still_warns_of_the_columns_left_out() {
    let work = Workdir::with(MINIMAL);
    let file = sheet(
        &work,
        "groupes.csv",
        "Nom;Courriel du contact\nZed;zed@example.org\n",
    );
    work.run(&["import", "groups", &file, "--quiet", "--apply"])
        .ok()
        .stderr_has("warning: left out, no field has their name: `Courriel du contact`");
}

/// A sheet's own `ID` column (1, 2, 3...) matches no group: a row with the
/// name of a group already there is created again, with a warning in its
/// row naming that group.
#[test]
fn a_row_with_a_new_id_and_an_existing_name_is_warned() {
    let work = Workdir::with(
        "schema = 1\n\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n\n\
         [groups.artivistes]\nname = \"Collectif Artivistes\"\n\n\
         [groups.youth-climate]\nname = \"Jeunes pour le climat\"\n",
    );
    let file = sheet(
        &work,
        "export.csv",
        "ID,Nom,Pouvoir\n1,Collectif Artivistes,3\n2,jeunes pour le CLIMAT,4\n3,Autre,2\n",
    );
    let run = work.run(&["import", "groups", &file]).ok();
    for (row, existing) in [("2", "artivistes"), ("3", "youth-climate")] {
        let line = run
            .stdout
            .lines()
            .find(|line| line.starts_with(&format!("│ {row} ")))
            .unwrap_or_else(|| panic!("no row {row}:\n{}", run.stdout));
        assert!(
            line.contains(&format!("warning: group `{existing}` has this name")),
            "{}",
            run.stdout
        );
    }
    assert!(!run.stdout.contains("`autre`"), "{}", run.stdout);
}

/// The `'` the groups CSV puts before a formula-like name is taken off on
/// import: the round trip keeps `+Grands-parents pour le climat`. (Invisible
/// characters the CSV shows as `<U+200B>` come back as that text: see the
/// README.)
#[test]
fn the_groups_csv_round_trip_keeps_formula_like_names() {
    let work = Workdir::with(MINIMAL);
    let file = sheet(
        &work,
        "in.csv",
        "name\n+Grands-parents pour le climat\n-10 % Collectif\n@Voisins\n=Égalité\n",
    );
    work.run(&["import", "groups", &file, "--apply"]).ok();
    let before = work.read();
    assert!(
        before.contains("name = \"+Grands-parents pour le climat\""),
        "{before}"
    );
    let report = work.run(&["report", "groups", "--format", "csv"]).ok();
    assert!(
        report.stdout.contains("'+Grands-parents"),
        "{}",
        report.stdout
    );
    sheet(&work, "report.csv", &report.stdout);
    work.run(&[
        "import",
        "groups",
        "report.csv",
        "--on-duplicate",
        "update",
        "--apply",
    ])
    .ok()
    .stderr_has("4 rows: 4 skipped");
    assert_eq!(work.read(), before);
    let fresh = Workdir::with(MINIMAL);
    sheet(&fresh, "report.csv", &report.stdout);
    fresh
        .run(&["import", "groups", "report.csv", "--apply"])
        .ok();
    let again = fresh.run(&["report", "groups", "--format", "csv"]).ok();
    assert_eq!(again.stdout, report.stdout);
}

/// A row's date problems name the sheet's columns, never the command
/// line's flags, and the row shows the id its name gives.
#[test]
fn date_problems_name_the_columns_of_the_sheet() {
    let work = Workdir::with(MINIMAL);
    let file = sheet(
        &work,
        "dates.csv",
        "Nom;Adhésion;Départ;Statut\n\
         Alpha;2026-05-01;2026-01-01;parti\n\
         Beta;;2026-01-01;membre\n\
         Gamma;2026-12-31;;membre\n",
    );
    let before = work.read();
    let run = work.refused(&["import", "groups", &file, "--apply"], 1);
    assert_eq!(work.read(), before);
    for (row, id) in [("2", "alpha"), ("3", "beta"), ("4", "gamma")] {
        let line = run
            .stdout
            .lines()
            .find(|line| line.starts_with(&format!("│ {row} ")))
            .unwrap_or_else(|| panic!("no row {row}:\n{}", run.stdout));
        assert!(
            line.contains(&format!(" {id} ")),
            "row {row}:\n{}",
            run.stdout
        );
    }
    let details = run.stdout.replace(['│', '\n'], " ");
    let details = details.split_whitespace().collect::<Vec<_>>().join(" ");
    for said in [
        "give column `Adhésion` or column `Départ` the dates it happened",
        "column `Départ` is for a group that has left, and its status is member: put `left` in column `Statut`",
        "column `Adhésion` (2026-12-31) is after today (2026-11-25)",
    ] {
        assert!(details.contains(said), "no {said:?} in:\n{}", run.stdout);
    }
    assert!(!run.stdout.contains("--"), "{}", run.stdout);
}

/// A sheet's own `reason` column, read into a field, keeps its cells in the
/// rejects file: coal's reason goes in a `coal reason` column, which the
/// import of the fixed file leaves out quietly.
#[test]
fn a_reason_column_of_the_sheet_keeps_its_cells_in_the_rejects() {
    let work = Workdir::with(MINIMAL);
    let file = sheet(
        &work,
        "g.csv",
        "name,power,reason\nA,9,wants to help\nB,2,x\n",
    );
    let args = ["import", "groups", &file, "--map", "reason=notes"];
    work.refused(&[&args[..], &["--rejects", "rejects.csv"]].concat(), 1);
    let rejects = std::fs::read_to_string(work.dir.path().join("rejects.csv")).unwrap();
    assert_eq!(
        rejects,
        "name,power,reason,coal reason\nA,9,wants to help,column `power`: `9` is not a score from 1 to 5\n"
    );
    std::fs::write(
        work.dir.path().join("rejects.csv"),
        rejects.replace(",9,", ",4,"),
    )
    .unwrap();
    let run = work
        .run(&[
            "import",
            "groups",
            "rejects.csv",
            "--map",
            "reason=notes",
            "--apply",
        ])
        .ok();
    assert!(!run.stderr.contains("left out"), "{}", run.stderr);
    assert!(
        work.read().contains("notes = \"wants to help\""),
        "{}",
        work.read()
    );
    assert!(!work.read().contains("score"), "{}", work.read());
}

/// The rejects of an Excel "Unicode text" sheet (UTF-16 LE with its BOM,
/// tabs, CRLF) are written the same way.
#[test]
fn the_rejects_of_a_utf16_sheet_are_utf16() {
    let work = Workdir::with(MINIMAL);
    let utf16 = |text: &str| -> Vec<u8> {
        let units = text.encode_utf16().flat_map(u16::to_le_bytes);
        [0xFF, 0xFE].into_iter().chain(units).collect()
    };
    let text = "Nom\tStatut\tPouvoir\r\nAlpha\tmembre\t7\r\nBêta\tprospect\t2\r\n";
    std::fs::write(work.dir.path().join("unicode.txt"), utf16(text)).unwrap();
    work.refused(
        &[
            "import",
            "groups",
            "unicode.txt",
            "--rejects",
            "rejects.txt",
        ],
        1,
    );
    let written = std::fs::read(work.dir.path().join("rejects.txt")).unwrap();
    let expected = "Nom\tStatut\tPouvoir\treason\r\nAlpha\tmembre\t7\tcolumn `Pouvoir`: `7` is not a score from 1 to 5\r\n";
    assert_eq!(written, utf16(expected));
}

/// Excel for Mac's "CSV (Macintosh)" (Mac Roman, CR line ends) is read as
/// Mac Roman, never as mojibake with control characters.
#[test]
fn an_excel_for_mac_csv_is_read_as_mac_roman() {
    let work = Workdir::with(MINIMAL);
    let bytes: &[u8] = b"Nom;Remarques\rCaf\x8e \x83lan;\x88 c\x99t\x8e\rB\x90ta;\r";
    std::fs::write(work.dir.path().join("mac.csv"), bytes).unwrap();
    work.run(&["import", "groups", "mac.csv", "--apply"]).ok();
    let file = work.read();
    assert!(
        file.contains("[groups.cafe-elan]\nname = \"Café Élan\""),
        "{file}"
    );
    assert!(file.contains("name = \"Bêta\""), "{file}");
}

/// Ten thousand rows against a federation of a thousand groups took a
/// quarter of a minute in near-name comparisons alone (review): past
/// `plan::NEAR_PAIRS` pairs coal does not compare, and says so.
#[test]
fn near_names_are_not_compared_past_a_budget_and_the_import_says_so() {
    let mut text =
        String::from("schema = 1\n\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n");
    for n in 0..2001 {
        text.push_str(&format!("\n[groups.g{n}]\nname = \"Groupe {n}\"\n"));
    }
    let work = Workdir::with(&text);
    let mut rows = String::from("name\n");
    for n in 0..1000 {
        rows.push_str(&format!("Groupe {n}x\n"));
    }
    let file = sheet(&work, "g.csv", &rows);
    let run = work.run(&["import", "groups", &file]).ok();
    assert!(!run.stdout.contains("near group"), "{}", run.stdout);
    run.stderr_has("names close to one another were not looked for");
    // Below the budget, the same near name is warned.
    let file = sheet(&work, "few.csv", "name\nGroupe 12x\n");
    let run = work.run(&["import", "groups", &file]).ok();
    assert!(!run.stderr.contains("not looked for"), "{}", run.stderr);
    run.stdout_has("near group");
}
