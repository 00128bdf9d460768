//! TODO(issue 17): the graph as gexf.

use super::Graph;

pub fn render(graph: &Graph) -> String {
    let _ = graph;
    todo!("issue 17: gexf export")
}
