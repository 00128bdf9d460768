//! The draft of step 2, as the groups wrote it: why we come together, the
//! vision, the culture and the structure, who held the pen, what we agreed
//! on, and the ways a group can take part. It may leave the coalition: it
//! names groups, never ids.

use serde_json::json;

use crate::model::{Agreements, Coalition, Participation, Visibility};
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

    let agreements = agreements_in_words(&c.agreements, info.visibility);
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

/// The agreements as a group reading the draft would want them said.
fn agreements_in_words(agreements: &Agreements, visibility: Visibility) -> Vec<String> {
    let denouncing = if agreements.no_public_denouncing {
        "We may disagree, but we do not denounce each other in public: taking part does not mean endorsing everything."
    } else {
        "We have not agreed to keep our disagreements out of public view; we try to raise them among ourselves first."
    };
    let tactics = if agreements.diversity_of_tactics {
        "Each group keeps its own tactics; no group has to join or endorse an action it cannot support, and none condemns another's in public."
    } else {
        "We act together with tactics we have agreed on as a coalition."
    };
    let visibility = match visibility {
        Visibility::Informal => {
            "We work together without a public banner: no group has to say publicly that it takes part."
        }
        Visibility::Public => {
            "The coalition has a public name; each group still chooses whether to endorse it publicly."
        }
    };
    vec![
        denouncing.into(),
        tactics.into(),
        visibility.into(),
        format!(
            "We ask every member group how the coalition works for it at least every {} days.",
            agreements.feedback_every_days
        ),
    ]
}
