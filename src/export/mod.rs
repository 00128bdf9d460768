//! `coal export`: the coalition as one graph (`graph`), spelled for the
//! tool that reads it. Each format follows the tool's own documentation.

mod dot;
mod gexf;
pub mod graph;
mod graphml;
mod kumu;
mod oligrapher;
mod xml;

use crate::cli::ExportFormat;
pub use graph::Graph;

/// The graph in `format`, ending with a newline.
pub fn render(graph: &Graph, format: ExportFormat) -> String {
    match format {
        ExportFormat::Kumu => kumu::render(graph),
        ExportFormat::Dot => dot::render(graph),
        ExportFormat::Gexf => gexf::render(graph),
        ExportFormat::Graphml => graphml::render(graph),
        ExportFormat::Oligrapher => oligrapher::render(graph),
    }
}
