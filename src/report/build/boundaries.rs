//! Boundaries: the lines groups will not cross, and where they are crossed.

use serde_json::json;

use crate::check::rules::{self, boundary_violation};
use crate::model::Coalition;
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
                (_, Some(tactic)) => ("against_tactic", tactic.clone(), format!("tactic {tactic}")),
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
    report.field("boundaries", json!(boundaries));
    report.field("violations", json!(violations));
    report.rows = Some(rows);
    report
}
