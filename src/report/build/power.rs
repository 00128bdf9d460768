//! The power / interest grid: whom to involve closely, whom to keep on side.

use std::collections::BTreeMap;

use serde_json::json;

use crate::model::{Coalition, Details, Group, ResourceType, Spectrum, Status};
use crate::report::chart::{Chart, Mark, PowerChart};
use crate::report::{Block, Context, Kind, Report, Rows};

/// Power or interest of 3 or more counts as high.
pub const HIGH: u8 = 3;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Quadrants {
    pub manage_closely: Vec<String>,
    pub keep_satisfied: Vec<String>,
    pub keep_informed: Vec<String>,
    pub monitor: Vec<String>,
    pub unrated: Vec<String>,
    /// In opposition on the spectrum, or watched: not partners, so in no
    /// quadrant, rated or not.
    pub opponents: Vec<String>,
}

/// Sorts the groups (not declined, not left) into the four quadrants, by
/// id; opponents apart.
pub fn quadrants(c: &Coalition) -> Quadrants {
    let mut q = Quadrants::default();
    for (id, g) in c
        .groups
        .iter()
        .filter(|(_, g)| !matches!(g.status, Status::Declined | Status::Left))
    {
        let slot = match (g.power, g.interest) {
            _ if g.is_opponent() => &mut q.opponents,
            (Some(p), Some(i)) => match (p >= HIGH, i >= HIGH) {
                (true, true) => &mut q.manage_closely,
                (true, false) => &mut q.keep_satisfied,
                (false, true) => &mut q.keep_informed,
                (false, false) => &mut q.monitor,
            },
            _ => &mut q.unrated,
        };
        slot.push(id.clone());
    }
    q
}

const ADVICE: [(&str, &str); 4] = [
    (
        "Manage closely",
        "high power, high interest: the core partners; involve them in every key decision.",
    ),
    (
        "Keep satisfied",
        "high power, less interest: keep them on side with little effort asked; they can tip a campaign.",
    ),
    (
        "Keep informed",
        "high interest, less power: they care; share news, offer ways in, and amplify their voice.",
    ),
    (
        "Monitor",
        "low power, low interest: keep an eye out; things change.",
    ),
];

pub fn build(c: &Coalition, _context: Context<'_>) -> Report {
    let q = quadrants(c);
    let mut report = Report::new(
        Kind::Power,
        c,
        format!("{}: power and interest", c.coalition.name),
    );
    report.block(Block::Chart(Chart::Power(chart(c, &q))));
    let cell = |ids: &[String]| -> String {
        if ids.is_empty() {
            return "—".into();
        }
        ids.iter()
            .map(|id| {
                let g = &c.groups[id];
                match g.unpredictability {
                    Some(u) => format!("{} (unpredictability {u})", g.name),
                    None => g.name.clone(),
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut grid = Rows::new(&["", "interest 1-2", "interest 3-5"]);
    grid.push(vec![
        "power 3-5".into(),
        cell(&q.keep_satisfied),
        cell(&q.manage_closely),
    ]);
    grid.push(vec![
        "power 1-2".into(),
        cell(&q.monitor),
        cell(&q.keep_informed),
    ]);
    report.block(Block::Table(grid));
    report.block(Block::Heading("What to do".into()));
    report.block(Block::Fields(
        ADVICE
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    ));
    if !q.unrated.is_empty() {
        report.block(Block::Heading("Not rated yet".into()));
        report.block(Block::suggesting(
            "Give these groups a power and an interest (",
            "coal update-group ID --power N --interest N",
            format!("): {}.", super::names(c, &q.unrated)),
        ));
    }

    opponents(c, &q.opponents, &mut report);

    let mut rows = Rows::new(&[
        "id",
        "name",
        "side",
        "quadrant",
        "power",
        "interest",
        "unpredictability",
    ]);
    for (side, quadrant, ids) in [
        ("partner", "manage_closely", &q.manage_closely),
        ("partner", "keep_satisfied", &q.keep_satisfied),
        ("partner", "keep_informed", &q.keep_informed),
        ("partner", "monitor", &q.monitor),
        ("partner", "unrated", &q.unrated),
        ("opponent", "", &q.opponents),
    ] {
        for id in ids {
            let g = &c.groups[id];
            rows.push(vec![
                id.clone(),
                g.name.clone(),
                side.into(),
                quadrant.into(),
                super::opt(g.power),
                super::opt(g.interest),
                super::opt(g.unpredictability),
            ]);
        }
    }
    report.field(
        "quadrants",
        json!({
            "manage_closely": q.manage_closely,
            "keep_satisfied": q.keep_satisfied,
            "keep_informed": q.keep_informed,
            "monitor": q.monitor,
        }),
    );
    report.field("unrated", json!(q.unrated));
    report.field("opponents", json!(q.opponents));
    report.field(
        "unpredictability",
        c.groups
            .iter()
            .filter_map(|(id, g)| g.unpredictability.map(|u| (id.clone(), json!(u))))
            .collect::<serde_json::Map<_, _>>(),
    );
    report.rows = Some(rows);
    report
}

/// A group as the charts show it.
pub(super) fn mark(id: &str, g: &Group) -> Mark {
    Mark {
        id: id.to_string(),
        name: g.name.clone(),
        spectrum: g.spectrum,
        impacted: g.impacted,
    }
}

/// The scatter of the rated partners, opponents apart: what the grid says,
/// placed by the ratings themselves.
pub(super) fn chart(c: &Coalition, q: &Quadrants) -> PowerChart {
    let rated = |id: &String| {
        let g = &c.groups[id];
        Some((mark(id, g), g.power?, g.interest?))
    };
    let partners: Vec<(Mark, u8, u8)> = [
        &q.manage_closely,
        &q.keep_satisfied,
        &q.keep_informed,
        &q.monitor,
    ]
    .into_iter()
    .flatten()
    .filter_map(rated)
    .collect();
    let opponents: Vec<(Mark, Option<u8>, Option<u8>)> = q
        .opponents
        .iter()
        .map(|id| {
            let g = &c.groups[id];
            (mark(id, g), g.power, g.interest)
        })
        .collect();
    let description = format!(
        "Groups placed by interest (right) and power (up), in four quadrants: manage closely, keep satisfied, keep informed, monitor. {} rated partners; {} opponents (in opposition or watched) apart, under the grid; {} not rated yet, not drawn. Colour and sign show the spectrum position; a diamond marks a group of impacted people.",
        partners.len(),
        opponents.len(),
        q.unrated.len(),
    );
    PowerChart {
        title: "Power and interest".into(),
        description,
        partners,
        opponents,
    }
}

/// The training's strategic tip: know the intentions and resources of the
/// groups you will not work with, to plan your own actions.
fn opponents(c: &Coalition, ids: &[String], report: &mut Report) {
    report.block(Block::Heading("Opponents and targets".into()));
    if ids.is_empty() {
        report.block(Block::Text("No group is in opposition or watched.".into()));
        return;
    }
    report.block(Block::Text(
        "Groups in opposition or watched are not partners: they are in no quadrant above. Learn what they intend and what they have, to plan your own actions.".into(),
    ));
    let resources = |kinds: &BTreeMap<ResourceType, Details>| -> String {
        kinds
            .iter()
            .map(|(kind, details)| format!("{kind}: {}", details.one_line()))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut table = Rows::new(&["name", "stands", "power", "intentions", "offers", "needs"]);
    for id in ids {
        let g = &c.groups[id];
        let stands = match (g.status, g.spectrum) {
            (Status::Watch, Some(position)) => format!("watched, {}", position.label()),
            (Status::Watch, None) => "watched".into(),
            (_, position) => super::opt(position.map(Spectrum::label)),
        };
        table.push(vec![
            g.name.clone(),
            stands,
            super::opt(g.power),
            g.intentions.clone().unwrap_or_default(),
            resources(&g.offers),
            resources(&g.needs),
        ]);
    }
    report.block(Block::Table(table));
}
