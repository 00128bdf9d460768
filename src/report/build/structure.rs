//! Structure: committees, communication spaces, and the people between groups.

use serde_json::json;

use crate::model::{Coalition, Status};
use crate::report::{Block, Context, Kind, Report, Rows};

pub fn build(c: &Coalition, _context: Context<'_>) -> Report {
    let mut report = Report::new(
        Kind::Structure,
        c,
        format!("{}: structure", c.coalition.name),
    );
    let mut rows = Rows::new(&["kind", "id", "name", "groups", "purpose"]);
    for (id, m) in &c.committees {
        let kind = if m.steering {
            "steering group"
        } else {
            "committee"
        };
        rows.push(vec![
            kind.into(),
            id.clone(),
            m.name.clone(),
            super::names(c, &m.groups),
            m.mandate.clone().unwrap_or_default(),
        ]);
    }
    for (id, s) in &c.spaces {
        let kind = format!("space ({})", s.medium.as_deref().unwrap_or("?"));
        rows.push(vec![
            kind,
            id.clone(),
            s.name.clone(),
            super::names(c, &s.groups),
            s.purpose.clone().unwrap_or_default(),
        ]);
    }
    report.block(Block::Table(rows.clone()));

    let spaced = c.groups_in_spaces();
    let unspaced: Vec<String> = c
        .groups
        .iter()
        .filter(|(id, g)| g.status == Status::Member && !spaced.contains(id.as_str()))
        .map(|(id, _)| id.clone())
        .collect();
    report.block(Block::Heading("Members in no space".into()));
    report.block(Block::Text(if unspaced.is_empty() {
        "Every member group is in at least one communication space.".into()
    } else {
        format!(
            "{}. Bring them into a space: groups that talk learn from each other.",
            super::names(c, &unspaced)
        )
    }));

    let builders: Vec<(&String, &crate::model::Person)> = c
        .people
        .iter()
        .filter(|(_, p)| p.groups.len() >= 2)
        .collect();
    report.block(Block::Heading("Point builders".into()));
    report.block(if builders.is_empty() {
        Block::Text("Nobody is in two groups yet. People active in several groups translate between their ways of working: look for them.".into())
    } else {
        Block::List(builders.iter().map(|(_, p)| format!("{}: {}", p.name, super::names(c, &p.groups))).collect())
    });

    report.field(
        "committees",
        json!(c.committees.iter().map(|(id, m)| json!({"id": id, "name": m.name, "steering": m.steering, "groups": m.groups})).collect::<Vec<_>>()),
    );
    report.field(
        "spaces",
        json!(c.spaces.iter().map(|(id, s)| json!({"id": id, "name": s.name, "medium": s.medium, "groups": s.groups})).collect::<Vec<_>>()),
    );
    report.field("members_without_space", json!(unspaced));
    report.field(
        "point_builders",
        json!(
            builders
                .iter()
                .map(|(id, p)| json!({"id": id, "name": p.name, "groups": p.groups}))
                .collect::<Vec<_>>()
        ),
    );
    report.rows = Some(rows);
    report
}
