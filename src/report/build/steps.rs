use serde_json::json;

use crate::model::Coalition;
use crate::report::{Block, Context, Kind, Report, Rows};
use crate::steps::{Step, next};

pub fn build(c: &Coalition, _context: Context<'_>) -> Report {
    let mut report = Report::new(
        Kind::Steps,
        c,
        format!("{}: the four first steps", c.coalition.name),
    );
    let mut rows = Rows::new(&[
        "number",
        "step",
        "status",
        "started",
        "finished",
        "done so far",
    ]);
    for step in Step::ALL {
        let progress = step.progress(c);
        rows.push(vec![
            step.number().to_string(),
            step.title().to_string(),
            progress.status.to_string(),
            super::opt(progress.started),
            super::opt(progress.finished),
            step.summary(c),
        ]);
    }
    report.block(Block::Table(rows.clone()));
    report.block(Block::Fields(vec![("Next".into(), next(c))]));
    report.field(
        "steps",
        Step::ALL
            .iter()
            .map(|step| {
                let progress = step.progress(c);
                json!({
                    "step": step.key(),
                    "number": step.number(),
                    "status": progress.status,
                    "started": progress.started,
                    "finished": progress.finished,
                    "summary": step.summary(c),
                })
            })
            .collect::<Vec<_>>(),
    );
    report.field("next", next(c));
    report.rows = Some(rows);
    report
}
