//! Edits on the `toml_edit` document: whatever an edit does not touch keeps
//! its bytes (comments, blank lines, key order, quoting).

use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, TableLike, Value};

use crate::model::Register;

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

/// Sets `key` to `value`, keeping the comment and spacing around an old value.
pub fn set(table: &mut dyn TableLike, key: &str, value: impl Into<Value>) {
    let mut value = value.into();
    match table.get_mut(key).and_then(Item::as_value_mut) {
        Some(old) => {
            *value.decor_mut() = old.decor().clone();
            *old = value;
        }
        None => {
            table.insert(key, Item::Value(value));
        }
    }
}

/// A TOML local date, written `2026-11-25`.
pub fn date(date: chrono::NaiveDate) -> toml_edit::Datetime {
    date.to_string()
        .parse()
        .expect("a NaiveDate prints as a TOML local date")
}

/// A TOML array of strings, written `["a", "b"]`.
pub fn string_array<S: AsRef<str>>(items: &[S]) -> Value {
    Value::Array(items.iter().map(|s| s.as_ref()).collect::<Array>())
}

/// Inserts a new register entry. When the register's tables are in id order,
/// the entry goes to its sorted place, so that two branches adding different
/// entries rarely touch the same lines; otherwise it goes after the last one.
pub fn insert_entry(doc: &mut DocumentMut, reg: Register, id: &str, entry: Table) {
    let key = reg.key();
    if !doc.contains_key(key) {
        let mut table = Table::new();
        table.set_implicit(true);
        doc.insert(key, Item::Table(table));
    }
    let position = match doc.get(key) {
        Some(Item::Table(entries)) => Some(sorted_position(entries, id)),
        _ => None,
    };
    let position = position.unwrap_or_else(|| last_position(doc.as_table()) + 1);
    // The entry and any sub-tables it brings (`[groups.a.contact]`) in a row.
    let mut entry = Item::Table(entry);
    let mut tables = 0;
    visit_tables(&entry, &mut |_| tables += 1);
    shift_positions_by(doc, position, tables);
    let mut next = position;
    visit_tables_mut(&mut entry, &mut |table: &mut Table| {
        table.set_position(Some(next));
        next += 1;
    });
    let Item::Table(entry) = entry else {
        unreachable!("built as a table")
    };
    match doc.get_mut(key) {
        Some(Item::Table(entries)) => {
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

/// The document position for a new entry `id` among the register's tables.
fn sorted_position(entries: &Table, id: &str) -> isize {
    let mut spans: Vec<(&str, isize, isize)> = entries
        .iter()
        .filter_map(|(key, item)| {
            let (first, last) = span(item)?;
            Some((key, first, last))
        })
        .collect();
    spans.sort_by_key(|&(_, first, _)| first);
    let sorted = spans.windows(2).all(|pair| pair[0].0 < pair[1].0);
    let after_all = || {
        spans
            .iter()
            .map(|&(_, _, last)| last)
            .chain(entries.position())
            .max()
    };
    let found = if sorted {
        match spans.iter().rev().find(|&&(key, _, _)| key < id) {
            Some(&(_, _, last)) => Some(last + 1),
            None => spans.first().map(|&(_, first, _)| first).or_else(after_all),
        }
    } else {
        after_all().map(|last| last + 1)
    };
    found.unwrap_or(isize::MAX / 2)
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
/// right after the tables the schema puts before it: `[coalition]`,
/// `[agreements]` and the earlier steps.
pub fn step_table<'a>(doc: &'a mut DocumentMut, step: &str) -> &'a mut dyn TableLike {
    const STEPS: [&str; 4] = ["contact", "draft", "assembly", "presentation"];
    let exists = doc.get("steps").and_then(|steps| steps.get(step)).is_some();
    if !exists {
        let earlier = STEPS.iter().take_while(|s| **s != step);
        let before = ["schema", "coalition", "agreements"]
            .iter()
            .filter_map(|key| doc.get(key))
            .chain(earlier.filter_map(|s| doc.get("steps").and_then(|steps| steps.get(s))))
            .filter_map(|item| span(item).map(|(_, last)| last))
            .max()
            .unwrap_or(0);
        let position = before + 1;
        shift_positions_from(doc, position);
        if !doc.contains_key("steps") {
            let mut steps = Table::new();
            steps.set_implicit(true);
            doc.insert("steps", Item::Table(steps));
        }
        let mut table = Table::new();
        table.set_position(Some(position));
        match doc.get_mut("steps") {
            Some(Item::Table(steps)) => {
                steps.insert(step, Item::Table(table));
            }
            Some(item) => {
                if let Some(steps) = item.as_table_like_mut() {
                    steps.insert(
                        step,
                        Item::Value(Value::InlineTable(table.into_inline_table())),
                    );
                }
            }
            None => unreachable!("created above"),
        }
    }
    doc.get_mut("steps")
        .and_then(|steps| steps.get_mut(step))
        .and_then(Item::as_table_like_mut)
        .expect("the step table exists now")
}

/// Appends an entry to the list of tables at `path`: a log such as
/// `["feedback"]`, or a group's `["groups", "x", "boundaries"]`. A new list is
/// written `[[feedback]]` at the top level and inline inside an entry.
pub fn append(doc: &mut DocumentMut, path: &[&str], mut entry: Table) -> Result<(), String> {
    let (key, parents) = path.split_last().expect("a path has a key");
    let shown = path.join(".");
    let position = match parents
        .iter()
        .try_fold(doc.as_item(), |item, key| item.get(key))
        .and_then(|parent| parent.get(key))
    {
        Some(Item::ArrayOfTables(array)) => {
            let last = array.iter().filter_map(Table::position).max();
            Some(last.map_or_else(|| last_position(doc.as_table()) + 1, |p| p + 1))
        }
        Some(Item::Value(Value::Array(_))) => None,
        Some(_) => return Err(format!("`{shown}` in the file is not a list of tables")),
        None if parents.is_empty() => Some(last_position(doc.as_table()) + 1),
        None => None,
    };
    if let Some(position) = position {
        shift_positions_from(doc, position);
        entry.set_position(Some(position));
    }
    let mut parent = doc.as_item_mut();
    for key in parents {
        parent = parent
            .get_mut(key)
            .ok_or_else(|| format!("there is no `{key}` in `{shown}`"))?;
    }
    let parent = parent
        .as_table_like_mut()
        .ok_or_else(|| format!("`{shown}` cannot hold a list"))?;
    match parent.get_mut(key) {
        Some(Item::ArrayOfTables(array)) => array.push(entry),
        Some(Item::Value(Value::Array(array))) => array.push(entry.into_inline_table()),
        Some(_) => unreachable!("checked above"),
        None if parents.is_empty() => {
            let mut array = ArrayOfTables::new();
            array.push(entry);
            parent.insert(key, Item::ArrayOfTables(array));
        }
        None => {
            let mut array = Array::new();
            array.push(entry.into_inline_table());
            parent.insert(key, Item::Value(Value::Array(array)));
        }
    }
    Ok(())
}

/// Gives an entry a new id, keeping it where it is with its comments.
pub fn rename_entry(doc: &mut DocumentMut, reg: Register, old: &str, new: &str) {
    let Some(entries) = doc.get_mut(reg.key()).and_then(Item::as_table_like_mut) else {
        return;
    };
    // A table keeps its document position, so it is written where it was.
    if let Some(item) = entries.remove(old) {
        entries.insert(new, item);
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
            "schema = 1\n\n[coalition]\nname = \"C\"\n\n[groups.a]\nname = \"A\"\n\n# about b\n[groups.b]\nname = \"B\" # kept\n\n[groups.c]\nname = \"C\"\n\n[groups.d]\nname = \"D\"\n\n[groups.e]\nname = \"E\"\n\n[[decisions]]\nsummary = \"x\"\n\n[tactics.t]\nname = \"T\"\n"
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
    fn step_tables_are_created_in_schema_order() {
        let text = "schema = 1\n[coalition]\nname = \"C\"\n\n[agreements]\n\n[steps.assembly]\nstatus = \"todo\"\n\n[groups.a]\nname = \"A\"\n";
        let mut doc: DocumentMut = text.parse().unwrap();
        set(step_table(&mut doc, "presentation"), "status", "doing");
        set(step_table(&mut doc, "contact"), "status", "done");
        set(step_table(&mut doc, "assembly"), "status", "doing");
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
        let group = entry_mut(&mut doc, Register::Groups, "a").unwrap();
        set(group, "power", 4);
        set(group, "interest", 5);
        assert_eq!(
            doc.to_string(),
            "[groups.a]\npower = 4 # a guess\ninterest = 5\n"
        );
    }

    #[test]
    fn renaming_keeps_the_entry_in_place() {
        let mut doc: DocumentMut = "# top\n[groups.a]\nname = \"A\"\n[groups.a.contact]\nemail = \"x\"\n\n[groups.b]\nname = \"B\"\n".parse().unwrap();
        rename_entry(&mut doc, Register::Groups, "a", "z");
        assert_eq!(
            doc.to_string(),
            "# top\n[groups.z]\nname = \"A\"\n[groups.z.contact]\nemail = \"x\"\n\n[groups.b]\nname = \"B\"\n"
        );
    }
}
