//! The network: groups as circles placed by the layout, links as lines.
//! The kind of link is told by its dash (solid for a committee, dotted for
//! a person, dashed for a space), never by colour; the sign of each
//! group's spectrum position is written beside its circle, and a ring
//! marks the impacted.
//!
//! A federation of a thousand groups must stay a picture one can open:
//! the links of each style are one path, names are written only for the
//! best-linked groups (every name is in the circle's `<title>` and in the
//! table under the chart), and the drawing grows with the number of groups
//! up to a bound.

use std::fmt::Write;

use maud::{Markup, html};

use super::{FAINT, INK, colour, sign, words};
use crate::model::Spectrum;
use crate::report::chart::{Hub, Mark, NetworkChart, Tie, TieKind};

/// The plot of a small coalition, which a phone shows whole.
const SMALL: f64 = 640.0;
/// The widest plot, for the largest federations: a laptop's page column
/// shows it at its size, so its text stays readable.
const LARGEST: f64 = 720.0;
const MARGIN: f64 = 24.0;
/// Up to this many groups every name is written; beyond, only the names
/// of the best-linked, this many.
const NAMED: usize = 40;
/// Names are cut to this many characters in the drawing.
const SHORT: usize = 20;
const LEGEND_ROW: f64 = 18.0;
const LEGEND_COLUMN: f64 = 200.0;

/// The chart's width, height and marks.
pub fn draw(chart: &NetworkChart) -> (u32, u32, Markup) {
    if chart.nodes.is_empty() {
        return words(&[&crate::t!("doc-svg-network-none")]);
    }
    let plot = Plot::for_nodes(chart.nodes.len());
    let legend_top = plot.height + 8.0;
    let height = legend_top + 4.0 * LEGEND_ROW + 4.0;
    let named = best_linked(chart);
    let markup = html! {
        (links(chart, &plot))
        (hubs(chart, &plot))
        (nodes(chart, &plot, &named))
        (legend(legend_top))
    };
    (plot.width as u32, height as u32, markup)
}

/// Where the unit square of the layout is drawn, and how big the marks are.
struct Plot {
    width: f64,
    height: f64,
    radius: f64,
    /// Links fade when there are many, so that groups stay visible.
    opacity: f64,
}

impl Plot {
    fn for_nodes(n: usize) -> Self {
        let crowded = n > NAMED;
        // A side that grows as the square root of the number of groups
        // keeps about the same room for each.
        let width = (SMALL * (n as f64 / NAMED as f64).sqrt()).clamp(SMALL, LARGEST);
        Plot {
            width: width.round(),
            height: (width * 5.0 / 8.0).round(),
            radius: if crowded { 5.0 } else { 9.0 },
            opacity: if crowded { 0.35 } else { 1.0 },
        }
    }

    /// A place of the layout in the drawing; room is left on both sides
    /// for the signs and names.
    fn at(&self, x: f64, y: f64) -> (f64, f64) {
        let side = 3.0 * MARGIN;
        (
            round(side + x * (self.width - 2.0 * side)),
            round(MARGIN + y * (self.height - 2.0 * MARGIN)),
        )
    }
}

/// One decimal at most, so that every machine writes the same bytes.
fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// How a link is drawn: the dash of its closest tie, thicker when the two
/// groups share more than one thing.
fn style(ties: &[Tie]) -> (TieKind, bool) {
    let closest = ties.iter().map(|t| t.kind).min().unwrap_or(TieKind::Space);
    (closest, ties.len() > 1)
}

fn dash(kind: TieKind) -> Option<&'static str> {
    match kind {
        TieKind::Committee => None,
        TieKind::Person => Some("1 4"),
        TieKind::Space => Some("6 4"),
    }
}

/// The links and the spokes of the hubs, one path per style (a few bytes
/// per line).
fn links(chart: &NetworkChart, plot: &Plot) -> Markup {
    let mut paths: Vec<((TieKind, bool), String)> = Vec::new();
    let mut segment = |key: (TieKind, bool), (x1, y1): (f64, f64), (x2, y2): (f64, f64)| {
        let index = match paths.iter().position(|(k, _)| *k == key) {
            Some(index) => index,
            None => {
                paths.push((key, String::new()));
                paths.len() - 1
            }
        };
        let _ = write!(paths[index].1, "M{x1} {y1}L{x2} {y2}");
    };
    let place = |i: usize| plot.at(chart.nodes[i].1, chart.nodes[i].2);
    for (a, b, ties) in &chart.links {
        segment(style(ties), place(*a), place(*b));
    }
    for hub in &chart.hubs {
        let at = plot.at(hub.x, hub.y);
        for &g in &hub.groups {
            segment((hub.tie.kind, false), at, place(g));
        }
    }
    paths.sort_by_key(|(key, _)| *key);
    html! {
        g fill="none" stroke=(FAINT) stroke-linecap="round" stroke-opacity=(plot.opacity) {
            @for ((kind, several), d) in &paths {
                path d=(d) stroke-width=(if *several { "2.5" } else { "1.2" })
                    stroke-dasharray=[dash(*kind)] {}
            }
        }
    }
}

/// The groups whose names are written: all of them in a small coalition,
/// else the best-linked (ties broken by the order of the nodes).
fn best_linked(chart: &NetworkChart) -> Vec<bool> {
    let n = chart.nodes.len();
    if n <= NAMED {
        return vec![true; n];
    }
    let mut degree = vec![0usize; n];
    for (a, b, _) in &chart.links {
        degree[*a] += 1;
        degree[*b] += 1;
    }
    for hub in &chart.hubs {
        for &g in &hub.groups {
            degree[g] += hub.groups.len() - 1;
        }
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|a, b| degree[*b].cmp(&degree[*a]).then(a.cmp(b)));
    let mut named = vec![false; n];
    for &i in order.iter().take(NAMED) {
        named[i] = true;
    }
    named
}

fn nodes(chart: &NetworkChart, plot: &Plot, named: &[bool]) -> Markup {
    let r = plot.radius;
    let font = if r > 6.0 { 11.0 } else { 9.0 };
    let circles: Vec<(f64, f64)> = chart
        .nodes
        .iter()
        .map(|(_, x, y)| plot.at(*x, *y))
        .collect();
    html! {
        g stroke=(INK) {
            @for (mark, x, y) in &chart.nodes {
                @let (cx, cy) = plot.at(*x, *y);
                circle cx=(cx) cy=(cy) r=(r) fill=(colour(mark.spectrum)) {
                    title { (full(mark)) }
                }
                @if mark.impacted {
                    circle cx=(cx) cy=(cy) r=(r + 3.0) fill="none" stroke-width="1.5" {}
                }
            }
        }
        // A white halo keeps names readable over the links.
        g font-size=(font) stroke="#fff" stroke-width="3"
            stroke-linejoin="round" paint-order="stroke" {
            @for ((mark, x, y), named) in chart.nodes.iter().zip(named) {
                @let (cx, cy) = plot.at(*x, *y);
                @let label = if *named {
                    format!("{} {}", sign(mark.spectrum), short(&mark.name))
                } else {
                    sign(mark.spectrum).to_string()
                };
                @let label = place_label(&label, (cx, cy), &circles, plot, font);
                text x=(label.x) y=(label.y) text-anchor=[label.anchor] { (label.text) }
            }
        }
    }
}

/// Each hub: a small white square with its name beside it, the tie and
/// its number of groups in its `<title>`.
fn hubs(chart: &NetworkChart, plot: &Plot) -> Markup {
    let half = plot.radius * 0.8;
    html! {
        g stroke=(INK) fill="#fff" {
            @for hub in &chart.hubs {
                @let (x, y) = plot.at(hub.x, hub.y);
                rect x=(round(x - half)) y=(round(y - half)) width=(round(2.0 * half))
                    height=(round(2.0 * half)) {
                    title { (hub_title(hub)) }
                }
            }
        }
        g font-size=(if plot.radius > 6.0 { "11" } else { "9" }) stroke="#fff" stroke-width="3"
            stroke-linejoin="round" paint-order="stroke" font-style="italic" {
            @for hub in &chart.hubs {
                @let (x, y) = plot.at(hub.x, hub.y);
                text x=(x) y=(round(y - half - 4.0)) text-anchor="middle" { (short(&hub.tie.name)) }
            }
        }
    }
}

fn hub_title(hub: &Hub) -> String {
    crate::t!(
        "doc-svg-network-hub-title",
        kind = hub.tie.kind.as_str(),
        name = hub.tie.name.as_str(),
        count = hub.groups.len()
    )
}

/// A label where the drawing writes it.
struct Label {
    text: String,
    x: f64,
    y: f64,
    anchor: Option<&'static str>,
}

/// Where a group's label goes: right of its circle, else left, below or
/// above, the first side where it covers no other group's circle and stays in the drawing. With
/// no room anywhere, the name is dropped and only the sign stays (it may
/// then cover a neighbour, but a sign is small); the full name is in the
/// circle's title and the table either way.
fn place_label(
    label: &str,
    (cx, cy): (f64, f64),
    circles: &[(f64, f64)],
    plot: &Plot,
    font: f64,
) -> Label {
    let r = plot.radius;
    let sides = |text: &str| {
        // A generous width: most characters are narrower than 0.6 em.
        let width = text.chars().count() as f64 * font * 0.6;
        let right = (cx + r + 4.0, cy + r / 2.0, None, cx + r + 4.0, width);
        let left = (
            cx - r - 4.0,
            cy + r / 2.0,
            Some("end"),
            cx - r - 4.0 - width,
            width,
        );
        let below = (cx, cy + r + font, Some("middle"), cx - width / 2.0, width);
        let above = (cx, cy - r - 4.0, Some("middle"), cx - width / 2.0, width);
        // On the right half, left first, so labels stay in the drawing.
        if cx > plot.width * 0.6 {
            [left, right, below, above]
        } else {
            [right, left, below, above]
        }
    };
    let covers = |left: f64, width: f64, baseline: f64| {
        let (top, bottom) = (baseline - font, baseline + font * 0.3);
        let outside = left < 0.0 || left + width > plot.width || top < 0.0;
        outside
            || circles.iter().any(|&(x, y)| {
                (x, y) != (cx, cy)
                    && x + r > left
                    && x - r < left + width
                    && y + r > top
                    && y - r < bottom
            })
    };
    let sign_only = label.split(' ').next().unwrap_or(label);
    for text in [label, sign_only] {
        for (x, y, anchor, left, width) in sides(text) {
            if !covers(left, width, y) {
                return Label {
                    text: text.to_string(),
                    x: round(x),
                    y: round(y),
                    anchor,
                };
            }
        }
    }
    let (x, y, anchor, _, _) = sides(sign_only)[0];
    Label {
        text: sign_only.to_string(),
        x: round(x),
        y: round(y),
        anchor,
    }
}

/// The full name, the position and whether the group is impacted, as a
/// screen reader or a pointer hovering the circle tells it.
fn full(mark: &Mark) -> String {
    let position = mark
        .spectrum
        .map_or_else(|| crate::t!("doc-svg-not-placed"), Spectrum::label);
    let group = mark.name.as_str();
    if mark.impacted {
        crate::t!(
            "doc-svg-network-full-impacted",
            group = group,
            position = position
        )
    } else {
        crate::t!("doc-svg-network-full", group = group, position = position)
    }
}

/// A name on one line, cut to fit beside a circle.
fn short(name: &str) -> String {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.chars().count() <= SHORT {
        return name;
    }
    let cut: String = name.chars().take(SHORT - 1).collect();
    format!("{}…", cut.trim_end())
}

/// Colours with their signs, the ring of the impacted, the three dashes,
/// the thick line and the square of a hub, three to a row.
fn legend(top: f64) -> Markup {
    let positions = [
        Some(Spectrum::ActiveAlly),
        Some(Spectrum::PassiveAlly),
        Some(Spectrum::Neutral),
        Some(Spectrum::PassiveOpposition),
        Some(Spectrum::ActiveOpposition),
        None,
    ];
    let place = |i: usize| {
        (
            MARGIN + (i % 3) as f64 * LEGEND_COLUMN,
            top + (i / 3) as f64 * LEGEND_ROW + LEGEND_ROW / 2.0,
        )
    };
    let lines = [
        (
            TieKind::Committee,
            "1.5",
            crate::t!("doc-svg-network-committee"),
        ),
        (TieKind::Person, "1.5", crate::t!("doc-svg-network-person")),
        (TieKind::Space, "1.5", crate::t!("doc-svg-network-space")),
        (
            TieKind::Committee,
            "3",
            crate::t!("doc-svg-network-several"),
        ),
    ];
    html! {
        g font-size="11" stroke=(INK) {
            @for (i, position) in positions.iter().enumerate() {
                @let (x, y) = place(i);
                circle cx=(x) cy=(y) r="5" fill=(colour(*position)) {}
                text x=(x + 10.0) y=(y + 4.0) stroke="none" {
                    (sign(*position)) " " (position.map_or_else(|| crate::t!("doc-svg-not-placed"), Spectrum::label))
                }
            }
            @let (x, y) = place(6);
            circle cx=(x) cy=(y) r="4" fill="none" {}
            circle cx=(x) cy=(y) r="7" fill="none" stroke-width="1.5" {}
            text x=(x + 10.0) y=(y + 4.0) stroke="none" { (crate::t!("doc-svg-network-impacted")) }
            @for (i, (kind, width, label)) in lines.iter().enumerate() {
                @let (x, y) = place(7 + i);
                line x1=(x - 5.0) y1=(y) x2=(x + 15.0) y2=(y) stroke=(FAINT) stroke-width=(width)
                    stroke-linecap="round" stroke-dasharray=[dash(*kind)] {}
                text x=(x + 20.0) y=(y + 4.0) stroke="none" { (label) }
            }
            @let (x, y) = place(11);
            rect x=(x - 4.0) y=(y - 4.0) width="8" height="8" fill="#fff" {}
            text x=(x + 10.0) y=(y + 4.0) stroke="none" { (crate::t!("doc-svg-network-hub")) }
        }
    }
}
