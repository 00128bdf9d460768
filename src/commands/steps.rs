//! `coal steps`: the four first steps, how far each has come, and what next.

use super::Context;
use crate::error::Result;
use crate::model::{Coalition, Progress};
use crate::output::clean;
use crate::steps::{Step, next, numbered_questions, question_line};
use crate::store;

pub fn run(ctx: &mut Context) -> Result<()> {
    let path = ctx.path()?;
    let coalition = store::load(&path)?.validated.coalition;
    super::print(&overview(&coalition))?;
    Ok(())
}

fn dates(progress: &Progress) -> String {
    match (progress.started, progress.finished) {
        (Some(start), Some(end)) => format!("{start} → {end}"),
        (Some(start), None) => format!("since {start}"),
        (None, Some(end)) => format!("finished {end}"),
        (None, None) => String::new(),
    }
}

pub fn overview(c: &Coalition) -> String {
    let mut text = format!("{}: the four first steps\n\n", clean(&c.coalition.name));
    for step in Step::ALL {
        let progress = step.progress(c);
        text.push_str(&format!(
            "{}. {:<58} {:<5} {}\n   {}\n",
            step.number(),
            step.title(),
            progress.status.as_str(),
            dates(progress),
            clean(&step.summary(c)),
        ));
    }
    for (number, question) in numbered_questions(c) {
        text.push_str(&format!("   {}\n", clean(&question_line(number, question))));
    }
    text.push_str(&format!("\nNext: {}\n", next(c)));
    text
}
