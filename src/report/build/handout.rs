//! The handout: the coalition for everyone who will never run coal. Built
//! from the public view only (`report::audience`), so it names only the
//! groups that endorse the coalition publicly. A section with nothing to
//! say is left out, except the assembly: when none is planned the handout
//! says so, since that is what a reader looks for.

use crate::model::{Coalition, Participation};
use crate::report::{Audience, Block, Context, Kind, Report};

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    let mut report = Report::new(Kind::Handout, c, c.coalition.name.clone());
    report.block(Block::Text(c.coalition.unity_statement.clone()));
    draft(c, &mut report);
    report.block(Block::Heading(crate::t!("handout-agreed")));
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
        (crate::t!("handout-vision"), &draft.vision),
        (crate::t!("handout-culture"), &draft.culture),
        (crate::t!("handout-structure"), &draft.structure),
    ]
    .into_iter()
    .filter_map(|(label, text)| {
        let text = text.as_deref().filter(|t| !t.trim().is_empty())?;
        Some((label, text.to_string()))
    })
    .collect();
    if parts.is_empty() {
        return;
    }
    report.block(Block::Heading(crate::t!("handout-draft")));
    report.block(Block::Fields(parts));
}

fn participation(report: &mut Report) {
    report.block(Block::Heading(crate::t!("handout-take-part")));
    report.block(Block::Text(crate::t!("handout-participation")));
    report.block(Block::Fields(
        Participation::ALL
            .iter()
            .map(|level| (capitalized(&level.label()), level.meaning()))
            .collect(),
    ));
}

/// The groups that endorse publicly: in the public view, every group.
fn endorsing(c: &Coalition, report: &mut Report) {
    if c.groups.is_empty() {
        return;
    }
    report.block(Block::Heading(crate::t!("handout-endorsing")));
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
                _ => crate::t!("handout-no-answer-yet"),
            };
            (q.question.clone(), answer)
        })
        .collect();
    if asked.is_empty() {
        return;
    }
    report.block(Block::Heading(crate::t!("handout-questions")));
    report.block(Block::Fields(asked));
}

fn assembly(c: &Coalition, context: &Context<'_>, report: &mut Report) {
    report.block(Block::Heading(crate::t!("handout-next-assembly")));
    let Some(assembly) = c.next_assembly(context.today) else {
        report.block(Block::Text(crate::t!("handout-no-assembly")));
        return;
    };
    let mut fields = super::invitation::fields(&assembly);
    if let Some(agenda) = &assembly.agenda {
        fields.push((crate::t!("handout-agenda"), agenda.clone()));
    }
    report.block(Block::Fields(fields));
}

/// How a group joins, in the order a newcomer would take the steps.
fn joining(c: &Coalition, context: &Context<'_>, report: &mut Report) {
    let talk = if c.groups.is_empty() {
        crate::t!("handout-join-talk-to-us")
    } else {
        crate::t!("handout-join-talk-to-a-group")
    };
    let come = match c.next_assembly(context.today) {
        Some(assembly) if assembly.rsvp.is_some() => crate::t!("handout-join-come-and-tell"),
        Some(_) => crate::t!("handout-join-come"),
        None => crate::t!("handout-join-come-later"),
    };
    report.block(Block::Heading(crate::t!("handout-join")));
    report.block(Block::List(vec![
        talk,
        come,
        crate::t!("handout-join-choose"),
    ]));
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
