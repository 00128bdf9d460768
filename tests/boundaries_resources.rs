//! Boundaries, resources and agreements (issue 14): matches that respect
//! boundaries, unmatched and potential offers, whom to amplify, tactics in
//! tension, `boundary-at-assembly`, `tactic-disagreement`, and what the
//! tactics agreement and `kind = "traditional"` change.

mod common;

use common::*;
use serde_json::{Value, json};

const HEAD: &str = "schema = 1\n\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n";

fn coalition(body: &str) -> Workdir {
    Workdir::with(&format!("{HEAD}{body}"))
}

fn json_of(work: &Workdir, args: &[&str]) -> Value {
    let run = work.run(args).ok();
    serde_json::from_str(&run.stdout).unwrap()
}

fn resources(work: &Workdir) -> Value {
    json_of(work, &["report", "resources", "--format", "json"])
}

/// The codes and paths of `coal check`'s findings with `code`.
fn found(work: &Workdir, code: &str) -> Vec<(String, String)> {
    let json = json_of(work, &["check", "--format", "json"]);
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == code)
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The teachers' union refuses to fund a site occupation; the occupying
/// group needs money for its defence fund; the union offers money.
const OCCUPATION: &str = r#"
[groups.occupiers]
name = "Occupy the Site"
status = "member"
tactics = ["occupation"]
needs = { money = "defence fund" }

[groups.teachers]
name = "Teachers' Union"
status = "member"
offers = { money = "strike fund surplus" }
boundaries = [{ tactic = "occupation", level = "limited", reason = "Will not fund a site occupation." }]

[tactics.occupation]
name = "Site occupation"
"#;

#[test]
fn the_teachers_union_is_not_proposed_to_fund_the_occupiers_defence() {
    let work = coalition(OCCUPATION);
    let json = resources(&work);
    assert_eq!(json["matches"], json!([]));
    assert_eq!(json["unmatched_offers"], json!({"money": ["teachers"]}));
    assert_eq!(json["unmatched_needs"], json!({"money": ["occupiers"]}));
    work.run(&["report", "resources"])
        .ok()
        .stdout_has("Needs no member meets yet")
        .stdout_has("Occupy the Site — money (defence fund) — the members offering it are kept apart from it by a boundary")
        .stdout_has("Offers not matched yet")
        .stdout_has("Teachers' Union — money (strike fund surplus)");
    // The same file in other TOML spellings: sub-tables, arrays of tables.
    let spelled = OCCUPATION
        .replace(
            "offers = { money = \"strike fund surplus\" }\nboundaries = [{ tactic = \"occupation\", level = \"limited\", reason = \"Will not fund a site occupation.\" }]",
            "\n[groups.teachers.offers]\nmoney = [\"strike fund surplus\"]\n\n[[groups.teachers.boundaries]]\ntactic = \"occupation\"\n",
        );
    assert_ne!(spelled, OCCUPATION);
    let json = resources(&coalition(&spelled));
    assert_eq!(json["matches"], json!([]));
    assert_eq!(json["unmatched_offers"], json!({"money": ["teachers"]}));
    // Another giver, with no line drawn, is proposed instead.
    let work = coalition(&format!(
        "{OCCUPATION}\n[groups.bakers]\nname = \"Bakers\"\nstatus = \"member\"\noffers = {{ money = \"bake sale\" }}\n"
    ));
    let json = resources(&work);
    assert_eq!(
        json["matches"],
        json!([{"type": "money", "from": "bakers", "to": "occupiers"}])
    );
    assert_eq!(json["unmatched_needs"], json!({}));
}

#[test]
fn no_match_across_a_boundary_between_two_groups_either_way_at_any_level() {
    for (holder, against, level) in [
        ("giver", "taker", "refuse"),
        ("giver", "taker", "limited"),
        ("taker", "giver", "refuse"),
        ("taker", "giver", "limited"),
    ] {
        let boundary = format!("boundaries = [{{ group = \"{against}\", level = \"{level}\" }}]");
        let (giver_line, taker_line) = if holder == "giver" {
            (boundary.as_str(), "")
        } else {
            ("", boundary.as_str())
        };
        let work = coalition(&format!(
            "[groups.giver]\nname = \"Giver\"\nstatus = \"member\"\noffers = {{ space = \"hall\" }}\n{giver_line}\n\
             [groups.taker]\nname = \"Taker\"\nstatus = \"member\"\nneeds = {{ space = \"room\" }}\n{taker_line}\n"
        ));
        let json = resources(&work);
        assert_eq!(json["matches"], json!([]), "{holder} {level}");
        assert_eq!(json["unmatched_needs"], json!({"space": ["taker"]}));
    }
    // Without the boundary, they match: the test above is not vacuous.
    let work = coalition(
        "[groups.giver]\nname = \"Giver\"\nstatus = \"member\"\noffers = { space = \"hall\" }\n\
         [groups.taker]\nname = \"Taker\"\nstatus = \"member\"\nneeds = { space = \"room\" }\n",
    );
    assert_eq!(
        resources(&work)["matches"],
        json!([{"type": "space", "from": "giver", "to": "taker"}])
    );
}

#[test]
fn offers_of_groups_not_yet_members_are_potential_never_matched() {
    let mut body = String::from(
        "[groups.needy]\nname = \"Needy\"\nstatus = \"member\"\nneeds = { money = \"rent\" }\n",
    );
    for status in [
        "prospect",
        "contacted",
        "dialogue",
        "watch",
        "declined",
        "left",
    ] {
        body.push_str(&format!(
            "[groups.{status}]\nname = \"G {status}\"\nstatus = \"{status}\"\noffers = {{ money = \"secret {status} cheque\" }}\n"
        ));
    }
    let work = coalition(&body);
    let json = resources(&work);
    assert_eq!(json["matches"], json!([]));
    assert_eq!(
        json["potential_offers"],
        json!({"money": ["contacted", "dialogue", "prospect"]})
    );
    assert_eq!(json["unmatched_needs"], json!({"money": ["needy"]}));
    let table = work.run(&["report", "resources"]).ok();
    assert!(table.stdout.contains("G dialogue (dialogue) — money"));
    let csv = work
        .run(&["report", "resources", "--format", "csv"])
        .ok()
        .stdout
        .replace("\r\n", "\n");
    assert!(csv.starts_with("kind,group,type,detail,to\n"), "{csv}");
    assert!(csv.contains("potential offer,prospect,money,secret prospect cheque,\n"));
    assert!(csv.contains("unmatched need,needy,money,rent,\n"));
    for gone in ["watch", "declined", "left"] {
        for text in [&table.stdout, &csv] {
            assert!(!text.contains(&format!("secret {gone}")), "{gone}:\n{text}");
        }
    }
}

/// Issue 14 (review): groups in opposition are "not partners"; the NGO in an
/// offset deal with the promoter, on its way in, is no potential giver, in
/// any format, whatever its status on the way in.
#[test]
fn an_opponent_on_its_way_in_is_no_potential_offer() {
    let mut body = String::from(
        "[groups.m]\nname = \"Member\"\nstatus = \"member\"\nparticipation = \"core\"\nneeds = { money = \"bus\" }\n",
    );
    for (status, spectrum) in [
        ("prospect", "active_opposition"),
        ("contacted", "passive_opposition"),
        ("dialogue", "active_opposition"),
    ] {
        body.push_str(&format!(
            "[groups.ngo-{status}]\nname = \"Offset NGO {status}\"\nstatus = \"{status}\"\nspectrum = \"{spectrum}\"\npower = 5\ninterest = 5\noffers = {{ money = \"offset deal funds\" }}\n"
        ));
    }
    body.push_str(
        "[groups.friend]\nname = \"Friendly Parish\"\nstatus = \"dialogue\"\nspectrum = \"neutral\"\noffers = { space = \"hall\" }\n",
    );
    let work = coalition(&body);
    assert_eq!(
        resources(&work)["potential_offers"],
        json!({"space": ["friend"]})
    );
    let table = work.run(&["report", "resources"]).ok().stdout;
    let markdown = work
        .run(&["report", "resources", "--format", "markdown"])
        .ok()
        .stdout;
    let csv = work
        .run(&["report", "resources", "--format", "csv"])
        .ok()
        .stdout;
    for text in [&table, &markdown, &csv] {
        assert!(!text.contains("Offset NGO"), "{text}");
        assert!(!text.contains("offset deal funds"), "{text}");
        assert!(!text.contains("potential offer,ngo"), "{text}");
    }
    assert!(
        table.contains("Friendly Parish (dialogue) — space"),
        "{table}"
    );
    // The power report is where the opponents' resources are shown.
    let power = work.run(&["report", "power"]).ok().stdout;
    let opponents = power.find("Opponents and targets").expect(&power);
    assert!(power[opponents..].contains("offset deal funds"), "{power}");
}

/// A member placed in active opposition (a hand edit, a mistake) is an
/// opponent in the power report: the resources report neither proposes it
/// as a giver nor counts its offers as the members' own.
#[test]
fn resources_never_match_an_opponent_the_power_report_calls_one() {
    let work = coalition(
        "[groups.occ]\nname = \"Occupiers\"\nstatus = \"member\"\njoined = 2026-11-20\nneeds = { money = \"legal defence\" }\n\
         [groups.gasco]\nname = \"GasCo\"\nstatus = \"member\"\nspectrum = \"active_opposition\"\npower = 5\ninterest = 5\noffers = { money = \"lots\" }\njoined = 2026-11-20\n",
    );
    let power = work.run(&["report", "power", "--format", "csv"]).ok();
    assert!(
        power.stdout.contains("gasco,GasCo,opponent"),
        "{}",
        power.stdout
    );
    let json = resources(&work);
    assert_eq!(json["matches"], json!([]));
    assert_eq!(json["unmatched_needs"], json!({"money": ["occ"]}));
    assert_eq!(json["concentration"]["top_group"], Value::Null);
    let table = work.run(&["report", "resources"]).ok().stdout;
    assert!(!table.contains("GasCo"), "{table}");
}

/// One offer in all is "the members' only offer", not "1 of 1 offers".
#[test]
fn resources_concentration_counts_one_offer_in_good_english() {
    let work = coalition(
        "[groups.a]\nname = \"Alpha\"\nstatus = \"member\"\noffers = { money = \"some\" }\n\
         [groups.b]\nname = \"Beta\"\nstatus = \"member\"\n",
    );
    let table = work.run(&["report", "resources"]).ok().stdout;
    assert!(
        table.contains("Alpha holds the members' only offer (100 %)."),
        "{table}"
    );
    assert!(!table.contains("1 offers"), "{table}");
    let two = coalition(
        "[groups.a]\nname = \"Alpha\"\nstatus = \"member\"\noffers = { money = \"some\", space = \"hall\" }\n\
         [groups.b]\nname = \"Beta\"\nstatus = \"member\"\n",
    );
    two.run(&["report", "resources"])
        .ok()
        .stdout_has("Alpha holds 2 of the members' 2 offers (100 %).");
}

#[test]
fn csv_has_a_row_per_offer_need_match_and_unmatched_item() {
    let work = coalition(OCCUPATION);
    let csv = work
        .run(&["report", "resources", "--format", "csv"])
        .ok()
        .stdout
        .replace("\r\n", "\n");
    assert_eq!(
        csv,
        "kind,group,type,detail,to\n\
         need,occupiers,money,defence fund,\n\
         offer,teachers,money,strike fund surplus,\n\
         unmatched offer,teachers,money,strike fund surplus,\n\
         unmatched need,occupiers,money,defence fund,\n"
    );
    let work = coalition(
        "[groups.a]\nname = \"A\"\nstatus = \"member\"\noffers = { data = \"maps\" }\n\
         [groups.b]\nname = \"B\"\nstatus = \"member\"\nneeds = { data = \"maps\" }\n",
    );
    let csv = work
        .run(&["report", "resources", "--format", "csv"])
        .ok()
        .stdout
        .replace("\r\n", "\n");
    assert!(csv.contains("match,a,data,maps,b\n"), "{csv}");
}

/// `n` members, the first `few` offering one thing, the others two.
fn members_offering(n: usize, few: usize, nothing: usize) -> Workdir {
    let mut body = String::new();
    for i in 0..n {
        let offers = if i < nothing {
            String::new()
        } else if i < nothing + few {
            "offers = { money = \"x\" }".into()
        } else {
            "offers = { money = \"x\", space = \"y\" }".into()
        };
        body.push_str(&format!(
            "[groups.g{i:02}]\nname = \"G{i:02}\"\nstatus = \"member\"\n{offers}\n"
        ));
    }
    coalition(&body)
}

#[test]
fn amplify_names_members_offering_nothing_or_the_few_with_the_fewest() {
    // Two of eleven offer nothing: those two, whatever the rest.
    let json = resources(&members_offering(11, 0, 2));
    assert_eq!(json["fewest_resources"], json!(["g00", "g01"]));
    // Everyone offers; 2 of 9 have the fewest (under a third): amplify them.
    let json = resources(&members_offering(9, 2, 0));
    assert_eq!(json["fewest_resources"], json!(["g00", "g01"]));
    // 3 of 9 is a third, not under it: none.
    let json = resources(&members_offering(9, 3, 0));
    assert_eq!(json["fewest_resources"], json!([]));
    // 8 of 11 with the fewest: not the few.
    let work = members_offering(11, 8, 0);
    assert_eq!(resources(&work)["fewest_resources"], json!([]));
    let run = work.run(&["report", "resources"]).ok();
    assert!(!run.stdout.contains("Amplify"), "{}", run.stdout);
    work.run(&["report", "resources"]).ok();
    members_offering(9, 2, 0)
        .run(&["report", "resources"])
        .ok()
        .stdout_has("The members with the fewest resources to offer: G00, G01.");
    members_offering(3, 0, 1)
        .run(&["report", "resources"])
        .ok()
        .stdout_has("Members that offer nothing yet: G00.");
    // No member at all: no amplify, no panic.
    let json = resources(&coalition(""));
    assert_eq!(json["fewest_resources"], json!([]));
    assert_eq!(json["unmatched_offers"], json!({}));
    assert_eq!(json["potential_offers"], json!({}));
}

#[test]
fn the_boundaries_report_lists_every_tactic_clash_whatever_the_agreement() {
    for agreement in ["", "[agreements]\nno_public_denouncing = false\n"] {
        let work = coalition(&format!(
            "{agreement}{OCCUPATION}\n[groups.gone]\nname = \"Gone\"\nstatus = \"left\"\nboundaries = [{{ tactic = \"occupation\" }}]\n"
        ));
        let json = json_of(&work, &["report", "boundaries", "--format", "json"]);
        assert_eq!(
            json["clashes"],
            json!([{"group": "teachers", "tactic": "occupation", "level": "limited", "used_by": ["occupiers"]}])
        );
        for format in ["table", "markdown"] {
            work.run(&["report", "boundaries", "--format", format])
                .ok()
                .stdout_has("Tactics in tension")
                .stdout_has(
                    "Teachers' Union draws a line at Site occupation, which Occupy the Site uses.",
                )
                .stdout_has("does not denounce it in public");
        }
    }
    coalition("")
        .run(&["report", "boundaries"])
        .ok()
        .stdout_has("No group draws a line at a tactic a member uses.");
}

/// Sol refuses Corp; step 3 is on 2026-12-10 (after TODAY).
const REFUSAL: &str = r#"
[steps.assembly]
date = 2026-12-10

[groups.corp]
name = "Corp"
status = "dialogue"

[groups.sol]
name = "Sol"
status = "member"
boundaries = [{ group = "corp", level = "refuse", reason = "reported us" }]
"#;

#[test]
fn inviting_a_refused_group_to_an_assembly_to_come_is_a_warning() {
    assert!(found(&coalition(REFUSAL), "boundary-at-assembly").is_empty());
    let invited = REFUSAL.replace(
        "date = 2026-12-10",
        "date = 2026-12-10\ninvited = [\"corp\"]",
    );
    let warnings = found(&coalition(&invited), "boundary-at-assembly");
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].0, "groups.sol.boundaries[0]");
    assert!(warnings[0].1.contains("Sol refuses to work with Corp, and Corp is invited to the assembly of 2026-12-10. Talk with Sol first"));
    coalition(&invited)
        .run(&["check", "--deny-warnings"])
        .code(1);
    // An assembly held already: too late to talk it over, no warning.
    let past = invited.replace("2026-12-10", "2026-11-01");
    assert!(found(&coalition(&past), "boundary-at-assembly").is_empty());
    // A later assembly counts too, and a first one with no date yet.
    let later = format!("{REFUSAL}\n[[assemblies]]\ndate = 2027-02-01\ninvited = [\"corp\"]\n");
    let warnings = found(&coalition(&later), "boundary-at-assembly");
    assert!(warnings[0].1.contains("the assembly of 2027-02-01"));
    let undated = REFUSAL.replace("date = 2026-12-10", "invited = [\"corp\"]");
    assert_eq!(found(&coalition(&undated), "boundary-at-assembly").len(), 1);
    // Limited is not refused; a holder that is not a member speaks for no member.
    let limited = invited.replace("level = \"refuse\"", "level = \"limited\"");
    assert!(found(&coalition(&limited), "boundary-at-assembly").is_empty());
    let prospect = invited.replace(
        "name = \"Sol\"\nstatus = \"member\"",
        "name = \"Sol\"\nstatus = \"prospect\"",
    );
    assert!(found(&coalition(&prospect), "boundary-at-assembly").is_empty());
}

#[test]
fn welcoming_a_refused_group_as_a_member_is_a_warning() {
    let member = REFUSAL.replace("status = \"dialogue\"", "status = \"member\"");
    let warnings = found(&coalition(&member), "boundary-at-assembly");
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].1.contains("Corp has joined the coalition"));
    let joined = format!("{REFUSAL}\n[steps.presentation]\njoined = [\"corp\"]\n");
    assert_eq!(found(&coalition(&joined), "boundary-at-assembly").len(), 1);
    // Joined once, left since: nothing to talk over.
    let left = joined.replace("status = \"dialogue\"", "status = \"left\"");
    assert!(found(&coalition(&left), "boundary-at-assembly").is_empty());
}

/// A watched company in active opposition welcomed as joined is an
/// opponent among the partners: the command says so at once, as it does of
/// a refused group, and `coal check` keeps saying it.
#[test]
fn welcoming_a_watched_opponent_as_joined_is_flagged() {
    let work = coalition(
        "\n[groups.gasco]\nname = \"GasCo\"\nstatus = \"watch\"\nspectrum = \"active_opposition\"\n",
    );
    work.run(&["fmt", "--check"]).ok();
    work.run(&["step", "presentation", "--joined", "gasco"])
        .ok()
        .stderr_has("warning: GasCo has joined the coalition, yet it stands in active opposition");
    work.run(&["fmt", "--check"]).ok();
    let warnings = found(&work, "opponent-joined");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].0, "groups.gasco");
    work.run(&["check", "--deny-warnings"]).code(1);
    // update-group says it too, and only what the edit brings.
    let work = coalition(
        "[groups.ngo]\nname = \"Offset NGO\"\nstatus = \"dialogue\"\nspectrum = \"passive_opposition\"\n",
    );
    work.run(&["update-group", "ngo", "--status", "member"])
        .ok()
        .stderr_has(
            "warning: Offset NGO has joined the coalition, yet it stands in passive opposition",
        );
    let again = work.run(&["update-group", "ngo", "--power", "3"]).ok();
    assert!(!again.stderr.contains("warning"), "{}", again.stderr);
    // Come round (placed again) or set back to watch: nothing to raise.
    work.run(&["update-group", "ngo", "--spectrum", "neutral"])
        .ok();
    assert!(found(&work, "opponent-joined").is_empty());
    let watched = coalition(
        "[groups.gasco]\nname = \"GasCo\"\nstatus = \"watch\"\nspectrum = \"active_opposition\"\n\
         [steps.presentation]\njoined = [\"gasco\"]\n",
    );
    assert!(found(&watched, "opponent-joined").is_empty());
}

/// A group that draws a line at a tactic it uses itself is a slip of the
/// hand, as a boundary against itself is: a warning naming the tactic.
#[test]
fn a_group_refusing_a_tactic_it_uses_is_flagged() {
    let work = coalition(
        "[groups.u]\nname = \"Union\"\nstatus = \"member\"\njoined = 2026-11-20\ntactics = [\"occupy\"]\n\
         boundaries = [{ tactic = \"occupy\", level = \"refuse\" }]\n\
         [tactics.occupy]\nname = \"Occupation\"\n",
    );
    let warnings = found(&work, "refuses-own-tactic");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].0, "groups.u.boundaries[0]");
    assert!(
        warnings[0]
            .1
            .contains("Union draws a line at Occupation, a tactic it uses itself."),
        "{}",
        warnings[0].1
    );
    // Its own tactic is no clash with another member.
    assert!(found(&work, "tactic-disagreement").is_empty());
    // The boundary dropped: nothing to raise.
    work.run(&["remove-boundary", "u", "--against-tactic", "occupy"])
        .ok();
    assert!(found(&work, "refuses-own-tactic").is_empty());
}

#[test]
fn commands_that_invite_or_welcome_a_refused_group_say_so() {
    let work = coalition(REFUSAL);
    work.run(&["step", "assembly", "--invite", "corp"])
        .ok()
        .stderr_has("warning: Sol refuses to work with Corp, and Corp is invited to the assembly of 2026-12-10. Talk with Sol first");
    assert!(work.read().contains("invited = [\"corp\"]"));
    work.run(&["fmt", "--check"]).ok();
    // Said once: inviting again adds nothing new to warn about.
    let run = work
        .run(&["add-assembly", "2027-03-01", "--invite", "corp"])
        .ok();
    assert!(
        run.stderr.contains("the assembly of 2027-03-01"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("the assembly of 2026-12-10"),
        "{}",
        run.stderr
    );
    let run = work
        .run(&["update-assembly", "2027-03-01", "--place", "Hall"])
        .ok();
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    work.run(&["update-group", "corp", "--status", "member"])
        .ok()
        .stderr_has("warning: Sol refuses to work with Corp, and Corp has joined the coalition.");
    let run = work
        .run(&["update-group", "corp", "--status", "member"])
        .ok();
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    work.run(&["fmt", "--check"]).ok();

    let work = coalition(REFUSAL);
    work.run(&["step", "presentation", "--joined", "corp"])
        .ok()
        .stderr_has("Corp has joined the coalition");
    let work = coalition(REFUSAL);
    work.run(&["add-group", "Corp Two", "--status", "member"])
        .ok();
    assert!(!work.run(&["check"]).stdout.contains("boundary-at-assembly"));
    // A dry run warns and writes nothing.
    let before = work.read();
    work.run(&["update-group", "corp", "--status", "member", "--dry-run"])
        .ok()
        .stderr_has("Corp has joined the coalition");
    assert_eq!(work.read(), before);
}

const DISAGREEMENT: &str = r#"
[agreements]
diversity_of_tactics = false

[groups.a]
name = "A"
status = "member"
tactics = ["march"]
boundaries = [{ tactic = "blockade", level = "limited" }]

[groups.b]
name = "B"
status = "member"
tactics = ["blockade", "march"]

[tactics.blockade]
name = "Blockade"

[tactics.march]
name = "March"
"#;

#[test]
fn with_shared_tactics_a_boundary_against_a_members_tactic_is_a_disagreement() {
    let warnings = found(&coalition(DISAGREEMENT), "tactic-disagreement");
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].0, "groups.a.boundaries[0]");
    assert!(warnings[0].1.contains(
        "The coalition agreed on shared tactics, yet A draws a line at Blockade, which B uses."
    ));
    // Each keeps its own tactics: no disagreement.
    let diverse = DISAGREEMENT.replace(
        "diversity_of_tactics = false",
        "diversity_of_tactics = true",
    );
    assert!(found(&coalition(&diverse), "tactic-disagreement").is_empty());
    // A user that is not a member is no disagreement within the coalition.
    let prospect = DISAGREEMENT.replace(
        "name = \"B\"\nstatus = \"member\"",
        "name = \"B\"\nstatus = \"prospect\"",
    );
    assert!(found(&coalition(&prospect), "tactic-disagreement").is_empty());
}

/// The tactics report of a traditional coalition calls such a clash "a
/// disagreement to settle together": `coal check` says so too, with a way
/// out a traditional coalition has (not the agreement it cannot use).
#[test]
fn a_traditional_coalition_warns_of_a_tactic_disagreement_as_its_report_says() {
    let traditional = format!(
        "kind = \"traditional\"\n{}",
        DISAGREEMENT.replace(
            "diversity_of_tactics = false",
            "diversity_of_tactics = true"
        )
    );
    let work = coalition(&traditional);
    work.run(&["report", "tactics"])
        .ok()
        .stdout_has("disagreement to settle together");
    let warnings = found(&work, "tactic-disagreement");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].1.contains("as a traditional coalition does"),
        "{}",
        warnings[0].1
    );
    assert!(
        !warnings[0].1.contains("--diversity-of-tactics"),
        "{}",
        warnings[0].1
    );
    // Shared tactics agreed in an agile coalition: the agreement is the way out.
    let agreed = found(&coalition(DISAGREEMENT), "tactic-disagreement");
    assert!(
        agreed[0].1.contains("--diversity-of-tactics yes"),
        "{}",
        agreed[0].1
    );
}

/// The warning names the tactic as people know it, as the boundaries
/// report does, not by its id.
#[test]
fn tactic_disagreement_names_the_tactic_as_people_know_it() {
    let named = DISAGREEMENT.replace(
        "name = \"Blockade\"",
        "name = \"Blockade of the survey trucks\"",
    );
    let warnings = found(&coalition(&named), "tactic-disagreement");
    assert!(
        warnings[0]
            .1
            .contains("draws a line at Blockade of the survey trucks,"),
        "{}",
        warnings[0].1
    );
    assert!(!warnings[0].1.contains("`blockade`"), "{}", warnings[0].1);
}

#[test]
fn the_tactics_report_follows_the_agreement_and_the_kind() {
    let diverse = DISAGREEMENT.replace(
        "diversity_of_tactics = false",
        "diversity_of_tactics = true",
    );
    for audience in ["internal", "public"] {
        let report = |body: &str| {
            coalition(body)
                .run(&["report", "tactics", "--audience", audience])
                .ok()
                .stdout
        };
        let text = report(&diverse);
        assert!(text.contains("Groups keep their own tactics"), "{text}");
        let text = report(DISAGREEMENT);
        assert!(
            text.contains("The coalition agreed on shared tactics:"),
            "{text}"
        );
        assert!(!text.contains("Groups keep their own tactics"), "{text}");
        let traditional = format!("{}{}", "kind = \"traditional\"\n", DISAGREEMENT);
        let text = report(&traditional);
        assert!(text.contains("a traditional coalition's choice"), "{text}");
    }
    coalition(DISAGREEMENT)
        .run(&["report", "overview"])
        .ok()
        .stdout_has("shared, agreed together");
    let overview = coalition(&diverse).run(&["report", "overview"]).ok().stdout;
    assert!(!overview.contains("shared, agreed together"), "{overview}");
}

#[test]
fn single_tactic_is_for_coalitions_where_each_keeps_its_own_tactics() {
    let three = "[groups.a]\nname = \"A\"\nstatus = \"member\"\n\
                 [groups.b]\nname = \"B\"\nstatus = \"member\"\n\
                 [groups.c]\nname = \"C\"\nstatus = \"member\"\n";
    let codes = |head: &str| {
        let json = json_of(
            &coalition(&format!("{head}{three}")),
            &["check", "--format", "json"],
        );
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "single-tactic")
            .count()
    };
    assert_eq!(codes(""), 1);
    assert_eq!(codes("kind = \"traditional\"\n"), 0);
    assert_eq!(codes("[agreements]\ndiversity_of_tactics = false\n"), 0);
    // The checks a traditional coalition still needs stay.
    let work = coalition(&format!(
        "kind = \"traditional\"\n[agreements]\nno_public_denouncing = false\n{}",
        DISAGREEMENT.replace("[agreements]\ndiversity_of_tactics = false\n", "")
    ));
    assert_eq!(found(&work, "denouncing-risk").len(), 1);
}

#[test]
fn hostile_names_stay_inert_in_every_format() {
    let body = OCCUPATION
        .replace("Teachers' Union", "=HYPERLINK(\\\"x\\\") | *T* \\u001b[31m")
        .replace("Occupy the Site", "<b>Occ</b> | `x`")
        .replace("strike fund surplus", "=cmd|' /C calc'!A0");
    let work = coalition(&body);
    for kind in ["resources", "boundaries"] {
        for format in ["table", "markdown", "json", "csv"] {
            let run = work.run(&["report", kind, "--format", format]).ok();
            assert!(
                !run.stdout.contains('\u{1b}'),
                "{kind} {format}:\n{}",
                run.stdout
            );
            if format == "csv" {
                assert!(!run.stdout.contains(",=cmd"), "{}", run.stdout);
            }
        }
    }
    // Boundaries naming nothing that exists (an error for `coal check`)
    // leave every report standing.
    let work = coalition(
        "[groups.a]\nname = \"A\"\nstatus = \"member\"\nneeds = { money = \"x\" }\n\
         boundaries = [{ group = \"ghost\" }, { tactic = \"phantom\" }]\n\
         [groups.b]\nname = \"B\"\nstatus = \"member\"\noffers = { money = \"y\" }\ntactics = [\"phantom\"]\n",
    );
    work.run(&["check"]).code(1);
    for kind in ["resources", "boundaries", "tactics"] {
        for format in ["table", "markdown", "json", "csv"] {
            work.run(&["report", kind, "--format", format]).ok();
        }
    }
    // The line is the taker's, not the giver's: taking help is its choice.
    assert_eq!(
        resources(&work)["matches"],
        json!([{"type": "money", "from": "b", "to": "a"}])
    );
    // An empty coalition: every format, no panic.
    let work = coalition("");
    for kind in ["resources", "boundaries", "tactics"] {
        for format in ["table", "markdown", "json", "csv"] {
            work.run(&["report", kind, "--format", format]).ok();
        }
    }
}

/// A traditional coalition acts on one set of tactics (`coal check` treats
/// it so): neither its tactics report nor its draft tells groups they keep
/// their own, whatever `diversity_of_tactics` says.
#[test]
fn a_traditional_coalition_is_not_told_groups_keep_their_own_tactics() {
    let work = coalition(
        "kind = \"traditional\"\n\n[groups.a]\nname = \"A\"\nstatus = \"member\"\ntactics = [\"march\"]\n\n\
         [tactics.march]\nname = \"March\"\nintensity = 2\n",
    );
    for audience in ["internal", "public"] {
        let tactics = work
            .run(&["report", "tactics", "--audience", audience])
            .ok()
            .stdout_has("A traditional coalition acts on one set of tactics");
        assert!(
            !tactics.stdout.contains("own tactics"),
            "{}",
            tactics.stdout
        );
        let draft = work
            .run(&["report", "draft", "--audience", audience])
            .ok()
            .stdout_has("We act together as a traditional coalition");
        assert!(!draft.stdout.contains("own tactics"), "{}", draft.stdout);
    }
    work.run(&["report", "overview"])
        .ok()
        .stdout_has("shared, agreed together");
}

/// The boundaries table names the tactic a boundary is against as it names
/// the group: by name, as the "Tactics in tension" list does. JSON keeps ids.
#[test]
fn the_boundaries_table_names_the_tactic() {
    let work = coalition(
        "[groups.a]\nname = \"A\"\nstatus = \"member\"\nparticipation = \"core\"\nboundaries = [{ tactic = \"occ\", level = \"limited\" }]\n\
         [groups.b]\nname = \"B\"\nstatus = \"member\"\nparticipation = \"core\"\ntactics = [\"occ\"]\n\
         [tactics.occ]\nname = \"Site occupation\"\n",
    );
    for format in ["table", "markdown", "csv"] {
        let out = work
            .run(&["report", "boundaries", "--format", format])
            .ok()
            .stdout;
        let table = &out[..out.find("Crossed").unwrap_or(out.len())];
        assert!(table.contains("tactic Site occupation"), "{format}:\n{out}");
        assert!(!table.contains("tactic occ"), "{format}:\n{out}");
    }
    let json = json_of(&work, &["report", "boundaries", "--format", "json"]);
    assert_eq!(json["boundaries"][0]["against_tactic"], "occ");
}
