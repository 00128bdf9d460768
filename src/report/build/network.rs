//! The network: groups linked by shared committees, spaces and people in
//! two groups (point builders).

use crate::model::Coalition;
use crate::report::{Block, Context, Kind, Report};

pub fn build(c: &Coalition, _context: Context<'_>) -> Report {
    let mut report = Report::new(Kind::Network, c, format!("{}: network", c.coalition.name));
    report.blocks.extend(blocks(c));
    report
}

/// The network chart and the links under it (the map's section too).
pub fn blocks(_c: &Coalition) -> Vec<Block> {
    // TODO(issue 16): links, layout, chart.
    Vec::new()
}
