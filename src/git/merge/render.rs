//! A plan applied to OURS' document: THEIRS' clean changes are written into
//! it, and each conflict is written where its value, entry or log entries
//! are, between git's markers.
//!
//! No conflict block is placed by searching the text. Each conflicting part
//! is first replaced, in the document, by a placeholder that carries a
//! string found in none of the sides (a nonce): a value for a key, an empty
//! table whose header carries it for a table, an entry or a stretch of a
//! `[[log]]`. The document is written out, and each line holding a nonce is
//! replaced by the two versions of that part, each written on its own as
//! complete TOML. So a block holds exactly one part, inside its own table,
//! and resolving it to either side gives that side's version.

use std::collections::{BTreeMap, BTreeSet};

use toml_edit::{ArrayOfTables, DocumentMut, InlineTable, Item, Table, TableLike, Value};

use super::plan::{Path, Plan};
use super::sequence::{Stretch, Take};
use crate::model::{Register, schema};
use crate::store::document;

/// The two versions of one conflicting part.
enum Block {
    /// A key's line: the value's text on each side (`None`: no such key).
    Line {
        ours: Option<String>,
        theirs: Option<String>,
    },
    /// Whole tables, written out for each side.
    Whole { ours: String, theirs: String },
}

/// The items of THEIRS' document the plan takes or shows, by key path: the
/// rest of that document need not be kept while OURS' is read.
pub struct Theirs {
    items: BTreeMap<Path, Item>,
    /// The tables above those items that THEIRS writes inline (`offers =
    /// { … }`): made in OURS, they are made the same way.
    inline: BTreeSet<Path>,
}

impl Theirs {
    /// The paths a plan may take from THEIRS, or show of it.
    pub fn wanted(plan: &Plan) -> Vec<Path> {
        plan.values
            .keys()
            .cloned()
            .chain(
                plan.entries
                    .keys()
                    .map(|(register, id)| vec![register.key().to_string(), id.clone()]),
            )
            .chain(
                plan.logs
                    .keys()
                    .map(|log| log.split('.').map(String::from).collect()),
            )
            .collect()
    }

    pub fn extract(wanted: &[Path], doc: &DocumentMut) -> Theirs {
        let items = wanted
            .iter()
            .filter_map(|path| Some((path.clone(), item_at(doc, path)?.clone())))
            .collect();
        let inline = wanted
            .iter()
            .flat_map(|path| (1..path.len()).map(move |depth| &path[..depth]))
            .filter(|prefix| {
                matches!(
                    item_at(doc, prefix),
                    Some(Item::Value(Value::InlineTable(_)))
                )
            })
            .map(<[String]>::to_vec)
            .collect();
        Theirs { items, inline }
    }

    fn get(&self, path: &[String]) -> Option<Item> {
        self.items.get(path).cloned()
    }
}

struct Renderer {
    doc: DocumentMut,
    theirs: Theirs,
    nonce: String,
    blocks: Vec<Block>,
    /// THEIRS' side of a conflicting inline log: its list with every
    /// conflict resolved to theirs.
    theirs_logs: BTreeMap<Path, Item>,
    /// Inline logs with a conflict, to be marked with their unit.
    log_conflicts: Vec<Path>,
    /// Parts OURS' layout has no place for (a value where a table is
    /// needed): the data merge cannot be written, git's line merge must be.
    unplaced: Vec<String>,
}

/// Where OURS' layout has no place for a part of the merge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unplaced(pub String);

/// A string found in none of the texts, to mark placeholders with.
pub fn nonce(texts: &[&str]) -> String {
    use std::hash::{BuildHasher, RandomState};
    let state = RandomState::new();
    (0u64..)
        .map(|n| format!("coal-merge-{:016x}", state.hash_one(n)))
        .find(|nonce| texts.iter().all(|text| !text.contains(nonce.as_str())))
        .expect("some nonce is unused")
}

pub fn render(
    plan: &Plan,
    doc: DocumentMut,
    theirs: Theirs,
    nonce: String,
    marker_size: usize,
) -> Result<String, Unplaced> {
    let mut renderer = Renderer {
        doc,
        theirs,
        nonce,
        blocks: Vec::new(),
        theirs_logs: BTreeMap::new(),
        log_conflicts: Vec::new(),
        unplaced: Vec::new(),
    };
    renderer.apply(plan);
    if let Some(path) = renderer.unplaced.first() {
        return Err(Unplaced(path.clone()));
    }
    let text = renderer.doc.to_string();
    Ok(splice(
        &text,
        &renderer.nonce,
        &renderer.blocks,
        marker_size,
    ))
}

fn item_at<'a>(doc: &'a DocumentMut, path: &[String]) -> Option<&'a Item> {
    path.iter()
        .try_fold(doc.as_item(), |item, key| item.get(key))
}

fn item_at_mut<'a>(doc: &'a mut DocumentMut, path: &[String]) -> Option<&'a mut Item> {
    path.iter()
        .try_fold(doc.as_item_mut(), |item, key| item.get_mut(key))
}

/// The table-like at `path`, created (as an implicit table) when missing;
/// a step's table where the schema puts it.
fn table_at<'a>(
    doc: &'a mut DocumentMut,
    path: &[String],
    inline: &BTreeSet<Path>,
) -> Option<&'a mut dyn TableLike> {
    if path.len() == 2 && path[0] == "steps" {
        let tables = doc.get("steps").is_none_or(|steps| {
            steps.is_table_like() && steps.get(&path[1]).is_none_or(|step| step.is_table_like())
        });
        return tables
            .then(|| document::step_table(doc, &path[1]).ok())
            .flatten()
            .map(document::SchemaTable::into_table);
    }
    let mut item = doc.as_item_mut();
    for (depth, key) in path.iter().enumerate() {
        let table = item.as_table_like_mut()?;
        if table.get(key).is_none() {
            let new = if inline.contains(&path[..=depth]) {
                Item::Value(Value::InlineTable(Default::default()))
            } else {
                let mut new = Table::new();
                new.set_implicit(true);
                Item::Table(new)
            };
            let above: Vec<&str> = path[..depth].iter().map(String::as_str).collect();
            document::SchemaTable::new(table, schema::fields_at(&above)).insert(key, new);
        }
        item = table.get_mut(key)?;
    }
    item.as_table_like_mut()
}

/// Tables taken from THEIRS have no place in OURS' order yet: without a
/// position, each is written right after the table before it.
fn unplace(item: &mut Item) {
    match item {
        Item::Table(table) => {
            table.set_position(None);
            for (_, child) in table.iter_mut() {
                unplace(child);
            }
        }
        Item::ArrayOfTables(array) => {
            for table in array.iter_mut() {
                table.set_position(None);
                for (_, child) in table.iter_mut() {
                    unplace(child);
                }
            }
        }
        _ => {}
    }
}

/// An item as a value, for a key's line (tables become inline).
fn as_value(item: Item) -> Option<Value> {
    match item {
        Item::None => None,
        Item::Value(value) => Some(value),
        // A table's comments have no place on one line.
        other => other.into_value().ok().map(|mut value| {
            match &mut value {
                Value::InlineTable(table) => table.fmt(),
                Value::Array(array) => array.fmt(),
                _ => {}
            }
            value
        }),
    }
}

fn bare(mut value: Value) -> String {
    value.decor_mut().clear();
    one_line_strings(&mut value);
    value.to_string()
}

/// Whether a text holds a line a person or a tool could take for a marker
/// of any size (`<`, `=`, `>` or `|` first).
fn marker_like(text: &str) -> bool {
    text.lines()
        .any(|line| line.starts_with(['<', '=', '>', '|']))
}

/// Inside a conflict block, a string with a marker-like line is written on
/// one line (`\n` escapes), so that the block has one `=======`.
fn one_line_strings(value: &mut Value) {
    match value {
        Value::String(text) if marker_like(text.value()) => {
            let quoted = serde_json::to_string(text.value()).expect("a string serialises");
            if let Ok(mut one_line) = quoted.parse::<Value>() {
                *one_line.decor_mut() = value.decor().clone();
                *value = one_line;
            }
        }
        Value::Array(array) => array.iter_mut().for_each(one_line_strings),
        Value::InlineTable(table) => table.iter_mut().for_each(|(_, v)| one_line_strings(v)),
        _ => {}
    }
}

fn one_line_strings_in(item: &mut Item) {
    match item {
        Item::Value(value) => one_line_strings(value),
        Item::Table(table) => table
            .iter_mut()
            .for_each(|(_, child)| one_line_strings_in(child)),
        Item::ArrayOfTables(array) => array.iter_mut().for_each(|table| {
            table
                .iter_mut()
                .for_each(|(_, child)| one_line_strings_in(child))
        }),
        Item::None => {}
    }
}

/// An item written on its own at `path`, as complete TOML.
fn standalone(path: &[String], item: Item) -> String {
    let mut doc = DocumentMut::new();
    let (key, parents) = path.split_last().expect("a path has a key");
    let mut table = doc.as_table_mut();
    for parent in parents {
        let mut implicit = Table::new();
        implicit.set_implicit(true);
        table.insert(parent, Item::Table(implicit));
        table = table[parent.as_str()].as_table_mut().expect("just made");
    }
    let mut item = item;
    if let Item::Table(table) = &mut item {
        table.set_dotted(false);
    }
    one_line_strings_in(&mut item);
    table.insert(key, item);
    let text = doc.to_string();
    let text = text.trim_start_matches(['\n', '\r']);
    if text.is_empty() || text.ends_with('\n') {
        text.to_string()
    } else {
        format!("{text}\n")
    }
}

/// An item in the shape of a table (or list of tables) when it can be.
fn as_tables(item: Item) -> Item {
    match item {
        Item::Value(Value::InlineTable(table)) => Item::Table(table.into_table()),
        Item::Value(Value::Array(array))
            if array.iter().all(|v| v.is_inline_table()) && !array.is_empty() =>
        {
            let mut tables = ArrayOfTables::new();
            for value in array {
                if let Value::InlineTable(table) = value {
                    tables.push(table.into_table());
                }
            }
            Item::ArrayOfTables(tables)
        }
        other => other,
    }
}

/// The comments and blank lines above an item's first table.
fn leading_decor(item: &Item) -> Option<String> {
    let table = match item {
        Item::Table(table) => table,
        Item::ArrayOfTables(array) => array.get(0)?,
        _ => return None,
    };
    table.decor().prefix()?.as_str().map(String::from)
}

fn clear_leading_decor(item: &mut Item) {
    match item {
        Item::Table(table) => table.decor_mut().set_prefix(""),
        Item::ArrayOfTables(array) => {
            if let Some(first) = array.get_mut(0) {
                first.decor_mut().set_prefix("");
            }
        }
        _ => {}
    }
}

/// The first document position among the tables of an item.
fn first_position(item: &Item) -> Option<isize> {
    match item {
        Item::Table(table) => table
            .position()
            .into_iter()
            .chain(table.iter().filter_map(|(_, child)| first_position(child)))
            .min(),
        Item::ArrayOfTables(array) => array.iter().filter_map(Table::position).min(),
        _ => None,
    }
}

impl Renderer {
    fn marked(&mut self, block: Block) -> String {
        self.blocks.push(block);
        format!("{}-{}", self.nonce, self.blocks.len() - 1)
    }

    /// An empty table whose header line carries a new placeholder.
    fn placeholder_table(&mut self, block: Block, position: Option<isize>) -> Table {
        let mark = self.marked(block);
        let mut table = Table::new();
        table.set_position(position);
        table.decor_mut().set_suffix(format!(" # {mark}"));
        table
    }

    fn apply(&mut self, plan: &Plan) {
        for (path, take) in &plan.values {
            match take {
                Take::Theirs => self.take_theirs(path),
                Take::Picked(picked) => self.take_picked(path, picked),
                _ => {}
            }
        }
        for ((register, id), take) in &plan.entries {
            if *take == Take::Theirs {
                self.take_theirs_entry(*register, id);
            }
        }
        for (log, stretches) in &plan.logs {
            self.log(log, stretches);
        }
        // Conflicts, each at the smallest part that holds it and is not
        // inside an inline table (whose line holds other keys).
        let mut units: BTreeMap<Path, Vec<Path>> = BTreeMap::new();
        let conflicts = plan
            .values
            .iter()
            .filter(|(_, take)| **take == Take::Conflict)
            .map(|(path, _)| path.clone())
            .chain(
                plan.entries
                    .iter()
                    .filter(|(_, take)| **take == Take::Conflict)
                    .map(|((register, id), _)| vec![register.key().to_string(), id.clone()]),
            );
        let logs = std::mem::take(&mut self.log_conflicts);
        for path in conflicts.chain(logs) {
            let unit = self.unit(&path);
            units.entry(unit).or_default().push(path);
        }
        // A unit inside another is part of it.
        let mut outer: Vec<(Path, Vec<Path>)> = Vec::new();
        for (unit, paths) in units {
            match outer.last_mut() {
                Some((last, inner)) if unit.starts_with(last) => inner.extend(paths),
                _ => outer.push((unit, paths)),
            }
        }
        for (unit, paths) in outer {
            self.conflict(&unit, &paths);
        }
    }

    /// The path up to the first inline value on the way, or the whole path.
    fn unit(&self, path: &[String]) -> Path {
        let mut item = self.doc.as_item();
        for (depth, key) in path.iter().enumerate() {
            match item.get(key) {
                Some(Item::Value(_)) => return path[..=depth].to_vec(),
                Some(next) => item = next,
                None => break,
            }
        }
        path.to_vec()
    }

    /// Puts THEIRS' item at `path` into OURS (or removes it, when THEIRS did).
    fn take_theirs(&mut self, path: &[String]) {
        let (key, parent) = path.split_last().expect("a path has a key");
        let item = self.theirs.get(path);
        if table_at(&mut self.doc, parent, &self.theirs.inline).is_none() {
            if item.is_some() {
                self.unplaced.push(path.join("."));
            }
            return;
        }
        // Whether the parent is inline once made (as THEIRS has it).
        let inline = parent_is_inline(&self.doc, parent);
        let table = table_at(&mut self.doc, parent, &self.theirs.inline).expect("made above");
        let grows = item.is_some() && !table.contains_key(key);
        match item {
            Some(Item::Value(mut value)) => {
                let old = table
                    .get(key)
                    .and_then(Item::as_value)
                    .map(|v| v.decor().clone());
                let commented = value
                    .decor()
                    .suffix()
                    .and_then(|s| s.as_str())
                    .is_some_and(|s| s.contains('#'));
                if inline {
                    // Inside `{ ... }` a comment would swallow the brace.
                    match old {
                        Some(decor) => *value.decor_mut() = decor,
                        None => value.decor_mut().clear(),
                    }
                } else if let (Some(decor), false) = (old, commented) {
                    *value.decor_mut() = decor;
                } else if !commented {
                    // A value THEIRS wrote in `{ ... }` keeps the space
                    // before its brace, which would end OURS' line.
                    value.decor_mut().set_suffix("");
                }
                put(table, parent, key, Item::Value(value));
            }
            Some(mut other) => {
                unplace(&mut other);
                if table.is_dotted() || inline {
                    if let Some(value) = as_value(other) {
                        put(table, parent, key, Item::Value(value));
                    }
                } else {
                    put(table, parent, key, other);
                }
            }
            None => {
                table.remove(key);
            }
        }
        // A key added to `{ ... }` after its last one: the spaces before
        // the brace would stay inside (`{ a = 1 , b = 2 }`).
        if inline
            && grows
            && let Some(Item::Value(Value::InlineTable(table))) = item_at_mut(&mut self.doc, parent)
        {
            table.fmt();
        }
    }

    /// Writes in place of OURS' value at `path` the elements `picked` from
    /// it and THEIRS' (the details of a resource type, merged as sets).
    fn take_picked(&mut self, path: &[String], picked: &[(bool, usize)]) {
        let texts = |item: Option<&Item>| item.and_then(document::texts).unwrap_or_default();
        let ours = texts(item_at(&self.doc, path));
        let theirs = texts(self.theirs.get(path).as_ref());
        let merged: Vec<&str> = picked
            .iter()
            .filter_map(|&(from_ours, i)| {
                if from_ours {
                    ours.get(i)
                } else {
                    theirs.get(i)
                }
            })
            .map(String::as_str)
            .collect();
        let mut value = match merged.as_slice() {
            [one] => Value::from(*one),
            more => document::string_array(more),
        };
        if let Some(Item::Value(old)) = item_at_mut(&mut self.doc, path) {
            *value.decor_mut() = old.decor().clone();
            *old = value;
        }
    }

    fn take_theirs_entry(&mut self, register: Register, id: &str) {
        let path = [register.key().to_string(), id.to_string()];
        if self
            .doc
            .get(register.key())
            .is_some_and(|r| !r.is_table_like())
        {
            self.unplaced.push(path.join("."));
            return;
        }
        match self.theirs.get(&path) {
            Some(Item::Table(mut table)) => {
                set_blank_line_before(&mut table);
                document::insert_entry(&mut self.doc, register, id, table)
            }
            Some(Item::Value(Value::InlineTable(inline))) => {
                document::insert_entry(&mut self.doc, register, id, inline.into_table())
            }
            Some(_) => self.take_theirs(&path),
            None => document::remove_entry(&mut self.doc, register, id),
        }
    }

    fn log(&mut self, log: &str, stretches: &[Stretch]) {
        if stretches
            .iter()
            .all(|s| matches!(s.take, Take::Same | Take::Ours))
        {
            return;
        }
        let path: Path = log.split('.').map(String::from).collect();
        let (key, parent) = path.split_last().expect("a log has a key");
        let ours_item = item_at(&self.doc, &path).cloned();
        let theirs_item = self.theirs.get(&path);
        let tables = |item: &Option<Item>| -> Vec<Table> {
            match item.clone().map(as_tables) {
                Some(Item::ArrayOfTables(array)) => array.into_iter().collect(),
                _ => Vec::new(),
            }
        };
        let (ours_tables, theirs_tables) = (tables(&ours_item), tables(&theirs_item));
        // In OURS' shape, or THEIRS' when OURS has no such list yet (as
        // `coal fmt` would write it on either side).
        let as_list = match &ours_item {
            Some(item) => matches!(item, Item::ArrayOfTables(_)),
            None => {
                !matches!(theirs_item, Some(Item::Value(_))) && !parent_is_inline(&self.doc, parent)
            }
        };
        if !as_list
            || ours_tables.len() != count(&ours_item)
            || theirs_tables.len() != count(&theirs_item)
        {
            // Inline, or holding values that are not tables: the whole
            // list is the part, a conflict shows both lists.
            let pick = |to_ours: bool| -> Option<Value> {
                let mut array = toml_edit::Array::new();
                for stretch in stretches {
                    for (from_ours, i) in
                        super::sequence::resolve(std::slice::from_ref(stretch), to_ours)
                    {
                        let source = if from_ours { &ours_item } else { &theirs_item };
                        let Some(mut value) = element(source, i) else {
                            continue;
                        };
                        if let (Take::Fields(fields), Some(Value::InlineTable(from))) =
                            (&stretch.take, element(&theirs_item, stretch.theirs.start))
                            && let Value::InlineTable(entry) = &mut value
                        {
                            inline_with_fields(entry, &from, fields);
                        }
                        array.push_formatted(value);
                    }
                }
                Some(Value::Array(array))
            };
            // OURS holds its side; a conflict is marked with the part the
            // list is in, THEIRS' side being the list resolved to theirs.
            let Some(table) = table_at(&mut self.doc, parent, &self.theirs.inline) else {
                self.unplaced.push(log.to_string());
                return;
            };
            let mut value = pick(true).expect("a list");
            if let Some(old) = table.get(key).and_then(Item::as_value) {
                *value.decor_mut() = old.decor().clone();
            }
            put(table, parent, key, Item::Value(value));
            if stretches.iter().any(|s| s.take == Take::Conflict) {
                let theirs = pick(false).expect("a list");
                self.theirs_logs.insert(path.clone(), Item::Value(theirs));
                self.log_conflicts.push(path.clone());
            }
            return;
        }
        let mut merged = ArrayOfTables::new();
        for stretch in stretches {
            if stretch.take == Take::Conflict {
                let outside = ours_tables
                    .get(stretch.ours.start)
                    .filter(|_| !stretch.ours.is_empty())
                    .and_then(|t| t.decor().prefix()?.as_str().map(String::from));
                let chunk =
                    |tables: &[Table], range: std::ops::Range<usize>, ours: bool| -> String {
                        if range.is_empty() {
                            return String::new();
                        }
                        let mut array = ArrayOfTables::new();
                        for table in &tables[range] {
                            array.push(table.clone());
                        }
                        let mut item = Item::ArrayOfTables(array);
                        if ours || leading_decor(&item) == outside {
                            clear_leading_decor(&mut item);
                        }
                        standalone(&path, item)
                    };
                let block = Block::Whole {
                    ours: chunk(&ours_tables, stretch.ours.clone(), true),
                    theirs: chunk(&theirs_tables, stretch.theirs.clone(), false),
                };
                let position = stretch
                    .ours
                    .clone()
                    .filter_map(|i| ours_tables[i].position())
                    .min();
                let mut table = self.placeholder_table(block, position);
                if let Some(first) = ours_tables
                    .get(stretch.ours.start)
                    .filter(|_| !stretch.ours.is_empty())
                {
                    table.decor_mut().set_prefix(
                        first
                            .decor()
                            .prefix()
                            .and_then(|p| p.as_str())
                            .unwrap_or("\n"),
                    );
                } else {
                    table.decor_mut().set_prefix("\n");
                }
                merged.push(table);
                continue;
            }
            if let Take::Fields(fields) = &stretch.take {
                let entry = ours_tables[stretch.ours.start].clone();
                let from = &theirs_tables[stretch.theirs.start];
                merged.push(with_fields(entry, from, &path, fields));
                continue;
            }
            for (from_ours, i) in super::sequence::resolve(std::slice::from_ref(stretch), true) {
                if from_ours {
                    merged.push(ours_tables[i].clone());
                } else {
                    let mut table = theirs_tables[i].clone();
                    let mut item = Item::Table(table);
                    unplace(&mut item);
                    table = item.into_table().expect("a table");
                    set_blank_line_before(&mut table);
                    merged.push(table);
                }
            }
        }
        match table_at(&mut self.doc, parent, &self.theirs.inline) {
            Some(table) if merged.is_empty() => {
                table.remove(key);
            }
            Some(table) => {
                put(table, parent, key, Item::ArrayOfTables(merged));
            }
            None => self.unplaced.push(log.to_string()),
        }
    }

    /// THEIRS' side of a conflicting path.
    fn theirs_item(&self, path: &[String]) -> Option<Item> {
        match self.theirs_logs.get(path) {
            Some(item) => Some(item.clone()),
            None => self.theirs.get(path),
        }
    }

    fn conflict(&mut self, unit: &[String], paths: &[Path]) {
        let ours_item = item_at(&self.doc, unit).cloned();
        let theirs_item = if paths.len() == 1 && paths[0] == unit {
            self.theirs_item(unit)
        } else {
            // Inside an inline value: OURS' value with THEIRS' side of each
            // conflict in it.
            let mut item = ours_item.clone().unwrap_or(Item::None);
            for path in paths {
                let inner = &path[unit.len()..];
                let theirs = self.theirs_item(path).and_then(as_value);
                let (key, parents) = inner.split_last().expect("a part is inside its unit");
                let grows = theirs.is_some()
                    && item_inside(&mut item, parents).is_some_and(|p| p.get(key).is_none());
                set_inside(&mut item, inner, theirs);
                // A key added after the last one of `{ ... }`: no space
                // left before it (`{ a = 1 , b = 2 }`).
                if grows
                    && let Some(Item::Value(Value::InlineTable(table))) =
                        item_inside(&mut item, parents)
                {
                    table.fmt();
                }
            }
            Some(item)
        };
        let (key, parent) = unit.split_last().expect("a unit has a key");
        let is_entry = unit.len() == 2 && Register::ALL.iter().any(|r| r.key() == unit[0]);
        // A new entry is written as a table only among tables.
        let register_is_tables = match self.doc.get(&unit[0]) {
            None => true,
            Some(Item::Table(entries)) => {
                !entries.is_dotted()
                    && entries
                        .iter()
                        .all(|(_, entry)| matches!(entry, Item::Table(t) if !t.is_dotted()))
            }
            _ => false,
        };
        let table_shaped = match &ours_item {
            Some(Item::Table(table)) => !table.is_dotted(),
            Some(Item::ArrayOfTables(_)) => true,
            None => is_entry && register_is_tables,
            _ => false,
        };
        if !table_shaped {
            let block = Block::Line {
                ours: ours_item.and_then(as_value).map(bare),
                theirs: theirs_item.and_then(as_value).map(bare),
            };
            let mark = self.marked(block);
            if let Some(table) = table_at(&mut self.doc, parent, &self.theirs.inline) {
                let mut value = Value::from(mark);
                if let Some(old) = table.get(key).and_then(Item::as_value) {
                    *value.decor_mut() = old.decor().clone();
                }
                put(table, parent, key, Item::Value(value));
            }
            return;
        }
        // OURS' comments above the part stay above the block; THEIRS' come
        // with its side, unless they are the same.
        let outside = ours_item.as_ref().and_then(leading_decor);
        let written = |item: Option<Item>, ours: bool| -> String {
            match item {
                None | Some(Item::None) => String::new(),
                Some(item) => {
                    let mut item = as_tables(item);
                    if ours || leading_decor(&item) == outside {
                        clear_leading_decor(&mut item);
                    }
                    standalone(unit, item)
                }
            }
        };
        let position = ours_item.as_ref().and_then(first_position);
        let prefix = match &ours_item {
            Some(Item::Table(table)) => table
                .decor()
                .prefix()
                .and_then(|p| p.as_str())
                .map(String::from),
            Some(Item::ArrayOfTables(array)) => array
                .get(0)
                .and_then(|t| t.decor().prefix())
                .and_then(|p| p.as_str())
                .map(String::from),
            _ => None,
        };
        let block = Block::Whole {
            ours: written(ours_item.clone(), true),
            theirs: written(theirs_item, false),
        };
        let mut placeholder = self.placeholder_table(block, position);
        placeholder
            .decor_mut()
            .set_prefix(prefix.unwrap_or_else(|| "\n".to_string()));
        match ours_item {
            None => {
                let register = Register::ALL
                    .into_iter()
                    .find(|r| r.key() == unit[0])
                    .expect("an entry of a register");
                document::insert_entry(&mut self.doc, register, key, placeholder);
            }
            Some(Item::ArrayOfTables(_)) => {
                let mut array = ArrayOfTables::new();
                array.push(placeholder);
                if let Some(item) = item_at_mut(&mut self.doc, unit) {
                    *item = Item::ArrayOfTables(array);
                }
            }
            Some(_) => {
                if let Some(item) = item_at_mut(&mut self.doc, unit) {
                    *item = Item::Table(placeholder);
                }
            }
        }
    }
}

/// OURS' log entry with `fields` as THEIRS' entry has them (absent there:
/// removed), each written where OURS had it, or where `coal fmt` puts it.
fn with_fields(mut entry: Table, theirs: &Table, log: &[String], fields: &[String]) -> Table {
    for field in fields {
        match theirs.get(field).cloned() {
            Some(Item::Value(mut value)) => {
                if let Some(old) = entry.get(field).and_then(Item::as_value) {
                    *value.decor_mut() = old.decor().clone();
                }
                put(&mut entry, log, field, Item::Value(value));
            }
            Some(mut item) => {
                unplace(&mut item);
                put(&mut entry, log, field, item);
            }
            None => {
                entry.remove(field);
            }
        }
    }
    entry
}

/// The same for an entry written inline (`{ date = …, … }`).
fn inline_with_fields(entry: &mut InlineTable, theirs: &InlineTable, fields: &[String]) {
    let mut grows = false;
    for field in fields {
        match theirs.get(field).cloned() {
            Some(mut value) => {
                match entry.get(field) {
                    Some(old) => *value.decor_mut() = old.decor().clone(),
                    None => grows = true,
                }
                entry.insert(field, value);
            }
            None => {
                entry.remove(field);
            }
        }
    }
    // A key added after the last one: no space left before the brace.
    if grows {
        entry.fmt();
    }
}

/// A table from THEIRS keeps the comments above it, after a blank line.
fn set_blank_line_before(table: &mut Table) {
    let prefix = table
        .decor()
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or("");
    if !prefix.starts_with('\n') {
        let prefix = format!("\n{prefix}");
        table.decor_mut().set_prefix(prefix);
    }
}

fn count(item: &Option<Item>) -> usize {
    match item {
        Some(Item::ArrayOfTables(array)) => array.len(),
        Some(Item::Value(Value::Array(array))) => array.len(),
        _ => 0,
    }
}

fn element(item: &Option<Item>, index: usize) -> Option<Value> {
    match item {
        Some(Item::ArrayOfTables(array)) => array
            .get(index)
            .map(|t| Value::InlineTable(t.clone().into_inline_table())),
        Some(Item::Value(Value::Array(array))) => array.get(index).cloned(),
        _ => None,
    }
}

/// Sets a key's item, in place when the key is there: its comments and
/// its place among the keys stay. A new key goes where `coal fmt` puts it
/// in the table at `parent`.
fn put(table: &mut dyn TableLike, parent: &[String], key: &str, item: Item) {
    match table.get_mut(key) {
        Some(old) => *old = item,
        None => {
            let parent: Vec<&str> = parent.iter().map(String::as_str).collect();
            document::SchemaTable::new(table, schema::fields_at(&parent)).insert(key, item);
        }
    }
}

fn parent_is_inline(doc: &DocumentMut, parent: &[String]) -> bool {
    let mut item = doc.as_item();
    for key in parent {
        match item.get(key) {
            Some(Item::Value(_)) => return true,
            Some(next) => item = next,
            None => return false,
        }
    }
    false
}

/// The item at `path` inside `item`, if there is one (`Item::get_mut`
/// would make it).
fn item_inside<'a>(item: &'a mut Item, path: &[String]) -> Option<&'a mut Item> {
    path.iter()
        .try_fold(item, |item, key| item.as_table_like_mut()?.get_mut(key))
}

/// Sets (or removes) the value at `path` inside an inline value.
fn set_inside(item: &mut Item, path: &[String], value: Option<Value>) {
    let Some((key, parents)) = path.split_last() else {
        return;
    };
    let mut table: &mut dyn TableLike = match item.as_table_like_mut() {
        Some(table) => table,
        None => return,
    };
    for parent in parents {
        if table.get(parent).is_none() {
            if value.is_none() {
                return;
            }
            table.insert(parent, Item::Value(Value::InlineTable(Default::default())));
        }
        match table.get_mut(parent).and_then(Item::as_table_like_mut) {
            Some(next) => table = next,
            None => return,
        }
    }
    match value {
        Some(value) => {
            table.insert(key, Item::Value(value));
        }
        None => {
            table.remove(key);
        }
    }
}

/// Replaces each line holding a placeholder with git's markers around the
/// two versions of its part.
fn splice(text: &str, nonce: &str, blocks: &[Block], size: usize) -> String {
    let (open, middle, close) = ("<".repeat(size), "=".repeat(size), ">".repeat(size));
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let Some(at) = line.find(nonce) else {
            out.push_str(line);
            continue;
        };
        let digits: String = line[at + nonce.len() + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let index: usize = digits.parse().expect("a placeholder is numbered");
        let mark = format!("{nonce}-{index}");
        let (ours, theirs) = match &blocks[index] {
            Block::Line { ours, theirs } => {
                let quoted = format!("\"{mark}\"");
                let side = |value: &Option<String>| -> String {
                    let mut text = match value {
                        Some(value) => line.replacen(&quoted, value, 1),
                        None => String::new(),
                    };
                    if !text.is_empty() && !text.ends_with('\n') {
                        text.push('\n');
                    }
                    text
                };
                (side(ours), side(theirs))
            }
            Block::Whole { ours, theirs } => (ours.clone(), theirs.clone()),
        };
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&format!(
            "{open} ours\n{ours}{middle}\n{theirs}{close} theirs\n"
        ));
    }
    out
}
