//! Tables and prose fit the width: `COLUMNS` when piped (100 without it),
//! the terminal's on a terminal. No line is wider than the width or ends
//! with a space, no id is cut, and a table that cannot fit becomes cards.

mod common;

use common::*;
use unicode_width::UnicodeWidthStr;

/// A word of 60 characters, longer than a column can ever be at 60.
const LONG_WORD: &str = "Intersectionnalitéanticapitalistedécolonialeféministequeeres";

/// A group id of 55 characters: with a card's ` —` after it, it still
/// fits a line of 60.
const LONG_ID: &str = "association-des-locataires-de-villeray-et-petite-patrie";

/// The shipped example with groups whose names are long, accented, with
/// emoji, and one word longer than any column; members without feedback
/// or space, so that `coal check` names them.
fn hostile() -> String {
    format!(
        "{}\n\
         [groups.{LONG_ID}]\n\
         name = \"Association des locataires de Villeray–Petite-Patrie 🏠\"\n\
         status = \"member\"\nparticipation = \"core\"\nimpacted = true\n\
         spectrum = \"active_ally\"\nroles = [\"citizen\", \"rebel\"]\n\
         tactics = [\"march\", \"petition\", \"civil-disobedience\"]\n\
         offers = {{ expertise = \"accompagnement des locataires devant le Tribunal administratif du logement\" }}\n\
         needs = {{ money = [\"interprètes\", \"garderie pendant les réunions\"] }}\n\n\
         [groups.jardins]\n\
         name = \"🌱 Jardins solidaires ✊ du quartier Saint-Michel 🌻\"\n\
         status = \"member\"\nparticipation = \"observer\"\nspectrum = \"active_ally\"\n\n\
         [groups.long-word]\n\
         name = \"Regroupement {LONG_WORD} de l'Est\"\n\
         status = \"dialogue\"\nspectrum = \"neutral\"\n",
        example()
    )
}

/// Runs coal piped with `COLUMNS` set to `columns` (or unset).
fn at(work: &Workdir, columns: Option<usize>, args: &[&str]) -> String {
    let mut command = work.command();
    match columns {
        Some(columns) => command.env("COLUMNS", columns.to_string()),
        None => command.env_remove("COLUMNS"),
    };
    let run = Run::from(command.args(args).output().unwrap());
    assert!(
        run.status == 0 || run.status == 1,
        "{args:?}: exit {}\n{}",
        run.status,
        run.stderr
    );
    run.stdout
}

/// No line wider than `width` in terminal columns, none ending with a
/// space.
fn fits(what: &str, text: &str, width: usize) {
    for line in text.lines() {
        assert!(
            line.width() <= width,
            "{what}: a line of {} columns at {width}:\n{line}\n\n{text}",
            line.width()
        );
        assert!(
            !line.ends_with(' '),
            "{what}: a line ends with a space:\n{line:?}\n\n{text}"
        );
    }
}

/// Every id is whole on some line, never cut between two.
fn ids_whole(what: &str, text: &str, ids: &[String]) {
    for id in ids {
        assert!(
            text.lines().any(|line| line
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                .any(|word| word == id)),
            "{what}: the id {id} is not whole on any line:\n{text}"
        );
    }
}

fn ids_of(work: &Workdir, kind: &str) -> Vec<String> {
    let json: serde_json::Value =
        serde_json::from_str(&at(work, None, &["list", kind, "--format", "json"])).unwrap();
    json[kind]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["id"].as_str().unwrap().to_string())
        .collect()
}

const WIDTHS: [usize; 3] = [60, 80, 120];

#[test]
fn lists_fit_and_keep_every_id_whole() {
    for file in [example(), hostile()] {
        let work = Workdir::with(&file);
        for kind in ["groups", "tactics", "spaces", "committees", "people"] {
            let ids = ids_of(&work, kind);
            for width in WIDTHS {
                let text = at(&work, Some(width), &["list", kind]);
                let what = format!("coal list {kind} at {width}");
                fits(&what, &text, width);
                ids_whole(&what, &text, &ids);
            }
        }
        for kind in ["assemblies", "decisions", "feedback"] {
            for width in WIDTHS {
                let text = at(&work, Some(width), &["list", kind]);
                fits(&format!("coal list {kind} at {width}"), &text, width);
            }
        }
    }
}

#[test]
fn reports_steps_check_and_show_fit_at_every_width() {
    let work = Workdir::with(&hostile());
    let groups = ids_of(&work, "groups");
    let reports = [
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
        "draft",
    ];
    for width in WIDTHS {
        for kind in reports {
            let text = at(&work, Some(width), &["report", kind]);
            fits(&format!("coal report {kind} at {width}"), &text, width);
        }
        let text = at(&work, Some(width), &["report", "groups"]);
        ids_whole(&format!("coal report groups at {width}"), &text, &groups);
        for public in ["overview", "groups", "tactics", "steps"] {
            let text = at(
                &work,
                Some(width),
                &["report", public, "--audience", "public"],
            );
            fits(&format!("public {public} at {width}"), &text, width);
        }
        fits(
            &format!("coal steps at {width}"),
            &at(&work, Some(width), &["steps"]),
            width,
        );
        let show = at(&work, Some(width), &["show", "group", LONG_ID]);
        fits(&format!("coal show group at {width}"), &show, width);
        ids_whole("coal show group", &show, &[LONG_ID.to_string()]);
        let show = at(&work, Some(width), &["show", "tactic", "march"]);
        fits(&format!("coal show tactic at {width}"), &show, width);
        ids_whole("coal show tactic", &show, &[LONG_ID.to_string()]);
    }
}

#[test]
fn check_findings_wrap_under_themselves_and_keep_their_ids() {
    let work = Workdir::with(&hostile());
    let json: serde_json::Value =
        serde_json::from_str(&at(&work, None, &["check", "--format", "json"])).unwrap();
    let named: Vec<String> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["path"].as_str()?.strip_prefix("groups."))
        .map(|rest| rest.split('.').next().unwrap().to_string())
        .collect();
    assert!(named.contains(&LONG_ID.to_string()), "{json}");
    for width in WIDTHS {
        let text = at(&work, Some(width), &["check"]);
        fits(&format!("coal check at {width}"), &text, width);
        ids_whole(&format!("coal check at {width}"), &text, &named);
        // A finding's next lines hang under its first.
        for line in text.lines().filter(|line| !line.is_empty()) {
            assert!(
                line.starts_with("  ")
                    || ["error[", "warning[", "info["]
                        .iter()
                        .any(|s| line.starts_with(s))
                    || line.starts_with("coalition.toml: "),
                "at {width}: {line}\n{text}"
            );
        }
    }
    // The overview's top findings hang under their dash.
    let text = at(&work, Some(60), &["report"]);
    let top = text.split("Top findings").nth(1).unwrap();
    assert!(
        top.contains("\n- warning [") && top.contains("\n  "),
        "{top}"
    );
}

#[test]
fn a_table_that_cannot_fit_becomes_one_card_per_entry() {
    let work = Workdir::with(&example());
    let wide = at(&work, Some(120), &["list", "groups"]);
    assert!(wide.starts_with('┌'), "{wide}");
    assert!(wide.contains("│ autochtone-solidarite ┆"), "{wide}");
    let narrow = at(&work, Some(80), &["list", "groups"]);
    assert!(
        narrow.starts_with(
            "amis-terre — Les Ami·e·s de la Terre de Montréal\n  status: member\n  participation: core\n"
        ),
        "{narrow}"
    );
    // Empty fields are left out of a card.
    assert!(
        narrow.contains("\n\nfood-coop — Coop alimentaire La Grange\n  status: contacted\n  power: 1\n  interest: 3\n"),
        "{narrow}"
    );
    // A word longer than a line is cut only when a line is too narrow.
    let work = Workdir::with(&hostile());
    let text = at(&work, Some(80), &["list", "groups"]);
    assert!(
        text.contains(&format!("\n  {LONG_WORD} de l'Est\n")),
        "{text}"
    );
    let text = at(&work, Some(60), &["list", "groups"]);
    assert!(!text.contains(LONG_WORD), "{text}");
}

#[test]
fn a_cell_that_lists_names_holds_one_per_line() {
    let work = Workdir::with(&example());
    let spectrum = at(&work, Some(200), &["report", "spectrum"]);
    assert!(spectrum.starts_with(
        "Coalition Climat-Justice Montréal: spectrum of allies\n\
         =====================================================\n\n┌"
    ));
    for name in [
        "│ Syndicat des cols bleus, section 301 ┆",
        "│ Les Ami·e·s de la Terre de Montréal  ┆ Cercle de solidarité autochtone ┆",
    ] {
        assert!(spectrum.contains(name), "{spectrum}");
    }
    let cards = at(&work, Some(80), &["report", "spectrum"]);
    assert!(
        cards.contains(
            "active ally:\n  Les Ami·e·s de la Terre de Montréal\n  Collectif Artivistes\n"
        ),
        "{cards}"
    );
    let spaces = at(&work, Some(120), &["list", "spaces"]);
    assert!(
        spaces.contains(
            "┆ amis-terre    │\n│              ┆                   ┆              ┆ artivistes    │"
        ),
        "{spaces}"
    );
}

#[test]
fn the_groups_report_shows_what_the_readme_promises() {
    let work = Workdir::with(&example());
    let cards = at(&work, None, &["report", "groups"]);
    assert!(
        cards.contains(
            "amis-terre — Les Ami·e·s de la Terre de Montréal\n  status: member\n  participation: core\n  public: yes\n  impacted: no\n  power: 4\n  interest: 5\n  unpredictability: 2\n  members: 850\n  spectrum: active ally\n  roles: reformer\n  tactics:\n    Petition\n    Lobbying city councillors\n    March\n  offers:\n    data (air quality measurements)\n    visibility (newsletter, 9000 readers)\n  needs: mobilization (people at hearings)\n"
        ),
        "{cards}"
    );
    let markdown = at(&work, None, &["report", "groups", "--format", "markdown"]);
    assert!(
        markdown.contains("| id | name | status | participation | public | impacted | power | interest | unpredictability | members | spectrum | spectrum target | roles | tactics | offers | needs |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| Petition<br>Lobbying city councillors<br>March | data (air quality measurements)<br>visibility (newsletter, 9000 readers) |"),
        "{markdown}"
    );
    // In public: names, participation, impact, size and tactics only.
    for format in ["table", "markdown"] {
        let public = at(
            &work,
            Some(60),
            &[
                "report",
                "groups",
                "--audience",
                "public",
                "--format",
                format,
            ],
        );
        for internal in [
            "amis-terre",
            "unpredictability",
            "spectrum",
            "roles",
            "offers",
            "power",
        ] {
            assert!(!public.contains(internal), "{format}: {internal}\n{public}");
        }
        assert!(public.contains("Petition"), "{public}");
    }
}

#[test]
fn piped_output_takes_columns_or_a_hundred() {
    let work = Workdir::with(&hostile());
    let default = at(&work, None, &["report", "tactics"]);
    fits("default width", &default, 100);
    assert!(default.lines().any(|line| line.width() > 80), "{default}");
    for columns in ["abc", "0", "-5", ""] {
        let mut command = work.command();
        command.env("COLUMNS", columns).args(["report", "tactics"]);
        let run = Run::from(command.output().unwrap()).ok();
        assert_eq!(run.stdout, default, "COLUMNS={columns:?}");
    }
    // A report written to a file is fitted as for a pipe.
    let mut command = work.command();
    command
        .env("COLUMNS", "60")
        .args(["report", "tactics", "-o", "tactics.txt"]);
    Run::from(command.output().unwrap()).ok();
    let written = std::fs::read_to_string(work.dir.path().join("tactics.txt")).unwrap();
    fits("a report in a file", &written, 60);
}

/// On a terminal its width counts, whatever `COLUMNS` says.
#[test]
fn on_a_terminal_its_width_counts() {
    let work = Workdir::with(&example());
    let mut command = std::process::Command::new("sh");
    command
        .arg("-c")
        .arg(format!(
            "stty cols 70 rows 40 && exec {} list groups",
            env!("CARGO_BIN_EXE_coal")
        ))
        .current_dir(work.dir.path())
        .env_remove("COAL_FILE")
        .env("COAL_TODAY", TODAY)
        .env("COLUMNS", "200")
        .env("TERM", "xterm");
    let mut session = rexpect::session::spawn_command(command, Some(10_000)).unwrap();
    // rexpect hands back each byte as a character.
    let bytes: Vec<u8> = session
        .exp_eof()
        .unwrap()
        .chars()
        .map(|c| c as u8)
        .collect();
    let screen = String::from_utf8(bytes).unwrap().replace("\r\n", "\n");
    assert!(
        screen.starts_with("amis-terre — Les Ami·e·s de la Terre de Montréal\n"),
        "{screen}"
    );
    fits("coal list groups on a terminal of 70 columns", &screen, 70);
}

/// A 64-character id, the longest the README allows.
const LONGEST_ID: &str = "a234567890123456789012345678901234567890123456789012345678901234";

/// The example with one more group.
fn example_with(group: &str) -> String {
    format!("{}\n{group}\n", example())
}

// `coal init` then `coal list groups` at 40 to 70 columns: the empty table
// becomes zero cards, which must still say the list is empty; at 80 the
// empty table (or a sentence) shows.
#[test]
fn an_empty_list_that_turns_to_cards_says_so() {
    let work = Workdir::with(MINIMAL);
    let wide = at(&work, Some(80), &["list", "groups"]);
    assert!(!wide.trim().is_empty(), "at 80: {wide:?}");
    for columns in [40, 60, 70] {
        for kind in ["groups", "assemblies"] {
            let text = at(&work, Some(columns), &["list", kind]);
            assert!(
                text.contains("none yet"),
                "`coal list {kind}` at {columns} columns: {text:?}"
            );
        }
    }
}

// A report heading that announces a table is followed by "none yet" when
// the empty table turns to cards, never by nothing.
#[test]
fn an_empty_report_table_that_turns_to_cards_says_none_yet() {
    let work = Workdir::with(MINIMAL);
    let text = at(&work, Some(60), &["report", "resources"]);
    let after = text
        .split("What each member group can offer and needs:")
        .nth(1)
        .expect(&text);
    assert!(after.starts_with("\n\nnone yet\n"), "{text}");
    let spectrum = at(&work, Some(40), &["report", "spectrum"]);
    assert!(spectrum.contains("=\n\nnone yet\n"), "{spectrum}");
}

// Cards are "`id — name`, then fields": with an id of 64 characters at 60
// columns the card starts with its id and the dash beside it, the name on
// the next line, never a blank first line nor a lone dash.
#[test]
fn a_card_with_an_id_wider_than_the_line_starts_with_it() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.{LONGEST_ID}]\nname = \"Association des locataires\"\nstatus = \"member\"\nparticipation = \"core\"\n"
    ));
    for args in [&["list", "groups"][..], &["report", "groups"]] {
        let text = at(&work, Some(60), args);
        let card = if args[0] == "report" {
            text.split("publicly endorsing.\n\n").nth(1).expect(&text)
        } else {
            &text
        };
        assert!(
            card.starts_with(&format!("{LONGEST_ID} —\n  Association des locataires\n")),
            "{args:?}:\n{text}"
        );
        assert!(
            !card.lines().any(|line| line.trim() == "—"),
            "{args:?}: a lone dash:\n{text}"
        );
    }
}

// Japanese and Chinese have no spaces: a line may break after any
// character. A group named in Japanese keeps `coal list groups` a table at
// 120 columns.
#[test]
fn a_cjk_name_breaks_between_its_characters() {
    let work = Workdir::with(&example_with(
        "[groups.tokyo]\nname = \"東京都北区住宅権利連合会東京都北区住宅権利連合会\"\nstatus = \"member\"\nparticipation = \"active\"\n",
    ));
    let text = at(&work, Some(120), &["list", "groups"]);
    assert!(text.starts_with('┌'), "{text}");
    fits("a Japanese name", &text, 120);
}

// Columns get widths by priority, names before lists of tactics: in the
// public groups report at 80 columns the name column is at least as wide
// as the tactics column.
#[test]
fn names_are_not_squeezed_before_lists_of_tactics() {
    let work = Workdir::with(&example());
    let text = at(
        &work,
        Some(80),
        &["report", "groups", "--audience", "public"],
    );
    let header = text
        .lines()
        .find(|line| line.starts_with("│ name"))
        .expect(&text);
    let cells: Vec<&str> = header.split(['│', '┆']).collect();
    let name = cells[1].width();
    let tactics = cells[5].width();
    assert!(name >= tactics, "name {name}, tactics {tactics}:\n{text}");
    fits("the public groups report", &text, 80);
}

// `coal check` ends a finding with the command to run (`coal log-feedback
// ID TEXT`), to be copied: wrapped prose keeps it on one line, at every
// width, in `coal check` and the overview's top findings.
#[test]
fn a_command_to_copy_stays_on_one_line() {
    let work = Workdir::with(&example_with(
        "[groups.pipes]\nname = \"| a | b | --- |\"\nstatus = \"member\"\nparticipation = \"observer\"\n",
    ));
    let mut broken = Vec::new();
    for columns in (60..=120).step_by(4) {
        for args in [&["check"][..], &["report", "overview"]] {
            let text = at(&work, Some(columns), args);
            if text.lines().any(|line| line.ends_with("`coal")) {
                broken.push(format!("{args:?} at {columns}"));
            }
            fits("check and overview", &text, columns);
        }
    }
    assert!(broken.is_empty(), "a command split after `coal: {broken:?}");
}

// Cards are "`id — name`, then fields": the structure report's cards are
// titled by id and name, the kind a field below.
#[test]
fn structure_cards_are_titled_by_id_and_name() {
    let work = Workdir::with(&example());
    let text = at(&work, Some(80), &["report", "structure"]);
    assert!(
        text.contains("\nassembly-prep — Assembly preparation\n  kind: committee\n"),
        "{text}"
    );
}

// The steps report's cards are titled by number and step, not a bare number.
#[test]
fn steps_report_cards_are_titled_by_number_and_step() {
    let work = Workdir::with(&example());
    let text = at(&work, Some(60), &["report", "steps"]);
    assert!(
        text.contains("1 — First contact with affinity groups\n"),
        "{text}"
    );
}

// One name per line in the overview's lists: a name with a comma of its
// own ("Syndicat des cols bleus, section 301") reads as one name.
#[test]
fn the_overview_lists_one_name_per_line() {
    let work = Workdir::with(&example());
    let text = at(&work, Some(80), &["report", "overview"]);
    let invited = text
        .split("Invited")
        .nth(1)
        .and_then(|rest| rest.split("Answered").next())
        .expect(&text);
    assert!(
        invited
            .lines()
            .any(|line| line.trim() == "Syndicat des cols bleus, section 301"),
        "Invited{invited}"
    );
    let markdown = at(
        &work,
        Some(80),
        &["report", "overview", "--format", "markdown"],
    );
    assert!(
        markdown.contains("section 301<br>Jeunes pour le climat\n"),
        "{markdown}"
    );
}

// A name holding a line break is one entry of a list cell, its break shown
// as a space: not two groups.
#[test]
fn a_name_with_a_line_break_stays_one_name_in_a_list_cell() {
    let work = Workdir::with(&example_with(
        "[groups.two-lines]\nname = \"Comité line one\\nline two\"\nstatus = \"dialogue\"\nspectrum = \"neutral\"\ntactics = [\"march\"]\n",
    ));
    let spectrum = at(&work, Some(200), &["report", "spectrum"]);
    assert!(spectrum.contains("Comité line one line two"), "{spectrum}");
    assert!(!spectrum.contains("┆ line two"), "{spectrum}");
    let tactics = at(&work, Some(200), &["report", "tactics"]);
    assert!(tactics.contains("Comité line one line two"), "{tactics}");
}

// `coal show` at the narrowest width coal lays out (20) wraps its closing
// sentence too.
#[test]
fn show_wraps_its_last_sentence() {
    let work = Workdir::with(&example_with(
        "[groups.lonely]\nname = \"Lonely\"\nstatus = \"prospect\"\n",
    ));
    let text = at(&work, Some(20), &["show", "group", "lonely"]);
    assert!(
        text.ends_with("\nnothing else refers\nto this group\n"),
        "{text}"
    );
    fits("show", &text, 20);
}
