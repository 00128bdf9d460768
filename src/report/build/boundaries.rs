//! Boundaries: the lines groups will not cross, and where they are crossed.

use serde_json::json;

use crate::check::rules::{self, Tension, boundary_violation};
use crate::model::{Coalition, Status};
use crate::report::{Block, Context, Kind, Report, Rows};

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    let mut report = Report::new(
        Kind::Boundaries,
        c,
        format!("{}: boundaries", c.coalition.name),
    );
    let mut rows = Rows::new(&["group", "against", "level", "reason"]);
    let mut boundaries = Vec::new();
    for (id, g) in &c.groups {
        for b in &g.boundaries {
            let (key, against, shown) = match (&b.group, &b.tactic) {
                (Some(other), _) => (
                    "against_group",
                    other.clone(),
                    format!("group {}", super::name(c, other)),
                ),
                (_, Some(tactic)) => (
                    "against_tactic",
                    tactic.clone(),
                    format!("tactic {}", super::tactic_name(c, tactic)),
                ),
                (None, None) => continue,
            };
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
    report.block(Block::Text(
        "A boundary is a line a group will not cross, even with groups it agrees with. The coalition respects them: groups with a boundary between them are not seated together.".into(),
    ));
    report.block(Block::Table(rows.clone()));
    report.block(Block::Heading("Crossed".into()));
    if violations.is_empty() {
        report.block(Block::Text("No boundary is crossed.".into()));
    } else {
        report.block(Block::List(
            violations.iter().map(|f| f.message.clone()).collect(),
        ));
    }
    let clashes = clashes(c);
    report.block(Block::Heading("Tactics in tension".into()));
    if clashes.is_empty() {
        report.block(Block::Text(
            "No group draws a line at a tactic a member uses.".into(),
        ));
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
    let (users, uses) = tension.users_named(c);
    let ask = if tension.users.len() == 1 {
        "does not ask"
    } else {
        "do not ask"
    };
    format!(
        "{holder} draws a line at {tactic}, which {users} {uses}. Respect it both ways: {holder} stays out of it and does not denounce it in public; {users} {ask} {holder} to take part or to lend its name."
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
