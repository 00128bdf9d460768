//! Boundaries: the lines groups will not cross, and where they are crossed.

use serde::Serialize;
use serde_json::json;

use crate::check::rules::{self, boundary_violation};
use crate::model::{BoundaryLevel, Coalition, Status};
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
    let clashes = clashes(c);
    report.block(Block::Heading("Tactics in tension".into()));
    if clashes.is_empty() {
        report.block(Block::Text(
            "No group draws a line at a tactic a member uses.".into(),
        ));
    } else {
        report.block(Block::List(
            clashes.iter().map(|clash| clash.advice(c)).collect(),
        ));
    }
    report.field("boundaries", json!(boundaries));
    report.field("violations", json!(violations));
    report.field("clashes", json!(clashes));
    report.rows = Some(rows);
    report
}

/// A boundary against a tactic that members use.
#[derive(Debug, Serialize)]
struct Clash<'a> {
    group: &'a str,
    tactic: &'a str,
    level: BoundaryLevel,
    used_by: Vec<&'a str>,
}

impl Clash<'_> {
    fn advice(&self, c: &Coalition) -> String {
        let tactic = c.tactics.get(self.tactic).map_or(self.tactic, |t| &t.name);
        let users = self
            .used_by
            .iter()
            .map(|id| super::name(c, id))
            .collect::<Vec<_>>()
            .join(", ");
        let holder = super::name(c, self.group);
        let (uses, ask) = match self.used_by.len() {
            1 => ("uses", "does not ask"),
            _ => ("use", "do not ask"),
        };
        format!(
            "{holder} draws a line at {tactic}, which {users} {uses}. Respect it both ways: {holder} stays out of it and does not denounce it in public; {users} {ask} {holder} to take part or to lend its name."
        )
    }
}

/// Every boundary against a tactic, held by a group in or near the
/// coalition, that members other than the holder use — whatever the
/// agreement on denouncing: the tension is there either way.
fn clashes(c: &Coalition) -> Vec<Clash<'_>> {
    let users_of = c.tactic_users();
    let mut found = Vec::new();
    for (id, group) in &c.groups {
        if matches!(
            group.status,
            Status::Declined | Status::Left | Status::Watch
        ) {
            continue;
        }
        for boundary in &group.boundaries {
            let Some(tactic) = &boundary.tactic else {
                continue;
            };
            let used_by: Vec<&str> = users_of
                .get(tactic.as_str())
                .into_iter()
                .flatten()
                .filter(|user| **user != id && c.groups[**user].status == Status::Member)
                .copied()
                .collect();
            if !used_by.is_empty() {
                found.push(Clash {
                    group: id,
                    tactic,
                    level: boundary.level,
                    used_by,
                });
            }
        }
    }
    found
}
