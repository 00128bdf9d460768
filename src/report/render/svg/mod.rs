//! SVG charts, drawn directly (no chart library, no script) with maud, so
//! every name is escaped like any text of the HTML page. The same drawing
//! goes inline into the map and alone into `--format svg`.
//!
//! Charts never speak by colour alone: each spectrum position has a colour
//! from a palette colour-blind readers tell apart (Okabe and Ito) and a
//! sign of its own, and each chart is followed in the report by a table or
//! list of the same data.

mod flows;
mod network;
mod power;
mod spectrum;
mod timeline;

use maud::{Markup, html};
use unicode_width::UnicodeWidthChar;

use crate::model::Spectrum;
use crate::report::chart::Chart;
use crate::report::{Block, Report};

/// Text and lines: near black on white, far above 4.5:1.
pub const INK: &str = "#1a1a1a";
/// Axes, grids and other marks that are not read as text.
pub const FAINT: &str = "#767676";
pub const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

/// The colour of a spectrum position (Okabe–Ito), from blue for active
/// allies to vermillion for active opposition; grey when not placed.
pub fn colour(position: Option<Spectrum>) -> &'static str {
    match position {
        Some(Spectrum::ActiveAlly) => "#0072B2",
        Some(Spectrum::PassiveAlly) => "#56B4E9",
        Some(Spectrum::Neutral) => "#BBBBBB",
        Some(Spectrum::PassiveOpposition) => "#E69F00",
        Some(Spectrum::ActiveOpposition) => "#D55E00",
        None => "#FFFFFF",
    }
}

/// The sign of a spectrum position, written on or beside each mark so that
/// it reads without colour (and in black and white print).
pub fn sign(position: Option<Spectrum>) -> &'static str {
    match position {
        Some(Spectrum::ActiveAlly) => "++",
        Some(Spectrum::PassiveAlly) => "+",
        Some(Spectrum::Neutral) => "0",
        Some(Spectrum::PassiveOpposition) => "−",
        Some(Spectrum::ActiveOpposition) => "−−",
        None => "?",
    }
}

/// A chart as an inline `<svg>` element, with a `<title>` and a `<desc>`
/// that screen readers announce. `key` makes the ids unique in a page.
pub fn chart(chart: &Chart, key: &str) -> Markup {
    // Every text of the chart cleaned once, here, before any drawing.
    let cleaned = chart.map_text(text);
    let chart = &cleaned;
    let (width, height, body) = match chart {
        Chart::Power(c) => power::draw(c),
        Chart::Spectrum(c) => spectrum::draw(c),
        Chart::Flows(c) => flows::draw(c),
        Chart::Network(c) => network::draw(c),
        Chart::Timeline(c) => timeline::draw(c),
    };
    let title_id = format!("{key}-title");
    let desc_id = format!("{key}-desc");
    html! {
        svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {width} {height}"))
            width=(width) height=(height) role="img"
            aria-labelledby=(format!("{title_id} {desc_id}"))
            font-family=(FONT) fill=(INK) {
            title id=(title_id) { (text(chart.title())) }
            desc id=(desc_id) { (text(chart.description())) }
            (body)
        }
    }
}

/// `--format svg`: the report's first chart, alone in a file.
pub fn render(report: &Report) -> String {
    let first = report.blocks.iter().find_map(|block| match block {
        Block::Chart(chart) => Some(chart),
        _ => None,
    });
    let key = report.kind.as_str();
    let drawing = match first {
        Some(first) => chart(first, key),
        None => nothing_drawn(&report.title, key),
    };
    format!("{}\n", drawing.into_string())
}

/// A report without a chart still gives a picture, one that says so: an
/// empty file would read as a failure.
fn nothing_drawn(title: &str, key: &str) -> Markup {
    let (width, height, body) = words(&[&crate::t!("doc-svg-nothing-to-draw")]);
    html! {
        svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {width} {height}"))
            width=(width) height=(height) role="img"
            aria-labelledby=(format!("{key}-title"))
            font-family=(FONT) fill=(INK) {
            title id=(format!("{key}-title")) { (text(title)) }
            (body)
        }
    }
}

/// A chart with nothing to place: its width, height and lines of words
/// saying why, so that the picture is never blank.
pub fn words(lines: &[&str]) -> (u32, u32, Markup) {
    let height = 24 + 20 * lines.len() as u32;
    let body = html! {
        @for (n, line) in lines.iter().enumerate() {
            text x="16" y=(30 + 20 * n as u32) font-size="14" { (text(line)) }
        }
    };
    (640, height, body)
}

/// Text as SVG may hold it, cleaned as every format cleans user text
/// (`output::clean`): XML 1.0 forbids most control characters, a line
/// break would not show, and an invisible or direction-changing character
/// is shown by its code. Of what is left, XML 1.0's `Char` production
/// forbids only U+FFFE and U+FFFF (surrogates cannot be in a Rust string;
/// other noncharacters are allowed): they become U+FFFD, the replacement
/// character, so the file stays well-formed and the reader sees a mark.
pub fn text(raw: &str) -> String {
    let cleaned = crate::output::clean(raw);
    if cleaned.contains(['\u{FFFE}', '\u{FFFF}']) {
        return cleaned.replace(['\u{FFFE}', '\u{FFFF}'], "\u{FFFD}");
    }
    cleaned
}

/// A name shortened to `width` columns for a label, with an ellipsis when
/// cut; the full name goes in the mark's `<title>` and the table under it.
pub fn short(name: &str, width: usize) -> String {
    let name = text(name);
    let name = name.trim();
    let mut used = 0;
    let mut kept = String::new();
    for c in name.chars() {
        used += c.width().unwrap_or(0);
        if used > width {
            // Room for the ellipsis: drop what would pass `width` with it.
            while kept.chars().map(|c| c.width().unwrap_or(0)).sum::<usize>() + 1 > width {
                kept.pop();
            }
            return format!("{}…", kept.trim_end());
        }
        kept.push(c);
    }
    kept
}

/// A mark's label: the sign of its position, then its name shortened.
pub fn name_label(position: Option<Spectrum>, name: &str, width: usize) -> String {
    format!("{} {}", sign(position), short(name, width))
}

/// A group's mark at (`x`, `y`): a circle in its spectrum colour, or a
/// diamond for a group of impacted people (the legend says so), so that
/// the difference shows without colour.
pub fn mark(x: i32, y: i32, position: Option<Spectrum>, impacted: bool) -> Markup {
    let fill = colour(position);
    html! {
        @if impacted {
            path d=(format!("M{x} {} l7 7 l-7 7 l-7 -7 z", y - 7)) fill=(fill) stroke=(INK) stroke-width="1.2" {}
        } @else {
            circle cx=(x) cy=(y) r="6" fill=(fill) stroke=(INK) stroke-width="1.2" {}
        }
    }
}

/// A label on the chart: readable over lines and fills, thanks to a white
/// halo drawn under each letter.
pub fn label(x: i32, y: i32, size: u32, words: &str) -> Markup {
    html! {
        text x=(x) y=(y) font-size=(size) stroke="#ffffff" stroke-width="3"
            paint-order="stroke" stroke-linejoin="round" { (text(words)) }
    }
}

/// The key to the colours, signs and marks, in rows from `y`: its height
/// and drawing. Positions are named in words beside their sign and colour.
pub fn legend(y: i32, width: i32) -> (i32, Markup) {
    let positions: Vec<Option<Spectrum>> = Spectrum::ALL
        .iter()
        .copied()
        .map(Some)
        .chain([None])
        .collect();
    let per_row = 3;
    let column = (width - 32) / per_row;
    let rows = (positions.len() as i32 + per_row - 1) / per_row;
    let body = html! {
        @for (n, position) in positions.iter().enumerate() {
            @let x = 24 + column * (n as i32 % per_row);
            @let row_y = y + 18 * (n as i32 / per_row);
            (mark(x, row_y, *position, false))
            (label(x + 12, row_y + 4, 11, &format!("{} {}", sign(*position),
                position.map_or_else(|| crate::t!("doc-svg-not-placed-yet"), Spectrum::label))))
        }
        @let row_y = y + 18 * rows;
        (mark(24, row_y, None, true))
        (label(36, row_y + 4, 11, &crate::t!("doc-svg-impacted-mark")))
    };
    (18 * (rows + 1), body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_cut_to_its_width_with_an_ellipsis() {
        assert_eq!(short("Collectif Artivistes", 20), "Collectif Artivistes");
        assert_eq!(short("Collectif Artivistes", 12), "Collectif A…");
        assert_eq!(short("Collectif   Artivistes", 12), "Collectif…");
        // Emoji take two columns.
        assert_eq!(short("🌍🌍🌍 Terre", 5), "🌍🌍…");
        assert_eq!(short("a\u{1b}[2Jb", 10), "a[2Jb");
    }
}
