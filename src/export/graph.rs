//! The coalition as one graph, the same for every format: groups, people,
//! committees and spaces as nodes; memberships, point builders, resource
//! matches and boundaries as edges. Renderers only spell it.

use std::collections::BTreeMap;

use crate::model::{Coalition, Group};
use crate::report::Audience;
use crate::report::build::resources;
use crate::report::privacy;

#[derive(Debug, Clone, PartialEq)]
pub struct Graph {
    /// The coalition's name.
    pub title: String,
    /// Groups (by id; in a public export by name), then people, committees
    /// and spaces, each by id.
    pub nodes: Vec<Node>,
    /// Memberships (people in groups, groups on committees and in spaces),
    /// point builders, resource matches, boundaries, in that order.
    pub edges: Vec<Edge>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Unique across the graph, nodes and edges alike: `group:sol-migrant`,
    /// `person:sam`. In a public export, a number (`group-1`), since ids are
    /// the organizers' labels and stay inside.
    pub id: String,
    pub kind: NodeKind,
    pub label: String,
    /// Only the attributes the entry has, in `Attribute::NODE` order.
    pub attributes: Vec<(Attribute, Value)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Unique across the graph: `edge-1`, `edge-2`...
    pub id: String,
    pub kind: EdgeKind,
    /// Indexes into `Graph::nodes`.
    pub source: usize,
    pub target: usize,
    /// A point builder links two groups both ways; every other edge goes
    /// from `source` to `target`.
    pub directed: bool,
    /// In `Attribute::EDGE` order.
    pub attributes: Vec<(Attribute, Value)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    Group,
    Person,
    Committee,
    Space,
}

impl NodeKind {
    pub const ALL: [NodeKind; 4] = [
        NodeKind::Group,
        NodeKind::Person,
        NodeKind::Committee,
        NodeKind::Space,
    ];

    /// The word tools show as the node's type: `group`.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Group => "group",
            NodeKind::Person => "person",
            NodeKind::Committee => "committee",
            NodeKind::Space => "space",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EdgeKind {
    /// A person → a group they belong to.
    Member,
    /// A group → a committee it sits on.
    Committee,
    /// A group → a communication space it is in.
    Space,
    /// A group — another group, through a person in both.
    PointBuilder,
    /// A group that offers → a group that needs, for one resource type.
    Resource,
    /// A group → a group it will not work with (or keeps at a distance).
    Boundary,
}

impl EdgeKind {
    pub const ALL: [EdgeKind; 6] = [
        EdgeKind::Member,
        EdgeKind::Committee,
        EdgeKind::Space,
        EdgeKind::PointBuilder,
        EdgeKind::Resource,
        EdgeKind::Boundary,
    ];

    /// The word tools show as the edge's type: `point_builder`.
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Member => "member",
            EdgeKind::Committee => "committee",
            EdgeKind::Space => "space",
            EdgeKind::PointBuilder => "point_builder",
            EdgeKind::Resource => "resource",
            EdgeKind::Boundary => "boundary",
        }
    }

    /// What the edge says, for a label on a drawing: `sits on`.
    pub fn label(self) -> &'static str {
        match self {
            EdgeKind::Member => "member of",
            EdgeKind::Committee => "sits on",
            EdgeKind::Space => "in",
            EdgeKind::PointBuilder => "point builder",
            EdgeKind::Resource => "can offer",
            EdgeKind::Boundary => "boundary",
        }
    }
}

/// An attribute's value. Numbers are whole; a list is kept as a list for
/// the formats that have them (GEXF, JSON) and joined for the others.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(u64),
    Flag(bool),
    List(Vec<String>),
}

impl Value {
    /// The value as one text: a list joined with `; `, a flag `true`/`false`.
    pub fn text(&self) -> String {
        match self {
            Value::Text(text) => text.clone(),
            Value::Number(n) => n.to_string(),
            Value::Flag(flag) => flag.to_string(),
            Value::List(items) => items.join("; "),
        }
    }
}

/// What a value holds, for the formats that declare their attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    Text,
    Number,
    Flag,
    List,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Attribute {
    // Of groups.
    Status,
    Participation,
    Public,
    Impacted,
    Power,
    Interest,
    Unpredictability,
    Members,
    Spectrum,
    SpectrumTarget,
    Roles,
    Tactics,
    // Of committees and spaces.
    Steering,
    Medium,
    // Of edges.
    Resource,
    Level,
    Through,
}

impl Attribute {
    /// Every node attribute, in the order nodes hold them.
    pub const NODE: [Attribute; 14] = [
        Attribute::Status,
        Attribute::Participation,
        Attribute::Public,
        Attribute::Impacted,
        Attribute::Power,
        Attribute::Interest,
        Attribute::Unpredictability,
        Attribute::Members,
        Attribute::Spectrum,
        Attribute::SpectrumTarget,
        Attribute::Roles,
        Attribute::Tactics,
        Attribute::Steering,
        Attribute::Medium,
    ];

    /// Every edge attribute, in the order edges hold them.
    pub const EDGE: [Attribute; 3] = [Attribute::Resource, Attribute::Level, Attribute::Through];

    /// Its name in every format: the file's key (`spectrum_target`).
    pub fn name(self) -> &'static str {
        match self {
            Attribute::Status => "status",
            Attribute::Participation => "participation",
            Attribute::Public => "public",
            Attribute::Impacted => "impacted",
            Attribute::Power => "power",
            Attribute::Interest => "interest",
            Attribute::Unpredictability => "unpredictability",
            Attribute::Members => "members",
            Attribute::Spectrum => "spectrum",
            Attribute::SpectrumTarget => "spectrum_target",
            Attribute::Roles => "roles",
            Attribute::Tactics => "tactics",
            Attribute::Steering => "steering",
            Attribute::Medium => "medium",
            Attribute::Resource => "resource",
            Attribute::Level => "level",
            Attribute::Through => "through",
        }
    }

    pub fn kind(self) -> ValueKind {
        match self {
            Attribute::Public | Attribute::Impacted | Attribute::Steering => ValueKind::Flag,
            Attribute::Power
            | Attribute::Interest
            | Attribute::Unpredictability
            | Attribute::Members => ValueKind::Number,
            Attribute::Roles | Attribute::Tactics => ValueKind::List,
            Attribute::Status
            | Attribute::Participation
            | Attribute::Spectrum
            | Attribute::SpectrumTarget
            | Attribute::Medium
            | Attribute::Resource
            | Attribute::Level
            | Attribute::Through => ValueKind::Text,
        }
    }
}

impl Graph {
    /// The node attributes some node holds, in `Attribute::NODE` order: the
    /// formats that declare attributes declare these, so that a public
    /// export does not even name what the organizers rate groups by.
    pub fn node_attributes(&self) -> Vec<Attribute> {
        let held = |a: &Attribute| {
            self.nodes
                .iter()
                .any(|n| n.attributes.iter().any(|(b, _)| b == a))
        };
        Attribute::NODE.into_iter().filter(held).collect()
    }

    /// The edge attributes some edge holds, in `Attribute::EDGE` order.
    pub fn edge_attributes(&self) -> Vec<Attribute> {
        let held = |a: &Attribute| {
            self.edges
                .iter()
                .any(|e| e.attributes.iter().any(|(b, _)| b == a))
        };
        Attribute::EDGE.into_iter().filter(held).collect()
    }

    /// The graph of the coalition as `audience` may see it: for the public,
    /// built from `privacy::public_view` (the listed groups, nothing that
    /// links them) with numbers for ids.
    pub fn of(c: &Coalition, audience: Audience) -> Graph {
        match audience {
            Audience::Internal => {
                let groups = c.groups.iter().collect();
                Graph::build(c, groups, |kind, id, _| format!("{}:{id}", kind.as_str()))
            }
            Audience::Public => {
                let public = privacy::public_view(c);
                // Listed and numbered in the order of their names, which
                // outside eyes may read, not of their ids, which they may
                // not (ties, two groups of one name, by id all the same).
                let mut groups: Vec<(&String, &Group)> = public.groups.iter().collect();
                groups.sort_by(|(a_id, a), (b_id, b)| (&a.name, a_id).cmp(&(&b.name, b_id)));
                // Groups are the first nodes, and the public graph has no others.
                Graph::build(&public, groups, |kind, _, n| {
                    format!("{}-{}", kind.as_str(), n + 1)
                })
            }
        }
    }

    /// The graph of `c` with its groups in the order of `groups` and the
    /// other nodes by id, each node named by `node_id(kind, coal id, index)`.
    fn build(
        c: &Coalition,
        groups: Vec<(&String, &Group)>,
        node_id: impl Fn(NodeKind, &str, usize) -> String,
    ) -> Graph {
        let mut nodes = Vec::new();
        let mut index: BTreeMap<(NodeKind, &str), usize> = BTreeMap::new();
        let mut add = |kind: NodeKind, id: &'_ str, label: &str, attributes| {
            let n = nodes.len();
            nodes.push(Node {
                id: node_id(kind, id, n),
                kind,
                label: label.to_string(),
                attributes,
            });
            n
        };
        for (id, group) in groups {
            let n = add(NodeKind::Group, id, &group.name, group_attributes(c, group));
            index.insert((NodeKind::Group, id), n);
        }
        for (id, person) in &c.people {
            let n = add(NodeKind::Person, id, &person.name, Vec::new());
            index.insert((NodeKind::Person, id), n);
        }
        for (id, committee) in &c.committees {
            let attributes = vec![(Attribute::Steering, Value::Flag(committee.steering))];
            let n = add(NodeKind::Committee, id, &committee.name, attributes);
            index.insert((NodeKind::Committee, id), n);
        }
        for (id, space) in &c.spaces {
            let attributes = space
                .medium
                .iter()
                .map(|medium| (Attribute::Medium, Value::Text(medium.clone())))
                .collect();
            let n = add(NodeKind::Space, id, &space.name, attributes);
            index.insert((NodeKind::Space, id), n);
        }
        let group = |id: &str| index.get(&(NodeKind::Group, id)).copied();
        let mut edges = Vec::new();
        let mut link = |kind, source, target, directed, attributes| {
            edges.push(Edge {
                id: format!("edge-{}", edges.len() + 1),
                kind,
                source,
                target,
                directed,
                attributes,
            });
        };
        for (id, person) in &c.people {
            let person_node = index[&(NodeKind::Person, id.as_str())];
            for g in person.groups.iter().filter_map(|g| group(g)) {
                link(EdgeKind::Member, person_node, g, true, Vec::new());
            }
        }
        for (id, committee) in &c.committees {
            let node = index[&(NodeKind::Committee, id.as_str())];
            for g in committee.groups.iter().filter_map(|g| group(g)) {
                link(EdgeKind::Committee, g, node, true, Vec::new());
            }
        }
        for (id, space) in &c.spaces {
            let node = index[&(NodeKind::Space, id.as_str())];
            for g in space.groups.iter().filter_map(|g| group(g)) {
                link(EdgeKind::Space, g, node, true, Vec::new());
            }
        }
        for person in c.people.values() {
            let mut groups: Vec<usize> = person.groups.iter().filter_map(|g| group(g)).collect();
            groups.sort_unstable();
            groups.dedup();
            for (i, a) in groups.iter().enumerate() {
                for b in &groups[i + 1..] {
                    let through = vec![(Attribute::Through, Value::Text(person.name.clone()))];
                    link(EdgeKind::PointBuilder, *a, *b, false, through);
                }
            }
        }
        for found in resources::matches(c) {
            if let (Some(from), Some(to)) = (group(&found.from), group(&found.to)) {
                let kind = vec![(Attribute::Resource, Value::Text(found.kind.to_string()))];
                link(EdgeKind::Resource, from, to, true, kind);
            }
        }
        for (id, holder) in &c.groups {
            for boundary in &holder.boundaries {
                let other = boundary.group.as_deref().and_then(group);
                if let (Some(from), Some(to)) = (group(id), other) {
                    let level = vec![(Attribute::Level, Value::Text(boundary.level.to_string()))];
                    link(EdgeKind::Boundary, from, to, true, level);
                }
            }
        }
        Graph {
            title: c.coalition.name.clone(),
            nodes,
            edges,
        }
    }
}

/// A group's attributes, those it has, in `Attribute::NODE` order. Tactics
/// by name, as people know them.
fn group_attributes(c: &Coalition, g: &Group) -> Vec<(Attribute, Value)> {
    let text = |s: &str| Value::Text(s.to_string());
    let number = |n: Option<u8>| n.map(|n| Value::Number(u64::from(n)));
    let tactics = g
        .tactics
        .iter()
        .map(|id| c.tactics.get(id).map_or(id.clone(), |t| t.name.clone()))
        .collect::<Vec<_>>();
    let roles = g.roles.iter().map(|r| r.to_string()).collect::<Vec<_>>();
    [
        (Attribute::Status, Some(text(g.status.as_str()))),
        (
            Attribute::Participation,
            g.participation().map(|p| text(p.as_str())),
        ),
        (Attribute::Public, Some(Value::Flag(g.public))),
        (Attribute::Impacted, Some(Value::Flag(g.impacted))),
        (Attribute::Power, number(g.power)),
        (Attribute::Interest, number(g.interest)),
        (Attribute::Unpredictability, number(g.unpredictability)),
        (Attribute::Members, g.members.map(Value::Number)),
        (Attribute::Spectrum, g.spectrum.map(|s| text(s.as_str()))),
        (
            Attribute::SpectrumTarget,
            g.spectrum_target.map(|s| text(s.as_str())),
        ),
        (
            Attribute::Roles,
            (!roles.is_empty()).then_some(Value::List(roles)),
        ),
        (
            Attribute::Tactics,
            (!tactics.is_empty()).then_some(Value::List(tactics)),
        ),
    ]
    .into_iter()
    .filter_map(|(attribute, value)| value.map(|value| (attribute, value)))
    .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::model::{Boundary, BoundaryLevel};

    /// Every kind of node and edge: Alpha offers data that Beta needs; Sam
    /// is in three groups, Kim in one; Alpha refuses Delta (watched).
    const SMALL: &str = r#"schema = 1
[coalition]
name = "Small"
unity_statement = "U"
[tactics.march]
name = "March"
[groups.alpha]
name = "Alpha"
status = "member"
participation = "core"
public = true
impacted = true
power = 4
interest = 5
unpredictability = 2
members = 120
spectrum = "active_ally"
spectrum_target = "active_ally"
roles = ["rebel", "citizen"]
tactics = ["march"]
offers = { data = "maps" }
boundaries = [{ group = "delta", level = "refuse", reason = "R" }]
[groups.beta]
name = "Beta"
status = "member"
public = true
needs = { data = "facts" }
[groups.gamma]
name = "Gamma"
status = "member"
[groups.delta]
name = "Delta"
status = "watch"
[people.sam]
name = "Sam"
groups = ["alpha", "beta", "gamma"]
[people.kim]
name = "Kim"
groups = ["alpha"]
[committees.steering]
name = "Steering"
steering = true
groups = ["alpha", "beta"]
[spaces.chat]
name = "Chat"
medium = "signal"
groups = ["alpha", "gamma"]
"#;

    fn small() -> Coalition {
        crate::store::load::parse(std::path::Path::new("c"), SMALL)
            .unwrap()
            .coalition
    }

    fn node<'g>(graph: &'g Graph, id: &str) -> &'g Node {
        graph.nodes.iter().find(|n| n.id == id).unwrap()
    }

    /// An edge as (kind, source id, target id, attributes).
    type Seen<'g> = (EdgeKind, &'g str, &'g str, &'g [(Attribute, Value)]);

    fn edges(graph: &Graph) -> Vec<Seen<'_>> {
        graph
            .edges
            .iter()
            .map(|e| {
                let id = |n: usize| graph.nodes[n].id.as_str();
                (e.kind, id(e.source), id(e.target), &e.attributes[..])
            })
            .collect()
    }

    #[test]
    fn every_entry_is_a_node_with_its_attributes() {
        let graph = Graph::of(&small(), Audience::Internal);
        assert_eq!(graph.title, "Small");
        let ids: Vec<&str> = graph.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "group:alpha",
                "group:beta",
                "group:delta",
                "group:gamma",
                "person:kim",
                "person:sam",
                "committee:steering",
                "space:chat"
            ]
        );
        let alpha = node(&graph, "group:alpha");
        assert_eq!(
            (alpha.kind, alpha.label.as_str()),
            (NodeKind::Group, "Alpha")
        );
        let text = |s: &str| Value::Text(s.to_string());
        assert_eq!(
            alpha.attributes,
            [
                (Attribute::Status, text("member")),
                (Attribute::Participation, text("core")),
                (Attribute::Public, Value::Flag(true)),
                (Attribute::Impacted, Value::Flag(true)),
                (Attribute::Power, Value::Number(4)),
                (Attribute::Interest, Value::Number(5)),
                (Attribute::Unpredictability, Value::Number(2)),
                (Attribute::Members, Value::Number(120)),
                (Attribute::Spectrum, text("active_ally")),
                (Attribute::SpectrumTarget, text("active_ally")),
                (
                    Attribute::Roles,
                    Value::List(vec!["rebel".into(), "citizen".into()])
                ),
                (Attribute::Tactics, Value::List(vec!["March".into()])),
            ]
        );
        // Only what a group has; no participation for a group not a member.
        assert_eq!(
            node(&graph, "group:delta").attributes,
            [
                (Attribute::Status, text("watch")),
                (Attribute::Public, Value::Flag(false)),
                (Attribute::Impacted, Value::Flag(false)),
            ]
        );
        let sam = node(&graph, "person:sam");
        assert_eq!((sam.kind, sam.label.as_str()), (NodeKind::Person, "Sam"));
        assert!(sam.attributes.is_empty());
        let steering = node(&graph, "committee:steering");
        assert_eq!(steering.kind, NodeKind::Committee);
        assert_eq!(
            steering.attributes,
            [(Attribute::Steering, Value::Flag(true))]
        );
        let chat = node(&graph, "space:chat");
        assert_eq!(chat.kind, NodeKind::Space);
        assert_eq!(chat.attributes, [(Attribute::Medium, text("signal"))]);
        // Every attribute is declared where the formats look for it.
        for n in &graph.nodes {
            assert!(
                n.attributes
                    .iter()
                    .all(|(a, v)| Attribute::NODE.contains(a) && kind_of(v) == a.kind())
            );
        }
    }

    fn kind_of(value: &Value) -> ValueKind {
        match value {
            Value::Text(_) => ValueKind::Text,
            Value::Number(_) => ValueKind::Number,
            Value::Flag(_) => ValueKind::Flag,
            Value::List(_) => ValueKind::List,
        }
    }

    #[test]
    fn every_link_is_an_edge_in_kind_order() {
        let graph = Graph::of(&small(), Audience::Internal);
        let through = |name: &str| vec![(Attribute::Through, Value::Text(name.into()))];
        let sam = through("Sam");
        let data = vec![(Attribute::Resource, Value::Text("data".into()))];
        let refuse = vec![(Attribute::Level, Value::Text("refuse".into()))];
        use EdgeKind::*;
        assert_eq!(
            edges(&graph),
            [
                (Member, "person:kim", "group:alpha", &[][..]),
                (Member, "person:sam", "group:alpha", &[]),
                (Member, "person:sam", "group:beta", &[]),
                (Member, "person:sam", "group:gamma", &[]),
                (Committee, "group:alpha", "committee:steering", &[]),
                (Committee, "group:beta", "committee:steering", &[]),
                (Space, "group:alpha", "space:chat", &[]),
                (Space, "group:gamma", "space:chat", &[]),
                // A person in three groups links each pair of them.
                (PointBuilder, "group:alpha", "group:beta", &sam),
                (PointBuilder, "group:alpha", "group:gamma", &sam),
                (PointBuilder, "group:beta", "group:gamma", &sam),
                (Resource, "group:alpha", "group:beta", &data),
                (Boundary, "group:alpha", "group:delta", &refuse),
            ]
        );
        for edge in &graph.edges {
            assert_eq!(edge.directed, edge.kind != PointBuilder, "{edge:?}");
            assert!(
                edge.attributes
                    .iter()
                    .all(|(a, v)| Attribute::EDGE.contains(a) && kind_of(v) == a.kind())
            );
        }
    }

    #[test]
    fn ids_are_unique_across_nodes_and_edges_and_the_order_is_fixed() {
        let c = small();
        let graph = Graph::of(&c, Audience::Internal);
        let ids: BTreeSet<&str> = graph
            .nodes
            .iter()
            .map(|n| n.id.as_str())
            .chain(graph.edges.iter().map(|e| e.id.as_str()))
            .collect();
        assert_eq!(ids.len(), graph.nodes.len() + graph.edges.len());
        let numbered: Vec<String> = (1..=graph.edges.len())
            .map(|n| format!("edge-{n}"))
            .collect();
        assert_eq!(
            graph.edges.iter().map(|e| e.id.clone()).collect::<Vec<_>>(),
            numbered
        );
        assert_eq!(Graph::of(&c.clone(), Audience::Internal), graph);
    }

    #[test]
    fn a_boundary_to_a_group_not_in_the_file_is_left_out() {
        let mut c = small();
        let beta = c.groups.get_mut("beta").unwrap();
        beta.boundaries.push(Boundary {
            group: Some("ghost".into()),
            tactic: None,
            level: BoundaryLevel::Limited,
            reason: None,
        });
        // A boundary against a tactic links no two nodes either.
        beta.boundaries.push(Boundary {
            group: None,
            tactic: Some("march".into()),
            level: BoundaryLevel::Refuse,
            reason: None,
        });
        let graph = Graph::of(&c, Audience::Internal);
        let boundaries: Vec<_> = edges(&graph)
            .into_iter()
            .filter(|(kind, ..)| *kind == EdgeKind::Boundary)
            .map(|(_, from, to, _)| (from, to))
            .collect();
        assert_eq!(boundaries, [("group:alpha", "group:delta")]);
    }

    #[test]
    fn resource_edges_are_exactly_the_matches() {
        for text in [SMALL, include_str!("../../examples/coalition.toml")] {
            let c = crate::store::load::parse(std::path::Path::new("c"), text)
                .unwrap()
                .coalition;
            let graph = Graph::of(&c, Audience::Internal);
            let drawn: Vec<(String, String, String)> = edges(&graph)
                .into_iter()
                .filter(|(kind, ..)| *kind == EdgeKind::Resource)
                .map(|(_, from, to, attributes)| {
                    let [(Attribute::Resource, kind)] = attributes else {
                        panic!("{attributes:?}")
                    };
                    (from.to_string(), to.to_string(), kind.text())
                })
                .collect();
            let matched: Vec<(String, String, String)> = resources::matches(&c)
                .into_iter()
                .map(|m| {
                    (
                        format!("group:{}", m.from),
                        format!("group:{}", m.to),
                        m.kind.to_string(),
                    )
                })
                .collect();
            assert!(!matched.is_empty());
            assert_eq!(drawn, matched);
        }
    }

    #[test]
    fn the_public_graph_numbers_the_listed_groups_by_name_and_links_nothing() {
        let mut c = small();
        // Named so that the order of names is not the order of ids.
        c.groups.get_mut("alpha").unwrap().name = "Zeta".into();
        let graph = Graph::of(&c, Audience::Public);
        let nodes: Vec<(&str, NodeKind, &str)> = graph
            .nodes
            .iter()
            .map(|n| (n.id.as_str(), n.kind, n.label.as_str()))
            .collect();
        assert_eq!(
            nodes,
            [
                ("group-1", NodeKind::Group, "Beta"),
                ("group-2", NodeKind::Group, "Zeta")
            ]
        );
        assert!(graph.edges.is_empty());
        // Nothing inside reaches out: no id, no score, no person's name.
        let everything = format!("{graph:?}");
        for inside in ["alpha", "beta", "gamma", "delta", "march", "Sam", "Power"] {
            assert!(!everything.contains(inside), "{inside} in {everything}");
        }
        assert_eq!(
            graph.nodes[1].attributes,
            [
                (Attribute::Status, Value::Text("member".into())),
                (Attribute::Participation, Value::Text("core".into())),
                (Attribute::Public, Value::Flag(true)),
                (Attribute::Impacted, Value::Flag(true)),
                (Attribute::Members, Value::Number(120)),
                (Attribute::Tactics, Value::List(vec!["March".into()])),
            ]
        );
    }
}
