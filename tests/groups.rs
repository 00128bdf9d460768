//! The group commands, driven from flags as a script would.

mod common;

use common::*;

#[test]
fn add_group_takes_every_flag() {
    let work = Workdir::with(MINIMAL);
    work.run(&["add-group", "Vigil", "--id", "vigil-tactic-holder"])
        .ok();
    work.write(&format!(
        "{}\n[tactics.vigil]\nname = \"Vigil\"\n",
        work.read()
    ));
    work.run(&[
        "add-group",
        "Solidarité migrante",
        "--status",
        "member",
        "--participation",
        "core",
        "--private",
        "--impacted",
        "--power",
        "3",
        "--interest",
        "5",
        "--unpredictability",
        "2",
        "--members",
        "120",
        "--spectrum",
        "passive_ally",
        "--spectrum-target",
        "active_ally",
        "--role",
        "rebel",
        "--role",
        "citizen",
        "--tactic",
        "vigil",
        "--offer",
        "space=church basement",
        "--offer",
        "space=a kitchen",
        "--need",
        "money=bus rental",
        "--joined",
        "2026-09-01",
        "--contact-name",
        "Amina",
        "--contact-email",
        "a@example.org",
        "--contact-phone",
        "555",
        "--intentions",
        "none",
        "--notes",
        "met at the march",
    ])
    .ok()
    .stderr_has("added group `solidarite-migrante` (Solidarité migrante)");
    let text = work.read();
    let expected_block = r#"[groups.solidarite-migrante]
name = "Solidarité migrante"
status = "member"
participation = "core"
public = false
impacted = true
power = 3
interest = 5
unpredictability = 2
members = 120
spectrum = "passive_ally"
spectrum_target = "active_ally"
roles = ["rebel", "citizen"]
tactics = ["vigil"]
offers = { space = ["church basement", "a kitchen"] }
needs = { money = "bus rental" }
joined = 2026-09-01
intentions = "none"
notes = "met at the march"
contact = { name = "Amina", email = "a@example.org", phone = "555" }
"#;
    assert!(text.contains(expected_block), "{text}");
    work.run(&["check"]).ok().stdout_has("no problems found");
}

#[test]
fn bad_values_on_the_command_line_are_refused() {
    let work = Workdir::with(MINIMAL);
    work.refused(&["add-group", "X", "--power", "7"], 2)
        .stderr_has("error: invalid value '7' for '--power <N>': must be 1 to 5, got 7");
    work.refused(&["add-group", "X", "--status", "ally"], 2)
        .stderr_has("prospect, contacted, dialogue, member, declined, left, watch");
    work.refused(&["add-group", ""], 2)
        .stderr_has("must not be empty");
    work.refused(&["add-group", "X", "--id", "Bad Id"], 2)
        .stderr_has("not a valid id")
        .stderr_has("try `bad-id`");
    work.refused(&["add-group", "X", "--offer", "cash=5"], 2)
        .stderr_has("valid resource types: expertise, money");
    work.refused(&["add-group", "X", "--tactic", "vigl"], 2)
        .stderr_has("there is no tactic `vigl`");
}

#[test]
fn a_duplicate_id_is_refused() {
    let work = Workdir::with(MINIMAL);
    work.run(&["add-group", "Tenants"]).ok();
    work.refused(&["add-group", "Other", "--id", "tenants"], 2)
        .stderr_has("there is already a group `tenants`");
    work.refused(&["add-group", "Tenants"], 2)
        .stderr_has("there is already a group `tenants` (Tenants)");
}

/// The hint of a taken `--id` does not send the user to leave it out,
/// which `add-group` refuses for the same name (issue 13, review).
#[test]
fn taken_id_hint_does_not_send_the_user_to_a_refused_command() {
    let work = Workdir::with(&example());
    let run = work
        .refused(&["add-group", "Artivistes", "--id", "artivistes"], 2)
        .stderr_has("hint: to change it, use `coal update-group artivistes`; for another group, choose another `--id`");
    assert!(!run.stderr.contains("leave it out"), "{}", run.stderr);
    work.refused(&["add-group", "Artivistes"], 2);
    work.run(&["add-tactic", "Other", "--id", "march"])
        .code(2)
        .stderr_has("hint: to change it, use `coal update-tactic march`; for another tactic, choose another `--id`");
}

/// Names without a letter or digit all fall back to the id `group`: only
/// the same name is the same group then (issue 13, review).
#[test]
fn two_different_names_without_letters_are_not_the_same_group() {
    let work = Workdir::with(MINIMAL);
    work.run(&["add-group", "!!!"]).ok();
    work.run(&["add-group", "???"]).ok();
    let text = work.read();
    assert!(text.contains("[groups.group]\nname = \"!!!\""), "{text}");
    assert!(text.contains("[groups.group-2]\nname = \"???\""), "{text}");
    work.refused(&["add-group", "!!!"], 2)
        .stderr_has("there is already a group `group` (!!!)");
}

#[test]
fn a_missing_name_under_no_input_names_what_to_give() {
    let work = Workdir::with(MINIMAL);
    work.refused(&["add-group", "--no-input"], 2)
        .stderr_has("missing NAME");
}

#[test]
fn update_group_changes_only_the_given_fields() {
    let work = Workdir::with(&example());
    work.run(&[
        "update-group",
        "food-coop",
        "--status",
        "member",
        "--not-impacted",
        "--offer",
        "money=50 $",
    ])
    .ok();
    let text = work.read();
    assert!(text.contains(
        "[groups.food-coop]\nname = \"Coop alimentaire La Grange\"\nstatus = \"member\"\nimpacted = false\npower = 1\ninterest = 3\noffers = { material = \"food for the assembly\", money = \"50 $\" }\ncontacted = 2026-11-14\n"
    ), "{text}");
    work.refused(&["update-group", "food-coop"], 2)
        .stderr_has("nothing to change");
}

#[test]
fn an_unknown_id_suggests_the_nearest() {
    let work = Workdir::with(&example());
    work.refused(&["update-group", "food-co", "--power", "2"], 2)
        .stderr_has("there is no group `food-co`")
        .stderr_has("did you mean `food-coop`?");
    work.refused(&["remove-group", "nobody-at-all"], 2)
        .stderr_has("`coal list groups` shows them all");
}

#[test]
fn remove_group_lists_every_reference_then_force_removes_them() {
    let work = Workdir::with(&example());
    let run = work.refused(&["remove-group", "sol-migrant"], 2);
    for place in [
        "steps.draft.co_authors",
        "spaces.coord-signal.groups",
        "spaces.legal-circle.groups",
        "committees.steering.groups",
        "decisions[0].affects",
        "decisions[0].consulted",
        "feedback[0].group (the whole entry feedback[0])",
    ] {
        assert!(
            run.stderr.contains(place),
            "missing {place}:\n{}",
            run.stderr
        );
    }
    assert!(
        run.stderr.contains("referred to in 7 places"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--force"));

    let run = work.run(&["remove-group", "sol-migrant", "--force"]).ok();
    assert!(run.stderr.contains("removed group `sol-migrant`"));
    assert!(
        run.stderr
            .contains("and its reference in feedback[0].group"),
        "{}",
        run.stderr
    );
    let text = work.read();
    assert!(!text.contains("sol-migrant"), "{text}");
    assert!(
        text.contains("co_authors = [\"tenants-union\", \"amis-terre\"]"),
        "{text}"
    );
    assert!(
        !text.contains("Meetings in English only"),
        "its feedback went with it"
    );
    work.run(&["check"]).ok();
}

#[test]
fn a_group_nothing_refers_to_is_removed_with_its_comments() {
    let work = Workdir::with(&example());
    work.run(&["remove-group", "city-council-ngo"]).ok();
    let text = work.read();
    assert!(!text.contains("city-council-ngo"));
    assert!(!text.contains("Montréal Sustainability Council"));
    assert_eq!(text, example().replace(
        "[groups.city-council-ngo]\nname = \"Montréal Sustainability Council\"\nstatus = \"declined\"\npower = 4\ninterest = 2\nspectrum = \"neutral\"\nnotes = \"Declined: cannot join anything that includes civil disobedience.\"\n\n",
        "",
    ));
}

#[test]
fn rename_group_updates_every_reference() {
    let work = Workdir::with(&example());
    work.run(&["rename-group", "sol-migrant", "solidarite-migrante"])
        .ok()
        .stderr_has("renamed group `sol-migrant` to `solidarite-migrante` (7 references updated)");
    let text = work.read();
    assert!(!text.contains("\"sol-migrant\""), "{text}");
    assert!(text.contains("[groups.solidarite-migrante]\nname = \"Solidarité migrante\""));
    assert!(
        text.contains("co_authors = [\"solidarite-migrante\", \"tenants-union\", \"amis-terre\"]")
    );
    assert_eq!(text.matches("solidarite-migrante").count(), 8);
    work.run(&["check"]).ok().stdout_has("no problems found");

    work.refused(&["rename-group", "tenants-union", "amis-terre"], 2)
        .stderr_has("there is already a group `amis-terre`");
    work.refused(&["rename-group", "tenants-union", "Tenants"], 2)
        .stderr_has("not a valid id");
}

#[test]
fn rename_a_tactic_follows_into_groups_and_boundaries() {
    let work = Workdir::with(&example());
    work.run(&["rename-tactic", "blockade", "blocage"])
        .ok()
        .stderr_has("2 references updated");
    let text = work.read();
    assert!(text.contains("boundaries = [{ tactic = \"blocage\", level = \"limited\""));
    assert!(text.contains("tactics = [\"march\", \"civil-disobedience\", \"blocage\"]"));
    work.run(&["check"]).ok();
}

#[test]
fn list_groups_as_table_and_json() {
    let work = Workdir::with(&example());
    let run = work.run(&["list", "groups"]).ok();
    assert!(run.stdout.contains("Solidarité migrante"));
    assert!(run.stdout.contains("sol-migrant"));
    let run = work.run(&["list", "groups", "--format", "json"]).ok();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["coalition"], "Coalition Climat-Justice Montréal");
    let groups = json["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 13);
    let ids: Vec<&str> = groups.iter().map(|g| g["id"].as_str().unwrap()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    let sol = groups.iter().find(|g| g["id"] == "sol-migrant").unwrap();
    for field in [
        "name",
        "status",
        "participation",
        "public",
        "impacted",
        "power",
        "interest",
        "unpredictability",
        "members",
        "spectrum",
        "spectrum_target",
        "roles",
        "tactics",
        "offers",
        "needs",
    ] {
        assert!(sol.get(field).is_some(), "no {field}");
    }
    assert_eq!(sol["spectrum_target"], serde_json::Value::Null);
    assert_eq!(sol["offers"]["mobilization"], "phone tree of 300 people");
    assert_eq!(sol["roles"], serde_json::json!(["rebel", "citizen"]));
}

#[test]
fn show_group_gives_every_field_and_what_refers_to_it() {
    let work = Workdir::with(&example());
    let run = work.run(&["show", "group", "faith-network"]).ok();
    for line in [
        "name                  Interfaith Climate Network",
        "offers.space          church basement for 80 people",
        "boundaries[0].tactic  blockade",
        "referred to by:",
        "  steps.assembly.invited",
        "  committees.assembly-prep.groups",
        "  decisions[1].affects",
    ] {
        assert!(
            run.stdout.contains(line),
            "missing {line:?}:\n{}",
            run.stdout
        );
    }
    let run = work
        .run(&["show", "group", "greenfuture", "--format", "json"])
        .ok();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        json["referred_to_by"],
        serde_json::json!(["groups.sol-migrant.boundaries[0].group"])
    );
    work.run(&["show", "group", "nobody"])
        .code(2)
        .stderr_has("there is no group `nobody`");
}

#[test]
fn a_contact_or_resources_that_are_not_tables_are_refused() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\ncontact = \"call Ana\"\noffers = \"money\"\n"
    ));
    work.refused(
        &["update-group", "a", "--contact-email", "a@example.org"],
        2,
    )
    .stderr_has("`contact` in the file is not a table");
    work.refused(&["update-group", "a", "--offer", "money=some"], 2)
        .stderr_has("`offers` in the file is not a table");
}

#[test]
fn adding_a_group_whose_id_is_taken_is_refused_naming_it() {
    let work = Workdir::with(MINIMAL);
    work.run(&["add-group", "Solidarité migrante"]).ok();
    work.refused(&["add-group", "Solidarite Migrante"], 2)
        .stderr_has("there is already a group `solidarite-migrante` (Solidarité migrante)")
        .stderr_has("hint: to change it, use `coal update-group solidarite-migrante`; for another group of that name, give it its own id with `--id ID`");
    work.run(&["add-group", "Solidarite Migrante", "--id", "solidarite-2"])
        .ok();
}

/// A member count is written as given or refused: TOML holds integers up
/// to 2^63 - 1, and a larger count is told it is too large, not that it is
/// not a whole number.
#[test]
fn a_member_count_the_file_cannot_hold_is_refused_as_too_large() {
    let work = Workdir::with(MINIMAL);
    for members in ["9223372036854775808", "99999999999999999999"] {
        let run = work.refused(&["add-group", "Big", "--members", members], 2);
        assert!(run.stderr.contains("is too large"), "{}", run.stderr);
        assert!(!run.stderr.contains("not a whole"), "{}", run.stderr);
        assert_eq!(work.read(), MINIMAL);
    }
    work.run(&["add-group", "Big", "--members", "9223372036854775807"])
        .ok();
    assert!(work.read().contains("members = 9223372036854775807"));
}
