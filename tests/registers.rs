//! Every register and log from the command line (tactics, spaces,
//! committees, people, boundaries, decisions, feedback).

mod common;

use std::path::Path;

use coal::model::Coalition;
use common::*;

fn data(text: &str) -> Coalition {
    coal::store::load::parse(Path::new("coalition.toml"), text)
        .unwrap()
        .coalition
}

#[test]
fn a_coalition_built_only_with_commands_equals_the_example() {
    let work = Workdir::new();
    let steps: &[&[&str]] = &[
        &[
            "init",
            "--name",
            "Front commun pour le logement",
            "--unity",
            "Un toit digne pour tout le monde, locataires, sans-papiers et sans-abri.",
        ],
        &["step", "contact", "--start"],
        &[
            "add-tactic",
            "Occupation of empty buildings",
            "--id",
            "occupation",
            "--intensity",
            "4",
        ],
        &[
            "add-tactic",
            "Petition",
            "--intensity",
            "1",
            "--description",
            "Door to door, in French, English, Spanish and Tagalog.",
        ],
        &[
            "add-group",
            "Comité logement Rosemont",
            "--id",
            "comite-logement",
            "--status",
            "member",
            "--participation",
            "core",
            "--public",
            "--impacted",
            "--power",
            "3",
            "--interest",
            "5",
            "--role",
            "citizen",
            "--role",
            "reformer",
            "--tactic",
            "occupation",
            "--tactic",
            "petition",
            "--offer",
            "expertise=housing law workshops",
            "--need",
            "money=legal fees",
            "--joined",
            "2026-11-10",
            "--contact-name",
            "Lou",
            "--contact-email",
            "lou@example.org",
        ],
        &[
            "add-group",
            "Shelter Workers' Union",
            "--id",
            "shelter-workers",
            "--status",
            "member",
            "--participation",
            "supporter",
            "--private",
            "--power",
            "4",
            "--interest",
            "3",
            "--members",
            "900",
            "--role",
            "reformer",
            "--role",
            "change_agent",
            "--tactic",
            "petition",
            "--offer",
            "money=printing budget",
            "--offer",
            "space=union hall",
            "--offer",
            "money=bus tickets",
        ],
        &[
            "add-boundary",
            "shelter-workers",
            "--against-tactic",
            "occupation",
            "--level",
            "limited",
            "--reason",
            "Cannot be seen at occupations; will not condemn them.",
        ],
        &[
            "add-group",
            "Collectif sans-papiers",
            "--id",
            "sans-papiers",
            "--status",
            "dialogue",
            "--impacted",
            "--power",
            "2",
            "--interest",
            "5",
            "--unpredictability",
            "3",
            "--role",
            "rebel",
            "--tactic",
            "occupation",
            "--notes",
            "Prefer to meet in person, never on social media.",
        ],
        &[
            "add-group",
            "Landlords Association",
            "--id",
            "landlords-assoc",
            "--status",
            "watch",
            "--power",
            "5",
            "--interest",
            "4",
            "--spectrum",
            "active_opposition",
            "--intentions",
            "Campaigning to end rent control.",
        ],
        &[
            "add-space",
            "Weekly call",
            "--medium",
            "phone bridge",
            "--group",
            "comite-logement",
            "--group",
            "shelter-workers",
            "--group",
            "sans-papiers",
            "--purpose",
            "Share what each group is doing this week.",
        ],
        &[
            "add-committee",
            "Steering group",
            "--id",
            "steering",
            "--steering",
            "--mandate",
            "Prepare the first assembly.",
            "--group",
            "comite-logement",
            "--group",
            "shelter-workers",
        ],
        &[
            "add-person",
            "Lou",
            "--group",
            "comite-logement",
            "--group",
            "shelter-workers",
            "--contact-email",
            "lou@example.org",
        ],
        &[
            "log-decision",
            "Meet every week by phone until the assembly",
            "--date",
            "2026-11-20",
            "--by",
            "steering",
            "--rule",
            "consent",
            "--affects",
            "comite-logement",
            "--affects",
            "shelter-workers",
            "--affects",
            "sans-papiers",
            "--consulted",
            "comite-logement",
            "--consulted",
            "shelter-workers",
            "--consulted",
            "sans-papiers",
            "--review-on",
            "2027-01-15",
        ],
        &[
            "log-feedback",
            "shelter-workers",
            "The phone bridge works well for night-shift workers.",
            "--date",
            "2026-11-22",
            "--by",
            "lou",
        ],
        &[
            "log-feedback",
            "comite-logement",
            "We need the petition in more languages.",
        ],
    ];
    for args in steps {
        work.run(args).ok();
    }
    let example = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/housing.toml"),
    )
    .unwrap();
    assert_eq!(data(&work.read()), data(&example));
    work.run(&["check"]).ok().stdout_has("0 errors, 0 warnings");
}

/// README: "`examples/housing.toml`, a small one at its very start". Its
/// groups joined while step 1 (first contact) was under way, as the
/// training teaches: no member before the first step has begun.
#[test]
fn the_example_at_its_very_start_has_no_members_before_the_steps() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/housing.toml"),
    )
    .unwrap();
    let work = Workdir::with(&text);
    let steps = work.run(&["steps"]).ok().stdout;
    assert!(steps.contains("doing since 2026-11-25"), "{steps}");
    assert!(steps.contains("2 members"), "{steps}");
    assert!(steps.contains("Next: coal step contact --done"), "{steps}");
    work.run(&["fmt", "--check"]).ok();
}

#[test]
fn add_commands_write_their_blocks() {
    let work = Workdir::with(MINIMAL);
    work.run(&["add-group", "Tenants"]).ok();
    work.run(&[
        "add-tactic",
        "Vigil",
        "--intensity",
        "2",
        "--description",
        "Candles",
    ])
    .ok()
    .stderr_has("added tactic `vigil` (Vigil)");
    work.run(&[
        "add-space",
        "Chat",
        "--medium",
        "signal",
        "--group",
        "tenants",
    ])
    .ok();
    work.run(&[
        "add-committee",
        "Steering",
        "--steering",
        "--group",
        "tenants",
        "--mandate",
        "M",
    ])
    .ok();
    work.run(&[
        "add-person",
        "Sam",
        "--group",
        "tenants",
        "--contact-phone",
        "555",
    ])
    .ok();
    let text = work.read();
    for block in [
        "[tactics.vigil]\nname = \"Vigil\"\nintensity = 2\ndescription = \"Candles\"\n",
        "[spaces.chat]\nname = \"Chat\"\nmedium = \"signal\"\ngroups = [\"tenants\"]\n",
        "[committees.steering]\nname = \"Steering\"\nsteering = true\nmandate = \"M\"\ngroups = [\"tenants\"]\n",
        "[people.sam]\nname = \"Sam\"\ngroups = [\"tenants\"]\ncontact = { phone = \"555\" }\n",
    ] {
        assert!(text.contains(block), "missing\n{block}\nin\n{text}");
    }
}

#[test]
fn ids_given_with_id_follow_the_slug_rule() {
    let work = Workdir::with(MINIMAL);
    for command in [
        "add-tactic",
        "add-space",
        "add-committee",
        "add-person",
        "add-group",
    ] {
        work.refused(&[command, "X", "--id", "Big Tent"], 2)
            .stderr_has("`Big Tent` is not a valid id")
            .stderr_has("a-z, 0-9 and `-`")
            .stderr_has("try `big-tent`");
    }
}

#[test]
fn unknown_ids_are_refused_with_the_nearest_one() {
    let work = Workdir::with(&example());
    work.refused(&["add-space", "S", "--group", "tenant-union"], 2)
        .stderr_has("there is no group `tenant-union`")
        .stderr_has("did you mean `tenants-union`?");
    work.refused(&["add-committee", "C", "--group", "nobody"], 2)
        .stderr_has("there is no group `nobody`");
    work.refused(&["add-person", "P", "--group", "sol-migrnt"], 2)
        .stderr_has("did you mean `sol-migrant`?");
    work.refused(&["log-feedback", "youth-climat", "hi"], 2)
        .stderr_has("did you mean `youth-climate`?");
    work.refused(&["log-feedback", "youth-climate", "hi", "--by", "sammy"], 2)
        .stderr_has("there is no person `sammy`");
    work.refused(&["log-decision", "D", "--affects", "ghost"], 2)
        .stderr_has("there is no group `ghost`");
}

#[test]
fn boundaries_are_checked() {
    let work = Workdir::with(&example());
    work.refused(
        &["add-boundary", "union-301", "--against-group", "union-301"],
        2,
    )
    .stderr_has("cannot hold a boundary against itself");
    work.refused(&["add-boundary", "union-301"], 2)
        .stderr_has("a boundary is against one group or one tactic");
    work.refused(
        &[
            "add-boundary",
            "union-301",
            "--against-group",
            "greenfuture",
            "--against-tactic",
            "blockade",
        ],
        2,
    )
    .stderr_has("cannot be used with");
    work.refused(
        &["add-boundary", "union-301", "--against-tactic", "blokade"],
        2,
    )
    .stderr_has("did you mean `blockade`?");
    work.refused(
        &[
            "add-boundary",
            "sol-migrant",
            "--against-group",
            "greenfuture",
        ],
        2,
    )
    .stderr_has("already holds a boundary against group `greenfuture`");
    work.run(&[
        "add-boundary",
        "union-301",
        "--against-group",
        "greenfuture",
        "--reason",
        "Anti-union",
    ])
    .ok()
    .stderr_has("group `union-301` now holds a refuse boundary against group `greenfuture`");
    assert!(work.read().contains(
        "joined = 2026-11-01\nboundaries = [{ group = \"greenfuture\", level = \"refuse\", reason = \"Anti-union\" }]\n"
    ));
    work.run(&[
        "add-boundary",
        "faith-network",
        "--against-tactic",
        "civil-disobedience",
        "--level",
        "limited",
    ])
    .ok();
    assert!(work.read().contains(
        "boundaries = [{ tactic = \"blockade\", level = \"limited\", reason = \"Members cannot be seen near blockades, but will not condemn them.\" }, { tactic = \"civil-disobedience\", level = \"limited\" }]"
    ));
    work.run(&["check"]).ok();
}

#[test]
fn decisions_are_checked_and_review_dates_before_the_decision_refused() {
    let work = Workdir::with(&example());
    work.refused(&["log-decision", "Adopt", "--by", "steerin"], 2)
        .stderr_has("there is no committee `steerin`")
        .stderr_has("did you mean `steering`?");
    work.refused(&["log-decision", "Adopt", "--date", "next tuesday"], 2)
        .stderr_has("must be a date written like 2026-11-25");
    // A review is set for the day of the decision or later, as
    // `update-decision` and `coal check` hold it.
    work.refused(
        &[
            "log-decision",
            "Adopt",
            "--date",
            "2026-11-24",
            "--review-on",
            "2026-01-01",
        ],
        2,
    )
    .stderr_has("the next review 2026-01-01 is before the decision itself (2026-11-24)");
    work.run(&[
        "log-decision",
        "Adopt",
        "--date",
        "2026-11-24",
        "--review-on",
        "2026-11-24",
        "--affects",
        "union-301",
    ])
    .ok()
    .stderr_has("affects union-301 without their being consulted");
    assert!(work.read().contains(
        "consulted = [\"faith-network\"]\n\n[[decisions]]\ndate = 2026-11-24\nsummary = \"Adopt\"\nby = \"assembly\"\nrule = \"consent\"\naffects = [\"union-301\"]\nreview_on = 2026-11-24\n"
    ), "{}", work.read());
}

#[test]
fn feedback_is_logged_in_order_and_dated_today_by_default() {
    let work = Workdir::with(MINIMAL);
    work.run(&["add-group", "Tenants"]).ok();
    work.refused(&["log-feedback", "tenants", "x", "--date", "2026-02-30"], 2)
        .stderr_has("must be a date written like 2026-11-25, got `2026-02-30`");
    work.run(&["log-feedback", "tenants", "second", "--date", "2026-06-01"])
        .ok();
    work.run(&[
        "log-feedback",
        "tenants",
        "first, but logged later",
        "--date",
        "2026-01-01",
    ])
    .ok();
    work.run(&["log-feedback", "tenants", "today"]).ok();
    let run = work.run(&["list", "feedback", "--format", "json"]).ok();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let texts: Vec<&str> = json["feedback"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["second", "first, but logged later", "today"]);
    assert_eq!(json["feedback"][2]["date"], TODAY);
}

#[test]
fn list_and_show_every_kind() {
    let work = Workdir::with(&example());
    for (kind, needle) in [
        ("groups", "sol-migrant"),
        ("tactics", "civil-disobedience"),
        ("spaces", "coord-signal"),
        ("committees", "assembly-prep"),
        ("people", "sam"),
        ("decisions", "Adopt the first draft"),
        ("feedback", "interpreters"),
    ] {
        work.run(&["list", kind]).ok().stdout_has(needle);
        let run = work.run(&["list", kind, "--format", "json"]).ok();
        let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert!(
            json[kind].as_array().is_some_and(|a| !a.is_empty()),
            "{kind}"
        );
    }
    work.run(&["show", "tactic", "vigil"])
        .ok()
        .stdout_has("groups.artivistes.tactics")
        .stdout_has("groups.sol-migrant.tactics");
    work.run(&["show", "committee", "steering"])
        .ok()
        .stdout_has("steering  true")
        .stdout_has("decisions[0].by");
    work.run(&["show", "person", "sam"])
        .ok()
        .stdout_has("groups         tenants-union, union-301")
        .stdout_has("feedback[0].by");
    work.run(&["show", "space", "legal-circle"])
        .ok()
        .stdout_has("nothing else refers to this space");
    work.run(&["show", "spaces", "legal-circl"])
        .code(2)
        .stderr_has("did you mean `legal-circle`?");
}

#[test]
fn remove_and_rename_every_register() {
    let work = Workdir::with(&example());
    work.refused(&["remove-tactic", "vigil"], 2)
        .stderr_has("tactic `vigil` is still referred to in 3 places");
    work.run(&["remove-tactic", "blockade", "--force"]).ok()
        .stderr_has("groups.faith-network.boundaries[0].tactic (the whole entry groups.faith-network.boundaries[0])");
    assert!(!work.read().contains("blockade"));

    work.run(&["remove-space", "legal-circle"]).ok();
    assert!(!work.read().contains("[spaces.legal-circle]"));

    work.refused(&["remove-committee", "steering"], 2)
        .stderr_has("took 1 decision in the log (decisions[0].by)");
    work.run(&["rename-committee", "steering", "coordination"])
        .ok();
    assert!(work.read().contains("by = \"coordination\""));
    work.refused(&["remove-committee", "coordination", "--force"], 2);
    work.run(&["add-committee", "Prep"]).ok();
    work.run(&["remove-committee", "prep"]).ok();
    assert!(!work.read().contains("[committees.prep]"));

    work.run(&["rename-person", "sam", "samira"])
        .ok()
        .stderr_has("2 references updated");
    assert!(work.read().contains("[people.samira]"));
    work.run(&["remove-person", "samira", "--force"]).ok();
    assert!(!work.read().contains("by = \"sam"));
    work.run(&["check"]).ok().stdout_has("no problems found");
}

/// The log records who decided: a committee that took decisions is kept,
/// even with `--force` (without it the decisions would read as the
/// assembly's), and the organizer is told how to dissolve it instead.
#[test]
fn removing_a_committee_does_not_hand_its_past_decisions_to_the_assembly() {
    let work = Workdir::with(&example());
    work.refused(&["remove-committee", "steering", "--force"], 2)
        .stderr_has("error: committee `steering` took 1 decision in the log (decisions[0].by): removing it, even with --force, would hand it to the assembly")
        .stderr_has("hint: the log keeps who decided; to dissolve it, unseat its groups: `coal update-committee steering --remove-group amis-terre --remove-group sol-migrant --remove-group tenants-union`");
    work.run(&[
        "update-committee",
        "steering",
        "--remove-group",
        "amis-terre",
        "--remove-group",
        "sol-migrant",
        "--remove-group",
        "tenants-union",
    ])
    .ok();
    work.refused(&["remove-committee", "steering", "--force"], 2)
        .stderr_has("hint: the log keeps who decided; it has no group left");
    let list = work.run(&["list", "decisions", "--format", "json"]).ok();
    let json: serde_json::Value = serde_json::from_str(&list.stdout).unwrap();
    assert_eq!(json["decisions"][0]["by"], "steering", "{}", list.stdout);
}

#[test]
fn a_hand_edit_between_two_commands_is_kept() {
    let work = Workdir::with(MINIMAL);
    work.run(&["add-group", "Tenants"]).ok();
    let edited = work.read().replace(
        "name = \"Tenants\"",
        "name = \"Tenants\" # hand edit\npower = 2",
    );
    work.write(&edited);
    work.run(&["update-group", "tenants", "--interest", "4"])
        .ok();
    work.run(&["log-feedback", "tenants", "ok"]).ok();
    assert!(
        work.read()
            .contains("name = \"Tenants\" # hand edit\npower = 2\ninterest = 4\n")
    );
}

/// A hand-written `committees = []` (an organizer's idea of "none yet"):
/// `add-committee` said "nothing to change" and added nothing. It is
/// refused, naming the register, and so is `add-person` with `people = []`.
#[test]
fn add_committee_into_a_register_written_as_a_list_is_not_a_silent_success() {
    let text = "schema = 1\ncommittees = []\npeople = []\n\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n";
    let work = Workdir::with(text);
    work.refused(&["add-committee", "Steering"], 2)
        .stderr_has("`committees` in the file is not a table of committees keyed by id")
        .stderr_has("hint: fix it by hand first");
    work.refused(&["add-person", "Sam"], 2)
        .stderr_has("`people` in the file is not a table");
}

/// `[spaces]` holds `s = "..."`, a hand-written (invalid) entry. `add-space
/// S` derives the id `s`, finds it "free" and replaces the user's value with
/// the new table: what was written by hand is lost without a word.
/// Expected: `s` is taken, so the new space is `s-2` (or the edit refused).
#[test]
fn add_space_does_not_overwrite_an_entry_that_is_not_a_table() {
    let text = format!("{MINIMAL}\n[spaces]\ns = \"our signal group, to sort out later\"\n");
    let work = Workdir::with(&text);
    let _ = work.run(&["add-space", "S"]);
    assert!(
        work.read().contains("our signal group, to sort out later"),
        "the hand-written entry was lost:\n{}",
        work.read()
    );
}
