//! The graph as a Kumu blueprint: `{"elements": [...], "connections": [...]}`.
//!
//! Field names from Kumu's own documentation (github.com/kumu/docs):
//! - `guides/import/blueprints.md` ("JSON / Blueprints"): the two arrays;
//!   an element's `label`, `type`, `description`, `tags` (an array) and
//!   "any custom keys"; a connection's `from`, `to`, `type` and
//!   `direction` (`directed`, `undirected` or `mutual`); and `id`: "If
//!   you're working with multiple elements with the same label, you can
//!   assign values to the `id` key [...] use the ids, not the labels, when
//!   building the connections", ids "unique across all elements and
//!   connections" (the older page, kumu.ghost.io/how-to-build-a-blueprint).
//!   Two groups may share a name, so every element and connection carries
//!   the graph's id and connections name their ends by it.
//! - `faq/how-do-I-avoid-duplicating-data.md`: with ids, a second import
//!   updates the elements and connections of the first instead of adding
//!   copies ("the same import rules apply when you are importing a JSON
//!   blueprint").
//! - `guides/import/import.md` ("Structure your data for Kumu"): a
//!   connection's `label`; single words for types and tags, so that Kumu's
//!   selectors read them (`group`, `.impacted`).
//!
//! The graph's attributes are custom fields under their own names
//! (`power`, `spectrum_target`), lists as arrays like `tags`. The tags
//! repeat the words one filters a map by: status, participation,
//! `impacted`, `public`, `steering`.

use serde_json::{Map, Value as Json, json};

use super::graph::{Attribute, Edge, Graph, Node, Value};

pub fn render(graph: &Graph) -> String {
    let elements: Vec<Json> = graph.nodes.iter().map(element).collect();
    let connections: Vec<Json> = graph
        .edges
        .iter()
        .map(|edge| connection(graph, edge))
        .collect();
    let mut text = crate::output::json(&json!({
        "elements": elements,
        "connections": connections,
    }));
    text.push('\n');
    text
}

fn element(node: &Node) -> Json {
    let mut fields = Map::new();
    fields.insert("id".into(), node.id.clone().into());
    fields.insert("label".into(), node.label.clone().into());
    fields.insert("type".into(), node.kind.as_str().into());
    fields.insert("tags".into(), tags(&node.attributes).into());
    insert_attributes(&mut fields, &node.attributes);
    Json::Object(fields)
}

fn connection(graph: &Graph, edge: &Edge) -> Json {
    let mut fields = Map::new();
    fields.insert("id".into(), edge.id.clone().into());
    fields.insert("from".into(), graph.nodes[edge.source].id.clone().into());
    fields.insert("to".into(), graph.nodes[edge.target].id.clone().into());
    fields.insert("type".into(), edge.kind.as_str().into());
    // A point builder links two groups both ways, with no arrow: Kumu's
    // `mutual` would draw one at each end.
    let direction = if edge.directed {
        "directed"
    } else {
        "undirected"
    };
    fields.insert("direction".into(), direction.into());
    fields.insert("label".into(), edge.kind.label().into());
    insert_attributes(&mut fields, &edge.attributes);
    Json::Object(fields)
}

/// The words a map is filtered by: the words of status and participation,
/// and the name of each flag that is set.
fn tags(attributes: &[(Attribute, Value)]) -> Vec<String> {
    attributes
        .iter()
        .filter_map(|(attribute, value)| match (attribute, value) {
            (Attribute::Status | Attribute::Participation, Value::Text(word)) => Some(word.clone()),
            (_, Value::Flag(true)) => Some(attribute.name().to_string()),
            _ => None,
        })
        .collect()
}

fn insert_attributes(fields: &mut Map<String, Json>, attributes: &[(Attribute, Value)]) {
    for (attribute, value) in attributes {
        let value = match value {
            Value::Text(text) => Json::from(text.clone()),
            Value::Number(n) => Json::from(*n),
            Value::Flag(flag) => Json::from(*flag),
            Value::List(items) => Json::from(items.clone()),
        };
        fields.insert(attribute.name().into(), value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::graph::{EdgeKind, NodeKind};

    fn node(id: &str, attributes: Vec<(Attribute, Value)>) -> Node {
        Node {
            id: id.into(),
            kind: NodeKind::Group,
            label: "Same name".into(),
            attributes,
        }
    }

    #[test]
    fn connections_name_their_ends_by_id_and_say_their_direction() {
        let graph = Graph {
            title: "C".into(),
            nodes: vec![node("group-a", Vec::new()), node("group-b", Vec::new())],
            edges: vec![Edge {
                id: "point-builder--group-a--group-b--person-sam".into(),
                kind: EdgeKind::PointBuilder,
                source: 0,
                target: 1,
                directed: false,
                variant: Some("person-sam".into()),
                attributes: vec![(Attribute::Through, Value::Text("Sam".into()))],
            }],
        };
        let json: Json = serde_json::from_str(&render(&graph)).unwrap();
        let connection = &json["connections"][0];
        assert_eq!(connection["from"], "group-a");
        assert_eq!(connection["to"], "group-b");
        assert_eq!(connection["direction"], "undirected");
        assert_eq!(connection["through"], "Sam");
    }

    #[test]
    fn tags_hold_the_status_words_and_the_flags_set() {
        let attributes = vec![
            (Attribute::Status, Value::Text("member".into())),
            (Attribute::Participation, Value::Text("core".into())),
            (Attribute::Public, Value::Flag(false)),
            (Attribute::Impacted, Value::Flag(true)),
            (Attribute::Power, Value::Number(4)),
            (Attribute::Roles, Value::List(vec!["rebel".into()])),
        ];
        let element = element(&node("group-a", attributes));
        assert_eq!(element["tags"], json!(["member", "core", "impacted"]));
        assert_eq!(element["public"], false);
        assert_eq!(element["power"], 4);
        assert_eq!(element["roles"], json!(["rebel"]));
    }
}
