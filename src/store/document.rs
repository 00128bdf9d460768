//! Edits on the `toml_edit` document: whatever an edit does not touch keeps
//! its bytes (comments, blank lines, key order, quoting).

use toml_edit::{
    Array, ArrayOfTables, DocumentMut, InlineTable, Item, Key, Table, TableLike, Value,
};

use crate::model::Register;
use crate::model::schema::{self, Field};
use crate::t;

/// Writes the line breaks of new texts as `\n` escapes. `toml_edit` writes
/// a text with a line break as a multi-line string, whose raw break a CRLF
/// file would turn into `\r\n`: the text read back would not be the one
/// given. Texts already in the file keep their spelling.
pub fn escape_new_line_breaks(doc: &mut DocumentMut) {
    doc.as_table_mut()
        .iter_mut()
        .for_each(|(_, item)| escape_in_item(item));
}

fn escape_in_item(item: &mut Item) {
    match item {
        Item::Value(value) => escape_in_value(value),
        Item::Table(table) => table.iter_mut().for_each(|(_, item)| escape_in_item(item)),
        Item::ArrayOfTables(tables) => tables
            .iter_mut()
            .for_each(|table| table.iter_mut().for_each(|(_, item)| escape_in_item(item))),
        Item::None => {}
    }
}

fn escape_in_value(value: &mut Value) {
    match value {
        Value::String(text) if text.as_repr().is_none() && text.value().contains('\n') => {
            // A JSON string is a TOML basic string, but for DEL.
            let escaped = serde_json::to_string(text.value())
                .expect("a string serialises")
                .replace('\u{7f}', "\\u007F");
            if let Ok(Value::String(mut written)) = escaped.parse::<Value>() {
                *written.decor_mut() = text.decor().clone();
                *text = written;
            }
        }
        Value::Array(array) => array.iter_mut().for_each(escape_in_value),
        Value::InlineTable(table) => table
            .iter_mut()
            .for_each(|(_, value)| escape_in_value(value)),
        _ => {}
    }
}

/// The data of a document, as the `toml` crate would read its text.
pub fn data(doc: &DocumentMut) -> toml::Table {
    table_data(doc.as_table())
}

fn table_data(table: &dyn TableLike) -> toml::Table {
    table
        .iter()
        .filter_map(|(key, item)| Some((key.to_string(), item_data(item)?)))
        .collect()
}

pub fn item_data(item: &Item) -> Option<toml::Value> {
    match item {
        Item::None => None,
        Item::Value(value) => Some(value_data(value)),
        Item::Table(table) => Some(toml::Value::Table(table_data(table))),
        Item::ArrayOfTables(tables) => Some(toml::Value::Array(
            tables
                .iter()
                .map(|t| toml::Value::Table(table_data(t)))
                .collect(),
        )),
    }
}

fn value_data(value: &Value) -> toml::Value {
    match value {
        Value::String(s) => toml::Value::String(s.value().clone()),
        Value::Integer(n) => toml::Value::Integer(*n.value()),
        Value::Float(x) => toml::Value::Float(*x.value()),
        Value::Boolean(b) => toml::Value::Boolean(*b.value()),
        Value::Datetime(d) => toml::Value::Datetime(
            d.value()
                .to_string()
                .parse()
                .expect("a TOML datetime reads back"),
        ),
        Value::Array(array) => toml::Value::Array(array.iter().map(value_data).collect()),
        Value::InlineTable(table) => toml::Value::Table(table_data(table)),
    }
}

/// The entries of a register, whatever their TOML spelling.
pub fn register(doc: &DocumentMut, register: Register) -> Option<&dyn TableLike> {
    doc.get(register.key())?.as_table_like()
}

/// The ids of a register's entries, in file order.
pub fn ids(doc: &DocumentMut, reg: Register) -> Vec<String> {
    register(doc, reg).map_or_else(Vec::new, |entries| {
        entries.iter().map(|(id, _)| id.to_string()).collect()
    })
}

/// The ids of a register's entries with their names (the id when an
/// entry has none), in file order.
pub fn names(doc: &DocumentMut, reg: Register) -> Vec<(String, String)> {
    register(doc, reg).map_or_else(Vec::new, |entries| {
        entries
            .iter()
            .map(|(id, entry)| {
                let name = entry.get("name").and_then(|name| name.as_str());
                (id.to_string(), name.unwrap_or(id).to_string())
            })
            .collect()
    })
}

pub fn entry<'a>(doc: &'a DocumentMut, reg: Register, id: &str) -> Option<&'a dyn TableLike> {
    register(doc, reg)?.get(id)?.as_table_like()
}

pub fn entry_mut<'a>(
    doc: &'a mut DocumentMut,
    register: Register,
    id: &str,
) -> Option<&'a mut dyn TableLike> {
    doc.get_mut(register.key())?
        .as_table_like_mut()?
        .get_mut(id)?
        .as_table_like_mut()
}

/// An entry to edit: the keys it gains go where `coal fmt` puts them.
pub fn edit_entry<'a>(
    doc: &'a mut DocumentMut,
    register: Register,
    id: &str,
) -> Option<SchemaTable<'a>> {
    let entry = entry_mut(doc, register, id)?;
    Some(SchemaTable::new(entry, schema::entry_fields(register)))
}

/// A table of the file seen with its schema fields. A key it gains goes where
/// `coal fmt` puts it (`schema::rank`: after the last key the schema puts
/// before it); the keys it had keep their place, comments and spelling.
pub struct SchemaTable<'a> {
    table: &'a mut dyn TableLike,
    fields: &'static [Field],
}

impl<'a> SchemaTable<'a> {
    pub fn new(table: &'a mut dyn TableLike, fields: &'static [Field]) -> Self {
        SchemaTable { table, fields }
    }

    /// The table itself, for edits the schema does not order.
    pub fn into_table(self) -> &'a mut dyn TableLike {
        self.table
    }

    /// The table itself, to read.
    pub fn table(&self) -> &dyn TableLike {
        &*self.table
    }

    /// The item at `key`, if the table has it.
    pub fn get(&self, key: &str) -> Option<&Item> {
        self.table.get(key)
    }

    /// The item at `key`, to change in place.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Item> {
        self.table.get_mut(key)
    }

    /// Removes `key` with its comments.
    pub fn remove(&mut self, key: &str) -> Option<Item> {
        self.table.remove(key)
    }

    /// The table held at `key` (a contact, resources), to edit inside.
    pub fn inside(&mut self, key: &str) -> Option<SchemaTable<'_>> {
        let fields = schema::nested(self.fields, key);
        let table = self.table.get_mut(key)?.as_table_like_mut()?;
        Some(SchemaTable::new(table, fields))
    }

    /// Whether the table has no keys.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// Sets `key` to `value`, keeping the comment and spacing around an old value.
    pub fn set(&mut self, key: &str, value: impl Into<Value>) {
        let mut value = value.into();
        match self.table.get_mut(key) {
            Some(Item::Value(old)) => {
                *value.decor_mut() = old.decor().clone();
                *old = value;
            }
            _ => self.insert(key, Item::Value(value)),
        }
    }

    /// Changes the list of ids (or words) at `key` from `before` to `after`:
    /// in place when the file holds a list, so that the comments on the
    /// values that stay and the list's layout stay as they were; values
    /// new in `after` go at its end, like the last one.
    pub fn set_list<S: AsRef<str>>(&mut self, key: &str, before: &[String], after: &[S]) {
        let after: Vec<&str> = after.iter().map(AsRef::as_ref).collect();
        let Some(Item::Value(Value::Array(list))) = self.table.get_mut(key) else {
            self.set(key, string_array(&after));
            return;
        };
        remove_from_list(list, |value| {
            value
                .as_str()
                .is_some_and(|x| before.iter().any(|b| b == x) && !after.contains(&x))
        });
        for x in after.iter().filter(|x| !before.iter().any(|b| b == *x)) {
            push_like_the_last(list, *x);
        }
    }

    /// Sets keys of the table held at `key` (a contact, resources); it is
    /// created inline, at its place, when missing. A value that is not a
    /// table is refused, not replaced.
    pub fn set_inside<'v>(
        &mut self,
        key: &str,
        parts: impl IntoIterator<Item = (&'v str, Value)>,
    ) -> Result<(), String> {
        if !self.table.contains_key(key) {
            self.insert(key, Item::Value(Value::InlineTable(InlineTable::new())));
        }
        let fields = schema::nested(self.fields, key);
        let item = self.table.get_mut(key).expect("inserted above");
        let Some(table) = item.as_table_like_mut() else {
            return Err(t!("file-not-a-table", path = key));
        };
        let before = table.len();
        let mut inside = SchemaTable::new(table, fields);
        for (key, value) in parts {
            inside.set(key, value);
        }
        let grew = inside.table.len() > before;
        // Keys moved inside `{ ... }` carry the spaces of their old places.
        if grew && let Some(inline) = item.as_inline_table_mut() {
            inline.fmt();
        }
        Ok(())
    }

    /// Inserts a key the table lacks, after the last key the schema puts at
    /// or before it: in a table in schema order, exactly where `coal fmt`
    /// would put it; in another, next to its nearest predecessor. A key the
    /// table has is replaced where it is.
    pub fn insert(&mut self, key: &str, item: Item) {
        if let Some(old) = self.table.get_mut(key) {
            *old = item;
            return;
        }
        let rank = schema::rank(self.fields, key);
        // Most often the key goes last (a new entry written field by field
        // in schema order): then no key moves, and none need be copied.
        // The same place as below, found without the copies (a property
        // test pins the two together).
        let last = self
            .table
            .iter()
            .last()
            .map(|(k, _)| schema::rank(self.fields, k));
        if last.is_none_or(|last| last <= rank) {
            self.table.insert(key, item);
            return;
        }
        let keys: Vec<Key> = self
            .table
            .iter()
            .filter_map(|(k, _)| self.table.key(k).cloned())
            .collect();
        let at = keys
            .iter()
            .rposition(|k| schema::rank(self.fields, k.get()) <= rank)
            .map_or(0, |i| i + 1);
        self.table.insert(key, item);
        // The keys after the new one move behind it, each with its decor.
        for moved in &keys[at..] {
            if let Some(item) = self.table.remove(moved.get()) {
                self.table.entry_format(moved).or_insert(item);
            }
        }
    }
}

/// A TOML local date, written `2026-11-25`.
pub fn date(date: chrono::NaiveDate) -> toml_edit::Datetime {
    date.to_string()
        .parse()
        .expect("a NaiveDate prints as a TOML local date")
}

/// The texts of a value that is a text or a list of texts (the details of
/// a resource type); none for any other value.
pub fn texts(item: &Item) -> Option<Vec<String>> {
    match item.as_value()? {
        Value::String(text) => Some(vec![text.value().clone()]),
        Value::Array(items) => items.iter().map(|v| v.as_str().map(String::from)).collect(),
        _ => None,
    }
}

/// A TOML array of strings, written `["a", "b"]`.
pub fn string_array<S: AsRef<str>>(items: &[S]) -> Value {
    Value::Array(items.iter().map(|s| s.as_ref()).collect::<Array>())
}

/// Inserts new entries where `insert_entry`, one by one in the given
/// order, would put them (a property test pins the two together), but in
/// one pass over the document: a sheet of thousands of rows is imported
/// in linear time, even into a register of thousands of entries.
///
/// One by one, every entry moves every table after it; here the document's
/// positions are first spread apart, leaving room after each table for all
/// the new ones, which then go into the gaps: after the entry with the
/// next smaller id when the register is in id order, else after its last.
pub fn insert_entries(doc: &mut DocumentMut, reg: Register, mut entries: Vec<(String, Table)>) {
    let spans: Option<Vec<(String, isize, isize)>> = match doc.get(reg.key()) {
        // Entries written as tables only: inline ones have no position,
        // and an empty register takes its first entry at its own place.
        Some(Item::Table(held)) if !held.is_empty() => {
            let spans = spans(held);
            (spans.len() == held.len()).then(|| {
                spans
                    .into_iter()
                    .map(|(k, a, b)| (k.to_string(), a, b))
                    .collect()
            })
        }
        _ => None,
    };
    let Some(spans) = spans.filter(|_| entries.len() > 1) else {
        return insert_first_entries(doc, reg, entries);
    };
    let in_order = spans.windows(2).all(|pair| pair[0].0 < pair[1].0);
    let tables: isize = entries.iter().map(|(_, entry)| tables_in(entry)).sum();
    let room = tables + 1;
    for (_, item) in doc.as_table_mut().iter_mut() {
        visit_tables_mut(item, &mut |table: &mut Table| {
            table.set_position(table.position().map(|p| p * room));
        });
    }
    // The slot after which each new entry goes, and its rank there.
    let first = spans[0].1;
    let last = spans
        .iter()
        .map(|&(_, _, last)| last)
        .max()
        .unwrap_or(first);
    let after = |id: &str| -> isize {
        if !in_order {
            return last * room;
        }
        match spans.iter().rev().find(|(key, _, _)| key.as_str() < id) {
            Some(&(_, _, last)) => last * room,
            None => (first - 1) * room,
        }
    };
    let mut order: Vec<usize> = (0..entries.len()).collect();
    if in_order {
        order.sort_by(|&a, &b| entries[a].0.cmp(&entries[b].0));
    }
    let mut used: std::collections::HashMap<isize, isize> = std::collections::HashMap::new();
    let mut placed: Vec<Option<Item>> = vec![None; entries.len()];
    for &i in &order {
        let base = after(&entries[i].0);
        let next = used.entry(base).or_insert(base + 1);
        let mut entry = Item::Table(std::mem::take(&mut entries[i].1));
        *next += place_in_a_row(&mut entry, *next);
        placed[i] = Some(entry);
    }
    let Some(Item::Table(held)) = doc.get_mut(reg.key()) else {
        unreachable!("a register of tables, read above")
    };
    // New entries before the first take the register's heading with them.
    let before_first = order
        .first()
        .filter(|_| in_order && used.contains_key(&((first - 1) * room)))
        .copied();
    let heading = match before_first {
        Some(_) => held
            .get_mut(&spans[0].0)
            .and_then(Item::as_table_mut)
            .and_then(split_heading),
        None => None,
    };
    for (i, (id, _)) in entries.iter().enumerate() {
        let Some(Item::Table(mut entry)) = placed[i].take() else {
            unreachable!("every entry placed above")
        };
        if Some(i) == before_first
            && let Some(heading) = &heading
        {
            entry.decor_mut().set_prefix(heading.clone());
        }
        held.insert(id, Item::Table(entry));
    }
}

/// The entries of a register that has none written as tables yet, or a
/// single entry: one by one (into an empty register, in id order, all
/// after the first moved at once).
fn insert_first_entries(doc: &mut DocumentMut, reg: Register, mut entries: Vec<(String, Table)>) {
    let empty = doc
        .get(reg.key())
        .and_then(Item::as_table_like)
        .is_none_or(|held| held.is_empty());
    if !empty || entries.len() < 2 {
        for (id, entry) in entries {
            insert_entry(doc, reg, &id, entry);
        }
        return;
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let mut entries = entries.into_iter();
    let (id, first) = entries.next().expect("two or more");
    insert_entry(doc, reg, &id, first);
    let start = doc
        .get(reg.key())
        .and_then(|held| held.get(&id))
        .and_then(span)
        .map_or(1, |(_, last)| last + 1);
    let mut next = start;
    let placed: Vec<(String, Item)> = entries
        .map(|(id, entry)| {
            let mut entry = Item::Table(entry);
            next += place_in_a_row(&mut entry, next);
            (id, entry)
        })
        .collect();
    shift_positions_by(doc, start, next - start);
    if let Some(Item::Table(held)) = doc.get_mut(reg.key()) {
        for (id, entry) in placed {
            held.insert(&id, entry);
        }
    }
}

/// How many tables an entry is written as (itself and those inside).
fn tables_in(entry: &Table) -> isize {
    let mut count = 1;
    for (_, item) in entry.iter() {
        visit_tables(item, &mut |_| count += 1);
    }
    count
}

/// Inserts a new register entry. When the register's tables are in id order,
/// the entry goes to its sorted place, so that two branches adding different
/// entries rarely touch the same lines; otherwise it goes after the last one.
/// The first entry of a register goes where `coal fmt` puts the register.
pub fn insert_entry(doc: &mut DocumentMut, reg: Register, id: &str, entry: Table) {
    let key = reg.key();
    if !doc.contains_key(key) {
        let mut table = Table::new();
        table.set_implicit(true);
        doc.insert(key, Item::Table(table));
    }
    let position = match doc.get(key) {
        Some(Item::Table(entries)) => sorted_position(entries, id),
        _ => None,
    };
    let position = position.unwrap_or_else(|| top_level_place(doc, key));
    let mut entry = Item::Table(entry);
    let count = place_in_a_row(&mut entry, position);
    shift_positions_by(doc, position, count);
    let Item::Table(mut entry) = entry else {
        unreachable!("built as a table")
    };
    match doc.get_mut(key) {
        Some(Item::Table(entries)) => {
            if let Some(heading) = take_heading(entries, position + count) {
                entry.decor_mut().set_prefix(heading);
            }
            entries.insert(id, Item::Table(entry));
        }
        Some(item) => {
            if let Some(entries) = item.as_table_like_mut() {
                entries.insert(
                    id,
                    Item::Value(Value::InlineTable(entry.into_inline_table())),
                );
            }
        }
        None => unreachable!("the register table was created above"),
    }
}

/// When a new entry goes first in a register, the comment block heading the
/// register (above its old first entry, up to the last blank line) stays at
/// the head: it is taken from the old first entry, now at `moved_to`, and
/// returned for the new one.
fn take_heading(entries: &mut Table, moved_to: isize) -> Option<String> {
    let spans = spans(entries);
    let &(first, position, _) = spans.first()?;
    if position != moved_to {
        return None;
    }
    let first = first.to_string();
    split_heading(entries.get_mut(&first)?.as_table_mut()?)
}

/// Takes from a table's prefix the comment lines up to the last blank line
/// above it (a heading), leaving the table its own comments.
fn split_heading(table: &mut Table) -> Option<String> {
    let prefix = table.decor().prefix()?.as_str()?.to_string();
    let lines: Vec<&str> = prefix.split_inclusive('\n').collect();
    let blank = lines.iter().rposition(|line| line.trim().is_empty())?;
    if !lines[..blank]
        .iter()
        .any(|line| line.trim_start().starts_with('#'))
    {
        return None;
    }
    let own = lines[blank + 1..].concat();
    table.decor_mut().set_prefix(format!("\n{own}"));
    Some(lines[..=blank].concat())
}

/// Gives the tables under `item` (an entry and the sub-tables it brings,
/// `[groups.a.contact]`) the positions from `first` on, in a row, keeping
/// their order; returns how many there are.
fn place_in_a_row(item: &mut Item, first: isize) -> isize {
    let mut old = Vec::new();
    visit_tables(item, &mut |table: &Table| old.push(table.position()));
    // Tables without a position yet keep the order they are visited in.
    let mut order: Vec<usize> = (0..old.len()).collect();
    order.sort_by_key(|&i| (old[i].is_none(), old[i], i));
    let mut new = vec![first; old.len()];
    for (slot, &i) in (first..).zip(&order) {
        new[i] = slot;
    }
    let mut next = new.into_iter();
    visit_tables_mut(item, &mut |table: &mut Table| {
        table.set_position(next.next());
    });
    isize::try_from(old.len()).expect("a few tables")
}

/// The id and first and last document positions of each entry written as tables.
fn spans(entries: &Table) -> Vec<(&str, isize, isize)> {
    let mut spans: Vec<(&str, isize, isize)> = entries
        .iter()
        .filter_map(|(key, item)| {
            let (first, last) = span(item)?;
            Some((key, first, last))
        })
        .collect();
    spans.sort_by_key(|&(_, first, _)| first);
    spans
}

/// Whether the entries are written in id order, as `coal fmt` writes them.
fn in_id_order(spans: &[(&str, isize, isize)]) -> bool {
    spans.windows(2).all(|pair| pair[0].0 < pair[1].0)
}

/// The document position for a new entry `id` among the register's tables;
/// none when the register has no table yet.
fn sorted_position(entries: &Table, id: &str) -> Option<isize> {
    let spans = spans(entries);
    let Some(last) = spans.iter().map(|&(_, _, last)| last).max() else {
        // An empty `[groups]` header: right below it.
        return entries
            .position()
            .filter(|_| !entries.is_implicit())
            .map(|header| header + 1);
    };
    if !in_id_order(&spans) {
        return Some(last + 1);
    }
    Some(match spans.iter().rev().find(|&&(key, _, _)| key < id) {
        Some(&(_, _, last)) => last + 1,
        None => spans[0].1,
    })
}

/// Where `coal fmt` puts the first table of the top-level `key`: right after
/// the tables of every top-level key the schema puts before it.
fn top_level_place(doc: &DocumentMut, key: &str) -> isize {
    let rank = schema::top_rank(key);
    doc.iter()
        .filter(|(other, _)| schema::top_rank(other) < rank)
        .filter_map(|(_, item)| span(item))
        .map(|(_, last)| last + 1)
        .max()
        .unwrap_or(1)
}

/// The first and last document positions of the tables under `item`.
fn span(item: &Item) -> Option<(isize, isize)> {
    let mut positions = Vec::new();
    visit_tables(item, &mut |table: &Table| {
        positions.extend(table.position())
    });
    Some((*positions.iter().min()?, *positions.iter().max()?))
}

fn last_position(root: &Table) -> isize {
    let mut last = 0;
    for (_, item) in root.iter() {
        visit_tables(item, &mut |table: &Table| {
            last = last.max(table.position().unwrap_or(0));
        });
    }
    last
}

fn visit_tables(item: &Item, f: &mut dyn FnMut(&Table)) {
    let visit = |table: &Table, f: &mut dyn FnMut(&Table)| {
        f(table);
        for (_, child) in table.iter() {
            visit_tables(child, f);
        }
    };
    match item {
        Item::Table(table) => visit(table, f),
        Item::ArrayOfTables(array) => array.iter().for_each(|table| visit(table, f)),
        _ => {}
    }
}

fn visit_tables_mut(item: &mut Item, f: &mut dyn FnMut(&mut Table)) {
    let visit = |table: &mut Table, f: &mut dyn FnMut(&mut Table)| {
        f(table);
        for (_, child) in table.iter_mut() {
            visit_tables_mut(child, f);
        }
    };
    match item {
        Item::Table(table) => visit(table, f),
        Item::ArrayOfTables(array) => array.iter_mut().for_each(|table| visit(table, f)),
        _ => {}
    }
}

/// Makes room at `position` by moving every table at or after it down by one.
fn shift_positions_from(doc: &mut DocumentMut, position: isize) {
    shift_positions_by(doc, position, 1);
}

/// Makes room for `count` tables at `position`.
fn shift_positions_by(doc: &mut DocumentMut, position: isize, count: isize) {
    for (_, item) in doc.as_table_mut().iter_mut() {
        visit_tables_mut(item, &mut |table: &mut Table| {
            if let Some(p) = table.position()
                && p >= position
            {
                table.set_position(Some(p + count));
            }
        });
    }
}

/// The table of one of the four steps (`[steps.draft]`), created when missing
/// where `coal fmt` puts it: after `[coalition]`, `[agreements]` and the
/// earlier steps. Refused when the file holds another value there.
pub fn step_table<'a>(doc: &'a mut DocumentMut, step: &str) -> Result<SchemaTable<'a>, String> {
    let not_a_table = |path: &str| t!("file-not-a-table", path = path);
    if doc.get("steps").is_some_and(|steps| !steps.is_table_like()) {
        return Err(not_a_table("steps"));
    }
    let exists = doc.get("steps").and_then(|steps| steps.get(step)).is_some();
    if !exists {
        let rank = schema::rank(schema::STEPS, step);
        let after_earlier_steps = doc
            .get("steps")
            .and_then(Item::as_table_like)
            .into_iter()
            .flat_map(|steps| steps.iter())
            .filter(|(other, _)| schema::rank(schema::STEPS, other) < rank)
            .filter_map(|(_, item)| span(item))
            .map(|(_, last)| last + 1)
            .max();
        let position = top_level_place(doc, "steps").max(after_earlier_steps.unwrap_or(0));
        shift_positions_from(doc, position);
        if !doc.contains_key("steps") {
            let mut steps = Table::new();
            steps.set_implicit(true);
            doc.insert("steps", Item::Table(steps));
        }
        let mut table = Table::new();
        table.set_position(Some(position));
        let steps = doc.get_mut("steps").expect("created above");
        let table = if steps.is_table() {
            Item::Table(table)
        } else {
            Item::Value(Value::InlineTable(table.into_inline_table()))
        };
        if let Some(steps) = steps.as_table_like_mut() {
            SchemaTable::new(steps, schema::STEPS).insert(step, table);
        }
    }
    let table = doc
        .get_mut("steps")
        .and_then(|steps| steps.get_mut(step))
        .and_then(Item::as_table_like_mut)
        .ok_or_else(|| not_a_table(&format!("steps.{step}")))?;
    Ok(SchemaTable::new(table, schema::fields_at(&["steps", step])))
}

/// A table at the top of the file (`[coalition]`, `[agreements]`), created
/// when missing where `coal fmt` puts it. Refused when the file holds
/// another value there.
pub fn top_table<'a>(doc: &'a mut DocumentMut, key: &str) -> Result<SchemaTable<'a>, String> {
    if !doc.contains_key(key) {
        let position = top_level_place(doc, key);
        shift_positions_from(doc, position);
        let mut table = Table::new();
        table.set_position(Some(position));
        doc.insert(key, Item::Table(table));
    }
    let table = doc
        .get_mut(key)
        .and_then(Item::as_table_like_mut)
        .ok_or_else(|| t!("file-not-a-table", path = key))?;
    Ok(SchemaTable::new(table, schema::fields_at(&[key])))
}

/// Appends an entry to the list of tables at `path`: a log such as
/// `["feedback"]`, or a group's `["groups", "x", "boundaries"]`. A new list is
/// written `[[feedback]]` at the top level and inline inside an entry, where
/// `coal fmt` puts it; the new entry's keys are put in schema order.
pub fn append(doc: &mut DocumentMut, path: &[&str], mut entry: Table) -> Result<(), String> {
    let (key, parents) = path.split_last().expect("a path has a key");
    let fields = schema::fields_at(path);
    entry.sort_values_by(|a, _, b, _| schema::rank(fields, a).cmp(&schema::rank(fields, b)));
    let shown = path.join(".");
    let position = match parents
        .iter()
        .try_fold(doc.as_item(), |item, key| item.get(key))
        .and_then(|parent| parent.get(key))
    {
        Some(Item::ArrayOfTables(array)) => {
            let last = array.iter().filter_map(Table::position).max();
            Some(match last {
                Some(last) => last + 1,
                None if parents.is_empty() => top_level_place(doc, key),
                None => last_position(doc.as_table()) + 1,
            })
        }
        Some(Item::Value(Value::Array(_))) => None,
        Some(_) => return Err(t!("file-not-a-list-of-tables", path = shown.as_str())),
        None if parents.is_empty() => Some(top_level_place(doc, key)),
        None => None,
    };
    if let Some(position) = position {
        shift_positions_from(doc, position);
        entry.set_position(Some(position));
    }
    let mut parent = doc.as_item_mut();
    for &key in parents {
        parent = parent
            .get_mut(key)
            .ok_or_else(|| t!("file-no-key-in", key = key, path = shown.as_str()))?;
    }
    let parent = parent
        .as_table_like_mut()
        .ok_or_else(|| t!("file-cannot-hold-a-list", path = shown.as_str()))?;
    match parent.get_mut(key) {
        Some(Item::ArrayOfTables(array)) => array.push(entry),
        Some(Item::Value(Value::Array(array))) => {
            push_like_the_last(array, entry.into_inline_table())
        }
        Some(_) => unreachable!("checked above"),
        None if parents.is_empty() => {
            let mut array = ArrayOfTables::new();
            array.push(entry);
            parent.insert(key, Item::ArrayOfTables(array));
        }
        None => {
            let mut array = Array::new();
            array.push(entry.into_inline_table());
            SchemaTable::new(parent, schema::fields_at(parents))
                .insert(key, Item::Value(Value::Array(array)));
        }
    }
    Ok(())
}

/// The number of entries in the list of tables at `path` (a log such as
/// `["decisions"]`, or `["steps", "presentation", "questions"]`), however it
/// is written; none when there is no list there.
pub fn list_len(doc: &DocumentMut, path: &[&str]) -> Option<usize> {
    match path
        .iter()
        .try_fold(doc.as_item(), |item, key| item.get(key))?
    {
        Item::ArrayOfTables(array) => Some(array.len()),
        Item::Value(Value::Array(array)) => Some(array.len()),
        _ => None,
    }
}

/// Edits entry `index` (from 0) of the list of tables at `path`, `[[...]]`
/// or inline; the keys it gains go where `coal fmt` puts them. None when
/// there is no such entry.
pub fn edit_list_entry<T>(
    doc: &mut DocumentMut,
    path: &[&str],
    index: usize,
    edit: impl FnOnce(&mut SchemaTable) -> T,
) -> Option<T> {
    let fields = schema::fields_at(path);
    let list = path
        .iter()
        .try_fold(doc.as_item_mut(), |item, key| item.get_mut(key))?;
    match list {
        Item::ArrayOfTables(array) => {
            Some(edit(&mut SchemaTable::new(array.get_mut(index)?, fields)))
        }
        Item::Value(Value::Array(array)) => {
            let entry = array.get_mut(index)?.as_inline_table_mut()?;
            let before = entry.len();
            let result = edit(&mut SchemaTable::new(entry, fields));
            // Keys moved inside `{ ... }` carry the spaces of their old places.
            if entry.len() > before {
                entry.fmt();
            }
            Some(result)
        }
        _ => None,
    }
}

/// Pushes a value onto an inline list; in a list written one value a line,
/// on a line of its own like the value before it. A comment after the last
/// value (`"b", # joined later`) stays on its line: it is the list's
/// trailing text, and the new value goes after its first line.
pub fn push_like_the_last(array: &mut Array, value: impl Into<Value>) {
    // The last value's prefix holds the comment of the value before it:
    // only its indentation is the last value's own.
    let indent = array
        .iter()
        .last()
        .and_then(|last| last.decor().prefix()?.as_str())
        .and_then(|prefix| prefix.rfind('\n').map(|at| prefix[at + 1..].to_string()));
    let Some(indent) = indent else {
        array.push(value);
        return;
    };
    // Without a comma after the last value, its comment is its suffix.
    let last = array.get_mut(array.len() - 1).expect("a last value");
    let suffix = last
        .decor()
        .suffix()
        .and_then(|s| s.as_str())
        .unwrap_or_default();
    let mut trailing = suffix.to_string();
    if trailing.contains('#') || trailing.contains('\n') {
        last.decor_mut().set_suffix("");
    } else {
        trailing.clear();
    }
    trailing.push_str(array.trailing().as_str().unwrap_or_default());
    let (own_line, rest) = match trailing.find('\n') {
        Some(at) => trailing.split_at(at + 1),
        // `"b"]` on one line: the new value on the next.
        None => (trailing.as_str(), ""),
    };
    let own_line = if own_line.ends_with('\n') {
        own_line.to_string()
    } else {
        format!("{own_line}\n")
    };
    let mut value = value.into();
    value.decor_mut().set_prefix(format!("{own_line}{indent}"));
    array.push_formatted(value);
    array.set_trailing(format!("\n{rest}"));
}

/// Removes the values `unwanted` picks from an inline list; the value after
/// one removed takes its place and its spacing, so `["a", "b"]` becomes
/// `["b"]` and a list written one value a line stays so.
pub fn remove_from_list(array: &mut Array, unwanted: impl Fn(&Value) -> bool) {
    loop {
        // Bound first: the iterator must be gone before the list changes.
        let found = array.iter().position(&unwanted);
        let Some(index) = found else { break };
        remove_at(array, index);
    }
}

fn remove_at(array: &mut Array, index: usize) {
    let removed = array.remove(index);
    if index == array.len() {
        keep_the_comment_before(array, &removed);
    }
    if let Some(next) = array.get_mut(index) {
        match removed.decor().prefix() {
            Some(prefix) => next.decor_mut().set_prefix(prefix.clone()),
            // The default spacing, which depends on the place in the list.
            None => {
                let suffix = next.decor().suffix().cloned();
                next.decor_mut().clear();
                if let Some(suffix) = suffix {
                    next.decor_mut().set_suffix(suffix);
                }
            }
        }
    }
}

/// After the last value of a list written one a line is removed: the
/// comment on the line of the value before it (`"a", # said yes`) was the
/// start of the removed value's prefix, and stays in the list's trailing
/// text, in place of the removed value's line.
fn keep_the_comment_before(array: &mut Array, removed: &Value) {
    let prefix = removed
        .decor()
        .prefix()
        .and_then(|p| p.as_str())
        .unwrap_or_default();
    let Some(end) = prefix.find('\n') else { return };
    let comment = &prefix[..=end];
    if array.is_empty() || !comment.contains('#') {
        return;
    }
    let trailing = array.trailing().as_str().unwrap_or_default();
    let rest = trailing.split_once('\n').map_or("", |(_, rest)| rest);
    array.set_trailing(format!("{comment}{rest}"));
}

/// Gives an entry a new id, with its comments and sub-tables. In a register
/// written in id order it moves to its new place in that order, as `coal
/// fmt` would put it; in another it stays where it is.
pub fn rename_entry(doc: &mut DocumentMut, reg: Register, old: &str, new: &str) {
    let (sorted, next) = match doc.get(reg.key()) {
        Some(Item::Table(entries)) => {
            let spans = spans(entries);
            let next = match spans.as_slice() {
                [(first, ..), (next, ..), ..] if *first == old => Some(next.to_string()),
                _ => None,
            };
            (in_id_order(&spans), next)
        }
        _ => (false, None),
    };
    let Some(entries) = doc.get_mut(reg.key()).and_then(Item::as_table_like_mut) else {
        return;
    };
    match entries.remove(old) {
        Some(Item::Table(mut entry)) if sorted => {
            // The register's heading stays above whichever entry is first.
            if let Some(next) = next.and_then(|next| entries.get_mut(&next)?.as_table_mut())
                && let Some(heading) = split_heading(&mut entry)
            {
                let own = next.decor().prefix().and_then(|p| p.as_str()).unwrap_or("");
                let own = own.trim_start_matches(['\r', '\n']).to_string();
                next.decor_mut().set_prefix(format!("{heading}{own}"));
            }
            insert_entry(doc, reg, new, entry);
        }
        // A table keeps its document position, so it is written where it was.
        Some(item) => {
            entries.insert(new, item);
        }
        None => {}
    }
}

pub fn remove_entry(doc: &mut DocumentMut, reg: Register, id: &str) {
    if let Some(entries) = doc.get_mut(reg.key()).and_then(Item::as_table_like_mut) {
        entries.remove(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use toml_edit::value;

    /// `SchemaTable::insert` as it was before its shortcut for a key that
    /// goes last: every key copied, those after the place moved behind.
    fn insert_the_plain_way(table: &mut Table, fields: &[Field], key: &str, item: Item) {
        if let Some(old) = table.get_mut(key) {
            *old = item;
            return;
        }
        let rank = schema::rank(fields, key);
        let keys: Vec<Key> = table
            .iter()
            .filter_map(|(k, _)| table.key(k).cloned())
            .collect();
        let at = keys
            .iter()
            .rposition(|k| schema::rank(fields, k.get()) <= rank)
            .map_or(0, |i| i + 1);
        table.insert(key, item);
        for moved in &keys[at..] {
            if let Some(item) = table.remove(moved.get()) {
                table.entry_format(moved).or_insert(item);
            }
        }
    }

    use proptest::prelude::Strategy as _;

    proptest::proptest! {
        /// Keys inserted in any order, known to the schema or not, land
        /// where the plain way puts them, with the same text.
        #[test]
        fn insert_puts_keys_where_the_plain_way_does(
            order in proptest::sample::subsequence(
                (0..schema::entry_fields(Register::Groups).len() + 2).collect::<Vec<_>>(),
                0..=schema::entry_fields(Register::Groups).len() + 2,
            ).prop_shuffle()
        ) {
            let fields = schema::entry_fields(Register::Groups);
            let key = |i: usize| match fields.get(i) {
                Some(field) => field.key.to_string(),
                None => format!("unknown_{i}"),
            };
            let mut fast = Table::new();
            let mut plain = Table::new();
            for i in order {
                SchemaTable::new(&mut fast, fields).insert(&key(i), value(i as i64));
                insert_the_plain_way(&mut plain, fields, &key(i), value(i as i64));
            }
            proptest::prop_assert_eq!(fast.to_string(), plain.to_string());
        }
    }

    /// A new entry, with a sub-table half of the time (a contact written
    /// as `[groups.x.contact]`).
    fn entry(id: &str, nested: bool) -> Table {
        let mut table = group(&id.to_uppercase());
        if nested {
            let mut contact = Table::new();
            contact["email"] = value(format!("{id}@example.org"));
            table.insert("contact", Item::Table(contact));
        }
        table
    }

    proptest::proptest! {
        /// Entries inserted all at once land where `insert_entry`, one by
        /// one, puts them: registers empty or not, in id order or not,
        /// with a heading, entries with tables inside, tables after.
        #[test]
        fn insert_entries_puts_them_where_one_by_one_does(
            existing in proptest::collection::btree_set("[a-e]{1,2}", 0..6),
            shuffled in proptest::bool::ANY,
            new in proptest::collection::vec(("[a-f]{1,2}", proptest::bool::ANY), 0..8),
        ) {
            let mut existing: Vec<String> = existing.into_iter().collect();
            if shuffled {
                existing.reverse();
            }
            let mut text = String::from("schema = 1\n\n[coalition]\nname = \"C\"\n\n# the groups\n");
            for id in &existing {
                text.push_str(&format!("[groups.{id}]\nname = \"{id}\"\n\n"));
            }
            text.push_str("[tactics.t]\nname = \"T\"\n\n[[decisions]]\nsummary = \"x\"\n");
            let mut seen = std::collections::BTreeSet::new();
            let new: Vec<(String, bool)> = new
                .into_iter()
                .filter(|(id, _)| !existing.contains(id) && seen.insert(id.clone()))
                .collect();
            let mut batch: DocumentMut = text.parse().unwrap();
            let mut plain = batch.clone();
            insert_entries(
                &mut batch,
                Register::Groups,
                new.iter().map(|(id, nested)| (id.clone(), entry(id, *nested))).collect(),
            );
            for (id, nested) in &new {
                insert_entry(&mut plain, Register::Groups, id, entry(id, *nested));
            }
            proptest::prop_assert_eq!(batch.to_string(), plain.to_string());
        }
    }

    fn group(name: &str) -> Table {
        let mut table = Table::new();
        table["name"] = value(name);
        table
    }

    #[test]
    fn new_entries_go_to_their_sorted_place_and_keep_comments() {
        let text = "schema = 1\n\n[coalition]\nname = \"C\"\n\n# about b\n[groups.b]\nname = \"B\" # kept\n\n[groups.d]\nname = \"D\"\n\n[[decisions]]\nsummary = \"x\"\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        insert_entry(&mut doc, Register::Groups, "c", group("C"));
        insert_entry(&mut doc, Register::Groups, "a", group("A"));
        insert_entry(&mut doc, Register::Groups, "e", group("E"));
        insert_entry(&mut doc, Register::Tactics, "t", group("T"));
        assert_eq!(
            doc.to_string(),
            "schema = 1\n\n[coalition]\nname = \"C\"\n\n[groups.a]\nname = \"A\"\n\n# about b\n[groups.b]\nname = \"B\" # kept\n\n[groups.c]\nname = \"C\"\n\n[groups.d]\nname = \"D\"\n\n[groups.e]\nname = \"E\"\n\n[tactics.t]\nname = \"T\"\n\n[[decisions]]\nsummary = \"x\"\n"
        );
    }

    #[test]
    fn a_new_first_entry_goes_below_the_comments_heading_the_register() {
        let text = "[coalition]\n\n# -- groups --\n# one table each\n\n# our oldest friend\n[groups.b]\nname = \"B\"\n\n[groups.c]\nname = \"C\"\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        insert_entry(&mut doc, Register::Groups, "a", group("A"));
        assert_eq!(
            doc.to_string(),
            "[coalition]\n\n# -- groups --\n# one table each\n\n[groups.a]\nname = \"A\"\n\n# our oldest friend\n[groups.b]\nname = \"B\"\n\n[groups.c]\nname = \"C\"\n"
        );
        // Comments right above the first entry, with no blank line, are its own.
        let text = "[coalition]\n\n# our oldest friend\n[groups.b]\nname = \"B\"\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        insert_entry(&mut doc, Register::Groups, "a", group("A"));
        assert_eq!(
            doc.to_string(),
            "[coalition]\n\n[groups.a]\nname = \"A\"\n\n# our oldest friend\n[groups.b]\nname = \"B\"\n"
        );
    }

    #[test]
    fn an_unsorted_register_grows_at_its_end() {
        let text =
            "[groups.z]\nname = \"Z\"\n\n[groups.b]\nname = \"B\"\n\n[tactics.t]\nname = \"T\"\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        insert_entry(&mut doc, Register::Groups, "c", group("C"));
        assert_eq!(
            doc.to_string(),
            "[groups.z]\nname = \"Z\"\n\n[groups.b]\nname = \"B\"\n\n[groups.c]\nname = \"C\"\n\n[tactics.t]\nname = \"T\"\n"
        );
    }

    #[test]
    fn log_entries_are_appended_after_the_last_one() {
        let text = "[[feedback]]\ntext = \"a\"\n\n# groups\n[groups.a]\nname = \"A\"\nboundaries = [{ tactic = \"t\" }]\n\n[groups.b]\nname = \"B\"\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        append(&mut doc, &["feedback"], group("b")).unwrap();
        append(&mut doc, &["decisions"], group("d")).unwrap();
        append(&mut doc, &["groups", "a", "boundaries"], group("x")).unwrap();
        append(&mut doc, &["groups", "b", "boundaries"], group("y")).unwrap();
        assert_eq!(
            doc.to_string(),
            "[[feedback]]\ntext = \"a\"\n\n[[feedback]]\nname = \"b\"\n\n# groups\n[groups.a]\nname = \"A\"\nboundaries = [{ tactic = \"t\" }, { name = \"x\" }]\n\n[groups.b]\nname = \"B\"\nboundaries = [{ name = \"y\" }]\n\n[[decisions]]\nname = \"d\"\n"
        );
    }

    #[test]
    fn a_step_table_goes_before_the_first_register_even_without_coalition() {
        let mut doc: DocumentMut = "schema = 1\n[groups.a]\nname = \"A\"\n".parse().unwrap();
        step_table(&mut doc, "draft")
            .unwrap()
            .set("status", "doing");
        assert_eq!(
            doc.to_string(),
            "schema = 1\n\n[steps.draft]\nstatus = \"doing\"\n[groups.a]\nname = \"A\"\n"
        );
    }

    #[test]
    fn an_entry_pushed_onto_a_list_written_one_a_line_gets_its_own_line() {
        let text = "[groups.b]\nboundaries = [\n  { group = \"a\" },\n]\n\n[groups.c]\nboundaries = [{ group = \"a\" }]\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        for group in ["b", "c"] {
            let mut boundary = Table::new();
            boundary["tactic"] = value("t");
            append(&mut doc, &["groups", group, "boundaries"], boundary).unwrap();
        }
        assert_eq!(
            doc.to_string(),
            "[groups.b]\nboundaries = [\n  { group = \"a\" },\n  { tactic = \"t\" },\n]\n\n[groups.c]\nboundaries = [{ group = \"a\" }, { tactic = \"t\" }]\n"
        );
    }

    #[test]
    fn values_removed_from_a_list_leave_it_spelled_as_it_was() {
        let text = "a = [\"x\", \"y\", \"x\", \"z\"] # kept\nb = [\n  \"x\",\n  \"y\", # why\n]\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        for key in ["a", "b"] {
            let list = doc[key].as_array_mut().unwrap();
            remove_from_list(list, |value| value.as_str() == Some("x"));
        }
        assert_eq!(
            doc.to_string(),
            "a = [\"y\", \"z\"] # kept\nb = [\n  \"y\", # why\n]\n"
        );
    }

    #[test]
    fn agreements_are_created_between_the_coalition_and_the_steps() {
        let text = "schema = 1\n\n[coalition]\nname = \"C\"\n\n[steps.draft]\nstatus = \"doing\"\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        top_table(&mut doc, "agreements")
            .unwrap()
            .set("feedback_every_days", 30);
        assert_eq!(
            doc.to_string(),
            "schema = 1\n\n[coalition]\nname = \"C\"\n\n[agreements]\nfeedback_every_days = 30\n\n[steps.draft]\nstatus = \"doing\"\n"
        );
        let mut doc: DocumentMut = "agreements = 1\n".parse().unwrap();
        assert!(top_table(&mut doc, "agreements").is_err());
    }

    #[test]
    fn step_tables_are_created_in_schema_order() {
        let text = "schema = 1\n[coalition]\nname = \"C\"\n\n[agreements]\n\n[steps.assembly]\nstatus = \"todo\"\n\n[groups.a]\nname = \"A\"\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        step_table(&mut doc, "presentation")
            .unwrap()
            .set("status", "doing");
        step_table(&mut doc, "contact")
            .unwrap()
            .set("status", "done");
        step_table(&mut doc, "assembly")
            .unwrap()
            .set("status", "doing");
        assert_eq!(
            doc.to_string(),
            "schema = 1\n[coalition]\nname = \"C\"\n\n[agreements]\n\n[steps.contact]\nstatus = \"done\"\n\n[steps.assembly]\nstatus = \"doing\"\n\n[steps.presentation]\nstatus = \"doing\"\n\n[groups.a]\nname = \"A\"\n"
        );
    }

    #[test]
    fn data_is_what_the_toml_crate_reads() {
        let text = "schema = 1\n[coalition]\nname = 'C'\ncreated = 2026-01-02\n[groups.a]\nname = \"A \\u00e9\"\nroles = [\"x\"]\noffers = { money = \"$\" }\n[[feedback]]\ntext = \"\"\"\nmulti\"\"\"\nscore = 1.5\n";
        let doc: DocumentMut = text.parse().unwrap();
        assert_eq!(data(&doc), text.parse::<toml::Table>().unwrap());
    }

    #[test]
    fn setting_a_value_keeps_its_comment() {
        let mut doc: DocumentMut = "[groups.a]\npower = 2 # a guess\n".parse().unwrap();
        let mut group = edit_entry(&mut doc, Register::Groups, "a").unwrap();
        group.set("power", 4);
        group.set("interest", 5);
        assert_eq!(
            doc.to_string(),
            "[groups.a]\npower = 4 # a guess\ninterest = 5\n"
        );
    }

    #[test]
    fn new_keys_go_to_their_schema_place_with_the_comments_kept() {
        let text =
            "[groups.a]\nname = \"A\"\n# how strong\npower = 2 # a guess\ncolour = \"red\"\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        let mut group = edit_entry(&mut doc, Register::Groups, "a").unwrap();
        group.set("status", "member");
        group.insert("status", Item::Value("prospect".into()));
        group.set("status", "member");
        group.set("notes", "n");
        group.set("interest", 5);
        group.set("public", true);
        assert_eq!(
            doc.to_string(),
            "[groups.a]\nname = \"A\"\nstatus = \"member\"\npublic = true\n# how strong\npower = 2 # a guess\ninterest = 5\nnotes = \"n\"\ncolour = \"red\"\n"
        );
    }

    #[test]
    fn in_a_table_out_of_order_a_new_key_follows_its_nearest_predecessor() {
        let text = "[groups.a]\nnotes = \"n\"\nname = \"A\"\npower = 2\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        let mut group = edit_entry(&mut doc, Register::Groups, "a").unwrap();
        group.set("status", "member");
        assert_eq!(
            doc.to_string(),
            "[groups.a]\nnotes = \"n\"\nname = \"A\"\nstatus = \"member\"\npower = 2\n"
        );
    }

    #[test]
    fn inside_an_inline_table_new_keys_take_their_schema_place() {
        let text =
            "[groups.a]\nname = \"A\"\noffers = { money = \"$\" }\ncontact = {email=\"e\"}\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        let mut group = edit_entry(&mut doc, Register::Groups, "a").unwrap();
        let set = |group: &mut SchemaTable, key, parts: &[(&str, &str)]| {
            let parts = parts.iter().map(|&(k, v)| (k, Value::from(v)));
            group.set_inside(key, parts)
        };
        set(&mut group, "contact", &[("phone", "p"), ("name", "N")]).unwrap();
        set(&mut group, "offers", &[("money", "$$")]).unwrap();
        set(&mut group, "needs", &[("space", "a room")]).unwrap();
        set(&mut group, "name", &[("x", "y")]).unwrap_err();
        assert_eq!(
            doc.to_string(),
            "[groups.a]\nname = \"A\"\noffers = { money = \"$$\" }\nneeds = { space = \"a room\" }\ncontact = { name = \"N\", email = \"e\", phone = \"p\" }\n"
        );
    }

    #[test]
    fn a_new_register_or_log_goes_where_fmt_puts_it() {
        let text = "schema = 1\n\n[coalition]\nname = \"C\"\n\n[groups.a]\nname = \"A\"\n\n[people.p]\nname = \"P\"\n\n[[feedback]]\ntext = \"f\"\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        insert_entry(&mut doc, Register::Tactics, "t", group("T"));
        append(&mut doc, &["decisions"], group("d")).unwrap();
        insert_entry(&mut doc, Register::Committees, "k", group("K"));
        assert_eq!(
            doc.to_string(),
            "schema = 1\n\n[coalition]\nname = \"C\"\n\n[groups.a]\nname = \"A\"\n\n[tactics.t]\nname = \"T\"\n\n[committees.k]\nname = \"K\"\n\n[people.p]\nname = \"P\"\n\n[[decisions]]\nname = \"d\"\n\n[[feedback]]\ntext = \"f\"\n"
        );
    }

    #[test]
    fn a_new_list_in_an_entry_goes_before_the_keys_the_schema_puts_after_it() {
        let text = "[steps.presentation]\nstatus = \"doing\"\nmood = \"good\"\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        let mut question = Table::new();
        question["asked_by"] = value("a");
        question["question"] = value("Q?");
        append(&mut doc, &["steps", "presentation", "questions"], question).unwrap();
        step_table(&mut doc, "presentation")
            .unwrap()
            .set("joined", string_array(&["a"]));
        assert_eq!(
            doc.to_string(),
            "[steps.presentation]\nstatus = \"doing\"\njoined = [\"a\"]\nquestions = [{ question = \"Q?\", asked_by = \"a\" }]\nmood = \"good\"\n"
        );
    }

    #[test]
    fn renaming_keeps_the_entry_in_place_in_a_register_out_of_order() {
        let mut doc: DocumentMut = "# top\n[groups.c]\nname = \"C\"\n[groups.c.contact]\nemail = \"x\"\n\n[groups.b]\nname = \"B\"\n".parse().unwrap();
        rename_entry(&mut doc, Register::Groups, "c", "z");
        assert_eq!(
            doc.to_string(),
            "# top\n[groups.z]\nname = \"C\"\n[groups.z.contact]\nemail = \"x\"\n\n[groups.b]\nname = \"B\"\n"
        );
    }

    #[test]
    fn the_heading_of_a_register_stays_when_its_first_entry_is_renamed() {
        let text = "[coalition]\n\n# -- groups --\n\n# the first\n[groups.a]\nname = \"A\"\n\n[groups.b]\nname = \"B\"\n\n[groups.c]\nname = \"C\"\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        rename_entry(&mut doc, Register::Groups, "a", "bb");
        assert_eq!(
            doc.to_string(),
            "[coalition]\n\n# -- groups --\n\n[groups.b]\nname = \"B\"\n\n# the first\n[groups.bb]\nname = \"A\"\n\n[groups.c]\nname = \"C\"\n"
        );
        rename_entry(&mut doc, Register::Groups, "b", "a");
        assert_eq!(
            doc.to_string(),
            "[coalition]\n\n# -- groups --\n\n[groups.a]\nname = \"B\"\n\n# the first\n[groups.bb]\nname = \"A\"\n\n[groups.c]\nname = \"C\"\n"
        );
    }

    #[test]
    fn renaming_moves_the_entry_to_its_place_in_a_register_in_id_order() {
        let mut doc: DocumentMut = "[coalition]\n# top\n[groups.a]\nname = \"A\"\n[[groups.a.boundaries]]\ngroup = \"b\"\n[groups.a.contact]\nemail = \"x\"\n\n[groups.b]\nname = \"B\"\n\n[tactics.t]\nname = \"T\"\n".parse().unwrap();
        rename_entry(&mut doc, Register::Groups, "a", "z");
        assert_eq!(
            doc.to_string(),
            "[coalition]\n\n[groups.b]\nname = \"B\"\n# top\n[groups.z]\nname = \"A\"\n[[groups.z.boundaries]]\ngroup = \"b\"\n[groups.z.contact]\nemail = \"x\"\n\n[tactics.t]\nname = \"T\"\n"
        );
    }
}
