//! A group's own fields over its life: several offers or needs of one type,
//! taking them back, the dates it joined and left, and participation shown
//! for members only.

mod common;

use common::*;
use serde_json::{Value, json};

fn group(fields: &str) -> String {
    format!("{MINIMAL}\n[groups.coop]\nname = \"Coop\"\n{fields}")
}

fn json_of(run: &Run) -> Value {
    serde_json::from_str(&run.stdout).unwrap()
}

/// The file is what `coal fmt` writes and `coal check` finds no error in.
fn assert_clean(work: &Workdir) {
    work.run(&["fmt", "--check"]).ok();
    work.run(&["check"]).ok();
}

#[test]
fn a_type_holds_several_details_a_text_until_the_second() {
    let work = Workdir::with(MINIMAL);
    work.run(&[
        "add-group",
        "Coop",
        "--offer",
        "money=bus",
        "--offer",
        "money=food",
        "--offer",
        "money=bus",
        "--need",
        "space=hall",
    ])
    .ok();
    assert_eq!(
        work.read(),
        group("offers = { money = [\"bus\", \"food\"] }\nneeds = { space = \"hall\" }\n")
    );
    work.run(&[
        "update-group",
        "coop",
        "--need",
        "space=kitchen",
        "--need",
        "data=maps",
    ])
    .ok();
    assert!(
        work.read()
            .contains("needs = { space = [\"hall\", \"kitchen\"], data = \"maps\" }\n"),
        "{}",
        work.read()
    );
    assert_clean(&work);
}

#[test]
fn a_detail_already_there_changes_nothing() {
    let work = Workdir::with(&group(
        "offers = { money = [\"bus\", \"food\"], space = \"hall\" }\n",
    ));
    let before = work.read();
    work.run(&[
        "update-group",
        "coop",
        "--offer",
        "money=food",
        "--offer",
        "space=hall",
    ])
    .ok()
    .stderr_has("nothing to change");
    assert_eq!(work.read(), before);
}

#[test]
fn a_type_or_one_detail_is_removed_and_nothing_is_left_empty() {
    let work = Workdir::with(&group(
        "offers = { money = [\"bus\", \"food\"], space = \"hall\" }\nneeds = { data = \"maps\" }\n",
    ));
    work.run(&["update-group", "coop", "--remove-offer", "money=bus"])
        .ok();
    assert!(
        work.read()
            .contains("offers = { money = \"food\", space = \"hall\" }\n"),
        "one detail left is a text again: {}",
        work.read()
    );
    work.run(&[
        "update-group",
        "coop",
        "--remove-offer",
        "space",
        "--remove-offer",
        "money=food",
        "--remove-need",
        "data",
    ])
    .ok();
    assert_eq!(work.read(), group(""), "an empty table goes too");
    assert_clean(&work);
}

#[test]
fn removing_then_adding_a_type_replaces_it() {
    let work = Workdir::with(&group("offers = { money = [\"bus\", \"food\"] }\n"));
    work.run(&[
        "update-group",
        "coop",
        "--remove-offer",
        "money",
        "--offer",
        "money=rent",
    ])
    .ok();
    assert_eq!(work.read(), group("offers = { money = \"rent\" }\n"));
}

#[test]
fn removing_what_is_not_there_is_refused_naming_what_is() {
    let work = Workdir::with(&group("offers = { money = [\"bus\", \"food\"] }\n"));
    work.refused(&["update-group", "coop", "--remove-offer", "money=hall"], 2)
        .stderr_has("error: group `coop` offers no `money` detail \"hall\"")
        .stderr_has("its `money`: bus; food");
    work.refused(&["update-group", "coop", "--remove-offer", "space"], 2)
        .stderr_has("group `coop` offers no `space`");
    work.refused(&["update-group", "coop", "--remove-need", "space"], 2)
        .stderr_has("group `coop` needs nothing to remove");
    work.refused(&["update-group", "coop", "--remove-offer", "cash"], 2)
        .stderr_has("valid resource types");
    // A later flag refused leaves the earlier ones unwritten.
    work.refused(
        &[
            "update-group",
            "coop",
            "--remove-offer",
            "money=bus",
            "--remove-offer",
            "data",
        ],
        2,
    );
}

#[test]
fn an_empty_detail_is_refused() {
    let work = Workdir::with(&group(""));
    for flag in ["--offer", "--need"] {
        work.refused(&["update-group", "coop", flag, "expertise="], 2)
            .stderr_has("the detail after `expertise=` must not be empty");
        work.refused(&["update-group", "coop", flag, "money=\u{200b} "], 2)
            .stderr_has("it holds only invisible characters");
    }
    work.refused(&["add-group", "X", "--offer", "money="], 2);
    work.refused(&["update-group", "coop", "--remove-offer", "money="], 2);
}

#[test]
fn the_file_may_hold_a_text_or_a_list_of_texts() {
    let work = Workdir::with(&group(
        "offers = { money = [\"bus\", \"\"], space = [], data = 3, material = [\"tools\", 4], visibility = [\"a\", \"b\"] }\n",
    ));
    let run = work.run(&["check", "--format", "json"]).code(1);
    let findings: Vec<(String, String)> = json_of(&run)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        findings,
        [
            (
                "groups.coop.offers.data".to_string(),
                "`data` must be text in quotes, or a list of texts like [\"a\", \"b\"], got 3"
                    .to_string()
            ),
            (
                "groups.coop.offers.material[1]".to_string(),
                "`material` must be text in quotes, got 4".to_string()
            ),
            (
                "groups.coop.offers.money[1]".to_string(),
                "a detail of `money` must not be empty".to_string()
            ),
            (
                "groups.coop.offers.space".to_string(),
                "`space` lists no detail: write at least one, or remove the key".to_string()
            ),
        ]
    );
    let run = work
        .run(&["show", "group", "coop", "--format", "json"])
        .ok();
    assert_eq!(
        json_of(&run)["offers"],
        json!({ "money": "bus", "material": "tools", "visibility": ["a", "b"] }),
        "bad details are left out, a list of one reads as its text"
    );
}

/// `--offer expertise=` once stored `""`: such a file is found out, like
/// an empty detail in a list (issue 13, review).
#[test]
fn an_empty_detail_written_as_text_is_an_error() {
    let work = Workdir::with(&group("offers = { expertise = \"\", money = \"bus\" }\n"));
    let run = work.run(&["check", "--format", "json"]).code(1);
    let findings = json_of(&run)["findings"].clone();
    assert_eq!(
        findings,
        json!([{
            "severity": "error",
            "code": "invalid-value",
            "path": "groups.coop.offers.expertise",
            "line": 9,
            "column": 12,
            "message": "the detail of `expertise` must not be empty",
        }]),
        "{findings}"
    );
    let run = work
        .run(&["show", "group", "coop", "--format", "json"])
        .ok();
    assert_eq!(json_of(&run)["offers"], json!({ "money": "bus" }));
    // Removing it by command makes the file clean again.
    work.run(&["update-group", "coop", "--remove-offer", "expertise"])
        .ok();
    assert_clean(&work);
}

#[test]
fn the_json_schema_takes_a_text_or_a_list_of_texts() {
    let work = Workdir::new();
    let schema = json_of(&work.run(&["schema"]).ok());
    let offers = &schema["properties"]["groups"]["additionalProperties"]["properties"]["offers"];
    assert_eq!(
        offers["additionalProperties"],
        json!({ "oneOf": [
            { "type": "string", "pattern": "\\S" },
            { "type": "array", "items": { "type": "string", "pattern": "\\S" }, "minItems": 1 },
        ] }),
        "{offers}"
    );
    let group = &schema["properties"]["groups"]["additionalProperties"]["properties"];
    assert_eq!(group["left"], json!({ "type": "string", "format": "date" }));
}

const RESOURCES: &str = r#"
[groups.a]
name = "A"
status = "member"
offers = { money = ["bus", "food"] }
needs = { space = ["hall", "kitchen"] }

[groups.b]
name = "B"
status = "member"
offers = { space = "basement" }
needs = { money = "rent" }
"#;

#[test]
fn reports_show_every_detail_and_match_by_type() {
    let work = Workdir::with(&format!("{MINIMAL}{RESOURCES}"));
    let resources = json_of(&work.run(&["report", "resources", "--format", "json"]).ok());
    assert_eq!(
        resources["offers"],
        json!({ "money": ["a"], "space": ["b"] })
    );
    assert_eq!(
        resources["needs"],
        json!({ "money": ["b"], "space": ["a"] })
    );
    assert_eq!(
        resources["matches"],
        json!([
            { "type": "space", "from": "b", "to": "a" },
            { "type": "money", "from": "a", "to": "b" },
        ])
    );
    assert_eq!(
        resources["concentration"],
        json!({ "top_group": "a", "share": 0.5 }),
        "a type counts once, however many details it holds"
    );
    let csv = work
        .run(&["report", "resources", "--format", "csv"])
        .ok()
        .stdout;
    assert_eq!(
        csv.replace("\r\n", "\n"),
        "kind,group,type,detail,to\n\
         offer,a,money,bus,\noffer,a,money,food,\nneed,a,space,hall,\nneed,a,space,kitchen,\n\
         offer,b,space,basement,\nneed,b,money,rent,\n\
         match,b,space,basement,a\nmatch,a,money,bus; food,b\n",
        "one row per detail, one per match"
    );
    work.run(&["report", "resources", "--format", "markdown"])
        .ok()
        .stdout_has("| space | B | A | basement | hall; kitchen |")
        .stdout_has("| money | A | B | bus; food | rent |");
    let groups = json_of(&work.run(&["report", "groups", "--format", "json"]).ok());
    assert_eq!(
        groups["groups"][0]["offers"],
        json!({ "money": ["bus", "food"] })
    );
    assert_eq!(
        groups["groups"][1]["offers"],
        json!({ "space": "basement" })
    );
    work.run(&["show", "group", "a"])
        .ok()
        .stdout_has("offers.money   bus, food\n");
}

#[test]
fn diff_shows_a_text_becoming_a_list() {
    let work = Workdir::with(&group("offers = { money = \"bus\" }\n"));
    std::fs::write(work.dir.path().join("old.toml"), work.read()).unwrap();
    work.run(&["update-group", "coop", "--offer", "money=food"])
        .ok();
    let diff = json_of(&work.run(&["diff", "old.toml", "--format", "json"]).ok());
    assert_eq!(
        diff["changed"],
        json!([{ "path": "groups.coop.offers.money", "old": "bus", "new": ["bus", "food"] }])
    );
}

#[test]
fn dry_run_shows_the_new_detail_and_writes_nothing() {
    let work = Workdir::with(&group("offers = { money = \"bus\" }\n"));
    let before = work.read();
    work.run(&["--dry-run", "update-group", "coop", "--offer", "money=food"])
        .ok()
        .stdout_has("-offers = { money = \"bus\" }\n+offers = { money = [\"bus\", \"food\"] }");
    assert_eq!(work.read(), before);
}

#[test]
fn becoming_a_member_sets_joined_and_a_member_keeps_it() {
    let work = Workdir::with(&group("status = \"dialogue\"\n"));
    work.run(&["update-group", "coop", "--status", "member"])
        .ok();
    assert_eq!(
        work.read(),
        group("status = \"member\"\njoined = 2026-11-25\n")
    );
    // Without a date, a group that joined today is not "unheard of".
    work.run(&["check", "--deny-warnings"]).ok();
    let mut later = work.command();
    later.env("COAL_TODAY", "2026-12-20");
    let run = Run::from(
        later
            .args(["update-group", "coop", "--status", "member"])
            .output()
            .unwrap(),
    );
    run.ok();
    assert_eq!(
        work.read(),
        group("status = \"member\"\njoined = 2026-11-25\n")
    );
    assert_clean(&work);
}

#[test]
fn a_join_may_be_backfilled_never_set_in_the_future() {
    let work = Workdir::with(MINIMAL);
    work.run(&[
        "add-group",
        "Coop",
        "--status",
        "member",
        "--joined",
        "2025-03-01",
    ])
    .ok();
    assert_eq!(
        work.read(),
        group("status = \"member\"\njoined = 2025-03-01\n")
    );
    work.run(&["update-group", "coop", "--joined", "2025-04-01"])
        .ok();
    assert_eq!(
        work.read(),
        group("status = \"member\"\njoined = 2025-04-01\n")
    );
    work.refused(&["update-group", "coop", "--joined", "2026-11-26"], 2)
        .stderr_has("error: `--joined 2026-11-26` is after today (2026-11-25)");
    work.refused(&["update-group", "coop", "--joined", "2026-13-01"], 2)
        .stderr_has("must be a date written like 2026-11-25");
    work.refused(&["add-group", "Other", "--joined", "2025-01-01"], 2)
        .stderr_has("`--joined` is for a member or a group that has left, and its status is prospect: add `--status member`");
}

/// A group that leaves keeps its seats until someone frees them; the
/// command says where it still sits and how to free each seat (issue 13,
/// review).
#[test]
fn a_group_that_leaves_is_told_about_its_seats() {
    let work = Workdir::with(&example());
    let before = work.read();
    work.run(&[
        "--dry-run",
        "update-group",
        "sol-migrant",
        "--status",
        "left",
    ])
    .ok()
    .stderr_has("note: `sol-migrant` has left but still sits in committee `steering`");
    assert_eq!(work.read(), before);
    let run = work
        .run(&["update-group", "sol-migrant", "--status", "left"])
        .ok()
        .stderr_has("  coal update-committee steering --remove-group sol-migrant\n");
    for line in run
        .stderr
        .lines()
        .filter(|line| line.starts_with("  coal "))
    {
        let args: Vec<&str> = line.split_whitespace().skip(1).collect();
        work.run(&args).ok();
    }
    // Every seat freed: leaving again after coming back says nothing more.
    work.run(&["update-group", "sol-migrant", "--status", "member"])
        .ok();
    let run = work
        .run(&["update-group", "sol-migrant", "--status", "left"])
        .ok();
    assert!(!run.stderr.contains("note:"), "{}", run.stderr);
}

#[test]
fn leaving_sets_left_and_coming_back_starts_a_new_membership() {
    let work = Workdir::with(&group("status = \"member\"\njoined = 2025-03-01\n"));
    work.refused(&["update-group", "coop", "--left", "2026-01-01"], 2)
        .stderr_has(
            "`--left` is for a group that has left, and its status is member: add `--status left`",
        );
    work.run(&["update-group", "coop", "--status", "left"]).ok();
    assert_eq!(
        work.read(),
        group("status = \"left\"\njoined = 2025-03-01\nleft = 2026-11-25\n")
    );
    work.run(&["update-group", "coop", "--left", "2026-10-31"])
        .ok();
    assert!(work.read().contains("left = 2026-10-31\n"));
    work.refused(&["update-group", "coop", "--left", "2025-01-01"], 2)
        .stderr_has("the group would have left (2025-01-01) before it joined (2025-03-01)");
    assert_clean(&work);
    work.run(&["update-group", "coop", "--status", "member"])
        .ok();
    assert_eq!(
        work.read(),
        group("status = \"member\"\njoined = 2026-11-25\n")
    );
}

#[test]
fn a_group_that_joins_at_the_presentation_gets_joined_once() {
    let work = Workdir::with(&group("status = \"dialogue\"\n"));
    work.run(&["step", "presentation", "--joined", "coop"]).ok();
    assert!(
        work.read()
            .contains("[groups.coop]\nname = \"Coop\"\nstatus = \"member\"\njoined = 2026-11-25\n"),
        "{}",
        work.read()
    );
    let work = Workdir::with(&group(
        "status = \"left\"\njoined = 2025-03-01\nleft = 2025-09-01\n",
    ));
    work.run(&["step", "presentation", "--joined", "coop"]).ok();
    assert!(
        work.read().ends_with(
            "[groups.coop]\nname = \"Coop\"\nstatus = \"member\"\njoined = 2026-11-25\n"
        ),
        "coming back: a new join, no departure: {}",
        work.read()
    );
    assert_clean(&work);
}

const STATUSES: &str = r#"
[groups.a-member]
name = "M"
status = "member"
participation = "core"

[groups.b-prospect]
name = "P"
participation = "core"

[groups.c-declined]
name = "D"
status = "declined"

[groups.d-left]
name = "L"
status = "left"
participation = "supporter"

[groups.e-watch]
name = "W"
status = "watch"
"#;

/// Each group's `participation` in a JSON list of groups.
fn levels(json: &Value) -> Vec<Value> {
    json["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["participation"].clone())
        .collect()
}

#[test]
fn participation_is_shown_and_counted_for_members_only() {
    let work = Workdir::with(&format!("{MINIMAL}{STATUSES}"));
    let list = work.run(&["list", "groups"]).ok().stdout;
    let participation: Vec<bool> = list
        .lines()
        .filter(|line| line.starts_with('│'))
        .skip(1)
        .map(|line| {
            ["core", "active", "supporter", "observer"]
                .iter()
                .any(|w| line.contains(w))
        })
        .collect();
    assert_eq!(participation, [true, false, false, false, false], "{list}");
    let listed = json_of(&work.run(&["list", "groups", "--format", "json"]).ok());
    let member_only = [
        json!("core"),
        Value::Null,
        Value::Null,
        Value::Null,
        Value::Null,
    ];
    assert_eq!(levels(&listed), member_only);
    work.run(&["show", "group", "a-member"])
        .ok()
        .stdout_has("participation  core");
    let shown = work.run(&["show", "group", "d-left"]).ok().stdout;
    assert!(!shown.contains("participation"), "{shown}");
    let shown = json_of(
        &work
            .run(&["show", "group", "b-prospect", "--format", "json"])
            .ok(),
    );
    assert_eq!(shown["participation"], Value::Null);

    let report = json_of(&work.run(&["report", "groups", "--format", "json"]).ok());
    assert_eq!(levels(&report), member_only);
    for format in ["table", "markdown", "csv"] {
        let text = work
            .run(&["report", "groups", "--format", format])
            .ok()
            .stdout;
        assert!(
            !text.contains("supporter") && !text.contains("active"),
            "{format}:\n{text}"
        );
        assert_eq!(text.matches("core").count(), 1, "{format}:\n{text}");
    }
    let overview = json_of(&work.run(&["report", "overview", "--format", "json"]).ok());
    assert_eq!(
        overview["members_by_participation"],
        json!({ "core": 1, "active": 0, "supporter": 0, "observer": 0 })
    );
}

#[test]
fn diff_says_which_groups_left() {
    let work = Workdir::with(&group("status = \"member\"\njoined = 2025-03-01\n"));
    std::fs::write(work.dir.path().join("old.toml"), work.read()).unwrap();
    work.run(&["update-group", "coop", "--status", "left"]).ok();
    work.run(&["diff", "old.toml"])
        .ok()
        .stdout_has("1 group left (Coop)");
}
