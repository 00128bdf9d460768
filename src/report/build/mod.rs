//! One builder per report kind: the coalition in, plain data out.

mod boundaries;
mod draft;
mod feedback;
mod groups;
mod handout;
mod invitation;
mod map;
mod moves;
mod network;
mod overview;
mod power;
pub mod resources;
mod spectrum;
mod steps;
mod structure;
mod tactics;

use super::{Audience, Context, Kind, Report};
use crate::model::{Coalition, Question};

pub use power::{Quadrants, quadrants};
pub use resources::{Match, matches};

pub fn build(kind: Kind, c: &Coalition, context: Context<'_>) -> Report {
    match kind {
        Kind::Overview => overview::build(c, context),
        Kind::Groups => groups::build(c, context),
        Kind::Power => power::build(c, context),
        Kind::Resources => resources::build(c, context),
        Kind::Tactics => tactics::build(c, context),
        Kind::Boundaries => boundaries::build(c, context),
        Kind::Spectrum => spectrum::build(c, context),
        Kind::Structure => structure::build(c, context),
        Kind::Feedback => feedback::build(c, context),
        Kind::Steps => steps::build(c, context),
        Kind::Invitation => invitation::build(c, context),
        Kind::Draft => draft::build(c, context),
        Kind::Handout => handout::build(c, context),
        Kind::Map => map::build(c, context),
        Kind::Network => network::build(c, context),
    }
}

/// A group's name, or its id when it has none.
fn name<'a>(c: &'a Coalition, id: &'a str) -> &'a str {
    c.groups.get(id).map_or(id, |g| g.name.as_str())
}

/// A name as one entry of a list cell (one name per line): its own line
/// breaks become spaces, so that it cannot pass for two names.
fn one_line(name: &str) -> String {
    name.lines().collect::<Vec<_>>().join(" ")
}

/// Names one per line, for a list cell or a field of several lines.
fn name_lines(c: &Coalition, ids: &[String]) -> String {
    ids.iter()
        .map(|id| one_line(name(c, id)))
        .collect::<Vec<_>>()
        .join("\n")
}

fn names(c: &Coalition, ids: &[String]) -> String {
    if ids.is_empty() {
        return crate::t!("report-none");
    }
    ids.iter()
        .map(|id| name(c, id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A tactic's name, or its id when it is not described.
fn tactic_name<'a>(c: &'a Coalition, id: &'a str) -> &'a str {
    c.tactics.get(id).map_or(id, |t| t.name.as_str())
}

/// Tactics by name, `separator` between them.
fn tactic_names(c: &Coalition, ids: &[String], separator: &str) -> String {
    ids.iter()
        .map(|id| tactic_name(c, id))
        .collect::<Vec<_>>()
        .join(separator)
}

/// Who asked a question, by name.
fn asker(c: &Coalition, question: &Question) -> Option<String> {
    question
        .asked_by
        .as_deref()
        .map(|id| name(c, id).to_string())
}

/// Whether a question may be shown: in public, one asked by a group the
/// report may name or by no one named (the public copy keeps no other), so
/// that neither a hidden group's question nor their number shows.
fn question_shown(c: &Coalition, question: &Question, audience: Audience) -> bool {
    audience == Audience::Internal
        || question
            .asked_by
            .as_ref()
            .is_none_or(|id| c.groups.contains_key(id))
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// A share as a whole percentage, for `{ $percent } %` in prose.
fn percent(share: f64) -> String {
    format!("{:.0}", share * 100.0)
}

/// A date in a report's prose: English reports have always written it as
/// the file does (`2026-03-01`), French ones as French writes it
/// (« 1 mars 2026 »).
fn prose_date(date: chrono::NaiveDate) -> String {
    match crate::i18n::current() {
        crate::i18n::Lang::En => date.to_string(),
        _ => crate::i18n::date(date),
    }
}
