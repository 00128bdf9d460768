//! Resource flows: the groups that offer on the left, the groups that need
//! on the right, both grouped under the kind of resource they offer or
//! need, and an arrow for each match. The kind is told by the headings on
//! both sides and by the line's dash pattern, never by colour alone.

use std::collections::BTreeSet;

use maud::{Markup, html};

use super::{FAINT, INK, colour, sign};
use crate::model::Spectrum;
use crate::report::chart::{Flow, FlowChart, Mark};

const WIDTH: u32 = 480;
/// Where the offering groups' dots stand, and the needing groups'.
const LEFT: i32 = 170;
const RIGHT: i32 = 310;
const TOP: i32 = 44;
const ROW: i32 = 24;
const HEADING: i32 = 22;
const GAP: i32 = 10;
/// Names longer than this are shortened in the drawing (the full name is
/// in the mark's `<title>` and in the table under the chart).
const NAME: usize = 18;
/// A dash pattern per kind of resource, in the order the kinds are drawn.
const DASHES: [&str; 7] = ["none", "8 4", "2 3", "8 3 2 3", "1 5", "12 3", "4 2 1 2"];

/// A group in one column, under one kind, and the height of its row.
struct Row<'a> {
    kind: &'a str,
    mark: &'a Mark,
    y: i32,
}

/// The chart's width, height and marks.
pub fn draw(chart: &FlowChart) -> (u32, u32, Markup) {
    let kinds: Vec<&str> = chart
        .flows
        .iter()
        .map(|flow| flow.resource.as_str())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let (offers, offers_end) = column(&kinds, &chart.flows, |flow| &flow.from);
    let (needs, needs_end) = column(&kinds, &chart.flows, |flow| &flow.to);
    let legend_top = offers_end.max(needs_end) + GAP;
    let (legend, legend_end) = legend(&kinds, &chart.flows, legend_top);
    let body = html! {
        text x=(LEFT) y="20" text-anchor="end" font-size="13" font-weight="bold" { (crate::t!("doc-svg-flows-offers")) }
        text x=(RIGHT) y="20" font-size="13" font-weight="bold" { (crate::t!("doc-svg-flows-needs")) }
        @for flow in &chart.flows { (arrow(flow, &kinds, &offers, &needs)) }
        @for (kind, y) in headings(&offers) {
            text x=(LEFT - 34) y=(y) text-anchor="end" font-size="12" font-weight="bold" { (kind) }
        }
        @for (kind, y) in headings(&needs) {
            text x=(RIGHT + 34) y=(y) font-size="12" font-weight="bold" { (kind) }
        }
        @for row in &offers { (group(row, true)) }
        @for row in &needs { (group(row, false)) }
        (legend)
    };
    (WIDTH, (legend_end + GAP) as u32, body)
}

/// The rows of one column: each kind (in `kinds` order) with a heading,
/// then each group of that kind once, in the order of the flows. Returns
/// the rows and where the column ends.
fn column<'a>(
    kinds: &[&'a str],
    flows: &'a [Flow],
    side: impl Fn(&'a Flow) -> &'a Mark,
) -> (Vec<Row<'a>>, i32) {
    let mut rows: Vec<Row> = Vec::new();
    let mut y = TOP;
    for kind in kinds {
        y += HEADING;
        for flow in flows.iter().filter(|flow| flow.resource == *kind) {
            let mark = side(flow);
            if !rows.iter().any(|r| r.kind == *kind && r.mark.id == mark.id) {
                rows.push(Row { kind, mark, y });
                y += ROW;
            }
        }
        y += GAP;
    }
    (rows, y)
}

/// Each kind of a column and the height of its heading, above its first row.
fn headings<'a>(rows: &[Row<'a>]) -> Vec<(&'a str, i32)> {
    let mut seen: Vec<(&str, i32)> = Vec::new();
    for row in rows {
        if seen.last().is_none_or(|(kind, _)| *kind != row.kind) {
            seen.push((row.kind, row.y - ROW + 4));
        }
    }
    seen
}

fn y_of(rows: &[Row], kind: &str, id: &str) -> i32 {
    rows.iter()
        .find(|row| row.kind == kind && row.mark.id == id)
        .map_or(TOP, |row| row.y)
}

fn dashes(kinds: &[&str], kind: &str) -> &'static str {
    let index = kinds.iter().position(|k| *k == kind).unwrap_or(0);
    DASHES[index % DASHES.len()]
}

/// A curve from the offering dot to the needing dot, ending in an arrow
/// head, with who gives what to whom in full in its `<title>`.
fn arrow(flow: &Flow, kinds: &[&str], offers: &[Row], needs: &[Row]) -> Markup {
    // Rows are placed by their text's baseline; dots sit 4 above it.
    let from = y_of(offers, &flow.resource, &flow.from.id) - 4;
    let to = y_of(needs, &flow.resource, &flow.to.id) - 4;
    let (start, end, middle) = (LEFT + 7, RIGHT - 15, (LEFT + RIGHT) / 2);
    html! {
        g {
            title { (flow.from.name) " → " (flow.to.name) ": " (flow.resource) }
            path d=(format!("M{start} {from} C{middle} {from} {middle} {to} {end} {to}"))
                fill="none" stroke=(INK) stroke-width="1.5" stroke-dasharray=(dashes(kinds, &flow.resource)) {}
            polygon points=(format!("{end} {} {} {to} {end} {}", to - 4, RIGHT - 7, to + 4)) fill=(INK) {}
        }
    }
}

/// A group's dot in its spectrum colour, its sign beside it and its name,
/// shortened; the full name in a `<title>`.
fn group(row: &Row, left: bool) -> Markup {
    let (dot, sign_x, name_x, anchor) = if left {
        (LEFT, LEFT - 20, LEFT - 34, "end")
    } else {
        (RIGHT, RIGHT + 20, RIGHT + 34, "start")
    };
    let y = row.y;
    html! {
        g {
            title { (row.mark.name) " (" (row.kind) ")" }
            circle cx=(dot) cy=(y - 4) r="6" fill=(colour(row.mark.spectrum)) stroke=(INK) {}
            text x=(sign_x) y=(y) text-anchor="middle" font-size="12" { (sign(row.mark.spectrum)) }
            text x=(name_x) y=(y) text-anchor=(anchor) font-size="13" { (shorten(&row.mark.name, NAME)) }
        }
    }
}

/// What the signs and the dash patterns mean: the spectrum positions of the
/// groups drawn, then the kinds of resource. Returns the marks and where
/// they end.
fn legend(kinds: &[&str], flows: &[Flow], top: i32) -> (Markup, i32) {
    let positions: BTreeSet<Option<Spectrum>> = flows
        .iter()
        .flat_map(|flow| [flow.from.spectrum, flow.to.spectrum])
        .collect();
    let signs_y = top + 14;
    let lines_y = signs_y + 22;
    let markup = html! {
        text x="10" y=(signs_y) font-size="12" { (crate::t!("doc-svg-flows-signs")) }
        @for (i, position) in positions.iter().enumerate() {
            @let x = 60 + 200 * (i as i32 % 2);
            @let y = signs_y + 18 * (i as i32 / 2);
            circle cx=(x) cy=(y - 4) r="5" fill=(colour(*position)) stroke=(INK) {}
            text x=(x + 9) y=(y) font-size="12" { (sign(*position)) " " (position_words(*position)) }
        }
        @let lines_y = lines_y + 18 * ((positions.len() as i32 - 1) / 2);
        text x="10" y=(lines_y) font-size="12" { (crate::t!("doc-svg-flows-lines")) }
        @for (i, kind) in kinds.iter().enumerate() {
            @let x = 60 + 130 * (i as i32 % 3);
            @let y = lines_y + 18 * (i as i32 / 3);
            line x1=(x) y1=(y - 4) x2=(x + 30) y2=(y - 4) stroke=(INK) stroke-width="1.5"
                stroke-dasharray=(dashes(kinds, kind)) {}
            text x=(x + 36) y=(y) font-size="12" { (kind) }
        }
        line x1="10" y1=(top) x2=(WIDTH - 10) y2=(top) stroke=(FAINT) stroke-width="0.5" {}
    };
    let rows_of_signs = (positions.len() as i32 - 1) / 2;
    let rows_of_lines = (kinds.len() as i32 - 1) / 3;
    (markup, lines_y + 18 * (rows_of_signs + rows_of_lines))
}

/// A spectrum position in words, for the legend.
fn position_words(position: Option<Spectrum>) -> String {
    position.map_or_else(|| crate::t!("doc-svg-not-placed"), Spectrum::label)
}

/// A name on one line and at most `max` characters, `…` marking a cut.
pub(super) fn shorten(name: &str, max: usize) -> String {
    let one_line = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let mut short: String = one_line.chars().take(max - 1).collect();
    short.push('…');
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(id: &str, name: &str) -> Mark {
        Mark {
            id: id.into(),
            name: name.into(),
            spectrum: Some(Spectrum::ActiveAlly),
            impacted: false,
        }
    }

    fn flow(from: &str, to: &str, resource: &str) -> Flow {
        Flow {
            from: mark(from, from),
            to: mark(to, to),
            resource: resource.into(),
        }
    }

    #[test]
    fn long_names_are_cut_with_an_ellipsis_and_short_ones_kept() {
        assert_eq!(shorten("Solidarité migrante", 19), "Solidarité migrante");
        assert_eq!(shorten("abcdefghij", 5), "abcd…");
        assert_eq!(shorten("two\nlines", 26), "two lines");
    }

    #[test]
    fn a_group_offering_two_kinds_stands_under_each_and_once_per_kind() {
        let flows = [
            flow("a", "b", "money"),
            flow("a", "c", "money"),
            flow("a", "b", "space"),
        ];
        let kinds = ["money", "space"];
        let (rows, _) = column(&kinds, &flows, |f| &f.from);
        let placed: Vec<(&str, &str)> = rows.iter().map(|r| (r.kind, r.mark.id.as_str())).collect();
        assert_eq!(placed, [("money", "a"), ("space", "a")]);
        let (rows, _) = column(&kinds, &flows, |f| &f.to);
        let placed: Vec<(&str, &str)> = rows.iter().map(|r| (r.kind, r.mark.id.as_str())).collect();
        assert_eq!(placed, [("money", "b"), ("money", "c"), ("space", "b")]);
    }

    #[test]
    fn each_kind_has_its_own_dash_pattern() {
        let kinds = ["data", "expertise", "money", "space"];
        let patterns: BTreeSet<&str> = kinds.iter().map(|k| dashes(&kinds, k)).collect();
        assert_eq!(patterns.len(), kinds.len());
    }
}
