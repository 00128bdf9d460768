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

/// What to do with the groups of each quadrant, in the language read.
fn advice() -> Vec<(String, String)> {
    vec![
        (
            crate::t!("report-power-manage-closely"),
            crate::t!("report-power-manage-closely-advice"),
        ),
        (
            crate::t!("report-power-keep-satisfied"),
            crate::t!("report-power-keep-satisfied-advice"),
        ),
        (
            crate::t!("report-power-keep-informed"),
            crate::t!("report-power-keep-informed-advice"),
        ),
        (
            crate::t!("report-power-monitor"),
            crate::t!("report-power-monitor-advice"),
        ),
    ]
}

pub fn build(c: &Coalition, _context: Context<'_>) -> Report {
    let q = quadrants(c);
    let mut report = Report::new(
        Kind::Power,
        c,
        crate::t!("report-power-title", coalition = c.coalition.name.as_str()),
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
                    Some(u) => crate::t!(
                        "report-power-unpredictable",
                        name = g.name.as_str(),
                        unpredictability = u
                    ),
                    None => g.name.clone(),
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut grid = Rows::new(&[
        "",
        &crate::t!("report-power-interest-low"),
        &crate::t!("report-power-interest-high"),
    ]);
    grid.push(vec![
        crate::t!("report-power-power-high"),
        cell(&q.keep_satisfied),
        cell(&q.manage_closely),
    ]);
    grid.push(vec![
        crate::t!("report-power-power-low"),
        cell(&q.monitor),
        cell(&q.keep_informed),
    ]);
    report.block(Block::Table(grid));
    report.block(Block::Heading(crate::t!("report-power-what-to-do")));
    report.block(Block::Fields(advice()));
    if !q.unrated.is_empty() {
        report.block(Block::Heading(crate::t!("report-power-not-rated")));
        report.block(Block::suggesting(
            crate::t!("report-power-rate-them"),
            "coal update-group ID --power N --interest N",
            crate::t!(
                "report-power-rate-them-after",
                names = super::names(c, &q.unrated)
            ),
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
    let description = crate::t!(
        "report-power-chart-description",
        partners = partners.len(),
        opponents = opponents.len(),
        unrated = q.unrated.len()
    );
    PowerChart {
        title: crate::t!("report-power-chart-title"),
        description,
        partners,
        opponents,
    }
}

/// The training's strategic tip: know the intentions and resources of the
/// groups you will not work with, to plan your own actions.
fn opponents(c: &Coalition, ids: &[String], report: &mut Report) {
    report.block(Block::Heading(crate::t!("report-power-opponents")));
    if ids.is_empty() {
        report.block(Block::Text(crate::t!("report-power-no-opponents")));
        return;
    }
    report.block(Block::Text(crate::t!("report-power-opponents-intro")));
    let resources = |kinds: &BTreeMap<ResourceType, Details>| -> String {
        kinds
            .iter()
            .map(|(kind, details)| format!("{}: {}", kind.word(), details.one_line()))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut table = Rows::new(&[
        &crate::t!("report-groups-name"),
        &crate::t!("report-power-stands"),
        &crate::t!("report-groups-power"),
        &crate::t!("report-power-intentions"),
        &crate::t!("report-groups-offers"),
        &crate::t!("report-groups-needs"),
    ]);
    for id in ids {
        let g = &c.groups[id];
        let stands = match (g.status, g.spectrum) {
            (Status::Watch, Some(position)) => {
                crate::t!("report-power-watched-at", position = position.label())
            }
            (Status::Watch, None) => crate::t!("report-power-watched"),
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
