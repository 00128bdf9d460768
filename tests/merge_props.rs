//! Properties of the three-way merge (SPEC §8):
//! merge(base, x, base) = x, merge(base, x, x) = x, and when a merge is
//! clean, merge(base, a, b) and merge(base, b, a) hold the same data.
//!
//! On a richer file (ids sharing prefixes, boundaries as `[[...]]` and
//! inline, log entries rewritten and deleted, people and spaces referring to
//! groups, step 3's invited and answered lists): resolving the text's
//! conflict blocks to a side is resolving the data plan to it; values both
//! sides hold are kept; a group goes public only with both sides' consent; a
//! block holds one entry; conflicts are reported exactly when marked; no
//! resolution has an error neither side had, and an answer clash conflicts
//! in the assembly alone.

use std::collections::BTreeSet;

use coal::git::merge::{
    Merged, Plan, Side, data as side_data, keep_side, merge, new_errors, plan, resolve,
};
use coal::model::Register;
use coal::store::document;
use proptest::prelude::*;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, TableLike, Value, value};

/// Sets a key as a hand edit would: in place, or after the last key.
fn set(table: &mut dyn TableLike, key: &str, value: impl Into<Value>) {
    document::SchemaTable::new(table, &[]).set(key, value);
}

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
                    set(group, "status", *status);
                }
            }
            Edit::Power(id, power) => {
                if let Some(group) = document::entry_mut(&mut doc, Register::Groups, id) {
                    set(group, "power", *power);
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

// ---------------------------------------------------------------------------
// Richer edits: ids that share prefixes, defaults written out or dropped,
// boundaries in both spellings, log entries rewritten and deleted, and
// people and spaces that refer to groups. Each property below compares the
// rendered text with the data merge (`plan` and `resolve`), through `data`,
// which fills in the schema's defaults.

const RICH_BASE: &str = r#"schema = 1

[coalition]
name = "C"
unity_statement = "U"

[steps.assembly]
date = 2026-12-10
invited = ["tenants", "tenants-east"]
answered = ["tenants"]

# The groups we know.
[groups.landlords]
name = "Landlords"
status = "watch"

[groups.tenants]
name = "Tenants"
status = "member"
power = 2 # a guess

[groups.tenants.contact]
email = "t@example.org"

[[groups.tenants.boundaries]]
group = "landlords"
level = "refuse"
reason = "they evict"

[groups.tenants-2]
name = "Tenants 2"
public = true

[groups.tenants-east]
name = "Tenants East"
notes = "quiet"
boundaries = [{ group = "tenants-2", level = "limited", reason = "old feud" }]

[spaces.hall]
name = "Hall"
groups = ["tenants"]

[people.ana]
name = "Ana"
groups = ["tenants-east"]

[[feedback]]
date = 2026-11-01
group = "tenants"
text = "first"

# Said at the last assembly.
[[feedback]]
date = 2026-11-02
group = "tenants-east"
text = "second"
"#;

/// Group ids, several of which share a prefix.
const GROUP_IDS: &[&str] = &[
    "tenants",
    "tenants-east",
    "tenants-2",
    "tenants-east-2",
    "landlords",
    "renters",
];
const NOTES: &[&str] = &[
    "quiet",
    "loud",
    "hosts the meetings",
    "ask [groups.tenants] first",
];
const REASONS: &[&str] = &["they evict", "old feud", "a long story"];
const TEXTS: &[&str] = &["first", "second", "hello", "again", "rewritten"];
const PEOPLE: &[&str] = &["ana", "bo", "cy"];
const DETAILS: &[&str] = &["bus", "food", "hall rent"];

#[derive(Debug, Clone)]
enum Rich {
    /// A new group (nothing when the id is taken).
    Add {
        id: &'static str,
        name: &'static str,
        public: bool,
        notes: Option<&'static str>,
    },
    Remove(&'static str),
    /// `public = false` or `status = "prospect"`, written out.
    SetDefault(&'static str, &'static str),
    RemoveField(&'static str, &'static str),
    Notes(&'static str, &'static str),
    Power(&'static str, i64),
    Public(&'static str, bool),
    /// A boundary against a group; a group without boundaries gets them
    /// as `[[groups.x.boundaries]]` when `tables`, inline otherwise.
    AddBoundary {
        id: &'static str,
        against: &'static str,
        limited: bool,
        reason: &'static str,
        tables: bool,
    },
    RemoveBoundary(&'static str, usize),
    /// The same boundaries, spelled the other way (inline or tables).
    Restyle(&'static str),
    /// The group written on one line under `[groups]`, as an inline table.
    Compact(&'static str),
    BoundaryReason(&'static str, usize, &'static str),
    /// A contact's email; a group without a contact gets `[groups.x.contact]`
    /// when `table`, a dotted `contact.email` otherwise.
    Contact {
        id: &'static str,
        email: &'static str,
        table: bool,
    },
    Feedback(&'static str, &'static str),
    DeleteFeedback(usize),
    RewriteFeedback(usize, &'static str),
    /// A person (made when missing) who is in a group.
    PersonIn(&'static str, &'static str),
    SpaceHolds(&'static str),
    /// A money detail the group offers, as `update-group --offer` adds it:
    /// a second detail of the type turns its text into a list.
    Offer(&'static str, &'static str),
    /// One money detail removed (the type goes with its last one).
    Unoffer(&'static str, &'static str),
    /// A group invited to step 3's assembly (`update-assembly --invite`).
    Invite(&'static str),
    /// An invited group that answered (`update-assembly --answered`).
    Answer(&'static str),
    /// A group no longer invited, nor counted as having answered.
    Uninvite(&'static str),
}

fn rich_edit() -> impl Strategy<Value = Rich> {
    let id = || prop::sample::select(GROUP_IDS);
    let note = || prop::sample::select(NOTES);
    let text = || prop::sample::select(TEXTS);
    prop_oneof![
        3 => (
            id(),
            prop::sample::select(&["New", "Renters", "Tenants"][..]),
            any::<bool>(),
            prop::option::of(note())
        )
            .prop_map(|(id, name, public, notes)| Rich::Add { id, name, public, notes }),
        2 => id().prop_map(Rich::Remove),
        2 => (id(), prop::sample::select(&["public", "status"][..]))
            .prop_map(|(id, key)| Rich::SetDefault(id, key)),
        2 => (id(), prop::sample::select(&["public", "status", "notes", "power", "contact", "boundaries"][..]))
            .prop_map(|(id, key)| Rich::RemoveField(id, key)),
        2 => (id(), note()).prop_map(|(id, n)| Rich::Notes(id, n)),
        1 => (id(), 1..=3i64).prop_map(|(id, p)| Rich::Power(id, p)),
        2 => (id(), any::<bool>()).prop_map(|(id, p)| Rich::Public(id, p)),
        2 => (id(), id(), any::<bool>(), prop::sample::select(REASONS), any::<bool>()).prop_map(
            |(id, against, limited, reason, tables)| Rich::AddBoundary {
                id,
                against,
                limited,
                reason,
                tables
            }
        ),
        1 => (id(), 0..2usize).prop_map(|(id, i)| Rich::RemoveBoundary(id, i)),
        1 => id().prop_map(Rich::Restyle),
        1 => id().prop_map(Rich::Compact),
        1 => (id(), 0..2usize, prop::sample::select(REASONS))
            .prop_map(|(id, i, r)| Rich::BoundaryReason(id, i, r)),
        1 => (
            id(),
            prop::sample::select(&["t@example.org", "new@example.org"][..]),
            any::<bool>()
        )
            .prop_map(|(id, email, table)| Rich::Contact { id, email, table }),
        2 => (id(), text()).prop_map(|(g, t)| Rich::Feedback(g, t)),
        1 => (0..4usize).prop_map(Rich::DeleteFeedback),
        1 => (0..4usize, text()).prop_map(|(i, t)| Rich::RewriteFeedback(i, t)),
        1 => (prop::sample::select(PEOPLE), id()).prop_map(|(p, g)| Rich::PersonIn(p, g)),
        1 => id().prop_map(Rich::SpaceHolds),
        2 => (id(), prop::sample::select(DETAILS)).prop_map(|(id, d)| Rich::Offer(id, d)),
        1 => (id(), prop::sample::select(DETAILS)).prop_map(|(id, d)| Rich::Unoffer(id, d)),
        1 => id().prop_map(Rich::Invite),
        2 => id().prop_map(Rich::Answer),
        1 => id().prop_map(Rich::Uninvite),
    ]
}

/// A group's boundaries, in whichever spelling the file has them.
fn boundaries_mut<'a>(doc: &'a mut DocumentMut, id: &str) -> Option<&'a mut Item> {
    document::entry_mut(doc, Register::Groups, id)?.get_mut("boundaries")
}

fn rich_apply(edits: &[Rich]) -> String {
    let mut doc: DocumentMut = RICH_BASE.parse().unwrap();
    for edit in edits {
        rich_apply_one(&mut doc, edit);
    }
    doc.to_string()
}

fn rich_apply_one(doc: &mut DocumentMut, edit: &Rich) {
    let group = |doc: &mut DocumentMut, id: &str| -> bool {
        document::entry(doc, Register::Groups, id).is_some()
    };
    match *edit {
        Rich::Add {
            id,
            name,
            public,
            notes,
        } => {
            if !group(doc, id) {
                let mut table = Table::new();
                table["name"] = value(name);
                if public {
                    table["public"] = value(true);
                }
                if let Some(notes) = notes {
                    table["notes"] = value(notes);
                }
                document::insert_entry(doc, Register::Groups, id, table);
            }
        }
        Rich::Remove(id) => document::remove_entry(doc, Register::Groups, id),
        Rich::SetDefault(id, key) => {
            if let Some(entry) = document::entry_mut(doc, Register::Groups, id) {
                match key {
                    "public" => set(entry, "public", false),
                    _ => set(entry, "status", "prospect"),
                }
            }
        }
        Rich::RemoveField(id, key) => {
            if let Some(entry) = document::entry_mut(doc, Register::Groups, id) {
                entry.remove(key);
            }
        }
        Rich::Notes(id, notes) => {
            if let Some(entry) = document::entry_mut(doc, Register::Groups, id) {
                set(entry, "notes", notes);
            }
        }
        Rich::Power(id, power) => {
            if let Some(entry) = document::entry_mut(doc, Register::Groups, id) {
                set(entry, "power", power);
            }
        }
        Rich::Public(id, public) => {
            if let Some(entry) = document::entry_mut(doc, Register::Groups, id) {
                set(entry, "public", public);
            }
        }
        Rich::AddBoundary {
            id,
            against,
            limited,
            reason,
            tables,
        } => {
            if !group(doc, id) || id == against {
                return;
            }
            let mut boundary = Table::new();
            boundary["group"] = value(against);
            boundary["level"] = value(if limited { "limited" } else { "refuse" });
            boundary["reason"] = value(reason);
            if boundaries_mut(doc, id).is_none() && tables {
                let mut array = ArrayOfTables::new();
                array.push(boundary);
                let entry = document::entry_mut(doc, Register::Groups, id).unwrap();
                entry.insert("boundaries", Item::ArrayOfTables(array));
            } else {
                document::append(doc, &["groups", id, "boundaries"], boundary).unwrap();
            }
        }
        Rich::RemoveBoundary(id, index) => {
            let empty = match boundaries_mut(doc, id) {
                Some(Item::ArrayOfTables(array)) if index < array.len() => {
                    array.remove(index);
                    array.is_empty()
                }
                Some(Item::Value(toml_edit::Value::Array(array))) if index < array.len() => {
                    array.remove(index);
                    array.is_empty()
                }
                _ => false,
            };
            if empty {
                let entry = document::entry_mut(doc, Register::Groups, id).unwrap();
                entry.remove("boundaries");
            }
        }
        Rich::Restyle(id) => {
            let Some(item) = boundaries_mut(doc, id) else {
                return;
            };
            let restyled = match item.clone() {
                Item::ArrayOfTables(array) => {
                    let mut inline = toml_edit::Array::new();
                    for table in array {
                        inline.push(table.into_inline_table());
                    }
                    Item::Value(toml_edit::Value::Array(inline))
                }
                Item::Value(toml_edit::Value::Array(inline)) => {
                    let mut array = ArrayOfTables::new();
                    for value in inline {
                        if let toml_edit::Value::InlineTable(table) = value {
                            array.push(table.into_table());
                        }
                    }
                    Item::ArrayOfTables(array)
                }
                other => other,
            };
            let entry = document::entry_mut(doc, Register::Groups, id).unwrap();
            entry.remove("boundaries");
            entry.insert("boundaries", restyled);
        }
        Rich::Compact(id) => {
            let Some(Item::Table(groups)) = doc.get_mut("groups") else {
                return;
            };
            if let Some(Item::Table(entry)) = groups.remove(id) {
                let mut inline = entry.into_inline_table();
                inline.fmt();
                groups.insert(id, Item::Value(toml_edit::Value::InlineTable(inline)));
            }
        }
        Rich::BoundaryReason(id, index, reason) => match boundaries_mut(doc, id) {
            Some(Item::ArrayOfTables(array)) => {
                if let Some(table) = array.get_mut(index) {
                    set(table, "reason", reason);
                }
            }
            Some(Item::Value(toml_edit::Value::Array(array))) => {
                if let Some(table) = array.get_mut(index).and_then(|v| v.as_inline_table_mut()) {
                    set(table, "reason", reason);
                }
            }
            _ => {}
        },
        Rich::Contact { id, email, table } => {
            let Some(entry) = document::entry_mut(doc, Register::Groups, id) else {
                return;
            };
            if entry.get("contact").is_none() {
                let mut contact = Table::new();
                if !table {
                    contact.set_dotted(true);
                }
                entry.insert("contact", Item::Table(contact));
            }
            if let Some(contact) = entry.get_mut("contact").and_then(Item::as_table_like_mut) {
                set(contact, "email", email);
            }
        }
        Rich::Feedback(id, text) => {
            let mut entry = Table::new();
            entry["date"] = value("2026-11-03".parse::<toml_edit::Datetime>().unwrap());
            entry["group"] = value(id);
            entry["text"] = value(text);
            document::append(doc, &["feedback"], entry).unwrap();
        }
        Rich::DeleteFeedback(index) => {
            let empty = match doc.get_mut("feedback") {
                Some(Item::ArrayOfTables(array)) if index < array.len() => {
                    array.remove(index);
                    array.is_empty()
                }
                _ => false,
            };
            if empty {
                doc.remove("feedback");
            }
        }
        Rich::RewriteFeedback(index, text) => {
            if let Some(Item::ArrayOfTables(array)) = doc.get_mut("feedback")
                && let Some(entry) = array.get_mut(index)
            {
                set(entry, "text", text);
            }
        }
        Rich::PersonIn(person, id) => match document::entry_mut(doc, Register::People, person) {
            Some(entry) => add_group_to(entry, id),
            None => {
                let mut table = Table::new();
                table["name"] = value(person.to_uppercase());
                table["groups"] = Item::Value(document::string_array(&[id]));
                document::insert_entry(doc, Register::People, person, table);
            }
        },
        Rich::SpaceHolds(id) => {
            if let Some(entry) = document::entry_mut(doc, Register::Spaces, "hall") {
                add_group_to(entry, id);
            }
        }
        Rich::Offer(id, detail) => {
            let mut money = money_offered(doc, id);
            if !money.iter().any(|d| d == detail) {
                money.push(detail.to_string());
                set_money(doc, id, &money);
            }
        }
        Rich::Unoffer(id, detail) => {
            let mut money = money_offered(doc, id);
            if money.iter().any(|d| d == detail) {
                money.retain(|d| d != detail);
                set_money(doc, id, &money);
            }
        }
        Rich::Invite(id) => {
            let mut invited = assembly_list(doc, "invited");
            if !invited.iter().any(|g| g == id) {
                invited.push(id.to_string());
                set_assembly_list(doc, "invited", &invited);
            }
        }
        Rich::Answer(id) => {
            let invited = assembly_list(doc, "invited");
            let mut answered = assembly_list(doc, "answered");
            if invited.iter().any(|g| g == id) && !answered.iter().any(|g| g == id) {
                answered.push(id.to_string());
                set_assembly_list(doc, "answered", &answered);
            }
        }
        Rich::Uninvite(id) => {
            for key in ["invited", "answered"] {
                let mut ids = assembly_list(doc, key);
                ids.retain(|g| g != id);
                set_assembly_list(doc, key, &ids);
            }
        }
    }
}

/// A list of step 3's assembly (`invited`, `answered`).
fn assembly_list(doc: &DocumentMut, key: &str) -> Vec<String> {
    doc["steps"]["assembly"]
        .get(key)
        .and_then(document::texts)
        .unwrap_or_default()
}

/// Writes a list of step 3's assembly; no key for an empty one.
fn set_assembly_list(doc: &mut DocumentMut, key: &str, ids: &[String]) {
    let assembly = doc["steps"]["assembly"].as_table_mut().unwrap();
    if ids.is_empty() {
        assembly.remove(key);
    } else {
        set(assembly, key, document::string_array(ids));
    }
}

/// The money details a group offers, a text being one.
fn money_offered(doc: &DocumentMut, id: &str) -> Vec<String> {
    let money = document::entry(doc, Register::Groups, id)
        .and_then(|g| g.get("offers"))
        .and_then(|o| o.get("money"))
        .and_then(Item::as_value);
    match money {
        Some(Value::String(one)) => vec![one.value().clone()],
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(|v| v.as_str().map(String::from))
            .collect(),
        _ => Vec::new(),
    }
}

/// Writes a group's money details: a text for one, a list for more, no
/// key (and no `offers` once it is empty) for none.
fn set_money(doc: &mut DocumentMut, id: &str, details: &[String]) {
    let Some(entry) = document::entry_mut(doc, Register::Groups, id) else {
        return;
    };
    if entry.get("offers").is_none() {
        entry.insert(
            "offers",
            Item::Value(Value::InlineTable(Default::default())),
        );
    }
    let Some(offers) = entry.get_mut("offers").and_then(Item::as_table_like_mut) else {
        return;
    };
    match details {
        [] => drop(offers.remove("money")),
        [one] => set(offers, "money", one.as_str()),
        more => set(offers, "money", document::string_array(more)),
    }
    if offers.is_empty() {
        entry.remove("offers");
    }
}

/// Adds a group id to an entry's `groups`, once.
fn add_group_to(entry: &mut dyn toml_edit::TableLike, id: &str) {
    let mut groups: Vec<String> = entry
        .get("groups")
        .and_then(Item::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    if !groups.iter().any(|g| g == id) {
        groups.push(id.to_string());
        set(entry, "groups", document::string_array(&groups));
    }
}

/// Three versions of the rich file: some edits made on both branches (so
/// that the same change, and the same new id, often land twice), then each
/// branch's own.
fn rich_sides() -> impl Strategy<Value = (Vec<Rich>, Vec<Rich>, Vec<Rich>)> {
    (
        prop::collection::vec(rich_edit(), 0..3),
        prop::collection::vec(rich_edit(), 0..7),
        prop::collection::vec(rich_edit(), 0..7),
    )
}

/// Sides that mostly add and remove money details of two groups (a base
/// made by the shared edits), among a few other edits.
fn offer_sides() -> impl Strategy<Value = (Vec<Rich>, Vec<Rich>, Vec<Rich>)> {
    let id = || prop::sample::select(&["tenants", "tenants-east"][..]);
    let detail = || prop::sample::select(DETAILS);
    let edit = move || {
        prop_oneof![
            4 => (id(), detail()).prop_map(|(id, d)| Rich::Offer(id, d)),
            2 => (id(), detail()).prop_map(|(id, d)| Rich::Unoffer(id, d)),
            1 => rich_edit(),
        ]
    };
    (
        prop::collection::vec(edit(), 0..4),
        prop::collection::vec(edit(), 0..4),
        prop::collection::vec(edit(), 0..4),
    )
}

fn rich_texts(shared: &[Rich], a: &[Rich], b: &[Rich]) -> (String, String) {
    let ours: Vec<Rich> = shared.iter().chain(a).cloned().collect();
    let theirs: Vec<Rich> = shared.iter().chain(b).cloned().collect();
    (rich_apply(&ours), rich_apply(&theirs))
}

/// One conflict block of a merged text: its two parts' lines.
#[derive(Debug)]
struct Block {
    ours: Vec<String>,
    theirs: Vec<String>,
}

/// The conflict blocks of a merged text (markers of size 7).
fn blocks(text: &str) -> Vec<Block> {
    let mut found = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line != "<<<<<<< ours" {
            continue;
        }
        let mut block = Block {
            ours: Vec::new(),
            theirs: Vec::new(),
        };
        let mut in_theirs = false;
        for line in lines.by_ref() {
            match line {
                "=======" => in_theirs = true,
                ">>>>>>> theirs" => break,
                _ if in_theirs => block.theirs.push(line.to_string()),
                _ => block.ours.push(line.to_string()),
            }
        }
        found.push(block);
    }
    found
}

/// A merged text with every conflict block replaced by one side's part.
fn resolve_text(text: &str, side: Side) -> String {
    let resolved = keep_side(text, side);
    assert!(
        !resolved
            .lines()
            .any(|l| l.starts_with("<<<<<<<") || l.starts_with(">>>>>>>")),
        "an unclosed conflict block:\n{text}"
    );
    resolved
}

/// A merge of the three texts, with each side's data and the plan.
struct Case {
    base: String,
    ours: String,
    theirs: String,
    base_data: toml::Table,
    ours_data: toml::Table,
    theirs_data: toml::Table,
    plan: Plan,
    merged: Merged,
}

impl Case {
    fn new(base: &str, ours: String, theirs: String) -> Case {
        let base_data = side_data(base).unwrap();
        let ours_data = side_data(&ours).unwrap();
        let theirs_data = side_data(&theirs).unwrap();
        let plan = plan(&base_data, &ours_data, &theirs_data);
        let merged = merge(base, &ours, &theirs, 7).unwrap();
        Case {
            base: base.to_string(),
            ours,
            theirs,
            base_data,
            ours_data,
            theirs_data,
            plan,
            merged,
        }
    }

    fn resolved(&self, side: Side) -> toml::Table {
        resolve(&self.plan, side, &self.ours_data, &self.theirs_data)
    }

    /// The merged text resolved to `side`, read as data.
    fn text_resolved(&self, side: Side) -> Result<toml::Table, String> {
        let text = resolve_text(&self.merged.text, side);
        side_data(&text).map_err(|err| format!("{err}\n{text}"))
    }
}

impl std::fmt::Display for Case {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "--- base\n{}--- ours\n{}--- theirs\n{}--- merged {:?}\n{}",
            self.base, self.ours, self.theirs, self.merged.conflicts, self.merged.text
        )
    }
}

/// Property 1 on one case, each side's data seen through `seen`.
fn resolutions_match(
    case: &Case,
    seen: fn(toml::Table) -> toml::Table,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(&case.merged.conflicts, &case.plan.conflict_paths());
    for side in [Side::Ours, Side::Theirs] {
        let text = case.text_resolved(side);
        prop_assert!(
            text.is_ok(),
            "{side:?} is not TOML: {}\n{case}",
            text.unwrap_err()
        );
        prop_assert_eq!(
            seen(text.unwrap()),
            seen(case.resolved(side)),
            "resolved to {:?}\n{}",
            side,
            case
        );
    }
    if case.merged.conflicts.is_empty() {
        let data = side_data(&case.merged.text);
        prop_assert!(data.is_ok(), "{case}");
        prop_assert_eq!(
            seen(data.unwrap()),
            seen(case.resolved(Side::Ours)),
            "{}",
            case
        );
    }
    Ok(())
}

fn is_public(group: Option<&toml::Value>) -> bool {
    group
        .and_then(|g| g.get("public"))
        .and_then(toml::Value::as_bool)
        == Some(true)
}

fn entry_of<'a>(data: &'a toml::Table, register: &str, id: &str) -> Option<&'a toml::Value> {
    data.get(register)?.get(id)
}

/// What a table header line names: a register entry (register and id), a
/// log, or another top-level table. `None` for lines that are not headers.
fn header_subject(line: &str) -> Option<Vec<String>> {
    let line = line.trim();
    let inner = if let Some(rest) = line.strip_prefix("[[") {
        rest.split("]]").next()?
    } else {
        line.strip_prefix('[')?.split(']').next()?
    };
    let keys: Vec<String> = inner
        .split('.')
        .map(|k| k.trim().trim_matches(['"', '\'']).to_string())
        .collect();
    let registers = ["groups", "tactics", "spaces", "committees", "people"];
    let depth = if registers.contains(&keys[0].as_str()) {
        2
    } else if keys.join(".").starts_with("steps.presentation.questions") {
        3
    } else {
        1
    };
    Some(keys.into_iter().take(depth).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Resolving every conflict block of the merged text to one side (that
    /// side's part kept, the other part and the markers dropped) gives valid
    /// TOML whose data is exactly `resolve(plan, side)`, log order included;
    /// a clean merge's text is that data as it stands.
    #[test]
    fn resolving_the_text_is_resolving_the_data((shared, a, b) in rich_sides()) {
        let (ours, theirs) = rich_texts(&shared, &a, &b);
        resolutions_match(&Case::new(RICH_BASE, ours, theirs), |data| data)?;
    }

    /// What both sides hold, the merge holds: each register entry, and each
    /// field of an entry, that ours and theirs both have with the same
    /// value, and each other top-level value (`coalition`, the logs...)
    /// equal on both sides, is in the clean result and in each resolution
    /// of the conflicts.
    #[test]
    fn values_on_both_sides_are_kept((shared, a, b) in rich_sides()) {
        let (ours, theirs) = rich_texts(&shared, &a, &b);
        let case = Case::new(RICH_BASE, ours, theirs);
        let registers = ["groups", "tactics", "spaces", "committees", "people"];
        for side in [Side::Ours, Side::Theirs] {
            let result = case.text_resolved(side);
            prop_assert!(result.is_ok(), "{}", result.unwrap_err());
            let result = result.unwrap();
            for (key, ours) in &case.ours_data {
                let theirs = case.theirs_data.get(key);
                if !registers.contains(&key.as_str()) {
                    if theirs == Some(ours) {
                        prop_assert_eq!(result.get(key), Some(ours), "{} ({:?})\n{}", key, side, case);
                    }
                    continue;
                }
                let (Some(ours), Some(theirs)) = (ours.as_table(), theirs.and_then(|t| t.as_table())) else {
                    continue;
                };
                for (id, ours_entry) in ours {
                    let Some(theirs_entry) = theirs.get(id) else { continue };
                    let got = entry_of(&result, key, id);
                    if ours_entry == theirs_entry {
                        prop_assert_eq!(got, Some(ours_entry), "{}.{} ({:?})\n{}", key, id, side, case);
                        continue;
                    }
                    let (Some(o), Some(t)) = (ours_entry.as_table(), theirs_entry.as_table()) else {
                        continue;
                    };
                    for (field, value) in o {
                        if t.get(field) == Some(value) {
                            prop_assert_eq!(
                                got.and_then(|g| g.get(field)), Some(value),
                                "{}.{}.{} ({:?})\n{}", key, id, field, side, case
                            );
                        }
                    }
                }
            }
        }
    }

    /// Money details added on both sides never conflict; in a clean merge
    /// they are all there, each once, and a detail a side removed (that
    /// the other kept) is not.
    #[test]
    fn details_added_on_both_sides_are_all_kept((shared, a, b) in offer_sides()) {
        let base = rich_apply(&shared);
        let (ours, theirs) = rich_texts(&shared, &a, &b);
        let case = Case::new(&base, ours.clone(), theirs.clone());
        let money = |text: &str, id: &str| -> Vec<String> {
            money_offered(&text.parse().unwrap(), id)
        };
        let clean = case.merged.conflicts.is_empty();
        for id in GROUP_IDS {
            let (b, o, t) = (money(&base, id), money(&ours, id), money(&theirs, id));
            let only_added = |side: &[String]| !side.is_empty() && b.iter().all(|d| side.contains(d));
            if only_added(&o) && only_added(&t) {
                let path = format!("groups.{id}.offers.money");
                prop_assert!(
                    !case.merged.conflicts.contains(&path),
                    "additions conflict on {}\n{}", path, case
                );
            }
            if !clean {
                continue;
            }
            let got = money(&case.merged.text, id);
            let mut unique = got.clone();
            unique.sort();
            unique.dedup();
            prop_assert_eq!(unique.len(), got.len(), "{}\n{}", id, case);
            for detail in o.iter().chain(&t) {
                if !b.contains(detail) {
                    prop_assert!(got.contains(detail), "{} lost {}\n{}", id, detail, case);
                } else if !(o.contains(detail) && t.contains(detail)) {
                    prop_assert!(!got.contains(detail), "{} kept {}\n{}", id, detail, case);
                }
            }
        }
    }

    /// A group is public in a clean result only if it was public in base,
    /// or one side made it public (by a change or by adding it) and the
    /// other side left the group as base had it, or made it public too.
    #[test]
    fn groups_are_made_public_only_with_both_sides_consent((shared, a, b) in rich_sides()) {
        let (ours, theirs) = rich_texts(&shared, &a, &b);
        let case = Case::new(RICH_BASE, ours, theirs);
        if !case.merged.conflicts.is_empty() {
            return Ok(());
        }
        let result = side_data(&case.merged.text).unwrap();
        let Some(groups) = result.get("groups").and_then(toml::Value::as_table) else {
            return Ok(());
        };
        for (id, group) in groups {
            if !is_public(Some(group)) {
                continue;
            }
            let base = entry_of(&case.base_data, "groups", id);
            let ours = entry_of(&case.ours_data, "groups", id);
            let theirs = entry_of(&case.theirs_data, "groups", id);
            let opened_by = |side: Option<&toml::Value>, other: Option<&toml::Value>| {
                is_public(side) && (other == base || is_public(other))
            };
            prop_assert!(
                is_public(base) || opened_by(ours, theirs) || opened_by(theirs, ours),
                "groups.{} made public\n{}", id, case
            );
        }
    }

    /// A conflict block holds one part of the file: every table header in
    /// it, on either side, names the same register entry (register and id),
    /// the same log, or the same top-level table.
    #[test]
    fn a_conflict_block_holds_one_entry((shared, a, b) in rich_sides()) {
        let (ours, theirs) = rich_texts(&shared, &a, &b);
        let case = Case::new(RICH_BASE, ours, theirs);
        for block in blocks(&case.merged.text) {
            let subjects: BTreeSet<Vec<String>> = block
                .ours
                .iter()
                .chain(&block.theirs)
                .filter_map(|line| header_subject(line))
                .collect();
            prop_assert!(subjects.len() <= 1, "{:?} in one block\n{}", subjects, case);
        }
    }

    /// The guard: neither resolution of the merged text, nor a clean
    /// result, has an error that neither side had (an answer to an
    /// invitation the other side withdrew, a reference to a group the other
    /// side removed...).
    #[test]
    fn no_resolution_has_an_error_neither_side_had((shared, a, b) in rich_sides()) {
        let (ours, theirs) = rich_texts(&shared, &a, &b);
        let case = Case::new(RICH_BASE, ours, theirs);
        for side in [Side::Ours, Side::Theirs] {
            let result = case.text_resolved(side);
            prop_assert!(result.is_ok(), "{}", result.unwrap_err());
            let new = new_errors(&result.unwrap(), &case.ours_data, &case.theirs_data);
            prop_assert!(new.is_empty(), "{:?} resolved to {:?}\n{}", new, side, case);
        }
    }

    /// An answer to an invitation the other side withdrew conflicts in the
    /// assembly's `invited` and `answered` only: what each side changed
    /// elsewhere (notes on one side, power on the other) is taken.
    #[test]
    fn an_answer_clash_stays_in_the_assembly(
        id in prop::sample::select(GROUP_IDS),
        notes in prop::collection::vec((prop::sample::select(GROUP_IDS), prop::sample::select(NOTES)), 0..4),
        powers in prop::collection::vec((prop::sample::select(GROUP_IDS), 1..=3i64), 0..4),
    ) {
        let ours: Vec<Rich> = [Rich::Invite(id), Rich::Answer(id)]
            .into_iter()
            .chain(notes.into_iter().map(|(g, n)| Rich::Notes(g, n)))
            .collect();
        let theirs: Vec<Rich> = [Rich::Uninvite(id)]
            .into_iter()
            .chain(powers.into_iter().map(|(g, p)| Rich::Power(g, p)))
            .collect();
        let case = Case::new(RICH_BASE, rich_apply(&ours), rich_apply(&theirs));
        for path in &case.merged.conflicts {
            prop_assert!(
                ["steps.assembly.invited", "steps.assembly.answered"].contains(&path.as_str()),
                "{} conflicts\n{}", path, case
            );
        }
    }

    /// The merge reports conflicts exactly when its text has markers.
    #[test]
    fn conflicts_are_reported_iff_marked((shared, a, b) in rich_sides()) {
        let (ours, theirs) = rich_texts(&shared, &a, &b);
        let case = Case::new(RICH_BASE, ours, theirs);
        let marked = case.merged.text.lines().any(|l| l.starts_with("<<<<<<<"));
        prop_assert_eq!(case.merged.conflicts.is_empty(), !marked, "{}", case);
    }
}

const HEAD: &str = "schema = 1\n\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n";
const GROUP_A: &str = "\n[groups.a]\nname = \"A\"\n";
const GROUP_B: &str = "\n[groups.b]\nname = \"B\"\n";
const ONE: &str = "\n[[feedback]]\ndate = 2026-11-01\ngroup = \"a\"\ntext = \"one\"\n";
const TWO: &str = "\n[[feedback]]\ndate = 2026-11-02\ngroup = \"a\"\ntext = \"two\"\n";

/// The smallest cases of `resolving_the_text_is_resolving_the_data`: a
/// merge that empties a log or a register writes no `[[feedback]]` (no
/// `[groups.*]`), while `resolve` holds `feedback = []` (`groups = {}`);
/// `data` fills in neither, so the two differ.
#[test]
fn an_emptied_log_or_register_is_the_same_in_text_and_data() {
    let cases = [
        // Each side deletes one of the two feedback entries: clean, none left.
        (
            format!("{HEAD}{GROUP_A}{ONE}{TWO}"),
            format!("{HEAD}{GROUP_A}{TWO}"),
            format!("{HEAD}{GROUP_A}{ONE}"),
        ),
        // Each side removes one of the two groups: clean, none left.
        (
            format!("{HEAD}{GROUP_A}{GROUP_B}"),
            format!("{HEAD}{GROUP_B}"),
            format!("{HEAD}{GROUP_A}"),
        ),
        // Theirs deletes both entries, ours the first: a conflict, whose
        // THEIRS part is empty.
        (
            format!("{HEAD}{GROUP_A}{ONE}{TWO}"),
            format!("{HEAD}{GROUP_A}{TWO}"),
            format!("{HEAD}{GROUP_A}"),
        ),
    ];
    for (base, ours, theirs) in cases {
        let case = Case::new(&base, ours, theirs);
        for side in [Side::Ours, Side::Theirs] {
            assert_eq!(
                case.text_resolved(side).unwrap(),
                case.resolved(side),
                "resolved to {side:?}\n{case}"
            );
        }
    }
}

/// Logs whose entries commands change in place: an assembly (identified by
/// its date) and decisions.
const LOG_BASE: &str = r#"schema = 1

[coalition]
name = "C"
unity_statement = "U"

[[assemblies]]
date = 2027-04-10
place = "Centre"

[[assemblies]]
date = 2027-06-12
agenda = "Budget and spring actions"

[[decisions]]
date = 2026-11-05
summary = "Hold the march on the first of May"

[[decisions]]
date = 2026-11-06
summary = "Book the hall for the spring assembly"
rule = "majority"
"#;

/// The fields an edit may set (or remove) in an entry of each log, with
/// the values it may give them.
fn editable(log: &str) -> &'static [(&'static str, &'static [&'static str])] {
    match log {
        "assemblies" => &[
            ("start", &["18:30", "19:00"]),
            ("place", &["Centre", "Hall"]),
            ("agenda", &["Budget", "Elections"]),
            ("rsvp", &["rsvp@example.org"]),
            ("notes", &["Bring chairs", "Late start"]),
        ],
        _ => &[
            ("rule", &["consent", "majority"]),
            ("review_on", &["2027-01-01", "2027-03-01"]),
            ("reviewed", &["2026-11-20"]),
        ],
    }
}

/// What happens to one field: left alone, set (or removed, `None`) on one
/// side, or set the same on both.
#[derive(Debug, Clone)]
enum FieldEdit {
    Untouched,
    Ours(Option<usize>),
    Theirs(Option<usize>),
    Both(Option<usize>),
}

fn field_edit() -> impl Strategy<Value = FieldEdit> {
    let value = prop::option::weighted(0.8, 0..2usize);
    prop_oneof![
        Just(FieldEdit::Untouched),
        value.clone().prop_map(FieldEdit::Ours),
        value.clone().prop_map(FieldEdit::Theirs),
        value.prop_map(FieldEdit::Both),
    ]
}

/// `LOG_BASE` with the field edits `side` makes (true: ours) to entry
/// `index` of `log`; both sides' edits with `side` none.
fn edit_entry(log: &str, index: usize, edits: &[FieldEdit], side: Option<bool>) -> String {
    let mut doc: DocumentMut = LOG_BASE.parse().unwrap();
    let entry = doc[log]
        .as_array_of_tables_mut()
        .unwrap()
        .get_mut(index)
        .unwrap();
    for ((field, values), edit) in editable(log).iter().zip(edits) {
        let change = match (edit, side) {
            (FieldEdit::Ours(v), Some(true) | None)
            | (FieldEdit::Theirs(v), Some(false) | None)
            | (FieldEdit::Both(v), _) => v,
            _ => continue,
        };
        match change {
            Some(i) => {
                let text = values[(*i).min(values.len() - 1)];
                let value: Value = match text.parse::<toml_edit::Datetime>() {
                    Ok(date) => date.into(),
                    Err(_) => text.into(),
                };
                set(entry, field, value);
            }
            None => {
                entry.remove(field);
            }
        }
    }
    doc.to_string()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Two organizers change different fields of one assembly or decision
    /// (`update-assembly`, `update-decision`), or the same field the same
    /// way: the merge is clean and holds every edit, once, as the data and
    /// as the text.
    #[test]
    fn disjoint_field_edits_of_one_log_entry_merge_cleanly(
        log in prop::sample::select(&["assemblies", "decisions"][..]),
        index in 0..2usize,
        edits in prop::collection::vec(field_edit(), 5),
    ) {
        let ours = edit_entry(log, index, &edits, Some(true));
        let theirs = edit_entry(log, index, &edits, Some(false));
        let expected = side_data(&edit_entry(log, index, &edits, None)).unwrap();
        let case = Case::new(LOG_BASE, ours, theirs);
        prop_assert!(case.merged.conflicts.is_empty(), "{}", case);
        prop_assert_eq!(&side_data(&case.merged.text).unwrap(), &expected, "{}", case);
        prop_assert_eq!(&case.resolved(Side::Ours), &expected, "{}", case);
    }
}
