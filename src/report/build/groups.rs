use serde_json::{Value, json};

use crate::model::Coalition;
use crate::report::{Block, Context, Kind, Report, Rows};

pub fn build(c: &Coalition, _context: Context<'_>) -> Report {
    let mut report = Report::new(Kind::Groups, c, format!("{}: groups", c.coalition.name));
    let mut rows = Rows::new(&[
        "id",
        "name",
        "status",
        "participation",
        "public",
        "impacted",
        "power",
        "interest",
        "unpredictability",
        "members",
        "spectrum",
        "spectrum target",
        "roles",
        "tactics",
        "offers",
        "needs",
    ]);
    let mut groups = Vec::new();
    for (id, g) in &c.groups {
        let roles: Vec<&str> = g.roles.iter().map(|r| r.as_str()).collect();
        let resources = |map: &std::collections::BTreeMap<_, _>| -> String {
            map.keys()
                .map(|k: &crate::model::ResourceType| k.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        rows.push(vec![
            id.clone(),
            g.name.clone(),
            g.status.to_string(),
            super::opt(g.participation()),
            yes_no(g.public),
            yes_no(g.impacted),
            super::opt(g.power),
            super::opt(g.interest),
            super::opt(g.unpredictability),
            super::opt(g.members),
            super::opt(g.spectrum),
            super::opt(g.spectrum_target),
            roles.join(", "),
            g.tactics.join(", "),
            resources(&g.offers),
            resources(&g.needs),
        ]);
        groups.push(json!({
            "id": id,
            "name": g.name,
            "status": g.status,
            "participation": g.participation(),
            "public": g.public,
            "impacted": g.impacted,
            "power": g.power,
            "interest": g.interest,
            "unpredictability": g.unpredictability,
            "members": g.members,
            "spectrum": g.spectrum,
            "spectrum_target": g.spectrum_target,
            "roles": g.roles,
            "tactics": g.tactics,
            "offers": g.offers,
            "needs": g.needs,
        }));
    }
    // The table for people keeps the columns that fit a terminal.
    let mut short = Rows::new(&[
        "id",
        "name",
        "status",
        "participation",
        "public",
        "impacted",
        "power",
        "interest",
        "tactics",
    ]);
    for row in &rows.rows {
        short.push(
            [0, 1, 2, 3, 4, 5, 6, 7, 13]
                .iter()
                .map(|&i| row[i].clone())
                .collect(),
        );
    }
    report.block(Block::Text(format!(
        "{} groups: {} members, {} publicly endorsing.",
        c.groups.len(),
        c.groups
            .values()
            .filter(|g| g.status == crate::model::Status::Member)
            .count(),
        c.groups.values().filter(|g| g.public).count()
    )));
    report.block(Block::Table(short));
    report.field("groups", Value::Array(groups));
    report.rows = Some(rows);
    report
}

fn yes_no(flag: bool) -> String {
    if flag { "yes".into() } else { "no".into() }
}
