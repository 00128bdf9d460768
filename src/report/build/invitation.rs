//! The invitation to the step-3 assembly, ready to send.

use serde_json::json;

use crate::model::Coalition;
use crate::model::id::slugify;
use crate::report::{Block, Context, Event, Kind, Report};

const WHAT_HAPPENS: &str = "We will present a first draft of our vision, culture and structure, answer your questions, and welcome every group that wants to join. Each group takes part as far as it can, keeps its own tactics, and does not have to endorse the coalition publicly.";

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    let info = &c.coalition;
    let assembly = &c.steps.assembly;
    let mut report = Report::new(
        Kind::Invitation,
        c,
        format!("You are invited to the assembly of {}", info.name),
    );
    let when = assembly.date.map(|d| d.format("%A %-d %B %Y").to_string());
    let mut fields = Vec::new();
    fields.push((
        "When".into(),
        when.clone()
            .unwrap_or_else(|| "date to be announced".into()),
    ));
    if let Some(place) = &assembly.place {
        fields.push(("Where".into(), place.clone()));
    }
    report.block(Block::Fields(fields));
    report.block(Block::Heading("Why we come together".into()));
    report.block(Block::Text(info.unity_statement.clone()));
    if let Some(vision) = &c.steps.draft.vision {
        report.block(Block::Heading("The draft vision".into()));
        report.block(Block::Text(vision.clone()));
    }
    report.block(Block::Heading("What will happen".into()));
    report.block(Block::Text(WHAT_HAPPENS.into()));

    report.field("date", json!(assembly.date));
    report.field("place", json!(assembly.place));
    report.field("unity_statement", json!(info.unity_statement));
    report.field("vision", json!(c.steps.draft.vision));

    if let Some(date) = assembly.date {
        let mut description = info.unity_statement.clone();
        if let Some(vision) = &c.steps.draft.vision {
            description.push_str(&format!("\n\nThe draft vision: {vision}"));
        }
        description.push_str(&format!("\n\n{WHAT_HAPPENS}"));
        report.event = Some(Event {
            uid: format!("{}-assembly-{date}@coal", slugify(&info.name)),
            stamp: context.today,
            date,
            summary: format!("{}: assembly", info.name),
            location: assembly.place.clone(),
            description,
        });
    }
    report
}
