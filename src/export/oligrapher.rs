//! The graph as Oligrapher 3 JSON (LittleSis maps): the configuration an
//! `Oligrapher` is made from, `{"graph": {"nodes", "edges", "captions"},
//! "attributes": {"title"}}`, nodes and edges as objects keyed by their id.
//!
//! Field names from Oligrapher's own source and documentation
//! (github.com/public-accountability/oligrapher):
//! - `README.md`, "Data Schema": node `id`, `name` (both required),
//!   `scale`, `color`, `image`, `url`, `x`, `y`, `edgeIds`; edge `id`,
//!   `node1_id`, `node2_id`, `label` (required), `url`, `scale`, `arrow`,
//!   `dash`, `cx`, `cy` (left out for a lone edge: Oligrapher then draws
//!   its own slight curve; set for parallel edges, spread as its own
//!   `curveSimilarEdges` does, `app/graph/curve.ts`).
//! - `app/graph/node.ts` (`Node`, default colour `#ccc`, scale 1) with
//!   `description`, shown on hover (`app/components/NodeEditorMain.tsx`);
//!   `app/components/SizePicker.tsx`: the scales 1, 1.5, 2 and 3;
//!   `app/components/NodeEditorColor.tsx`: the colours offered.
//! - `app/graph/edge.ts` (`Edge`: `x1`, `y1`, `x2`, `y2`, `s1`, `s2`, the
//!   places and scales of its two nodes, as saved maps hold them) and
//!   `app/graph/arrow.ts`: `arrow` is `"1->2"`, `"2->1"`, `"both"` or
//!   `null` (the README's older `left`/`right` are no longer read).
//! - `app/graph/graph.ts` (`Graph`: `nodes`, `edges`, `captions`) and
//!   `app/util/defaultState.ts` (`attributes.title`); `html/exxon.html` is
//!   a whole configuration of this shape.
//!
//! Nodes are placed by the layout of the map report, on a canvas that
//! grows with the square root of the number of nodes, centred on 0 like
//! LittleSis maps, in whole units so that every machine writes the same.

use std::collections::BTreeMap;

use serde_json::{Map, Value as Json, json};

use super::graph::{Attribute, Edge, EdgeKind, Graph, Node, NodeKind, Value};
use crate::report::layout;

/// Oligrapher's starting view box is 800 wide (`defaultState.ts`).
const SMALLEST_WIDTH: f64 = 800.0;
/// The width each node needs on the canvas: a node is 50 across
/// (`NODE_RADIUS` 25 in `node.ts`), and its name is written under it.
const ROOM: f64 = 150.0;

pub fn render(graph: &Graph) -> String {
    let places = places(graph);
    // The edges of each node, in one pass over the edges.
    let mut edge_ids: Vec<Vec<&str>> = vec![Vec::new(); graph.nodes.len()];
    for edge in &graph.edges {
        edge_ids[edge.source].push(&edge.id);
        if edge.target != edge.source {
            edge_ids[edge.target].push(&edge.id);
        }
    }
    let mut nodes = Map::new();
    for (i, node) in graph.nodes.iter().enumerate() {
        nodes.insert(
            node.id.clone(),
            oligrapher_node(node, places[i], &edge_ids[i]),
        );
    }
    let curves = curves(graph, &places);
    let mut edges = Map::new();
    for (edge, curve) in graph.edges.iter().zip(curves) {
        let mut fields = oligrapher_edge(graph, edge, &places);
        if let Some((cx, cy)) = curve {
            fields.insert("cx".into(), cx.into());
            fields.insert("cy".into(), cy.into());
        }
        edges.insert(edge.id.clone(), Json::Object(fields));
    }
    let mut text = crate::output::json(&json!({
        "graph": { "nodes": nodes, "edges": edges, "captions": {} },
        "attributes": { "title": graph.title },
    }));
    text.push('\n');
    text
}

/// Each node's place on the canvas, from the map report's layout of the
/// graph's nodes and edges.
fn places(graph: &Graph) -> Vec<(i64, i64)> {
    let links: Vec<(usize, usize)> = graph.edges.iter().map(|e| (e.source, e.target)).collect();
    let width = (ROOM * (graph.nodes.len() as f64).sqrt()).max(SMALLEST_WIDTH);
    let height = width * 3.0 / 4.0;
    layout::layout(graph.nodes.len(), &links)
        .into_iter()
        .map(|(x, y)| {
            (
                ((x - 0.5) * width).round() as i64,
                ((y - 0.5) * height).round() as i64,
            )
        })
        .collect()
}

fn oligrapher_node(node: &Node, (x, y): (i64, i64), edge_ids: &[&str]) -> Json {
    let mut fields = Map::new();
    fields.insert("id".into(), node.id.clone().into());
    fields.insert("name".into(), node.label.clone().into());
    fields.insert("description".into(), description(node).into());
    fields.insert("x".into(), x.into());
    fields.insert("y".into(), y.into());
    fields.insert("scale".into(), scale(node).into());
    fields.insert("color".into(), colour(node.kind).into());
    fields.insert("edgeIds".into(), edge_ids.into());
    Json::Object(fields)
}

/// Oligrapher draws every edge between two nodes on one default curve
/// unless told otherwise: the control points (`cx`, `cy`, from the
/// midpoint) of each edge that has parallels, spread as Oligrapher's
/// `curveSimilarEdges` spreads them (strengths evenly from `-max` to
/// `max`, `max` growing from 0.5 towards 1.5 with their number). A lone
/// edge has none and keeps Oligrapher's own curve.
fn curves(graph: &Graph, places: &[(i64, i64)]) -> Vec<Option<(i64, i64)>> {
    const DEFAULT_STRENGTH: f64 = 0.5;
    let mut pairs: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (i, edge) in graph.edges.iter().enumerate() {
        let pair = (edge.source.min(edge.target), edge.source.max(edge.target));
        pairs.entry(pair).or_default().push(i);
    }
    let mut curves = vec![None; graph.edges.len()];
    for ((one, two), parallel) in pairs {
        let count = parallel.len();
        if count < 2 {
            continue;
        }
        let max = DEFAULT_STRENGTH * (3.0 - 2.0 / count as f64);
        let step = 2.0 * max / (count - 1) as f64;
        let (p1, p2) = (places[one], places[two]);
        // Oligrapher measures from the node on the left ("a").
        let (xa, ya) = if p1.0 < p2.0 { p1 } else { p2 };
        let (x, y) = ((p1.0 + p2.0) as f64 / 2.0, (p1.1 + p2.1) as f64 / 2.0);
        for (k, i) in parallel.into_iter().enumerate() {
            let strength = -max + k as f64 * step;
            let cx = -(ya as f64 - y) * strength;
            let cy = (xa as f64 - x) * strength;
            curves[i] = Some((cx.round() as i64, cy.round() as i64));
        }
    }
    curves
}

fn oligrapher_edge(graph: &Graph, edge: &Edge, places: &[(i64, i64)]) -> Map<String, Json> {
    let (one, two) = (&graph.nodes[edge.source], &graph.nodes[edge.target]);
    let (p1, p2) = (places[edge.source], places[edge.target]);
    let mut fields = Map::new();
    fields.insert("id".into(), edge.id.clone().into());
    fields.insert("node1_id".into(), one.id.clone().into());
    fields.insert("node2_id".into(), two.id.clone().into());
    fields.insert("label".into(), label(edge).into());
    fields.insert("scale".into(), 1.into());
    // A point builder goes both ways: no arrow, as Oligrapher's default.
    let arrow = if edge.directed {
        json!("1->2")
    } else {
        Json::Null
    };
    fields.insert("arrow".into(), arrow);
    // A boundary is a distance kept, not a tie: told apart by its dash.
    fields.insert("dash".into(), (edge.kind == EdgeKind::Boundary).into());
    for (key, value) in [("x1", p1.0), ("y1", p1.1), ("x2", p2.0), ("y2", p2.1)] {
        fields.insert(key.into(), value.into());
    }
    fields.insert("s1".into(), scale(one).into());
    fields.insert("s2".into(), scale(two).into());
    fields
}

/// What the edge says, with the values it carries: `can offer (money)`.
fn label(edge: &Edge) -> String {
    let values: Vec<String> = edge.attributes.iter().map(|(_, v)| v.text()).collect();
    match values.is_empty() {
        true => edge.kind.label().to_string(),
        false => format!("{} ({})", edge.kind.label(), values.join(", ")),
    }
}

/// The node's kind and attributes in one line, shown on hover:
/// `group · status: member · tactics: March, Vigil`.
fn description(node: &Node) -> String {
    let mut parts = vec![node.kind.as_str().to_string()];
    parts.extend(node.attributes.iter().map(|(attribute, value)| {
        let value = match value {
            Value::List(items) => items.join(", "),
            value => value.text(),
        };
        format!("{}: {value}", attribute.name())
    }));
    parts.join(" · ")
}

/// A group's power in Oligrapher's sizes (1, 1.5, 2, 3); others at 1.
fn scale(node: &Node) -> f64 {
    let power = node
        .attributes
        .iter()
        .find_map(|(attribute, value)| match (attribute, value) {
            (Attribute::Power, Value::Number(n)) => Some(*n),
            _ => None,
        });
    match power {
        Some(5) => 3.0,
        Some(4) => 2.0,
        Some(3) => 1.5,
        _ => 1.0,
    }
}

/// One of the colours Oligrapher's editor offers, by kind of node.
fn colour(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Group => "#4A90E2",
        NodeKind::Person => "#F5A623",
        NodeKind::Committee => "#7ED321",
        NodeKind::Space => "#BD10E0",
    }
}
