//! The graph as GEXF 1.3 (gexf.net), for Gephi and networkx: every
//! attribute declared with its type, a node's kind as an attribute too.
//!
//! A point builder links two groups both ways. GEXF has a word for it, an
//! edge of type `mutual` in a directed graph: Gephi reads it as such, and
//! networkx (which refuses an undirected edge in a directed graph) as two
//! edges, one each way. Written with maud, which escapes every text; no
//! date in `<meta>`, so that the file is the same every day.

use maud::{Markup, PreEscaped, html};

use super::graph::{Attribute, Edge, Graph, Node, Value, ValueKind};
use super::xml::{XML_DECLARATION, indent, text};

pub fn render(graph: &Graph) -> String {
    let markup = html! {
        (PreEscaped(XML_DECLARATION))
        gexf xmlns="http://gexf.net/1.3" "xmlns:xsi"="http://www.w3.org/2001/XMLSchema-instance"
            "xsi:schemaLocation"="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3" {
            (indent(1)) meta {
                (indent(2)) creator { "coal" }
                (indent(2)) description { (text(&graph.title)) }
                (indent(1))
            }
            (indent(1)) graph defaultedgetype="directed" mode="static" {
                (declarations("node", &graph.node_attributes()))
                (declarations("edge", &graph.edge_attributes()))
                (indent(2)) nodes {
                    @for node in &graph.nodes { (self::node(node)) }
                    (indent(2))
                }
                (indent(2)) edges {
                    @for edge in &graph.edges { (self::edge(graph, edge)) }
                    (indent(2))
                }
                (indent(1))
            }
            "\n"
        }
        "\n"
    };
    markup.into_string()
}

/// `<attributes class="node">`: the kind, then every attribute of the class.
fn declarations(class: &str, attributes: &[Attribute]) -> Markup {
    html! {
        (indent(2)) attributes class=(class) mode="static" {
            (indent(3)) attribute id="kind" title="kind" type="string" {}
            @for attribute in attributes {
                (indent(3)) attribute id=(attribute.name()) title=(attribute.name()) type=(gexf_type(*attribute)) {}
            }
            (indent(2))
        }
    }
}

/// GEXF 1.3's type for an attribute. Numbers are `long`: a group's member
/// count may pass what `integer` (32 bits) holds.
fn gexf_type(attribute: Attribute) -> &'static str {
    match attribute.kind() {
        ValueKind::Text => "string",
        ValueKind::Number => "long",
        ValueKind::Flag => "boolean",
        ValueKind::List => "liststring",
    }
}

fn node(node: &Node) -> Markup {
    html! {
        (indent(3)) node id=(text(&node.id)) label=(text(&node.label)) {
            (values(node.kind.as_str(), &node.attributes))
            (indent(3))
        }
    }
}

fn edge(graph: &Graph, edge: &Edge) -> Markup {
    let kind = if edge.directed { "directed" } else { "mutual" };
    // Gephi keeps one edge per (source, target, kind) and merges the
    // others: parallel edges (money and data from one group to another)
    // each get a kind of their own, `resource:money`; the plain kind stays
    // in the `kind` attribute.
    let gephi_kind = match &edge.variant {
        Some(variant) => format!("{}:{variant}", edge.kind.as_str()),
        None => edge.kind.as_str().to_string(),
    };
    html! {
        (indent(3)) edge id=(text(&edge.id)) source=(text(&graph.nodes[edge.source].id))
            target=(text(&graph.nodes[edge.target].id)) type=(kind)
            kind=(text(&gephi_kind)) label=(edge.kind.label()) {
            (values(edge.kind.as_str(), &edge.attributes))
            (indent(3))
        }
    }
}

fn values(kind: &str, attributes: &[(Attribute, Value)]) -> Markup {
    html! {
        (indent(4)) attvalues {
            (indent(5)) attvalue for="kind" value=(kind) {}
            @for (attribute, value) in attributes {
                (indent(5)) attvalue for=(attribute.name()) value=(gexf_value(value)) {}
            }
            (indent(4))
        }
    }
}

/// A value as GEXF writes it; a list as a JSON array of strings
/// (`["March", "Vigil"]`), the bracketed form Gephi reads lists in, which
/// keeps a name with a comma whole.
fn gexf_value(value: &Value) -> String {
    match value {
        Value::List(items) => {
            let cleaned: Vec<String> = items.iter().map(|item| text(item)).collect();
            serde_json::to_string(&cleaned).expect("strings serialize")
        }
        other => text(&other.text()),
    }
}
