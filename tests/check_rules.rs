//! Every finding code of SPEC §7: a fixture that triggers it, a clean
//! fixture, and each threshold tested on both sides.

mod common;

use std::path::Path;

use chrono::NaiveDate;
use coal::check::{self, Finding, Severity};
use common::*;

const CODES: [(&str, &str); 22] = [
    ("invalid-reference", "error"),
    ("invalid-value", "error"),
    ("boundary-violation", "error"),
    ("unknown-key", "info"),
    ("resource-concentration", "warning"),
    ("steering-without-impacted", "warning"),
    ("nothing-about-us", "warning"),
    ("less-is-more", "warning"),
    ("no-space", "warning"),
    ("feedback-overdue", "warning"),
    ("review-due", "warning"),
    ("step-order", "warning"),
    ("step-dates", "warning"),
    ("denouncing-risk", "warning"),
    ("single-tactic", "info"),
    ("missing-roles", "info"),
    ("public-not-member", "info"),
    ("overload", "info"),
    ("boundary-at-assembly", "warning"),
    ("tactic-disagreement", "warning"),
    ("opponent-joined", "warning"),
    ("refuses-own-tactic", "warning"),
];

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/check/{name}.toml")),
    )
    .unwrap()
}

#[test]
fn each_code_has_a_fixture_that_triggers_it() {
    for (code, severity) in CODES {
        let work = Workdir::with(&fixture(code));
        let expected_exit = if severity == "error" { 1 } else { 0 };
        let run = work.run(&["check", "--format", "json"]).code(expected_exit);
        let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        let found = json["findings"].as_array().unwrap();
        assert!(
            found
                .iter()
                .any(|f| f["code"] == code && f["severity"] == severity),
            "{code} not found:\n{}",
            run.stdout
        );
        if severity == "warning" {
            work.run(&["check", "--deny-warnings"]).code(1);
        }
    }
}

#[test]
fn the_clean_fixture_has_no_finding() {
    let work = Workdir::with(&fixture("clean"));
    work.run(&["check", "--deny-warnings"])
        .ok()
        .stdout_has("no problems found");
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn findings(body: &str) -> Vec<Finding> {
    let text = format!("schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n{body}");
    let validated = coal::store::load::parse(Path::new("c"), &text).unwrap();
    check::run(&validated.coalition, &validated.findings, today())
}

fn codes(body: &str) -> Vec<&'static str> {
    findings(body).iter().map(|f| f.code).collect()
}

fn groups(n: usize, body: &str) -> String {
    (0..n)
        .map(|i| format!("[groups.g{i}]\nname = \"G{i}\"\n{body}\n"))
        .collect()
}

#[test]
fn less_is_more_starts_above_seven_groups_before_the_assembly() {
    assert!(!codes(&groups(7, "status = \"dialogue\"")).contains(&"less-is-more"));
    assert!(codes(&groups(8, "status = \"dialogue\"")).contains(&"less-is-more"));
    let started = format!(
        "[steps.assembly]\nstatus = \"doing\"\n{}",
        groups(8, "status = \"contacted\"")
    );
    assert!(!codes(&started).contains(&"less-is-more"));
    // Prospects and declined groups are not in play.
    assert!(
        !codes(
            &(groups(7, "status = \"contacted\"")
                + "[groups.x]\nname = \"X\"\nstatus = \"declined\"\n")
        )
        .contains(&"less-is-more")
    );
}

fn offers(a: &str, b: &str) -> String {
    format!(
        "[groups.a]\nname = \"A\"\nstatus = \"member\"\noffers = {{ {a} }}\n[groups.b]\nname = \"B\"\nstatus = \"member\"\noffers = {{ {b} }}\n"
    )
}

#[test]
fn resource_concentration_needs_five_offers_and_more_than_forty_percent() {
    let has = |body: String| codes(&body).contains(&"resource-concentration");
    // 3 of 4 offers: too few offers to judge.
    assert!(!has(offers(
        "money = \"x\", space = \"x\", data = \"x\"",
        "material = \"x\""
    )));
    // 2 of 5 offers is exactly 40 %: not more.
    let forty = offers(
        "money = \"x\", space = \"x\"",
        "data = \"x\", material = \"x\"",
    ) + "[groups.c]\nname = \"C\"\nstatus = \"member\"\noffers = { expertise = \"y\" }\n";
    assert!(!has(forty));
    // 3 of 5 is 60 %.
    assert!(has(offers(
        "money = \"x\", space = \"x\", data = \"x\"",
        "material = \"x\", expertise = \"x\""
    )));
    // 3 of 7 (43 %) is just over.
    let seven = offers(
        "money = \"x\", space = \"x\", data = \"x\"",
        "material = \"x\", expertise = \"x\"",
    ) + "[groups.c]\nname = \"C\"\nstatus = \"member\"\noffers = { money = \"y\", visibility = \"y\" }\n";
    assert!(has(seven));
    // Offers of non-members do not count.
    let outsider = offers(
        "money = \"x\", space = \"x\"",
        "data = \"x\", material = \"x\"",
    ) + "[groups.c]\nname = \"C\"\nstatus = \"member\"\noffers = { expertise = \"y\" }\n"
        + "[groups.d]\nname = \"D\"\nstatus = \"dialogue\"\noffers = { money = \"y\", visibility = \"y\", space = \"y\", data = \"y\" }\n";
    assert!(!has(outsider));
}

#[test]
fn feedback_is_overdue_after_more_than_the_agreed_days() {
    let member = |joined: &str, feedback: &str| {
        format!("[groups.a]\nname = \"A\"\nstatus = \"member\"\njoined = {joined}\n{feedback}")
    };
    let has = |body: String| codes(&body).contains(&"feedback-overdue");
    // 2026-08-27 is 90 days before 2026-11-25; 2026-08-26 is 91.
    assert!(!has(member("2026-08-27", "")));
    assert!(has(member("2026-08-26", "")));
    let heard = "[[feedback]]\ndate = 2026-11-01\ngroup = \"a\"\ntext = \"ok\"\n";
    assert!(!has(member("2020-01-01", heard)));
    // Never joined, never heard: always overdue.
    assert!(has("[groups.a]\nname = \"A\"\nstatus = \"member\"\n".into()));
    // The agreement sets the number of days.
    assert!(has(format!(
        "[agreements]\nfeedback_every_days = 10\n{}",
        member("2026-11-14", "")
    )));
    assert!(!has(format!(
        "[agreements]\nfeedback_every_days = 10\n{}",
        member("2026-11-15", "")
    )));
}

#[test]
fn review_is_due_only_after_its_date() {
    let decision = |review: &str| {
        format!("[[decisions]]\ndate = 2026-01-01\nsummary = \"S\"\nreview_on = {review}\n")
    };
    assert!(!codes(&decision("2026-11-25")).contains(&"review-due"));
    assert!(codes(&decision("2026-11-24")).contains(&"review-due"));
    // A review on or after the date settles it, until a later date is set.
    let reviewed = |review: &str, held: &str| format!("{}reviewed = {held}\n", decision(review));
    assert!(!codes(&reviewed("2026-11-24", "2026-11-24")).contains(&"review-due"));
    assert!(!codes(&reviewed("2026-06-01", "2026-11-25")).contains(&"review-due"));
    assert!(codes(&reviewed("2026-11-24", "2026-11-23")).contains(&"review-due"));
}

#[test]
fn single_tactic_needs_three_members() {
    let tactics = "[tactics.t]\nname = \"T\"\n[tactics.u]\nname = \"U\"\n";
    let has = |body: String| codes(&body).contains(&"single-tactic");
    assert!(!has(format!(
        "{tactics}{}",
        groups(2, "status = \"member\"\ntactics = [\"t\"]")
    )));
    assert!(has(format!(
        "{tactics}{}",
        groups(3, "status = \"member\"\ntactics = [\"t\"]")
    )));
    assert!(has(format!(
        "{tactics}{}",
        groups(3, "status = \"member\"")
    )));
    let two = format!(
        "{tactics}{}[groups.z]\nname = \"Z\"\nstatus = \"member\"\ntactics = [\"u\"]\n",
        groups(2, "status = \"member\"\ntactics = [\"t\"]")
    );
    assert!(!has(two));
}

#[test]
fn missing_roles_needs_two_members_and_names_the_missing() {
    let has = |body: String| {
        findings(&body)
            .into_iter()
            .find(|f| f.code == "missing-roles")
    };
    assert!(has(groups(1, "status = \"member\"")).is_none());
    let all = "[groups.a]\nname = \"A\"\nstatus = \"member\"\nroles = [\"citizen\", \"rebel\"]\n[groups.b]\nname = \"B\"\nstatus = \"member\"\nroles = [\"reformer\", \"change_agent\"]\n";
    assert!(has(all.into()).is_none());
    let finding = has(all.replace(", \"change_agent\"", "")).unwrap();
    assert!(
        finding.message.contains("change_agent"),
        "{}",
        finding.message
    );
    assert_eq!(finding.severity, Severity::Info);
}

#[test]
fn public_not_member_only_for_watched_declined_or_left_groups_marked_public() {
    let group = |status: &str, public: bool| {
        format!("[groups.g]\nname = \"Gas Co\"\nstatus = \"{status}\"\npublic = {public}\n")
    };
    for status in ["watch", "declined", "left"] {
        let found = findings(&group(status, true));
        let finding = found
            .iter()
            .find(|f| f.code == "public-not-member")
            .unwrap_or_else(|| panic!("no public-not-member for {status}: {found:?}"));
        assert_eq!(finding.severity, Severity::Info);
        assert_eq!(finding.path, "groups.g.public");
        assert!(
            finding.message.starts_with("Gas Co ")
                && finding.message.contains("coal update-group g --private"),
            "{}",
            finding.message
        );
        assert!(!codes(&group(status, false)).contains(&"public-not-member"));
    }
    // A member, or a group on its way, may say it endorses publicly.
    for status in ["member", "prospect", "contacted", "dialogue"] {
        assert!(!codes(&group(status, true)).contains(&"public-not-member"));
    }
}

#[test]
fn steering_without_impacted_only_when_an_impacted_group_is_a_member() {
    let steering = "[committees.s]\nname = \"S\"\nsteering = true\ngroups = [\"b\"]\n[groups.b]\nname = \"B\"\nstatus = \"member\"\n";
    let has = |body: String| codes(&body).contains(&"steering-without-impacted");
    assert!(!has(steering.into()));
    assert!(has(format!(
        "{steering}[groups.a]\nname = \"A\"\nstatus = \"member\"\nimpacted = true\n"
    )));
    // An impacted group that is only in dialogue does not count yet.
    assert!(!has(format!(
        "{steering}[groups.a]\nname = \"A\"\nstatus = \"dialogue\"\nimpacted = true\n"
    )));
    // A committee that is not the steering group does not count.
    assert!(!has(format!(
        "{}[groups.a]\nname = \"A\"\nstatus = \"member\"\nimpacted = true\n",
        steering.replace("steering = true\n", "")
    )));
}

#[test]
fn no_space_once_a_space_exists() {
    let members = groups(2, "status = \"member\"");
    assert!(!codes(&members).contains(&"no-space"));
    let with_space = format!("{members}[spaces.s]\nname = \"S\"\ngroups = [\"g0\"]\n");
    let found = findings(&with_space);
    let paths: Vec<&str> = found
        .iter()
        .filter(|f| f.code == "no-space")
        .map(|f| f.path.as_str())
        .collect();
    assert_eq!(paths, ["groups.g1"]);
}

#[test]
fn step_order_only_when_an_earlier_step_is_todo() {
    assert!(!codes("[steps.contact]\nstatus = \"doing\"\n").contains(&"step-order"));
    assert!(
        !codes("[steps.contact]\nstatus = \"doing\"\n[steps.draft]\nstatus = \"doing\"\n")
            .contains(&"step-order")
    );
    let found =
        findings("[steps.contact]\nstatus = \"done\"\n[steps.presentation]\nstatus = \"done\"\n");
    let paths: Vec<&str> = found
        .iter()
        .filter(|f| f.code == "step-order")
        .map(|f| f.path.as_str())
        .collect();
    assert_eq!(paths, ["steps.presentation.status"]);
}

/// A step finished before it started (a year mistyped, 2025 for 2026) is
/// a finding naming the step; the same day, or only one date, is not.
#[test]
fn step_dates_when_a_step_finished_before_it_started() {
    let step = |started: &str, finished: &str| {
        format!("[steps.draft]\nstatus = \"done\"\nstarted = {started}\nfinished = {finished}\n")
    };
    assert!(!codes(&step("2026-09-15", "2026-09-15")).contains(&"step-dates"));
    assert!(
        !codes("[steps.draft]\nstatus = \"done\"\nfinished = 2025-01-10\n").contains(&"step-dates")
    );
    let found = findings(&step("2026-09-15", "2026-09-14"));
    let found: Vec<&Finding> = found.iter().filter(|f| f.code == "step-dates").collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].path, "steps.draft.finished");
    assert!(
        found[0].message.contains("2026-09-14"),
        "{}",
        found[0].message
    );
    assert!(
        found[0].message.contains("[steps.draft]"),
        "{}",
        found[0].message
    );
}

#[test]
fn boundary_levels_decide_what_counts_as_crossing() {
    let pair = |level: &str, place: &str| {
        format!(
            "[groups.a]\nname = \"A\"\nboundaries = [{{ group = \"b\", level = \"{level}\" }}]\n[groups.b]\nname = \"B\"\n{place}"
        )
    };
    let space = "[spaces.s]\nname = \"S\"\ngroups = [\"a\", \"b\"]\n";
    let committee = "[committees.c]\nname = \"C\"\ngroups = [\"a\", \"b\"]\n";
    let pen = "[steps.draft]\nco_authors = [\"a\", \"b\"]\n";
    let has = |body: String| codes(&body).contains(&"boundary-violation");
    assert!(has(pair("refuse", space)));
    assert!(has(pair("refuse", committee)));
    assert!(has(pair("refuse", pen)));
    assert!(!has(pair("limited", space)));
    assert!(has(pair("limited", committee)));
    assert!(has(pair("limited", pen)));
    assert!(!has(pair("refuse", "")));
}

#[test]
fn denouncing_risk_only_without_the_agreement() {
    let body = "[tactics.t]\nname = \"T\"\n[groups.a]\nname = \"A\"\nstatus = \"member\"\nboundaries = [{ tactic = \"t\" }]\n[groups.b]\nname = \"B\"\nstatus = \"member\"\ntactics = [\"t\"]\n";
    assert!(!codes(body).contains(&"denouncing-risk"));
    assert!(
        codes(&format!(
            "[agreements]\nno_public_denouncing = false\n{body}"
        ))
        .contains(&"denouncing-risk")
    );
}

#[test]
fn findings_are_sorted_by_severity_then_code_then_path() {
    let work = Workdir::with(&format!(
        "{}colour = 1\n[groups.b]\nname = \"B\"\npower = 9\n[groups.a]\nname = \"A\"\npower = 8\nstatus = \"member\"\n[spaces.s]\nname = \"S\"\ngroups = [\"zz\"]\n",
        MINIMAL
    ));
    let run = work.run(&["check", "--format", "json"]).code(1);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let order: Vec<(String, String)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["path"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = [
        ("invalid-reference", "spaces.s.groups[0]"),
        ("invalid-value", "groups.a.power"),
        ("invalid-value", "groups.b.power"),
        ("feedback-overdue", "groups.a"),
        ("no-space", "groups.a"),
        ("unknown-key", "coalition.colour"),
    ]
    .iter()
    .map(|(c, p)| (c.to_string(), p.to_string()))
    .collect();
    assert_eq!(order, expected);
}

#[test]
fn github_annotations_carry_the_line_of_the_key() {
    let text = format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\npower = 9\nstatus = \"member\"\n\n[[decisions]]\ndate = 2026-01-01\nsummary = \"S\"\nreview_on = 2026-02-01\n"
    );
    let work = Workdir::with(&text);
    let run = work.run(&["check", "--format", "github"]).code(1);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines[0].starts_with("::error file=coalition.toml,line=9,title=coal invalid-value%3A groups.a.power::`power` must be 1 to 5, got 9"),
        "{}",
        run.stdout
    );
    assert!(
        lines.iter().any(|l| l.starts_with(
            "::warning file=coalition.toml,line=7,title=coal feedback-overdue%3A groups.a::"
        )),
        "{}",
        run.stdout
    );
    assert!(lines.iter().any(|l| l.starts_with("::warning file=coalition.toml,line=15,title=coal review-due%3A decisions[0].review_on::")), "{}", run.stdout);
    assert_eq!(text.lines().nth(8), Some("power = 9"));
    assert_eq!(text.lines().nth(14), Some("review_on = 2026-02-01"));
    // Nothing to say: nothing printed, exit 0.
    let clean = Workdir::with(&fixture("clean"));
    let run = clean.run(&["check", "--format", "github"]).ok();
    assert_eq!(run.stdout, "");
}

#[test]
fn denouncing_risk_names_the_other_members_using_the_tactic() {
    let body = "[agreements]\nno_public_denouncing = false\n[tactics.t]\nname = \"T\"\n\
        [groups.a]\nname = \"A\"\nstatus = \"member\"\ntactics = [\"t\"]\nboundaries = [{ tactic = \"t\" }]\n\
        [groups.b]\nname = \"B\"\nstatus = \"member\"\ntactics = [\"t\"]\n\
        [groups.c]\nname = \"C\"\nstatus = \"dialogue\"\ntactics = [\"t\"]\n\
        [groups.d]\nname = \"D\"\nstatus = \"member\"\ntactics = [\"t\"]\n\
        [groups.e]\nname = \"E\"\nstatus = \"member\"\ntactics = [\"u\"]\n";
    let risks: Vec<String> = findings(body)
        .into_iter()
        .filter(|f| f.code == "denouncing-risk")
        .map(|f| f.message)
        .collect();
    assert_eq!(risks.len(), 1);
    assert!(
        risks[0].starts_with("A draws a line at T, a tactic used by B, D, and"),
        "{}",
        risks[0]
    );
}

/// The edit guard builds the model only when `may_find_errors` says a rule
/// could find an error: pinned here to running every rule, on every fixture
/// and the shipped example, with and without their boundaries against groups.
#[test]
fn without_a_boundary_against_a_group_no_rule_finds_an_error() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| std::fs::read_to_string(entry.unwrap().path()).unwrap())
        .collect();
    texts.push(example());
    let crossed = "[groups.a]\nname = \"A\"\nboundaries = [{ group = \"b\" }]\n[groups.b]\nname = \"B\"\n[spaces.s]\nname = \"S\"\ngroups = [\"a\", \"b\"]\n";
    texts.push(format!("{MINIMAL}{crossed}"));
    let mut tried_both = [false, false];
    for text in texts {
        let mut data: toml::Table = text.parse().unwrap();
        coal::model::validate::check(&mut data).unwrap();
        let may = check::may_find_errors(&data);
        tried_both[usize::from(may)] = true;
        let coalition = coal::model::validate::model(data);
        let rule_errors = check::errors(&coalition, &[]);
        assert!(may || rule_errors.is_empty(), "{rule_errors:?}");
    }
    assert_eq!(tried_both, [true, true]);
}

/// A member never heard from is told so, not dated by its joining as if
/// that were its last feedback (issue 13, review).
#[test]
fn feedback_overdue_does_not_present_joined_as_last_feedback() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\nstatus = \"member\"\njoined = 2020-01-01\n"
    ));
    let run = work
        .run(&["check"])
        .ok()
        .stdout_has("counted from the day it joined, 2020-01-01: it has given none yet.");
    assert!(!run.stdout.contains("last feedback"), "{}", run.stdout);
    work.write(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\nstatus = \"member\"\njoined = 2020-01-01\n\n[[feedback]]\ndate = 2020-02-01\ngroup = \"a\"\ntext = \"ok\"\n"
    ));
    work.run(&["check"])
        .ok()
        .stdout_has("counted from its last feedback on 2020-02-01.");
}

fn seated(participation: &str, seats: usize) -> String {
    let id = participation;
    let mut body = format!(
        "[groups.{id}]\nname = \"{id}\"\nstatus = \"member\"\nparticipation = \"{participation}\"\n"
    );
    for n in 0..seats {
        body.push_str(&format!(
            "[committees.{id}-{n}]\nname = \"C\"\ngroups = [\"{id}\"]\n"
        ));
    }
    body
}

#[test]
fn overload_when_an_observer_or_supporter_holds_more_seats_than_a_core_group() {
    let has = |body: String| codes(&body).contains(&"overload");
    // As many seats as the core group: no overload.
    assert!(!has(seated("core", 1) + &seated("observer", 1)));
    // One more: an observer, a supporter.
    assert!(has(seated("core", 1) + &seated("observer", 2)));
    assert!(has(seated("core", 0) + &seated("supporter", 1)));
    // An active group may hold many seats; no core group, nothing to compare.
    assert!(!has(seated("core", 0) + &seated("active", 3)));
    assert!(!has(seated("observer", 3)));
    let found = findings(&(seated("core", 1) + &seated("supporter", 2)));
    let overload = found.iter().find(|f| f.code == "overload").unwrap();
    assert_eq!(overload.severity, Severity::Info);
    assert_eq!(overload.path, "groups.supporter.participation");
    assert!(
        overload.message.starts_with(
            "supporter takes part as a supporter, yet holds 2 committee seats where core, a core group, holds 1 seat."
        ),
        "{}",
        overload.message
    );
}
