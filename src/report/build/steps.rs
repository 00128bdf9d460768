use serde_json::json;

use crate::model::{Coalition, Question};
use crate::report::{Audience, Block, Context, Kind, Report, Rows};
use crate::steps::{Step, next, numbered_questions};

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
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
    questions(c, context.audience, &mut report);
    report.rows = Some(rows);
    report
}

/// The questions asked at the presentation, with their answers and who
/// asked. In public, only those asked by groups that may be named: the
/// others are left out without a trace, their numbers too.
fn questions(c: &Coalition, audience: Audience, report: &mut Report) {
    let internal = audience == Audience::Internal;
    let asker = |q: &Question| super::asker(c, q);
    let answer = |q: &Question| if q.is_open() { None } else { q.answer.clone() };
    let shown: Vec<(usize, &Question)> = numbered_questions(c)
        .filter(|(_, q)| super::question_shown(c, q, audience))
        .collect();
    if internal || !shown.is_empty() {
        report.block(Block::Heading("Questions asked at the presentation".into()));
    }
    if internal && shown.is_empty() {
        report.block(Block::Text("No questions recorded yet.".into()));
    }
    if !shown.is_empty() {
        let headers = ["number", "question", "asked by", "answer"];
        // In public the number column goes: a gap would count hidden questions.
        let from = usize::from(!internal);
        let mut rows = Rows::new(&headers[from..]);
        for (number, q) in &shown {
            let row = [
                number.to_string(),
                q.question.clone(),
                asker(q).unwrap_or_default(),
                answer(q).unwrap_or_else(|| "not answered yet".into()),
            ];
            rows.push(row[from..].to_vec());
        }
        report.block(Block::Table(rows));
    }
    let json: Vec<_> = shown
        .iter()
        .map(|(number, q)| {
            let mut entry = json!({
                "question": q.question,
                "answer": answer(q),
                "asked_by_name": asker(q),
            });
            // Numbers and ids would show where hidden questions were.
            if internal {
                entry["number"] = json!(number);
                entry["asked_by"] = json!(q.asked_by);
            }
            entry
        })
        .collect();
    report.field("questions", json!(json));
}
