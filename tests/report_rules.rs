//! SPEC §6 arithmetic on a small hand-built coalition: power quadrants,
//! resource matches, and the concentration share.

use std::path::Path;

use coal::check::rules::concentration;
use coal::model::{Coalition, ResourceType};
use coal::report::build::{Match, matches, quadrants};

fn coalition(groups: &str) -> Coalition {
    let text = format!("schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n{groups}");
    coal::store::load::parse(Path::new("c"), &text)
        .unwrap()
        .coalition
}

#[test]
fn quadrants_split_at_three_leave_out_declined_and_left_and_set_opponents_apart() {
    let c = coalition(
        r#"
[groups.both-high]
name = "A"
power = 3
interest = 3
[groups.power-only]
name = "B"
power = 5
interest = 2
[groups.interest-only]
name = "C"
power = 2
interest = 3
[groups.neither]
name = "D"
power = 2
interest = 2
[groups.no-interest]
name = "E"
power = 5
[groups.declined]
name = "F"
power = 5
interest = 5
status = "declined"
[groups.left]
name = "G"
power = 1
interest = 1
status = "left"
[groups.watched]
name = "H"
power = 4
interest = 4
status = "watch"
"#,
    );
    let q = quadrants(&c);
    assert_eq!(q.manage_closely, ["both-high"]);
    assert_eq!(q.opponents, ["watched"]);
    assert_eq!(q.keep_satisfied, ["power-only"]);
    assert_eq!(q.keep_informed, ["interest-only"]);
    assert_eq!(q.monitor, ["neither"]);
    assert_eq!(q.unrated, ["no-interest"]);
}

fn m(kind: ResourceType, from: &str, to: &str) -> Match {
    Match {
        kind,
        from: from.into(),
        to: to.into(),
    }
}

#[test]
fn matches_spread_giving_and_stop_at_three() {
    use ResourceType::*;
    let c = coalition(
        r#"
[groups.a]
name = "A"
status = "member"
offers = { money = "x", space = "x" }
needs = { money = "x" }
[groups.b]
name = "B"
status = "member"
offers = { money = "x" }
needs = { space = "x", expertise = "x" }
[groups.c]
name = "C"
status = "member"
offers = { money = "x" }
needs = { money = "x" }
[groups.d]
name = "D"
status = "member"
offers = { money = "x" }
needs = { money = "x" }
[groups.e]
name = "E"
status = "member"
offers = { money = "x" }
[groups.prospect]
name = "P"
offers = { expertise = "x" }
needs = { money = "x" }
"#,
    );
    assert_eq!(
        matches(&c),
        vec![
            // a needs money: b, c, d offer it (no one has given yet: by id); e waits.
            m(Money, "b", "a"),
            m(Money, "c", "a"),
            m(Money, "d", "a"),
            // b needs space: only a offers it. Nobody offers expertise among members.
            m(Space, "a", "b"),
            // c needs money: e has given least (0), then a (1 space), then b, d.
            m(Money, "e", "c"),
            m(Money, "a", "c"),
            m(Money, "b", "c"),
            // d needs money: c and e have given once, a and b twice: c, e, then a by id.
            m(Money, "c", "d"),
            m(Money, "e", "d"),
            m(Money, "a", "d"),
        ]
    );
}

#[test]
fn concentration_is_the_top_members_share_of_members_offers() {
    let c = coalition(
        r#"
[groups.rich]
name = "Rich"
status = "member"
offers = { money = "x", space = "x" }
[groups.other]
name = "Other"
status = "member"
offers = { data = "x", expertise = "x", material = "x" }
[groups.outsider]
name = "Outsider"
offers = { money = "x", space = "x", data = "x", visibility = "x" }
"#,
    );
    let (top, count, total) = concentration(&c);
    assert_eq!(
        (top.map(String::as_str), count, total),
        (Some("other"), 3, 5)
    );
}

#[test]
fn report_json_follows_the_same_numbers() {
    let dir = tempfile::TempDir::new().unwrap();
    let path = dir.path().join("coalition.toml");
    std::fs::write(
        &path,
        "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n\
         [groups.a]\nname = \"A\"\nstatus = \"member\"\noffers = { money = \"x\", space = \"x\", data = \"x\" }\n\
         [groups.b]\nname = \"B\"\nstatus = \"member\"\noffers = { money = \"y\", material = \"y\" }\nneeds = { space = \"y\" }\n",
    )
    .unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_coal"))
        .args([
            "--file",
            path.to_str().unwrap(),
            "report",
            "resources",
            "--format",
            "json",
        ])
        .env("COAL_TODAY", "2026-11-25")
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        json["concentration"],
        serde_json::json!({"top_group": "a", "share": 0.6})
    );
    assert_eq!(
        json["matches"],
        serde_json::json!([{"type": "space", "from": "a", "to": "b"}])
    );
    // Both offer something, and b (fewest) is half of the members, not a few.
    assert_eq!(json["fewest_resources"], serde_json::json!([]));
}
