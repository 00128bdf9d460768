//! Resources: who offers what, who needs what, and how giving can be spread.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::json;

use crate::check::rules::concentration;
use crate::model::{Coalition, ResourceType, Status};
use crate::report::{Block, Context, Kind, Report, Rows};

/// How many offering members one need is paired with, at most.
pub const MATCHES_PER_NEED: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Match {
    #[serde(rename = "type")]
    pub kind: ResourceType,
    pub from: String,
    pub to: String,
}

/// Pairs each need of a member with up to three members offering the same
/// type (never itself): needs in order of (needing id, type); for each, the
/// offerers with the fewest matches so far, ties by id, so that giving is
/// spread rather than piled on one group.
pub fn matches(c: &Coalition) -> Vec<Match> {
    let members: Vec<(&String, &crate::model::Group)> = c
        .groups
        .iter()
        .filter(|(_, g)| g.status == Status::Member)
        .collect();
    // For each type, its offerers ordered by (matches so far, id).
    let mut offerers: BTreeMap<ResourceType, BTreeSet<(usize, &String)>> = BTreeMap::new();
    for (id, group) in &members {
        for kind in group.offers.keys() {
            offerers.entry(*kind).or_default().insert((0, *id));
        }
    }
    let mut given: BTreeMap<&String, usize> = BTreeMap::new();
    let mut found = Vec::new();
    for (to, group) in &members {
        for kind in group.needs.keys() {
            let Some(candidates) = offerers.get(kind) else {
                continue;
            };
            let chosen: Vec<&String> = candidates
                .iter()
                .filter(|(_, from)| from != to)
                .take(MATCHES_PER_NEED)
                .map(|(_, from)| *from)
                .collect();
            for from in chosen {
                let count = given.entry(from).or_default();
                for kind in c.groups[from].offers.keys() {
                    if let Some(set) = offerers.get_mut(kind) {
                        set.remove(&(*count, from));
                        set.insert((*count + 1, from));
                    }
                }
                *count += 1;
                found.push(Match {
                    kind: *kind,
                    from: from.clone(),
                    to: (*to).clone(),
                });
            }
        }
    }
    found
}

pub fn build(c: &Coalition, _context: Context<'_>) -> Report {
    let mut report = Report::new(
        Kind::Resources,
        c,
        format!("{}: shared resources", c.coalition.name),
    );
    let members: Vec<(&String, &crate::model::Group)> = c
        .groups
        .iter()
        .filter(|(_, g)| g.status == Status::Member)
        .collect();

    let mut headers = vec!["group"];
    headers.extend(ResourceType::ALL.iter().map(|t| t.as_str()));
    let mut matrix = Rows::new(&headers);
    for (_, g) in &members {
        let mut row = vec![g.name.clone()];
        for kind in ResourceType::ALL {
            let cell = match (g.offers.contains_key(kind), g.needs.contains_key(kind)) {
                (true, true) => "offers, needs",
                (true, false) => "offers",
                (false, true) => "needs",
                (false, false) => "",
            };
            row.push(cell.into());
        }
        matrix.push(row);
    }
    report.block(Block::Text(
        "What each member group can offer and needs:".into(),
    ));
    report.block(Block::Table(matrix));

    let found = matches(c);
    report.block(Block::Heading("Who can give what to whom".into()));
    if found.is_empty() {
        report.block(Block::Text(
            "No member's need matches another member's offer yet.".into(),
        ));
    } else {
        let mut rows = Rows::new(&["resource", "from", "to", "offer", "need"]);
        for m in &found {
            rows.push(vec![
                m.kind.to_string(),
                super::name(c, &m.from).into(),
                super::name(c, &m.to).into(),
                c.groups[&m.from].offers[&m.kind].one_line(),
                c.groups[&m.to].needs[&m.kind].one_line(),
            ]);
        }
        report.block(Block::Table(rows));
    }

    let (top, count, total) = concentration(c);
    let share = if total == 0 {
        0.0
    } else {
        count as f64 / total as f64
    };
    report.block(Block::Heading("Concentration".into()));
    report.block(Block::Text(match top {
        Some(top) => format!(
            "{} holds {count} of the members' {total} offers ({:.0} %). Sharing resources shares power: when one group brings most of them, it tends to end up leading.",
            super::name(c, top),
            share * 100.0
        ),
        None => "No member offers anything yet.".into(),
    }));

    let fewest = members.iter().map(|(_, g)| g.offers.len()).min();
    let amplify: Vec<String> = members
        .iter()
        .filter(|(_, g)| Some(g.offers.len()) == fewest)
        .map(|(id, _)| (*id).clone())
        .collect();
    if !amplify.is_empty() {
        report.block(Block::Heading("Amplify".into()));
        report.block(Block::Text(format!(
            "The groups with the fewest resources to offer: {}. Their voice is the one the coalition should carry furthest.",
            super::names(c, &amplify)
        )));
    }

    let by_type = |offers: bool| -> BTreeMap<&str, Vec<&String>> {
        let mut map: BTreeMap<&str, Vec<&String>> = BTreeMap::new();
        for (id, g) in &members {
            let held: BTreeSet<&ResourceType> = if offers {
                g.offers.keys().collect()
            } else {
                g.needs.keys().collect()
            };
            for kind in held {
                map.entry(kind.as_str()).or_default().push(*id);
            }
        }
        map
    };
    report.field("offers", json!(by_type(true)));
    report.field("needs", json!(by_type(false)));
    report.field("matches", json!(found));
    report.field("concentration", json!({ "top_group": top, "share": share }));
    report.field("fewest_resources", json!(amplify));

    let mut rows = Rows::new(&["group", "direction", "type", "detail"]);
    for (id, g) in &c.groups {
        for (direction, map) in [("offers", &g.offers), ("needs", &g.needs)] {
            // One row per detail: a type with two details is two rows.
            for (kind, details) in map {
                for detail in &details.0 {
                    rows.push(vec![
                        id.clone(),
                        direction.into(),
                        kind.to_string(),
                        detail.clone(),
                    ]);
                }
            }
        }
    }
    report.rows = Some(rows);
    report
}
