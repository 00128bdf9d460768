//! The private overlay (`coalition.private.toml`): what the coalition keeps
//! internal, beside the shared file that may go to a public forge.
//!
//! The overlay has the coalition file's schema and is merged into it by id
//! when coal loads: a group's table, a register entry, a list of group ids,
//! a log entry. What goes in it is decided on the merged coalition, by one
//! rule (`split`), so that every command that writes routes internal data
//! there without knowing it:
//! - every group that does not endorse the coalition publicly, whole
//!   (`public` not `true`);
//! - a public group's internal fields: its contact, notes, intentions and
//!   boundaries (with their reasons);
//! - every person and every piece of feedback;
//! - a decision that names a group of the overlay, and a question one asked;
//! - a group of the overlay among a step's, an assembly's, a space's or a
//!   committee's groups.
//!
//! The shared file then never names a group of the overlay. When the
//! overlay is sealed (`coalition.private.toml.age`, `seal`), it is opened
//! in memory only.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, TableLike, Value};

use crate::error::{Error, Result};
use crate::model::Register;
use crate::model::finding::{Finding, code};
use crate::store::refs::{self, Holds};
use crate::store::seal;
use crate::t;

/// The internal fields of a group that endorses the coalition publicly.
pub const INTERNAL_GROUP_FIELDS: &[&str] = &["contact", "notes", "intentions", "boundaries"];

/// The logs whose entries a merge puts in date order, each side's order kept.
const DATED_LOGS: &[&str] = &["decisions", "feedback"];

/// Where a coalition file's overlay is, plain and sealed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub plain: PathBuf,
    pub sealed: PathBuf,
}

/// `coalition.toml` → `coalition.private.toml` and `coalition.private.toml.age`,
/// in the same folder; a file not named `.toml` gets `.private.toml` added.
pub fn paths(coalition: &Path) -> Paths {
    let name = coalition.file_name().map_or_else(
        || "coalition.toml".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    let stem = name.strip_suffix(".toml").unwrap_or(&name);
    let plain = coalition.with_file_name(format!("{stem}.private.toml"));
    let sealed = coalition.with_file_name(format!("{stem}.private.toml.age"));
    Paths { plain, sealed }
}

/// Which overlay files exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    None,
    Plain,
    Sealed,
    /// A sealed overlay and a plain working copy of it (a merge left its
    /// conflicts there, or it was opened to be edited by hand): the plain one
    /// is read and written until `coal private seal` seals it again.
    Both,
}

impl Paths {
    pub fn found(&self) -> Found {
        let exists = |path: &Path| std::fs::symlink_metadata(path).is_ok();
        match (exists(&self.plain), exists(&self.sealed)) {
            (false, false) => Found::None,
            (true, false) => Found::Plain,
            (false, true) => Found::Sealed,
            (true, true) => Found::Both,
        }
    }
}

/// The ids of the groups that belong in the overlay: every group whose
/// `public` is not `true` (absent, false, or not even a boolean).
pub fn private_ids(groups: Option<&dyn TableLike>) -> BTreeSet<String> {
    let Some(groups) = groups else {
        return BTreeSet::new();
    };
    groups
        .iter()
        .filter(|(_, group)| !is_public(group.as_table_like()))
        .map(|(id, _)| id.to_string())
        .collect()
}

fn is_public(group: Option<&dyn TableLike>) -> bool {
    group
        .and_then(|g| g.get("public"))
        .and_then(Item::as_bool)
        .unwrap_or(false)
}

/// The ids of the groups that are not public once the overlay is merged
/// into the shared file: `public` is read where either file gives it (the
/// overlay holds only the internal part of a public group).
pub fn private_data_ids(shared: &toml::Table, overlay: Option<&toml::Table>) -> BTreeSet<String> {
    fn groups(data: &toml::Table) -> Option<&toml::Table> {
        data.get("groups").and_then(toml::Value::as_table)
    }
    let public = |data: &toml::Table, id: &str| {
        groups(data)
            .and_then(|groups| groups.get(id))
            .and_then(|group| group.get("public"))
            .and_then(toml::Value::as_bool)
            == Some(true)
    };
    // The overlay's word when both files give one, as `merge` reads it
    // (`says_public`).
    let said = |data: &toml::Table, id: &str| {
        groups(data)?
            .get(id)?
            .get("public")
            .and_then(toml::Value::as_bool)
    };
    let is_public = |id: &str| {
        overlay
            .and_then(|o| said(o, id))
            .unwrap_or_else(|| public(shared, id))
    };
    let mut ids = BTreeSet::new();
    for data in std::iter::once(shared).chain(overlay) {
        if let Some(groups) = groups(data) {
            ids.extend(groups.keys().filter(|id| !is_public(id)).cloned());
        }
    }
    ids
}

/// Takes everything internal out of `doc` (the merged coalition, as an edit
/// leaves it) and returns it as the overlay's document, in `coal fmt`'s
/// layout. What stays in `doc` keeps its bytes.
///
/// `before`: the overlay's data before the edit. What it held stays in it
/// (an organizer may keep more there than the rule asks: a tactic, a note
/// on a step; and a decision that named a private group still tells of it
/// once the group is gone), except a group it held whole that is public
/// now: `update-group --public` moves it to the shared file.
pub fn split(doc: &mut DocumentMut, before: Option<&toml::Table>) -> DocumentMut {
    let private = private_ids(doc.get("groups").and_then(Item::as_table_like));
    let named = |value: &Value| value.as_str().is_some_and(|id| private.contains(id));
    // Their names too, read before the groups move out of `doc`.
    let words = Mentions::of(doc.get("groups").and_then(Item::as_table_like), &private);
    let mut overlay = DocumentMut::new();

    // Groups: the private ones whole, the public ones' internal fields.
    if let Some(groups) = doc.get_mut("groups").and_then(Item::as_table_like_mut) {
        let ids: Vec<String> = groups.iter().map(|(id, _)| id.to_string()).collect();
        for id in ids {
            if private.contains(&id) {
                if let Some(group) = groups.remove(&id) {
                    insert_at(&mut overlay, &["groups", &id], group);
                }
                continue;
            }
            let Some(group) = groups.get_mut(&id).and_then(Item::as_table_like_mut) else {
                continue;
            };
            for field in INTERNAL_GROUP_FIELDS {
                if let Some(item) = group.remove(field) {
                    insert_at(&mut overlay, &["groups", &id, field], item);
                }
            }
        }
    }
    // People and feedback, whole.
    for key in [Register::People.key(), "feedback"] {
        if let Some(item) = doc.remove(key) {
            overlay.insert(key, item);
        }
    }
    // Decisions that name a private group, in their lists or in their
    // summary; questions asked by one, or naming one.
    let names_private = |entry: &dyn TableLike| {
        let listed = ["affects", "consulted", "asked_by"].iter().any(|key| {
            entry.get(key).is_some_and(|item| match item.as_value() {
                Some(Value::Array(ids)) => ids.iter().any(named),
                Some(value) => named(value),
                None => false,
            })
        });
        listed
            || ["summary", "question", "answer"].iter().any(|key| {
                entry
                    .get(key)
                    .and_then(Item::as_str)
                    .is_some_and(|text| words.in_text(text))
            })
    };
    move_entries(doc, &mut overlay, &["decisions"], &names_private);
    move_entries(
        doc,
        &mut overlay,
        &["steps", "presentation", "questions"],
        &names_private,
    );
    // An assembly's notes are internal (`add-assembly --notes`); the
    // overlay keeps them under the assembly's date.
    move_assembly_notes(doc, &mut overlay);
    // Private ids in the lists of group ids that stay shared.
    for site in refs::sites(Register::Groups) {
        if matches!(site.holds, Holds::List) {
            move_ids(doc, &mut overlay, site.at, &private);
        }
    }
    if let Some(before) = before {
        keep_where_it_was(doc, &mut overlay, before);
    }
    order_arrays_of_tables(doc);
    super::format::format(&mut overlay);
    overlay
}

fn move_assembly_notes(doc: &mut DocumentMut, overlay: &mut DocumentMut) {
    let Some(entries) = doc
        .get_mut("assemblies")
        .and_then(Item::as_array_of_tables_mut)
    else {
        return;
    };
    let mut moved = Vec::new();
    for entry in entries.iter_mut() {
        let Some(date) = entry.get("date").and_then(Item::as_value).cloned() else {
            continue;
        };
        if let Some(notes) = entry.remove("notes") {
            moved.push((date, notes));
        }
    }
    for (date, notes) in moved {
        let log = overlay
            .entry("assemblies")
            .or_insert(Item::ArrayOfTables(ArrayOfTables::new()));
        let Some(log) = log.as_array_of_tables_mut() else {
            return;
        };
        let same = |entry: &Table| {
            entry.get("date").and_then(Item::as_value).map(bare) == Some(bare(&date))
        };
        if !log.iter().any(same) {
            let mut entry = Table::new();
            entry.insert("date", Item::Value(date.clone().decorated(" ", "")));
            log.push(entry);
        }
        if let Some(entry) = log.iter_mut().find(|entry| same(entry)) {
            entry.insert("notes", notes);
        }
    }
}

/// A text as names are compared in it: lower case, without accents, one
/// space between words ("Réseau  Secret" and "reseau secret" meet).
fn plain_words(text: &str) -> String {
    deunicode::deunicode(text)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The ids and names of the groups that are not public, to find them
/// named in a text (a decision's summary, a question).
pub struct Mentions {
    ids: BTreeSet<String>,
    names: Vec<String>,
}

impl Mentions {
    fn of(groups: Option<&dyn TableLike>, private: &BTreeSet<String>) -> Mentions {
        let names = groups
            .map(|groups| {
                private
                    .iter()
                    .filter_map(|id| groups.get(id)?.get("name")?.as_str())
                    .map(plain_words)
                    .filter(|name| name.chars().count() >= 3)
                    .collect()
            })
            .unwrap_or_default();
        Mentions {
            ids: private.clone(),
            names,
        }
    }

    /// The first of the ids that `text` holds as a word.
    fn id_in(&self, text: &str) -> Option<String> {
        text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .find(|word| !word.is_empty() && self.ids.contains(*word))
            .map(str::to_string)
    }

    /// Whether `text` holds one of the ids as a word, or one of the names.
    pub fn in_text(&self, text: &str) -> bool {
        if self.id_in(text).is_some() {
            return true;
        }
        let text = plain_words(text);
        self.names.iter().any(|name| text.contains(name.as_str()))
    }
}

/// Moves back to `overlay` what `before` (the overlay's data before the
/// edit) held and the rule of `split` left in `doc`.
fn keep_where_it_was(doc: &mut DocumentMut, overlay: &mut DocumentMut, before: &toml::Table) {
    for (key, value) in before {
        let key = key.as_str();
        match (key, value) {
            // The shared file says which coalition it is, and to whom the
            // overlay is sealed.
            ("schema" | "coalition", _) => {}
            ("groups", toml::Value::Table(groups)) => {
                for (id, group) in groups {
                    let Some(group) = group.as_table() else {
                        continue;
                    };
                    // A group held whole goes where its `public` says.
                    if group.contains_key("name") {
                        continue;
                    }
                    for field in group.keys() {
                        move_path(doc, overlay, &["groups", id, field]);
                    }
                }
            }
            ("decisions" | "feedback", toml::Value::Array(entries)) => {
                let known: Vec<(Option<&toml::Value>, Option<&toml::Value>)> = entries
                    .iter()
                    .map(|e| (e.get("date"), e.get("summary").or_else(|| e.get("text"))))
                    .collect();
                let same = |entry: &dyn TableLike| {
                    let date = entry.get("date").and_then(super::document::item_data);
                    let what = entry
                        .get("summary")
                        .or_else(|| entry.get("text"))
                        .and_then(super::document::item_data);
                    known
                        .iter()
                        .any(|(d, w)| d.cloned() == date && w.cloned() == what)
                };
                move_entries(doc, overlay, &[key], &same);
            }
            ("assemblies", _) => {}
            ("steps", toml::Value::Table(steps)) => {
                for (step, fields) in steps {
                    let Some(fields) = fields.as_table() else {
                        continue;
                    };
                    for (field, value) in fields {
                        if field == "questions" {
                            let asked: Vec<Option<&toml::Value>> = value
                                .as_array()
                                .map(|qs| qs.iter().map(|q| q.get("question")).collect())
                                .unwrap_or_default();
                            let same = |entry: &dyn TableLike| {
                                let question =
                                    entry.get("question").and_then(super::document::item_data);
                                asked.iter().any(|q| q.cloned() == question)
                            };
                            move_entries(doc, overlay, &["steps", step, "questions"], &same);
                        } else {
                            move_kept(doc, overlay, &["steps", step, field], value);
                        }
                    }
                }
            }
            (_, toml::Value::Table(entries)) if Register::ALL.iter().any(|r| r.key() == key) => {
                for (id, entry) in entries {
                    match entry.as_table() {
                        Some(entry) if !entry.contains_key("name") => {
                            for (field, value) in entry {
                                move_kept(doc, overlay, &[key, id, field], value);
                            }
                        }
                        _ => move_path(doc, overlay, &[key, id]),
                    }
                }
            }
            (_, toml::Value::Table(fields)) => {
                for (field, value) in fields {
                    move_kept(doc, overlay, &[key, field], value);
                }
            }
            _ => move_path(doc, overlay, &[key]),
        }
    }
}

/// Moves what the overlay held at `path` back to it: the ids of a list
/// that it held, or the value.
fn move_kept(doc: &mut DocumentMut, overlay: &mut DocumentMut, path: &[&str], held: &toml::Value) {
    let Some(held) = held
        .as_array()
        .filter(|list| list.iter().all(toml::Value::is_str))
    else {
        return move_path(doc, overlay, path);
    };
    let Some(Item::Value(Value::Array(list))) = item_at_mut(doc.as_table_mut(), path) else {
        return;
    };
    let kept = |value: &Value| {
        value
            .as_str()
            .is_some_and(|v| held.iter().any(|h| h.as_str() == Some(v)))
    };
    let moved: Vec<Value> = list.iter().filter(|v| kept(v)).cloned().collect();
    if moved.is_empty() {
        return;
    }
    crate::store::document::remove_from_list(list, kept);
    let place: Vec<Step> = path.iter().map(|key| Step::Key(key.to_string())).collect();
    add_ids(overlay.as_table_mut(), &place, moved);
}

/// Moves the item at `path`, if `doc` has one, to the same place in `overlay`.
fn move_path(doc: &mut DocumentMut, overlay: &mut DocumentMut, path: &[&str]) {
    if item_at_mut(doc.as_table_mut(), path).is_none() {
        return;
    }
    if let Some(item) = take_at(doc.as_table_mut(), path) {
        let exists = item_at_mut(overlay.as_table_mut(), path).is_some();
        if !exists {
            insert_at(overlay, path, item);
        }
    }
}

/// Moves the entries of the log at `path` that `pick` picks to the same
/// log in `overlay`.
fn move_entries(
    doc: &mut DocumentMut,
    overlay: &mut DocumentMut,
    path: &[&str],
    pick: &dyn Fn(&dyn TableLike) -> bool,
) {
    let Some(item) = item_at_mut(doc.as_table_mut(), path) else {
        return;
    };
    let moved: Vec<Table> = match item {
        Item::ArrayOfTables(entries) => {
            let mut moved = Vec::new();
            let mut kept = ArrayOfTables::new();
            for entry in std::mem::take(entries) {
                if pick(&entry) {
                    moved.push(entry);
                } else {
                    kept.push(entry);
                }
            }
            *entries = kept;
            moved
        }
        Item::Value(Value::Array(entries)) => {
            let mut moved = Vec::new();
            let mut index = 0;
            while index < entries.len() {
                let picked = entries
                    .get(index)
                    .and_then(Value::as_inline_table)
                    .is_some_and(|entry| pick(entry));
                if picked {
                    if let Value::InlineTable(entry) = entries.remove(index) {
                        moved.push(entry.into_table());
                    }
                } else {
                    index += 1;
                }
            }
            moved
        }
        _ => Vec::new(),
    };
    if is_empty_list(item) {
        remove_at(doc.as_table_mut(), path);
    }
    if moved.is_empty() {
        return;
    }
    let mut log = match take_at(overlay.as_table_mut(), path) {
        Some(Item::ArrayOfTables(log)) => log,
        _ => ArrayOfTables::new(),
    };
    for entry in moved {
        log.push(entry);
    }
    insert_at(overlay, path, Item::ArrayOfTables(log));
}

fn is_empty_list(item: &Item) -> bool {
    match item {
        Item::ArrayOfTables(entries) => entries.is_empty(),
        Item::Value(Value::Array(entries)) => entries.is_empty(),
        _ => false,
    }
}

/// One step of the way to a list of group ids: a key, or the entry of a
/// log known by its date (an assembly).
#[derive(Clone)]
enum Step {
    Key(String),
    Dated(Value),
}

/// Moves the private ids of each list at `at` (`*` any entry, `#` any
/// element of a log, where an assembly is known by its date) to the list at
/// the same place in `overlay`.
fn move_ids(
    doc: &mut DocumentMut,
    overlay: &mut DocumentMut,
    at: &str,
    private: &BTreeSet<String>,
) {
    let parts: Vec<&str> = at.split('.').collect();
    // The entries these lists belong to go to the overlay whole.
    if ["groups", "people", "feedback", "decisions"].contains(&parts[0])
        || parts.starts_with(&["steps", "presentation", "questions"])
    {
        return;
    }
    let mut found = Vec::new();
    collect_ids(
        doc.as_table_mut(),
        &parts,
        &mut Vec::new(),
        private,
        &mut found,
    );
    for (place, ids) in found {
        add_ids(overlay.as_table_mut(), &place, ids);
    }
}

fn collect_ids(
    table: &mut dyn TableLike,
    parts: &[&str],
    place: &mut Vec<Step>,
    private: &BTreeSet<String>,
    found: &mut Vec<(Vec<Step>, Vec<Value>)>,
) {
    let Some((first, rest)) = parts.split_first() else {
        return;
    };
    if *first == "*" {
        let keys: Vec<String> = table.iter().map(|(k, _)| k.to_string()).collect();
        for key in keys {
            if let Some(inner) = table.get_mut(&key).and_then(Item::as_table_like_mut) {
                place.push(Step::Key(key.clone()));
                collect_ids(inner, rest, place, private, found);
                place.pop();
            }
        }
        return;
    }
    let Some(item) = table.get_mut(first) else {
        return;
    };
    place.push(Step::Key(first.to_string()));
    match rest.first() {
        None => {
            if let Some(Value::Array(ids)) = item.as_value_mut() {
                let is_private =
                    |value: &Value| value.as_str().is_some_and(|id| private.contains(id));
                let moved: Vec<Value> = ids.iter().filter(|v| is_private(v)).cloned().collect();
                if !moved.is_empty() {
                    crate::store::document::remove_from_list(ids, is_private);
                    // A list left empty by the split says nothing: gone.
                    if ids.is_empty() {
                        table.remove(first);
                    }
                    found.push((place.clone(), moved));
                }
            }
        }
        Some(&"#") => {
            if let Some(entries) = item.as_array_of_tables_mut() {
                for entry in entries.iter_mut() {
                    let Some(date) = entry.get("date").and_then(Item::as_value).cloned() else {
                        continue;
                    };
                    place.push(Step::Dated(date));
                    collect_ids(entry, &rest[1..], place, private, found);
                    place.pop();
                }
            }
        }
        Some(_) => {
            if let Some(inner) = item.as_table_like_mut() {
                collect_ids(inner, rest, place, private, found);
            }
        }
    }
    place.pop();
}

/// Adds `ids` to the list at `place` in the overlay, making the way.
fn add_ids(table: &mut dyn TableLike, place: &[Step], ids: Vec<Value>) {
    let Some((step, rest)) = place.split_first() else {
        return;
    };
    let Step::Key(key) = step else {
        return;
    };
    if rest.is_empty() {
        let list = table
            .entry_format(&toml_edit::Key::new(key.as_str()))
            .or_insert(Item::Value(Value::Array(toml_edit::Array::new())));
        if let Some(list) = list.as_array_mut() {
            for id in ids {
                if !list.iter().any(|v| v.as_str() == id.as_str()) {
                    list.push(id.as_str().unwrap_or_default());
                }
            }
        }
        return;
    }
    if let Some(Step::Dated(date)) = rest.first() {
        let log = table
            .entry_format(&toml_edit::Key::new(key.as_str()))
            .or_insert(Item::ArrayOfTables(ArrayOfTables::new()));
        let Some(log) = log.as_array_of_tables_mut() else {
            return;
        };
        let same = |entry: &Table| {
            entry.get("date").and_then(Item::as_value).map(bare) == Some(bare(date))
        };
        if !log.iter().any(same) {
            let mut entry = Table::new();
            entry.insert("date", Item::Value(date.clone().decorated(" ", "")));
            log.push(entry);
        }
        if let Some(entry) = log.iter_mut().find(|entry| same(entry)) {
            add_ids(entry, &rest[1..], ids);
        }
        return;
    }
    let inner = table
        .entry_format(&toml_edit::Key::new(key.as_str()))
        .or_insert({
            let mut new = Table::new();
            new.set_implicit(true);
            Item::Table(new)
        });
    if let Some(inner) = inner.as_table_like_mut() {
        add_ids(inner, rest, ids);
    }
}

/// Puts `item` at `path` in `doc`, making the tables on the way (implicit,
/// so that only the entries get headers).
fn insert_at(doc: &mut DocumentMut, path: &[&str], item: Item) {
    let (last, tables) = path.split_last().expect("a path has a key");
    let mut table: &mut dyn TableLike = doc.as_table_mut();
    for key in tables {
        if table.get(key).is_none() {
            let mut new = Table::new();
            new.set_implicit(true);
            table.insert(key, Item::Table(new));
        }
        table = table
            .get_mut(key)
            .and_then(Item::as_table_like_mut)
            .expect("a table made above");
    }
    table.insert(last, item);
}

fn item_at_mut<'a>(table: &'a mut Table, path: &[&str]) -> Option<&'a mut Item> {
    let (first, rest) = path.split_first()?;
    let mut item = table.get_mut(first)?;
    for key in rest {
        item = item.as_table_like_mut()?.get_mut(key)?;
    }
    Some(item)
}

fn take_at(table: &mut Table, path: &[&str]) -> Option<Item> {
    let (last, tables) = path.split_last()?;
    match tables.split_first() {
        None => table.remove(last),
        Some(_) => item_at_mut(table, tables)?
            .as_table_like_mut()?
            .remove(last),
    }
}

fn remove_at(table: &mut Table, path: &[&str]) {
    take_at(table, path);
}

/// Gives the tables of every `[[log]]` positions in the order of the log,
/// so that the text written reads back as the data: a merge interleaves
/// two files' entries, and each kept its own file's position.
fn order_arrays_of_tables(doc: &mut DocumentMut) {
    fn visit(item: &mut Item) {
        match item {
            Item::ArrayOfTables(entries) => {
                let mut positions: Vec<isize> =
                    entries.iter().filter_map(Table::position).collect();
                positions.sort_unstable();
                if positions.len() == entries.len() {
                    for (entry, position) in entries.iter_mut().zip(positions) {
                        entry.set_position(Some(position));
                    }
                }
                for entry in entries.iter_mut() {
                    entry.iter_mut().for_each(|(_, item)| visit(item));
                }
            }
            Item::Table(table) => table.iter_mut().for_each(|(_, item)| visit(item)),
            _ => {}
        }
    }
    doc.as_table_mut()
        .iter_mut()
        .for_each(|(_, item)| visit(item));
}

/// The overlay as coal found it beside the coalition file.
pub enum Overlay {
    /// No overlay: the coalition is the one file.
    None,
    /// Its text and the file it was read from; for a sealed one, the keys
    /// it says it was sealed for (`SEALED_FOR`), when it says.
    Read {
        text: String,
        from: PathBuf,
        sealed: Option<Option<Vec<String>>>,
    },
    /// A sealed overlay that no key of this person opens, and why.
    Unread { from: PathBuf, why: Error },
}

/// Reads the overlay of the coalition file at `coalition`: the plain one
/// when there is one, else the sealed one, opened in memory.
pub fn read(coalition: &Path) -> Result<Overlay> {
    let paths = paths(coalition);
    match paths.found() {
        Found::None => Ok(Overlay::None),
        Found::Plain => Ok(Overlay::Read {
            text: super::load::read(&paths.plain)?,
            from: paths.plain,
            sealed: None,
        }),
        found => {
            let bytes = std::fs::read(&paths.sealed)
                .map_err(|err| Error::io("read", &paths.sealed, &err))?;
            if found == Found::Both {
                let mut text = super::load::read(&paths.plain)?;
                // A merge's working copy of another sealed file than the
                // one here now (the merge was aborted, then a newer one
                // pulled) is stale: the sealed file is read.
                match stands_for(&mut text) {
                    Some(sealed) if sealed != digest(&bytes) || !merging(&paths.plain) => {
                        remember_stale(&paths.plain);
                    }
                    _ => {
                        remember_working_copy(&paths.plain);
                        return Ok(Overlay::Read {
                            text,
                            from: paths.plain,
                            sealed: None,
                        });
                    }
                }
            }
            // A key coal cannot use (one with a passphrase) is no reason to
            // stop reading the shared file: the overlay is not read, as
            // without a key, and an edit is refused with this reason.
            let identities = match seal::Identities::find() {
                Ok(found) => found,
                Err(why) => {
                    return Ok(Overlay::Unread {
                        from: paths.sealed,
                        why,
                    });
                }
            };
            let Some(identities) = identities else {
                let why = Error::usage(t!(
                    "private-no-key",
                    file = paths.sealed.display().to_string()
                ))
                .hint(t!("private-no-key-hint"));
                return Ok(Overlay::Unread {
                    from: paths.sealed,
                    why,
                });
            };
            // A file that is not for these keys is not read; one that is
            // damaged is an error, as a damaged coalition file is.
            match seal::try_open(&paths.sealed, &bytes, identities)? {
                seal::Opened::Text(mut text) => {
                    if text.starts_with(super::load::BOM) {
                        text.drain(..super::load::BOM.len());
                    }
                    let sealed_for = sealed_for(&mut text);
                    Ok(Overlay::Read {
                        text,
                        from: paths.sealed,
                        sealed: Some(sealed_for),
                    })
                }
                seal::Opened::NotYours(why) => Ok(Overlay::Unread {
                    from: paths.sealed,
                    why,
                }),
            }
        }
    }
}

static NOT_READ: Mutex<Option<(PathBuf, Error)>> = Mutex::new(None);
static WORKING_COPY: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Notes that a plain working copy was read beside the sealed overlay:
/// edits go to it, and the sealed file (what git has) is behind until
/// `coal private seal`. Said once, at the end of the run.
fn remember_working_copy(plain: &Path) {
    if let Ok(mut copy) = WORKING_COPY.lock() {
        copy.get_or_insert_with(|| plain.to_path_buf());
    }
}

static STALE: Mutex<Option<PathBuf>> = Mutex::new(None);

fn remember_stale(plain: &Path) {
    if let Ok(mut stale) = STALE.lock() {
        stale.get_or_insert_with(|| plain.to_path_buf());
    }
}

/// A plain working copy this run left aside as stale, once.
pub fn stale_copy() -> Option<PathBuf> {
    STALE.lock().ok()?.take()
}

/// The first line of a merge's plain working copy: the sealed file it
/// stands for (its SHA-256), which stays beside it until it is sealed again.
const WORKING_COPY_OF: &str = "# coal: working copy of ";

/// A merge's marked `text`, as its working copy beside `sealed` is written.
pub fn working_copy(text: &str, sealed: &[u8]) -> String {
    format!("{WORKING_COPY_OF}{}\n{text}", digest(sealed))
}

/// Takes the `WORKING_COPY_OF` line off a working copy, and reads it.
fn stands_for(text: &mut String) -> Option<String> {
    let rest = text.strip_prefix(WORKING_COPY_OF)?;
    let (digest, _) = rest.split_once('\n')?;
    let digest = digest.trim_end().to_string();
    let taken = WORKING_COPY_OF.len() + rest.find('\n')? + 1;
    text.drain(..taken);
    Some(digest)
}

/// Whether the repository holding `file` is in the middle of a merge, a
/// rebase or a cherry-pick (a merge's working copy is for that one only).
/// Asked only when a working copy is there.
fn merging(file: &Path) -> bool {
    let folder = super::folder(file);
    let Ok(output) = std::process::Command::new("git")
        .args(["rev-parse", "--git-dir"])
        .current_dir(folder)
        .output()
    else {
        // Without git, nothing tells: the working copy stands.
        return true;
    };
    if !output.status.success() {
        return true;
    }
    let git_dir = folder.join(String::from_utf8_lossy(&output.stdout).trim());
    [
        "MERGE_HEAD",
        "REBASE_HEAD",
        "CHERRY_PICK_HEAD",
        "rebase-merge",
        "rebase-apply",
    ]
    .iter()
    .any(|name| git_dir.join(name).exists())
}

fn digest(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// The plain working copy this run read beside a sealed overlay, once.
pub fn working_copy_read() -> Option<PathBuf> {
    WORKING_COPY.lock().ok()?.take()
}

/// The first line of a sealed overlay's text: the keys it was sealed for,
/// so that an edit can tell when `[coalition] organizers` in the shared
/// file no longer says the same (someone changed who reads, by hand or in
/// a merged pull request: only `coal private seal` and `recipients` do).
const SEALED_FOR: &str = "# coal: sealed for ";

/// Takes the `SEALED_FOR` line off a sealed overlay's text, and reads it.
pub fn sealed_for(text: &mut String) -> Option<Vec<String>> {
    let rest = text.strip_prefix(SEALED_FOR)?;
    let (line, _) = rest.split_once('\n')?;
    let keys: Vec<String> = serde_json::from_str(line.trim_end()).ok()?;
    let taken = SEALED_FOR.len() + line.len() + 1;
    text.drain(..taken);
    Some(keys)
}

/// Seals the overlay's `text` to `recipients` into `path`, saying first
/// which keys it is sealed for.
pub fn seal_to(path: &Path, text: &str, recipients: &[seal::Recipient]) -> Result<()> {
    seal::write(path, &with_sealed_for(text, recipients), recipients)
}

/// The overlay's `text` as it is sealed: the `SEALED_FOR` line first.
pub fn with_sealed_for(text: &str, recipients: &[seal::Recipient]) -> String {
    let keys: Vec<&str> = recipients.iter().map(seal::Recipient::text).collect();
    let line = serde_json::to_string(&keys).expect("texts serialise");
    format!("{SEALED_FOR}{line}\n{text}")
}

/// Whether `key` is one of the keys of `listed` (comments aside).
pub fn same_keys_any(listed: &[String], key: &seal::Recipient) -> bool {
    listed
        .iter()
        .filter_map(|text| seal::Recipient::parse(text).ok())
        .any(|known| known.same_key(key))
}

/// Whether the keys of `[coalition] organizers` are still those the
/// overlay was sealed for (each list read as keys, comments aside).
pub fn same_keys(sealed_for: &[String], organizers: &[seal::Recipient]) -> bool {
    let sealed: Vec<seal::Recipient> = sealed_for
        .iter()
        .filter_map(|key| seal::Recipient::parse(key).ok())
        .collect();
    sealed.len() == sealed_for.len()
        && sealed
            .iter()
            .all(|s| organizers.iter().any(|o| o.same_key(s)))
        && organizers
            .iter()
            .all(|o| sealed.iter().any(|s| s.same_key(o)))
}

/// Notes that the overlay at `from` was not read, and why: coal then works
/// on the shared file alone, and says so once, at the end of the run
/// (`not_read`).
pub fn remember_not_read(from: &Path, why: &Error) {
    if let Ok(mut not_read) = NOT_READ.lock() {
        not_read.get_or_insert_with(|| (from.to_path_buf(), why.clone()));
    }
}

/// Whether this run read the shared file without its overlay (so far): the
/// checks that judge the whole membership are then left out of reports.
pub fn unread() -> bool {
    NOT_READ.lock().is_ok_and(|not_read| not_read.is_some())
}

/// The overlay this run could not read, and why, once.
pub fn not_read() -> Option<(PathBuf, Error)> {
    NOT_READ.lock().ok()?.take()
}

/// `private-in-shared`: what the shared file holds that belongs in the
/// overlay. `shared` is the shared file's data alone; `private` the ids of
/// the groups that are not public, in either file.
pub fn in_shared(shared: &toml::Table, private: &BTreeSet<String>) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut flag = |path: String, message: String| {
        found.push(Finding::error(code::PRIVATE_IN_SHARED, path, message));
    };
    if let Some(toml::Value::Table(groups)) = shared.get("groups") {
        for (id, group) in groups {
            if private.contains(id) {
                flag(
                    format!("groups.{id}"),
                    t!("private-in-shared-group", id = id.as_str()),
                );
                continue;
            }
            for field in INTERNAL_GROUP_FIELDS {
                if group.get(field).is_some() {
                    flag(
                        format!("groups.{id}.{field}"),
                        t!(
                            "private-in-shared-field",
                            id = id.as_str(),
                            field = field.to_string()
                        ),
                    );
                }
            }
        }
    }
    if let Some(toml::Value::Table(people)) = shared.get("people") {
        for id in people.keys() {
            flag(
                format!("people.{id}"),
                t!("private-in-shared-person", id = id.as_str()),
            );
        }
    }
    if let Some(toml::Value::Array(feedback)) = shared.get("feedback") {
        for index in 0..feedback.len() {
            flag(
                format!("feedback[{index}]"),
                t!("private-in-shared-feedback"),
            );
        }
    }
    if let Some(toml::Value::Array(assemblies)) = shared.get("assemblies") {
        for (index, assembly) in assemblies.iter().enumerate() {
            if assembly.get("notes").is_some() {
                flag(
                    format!("assemblies[{index}].notes"),
                    t!("private-in-shared-assembly-notes"),
                );
            }
        }
    }
    let words = Mentions {
        ids: private.clone(),
        names: Vec::new(),
    };
    if let Some(toml::Value::Array(decisions)) = shared.get("decisions") {
        for (index, decision) in decisions.iter().enumerate() {
            if let Some(id) = decision
                .get("summary")
                .and_then(toml::Value::as_str)
                .and_then(|text| words.id_in(text))
            {
                flag(
                    format!("decisions[{index}].summary"),
                    t!("private-in-shared-id", id = id),
                );
            }
        }
    }
    // Every other place that holds group ids: one naming a private group.
    for site in refs::sites(Register::Groups) {
        if site.at.starts_with("groups.") || site.at.starts_with("feedback.") {
            continue;
        }
        let parts: Vec<&str> = site.at.split('.').collect();
        ids_at(shared, &parts, String::new(), &mut |path, id| {
            if private.contains(id) {
                flag(path, t!("private-in-shared-id", id = id));
            }
        });
    }
    found
}

/// Calls `found` with each group id at the place `parts` says (`*` any
/// entry, `#` any element), and its dotted path.
fn ids_at(table: &toml::Table, parts: &[&str], path: String, found: &mut dyn FnMut(String, &str)) {
    let Some((first, rest)) = parts.split_first() else {
        return;
    };
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    let entries: Vec<(String, &toml::Value)> = if *first == "*" {
        table.iter().map(|(k, v)| (join(k), v)).collect()
    } else {
        table
            .get(*first)
            .map(|v| (join(first), v))
            .into_iter()
            .collect()
    };
    for (path, value) in entries {
        match (rest.first(), value) {
            (None, toml::Value::Array(ids)) => {
                for (index, id) in ids.iter().enumerate() {
                    if let Some(id) = id.as_str() {
                        found(format!("{path}[{index}]"), id);
                    }
                }
            }
            (None, toml::Value::String(id)) => found(path, id),
            (Some(&"#"), toml::Value::Array(entries)) => {
                for (index, entry) in entries.iter().enumerate() {
                    if let toml::Value::Table(entry) = entry {
                        ids_at(entry, &rest[1..], format!("{path}[{index}]"), found);
                    }
                }
            }
            (Some(_), toml::Value::Table(inner)) => ids_at(inner, rest, path, found),
            _ => {}
        }
    }
}

/// What an overlay holds, one line per place, for `coal private init` to
/// say what it moved: whole entries by id, fields by path, lists with
/// their ids, logs by how many entries.
pub fn moved(overlay: &DocumentMut) -> Vec<String> {
    let data = super::document::data(overlay);
    let mut lines = Vec::new();
    for (key, value) in &data {
        match (key.as_str(), value) {
            ("groups", toml::Value::Table(groups)) => {
                for (id, group) in groups {
                    match group.as_table() {
                        Some(group) if group.contains_key("name") => {
                            lines.push(format!("groups.{id}"));
                        }
                        Some(group) => {
                            lines.extend(group.keys().map(|field| format!("groups.{id}.{field}")));
                        }
                        None => lines.push(format!("groups.{id}")),
                    }
                }
            }
            (_, toml::Value::Array(entries)) if entries.iter().all(toml::Value::is_table) => {
                lines.push(format!("{key} ({})", entries.len()));
            }
            _ => leaves(key, value, &mut lines),
        }
    }
    lines
}

fn leaves(path: &str, value: &toml::Value, lines: &mut Vec<String>) {
    match value {
        toml::Value::Table(table) if path == "people" => {
            lines.extend(table.keys().map(|id| format!("people.{id}")));
        }
        toml::Value::Table(table) => {
            for (key, value) in table {
                leaves(&format!("{path}.{key}"), value, lines);
            }
        }
        toml::Value::Array(entries) if entries.iter().all(toml::Value::is_table) => {
            lines.push(format!("{path} ({})", entries.len()));
        }
        toml::Value::Array(ids) => {
            let ids: Vec<&str> = ids.iter().filter_map(toml::Value::as_str).collect();
            lines.push(format!("{path}: {}", ids.join(", ")));
        }
        _ => lines.push(path.to_string()),
    }
}

/// A value as written, without the spaces and comments around it.
fn bare(value: &Value) -> String {
    value.clone().decorated("", "").to_string()
}

/// Merges the overlay's document into the shared file's, by id: what an
/// edit changes. The overlay's tables are written after the shared file's,
/// so that taking them out again (`split`) leaves the shared file's bytes.
pub fn merge(shared: &mut DocumentMut, mut overlay: DocumentMut, files: &Files) -> Result<()> {
    let mut last = 0;
    visit_tables(shared.as_table_mut(), &mut |table| {
        last = last.max(table.position().unwrap_or(0));
    });
    visit_tables(overlay.as_table_mut(), &mut |table| {
        if let Some(position) = table.position() {
            table.set_position(Some(position + last + 1));
        }
    });
    // A register's entries that only the overlay has go to their place
    // among the shared ones, all at once (in id order where the register
    // is), as if the coalition were one file.
    for register in Register::ALL {
        let key = register.key();
        let Some(entries) = overlay.get_mut(key).and_then(Item::as_table_like_mut) else {
            continue;
        };
        let known = |id: &str| {
            shared
                .get(key)
                .and_then(Item::as_table_like)
                .is_some_and(|held| held.contains_key(id))
        };
        let ids: Vec<String> = entries
            .iter()
            .map(|(id, _)| id.to_string())
            .filter(|id| !known(id))
            .collect();
        let new: Vec<(String, Table)> = ids
            .into_iter()
            .filter_map(|id| {
                let entry = match entries.remove(&id)? {
                    Item::Table(table) => table,
                    Item::Value(Value::InlineTable(table)) => table.into_table(),
                    other => {
                        entries.insert(&id, other);
                        return None;
                    }
                };
                Some((id, entry))
            })
            .collect();
        if !new.is_empty() {
            super::document::insert_entries(shared, register, new);
        }
    }
    let mut path = Vec::new();
    merge_table(
        shared.as_table_mut(),
        overlay.as_table_mut(),
        &mut path,
        files,
    )?;
    order_arrays_of_tables(shared);
    Ok(())
}

fn visit_tables(table: &mut Table, visit: &mut dyn FnMut(&mut Table)) {
    visit(table);
    for (_, item) in table.iter_mut() {
        match item {
            Item::Table(inner) => visit_tables(inner, visit),
            Item::ArrayOfTables(entries) => {
                for entry in entries.iter_mut() {
                    visit_tables(entry, visit);
                }
            }
            _ => {}
        }
    }
}

/// The two files merged, named in errors.
pub struct Files<'a> {
    pub shared: &'a Path,
    pub overlay: &'a Path,
}

fn merge_table(
    into: &mut dyn TableLike,
    from: &mut dyn TableLike,
    path: &mut Vec<String>,
    files: &Files,
) -> Result<()> {
    let keys: Vec<String> = from.iter().map(|(k, _)| k.to_string()).collect();
    for key in keys {
        let Some(item) = from.remove(&key) else {
            continue;
        };
        path.push(key.clone());
        match into.get_mut(&key) {
            None => {
                into.insert(&key, item);
            }
            Some(existing) => merge_item(existing, item, path, files)?,
        }
        path.pop();
    }
    Ok(())
}

fn merge_item(
    into: &mut Item,
    mut from: Item,
    path: &mut Vec<String>,
    files: &Files,
) -> Result<()> {
    if let (Some(into), Some(from)) = (into.as_table_like_mut(), from.as_table_like_mut()) {
        return merge_table(into, from, path, files);
    }
    let key = path.join(".");
    // Logs: entries known by their date (assemblies) meet; the others join,
    // in date order where the log has one.
    if let (Some(_), Some(_)) = (log_len(into), log_len(&from)) {
        let mut theirs = log_entries(from);
        let mine = log_entries(std::mem::replace(into, Item::None));
        let merged = if key == "assemblies" {
            let mut mine = mine;
            for mut entry in theirs.drain(..) {
                let date = entry.get("date").and_then(Item::as_value).map(bare);
                match mine.iter_mut().find(|m| {
                    date.is_some() && m.get("date").and_then(Item::as_value).map(bare) == date
                }) {
                    Some(same) => {
                        entry.remove("date");
                        path.push("#".into());
                        merge_table(same, &mut entry, path, files)?;
                        path.pop();
                    }
                    None => mine.push(entry),
                }
            }
            mine
        } else if DATED_LOGS.contains(&key.as_str()) {
            // An entry in both files (a run stopped between its two
            // writes) is one entry.
            let known: Vec<toml::Table> = mine.iter().map(table_data).collect();
            theirs.retain(|entry| !known.contains(&table_data(entry)));
            by_date(mine, theirs, |entry| {
                entry.get("date").and_then(Item::as_value).map(bare)
            })
        } else {
            let mut mine = mine;
            mine.extend(theirs);
            mine
        };
        let mut log = ArrayOfTables::new();
        for entry in merged {
            log.push(entry);
        }
        *into = Item::ArrayOfTables(log);
        return Ok(());
    }
    match (into.as_value_mut(), from.as_value()) {
        (Some(Value::Array(mine)), Some(Value::Array(theirs))) => {
            let in_order = in_order(mine.iter().map(Value::as_str).collect())
                && in_order(theirs.iter().map(Value::as_str).collect());
            for value in theirs.iter() {
                if mine.iter().any(|m| bare(m) == bare(value)) {
                    continue;
                }
                let at = value
                    .as_str()
                    .filter(|_| in_order)
                    .and_then(|id| mine.iter().position(|m| m.as_str().is_some_and(|m| m > id)));
                match at {
                    Some(at) => {
                        // The new value takes the place (and layout) of the
                        // one it goes before.
                        let prefix = mine.get(at).and_then(|m| m.decor().prefix()).cloned();
                        let mut value = value.clone().decorated("", "");
                        if let Some(prefix) = &prefix {
                            value.decor_mut().set_prefix(prefix.clone());
                        }
                        mine.insert_formatted(at, value);
                        let one_line = prefix
                            .as_ref()
                            .and_then(|p| p.as_str())
                            .is_none_or(|p| !p.contains('\n'));
                        if at == 0
                            && one_line
                            && let Some(next) = mine.get_mut(1)
                        {
                            next.decor_mut().set_prefix(" ");
                        }
                    }
                    None => crate::store::document::push_like_the_last(
                        mine,
                        value.clone().decorated("", ""),
                    ),
                }
            }
            Ok(())
        }
        (Some(mine), Some(theirs)) if bare(mine) == bare(theirs) => Ok(()),
        (Some(mine), Some(theirs)) if says_public(path) => {
            let decor = mine.decor().clone();
            *mine = theirs.clone();
            *mine.decor_mut() = decor;
            Ok(())
        }
        _ => Err(both_give(&key, files.shared, files.overlay)),
    }
}

fn table_data(table: &Table) -> toml::Table {
    match super::document::item_data(&Item::Table(table.clone())) {
        Some(toml::Value::Table(data)) => data,
        _ => toml::Table::new(),
    }
}

/// Whether a list holds only texts, in order. Two lists of ids in order
/// merge in order, so that a list coal or an organizer kept sorted (the
/// usual case) reads back as it was before the split; other lists take the
/// overlay's ids at their end.
fn in_order(texts: Vec<Option<&str>>) -> bool {
    texts.iter().all(Option::is_some) && texts.windows(2).all(|pair| pair[0] <= pair[1])
}

/// How many entries a log holds, when the item is one.
fn log_len(item: &Item) -> Option<usize> {
    match item {
        Item::ArrayOfTables(entries) => Some(entries.len()),
        Item::Value(Value::Array(entries))
            if !entries.is_empty() && entries.iter().all(Value::is_inline_table) =>
        {
            Some(entries.len())
        }
        _ => None,
    }
}

fn log_entries(item: Item) -> Vec<Table> {
    match item {
        Item::ArrayOfTables(entries) => entries.into_iter().collect(),
        Item::Value(Value::Array(entries)) => entries
            .into_iter()
            .filter_map(|value| match value {
                Value::InlineTable(entry) => Some(entry.into_table()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Two logs in one, each in its own order, an entry of the second before
/// one of the first only when its date is earlier.
pub fn by_date<T, K: Ord>(mine: Vec<T>, theirs: Vec<T>, date: impl Fn(&T) -> Option<K>) -> Vec<T> {
    let mut merged = Vec::with_capacity(mine.len() + theirs.len());
    let mut theirs = theirs.into_iter().peekable();
    for entry in mine {
        while let Some(next) = theirs.peek() {
            match (date(next), date(&entry)) {
                (Some(a), Some(b)) if a < b => merged.push(theirs.next().expect("peeked")),
                _ => break,
            }
        }
        merged.push(entry);
    }
    merged.extend(theirs);
    merged
}

/// The overlay's data merged into the shared file's, as `merge` merges
/// their documents: what coal reads.
pub fn merge_data(shared: &mut toml::Table, overlay: toml::Table, files: &Files) -> Result<()> {
    let mut path = Vec::new();
    merge_data_table(shared, overlay, &mut path, files)
}

fn merge_data_table(
    into: &mut toml::Table,
    from: toml::Table,
    path: &mut Vec<String>,
    files: &Files,
) -> Result<()> {
    for (key, value) in from {
        path.push(key.clone());
        match into.get_mut(&key) {
            None => {
                into.insert(key, value);
            }
            Some(existing) => merge_data_value(existing, value, path, files)?,
        }
        path.pop();
    }
    Ok(())
}

fn merge_data_value(
    into: &mut toml::Value,
    from: toml::Value,
    path: &mut Vec<String>,
    files: &Files,
) -> Result<()> {
    use toml::Value as V;
    let key = path.join(".");
    let is_log = |value: &V| {
        value
            .as_array()
            .is_some_and(|entries| !entries.is_empty() && entries.iter().all(V::is_table))
    };
    let date = |entry: &V| entry.get("date").map(|d| d.to_string());
    let logs = is_log(into) && is_log(&from);
    match (into, from) {
        (V::Table(mine), V::Table(theirs)) => merge_data_table(mine, theirs, path, files),
        (V::Array(mine), V::Array(theirs)) if logs => {
            if key == "assemblies" {
                for mut entry in theirs {
                    match mine
                        .iter_mut()
                        .find(|m| date(&entry).is_some() && date(m) == date(&entry))
                    {
                        Some(V::Table(same)) => {
                            if let V::Table(entry) = &mut entry {
                                entry.remove("date");
                            }
                            let V::Table(entry) = entry else { continue };
                            path.push("#".into());
                            merge_data_table(same, entry, path, files)?;
                            path.pop();
                        }
                        _ => mine.push(entry),
                    }
                }
            } else if DATED_LOGS.contains(&key.as_str()) {
                let theirs: Vec<toml::Value> = theirs
                    .into_iter()
                    .filter(|entry| !mine.contains(entry))
                    .collect();
                *mine = by_date(std::mem::take(mine), theirs, date);
            } else {
                mine.extend(theirs);
            }
            Ok(())
        }
        (V::Array(mine), V::Array(theirs)) => {
            let in_order = in_order(mine.iter().map(V::as_str).collect())
                && in_order(theirs.iter().map(V::as_str).collect());
            for value in theirs {
                if mine.contains(&value) {
                    continue;
                }
                let at = value
                    .as_str()
                    .filter(|_| in_order)
                    .and_then(|id| mine.iter().position(|m| m.as_str().is_some_and(|m| m > id)));
                match at {
                    Some(at) => mine.insert(at, value),
                    None => mine.push(value),
                }
            }
            Ok(())
        }
        (mine, theirs) if *mine == theirs => Ok(()),
        (mine, theirs) if says_public(path) => {
            *mine = theirs;
            Ok(())
        }
        _ => Err(both_give(&key, files.shared, files.overlay)),
    }
}

/// Whether `path` is a group's `public`. A group both files hold, one
/// calling it public and the other not, is what a run of `update-group
/// --public` or `--private` stopped between its two writes leaves: the
/// overlay's word (not public) holds until an edit puts the group in one
/// file, so that every command still works and nothing is made public
/// that was not (`private-in-shared` says the shared file still has it).
fn says_public(path: &[String]) -> bool {
    matches!(path, [groups, _, public] if groups == "groups" && public == "public")
}

/// The error of an edit while the sealed overlay cannot be opened: where
/// private data goes cannot be known, so nothing is written.
pub fn cannot_edit(from: &Path, why: Error) -> Error {
    let mut error = Error::usage(t!(
        "private-cannot-edit",
        file = from.display().to_string(),
        why = why.message.as_str()
    ));
    error.hints = why.hints;
    error
}

/// The keys the overlay is sealed to: `[coalition] organizers` of the
/// shared file's document (`path` names it in errors).
pub fn recipients(doc: &DocumentMut, path: &Path) -> Result<Vec<seal::Recipient>> {
    let keys = doc
        .get("coalition")
        .and_then(|c| c.get("organizers"))
        .and_then(super::document::texts)
        .unwrap_or_default();
    if keys.is_empty() {
        return Err(Error::usage(t!(
            "private-no-organizers",
            file = path.display().to_string()
        ))
        .hint(t!("private-no-organizers-hint")));
    }
    parse_organizers(&keys, path)
}

/// The organizers' keys read as recipients; the first that cannot be one
/// is an error naming it and the shared file at `path`.
pub fn parse_organizers(keys: &[String], path: &Path) -> Result<Vec<seal::Recipient>> {
    keys.iter()
        .map(|key| {
            seal::Recipient::parse(key).map_err(|why| {
                Error::usage(t!(
                    "private-bad-organizer",
                    file = path.display().to_string(),
                    key = key.as_str(),
                    why = why
                ))
                .hint(t!("private-bad-organizer-hint"))
            })
        })
        .collect()
}

/// An `invalid-value` finding when the shared file's organizers are not
/// the keys the overlay was sealed for.
pub fn organizers_finding(shared: &toml::Table, sealed_for: &[String]) -> Option<Finding> {
    let keys: Vec<seal::Recipient> = shared
        .get("coalition")
        .and_then(|c| c.get("organizers"))
        .and_then(toml::Value::as_array)
        .map(|keys| {
            keys.iter()
                .filter_map(|k| seal::Recipient::parse(k.as_str()?).ok())
                .collect()
        })
        .unwrap_or_default();
    (!same_keys(sealed_for, &keys)).then(|| {
        Finding::error(
            code::INVALID_VALUE,
            "coalition.organizers",
            t!("private-organizers-changed-finding"),
        )
    })
}

/// The error of an edit that would seal the overlay to other keys than
/// those it was sealed for: who reads the private data changes only by
/// `coal private seal` or `coal private recipients`, said by the person.
pub fn organizers_changed(shared: &Path, sealed: &Path, sealed_for: &[String]) -> Error {
    let keys: Vec<String> = sealed_for.iter().map(|key| format!("  {key}")).collect();
    Error::usage(t!(
        "private-organizers-changed",
        shared = shared.display().to_string(),
        sealed = sealed.display().to_string()
    ))
    .hint(t!("private-organizers-changed-hint"))
    .hint(format!(
        "{}\n{}",
        t!("private-organizers-sealed-for"),
        keys.join("\n")
    ))
}

/// The error of an edit whose plain overlay is a link.
pub fn linked(plain: &Path) -> Error {
    Error::usage(t!("private-linked", file = plain.display().to_string()))
        .hint(t!("private-linked-hint"))
}

/// An error for two files that both give a value at one place.
pub fn both_give(path: &str, shared: &Path, overlay: &Path) -> Error {
    Error::file(t!(
        "private-both-give",
        path = path,
        shared = shared.display().to_string(),
        overlay = overlay.display().to_string()
    ))
    .hint(t!(
        "private-both-give-hint",
        overlay = overlay.display().to_string()
    ))
}
