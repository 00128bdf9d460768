//! Boundaries: the lines groups will not cross, and where they are crossed.

use serde_json::json;

use crate::check::rules::{self, Tension, boundary_violation};
use crate::model::{Coalition, Status};
use crate::report::{Block, Context, Kind, Report, Rows};

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    let mut report = Report::new(
        Kind::Boundaries,
        c,
        crate::t!(
            "report-boundaries-title",
            coalition = c.coalition.name.as_str()
        ),
    );
    let mut rows = Rows::new(&["group", "against", "level", "reason"]);
    // The same rows for people, in the words of the language read.
    let mut table = Rows::new(&[
        &crate::t!("report-resources-group"),
        &crate::t!("report-boundaries-against"),
        &crate::t!("report-boundaries-level"),
        &crate::t!("report-boundaries-reason"),
    ]);
    let mut boundaries = Vec::new();
    for (id, g) in &c.groups {
        for b in &g.boundaries {
            let (key, against, shown, words) = match (&b.group, &b.tactic) {
                (Some(other), _) => (
                    "against_group",
                    other.clone(),
                    format!("group {}", super::name(c, other)),
                    crate::t!(
                        "report-boundaries-against-group",
                        name = super::name(c, other)
                    ),
                ),
                (_, Some(tactic)) => (
                    "against_tactic",
                    tactic.clone(),
                    format!("tactic {}", super::tactic_name(c, tactic)),
                    crate::t!(
                        "report-boundaries-against-tactic",
                        name = super::tactic_name(c, tactic)
                    ),
                ),
                (None, None) => continue,
            };
            table.push(vec![
                g.name.clone(),
                words,
                b.level.word(),
                b.reason.clone().unwrap_or_default(),
            ]);
            rows.push(vec![
                g.name.clone(),
                shown,
                b.level.to_string(),
                b.reason.clone().unwrap_or_default(),
            ]);
            boundaries
                .push(json!({ "group": id, key: against, "level": b.level, "reason": b.reason }));
        }
    }
    let violations = boundary_violation(
        c,
        &rules::Context {
            today: context.today,
        },
    );
    report.block(Block::Text(crate::t!("report-boundaries-intro")));
    report.block(Block::Table(table));
    report.block(Block::Heading(crate::t!("report-boundaries-crossed")));
    if violations.is_empty() {
        report.block(Block::Text(crate::t!("report-boundaries-none-crossed")));
    } else {
        report.block(Block::List(
            violations.iter().map(|f| f.message.clone()).collect(),
        ));
    }
    let clashes = clashes(c);
    report.block(Block::Heading(crate::t!("report-boundaries-tension")));
    if clashes.is_empty() {
        report.block(Block::Text(crate::t!("report-boundaries-no-tension")));
    } else {
        report.block(Block::List(
            clashes.iter().map(|tension| advice(c, tension)).collect(),
        ));
    }
    report.field("boundaries", json!(boundaries));
    report.field("violations", json!(violations));
    let clashes: Vec<_> = clashes
        .iter()
        .map(|t| json!({"group": t.holder, "tactic": t.tactic, "level": t.level, "used_by": t.users}))
        .collect();
    report.field("clashes", json!(clashes));
    report.rows = Some(rows);
    report
}

/// The advice for a tactic in tension: respect the line both ways.
fn advice(c: &Coalition, tension: &Tension) -> String {
    let tactic = super::tactic_name(c, tension.tactic);
    let holder = &tension.group.name;
    let (users, _) = tension.users_named(c);
    crate::t!(
        "report-boundaries-advice",
        holder = holder.as_str(),
        tactic = tactic,
        users = users,
        count = tension.users.len()
    )
}

/// Every boundary against a tactic that members use, held by a group in or
/// near the coalition, whatever the agreement on denouncing: the tension is
/// there either way.
fn clashes(c: &Coalition) -> Vec<Tension<'_>> {
    rules::tensions(c, |g| {
        !matches!(g.status, Status::Declined | Status::Left | Status::Watch)
    })
}
