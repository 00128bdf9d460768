//! What changed between two versions of a coalition, by register, id and
//! field rather than by line.

use std::collections::{BTreeMap, HashMap, VecDeque};

use serde::Serialize;
use serde_json::{Value, json};
use toml::Table;

use crate::model::{Coalition, Register, Status, StepStatus, defaults};
use crate::steps::Step;
use crate::t;

/// The logs: lists whose entries have no id and keep their order.
pub const LOGS: [&str; 4] = [
    "assemblies",
    "decisions",
    "feedback",
    "steps.presentation.questions",
];

#[derive(Debug, Default, Clone, PartialEq, Serialize)]
pub struct Diff {
    /// Register (or log) → ids (or entries) added.
    pub added: BTreeMap<String, Vec<Value>>,
    pub removed: BTreeMap<String, Vec<Value>>,
    pub changed: Vec<Change>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub path: String,
    pub old: Value,
    pub new: Value,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// A TOML value as JSON (dates as text).
pub fn json_of(value: &toml::Value) -> Value {
    match value {
        toml::Value::String(s) => json!(s),
        toml::Value::Integer(n) => json!(n),
        toml::Value::Float(x) => json!(x),
        toml::Value::Boolean(b) => json!(b),
        toml::Value::Datetime(d) => json!(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.iter().map(json_of).collect()),
        toml::Value::Table(table) => {
            Value::Object(table.iter().map(|(k, v)| (k.clone(), json_of(v))).collect())
        }
    }
}

fn table<'a>(root: &'a Table, path: &str) -> Option<&'a Table> {
    path.split('.')
        .try_fold(root, |table, key| table.get(key)?.as_table())
}

fn list<'a>(root: &'a Table, path: &str) -> &'a [toml::Value] {
    let (parent, key) = path.rsplit_once('.').map_or(("", path), |(p, k)| (p, k));
    let parent = if parent.is_empty() {
        Some(root)
    } else {
        table(root, parent)
    };
    parent
        .and_then(|t| t.get(key))
        .and_then(toml::Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// Compares two parsed files as their readers see them, every absent key
/// with its default: `status = "prospect"` written out or left out is no
/// change, and a status set where there was none changed from `"prospect"`.
pub fn diff(old: &Table, new: &Table) -> Diff {
    let (mut filled_old, mut filled_new) = (old.clone(), new.clone());
    defaults::fill(&mut filled_old);
    defaults::fill(&mut filled_new);
    let mut diff = compare_filled(&filled_old, &filled_new);
    // Entries added to or removed from a log are shown as written, not with
    // every default spelled out.
    for key in LOGS {
        for (entries, filled, written) in [
            (diff.added.get_mut(key), &filled_new, new),
            (diff.removed.get_mut(key), &filled_old, old),
        ] {
            let Some(entries) = entries else { continue };
            // Where each filled entry sits, so that a long log stays linear.
            let mut at: HashMap<String, VecDeque<usize>> = HashMap::new();
            for (index, e) in list(filled, key).iter().enumerate() {
                at.entry(json_of(e).to_string())
                    .or_default()
                    .push_back(index);
            }
            for entry in entries {
                if let Some(index) = at.get_mut(&entry.to_string()).and_then(VecDeque::pop_front) {
                    *entry = list(written, key).get(index).map_or(Value::Null, json_of);
                }
            }
        }
    }
    diff
}

/// Compares two versions already filled with their defaults
/// (`defaults::fill`): what `diff` tells, but logs' entries filled too.
pub fn compare_filled(old: &Table, new: &Table) -> Diff {
    let mut diff = Diff::default();
    let registers: Vec<&str> = Register::ALL.iter().map(|r| r.key()).collect();
    // Registers: entries by id.
    for key in &registers {
        let empty = Table::new();
        let before = table(old, key).unwrap_or(&empty);
        let after = table(new, key).unwrap_or(&empty);
        let added: Vec<Value> = after
            .keys()
            .filter(|id| !before.contains_key(*id))
            .map(|id| json!(id))
            .collect();
        let removed: Vec<Value> = before
            .keys()
            .filter(|id| !after.contains_key(*id))
            .map(|id| json!(id))
            .collect();
        if !added.is_empty() {
            diff.added.insert(key.to_string(), added);
        }
        if !removed.is_empty() {
            diff.removed.insert(key.to_string(), removed);
        }
        for (id, entry) in after {
            if let Some(old_entry) = before.get(id) {
                fields(
                    &format!("{key}.{id}"),
                    Some(old_entry),
                    Some(entry),
                    &mut diff.changed,
                );
            }
        }
    }
    // Logs: entries added and removed, as multisets.
    for key in LOGS {
        let (mut before, mut after) = (list(old, key).to_vec(), list(new, key).to_vec());
        same_entries(key, &mut before, &mut after, &mut diff.changed);
        let added = difference(&after, &before);
        let removed = difference(&before, &after);
        if !added.is_empty() {
            diff.added.insert(key.to_string(), added);
        }
        if !removed.is_empty() {
            diff.removed.insert(key.to_string(), removed);
        }
    }
    // Everything else, field by field.
    let skip = |path: &str| registers.contains(&path) || LOGS.contains(&path);
    let keys: std::collections::BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for key in keys {
        if !skip(key) {
            fields_skipping(key, old.get(key), new.get(key), &mut diff.changed, &skip);
        }
    }
    diff
}

/// What identifies a log's entry from one version to the next, when it has
/// changed: an assembly its date, a decision its date and summary, feedback
/// its date and group, a question its text. None when the entry lacks them.
fn identity(log: &str, entry: &toml::Value) -> Option<String> {
    let keys: &[&str] = match log {
        "assemblies" => &["date"],
        "decisions" => &["date", "summary"],
        "feedback" => &["date", "group"],
        _ => &["question"],
    };
    let parts: Option<Vec<String>> = keys
        .iter()
        .map(|key| entry.get(key).map(toml::Value::to_string))
        .collect();
    parts.map(|parts| parts.join("\u{0}"))
}

/// Pairs the entries that changed in place (an updated decision, an answered
/// question): their changes are told field by field and they leave both
/// lists, which keep the entries added or removed. An assembly is named by
/// its date (`assemblies.2027-04-10.place`), another entry by its number in
/// the new list, from 1, as `coal list` shows it (`decisions.2.reviewed`).
/// Entries alike on both sides are unchanged and never paired.
fn same_entries(
    log: &str,
    before: &mut Vec<toml::Value>,
    after: &mut Vec<toml::Value>,
    changed: &mut Vec<Change>,
) {
    let mut alike: HashMap<String, VecDeque<usize>> = HashMap::new();
    for (index, entry) in before.iter().enumerate() {
        alike.entry(entry.to_string()).or_default().push_back(index);
    }
    let mut old_taken = vec![false; before.len()];
    let mut new_taken = vec![false; after.len()];
    for (index, entry) in after.iter().enumerate() {
        if let Some(old) = alike
            .get_mut(&entry.to_string())
            .and_then(VecDeque::pop_front)
        {
            old_taken[old] = true;
            new_taken[index] = true;
        }
    }
    let mut by_identity: HashMap<String, VecDeque<usize>> = HashMap::new();
    for (index, entry) in before.iter().enumerate() {
        if let Some(id) = identity(log, entry).filter(|_| !old_taken[index]) {
            by_identity.entry(id).or_default().push_back(index);
        }
    }
    let mut old_paired = vec![false; before.len()];
    let mut new_paired = vec![false; after.len()];
    for (index, entry) in after.iter().enumerate() {
        let Some(id) = identity(log, entry).filter(|_| !new_taken[index]) else {
            continue;
        };
        if let Some(old) = by_identity.get_mut(&id).and_then(VecDeque::pop_front) {
            old_paired[old] = true;
            new_paired[index] = true;
            let path = match log {
                "assemblies" => format!(
                    "assemblies.{}",
                    entry
                        .get("date")
                        .map(toml::Value::to_string)
                        .unwrap_or_default()
                ),
                _ => format!("{log}.{}", index + 1),
            };
            fields(&path, Some(&before[old]), Some(entry), changed);
        }
    }
    let mut paired = old_paired.into_iter();
    before.retain(|_| !paired.next().unwrap_or(false));
    let mut paired = new_paired.into_iter();
    after.retain(|_| !paired.next().unwrap_or(false));
}

/// The entries of `a` that `b` does not have, counting repeats.
fn difference(a: &[toml::Value], b: &[toml::Value]) -> Vec<Value> {
    let mut rest: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for entry in b {
        *rest.entry(entry.to_string()).or_default() += 1;
    }
    a.iter()
        .filter(|entry| match rest.get_mut(&entry.to_string()) {
            Some(count) if *count > 0 => {
                *count -= 1;
                false
            }
            _ => true,
        })
        .map(json_of)
        .collect()
}

fn fields(path: &str, old: Option<&toml::Value>, new: Option<&toml::Value>, out: &mut Vec<Change>) {
    fields_skipping(path, old, new, out, &|_| false);
}

fn fields_skipping(
    path: &str,
    old: Option<&toml::Value>,
    new: Option<&toml::Value>,
    out: &mut Vec<Change>,
    skip: &dyn Fn(&str) -> bool,
) {
    if skip(path) || old == new {
        return;
    }
    match (old, new) {
        (Some(toml::Value::Table(a)), Some(toml::Value::Table(b))) => {
            let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for key in keys {
                fields_skipping(&format!("{path}.{key}"), a.get(key), b.get(key), out, skip);
            }
        }
        _ => out.push(Change {
            path: path.to_string(),
            old: old.map_or(Value::Null, json_of),
            new: new.map_or(Value::Null, json_of),
        }),
    }
}

/// The diff in an organizer's words: "2 groups joined, 1 moved from passive
/// ally to active ally, ...".
pub fn summary(diff: &Diff, old: &Coalition, new: &Coalition) -> Vec<String> {
    let mut lines = Vec::new();
    let name = |id: &str| {
        new.groups
            .get(id)
            .or(old.groups.get(id))
            .map_or(id.to_string(), |g| g.name.clone())
    };

    let added = diff.added.get("groups").map_or(0, Vec::len);
    if added > 0 {
        lines.push(t!("diff-groups-added", count = added));
    }
    let mut joined = Vec::new();
    let mut declined = Vec::new();
    let mut left = Vec::new();
    let mut moves: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (id, group) in &new.groups {
        let before = old.groups.get(id);
        let was = before.map(|g| g.status);
        if group.status == Status::Member && was != Some(Status::Member) {
            joined.push(name(id));
        }
        if group.status == Status::Declined && was.is_some_and(|s| s != Status::Declined) {
            declined.push(name(id));
        }
        if group.status == Status::Left && was.is_some_and(|s| s != Status::Left) {
            left.push(name(id));
        }
        if let (Some(from), Some(to)) = (before.and_then(|g| g.spectrum), group.spectrum)
            && from != to
        {
            *moves.entry((from.label(), to.label())).or_default() += 1;
        }
    }
    if !joined.is_empty() {
        lines.push(t!(
            "diff-groups-joined",
            count = joined.len(),
            names = joined.join(", ")
        ));
    }
    for ((from, to), n) in moves {
        lines.push(t!("diff-groups-moved", count = n, from = from, to = to));
    }
    if !declined.is_empty() {
        lines.push(t!(
            "diff-groups-declined",
            count = declined.len(),
            names = declined.join(", ")
        ));
    }
    if !left.is_empty() {
        lines.push(t!(
            "diff-groups-left",
            count = left.len(),
            names = left.join(", ")
        ));
    }
    let removed = diff.removed.get("groups").map_or(0, Vec::len);
    if removed > 0 {
        lines.push(t!("diff-groups-removed", count = removed));
    }
    for register in &Register::ALL[1..] {
        let key = register.key();
        let (a, r) = (
            diff.added.get(key).map_or(0, Vec::len),
            diff.removed.get(key).map_or(0, Vec::len),
        );
        if a > 0 {
            lines.push(t!("diff-entries-added", count = a, register = key));
        }
        if r > 0 {
            lines.push(t!("diff-entries-removed", count = r, register = key));
        }
    }
    for step in Step::ALL {
        let (was, is) = (step.progress(old).status, step.progress(new).status);
        if was != is && is != StepStatus::Todo {
            let (number, step) = (step.number(), step.key());
            lines.push(if is == StepStatus::Done {
                t!("diff-step-done", number = number, step = step)
            } else {
                t!("diff-step-under-way", number = number, step = step)
            });
        }
    }
    for log in ["assemblies", "decisions", "feedback"] {
        if let Some(added) = diff.added.get(log) {
            lines.push(t!("diff-logged", count = added.len(), log = log));
        }
    }
    let other = diff.changed.len();
    if other > 0 {
        lines.push(t!("diff-fields-changed", count = other));
    }
    lines
}
