//! TODO(issue 17): the graph as dot.

use super::Graph;

pub fn render(graph: &Graph) -> String {
    let _ = graph;
    todo!("issue 17: dot export")
}
