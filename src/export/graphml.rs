//! The graph as GraphML (graphml.graphdrawing.org), for Gephi, yEd,
//! networkx and igraph: every `<key>` declared before the `<graph>`, with
//! GraphML's types (`string`, `long`, `boolean`); a list is one string,
//! its items joined with `; ` as the CSV reports join them.
//!
//! GraphML may mix directed and undirected edges, but networkx refuses an
//! undirected edge in a directed graph. So every edge is directed, and a
//! point builder, which links two groups both ways, goes from the first
//! group to the second and says `mutual` (a key of its own, false by
//! default). Written with maud, which escapes every text.

use maud::{Markup, PreEscaped, html};

use super::graph::{Attribute, Edge, Graph, Node, Value, ValueKind};
use super::xml::{XML_DECLARATION, indent, text};

/// The keys every node and edge has, before their attributes.
const NODE_KEYS: [&str; 2] = ["label", "kind"];
const EDGE_KEYS: [&str; 2] = ["label", "kind"];

pub fn render(graph: &Graph) -> String {
    let markup = html! {
        (PreEscaped(XML_DECLARATION))
        graphml xmlns="http://graphml.graphdrawing.org/xmlns"
            "xmlns:xsi"="http://www.w3.org/2001/XMLSchema-instance"
            "xsi:schemaLocation"="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd" {
            (key("graph", "name", "string"))
            @for name in NODE_KEYS { (key("node", name, "string")) }
            @for attribute in &graph.node_attributes() { (key("node", attribute.name(), graphml_type(*attribute))) }
            @for name in EDGE_KEYS { (key("edge", name, "string")) }
            (indent(1)) key id="edge-mutual" for="edge" "attr.name"="mutual" "attr.type"="boolean" {
                default { "false" }
            }
            @for attribute in &graph.edge_attributes() { (key("edge", attribute.name(), graphml_type(*attribute))) }
            (indent(1)) graph id="coalition" edgedefault="directed" {
                (indent(2)) data key="graph-name" { (text(&graph.title)) }
                @for node in &graph.nodes { (self::node(node)) }
                @for edge in &graph.edges { (self::edge(graph, edge)) }
                (indent(1))
            }
            "\n"
        }
        "\n"
    };
    markup.into_string()
}

/// A `<key>`, its id the class and the name (`node-status`): GraphML wants
/// ids unique across classes, and nodes and edges both have a `kind`.
fn key(class: &str, name: &str, kind: &str) -> Markup {
    html! {
        (indent(1)) key id=(format!("{class}-{name}")) for=(class) "attr.name"=(name) "attr.type"=(kind) {}
    }
}

/// GraphML's type for an attribute. Numbers are `long`: a group's member
/// count may pass what `int` (32 bits) holds.
fn graphml_type(attribute: Attribute) -> &'static str {
    match attribute.kind() {
        ValueKind::Text | ValueKind::List => "string",
        ValueKind::Number => "long",
        ValueKind::Flag => "boolean",
    }
}

fn node(node: &Node) -> Markup {
    html! {
        (indent(2)) node id=(text(&node.id)) {
            (data("node-label", &node.label))
            (data("node-kind", node.kind.as_str()))
            (values("node", &node.attributes))
            (indent(2))
        }
    }
}

fn edge(graph: &Graph, edge: &Edge) -> Markup {
    html! {
        (indent(2)) edge id=(text(&edge.id)) source=(text(&graph.nodes[edge.source].id))
            target=(text(&graph.nodes[edge.target].id)) {
            (data("edge-label", edge.kind.label()))
            (data("edge-kind", edge.kind.as_str()))
            @if !edge.directed { (data("edge-mutual", "true")) }
            (values("edge", &edge.attributes))
            (indent(2))
        }
    }
}

fn values(class: &str, attributes: &[(Attribute, Value)]) -> Markup {
    html! {
        @for (attribute, value) in attributes {
            (data(&format!("{class}-{}", attribute.name()), &value.text()))
        }
    }
}

fn data(key: &str, value: &str) -> Markup {
    html! { (indent(3)) data key=(key) { (text(value)) } }
}
