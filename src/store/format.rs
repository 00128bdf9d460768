//! The canonical layout of `coal fmt`: top-level tables in schema order,
//! register entries by id, keys in SPEC order inside an entry, nested tables
//! inline, logs as `[[...]]`, one blank line before each table. Comments
//! travel with the table or key they sit above; values keep their spelling.

use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, RawString, Table, Value};

use crate::model::Register;
use crate::model::schema::{self, Field, Ty, rank, top_rank};

/// Rewrites the document in canonical order and layout.
pub fn format(doc: &mut DocumentMut) {
    let root = doc.as_table_mut();
    root.sort_values_by(|a, _, b, _| top_rank(a).cmp(&top_rank(b)));
    normalize_top_level(root);
    let mut position = 0;
    let mut keys: Vec<String> = root.iter().map(|(k, _)| k.to_string()).collect();
    keys.sort_by_key(|key| (top_rank(key), first_position(root.get(key))));
    for key in keys {
        let order = if register_of(&key).is_some() {
            Order::ById
        } else if key == "steps" {
            Order::Steps
        } else {
            Order::AsWritten
        };
        if let Some(item) = root.get_mut(&key) {
            place(item, &mut position, order);
        }
    }
}

/// How the sub-tables of a table are ordered.
#[derive(Clone, Copy)]
enum Order {
    ById,
    Steps,
    AsWritten,
}

fn register_of(key: &str) -> Option<Register> {
    Register::ALL.into_iter().find(|r| r.key() == key)
}

fn first_position(item: Option<&Item>) -> isize {
    match item {
        Some(Item::Table(t)) => t.position().unwrap_or(isize::MAX),
        Some(Item::ArrayOfTables(a)) => a
            .iter()
            .filter_map(Table::position)
            .min()
            .unwrap_or(isize::MAX),
        _ => isize::MAX,
    }
}

/// Brings every known table to its canonical shape and key order.
fn normalize_top_level(root: &mut Table) {
    for (key, fields) in [
        ("coalition", schema::COALITION),
        ("agreements", schema::AGREEMENTS),
    ] {
        let comments = inline_comments(root, key);
        if let Some(item) = root.get_mut(key) {
            to_table(item);
            if let Some(table) = item.as_table_mut() {
                comments_above(table, comments);
                normalize_entry(table, fields);
            }
        }
    }
    let comments = inline_comments(root, "steps");
    if let Some(steps) = root.get_mut("steps") {
        to_table(steps);
        if let Some(steps) = steps.as_table_mut() {
            comments_above(steps, comments);
        }
        if let Some(steps) = steps.as_table_mut() {
            steps.sort_values_by(|a, _, b, _| rank(schema::STEPS, a).cmp(&rank(schema::STEPS, b)));
            for field in schema::STEPS {
                if let (Some(step), Ty::Table(fields)) = (steps.get_mut(field.key), field.ty) {
                    to_table(step);
                    if let Some(step) = step.as_table_mut() {
                        normalize_entry(step, fields);
                    }
                }
            }
        }
    }
    for register in Register::ALL {
        let Some(entries) = root.get_mut(register.key()) else {
            continue;
        };
        to_table(entries);
        let Some(entries) = entries.as_table_mut() else {
            continue;
        };
        let ids: Vec<String> = entries.iter().map(|(k, _)| k.to_string()).collect();
        for id in ids {
            let entry = entries.get_mut(&id).expect("listed");
            let was_inline = entry.is_inline_table();
            to_table(entry);
            if let Some(entry) = entry.as_table_mut() {
                normalize_entry(entry, schema::entry_fields(register));
            }
            if was_inline && let Some(mut key) = entries.key_mut(&id) {
                key.leaf_decor_mut().clear();
            }
        }
        // A register header with nothing of its own (`[groups]`) is not needed.
        let bare = entries
            .iter()
            .all(|(_, item)| item.is_table() || item.is_array_of_tables());
        if bare && comment_lines(entries.decor().prefix()).is_empty() {
            entries.set_implicit(true);
        }
    }
    for (key, fields) in [
        ("assemblies", schema::ASSEMBLY),
        ("decisions", schema::DECISION),
        ("feedback", schema::FEEDBACK),
    ] {
        let all_inline = root
            .get(key)
            .and_then(Item::as_array)
            .is_some_and(|array| array.iter().all(Value::is_inline_table));
        let comments = all_inline.then(|| inline_comments(root, key)).flatten();
        let Some(log) = root.get_mut(key) else {
            continue;
        };
        if let (true, Item::Value(Value::Array(array))) = (all_inline, &*log) {
            let mut tables = ArrayOfTables::new();
            for value in array.iter() {
                if let Value::InlineTable(inline) = value {
                    tables.push(inline.clone().into_table());
                }
            }
            if let Some(first) = tables.get_mut(0) {
                comments_above(first, comments);
            }
            *log = Item::ArrayOfTables(tables);
        }
        if let Item::ArrayOfTables(entries) = log {
            for entry in entries.iter_mut() {
                normalize_entry(entry, fields);
            }
        }
    }
}

/// The comments of a top-level `key = { ... }` or `key = [...]` about to
/// become a header: those above it and the one after it on its line. The
/// key loses its spacing, which a header would show as `[key ]`.
fn inline_comments(root: &mut Table, key: &str) -> Option<String> {
    let value = root.get(key)?.as_value()?;
    if !value.is_inline_table() && !value.is_array() {
        return None;
    }
    let after = comment_lines(value.decor().suffix());
    let mut written = root.key_mut(key)?;
    let above = comment_lines(written.leaf_decor().prefix());
    written.leaf_decor_mut().clear();
    Some(format!("{above}{after}"))
}

/// Puts comments above a table's header, after those already there.
fn comments_above(table: &mut Table, comments: Option<String>) {
    let Some(comments) = comments.filter(|c| !c.is_empty()) else {
        return;
    };
    let there = comment_lines(table.decor().prefix());
    table.decor_mut().set_prefix(format!("{there}{comments}"));
}

/// An inline table written where a standard table belongs becomes one.
fn to_table(item: &mut Item) {
    if let Item::Value(Value::InlineTable(inline)) = item {
        let decor = inline.decor().clone();
        let mut table = std::mem::take(inline).into_table();
        table
            .decor_mut()
            .set_prefix(decor.prefix().cloned().unwrap_or_default());
        *item = Item::Table(table);
    }
}

/// Keys in SPEC order; nested tables and lists of tables written inline,
/// their comments moved above their key.
fn normalize_entry(entry: &mut Table, fields: &[Field]) {
    for field in fields {
        let Some(item) = entry.get_mut(field.key) else {
            continue;
        };
        match field.ty {
            Ty::Table(nested) | Ty::List(nested) => {
                let comments = inline(item);
                match item {
                    Item::Value(Value::InlineTable(table)) => sort_inline(table, nested),
                    Item::Value(Value::Array(array)) => {
                        for value in array.iter_mut() {
                            if let Value::InlineTable(table) = value {
                                sort_inline(table, nested);
                            }
                        }
                    }
                    _ => {}
                }
                if let Some(comments) = comments
                    && let Some(mut key) = entry.key_mut(field.key)
                {
                    key.leaf_decor_mut().set_prefix(comments);
                    key.leaf_decor_mut().set_suffix(" ");
                }
            }
            Ty::Resources => {
                if let Some(comments) = inline(item)
                    && let Some(mut key) = entry.key_mut(field.key)
                {
                    key.leaf_decor_mut().set_prefix(comments);
                    key.leaf_decor_mut().set_suffix(" ");
                }
            }
            _ => {}
        }
    }
    entry.sort_values_by(|a, _, b, _| rank(fields, a).cmp(&rank(fields, b)));
}

fn sort_inline(table: &mut InlineTable, fields: &[Field]) {
    table.sort_values_by(|a, _, b, _| rank(fields, a).cmp(&rank(fields, b)));
}

/// Turns a sub-table or `[[...]]` list into its inline spelling. When it did,
/// returns the comment lines that stood above it, which inline values cannot
/// hold: they go above the key instead.
fn inline(item: &mut Item) -> Option<String> {
    let comments = |table: &Table| comment_lines(table.decor().prefix());
    match item {
        Item::Table(table) => {
            let text = comments(table);
            let mut inline = std::mem::take(table).into_inline_table();
            inline.fmt();
            *item = Item::Value(Value::InlineTable(inline));
            Some(text)
        }
        Item::ArrayOfTables(tables) => {
            let text: String = tables.iter().map(comments).collect();
            let mut array = Array::new();
            for table in std::mem::take(tables).into_iter() {
                let mut inline = table.into_inline_table();
                inline.fmt();
                array.push(inline);
            }
            array.fmt();
            *item = Item::Value(Value::Array(array));
            Some(text)
        }
        _ => None,
    }
}

/// The comment lines of a decor prefix, without blank lines.
fn comment_lines(prefix: Option<&RawString>) -> String {
    prefix
        .and_then(RawString::as_str)
        .unwrap_or("")
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with('#'))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// Gives tables their document positions in canonical order and one blank
/// line before each header, keeping the comments above it.
fn place(item: &mut Item, position: &mut isize, order: Order) {
    match item {
        Item::Table(table) => place_table(table, position, order),
        Item::ArrayOfTables(tables) => {
            for table in tables.iter_mut() {
                place_table(table, position, Order::AsWritten);
            }
        }
        _ => {}
    }
}

fn place_table(table: &mut Table, position: &mut isize, order: Order) {
    table.set_position(Some(*position));
    *position += 1;
    if !table.is_implicit() {
        let prefix = table
            .decor()
            .prefix()
            .and_then(RawString::as_str)
            .unwrap_or("");
        let comments = prefix
            .trim_start_matches(['\n', '\r', ' ', '\t'])
            .to_string();
        table.decor_mut().set_prefix(format!("\n{comments}"));
    }
    let mut children: Vec<String> = table
        .iter()
        .filter(|(_, item)| item.is_table() || item.is_array_of_tables())
        .map(|(k, _)| k.to_string())
        .collect();
    match order {
        Order::ById => children.sort(),
        Order::Steps => children.sort_by_key(|key| (rank(schema::STEPS, key), key.clone())),
        Order::AsWritten => children.sort_by_key(|key| first_position(table.get(key))),
    }
    for key in children {
        if let Some(child) = table.get_mut(&key) {
            place(child, position, Order::AsWritten);
        }
    }
}
