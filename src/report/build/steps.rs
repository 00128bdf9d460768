use serde_json::json;

use crate::model::Coalition;
use crate::report::{Audience, Block, Context, Kind, Report, Rows};
use crate::steps::{Step, next};

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    let public = context.audience == Audience::Public;
    let summary = |step: Step| {
        if public {
            public_summary(step, c)
        } else {
            step.summary(c)
        }
    };
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
            summary(step),
        ]);
    }
    report.block(Block::Table(rows.clone()));
    // What to run next is for the organizers.
    if !public {
        report.block(Block::Fields(vec![("Next".into(), next(c))]));
    }
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
                    "summary": summary(*step),
                })
            })
            .collect::<Vec<_>>(),
    );
    if !public {
        report.field("next", next(c));
    }
    report.rows = Some(rows);
    report
}

/// What a step has done, as outside eyes may read it: no pipeline counts
/// (who was contacted, who declined), no counts that would include hidden
/// groups, and groups by name. The public copy holds only listed groups, so
/// each list here names only them.
fn public_summary(step: Step, c: &Coalition) -> String {
    let names = |ids: &[String]| -> Vec<&str> {
        ids.iter()
            .filter_map(|id| c.groups.get(id))
            .map(|g| g.name.as_str())
            .collect()
    };
    let mut parts = Vec::new();
    match step {
        Step::Contact => {}
        Step::Draft => {
            let draft = &c.steps.draft;
            let written: Vec<&str> = [
                ("vision", &draft.vision),
                ("culture", &draft.culture),
                ("structure", &draft.structure),
            ]
            .into_iter()
            .filter(|(_, text)| text.as_deref().is_some_and(|t| !t.trim().is_empty()))
            .map(|(part, _)| part)
            .collect();
            if !written.is_empty() {
                parts.push(format!("written: {}", written.join(", ")));
            }
            let authors = names(&draft.co_authors);
            if !authors.is_empty() {
                parts.push(format!("co-authors include {}", authors.join(", ")));
            }
        }
        Step::Assembly => {
            let assembly = &c.steps.assembly;
            if let Some(date) = assembly.date {
                parts.push(format!("date: {date}"));
            }
            if let Some(place) = &assembly.place {
                parts.push(format!("place: {place}"));
            }
        }
        Step::Presentation => {
            let joined = names(&c.steps.presentation.joined);
            if !joined.is_empty() {
                parts.push(format!("joined: {}", joined.join(", ")));
            }
        }
    }
    parts.join("; ")
}
