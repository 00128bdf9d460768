//! The coalition file on disk: finding, loading, locking, editing, writing.

pub mod document;
pub mod find;
pub mod format;
pub mod lines;
pub mod load;
pub mod parse;
pub mod private;
pub mod refs;
pub mod seal;
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
use crate::t;

pub use find::locate;
pub use load::{Loaded, load};
use private::Overlay;

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
///
/// With a private overlay, `change` edits the coalition merged from both
/// files, and the result is split again (`private::split`): what is
/// internal goes to the overlay, plain or sealed, the rest to the file.
pub fn edit<T>(
    path: &Path,
    dry_run: bool,
    change: impl FnOnce(&mut DocumentMut, &Before) -> Result<T>,
) -> Result<(T, Outcome)> {
    let target = write::target(path);
    let _lock = write::Lock::acquire(&target)?;
    write::remove_stale_temporaries(&target);
    // The overlay's too, under the same lock: a killed write of the plain
    // one would leave private data in plain text beside it.
    let paths = private::paths(path);
    for overlay in [&paths.plain, &paths.sealed] {
        write::remove_stale_temporaries(&write::target(overlay));
    }
    let raw = load::read_as_is(path)?;
    let bom = raw.starts_with(load::BOM);
    let text = raw.strip_prefix(load::BOM).unwrap_or(&raw);
    let overlay = match private::read(path)? {
        Overlay::None => None,
        Overlay::Read {
            text: overlay,
            from,
            sealed,
        } => Some((overlay, from, sealed)),
        Overlay::Unread { from, why } => return Err(private::cannot_edit(&from, why)),
    };
    let mut doc: DocumentMut = match text.parse() {
        Ok(doc) => doc,
        // The toml crate's error names the line; use it.
        Err(err) => {
            load::parse(path, text)?;
            return Err(unreadable_for_editing(path, &err));
        }
    };
    let item = |key: &str| doc.get(key).and_then(document::item_data);
    crate::model::validate::usable(item("schema").as_ref(), item("coalition").as_ref())
        .map_err(|unusable| unusable_file(path, &unusable))?;
    let merged;
    let mut overlay_before = None;
    if let Some((overlay, from, _)) = &overlay {
        let overlay_doc: DocumentMut = match overlay.parse() {
            Ok(doc) => doc,
            Err(err) => {
                load::table(from, overlay)?;
                return Err(unreadable_for_editing(from, &err));
            }
        };
        overlay_before = Some(document::data(&overlay_doc));
        let files = private::Files {
            shared: path,
            overlay: from,
        };
        private::merge(&mut doc, overlay_doc, &files)?;
        merged = doc.to_string();
    } else {
        merged = String::new();
    }
    let before = Before {
        path,
        text: if overlay.is_some() { &merged } else { text },
        validated: OnceCell::new(),
        renamed: OnceCell::new(),
    };
    let result = change(&mut doc, &before)?;
    if crlf(text) {
        document::escape_new_line_breaks(&mut doc);
    }
    let mut data = document::data(&doc);
    // The overlay's part is taken out of the document; what is left is the
    // shared file. Both are checked as one coalition.
    let (split, after_data) = match &overlay {
        Some(_) => {
            let after_data = data.clone();
            (
                Some(private::split(&mut doc, overlay_before.as_ref())),
                Some(after_data),
            )
        }
        None => (None, None),
    };
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
    let overlay_changed = match (&split, &overlay_before) {
        (Some(split), Some(before)) => document::data(split) != *before,
        _ => false,
    };
    if new_text == raw && !overlay_changed {
        return Ok((result, Outcome::Unchanged));
    }
    let after = after.map_err(|unusable| unusable_file(path, &unusable))?;
    if !after.is_empty() {
        let (before_errors, before_data) = before.errors()?;
        let after_data = after_data.unwrap_or_else(|| document::data(&doc));
        let added = added_errors(&before_errors, &before_data, &after, &after_data);
        refuse(&added, &after_data)?;
    }
    let overlay_write = match (&overlay, &split) {
        (Some((old, from, sealed)), Some(split)) if overlay_changed => {
            Some((old, from, sealed.clone(), split.to_string()))
        }
        _ => None,
    };
    if dry_run {
        let mut shown = String::new();
        if new_text != raw {
            shown.push_str(&diff(path, &raw, &new_text));
        }
        if let Some((old, from, _, new)) = &overlay_write {
            shown.push_str(&diff(from, old, new));
        }
        return Ok((result, Outcome::DryRun(shown)));
    }
    // A run stopped between the two writes must leave every value in one
    // file at least (the same value in both merges): the file that gains a
    // group the other loses is written first.
    let to_shared = overlay_write.is_some() && gains_a_group(&doc, overlay_before.as_ref());
    let write_overlay = |(_, from, sealed, new): (
        &String,
        &std::path::PathBuf,
        Option<Option<Vec<String>>>,
        String,
    )|
     -> Result<()> {
        match sealed {
            Some(sealed_for) => {
                let recipients = private::recipients(&doc, path)?;
                if let Some(sealed_for) = sealed_for
                    && !private::same_keys(&sealed_for, &recipients)
                {
                    return Err(private::organizers_changed(path, from, &sealed_for));
                }
                private::seal_to(from, &new, &recipients)
            }
            // Never through a link: one committed in the overlay's place
            // could lead private data into a file git tracks.
            None if std::fs::symlink_metadata(from).is_ok_and(|m| m.file_type().is_symlink()) => {
                Err(private::linked(from))
            }
            None => write::atomic_write(from, new.as_bytes()),
        }
    };
    if let Some(overlay) = overlay_write {
        if to_shared {
            write::atomic_write(&target, new_text.as_bytes())?;
            write_overlay(overlay)?;
            return Ok((result, Outcome::Written));
        }
        write_overlay(overlay)?;
    }
    if new_text != raw {
        write::atomic_write(&target, new_text.as_bytes())?;
    }
    Ok((result, Outcome::Written))
}

/// Whether the shared document (after `split`) has a group the overlay
/// held whole before (`update-group --public`).
fn gains_a_group(shared: &DocumentMut, overlay_before: Option<&toml::Table>) -> bool {
    let Some(toml::Value::Table(groups)) = overlay_before.and_then(|o| o.get("groups")) else {
        return false;
    };
    let shared = document::register(shared, Register::Groups);
    groups.iter().any(|(id, group)| {
        group.get("name").is_some() && shared.is_some_and(|held| held.contains_key(id))
    })
}

/// The coalition at `path` as one document, its private overlay merged in,
/// to read (what a command checks before it asks, or shows). Without the
/// overlay's key, the file alone.
pub fn document(path: &Path) -> Result<DocumentMut> {
    let text = load::read(path)?;
    let mut doc: DocumentMut = text.parse().or_else(|err| {
        // The validating parser names the line where the file is wrong.
        load::parse(path, &text)?;
        Err(unreadable_for_editing(path, &err))
    })?;
    if let Overlay::Read {
        text: overlay,
        from,
        ..
    } = private::read(path)?
    {
        let overlay_doc: DocumentMut = overlay.parse().or_else(|err| {
            load::table(&from, &overlay)?;
            Err(unreadable_for_editing(&from, &err))
        })?;
        let files = private::Files {
            shared: path,
            overlay: &from,
        };
        private::merge(&mut doc, overlay_doc, &files)?;
    }
    Ok(doc)
}

/// `coal private init`: under the lock, takes everything internal out of
/// the file at `path` into a new plain overlay (`overlay`), created before
/// the file is rewritten. Returns the overlay's document (what moved).
pub fn split_out(path: &Path, overlay: &Path, dry_run: bool) -> Result<(DocumentMut, Outcome)> {
    let target = write::target(path);
    let _lock = write::Lock::acquire(&target)?;
    write::remove_stale_temporaries(&target);
    let raw = load::read_as_is(path)?;
    let bom = raw.starts_with(load::BOM);
    let text = raw.strip_prefix(load::BOM).unwrap_or(&raw);
    // What does not validate is not split: the split reads `public`.
    load::parse(path, text)?;
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|err| unreadable_for_editing(path, &err))?;
    let moved = private::split(&mut doc, None);
    let written = with_line_endings_of(text, doc.to_string());
    let new_text = if bom {
        format!("{}{written}", load::BOM)
    } else {
        written
    };
    let overlay_text = moved.to_string();
    if dry_run {
        let mut shown = diff(path, &raw, &new_text);
        shown.push_str(&diff(overlay, "", &overlay_text));
        return Ok((moved, Outcome::DryRun(shown)));
    }
    if std::fs::symlink_metadata(overlay).is_ok() {
        return Err(already_exists(overlay));
    }
    write::atomic_write_new_private(overlay, overlay_text.as_bytes())?;
    if new_text != raw {
        write::atomic_write(&target, new_text.as_bytes())?;
    }
    Ok((moved, Outcome::Written))
}

pub(crate) fn unusable_file(path: &Path, unusable: &crate::model::validate::Unusable) -> Error {
    let hint = match unusable {
        crate::model::validate::Unusable::Newer(_) => t!("file-newer-hint"),
        _ => t!("file-unusable-hint"),
    };
    Error::file(t!(
        "file-unusable",
        path = path.display().to_string(),
        reason = unusable.message()
    ))
    .hint(hint)
}

/// A file that validated yet that `toml_edit` will not take (the toml
/// crate's error names the line).
fn unreadable_for_editing(path: &Path, err: &toml_edit::TomlError) -> Error {
    Error::file(t!(
        "file-unreadable-for-editing",
        path = path.display().to_string(),
        reason = err.to_string()
    ))
}

/// The text of a file in canonical layout (`coal fmt`).
pub fn formatted(path: &Path, text: &str) -> Result<String> {
    load::parse(path, text)?;
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|err| unreadable_for_editing(path, &err))?;
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
    Error::usage(t!("file-already-exists", path = path.display().to_string()))
        .hint(t!("file-already-exists-hint"))
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
    let error = Error::usage(format!("{}\n{}", t!("file-edit-refused"), lines.join("\n")));
    let boundary = added
        .iter()
        .find(|f| f.code == check::code::BOUNDARY_VIOLATION);
    Err(match boundary {
        Some(violation) => {
            let (place, path) = (violation.about.as_str(), violation.path.as_str());
            error.hint(match lift_boundary(path, data) {
                Some(command) => t!(
                    "file-boundary-lift-hint",
                    place = place,
                    command = command,
                    path = path
                ),
                None => t!("file-boundary-change-hint", place = place, path = path),
            })
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
        return Err(no_such(register, id).hint(hint));
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
            let (register, kind) = (other.key(), other.singular());
            if document::entry(doc, other, id).is_some() {
                return Some(t!(
                    "file-other-kind-id",
                    id = id,
                    register = register,
                    kind = kind
                ));
            }
            let names = document::names(doc, other);
            let found = *named(id, &names).first()?;
            Some(t!(
                "file-other-kind-name",
                id = id,
                register = register,
                found = found,
                kind = kind
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
    let error = no_such(register, id);
    let register = register.key();
    // A name several entries share leads to all of them, not to one.
    let bearers = named(id, existing);
    if bearers.len() > 1 {
        let ids: Vec<String> = bearers.iter().map(|id| format!("`{id}`")).collect();
        return error.hint(t!(
            "file-shared-name",
            id = id,
            register = register,
            ids = ids.join(&t!("file-ids-and"))
        ));
    }
    match meant(id, existing) {
        Some((near, true)) => error.hint(t!(
            "file-name-of",
            id = id,
            register = register,
            near = near
        )),
        Some((near, false)) => error.hint(t!("file-did-you-mean", near = near)),
        None => error.hint(t!("file-list-all", register = register)),
    }
}

/// "there is no group `x`", the start of every unknown id's error.
fn no_such(register: Register, id: &str) -> Error {
    Error::usage(t!("file-no-entry", register = register.key(), id = id))
}

/// The folder holding `path` (`.` for a bare file name).
pub fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}
