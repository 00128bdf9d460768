//! The invitation to a general assembly, ready to send: the first (step 3)
//! or a later one, by default the next to come.

use chrono::NaiveTime;
use serde_json::json;

use crate::model::id::slugify;
use crate::model::{Assembly, Coalition};
use crate::report::{Block, Context, Event, Kind, Report};

const WHAT_HAPPENS: &str = "We will present a first draft of our vision, culture and structure, answer your questions, and welcome every group that wants to join.";

const WHAT_HAPPENS_LATER: &str = "We will take stock of what the coalition has done since the last assembly, decide together what comes next, and welcome every group that wants to join.";

const TAKING_PART: &str =
    "Each group takes part as far as it can and does not have to endorse the coalition publicly.";

/// The assembly the invitation is for: the one of `context.assembly`, else
/// the next to come (the command makes sure there is one).
fn chosen(c: &Coalition, context: &Context<'_>) -> Option<Assembly> {
    match context.assembly {
        Some(date) => c.all_assemblies().into_iter().find(|a| a.date == date),
        None => c.next_assembly(context.today),
    }
}

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    let info = &c.coalition;
    let assembly = chosen(c, &context);
    let first = assembly
        .as_ref()
        .is_none_or(|a| c.steps.assembly.date == Some(a.date));
    let mut report = Report::new(
        Kind::Invitation,
        c,
        format!("You are invited to the assembly of {}", info.name),
    );
    // How groups take part follows what the coalition agreed on tactics.
    let what_happens = format!(
        "{} {TAKING_PART} {}",
        if first {
            WHAT_HAPPENS
        } else {
            WHAT_HAPPENS_LATER
        },
        c.tactics_in_words()
    );
    let Some(assembly) = assembly else {
        report.block(Block::Fields(vec![(
            "When".into(),
            "date to be announced".into(),
        )]));
        return report;
    };
    report.block(Block::Fields(fields(&assembly)));
    report.block(Block::Heading("Why we come together".into()));
    report.block(Block::Text(info.unity_statement.clone()));
    let vision = c.steps.draft.vision.as_ref().filter(|_| first);
    if let Some(vision) = vision {
        report.block(Block::Heading("The draft vision".into()));
        report.block(Block::Text(vision.clone()));
    }
    report.block(Block::Heading("What will happen".into()));
    report.block(Block::Text(what_happens.clone()));
    if let Some(agenda) = &assembly.agenda {
        report.block(Block::Heading("Agenda".into()));
        report.block(Block::Text(agenda.clone()));
    }

    report.field("date", json!(assembly.date));
    report.field("first", json!(first));
    report.field("start", json!(assembly.start));
    report.field("end", json!(assembly.end));
    report.field("place", json!(assembly.place));
    report.field("languages", json!(assembly.languages));
    report.field("accessibility", json!(assembly.accessibility));
    report.field("rsvp", json!(assembly.rsvp));
    report.field("agenda", json!(assembly.agenda));
    report.field("unity_statement", json!(info.unity_statement));
    report.field("vision", json!(vision));

    let mut description = info.unity_statement.clone();
    if let Some(vision) = vision {
        description.push_str(&format!("\n\nThe draft vision: {vision}"));
    }
    description.push_str(&format!("\n\n{what_happens}"));
    if let Some(agenda) = &assembly.agenda {
        description.push_str(&format!("\n\nAgenda: {agenda}"));
    }
    for (label, value) in fields(&assembly).into_iter().skip(1) {
        if label != "Where" {
            description.push_str(&format!("\n\n{label}: {value}"));
        }
    }
    let time = |text: &Option<String>| {
        text.as_deref()
            .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok())
    };
    report.event = Some(Event {
        uid: format!("{}-assembly-{}@coal", slugify(&info.name), assembly.date),
        stamp: context.today,
        date: assembly.date,
        start: time(&assembly.start),
        end: time(&assembly.end),
        summary: format!("{}: assembly", info.name),
        location: assembly.place.clone(),
        description,
    });
    report
}

/// When, where, in which languages, what is offered, whom to tell.
pub(super) fn fields(assembly: &Assembly) -> Vec<(String, String)> {
    let mut when = assembly.date.format("%A %-d %B %Y").to_string();
    match (&assembly.start, &assembly.end) {
        (Some(start), Some(end)) => when.push_str(&format!(", {start} to {end}")),
        (Some(start), None) => when.push_str(&format!(", from {start}")),
        (None, Some(end)) => when.push_str(&format!(", until {end}")),
        (None, None) => {}
    }
    let mut fields = vec![("When".to_string(), when)];
    let lists = [
        ("Languages", &assembly.languages),
        ("Accessibility", &assembly.accessibility),
    ];
    if let Some(place) = &assembly.place {
        fields.push(("Where".into(), place.clone()));
    }
    for (label, list) in lists {
        if !list.is_empty() {
            fields.push((label.into(), list.join(", ")));
        }
    }
    if let Some(rsvp) = &assembly.rsvp {
        fields.push(("RSVP".into(), rsvp.clone()));
    }
    fields
}
