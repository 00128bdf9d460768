//! Properties of the three-way merge (SPEC §8):
//! merge(base, x, base) = x, merge(base, x, x) = x, and when a merge is
//! clean, merge(base, a, b) and merge(base, b, a) hold the same data.

use coal::git::merge::merge;
use coal::model::Register;
use coal::store::document;
use proptest::prelude::*;
use toml_edit::{DocumentMut, Table, value};

const BASE: &str = r#"schema = 1

[coalition]
name = "C"
unity_statement = "U"

# The groups we know.
[groups.b]
name = "B"
status = "member"
power = 2

[groups.d]
name = "D"

[[feedback]]
date = 2026-11-01
group = "b"
text = "first"
"#;

const IDS: &[&str] = &["a", "b", "c", "d", "e"];

#[derive(Debug, Clone)]
enum Edit {
    Add(&'static str),
    Remove(&'static str),
    Status(&'static str, &'static str),
    Power(&'static str, i64),
    Feedback(&'static str),
}

fn edit() -> impl Strategy<Value = Edit> {
    let id = prop::sample::select(IDS);
    prop_oneof![
        id.clone().prop_map(Edit::Add),
        id.clone().prop_map(Edit::Remove),
        (
            id.clone(),
            prop::sample::select(&["member", "dialogue", "left"][..])
        )
            .prop_map(|(i, s)| Edit::Status(i, s)),
        (id, 1..=5i64).prop_map(|(i, p)| Edit::Power(i, p)),
        prop::sample::select(&["hello", "again", "first"][..]).prop_map(Edit::Feedback),
    ]
}

fn apply(edits: &[Edit]) -> String {
    let mut doc: DocumentMut = BASE.parse().unwrap();
    for edit in edits {
        match edit {
            Edit::Add(id) => {
                if document::entry(&doc, Register::Groups, id).is_none() {
                    let mut table = Table::new();
                    table["name"] = value(id.to_uppercase());
                    document::insert_entry(&mut doc, Register::Groups, id, table);
                }
            }
            Edit::Remove(id) => document::remove_entry(&mut doc, Register::Groups, id),
            Edit::Status(id, status) => {
                if let Some(group) = document::entry_mut(&mut doc, Register::Groups, id) {
                    document::set(group, "status", *status);
                }
            }
            Edit::Power(id, power) => {
                if let Some(group) = document::entry_mut(&mut doc, Register::Groups, id) {
                    document::set(group, "power", *power);
                }
            }
            Edit::Feedback(text) => {
                let mut entry = Table::new();
                entry["date"] = value("2026-11-02".parse::<toml_edit::Datetime>().unwrap());
                entry["group"] = value("b");
                entry["text"] = value(*text);
                document::append(&mut doc, &["feedback"], entry).unwrap();
            }
        }
    }
    doc.to_string()
}

/// The data of a file, with log entries sorted: the order in which two
/// branches' additions land is not data.
fn data(text: &str) -> toml::Table {
    let mut table: toml::Table = text.parse().unwrap();
    if let Some(toml::Value::Array(log)) = table.get_mut("feedback") {
        log.sort_by_key(|entry| entry.to_string());
    }
    table
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn merging_with_an_unchanged_side_gives_the_other(edits in prop::collection::vec(edit(), 0..8)) {
        let x = apply(&edits);
        let merged = merge(BASE, &x, BASE, 7).unwrap();
        prop_assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        prop_assert_eq!(&merged.text, &x);
        let merged = merge(BASE, BASE, &x, 7).unwrap();
        prop_assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        prop_assert_eq!(data(&merged.text), data(&x));
    }

    #[test]
    fn merging_the_same_change_twice_gives_it_once(edits in prop::collection::vec(edit(), 0..8)) {
        let x = apply(&edits);
        let merged = merge(BASE, &x, &x, 7).unwrap();
        prop_assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
        prop_assert_eq!(data(&merged.text), data(&x));
    }

    #[test]
    fn clean_merges_do_not_depend_on_the_order(
        a in prop::collection::vec(edit(), 0..6),
        b in prop::collection::vec(edit(), 0..6),
    ) {
        let (a, b) = (apply(&a), apply(&b));
        let ab = merge(BASE, &a, &b, 7).unwrap();
        let ba = merge(BASE, &b, &a, 7).unwrap();
        prop_assert_eq!(ab.conflicts.len(), ba.conflicts.len());
        if ab.conflicts.is_empty() {
            prop_assert_eq!(data(&ab.text), data(&ba.text), "a:\n{}\nb:\n{}", a, b);
        }
    }
}
