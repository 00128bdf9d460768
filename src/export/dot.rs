//! The graph as Graphviz DOT, for `dot -Tsvg`: a `digraph` whose point
//! builders are drawn without arrows, committees and spaces as clusters.
//!
//! A group may sit on several committees and in several spaces, but
//! Graphviz draws a node in one cluster only. So a cluster holds only the
//! committee's or space's own node, a point, and every seat is an edge into
//! the cluster's border (`lhead`); the output says so in its first lines.
//!
//! The coalition's attributes are written as DOT attributes of their own
//! name (`status`, `power`...): Graphviz keeps attributes it does not know
//! without a warning, none of these names is one of its own, and tools
//! that read DOT (networkx, Gephi) take them as data. What Graphviz draws
//! is set with its own attributes (`shape`, `color`, `tooltip`...).

use std::fmt::Write;
use std::str::FromStr;

use super::graph::{Attribute, Edge, EdgeKind, Graph, Node, NodeKind, Value};
use crate::model::Spectrum;
use crate::report::render::svg::{self, FAINT, INK};

const FONT: &str = "Helvetica";
/// Okabe–Ito's bluish green, as the charts use: what groups can give.
const RESOURCE: &str = "#009E73";
const BOUNDARY: &str = "#D55E00";

pub fn render(graph: &Graph) -> String {
    let mut out = String::new();
    out.push_str(
        "// Written by coal (coal export dot). Committees and spaces are clusters\n\
         // holding only their own node: a group may sit on several of them, and a\n\
         // node is drawn in one cluster only, so each seat is an edge into the\n\
         // cluster. Point builders have no arrow; boundaries are red and dashed.\n",
    );
    out.push_str("digraph \"coalition\" {\n");
    let graph_attributes = [
        ("label", label(&graph.title)),
        ("labelloc", quoted("t")),
        ("compound", quoted("true")),
        ("rankdir", quoted("LR")),
        ("fontname", quoted(FONT)),
    ];
    line(&mut out, 1, "graph", &graph_attributes);
    line(&mut out, 1, "node", &[("fontname", quoted(FONT))]);
    let edge_defaults = [("fontname", quoted(FONT)), ("fontsize", quoted("10"))];
    line(&mut out, 1, "edge", &edge_defaults);
    for node in &graph.nodes {
        match node.kind {
            NodeKind::Group | NodeKind::Person => {
                line(&mut out, 1, &quoted(&node.id), &node_attributes(node))
            }
            NodeKind::Committee | NodeKind::Space => cluster(&mut out, node),
        }
    }
    for edge in &graph.edges {
        let (source, target) = (&graph.nodes[edge.source], &graph.nodes[edge.target]);
        let statement = format!("{} -> {}", quoted(&source.id), quoted(&target.id));
        line(&mut out, 1, &statement, &edge_attributes(edge, target));
    }
    out.push_str("}\n");
    out
}

/// A committee or a space: a cluster with its name, around its own node.
fn cluster(out: &mut String, node: &Node) {
    let _ = writeln!(out, "  subgraph {} {{", quoted(&cluster_name(node)));
    let style = match node.kind {
        NodeKind::Space => "rounded,dashed",
        _ => "rounded",
    };
    let steering = flag(node, Attribute::Steering);
    let _ = writeln!(out, "    label={};", label(&node.label));
    let _ = writeln!(out, "    style={};", quoted(style));
    let _ = writeln!(out, "    color={};", quoted(FAINT));
    let _ = writeln!(
        out,
        "    penwidth={};",
        quoted(if steering { "2" } else { "1" })
    );
    line(out, 2, &quoted(&node.id), &node_attributes(node));
    out.push_str("  }\n");
}

/// Graphviz makes a subgraph a cluster when its name starts with `cluster`.
fn cluster_name(node: &Node) -> String {
    format!("cluster_{}", node.id)
}

/// One statement: `subject [name="value", ...];`, indented by `depth`.
fn line(out: &mut String, depth: usize, subject: &str, attributes: &[(&str, String)]) {
    let list = attributes
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect::<Vec<_>>()
        .join(", ");
    let _ = writeln!(out, "{:indent$}{subject} [{list}];", "", indent = 2 * depth);
}

fn node_attributes(node: &Node) -> Vec<(&'static str, String)> {
    let mut attributes = vec![
        ("label", label(&node.label)),
        ("kind", quoted(node.kind.as_str())),
    ];
    let drawing: &[(&str, &str)] = match node.kind {
        NodeKind::Group => &[("shape", "box"), ("style", "rounded")],
        NodeKind::Person => &[("shape", "ellipse"), ("fontsize", "10")],
        // The cluster around it shows the name.
        NodeKind::Committee | NodeKind::Space => &[("shape", "point"), ("width", "0.08")],
    };
    attributes.extend(drawing.iter().map(|(name, value)| (*name, quoted(value))));
    if node.kind == NodeKind::Group {
        // As the map draws groups: coloured by spectrum position, a second
        // ring for the impacted.
        let spectrum = text(node, Attribute::Spectrum).and_then(|s| Spectrum::from_str(&s).ok());
        attributes.push(("color", quoted(border(spectrum))));
        attributes.push(("penwidth", quoted("2")));
        if flag(node, Attribute::Impacted) {
            attributes.push(("peripheries", quoted("2")));
        }
    }
    if !node.attributes.is_empty() {
        attributes.push(("tooltip", label_lines(&summary(&node.attributes))));
    }
    attributes.extend(data(&node.attributes));
    attributes
}

/// The spectrum colour; ink for a group not placed (white would not show).
fn border(spectrum: Option<Spectrum>) -> &'static str {
    match spectrum {
        Some(_) => svg::colour(spectrum),
        None => INK,
    }
}

fn edge_attributes(edge: &Edge, target: &Node) -> Vec<(&'static str, String)> {
    let mut attributes = vec![
        ("id", quoted(&edge.id)),
        ("kind", quoted(edge.kind.as_str())),
    ];
    let value = edge.attributes.first().map(|(_, value)| value.text());
    let drawing: Vec<(&str, String)> = match edge.kind {
        EdgeKind::Member => vec![("style", quoted("dotted")), ("color", quoted(FAINT))],
        EdgeKind::Committee | EdgeKind::Space => vec![
            ("lhead", quoted(&cluster_name(target))),
            ("color", quoted(FAINT)),
        ],
        EdgeKind::PointBuilder => vec![("dir", quoted("none")), ("penwidth", quoted("2"))],
        EdgeKind::Resource => vec![
            ("label", label(&value.unwrap_or_default())),
            ("color", quoted(RESOURCE)),
            ("fontcolor", quoted(RESOURCE)),
        ],
        EdgeKind::Boundary => vec![
            ("label", label(&value.unwrap_or_default())),
            ("style", quoted("dashed")),
            ("color", quoted(BOUNDARY)),
            ("fontcolor", quoted(BOUNDARY)),
        ],
    };
    attributes.extend(drawing);
    let mut tooltip = vec![edge.kind.label().to_string()];
    tooltip.extend(summary(&edge.attributes));
    attributes.push(("tooltip", label_lines(&tooltip)));
    attributes.extend(data(&edge.attributes));
    attributes
}

/// The attributes as DOT attributes of their own name, lists joined.
fn data(attributes: &[(Attribute, Value)]) -> impl Iterator<Item = (&'static str, String)> + '_ {
    attributes
        .iter()
        .map(|(attribute, value)| (attribute.name(), quoted(&value.text())))
}

/// `status: member`, `power: 4`..., the lines of a tooltip.
fn summary(attributes: &[(Attribute, Value)]) -> Vec<String> {
    attributes
        .iter()
        .map(|(attribute, value)| format!("{}: {}", attribute.name(), value.text()))
        .collect()
}

fn text(node: &Node, wanted: Attribute) -> Option<String> {
    node.attributes
        .iter()
        .find(|(attribute, _)| *attribute == wanted)
        .map(|(_, value)| value.text())
}

fn flag(node: &Node, wanted: Attribute) -> bool {
    node.attributes
        .iter()
        .any(|(attribute, value)| *attribute == wanted && *value == Value::Flag(true))
}

/// A DOT string: user text cleaned as every format cleans it (no control
/// character, no line break), then quoted.
fn quoted(raw: &str) -> String {
    format!("\"{}\"", escaped(raw))
}

/// User text cleaned, with the two characters DOT's lexer reads in a
/// string escaped: a name ending in a backslash would otherwise escape the
/// closing quote.
fn escaped(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in svg::text(raw).chars() {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text Graphviz draws (labels, tooltips): quoted, and `&` written as an
/// entity, since Graphviz reads `&amp;` or `&lt;` in a label as the
/// character it names; the rest of the markup characters are drawn as
/// they are.
fn label(raw: &str) -> String {
    quoted(&raw.replace('&', "&amp;"))
}

/// Lines of text Graphviz draws, one under the other (`\n`, which Graphviz
/// reads as a line break in a label or a tooltip).
fn label_lines(lines: &[String]) -> String {
    let lines: Vec<String> = lines
        .iter()
        .map(|line| escaped(&line.replace('&', "&amp;")))
        .collect();
    format!("\"{}\"", lines.join("\\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_quoted_so_that_dot_reads_them_back() {
        assert_eq!(quoted("plain"), r#""plain""#);
        assert_eq!(quoted(r#"say "hi""#), r#""say \"hi\"""#);
        assert_eq!(quoted(r"ends in \"), r#""ends in \\""#);
        assert_eq!(quoted("two\nlines\r\u{7}"), r#""two lines ""#);
        assert_eq!(label("A & B <i>"), r#""A &amp; B <i>""#);
        let lines = ["a: \"x\"".to_string(), "b\nc".to_string()];
        assert_eq!(label_lines(&lines), r#""a: \"x\"\nb c""#);
    }
}
