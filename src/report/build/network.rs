//! The network: groups linked by shared committees, spaces and people in
//! two groups (point builders). Groups that declined or left are out of
//! it: what they shared no longer links anyone.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use crate::model::{Coalition, Group, Status};
use crate::report::chart::{Chart, Hub, Mark, NetworkChart, Tie, TieKind};
use crate::report::{Block, Context, Kind, Report, Rows, layout};

pub fn build(c: &Coalition, _context: Context<'_>) -> Report {
    let mut report = Report::new(
        Kind::Network,
        c,
        crate::t!(
            "report-network-title",
            coalition = c.coalition.name.as_str()
        ),
    );
    let network = Network::of(c);
    report.blocks.extend(network.blocks(c));
    report.field("links", network.links_json());
    report.field("unlinked", json!(network.unlinked(c)));
    report.rows = Some(network.rows(c));
    report
}

/// The network chart and the links under it (the map's section too).
pub fn blocks(c: &Coalition) -> Vec<Block> {
    let mut blocks = vec![Block::Heading(crate::t!("report-network-heading"))];
    blocks.extend(Network::of(c).blocks(c));
    blocks
}

/// A tie of more than this many groups is drawn as a hub with spokes, not
/// pair by pair (three groups: three lines either way).
const PAIRS_UP_TO: usize = 3;

/// The groups in the network and what links them.
struct Network<'a> {
    /// Their ids, sorted.
    groups: Vec<&'a str>,
    /// Every committee, person and space that two groups or more of the
    /// network share, with those groups (by id): committees, then people,
    /// then spaces, each by id. A tie lists its groups once, so the map
    /// grows with the memberships, not with the pairs they make.
    ties: Vec<(Tie, Vec<&'a str>)>,
}

fn in_network(group: &Group) -> bool {
    !matches!(group.status, Status::Declined | Status::Left)
}

impl<'a> Network<'a> {
    fn of(c: &'a Coalition) -> Self {
        let groups = c
            .groups
            .iter()
            .filter(|(_, g)| in_network(g))
            .map(|(id, _)| id.as_str())
            .collect();
        let committees = c
            .committees
            .iter()
            .map(|(id, m)| (TieKind::Committee, id, &m.name, &m.groups));
        let people = c
            .people
            .iter()
            .map(|(id, p)| (TieKind::Person, id, &p.name, &p.groups));
        let spaces = c
            .spaces
            .iter()
            .map(|(id, s)| (TieKind::Space, id, &s.name, &s.groups));
        let mut ties = Vec::new();
        for (kind, id, name, members) in committees.chain(people).chain(spaces) {
            let members: BTreeSet<&str> = members
                .iter()
                .map(String::as_str)
                .filter(|g| c.groups.get(*g).is_some_and(in_network))
                .collect();
            if members.len() > 1 {
                let tie = Tie {
                    kind,
                    id: id.clone(),
                    name: name.clone(),
                };
                ties.push((tie, members.into_iter().collect()));
            }
        }
        Network { groups, ties }
    }

    /// Each linked pair (the smaller id first) and everything it shares,
    /// in the order of the ties: what `coal report network` lists in JSON
    /// and CSV, one row a pair.
    fn links(&self) -> BTreeMap<(&'a str, &'a str), Vec<Tie>> {
        let mut links: BTreeMap<(&str, &str), Vec<Tie>> = BTreeMap::new();
        for (tie, members) in &self.ties {
            for (i, a) in members.iter().enumerate() {
                for b in &members[i + 1..] {
                    links.entry((a, b)).or_default().push(tie.clone());
                }
            }
        }
        links
    }

    /// Groups in no tie, by id; opponents aside, as no one means to link
    /// them.
    fn unlinked(&self, c: &Coalition) -> Vec<&'a str> {
        let linked: BTreeSet<&str> = self.ties.iter().flat_map(|(_, m)| m.clone()).collect();
        self.groups
            .iter()
            .copied()
            .filter(|g| !linked.contains(g) && !c.groups[*g].is_opponent())
            .collect()
    }

    /// The chart, the table of ties, and the groups in none.
    fn blocks(&self, c: &Coalition) -> Vec<Block> {
        let mut blocks = vec![Block::Chart(Chart::Network(self.chart(c)))];
        if self.ties.is_empty() {
            blocks.push(Block::Text(crate::t!("report-network-no-ties")));
        } else {
            let mut table = Rows::new(&[
                &crate::t!("report-network-linked-through"),
                &crate::t!("report-structure-groups"),
            ]);
            for (tie, members) in &self.ties {
                let names: Vec<String> = members
                    .iter()
                    .map(|g| super::one_line(super::name(c, g)))
                    .collect();
                table.push(vec![
                    through_words(std::slice::from_ref(tie)),
                    names.join(", "),
                ]);
            }
            blocks.push(Block::Table(table));
        }
        let unlinked = self.unlinked(c);
        if !unlinked.is_empty() {
            // A line, not a heading: in the map this stays in the network's
            // section.
            blocks.push(Block::Text(crate::t!("report-network-unlinked")));
            blocks.push(Block::List(
                unlinked
                    .iter()
                    .map(|g| super::one_line(super::name(c, g)))
                    .collect(),
            ));
        }
        blocks
    }

    /// A row per link, by names.
    fn rows(&self, c: &Coalition) -> Rows {
        let mut rows = Rows::new(&["group", "other_group", "through"]);
        for ((a, b), ties) in self.links() {
            rows.push(vec![
                super::one_line(super::name(c, a)),
                super::one_line(super::name(c, b)),
                through(&ties),
            ]);
        }
        rows
    }

    fn links_json(&self) -> Value {
        let links = self.links().into_iter().map(|((a, b), ties)| {
            let ties: Vec<Value> = ties
                .iter()
                .map(|t| json!({"kind": t.kind.as_str(), "id": t.id, "name": t.name}))
                .collect();
            json!({"groups": [a, b], "through": ties})
        });
        Value::Array(links.collect())
    }

    /// The nodes placed by the layout: the groups, then a hub for each tie
    /// of many groups (linked to its groups, not its groups to each
    /// other), and the pairs of the ties of a few.
    fn chart(&self, c: &Coalition) -> NetworkChart {
        let index: BTreeMap<&str, usize> = self
            .groups
            .iter()
            .enumerate()
            .map(|(i, &g)| (g, i))
            .collect();
        let mut pairs: BTreeMap<(usize, usize), Vec<Tie>> = BTreeMap::new();
        let mut hubs = Vec::new();
        for (tie, members) in &self.ties {
            let members: Vec<usize> = members.iter().map(|g| index[g]).collect();
            if members.len() > PAIRS_UP_TO {
                hubs.push((tie.clone(), members));
                continue;
            }
            for (i, &a) in members.iter().enumerate() {
                for &b in &members[i + 1..] {
                    pairs.entry((a, b)).or_default().push(tie.clone());
                }
            }
        }
        let n = self.groups.len();
        let mut edges: Vec<(usize, usize)> = pairs.keys().copied().collect();
        for (h, (_, members)) in hubs.iter().enumerate() {
            edges.extend(members.iter().map(|&g| (g, n + h)));
        }
        let places = layout::layout(n + hubs.len(), &edges);
        let nodes = self
            .groups
            .iter()
            .zip(&places)
            .map(|(&id, &(x, y))| {
                let group = &c.groups[id];
                let mark = Mark {
                    id: id.to_string(),
                    name: group.name.clone(),
                    spectrum: group.spectrum,
                    impacted: group.impacted,
                };
                (mark, x, y)
            })
            .collect();
        let hubs = hubs
            .into_iter()
            .zip(&places[n..])
            .map(|((tie, groups), &(x, y))| Hub { tie, x, y, groups })
            .collect();
        NetworkChart {
            title: crate::t!("report-network-chart-title"),
            description: crate::t!(
                "report-network-chart-description",
                groups = n,
                ties = self.ties.len(),
                pairs = PAIRS_UP_TO
            ),
            nodes,
            links: pairs.into_iter().map(|((a, b), t)| (a, b, t)).collect(),
            hubs,
        }
    }
}

/// What links two groups, in words: `committee Steering; person Sam`.
fn through(ties: &[Tie]) -> String {
    ties.iter()
        .map(|t| format!("{} {}", t.kind.as_str(), super::one_line(&t.name)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// What links two groups, in the words of the language read (`comité
/// Coordination`), for people; CSV keeps [`through`].
fn through_words(ties: &[Tie]) -> String {
    ties.iter()
        .map(|t| {
            let name = super::one_line(&t.name);
            match t.kind {
                TieKind::Committee => crate::t!("report-network-committee", name = name),
                TieKind::Person => crate::t!("report-network-person", name = name),
                TieKind::Space => crate::t!("report-network-space", name = name),
            }
        })
        .collect::<Vec<_>>()
        .join(&crate::t!("report-separator"))
}
