//! The power / interest scatter: interest to the right, power up, the four
//! quadrants named in bands between their rows, opponents in a panel of
//! their own under the grid (they are in no quadrant).

use maud::{Markup, html};
use unicode_width::UnicodeWidthChar;

use super::{FAINT, INK, label, legend, mark, name_label, short, sign, words};
use crate::model::Spectrum;
use crate::report::chart::{Mark, PowerChart};

const WIDTH: i32 = 680;
const LEFT: i32 = 56;
const TOP: i32 = 8;
/// The band above each half of the grid, where its quadrants are named.
const BAND: i32 = 22;
const CELL_WIDTH: i32 = 120;
const CELL_HEIGHT: i32 = 80;
/// Marks stacked in one cell before the rest are counted instead: groups
/// at the same spot are spread, never drawn over each other.
const PER_CELL: usize = 4;
const LINE: i32 = 17;
/// Label widths in columns, so that a label stays in its cell.
const NAME_WIDTH: usize = 15;
const OPPONENT_NAME_WIDTH: usize = 18;
const OPPONENTS_PER_ROW: i32 = 3;
const OPPONENTS_SHOWN: usize = 12;
/// Power or interest of 3 or more is high (as `report power` says).
const HIGH: u8 = 3;

pub fn draw(chart: &PowerChart) -> (u32, u32, Markup) {
    if chart.partners.is_empty() && chart.opponents.is_empty() {
        return words(&[
            &crate::t!("doc-svg-power-none"),
            &crate::t!("doc-svg-power-how"),
        ]);
    }
    let grid_bottom = row_top(1) + CELL_HEIGHT;
    let axis_bottom = grid_bottom + 40;
    let (opponents_height, opponents) = opponents(chart, axis_bottom);
    let (legend_height, legend) = legend(axis_bottom + opponents_height + 16, WIDTH);
    let height = axis_bottom + opponents_height + legend_height + 16;
    let body = html! {
        (grid())
        @for power in 1..=5u8 {
            @for interest in 1..=5u8 {
                (cell(chart, power, interest))
            }
        }
        (opponents)
        (legend)
    };
    (WIDTH as u32, height as u32, body)
}

/// The top of the row of a power: rows 5 to 3 under the first band, 2 and
/// 1 under the second.
fn row_top(power: u8) -> i32 {
    let band = if power < HIGH { 2 * BAND } else { BAND };
    TOP + band + (5 - power as i32) * CELL_HEIGHT
}

fn column_left(interest: u8) -> i32 {
    LEFT + (interest as i32 - 1) * CELL_WIDTH
}

/// Cells, the lines between quadrants, the quadrant names and the axes.
fn grid() -> Markup {
    let right = column_left(5) + CELL_WIDTH;
    let bottom = row_top(1) + CELL_HEIGHT;
    let divide = column_left(HIGH);
    let quadrants = [
        (TOP, LEFT, crate::t!("doc-svg-power-satisfy")),
        (TOP, divide, crate::t!("doc-svg-power-manage")),
        (
            row_top(HIGH - 1) - BAND,
            LEFT,
            crate::t!("doc-svg-power-monitor"),
        ),
        (
            row_top(HIGH - 1) - BAND,
            divide,
            crate::t!("doc-svg-power-inform"),
        ),
    ];
    html! {
        @for power in 1..=5u8 {
            @for interest in 1..=5u8 {
                rect x=(column_left(interest)) y=(row_top(power)) width=(CELL_WIDTH)
                    height=(CELL_HEIGHT) fill="none" stroke=(FAINT) stroke-width="0.5" {}
            }
            text x=(LEFT - 8) y=(row_top(power) + CELL_HEIGHT / 2 + 4) font-size="11"
                text-anchor="end" { (power) }
        }
        @for (y, x, name) in quadrants {
            text x=(x + 4) y=(y + BAND - 6) font-size="12" font-weight="bold" { (name) }
        }
        line x1=(divide) y1=(TOP) x2=(divide) y2=(bottom) stroke=(INK) stroke-width="2" {}
        line x1=(LEFT) y1=(row_top(HIGH - 1) - BAND) x2=(right) y2=(row_top(HIGH - 1) - BAND)
            stroke=(INK) stroke-width="2" {}
        @for interest in 1..=5u8 {
            text x=(column_left(interest) + CELL_WIDTH / 2) y=(bottom + 16) font-size="11"
                text-anchor="middle" { (interest) }
        }
        text x=(LEFT + 2 * CELL_WIDTH + CELL_WIDTH / 2) y=(bottom + 34) font-size="12"
            text-anchor="middle" { (crate::t!("doc-svg-power-axis-interest")) }
        text x="16" y=(row_top(3) + CELL_HEIGHT / 2) font-size="12" text-anchor="middle"
            transform=(format!("rotate(-90 16 {})", row_top(3) + CELL_HEIGHT / 2)) { (crate::t!("doc-svg-power-axis-power")) }
    }
}

/// The partners rated at one spot, one under the other; past `PER_CELL`
/// the rest are counted (the table under the chart names them all).
fn cell(chart: &PowerChart, power: u8, interest: u8) -> Markup {
    let here: Vec<&Mark> = chart
        .partners
        .iter()
        .filter(|(_, p, i)| (*p, *i) == (power, interest))
        .map(|(mark, _, _)| mark)
        .collect();
    let shown = if here.len() > PER_CELL {
        PER_CELL - 1
    } else {
        here.len()
    };
    let left = column_left(interest);
    let top = row_top(power) + 14;
    html! {
        @for (n, group) in here.iter().take(shown).enumerate() {
            @let y = top + LINE * n as i32;
            g {
                title { (super::text(&details(group, Some(power), Some(interest)))) }
                (mark(left + 12, y, group.spectrum, group.impacted))
                (label(left + 22, y + 4, 10, &told_apart(chart, group, NAME_WIDTH)))
            }
        }
        @if shown < here.len() {
            (label(left + 22, top + LINE * shown as i32 + 4, 10, &format!("+{} more", here.len() - shown)))
        }
    }
}

/// A group's label: its sign and its name cut at the end to `width`
/// columns, unless another group's name would be cut to the same label
/// ("Comité logement Rosemont" and "Comité logement Villeray" both read
/// "Comité logemen…"), which on paper no title tells apart: then cut in
/// the middle, keeping both ends.
fn told_apart(chart: &PowerChart, group: &Mark, width: usize) -> String {
    let cut = short(&group.name, width);
    let names = chart.partners.iter().map(|(m, _, _)| m);
    let alike = names
        .chain(chart.opponents.iter().map(|(m, _, _)| m))
        .any(|other| other.name != group.name && short(&other.name, width) == cut);
    if alike {
        both_ends(group.spectrum, &group.name, width)
    } else {
        name_label(group.spectrum, &group.name, width)
    }
}

/// A sign and a name cut in the middle to `width` columns.
fn both_ends(position: Option<Spectrum>, name: &str, width: usize) -> String {
    let name = super::text(name);
    let name = name.trim();
    let columns = |s: &str| s.chars().map(|c| c.width().unwrap_or(0)).sum::<usize>();
    if columns(name) <= width {
        return format!("{} {name}", sign(position));
    }
    // The ellipsis takes one column, the start half of the rest, the end
    // what the start leaves.
    let head = within(name.chars(), (width - 1) / 2);
    let head = head.trim_end();
    let tail: String = within(name.chars().rev(), width - 1 - columns(head))
        .chars()
        .rev()
        .collect();
    format!("{} {head}…{}", sign(position), tail.trim_start())
}

/// The first characters of `chars` that fit in `room` columns.
fn within(chars: impl Iterator<Item = char>, room: usize) -> String {
    let mut used = 0;
    chars
        .take_while(|c| {
            used += c.width().unwrap_or(0);
            used <= room
        })
        .collect()
}

/// What a mark's title says: the full name and what placed it.
fn details(group: &Mark, power: Option<u8>, interest: Option<u8>) -> String {
    let rated = |value: Option<u8>| {
        value.map_or_else(|| crate::t!("doc-svg-power-not-rated"), |v| v.to_string())
    };
    let position = group
        .spectrum
        .map_or_else(|| crate::t!("doc-svg-not-placed"), Spectrum::label);
    let impacted = group.impacted;
    let (group, power, interest) = (group.name.as_str(), rated(power), rated(interest));
    if impacted {
        crate::t!(
            "doc-svg-power-details-impacted",
            group = group,
            power = power,
            interest = interest,
            position = position
        )
    } else {
        crate::t!(
            "doc-svg-power-details",
            group = group,
            power = power,
            interest = interest,
            position = position
        )
    }
}

/// The panel of opponents, from `y`: its height and drawing.
fn opponents(chart: &PowerChart, y: i32) -> (i32, Markup) {
    let column = (WIDTH - LEFT) / OPPONENTS_PER_ROW;
    let shown = chart.opponents.len().min(OPPONENTS_SHOWN);
    let rows = (shown as i32 + OPPONENTS_PER_ROW - 1) / OPPONENTS_PER_ROW;
    let more = chart.opponents.len() - shown;
    let height = 24 + LINE * (rows + i32::from(more > 0)).max(1);
    let body = html! {
        text x=(LEFT) y=(y + 12) font-size="12" font-weight="bold" {
            (crate::t!("doc-svg-power-opponents"))
        }
        @if chart.opponents.is_empty() {
            (label(LEFT, y + 32, 10, &crate::t!("doc-svg-power-no-opponents")))
        }
        @for (n, (group, power, interest)) in chart.opponents.iter().take(shown).enumerate() {
            @let x = LEFT + column * (n as i32 % OPPONENTS_PER_ROW);
            @let row_y = y + 28 + LINE * (n as i32 / OPPONENTS_PER_ROW);
            g {
                title { (super::text(&details(group, *power, *interest))) }
                (mark(x + 8, row_y, group.spectrum, group.impacted))
                (label(x + 18, row_y + 4, 10, &crate::t!("doc-svg-power-opponent-label", group = told_apart(chart, group, OPPONENT_NAME_WIDTH),
                    power = power.map_or("?".into(), |p| p.to_string()))))
            }
        }
        @if more > 0 {
            (label(LEFT, y + 28 + LINE * rows + 4, 10, &format!("+{more} more: see the table under the chart")))
        }
    };
    (height, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_name_keeps_both_its_ends() {
        let active = Some(Spectrum::ActiveAlly);
        assert_eq!(
            both_ends(active, "Comité logement Rosemont", 15),
            "++ Comité…Rosemont"
        );
        assert_eq!(
            both_ends(active, "Comité logement Villeray", 15),
            "++ Comité…Villeray"
        );
        assert_eq!(both_ends(active, "Short name", 15), "++ Short name");
        // Wide characters count two columns each.
        assert_eq!(both_ends(None, "運動連合会議体組織", 9), "? 運動…組織");
    }
}
