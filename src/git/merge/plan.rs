//! The merge decided on data alone: for each part of the file that differs
//! between the sides, whose version to take, or that it is a conflict.
//!
//! The three sides are compared with schema defaults filled in, so a value
//! that is absent on one side and written out as its default on another is
//! the same value. Nothing here knows about layout; `render` applies a plan
//! to OURS' document, and `resolve` applies it to data, which is what the
//! tests hold the rendered text to.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use toml::{Table, Value};

use super::sequence::{self, Stretch, Take};
use crate::check::{self, Finding};
use crate::git::diff::LOGS;
use crate::model::Register;
use crate::model::finding::follow;
use crate::model::validate::validate;

/// A value's key path, such as `["groups", "a", "notes"]`.
pub type Path = Vec<String>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

#[derive(Debug, Default, Clone)]
pub struct Plan {
    /// Values (keys of tables) that differ between the sides, by key path.
    pub values: BTreeMap<Path, Take>,
    /// Register entries added, removed or rewritten as a whole.
    pub entries: BTreeMap<(Register, String), Take>,
    /// Logs that differ between the sides, stretch by stretch.
    pub logs: BTreeMap<&'static str, Vec<Stretch>>,
}

/// A part of the plan, for escalating it to a conflict.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    Value(Path),
    Entry(Register, String),
    Stretch(&'static str, usize),
}

fn is_register(key: &str) -> bool {
    Register::ALL.iter().any(|r| r.key() == key)
}

fn log_path(log: &str) -> Vec<&str> {
    log.split('.').collect()
}

/// The list at a log's path in some data.
pub fn log_entries<'a>(data: &'a Table, log: &str) -> &'a [Value] {
    let path = log_path(log);
    let (key, parents) = path.split_last().expect("a log has a key");
    parents
        .iter()
        .try_fold(data, |table, key| table.get(*key)?.as_table())
        .and_then(|table| table.get(*key)?.as_array())
        .map_or(&[], Vec::as_slice)
}

pub fn value_at<'a>(data: &'a Table, path: &[String]) -> Option<&'a Value> {
    let (key, parents) = path.split_last()?;
    parents
        .iter()
        .try_fold(data, |table, key| table.get(key)?.as_table())?
        .get(key)
}

/// Plans the merge of three versions of the data, defaults filled in.
pub fn plan(base: &Table, ours: &Table, theirs: &Table) -> Plan {
    let mut plan = Plan::default();
    plan.tables(&mut Vec::new(), Some(base), ours, theirs);
    for register in Register::ALL {
        plan.register(register, base, ours, theirs);
        plan.renames(register, base, ours, theirs);
    }
    plan.keep_private(base, ours, theirs);
    for log in LOGS {
        let (b, o, t) = (
            log_entries(base, log),
            log_entries(ours, log),
            log_entries(theirs, log),
        );
        if o != t {
            // Each entry as text, with what stays of it through its edits.
            let keyed = |entries: &[Value]| -> Vec<Keyed> {
                entries.iter().map(|entry| Keyed::new(log, entry)).collect()
            };
            let mut stretches = sequence::merge_by(&keyed(b), &keyed(o), &keyed(t), Keyed::related);
            if EDITED_IN_PLACE.contains(&log) {
                merge_fields(log, (b, o, t), &mut stretches);
            }
            if log == QUESTIONS {
                each_question_once(b, o, t, &mut stretches);
            }
            plan.logs.insert(log, stretches);
        }
    }
    plan
}

/// The logs whose entries commands change in place (`update-assembly`,
/// `update-decision`, answering a question): an entry both sides changed,
/// in different fields, merges field by field as a register entry does.
const EDITED_IN_PLACE: [&str; 3] = ["assemblies", "decisions", QUESTIONS];

const QUESTIONS: &str = "steps.presentation.questions";

/// Turns each conflicting stretch that is one base entry changed on both
/// sides into a field-by-field merge, when both sides' entries are still
/// that entry (an assembly keeps its date, which identifies it; a decision
/// or a question keeps most of its words) and no field changed differently.
fn merge_fields(log: &str, (base, ours, theirs): Sides, stretches: &mut [Stretch]) {
    let one = |range: &Range<usize>, entries: &[Value]| -> Option<Value> {
        (range.len() == 1).then(|| entries[range.start].clone())
    };
    let same_entry = |base: &Value, side: &Value| match log {
        "assemblies" => base.get("date") == side.get("date"),
        _ => Keyed::new(log, side).related(&Keyed::new(log, base)),
    };
    for stretch in stretches.iter_mut().filter(|s| s.take == Take::Conflict) {
        let (Some(b), Some(o), Some(t)) = (
            one(&stretch.base, base),
            one(&stretch.ours, ours),
            one(&stretch.theirs, theirs),
        ) else {
            continue;
        };
        if same_entry(&b, &o)
            && same_entry(&b, &t)
            && let Some(fields) = fields_of_theirs(&b, &o, &t)
        {
            stretch.take = Take::Fields(fields);
        }
    }
}

type Sides<'a> = (&'a [Value], &'a [Value], &'a [Value]);

/// The fields THEIRS changed in an entry, when OURS changed none of them
/// differently; none when a field was changed to two different values.
fn fields_of_theirs(base: &Value, ours: &Value, theirs: &Value) -> Option<Vec<String>> {
    let (b, o, t) = (base.as_table()?, ours.as_table()?, theirs.as_table()?);
    let keys: BTreeSet<&String> = b.keys().chain(o.keys()).chain(t.keys()).collect();
    let mut fields = Vec::new();
    for key in keys {
        let (bv, ov, tv) = (b.get(key), o.get(key), t.get(key));
        if ov == tv || tv == bv {
            continue;
        }
        if ov != bv {
            return None;
        }
        fields.push(key.clone());
    }
    Some(fields)
}

/// OURS' entry with `fields` as THEIRS has them (absent there: removed).
pub fn with_fields(ours: &Value, theirs: &Value, fields: &[String]) -> Value {
    let mut entry = ours.clone();
    if let (Some(table), Some(from)) = (entry.as_table_mut(), theirs.as_table()) {
        for field in fields {
            match from.get(field) {
                Some(value) => table.insert(field.clone(), value.clone()),
                None => table.remove(field),
            };
        }
    }
    entry
}

/// A question as commands compare it (`steps::question_key`): case and
/// runs of white space do not count.
fn asked(entry: &Value) -> String {
    let question = entry.get("question").and_then(Value::as_str).unwrap_or("");
    crate::steps::question_key(question)
}

fn answered(entry: &Value) -> bool {
    entry
        .get("answer")
        .and_then(Value::as_str)
        .is_some_and(|a| !a.trim().is_empty())
}

/// A question both sides asked anew, the same but for case and spaces, is
/// kept once: the one with an answer, or else OURS'. Stretches in conflict
/// or merged field by field are left as they are.
fn each_question_once(base: &[Value], ours: &[Value], theirs: &[Value], stretches: &mut [Stretch]) {
    let in_base: BTreeSet<String> = base.iter().map(asked).collect();
    let open = |s: &Stretch| !matches!(s.take, Take::Conflict | Take::Fields(_));
    let picks: Vec<Vec<(bool, usize)>> = stretches
        .iter()
        .map(|s| sequence::resolve(std::slice::from_ref(s), true))
        .collect();
    // OURS' new questions in the merge: where each is, by stretch and pick.
    let mut new_in_ours: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (s, _) in stretches.iter().enumerate().filter(|(_, s)| open(s)) {
        for (p, &(from_ours, i)) in picks[s].iter().enumerate() {
            if from_ours && !in_base.contains(&asked(&ours[i])) {
                new_in_ours.entry(asked(&ours[i])).or_insert((s, p));
            }
        }
    }
    // THEIRS' repeats of them: left out, or put in their place when
    // answered where OURS' is not.
    let mut changes: BTreeMap<(usize, usize), Option<(bool, usize)>> = BTreeMap::new();
    for (s, _) in stretches.iter().enumerate().filter(|(_, s)| open(s)) {
        for (p, &(from_ours, j)) in picks[s].iter().enumerate() {
            if from_ours {
                continue;
            }
            let Some(&(os, op)) = new_in_ours.get(&asked(&theirs[j])) else {
                continue;
            };
            changes.insert((s, p), None);
            let (_, i) = picks[os][op];
            if answered(&theirs[j]) && !answered(&ours[i]) {
                changes.entry((os, op)).or_insert(Some((false, j)));
            }
        }
    }
    for (s, stretch) in stretches.iter_mut().enumerate() {
        if !changes.keys().any(|&(cs, _)| cs == s) {
            continue;
        }
        let kept = picks[s]
            .iter()
            .enumerate()
            .filter_map(|(p, &pick)| changes.get(&(s, p)).copied().unwrap_or(Some(pick)))
            .collect();
        stretch.take = Take::Picked(kept);
    }
}

/// A log entry as the log merge compares it: its text, and what may stay of
/// it through an edit (a feedback entry's date and group, the words of its
/// text, a decision's summary or a question).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Keyed {
    text: String,
    identity: Option<String>,
    /// The words of the main text, lower-cased and sorted.
    words: Vec<String>,
}

impl Keyed {
    fn new(log: &str, entry: &Value) -> Keyed {
        let main = match log {
            "feedback" => "text",
            "decisions" => "summary",
            "assemblies" => "agenda",
            _ => "question",
        };
        let identity = match log {
            "feedback" => Some(format!("{:?} {:?}", entry.get("date"), entry.get("group"))),
            // The date identifies an assembly: two sides that record one
            // date differently conflict rather than make two assemblies.
            "assemblies" => Some(format!("{:?}", entry.get("date"))),
            _ => None,
        };
        let mut words: Vec<String> = entry
            .get(main)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        words.sort_unstable();
        Keyed {
            text: entry.to_string(),
            identity,
            words,
        }
    }

    /// Whether an added entry may be `old` edited: the same date and group,
    /// or at least three quarters of the words in common.
    fn related(&self, old: &Keyed) -> bool {
        if self.identity.is_some() && self.identity == old.identity {
            return true;
        }
        let (a, b) = (&self.words, &old.words);
        let (mut i, mut j, mut common) = (0, 0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    common += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        let longest = a.len().max(b.len());
        longest > 0 && common * 4 >= longest * 3
    }
}

impl Plan {
    /// Key by key merge of the tables at `path` (the root when empty); the
    /// registers and logs have their own merges.
    fn tables(&mut self, path: &mut Path, base: Option<&Table>, ours: &Table, theirs: &Table) {
        let keys: BTreeSet<&String> = base
            .into_iter()
            .chain([ours, theirs])
            .flat_map(|t| t.keys())
            .collect();
        for key in keys {
            path.push(key.clone());
            let skip =
                path.len() == 1 && is_register(key) || LOGS.contains(&path.join(".").as_str());
            if !skip {
                let bv = base.and_then(|b| b.get(key));
                self.value(path, bv, ours.get(key), theirs.get(key));
            }
            path.pop();
        }
    }

    fn value(
        &mut self,
        path: &mut Path,
        base: Option<&Value>,
        ours: Option<&Value>,
        theirs: Option<&Value>,
    ) {
        if ours == theirs {
            return;
        }
        let tables = (
            base.and_then(Value::as_table),
            ours.and_then(Value::as_table),
            theirs.and_then(Value::as_table),
        );
        let take = if theirs == base {
            Take::Ours
        } else if let (Some(b), Some(o), Some(t)) = tables {
            // Both tables, changed on at least one side: merge inside, so
            // that OURS' layout of the table is kept.
            return self.tables(path, Some(b), o, t);
        } else if let (None, Some(o), Some(t), true) =
            (base, tables.1, tables.2, is_resources(path))
        {
            // Offers (or needs) given on both sides: type by type.
            return self.tables(path, None, o, t);
        } else if ours == base {
            Take::Theirs
        } else if is_details(path) {
            merged_details(base, ours, theirs).unwrap_or(Take::Conflict)
        } else {
            Take::Conflict
        };
        self.values.insert(path.clone(), take);
    }

    fn register(&mut self, register: Register, base: &Table, ours: &Table, theirs: &Table) {
        let none = Table::new();
        let (b, o, t) = (
            register_entries(base, register).unwrap_or(&none),
            register_entries(ours, register).unwrap_or(&none),
            register_entries(theirs, register).unwrap_or(&none),
        );
        let ids: BTreeSet<&String> = b.keys().chain(o.keys()).chain(t.keys()).collect();
        for id in ids {
            let (bv, ov, tv) = (b.get(id), o.get(id), t.get(id));
            if ov == tv {
                continue;
            }
            let key = (register, id.clone());
            let take = match (bv, ov, tv) {
                (Some(Value::Table(bt)), Some(Value::Table(ot)), Some(Value::Table(tt))) => {
                    let mut path = vec![register.key().to_string(), id.clone()];
                    self.tables(&mut path, Some(bt), ot, tt);
                    continue;
                }
                _ if tv == bv => Take::Ours,
                _ if ov == bv => Take::Theirs,
                // Added on both sides differently, removed on one side and
                // changed on the other, or changed in type.
                _ => Take::Conflict,
            };
            self.entries.insert(key, take);
        }
    }

    /// A group one side makes public while the other side changes it in any
    /// way, or changes what names it (a seat, a co-authorship, feedback), is
    /// a conflict on `public`: what the other side wrote was written for a
    /// group nobody outside could see.
    fn keep_private(&mut self, base: &Table, ours: &Table, theirs: &Table) {
        let groups = |data| register_entries(data, Register::Groups);
        let (Some(b), Some(o), Some(t)) = (groups(base), groups(ours), groups(theirs)) else {
            return;
        };
        let public = |entries: &Table, id: &str| {
            entries
                .get(id)
                .and_then(|g| g.get("public"))
                .and_then(Value::as_bool)
                == Some(true)
        };
        for (id, base_entry) in b {
            let (Some(ours_entry), Some(theirs_entry)) = (o.get(id), t.get(id)) else {
                continue;
            };
            let touched = |side: &Table, entry: &Value| {
                entry != base_entry || mentions(side, id) != mentions(base, id)
            };
            let opened_by_theirs = public(t, id) && !public(b, id) && !public(o, id);
            let opened_by_ours = public(o, id) && !public(b, id) && !public(t, id);
            if opened_by_theirs && touched(ours, ours_entry)
                || opened_by_ours && touched(theirs, theirs_entry)
            {
                let path = vec!["groups".to_string(), id.clone(), "public".to_string()];
                self.values.insert(path, Take::Conflict);
            }
        }
    }

    /// An entry one side renamed (removed, and added again with the same
    /// data under a new id) while the other side changed, removed or renamed
    /// it otherwise: the new entry is a conflict too, so the old data does
    /// not come back under the new id, and no entry is there twice.
    fn renames(&mut self, register: Register, base: &Table, ours: &Table, theirs: &Table) {
        let none = Table::new();
        let register_of = |data| register_entries(data, register).unwrap_or(&none);
        let (b, o, t) = (register_of(base), register_of(ours), register_of(theirs));
        // A side's renames: an entry it removed and one it added with the
        // same data, or else with the same name (renamed, then edited).
        let renamed = |side: &Table| -> BTreeMap<String, String> {
            let added: Vec<(&String, &Value)> =
                side.iter().filter(|(id, _)| !b.contains_key(*id)).collect();
            if added.is_empty() {
                return BTreeMap::new();
            }
            let by_data: std::collections::HashMap<String, &String> = added
                .iter()
                .map(|(id, entry)| (entry.to_string(), *id))
                .collect();
            let name = |entry: &Value| entry.get("name").and_then(Value::as_str).map(String::from);
            let mut by_name: std::collections::HashMap<String, Vec<&String>> = Default::default();
            for (id, entry) in &added {
                if let Some(name) = name(entry) {
                    by_name.entry(name).or_default().push(id);
                }
            }
            b.iter()
                .filter(|(id, _)| !side.contains_key(*id))
                .filter_map(|(old, entry)| {
                    let new = by_data
                        .get(&entry.to_string())
                        .copied()
                        .or_else(|| match by_name.get(&name(entry)?)?.as_slice() {
                            [only] => Some(*only),
                            _ => None,
                        })?;
                    Some((old.clone(), new.clone()))
                })
                .collect()
        };
        let (by_ours, by_theirs) = (renamed(o), renamed(t));
        for (renames, other, other_renames) in
            [(&by_theirs, &o, &by_ours), (&by_ours, &t, &by_theirs)]
        {
            for (old, new) in renames {
                let changed_otherwise = match other_renames.get(old) {
                    Some(other_new) => other_new != new,
                    None => other.get(old) != b.get(old),
                };
                if changed_otherwise {
                    for id in [Some(new), other_renames.get(old)].into_iter().flatten() {
                        if let Some(take) = self.entries.get_mut(&(register, id.clone())) {
                            *take = Take::Conflict;
                        }
                    }
                }
            }
        }
    }

    pub fn conflicts(&self) -> usize {
        self.values
            .values()
            .filter(|t| **t == Take::Conflict)
            .count()
            + self
                .entries
                .values()
                .filter(|t| **t == Take::Conflict)
                .count()
            + self
                .logs
                .values()
                .flatten()
                .filter(|s| s.take == Take::Conflict)
                .count()
    }

    /// The conflicting paths, as the driver prints them.
    pub fn conflict_paths(&self) -> Vec<String> {
        let mut paths: Vec<String> = self
            .values
            .iter()
            .filter(|(_, t)| **t == Take::Conflict)
            .map(|(path, _)| path.join("."))
            .chain(
                self.entries
                    .iter()
                    .filter(|(_, t)| **t == Take::Conflict)
                    .map(|((register, id), _)| format!("{}.{id}", register.key())),
            )
            .collect();
        for (log, stretches) in &self.logs {
            for stretch in stretches.iter().filter(|s| s.take == Take::Conflict) {
                paths.push(format!("{log}[{}]", stretch.ours.start));
            }
        }
        paths.sort();
        paths
    }

    fn escalate(&mut self, part: &Part) -> bool {
        let take = match part {
            Part::Value(path) => self.values.get_mut(path),
            Part::Entry(register, id) => self.entries.get_mut(&(*register, id.clone())),
            Part::Stretch(log, index) => self
                .logs
                .get_mut(log)
                .and_then(|s| s.get_mut(*index))
                .map(|s| &mut s.take),
        };
        match take {
            Some(take) if !matches!(take, Take::Conflict | Take::Same) => {
                *take = Take::Conflict;
                true
            }
            _ => false,
        }
    }

    fn parts(&self) -> Vec<Part> {
        let values = self.values.keys().map(|p| Part::Value(p.clone()));
        let entries = self
            .entries
            .keys()
            .map(|(r, id)| Part::Entry(*r, id.clone()));
        let stretches = self
            .logs
            .iter()
            .flat_map(|(log, s)| (0..s.len()).map(|i| Part::Stretch(log, i)));
        values.chain(entries).chain(stretches).collect()
    }
}

/// Whether `path` is a group's offers or needs (`groups.a.offers`).
fn is_resources(path: &[String]) -> bool {
    path.len() == 3 && path[0] == "groups" && matches!(path[2].as_str(), "offers" | "needs")
}

/// Whether `path` is the details of one resource type of a group
/// (`groups.a.offers.money`).
fn is_details(path: &[String]) -> bool {
    path.len() == 4 && is_resources(&path[..3])
}

/// The details of a resource type, a text being one; none for a value
/// that holds anything but texts.
fn details(value: &Value) -> Option<Vec<&Value>> {
    match value {
        Value::String(_) => Some(vec![value]),
        Value::Array(items) if items.iter().all(Value::is_str) => Some(items.iter().collect()),
        _ => None,
    }
}

/// The details of a resource type that both sides changed, merged as sets:
/// OURS' in their order, less those THEIRS removed, then THEIRS' additions
/// (`"bus"` → `["bus", "food"]` and `["bus", "hall"]` give all three).
/// None, a conflict, when a side removed the whole type or nothing is left.
fn merged_details(
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
) -> Option<Take> {
    let (o, t) = (details(ours?)?, details(theirs?)?);
    let b = match base {
        Some(base) => details(base)?,
        None => Vec::new(),
    };
    let kept = o
        .iter()
        .enumerate()
        .filter(|(_, v)| t.contains(v) || !b.contains(v))
        .map(|(i, _)| (true, i));
    let added = t
        .iter()
        .enumerate()
        .filter(|(_, v)| !b.contains(v) && !o.contains(v))
        .map(|(i, _)| (false, i));
    let picked: Vec<(bool, usize)> = kept.chain(added).collect();
    (!picked.is_empty()).then_some(Take::Picked(picked))
}

/// The details `picked` from OURS' and THEIRS' values at `path`: a text
/// while there is one, a list of texts for more.
fn picked_details(
    picked: &[(bool, usize)],
    path: &[String],
    ours: &Table,
    theirs: &Table,
) -> Value {
    let side = |data| value_at(data, path).and_then(details).unwrap_or_default();
    let (o, t) = (side(ours), side(theirs));
    let mut values: Vec<Value> = picked
        .iter()
        .map(|&(from_ours, i)| if from_ours { o[i] } else { t[i] }.clone())
        .collect();
    if values.len() == 1 {
        values.remove(0)
    } else {
        Value::Array(values)
    }
}

fn register_entries(data: &Table, register: Register) -> Option<&Table> {
    data.get(register.key()).and_then(Value::as_table)
}

/// Where a group's id is named outside its own entry, and how often: by
/// key path, list indexes left out (`steps.draft.co_authors`).
fn mentions(data: &Table, id: &str) -> BTreeMap<String, usize> {
    fn walk(value: &Value, id: &str, path: &str, found: &mut BTreeMap<String, usize>) {
        match value {
            Value::String(s) if s == id => *found.entry(path.to_string()).or_default() += 1,
            Value::Array(items) => items.iter().for_each(|v| walk(v, id, path, found)),
            Value::Table(table) => {
                for (key, v) in table {
                    walk(v, id, &format!("{path}.{key}"), found);
                }
            }
            _ => {}
        }
    }
    let mut found = BTreeMap::new();
    for (key, value) in data {
        match (key.as_str(), value) {
            ("groups", Value::Table(groups)) => {
                for (other, entry) in groups.iter().filter(|(other, _)| other.as_str() != id) {
                    walk(entry, id, &format!("groups.{other}"), &mut found);
                }
            }
            _ => walk(value, id, key, &mut found),
        }
    }
    found
}

/// The merged data, with every conflict resolved to `side`.
pub fn resolve(plan: &Plan, side: Side, ours: &Table, theirs: &Table) -> Table {
    resolve_traced(plan, side, ours, theirs).0
}

/// As `resolve`, with, for each log, the stretch each merged entry came from.
fn resolve_traced(
    plan: &Plan,
    side: Side,
    ours: &Table,
    theirs: &Table,
) -> (Table, BTreeMap<&'static str, Vec<usize>>) {
    let mut data = ours.clone();
    let from_theirs = |take: &Take| match take {
        Take::Theirs => true,
        Take::Conflict => side == Side::Theirs,
        _ => false,
    };
    for (path, take) in &plan.values {
        if let Take::Picked(picked) = take {
            let merged = picked_details(picked, path, ours, theirs);
            set(&mut data, path, Some(merged));
        } else if from_theirs(take) {
            set(&mut data, path, value_at(theirs, path).cloned());
        }
    }
    for ((register, id), take) in &plan.entries {
        if from_theirs(take) {
            let path = [register.key().to_string(), id.clone()];
            set(&mut data, &path, value_at(theirs, &path).cloned());
        }
    }
    let mut traces = BTreeMap::new();
    for (log, stretches) in &plan.logs {
        let (o, t) = (log_entries(ours, log), log_entries(theirs, log));
        let mut merged = Vec::new();
        let mut trace = Vec::new();
        for (index, stretch) in stretches.iter().enumerate() {
            let picked = sequence::resolve(std::slice::from_ref(stretch), side == Side::Ours);
            for (from_ours, i) in picked {
                merged.push(match &stretch.take {
                    Take::Fields(fields) => with_fields(&o[i], &t[stretch.theirs.start], fields),
                    _ if from_ours => o[i].clone(),
                    _ => t[i].clone(),
                });
                trace.push(index);
            }
        }
        let path: Path = log_path(log).into_iter().map(String::from).collect();
        set(&mut data, &path, Some(Value::Array(merged)));
        traces.insert(*log, trace);
    }
    (data, traces)
}

/// Sets (or removes, with `None`) the value at `path`, making tables on the way.
fn set(data: &mut Table, path: &[String], value: Option<Value>) {
    let (key, parents) = path.split_last().expect("a path has a key");
    let mut table = data;
    for parent in parents {
        let entry = table
            .entry(parent.clone())
            .or_insert_with(|| Value::Table(Table::new()));
        if !entry.is_table() {
            *entry = Value::Table(Table::new());
        }
        table = entry.as_table_mut().expect("made a table");
    }
    match value {
        Some(value) => {
            table.insert(key.clone(), value);
        }
        None => {
            table.remove(key);
        }
    }
}

/// The errors `coal check` finds in some data. Validation works on the data
/// in place, so it is taken by value: no copy of a large file is made.
fn error_findings(data: Table) -> Vec<Finding> {
    let validated = match validate(data) {
        Ok(validated) => validated,
        Err(unusable) => return vec![Finding::error("unusable", "", unusable.message())],
    };
    check::errors(&validated.coalition, &validated.findings)
}

/// The errors in some data, each with its subject.
fn errors(data: &Table) -> Vec<(String, Finding)> {
    error_findings(data.clone())
        .into_iter()
        .map(|f| (f.subject(data), f))
        .collect()
}

/// The errors `result` has that neither `ours` nor `theirs` has, by subject.
pub fn new_errors(result: &Table, ours: &Table, theirs: &Table) -> Vec<String> {
    let known: BTreeSet<String> = errors(ours)
        .into_iter()
        .chain(errors(theirs))
        .map(|(s, _)| s)
        .collect();
    errors(result)
        .into_iter()
        .map(|(s, _)| s)
        .filter(|s| !known.contains(s))
        .collect()
}

/// Turns into conflicts the parts of a clean merge that would give a side's
/// resolution an error neither side had: a reference to an entry the other
/// side removed, a boundary crossed by a seat the other side gave. When the
/// parts cannot be found, every difference becomes a conflict, so that each
/// resolution is one side's data.
pub fn guard(plan: &mut Plan, ours: &Table, theirs: &Table) {
    let mut known: Option<BTreeSet<String>> = None;
    for _round in 0..4 {
        let mut parts = BTreeSet::new();
        let mut new_errors = false;
        // Without conflicts both resolutions are the same data.
        let sides: &[Side] = if plan.conflicts() == 0 {
            &[Side::Ours]
        } else {
            &[Side::Ours, Side::Theirs]
        };
        for &side in sides {
            if error_findings(resolve(plan, side, ours, theirs)).is_empty() {
                continue;
            }
            let (data, traces) = resolve_traced(plan, side, ours, theirs);
            let known = known.get_or_insert_with(|| {
                errors(ours)
                    .into_iter()
                    .chain(errors(theirs))
                    .map(|(s, _)| s)
                    .collect()
            });
            for (subject, finding) in errors(&data) {
                if !known.contains(&subject) {
                    new_errors = true;
                    parts.extend(parts_of(plan, &data, &traces, &finding));
                }
            }
        }
        if !new_errors {
            return;
        }
        let mut escalated = false;
        for part in &parts {
            escalated |= plan.escalate(part);
        }
        if !escalated {
            break;
        }
    }
    for part in plan.parts() {
        plan.escalate(&part);
    }
}

/// The parts of the plan an error points at.
fn parts_of(
    plan: &Plan,
    data: &Table,
    traces: &BTreeMap<&'static str, Vec<usize>>,
    finding: &Finding,
) -> Vec<Part> {
    // `groups.a.boundaries[0]` → `groups`, `a`, `boundaries`, and the index.
    let mut keys: Vec<String> = Vec::new();
    let mut first_index = None;
    for segment in finding.path.split('.') {
        let (key, index) = segment.split_once('[').unwrap_or((segment, ""));
        keys.push(key.to_string());
        if first_index.is_none() && !index.is_empty() {
            first_index = index
                .trim_end_matches(']')
                .parse::<usize>()
                .ok()
                .map(|i| (keys.len(), i));
            break;
        }
    }
    let mut parts = Vec::new();
    let related = |a: &[String], b: &[String]| a.starts_with(b) || b.starts_with(a);
    for (log, trace) in traces {
        let log_keys = log_path(log);
        if let Some((depth, index)) = first_index
            && keys.len() == depth
            && keys.iter().map(String::as_str).eq(log_keys.iter().copied())
            && let Some(&stretch) = trace.get(index)
        {
            parts.push(Part::Stretch(log, stretch));
        }
    }
    // An answer is to an invitation: an error in an assembly's `answered`
    // comes from its `invited` as much.
    let invited = keys.last().is_some_and(|key| key == "answered").then(|| {
        let mut invited = keys.clone();
        *invited.last_mut().expect("a key") = "invited".to_string();
        invited
    });
    for path in plan.values.keys() {
        if related(path, &keys) || invited.as_ref().is_some_and(|i| related(path, i)) {
            parts.push(Part::Value(path.clone()));
        }
    }
    for (register, id) in plan.entries.keys() {
        if keys.len() >= 2 && keys[0] == register.key() && keys[1] == *id {
            parts.push(Part::Entry(*register, id.clone()));
        }
    }
    if finding.code == check::code::INVALID_REFERENCE {
        // The entry it names, removed on one side.
        let named = follow(data, &finding.path).1.and_then(Value::as_str);
        for (register, id) in plan.entries.keys() {
            if named == Some(id.as_str()) {
                parts.push(Part::Entry(*register, id.clone()));
            }
        }
    }
    if finding.code == check::code::BOUNDARY_VIOLATION {
        // The seats that brought the two groups together.
        let boundary = follow(data, &finding.path).1;
        let other = boundary
            .and_then(|b| b.get("group"))
            .and_then(Value::as_str);
        let (Some(group), Some(other)) = (keys.get(1), other) else {
            return parts;
        };
        let together = |value: Option<&Value>| {
            let names = |id: &str| {
                value
                    .and_then(Value::as_array)
                    .is_some_and(|ids| ids.iter().any(|v| v.as_str() == Some(id)))
            };
            names(group) && names(other)
        };
        for path in plan.values.keys() {
            let seat = matches!(
                path.first().map(String::as_str),
                Some("spaces" | "committees")
            ) && path.len() >= 2
                || path.join(".") == "steps.draft.co_authors";
            let list = if path.len() == 2 {
                value_at(data, path).and_then(|entry| entry.get("groups"))
            } else {
                value_at(data, path)
            };
            if seat && together(list) {
                parts.push(Part::Value(path.clone()));
            }
        }
        for (register, id) in plan.entries.keys() {
            if matches!(register, Register::Spaces | Register::Committees) {
                let entry = value_at(data, &[register.key().to_string(), id.clone()]);
                if together(entry.and_then(|e| e.get("groups"))) {
                    parts.push(Part::Entry(*register, id.clone()));
                }
            }
        }
    }
    parts
}
