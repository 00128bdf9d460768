//! The draft of step 2, as the groups wrote it: why we come together, the
//! vision, the culture and the structure, who held the pen, what we agreed
//! on, and the ways a group can take part. It may leave the coalition: it
//! names groups, never ids.

use serde_json::json;

use crate::model::{Coalition, Participation};
use crate::report::{Block, Context, Kind, Report};

const NOT_YET: &str = "Not written yet.";

pub fn build(c: &Coalition, _context: Context<'_>) -> Report {
    let info = &c.coalition;
    let draft = &c.steps.draft;
    let mut report = Report::new(
        Kind::Draft,
        c,
        format!("{}: our draft of vision, culture and structure", info.name),
    );
    report.block(Block::Heading("Why we come together".into()));
    report.block(Block::Text(info.unity_statement.clone()));
    let parts = [
        ("Vision: where we are going", &draft.vision),
        ("Culture: how we work together", &draft.culture),
        ("Structure: how we organize", &draft.structure),
    ];
    for (heading, text) in parts {
        report.block(Block::Heading(heading.into()));
        report.block(Block::Text(written(text).unwrap_or(NOT_YET).into()));
    }

    let co_authors: Vec<&str> = draft
        .co_authors
        .iter()
        .map(|id| super::name(c, id))
        .collect();
    report.block(Block::Heading("Written together by".into()));
    report.block(Block::Text(if co_authors.is_empty() {
        "No group has been named as a co-author yet.".into()
    } else {
        co_authors.join(", ")
    }));

    let agreements = c.agreements_in_words();
    report.block(Block::Heading("What we agreed on".into()));
    report.block(Block::List(agreements.clone()));

    report.block(Block::Heading("Ways to take part".into()));
    report.block(Block::Text(
        "Each group takes part as far as its means allow, so that groups with the fewest resources can be part of the coalition too.".into(),
    ));
    report.block(Block::Fields(
        Participation::ALL
            .iter()
            .map(|level| (level.to_string(), level.meaning().to_string()))
            .collect(),
    ));

    report.field("unity_statement", json!(info.unity_statement));
    report.field("vision", json!(written(&draft.vision)));
    report.field("culture", json!(written(&draft.culture)));
    report.field("structure", json!(written(&draft.structure)));
    report.field("co_authors", json!(co_authors));
    report.field(
        "agreements",
        json!({
            "no_public_denouncing": c.agreements.no_public_denouncing,
            "diversity_of_tactics": c.agreements.diversity_of_tactics,
            "feedback_every_days": c.agreements.feedback_every_days,
            "visibility": info.visibility,
        }),
    );
    report.field("agreements_in_words", json!(agreements));
    report.field(
        "participation_levels",
        json!(
            Participation::ALL
                .iter()
                .map(|level| json!({"level": level, "meaning": level.meaning()}))
                .collect::<Vec<_>>()
        ),
    );
    report
}

/// A part of the draft, when it says something.
fn written(text: &Option<String>) -> Option<&str> {
    text.as_deref().filter(|t| !t.trim().is_empty())
}
