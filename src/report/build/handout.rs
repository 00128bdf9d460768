//! The handout: the coalition for everyone who will never run coal. Built
//! from the public view only (`report::audience`).

use crate::model::Coalition;
use crate::report::{Context, Kind, Report};

pub fn build(c: &Coalition, _context: Context<'_>) -> Report {
    // TODO(issue 16): the handout's sections.
    Report::new(Kind::Handout, c, c.coalition.name.clone())
}
