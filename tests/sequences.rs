//! Property: after any sequence of commands the file still parses, `coal
//! check` finds no error (no `invalid-reference`, no `boundary-violation`:
//! `b` limits its work with `a`, so they may never sit on one committee
//! or hold the draft's pen together), `coal fmt --check` passes (the file
//! coal writes is the file the pre-commit hook accepts), and a refused
//! command leaves the file byte for byte as it was.

mod common;

use std::path::Path;

use clap::Parser;

/// A start where every register holds an entry that others refer to, so
/// that renames and removals meet references from the first command on.
const SEED: &str = r#"schema = 1

[coalition]
name = "C"
unity_statement = "U"

[steps.draft]
co_authors = ["a"]

[groups.a]
name = "A"
tactics = ["t"]

[groups.b]
name = "B"
boundaries = [{ group = "a", level = "limited" }, { tactic = "t", level = "limited" }]

[tactics.t]
name = "T"

[spaces.s-a]
name = "S"
groups = ["a", "b"]

[committees.k]
name = "K"
groups = ["a"]

[people.p]
name = "P"
groups = ["a", "b"]

[[assemblies]]
date = 2026-10-01
invited = ["a", "b"]
answered = ["a", "b"]
attended = ["a"]

[[decisions]]
date = 2026-11-01
summary = "D"
by = "k"
affects = ["a"]
consulted = ["a", "b"]

[[feedback]]
date = 2026-11-02
group = "a"
text = "F"
by = "p"
"#;

/// The same start built by commands from `coal init` (without the seat
/// that the boundary of `b` forbids): every entry and key written by coal.
const FROM_INIT: &[&str] = &[
    "init --name C --unity U",
    "update-coalition --feedback-every-days 30 --no-public-denouncing no",
    "add-tactic T --id t",
    "add-group A --id a --tactic t",
    "add-group B --id b",
    "add-boundary b --against-group a --level limited",
    "add-boundary b --against-tactic t --level limited",
    "step draft --co-author a",
    "add-space S --id s-a --group a --group b",
    "add-committee K --id k --group a",
    "add-person P --id p --group a --group b",
    "add-assembly 2026-10-01 --invite a b --answered a b --attended a",
    "log-decision D --date 2026-11-01 --by k --affects a --consulted a --consulted b",
    "log-feedback a F --date 2026-11-02 --by p",
];

use proptest::prelude::*;

const GROUPS: &[&str] = &["a", "b", "c"];
const TACTICS: &[&str] = &["t", "u"];
const COMMITTEES: &[&str] = &["k", "m"];
const PEOPLE: &[&str] = &["p", "q"];
/// An assembly held, one to come, and step 3's date (`step()`).
const ASSEMBLIES: &[&str] = &["2026-10-01", "2027-04-10", "2999-01-16"];

/// Some of the flags of an assembly, as `add-assembly` and `update-assembly` take them.
fn assembly_flags() -> impl Strategy<Value = Vec<String>> {
    let lists =
        (some(GROUPS), some(GROUPS), some(GROUPS)).prop_map(|(invited, answered, attended)| {
            let mut words = Vec::new();
            invited
                .into_iter()
                .for_each(|g| words.extend(["--invite".into(), g]));
            answered
                .into_iter()
                .for_each(|g| words.extend(["--answered".into(), g]));
            attended
                .into_iter()
                .for_each(|g| words.extend(["--attended".into(), g]));
            words
        });
    const FLAGS: &[&[&str]] = &[
        &["--start", "18:30"],
        &["--end", "21:00"],
        &["--place", "P"],
        &["--language", "fr"],
        &["--accessibility", "childcare"],
        &["--rsvp", "R"],
        &["--agenda", "A"],
        &["--notes", "N"],
    ];
    (lists, prop::sample::subsequence(FLAGS, 0..=3)).prop_map(|(mut words, flags)| {
        words.extend(
            flags
                .into_iter()
                .flat_map(|flag| flag.iter().map(|word| word.to_string())),
        );
        words
    })
}

fn one(pool: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(pool).prop_map(str::to_string)
}

fn some(pool: &'static [&'static str]) -> impl Strategy<Value = Vec<String>> {
    prop::sample::subsequence(pool, 0..=pool.len())
        .prop_map(|ids| ids.into_iter().map(str::to_string).collect())
}

fn several(pool: &'static [&'static str]) -> impl Strategy<Value = Vec<String>> {
    prop::sample::subsequence(pool, 1..=pool.len())
        .prop_map(|ids| ids.into_iter().map(str::to_string).collect())
}

/// One command line, as words after `coal`.
fn command() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        one(GROUPS).prop_map(|id| vec![
            "add-group".into(),
            format!("Groupe {id}"),
            "--id".into(),
            id
        ]),
        (one(GROUPS), one(TACTICS)).prop_map(|(g, t)| vec![
            "update-group".into(),
            g,
            "--tactic".into(),
            t
        ]),
        one(TACTICS).prop_map(|id| vec!["add-tactic".into(), id.clone(), "--id".into(), id]),
        (one(GROUPS), some(GROUPS)).prop_map(|(id, groups)| {
            let mut words = vec![
                "add-space".into(),
                format!("Space {id}"),
                "--id".into(),
                format!("s-{id}"),
            ];
            groups
                .into_iter()
                .for_each(|g| words.extend(["--group".into(), g]));
            words
        }),
        (one(COMMITTEES), some(GROUPS)).prop_map(|(id, groups)| {
            let mut words = vec!["add-committee".into(), id.clone(), "--id".into(), id];
            groups
                .into_iter()
                .for_each(|g| words.extend(["--group".into(), g]));
            words
        }),
        (one(PEOPLE), some(GROUPS)).prop_map(|(id, groups)| {
            let mut words = vec!["add-person".into(), id.clone(), "--id".into(), id];
            groups
                .into_iter()
                .for_each(|g| words.extend(["--group".into(), g]));
            words
        }),
        (one(GROUPS), one(GROUPS)).prop_map(|(g, o)| vec![
            "add-boundary".into(),
            g,
            "--against-group".into(),
            o
        ]),
        some(GROUPS).prop_map(|groups| {
            let mut words = vec!["step".into(), "draft".into()];
            groups
                .into_iter()
                .for_each(|g| words.extend(["--co-author".into(), g]));
            words
        }),
        (one(GROUPS), one(TACTICS)).prop_map(|(g, t)| vec![
            "add-boundary".into(),
            g,
            "--against-tactic".into(),
            t
        ]),
        (one(GROUPS), one(PEOPLE)).prop_map(|(g, p)| {
            vec![
                "log-feedback".into(),
                g,
                "heard".into(),
                "--date".into(),
                "2026-11-01".into(),
                "--by".into(),
                p,
            ]
        }),
        (one(COMMITTEES), some(GROUPS)).prop_map(|(by, groups)| {
            let mut words = vec![
                "log-decision".into(),
                "d".into(),
                "--date".into(),
                "2026-11-02".into(),
                "--by".into(),
                by,
            ];
            groups
                .into_iter()
                .for_each(|g| words.extend(["--affects".into(), g]));
            words
        }),
        (0..5usize, one(GROUPS), any::<bool>()).prop_map(|(register, id, force)| {
            let (kind, id) = register_id(register, &id);
            let mut words = vec![format!("remove-{kind}"), id];
            if force {
                words.push("--force".into());
            }
            words
        }),
        (0..5usize, one(GROUPS), one(GROUPS)).prop_map(|(register, old, new)| {
            let (kind, old) = register_id(register, &old);
            let (_, new) = register_id(register, &new);
            vec![format!("rename-{kind}"), old, new]
        }),
        (one(GROUPS), group_flags()).prop_map(|(id, flags)| {
            let mut words = vec!["update-group".into(), id];
            words.extend(flags);
            words
        }),
        (one(TACTICS), 1..=5u8, any::<bool>()).prop_map(|(id, intensity, describe)| {
            let mut words = vec![
                "update-tactic".into(),
                id,
                "--intensity".into(),
                intensity.to_string(),
            ];
            if describe {
                words.extend(["--description".into(), "D".into()]);
            }
            words
        }),
        (
            0..3usize,
            one(GROUPS),
            some(GROUPS),
            some(GROUPS),
            any::<bool>()
        )
            .prop_map(|(register, id, add, remove, field)| {
                let (kind, id) = register_id(register + 2, &id);
                let mut words = vec![format!("update-{kind}"), id];
                add.into_iter()
                    .for_each(|g| words.extend(["--add-group".into(), g]));
                remove
                    .into_iter()
                    .for_each(|g| words.extend(["--remove-group".into(), g]));
                if field {
                    let flag = match kind {
                        "space" => "--purpose",
                        "committee" => "--mandate",
                        _ => "--notes",
                    };
                    words.extend([flag.into(), String::new()]);
                }
                words
            }),
        (one(COMMITTEES), any::<bool>()).prop_map(|(id, steering)| {
            let flag = if steering {
                "--steering"
            } else {
                "--no-steering"
            };
            vec!["update-committee".into(), id, flag.into()]
        }),
        (one(PEOPLE), any::<bool>()).prop_map(|(id, clear)| {
            let email = if clear { "" } else { "e@example.org" };
            vec![
                "update-person".into(),
                id,
                "--contact-email".into(),
                email.into(),
            ]
        }),
        (any::<bool>(), any::<bool>(), 1..=90i64).prop_map(|(denouncing, diversity, days)| {
            let word = |yes: bool| if yes { "yes" } else { "no" }.to_string();
            vec![
                "update-coalition".into(),
                "--no-public-denouncing".into(),
                word(denouncing),
                "--diversity-of-tactics".into(),
                word(diversity),
                "--feedback-every-days".into(),
                days.to_string(),
            ]
        }),
        (one(GROUPS), one(GROUPS), one(TACTICS), any::<bool>()).prop_map(
            |(g, other, tactic, against_group)| {
                let against = if against_group {
                    ["--against-group".into(), other]
                } else {
                    ["--against-tactic".into(), tactic]
                };
                let mut words = vec!["remove-boundary".into(), g];
                words.extend(against);
                words
            }
        ),
        (one(GROUPS), prop::sample::select(GROUP_LIFE)).prop_map(|(id, flags)| {
            let mut words = vec!["update-group".into(), id];
            words.extend(flags.split(' ').map(str::to_string));
            words
        }),
        step(),
        (0..4usize, decision_flags()).prop_map(|(number, flags)| {
            let mut words = vec!["update-decision".into(), number.to_string()];
            words.extend(flags);
            words
        }),
        (0..3usize).prop_map(|number| {
            [
                "step",
                "presentation",
                "--answer-question",
                &number.to_string(),
                "--answer",
                "A",
            ]
            .map(String::from)
            .to_vec()
        }),
        (one(ASSEMBLIES), assembly_flags()).prop_map(|(date, flags)| {
            let mut words = vec!["add-assembly".into(), date];
            words.extend(flags);
            words
        }),
        (
            one(ASSEMBLIES),
            assembly_flags(),
            some(GROUPS),
            some(GROUPS)
        )
            .prop_map(|(date, flags, removed, unanswered)| {
                let mut words = vec!["update-assembly".into(), date];
                words.extend(flags);
                removed
                    .into_iter()
                    .for_each(|g| words.extend(["--remove-invite".into(), g]));
                unanswered
                    .into_iter()
                    .for_each(|g| words.extend(["--remove-answered".into(), g]));
                words
            }),
        (one(ASSEMBLIES), one(ASSEMBLIES)).prop_map(|(date, new)| vec![
            "update-assembly".into(),
            date,
            "--date".into(),
            new
        ]),
        one(ASSEMBLIES).prop_map(|date| vec![
            "log-decision".into(),
            "taken".into(),
            "--assembly".into(),
            date
        ]),
        // Groups a, b and c from a sheet: a row rejected, a tactic created,
        // the others created or matched as `--on-duplicate` says.
        prop::sample::select(&["skip", "update", "fill"][..]).prop_map(|how| {
            let sheet = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/import/groups.csv"
            );
            ["import", "groups", sheet, "--apply", "--on-duplicate", how]
                .map(String::from)
                .to_vec()
        }),
    ]
}

/// Some of `update-decision`'s flags: a review, groups heard, a committee.
fn decision_flags() -> impl Strategy<Value = Vec<String>> {
    const FLAGS: &[&[&str]] = &[
        &["--reviewed", "2026-11-05"],
        &["--review-on", "2026-12-01"],
        &["--rule", "majority"],
        &["--summary", "D2"],
        &["--date", "2026-11-03"],
        &["--assembly", "2026-10-01"],
    ];
    (
        prop::sample::subsequence(FLAGS, 0..=3),
        some(GROUPS),
        some(GROUPS),
        prop::option::of(prop::sample::select(&["assembly", "k", "m"][..])),
    )
        .prop_map(|(flags, consulted, affects, by)| {
            let mut words: Vec<String> = flags
                .into_iter()
                .flat_map(|flag| flag.iter().map(|word| word.to_string()))
                .collect();
            for (flag, ids) in [("--add-consulted", consulted), ("--add-affects", affects)] {
                if !ids.is_empty() {
                    words.push(flag.into());
                    words.extend(ids);
                }
            }
            if let Some(by) = by {
                words.extend(["--by".into(), by.to_string()]);
            }
            words
        })
}
/// A group's life after it was added: leaving, dates backfilled or
/// corrected, offers and needs taken back (refused when not there).
const GROUP_LIFE: &[&str] = &[
    "--status left",
    "--status left --left 2026-11-01",
    "--left 2026-11-02",
    "--status member --joined 2026-10-01",
    "--remove-offer money",
    "--remove-offer money=some",
    "--remove-need space",
    "--remove-offer money=more --offer money=other",
];

/// Some of `update-group`'s flags: each adds a key when the group lacks it.
fn group_flags() -> impl Strategy<Value = Vec<String>> {
    const FLAGS: &[&[&str]] = &[
        &["--status", "member"],
        &["--participation", "core"],
        &["--public"],
        &["--impacted"],
        &["--power", "3"],
        &["--interest", "4"],
        &["--members", "12"],
        &["--spectrum", "neutral"],
        &["--role", "rebel"],
        &["--offer", "money=some"],
        &["--offer", "money=more"],
        &["--need", "space=a room"],
        &["--joined", "2026-10-01"],
        &["--contact-name", "N"],
        &["--contact-email", "e@example.org"],
        &["--intentions", "I"],
        &["--notes", "N"],
    ];
    prop::sample::subsequence(FLAGS, 1..=4).prop_map(|flags| {
        flags
            .into_iter()
            .flat_map(|flag| flag.iter().map(|word| word.to_string()))
            .collect()
    })
}

/// A step recorded from its flags: it sets groups' status and dates and
/// creates the step's table and lists.
fn step() -> impl Strategy<Value = Vec<String>> {
    let with = |line: String, ids: Vec<String>, done: bool| {
        let mut words: Vec<String> = line.split(' ').map(str::to_string).collect();
        words.extend(ids);
        if done {
            words.push("--done".into());
        }
        words
    };
    prop_oneof![
        (one(GROUPS), one(GROUPS), any::<bool>()).prop_map(move |(a, b, done)| with(
            format!("step contact --dialogue {a} --contacted"),
            vec![b],
            done
        )),
        (one(GROUPS), any::<bool>()).prop_map(move |(a, done)| with(
            "step contact --declined".into(),
            vec![a],
            done
        )),
        (several(GROUPS), any::<bool>()).prop_map(move |(ids, done)| with(
            "step draft --vision V --culture C --structure S --co-author".into(),
            ids,
            done
        )),
        (several(GROUPS), any::<bool>()).prop_map(move |(ids, done)| with(
            "step assembly --date 2999-01-16 --place P --start-time 10:00 --language fr --invite"
                .into(),
            ids,
            done
        )),
        (several(GROUPS), any::<bool>()).prop_map(move |(ids, done)| with(
            "step assembly --answered".into(),
            ids,
            done
        )),
        (one(GROUPS), several(GROUPS), any::<bool>()).prop_map(move |(by, ids, done)| with(
            format!("step presentation --question Q? --asked-by {by} --joined"),
            ids,
            done
        )),
        prop::sample::select(&["contact", "draft", "assembly", "presentation"][..])
            .prop_map(move |step| with(format!("step {step} --start"), Vec::new(), false)),
    ]
}

/// An id of one of the five registers, drawn from its pool by position.
fn register_id(register: usize, group: &str) -> (&'static str, String) {
    let index = GROUPS.iter().position(|g| *g == group).unwrap_or(0);
    match register {
        0 => ("group", group.to_string()),
        1 => ("tactic", TACTICS[index % TACTICS.len()].to_string()),
        2 => ("space", format!("s-{group}")),
        3 => (
            "committee",
            COMMITTEES[index % COMMITTEES.len()].to_string(),
        ),
        _ => ("person", PEOPLE[index % PEOPLE.len()].to_string()),
    }
}

/// Removing an existing entry with `--force` (but a committee that took
/// decisions), and renaming one to a free id,
/// always succeed: the references follow rather than block.
fn always_possible(text: &str, words: &[String]) -> bool {
    let coalition = coal::store::load::parse(Path::new("c"), text)
        .unwrap()
        .coalition;
    let exists = |kind: &str, id: &str| match kind {
        "group" => coalition.groups.contains_key(id),
        "tactic" => coalition.tactics.contains_key(id),
        "space" => coalition.spaces.contains_key(id),
        "committee" => coalition.committees.contains_key(id),
        _ => coalition.people.contains_key(id),
    };
    // A committee that took decisions is kept even with `--force`.
    let decided = |kind: &str, id: &str| {
        kind == "committee" && coalition.decisions.iter().any(|d| d.by == id)
    };
    match words {
        [command, id, force] if force == "--force" => command
            .strip_prefix("remove-")
            .is_some_and(|kind| exists(kind, id) && !decided(kind, id)),
        [command, old, new] => command
            .strip_prefix("rename-")
            .is_some_and(|kind| exists(kind, old) && !exists(kind, new)),
        _ => false,
    }
}

fn run(path: &Path, words: &[String]) -> Result<bool, coal::error::Error> {
    let mut args: Vec<String> = ["coal", "--no-input", "-q", "--file"]
        .map(String::from)
        .to_vec();
    args.push(path.display().to_string());
    args.extend(words.iter().cloned());
    coal::run(coal::cli::Cli::try_parse_from(&args).expect("the generated command line parses"))
        .map(|finished| finished.passed)
}

/// What `coal fmt --check` says: true when the file is formatted.
fn formatted(path: &Path) -> bool {
    run(path, &["fmt".into(), "--check".into()]).expect("fmt --check runs")
}

/// Every file a sequence reaches exports: the export leaves the file as it
/// was, and each connection of the Kumu blueprint joins two of its elements.
fn exports_hold_together(path: &Path) -> Result<(), TestCaseError> {
    let before = std::fs::read(path).unwrap();
    let out = path.with_file_name("export.json");
    let words = ["export", "kumu", "-o"].map(String::from);
    let mut words = words.to_vec();
    words.push(out.display().to_string());
    prop_assert!(run(path, &words).is_ok(), "export kumu failed");
    prop_assert_eq!(
        std::fs::read(path).unwrap(),
        before,
        "the export changed the file"
    );
    let blueprint: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let ids: Vec<&serde_json::Value> = blueprint["elements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|element| &element["id"])
        .collect();
    for connection in blueprint["connections"].as_array().unwrap() {
        prop_assert!(ids.contains(&&connection["from"]), "{}", connection);
        prop_assert!(ids.contains(&&connection["to"]), "{}", connection);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_of_commands_keeps_the_file_valid(
        from_init in any::<bool>(),
        commands in prop::collection::vec(command(), 1..16),
    ) {
        // The commands run in this process: today is fixed here, as the
        // binary's tests fix it with the same variable. SAFETY: this is the
        // only test of its binary, so no other thread reads the environment.
        unsafe { std::env::set_var("COAL_TODAY", common::TODAY) };
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("coalition.toml");
        if from_init {
            for line in FROM_INIT {
                let words: Vec<String> = line.split(' ').map(str::to_string).collect();
                prop_assert!(run(&path, &words).is_ok(), "`coal {}` failed", line);
                prop_assert!(formatted(&path), "not formatted after `coal {}`", line);
            }
        } else {
            std::fs::write(&path, SEED).unwrap();
            prop_assert!(formatted(&path), "the seed is formatted");
        }
        for words in &commands {
            let before = std::fs::read(&path).unwrap();
            let must_succeed = always_possible(&String::from_utf8(before.clone()).unwrap(), words);
            let result = run(&path, words);
            if must_succeed {
                prop_assert!(result.is_ok(), "{:?} failed: {:?}", words, result);
            }
            let after = std::fs::read(&path).unwrap();
            if let Err(error) = &result {
                prop_assert_eq!(error.exit_code(), 2, "{:?}: {}", words, error);
                prop_assert_eq!(&before, &after, "a refused command changed the file: {:?}", words);
            }
            let text = String::from_utf8(after).unwrap();
            let validated = coal::store::load::parse(&path, &text).expect("the file still parses");
            let errors = coal::check::errors(&validated.coalition, &validated.findings);
            prop_assert!(errors.is_empty(), "after {:?}: {:?}\n{}", words, errors, text);
            prop_assert!(formatted(&path), "not formatted after {:?}:\n{}", words, text);
            exports_hold_together(&path)?;
        }
    }
}
