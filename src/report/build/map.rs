//! The map: one page of charts for the organizers, each followed by a
//! table or list of the same data.

use crate::model::Coalition;
use crate::report::{Context, Kind, Report};

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    let mut report = Report::new(Kind::Map, c, format!("{}: map", c.coalition.name));
    // TODO(issue 16): power and spectrum sections, check findings.
    report.blocks.extend(super::resources::flows(c));
    report.blocks.extend(super::network::blocks(c));
    report
        .blocks
        .extend(super::steps::timeline(c, context.today));
    report
}
