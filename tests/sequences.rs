//! Property: after any sequence of commands the file still parses, `coal
//! check` finds no error (in particular no `invalid-reference`), and a refused
//! command leaves the file byte for byte as it was.

mod common;

use std::path::Path;

use clap::Parser;
use coal::check::Severity;

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
boundaries = [{ group = "a" }, { tactic = "t", level = "limited" }]

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
use proptest::prelude::*;

const GROUPS: &[&str] = &["a", "b", "c"];
const TACTICS: &[&str] = &["t", "u"];
const COMMITTEES: &[&str] = &["k", "m"];
const PEOPLE: &[&str] = &["p", "q"];

fn one(pool: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(pool).prop_map(str::to_string)
}

fn some(pool: &'static [&'static str]) -> impl Strategy<Value = Vec<String>> {
    prop::sample::subsequence(pool, 0..=pool.len())
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

/// Removing an existing entry with `--force`, and renaming one to a free id,
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
    match words {
        [command, id, force] if force == "--force" => command
            .strip_prefix("remove-")
            .is_some_and(|kind| exists(kind, id)),
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_of_commands_keeps_the_file_valid(commands in prop::collection::vec(command(), 1..16)) {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("coalition.toml");
        std::fs::write(&path, SEED).unwrap();
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
            let errors: Vec<_> = validated.findings.iter().filter(|f| f.severity == Severity::Error).collect();
            prop_assert!(errors.is_empty(), "after {:?}: {:?}\n{}", words, errors, text);
        }
    }
}
