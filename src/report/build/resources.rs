//! Resources: who offers what, who needs what, and how giving can be spread.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::json;

use crate::check::rules::concentration;
use crate::model::{Coalition, Details, Group, ResourceType, Status};
use crate::report::chart::{Chart, Flow, FlowChart, Mark};
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

/// The members that are partners: a member the spectrum or its status calls
/// an opponent (a hand edit, a mistake) neither gives nor receives here.
fn members(c: &Coalition) -> Vec<(&String, &Group)> {
    c.groups
        .iter()
        .filter(|(_, g)| g.status == Status::Member && !g.is_opponent())
        .collect()
}

/// Whether `from` may be proposed to give to `to`: never to or from an
/// opponent ([`Group::is_opponent`]), never across a boundary
/// between the two (either way, any level), nor toward a group using a
/// tactic the giver draws a line at (funding an occupier funds the occupation).
pub fn may_give(c: &Coalition, from: &str, to: &str) -> bool {
    let (Some(giver), Some(receiver)) = (c.groups.get(from), c.groups.get(to)) else {
        return false;
    };
    let against = |holder: &Group, other: &str| {
        holder
            .boundaries
            .iter()
            .any(|b| b.group.as_deref() == Some(other))
    };
    let tactic_refused = giver.boundaries.iter().any(|b| {
        b.tactic
            .as_ref()
            .is_some_and(|tactic| receiver.tactics.contains(tactic))
    });
    let partners = !giver.is_opponent() && !receiver.is_opponent();
    partners && from != to && !against(giver, to) && !against(receiver, from) && !tactic_refused
}

/// Pairs each need of a member with up to three members offering the same
/// type (never itself, never across a boundary, see [`may_give`]): needs in
/// order of (needing id, type); for each, the offerers with the fewest
/// matches so far, ties by id, so that giving is spread rather than piled
/// on one group.
pub fn matches(c: &Coalition) -> Vec<Match> {
    let members = members(c);
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
                .filter(|(_, from)| may_give(c, from, to))
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
        crate::t!(
            "report-resources-title",
            coalition = c.coalition.name.as_str()
        ),
    );
    let members = members(c);

    let mut headers = vec![crate::t!("report-resources-group")];
    headers.extend(ResourceType::ALL.iter().map(|t| t.word()));
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let mut matrix = Rows::new(&headers);
    for (_, g) in &members {
        let mut row = vec![g.name.clone()];
        for kind in ResourceType::ALL {
            let cell = match (g.offers.contains_key(kind), g.needs.contains_key(kind)) {
                (true, true) => crate::t!("report-resources-offers-needs"),
                (true, false) => crate::t!("report-resources-offers"),
                (false, true) => crate::t!("report-resources-needs"),
                (false, false) => String::new(),
            };
            row.push(cell);
        }
        matrix.push(row);
    }
    report.block(Block::Text(crate::t!("report-resources-intro")));
    report.block(Block::Table(matrix));

    let found = matches(c);
    report.block(Block::Heading(crate::t!("report-resources-who-gives")));
    if found.is_empty() {
        report.block(Block::Text(crate::t!("report-resources-no-match")));
    } else {
        let mut rows = Rows::new(&[
            &crate::t!("report-resources-resource"),
            &crate::t!("report-resources-from"),
            &crate::t!("report-resources-to"),
            &crate::t!("report-resources-offer"),
            &crate::t!("report-resources-need"),
        ]);
        for m in &found {
            rows.push(vec![
                m.kind.word(),
                super::name(c, &m.from).into(),
                super::name(c, &m.to).into(),
                c.groups[&m.from].offers[&m.kind].one_line(),
                c.groups[&m.to].needs[&m.kind].one_line(),
            ]);
        }
        report.block(Block::Table(rows));
        report.block(Block::Text(crate::t!("report-resources-boundaries-kept")));
    }

    let unmatched = Unmatched::of(&members, &found);
    unmatched.show(c, &mut report);
    let potential = potential_offers(c);
    show_potential(c, &potential, &mut report);

    let (top, count, total) = concentration(c);
    let share = if total == 0 {
        0.0
    } else {
        count as f64 / total as f64
    };
    report.block(Block::Heading(crate::t!("report-resources-concentration")));
    report.block(Block::Text(match top {
        Some(top) => crate::t!(
            "report-resources-concentrated",
            name = super::name(c, top),
            count = count,
            total = total,
            percent = super::percent(share)
        ),
        None => crate::t!("report-resources-no-offer"),
    }));

    let amplify = amplify(&members);
    if let Some(first) = amplify.first() {
        let who = super::names(c, &amplify);
        report.block(Block::Heading(crate::t!("report-resources-amplify")));
        report.block(Block::Text(if c.groups[first].offers.is_empty() {
            crate::t!("report-resources-amplify-nothing", names = who)
        } else {
            crate::t!("report-resources-amplify-fewest", names = who)
        }));
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
    report.field("unmatched_offers", json!(by_kind(&unmatched.offers)));
    report.field("unmatched_needs", json!(by_kind(&unmatched.needs)));
    report.field("potential_offers", json!(by_kind(&potential)));
    report.field("concentration", json!({ "top_group": top, "share": share }));
    report.field("fewest_resources", json!(amplify));
    report.rows = Some(csv_rows(c, &members, &found, &unmatched, &potential));
    report
}

/// A group and one resource type it offers or needs.
type Held<'a> = (&'a String, ResourceType);

/// The members' offers and needs that no match uses.
struct Unmatched<'a> {
    offers: Vec<Held<'a>>,
    needs: Vec<Held<'a>>,
}

impl<'a> Unmatched<'a> {
    fn of(members: &[(&'a String, &'a Group)], found: &[Match]) -> Self {
        let held = |offers: bool| -> Vec<Held<'a>> {
            members
                .iter()
                .flat_map(|(id, g)| {
                    let map = if offers { &g.offers } else { &g.needs };
                    map.keys().map(move |kind| (*id, *kind))
                })
                .filter(|(id, kind)| {
                    !found
                        .iter()
                        .any(|m| m.kind == *kind && (if offers { &m.from } else { &m.to }) == *id)
                })
                .collect()
        };
        Unmatched {
            offers: held(true),
            needs: held(false),
        }
    }

    fn show(&self, c: &Coalition, report: &mut Report) {
        if !self.offers.is_empty() {
            report.block(Block::Heading(crate::t!(
                "report-resources-unmatched-offers"
            )));
            report.block(Block::List(
                self.offers
                    .iter()
                    .map(|(id, kind)| held_line(c, id, *kind, &c.groups[*id].offers[kind]))
                    .collect(),
            ));
        }
        if !self.needs.is_empty() {
            report.block(Block::Heading(crate::t!("report-resources-unmet-needs")));
            report.block(Block::List(
                self.needs
                    .iter()
                    .map(|(id, kind)| {
                        let line = held_line(c, id, *kind, &c.groups[*id].needs[kind]);
                        if offered_across_a_boundary(c, id, *kind) {
                            crate::t!("report-resources-kept-apart", line = line)
                        } else {
                            line
                        }
                    })
                    .collect(),
            ));
        }
    }
}

/// `Name — type (detail)`.
fn held_line(c: &Coalition, id: &str, kind: ResourceType, details: &Details) -> String {
    format!(
        "{} — {} ({})",
        super::name(c, id),
        kind.word(),
        details.one_line()
    )
}

/// Whether some member offers `kind` but may not be proposed to give it to `to`.
fn offered_across_a_boundary(c: &Coalition, to: &str, kind: ResourceType) -> bool {
    members(c)
        .iter()
        .any(|(from, g)| *from != to && g.offers.contains_key(&kind) && !may_give(c, from, to))
}

/// The offers of groups on their way in (prospect, contacted, in dialogue):
/// worth knowing, never matched before they join. An opponent on its way
/// in (in opposition: an NGO in a deal with the promoter) is not: its
/// resources are the power report's to show, not a partner's to count on.
fn potential_offers(c: &Coalition) -> Vec<Held<'_>> {
    c.groups
        .iter()
        .filter(|(_, g)| {
            matches!(
                g.status,
                Status::Prospect | Status::Contacted | Status::Dialogue
            ) && !g.is_opponent()
        })
        .flat_map(|(id, g)| g.offers.keys().map(move |kind| (id, *kind)))
        .collect()
}

fn show_potential(c: &Coalition, potential: &[Held], report: &mut Report) {
    if potential.is_empty() {
        return;
    }
    report.block(Block::Heading(crate::t!("report-resources-potential")));
    report.block(Block::Text(crate::t!("report-resources-potential-intro")));
    report.block(Block::List(
        potential
            .iter()
            .map(|(id, kind)| {
                let group = &c.groups[*id];
                format!(
                    "{} ({}) — {} ({})",
                    group.name,
                    group.status.word(),
                    kind.word(),
                    group.offers[kind].one_line()
                )
            })
            .collect(),
    ));
}

/// Type → ids, for JSON.
fn by_kind<'a>(held: &[Held<'a>]) -> BTreeMap<&'static str, Vec<&'a String>> {
    let mut map: BTreeMap<&'static str, Vec<&String>> = BTreeMap::new();
    for (id, kind) in held {
        map.entry(kind.as_str()).or_default().push(id);
    }
    map
}

/// The members whose voice to carry furthest: those that offer nothing;
/// if all offer something, those with the fewest offers, but only while
/// they are under a third of the members (else they are not the few).
fn amplify(members: &[(&String, &Group)]) -> Vec<String> {
    let Some(fewest) = members.iter().map(|(_, g)| g.offers.len()).min() else {
        return Vec::new();
    };
    let few: Vec<String> = members
        .iter()
        .filter(|(_, g)| g.offers.len() == fewest)
        .map(|(id, _)| (*id).clone())
        .collect();
    if fewest == 0 || few.len() * 3 < members.len() {
        few
    } else {
        Vec::new()
    }
}

/// One CSV row per item, its kind first: each member's offer and need
/// detail, each match, each unmatched offer and need, each potential offer.
fn csv_rows(
    c: &Coalition,
    members: &[(&String, &Group)],
    found: &[Match],
    unmatched: &Unmatched,
    potential: &[Held],
) -> Rows {
    let mut rows = Rows::new(&["kind", "group", "type", "detail", "to"]);
    let mut push = |kind: &str, id: &str, resource: ResourceType, detail: &str, to: &str| {
        rows.push(vec![
            kind.into(),
            id.into(),
            resource.to_string(),
            detail.into(),
            to.into(),
        ]);
    };
    for (id, g) in members {
        for (kind, map) in [("offer", &g.offers), ("need", &g.needs)] {
            // One row per detail: a type with two details is two rows.
            for (resource, details) in map {
                for detail in &details.0 {
                    push(kind, id, *resource, detail, "");
                }
            }
        }
    }
    for m in found {
        let offer = c.groups[&m.from].offers[&m.kind].one_line();
        push("match", &m.from, m.kind, &offer, &m.to);
    }
    for (kind, held, offers) in [
        ("unmatched offer", unmatched.offers.as_slice(), true),
        ("unmatched need", unmatched.needs.as_slice(), false),
        ("potential offer", potential, true),
    ] {
        for (id, resource) in held {
            let group = &c.groups[*id];
            let details = if offers { &group.offers } else { &group.needs };
            push(kind, id, *resource, &details[resource].one_line(), "");
        }
    }
    rows
}

/// The map's resources section: offers and needs as flows between groups
/// (the matches above, not found again), then the same in a table, and the
/// ones left unmatched.
pub fn flows(c: &Coalition) -> Vec<Block> {
    let found = matches(c);
    let mut blocks = vec![Block::Heading(crate::t!("report-resources-heading"))];
    if found.is_empty() {
        blocks.push(Block::Text(crate::t!("report-resources-no-flow")));
    } else {
        blocks.push(Block::Chart(Chart::Flows(flow_chart(c, &found))));
        if found.len() > FLOWS_DRAWN {
            blocks.push(Block::Text(crate::t!(
                "report-resources-flows-drawn",
                drawn = FLOWS_DRAWN,
                count = found.len()
            )));
        }
        blocks.push(Block::Table(flow_rows(c, &found)));
    }
    let unmatched = Unmatched::of(&members(c), &found);
    blocks.extend(unmatched_lists(c, &unmatched, found.is_empty()));
    blocks
}

/// How many flows the map draws at most: past that, arrows are a tangle
/// nobody reads and the page grows heavy; the table under the chart has
/// them all.
pub const FLOWS_DRAWN: usize = 40;

fn flow_chart(c: &Coalition, found: &[Match]) -> FlowChart {
    let drawn = &found[..found.len().min(FLOWS_DRAWN)];
    let kinds: BTreeSet<String> = drawn.iter().map(|m| m.kind.word()).collect();
    FlowChart {
        title: crate::t!("report-resources-chart-title"),
        description: crate::t!(
            "report-resources-chart-description",
            count = drawn.len(),
            kinds = kinds.into_iter().collect::<Vec<_>>().join(", ")
        ),
        flows: drawn
            .iter()
            .map(|m| Flow {
                from: mark(c, &m.from),
                to: mark(c, &m.to),
                resource: m.kind.word(),
            })
            .collect(),
    }
}

/// A group as the chart marks it.
fn mark(c: &Coalition, id: &str) -> Mark {
    let group = c.groups.get(id);
    Mark {
        id: id.into(),
        name: super::name(c, id).into(),
        spectrum: group.and_then(|g| g.spectrum),
        impacted: group.is_some_and(|g| g.impacted),
    }
}

/// The chart's flows in words: who gives, what, to whom, and what exactly.
fn flow_rows(c: &Coalition, found: &[Match]) -> Rows {
    let mut rows = Rows::new(&[
        &crate::t!("report-resources-from"),
        &crate::t!("report-resources-resource"),
        &crate::t!("report-resources-to"),
        &crate::t!("report-resources-details"),
    ]);
    for m in found {
        rows.push(vec![
            super::name(c, &m.from).into(),
            m.kind.word(),
            super::name(c, &m.to).into(),
            crate::t!(
                "report-resources-flow-details",
                offer = c.groups[&m.from].offers[&m.kind].one_line(),
                need = c.groups[&m.to].needs[&m.kind].one_line()
            ),
        ]);
    }
    rows
}

/// The offers and needs no flow uses, each said even when there are none,
/// so that an empty list is not mistaken for a missing one. Without any
/// flow, none left over means none recorded, not all matched.
fn unmatched_lists(c: &Coalition, unmatched: &Unmatched, no_flow: bool) -> Vec<Block> {
    let mut blocks = Vec::new();
    for (held, offers, matched, none) in [
        (
            &unmatched.offers,
            true,
            crate::t!("report-resources-offers-matched"),
            crate::t!("report-resources-no-offer"),
        ),
        (
            &unmatched.needs,
            false,
            crate::t!("report-resources-needs-matched"),
            crate::t!("report-resources-no-need"),
        ),
    ] {
        if held.is_empty() {
            blocks.push(Block::Text(if no_flow { none } else { matched }));
            continue;
        }
        blocks.push(Block::Text(if offers {
            crate::t!("report-resources-unmatched-offers-line")
        } else {
            crate::t!("report-resources-unmet-needs-line")
        }));
        blocks.push(Block::List(
            held.iter()
                .map(|(id, kind)| {
                    let group = &c.groups[*id];
                    let details = if offers { &group.offers } else { &group.needs };
                    held_line(c, id, *kind, &details[kind])
                })
                .collect(),
        ));
    }
    blocks
}
