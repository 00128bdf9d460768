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
    let (width, height, body) = match chart {
        Chart::Power(c) => power::draw(c),
        Chart::Spectrum(c) => spectrum::draw(c),
        Chart::Flows(c) => flows::draw(c),
        Chart::Network(c) => network::draw(c),
        Chart::Timeline(c) => timeline::draw(c),
    };
    let description = match chart {
        Chart::Power(c) => &c.description,
        Chart::Spectrum(c) => &c.description,
        Chart::Flows(c) => &c.description,
        Chart::Network(c) => &c.description,
        Chart::Timeline(c) => &c.description,
    };
    let title_id = format!("{key}-title");
    let desc_id = format!("{key}-desc");
    html! {
        svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {width} {height}"))
            width=(width) height=(height) role="img"
            aria-labelledby=(format!("{title_id} {desc_id}"))
            font-family=(FONT) fill=(INK) {
            title id=(title_id) { (chart.title()) }
            desc id=(desc_id) { (description) }
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
    match first {
        Some(first) => format!("{}\n", chart(first, report.kind.as_str()).into_string()),
        None => String::new(),
    }
}
