use serde_json::json;

use chrono::NaiveDate;

use crate::model::{Coalition, Question, StepStatus};
use crate::report::chart::{Chart, Timeline, TimelineStep};
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
        crate::t!("report-steps-title", coalition = c.coalition.name.as_str()),
    );
    let mut rows = Rows::new(&[
        "number",
        "step",
        "status",
        "started",
        "finished",
        "done so far",
    ]);
    let mut table = Rows::new(&[
        &crate::t!("report-steps-number"),
        &crate::t!("report-steps-step"),
        &crate::t!("report-groups-status"),
        &crate::t!("report-steps-started"),
        &crate::t!("report-steps-finished"),
        &crate::t!("report-steps-done-so-far"),
    ]);
    for step in Step::ALL {
        let progress = step.progress(c);
        let row = vec![
            step.number().to_string(),
            step.title().to_string(),
            progress.status.to_string(),
            super::opt(progress.started),
            super::opt(progress.finished),
            summary(step),
        ];
        let mut for_people = row.clone();
        for_people[2] = progress.status.word();
        table.push(for_people);
        rows.push(row);
    }
    report.block(Block::Table(table));
    let next = for_file(&next(c, context.today), context.file);
    // What to run next is for the organizers.
    if !public {
        report.block(Block::Fields(vec![(
            crate::t!("report-next"),
            next.clone(),
        )]));
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
            let written: Vec<String> = [
                (crate::t!("report-steps-vision"), &draft.vision),
                (crate::t!("report-steps-culture"), &draft.culture),
                (crate::t!("report-steps-structure"), &draft.structure),
            ]
            .into_iter()
            .filter(|(_, text)| text.as_deref().is_some_and(|t| !t.trim().is_empty()))
            .map(|(part, _)| part)
            .collect();
            if !written.is_empty() {
                parts.push(crate::t!(
                    "report-steps-written",
                    parts = written.join(", ")
                ));
            }
            let authors = names(&draft.co_authors);
            if !authors.is_empty() {
                parts.push(crate::t!(
                    "report-steps-co-authors",
                    names = authors.join(", ")
                ));
            }
        }
        Step::Assembly => {
            let assembly = &c.steps.assembly;
            if let Some(date) = assembly.date {
                parts.push(crate::t!(
                    "report-steps-date",
                    date = super::prose_date(date)
                ));
            }
            if let Some(place) = &assembly.place {
                parts.push(crate::t!("report-steps-place", place = place.as_str()));
            }
        }
        Step::Presentation => {
            let joined = names(&c.steps.presentation.joined);
            if !joined.is_empty() {
                parts.push(crate::t!("report-steps-joined", names = joined.join(", ")));
            }
        }
    }
    parts.join(&crate::t!("report-separator"))
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
        report.block(Block::Heading(crate::t!("report-steps-questions")));
    }
    if internal && shown.is_empty() {
        report.block(Block::Text(crate::t!("report-steps-no-questions")));
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
            answer: answer(q).unwrap_or_else(|| crate::t!("report-steps-not-answered")),
        })
        .collect();
    if !asked.is_empty() {
        let headers = [
            crate::t!("report-steps-number"),
            crate::t!("report-steps-question"),
            crate::t!("report-steps-asked-by"),
            crate::t!("report-steps-answer"),
        ];
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
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

/// The map's steps section: the four first steps as a timeline, with the
/// assemblies and today marked, then the same in tables.
pub fn timeline(c: &Coalition, today: NaiveDate) -> Vec<Block> {
    let steps: Vec<TimelineStep> = Step::ALL
        .iter()
        .map(|step| {
            let progress = step.progress(c);
            TimelineStep {
                number: step.number(),
                title: step.title(),
                status: status_words(progress.status),
                in_progress: progress.status == StepStatus::Doing,
                started: progress.started,
                finished: progress.finished,
            }
        })
        .collect();
    let assemblies = c.all_assemblies();
    let mut blocks = vec![
        Block::Heading(crate::t!("report-steps-timeline-heading")),
        Block::Chart(Chart::Timeline(Timeline {
            title: crate::t!("report-steps-timeline-title"),
            description: timeline_description(&steps, assemblies.len(), today),
            steps: steps.clone(),
            events: assemblies
                .iter()
                .map(|assembly| (assembly.date, crate::t!("report-steps-assembly")))
                .collect(),
            today,
        })),
    ];
    let mut rows = Rows::new(&[
        &crate::t!("report-steps-step"),
        &crate::t!("report-groups-status"),
        &crate::t!("report-steps-started"),
        &crate::t!("report-steps-finished"),
    ]);
    for step in &steps {
        rows.push(vec![
            format!("{}. {}", step.number, step.title),
            step.status.clone(),
            super::opt(step.started),
            super::opt(step.finished),
        ]);
    }
    blocks.push(Block::Table(rows));
    if assemblies.is_empty() {
        blocks.push(Block::Text(crate::t!("report-steps-no-assembly")));
    } else {
        blocks.push(Block::Text(crate::t!("report-steps-assemblies")));
        let mut rows = Rows::new(&[
            &crate::t!("report-steps-assembly"),
            &crate::t!("report-steps-start"),
            &crate::t!("report-steps-place-column"),
        ]);
        for assembly in &assemblies {
            rows.push(vec![
                assembly.date.to_string(),
                assembly.start.clone().unwrap_or_default(),
                assembly.place.clone().unwrap_or_default(),
            ]);
        }
        blocks.push(Block::Table(rows));
    }
    blocks
}

/// A step's status as the timeline says it, in words rather than the
/// file's `todo`, `doing`, `done`.
fn status_words(status: StepStatus) -> String {
    match status {
        StepStatus::Todo => crate::t!("report-steps-not-started"),
        StepStatus::Doing => crate::t!("report-steps-in-progress"),
        StepStatus::Done => crate::t!("report-steps-done"),
    }
}

fn timeline_description(steps: &[TimelineStep], assemblies: usize, today: NaiveDate) -> String {
    let statuses: Vec<String> = steps
        .iter()
        .map(|step| {
            crate::t!(
                "report-steps-timeline-step",
                number = step.number.to_string(),
                status = step.status.as_str()
            )
        })
        .collect();
    crate::t!(
        "report-steps-timeline-description",
        steps = statuses.join(", "),
        assemblies = assemblies,
        today = super::prose_date(today)
    )
}
