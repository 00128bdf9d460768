//! Structure: committees, communication spaces, and the people between groups.

use std::collections::BTreeSet;

use serde_json::json;

use crate::model::{Coalition, Status};
use crate::report::{Block, Context, Kind, Report, Rows};

pub fn build(c: &Coalition, _context: Context<'_>) -> Report {
    let mut report = Report::new(
        Kind::Structure,
        c,
        crate::t!(
            "report-structure-title",
            coalition = c.coalition.name.as_str()
        ),
    );
    // For people one group per line; for CSV, on one line.
    // For people, id and name first: a card is titled `id — name`.
    let headers = ["kind", "id", "name", "groups", "purpose"];
    let mut table = Rows::new(&[
        "id",
        &crate::t!("report-groups-name"),
        &crate::t!("report-structure-kind"),
        &crate::t!("report-structure-groups"),
        &crate::t!("report-structure-purpose"),
    ]);
    let mut rows = Rows::new(&headers);
    let mut push = |row: Vec<String>, kind: String, groups: &[String]| {
        let names: Vec<String> = groups
            .iter()
            .map(|g| super::one_line(super::name(c, g)))
            .collect();
        let mut for_people = row.clone();
        for_people[0] = kind;
        for_people[3] = names.join("\n");
        for_people[..3].rotate_left(1);
        table.push(for_people);
        rows.push(row);
    };
    for (id, m) in &c.committees {
        let (kind, words) = if m.steering {
            ("steering group", crate::t!("report-structure-steering"))
        } else {
            ("committee", crate::t!("report-structure-committee"))
        };
        push(
            vec![
                kind.into(),
                id.clone(),
                m.name.clone(),
                super::names(c, &m.groups),
                m.mandate.clone().unwrap_or_default(),
            ],
            words,
            &m.groups,
        );
    }
    for (id, s) in &c.spaces {
        let medium = s.medium.as_deref().unwrap_or("?");
        let kind = format!("space ({medium})");
        let words = crate::t!("report-structure-space", medium = medium);
        push(
            vec![
                kind,
                id.clone(),
                s.name.clone(),
                super::names(c, &s.groups),
                s.purpose.clone().unwrap_or_default(),
            ],
            words,
            &s.groups,
        );
    }
    report.block(Block::Table(table));

    let spaced = c.groups_in_spaces();
    let unspaced: Vec<String> = c
        .groups
        .iter()
        .filter(|(id, g)| g.status == Status::Member && !spaced.contains(id.as_str()))
        .map(|(id, _)| id.clone())
        .collect();
    report.block(Block::Heading(crate::t!("report-structure-no-space")));
    let has_members = c.groups.values().any(|g| g.status == Status::Member);
    report.block(Block::Text(if !has_members {
        crate::t!("report-structure-no-member")
    } else if unspaced.is_empty() {
        crate::t!("report-structure-all-spaced")
    } else {
        crate::t!(
            "report-structure-bring-them",
            names = super::names(c, &unspaced)
        )
    }));

    leadership(c, &mut report);

    let builders: Vec<(&String, &crate::model::Person)> = c
        .people
        .iter()
        .filter(|(_, p)| p.groups.len() >= 2)
        .collect();
    report.block(Block::Heading(crate::t!("report-structure-point-builders")));
    report.block(if builders.is_empty() {
        Block::Text(crate::t!("report-structure-no-point-builder"))
    } else {
        Block::List(
            builders
                .iter()
                .map(|(_, p)| {
                    crate::t!(
                        "report-structure-point-builder",
                        name = p.name.as_str(),
                        groups = super::names(c, &p.groups)
                    )
                })
                .collect(),
        )
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

/// Where the impacted stand: their share of the members, and of the places
/// where the coalition is led (steering seats, the draft's pen, the groups
/// heard before decisions). Nothing about us without us asks for more than
/// numbers: the people most affected should hold a strong part of the lead.
fn leadership(c: &Coalition, report: &mut Report) {
    let members: BTreeSet<&String> = c
        .groups
        .iter()
        .filter(|(_, g)| g.status == Status::Member)
        .map(|(id, _)| id)
        .collect();
    let steering: BTreeSet<&String> = c
        .committees
        .values()
        .filter(|m| m.steering)
        .flat_map(|m| &m.groups)
        .collect();
    let co_authors: BTreeSet<&String> = c.steps.draft.co_authors.iter().collect();
    let consulted: BTreeSet<&String> = c.decisions.iter().flat_map(|d| &d.consulted).collect();
    let parts = [
        (
            "members",
            crate::t!("report-overview-member-groups"),
            members,
        ),
        (
            "steering",
            crate::t!("report-structure-steering-seat"),
            steering,
        ),
        (
            "co_authors",
            crate::t!("report-structure-co-authors"),
            co_authors,
        ),
        (
            "consulted",
            crate::t!("report-structure-consulted"),
            consulted,
        ),
    ];
    let mut fields = Vec::new();
    let mut data = serde_json::Map::new();
    for (key, label, groups) in parts {
        let total = groups.len();
        let impacted = groups
            .iter()
            .filter(|id| c.groups.get(id.as_str()).is_some_and(|g| g.impacted))
            .count();
        let share = (total > 0).then(|| impacted as f64 / total as f64);
        fields.push((
            label,
            match share {
                Some(share) => crate::t!(
                    "report-structure-impacted-share",
                    impacted = impacted,
                    total = total,
                    percent = super::percent(share)
                ),
                None => crate::t!("report-none-yet"),
            },
        ));
        data.insert(
            key.into(),
            json!({"impacted": impacted, "total": total, "share": share}),
        );
    }
    report.block(Block::Heading(crate::t!("report-structure-leadership")));
    report.block(Block::Text(crate::t!("report-structure-leadership-intro")));
    report.block(Block::Fields(fields));
    report.field("impacted_leadership", serde_json::Value::Object(data));
}
