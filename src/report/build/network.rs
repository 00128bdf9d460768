//! The network: groups linked by shared committees, spaces and people in
//! two groups (point builders). Groups that declined or left are out of
//! it: what they shared no longer links anyone.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use crate::model::{Coalition, Group, Status};
use crate::report::chart::{Chart, Mark, NetworkChart, Tie, TieKind};
use crate::report::{Block, Context, Kind, Report, Rows, layout};

pub fn build(c: &Coalition, _context: Context<'_>) -> Report {
    let mut report = Report::new(Kind::Network, c, format!("{}: network", c.coalition.name));
    let network = Network::of(c);
    report.blocks.extend(network.blocks(c));
    report.field("links", network.links_json());
    report.field("unlinked", json!(network.unlinked()));
    report.rows = Some(network.rows(c));
    report
}

/// The network chart and the links under it (the map's section too).
pub fn blocks(c: &Coalition) -> Vec<Block> {
    let mut blocks = vec![Block::Heading("Network".into())];
    blocks.extend(Network::of(c).blocks(c));
    blocks
}

/// The groups in the network and what links them.
struct Network<'a> {
    /// Their ids, sorted.
    groups: Vec<&'a str>,
    /// Each linked pair (the smaller id first), and everything it shares:
    /// committees, then people, then spaces, each by id.
    links: BTreeMap<(&'a str, &'a str), Vec<Tie>>,
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
        let mut links: BTreeMap<(&str, &str), Vec<Tie>> = BTreeMap::new();
        for (kind, id, name, members) in committees.chain(people).chain(spaces) {
            let members: BTreeSet<&str> = members
                .iter()
                .map(String::as_str)
                .filter(|g| c.groups.get(*g).is_some_and(in_network))
                .collect();
            let members: Vec<&str> = members.into_iter().collect();
            for (i, a) in members.iter().enumerate() {
                for b in &members[i + 1..] {
                    links.entry((a, b)).or_default().push(Tie {
                        kind,
                        id: id.clone(),
                        name: name.clone(),
                    });
                }
            }
        }
        Network { groups, links }
    }

    /// Groups in no link, by id.
    fn unlinked(&self) -> Vec<&'a str> {
        let linked: BTreeSet<&str> = self.links.keys().flat_map(|&(a, b)| [a, b]).collect();
        self.groups
            .iter()
            .copied()
            .filter(|g| !linked.contains(g))
            .collect()
    }

    /// The chart, the table of links, and the groups in none.
    fn blocks(&self, c: &Coalition) -> Vec<Block> {
        let mut blocks = vec![Block::Chart(Chart::Network(self.chart(c)))];
        if self.links.is_empty() {
            blocks.push(Block::Text(
                "No two groups share a committee, a space or a person yet.".into(),
            ));
        } else {
            let mut table = Rows::new(&["group", "other group", "linked through"]);
            table.rows = self.rows(c).rows;
            blocks.push(Block::Table(table));
        }
        let unlinked = self.unlinked();
        if !unlinked.is_empty() {
            // A line, not a heading: in the map this stays in the network's
            // section.
            blocks.push(Block::Text("Not linked to any other group yet:".into()));
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
        for (&(a, b), ties) in &self.links {
            rows.push(vec![
                super::one_line(super::name(c, a)),
                super::one_line(super::name(c, b)),
                through(ties),
            ]);
        }
        rows
    }

    fn links_json(&self) -> Value {
        let links = self.links.iter().map(|(&(a, b), ties)| {
            let ties: Vec<Value> = ties
                .iter()
                .map(|t| json!({"kind": t.kind.as_str(), "id": t.id, "name": t.name}))
                .collect();
            json!({"groups": [a, b], "through": ties})
        });
        Value::Array(links.collect())
    }

    /// The nodes placed by the layout, and the links between them.
    fn chart(&self, c: &Coalition) -> NetworkChart {
        let index: BTreeMap<&str, usize> = self
            .groups
            .iter()
            .enumerate()
            .map(|(i, &g)| (g, i))
            .collect();
        let links: Vec<(usize, usize, Vec<Tie>)> = self
            .links
            .iter()
            .map(|(&(a, b), ties)| (index[a], index[b], ties.clone()))
            .collect();
        let pairs: Vec<(usize, usize)> = links.iter().map(|&(a, b, _)| (a, b)).collect();
        let places = layout::layout(self.groups.len(), &pairs);
        let nodes = self
            .groups
            .iter()
            .zip(places)
            .map(|(&id, (x, y))| {
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
        NetworkChart {
            title: "Groups linked by committees, spaces and people".into(),
            description: format!(
                "{} and {}: two groups are linked when they sit on the same committee, share a space, or a person belongs to both. The table under the chart lists every link.",
                count(self.groups.len(), "group", "groups"),
                count(self.links.len(), "link", "links"),
            ),
            nodes,
            links,
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

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
