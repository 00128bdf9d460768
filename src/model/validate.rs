//! Validation of a parsed file against schema 1 (`super::schema`).
//!
//! Everything but a missing or newer `schema` and a missing `[coalition]`
//! is a finding, not a failure: the bad value is reported and left out of the
//! model, so the rest of the coalition can still be checked and reported on.

use std::collections::{BTreeMap, BTreeSet};

use toml::{Table, Value};

use super::coalition::{BY_ASSEMBLY, Coalition, SCHEMA};
use super::finding::{Finding, code};
use super::id::{closest, is_valid_id};
use super::input::{blank, blank_problem, time};
use super::register::Register;
use super::schema::{self, Field, Ty};

#[derive(Debug)]
pub struct Validated {
    pub coalition: Coalition,
    pub findings: Vec<Finding>,
}

/// Why a file cannot be read as a coalition at all (exit 3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unusable {
    NoSchema,
    NotSchemaOne(String),
    Newer(i64),
    NoCoalition,
}

impl Unusable {
    pub fn message(&self) -> String {
        match self {
            Unusable::NoSchema => crate::t!("valid-no-schema"),
            Unusable::NotSchemaOne(got) => crate::t!("valid-not-schema-one", got = got.as_str()),
            Unusable::Newer(n) => crate::t!(
                "valid-newer-schema",
                schema = n.to_string(),
                ours = SCHEMA.to_string()
            ),
            Unusable::NoCoalition => crate::t!("valid-no-coalition"),
        }
    }
}

/// Whether a file is a coalition this coal can read: `schema = 1` and a
/// `[coalition]` table.
pub fn usable(schema: Option<&Value>, coalition: Option<&Value>) -> Result<(), Unusable> {
    match schema {
        None => return Err(Unusable::NoSchema),
        Some(Value::Integer(n)) if *n == SCHEMA => {}
        Some(Value::Integer(n)) if *n > SCHEMA => return Err(Unusable::Newer(*n)),
        Some(other) => return Err(Unusable::NotSchemaOne(other.to_string())),
    }
    if !matches!(coalition, Some(Value::Table(_))) {
        return Err(Unusable::NoCoalition);
    }
    Ok(())
}

/// Validates a parsed file and builds its model.
pub fn validate(mut root: Table) -> Result<Validated, Unusable> {
    let findings = check(&mut root)?;
    Ok(Validated {
        coalition: model(root),
        findings,
    })
}

/// The known key a person most likely meant by `key`: the same key in
/// other capitals (`STATUS`), a list or register named by one of its
/// entries (`person` for `people`, `boundary` for `boundaries`), the nearest
/// one when near enough to be a typo (`statut` → `status`), or the only one
/// that has a word more or less (`denouncing` for `no_public_denouncing`).
fn meant<'k>(key: &str, known: impl IntoIterator<Item = &'k str>) -> Option<&'k str> {
    let key = key.to_lowercase();
    let known: Vec<&str> = known.into_iter().collect();
    known
        .iter()
        .copied()
        .find(|k| *k == key || is_singular_of(&key, k))
        .or_else(|| closest(&key, known.iter().copied()))
        .or_else(|| with_words_dropped_or_added(&key, &known))
}

/// Whether `key` names one entry of the list `plural` (`offer` of `offers`,
/// `boundary` of `boundaries`, `person` of `people`).
fn is_singular_of(key: &str, plural: &str) -> bool {
    schema::singular(plural) == Some(key)
        || plural.strip_suffix('s') == Some(key)
        || plural
            .strip_suffix("ies")
            .is_some_and(|stem| key.strip_suffix('y') == Some(stem))
}

/// The one known key whose words (`_`-separated) all are words of `key`, or
/// whose words include all of `key`'s: `feedback_days` for
/// `feedback_every_days`, `spectrum_position` for `spectrum`. None when no
/// key or more than one fits, so that a guess is never offered as an answer.
fn with_words_dropped_or_added<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    let words = |text: &str| -> BTreeSet<String> {
        text.split('_')
            .filter(|word| !word.is_empty())
            .map(str::to_string)
            .collect()
    };
    let typed = words(key);
    let mut fitting = known.iter().copied().filter(|k| {
        let theirs = words(k);
        theirs.is_subset(&typed) || typed.is_subset(&theirs)
    });
    match (fitting.next(), fitting.next()) {
        (Some(only), None) if !typed.is_empty() => Some(only),
        _ => None,
    }
}

/// A TOML local time on the minute (`18:30:00`) as the file's text for a
/// time of day (`"18:30"`): how `check` reads it.
pub fn local_time_text(value: &Value) -> Option<String> {
    match value {
        Value::Datetime(datetime) => match (datetime.date, datetime.time, datetime.offset) {
            (None, Some(t), None)
                if t.second.unwrap_or(0) == 0 && t.nanosecond.unwrap_or(0) == 0 =>
            {
                Some(format!("{:02}:{:02}", t.hour, t.minute))
            }
            _ => None,
        },
        _ => None,
    }
}

/// The model of data that `check` has validated.
pub fn model(validated: Table) -> Coalition {
    Value::Table(validated)
        .try_into::<Coalition>()
        .expect("validation leaves only values the model accepts")
}

/// Validates a parsed file, leaving in it only values the model accepts.
pub fn check(root: &mut Table) -> Result<Vec<Finding>, Unusable> {
    usable(root.get("schema"), root.get("coalition"))?;
    let mut validator = Validator {
        ids: collect_ids(root),
        findings: Vec::new(),
        assembly_dates: BTreeSet::new(),
        limit: None,
        silenced: 0,
    };
    validator.root(root);
    Ok(validator.findings)
}

/// For each boundary of a group (each table in its `boundaries`), whether
/// it has a `group` key and a `tactic` key.
fn boundary_targets(group: &Table) -> Vec<(bool, bool)> {
    let Some(Value::Array(boundaries)) = group.get("boundaries") else {
        return Vec::new();
    };
    boundaries
        .iter()
        .filter_map(Value::as_table)
        .map(|b| (b.contains_key("group"), b.contains_key("tactic")))
        .collect()
}

fn collect_ids(root: &Table) -> BTreeMap<Register, BTreeSet<String>> {
    Register::ALL
        .iter()
        .map(|&register| {
            let ids = match root.get(register.key()) {
                Some(Value::Table(entries)) => entries.keys().cloned().collect(),
                _ => BTreeSet::new(),
            };
            (register, ids)
        })
        .collect()
}

struct Validator {
    ids: BTreeMap<Register, BTreeSet<String>>,
    findings: Vec<Finding>,
    /// The dates of the assemblies (step 3 and the log), once validated:
    /// what a decision's `assembly` may name.
    assembly_dates: BTreeSet<String>,
    /// While checking one list: no findings past this count…
    limit: Option<usize>,
    /// …only a count of them.
    silenced: usize,
}

/// Where a value is, built as the walk descends and written out only for a
/// finding: `groups.a.boundaries[0]`.
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    fn index(&'a self, index: usize) -> Path<'a> {
        Path::Index(self, index)
    }
}

impl std::fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, key) => f.write_str(key),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

/// A value as a person would read it in a message.
fn shown(value: &Value) -> String {
    match value {
        Value::String(s) => crate::t!("valid-shown-text", text = s.as_str()),
        Value::Integer(n) => n.to_string(),
        // As TOML writes it (`1000.0` for `1e3`, `nan`), so that a decimal
        // number never reads as the whole number a person was asked for.
        Value::Float(_) => value.to_string(),
        Value::Boolean(b) => b.to_string(),
        Value::Datetime(d) => d.to_string(),
        Value::Array(_) => crate::t!("valid-shown-list"),
        Value::Table(_) => crate::t!("valid-shown-table"),
    }
}

/// At most this many findings about the elements of one list; the rest are
/// counted in one more finding.
const LIST_LIMIT: usize = 10;

impl Validator {
    fn push(&mut self, finding: Finding) {
        match self.limit {
            Some(limit) if self.findings.len() >= limit => self.silenced += 1,
            _ => self.findings.push(finding),
        }
    }

    fn invalid(&mut self, path: &Path<'_>, message: String) {
        self.push(Finding::error(
            code::INVALID_VALUE,
            path.to_string(),
            message,
        ));
    }

    fn root(&mut self, root: &mut Table) {
        for key in root.keys() {
            if !schema::TOP_LEVEL.contains(&key.as_str()) {
                self.unknown_key(&Path::Root.key(key), key, schema::TOP_LEVEL.iter().copied());
            }
        }
        self.table_at(root, "coalition", schema::COALITION);
        self.table_at(root, "agreements", schema::AGREEMENTS);
        self.table_at(root, "steps", schema::STEPS);
        for register in Register::ALL {
            self.register(root, register);
        }
        self.log(root, "assemblies", schema::ASSEMBLY);
        self.assemblies(root);
        self.log(root, "decisions", schema::DECISION);
        self.decided_by_assembly(root);
        self.log(root, "feedback", schema::FEEDBACK);
        self.dates_in_order(root);
    }

    /// The order of dates the commands keep, checked on the file too (it is
    /// edited by hand, and merged): a group leaves after it joined, and a
    /// decision is reviewed, and set for review, after it was taken. Dates are `YYYY-MM-DD` text
    /// by now, so they compare as text.
    fn dates_in_order(&mut self, root: &mut Table) {
        if let Some(Value::Table(groups)) = root.get_mut("groups") {
            let base = Path::Root.key("groups");
            for (id, group) in groups.iter_mut() {
                if let Some(group) = group.as_table_mut() {
                    let message = crate::t!("valid-left-before-joined");
                    self.not_before(group, &base.key(id), ("left", "joined"), &message);
                }
            }
        }
        if let Some(Value::Array(decisions)) = root.get_mut("decisions") {
            let list = Path::Root.key("decisions");
            for (index, decision) in decisions.iter_mut().enumerate() {
                if let Some(decision) = decision.as_table_mut() {
                    let message = crate::t!("valid-reviewed-before-taken");
                    self.not_before(decision, &list.index(index), ("reviewed", "date"), &message);
                    self.not_before(
                        decision,
                        &list.index(index),
                        ("review_on", "date"),
                        &message,
                    );
                }
            }
        }
    }

    /// `later` is not before `earlier` in `table`; when it is, it is an
    /// error and left out.
    fn not_before(
        &mut self,
        table: &mut Table,
        path: &Path<'_>,
        (later, earlier): (&str, &str),
        why: &str,
    ) {
        let date = |key| table.get(key).and_then(Value::as_str);
        if let (Some(then), Some(first)) = (date(later), date(earlier))
            && then < first
        {
            let message = crate::t!(
                "valid-date-before",
                later = later,
                then = then,
                earlier = earlier,
                first = first,
                why = why
            );
            table.remove(later);
            self.invalid(&path.key(later), message);
        }
    }

    /// The rules across the fields of the assemblies (step 3 and the log):
    /// an end after the start, and one assembly per date, since the date
    /// is how commands and decisions name an assembly.
    fn assemblies(&mut self, root: &mut Table) {
        let step = root
            .get_mut("steps")
            .and_then(|steps| steps.get_mut("assembly"))
            .and_then(Value::as_table_mut);
        if let Some(step) = step {
            let path = Path::Root.key("steps");
            self.start_and_end(step, &path.key("assembly"));
            self.answers_invited(step, &path.key("assembly"));
            if let Some(date) = step.get("date").and_then(Value::as_str) {
                self.assembly_dates.insert(date.to_string());
            }
        }
        let Some(Value::Array(entries)) = root.get_mut("assemblies") else {
            return;
        };
        let list = Path::Root.key("assemblies");
        for (index, entry) in entries.iter_mut().enumerate() {
            let Some(entry) = entry.as_table_mut() else {
                continue;
            };
            let here = list.index(index);
            self.start_and_end(entry, &here);
            self.answers_invited(entry, &here);
            let Some(date) = entry.get("date").and_then(Value::as_str) else {
                continue;
            };
            if !self.assembly_dates.insert(date.to_string()) {
                self.invalid(
                    &here.key("date"),
                    crate::t!("valid-assembly-twice", date = date),
                );
            }
        }
    }

    fn start_and_end(&mut self, assembly: &mut Table, path: &Path<'_>) {
        let time = |key| assembly.get(key).and_then(Value::as_str);
        if let (Some(start), Some(end)) = (time("start"), time("end"))
            && end <= start
        {
            let message = crate::t!("valid-end-before-start", end = end, start = start);
            assembly.remove("end");
            self.invalid(&path.key("end"), message);
        }
    }

    /// An answer is to an invitation: a group in `answered` is in
    /// `invited` too; one that is not is an error and left out.
    fn answers_invited(&mut self, assembly: &mut Table, path: &Path<'_>) {
        let invited = assembly
            .get("invited")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let Some(answered) = assembly.get_mut("answered") else {
            return;
        };
        self.each(
            answered,
            &path.key("answered"),
            "answered",
            |this, id, here| {
                if invited.contains(id) {
                    return true;
                }
                let id = id.as_str().unwrap_or_default();
                let message = crate::t!("valid-answered-not-invited", id = id);
                this.invalid(here, message);
                false
            },
        );
    }

    /// A decision names its assembly only when the assembly took it.
    fn decided_by_assembly(&mut self, root: &mut Table) {
        let Some(Value::Array(decisions)) = root.get_mut("decisions") else {
            return;
        };
        let list = Path::Root.key("decisions");
        for (index, decision) in decisions.iter_mut().enumerate() {
            let Some(decision) = decision.as_table_mut() else {
                continue;
            };
            let by = decision
                .get("by")
                .and_then(Value::as_str)
                .unwrap_or(BY_ASSEMBLY);
            if by != BY_ASSEMBLY && decision.contains_key("assembly") {
                let message = crate::t!("valid-assembly-not-by-assembly", by = by);
                decision.remove("assembly");
                self.invalid(&list.index(index).key("assembly"), message);
            }
        }
    }

    /// A key the schema does not define here, with the one it most likely
    /// means (`meant`) when there is one.
    fn unknown_key<'k>(
        &mut self,
        path: &Path<'_>,
        key: &str,
        known: impl IntoIterator<Item = &'k str>,
    ) {
        let message = match meant(key, known) {
            Some(near) => crate::t!("valid-unknown-key-near", key = key, near = near),
            None => crate::t!("valid-unknown-key", key = key),
        };
        self.push(Finding::info(code::UNKNOWN_KEY, path.to_string(), message));
    }

    /// A top-level table such as `[agreements]`.
    fn table_at(&mut self, root: &mut Table, key: &str, fields: &[Field]) {
        match root.get_mut(key) {
            None => {}
            Some(Value::Table(table)) => {
                self.fields(table, &Path::Root.key(key), fields);
            }
            Some(other) => {
                let message = crate::t!("valid-not-a-table", key = key, got = shown(other));
                root.remove(key);
                self.invalid(&Path::Root.key(key), message);
            }
        }
    }

    fn register(&mut self, root: &mut Table, register: Register) {
        let key = register.key();
        let entries = match root.get_mut(key) {
            None => return,
            Some(Value::Table(entries)) => entries,
            Some(other) => {
                let message = crate::t!("valid-not-a-register", key = key, got = shown(other));
                root.remove(key);
                self.invalid(&Path::Root.key(key), message);
                return;
            }
        };
        let fields = schema::entry_fields(register);
        let mut drop = Vec::new();
        let base = Path::Root.key(key);
        for (id, entry) in entries.iter_mut() {
            let path = base.key(id);
            if !is_valid_id(id) {
                self.invalid(&path, super::id::not_an_id(id));
            }
            if register == Register::Committees && id == BY_ASSEMBLY {
                self.invalid(&path, crate::t!("valid-assembly-committee"));
            }
            let Value::Table(entry) = entry else {
                self.invalid(
                    &path,
                    crate::t!(
                        "valid-entry-not-a-table",
                        register = register.key(),
                        got = shown(entry)
                    ),
                );
                drop.push(id.clone());
                continue;
            };
            // What each boundary names, before a reference to nothing is
            // left out of it: that is one error, not also "names nothing".
            let named = if register == Register::Groups {
                boundary_targets(entry)
            } else {
                Vec::new()
            };
            if !self.fields(entry, &path, fields) {
                // Keep the entry, so references to it stay valid; fall back to its id.
                entry
                    .entry("name")
                    .or_insert_with(|| Value::String(id.clone()));
            }
            if register == Register::Groups {
                self.boundaries(entry, id, &path, &named);
            }
        }
        for id in drop {
            entries.remove(&id);
        }
    }

    /// The extra rules of a group's boundaries: exactly one of `group` and
    /// `tactic`, and never against the group itself.
    fn boundaries(&mut self, group: &mut Table, id: &str, path: &Path<'_>, named: &[(bool, bool)]) {
        let Some(Value::Array(boundaries)) = group.get_mut("boundaries") else {
            return;
        };
        let mut index = 0;
        let list = path.key("boundaries");
        boundaries.retain(|boundary| {
            let here = list.index(index);
            index += 1;
            let Value::Table(boundary) = boundary else {
                return false;
            };
            let against_group = boundary.get("group").and_then(Value::as_str);
            let (names_group, names_tactic) = named.get(index - 1).copied().unwrap_or((
                boundary.contains_key("group"),
                boundary.contains_key("tactic"),
            ));
            let problem = match (names_group, names_tactic) {
                (true, true) => Some(crate::t!("valid-boundary-both")),
                (false, false) => Some(crate::t!("valid-boundary-neither")),
                (true, false) if against_group == Some(id) => {
                    Some(crate::t!("valid-boundary-itself", id = id))
                }
                _ => None,
            };
            match problem {
                Some(message) => {
                    self.invalid(&here, message);
                    false
                }
                None => true,
            }
        });
    }

    fn log(&mut self, root: &mut Table, key: &str, fields: &[Field]) {
        if let Some(value) = root.get_mut(key)
            && !self.list(value, &Path::Root.key(key), fields)
        {
            root.remove(key);
        }
    }

    /// Checks an array of tables in place, dropping entries that lack a
    /// required field. Returns false when the value is not an array at all.
    fn list(&mut self, value: &mut Value, path: &Path<'_>, fields: &[Field]) -> bool {
        let Value::Array(entries) = value else {
            let message = crate::t!(
                "valid-not-a-list-of-tables",
                key = path.to_string(),
                got = shown(value)
            );
            self.invalid(path, message);
            return false;
        };
        let mut index = 0;
        entries.retain_mut(|entry| {
            let here = path.index(index);
            index += 1;
            match entry {
                Value::Table(table) => self.fields(table, &here, fields),
                other => {
                    let message = crate::t!("valid-entry-must-be-table", got = shown(other));
                    self.invalid(&here, message);
                    false
                }
            }
        });
        true
    }

    /// Checks the fields of one table in place, removing bad values.
    /// Returns whether every required field is present and valid.
    fn fields(&mut self, table: &mut Table, path: &Path<'_>, fields: &[Field]) -> bool {
        for key in table.keys() {
            if !fields.iter().any(|f| f.key == key) {
                self.unknown_key(&path.key(key), key, fields.iter().map(|f| f.key));
            }
        }
        let mut complete = true;
        for field in fields {
            let here = path.key(field.key);
            let keep = match table.get_mut(field.key) {
                None => {
                    if field.required {
                        self.invalid(&here, crate::t!("valid-required", key = field.key));
                        complete = false;
                    }
                    continue;
                }
                Some(value) => self.value(value, &here, field),
            };
            if !keep {
                table.remove(field.key);
                complete &= !field.required;
            }
        }
        complete
    }

    /// Checks one value, possibly cleaning it in place (dates become text for
    /// the model, bad list elements are dropped). Returns whether to keep it.
    fn value(&mut self, value: &mut Value, path: &Path<'_>, field: &Field) -> bool {
        let key = field.key;
        match field.ty {
            Ty::Text => match value.as_str() {
                Some(text) if field.required && blank(text) => {
                    self.invalid(path, format!("`{key}` {}", blank_problem(text)));
                    false
                }
                Some(_) => true,
                None => self.wrong_type(path, key, &crate::t!("valid-expected-text"), value),
            },
            Ty::Bool => {
                value.is_bool()
                    || self.wrong_type(path, key, &crate::t!("valid-expected-bool"), value)
            }
            Ty::Int { min, max } => self.int(value, path, key, min, max),
            Ty::Date => self.date(value, path, key),
            Ty::Time => self.time(value, path, key),
            Ty::Texts => self.each(value, path, key, |this, element, here| {
                match element.as_str() {
                    Some(text) if blank(text) => {
                        let problem = blank_problem(text);
                        this.invalid(
                            here,
                            crate::t!("valid-blank-element", key = key, problem = problem),
                        );
                        false
                    }
                    Some(_) => true,
                    None => this.wrong_type(here, key, &crate::t!("valid-expected-text"), element),
                }
            }),
            Ty::AssemblyDate => self.date(value, path, key) && self.assembly_date(value, path, key),
            Ty::Word(vocab) => match value.as_str() {
                Some(word) => match (vocab.check)(word) {
                    Ok(()) => true,
                    Err(message) => {
                        self.invalid(path, crate::t!("valid-word", key = key, message = message));
                        false
                    }
                },
                None => {
                    let expected =
                        crate::t!("valid-expected-one-of", words = (vocab.words)().join(", "));
                    self.wrong_type(path, key, &expected, value)
                }
            },
            Ty::Words(vocab) => self.each(value, path, key, |this, element, here| {
                match element.as_str().map(vocab.check) {
                    Some(Ok(())) => true,
                    Some(Err(message)) => {
                        this.invalid(here, crate::t!("valid-word", key = key, message = message));
                        false
                    }
                    None => this.wrong_type(here, key, &crate::t!("valid-expected-text"), element),
                }
            }),
            Ty::Ref(register) => self.reference(value, path, key, register),
            Ty::Refs(register) => {
                let mut seen = BTreeSet::new();
                self.each(value, path, key, |this, element, here| {
                    this.reference(element, here, key, register)
                        && this.first(&mut seen, element, here, key)
                })
            }
            Ty::DecidedBy => match value.as_str() {
                Some(BY_ASSEMBLY) => true,
                Some(_) => self.reference(value, path, key, Register::Committees),
                None => self.wrong_type(path, key, &crate::t!("valid-expected-decided-by"), value),
            },
            Ty::Resources => self.resources(value, path, key),
            Ty::Table(fields) => match value {
                Value::Table(table) => {
                    self.fields(table, path, fields);
                    true
                }
                other => self.wrong_type(path, key, &crate::t!("valid-expected-table"), other),
            },
            Ty::List(fields) => self.list(value, path, fields),
        }
    }

    /// An id listed a second time in one list is left out: a group that
    /// answered twice is one answer, a tactic used twice one tactic.
    fn first(
        &mut self,
        seen: &mut BTreeSet<String>,
        element: &Value,
        path: &Path<'_>,
        key: &str,
    ) -> bool {
        let id = element.as_str().unwrap_or_default();
        if seen.insert(id.to_string()) {
            return true;
        }
        self.invalid(path, crate::t!("valid-listed-twice", id = id, key = key));
        false
    }

    fn wrong_type(&mut self, path: &Path<'_>, key: &str, expected: &str, got: &Value) -> bool {
        self.invalid(
            path,
            crate::t!(
                "valid-wrong-type",
                key = key,
                expected = expected,
                got = shown(got)
            ),
        );
        false
    }

    fn int(&mut self, value: &Value, path: &Path<'_>, key: &str, min: i64, max: i64) -> bool {
        // Bounds as text: a bound is written as in the file, not grouped.
        let range = if max == i64::MAX {
            crate::t!("valid-range-from", min = min.to_string())
        } else {
            crate::t!("valid-range", min = min.to_string(), max = max.to_string())
        };
        match value.as_integer() {
            Some(n) if (min..=max).contains(&n) => true,
            Some(n) => {
                let got = n.to_string();
                self.invalid(
                    path,
                    crate::t!("valid-out-of-range", key = key, range = range, got = got),
                );
                false
            }
            None => {
                let expected = crate::t!("valid-expected-whole-number", range = range);
                self.wrong_type(path, key, &expected, value)
            }
        }
    }

    fn date(&mut self, value: &mut Value, path: &Path<'_>, key: &str) -> bool {
        if let Value::Datetime(datetime) = value
            && let (Some(date), None, None) = (datetime.date, datetime.time, datetime.offset)
        {
            *value = Value::String(date.to_string());
            return true;
        }
        self.wrong_type(path, key, &crate::t!("valid-expected-date"), value)
    }

    /// `"18:30"`; a TOML local time (`18:30:00`) becomes that text.
    fn time(&mut self, value: &mut Value, path: &Path<'_>, key: &str) -> bool {
        if let Some(text) = local_time_text(value) {
            *value = Value::String(text);
            return true;
        }
        match value.as_str() {
            Some(text) if time(text).as_deref() == Ok(text) => true,
            _ => self.wrong_type(path, key, &crate::t!("valid-expected-time"), value),
        }
    }

    /// The date of an assembly in the file (validated: text by now).
    fn assembly_date(&mut self, value: &Value, path: &Path<'_>, key: &str) -> bool {
        let date = value.as_str().unwrap_or_default();
        if self.assembly_dates.contains(date) {
            return true;
        }
        let known: Vec<&str> = self.assembly_dates.iter().map(String::as_str).collect();
        let message = match known.as_slice() {
            [] => crate::t!("valid-no-assembly-yet", key = key, date = date),
            dates => crate::t!(
                "valid-no-assembly-on",
                key = key,
                date = date,
                dates = dates.join(", ")
            ),
        };
        self.push(Finding::error(
            code::INVALID_REFERENCE,
            path.to_string(),
            message,
        ));
        false
    }

    fn reference(&mut self, value: &Value, path: &Path<'_>, key: &str, register: Register) -> bool {
        let Some(id) = value.as_str() else {
            let expected = crate::t!("valid-expected-id", register = register.key());
            return self.wrong_type(path, key, &expected, value);
        };
        let ids = &self.ids[&register];
        if ids.contains(id) {
            return true;
        }
        let register = register.key();
        let message = match closest(id, ids.iter().map(String::as_str)) {
            Some(near) => crate::t!(
                "valid-names-nothing-near",
                key = key,
                register = register,
                id = id,
                near = near
            ),
            None => crate::t!(
                "valid-names-nothing",
                key = key,
                register = register,
                id = id
            ),
        };
        self.push(Finding::error(
            code::INVALID_REFERENCE,
            path.to_string(),
            message,
        ));
        false
    }

    /// Checks each element of an array, dropping the bad ones.
    fn each(
        &mut self,
        value: &mut Value,
        path: &Path<'_>,
        key: &str,
        mut check: impl FnMut(&mut Self, &mut Value, &Path<'_>) -> bool,
    ) -> bool {
        let Value::Array(elements) = value else {
            return self.wrong_type(path, key, &crate::t!("valid-expected-list"), value);
        };
        let mut index = 0;
        let outer = self.limit.replace(self.findings.len() + LIST_LIMIT);
        elements.retain_mut(|element| {
            let here = path.index(index);
            index += 1;
            check(self, element, &here)
        });
        self.limit = outer;
        let silenced = std::mem::take(&mut self.silenced);
        if silenced > 0 {
            let code = self.findings.last().map_or(code::INVALID_VALUE, |f| f.code);
            self.push(Finding::error(
                code,
                path.to_string(),
                crate::t!("valid-more-like-these", count = silenced, key = key),
            ));
        }
        true
    }

    fn resources(&mut self, value: &mut Value, path: &Path<'_>, key: &str) -> bool {
        let Value::Table(resources) = value else {
            return self.wrong_type(path, key, &crate::t!("valid-expected-resources"), value);
        };
        resources.retain(|kind, details| {
            let here = path.key(kind);
            if let Err(message) = (schema::RESOURCE.check)(kind) {
                self.invalid(&here, crate::t!("valid-word", key = key, message = message));
                false
            } else {
                self.details(details, &here, kind)
            }
        });
        true
    }

    /// The details of one resource type: a text, or a list of texts that
    /// each show something. A list left with none is left out.
    fn details(&mut self, details: &mut Value, path: &Path<'_>, kind: &str) -> bool {
        match details {
            // What the coal before several details wrote for `--offer TYPE=`.
            Value::String(text) if blank(text) => {
                let problem = crate::t!(
                    "valid-blank-detail",
                    kind = kind,
                    problem = blank_problem(text)
                );
                self.invalid(path, problem);
                false
            }
            Value::String(_) => true,
            Value::Array(_) => {
                self.each(details, path, kind, |this, detail, here| {
                    match detail.as_str() {
                        Some(text) if blank(text) => {
                            this.invalid(
                                here,
                                crate::t!(
                                    "valid-blank-detail-of",
                                    kind = kind,
                                    problem = blank_problem(text)
                                ),
                            );
                            false
                        }
                        Some(_) => true,
                        None => {
                            let expected = crate::t!("valid-expected-text");
                            this.wrong_type(here, kind, &expected, detail)
                        }
                    }
                });
                let empty = details.as_array().is_some_and(Vec::is_empty);
                if empty {
                    self.invalid(path, crate::t!("valid-no-detail", kind = kind));
                }
                !empty
            }
            other => {
                let expected = crate::t!("valid-expected-details");
                self.wrong_type(path, kind, &expected, other)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::finding::Severity;

    fn run(text: &str) -> Result<Validated, Unusable> {
        validate(text.parse::<Table>().unwrap())
    }

    const HEAD: &str = "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n";

    fn findings(body: &str) -> Vec<(String, String, String)> {
        let validated = run(&format!("{HEAD}{body}")).unwrap();
        validated
            .findings
            .into_iter()
            .map(|f| (f.code.to_string(), f.path, f.message))
            .collect()
    }

    #[test]
    fn schema_problems_make_the_file_unusable() {
        assert_eq!(run("[coalition]\n").err(), Some(Unusable::NoSchema));
        assert_eq!(run("schema = 2\n").err(), Some(Unusable::Newer(2)));
        assert_eq!(
            run("schema = \"1\"\n").err(),
            Some(Unusable::NotSchemaOne("\"1\"".into()))
        );
        assert_eq!(run("schema = 1\n").err(), Some(Unusable::NoCoalition));
    }

    #[test]
    fn a_minimal_file_is_clean_and_takes_the_defaults() {
        let validated = run(HEAD).unwrap();
        assert!(validated.findings.is_empty());
        assert_eq!(validated.coalition.agreements.feedback_every_days, 90);
        assert!(validated.coalition.agreements.no_public_denouncing);
    }

    #[test]
    fn out_of_range_and_wrong_types_are_findings_and_left_out() {
        let body = "[groups.a]\nname = \"A\"\npower = 7\ninterest = \"high\"\nstatus = \"ally\"\n";
        let validated = run(&format!("{HEAD}{body}")).unwrap();
        let messages: Vec<_> = validated
            .findings
            .iter()
            .map(|f| f.message.as_str())
            .collect();
        assert!(
            messages.contains(&"`power` must be 1 to 5, got 7"),
            "{messages:?}"
        );
        assert!(
            messages.contains(&"`interest` must be a whole number, 1 to 5, got the text \"high\""),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("valid statuses: prospect, contacted"))
        );
        assert!(
            validated
                .findings
                .iter()
                .all(|f| f.severity == Severity::Error)
        );
        let group = &validated.coalition.groups["a"];
        assert_eq!(group.power, None);
        assert_eq!(group.interest, None);
    }

    #[test]
    fn references_must_name_existing_entries() {
        let found = findings(
            "[groups.sol-migrant]\nname = \"S\"\n[spaces.chat]\nname = \"Chat\"\ngroups = [\"sol-migrnt\", \"sol-migrant\"]\n",
        );
        assert_eq!(
            found,
            vec![(
                "invalid-reference".into(),
                "spaces.chat.groups[0]".into(),
                "`groups` names no group `sol-migrnt`; did you mean `sol-migrant`?".into()
            )]
        );
    }

    #[test]
    fn unknown_keys_are_infos() {
        let found = findings("colour = \"red\"\n[groups.a]\nname = \"A\"\nsize = 3\n");
        let codes: Vec<_> = found
            .iter()
            .map(|(c, p, _)| (c.as_str(), p.as_str()))
            .collect();
        assert_eq!(
            codes,
            vec![
                ("unknown-key", "coalition.colour"),
                ("unknown-key", "groups.a.size")
            ]
        );
    }

    #[test]
    fn an_unknown_key_is_told_the_key_it_most_likely_means() {
        let top = schema::TOP_LEVEL.iter().copied();
        assert_eq!(meant("person", top.clone()), Some("people"));
        assert_eq!(meant("Assembly", top.clone()), Some("assemblies"));
        assert_eq!(meant("decision", top.clone()), Some("decisions"));
        assert_eq!(meant("TACTIC", top.clone()), Some("tactics"));
        assert_eq!(meant("FEEDBACK", top.clone()), Some("feedback"));
        assert_eq!(meant("colour", top), None);
        let fields = || schema::entry_fields(Register::Groups).iter().map(|f| f.key);
        assert_eq!(meant("STATUS", fields()), Some("status"));
        assert_eq!(meant("Statut", fields()), Some("status"));
        assert_eq!(meant("statut", fields()), Some("status"));
        assert_eq!(meant("size", fields()), None);
        assert_eq!(meant("boundary", fields()), Some("boundaries"));
        assert_eq!(meant("offer", fields()), Some("offers"));
        assert_eq!(meant("spectrum_position", fields()), Some("spectrum"));
        assert_eq!(meant("zzzz", fields()), None);
        assert_eq!(meant("_", fields()), None);
        let agreements = || schema::AGREEMENTS.iter().map(|f| f.key);
        assert_eq!(
            meant("denouncing", agreements()),
            Some("no_public_denouncing")
        );
        assert_eq!(
            meant("feedback_days", agreements()),
            Some("feedback_every_days")
        );
    }

    #[test]
    fn boundaries_name_exactly_one_thing_and_never_the_group_itself() {
        let found = findings(
            "[tactics.t]\nname = \"T\"\n[groups.a]\nname = \"A\"\nboundaries = [{ group = \"a\" }, { group = \"a\", tactic = \"t\" }, { reason = \"x\" }, { tactic = \"t\" }]\n",
        );
        let paths: Vec<_> = found.iter().map(|(_, p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            vec![
                "groups.a.boundaries[0]",
                "groups.a.boundaries[1]",
                "groups.a.boundaries[2]"
            ]
        );
    }

    #[test]
    fn log_entries_missing_a_required_field_are_reported_and_left_out() {
        let text = format!(
            "{HEAD}[groups.a]\nname = \"A\"\n[[feedback]]\ndate = 2026-11-01\ngroup = \"a\"\n[[feedback]]\ndate = 2026-11-02\ngroup = \"a\"\ntext = \"ok\"\n"
        );
        let validated = run(&text).unwrap();
        assert_eq!(validated.coalition.feedback.len(), 1);
        assert_eq!(validated.findings[0].path, "feedback[0].text");
    }

    #[test]
    fn a_group_without_a_name_keeps_its_id_as_name() {
        let validated = run(&format!("{HEAD}[groups.a]\npower = 2\n")).unwrap();
        assert_eq!(validated.coalition.groups["a"].name, "a");
        assert_eq!(validated.findings[0].message, "`name` is required");
    }

    #[test]
    fn a_committee_cannot_be_called_assembly() {
        let found = findings("[committees.assembly]\nname = \"A\"\n");
        assert_eq!(found[0].1, "committees.assembly");
        assert!(found[0].2.contains("means the whole assembly"));
    }

    #[test]
    fn a_long_bad_list_gives_a_bounded_number_of_findings() {
        let roles: Vec<String> = (0..1000).map(|i| format!("\"r{i}\"")).collect();
        let found = findings(&format!(
            "[groups.a]\nname = \"A\"\nroles = [{}]\n",
            roles.join(", ")
        ));
        assert_eq!(found.len(), 11);
        assert_eq!(found[10].2, "and 990 more like these in `roles`");
        assert_eq!(found[10].1, "groups.a.roles");
    }

    #[test]
    fn dates_must_be_toml_dates() {
        let found = findings("created = \"2026-11-25\"\n");
        assert_eq!(
            found[0].2,
            "`created` must be a date written like 2026-11-25 (no quotes), got the text \"2026-11-25\""
        );
        let validated = run(&format!("{HEAD}created = 2026-11-25\n")).unwrap();
        assert_eq!(
            validated.coalition.coalition.created.unwrap().to_string(),
            "2026-11-25"
        );
    }
}
