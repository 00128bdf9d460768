//! The spectrum of allies, and the one-step moves to aim for.

use serde_json::json;

use crate::model::{Coalition, Spectrum};
use crate::report::{Block, Context, Kind, Report, Rows};

/// One step from `from` towards `to` along the spectrum.
fn one_step(from: Spectrum, to: Spectrum) -> Spectrum {
    let at = Spectrum::ALL
        .iter()
        .position(|s| *s == from)
        .expect("a position");
    let goal = Spectrum::ALL
        .iter()
        .position(|s| *s == to)
        .expect("a position");
    Spectrum::ALL[if goal < at { at - 1 } else { at + 1 }]
}

pub fn build(c: &Coalition, _context: Context<'_>) -> Report {
    let mut report = Report::new(
        Kind::Spectrum,
        c,
        format!("{}: spectrum of allies", c.coalition.name),
    );
    let mut positions = serde_json::Map::new();
    let mut grid = Rows::new(&Spectrum::words());
    let mut column: Vec<Vec<String>> = vec![Vec::new(); Spectrum::ALL.len()];
    for (index, position) in Spectrum::ALL.iter().enumerate() {
        let ids: Vec<&String> = c
            .groups
            .iter()
            .filter(|(_, g)| g.spectrum == Some(*position))
            .map(|(id, _)| id)
            .collect();
        column[index] = ids.iter().map(|id| c.groups[*id].name.clone()).collect();
        positions.insert(position.as_str().into(), json!(ids));
    }
    grid.push(column.iter().map(|names| names.join("\n")).collect());
    report.block(Block::Table(grid));

    let mut moves = Vec::new();
    let mut rows = Rows::new(&["id", "name", "spectrum", "target", "next step"]);
    for (id, g) in &c.groups {
        if let (Some(from), Some(to)) = (g.spectrum, g.spectrum_target)
            && from != to
        {
            let next = one_step(from, to);
            rows.push(vec![
                id.clone(),
                g.name.clone(),
                from.to_string(),
                to.to_string(),
                next.to_string(),
            ]);
            moves.push(json!({"id": id, "from": from, "to": to, "next": next}));
        }
    }
    report.block(Block::Heading("Moves to aim for".into()));
    report.block(Block::Text(
        "People and groups move one step at a time: aim to bring each one a single step closer, not to win over opponents at once.".into(),
    ));
    if moves.is_empty() {
        report.block(Block::Text(
            "No group has a target different from where it stands.".into(),
        ));
    } else {
        report.block(Block::Table(rows.clone()));
    }
    report.field("spectrum", serde_json::Value::Object(positions));
    report.field("moves", json!(moves));
    let mut all = Rows::new(&["id", "name", "spectrum", "target"]);
    for (id, g) in &c.groups {
        all.push(vec![
            id.clone(),
            g.name.clone(),
            super::opt(g.spectrum),
            super::opt(g.spectrum_target),
        ]);
    }
    report.rows = Some(all);
    report
}
