//! Reports: every kind in every format on the shipped example (snapshots),
//! privacy of public reports, safe output, and the SPEC §6 arithmetic.

mod common;

use common::*;

const KINDS: [&str; 12] = [
    "overview",
    "groups",
    "power",
    "resources",
    "tactics",
    "boundaries",
    "spectrum",
    "structure",
    "feedback",
    "steps",
    "invitation",
    "draft",
];

fn formats(kind: &str) -> &'static [&'static str] {
    match kind {
        "overview" | "draft" => &["table", "markdown", "json"],
        "invitation" => &["markdown", "ics", "json"],
        _ => &["table", "markdown", "json", "csv"],
    }
}

#[test]
fn every_kind_in_every_format_on_the_example() {
    let work = Workdir::with(&example());
    for kind in KINDS {
        for format in formats(kind) {
            // At the width of a pipe when nothing says otherwise.
            let mut command = work.command();
            command
                .env_remove("COLUMNS")
                .args(["report", kind, "--format", format]);
            let run = Run::from(command.output().unwrap()).ok();
            insta::assert_snapshot!(format!("{kind}-{format}"), run.stdout);
            if *format == "json" {
                let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
                assert_eq!(json["report"], kind);
                assert_eq!(json["coalition"], "Coalition Climat-Justice Montréal");
            }
        }
    }
}

#[test]
fn the_default_report_is_the_overview_as_a_table() {
    let work = Workdir::with(&example());
    let default = work.run(&["report"]).ok().stdout;
    let overview = work
        .run(&["report", "overview", "--format", "table"])
        .ok()
        .stdout;
    assert_eq!(default, overview);
}

#[test]
fn formats_and_audiences_not_offered_are_refused() {
    let work = Workdir::with(&example());
    work.run(&["report", "overview", "--format", "csv"])
        .code(2)
        .stderr_has("the overview report does not come as csv; it comes as table, markdown, json");
    work.run(&["report", "groups", "--format", "ics"]).code(2);
    for kind in [
        "power",
        "resources",
        "boundaries",
        "spectrum",
        "structure",
        "feedback",
    ] {
        work.run(&["report", kind, "--audience", "public"])
            .code(2)
            .stderr_has(&format!(
                "the {kind} report is for the coalition's organizers only"
            ))
            .stderr_has("overview, groups, tactics, steps, invitation");
    }
    work.run(&["report", "minutes"])
        .code(2)
        .stderr_has("possible values");
    let fresh = Workdir::with(MINIMAL);
    fresh
        .run(&["report", "invitation"])
        .code(2)
        .stderr_has("the invitation needs the assembly's date")
        .stderr_has("coal step assembly --date");
}

#[test]
fn a_report_can_be_written_to_a_file() {
    let work = Workdir::with(&example());
    let run = work
        .run(&["report", "groups", "--format", "csv", "-o", "groups.csv"])
        .ok();
    assert!(run.stdout.is_empty());
    let csv = std::fs::read_to_string(work.dir.path().join("groups.csv")).unwrap();
    assert!(csv.starts_with("id,name,status,participation,public,impacted,power,interest,"));
    assert_eq!(csv.lines().count(), 14);
}

/// Strings planted in every internal place; none may leave in a public report.
const SECRETS: [&str; 12] = [
    "hidden-group",
    "Secret Sanctuary Network",
    "SECRET-CONTACT-NAME",
    "secret@contact.example",
    "555-SECRET",
    "SECRET-NOTE",
    "SECRET-INTENTION",
    "SECRET-PERSON",
    "SECRET-FEEDBACK",
    "SECRET-REASON",
    "SECRET-DECISION",
    "SECRET-STEP-NOTE",
];

fn planted() -> String {
    r#"schema = 1

[coalition]
name = "Front commun"
unity_statement = "Un toit pour tout le monde"

[steps.contact]
status = "done"
notes = "SECRET-STEP-NOTE"

[steps.draft]
status = "done"
vision = "Homes for all"
culture = "Care"
structure = "Small"
co_authors = ["hidden-group", "open-group"]

[steps.assembly]
status = "doing"
date = 2027-01-16
place = "Hall"
invited = ["hidden-group", "open-group"]

[steps.presentation]
joined = ["hidden-group"]
questions = [{ question = "Who are you?", asked_by = "hidden-group" }]

[groups.hidden-group]
name = "Secret Sanctuary Network"
status = "member"
public = false
impacted = true
power = 4
interest = 5
spectrum = "passive_ally"
tactics = ["vigil"]
offers = { space = "a room" }
notes = "SECRET-NOTE"
intentions = "SECRET-INTENTION"
contact = { name = "SECRET-CONTACT-NAME", email = "secret@contact.example", phone = "555-SECRET" }

[groups.open-group]
name = "Open Tenants"
status = "member"
public = true
power = 2
interest = 3
unpredictability = 5
spectrum = "active_ally"
spectrum_target = "active_ally"
tactics = ["vigil"]
notes = "SECRET-NOTE"
boundaries = [{ group = "hidden-group", level = "limited", reason = "SECRET-REASON" }]

[tactics.vigil]
name = "Vigil"

[spaces.chat]
name = "Chat"
groups = ["hidden-group", "open-group"]

[committees.steering]
name = "Steering"
steering = true
groups = ["hidden-group", "open-group"]

[people.secret-person]
name = "SECRET-PERSON"
groups = ["hidden-group", "open-group"]
notes = "SECRET-NOTE"

[[decisions]]
date = 2026-11-01
summary = "SECRET-DECISION"
affects = ["hidden-group"]

[[feedback]]
date = 2026-11-02
group = "open-group"
text = "SECRET-FEEDBACK"
by = "secret-person"
"#
    .to_string()
}

#[test]
fn public_reports_leak_nothing_internal_in_any_format() {
    let work = Workdir::with(&planted());
    for kind in [
        "overview",
        "groups",
        "tactics",
        "steps",
        "invitation",
        "draft",
    ] {
        for format in formats(kind) {
            let run = work
                .run(&["report", kind, "--format", format, "--audience", "public"])
                .ok();
            for secret in SECRETS {
                assert!(
                    !run.stdout.contains(secret),
                    "{secret} leaked into the public {kind} report as {format}:\n{}",
                    run.stdout
                );
            }
            // No scores and no spectrum positions either.
            for word in ["active_ally", "passive_ally", "unpredictability 5"] {
                assert!(
                    !run.stdout.contains(word),
                    "{word} in public {kind} {format}:\n{}",
                    run.stdout
                );
            }
            if *format == "json" {
                let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
                if let Some(groups) = json["groups"].as_array() {
                    for group in groups {
                        assert_eq!(group["power"], serde_json::Value::Null);
                        assert_eq!(group["interest"], serde_json::Value::Null);
                        assert_eq!(group["unpredictability"], serde_json::Value::Null);
                    }
                }
            }
        }
    }
    // The public groups report does show the public group.
    work.run(&["report", "groups", "--audience", "public"])
        .ok()
        .stdout_has("Open Tenants");
    // And the internal report does hold the secrets: the test would catch a leak.
    let internal = work
        .run(&["report", "groups", "--format", "json"])
        .ok()
        .stdout;
    assert!(internal.contains("Secret Sanctuary Network"));
}

#[test]
fn hostile_names_come_out_harmless() {
    let work = Workdir::with(MINIMAL);
    work.run(&[
        "add-group",
        "=HYPERLINK(\"http://x\")",
        "--id",
        "formula",
        "--status",
        "member",
    ])
    .ok();
    work.run(&[
        "add-group",
        "Evil\u{1b}[31mRed\u{1b}]0;title\u{7}",
        "--id",
        "ansi",
        "--status",
        "member",
    ])
    .ok();
    work.run(&["add-group", "[link](http://x) <script>", "--id", "markup"])
        .ok();

    let csv = work
        .run(&["report", "groups", "--format", "csv"])
        .ok()
        .stdout;
    assert!(
        csv.contains("formula,\"'=HYPERLINK(\"\"http://x\"\")\""),
        "{csv}"
    );
    assert!(!csv.contains(",=HYPERLINK"), "{csv}");

    for format in ["table", "markdown"] {
        let out = work
            .run(&["report", "groups", "--format", format])
            .ok()
            .stdout;
        assert!(
            !out.contains('\u{1b}'),
            "an escape reached the {format} output"
        );
        assert!(!out.contains('\u{7}'));
        assert!(
            out.contains("Evil[31mRed]0;title") || out.contains("Evil\\[31mRed\\]0;title"),
            "{out}"
        );
    }
    let markdown = work
        .run(&["report", "groups", "--format", "markdown"])
        .ok()
        .stdout;
    assert!(
        markdown.contains("\\[link\\](http://x) \\<script\\>"),
        "{markdown}"
    );
    let list = work.run(&["list", "groups"]).ok().stdout;
    assert!(!list.contains('\u{1b}'));
}

#[test]
fn the_invitation_calendar_parses_back() {
    let work = Workdir::with(&example());
    let ics = work
        .run(&["report", "invitation", "--format", "ics"])
        .ok()
        .stdout;
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "line of {} octets: {line}", line.len());
    }
    let calendar = ical::IcalParser::new(ics.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    let event = &calendar.events[0];
    let value = |name: &str| {
        event
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_else(|| panic!("no {name}"))
    };
    // Floating local time: the time at the place, for every reader.
    assert_eq!(value("DTSTART"), "20270116T130000");
    assert_eq!(value("DTEND"), "20270116T163000");
    assert!(value("DESCRIPTION").contains("RSVP: Write to assemblee@"));
    assert_eq!(
        value("SUMMARY"),
        "Coalition Climat-Justice Montréal: assembly"
    );
    assert_eq!(
        value("LOCATION"),
        "Salle communautaire\\, 6767 chemin de la Côte-des-Neiges"
    );
    assert!(
        value("DESCRIPTION")
            .contains("no climate policy on the backs of tenants\\, workers and migrants.")
    );
    assert!(
        value("DESCRIPTION").contains("with or without papers."),
        "folding lost text: {}",
        value("DESCRIPTION")
    );
}

#[test]
fn a_report_never_replaces_the_coalition_file_or_its_lock() {
    let work = Workdir::with(&example());
    for output in ["coalition.toml", "./coalition.toml", ".coalition.toml.lock"] {
        work.run(&["report", "groups", "-o", output])
            .code(2)
            .stderr_has("would replace the coalition file");
        assert_eq!(work.read(), example(), "{output}");
    }
    work.run(&["report", "groups", "-o", "groups.txt"]).ok();
    assert!(work.dir.path().join("groups.txt").exists());
}

#[test]
fn an_assembly_with_an_end_and_no_start_says_until_when() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[steps.assembly]\ndate = 2027-01-16\nend = \"16:30\"\n"
    ));
    work.run(&["report", "invitation"])
        .ok()
        .stdout_has("Saturday 16 January 2027, until 16:30");
}

/// The internal groups report counts in words that agree with the number,
/// and shows each group's tactics by name, as the tactics report does, one
/// per line for people and on one line in CSV (JSON keeps the ids).
#[test]
fn the_groups_report_counts_in_good_english_and_names_tactics() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\nstatus = \"member\"\ntactics = [\"civil-disobedience\", \"march\"]\n\n\
         [tactics.civil-disobedience]\nname = \"Civil disobedience\"\n\n[tactics.march]\nname = \"March\"\n"
    ));
    for (format, tactics) in [
        ("table", "┆ Civil disobedience ┆"),
        ("table", "┆ March              ┆"),
        ("markdown", "| Civil disobedience<br>March |"),
    ] {
        let out = work
            .run(&["report", "groups", "--format", format])
            .ok()
            .stdout_has("1 group: 1 member, 0 publicly endorsing.")
            .stdout;
        assert!(out.contains(tactics), "{format}:\n{out}");
    }
    work.run(&["report", "groups", "--format", "csv"])
        .ok()
        .stdout_has(",Civil disobedience; March,");
    let json: serde_json::Value = serde_json::from_str(
        &work
            .run(&["report", "groups", "--format", "json"])
            .ok()
            .stdout,
    )
    .unwrap();
    assert_eq!(
        json["groups"][0]["tactics"],
        serde_json::json!(["civil-disobedience", "march"])
    );
    Workdir::with(MINIMAL)
        .run(&["report", "groups"])
        .ok()
        .stdout_has("0 groups: 0 members, 0 publicly endorsing.");
}

/// Markdown is meant to be pasted and rendered: coal's own commands in its
/// advice are code spans, while the group names around them stay escaped.
#[test]
fn markdown_shows_coals_commands_as_code_and_escapes_names() {
    let work = Workdir::with(
        r#"schema = 1
[coalition]
name = "C"
unity_statement = "U"
[groups.k]
name = "`Kitchen` *now*"
status = "member"
joined = 2026-11-20
"#,
    );
    let run = work
        .run(&["report", "spectrum", "--format", "markdown"])
        .ok();
    assert!(
        run.stdout.contains(
            "\\`Kitchen\\` \\*now\\*. Where do they stand? Place each one (`coal update-group ID --spectrum POSITION`) to see the move to aim for.\n"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("set your own with `coal update-group ID --spectrum-target POSITION`.\n"),
        "{}",
        run.stdout
    );
    for (kind, command) in [
        ("power", "`coal update-group ID --power N --interest N`"),
        ("feedback", "`coal log-feedback GROUP TEXT`"),
    ] {
        let run = work.run(&["report", kind, "--format", "markdown"]).ok();
        assert!(run.stdout.contains(command), "{}", run.stdout);
        assert!(!run.stdout.contains("\\`coal"), "{}", run.stdout);
        let table = work.run(&["report", kind]).ok();
        // The terminal's lines may break inside the command.
        let unwrapped = table.stdout.replace('\n', " ");
        assert!(unwrapped.contains(command), "{}", table.stdout);
    }
}

/// Report kinds are found in either number: `invitations` and `drafts` as
/// well as `group` and `tactic`.
#[test]
fn report_kinds_take_either_number() {
    let work = Workdir::with(&example());
    for (one, other) in [
        ("invitations", "invitation"),
        ("drafts", "draft"),
        ("group", "groups"),
    ] {
        let run = work.run(&["report", one]).ok();
        assert_eq!(
            run.stdout,
            work.run(&["report", other]).ok().stdout,
            "{one}"
        );
    }
}

/// The groups report speaks in words for people, roles as the spectrum
/// (`change agent`, `active ally`); CSV and JSON keep the file's words.
#[test]
fn the_groups_report_shows_roles_in_words_as_it_does_the_spectrum() {
    let work = Workdir::with(&example());
    assert!(work.read().contains("change_agent"));
    let table = work.run(&["report", "groups"]).ok().stdout;
    assert!(table.contains("active ally"), "{table}");
    assert!(table.contains("change agent"), "{table}");
    assert!(!table.contains("change_agent"), "{table}");
    let markdown = work
        .run(&["report", "groups", "--format", "markdown"])
        .ok()
        .stdout;
    assert!(!markdown.contains("change\\_agent"), "{markdown}");
    let csv = work
        .run(&["report", "groups", "--format", "csv"])
        .ok()
        .stdout;
    assert!(csv.contains("change_agent"), "{csv}");
}

/// With `-o FILE` and no `--format`, the format follows the file's name
/// when the report comes as it; a name for a format it does not come as is
/// refused (the file untouched) with the formats it comes as; `--format`
/// always wins.
#[test]
fn a_report_written_to_a_file_takes_the_format_its_name_says() {
    let work = Workdir::with(&example());
    let written = |name: &str| std::fs::read_to_string(work.dir.path().join(name)).unwrap();
    work.run(&["report", "power", "-o", "power.svg"]).ok();
    assert!(
        written("power.svg").starts_with("<svg"),
        "{}",
        written("power.svg")
    );
    work.run(&["report", "handout", "-o", "handout.md"]).ok();
    assert!(
        written("handout.md").starts_with("# "),
        "{}",
        written("handout.md")
    );
    work.run(&["report", "handout", "-o", "Handout.HTM"]).ok();
    assert!(written("Handout.HTM").starts_with("<!DOCTYPE html>"));
    work.run(&["report", "groups", "-o", "groups.json"]).ok();
    assert!(written("groups.json").starts_with('{') || written("groups.json").starts_with('['));
    work.run(&["report", "groups", "-o", "groups.csv"]).ok();
    work.run(&["report", "invitation", "-o", "invitation.ics"])
        .ok();
    assert!(written("invitation.ics").starts_with("BEGIN:VCALENDAR"));
    work.run(&["report", "groups", "-o", "groups.md", "--format", "table"])
        .ok();
    assert!(
        !written("groups.md").starts_with("# "),
        "{}",
        written("groups.md")
    );
    work.run(&["report", "groups", "-o", "groups.txt"]).ok();
    assert_eq!(
        written("groups.txt"),
        work.run(&["report", "groups", "--format", "table"])
            .ok()
            .stdout
    );
    std::fs::write(work.dir.path().join("groups.ics"), "old\n").unwrap();
    work.refused(&["report", "groups", "-o", "groups.ics"], 2)
        .stderr_has("the groups report does not come as ics (as `-o groups.ics` says); it comes as table, markdown, json, csv")
        .stderr_has("hint: name the file for its format, such as `-o groups.txt`, or give `--format`");
    assert_eq!(written("groups.ics"), "old\n");
    assert_eq!(work.read(), example());
}

/// `-o -` is standard output, as for every Unix tool: no file named `-`.
#[test]
fn output_dash_is_standard_output_not_a_file_named_dash() {
    let work = Workdir::with(&example());
    let run = work.run(&["report", "handout", "-o", "-"]).ok();
    assert!(run.stdout.starts_with("<!DOCTYPE html>"), "{}", run.stdout);
    assert!(!work.dir.path().join("-").exists());
}

/// `--dry-run` writes nothing: the report is made (so a refusal still
/// shows) and coal says what it would have written.
#[test]
fn dry_run_writes_no_report_file() {
    let work = Workdir::with(&example());
    work.run(&["--dry-run", "report", "handout", "-o", "handout.html"])
        .ok()
        .stderr_has("would write the handout report to handout.html (")
        .stderr_has("(dry run: nothing written)");
    assert!(!work.dir.path().join("handout.html").exists());
}

// ---------------------------------------------------------------------
// In French (issue 18)

#[test]
fn every_kind_in_french_as_table_and_markdown() {
    let work = Workdir::with(&example());
    // The invitation and the draft are documents, shown in French with the
    // handout (tests/documents_fr.rs).
    let documents = ["invitation", "draft"];
    for kind in KINDS.iter().filter(|kind| !documents.contains(kind)) {
        for format in ["table", "markdown"] {
            let mut command = work.command();
            command
                .env_remove("COLUMNS")
                .args(["report", kind, "--format", format, "--lang", "fr"]);
            let run = Run::from(command.output().unwrap()).ok();
            insta::assert_snapshot!(format!("{kind}-{format}-fr"), run.stdout);
        }
    }
}

#[test]
fn french_reports_count_date_and_space_as_french_does() {
    let work = Workdir::with(&example());
    let report = |kind: &str| {
        work.run(&["report", kind, "--format", "markdown", "--lang", "fr"])
            .ok()
            .stdout
    };
    let groups = report("groups");
    // A no-break space before the colon of the title, plurals in French.
    assert!(
        groups.starts_with("# Coalition Climat-Justice Montréal\u{a0}: groupes\n"),
        "{groups}"
    );
    assert!(groups.contains(" groupes\u{a0}: "), "{groups}");
    // Table cells speak French; the file's words stay in CSV.
    assert!(groups.contains("| membre |"), "{groups}");
    let csv = work
        .run(&["report", "groups", "--format", "csv", "--lang", "fr"])
        .ok()
        .stdout;
    assert!(csv.contains(",member,"), "{csv}");
    // The next assembly's day written out in French, and a percentage
    // with a narrow no-break space.
    let overview = report("overview");
    assert!(overview.contains("\u{202f}%)"), "{overview}");
    assert!(
        [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre"
        ]
        .iter()
        .any(|month| overview.contains(&format!("{month} 202"))),
        "{overview}"
    );
    assert!(!overview.contains("Next assembly"), "{overview}");
}

#[test]
fn a_french_coalition_gets_french_reports_unless_the_flag_says_english() {
    let text = example().replacen("[coalition]\n", "[coalition]\nlanguage = \"fr\"\n", 1);
    assert!(text.contains("language = \"fr\""));
    let work = Workdir::with(&text);
    let french = work
        .run(&["report", "power", "--format", "markdown"])
        .ok()
        .stdout;
    assert!(french.contains("## Que faire\n"), "{french}");
    let english = work
        .run(&["report", "power", "--format", "markdown", "--lang", "en"])
        .ok()
        .stdout;
    assert!(english.contains("## What to do\n"), "{english}");
    let plain = Workdir::with(&example());
    let expected = plain
        .run(&["report", "power", "--format", "markdown"])
        .ok()
        .stdout;
    assert_eq!(english, expected);
}

// Issue 18: "numbers and percentages with French spacing": 4 000 members
// are written "4000" in the French groups report (markdown and table).
#[test]
fn groups_fr_thousands_without_french_spacing() {
    let work = Workdir::with(&example());
    let md = work
        .french(&["report", "groups", "--format", "markdown"])
        .ok()
        .stdout;
    assert!(
        !md.contains("| 4000 |"),
        "French markdown shows 4000 members"
    );
    let table = work.french(&["report", "groups"]).ok().stdout;
    assert!(!table.contains(" 4000 "), "French table shows 4000 members");
}

/// Issue: "Every human text in French" and consistent French terms. The
/// glossary and the overview say « directement touché(s) » for `impacted`;
/// the groups report card says « touché: non ».
#[test]
fn impacted_named_two_ways_touche_vs_directement_touche() {
    let work = Workdir::with(&example());
    let glossary = work.run(&["--lang", "fr", "glossary"]).ok().stdout;
    assert!(glossary.contains("directement touché"), "{glossary}");
    let out = Run::from(
        work.command()
            .env("COLUMNS", "100")
            .args(["--lang", "fr", "report", "groups"])
            .output()
            .unwrap(),
    )
    .ok()
    .stdout;
    assert!(
        !out.contains("  touché"),
        "groups report names impacted « touché »:\n{out}"
    );
}

/// Issue: "non-breaking spaces before « : ; ? ! »" and no line cut inside a
/// phrase. At 40 columns (COLUMNS=40) the overview's steps read
/// « d’affinité: faite » (no space before the colon) and cut the status
/// « en cours » / « à faire » across two lines.
#[test]
fn narrow_overview_steps_colon_without_space_and_status_cut() {
    let work = Workdir::with(&example());
    let out = Run::from(
        work.command()
            .env("COLUMNS", "40")
            .args(["--lang", "fr", "report", "overview"])
            .output()
            .unwrap(),
    )
    .ok()
    .stdout;
    assert!(!out.contains("affinité: faite"), "{out}");
    assert!(!out.contains("assemblée: en\n"), "{out}");
    assert!(out.contains("en\u{a0}cours"), "{out}");
}
