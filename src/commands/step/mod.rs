//! `coal step STEP`: walk through one step on a terminal, or apply step flags.

mod plan;
mod walk;

use super::{Context, merged, today, warn, welcome_warnings, whole_number};
use crate::cli::{AssemblyFields, StepArgs};
use crate::error::{Error, Result};
use crate::model::input::non_empty;
use crate::model::{Coalition, Status};
use crate::output;
use crate::prompt::{Ask, Choice};
use crate::steps::{
    LESS_IS_MORE, Step, for_file, in_play, next, open_questions, question_number, ranked_prospects,
};
use crate::store::{self, Outcome};
use plan::{Asked, Plan, check_done};
use walk::walk;

/// Where to find a question's number.
fn questions_hint() -> String {
    crate::t!("walk-questions-hint")
}

pub fn run(ctx: &mut Context, args: StepArgs) -> Result<()> {
    let path = ctx.path()?;
    let today = today()?;
    let step = args.step;
    refuse_other_steps_flags(&args)?;
    let from_flags = args.start || args.done || has_step_flags(&args);
    let mut notes = Vec::new();
    let mut not_done = None;
    let walked = if from_flags {
        None
    } else if ctx.interactive {
        let loaded = store::load(&path)?;
        let intro = format!(
            "{}\n\n{}\n",
            crate::t!(
                "walk-intro",
                number = step.number().to_string(),
                title = step.title()
            ),
            step.guidance()
        );
        eprintln!("{}", output::for_stderr(&intro));
        let walked = walk(step, ctx.prompter, &path, &loaded, today)?;
        notes = walked.notes;
        not_done = walked.not_done;
        Some(walked.plan)
    } else {
        let step_key = step.key();
        let mut error = Error::usage(crate::t!("walk-nothing-to-record", step = step_key))
            .hint(crate::t!("walk-nothing-to-record-hint", step = step_key));
        if step == Step::Contact {
            error = error.hint(whom_to_contact(&store::load(&path)?.validated.coalition));
        }
        return Err(error);
    };
    let answer = match walked {
        Some(_) => None,
        None => answer_to_a_question(ctx, &path, &args)?,
    };
    let done = walked.as_ref().map_or(args.done, |plan| plan.done);
    let ((after, warnings), outcome) = store::edit(&path, ctx.dry_run, |doc, before| {
        let before = before.coalition()?;
        let plan = match &walked {
            Some(plan) => plan.clone(),
            None => plan_from_flags(&args, before, answer.clone()),
        };
        plan.apply(doc, before, today)?;
        let after = store::load::parse(&path, &doc.to_string())?.coalition;
        if plan.done {
            check_done(step, &after, today)?;
        }
        let warnings = welcome_warnings(&path, before, doc, today)?;
        Ok((after, warnings))
    })?;
    if let Some(why) = not_done {
        notes.push(match outcome {
            Outcome::Written => crate::t!("walk-saved", why = why),
            Outcome::DryRun(_) | Outcome::Unchanged => why,
        });
    }
    if let Some(number) = args
        .question
        .as_deref()
        .and_then(|q| question_number(&after, q))
    {
        notes.push(crate::t!("walk-recorded-as", number = number.to_string()));
    }
    let open = open_questions(&after);
    if step == Step::Presentation && done && !open.is_empty() {
        let lines: Vec<String> = open
            .iter()
            .map(|(n, q)| format!("  {n}. {}", q.question))
            .collect();
        notes.push(format!(
            "{}\n{}",
            crate::t!("walk-still-open"),
            lines.join("\n")
        ));
    }
    for note in notes {
        eprintln!("{}", output::for_stderr(&output::clean_lines(&note)));
    }
    warn(&warnings);
    let playing = in_play(&after).len();
    if step == Step::Contact && playing > LESS_IS_MORE && from_flags {
        eprintln!("{}", crate::t!("walk-warn-in-play", count = playing));
    }
    let progress = step.progress(&after);
    ctx.done(
        &outcome,
        format!(
            "{}\n{}{}",
            crate::t!(
                "walk-step-status",
                number = step.number().to_string(),
                step = step.key(),
                status = progress.status.word()
            ),
            // Prose, fitted as `coal steps` fits it.
            output::wrap("  ", 4, &step.summary(&after), output::width()),
            crate::t!(
                "walk-next-line",
                command = for_file(&next(&after, today), ctx.file.as_deref())
            )
        ),
    )?;
    Ok(())
}

/// The prospects step 1 proposes, best first, one a line.
fn whom_to_contact(c: &Coalition) -> String {
    let ranked = ranked_prospects(c);
    if ranked.is_empty() {
        return crate::t!("walk-whom-none");
    }
    let lines: Vec<String> = ranked
        .iter()
        .map(|p| format!("  {}", walk::prospect_label(p)))
        .collect();
    format!("{}\n{}", crate::t!("walk-whom"), lines.join("\n"))
}

fn has_step_flags(args: &StepArgs) -> bool {
    step_flags(args).iter().any(|(_, _, given)| *given)
}

/// An answer to a question already asked (its number, the answer), when
/// `--answer` or `--answer-question` comes without `--question`. On a
/// terminal, the question is picked among the open ones when its number is
/// not given, and the answer asked for when not given.
fn answer_to_a_question(
    ctx: &mut Context,
    path: &std::path::Path,
    args: &StepArgs,
) -> Result<Option<(usize, String)>> {
    if args.question.is_some() || (args.answer.is_none() && args.answer_question.is_none()) {
        return Ok(None);
    }
    let coalition = store::load(path)?.validated.coalition;
    let number = match &args.answer_question {
        Some(text) => {
            let count = coalition.steps.presentation.questions.len();
            whole_number("question", text, count).map_err(|err| err.hint(questions_hint()))?
        }
        None => ask_open_question(ctx, &coalition)?,
    };
    let answer = match &args.answer {
        Some(answer) => answer.clone(),
        None => {
            let asked = coalition
                .steps
                .presentation
                .questions
                .get(number.wrapping_sub(1));
            let number = number.to_string();
            let prompt = match asked {
                Some(q) => crate::t!(
                    "walk-ask-answer-number-text",
                    number = number,
                    text = output::clean(&q.question)
                ),
                None => crate::t!("walk-ask-answer-number", number = number),
            };
            let ask = Ask {
                prompt: &prompt,
                flag: "--answer",
            };
            let check = |text: &str| non_empty(text).map(drop);
            ctx.prompter.text(ask, true, &check)?.unwrap_or_default()
        }
    };
    Ok(Some((number, answer)))
}

/// Asks which open question an answer answers.
fn ask_open_question(ctx: &mut Context, c: &Coalition) -> Result<usize> {
    let open = open_questions(c);
    if open.is_empty() && ctx.interactive {
        return Err(Error::usage(crate::t!("walk-no-open-question"))
            .hint(crate::t!("walk-no-open-question-hint")));
    }
    let labels: Vec<String> = open
        .iter()
        .map(|(n, q)| format!("{n}. {}", output::clean(&q.question)))
        .collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let prompt = crate::t!("walk-ask-which-question");
    let ask = Ask {
        prompt: &prompt,
        flag: "--answer-question N",
    };
    Ok(open[ctx.prompter.choose(ask, &Choice::plain(&labels), None)?].0)
}

/// Each step flag: its step, its name, and whether it was given.
fn step_flags(args: &StepArgs) -> [(Step, &'static str, bool); 22] {
    let assembly = &args.assembly;
    [
        (Step::Contact, "--contacted", !args.contacted.is_empty()),
        (Step::Contact, "--dialogue", !args.dialogue.is_empty()),
        (Step::Contact, "--declined", !args.declined.is_empty()),
        (Step::Draft, "--vision", args.vision.is_some()),
        (Step::Draft, "--culture", args.culture.is_some()),
        (Step::Draft, "--structure", args.structure.is_some()),
        (Step::Draft, "--co-author", !args.co_authors.is_empty()),
        (Step::Assembly, "--date", args.date.is_some()),
        (Step::Assembly, "--start-time", args.start_time.is_some()),
        (Step::Assembly, "--end-time", args.end_time.is_some()),
        (Step::Assembly, "--place", assembly.place.is_some()),
        (Step::Assembly, "--language", !assembly.languages.is_empty()),
        (
            Step::Assembly,
            "--accessibility",
            !assembly.accessibility.is_empty(),
        ),
        (Step::Assembly, "--rsvp", assembly.rsvp.is_some()),
        (Step::Assembly, "--invite", !assembly.invite.is_empty()),
        (Step::Assembly, "--answered", !assembly.answered.is_empty()),
        (Step::Assembly, "--attended", !assembly.attended.is_empty()),
        (Step::Assembly, "--agenda", assembly.agenda.is_some()),
        (Step::Presentation, "--question", args.question.is_some()),
        (Step::Presentation, "--answer", args.answer.is_some()),
        (
            Step::Presentation,
            "--answer-question",
            args.answer_question.is_some(),
        ),
        (Step::Presentation, "--joined", !args.joined.is_empty()),
    ]
}

fn refuse_other_steps_flags(args: &StepArgs) -> Result<()> {
    match step_flags(args)
        .into_iter()
        .find(|(step, _, given)| *given && *step != args.step)
    {
        Some((step, flag, _)) => Err(Error::usage(crate::t!(
            "walk-flag-of-other-step",
            flag = flag,
            number = step.number().to_string(),
            step = step.key(),
            asked_number = args.step.number().to_string(),
            asked_step = args.step.key()
        ))),
        None => Ok(()),
    }
}

fn plan_from_flags(args: &StepArgs, before: &Coalition, answer: Option<(usize, String)>) -> Plan {
    let mut plan = Plan::new(args.step);
    plan.start = true;
    plan.done = args.done;
    for (ids, status) in [
        (&args.contacted, Status::Contacted),
        (&args.dialogue, Status::Dialogue),
        (&args.declined, Status::Declined),
    ] {
        plan.outcomes
            .extend(ids.iter().map(|id| (id.clone(), status)));
    }
    plan.vision = args.vision.clone();
    plan.culture = args.culture.clone();
    plan.structure = args.structure.clone();
    plan.co_authors = merged(&before.steps.draft.co_authors, &args.co_authors);
    plan.date = args.date;
    plan.place = args.assembly.place.clone();
    plan.invited = merged(&before.steps.assembly.invited, &args.assembly.invite);
    plan.details = AssemblyFields {
        start: args.start_time.clone(),
        end: args.end_time.clone(),
        place: None,
        invite: Vec::new(),
        ..args.assembly.clone()
    };
    plan.questions = args
        .question
        .iter()
        .map(|question| Asked {
            question: question.clone(),
            answer: args.answer.clone(),
            asked_by: args.asked_by.clone(),
        })
        .collect();
    plan.answers = answer.into_iter().collect();
    plan.joined = args.joined.clone();
    plan
}
