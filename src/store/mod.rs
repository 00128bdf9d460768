//! The coalition file on disk: finding, loading, locking, editing, writing.

pub mod document;
pub mod find;
pub mod format;
pub mod lines;
pub mod load;
pub mod parse;
pub mod refs;
pub mod write;

use std::path::Path;

use toml_edit::DocumentMut;

use std::cell::OnceCell;

use crate::check;
use crate::error::{Error, Result};
use crate::model::finding::{Finding, Severity, added_errors};
use crate::model::id::{meant, named};
use crate::model::validate;
use crate::model::validate::Validated;
use crate::model::{Coalition, Register};

pub use find::locate;
pub use load::{Loaded, load};

/// What became of an edit.
pub enum Outcome {
    Written,
    /// `--dry-run`: the unified diff of what would have been written.
    DryRun(String),
    Unchanged,
}

/// The file as it was before an edit. Its model is built only when asked
/// for: most edits never need it, and on a large file it is not free.
pub struct Before<'a> {
    path: &'a Path,
    text: &'a str,
    validated: OnceCell<Validated>,
    renamed: OnceCell<(Register, String, String)>,
}

impl Before<'_> {
    pub fn validated(&self) -> Result<&Validated> {
        if let Some(validated) = self.validated.get() {
            return Ok(validated);
        }
        let validated = load::parse(self.path, self.text)?;
        Ok(self.validated.get_or_init(|| validated))
    }

    pub fn coalition(&self) -> Result<&Coalition> {
        Ok(&self.validated()?.coalition)
    }

    /// Says the edit gives entry `old` the id `new`: its result is then
    /// compared with the file as it was, renamed the same way, so that an
    /// error the file already had stays the same error under the new id.
    pub fn renaming(&self, register: Register, old: &str, new: &str) {
        let _ = self
            .renamed
            .set((register, old.to_string(), new.to_string()));
    }

    /// The errors the file had (renamed as the edit said), and its data as
    /// parsed, where their subjects are read.
    fn errors(&self) -> Result<(Vec<Finding>, toml::Table)> {
        let Some((register, old, new)) = self.renamed.get() else {
            let validated = self.validated()?;
            let data = parse::table(self.text).unwrap_or_default();
            return Ok((
                check::errors(&validated.coalition, &validated.findings),
                data,
            ));
        };
        let mut doc: DocumentMut = self.text.parse().unwrap_or_default();
        refs::rename(&mut doc, *register, old, new);
        document::rename_entry(&mut doc, *register, old, new);
        let data = document::data(&doc);
        let errors = validate::validate(data.clone())
            .map(|renamed| check::errors(&renamed.coalition, &renamed.findings))
            .unwrap_or_default();
        Ok((errors, data))
    }
}

/// Edits the file at `path` as one transaction: under the lock, read it,
/// let `change` edit its document, check that the result adds no error, and
/// write it atomically (or, with `dry_run`, only show the diff). On any error
/// nothing is written.
pub fn edit<T>(
    path: &Path,
    dry_run: bool,
    change: impl FnOnce(&mut DocumentMut, &Before) -> Result<T>,
) -> Result<(T, Outcome)> {
    let target = write::target(path);
    let _lock = write::Lock::acquire(&target)?;
    write::remove_stale_temporaries(&target);
    let raw = load::read_as_is(path)?;
    let bom = raw.starts_with(load::BOM);
    let text = raw.strip_prefix(load::BOM).unwrap_or(&raw);
    let before = Before {
        path,
        text,
        validated: OnceCell::new(),
        renamed: OnceCell::new(),
    };
    let mut doc: DocumentMut = match text.parse() {
        Ok(doc) => doc,
        // The toml crate's error names the line; use it.
        Err(err) => {
            before.validated()?;
            return Err(Error::file(format!(
                "{} could not be read for editing: {err}",
                path.display()
            )));
        }
    };
    let item = |key: &str| doc.get(key).and_then(document::item_data);
    crate::model::validate::usable(item("schema").as_ref(), item("coalition").as_ref())
        .map_err(|unusable| unusable_file(path, &unusable))?;
    let result = change(&mut doc, &before)?;
    if crlf(text) {
        document::escape_new_line_breaks(&mut doc);
    }
    // The written text is what toml_edit writes; its data is the document's.
    // Both are made at once, on two cores.
    let (new_text, after) = std::thread::scope(|scope| {
        let written = scope.spawn(|| {
            let written = with_line_endings_of(text, doc.to_string());
            if bom {
                format!("{}{written}", load::BOM)
            } else {
                written
            }
        });
        let mut data = document::data(&doc);
        let after = validate::check(&mut data).map(|findings| {
            if check::may_find_errors(&data) {
                check::errors(&validate::model(data), &findings)
            } else {
                findings
                    .into_iter()
                    .filter(|finding| finding.severity == Severity::Error)
                    .collect()
            }
        });
        let written = written
            .join()
            .expect("serialising a document does not panic");
        (written, after)
    });
    if new_text == raw {
        return Ok((result, Outcome::Unchanged));
    }
    let after = after.map_err(|unusable| unusable_file(path, &unusable))?;
    if !after.is_empty() {
        let (before_errors, before_data) = before.errors()?;
        let after_data = document::data(&doc);
        let added = added_errors(&before_errors, &before_data, &after, &after_data);
        refuse(&added, &after_data)?;
    }
    if dry_run {
        return Ok((result, Outcome::DryRun(diff(path, &raw, &new_text))));
    }
    write::atomic_write(&target, new_text.as_bytes())?;
    Ok((result, Outcome::Written))
}

pub(crate) fn unusable_file(path: &Path, unusable: &crate::model::validate::Unusable) -> Error {
    let hint = match unusable {
        crate::model::validate::Unusable::Newer(_) => "install a newer coal to work on this file",
        _ => {
            "a coalition file starts with `schema = 1` and a `[coalition]` table; `coal init` writes one"
        }
    };
    Error::file(format!(
        "{} cannot be used: {}",
        path.display(),
        unusable.message()
    ))
    .hint(hint)
}

/// The text of a file in canonical layout (`coal fmt`).
pub fn formatted(path: &Path, text: &str) -> Result<String> {
    load::parse(path, text)?;
    let mut doc: DocumentMut = text.parse().map_err(|err| {
        Error::file(format!(
            "{} could not be read for editing: {err}",
            path.display()
        ))
    })?;
    format::format(&mut doc);
    Ok(with_line_endings_of(text, doc.to_string()))
}

/// Creates (or with `overwrite`, replaces) a file, under the lock.
pub fn create(path: &Path, text: &str, overwrite: bool) -> Result<()> {
    let target = write::target(path);
    let _lock = write::Lock::acquire(&target)?;
    if !overwrite && target.exists() {
        return Err(already_exists(path));
    }
    write::atomic_write(&target, text.as_bytes())
}

pub fn already_exists(path: &Path) -> Error {
    Error::usage(format!("{} already exists", path.display()))
        .hint("use `--force` to replace it, or `--file PATH` to create another one")
}

/// Refuses an edit that adds errors, naming each, and for a boundary the
/// way forward (`data`: the file as it would be).
fn refuse(added: &[&Finding], data: &toml::Table) -> Result<()> {
    if added.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = added
        .iter()
        .map(|f| format!("  {}: {}", f.path, f.message))
        .collect();
    let error = Error::usage(format!(
        "this change would make the coalition file invalid, so nothing was written:\n{}",
        lines.join("\n")
    ));
    let boundary = added
        .iter()
        .find(|f| f.code == check::code::BOUNDARY_VIOLATION);
    Err(match boundary {
        Some(violation) => {
            let lift = match lift_boundary(&violation.path, data) {
                Some(command) => format!(
                    "lift it with `{command}` or change it in `{}`",
                    violation.path
                ),
                None => format!("change or remove it in `{}`", violation.path),
            };
            error.hint(format!(
                "seat the two groups apart (not both in {}); if the group says its boundary no longer holds, {lift} first",
                violation.about
            ))
        }
        None => error,
    })
}

/// The whole command that lifts the boundary at `groups.ID.boundaries[N]`,
/// ready to run without a terminal.
fn lift_boundary(path: &str, data: &toml::Table) -> Option<String> {
    let (id, index) = path.strip_prefix("groups.")?.split_once(".boundaries[")?;
    let index: usize = index.strip_suffix(']')?.parse().ok()?;
    let boundary = data.get("groups")?.get(id)?.get("boundaries")?.get(index)?;
    let (key, against) = ["group", "tactic"]
        .into_iter()
        .find_map(|key| Some((key, boundary.get(key)?.as_str()?)))?;
    Some(format!(
        "coal remove-boundary {id} --against-{key} {against}"
    ))
}

/// Whether a text's lines end in CRLF (as its first one does).
fn crlf(text: &str) -> bool {
    text.find('\n').is_some_and(|i| text[..i].ends_with('\r'))
}

/// `toml_edit` writes `\n`; a file kept in CRLF stays CRLF.
pub(crate) fn with_line_endings_of(original: &str, text: String) -> String {
    if crlf(original) {
        text.replace("\r\n", "\n").replace('\n', "\r\n")
    } else {
        text
    }
}

pub fn diff(path: &Path, old: &str, new: &str) -> String {
    let name = path.display().to_string();
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&name, &name)
        .to_string()
}

/// `require` for each id.
pub fn require_all(doc: &DocumentMut, register: Register, ids: &[String]) -> Result<()> {
    ids.iter().try_for_each(|id| require(doc, register, id))
}

/// Fails unless the register has an entry `id`; the error names the entry
/// most likely meant, by its name or a near id, when there is one.
pub fn require(doc: &DocumentMut, register: Register, id: &str) -> Result<()> {
    if document::entry(doc, register, id).is_some() {
        return Ok(());
    }
    let existing = document::names(doc, register);
    if named(id, &existing).is_empty()
        && let Some(hint) = of_another_kind(doc, register, id)
    {
        let kind = register.singular();
        return Err(Error::usage(format!("there is no {kind} `{id}`")).hint(hint));
    }
    Err(no_entry(register, id, &existing))
}

/// When `id` is the id or the name of an entry of another register (a
/// tactic given as a group), says so and which command shows it.
fn of_another_kind(doc: &DocumentMut, register: Register, id: &str) -> Option<String> {
    Register::ALL
        .into_iter()
        .filter(|other| *other != register)
        .find_map(|other| {
            let kind = other.singular();
            if document::entry(doc, other, id).is_some() {
                return Some(format!("`{id}` is a {kind}: `coal show {kind} {id}`"));
            }
            let names = document::names(doc, other);
            let found = *named(id, &names).first()?;
            Some(format!(
                "`{id}` is the name of {kind} `{found}`: `coal show {kind} {found}`"
            ))
        })
}

/// The error for a group id that names no group of `coalition`.
pub fn no_group(coalition: &crate::model::Coalition, id: &str) -> Error {
    let existing: Vec<(String, String)> = coalition
        .groups
        .iter()
        .map(|(id, g)| (id.clone(), g.name.clone()))
        .collect();
    no_entry(Register::Groups, id, &existing)
}

/// The error for an id that names no entry among `existing` (id and name):
/// a name given for an id leads to that entry's id, a typo to the nearest.
/// The one place where every command's unknown id is explained.
pub fn no_entry(register: Register, id: &str, existing: &[(String, String)]) -> Error {
    let kind = register.singular();
    let error = Error::usage(format!("there is no {kind} `{id}`"));
    // A name several entries share leads to all of them, not to one.
    let bearers = named(id, existing);
    if bearers.len() > 1 {
        let ids: Vec<String> = bearers.iter().map(|id| format!("`{id}`")).collect();
        return error.hint(format!(
            "`{id}` is the name of {} {}: give the id of the one you mean",
            register.key(),
            ids.join(" and ")
        ));
    }
    match meant(id, existing) {
        Some((near, true)) => error.hint(format!(
            "`{id}` is the name of {kind} `{near}`: give its id, `{near}`"
        )),
        Some((near, false)) => error.hint(format!("did you mean `{near}`?")),
        None => error.hint(format!("`coal list {}` shows them all", register.key())),
    }
}

/// The folder holding `path` (`.` for a bare file name).
pub fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}
