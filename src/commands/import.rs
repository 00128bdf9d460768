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
        super::warn(&[crate::t!(
            "import-unmapped",
            columns = listed.join(", "),
            first = columns.unmapped[0].as_str()
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
        // The rows' reasons go to the `--rejects` CSV as well as the table:
        // data for whoever fixes the sheet, English in every language like
        // every CSV coal writes.
        planned = {
            let _english = crate::i18n::machine(true);
            plan::apply(&import, doc, coalition, &mut || progress.inc(1))
        };
        // Before the coalition file is written: if the rejects cannot be,
        // the import fails with the file as it was.
        if let Some(rejects) = &args.rejects {
            write_rejects(rejects, &sheet, &read_columns, &planned)?;
        }
        progress.set_message(crate::t!("import-progress-writing"));
        Ok(())
    });
    progress.finish_and_clear();
    if let (Err(_), true) = (&edited, planned.is_empty()) {
        // The file could not be read: no row was looked at.
        return edited.map(|_| false);
    }
    show(ctx, &planned, write)?;
    if plan::too_many_to_compare(sheet.rows.len(), entries) {
        ctx.say(crate::t!(
            "import-too-many-to-compare",
            rows = sheet.rows.len(),
            entries = entries
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
        Error::file(crate::t!(
            "import-rejects-unwritable",
            file = path.display().to_string(),
            problem = err.message.as_str()
        ))
        .hint(crate::t!("import-rejects-unwritable-hint"))
    })
}

/// A bar on stderr for a large sheet on a terminal; hidden otherwise.
fn progress(ctx: &Context, rows: usize) -> ProgressBar {
    if ctx.quiet || rows < PROGRESS_FROM || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar =
        ProgressBar::with_draw_target(Some(rows as u64), ProgressDrawTarget::stderr_with_hz(10));
    // The template's own braces are indicatif's; only the word is ours.
    let template = format!(
        "{{bar:30}} {{pos}}/{{len}} {} {{msg}}",
        crate::t!("import-progress-rows")
    );
    let style = ProgressStyle::with_template(&template).expect("a valid template");
    bar.set_style(style);
    bar.set_message(crate::t!("import-progress-planned"));
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
                crate::t!("import-action", action = plan.action.as_str()),
                plan.id.clone(),
                plan.details.join("\n"),
            ]
        })
        .collect();
    if rows.is_empty() {
        return Ok(());
    }
    let headers = [
        crate::t!("import-heading-row"),
        crate::t!("import-heading-action"),
        crate::t!("import-heading-id"),
        crate::t!("import-heading-details"),
    ];
    let headers = headers.each_ref().map(String::as_str);
    print(&output::table(&headers, rows, output::width()))
}

/// "12 rows: 9 to create, 2 to update, 1 rejected": one message whose
/// counts of zero say nothing, so that each language orders its own words.
fn summary(planned: &[Planned], written: bool) -> String {
    let count = |action| planned.iter().filter(|p| p.action == action).count();
    let (create, update, skip, reject) = (
        count(Action::Create),
        count(Action::Update),
        count(Action::Skip),
        count(Action::Reject),
    );
    let mut parts: Vec<String> = Vec::new();
    let mut part = |n: usize, text: String| {
        if n > 0 {
            parts.push(text);
        }
    };
    match written {
        true => {
            part(create, crate::t!("import-summary-created", count = create));
            part(update, crate::t!("import-summary-updated", count = update));
            part(skip, crate::t!("import-summary-skipped", count = skip));
        }
        false => {
            part(
                create,
                crate::t!("import-summary-to-create", count = create),
            );
            part(
                update,
                crate::t!("import-summary-to-update", count = update),
            );
            part(skip, crate::t!("import-summary-to-skip", count = skip));
        }
    }
    part(reject, crate::t!("import-summary-rejected", count = reject));
    let rows = planned.len();
    let mut line = match parts.is_empty() {
        true => crate::t!("import-summary-nothing", rows = rows),
        false => crate::t!("import-summary", rows = rows, parts = parts.join(", ")),
    };
    if !written && create + update > 0 {
        line.push(' ');
        line.push_str(&crate::t!("import-summary-dry-run"));
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
