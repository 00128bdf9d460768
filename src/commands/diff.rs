//! `coal diff`: what changed, by register, id and field.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::Context;
use crate::cli::{DiffArgs, DiffFormat};
use crate::error::{Error, Result};
use crate::git::diff::{Diff, diff, summary};
use crate::git::{folder, git, git_bytes};
use crate::model::Coalition;
use crate::output::{self, clean, markdown as escape, markdown_code};
use crate::store::{self, load, private, seal};
use crate::t;

pub fn run(ctx: &mut Context, args: DiffArgs) -> Result<()> {
    let new_path = match &args.new {
        Some(path) => path.clone(),
        None => ctx.path()?,
    };
    let new_text = load::read(&new_path)?;
    let (old_name, old_text, old_overlay) = match (&args.since, &args.old) {
        (Some(rev), _) => (
            format!("{rev}:{}", new_path.display()),
            at_revision(&new_path, rev)?,
            overlay_at_revision(&new_path, rev)?,
        ),
        (None, Some(old)) => (
            old.display().to_string(),
            load::read(old)?,
            overlay_beside(old)?,
        ),
        (None, None) => unreachable!("clap requires OLD or --since"),
    };
    let old_path = Path::new(&old_name);
    let (old_data, old) = coalition(old_path, &old_text, old_overlay)?;
    let (new_data, new) = coalition(&new_path, &new_text, overlay_beside(&new_path)?)?;
    let changes = diff(&old_data, &new_data);
    let _english = crate::i18n::machine(matches!(args.format, DiffFormat::Json));
    let text = match args.format {
        DiffFormat::Json => output::json(&json!(changes)),
        DiffFormat::Markdown => markdown(&changes, &old, &new),
        DiffFormat::Text => text(&changes, &old, &new, ctx.color),
    };
    super::print(&text)?;
    Ok(())
}

/// A private overlay's text and the file it was read from.
type Overlay = Option<(String, PathBuf)>;

/// One side's data, its private overlay merged in, and its coalition.
fn coalition(path: &Path, text: &str, overlay: Overlay) -> Result<(toml::Table, Coalition)> {
    let mut data = load::table(path, text)?;
    if let Some((overlay, from)) = overlay {
        let files = private::Files {
            shared: path,
            overlay: &from,
        };
        private::merge_data(&mut data, load::table(&from, &overlay)?, &files)?;
    }
    let validated = crate::model::validate::validate(data.clone())
        .map_err(|unusable| store::unusable_file(path, &unusable))?;
    Ok((data, validated.coalition))
}

/// The overlay beside a coalition file, plain or sealed; a sealed one no
/// key opens is left out, with the note.
fn overlay_beside(path: &Path) -> Result<Overlay> {
    Ok(match private::read(path)? {
        private::Overlay::None => None,
        private::Overlay::Read { text, from, .. } => Some((text, from)),
        private::Overlay::Unread { from, why } => {
            private::remember_not_read(&from, &why);
            None
        }
    })
}

/// The sealed overlay committed beside the file at `rev`, opened in
/// memory; none when there is none there or no key opens it (the note).
fn overlay_at_revision(path: &Path, rev: &str) -> Result<Overlay> {
    let sealed = private::paths(path).sealed;
    let name = sealed
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let shown = PathBuf::from(format!("{rev}:{}", sealed.display()));
    // Bytes, not text: an age file may be binary. Not there: no overlay.
    let Ok(sealed_bytes) = git_bytes(
        folder(path),
        &["show", "--end-of-options", &format!("{rev}:./{name}")],
    ) else {
        return Ok(None);
    };
    let not_read = |why: Error| {
        private::remember_not_read(&shown, &why);
        Ok(None)
    };
    let identities = match seal::Identities::find() {
        Ok(Some(identities)) => identities,
        Ok(None) => {
            let why = Error::usage(t!("private-no-key", file = shown.display().to_string()))
                .hint(t!("private-no-key-hint"));
            return not_read(why);
        }
        Err(why) => return not_read(why),
    };
    match seal::open(&shown, &sealed_bytes, identities) {
        Ok(text) => Ok(Some((
            text.trim_start_matches(load::BOM).to_string(),
            shown,
        ))),
        Err(why) => not_read(why),
    }
}

/// The file as it was at `rev`, read with `git show REV:./NAME` from its folder.
fn at_revision(path: &Path, rev: &str) -> Result<String> {
    if rev.starts_with('-') {
        return Err(
            Error::usage(t!("diff-bad-revision", rev = rev)).hint(t!("diff-bad-revision-hint"))
        );
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    git(
        folder(path),
        &["show", "--end-of-options", &format!("{rev}:./{name}")],
    )
    .map_err(|err| {
        Error::usage(t!(
            "diff-unreadable-revision",
            name = name.as_str(),
            rev = rev,
            reason = err.message
        ))
        .hint(t!("diff-unreadable-revision-hint"))
    })
}

fn shown(value: &Value) -> String {
    match value {
        Value::Null => t!("diff-none"),
        Value::String(s) => format!("\"{s}\""),
        other => other.to_string(),
    }
}

fn entry(value: &Value) -> String {
    match value {
        Value::String(id) => id.clone(),
        Value::Object(fields) => {
            let date = fields.get("date").and_then(Value::as_str).unwrap_or("");
            let what = ["summary", "text", "question"]
                .iter()
                .find_map(|k| fields.get(*k).and_then(Value::as_str))
                .unwrap_or("");
            format!("{date} {what}").trim().to_string()
        }
        other => other.to_string(),
    }
}

fn text(changes: &Diff, old: &Coalition, new: &Coalition, colour: bool) -> String {
    if changes.is_empty() {
        return format!("{}\n", t!("diff-no-changes"));
    }
    let paint = |code: &str, text: String| {
        if colour {
            format!("\u{1b}[{code}m{text}\u{1b}[0m")
        } else {
            text
        }
    };
    let mut out = String::new();
    for line in summary(changes, old, new) {
        out.push_str(&format!("{}\n", clean(&line)));
    }
    out.push('\n');
    for (register, added) in &changes.added {
        for value in added {
            out.push_str(&paint(
                "32",
                format!(
                    "+ {}",
                    register_line(register.as_str(), &clean(&entry(value)))
                ),
            ));
            out.push('\n');
        }
    }
    for (register, removed) in &changes.removed {
        for value in removed {
            out.push_str(&paint(
                "31",
                format!(
                    "- {}",
                    register_line(register.as_str(), &clean(&entry(value)))
                ),
            ));
            out.push('\n');
        }
    }
    for change in &changes.changed {
        out.push_str(&paint(
            "33",
            format!(
                "~ {}",
                t!(
                    "diff-changed",
                    path = clean(&change.path),
                    old = clean(&shown(&change.old)),
                    new = clean(&shown(&change.new))
                )
            ),
        ));
        out.push('\n');
    }
    out
}

/// An entry added or removed, after its register: `groups: h1`, « groupes : h1 ».
fn register_line(register: &str, entry: &str) -> String {
    t!("diff-register-entry", register = register, entry = entry)
}

fn markdown(changes: &Diff, old: &Coalition, new: &Coalition) -> String {
    if changes.is_empty() {
        return format!("{}\n", t!("diff-no-changes-markdown"));
    }
    let summary = summary(changes, old, new);
    let mut out = format!(
        "{}\n\n",
        t!("diff-markdown-title", summary = escape(&summary.join(", ")))
    );
    for (register, added) in &changes.added {
        for value in added {
            let entry = escape(&entry(value));
            let added = t!(
                "diff-markdown-added",
                register = register.as_str(),
                entry = entry
            );
            out.push_str(&format!("- {added}\n"));
        }
    }
    for (register, removed) in &changes.removed {
        for value in removed {
            let entry = escape(&entry(value));
            let removed = t!(
                "diff-markdown-removed",
                register = register.as_str(),
                entry = entry
            );
            out.push_str(&format!("- {removed}\n"));
        }
    }
    for change in &changes.changed {
        let changed = t!(
            "diff-changed",
            path = markdown_code(&change.path),
            old = escape(&shown(&change.old)),
            new = escape(&shown(&change.new))
        );
        out.push_str(&format!("- {changed}\n"));
    }
    out
}
