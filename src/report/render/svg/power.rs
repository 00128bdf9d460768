//! TODO(issue 16): draw the chart.

use maud::{Markup, html};

use crate::report::chart::PowerChart;

/// The chart's width, height and marks.
pub fn draw(_chart: &PowerChart) -> (u32, u32, Markup) {
    (640, 400, html! {})
}
