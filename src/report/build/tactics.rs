//! Tactics: who uses what, how intense, and who draws a line where.

use serde_json::{Value, json};

use crate::model::{BoundaryLevel, Coalition};
use crate::report::{Audience, Block, Context, Kind, Report, Rows};

/// Every tactic with its id, its users and the groups that draw a line at
/// it: rows for people (one name per line), rows for CSV, and JSON.
fn internal(c: &Coalition) -> (Rows, Rows, Vec<Value>) {
    let headers = ["id", "name", "intensity", "used by", "boundaries"];
    let mut table = Rows::new(&[
        "id",
        &crate::t!("report-groups-name"),
        &crate::t!("report-tactics-intensity"),
        &crate::t!("report-tactics-used-by"),
        &crate::t!("report-tactics-boundaries"),
    ]);
    let mut rows = Rows::new(&headers);
    let mut tactics = Vec::new();
    for (id, t) in &c.tactics {
        let users: Vec<String> = c
            .groups
            .iter()
            .filter(|(_, g)| g.tactics.contains(id))
            .map(|(gid, _)| gid.clone())
            .collect();
        // The lines groups drew against it: once, then told in the file's
        // words (CSV, JSON) and in the words of the language read (tables).
        let lines: Vec<(&String, BoundaryLevel)> = c
            .groups
            .iter()
            .flat_map(|(gid, g)| {
                g.boundaries
                    .iter()
                    .filter(|b| b.tactic.as_ref() == Some(id))
                    .map(move |b| (gid, b.level))
            })
            .collect();
        let line =
            |g: &String, level: String| format!("{} ({level})", super::one_line(super::name(c, g)));
        let drawn: Vec<String> = lines
            .iter()
            .map(|(g, level)| line(g, level.to_string()))
            .collect();
        let drawn_words: Vec<String> = lines
            .iter()
            .map(|(g, level)| line(g, level.word()))
            .collect();
        let row = vec![id.clone(), t.name.clone(), super::opt(t.intensity)];
        table.push(
            [
                row.clone(),
                vec![super::name_lines(c, &users), drawn_words.join("\n")],
            ]
            .concat(),
        );
        rows.push([row, vec![super::names(c, &users), drawn.join(", ")]].concat());
        tactics.push(json!({
            "id": id,
            "name": t.name,
            "intensity": t.intensity,
            "description": t.description,
            "used_by": users,
            "boundaries": lines.iter().map(|(g, level)| json!({"group": g, "level": level.as_str()})).collect::<Vec<_>>(),
        }));
    }
    (table, rows, tactics)
}

/// The tactics that listed groups use (`privacy::public_view` has left no
/// other), by name, with their description and their users by name: no
/// ids, no boundaries. Every format has the same columns.
fn public(c: &Coalition) -> (Rows, Rows, Vec<Value>) {
    let headers = ["name", "intensity", "description", "used by"];
    let mut table = Rows::new(&[
        &crate::t!("report-groups-name"),
        &crate::t!("report-tactics-intensity"),
        &crate::t!("report-tactics-description"),
        &crate::t!("report-tactics-used-by"),
    ]);
    let mut rows = Rows::new(&headers);
    let mut tactics = Vec::new();
    for (id, t) in &c.tactics {
        let users: Vec<&str> = c
            .groups
            .values()
            .filter(|g| g.tactics.contains(id))
            .map(|g| g.name.as_str())
            .collect();
        let row = vec![
            t.name.clone(),
            super::opt(t.intensity),
            t.description.clone().unwrap_or_default(),
        ];
        let lines: Vec<String> = users.iter().map(|name| super::one_line(name)).collect();
        table.push([row.clone(), vec![lines.join("\n")]].concat());
        rows.push([row, vec![users.join(", ")]].concat());
        tactics.push(json!({
            "name": t.name,
            "intensity": t.intensity,
            "description": t.description,
            "used_by": users,
        }));
    }
    (table, rows, tactics)
}

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    let mut report = Report::new(
        Kind::Tactics,
        c,
        crate::t!(
            "report-tactics-title",
            coalition = c.coalition.name.as_str()
        ),
    );
    let (table, rows, tactics) = match context.audience {
        Audience::Internal => internal(c),
        Audience::Public => public(c),
    };
    let mut spread = [0usize; 5];
    for t in c.tactics.values() {
        if let Some(i) = t.intensity {
            spread[usize::from(i) - 1] += 1;
        }
    }
    report.block(Block::Table(table));
    report.block(Block::Heading(crate::t!("report-tactics-spread")));
    report.block(Block::Fields(
        (1..=5)
            .map(|i| {
                (
                    crate::t!("report-tactics-intensity-level", level = i),
                    "#".repeat(spread[i - 1]) + &format!(" {}", spread[i - 1]),
                )
            })
            .collect(),
    ));
    report.block(Block::Text(c.tactics_explained()));
    report.field("tactics", json!(tactics));
    report.field("intensity_spread", json!(spread));
    report.rows = Some(rows);
    report
}
