use serde_json::{Value, json};

use crate::model::Coalition;
use crate::report::{Audience, Block, Context, Kind, Report, Rows};

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    match context.audience {
        Audience::Internal => internal(c),
        Audience::Public => public(c),
    }
}

fn internal(c: &Coalition) -> Report {
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
            super::tactic_names(c, &g.tactics),
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
    let members = c
        .groups
        .values()
        .filter(|g| g.status == crate::model::Status::Member)
        .count();
    // Only a member endorses: a group outside marked public does not.
    let endorsing = c
        .groups
        .values()
        .filter(|g| crate::report::privacy::listed(g))
        .count();
    report.block(Block::Text(format!(
        "{}: {}, {endorsing} publicly endorsing.",
        counted(c.groups.len(), "group", "groups"),
        counted(members, "member", "members"),
    )));
    report.block(Block::Table(short));
    report.field("groups", Value::Array(groups));
    report.rows = Some(rows);
    report
}

/// The groups that endorse the coalition publicly, as outside eyes may see
/// them: by name, with what they chose to say (`privacy::public_view` has
/// left nothing else), and no ids, not even of their tactics.
fn public(c: &Coalition) -> Report {
    let mut report = Report::new(Kind::Groups, c, format!("{}: groups", c.coalition.name));
    let mut rows = Rows::new(&["name", "participation", "impacted", "members", "tactics"]);
    let mut groups = Vec::new();
    for g in c.groups.values() {
        let tactics: Vec<&str> = g
            .tactics
            .iter()
            .filter_map(|id| c.tactics.get(id))
            .map(|t| t.name.as_str())
            .collect();
        rows.push(vec![
            g.name.clone(),
            super::opt(g.participation()),
            yes_no(g.impacted),
            super::opt(g.members),
            tactics.join(", "),
        ]);
        groups.push(json!({
            "name": g.name,
            "participation": g.participation(),
            "impacted": g.impacted,
            "members": g.members,
            "tactics": tactics,
        }));
    }
    report.block(Block::Text(match c.groups.len() {
        0 => "No group endorses the coalition publicly yet.".into(),
        1 => "1 group endorses the coalition publicly.".into(),
        n => format!("{n} groups endorse the coalition publicly."),
    }));
    report.block(Block::Table(rows.clone()));
    report.field("groups", Value::Array(groups));
    report.rows = Some(rows);
    report
}

fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn yes_no(flag: bool) -> String {
    if flag { "yes".into() } else { "no".into() }
}
