//! What each row does (create, update, skip, or rejected with a reason),
//! and the one edit that does it: each accepted row is written into the
//! document as it is planned, with the writers `add-group`, `update-group`
//! and `add-person` use, so that an imported entry is what they would write.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use toml_edit::{DocumentMut, Item, Table};

use crate::cli::{GroupFields, ImportKind, OnDuplicate};
use crate::commands::group_fields::{contact, membership};
use crate::commands::{add_entry, new_entry};
use crate::import::columns::{Columns, Field};
use crate::import::read::{Row, Sheet};
use crate::import::words;
use crate::model::id::{is_valid_id, slugify};
use crate::model::membership::{Given, Membership};
use crate::model::{Coalition, Group, Register, ResourceType};
use crate::store::document::{self, string_array};

/// What a row does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Create,
    Update,
    Skip,
    /// Rejected: nothing of the row is written.
    Reject,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Skip => "skip",
            Action::Reject => "error",
        }
    }
}

/// A row and what it does.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    /// The row's number as the spreadsheet shows it.
    pub number: usize,
    pub action: Action,
    /// The entry's id (empty when a rejected row names none).
    pub id: String,
    /// What is written, warnings, or why the row is rejected.
    pub details: Vec<String>,
}

/// How rows are read and written.
pub struct Import<'a> {
    pub kind: ImportKind,
    pub sheet: &'a Sheet,
    pub columns: &'a Columns,
    pub on_duplicate: OnDuplicate,
    pub today: NaiveDate,
}

/// An entry of the file a row may be: by id, by the id of its name, and
/// the names of those already there before the import (for near matches).
struct Known {
    register: Register,
    /// The ids, and the slugs of their names, to the id.
    by_slug: HashMap<String, String>,
    /// The names of the entries, folded, with their ids.
    names: Vec<(String, String)>,
    /// The entries rows have reached so far, to the row that did.
    seen: HashMap<String, usize>,
    /// The entries rows add, inserted at once when all are planned.
    new: Vec<(String, Table)>,
    new_ids: HashSet<String>,
    /// Whether rows are compared with every name for near matches: not
    /// when that would take longer than the import itself (see `NEAR_PAIRS`).
    look_near: bool,
}

/// Beyond this many (row, name) pairs, near names are not looked for: each
/// comparison costs a microsecond or two, and ten thousand rows against a
/// federation of a thousand groups would take the import from under a
/// second to a quarter of a minute. The command says it did not look.
pub const NEAR_PAIRS: usize = 2_000_000;

impl Known {
    fn of(doc: &DocumentMut, register: Register) -> Self {
        let mut by_slug = HashMap::new();
        let mut names = Vec::new();
        for (id, name) in document::names(doc, register) {
            by_slug.entry(slugify(&name)).or_insert_with(|| id.clone());
            by_slug.insert(id.clone(), id.clone());
            names.push((words::fold(&name), id));
        }
        by_slug.remove("");
        Known {
            register,
            by_slug,
            names,
            seen: HashMap::new(),
            new: Vec::new(),
            new_ids: HashSet::new(),
            look_near: true,
        }
    }

    /// The entry with this id or this name, as `add-group` matches them.
    fn find(&self, doc: &DocumentMut, id: Option<&str>, name: &str) -> Option<String> {
        if let Some(id) = id {
            return document::entry(doc, self.register, id).map(|_| id.to_string());
        }
        let slug = slugify(name);
        if slug.is_empty() {
            let wanted = words::fold(name);
            return self
                .names
                .iter()
                .find(|(known, _)| *known == wanted)
                .map(|(_, id)| id.clone());
        }
        self.by_slug.get(&slug).cloned()
    }

    /// For a row whose id cell matches no entry: the entry its name would
    /// have matched (same name, folded, or the id the name gives), which
    /// the row would then duplicate under another id.
    fn same_name(&self, name: &str) -> Option<&str> {
        let wanted = words::fold(name);
        self.names
            .iter()
            .find(|(known, _)| *known == wanted)
            .map(|(_, id)| id.as_str())
            .or_else(|| self.by_slug.get(&slugify(name)).map(String::as_str))
    }

    /// A warning for a row created under its own id with the name of an
    /// entry already there.
    fn duplicate(&self, id: Option<&String>, name: &str, what: &str) -> Option<String> {
        let id = id?;
        let same = self.same_name(name).filter(|same| *same != id)?;
        Some(format!(
            "warning: {what} `{same}` has this name; created again as `{id}` (leave the id cell empty to match it)"
        ))
    }

    /// An entry whose name is close to `name` without being it.
    fn near(&self, name: &str) -> Option<&str> {
        if !self.look_near {
            return None;
        }
        let wanted = words::fold(name);
        self.names
            .iter()
            .filter(|(known, _)| *known != wanted)
            .map(|(known, id)| (strsim::jaro_winkler(known, &wanted), id))
            .filter(|(score, _)| *score >= 0.92)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, id)| id.as_str())
    }

    /// Adds an entry as `add_entry` would, to be inserted with the others.
    fn create(
        &mut self,
        doc: &DocumentMut,
        name: &str,
        id: Option<String>,
        fill: impl FnOnce(&mut document::SchemaTable) -> crate::error::Result<()>,
    ) -> std::result::Result<String, Rejected> {
        let taken = |candidate: &str| self.new_ids.contains(candidate);
        let (id, entry) = new_entry(doc, self.register, name, id, taken, fill)
            .map_err(|err| (String::new(), vec![err.message]))?;
        self.new_ids.insert(id.clone());
        self.new.push((id.clone(), entry));
        self.added(&id, name);
        Ok(id)
    }

    fn added(&mut self, id: &str, name: &str) {
        self.by_slug.insert(id.to_string(), id.to_string());
        let slug = slugify(name);
        if !slug.is_empty() {
            self.by_slug.entry(slug).or_insert_with(|| id.to_string());
        }
    }
}

/// Plans every row and writes the accepted ones into `doc`; `before` is
/// the coalition as it was, to tell what an update changes. `tick` is
/// called once a row is planned.
pub fn apply(
    import: &Import,
    doc: &mut DocumentMut,
    before: &Coalition,
    tick: &mut dyn FnMut(),
) -> Vec<Planned> {
    let register = match import.kind {
        ImportKind::Groups => Register::Groups,
        ImportKind::People => Register::People,
    };
    let mut known = Known::of(doc, register);
    known.look_near = !too_many_to_compare(import.sheet.rows.len(), known.names.len());
    // A groups sheet names tactics; a people sheet, groups.
    let mut tactics = match import.kind {
        ImportKind::Groups => Known::of(doc, Register::Tactics),
        ImportKind::People => Known::of(doc, Register::Groups),
    };
    let mut planned = Vec::with_capacity(import.sheet.rows.len());
    for row in &import.sheet.rows {
        let mut plan = match import.kind {
            ImportKind::Groups => group_row(import, doc, before, &mut known, &mut tactics, row),
            ImportKind::People => person_row(import, doc, &mut known, &tactics, row),
        }
        .unwrap_or_else(|(id, reasons)| Planned {
            number: row.number,
            action: Action::Reject,
            id,
            details: reasons,
        });
        plan.number = row.number;
        planned.push(plan);
        tick();
    }
    document::insert_entries(doc, register, std::mem::take(&mut known.new));
    planned
}

/// Whether comparing `rows` with `names` for near matches would cost more
/// than `NEAR_PAIRS` comparisons.
pub fn too_many_to_compare(rows: usize, names: usize) -> bool {
    rows.saturating_mul(names) > NEAR_PAIRS
}

/// Why a row is rejected, one reason per cell.
type Reasons = Vec<String>;

/// A rejected row: the id of the entry it names, when it names one, and why.
type Rejected = (String, Reasons);

/// The text of a row's cell for `field`, trimmed; none when empty.
fn cell<'r>(import: &Import, row: &'r Row, field: Field) -> Option<&'r str> {
    let at = import.columns.of(field)?;
    // What the groups CSV made inert for a spreadsheet reads back as it was.
    Some(crate::output::csv_text_read(row.cells[at].trim()).trim()).filter(|text| !text.is_empty())
}

/// "column `Pouvoir`: must be 1 to 5, got 7"
fn in_column(import: &Import, field: Field, problem: impl std::fmt::Display) -> String {
    let at = import.columns.of(field).expect("a cell was read from it");
    format!("column `{}`: {problem}", import.sheet.headers[at])
}

/// The headers of the date and status columns, for `membership::Given`
/// (the field's own name when the sheet has no such column), and how to
/// refer to the status column.
fn membership_columns(import: &Import) -> [String; 3] {
    let header = |field: Field, name: &str| match import.columns.of(field) {
        Some(at) => import.sheet.headers[at].clone(),
        None => name.to_string(),
    };
    let status = match import.columns.of(Field::Status) {
        Some(at) => format!("column `{}`", import.sheet.headers[at]),
        None => "a `status` column".to_string(),
    };
    [
        header(Field::Joined, "joined"),
        header(Field::Left, "left"),
        status,
    ]
}

fn given(columns: &[String; 3]) -> Given<'_> {
    Given::Columns {
        joined: &columns[0],
        left: &columns[1],
        status: &columns[2],
    }
}

/// Reads the cell of `field` with `parse`, noting a problem in `reasons`.
fn read<T>(
    import: &Import,
    row: &Row,
    field: Field,
    reasons: &mut Reasons,
    parse: impl Fn(&str) -> std::result::Result<T, String>,
) -> Option<T> {
    let text = cell(import, row, field)?;
    parse(text)
        .map_err(|problem| reasons.push(in_column(import, field, problem)))
        .ok()
}

/// The id and name a row names, and the entry of the file it is.
struct Named {
    id: Option<String>,
    name: Option<String>,
    existing: Option<String>,
}

fn named(
    import: &Import,
    doc: &DocumentMut,
    known: &Known,
    row: &Row,
    reasons: &mut Reasons,
) -> Named {
    if !row.overflow.is_empty() {
        reasons.push(format!(
            "cells beyond the last column: {}",
            row.overflow
                .iter()
                .map(|c| format!("`{}`", c.trim()))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let id = read(import, row, Field::Id, reasons, |text| {
        match is_valid_id(text) {
            true => Ok(text.to_string()),
            false => Err(crate::model::id::parse_id(text).unwrap_err()),
        }
    });
    let name = read(import, row, Field::Name, reasons, |text| {
        crate::model::input::non_empty(text).map_err(|problem| format!("the name {problem}"))
    });
    let existing = match (&id, &name) {
        (None, None) if cell(import, row, Field::Id).is_none() => {
            reasons.push(format!("no {}: the {} has none", "name", import.kind));
            None
        }
        (None, None) => None,
        (id, name) => known.find(doc, id.as_deref(), name.as_deref().unwrap_or("")),
    };
    if existing.is_none() && name.is_none() && id.is_some() {
        reasons.push(format!(
            "there is no {} `{}` and no name to add it with",
            import.kind,
            id.as_deref().unwrap_or_default()
        ));
    }
    Named { id, name, existing }
}

/// Refuses a second row for one entry, naming the first.
fn once(known: &mut Known, id: &str, number: usize, reasons: &mut Reasons) {
    if let Some(first) = known.seen.get(id) {
        reasons.push(format!("row {first} is already `{id}`"));
    } else {
        known.seen.insert(id.to_string(), number);
    }
}

/// A resource cell: `type` or `type: detail`, several in one cell.
fn resources(text: &str) -> std::result::Result<Vec<(ResourceType, Option<String>)>, String> {
    words::list(text)
        .iter()
        .map(|one| {
            let (kind, detail) = match one.split_once(':') {
                Some((kind, detail)) => (kind, Some(detail.trim().to_string())),
                None => (one.as_str(), None),
            };
            let kind = words::resource_type(kind)?;
            Ok((kind, detail.filter(|d| !d.is_empty())))
        })
        .collect()
}

/// A group's row, as cells read: the fields of `add-group`, and the
/// tactics and resources as the cells name them.
struct GroupRow {
    fields: GroupFields,
    tactics: Vec<String>,
    offers: Vec<(ResourceType, Option<String>)>,
    needs: Vec<(ResourceType, Option<String>)>,
}

fn group_cells(import: &Import, row: &Row, reasons: &mut Reasons) -> GroupRow {
    let flag = |field, reasons: &mut Reasons| read(import, row, field, reasons, words::flag);
    let public = flag(Field::Public, reasons);
    let impacted = flag(Field::Impacted, reasons);
    let text = |field| cell(import, row, field).map(String::from);
    let fields = GroupFields {
        status: read(import, row, Field::Status, reasons, words::status),
        participation: read(
            import,
            row,
            Field::Participation,
            reasons,
            words::participation,
        ),
        public: public == Some(true),
        private: public == Some(false),
        impacted: impacted == Some(true),
        not_impacted: impacted == Some(false),
        power: read(import, row, Field::Power, reasons, words::score),
        interest: read(import, row, Field::Interest, reasons, words::score),
        unpredictability: read(import, row, Field::Unpredictability, reasons, words::score),
        members: read(import, row, Field::Members, reasons, words::count),
        spectrum: read(import, row, Field::Spectrum, reasons, words::spectrum),
        spectrum_target: read(import, row, Field::SpectrumTarget, reasons, words::spectrum),
        roles: read(import, row, Field::Roles, reasons, |text| {
            words::list(text).iter().map(|r| words::role(r)).collect()
        })
        .unwrap_or_default(),
        tactics: Vec::new(),
        offers: Vec::new(),
        needs: Vec::new(),
        joined: read(import, row, Field::Joined, reasons, words::date),
        left: read(import, row, Field::Left, reasons, words::date),
        contact_name: text(Field::ContactName),
        contact_email: text(Field::ContactEmail),
        contact_phone: text(Field::ContactPhone),
        intentions: text(Field::Intentions),
        notes: text(Field::Notes),
    };
    GroupRow {
        fields,
        tactics: cell(import, row, Field::Tactics)
            .map(words::list)
            .unwrap_or_default(),
        offers: read(import, row, Field::Offers, reasons, resources).unwrap_or_default(),
        needs: read(import, row, Field::Needs, reasons, resources).unwrap_or_default(),
    }
}

fn group_row(
    import: &Import,
    doc: &mut DocumentMut,
    before: &Coalition,
    known: &mut Known,
    tactics: &mut Known,
    row: &Row,
) -> std::result::Result<Planned, Rejected> {
    let mut reasons = Vec::new();
    let named = named(import, doc, known, row, &mut reasons);
    let mut cells = group_cells(import, row, &mut reasons);
    let key = named
        .existing
        .clone()
        .or(named.id.clone())
        .or_else(|| named.name.as_deref().map(slugify).filter(|s| !s.is_empty()));
    if let Some(key) = &key {
        once(known, key, row.number, &mut reasons);
    }
    let mut details = Vec::new();
    if let Some(tactic) = cells.tactics.iter().find(|t| slugify(t).is_empty()) {
        reasons.push(in_column(
            import,
            Field::Tactics,
            format!("`{tactic}` has no letter or digit to name a tactic by"),
        ));
    }
    let (tactic_ids, new_tactics) = tactic_ids(doc, tactics, &cells.tactics);
    cells.fields.tactics = tactic_ids;
    let existing = named
        .existing
        .as_ref()
        .map(|id| (id, before.groups.get(id)));
    let group = existing.and_then(|(_, group)| group);
    for (column, given, slot) in [
        (Field::Offers, &cells.offers, &mut cells.fields.offers),
        (Field::Needs, &cells.needs, &mut cells.fields.needs),
    ] {
        let held = group.map(|g| {
            if column == Field::Offers {
                &g.offers
            } else {
                &g.needs
            }
        });
        for (kind, detail) in given {
            match detail {
                Some(detail) => slot.push((*kind, detail.clone())),
                // A type alone keeps the details the group has.
                None if held.is_some_and(|held| held.contains_key(kind)) => {}
                None => reasons.push(in_column(
                    import,
                    column,
                    format!("`{kind}` needs a detail, like `{kind}: what exactly`"),
                )),
            }
        }
    }
    if !reasons.is_empty() {
        return Err((key.unwrap_or_default(), reasons));
    }
    let id = match existing {
        None => {
            let name = named
                .name
                .expect("a row with no name and no entry is rejected");
            if let Some(duplicate) = known.duplicate(named.id.as_ref(), &name, "group") {
                details.push(duplicate);
            } else if let Some(near) = known.near(&name) {
                details.push(format!("warning: near group `{near}`, not the same"));
            }
            for tactic in &new_tactics {
                details.push(format!("creates tactic `{tactic}`"));
            }
            create_tactics(doc, tactics, &new_tactics);
            let columns = membership_columns(import);
            let slug = slugify(&name);
            let id = known
                .create(doc, &name, named.id.clone(), |group| {
                    let given = given(&columns);
                    cells
                        .fields
                        .write_given(group, Membership::default(), import.today, given)
                })
                // A rejected row still shows the id its name would get.
                .map_err(|(_, reasons)| (named.id.unwrap_or(slug), reasons))?;
            return Ok(planned(Action::Create, id, details));
        }
        Some((id, _)) if import.on_duplicate == OnDuplicate::Skip => {
            details.push("already in the file (--on-duplicate update or fill to change it)".into());
            return Ok(planned(Action::Skip, id.clone(), details));
        }
        Some((id, _)) => id.clone(),
    };
    let entry = document::entry(doc, Register::Groups, &id).expect("found above");
    let changed = match group {
        Some(group) => keep_changes(&mut cells.fields, group, import.on_duplicate),
        None => keep_absent(&mut cells.fields, entry),
    };
    let rename = named
        .name
        .filter(|_| import.on_duplicate == OnDuplicate::Update && named.id.is_some())
        .filter(|name| group.is_some_and(|g| g.name != *name));
    if changed.is_empty() && rename.is_none() {
        details.push("nothing to change".into());
        return Ok(planned(Action::Skip, id, details));
    }
    let new_tactics: Vec<String> = new_tactics
        .into_iter()
        .filter(|t| cells.fields.tactics.contains(t))
        .collect();
    for tactic in &new_tactics {
        details.push(format!("creates tactic `{tactic}`"));
    }
    create_tactics(doc, tactics, &new_tactics);
    let mut entry = document::edit_entry(doc, Register::Groups, &id).expect("found above");
    let mut written: Vec<&str> = changed;
    if let Some(name) = &rename {
        entry.set("name", name.as_str());
        written.insert(0, "name");
    }
    let was = membership(entry.table());
    let columns = membership_columns(import);
    cells
        .fields
        .write_given(&mut entry, was, import.today, given(&columns))
        .map_err(|err| (id.clone(), vec![err.message]))?;
    details.insert(0, written.join(", "));
    Ok(planned(Action::Update, id, details))
}

fn planned(action: Action, id: String, details: Vec<String>) -> Planned {
    Planned {
        number: 0,
        action,
        id,
        details,
    }
}

/// The ids of the tactics a cell names, by id or name, and those of the
/// tactics to create for the names the file does not know.
fn tactic_ids(doc: &DocumentMut, known: &Known, given: &[String]) -> (Vec<String>, Vec<String>) {
    let mut ids = Vec::new();
    let mut new = Vec::new();
    for tactic in given {
        let id = match known.find(doc, None, tactic) {
            Some(id) => id,
            None => {
                new.push(tactic.clone());
                slugify(tactic)
            }
        };
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    (ids, new)
}

/// Adds a tactic for each name, as `add-tactic NAME` would.
fn create_tactics(doc: &mut DocumentMut, known: &mut Known, names: &[String]) {
    for name in names {
        if known.find(doc, None, name).is_some() {
            continue;
        }
        if let Ok(id) = add_entry(doc, Register::Tactics, name, None, |_| Ok(())) {
            known.added(&id, name);
        }
    }
}

/// Leaves in `fields` what would change `group`: with `fill`, only what
/// it lacks. Returns the keys that change.
fn keep_changes(fields: &mut GroupFields, group: &Group, on: OnDuplicate) -> Vec<&'static str> {
    let fill = on == OnDuplicate::Fill;
    let mut changed = Vec::new();
    let mut keep = |key: &'static str, given: bool, same: bool, has: bool| {
        let keep = given && !same && !(fill && has);
        if keep {
            changed.push(key);
        }
        keep
    };
    macro_rules! option {
        ($key:literal, $field:ident, $held:expr) => {
            let held = $held;
            if !keep(
                $key,
                fields.$field.is_some(),
                fields.$field == held,
                held.is_some(),
            ) {
                fields.$field = None;
            }
        };
    }
    option!("status", status, Some(group.status));
    option!("participation", participation, group.participation());
    option!("power", power, group.power);
    option!("interest", interest, group.interest);
    option!("unpredictability", unpredictability, group.unpredictability);
    option!("members", members, group.members);
    option!("spectrum", spectrum, group.spectrum);
    option!("spectrum_target", spectrum_target, group.spectrum_target);
    option!("joined", joined, group.joined);
    option!("left", left, group.left);
    option!("intentions", intentions, group.intentions.clone());
    option!("notes", notes, group.notes.clone());
    let contact = group.contact.clone().unwrap_or_default();
    option!("contact.name", contact_name, contact.name.clone());
    option!("contact.email", contact_email, contact.email.clone());
    option!("contact.phone", contact_phone, contact.phone.clone());
    if !keep(
        "public",
        fields.public || fields.private,
        fields.public == group.public,
        false,
    ) {
        (fields.public, fields.private) = (false, false);
    }
    if !keep(
        "impacted",
        fields.impacted || fields.not_impacted,
        fields.impacted == group.impacted,
        false,
    ) {
        (fields.impacted, fields.not_impacted) = (false, false);
    }
    if !keep(
        "roles",
        !fields.roles.is_empty(),
        fields.roles == group.roles,
        !group.roles.is_empty(),
    ) {
        fields.roles.clear();
    }
    if !keep(
        "tactics",
        !fields.tactics.is_empty(),
        fields.tactics == group.tactics,
        !group.tactics.is_empty(),
    ) {
        fields.tactics.clear();
    }
    for (key, given, held) in [
        ("offers", &mut fields.offers, &group.offers),
        ("needs", &mut fields.needs, &group.needs),
    ] {
        given.retain(|(kind, detail)| {
            let details = held.get(kind);
            let same = details.is_some_and(|d| d.0.contains(detail));
            !(same || fill && details.is_some())
        });
        if !given.is_empty() {
            changed.push(key);
        }
    }
    changed
}

/// For an entry the model could not read: only the keys it lacks are
/// written (it is shown, not guessed at).
fn keep_absent(fields: &mut GroupFields, entry: &dyn toml_edit::TableLike) -> Vec<&'static str> {
    let keys: Vec<&'static str> = [
        "status", "power", "interest", "members", "spectrum", "notes",
    ]
    .into_iter()
    .filter(|key| entry.contains_key(key))
    .collect();
    if !keys.is_empty() {
        *fields = GroupFields::default();
        return Vec::new();
    }
    match fields.is_empty() {
        true => Vec::new(),
        false => vec!["fields"],
    }
}

fn person_row(
    import: &Import,
    doc: &mut DocumentMut,
    known: &mut Known,
    groups_known: &Known,
    row: &Row,
) -> std::result::Result<Planned, Rejected> {
    let mut reasons = Vec::new();
    let named = named(import, doc, known, row, &mut reasons);
    let groups: Vec<String> = cell(import, row, Field::Groups)
        .map(words::list)
        .unwrap_or_default()
        .iter()
        .filter_map(|group| match groups_known.find(doc, None, group) {
            Some(id) => Some(id),
            None if document::entry(doc, Register::Groups, group).is_some() => Some(group.clone()),
            None => {
                let nearest = groups_known.nearest(group);
                reasons.push(in_column(
                    import,
                    Field::Groups,
                    format!("there is no group `{group}`{nearest}"),
                ));
                None
            }
        })
        .collect();
    let key = named
        .existing
        .clone()
        .or(named.id.clone())
        .or_else(|| named.name.as_deref().map(slugify).filter(|s| !s.is_empty()));
    if let Some(key) = &key {
        once(known, key, row.number, &mut reasons);
    }
    if !reasons.is_empty() {
        return Err((key.unwrap_or_default(), reasons));
    }
    let email = cell(import, row, Field::ContactEmail).map(String::from);
    let phone = cell(import, row, Field::ContactPhone).map(String::from);
    let notes = cell(import, row, Field::Notes).map(String::from);
    let Some(id) = named.existing else {
        let name = named
            .name
            .expect("a row with no name and no entry is rejected");
        let mut details = Vec::new();
        if let Some(duplicate) = known.duplicate(named.id.as_ref(), &name, "person") {
            details.push(duplicate);
        } else if let Some(near) = known.near(&name) {
            details.push(format!("warning: near person `{near}`, not the same"));
        }
        let id = known.create(doc, &name, named.id, |person| {
            if !groups.is_empty() {
                person.set("groups", string_array(&groups));
            }
            contact(person, [("email", &email), ("phone", &phone)])?;
            if let Some(notes) = &notes {
                person.set("notes", notes.as_str());
            }
            Ok(())
        })?;
        return Ok(planned(Action::Create, id, details));
    };
    if import.on_duplicate == OnDuplicate::Skip {
        let details =
            vec!["already in the file (--on-duplicate update or fill to change it)".into()];
        return Ok(planned(Action::Skip, id, details));
    }
    let fill = import.on_duplicate == OnDuplicate::Fill;
    let mut person = document::edit_entry(doc, Register::People, &id).expect("found above");
    let held = person
        .get("groups")
        .and_then(document::texts)
        .unwrap_or_default();
    let mut changed = Vec::new();
    // Groups are added to those the person has: an import never takes
    // anyone out of a group.
    if let Some(all) = crate::commands::merged(&held, &groups)
        && (!fill || held.is_empty())
    {
        person.set_list("groups", &held, &all);
        changed.push("groups");
    }
    let has = |person: &document::SchemaTable, key: &str, value: &Option<String>| {
        let now = person.get(key).and_then(Item::as_str);
        value.is_none() || now == value.as_deref() || (fill && now.is_some())
    };
    let contact_now = |part: &str| {
        person
            .get("contact")
            .and_then(|c| c.as_table_like())
            .and_then(|c| c.get(part))
            .and_then(Item::as_str)
            .map(String::from)
    };
    let mut parts = Vec::new();
    for (part, value) in [("email", &email), ("phone", &phone)] {
        let now = contact_now(part);
        if value.is_some() && now != *value && !(fill && now.is_some()) {
            parts.push((part, value));
            changed.push(if part == "email" {
                "contact.email"
            } else {
                "contact.phone"
            });
        }
    }
    contact(&mut person, parts).map_err(|err| (String::new(), vec![err.message]))?;
    if !has(&person, "notes", &notes) {
        person.set("notes", notes.as_deref().unwrap_or_default());
        changed.push("notes");
    }
    if changed.is_empty() {
        return Ok(planned(Action::Skip, id, vec!["nothing to change".into()]));
    }
    Ok(planned(Action::Update, id, vec![changed.join(", ")]))
}

impl Known {
    /// ": nearest: `a`, `b`" for an unknown name, or nothing.
    fn nearest(&self, typed: &str) -> String {
        let wanted = words::fold(typed);
        let mut near: Vec<(f64, &str)> = self
            .names
            .iter()
            .map(|(name, id)| (strsim::jaro_winkler(name, &wanted), id.as_str()))
            .filter(|(score, _)| *score >= 0.75)
            .collect();
        near.sort_by(|a, b| b.0.total_cmp(&a.0));
        let ids: Vec<String> = near
            .iter()
            .take(3)
            .map(|(_, id)| format!("`{id}`"))
            .collect();
        match ids.is_empty() {
            true => "; `coal list groups` shows them all".into(),
            false => format!("; nearest: {}", ids.join(", ")),
        }
    }
}
