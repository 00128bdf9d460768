//! The public audience (`--audience public`): only what groups chose to say
//! leaves the coalition. A coalition is written twice: once with everything
//! that must stay inside (a secret in every field of every register, a group
//! of every status × public combination, hidden groups named like public
//! ones), once without it. Every public kind, in every format it comes in,
//! must print the same bytes for both, carry no secret, no id, no pipeline
//! word and no command hint.

mod common;

use coal::report::Kind;
use common::*;
use serde_json::Value;

const STATUSES: [&str; 7] = [
    "prospect",
    "contacted",
    "dialogue",
    "member",
    "declined",
    "left",
    "watch",
];

/// The groups public output may name: members that endorse publicly.
const LISTED: [(&str, &str); 2] = [
    ("g-member-true-id", "Open Tenants"),
    ("solidarite-migrante", "Solidarité migrante"),
];

/// Every id the full coalition holds; none may appear in public output.
fn ids() -> Vec<String> {
    let mut ids: Vec<String> = STATUSES
        .iter()
        .flat_map(|status| [true, false].map(|public| format!("g-{status}-{public}-id")))
        .collect();
    ids.extend(
        [
            "solidarite-migrante",
            "tac-open-id",
            "tac-shared-id",
            "tac-hidden-id",
            "tac-unused-id",
            "space-hidden-id",
            "committee-hidden-id",
            "person-hidden-id",
        ]
        .map(String::from),
    );
    ids
}

/// A group in the full coalition, with a secret in every internal field.
fn group(id: &str, name: &str, status: &str, public: bool, tactics: &str, extra: &str) -> String {
    let listed = status == "member" && public;
    let members = if listed { 120 } else { 987654 };
    let mut text = format!(
        "[groups.{id}]\nname = \"{name}\"\nstatus = \"{status}\"\npublic = {public}\nimpacted = true\nmembers = {members}\ntactics = [{tactics}]\n"
    );
    if status == "member" {
        text.push_str("participation = \"core\"\n");
    }
    text.push_str(&format!(
        r#"power = 5
interest = 4
unpredictability = 3
spectrum = "active_opposition"
spectrum_target = "passive_opposition"
roles = ["change_agent", "reformer"]
offers = {{ money = "SECRET-OFFER-{id}", expertise = ["SECRET-OFFER-2-{id}", "SECRET-OFFER-3"] }}
needs = {{ mobilization = "SECRET-NEED-{id}" }}
contacted = 2019-03-14
intentions = "SECRET-INTENTION-{id}"
notes = "SECRET-NOTE-{id}"
contact = {{ name = "SECRET-CONTACT-{id}", email = "SECRET@{id}.example", phone = "555-SECRET" }}
statut-secret = "a key coal does not know, kept and reported inside"
{extra}
"#
    ));
    if matches!(status, "member" | "left") {
        text.push_str("joined = 2019-04-15\n");
    }
    if status == "left" {
        text.push_str("left = 2019-05-16\n");
    }
    text
}

/// A listed group as it is when nothing internal is written.
fn bare(id: &str, name: &str, tactics: &str) -> String {
    format!(
        "[groups.{id}]\nname = \"{name}\"\nstatus = \"member\"\npublic = true\nimpacted = true\nmembers = 120\ntactics = [{tactics}]\nparticipation = \"core\"\n"
    )
}

/// The coalition, with everything that must stay inside (`hidden`) or
/// with only what may leave it.
fn coalition(hidden: bool) -> String {
    let h = |text: &str| {
        if hidden {
            text.to_string()
        } else {
            String::new()
        }
    };
    let mut text = format!(
        r#"schema = 1

[coalition]
name = "Front commun"
unity_statement = "Un toit pour tout le monde"
visibility = "public"
created = 2026-09-01

[agreements]
feedback_every_days = 60

[steps.contact]
status = "done"
started = 2026-10-01
finished = 2026-10-20
{}

[steps.draft]
status = "done"
vision = "Homes for all"
culture = "Care and listening"
structure = "A small working group"
co_authors = ["g-member-true-id", "solidarite-migrante"{}]
{}

[steps.assembly]
status = "doing"
started = 2026-11-01
date = 2027-01-16
start = "18:30"
place = "Hall"
languages = ["français", "English"]
accessibility = ["childcare"]
rsvp = "rsvp@front.example"
agenda = "Present the draft"
invited = ["g-member-true-id", "solidarite-migrante"{}]
{}

[steps.presentation]
status = "doing"
joined = ["solidarite-migrante"{}]
questions = [{}
  {{ question = "Who decides?", answer = "The assembly", asked_by = "g-member-true-id" }},
  {{ question = "Is there food?" }},
]
{}

[tactics.tac-open-id]
name = "Open March"
intensity = 3
description = "Through the neighbourhood"

[tactics.tac-shared-id]
name = "Shared Vigil"
intensity = 1
description = "Candles at the city hall"

"#,
        h("notes = \"SECRET-STEP-CONTACT\""),
        h(", \"g-dialogue-false-id\", \"solidarite-migrante-2\""),
        h("notes = \"SECRET-STEP-DRAFT\""),
        h(
            ", \"g-member-false-id\", \"g-prospect-true-id\", \"g-watch-true-id\", \"solidarite-migrante-2\""
        ),
        h("notes = \"SECRET-STEP-ASSEMBLY\""),
        h(", \"solidarite-migrante-2\", \"g-member-false-id\""),
        h(
            "\n  { question = \"SECRET-QUESTION\", answer = \"SECRET-ANSWER\", asked_by = \"solidarite-migrante-2\" },"
        ),
        h("notes = \"SECRET-STEP-PRESENTATION\""),
    );
    let listed_tactics = "\"tac-open-id\", \"tac-shared-id\"";
    if !hidden {
        for (id, name) in LISTED {
            text.push_str(&bare(id, name, listed_tactics));
        }
        text.push_str(
            "\n[[assemblies]]\ndate = 2027-03-20\nplace = \"Park\"\ninvited = [\"solidarite-migrante\"]\n",
        );
        text.push_str(
            "\n[[assemblies]]\ndate = 2026-10-15\nplace = \"Library\"\nattended = [\"g-member-true-id\"]\n",
        );
        return text;
    }
    text.push_str(
        r#"[tactics.tac-hidden-id]
name = "SECRET-TACTIC-HIDDEN"
intensity = 5
description = "SECRET-TACTIC-DESCRIPTION"

[tactics.tac-unused-id]
name = "SECRET-TACTIC-UNUSED"
intensity = 4
description = "SECRET-UNUSED-DESCRIPTION"

"#,
    );
    for status in STATUSES {
        for public in [true, false] {
            let id = format!("g-{status}-{public}-id");
            if status == "member" && public {
                let boundaries = r#"boundaries = [
  { group = "g-watch-false-id", level = "refuse", reason = "SECRET-REASON-GROUP" },
  { tactic = "tac-shared-id", level = "limited", reason = "SECRET-REASON-TACTIC" },
]"#;
                text.push_str(&group(
                    &id,
                    LISTED[0].1,
                    status,
                    public,
                    listed_tactics,
                    boundaries,
                ));
            } else {
                let name = format!("SECRET-NAME-{status}-{public}");
                let tactics = "\"tac-shared-id\", \"tac-hidden-id\"";
                text.push_str(&group(&id, &name, status, public, tactics, ""));
            }
            text.push('\n');
        }
    }
    // A listed group and a hidden one of the same name: only the first may
    // show, and its id must not tell that the other exists.
    text.push_str(&group(
        "solidarite-migrante",
        LISTED[1].1,
        "member",
        true,
        listed_tactics,
        "",
    ));
    text.push('\n');
    text.push_str(&group(
        "solidarite-migrante-2",
        LISTED[1].1,
        "member",
        false,
        "\"tac-hidden-id\"",
        "",
    ));
    text.push_str(
        r#"
[spaces.space-hidden-id]
name = "SECRET-SPACE"
medium = "SECRET-MEDIUM"
purpose = "SECRET-PURPOSE"
groups = ["g-member-true-id", "solidarite-migrante", "solidarite-migrante-2"]

[committees.committee-hidden-id]
name = "SECRET-COMMITTEE"
steering = true
mandate = "SECRET-MANDATE"
groups = ["g-member-true-id", "solidarite-migrante-2"]

[people.person-hidden-id]
name = "SECRET-PERSON"
groups = ["g-member-true-id", "solidarite-migrante-2"]
contact = { name = "SECRET-PERSON-CONTACT", email = "SECRET@person.example", phone = "555-SECRET-2" }
notes = "SECRET-PERSON-NOTE"

[[assemblies]]
date = 2027-03-20
place = "Park"
invited = ["solidarite-migrante", "solidarite-migrante-2", "g-member-false-id"]
notes = "SECRET-ASSEMBLY-NOTE"

[[assemblies]]
date = 2026-10-15
place = "Library"
attended = ["g-member-true-id", "solidarite-migrante-2", "g-left-true-id"]
notes = "SECRET-PAST-ASSEMBLY-NOTE"

[[decisions]]
date = 2026-10-15
summary = "SECRET-ASSEMBLY-DECISION"
by = "assembly"
assembly = 2026-10-15
rule = "majority"
affects = ["g-member-true-id"]
consulted = ["g-member-true-id"]
review_on = 2026-11-01
reviewed = 2026-11-02

[[decisions]]
date = 2026-11-10
summary = "SECRET-DECISION"
by = "committee-hidden-id"
affects = ["solidarite-migrante-2"]
consulted = ["g-member-true-id"]
review_on = 2026-11-20

[[feedback]]
date = 2026-11-12
group = "g-member-true-id"
text = "SECRET-FEEDBACK"
by = "person-hidden-id"
"#,
    );
    text
}

/// Words of the pipeline: who was approached, who refused, who is watched.
const PIPELINE: [&str; 6] = [
    "contacted",
    "dialogue",
    "prospect",
    "declined",
    "watch",
    "in play",
];

/// JSON keys that carry what stays inside.
const INTERNAL_KEYS: [&str; 15] = [
    "id",
    "public",
    "power",
    "interest",
    "unpredictability",
    "spectrum",
    "spectrum_target",
    "roles",
    "offers",
    "needs",
    "contact",
    "notes",
    "intentions",
    "boundaries",
    "next",
];

/// Every kind that may leave the coalition, with every format it comes in,
/// as the binary's library lists them: a kind or a format added later is
/// covered without a change here.
fn public_runs() -> Vec<Vec<String>> {
    let mut runs = Vec::new();
    for kind in Kind::ALL.into_iter().filter(|k| k.public()) {
        for format in kind.formats() {
            let args = vec![
                "report".to_string(),
                kind.as_str().into(),
                "--format".into(),
                format.as_str().into(),
                "--audience".into(),
                "public".into(),
            ];
            runs.push(args.clone());
            // The handout is public whatever `--audience` says.
            if kind == Kind::Handout {
                let asked = args.len() - 2;
                runs.push(args[..asked].to_vec());
                let mut internal = args.clone();
                internal[asked + 1] = "internal".into();
                runs.push(internal);
            }
            // The invitations to a later assembly and to a past one, too.
            if kind == Kind::Invitation {
                for date in ["2027-03-20", "2026-10-15"] {
                    let mut args = args.clone();
                    args.extend(["--assembly".into(), date.into()]);
                    runs.push(args);
                }
            }
        }
    }
    runs
}

fn walk<'a>(value: &'a Value, found: &mut Vec<(Option<&'a str>, &'a Value)>, key: Option<&'a str>) {
    found.push((key, value));
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| walk(v, found, Some(k))),
        Value::Array(items) => items.iter().for_each(|v| walk(v, found, key)),
        _ => {}
    }
}

fn assert_public(args: &[&str], out: &str, ids: &[String]) {
    let what = args.join(" ");
    let lower = out.to_lowercase();
    assert!(!lower.contains("secret"), "a secret in `{what}`:\n{out}");
    for id in ids {
        assert!(
            !out.contains(id.as_str()),
            "the id {id} in `{what}`:\n{out}"
        );
    }
    for word in PIPELINE {
        assert!(!lower.contains(word), "`{word}` in `{what}`:\n{out}");
    }
    assert!(!out.contains("coal "), "a command hint in `{what}`:\n{out}");
    for hidden in ["987654", "2019-", "change_agent", "reformer", "opposition"] {
        assert!(!out.contains(hidden), "`{hidden}` in `{what}`:\n{out}");
    }
    if args.contains(&"json") {
        let json: Value = serde_json::from_str(out).unwrap();
        let mut found = Vec::new();
        walk(&json, &mut found, None);
        for (key, value) in found {
            if let Some(key) = key {
                assert!(
                    !INTERNAL_KEYS.contains(&key),
                    "the key `{key}` in `{what}`:\n{out}"
                );
            }
            assert_ne!(value, "left", "a group that left in `{what}`:\n{out}");
        }
    }
    if args.contains(&"csv") {
        let header = out.lines().next().unwrap_or_default();
        assert!(
            !header.split(',').any(|cell| cell == "id"),
            "an id column in `{what}`:\n{out}"
        );
    }
}

#[test]
fn public_reports_say_only_what_listed_groups_chose_to_say() {
    let full = Workdir::with(&coalition(true));
    let visible = Workdir::with(&coalition(false));
    // Both files are sound: the test looks at privacy, not at errors.
    for work in [&full, &visible] {
        let check = work.run(&["check", "--format", "json"]).ok();
        let json: Value = serde_json::from_str(&check.stdout).unwrap();
        assert_eq!(json["errors"], 0, "{}", check.stdout);
    }
    let ids = ids();
    let runs = public_runs();
    let kinds: Vec<&str> = runs.iter().map(|args| args[1].as_str()).collect();
    for kind in ["overview", "groups", "tactics", "steps", "invitation"] {
        assert!(kinds.contains(&kind), "{kind} is not enumerated: {kinds:?}");
    }
    for args in &runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = full.run(&args).ok().stdout;
        assert_public(&args, &out, &ids);
        // Nothing hidden changes a byte: no count, no order, no number
        // tells that something else exists.
        let without = visible.run(&args).ok().stdout;
        assert_eq!(
            out,
            without,
            "`{}` shows something of what stays inside",
            args.join(" ")
        );
    }
}

#[test]
fn the_public_groups_are_the_listed_ones_by_name() {
    let work = Workdir::with(&coalition(true));
    let run = work
        .run(&[
            "report",
            "groups",
            "--format",
            "json",
            "--audience",
            "public",
        ])
        .ok();
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    let names: Vec<&str> = json["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, LISTED.map(|(_, name)| name));
    assert_eq!(
        json["groups"][0]["tactics"],
        serde_json::json!(["Open March", "Shared Vigil"])
    );
    let tactics = work
        .run(&[
            "report",
            "tactics",
            "--format",
            "json",
            "--audience",
            "public",
        ])
        .ok();
    let json: Value = serde_json::from_str(&tactics.stdout).unwrap();
    assert_eq!(
        json["tactics"],
        serde_json::json!([
            {"name": "Open March", "intensity": 3, "description": "Through the neighbourhood", "used_by": ["Open Tenants", "Solidarité migrante"]},
            {"name": "Shared Vigil", "intensity": 1, "description": "Candles at the city hall", "used_by": ["Open Tenants", "Solidarité migrante"]},
        ])
    );
    let overview = work
        .run(&["report", "overview", "--audience", "public"])
        .ok();
    overview.stdout_has("groups endorsing publicly  2");
}

#[test]
fn the_internal_reports_do_hold_what_the_public_ones_leave_out() {
    // Without this, a test that finds no secret could be finding none
    // because none was planted.
    let work = Workdir::with(&coalition(true));
    let mut internal = String::new();
    for kind in ["groups", "tactics", "steps", "structure", "feedback"] {
        internal += &work.run(&["report", kind, "--format", "json"]).ok().stdout;
    }
    for planted in [
        "SECRET-NAME-watch-true",
        "SECRET-OFFER-g-member-true-id",
        "SECRET-TACTIC-UNUSED",
        "solidarite-migrante-2",
        "g-member-true-id",
        "SECRET-FEEDBACK",
        "SECRET-SPACE",
    ] {
        assert!(internal.contains(planted), "{planted} was not planted");
    }
    let steps = work.run(&["report", "steps"]).ok();
    steps.stdout_has("contacted").stdout_has("coal ");
    work.run(&["check"]).ok().stdout_has("statut-secret");
}

#[test]
fn a_coalition_with_no_public_member_publishes_no_group() {
    let text = format!(
        "{MINIMAL}\n[tactics.t]\nname = \"SECRET-T\"\n\n{}",
        group("g", "SECRET-G", "member", false, "\"t\"", "")
    );
    let work = Workdir::with(&text);
    for kind in ["groups", "tactics", "overview", "steps"] {
        for format in ["table", "markdown", "json"] {
            let out = work
                .run(&["report", kind, "--format", format, "--audience", "public"])
                .ok()
                .stdout;
            assert!(
                !out.to_lowercase().contains("secret"),
                "{kind} {format}:\n{out}"
            );
            assert!(!out.contains("987654"), "{kind} {format}:\n{out}");
        }
    }
    work.run(&["report", "groups", "--audience", "public"])
        .ok()
        .stdout_has("No group endorses the coalition publicly yet.");
}

#[test]
fn only_members_count_as_publicly_endorsing() {
    let text = format!(
        "{MINIMAL}\n{}\n{}\n{}",
        bare("open", "Open", ""),
        "[groups.gas]\nname = \"Gas Co\"\nstatus = \"watch\"\npublic = true\n",
        "[groups.quiet]\nname = \"Quiet\"\nstatus = \"member\"\n",
    );
    let work = Workdir::with(&text);
    work.run(&["report", "groups"])
        .ok()
        .stdout_has("3 groups: 2 members, 1 publicly endorsing.");
    work.run(&["check"]).ok().stdout_has("Gas Co is watched");
    // The hint does what it says.
    work.run(&["update-group", "gas", "--private"]).ok();
    let check = work.run(&["check"]).ok();
    assert!(
        !check.stdout.contains("public-not-member"),
        "{}",
        check.stdout
    );
}

/// Issue 14 (review): public output carries no ids. A group or a tactic
/// whose `name` is missing or blank (a hand edit) would be known by its id;
/// rather than guess, every public report refuses a file with errors (exit
/// 3, the file untouched), says where the first one is and to fix the file
/// with `coal check`. The internal reports still run.
#[test]
fn public_reports_refuse_a_file_with_errors_rather_than_print_an_id() {
    let unnamed_group = format!(
        "{MINIMAL}\n[steps.draft]\nco_authors = [\"secret-group-id-2\"]\n\n\
         [steps.presentation]\nquestions = [{{ question = \"Q?\", asked_by = \"secret-group-id-2\" }}]\n\n\
         [groups.secret-group-id-2]\nstatus = \"member\"\nparticipation = \"core\"\npublic = true\n"
    );
    let blank_group = format!(
        "{MINIMAL}\n[groups.blank-name-id]\nname = \" \"\nstatus = \"member\"\nparticipation = \"core\"\npublic = true\n"
    );
    let unnamed_tactic = format!(
        "{MINIMAL}\n[groups.g]\nname = \"Open Group\"\nstatus = \"member\"\nparticipation = \"core\"\npublic = true\ntactics = [\"secret-blockade-plan-id\"]\n\n\
         [tactics.secret-blockade-plan-id]\nintensity = 5\n"
    );
    for (text, id, line) in [
        (&unnamed_group, "secret-group-id-2", 13),
        (&blank_group, "blank-name-id", 8),
        (&unnamed_tactic, "secret-blockade-plan-id", 14),
    ] {
        let work = Workdir::with(text);
        for args in public_runs() {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let run = work.refused(&args, 3);
            assert!(run.stdout.is_empty(), "{args:?}:\n{}", run.stdout);
            assert!(
                run.stderr
                    .contains("a public report is made only from a file without errors"),
                "{args:?}:\n{}",
                run.stderr
            );
            assert!(
                run.stderr.contains(&format!(
                    "coalition.toml has an error at coalition.toml:{line}:"
                )),
                "{args:?}:\n{}",
                run.stderr
            );
            assert!(
                run.stderr
                    .contains("hint: fix the file first: `coal check`"),
                "{}",
                run.stderr
            );
        }
        // Said to the organizers, and the internal report still runs.
        work.run(&["check"]).code(1).stdout_has("`name`");
        work.run(&["report", "groups"]).ok().stdout_has(id);
        let out = work.run(&[
            "report",
            "groups",
            "-o",
            "public.md",
            "--audience",
            "public",
        ]);
        out.code(3);
        assert!(!work.dir.path().join("public.md").exists());
    }
}

/// A public tactic has the same columns in every format: its name,
/// intensity, description and users; the description the groups agreed to
/// publish is not left to JSON alone.
#[test]
fn public_tactics_carry_their_description_in_every_format() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n{}\n[tactics.march]\nname = \"March\"\ndescription = \"A walk through the neighbourhood\"\n",
        bare("g", "Open Group", "\"march\""),
    ));
    for format in ["table", "markdown", "csv", "json"] {
        let out = work
            .run(&[
                "report",
                "tactics",
                "--audience",
                "public",
                "--format",
                format,
            ])
            .ok()
            .stdout;
        assert!(
            out.contains("A walk through the neighbourhood"),
            "{format}:\n{out}"
        );
    }
    let csv = work
        .run(&[
            "report",
            "tactics",
            "--audience",
            "public",
            "--format",
            "csv",
        ])
        .ok()
        .stdout;
    assert_eq!(
        csv,
        "name,intensity,description,used by\r\nMarch,,A walk through the neighbourhood,Open Group\r\n"
    );
}
