//! Judgements about groups true to the training (issue 14): whom step 1
//! proposes, opponents apart from partners, the spectrum's moves, the
//! leadership of the impacted, and a diff that knows the defaults.

mod common;

use common::*;
use serde_json::{Value, json};

/// The situation the organizer met: a big NGO in an offset deal with the
/// promoter, an impacted community kitchen nobody has placed yet, a gas
/// company the coalition watches, and groups in between.
const CAMPAIGN: &str = r#"schema = 1

[coalition]
name = "Stop the pipeline"
unity_statement = "No pipeline through our neighbourhoods"

[groups.gas-co]
name = "Gas company"
status = "watch"
power = 5
interest = 5
intentions = "Buy the town council's support with a community fund"
offers = { money = ["ads", "community fund"] }
needs = { visibility = "a green image" }

[groups.kitchen]
name = "Community kitchen"
impacted = true
power = 1
interest = 3

[groups.ngo]
name = "Big Green NGO"
power = 5
interest = 5
spectrum = "passive_opposition"

[groups.parish]
name = "Parish"
status = "declined"
power = 5
interest = 5

[groups.teachers]
name = "Teachers' union"
power = 4
interest = 4
spectrum = "neutral"

[groups.tenants]
name = "Tenants' association"
power = 2
interest = 5
spectrum = "passive_ally"
"#;

fn json_of(run: &Run) -> Value {
    serde_json::from_str(&run.stdout).unwrap()
}

fn position(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in:\n{text}"))
}

#[test]
fn step_one_proposes_the_impacted_kitchen_first_and_never_the_opposed_ngo() {
    let work = Workdir::with(CAMPAIGN);
    // Without a terminal there is nothing to record, and the refusal lists
    // whom to contact, best first, each with why.
    let run = work.refused(&["step", "contact"], 2);
    let listed = &run.stderr[position(&run.stderr, "whom to contact")..];
    let kitchen = position(
        listed,
        "Community kitchen (kitchen): impacted · not yet placed · interest 3 · power 1",
    );
    let tenants = position(
        listed,
        "Tenants' association (tenants): passive ally · interest 5 · power 2",
    );
    let teachers = position(
        listed,
        "Teachers' union (teachers): neutral · interest 4 · power 4",
    );
    assert!(kitchen < tenants && tenants < teachers, "{listed}");
    for never in ["Big Green NGO", "Gas company", "Parish"] {
        assert!(
            !run.stderr.contains(never),
            "{never} proposed:\n{}",
            run.stderr
        );
    }
}

#[test]
fn step_one_says_so_when_only_opponents_are_left() {
    let only_opponents = CAMPAIGN
        .replace(
            "impacted = true\n",
            "impacted = true\nstatus = \"member\"\n",
        )
        .replace("spectrum = \"passive_ally\"", "status = \"dialogue\"")
        .replace("spectrum = \"neutral\"", "spectrum = \"active_opposition\"");
    let work = Workdir::with(&only_opponents);
    work.refused(&["step", "contact"], 2)
        .stderr_has("no prospect is left to contact (opponents are never proposed)");
}

#[test]
fn the_power_grid_puts_opponents_and_watched_groups_apart_with_their_intentions() {
    let work = Workdir::with(CAMPAIGN);
    let table = work.run(&["report", "power"]).ok().stdout;
    let section = position(&table, "Opponents and targets");
    let grid = &table[..section];
    for opponent in ["Gas company", "Big Green NGO"] {
        assert!(
            !grid.contains(opponent),
            "{opponent} in a quadrant:\n{table}"
        );
        assert!(table[section..].contains(opponent), "{table}");
    }
    assert!(grid.contains("Teachers' union"), "{table}");

    // The strategic tip: what they intend and what they have (in markdown,
    // whose cells do not wrap).
    let markdown = work
        .run(&["report", "power", "--format", "markdown"])
        .ok()
        .stdout;
    let after = &markdown[position(&markdown, "Opponents and targets")..];
    for fact in [
        "| Gas company | watched | 5 | Buy the town council's support with a community fund | money: ads; community fund | visibility: a green image |",
        "| Big Green NGO | passive opposition | 5 |",
    ] {
        assert!(after.contains(fact), "{fact:?} missing:\n{after}");
    }

    let json = json_of(&work.run(&["report", "power", "--format", "json"]).ok());
    assert_eq!(json["opponents"], json!(["gas-co", "ngo"]));
    assert_eq!(json["quadrants"]["manage_closely"], json!(["teachers"]));
    assert_eq!(
        json["quadrants"]["keep_informed"],
        json!(["kitchen", "tenants"])
    );
    assert_eq!(json["unrated"], json!([]));

    let csv = work
        .run(&["report", "power", "--format", "csv"])
        .ok()
        .stdout;
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "id,name,side,quadrant,power,interest,unpredictability"
    );
    assert!(lines.contains(&"teachers,Teachers' union,partner,manage_closely,4,4,"));
    assert!(lines.contains(&"gas-co,Gas company,opponent,,5,5,"));
    assert!(lines.contains(&"ngo,Big Green NGO,opponent,,5,5,"));
    assert!(!csv.contains("parish"), "declined groups stay out:\n{csv}");
}

#[test]
fn an_unrated_opponent_is_an_opponent_not_a_group_to_rate() {
    let work = Workdir::with(
        &(MINIMAL.to_string()
            + "[groups.corp]\nname = \"Corp\"\nspectrum = \"active_opposition\"\n"),
    );
    let json = json_of(&work.run(&["report", "power", "--format", "json"]).ok());
    assert_eq!(json["opponents"], json!(["corp"]));
    assert_eq!(json["unrated"], json!([]));
    let table = work.run(&["report", "power"]).ok().stdout;
    assert!(!table.contains("Not rated yet"), "{table}");
}

#[test]
fn the_spectrum_lists_groups_not_placed_and_proposes_one_step_for_the_others() {
    let text = CAMPAIGN.to_string()
        + "\n[groups.allies]\nname = \"Allies\"\nspectrum = \"active_ally\"\n\
           \n[groups.foe]\nname = \"Foe\"\nspectrum = \"active_opposition\"\nspectrum_target = \"neutral\"\n";
    let work = Workdir::with(&text);
    let json = json_of(&work.run(&["report", "spectrum", "--format", "json"]).ok());
    assert_eq!(json["not_placed"], json!(["gas-co", "kitchen", "parish"]));
    // The file's targets stay in `moves`; coal's proposals apart.
    assert_eq!(
        json["moves"],
        json!([{"id": "foe", "from": "active_opposition", "to": "neutral", "next": "passive_opposition"}])
    );
    assert_eq!(
        json["proposed_moves"],
        json!([
            {"id": "ngo", "from": "passive_opposition", "next": "neutral"},
            {"id": "teachers", "from": "neutral", "next": "passive_ally"},
            {"id": "tenants", "from": "passive_ally", "next": "active_ally"},
        ])
    );
    assert_eq!(json["spectrum"]["active_ally"], json!(["allies"]));

    let table = work.run(&["report", "spectrum"]).ok().stdout;
    let not_placed = position(&table, "Not yet placed");
    assert!(
        table[not_placed..].contains("Gas company, Community kitchen, Parish"),
        "{table}"
    );
    for label in ["active ally", "passive opposition", "active opposition"] {
        assert!(table.contains(label), "{label:?} missing:\n{table}");
    }
    assert!(!table.contains("active_ally"), "{table}");
    assert!(table.contains("none set: proposed"), "{table}");
    let markdown = work
        .run(&["report", "spectrum", "--format", "markdown"])
        .ok()
        .stdout;
    assert!(markdown.contains("| active ally |"), "{markdown}");
    assert!(!markdown.contains("active_ally"), "{markdown}");

    let csv = work
        .run(&["report", "spectrum", "--format", "csv"])
        .ok()
        .stdout;
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "id,name,spectrum,target,next_step,proposed");
    assert!(lines.contains(&"allies,Allies,active_ally,,,"), "{csv}");
    assert!(
        lines.contains(&"foe,Foe,active_opposition,neutral,passive_opposition,false"),
        "{csv}"
    );
    assert!(
        lines.contains(&"ngo,Big Green NGO,passive_opposition,,neutral,true"),
        "{csv}"
    );
    assert!(lines.contains(&"kitchen,Community kitchen,,,,"), "{csv}");
}

/// Issue 14 (review): opponents are in opposition or watched, and the
/// spectrum aims them one step toward neutral, never toward the allies. A
/// watched gas company that the organizers placed among the passive allies
/// (or at neutral) gets no proposed move: toward neutral would push it away,
/// toward active ally would court it. A watched group in opposition gets
/// its step toward neutral; a target the organizers set still counts.
#[test]
fn the_spectrum_never_proposes_to_court_a_watched_group() {
    let work = Workdir::with(
        &(MINIMAL.to_string()
            + "[groups.gas]\nname = \"Gas Co\"\nstatus = \"watch\"\npower = 5\ninterest = 5\nspectrum = \"passive_ally\"\nintentions = \"pipeline through the park\"\n\
               [groups.mayor]\nname = \"Mayor\"\nstatus = \"watch\"\nspectrum = \"neutral\"\n\
               [groups.lobby]\nname = \"Lobby\"\nstatus = \"watch\"\nspectrum = \"active_opposition\"\n\
               [groups.council]\nname = \"Council\"\nstatus = \"watch\"\nspectrum = \"neutral\"\nspectrum_target = \"passive_ally\"\n"),
    );
    work.run(&["report", "power"])
        .ok()
        .stdout_has("Opponents and targets");
    let json = json_of(&work.run(&["report", "spectrum", "--format", "json"]).ok());
    assert_eq!(
        json["proposed_moves"],
        json!([{"id": "lobby", "from": "active_opposition", "next": "passive_opposition"}])
    );
    assert_eq!(
        json["moves"],
        json!([{"id": "council", "from": "neutral", "to": "passive_ally", "next": "passive_ally"}])
    );
    let csv = work
        .run(&["report", "spectrum", "--format", "csv"])
        .ok()
        .stdout;
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines.contains(&"gas,Gas Co,passive_ally,,,"), "{csv}");
    assert!(lines.contains(&"mayor,Mayor,neutral,,,"), "{csv}");
    let table = work.run(&["report", "spectrum"]).ok().stdout;
    let moves = position(&table, "Moves to aim for");
    assert!(!table[moves..].contains("Gas Co"), "{table}");
    assert!(table[moves..].contains("Lobby"), "{table}");
}

/// Issue 14 (review): the markdown spectrum keeps the groups of one
/// position apart, as the table does by lines: "Declined Org" and
/// "Teachers Union" must not read as one group.
#[test]
fn the_markdown_spectrum_keeps_the_names_of_one_position_apart() {
    let work = Workdir::with(
        &(MINIMAL.to_string()
            + "[groups.a]\nname = \"Declined Org\"\nstatus = \"member\"\nspectrum = \"active_ally\"\n\
               [groups.b]\nname = \"Teachers Union\"\nstatus = \"member\"\nspectrum = \"active_ally\"\n"),
    );
    let markdown = work
        .run(&["report", "spectrum", "--format", "markdown"])
        .ok()
        .stdout;
    assert!(
        markdown.contains("| Declined Org<br>Teachers Union |"),
        "{markdown}"
    );
    let table = work.run(&["report", "spectrum"]).ok().stdout;
    assert!(!table.contains("<br>"), "{table}");
}

const LEADERSHIP: &str = r#"schema = 1

[coalition]
name = "C"
unity_statement = "U"

[steps.draft]
co_authors = ["kitchen", "teachers"]

[groups.kitchen]
name = "Community kitchen"
status = "member"
participation = "core"
impacted = true
joined = 2026-11-01

[groups.teachers]
name = "Teachers' union"
status = "member"
participation = "supporter"
joined = 2026-11-01

[groups.tenants]
name = "Tenants' association"
status = "member"
participation = "core"
impacted = true
joined = 2026-11-01

[groups.watchers]
name = "Watchers"
status = "member"
participation = "observer"
joined = 2026-11-01

[committees.media]
name = "Media"
groups = ["teachers"]

[committees.steering]
name = "Steering group"
steering = true
groups = ["kitchen", "teachers", "watchers"]

[[decisions]]
date = 2026-11-10
summary = "March on the council"
consulted = ["kitchen"]
"#;

#[test]
fn the_structure_shows_the_impacted_share_of_seats_pen_and_consultations() {
    let work = Workdir::with(LEADERSHIP);
    let table = work.run(&["report", "structure"]).ok().stdout;
    let section = &table[position(&table, "Leadership of the impacted")..];
    for line in [
        "member groups                  2 of 4 impacted (50 %)",
        "groups with a steering seat    1 of 3 impacted (33 %)",
        "co-authors of the draft        1 of 2 impacted (50 %)",
        "groups consulted on decisions  1 of 1 impacted (100 %)",
    ] {
        assert!(section.contains(line), "{line:?} missing:\n{section}");
    }
    let json = json_of(&work.run(&["report", "structure", "--format", "json"]).ok());
    assert_eq!(
        json["impacted_leadership"],
        json!({
            "members": {"impacted": 2, "total": 4, "share": 0.5},
            "steering": {"impacted": 1, "total": 3, "share": 1.0 / 3.0},
            "co_authors": {"impacted": 1, "total": 2, "share": 0.5},
            "consulted": {"impacted": 1, "total": 1, "share": 1.0},
        })
    );
    // Nothing yet: said in words, and null in JSON.
    let empty = Workdir::with(MINIMAL);
    let table = empty.run(&["report", "structure"]).ok().stdout;
    assert!(
        table.contains("groups with a steering seat    none yet"),
        "{table}"
    );
    let json = json_of(&empty.run(&["report", "structure", "--format", "json"]).ok());
    assert_eq!(
        json["impacted_leadership"]["steering"]["share"],
        Value::Null
    );
}

#[test]
fn check_notes_a_supporter_holding_more_seats_than_a_core_group() {
    let work = Workdir::with(LEADERSHIP);
    let run = work.run(&["check", "--format", "json"]).ok();
    let json = json_of(&run);
    let overloads: Vec<&Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "overload")
        .collect();
    // The teachers (supporter) hold 2 seats, the tenants (core) none; the
    // watchers (observer) hold 1, more than the tenants too.
    assert_eq!(overloads.len(), 2, "{}", run.stdout);
    assert_eq!(overloads[0]["severity"], "info");
    assert_eq!(overloads[0]["path"], "groups.teachers.participation");
    assert_eq!(
        overloads[0]["message"],
        "Teachers' union takes part as a supporter, yet holds 2 committee seats where Tenants' association, a core group, holds 0 seats. Levels of participation let each group give what it can: ask Teachers' union whether this load suits it, and share the seats with the core groups."
    );
    assert_eq!(overloads[1]["path"], "groups.watchers.participation");
    // Seating the core groups as often settles both.
    let settled = LEADERSHIP
        .replace(
            "groups = [\"teachers\"]",
            "groups = [\"kitchen\", \"teachers\", \"tenants\"]",
        )
        .replace(
            "groups = [\"kitchen\", \"teachers\", \"watchers\"]",
            "groups = [\"kitchen\", \"teachers\", \"tenants\", \"watchers\"]",
        );
    let work = Workdir::with(&settled);
    let run = work.run(&["check", "--format", "json"]).ok();
    assert!(!run.stdout.contains("\"overload\""), "{}", run.stdout);
}

#[test]
fn diff_compares_with_the_defaults_filled_in() {
    let work = Workdir::with(
        &(MINIMAL.to_string()
            + "\n[groups.a]\nname = \"A\"\n\n[groups.b]\nname = \"B\"\nstatus = \"prospect\"\n\n[[decisions]]\ndate = 2026-11-01\nsummary = \"S\"\n"),
    );
    std::fs::copy(work.path(), work.dir.path().join("old.toml")).unwrap();
    work.write(
        &(MINIMAL.to_string() + "kind = \"agile\"\n\n[agreements]\nno_public_denouncing = true\n\n[groups.a]\nname = \"A\"\nstatus = \"contacted\"\n\n[groups.b]\nname = \"B\"\npublic = false\n\n[[decisions]]\ndate = 2026-11-01\nsummary = \"S\"\nrule = \"consent\"\n\n[[decisions]]\ndate = 2026-11-02\nsummary = \"T\"\n"),
    );
    let text = work.run(&["diff", "old.toml"]).ok().stdout;
    assert!(
        text.contains("~ groups.a.status: \"prospect\" → \"contacted\""),
        "{text}"
    );
    assert!(!text.contains("(none)"), "{text}");
    let json = json_of(&work.run(&["diff", "old.toml", "--format", "json"]).ok());
    assert_eq!(
        json,
        json!({
            "added": {"decisions": [{"date": "2026-11-02", "summary": "T"}]},
            "removed": {},
            "changed": [{"path": "groups.a.status", "old": "prospect", "new": "contacted"}],
        })
    );
    // Written out or left out, a default is the same value.
    std::fs::write(
        work.dir.path().join("spelled.toml"),
        MINIMAL.to_string() + "\n[groups.a]\nname = \"A\"\nstatus = \"prospect\"\nparticipation = \"active\"\n\n[groups.b]\nname = \"B\"\n\n[[decisions]]\ndate = 2026-11-01\nsummary = \"S\"\nby = \"assembly\"\n",
    )
    .unwrap();
    work.run(&["diff", "old.toml", "spelled.toml"])
        .ok()
        .stdout_has("no changes");
}

/// Issue 14 (review): the README gives `{ money = "bus rental" }` and
/// `{ money = ["bus rental"] }` as two spellings of the same offers, and a
/// time of day may be `"18:30"` or `18:30:00`: diff compares the data as
/// the loader reads it, and sees no change; a second detail is one.
#[test]
fn diff_sees_no_change_between_two_spellings_of_one_value() {
    let work = Workdir::with(
        &(MINIMAL.to_string()
            + "\n[steps.assembly]\nstart = 18:30:00\n\n[groups.a]\nname = \"A\"\nstatus = \"member\"\noffers.money = [\"bus rental\"]\nneeds = { space = [\"hall\"] }\n"),
    );
    std::fs::write(
        work.dir.path().join("old.toml"),
        MINIMAL.to_string()
            + "\n[steps.assembly]\nstart = \"18:30\"\n\n[groups.a]\nname = \"A\"\nstatus = \"member\"\noffers = { money = \"bus rental\" }\nneeds.space = \"hall\"\n",
    )
    .unwrap();
    let run = work.run(&["diff", "old.toml", "coalition.toml"]).ok();
    assert!(!run.stdout.contains("offers"), "{}", run.stdout);
    run.stdout_has("no changes");
    let json = json_of(&work.run(&["diff", "old.toml", "--format", "json"]).ok());
    assert_eq!(json["changed"], json!([]), "{json}");

    work.write(
        &(MINIMAL.to_string()
            + "\n[steps.assembly]\nstart = 18:30:00\n\n[groups.a]\nname = \"A\"\nstatus = \"member\"\noffers.money = [\"bus rental\", \"food\"]\nneeds = { space = [\"hall\"] }\n"),
    );
    let json = json_of(&work.run(&["diff", "old.toml", "--format", "json"]).ok());
    assert_eq!(
        json["changed"],
        json!([{"path": "groups.a.offers.money", "old": "bus rental", "new": ["bus rental", "food"]}])
    );
}

#[test]
fn every_format_of_the_judged_reports_holds_on_empty_and_hostile_coalitions() {
    let hostile = MINIMAL.to_string()
        + "\n[groups.\"x\\u001b[31m\"]\nname = \"=cmd\\u001b]0;pwn\\u0007 \\u202e\"\nstatus = \"watch\"\nintentions = \"\\u001b[2J wipe\"\noffers = { money = \"@SUM(A1)\" }\n\n[groups.k]\nname = \"- kitchen\"\nimpacted = true\nspectrum = \"passive_opposition\"\n";
    for text in [MINIMAL.to_string(), hostile] {
        let work = Workdir::with(&text);
        for kind in ["power", "spectrum", "structure"] {
            for format in ["table", "markdown", "json", "csv"] {
                let run = work.run(&["report", kind, "--format", format]).ok();
                assert!(
                    !run.stdout.contains('\u{1b}'),
                    "{kind} {format}:\n{}",
                    run.stdout
                );
                assert!(
                    !run.stdout.contains('\u{7}'),
                    "{kind} {format}:\n{}",
                    run.stdout
                );
                if format == "csv" {
                    assert!(!run.stdout.contains(",=cmd"), "{}", run.stdout);
                    assert!(!run.stdout.contains(",- kitchen"), "{}", run.stdout);
                }
                if format == "json" {
                    json_of(&run);
                }
            }
        }
        // An opponent is never proposed, hostile or not.
        let run = work.refused(&["step", "contact"], 2);
        assert!(!run.stderr.contains("kitchen"), "{}", run.stderr);
    }
}

/// With no member group, the structure report claims nothing of "every
/// member": it says there is none yet.
#[test]
fn the_structure_claims_nothing_of_every_member_when_there_is_none() {
    let work = Workdir::with(MINIMAL);
    let table = work
        .run(&["report", "structure"])
        .ok()
        .stdout_has("No member group yet.");
    assert!(!table.stdout.contains("Every member"), "{}", table.stdout);
    // A prospect is no member either; a member in no space is named.
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.p]\nname = \"Prospect\"\n\n[groups.m]\nname = \"Member\"\nstatus = \"member\"\n"
    ));
    work.run(&["report", "structure"])
        .ok()
        .stdout_has("Member. Bring them into a space");
    let work = Workdir::with(&format!("{MINIMAL}\n[groups.p]\nname = \"Prospect\"\n"));
    work.run(&["report", "structure"])
        .ok()
        .stdout_has("No member group yet.");
}

/// A group that declined said no: like step 1, the spectrum does not court
/// it toward the allies. Placed at neutral or among the allies it gets no
/// proposed move; in opposition, its step toward neutral; a target the
/// organizers set still counts.
#[test]
fn spectrum_does_not_court_a_group_that_declined() {
    let work = Workdir::with(
        &(MINIMAL.to_string()
            + "[groups.d]\nname = \"Declined\"\nstatus = \"declined\"\nspectrum = \"neutral\"\n\
               [groups.p]\nname = \"Parish\"\nstatus = \"declined\"\nspectrum = \"passive_ally\"\n\
               [groups.o]\nname = \"Offset NGO\"\nstatus = \"declined\"\nspectrum = \"passive_opposition\"\n\
               [groups.t]\nname = \"Tenants\"\nstatus = \"declined\"\nspectrum = \"neutral\"\nspectrum_target = \"passive_ally\"\n"),
    );
    let csv = work
        .run(&["report", "spectrum", "--format", "csv"])
        .ok()
        .stdout;
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines.contains(&"d,Declined,neutral,,,"), "{csv}");
    assert!(lines.contains(&"p,Parish,passive_ally,,,"), "{csv}");
    assert!(
        lines.contains(&"o,Offset NGO,passive_opposition,,neutral,true"),
        "{csv}"
    );
    assert!(
        lines.contains(&"t,Tenants,neutral,passive_ally,passive_ally,false"),
        "{csv}"
    );
}
