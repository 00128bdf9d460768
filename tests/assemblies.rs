//! General assemblies after the first: `add-assembly`, `update-assembly`,
//! step 3's new fields, decisions naming their assembly, `list assemblies`,
//! the invitation to the next assembly (markdown and ICS), and the log in
//! check, fmt, references and git merges.

mod common;

use std::path::Path;
use std::process::Command;

use common::*;

/// Two groups, and step 3 on 2027-01-16.
fn coalition() -> Workdir {
    first_on("2027-01-16")
}

/// Two groups, and step 3 held on 2026-09-16: later assemblies may be
/// past too.
fn held() -> Workdir {
    first_on("2026-09-16")
}

fn first_on(date: &str) -> Workdir {
    let work = Workdir::with(MINIMAL);
    work.run(&["add-group", "Tenants"]).ok();
    work.run(&["add-group", "Union"]).ok();
    work.run(&["step", "assembly", "--date", date, "--place", "Hall"])
        .ok();
    work
}

fn formatted(work: &Workdir) {
    work.run(&["fmt", "--check"]).ok();
    work.run(&["check"]).ok();
}

#[test]
fn add_assembly_records_one_held_or_to_come_in_fmt_order() {
    let work = held();
    work.run(&[
        "add-assembly",
        "2027-04-10",
        "--start",
        "18:30",
        "--end",
        "21:00",
        "--place",
        "Centre, salle 2",
        "--language",
        "français",
        "--language",
        "English",
        "--accessibility",
        "interpretation",
        "--accessibility",
        "step-free access",
        "--rsvp",
        "rsvp@example.org",
        "--invite",
        "tenants",
        "union",
        "--agenda",
        "Budget",
        "--notes",
        "Book the hall",
    ])
    .ok()
    .stderr_has("added the assembly of 2027-04-10");
    // A past date records an assembly held.
    work.run(&["add-assembly", "2026-10-01", "--attended", "tenants"])
        .ok();
    let text = work.read();
    assert!(
        text.ends_with(
            "[[assemblies]]\ndate = 2027-04-10\nstart = \"18:30\"\nend = \"21:00\"\nplace = \"Centre, salle 2\"\nlanguages = [\"français\", \"English\"]\naccessibility = [\"interpretation\", \"step-free access\"]\nrsvp = \"rsvp@example.org\"\ninvited = [\"tenants\", \"union\"]\nagenda = \"Budget\"\nnotes = \"Book the hall\"\n\n[[assemblies]]\ndate = 2026-10-01\nattended = [\"tenants\"]\n"
        ),
        "{text}"
    );
    formatted(&work);
    // The log goes before decisions, where fmt puts it.
    work.run(&["log-decision", "Adopt the budget"]).ok();
    work.run(&["add-assembly", "2027-06-01"]).ok();
    let text = work.read();
    assert!(text.find("date = 2027-06-01").unwrap() < text.find("[[decisions]]").unwrap());
    formatted(&work);
}

#[test]
fn a_second_assembly_on_a_date_is_refused_and_changes_nothing() {
    let work = coalition();
    work.refused(&["add-assembly", "2027-01-16"], 2)
        .stderr_has("the first assembly (step 3) is on 2027-01-16")
        .stderr_has("coal update-assembly 2027-01-16");
    work.run(&["add-assembly", "2027-04-10"]).ok();
    work.refused(&["add-assembly", "2027-04-10", "--place", "X"], 2)
        .stderr_has("there is already an assembly on 2027-04-10");
    // Moving step 3 onto a later assembly's date is refused the same way.
    work.refused(&["step", "assembly", "--date", "2027-04-10"], 2)
        .stderr_has("there is already an assembly on 2027-04-10: the date identifies an assembly");
    // By hand, it is an error of the file.
    let text = work.read();
    work.write(&format!("{text}\n[[assemblies]]\ndate = 2027-04-10\n"));
    work.run(&["check"])
        .code(1)
        .stdout_has("assemblies[1].date")
        .stdout_has("the date identifies an assembly");
}

#[test]
fn wrong_input_is_refused_naming_the_flag_and_changes_nothing() {
    let work = coalition();
    work.refused(&["add-assembly", "--no-input", "--place", "X"], 2)
        .stderr_has("DATE");
    work.refused(&["add-assembly", "2027-04-10", "--invite", "tenant"], 2)
        .stderr_has("there is no group `tenant`")
        .stderr_has("did you mean `tenants`?");
    work.refused(
        &[
            "add-assembly",
            "2027-04-10",
            "--start",
            "19:00",
            "--end",
            "18:00",
        ],
        2,
    )
    .stderr_has("the end (18:00) must be after the start (19:00)");
    work.refused(&["add-assembly", "2027-04-10", "--start", "6pm"], 2)
        .stderr_has("must be a time written like 18:30");
    work.refused(&["add-assembly", "2027-13-01"], 2);
    work.refused(&["update-assembly", "2027-04-11", "--place", "X"], 2)
        .stderr_has("there is no assembly on 2027-04-11")
        .stderr_has("assemblies: 2027-01-16");
    work.refused(&["update-assembly", "2027-01-16"], 2)
        .stderr_has("nothing to change for the assembly of 2027-01-16");
    let before = work.read();
    work.run(&["--dry-run", "add-assembly", "2027-04-10"])
        .ok()
        .stdout_has("+[[assemblies]]");
    assert_eq!(work.read(), before);
}

#[test]
fn update_assembly_finds_step_3_or_a_later_one_by_date() {
    let work = held();
    work.run(&["add-assembly", "2026-10-10", "--invite", "tenants", "union"])
        .ok();
    work.run(&[
        "update-assembly",
        "2026-09-16",
        "--attended",
        "tenants",
        "--start",
        "18:30",
        "--language",
        "fr",
    ])
    .ok()
    .stderr_has("updated the assembly of 2026-09-16");
    work.run(&[
        "update-assembly",
        "2026-10-10",
        "--remove-invite",
        "union",
        "--attended",
        "union",
        "--place",
        "Park",
        "--notes",
        "Rain plan: the library",
    ])
    .ok();
    let text = work.read();
    assert!(
        text.contains("date = 2026-09-16\nstart = \"18:30\"\nplace = \"Hall\"\nlanguages = [\"fr\"]\nattended = [\"tenants\"]\n"),
        "{text}"
    );
    assert!(
        text.ends_with("[[assemblies]]\ndate = 2026-10-10\nplace = \"Park\"\ninvited = [\"tenants\"]\nattended = [\"union\"]\nnotes = \"Rain plan: the library\"\n"),
        "{text}"
    );
    formatted(&work);
    // A hand-written inline log is found too, and keeps its shape.
    let text = work
        .read()
        .replace(
            "\n[[assemblies]]\ndate = 2026-10-10\nplace = \"Park\"\ninvited = [\"tenants\"]\nattended = [\"union\"]\nnotes = \"Rain plan: the library\"\n",
            "",
        )
        .replace("schema = 1\n", "schema = 1\nassemblies = [{ date = 2026-10-10 }]\n");
    work.write(&text);
    work.run(&["update-assembly", "2026-10-10", "--place", "Park"])
        .ok();
    assert!(
        work.read()
            .contains("assemblies = [{ date = 2026-10-10, place = \"Park\" }]")
    );
}

#[test]
fn step_3_s_spelling_of_the_times_works_on_every_assembly() {
    let work = coalition();
    work.run(&[
        "add-assembly",
        "2027-04-10",
        "--start-time",
        "18:30",
        "--end-time",
        "20:00",
    ])
    .ok();
    work.run(&["update-assembly", "2027-04-10", "--end-time", "21:00"])
        .ok();
    assert!(
        work.read()
            .ends_with("[[assemblies]]\ndate = 2027-04-10\nstart = \"18:30\"\nend = \"21:00\"\n"),
        "{}",
        work.read()
    );
}

#[test]
fn step_3_takes_the_same_fields() {
    let work = held();
    work.run(&[
        "step",
        "assembly",
        "--start-time",
        "10:00",
        "--end-time",
        "13:00",
        "--accessibility",
        "childcare",
        "--rsvp",
        "Sam, 514-555-0100",
        "--agenda",
        "The draft",
        "--attended",
        "union",
    ])
    .ok();
    let text = work.read();
    assert!(
        text.contains("date = 2026-09-16\nstart = \"10:00\"\nend = \"13:00\"\nplace = \"Hall\"\naccessibility = [\"childcare\"]\nrsvp = \"Sam, 514-555-0100\"\nattended = [\"union\"]\nagenda = \"The draft\"\n"),
        "{text}"
    );
    formatted(&work);
    work.refused(&["step", "draft", "--agenda", "x"], 2)
        .stderr_has("`--agenda` belongs to step 3 (assembly)");
}

#[test]
fn a_decision_names_the_assembly_that_took_it() {
    let work = held();
    work.run(&["add-assembly", "2026-10-01"]).ok();
    work.run(&[
        "log-decision",
        "Adopt the vision",
        "--assembly",
        "2026-10-01",
    ])
    .ok()
    .stderr_has("logged decision of 2026-10-01");
    assert!(work.read().ends_with(
        "summary = \"Adopt the vision\"\nby = \"assembly\"\nrule = \"consent\"\nassembly = 2026-10-01\n"
    ));
    work.run(&["list", "decisions"])
        .ok()
        .stdout_has("assembly of 2026-10-01");
    formatted(&work);
    work.refused(&["log-decision", "X", "--assembly", "2026-10-02"], 2)
        .stderr_has("there is no assembly on 2026-10-02")
        .stderr_has("assemblies: 2026-09-16, 2026-10-01");
    work.run(&["add-committee", "Steering"]).ok();
    work.refused(
        &[
            "log-decision",
            "X",
            "--by",
            "steering",
            "--assembly",
            "2026-10-01",
        ],
        2,
    )
    .stderr_has("`--by` names a committee");
    // By hand: an unknown date is a reference to nothing.
    let text = work
        .read()
        .replace("assembly = 2026-10-01", "assembly = 2026-10-03");
    work.write(&text);
    work.run(&["check", "--format", "json"])
        .code(1)
        .stdout_has("\"code\": \"invalid-reference\"")
        .stdout_has("names no assembly on 2026-10-03");
}

#[test]
fn update_decision_names_or_unnames_the_assembly_that_took_it() {
    let work = held();
    work.run(&["add-assembly", "2026-10-01"]).ok();
    work.run(&["add-committee", "Steering"]).ok();
    work.run(&[
        "log-decision",
        "Rent the hall",
        "--by",
        "steering",
        "--date",
        "2026-10-01",
    ])
    .ok();
    let taken = "summary = \"Rent the hall\"\nby = \"steering\"\nrule = \"consent\"\n";
    assert!(work.read().ends_with(taken), "{}", work.read());
    work.refused(&["update-decision", "1", "--assembly", "2026-10-02"], 2)
        .stderr_has("there is no assembly on 2026-10-02");
    work.refused(
        &[
            "update-decision",
            "1",
            "--assembly",
            "2026-10-01",
            "--by",
            "steering",
        ],
        2,
    )
    .stderr_has("`--by` names a committee");
    // The assembly took it after all: it is the assembly's.
    work.run(&["update-decision", "1", "--assembly", "2026-10-01"])
        .ok();
    assert!(
        work.read().ends_with(
            "summary = \"Rent the hall\"\nby = \"assembly\"\nrule = \"consent\"\nassembly = 2026-10-01\n"
        ),
        "{}",
        work.read()
    );
    formatted(&work);
    // Back to the committee: the assembly's date goes with it.
    work.run(&["update-decision", "1", "--by", "steering"]).ok();
    assert!(work.read().ends_with(taken), "{}", work.read());
    formatted(&work);
}

#[test]
fn times_by_hand_are_checked_and_a_toml_time_is_read() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[[assemblies]]\ndate = 2027-04-10\nstart = 18:30:00\nend = \"18:00\"\n\n[[assemblies]]\ndate = 2027-05-10\nstart = \"6pm\"\n"
    ));
    let run = work.run(&["check"]).code(1);
    assert!(run.stdout.contains("assemblies[0].end"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("`end` (18:00) must be after `start` (18:30)")
    );
    assert!(
        run.stdout
            .contains("`start` must be a time written like \"18:30\"")
    );
    assert!(!run.stdout.contains("assemblies[0].start"));
}

#[test]
fn list_assemblies_shows_step_3_and_the_log_by_date() {
    let work = held();
    work.run(&[
        "add-assembly",
        "2027-04-10",
        "--start",
        "18:30",
        "--end",
        "21:00",
    ])
    .ok();
    work.run(&["add-assembly", "2026-10-01"]).ok();
    let table = work.run(&["list", "assemblies"]).ok().stdout;
    let step = table.find("2026-09-16 (step 3)").unwrap();
    let held = table.find("2026-10-01").unwrap();
    let later = table.find("2027-04-10").unwrap();
    assert!(step < held && held < later, "{table}");
    assert!(table.contains("18:30–21:00"));
    let json: serde_json::Value = serde_json::from_str(
        &work
            .run(&["list", "assemblies", "--format", "json"])
            .ok()
            .stdout,
    )
    .unwrap();
    let all = json["assemblies"].as_array().unwrap();
    assert_eq!(all.len(), 3);
    assert_eq!(all[0]["first"], true);
    assert_eq!(all[0]["place"], "Hall");
    assert_eq!(all[2]["start"], "18:30");
}

fn ics(work: &Workdir, args: &[&str]) -> ical::parser::ical::component::IcalEvent {
    let mut full = vec!["report", "invitation", "--format", "ics"];
    full.extend_from_slice(args);
    let text = work.run(&full).ok().stdout;
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "line of {} octets: {line}", line.len());
    }
    let mut calendar = ical::IcalParser::new(text.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    calendar.events.remove(0)
}

fn property(event: &ical::parser::ical::component::IcalEvent, name: &str) -> Option<String> {
    event
        .properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.clone())
}

#[test]
fn the_invitation_is_to_the_next_assembly_with_its_time_and_access() {
    let work = coalition();
    work.run(&[
        "add-assembly",
        "2027-04-10",
        "--start",
        "18:30",
        "--end",
        "21:00",
        "--place",
        "Centre, salle 2",
        "--language",
        "français",
        "--accessibility",
        "childcare",
        "--rsvp",
        "rsvp@example.org",
        "--agenda",
        "Budget",
        "--notes",
        "internal: the hall costs too much",
    ])
    .ok();
    // Today (2026-11-25) the next is step 3's, all day.
    let event = ics(&work, &[]);
    assert_eq!(property(&event, "DTSTART").as_deref(), Some("20270116"));
    assert_eq!(property(&event, "DTEND").as_deref(), Some("20270117"));
    // After it, the next one: timed, in floating local time (no Z).
    let later = |args: &[&str]| {
        let mut full = vec!["report", "invitation"];
        full.extend_from_slice(args);
        Run::from(
            work.command()
                .env("COAL_TODAY", "2027-02-01")
                .args(&full)
                .output()
                .unwrap(),
        )
        .ok()
        .stdout
    };
    let markdown = later(&[]);
    for line in [
        "- **When:** Saturday 10 April 2027, 18:30 to 21:00",
        "- **Where:** Centre, salle 2",
        "- **Languages:** français",
        "- **Accessibility:** childcare",
        "- **RSVP:** rsvp@example.org",
        "## Agenda\n\nBudget",
        "decide together what comes next",
    ] {
        assert!(markdown.contains(line), "{line} not in:\n{markdown}");
    }
    assert!(!markdown.contains("internal"));
    let text = later(&["--format", "ics"]);
    assert!(
        text.contains("\r\nDTSTART:20270410T183000\r\nDTEND:20270410T210000\r\n"),
        "{text}"
    );
    let public = later(&["--audience", "public", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&public).unwrap();
    assert_eq!(json["date"], "2027-04-10");
    assert_eq!(json["first"], false);
    assert_eq!(json["rsvp"], "rsvp@example.org");
    assert!(!public.contains("internal"));
    // Any assembly by its date; without an end, two hours.
    work.run(&["update-assembly", "2027-01-16", "--start", "23:00"])
        .ok();
    let event = ics(&work, &["--assembly", "2027-01-16"]);
    assert_eq!(
        property(&event, "DTSTART").as_deref(),
        Some("20270116T230000")
    );
    assert_eq!(
        property(&event, "DTEND").as_deref(),
        Some("20270117T010000")
    );
    assert!(
        property(&event, "DESCRIPTION")
            .unwrap()
            .contains("We will present a first draft")
    );
    work.refused(&["report", "invitation", "--assembly", "2027-01-17"], 2)
        .stderr_has("there is no assembly on 2027-01-17")
        .stderr_has("assemblies: 2027-01-16, 2027-04-10");
    work.refused(&["report", "groups", "--assembly", "2027-01-16"], 2)
        .stderr_has("the groups report has none");
}

#[test]
fn with_no_assembly_to_come_the_invitation_says_so() {
    let work = coalition();
    let run = Run::from(
        work.command()
            .env("COAL_TODAY", "2027-02-01")
            .args(["report", "invitation"])
            .output()
            .unwrap(),
    )
    .code(2)
    .stderr_has("no assembly is to come: the latest was on 2027-01-16 (today is 2027-02-01)")
    .stderr_has("coal add-assembly DATE");
    assert!(run.stdout.is_empty());
}

#[test]
fn groups_renamed_or_removed_follow_into_assemblies() {
    let work = held();
    work.run(&[
        "add-assembly",
        "2026-10-10",
        "--invite",
        "union",
        "--attended",
        "union",
    ])
    .ok();
    work.run(&["rename-group", "union", "union-301"]).ok();
    assert!(
        work.read()
            .contains("invited = [\"union-301\"]\nattended = [\"union-301\"]")
    );
    work.refused(&["remove-group", "union-301"], 2)
        .stderr_has("assemblies[0].invited")
        .stderr_has("assemblies[0].attended");
    work.run(&["remove-group", "union-301", "--force"]).ok();
    formatted(&work);
}

fn git(dir: &Path, args: &[&str]) {
    let bin = Path::new(env!("CARGO_BIN_EXE_coal")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("PATH", path)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("COAL_TODAY", TODAY)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn assemblies_added_on_two_branches_merge_as_a_log() {
    let work = coalition();
    let dir = work.dir.path();
    git(dir, &["init", "-q", "-b", "main"]);
    git(dir, &["config", "user.email", "organizer@example.org"]);
    git(dir, &["config", "user.name", "Organizer"]);
    work.run(&["git-setup"]).ok();
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-qm", "base"]);
    for (branch, date) in [("a", "2027-04-10"), ("b", "2027-06-05")] {
        git(dir, &["checkout", "-q", "-b", branch, "main"]);
        work.run(&["add-assembly", date, "--place", branch]).ok();
        git(dir, &["commit", "-qam", branch]);
        git(dir, &["checkout", "-q", "main"]);
    }
    git(dir, &["merge", "-q", "a"]);
    git(dir, &["merge", "-q", "b", "-m", "merge"]);
    let text = work.read();
    assert_eq!(text.matches("[[assemblies]]").count(), 2, "{text}");
    assert!(text.contains("date = 2027-04-10\nplace = \"a\""));
    assert!(text.contains("date = 2027-06-05\nplace = \"b\""));
    formatted(&work);
    work.run(&["diff", "--since", "HEAD~2"])
        .ok()
        .stdout_has("assemblies");
}

#[test]
fn one_date_recorded_two_ways_on_two_sides_is_a_conflict_not_two_assemblies() {
    let work = Workdir::with(MINIMAL);
    for side in ["base.toml", "ours.toml", "theirs.toml", "same.toml"] {
        std::fs::write(work.dir.path().join(side), MINIMAL).unwrap();
    }
    for (side, place) in [("ours.toml", "A"), ("theirs.toml", "B"), ("same.toml", "A")] {
        work.run(&["-f", side, "add-assembly", "2027-04-10", "--place", place])
            .ok();
    }
    let ours = std::fs::read_to_string(work.dir.path().join("ours.toml")).unwrap();
    work.run(&["merge-driver", "base.toml", "ours.toml", "same.toml"])
        .ok();
    assert_eq!(
        std::fs::read_to_string(work.dir.path().join("ours.toml")).unwrap(),
        ours
    );
    work.run(&["merge-driver", "base.toml", "ours.toml", "theirs.toml"])
        .code(1)
        .stderr_has("conflict: assemblies[0]");
    let merged = std::fs::read_to_string(work.dir.path().join("ours.toml")).unwrap();
    assert!(
        merged
            .contains("<<<<<<< ours\n[[assemblies]]\ndate = 2027-04-10\nplace = \"A\"\n=======\n"),
        "{merged}"
    );
}

#[test]
fn diff_knows_an_assembly_by_its_date() {
    let work = coalition();
    work.run(&["add-assembly", "2027-04-10"]).ok();
    std::fs::copy(work.path(), work.dir.path().join("old.toml")).unwrap();
    work.run(&["update-assembly", "2027-04-10", "--place", "Park"])
        .ok();
    work.run(&["add-assembly", "2027-06-05"]).ok();
    let json: serde_json::Value = serde_json::from_str(
        &work
            .run(&["diff", "old.toml", "--format", "json"])
            .ok()
            .stdout,
    )
    .unwrap();
    assert_eq!(
        json["changed"],
        serde_json::json!([{ "path": "assemblies.2027-04-10.place", "old": null, "new": "Park" }])
    );
    assert_eq!(
        json["added"]["assemblies"],
        serde_json::json!([{ "date": "2027-06-05" }])
    );
    assert!(json["removed"].as_object().unwrap().is_empty());
    work.run(&["diff", "old.toml"])
        .ok()
        .stdout_has("1 assembly logged");
}

#[test]
fn attended_is_recorded_only_at_an_assembly_held() {
    let work = coalition();
    let refusal = "the assembly of 2027-01-16 is still to come (today is 2026-11-25): who attended is recorded once it has been held";
    work.refused(
        &["update-assembly", "2027-01-16", "--attended", "tenants"],
        2,
    )
    .stderr_has(refusal)
    .stderr_has("hint: to invite them instead: `--invite ID`");
    work.refused(&["step", "assembly", "--attended", "tenants"], 2)
        .stderr_has(refusal);
    work.refused(&["add-assembly", "2027-04-10", "--attended", "tenants"], 2)
        .stderr_has("the assembly of 2027-04-10 is still to come");
    // Held today or earlier, it is recorded.
    let work = held();
    work.run(&["add-assembly", "2026-11-25", "--attended", "tenants"])
        .ok();
    work.run(&["update-assembly", "2026-11-25", "--attended", "union"])
        .ok();
    assert!(
        work.read()
            .ends_with("date = 2026-11-25\nattended = [\"tenants\", \"union\"]\n")
    );
}

#[test]
fn a_decision_of_an_assembly_is_recorded_once_it_is_held_and_not_dated_before_it() {
    let work = coalition();
    work.run(&["log-decision", "Rent the hall"]).ok();
    work.refused(
        &[
            "log-decision",
            "Seat the food coop",
            "--assembly",
            "2027-01-16",
        ],
        2,
    )
    .stderr_has("the assembly of 2027-01-16 is still to come (today is 2026-11-25)");
    work.refused(
        &[
            "log-decision",
            "Seat the food coop",
            "--date",
            "2026-11-20",
            "--assembly",
            "2027-01-16",
        ],
        2,
    )
    .stderr_has("the assembly of 2027-01-16 is still to come");
    work.refused(&["update-decision", "1", "--assembly", "2027-01-16"], 2)
        .stderr_has("the assembly of 2027-01-16 is still to come");
    // An assembly held: its decisions are not dated before it.
    let work = held();
    work.run(&["log-decision", "Rent the hall"]).ok();
    work.run(&["add-assembly", "2026-10-01"]).ok();
    work.refused(
        &[
            "log-decision",
            "Seat the food coop",
            "--date",
            "2026-09-20",
            "--assembly",
            "2026-10-01",
        ],
        2,
    )
    .stderr_has("the decision is dated 2026-09-20, before the assembly of 2026-10-01 that took it")
    .stderr_has("hint: leave out `--date`");
    work.refused(
        &[
            "update-decision",
            "1",
            "--date",
            "2026-09-20",
            "--assembly",
            "2026-10-01",
        ],
        2,
    )
    .stderr_has("before the assembly of 2026-10-01");
}

#[test]
fn a_later_assembly_is_not_before_the_first() {
    let work = coalition();
    work.refused(&["add-assembly", "2026-10-01"], 2)
        .stderr_has("the first assembly (step 3) is on 2027-01-16: an assembly added later comes after it, not on 2026-10-01")
        .stderr_has("hint: if the first assembly was held on 2026-10-01: `coal step assembly --date 2026-10-01`");
    work.run(&["add-assembly", "2027-04-10"]).ok();
    for args in [
        &["step", "assembly", "--date", "2027-05-01"][..],
        &["update-assembly", "2027-01-16", "--date", "2027-05-01"],
    ] {
        work.refused(args, 2)
            .stderr_has("the first assembly (step 3) cannot be on 2027-")
            .stderr_has("the assembly of 2027-04-10 comes after it");
    }
    work.refused(
        &["update-assembly", "2027-01-16", "--date", "2027-04-10"],
        2,
    )
    .stderr_has("there is already an assembly on 2027-04-10");
    work.refused(
        &["update-assembly", "2027-04-10", "--date", "2027-01-01"],
        2,
    )
    .stderr_has("an assembly added later comes after it, not on 2027-01-01");
    formatted(&work);
}

#[test]
fn an_assembly_is_moved_by_its_date_and_its_decisions_follow() {
    let work = coalition();
    work.run(&["add-assembly", "2027-04-10", "--place", "Centre"])
        .ok();
    let today = |day: &str, args: &[&str]| {
        let run = work
            .command()
            .env("COAL_TODAY", day)
            .args(args)
            .output()
            .unwrap();
        assert!(run.status.success(), "{run:?}");
        String::from_utf8(run.stderr).unwrap()
    };
    today(
        "2027-04-12",
        &[
            "log-decision",
            "Adopt the draft",
            "--assembly",
            "2027-01-16",
        ],
    );
    today(
        "2027-04-12",
        &[
            "log-decision",
            "Adopt the budget",
            "--assembly",
            "2027-04-10",
        ],
    );
    // A later assembly postponed: its entry and its decisions follow.
    let said = today(
        "2027-04-12",
        &["update-assembly", "2027-04-10", "--date", "2027-04-11"],
    );
    assert!(
        said.contains("moved the assembly of 2027-04-10 to 2027-04-11"),
        "{said}"
    );
    let text = work.read();
    assert!(
        text.contains("[[assemblies]]\ndate = 2027-04-11\nplace = \"Centre\"\n"),
        "{text}"
    );
    assert!(text.contains("[[decisions]]\ndate = 2027-04-11\nsummary = \"Adopt the budget\"\nby = \"assembly\"\nrule = \"consent\"\nassembly = 2027-04-11\n"), "{text}");
    assert!(!text.contains("2027-04-10"), "{text}");
    // The first assembly corrected, by step 3 or update-assembly: the same.
    today("2027-04-12", &["step", "assembly", "--date", "2027-01-17"]);
    let text = work.read();
    assert!(text.contains("assembly = 2027-01-17\n"), "{text}");
    today(
        "2027-04-12",
        &["update-assembly", "2027-01-17", "--date", "2027-01-18"],
    );
    let text = work.read();
    assert!(
        text.contains("started = 2026-11-25\ndate = 2027-01-18\nplace = \"Hall\"\n"),
        "{text}"
    );
    assert!(text.contains("[[decisions]]\ndate = 2027-01-18\nsummary = \"Adopt the draft\"\nby = \"assembly\"\nrule = \"consent\"\nassembly = 2027-01-18\n"), "{text}");
    assert!(
        !text.contains("2027-01-16") && !text.contains("2027-01-17"),
        "{text}"
    );
    formatted(&work);
    // Onto a date another assembly has: refused.
    work.refused(
        &["update-assembly", "2027-04-11", "--date", "2027-01-18"],
        2,
    )
    .stderr_has("the first assembly (step 3) is on 2027-01-18");
}

#[test]
fn update_assembly_refuses_a_date_two_assemblies_share() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\n\n[[assemblies]]\ndate = 2027-04-10\nplace = \"A\"\n\n[[assemblies]]\ndate = 2027-04-10\nplace = \"B\"\n"
    ));
    work.refused(&["update-assembly", "2027-04-10", "--invite", "a"], 2)
        .stderr_has("error: 2 assemblies are dated 2027-04-10: the date no longer tells which one to change")
        .stderr_has("hint: give each its own date in the file first");
}

#[test]
fn removing_a_group_not_invited_or_not_attending_is_refused() {
    let work = coalition();
    work.run(&["update-assembly", "2027-01-16", "--invite", "tenants"])
        .ok();
    work.refused(
        &["update-assembly", "2027-01-16", "--remove-invite", "nope"],
        2,
    )
    .stderr_has(
        "error: `nope` is not invited at the assembly of 2027-01-16, so it cannot be removed",
    )
    .stderr_has("hint: invited there: tenants; check the id");
    work.refused(
        &["update-assembly", "2027-01-16", "--remove-invite", "union"],
        2,
    )
    .stderr_has("`union` is not invited");
    work.refused(
        &[
            "update-assembly",
            "2027-01-16",
            "--remove-attended",
            "tenants",
        ],
        2,
    )
    .stderr_has("`tenants` is not recorded as attending at the assembly of 2027-01-16")
    .stderr_has("hint: recorded as attending there: none; check the id");
    work.run(&[
        "update-assembly",
        "2027-01-16",
        "--remove-invite",
        "tenants",
    ])
    .ok();
}

/// `[[assemblies]]` written inline, one a line, a comment after the first:
/// the new assembly is appended and every other line stays as it was
/// (issue 13, review).
#[test]
fn add_assembly_to_an_inline_log_does_not_copy_a_comment() {
    let log = |rest: &str| {
        format!(
            "schema = 1\nassemblies = [\n  {{ date = 2027-04-01, place = \"A\" }}, # spring\n  {{ date = 2027-06-01, place = \"B\" }},\n{rest}]\n\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n"
        )
    };
    let work = Workdir::with(&log(""));
    work.run(&["add-assembly", "2027-09-01"]).ok();
    assert_eq!(work.read(), log("  { date = 2027-09-01 },\n"));
}

/// The invitation says how groups take part as the coalition agreed: a
/// coalition with shared tactics (or a traditional one) does not promise
/// each group its own.
#[test]
fn invitation_follows_the_agreement_on_tactics() {
    let shared = |agreements: &str| {
        Workdir::with(&format!(
            "schema = 1\n\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n{agreements}\n\
             [groups.a]\nname = \"A\"\nstatus = \"member\"\npublic = true\n\n\
             [steps.assembly]\nstatus = \"doing\"\ndate = 2026-12-10\nplace = \"Hall\"\ninvited = [\"a\"]\n"
        ))
    };
    let invitation = |work: &Workdir, format: &str| {
        let run = work
            .run(&[
                "report",
                "invitation",
                "--audience",
                "public",
                "--format",
                format,
            ])
            .ok();
        // ICS folds long lines and escapes commas and semicolons.
        run.stdout
            .replace("\r\n ", "")
            .replace("\\,", ",")
            .replace("\\;", ";")
    };
    for agreements in [
        "\n[agreements]\ndiversity_of_tactics = false\n",
        "kind = \"traditional\"\n",
    ] {
        let work = shared(agreements);
        for format in ["markdown", "ics"] {
            let text = invitation(&work, format);
            assert!(!text.contains("own tactics"), "{format}:\n{text}");
            assert!(text.contains("We act together"), "{format}:\n{text}");
            assert!(
                text.contains("does not have to endorse"),
                "{format}:\n{text}"
            );
        }
    }
    // Each keeps its own, and without the agreement against public
    // denouncing, nothing is promised of it.
    let agile = shared("\n[agreements]\nno_public_denouncing = false\n");
    for format in ["markdown", "ics"] {
        let text = invitation(&agile, format);
        assert!(text.contains("Each group keeps its own tactics"), "{text}");
        assert!(!text.contains("condemns"), "{format}:\n{text}");
    }
    assert!(invitation(&shared(""), "markdown").contains("none condemns another's in public"));
}

/// Who answered an invitation (issue 14, review): `--answered` on step 3,
/// `update-assembly` and `add-assembly` adds to the list, in fmt order,
/// between the invited and those who came.
#[test]
fn answers_to_an_invitation_are_recorded_on_every_assembly() {
    let work = coalition();
    work.run(&["step", "assembly", "--invite", "tenants", "union"])
        .ok();
    work.run(&["step", "assembly", "--answered", "tenants"])
        .ok();
    work.run(&["update-assembly", "2027-01-16", "--answered", "union"])
        .ok();
    assert!(
        work.read()
            .contains("invited = [\"tenants\", \"union\"]\nanswered = [\"tenants\", \"union\"]\n"),
        "{}",
        work.read()
    );
    // Invited and answered in one command.
    work.run(&[
        "add-assembly",
        "2027-04-10",
        "--answered",
        "union",
        "--invite",
        "union",
        "--agenda",
        "Budget",
    ])
    .ok();
    work.run(&[
        "update-assembly",
        "2027-04-10",
        "--invite",
        "tenants",
        "--answered",
        "tenants",
    ])
    .ok();
    assert!(
        work.read().ends_with(
            "date = 2027-04-10\ninvited = [\"union\", \"tenants\"]\nanswered = [\"union\", \"tenants\"]\nagenda = \"Budget\"\n"
        ),
        "{}",
        work.read()
    );
    formatted(&work);
    work.run(&[
        "update-assembly",
        "2027-04-10",
        "--remove-answered",
        "union",
    ])
    .ok();
    assert!(work.read().contains("answered = [\"tenants\"]\nagenda"));
    work.refused(
        &[
            "update-assembly",
            "2027-04-10",
            "--remove-answered",
            "union",
        ],
        2,
    )
    .stderr_has("`union` is not recorded as answering at the assembly of 2027-04-10")
    .stderr_has("hint: recorded as answering there: tenants; check the id");
    // A group no longer invited has no answer to give.
    work.run(&[
        "update-assembly",
        "2027-04-10",
        "--remove-invite",
        "tenants",
    ])
    .ok();
    assert!(
        work.read()
            .ends_with("invited = [\"union\"]\nanswered = []\nagenda = \"Budget\"\n"),
        "{}",
        work.read()
    );
    formatted(&work);
    let table = work.run(&["list", "assemblies"]).ok().stdout;
    assert!(
        table.contains("┆ invited ┆ answered ┆ attended ┆")
            && table.contains("┆ 2       ┆ 2        ┆ 0        ┆"),
        "{table}"
    );
    let json: serde_json::Value = serde_json::from_str(
        &work
            .run(&["list", "assemblies", "--format", "json"])
            .ok()
            .stdout,
    )
    .unwrap();
    assert_eq!(
        json["assemblies"][0]["answered"],
        serde_json::json!(["tenants", "union"])
    );
}

#[test]
fn an_answer_from_a_group_not_invited_is_refused() {
    let work = coalition();
    work.run(&["step", "assembly", "--invite", "tenants"]).ok();
    work.refused(&["step", "assembly", "--answered", "union"], 2)
        .stderr_has(
            "error: `union` is not invited to the first assembly (step 3): an answer is to an invitation",
        )
        .stderr_has("hint: invite it first, or in the same command: `--invite union --answered union`");
    work.refused(&["update-assembly", "2027-01-16", "--answered", "union"], 2)
        .stderr_has("`union` is not invited to the assembly of 2027-01-16");
    work.refused(&["add-assembly", "2027-04-10", "--answered", "tenants"], 2)
        .stderr_has("`tenants` is not invited to the assembly of 2027-04-10");
    // Un-inviting and answering at once is no answer either.
    work.refused(
        &[
            "update-assembly",
            "2027-01-16",
            "--remove-invite",
            "tenants",
            "--answered",
            "tenants",
        ],
        2,
    )
    .stderr_has("`tenants` is not invited");
    work.refused(&["step", "assembly", "--answered", "nobody"], 2)
        .stderr_has("there is no group `nobody`");
    // A flag of step 3 on another step.
    work.refused(&["step", "draft", "--answered", "tenants"], 2)
        .stderr_has("`--answered` belongs to step 3 (assembly)");
    // By hand, an answer without its invitation is an error check shows.
    let text = work.read().replace(
        "invited = [\"tenants\"]",
        "invited = [\"tenants\"]\nanswered = [\"tenants\", \"union\"]",
    );
    work.write(&text);
    work.run(&["check"])
        .code(1)
        .stdout_has("steps.assembly.answered[1]")
        .stdout_has("`union` is in `answered` but not in `invited`");
}

#[test]
fn answers_follow_renamed_and_removed_groups_and_merge_like_invitations() {
    let work = held();
    work.run(&[
        "step",
        "assembly",
        "--invite",
        "tenants",
        "union",
        "--answered",
        "union",
    ])
    .ok();
    work.run(&["rename-group", "union", "union-301"]).ok();
    assert!(work.read().contains("answered = [\"union-301\"]"));
    work.refused(&["remove-group", "union-301"], 2)
        .stderr_has("steps.assembly.answered");
    work.run(&["remove-group", "union-301", "--force"]).ok();
    assert!(work.read().contains("answered = []"), "{}", work.read());
    formatted(&work);

    // One side records an answer, the other moves the assembly: both stay;
    // two sides changing the list differently conflict, as for `invited`.
    let work = coalition();
    work.run(&["step", "assembly", "--invite", "tenants", "union"])
        .ok();
    let base = work.read();
    let side = |name: &str, args: &[&str]| {
        std::fs::write(work.dir.path().join(name), &base).unwrap();
        if !args.is_empty() {
            let mut full = vec!["-f", name, "update-assembly", "2027-01-16"];
            full.extend(args);
            work.run(&full).ok();
        }
    };
    side("base.toml", &[]);
    side("ours.toml", &["--answered", "tenants"]);
    side("theirs.toml", &["--place", "Park"]);
    work.run(&["merge-driver", "base.toml", "ours.toml", "theirs.toml"])
        .ok();
    let merged = std::fs::read_to_string(work.dir.path().join("ours.toml")).unwrap();
    assert!(
        merged.contains(
            "place = \"Park\"\ninvited = [\"tenants\", \"union\"]\nanswered = [\"tenants\"]\n"
        ),
        "{merged}"
    );
    for (answered, invite) in [("answered", "--answered"), ("invited", "--remove-invite")] {
        side("ours.toml", &[invite, "tenants"]);
        side("theirs.toml", &[invite, "union"]);
        work.run(&["merge-driver", "base.toml", "ours.toml", "theirs.toml"])
            .code(1)
            .stderr_has(&format!("conflict: steps.assembly.{answered}"));
    }
    // And coal diff shows the answer.
    std::fs::write(work.dir.path().join("old.toml"), &base).unwrap();
    work.run(&["update-assembly", "2027-01-16", "--answered", "union"])
        .ok();
    let json: serde_json::Value = serde_json::from_str(
        &work
            .run(&["diff", "old.toml", "--format", "json"])
            .ok()
            .stdout,
    )
    .unwrap();
    assert_eq!(
        json["changed"],
        serde_json::json!([{ "path": "steps.assembly.answered", "old": [], "new": ["union"] }])
    );
    work.run(&["diff", "old.toml"]).ok().stdout_has("answered");
}

/// A group listed twice in `answered` is one answer: `check` says so and
/// every report counts it once. The same holds for every list of ids.
#[test]
fn a_group_listed_twice_is_counted_once_and_flagged() {
    let work = Workdir::with(
        r#"schema = 1
[coalition]
name = "C"
unity_statement = "U"
[steps.assembly]
date = 2026-12-10
invited = ["a", "b", "b"]
answered = ["a", "a"]
[groups.a]
name = "Alpha"
tactics = ["t", "t"]
[groups.b]
name = "Beta"
[tactics.t]
name = "T"
"#,
    );
    let before = work.read();
    let json: serde_json::Value = serde_json::from_str(
        &work
            .run(&["report", "overview", "--format", "json"])
            .ok()
            .stdout,
    )
    .unwrap();
    assert_eq!(json["next_assembly"]["answered"], serde_json::json!(["a"]));
    let json: serde_json::Value = serde_json::from_str(
        &work
            .run(&["list", "assemblies", "--format", "json"])
            .ok()
            .stdout,
    )
    .unwrap();
    assert_eq!(json["assemblies"][0]["answered"], serde_json::json!(["a"]));
    assert_eq!(
        json["assemblies"][0]["invited"],
        serde_json::json!(["a", "b"])
    );
    let run = work.run(&["check"]).code(1);
    for (path, id, key) in [
        ("steps.assembly.answered[1]", "a", "answered"),
        ("steps.assembly.invited[2]", "b", "invited"),
        ("groups.a.tactics[1]", "t", "tactics"),
    ] {
        let finding = format!(
            "error[invalid-value] {path}: `{id}` is already in `{key}`; coal counts it once"
        );
        assert!(run.stdout.contains(&finding), "{}", run.stdout);
    }
    assert_eq!(work.read(), before);
}

/// Removing an answer edits the list in place: the comment on the answer
/// that stays, and the list written one answer a line, stay as they were;
/// an answer added goes on a line of its own.
#[test]
fn answers_removed_and_added_keep_the_lists_comments() {
    let work = Workdir::with(
        r#"schema = 1

[coalition]
name = "C"
unity_statement = "U"

[steps.assembly]
date = 2026-12-10
invited = ["a", "b", "c"] # all three by mail
answered = [
  "a", # said yes by phone, 20 Nov
  "b",
]

[groups.a]
name = "Alpha"

[groups.b]
name = "Beta"

[groups.c]
name = "Gamma"
"#,
    );
    work.run(&["fmt", "--check"]).ok();
    work.run(&["update-assembly", "2026-12-10", "--remove-answered", "b"])
        .ok();
    assert!(
        work.read().contains(
            "invited = [\"a\", \"b\", \"c\"] # all three by mail\nanswered = [\n  \"a\", # said yes by phone, 20 Nov\n]\n"
        ),
        "{}",
        work.read()
    );
    work.run(&["update-assembly", "2026-12-10", "--answered", "c"])
        .ok();
    assert!(
        work.read()
            .contains("answered = [\n  \"a\", # said yes by phone, 20 Nov\n  \"c\",\n]\n"),
        "{}",
        work.read()
    );
    work.run(&["fmt", "--check"]).ok();
}

/// A group's name given to remove it from an assembly's lists leads to
/// its id.
#[test]
fn update_assembly_remove_invite_leads_a_name_to_its_id() {
    let work = Workdir::with(&example());
    for flag in ["--remove-invite", "--remove-answered"] {
        work.refused(
            &[
                "update-assembly",
                "2027-01-16",
                flag,
                "Collectif Artivistes",
            ],
            2,
        )
        .stderr_has("give its id, `artivistes`");
    }
}
