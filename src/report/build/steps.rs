use serde_json::json;

use crate::model::{Coalition, Question};
use crate::report::{Audience, Block, Context, Kind, Report, Rows};
use crate::steps::{Step, for_file, next, numbered_questions};

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
    let next = for_file(&next(c, context.today), context.file);
    // What to run next is for the organizers.
    if !public {
        report.block(Block::Fields(vec![("Next".into(), next.clone())]));
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
        report.field("next", next);
    }
    let asked = questions(c, context.audience, &mut report);
    report.rows = Some(csv_rows(&rows, &asked));
    report
}

/// One CSV row per item, its kind first: each step, then each question
/// shown, with the columns of both tables.
fn csv_rows(steps: &Rows, questions: &[QuestionRow]) -> Rows {
    let mut headers = vec!["kind"];
    headers.extend(steps.headers.iter().map(String::as_str));
    headers.extend(["question", "asked by", "answer"]);
    let mut rows = Rows::new(&headers);
    for step in &steps.rows {
        let mut row = vec!["step".to_string()];
        row.extend(step.iter().cloned());
        row.extend([String::new(), String::new(), String::new()]);
        rows.push(row);
    }
    for q in questions {
        let mut row = vec!["question".to_string(), q.number.clone()];
        row.extend(std::iter::repeat_n(String::new(), steps.headers.len() - 1));
        row.extend([q.question.clone(), q.asked_by.clone(), q.answer.clone()]);
        rows.push(row);
    }
    rows
}

/// A question as the report shows it; its number is blank in public.
struct QuestionRow {
    number: String,
    question: String,
    asked_by: String,
    answer: String,
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

/// The questions asked at the presentation, with their answers and who
/// asked. In public, only those asked by groups that may be named or by no
/// one named: the others are left out without a trace, their numbers too.
fn questions(c: &Coalition, audience: Audience, report: &mut Report) -> Vec<QuestionRow> {
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
    let asked: Vec<QuestionRow> = shown
        .iter()
        .map(|(number, q)| QuestionRow {
            // In public the number goes: a gap would count hidden questions.
            number: if internal {
                number.to_string()
            } else {
                String::new()
            },
            question: q.question.clone(),
            asked_by: asker(q).unwrap_or_default(),
            answer: answer(q).unwrap_or_else(|| "not answered yet".into()),
        })
        .collect();
    if !asked.is_empty() {
        let headers = ["number", "question", "asked by", "answer"];
        let from = usize::from(!internal);
        let mut rows = Rows::new(&headers[from..]);
        for q in &asked {
            let row = [
                q.number.clone(),
                q.question.clone(),
                q.asked_by.clone(),
                q.answer.clone(),
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
    asked
}

/// The map's steps section: the four first steps as a timeline, and the
/// same in a table.
pub fn timeline(_c: &Coalition, _today: chrono::NaiveDate) -> Vec<Block> {
    // TODO(issue 16): the timeline chart and its table.
    Vec::new()
}
