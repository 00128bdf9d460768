//! `coal steps`: the four first steps, how far each has come, and what next.

use super::{Context, today};
use crate::error::Result;
use crate::model::{Coalition, Progress, StepStatus};
use crate::output::{self, clean, text_width, wrap};
use crate::steps::{Step, for_file, next, numbered_questions, question_line};
use crate::store;

pub fn run(ctx: &mut Context) -> Result<()> {
    let path = ctx.path()?;
    let coalition = store::load(&path)?.validated.coalition;
    let next = for_file(&next(&coalition, today()?), ctx.file.as_deref());
    super::print(&overview(&coalition, &next, output::width()))?;
    Ok(())
}

fn dates(progress: &Progress) -> String {
    match (progress.started, progress.finished) {
        (Some(start), Some(end)) => format!("{} → {}", day(start), day(end)),
        (Some(start), None) => crate::t!("steps-since", start = day(start)),
        (None, Some(end)) => crate::t!("steps-finished", end = day(end)),
        (None, None) => String::new(),
    }
}

/// A date of the overview: as the file writes it on an English screen,
/// in words on a French one (« 6 novembre 2026 »).
fn day(date: chrono::NaiveDate) -> String {
    match crate::i18n::current() {
        crate::i18n::Lang::En => date.to_string(),
        _ => crate::i18n::date(date),
    }
}

/// A step's status as a table cell: `doing`, « en cours ».
fn status(progress: &Progress) -> String {
    progress.status.word()
}

/// The four steps fitted to `width`: each title with its status and dates
/// on one aligned line when every such line fits, else the status and
/// dates on a line of their own; then `next`, the command to run next.
pub fn overview(c: &Coalition, next: &str, width: usize) -> String {
    let mut text = wrap(
        "",
        0,
        &crate::t!("steps-title", coalition = clean(&c.coalition.name)),
        width,
    );
    text.push('\n');
    let titles = Step::ALL
        .iter()
        .map(|step| text_width(&step.title()))
        .max()
        .unwrap_or(0);
    let statuses = StepStatus::ALL
        .iter()
        .map(|status| text_width(&status.word()))
        .max()
        .unwrap_or(0);
    let aligned: Vec<String> = Step::ALL
        .iter()
        .map(|step| {
            let progress = step.progress(c);
            let pad = " ".repeat(titles - text_width(&step.title()));
            let status = status(progress);
            let after = " ".repeat(statuses - text_width(&status));
            let line = format!(
                "{}. {}{pad}   {status}{after} {}",
                step.number(),
                step.title(),
                dates(progress),
            );
            line.trim_end().to_string()
        })
        .collect();
    let fits = aligned.iter().all(|line| text_width(line) <= width);
    for (step, line) in Step::ALL.iter().zip(&aligned) {
        if fits {
            text.push_str(line);
            text.push('\n');
        } else {
            let progress = step.progress(c);
            let first = format!("{}. ", step.number());
            text.push_str(&wrap(&first, 3, &step.title(), width));
            let when = format!("{}  {}", status(progress), dates(progress));
            text.push_str(&wrap("   ", 3, &when, width));
        }
        text.push_str(&wrap("   ", 3, &clean(&step.summary(c)), width));
    }
    for (number, question) in numbered_questions(c) {
        text.push_str(&wrap(
            "   ",
            5,
            &clean(&question_line(number, question)),
            width,
        ));
    }
    text.push('\n');
    let first = crate::t!("steps-next");
    let first = format!("{first} ");
    text.push_str(&wrap(&first, text_width(&first), &clean(next), width));
    text
}
