//! The draft of step 2, as the groups wrote it: why we come together, the
//! vision, the culture and the structure, who held the pen, what we agreed
//! on, and the ways a group can take part. It may leave the coalition: it
//! names groups, never ids.

use serde_json::json;

use crate::model::{Coalition, Participation};
use crate::report::{Block, Context, Kind, Report};

pub fn build(c: &Coalition, _context: Context<'_>) -> Report {
    let info = &c.coalition;
    let draft = &c.steps.draft;
    let mut report = Report::new(
        Kind::Draft,
        c,
        crate::t!("doc-draft-title", coalition = info.name.as_str()),
    );
    report.block(Block::Heading(crate::t!("doc-draft-why")));
    report.block(Block::Text(info.unity_statement.clone()));
    let parts = [
        (crate::t!("doc-draft-vision"), &draft.vision),
        (crate::t!("doc-draft-culture"), &draft.culture),
        (crate::t!("doc-draft-structure"), &draft.structure),
    ];
    for (heading, text) in parts {
        report.block(Block::Heading(heading));
        report.block(Block::Text(
            written(text).map_or_else(|| crate::t!("doc-draft-not-yet"), str::to_string),
        ));
    }

    let co_authors: Vec<&str> = draft
        .co_authors
        .iter()
        .map(|id| super::name(c, id))
        .collect();
    report.block(Block::Heading(crate::t!("doc-draft-written-by")));
    report.block(Block::Text(if co_authors.is_empty() {
        crate::t!("doc-draft-no-co-author")
    } else {
        co_authors.join(", ")
    }));

    let agreements = c.agreements_in_words();
    report.block(Block::Heading(crate::t!("doc-draft-agreed")));
    report.block(Block::List(agreements.clone()));

    report.block(Block::Heading(crate::t!("doc-draft-take-part")));
    report.block(Block::Text(crate::t!("doc-draft-participation")));
    report.block(Block::Fields(
        Participation::ALL
            .iter()
            .map(|level| (level.word(), level.meaning()))
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
