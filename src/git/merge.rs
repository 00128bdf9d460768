//! The three-way merge of SPEC §8, for `coal merge-driver`.
//!
//! Data decides, layout follows OURS: the three files are compared as data
//! (registers per id and per field, logs as the union of both sides'
//! additions), and the changes THEIRS made are applied to OURS' document, so
//! OURS keeps its comments and layout. A real conflict leaves OURS' version
//! in place, then git's markers are put around the smallest block: the
//! key-value line, or the whole entry when one side removed it.

use std::collections::HashMap;
use std::ops::Range;

use toml::Table as Data;
use toml_edit::{Document, DocumentMut, Item, TableLike};

use crate::model::Register;
use crate::store::document;

use super::diff::LOGS;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub text: String,
    pub conflicts: usize,
}

/// Why the data merge cannot be used; git's own line merge takes over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fallback {
    /// A side that is not valid TOML: "base", "ours" or "theirs".
    NotToml(&'static str),
    /// A side that already holds conflict markers.
    Markers(&'static str),
}

#[derive(Debug, Clone)]
enum Conflict {
    /// Both sides changed the value at this key path differently.
    Field { path: Vec<String> },
    /// One side removed a register entry that the other changed.
    Entry {
        register: Register,
        id: String,
        ours_removed: bool,
    },
}

/// Whether a text holds git's conflict markers.
pub fn has_markers(text: &str) -> bool {
    text.lines().any(|line| {
        line.starts_with("<<<<<<<")
            || line.starts_with(">>>>>>>")
            || line.starts_with("=======") && line.trim_end_matches('=').is_empty()
    })
}

pub fn merge(base: &str, ours: &str, theirs: &str, marker_size: usize) -> Result<Merged, Fallback> {
    let sides = [("base", base), ("ours", ours), ("theirs", theirs)];
    for (name, text) in sides {
        if has_markers(text) {
            return Err(Fallback::Markers(name));
        }
    }
    let data = |(name, text): (&'static str, &str)| {
        crate::store::parse::table(text).map_err(|_| Fallback::NotToml(name))
    };
    // The two documents are read while the three files' data is.
    let (documents, data) = std::thread::scope(|scope| {
        let ours_doc = scope.spawn(|| ours.parse::<DocumentMut>());
        let theirs_doc = scope.spawn(|| theirs.parse::<DocumentMut>());
        let data = (data(sides[0]), data(sides[1]), data(sides[2]));
        let documents = (ours_doc.join(), theirs_doc.join());
        let documents = (
            documents.0.expect("parsing does not panic"),
            documents.1.expect("parsing does not panic"),
        );
        (documents, data)
    });
    let (base_data, ours_data, theirs_data) = (data.0?, data.1?, data.2?);
    let mut doc = documents.0.map_err(|_| Fallback::NotToml("ours"))?;
    let theirs_doc = documents.1.map_err(|_| Fallback::NotToml("theirs"))?;

    let mut merger = Merger {
        doc: &mut doc,
        theirs: &theirs_doc,
        conflicts: Vec::new(),
    };
    merger.tables(
        &mut Vec::new(),
        Some(&base_data),
        Some(&ours_data),
        Some(&theirs_data),
    );
    for register in Register::ALL {
        merger.register(register, &base_data, &ours_data, &theirs_data);
    }
    for log in LOGS {
        merger.log(log, &base_data, &ours_data, &theirs_data, &theirs_doc);
    }
    let conflicts = merger.conflicts;
    let mut text = doc.to_string();
    if !conflicts.is_empty() {
        text = mark(&text, theirs, &conflicts, marker_size);
    }
    Ok(Merged {
        text: crate::store::with_line_endings_of(ours, text),
        conflicts: conflicts.len(),
    })
}

struct Merger<'a> {
    doc: &'a mut DocumentMut,
    theirs: &'a DocumentMut,
    conflicts: Vec<Conflict>,
}

fn is_register(path: &[String]) -> bool {
    path.len() == 1 && Register::ALL.iter().any(|r| r.key() == path[0])
}

fn is_log(path: &[String]) -> bool {
    LOGS.contains(&path.join(".").as_str())
}

fn get<'a>(table: Option<&'a Data>, key: &str) -> Option<&'a toml::Value> {
    table.and_then(|t| t.get(key))
}

/// The item at a key path in a document.
fn item_at<'a>(doc: &'a DocumentMut, path: &[String]) -> Option<&'a Item> {
    path.iter()
        .try_fold(doc.as_item(), |item, key| item.get(key))
}

/// The table-like at a key path, created (as a table) when missing.
fn table_at<'a>(doc: &'a mut DocumentMut, path: &[String]) -> Option<&'a mut dyn TableLike> {
    if path.len() == 2 && path[0] == "steps" {
        return Some(document::step_table(doc, &path[1]));
    }
    let mut item = doc.as_item_mut();
    for key in path {
        let table = item.as_table_like_mut()?;
        if table.get(key).is_none() {
            let mut new = toml_edit::Table::new();
            new.set_implicit(true);
            table.insert(key, Item::Table(new));
        }
        item = table.get_mut(key)?;
    }
    item.as_table_like_mut()
}

impl Merger<'_> {
    /// Field by field merge of the tables at `path` (the root when empty),
    /// leaving registers and logs to their own merges.
    fn tables(
        &mut self,
        path: &mut Vec<String>,
        base: Option<&Data>,
        ours: Option<&Data>,
        theirs: Option<&Data>,
    ) {
        let keys: std::collections::BTreeSet<&String> = [base, ours, theirs]
            .into_iter()
            .flatten()
            .flat_map(|t| t.keys())
            .collect();
        for key in keys {
            path.push(key.clone());
            if !is_register(path) && !is_log(path) {
                self.field(path, get(base, key), get(ours, key), get(theirs, key));
            }
            path.pop();
        }
    }

    fn field(
        &mut self,
        path: &mut Vec<String>,
        base: Option<&toml::Value>,
        ours: Option<&toml::Value>,
        theirs: Option<&toml::Value>,
    ) {
        if ours == theirs || theirs == base {
            return;
        }
        fn table(v: Option<&toml::Value>) -> Option<&Data> {
            v.and_then(toml::Value::as_table)
        }
        let (b, o, t) = (table(base), table(ours), table(theirs));
        let base_fits = base.is_none() || b.is_some();
        if ours == base {
            match (o, t) {
                // Apply THEIRS' changes key by key, keeping OURS' layout.
                (Some(o), Some(t)) => self.tables(path, b, Some(o), Some(t)),
                // THEIRS started a step OURS has not: create it in its place.
                (None, Some(t)) if path.len() == 2 && path[0] == "steps" => {
                    table_at(self.doc, path);
                    self.tables(path, b, Some(&Data::new()), Some(t));
                }
                _ => self.take_theirs(path),
            }
        } else if let (Some(o), Some(t), true) = (o, t, base_fits) {
            // Both sides changed the same table: merge inside it.
            self.tables(path, b, Some(o), Some(t));
        } else {
            self.conflicts.push(Conflict::Field { path: path.clone() });
        }
    }

    /// Puts THEIRS' item at `path` into OURS (or removes it, when THEIRS did).
    fn take_theirs(&mut self, path: &[String]) {
        let (key, parent) = path.split_last().expect("a path has a key");
        let item = item_at(self.theirs, path).cloned();
        let Some(table) = table_at(self.doc, parent) else {
            return;
        };
        match item {
            Some(Item::Value(mut value)) => {
                if let Some(old) = table.get(key).and_then(Item::as_value) {
                    *value.decor_mut() = old.decor().clone();
                }
                table.insert(key, Item::Value(value));
            }
            Some(other) => {
                table.insert(key, other);
            }
            None => {
                table.remove(key);
            }
        }
    }

    fn register<'a>(
        &mut self,
        register: Register,
        base: &'a Data,
        ours: &'a Data,
        theirs: &'a Data,
    ) {
        let key = register.key();
        let none = Data::new();
        let entries = |data: &'a Data| data.get(key).and_then(toml::Value::as_table);
        let (b, o, t) = (
            entries(base).unwrap_or(&none),
            entries(ours).unwrap_or(&none),
            entries(theirs).unwrap_or(&none),
        );
        let ids: std::collections::BTreeSet<&String> =
            b.keys().chain(o.keys()).chain(t.keys()).collect();
        for id in ids {
            let (bv, ov, tv) = (b.get(id), o.get(id), t.get(id));
            if ov == tv {
                continue;
            }
            match (bv, ov, tv) {
                (None, None, Some(_)) => self.add_theirs_entry(register, id),
                (Some(b), Some(o), None) if o == b => {
                    document::remove_entry(self.doc, register, id)
                }
                (Some(_), Some(_), None) => self.conflicts.push(Conflict::Entry {
                    register,
                    id: id.clone(),
                    ours_removed: false,
                }),
                (Some(b), None, Some(t)) if t != b => self.conflicts.push(Conflict::Entry {
                    register,
                    id: id.clone(),
                    ours_removed: true,
                }),
                (_, Some(_), Some(_)) => {
                    let mut path = vec![key.to_string(), id.clone()];
                    self.field(&mut path, bv, ov, tv);
                }
                _ => {}
            }
        }
    }

    fn add_theirs_entry(&mut self, register: Register, id: &str) {
        let item = item_at(self.theirs, &[register.key().to_string(), id.to_string()]).cloned();
        match item {
            Some(Item::Table(table)) => document::insert_entry(self.doc, register, id, table),
            Some(Item::Value(toml_edit::Value::InlineTable(inline))) => {
                document::insert_entry(self.doc, register, id, inline.into_table())
            }
            _ => {}
        }
    }

    /// Logs: each distinct entry appears as often as the side that changed
    /// it says; when both did, as often as the larger of the two.
    fn log<'a>(
        &mut self,
        log: &str,
        base: &'a Data,
        ours: &'a Data,
        theirs: &'a Data,
        theirs_doc: &DocumentMut,
    ) {
        let path: Vec<String> = log.split('.').map(String::from).collect();
        let entries = |data: &'a Data| -> &'a [toml::Value] {
            let (key, parents) = path.split_last().expect("a log has a key");
            parents
                .iter()
                .try_fold(data, |table, key| table.get(key)?.as_table())
                .and_then(|table| table.get(key)?.as_array())
                .map_or(&[], Vec::as_slice)
        };
        let (b, o, t) = (entries(base), entries(ours), entries(theirs));
        if o == t || t == b {
            return;
        }
        // Each distinct entry (by its TOML text): how often base has it, and
        // where ours and theirs have it.
        #[derive(Default)]
        struct Tally {
            base: usize,
            ours: Vec<usize>,
            theirs: Vec<usize>,
        }
        let mut tallies: HashMap<String, Tally> = HashMap::new();
        for entry in b {
            tallies.entry(entry.to_string()).or_default().base += 1;
        }
        for (index, entry) in o.iter().enumerate() {
            tallies
                .entry(entry.to_string())
                .or_default()
                .ours
                .push(index);
        }
        for (index, entry) in t.iter().enumerate() {
            tallies
                .entry(entry.to_string())
                .or_default()
                .theirs
                .push(index);
        }
        let mut remove = Vec::new();
        let mut add = Vec::new();
        for tally in tallies.values() {
            let (cb, co, ct) = (tally.base, tally.ours.len(), tally.theirs.len());
            let wanted = if co == cb {
                ct
            } else if ct == cb {
                co
            } else {
                co.max(ct)
            };
            if wanted < co {
                remove.extend_from_slice(&tally.ours[wanted..]);
            }
            if wanted > co {
                add.extend_from_slice(&tally.theirs[ct - (wanted - co)..]);
            }
        }
        add.sort_unstable();
        remove.sort_unstable();
        for index in remove.into_iter().rev() {
            remove_log_entry(self.doc, &path, index);
        }
        let refs: Vec<&str> = path.iter().map(String::as_str).collect();
        for index in add {
            if let Some(table) = log_entry(theirs_doc, &path, index) {
                if refs[0] == "steps" {
                    document::step_table(self.doc, refs[1]);
                }
                let _ = document::append(self.doc, &refs, table);
            }
        }
    }
}

fn log_entry(doc: &DocumentMut, path: &[String], index: usize) -> Option<toml_edit::Table> {
    match item_at(doc, path)? {
        Item::ArrayOfTables(tables) => tables.get(index).cloned(),
        Item::Value(toml_edit::Value::Array(array)) => array
            .get(index)?
            .as_inline_table()
            .map(|t| t.clone().into_table()),
        _ => None,
    }
}

fn remove_log_entry(doc: &mut DocumentMut, path: &[String], index: usize) {
    let item = path
        .iter()
        .try_fold(doc.as_item_mut(), |item, key| item.get_mut(key));
    match item {
        Some(Item::ArrayOfTables(tables)) => {
            tables.remove(index);
        }
        Some(Item::Value(toml_edit::Value::Array(array))) => {
            array.remove(index);
        }
        _ => {}
    }
}

/// The byte range of the smallest block holding `path` in `text`: the lines
/// of its key and value, or for a standard table its header and body.
fn block(text: &str, path: &[String]) -> Option<Range<usize>> {
    let doc = Document::parse(text).ok()?;
    let (key, parents) = path.split_last()?;
    let mut parent = doc.as_item();
    let mut inline_line: Option<Range<usize>> = None;
    for name in parents {
        let table = parent.as_table_like()?;
        let (k, item) = table.get_key_value(name)?;
        if inline_line.is_none() && item.is_inline_table() {
            // Inside an inline table the smallest block is its whole line.
            inline_line = Some(k.span()?.start..item.span()?.end);
        }
        parent = item;
    }
    if let Some(range) = inline_line {
        return Some(lines(text, range));
    }
    let (k, item) = parent.as_table_like()?.get_key_value(key)?;
    match item {
        Item::Table(table) if !table.is_implicit() => {
            let start = line_start(text, table.span()?.start);
            let prefix = header_prefix(&text[table.span()?]);
            let end = text[start..]
                .match_indices('\n')
                .map(|(i, _)| start + i + 1)
                .find(|&at| {
                    let line = text[at..].trim_start();
                    line.starts_with('[') && !line.trim_start_matches('[').starts_with(&prefix)
                })
                .unwrap_or(text.len());
            Some(start..end)
        }
        _ => Some(lines(text, k.span()?.start..item.span()?.end)),
    }
}

/// `[groups.a]` → `groups.a`, the prefix its sub-tables' headers share.
fn header_prefix(header: &str) -> String {
    header
        .trim_matches(|c| c == '[' || c == ']' || c == ' ')
        .to_string()
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// Widens a range to whole lines, the final newline included.
fn lines(text: &str, range: Range<usize>) -> Range<usize> {
    let start = line_start(text, range.start);
    let end = text[range.end..]
        .find('\n')
        .map_or(text.len(), |i| range.end + i + 1);
    start..end
}

/// Puts git's conflict markers around each conflicting block of `merged`,
/// with THEIRS' version of the block taken from `theirs`.
fn mark(merged: &str, theirs: &str, conflicts: &[Conflict], size: usize) -> String {
    let (open, middle, close) = ("<".repeat(size), "=".repeat(size), ">".repeat(size));
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    for conflict in conflicts {
        let path: Vec<String> = match conflict {
            Conflict::Field { path } => path.clone(),
            Conflict::Entry { register, id, .. } => vec![register.key().to_string(), id.clone()],
        };
        let theirs_block = block(theirs, &path)
            .map(|r| theirs[r].to_string())
            .unwrap_or_default();
        let ours_range = block(merged, &path);
        let (range, ours_block) = match (conflict, ours_range) {
            (
                Conflict::Entry {
                    ours_removed: true, ..
                },
                _,
            )
            | (_, None) => {
                // OURS has no such block: the conflict goes at the end.
                (merged.len()..merged.len(), String::new())
            }
            (_, Some(range)) => (range.clone(), merged[range].to_string()),
        };
        let ensure_newline = |s: &str| {
            if s.is_empty() || s.ends_with('\n') {
                s.to_string()
            } else {
                format!("{s}\n")
            }
        };
        let lead = if range.start == merged.len() && !merged.ends_with('\n') {
            "\n"
        } else {
            ""
        };
        edits.push((
            range,
            format!(
                "{lead}{open} ours\n{}{middle}\n{}{close} theirs\n",
                ensure_newline(&ours_block),
                ensure_newline(&theirs_block)
            ),
        ));
    }
    edits.sort_by_key(|(range, _)| std::cmp::Reverse((range.start, range.end)));
    let mut text = merged.to_string();
    let mut last_start = usize::MAX;
    for (range, replacement) in edits {
        // Two conflicts inside one block are shown once.
        if range.end > last_start {
            continue;
        }
        last_start = range.start;
        text.replace_range(range, &replacement);
    }
    text
}
