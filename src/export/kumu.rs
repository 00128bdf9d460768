//! TODO(issue 17): the graph as kumu.

use super::Graph;

pub fn render(graph: &Graph) -> String {
    let _ = graph;
    todo!("issue 17: kumu export")
}
