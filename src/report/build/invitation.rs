//! The invitation to a general assembly, ready to send: the first (step 3)
//! or a later one, by default the next to come.

use chrono::NaiveTime;
use serde_json::json;

use crate::model::id::slugify;
use crate::model::{Assembly, Coalition};
use crate::report::{Block, Context, Event, Kind, Report};

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
        crate::t!("invitation-title", coalition = info.name.as_str()),
    );
    // How groups take part follows what the coalition agreed on tactics.
    let what_happens = [
        if first {
            crate::t!("invitation-what-happens-first")
        } else {
            crate::t!("invitation-what-happens-later")
        },
        crate::t!("invitation-taking-part"),
        c.tactics_in_words().to_string(),
    ]
    .join(" ");
    let Some(assembly) = assembly else {
        report.block(Block::Fields(vec![(
            crate::t!("invitation-when"),
            crate::t!("invitation-when-unknown"),
        )]));
        return report;
    };
    report.block(Block::Fields(fields(&assembly)));
    report.block(Block::Heading(crate::t!("invitation-why")));
    report.block(Block::Text(info.unity_statement.clone()));
    let vision = c.steps.draft.vision.as_ref().filter(|_| first);
    if let Some(vision) = vision {
        report.block(Block::Heading(crate::t!("invitation-vision")));
        report.block(Block::Text(vision.clone()));
    }
    report.block(Block::Heading(crate::t!("invitation-what-will-happen")));
    report.block(Block::Text(what_happens.clone()));
    if let Some(agenda) = &assembly.agenda {
        report.block(Block::Heading(crate::t!("invitation-agenda")));
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
        description.push_str("\n\n");
        description.push_str(&crate::t!(
            "invitation-description-vision",
            vision = vision.as_str()
        ));
    }
    description.push_str(&format!("\n\n{what_happens}"));
    if let Some(agenda) = &assembly.agenda {
        description.push_str("\n\n");
        description.push_str(&crate::t!(
            "invitation-description-agenda",
            agenda = agenda.as_str()
        ));
    }
    // The place has a line of its own in calendars (LOCATION).
    let place = crate::t!("invitation-where");
    for (label, value) in fields(&assembly).into_iter().skip(1) {
        if label != place {
            description.push_str("\n\n");
            description.push_str(&crate::t!(
                "invitation-description-field",
                label = label,
                value = value
            ));
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
        summary: crate::t!("invitation-summary", coalition = info.name.as_str()),
        location: assembly.place.clone(),
        description,
    });
    report
}

/// When, where, in which languages, what is offered, whom to tell.
pub(super) fn fields(assembly: &Assembly) -> Vec<(String, String)> {
    let day = crate::i18n::day(assembly.date);
    let prose = |text: &String| {
        NaiveTime::parse_from_str(text, "%H:%M").map_or_else(|_| text.clone(), crate::i18n::time)
    };
    let when = match (&assembly.start, &assembly.end) {
        (Some(start), Some(end)) => crate::t!(
            "invitation-when-from-to",
            day = day,
            start = prose(start),
            end = prose(end)
        ),
        (Some(start), None) => crate::t!("invitation-when-from", day = day, start = prose(start)),
        (None, Some(end)) => crate::t!("invitation-when-until", day = day, end = prose(end)),
        (None, None) => day,
    };
    let mut fields = vec![(crate::t!("invitation-when"), when)];
    let lists = [
        (crate::t!("invitation-languages"), &assembly.languages),
        (
            crate::t!("invitation-accessibility"),
            &assembly.accessibility,
        ),
    ];
    if let Some(place) = &assembly.place {
        fields.push((crate::t!("invitation-where"), place.clone()));
    }
    for (label, list) in lists {
        if !list.is_empty() {
            fields.push((label, list.join(", ")));
        }
    }
    if let Some(rsvp) = &assembly.rsvp {
        fields.push((crate::t!("invitation-rsvp"), rsvp.clone()));
    }
    fields
}
