//! The handout: the coalition for everyone who will never run coal. Built
//! from the public view only (`report::audience`), so it names only the
//! groups that endorse the coalition publicly. A section with nothing to
//! say is left out, except the assembly: when none is planned the handout
//! says so, since that is what a reader looks for.

use crate::model::{Coalition, Participation};
use crate::report::{Audience, Block, Context, Kind, Report};

const PARTICIPATION: &str = "Each group takes part as far as its means allow: a small group with few resources is as welcome as a large one.";

const NO_ASSEMBLY: &str =
    "No assembly is planned yet. The member groups will tell you when the next one is.";

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    let mut report = Report::new(Kind::Handout, c, c.coalition.name.clone());
    report.block(Block::Text(c.coalition.unity_statement.clone()));
    draft(c, &mut report);
    report.block(Block::Heading("What we agreed on".into()));
    report.block(Block::List(c.agreements_in_words()));
    participation(&mut report);
    endorsing(c, &mut report);
    questions(c, &mut report);
    assembly(c, &context, &mut report);
    joining(c, &context, &mut report);
    report
}

/// The vision, culture and structure of step 2, as far as they are written.
fn draft(c: &Coalition, report: &mut Report) {
    let draft = &c.steps.draft;
    let parts: Vec<(String, String)> = [
        ("Where we are going", &draft.vision),
        ("How we work together", &draft.culture),
        ("How we organize", &draft.structure),
    ]
    .into_iter()
    .filter_map(|(label, text)| {
        let text = text.as_deref().filter(|t| !t.trim().is_empty())?;
        Some((label.to_string(), text.to_string()))
    })
    .collect();
    if parts.is_empty() {
        return;
    }
    report.block(Block::Heading("Our vision, culture and structure".into()));
    report.block(Block::Fields(parts));
}

fn participation(report: &mut Report) {
    report.block(Block::Heading("Ways to take part".into()));
    report.block(Block::Text(PARTICIPATION.into()));
    report.block(Block::Fields(
        Participation::ALL
            .iter()
            .map(|level| (capitalized(level.as_str()), level.meaning().to_string()))
            .collect(),
    ));
}

/// The groups that endorse publicly: in the public view, every group.
fn endorsing(c: &Coalition, report: &mut Report) {
    if c.groups.is_empty() {
        return;
    }
    report.block(Block::Heading("Groups that endorse the coalition".into()));
    report.block(Block::List(
        c.groups
            .values()
            .map(|g| super::one_line(&g.name))
            .collect(),
    ));
}

/// The questions asked at the presentation, with the answers given.
fn questions(c: &Coalition, report: &mut Report) {
    let asked: Vec<(String, String)> = c
        .steps
        .presentation
        .questions
        .iter()
        .filter(|q| super::question_shown(c, q, Audience::Public))
        .filter(|q| !q.question.trim().is_empty())
        .map(|q| {
            let answer = match &q.answer {
                Some(answer) if !q.is_open() => answer.clone(),
                _ => "We are still working on the answer.".to_string(),
            };
            (q.question.clone(), answer)
        })
        .collect();
    if asked.is_empty() {
        return;
    }
    report.block(Block::Heading("Questions asked at the presentation".into()));
    report.block(Block::Fields(asked));
}

fn assembly(c: &Coalition, context: &Context<'_>, report: &mut Report) {
    report.block(Block::Heading("The next assembly".into()));
    let Some(assembly) = c.next_assembly(context.today) else {
        report.block(Block::Text(NO_ASSEMBLY.into()));
        return;
    };
    let mut fields = super::invitation::fields(&assembly);
    if let Some(agenda) = &assembly.agenda {
        fields.push(("Agenda".into(), agenda.clone()));
    }
    report.block(Block::Fields(fields));
}

/// How a group joins, in the order a newcomer would take the steps.
fn joining(c: &Coalition, context: &Context<'_>, report: &mut Report) {
    let talk = if c.groups.is_empty() {
        "Talk to us: tell us about your group, what it cares about and what it can bring."
    } else {
        "Talk to one of the groups above: tell them about your group, what it cares about and what it can bring."
    };
    let come = match c.next_assembly(context.today) {
        Some(assembly) if assembly.rsvp.is_some() => {
            "Come to the next assembly, and let us know you are coming (see RSVP above)."
        }
        Some(_) => {
            "Come to the next assembly: every group that shares the unity statement is welcome."
        }
        None => "Come to the next assembly once it is announced.",
    };
    report.block(Block::Heading("How to join".into()));
    report.block(Block::List(vec![
        talk.into(),
        come.into(),
        "Choose how far your group takes part, and whether it says so in public: joining does not mean endorsing everything, or endorsing out loud.".into(),
    ]));
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
