//! `coal import groups|people FILE.csv`: a dry run that shows what each
//! row would do, or with `--apply` one edit that does it.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{Context, print};
use crate::check;
use crate::cli::{ImportArgs, ImportKind};
use crate::error::{Error, Result};
use crate::import::columns::columns;
use crate::import::plan::{self, Action, Import, Planned};
use crate::import::read;
use crate::model::finding::Severity;
use crate::output;
use crate::store::{self, Outcome};

/// From this many rows an import on a terminal shows its progress: below,
/// it is over before a bar could be read.
const PROGRESS_FROM: usize = 1000;

/// False when a row was rejected.
pub fn run(ctx: &mut Context, args: ImportArgs) -> Result<bool> {
    let path = ctx.path()?;
    if let Some(rejects) = &args.rejects {
        read::check_rejects_path(rejects, &args.file, &path)?;
    }
    let sheet = read::read(&args.file)?;
    let columns = columns(args.what, &sheet.headers, &args.maps)?;
    if !columns.unmapped.is_empty() {
        let listed: Vec<String> = columns.unmapped.iter().map(|h| format!("`{h}`")).collect();
        // Said even under --quiet: their cells would be lost.
        super::warn(&[format!(
            "left out, no field has their name: {} (to read one, --map \"{}=FIELD\")",
            listed.join(", "),
            columns.unmapped[0]
        )]);
    }
    let import = Import {
        kind: args.what,
        sheet: &sheet,
        columns: &columns,
        on_duplicate: args.on_duplicate,
        today: super::today()?,
    };
    let read_columns: Vec<bool> = columns.fields.iter().map(Option::is_some).collect();
    let write = args.apply && !ctx.dry_run;
    let progress = progress(ctx, sheet.rows.len());
    let mut planned: Vec<Planned> = Vec::new();
    let mut entries = 0;
    let edited = store::edit(&path, !write, |doc, before| {
        let coalition = before.coalition()?;
        entries = match args.what {
            ImportKind::Groups => coalition.groups.len(),
            ImportKind::People => coalition.people.len(),
        };
        planned = plan::apply(&import, doc, coalition, &mut || progress.inc(1));
        // Before the coalition file is written: if the rejects cannot be,
        // the import fails with the file as it was.
        if let Some(rejects) = &args.rejects {
            write_rejects(rejects, &sheet, &read_columns, &planned)?;
        }
        progress.set_message("writing");
        Ok(())
    });
    progress.finish_and_clear();
    if let (Err(_), true) = (&edited, planned.is_empty()) {
        // The file could not be read: no row was looked at.
        return edited.map(|_| false);
    }
    show(ctx, &planned, write)?;
    if plan::too_many_to_compare(sheet.rows.len(), entries) {
        ctx.say(format!(
            "note: with {} rows and {entries} entries in the file, names close to one another were not looked for",
            sheet.rows.len()
        ));
    }
    let ((), outcome) = edited?;
    if let (Outcome::DryRun(diff), true) = (&outcome, args.apply) {
        print(&output::clean_lines(diff))?;
    }
    ctx.say(summary(&planned, write));
    if write && matches!(outcome, Outcome::Written) {
        ctx.say(check_summary(&path)?);
    }
    ctx.hand_back(sheet);
    Ok(planned.iter().all(|plan| plan.action != Action::Reject))
}

/// The rejected rows to `path`, an error naming `--rejects` if they
/// cannot be written.
fn write_rejects(
    path: &std::path::Path,
    sheet: &read::Sheet,
    read: &[bool],
    planned: &[Planned],
) -> Result<()> {
    let rejected: Vec<(&read::Row, String)> = planned
        .iter()
        .zip(&sheet.rows)
        .filter(|(plan, _)| plan.action == Action::Reject)
        .map(|(plan, row)| (row, plan.details.join("; ")))
        .collect();
    read::write_rejects(path, sheet.dialect, &sheet.headers, read, &rejected).map_err(|err| {
        Error::file(format!(
            "--rejects {}: the rejected rows could not be written ({}); nothing was imported",
            path.display(),
            err.message
        ))
        .hint("give --rejects a file in a folder that exists and that you may write")
    })
}

/// A bar on stderr for a large sheet on a terminal; hidden otherwise.
fn progress(ctx: &Context, rows: usize) -> ProgressBar {
    if ctx.quiet || rows < PROGRESS_FROM || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar =
        ProgressBar::with_draw_target(Some(rows as u64), ProgressDrawTarget::stderr_with_hz(10));
    let style =
        ProgressStyle::with_template("{bar:30} {pos}/{len} rows {msg}").expect("a valid template");
    bar.set_style(style);
    bar.set_message("planned");
    bar
}

/// The rows and what they do: all of them in a dry run; once written, or
/// under `--quiet`, only the rejected ones, which ask for something to be
/// done.
fn show(ctx: &Context, planned: &[Planned], written: bool) -> Result<()> {
    let rows: Vec<Vec<String>> = planned
        .iter()
        .filter(|plan| plan.action == Action::Reject || !(written || ctx.quiet))
        .map(|plan| {
            vec![
                plan.number.to_string(),
                plan.action.as_str().to_string(),
                plan.id.clone(),
                plan.details.join("\n"),
            ]
        })
        .collect();
    if rows.is_empty() {
        return Ok(());
    }
    let headers = ["row", "action", "id", "details"];
    print(&output::table(&headers, rows, output::width()))
}

/// "12 rows: 9 to create, 2 to update, 1 rejected"
fn summary(planned: &[Planned], written: bool) -> String {
    let count = |action| planned.iter().filter(|p| p.action == action).count();
    let rows = match planned.len() {
        1 => "1 row".to_string(),
        n => format!("{n} rows"),
    };
    let [create, update, skip] = match written {
        true => ["created", "updated", "skipped"],
        false => ["to create", "to update", "to skip"],
    };
    let parts: Vec<String> = [
        (Action::Create, create),
        (Action::Update, update),
        (Action::Skip, skip),
        (Action::Reject, "rejected"),
    ]
    .into_iter()
    .map(|(action, word)| (count(action), word))
    .filter(|(n, _)| *n > 0)
    .map(|(n, word)| format!("{n} {word}"))
    .collect();
    let mut line = match parts.is_empty() {
        true => format!("{rows}: nothing to do"),
        false => format!("{rows}: {}", parts.join(", ")),
    };
    if !written && count(Action::Create) + count(Action::Update) > 0 {
        line.push_str(" (dry run: nothing written; --apply writes it)");
    }
    line
}

/// `coal check`'s last line on the file as written.
fn check_summary(path: &std::path::Path) -> Result<String> {
    let loaded = store::load(path)?;
    let validated = loaded.validated;
    let findings = check::run(&validated.coalition, &validated.findings, super::today()?);
    let counts = [Severity::Error, Severity::Warning, Severity::Info]
        .map(|severity| check::count(&findings, severity));
    Ok(super::check::summary(
        &output::clean(&path.display().to_string()),
        counts,
    ))
}
