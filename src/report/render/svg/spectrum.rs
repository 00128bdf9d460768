//! The spectrum of allies: five columns, one row per group (in the order
//! given: the builder sorts them column by column), a mark where
//! it stands and a dashed arrow to a ring where it is aimed. Lines and
//! rings are never filled, marks always are: they differ without colour.
//! With `--since`, a group that moved has its trail: the positions it
//! left as small hollow marks, joined in order by a dotted line to its
//! mark, each leg a little above the one before so that a trail turning
//! back does not draw over itself.

use maud::{Markup, html};

use super::{FAINT, INK, colour, label, legend, mark, name_label, sign, words};
use crate::model::Spectrum;
use crate::report::chart::{Mark, SpectrumChart};

const WIDTH: i32 = 680;
const LEFT: i32 = 15;
const COLUMN: i32 = 130;
const HEADER: i32 = 52;
const LINE: i32 = 22;
const NAME_WIDTH: usize = 18;
/// Rows drawn before the rest are counted (the table names them all): a
/// chart of thousands of groups would be a scroll, not a picture.
const ROWS_SHOWN: usize = 150;
/// How far above its row a trail runs.
const TRAIL_RISE: i32 = 9;
/// How much higher each leg of a trail runs than the one before.
const LEG_RISE: i32 = 3;
/// The legs a trail draws, the last ones: more would climb into the row
/// above; its title counts the earlier ones.
const LEGS_DRAWN: usize = 3;

pub fn draw(chart: &SpectrumChart) -> (u32, u32, Markup) {
    if chart.groups.is_empty() {
        return words(&[
            &crate::t!("doc-svg-spectrum-none"),
            &crate::t!("doc-svg-spectrum-how"),
        ]);
    }
    let groups = &chart.groups;
    let shown = groups.len().min(ROWS_SHOWN);
    let more = groups.len() - shown;
    let rows_bottom = HEADER + 12 + LINE * (shown as i32 + i32::from(more > 0));
    let (legend_height, legend) = legend(rows_bottom + 16, WIDTH);
    let trails = chart.trails.iter().any(|trail| !trail.is_empty());
    let height = rows_bottom + 16 + legend_height + 12 + if trails { 20 } else { 0 };
    let since = chart.since.as_deref().unwrap_or("");
    let body = html! {
        (columns(rows_bottom))
        @for (n, (group, at, aim)) in groups.iter().take(shown).enumerate() {
            @let y = HEADER + 14 + LINE * n as i32;
            @if let Some(past) = chart.trails.get(n).filter(|past| !past.is_empty()) {
                (trail(group, past, *at, since, y))
            }
            (row(group, *at, *aim, y))
        }
        @if more > 0 {
            (label(LEFT + 4, HEADER + 18 + LINE * shown as i32, 11,
                &format!("+{more} more groups: see the table under the chart")))
        }
        (legend)
        (key(rows_bottom + 16 + legend_height - 4))
        @if trails {
            (trail_key(rows_bottom + 16 + legend_height + 16, since))
        }
    };
    (WIDTH as u32, height as u32, body)
}

fn index(position: Spectrum) -> i32 {
    Spectrum::ALL
        .iter()
        .position(|s| *s == position)
        .expect("a position") as i32
}

fn column_left(position: Spectrum) -> i32 {
    LEFT + COLUMN * index(position)
}

/// Where a mark (or a ring) sits in its column.
fn spot(position: Spectrum) -> i32 {
    column_left(position) + 14
}

/// The five columns: a band of colour, the sign and the name of each
/// position above, lines between them.
fn columns(bottom: i32) -> Markup {
    html! {
        @for position in Spectrum::ALL.iter().copied() {
            @let left = column_left(position);
            rect x=(left + 2) y="8" width=(COLUMN - 4) height="8" fill=(colour(Some(position)))
                stroke=(INK) stroke-width="0.5" {}
            text x=(left + COLUMN / 2) y="30" font-size="11" font-weight="bold" text-anchor="middle" {
                (sign(Some(position)))
            }
            text x=(left + COLUMN / 2) y="44" font-size="11" font-weight="bold" text-anchor="middle" {
                (position.label())
            }
            line x1=(left) y1="8" x2=(left) y2=(bottom) stroke=(FAINT) stroke-width="0.5" {}
        }
        line x1=(LEFT + 5 * COLUMN) y1="8" x2=(LEFT + 5 * COLUMN) y2=(bottom)
            stroke=(FAINT) stroke-width="0.5" {}
    }
}

/// One group: its mark and label where it stands and, when it is aimed
/// elsewhere, a dashed arrow to a ring in the column of its aim.
fn row(group: &Mark, at: Spectrum, aim: Option<Spectrum>, y: i32) -> Markup {
    let aim = aim.filter(|aim| *aim != at);
    let title = match aim {
        Some(aim) => crate::t!(
            "doc-svg-spectrum-title-aimed",
            group = group.name.as_str(),
            at = at.label(),
            aim = aim.label()
        ),
        None => crate::t!(
            "doc-svg-spectrum-title-stays",
            group = group.name.as_str(),
            at = at.label()
        ),
    };
    html! {
        g {
            title { (super::text(&title)) }
            @if let Some(aim) = aim {
                (arrow(spot(at), spot(aim), y))
            }
            (mark(spot(at), y, Some(at), group.impacted))
            (label(spot(at) + 10, y + 4, 10, &name_label(Some(at), &group.name, NAME_WIDTH)))
        }
    }
}

/// A dashed line from a mark to a ring, its head at the ring.
fn arrow(from: i32, to: i32, y: i32) -> Markup {
    let toward = (to - from).signum();
    let start = from + 9 * toward;
    let tip = to - 8 * toward;
    let back = tip - 8 * toward;
    html! {
        circle cx=(to) cy=(y) r="6" fill="none" stroke=(INK) stroke-width="1.2" stroke-dasharray="2 2" {}
        line x1=(start) y1=(y) x2=(back) y2=(y) stroke=(INK) stroke-width="1.5" stroke-dasharray="5 3" {}
        path d=(format!("M{tip} {y} L{back} {} L{back} {} z", y - 4, y + 4)) fill=(INK) {}
    }
}

/// What the arrows and rings mean, under the legend of the marks.
fn key(y: i32) -> Markup {
    html! {
        (arrow(24, 70, y + 8))
        (label(84, y + 12, 11, &crate::t!("doc-svg-spectrum-arrow")))
    }
}

/// Where a group stood since then: a small hollow mark at each place it
/// left, joined in order by a dotted line to the top of its mark, and its
/// trail in words for those who cannot see it. The trail runs just above
/// the row, so that neither the arrow to its aim nor its name hides it;
/// each leg runs a little above the one before, so a trail that turns back
/// reads in order, and a small head on each leg points the way it went;
/// only its last legs are drawn.
fn trail(group: &Mark, past: &[Spectrum], at: Spectrum, since: &str, y: i32) -> Markup {
    let earlier = past.len().saturating_sub(LEGS_DRAWN);
    let past = &past[earlier..];
    let mut labels: Vec<String> = past.iter().chain([&at]).map(|s| s.label()).collect();
    if earlier > 0 {
        labels.insert(
            0,
            crate::t!("doc-svg-spectrum-trail-earlier", count = earlier),
        );
    }
    let title = crate::t!(
        "doc-svg-spectrum-trail",
        group = group.name.as_str(),
        since = since,
        trail = labels.join(" → ")
    );
    let stops: Vec<(i32, i32)> = past
        .iter()
        .enumerate()
        .map(|(n, position)| (spot(*position), y - TRAIL_RISE - LEG_RISE * n as i32))
        .collect();
    let ends: Vec<(i32, i32)> = stops.iter().copied().chain([(spot(at), y - 6)]).collect();
    let points: Vec<String> = ends.iter().map(|(x, y)| format!("{x},{y}")).collect();
    // A small head along each leg, pointing the way it went: seven tenths
    // of the way, which is never on a column's spot, where a ring hides it.
    let heads: Vec<String> = ends
        .windows(2)
        .map(|leg| {
            let ((x1, y1), (x2, y2)) = (leg[0], leg[1]);
            let way = if x2 > x1 { 1 } else { -1 };
            let (x, y) = (x1 + (x2 - x1) * 7 / 10, y1 + (y2 - y1) * 7 / 10);
            format!("M{} {} l{} -3 l0 6 z", x + 3 * way, y, -6 * way)
        })
        .collect();
    html! {
        g class="trail" {
            title { (super::text(&title)) }
            polyline points=(points.join(" ")) fill="none" stroke=(INK) stroke-width="1"
                stroke-dasharray="1 3" {}
            @for head in &heads {
                path d=(head) fill=(INK) {}
            }
            // No ring over the group's own mark: it stands there now.
            @for ((x, stop_y), position) in stops.iter().zip(past) {
                @if *position != at {
                    circle cx=(x) cy=(stop_y) r="3" fill="white" stroke=(INK)
                        stroke-width="1.2" {}
                }
            }
        }
    }
}

/// What a trail means, under the key of the arrows.
fn trail_key(y: i32, since: &str) -> Markup {
    html! {
        polyline points=(format!("24,{} 70,{}", y + 8, y + 8)) fill="none" stroke=(INK)
            stroke-width="1" stroke-dasharray="1 3" {}
        circle cx="24" cy=(y + 8) r="3" fill="white" stroke=(INK) stroke-width="1.2" {}
        (label(84, y + 12, 11, &crate::t!("doc-svg-spectrum-trail-key", since = since)))
    }
}
