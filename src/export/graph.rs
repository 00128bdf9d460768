//! The coalition as one graph, the same for every format: groups, people,
//! committees and spaces as nodes; memberships, point builders, resource
//! matches and boundaries as edges. Renderers only spell it.

use std::collections::{BTreeMap, HashSet};

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
    /// Unique across the graph, nodes and edges alike: the kind, `-`, the
    /// coal id (`group-sol-migrant`, `person-sam`); coal ids are slugs, so
    /// the id is safe in a CSS selector, where Oligrapher looks nodes up.
    /// In a public export, a number (`group-1`), since ids are the
    /// organizers' labels and stay inside.
    pub id: String,
    pub kind: NodeKind,
    pub label: String,
    /// Only the attributes the entry has, in `Attribute::NODE` order.
    pub attributes: Vec<(Attribute, Value)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Unique across the graph, and made of what the edge links, so that it
    /// stays the same when other entries come and go (Kumu updates a
    /// connection by its id): `member--person-sam--group-x`,
    /// `resource-money--group-a--group-b`,
    /// `point-builder--group-a--group-b--person-sam`. No `_`, which Kumu's
    /// search reads apart, nor `:`, which CSS selectors do.
    pub id: String,
    pub kind: EdgeKind,
    /// Indexes into `Graph::nodes`.
    pub source: usize,
    pub target: usize,
    /// A point builder links two groups both ways; every other edge goes
    /// from `source` to `target`.
    pub directed: bool,
    /// What tells this edge from the others of its kind between the same
    /// two nodes: the resource (`money`), the point builder's node id
    /// (`person-sam`), the boundary's level. Gephi merges parallel edges
    /// of one type, so GEXF spells it in the edge's kind.
    pub variant: Option<String>,
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
                Graph::build(c, groups, |kind, id, _| format!("{}-{id}", kind.as_str()))
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
        let mut edges = Edges::new(&nodes);
        for (id, person) in &c.people {
            let person_node = index[&(NodeKind::Person, id.as_str())];
            for g in person.groups.iter().filter_map(|g| group(g)) {
                edges.link(EdgeKind::Member, person_node, g, None, Vec::new());
            }
        }
        for (id, committee) in &c.committees {
            let node = index[&(NodeKind::Committee, id.as_str())];
            for g in committee.groups.iter().filter_map(|g| group(g)) {
                edges.link(EdgeKind::Committee, g, node, None, Vec::new());
            }
        }
        for (id, space) in &c.spaces {
            let node = index[&(NodeKind::Space, id.as_str())];
            for g in space.groups.iter().filter_map(|g| group(g)) {
                edges.link(EdgeKind::Space, g, node, None, Vec::new());
            }
        }
        for (id, person) in &c.people {
            let person_node = index[&(NodeKind::Person, id.as_str())];
            let mut groups: Vec<usize> = person.groups.iter().filter_map(|g| group(g)).collect();
            groups.sort_unstable();
            groups.dedup();
            for (i, a) in groups.iter().enumerate() {
                for b in &groups[i + 1..] {
                    let through = vec![(Attribute::Through, Value::Text(person.name.clone()))];
                    let variant = Some(person_node);
                    edges.link(EdgeKind::PointBuilder, *a, *b, variant, through);
                }
            }
        }
        for found in resources::matches(c) {
            if let (Some(from), Some(to)) = (group(&found.from), group(&found.to)) {
                let kind = found.kind.to_string();
                let attributes = vec![(Attribute::Resource, Value::Text(kind.clone()))];
                edges.link_variant(EdgeKind::Resource, from, to, kind, attributes);
            }
        }
        for (id, holder) in &c.groups {
            for boundary in &holder.boundaries {
                let other = boundary.group.as_deref().and_then(group);
                if let (Some(from), Some(to)) = (group(id), other) {
                    let level = boundary.level.to_string();
                    let attributes = vec![(Attribute::Level, Value::Text(level.clone()))];
                    edges.link_variant(EdgeKind::Boundary, from, to, level, attributes);
                }
            }
        }
        let edges = edges.finish();
        Graph {
            title: c.coalition.name.clone(),
            nodes,
            edges,
        }
    }
}

/// The edges as they are linked: each once, however often the file lists
/// it, each with an id of its own.
struct Edges<'n> {
    nodes: &'n [Node],
    edges: Vec<Edge>,
    /// What each edge links and says, to leave out one listed twice.
    seen: HashSet<(EdgeKind, usize, usize, Option<String>, String)>,
}

impl<'n> Edges<'n> {
    fn new(nodes: &'n [Node]) -> Self {
        Edges {
            nodes,
            edges: Vec::new(),
            seen: HashSet::new(),
        }
    }

    /// Links `source` to `target`; `through`, a point builder's person node.
    fn link(
        &mut self,
        kind: EdgeKind,
        source: usize,
        target: usize,
        through: Option<usize>,
        attributes: Vec<(Attribute, Value)>,
    ) {
        let (from, to) = (&self.nodes[source].id, &self.nodes[target].id);
        let word = kind.as_str().replace('_', "-");
        let (id, variant) = match through {
            Some(person) => {
                let person = &self.nodes[person].id;
                (
                    format!("{word}--{from}--{to}--{person}"),
                    Some(person.clone()),
                )
            }
            None => (format!("{word}--{from}--{to}"), None),
        };
        self.push(kind, source, target, id, variant, attributes);
    }

    /// Links `source` to `target` by a resource or a boundary: a resource's
    /// kind is part of the id (`resource-money--...`), since one pair of
    /// groups may share several; a boundary's level is not, since a group
    /// holds one boundary against another.
    fn link_variant(
        &mut self,
        kind: EdgeKind,
        source: usize,
        target: usize,
        variant: String,
        attributes: Vec<(Attribute, Value)>,
    ) {
        let (from, to) = (&self.nodes[source].id, &self.nodes[target].id);
        let word = match kind {
            EdgeKind::Resource => format!("resource-{}", variant.replace('_', "-")),
            _ => kind.as_str().replace('_', "-"),
        };
        let id = format!("{word}--{from}--{to}");
        self.push(kind, source, target, id, Some(variant), attributes);
    }

    fn push(
        &mut self,
        kind: EdgeKind,
        source: usize,
        target: usize,
        id: String,
        variant: Option<String>,
        attributes: Vec<(Attribute, Value)>,
    ) {
        let what = (
            kind,
            source,
            target,
            variant.clone(),
            format!("{attributes:?}"),
        );
        if !self.seen.insert(what) {
            return;
        }
        self.edges.push(Edge {
            id,
            kind,
            source,
            target,
            directed: kind != EdgeKind::PointBuilder,
            variant,
            attributes,
        });
    }

    /// The edges, each id unique: coal ids may hold `--` (`a--b`), so two
    /// different edges may spell one id; the later ones get `-2`, `-3`...,
    /// a suffix no other id of the graph has.
    fn finish(mut self) -> Vec<Edge> {
        let mut taken: HashSet<String> = self.nodes.iter().map(|n| n.id.clone()).collect();
        taken.extend(self.edges.iter().map(|e| e.id.clone()));
        let mut given: HashSet<String> = HashSet::new();
        for edge in &mut self.edges {
            if !given.insert(edge.id.clone()) {
                let free = (2..)
                    .map(|n| format!("{}-{n}", edge.id))
                    .find(|id| !taken.contains(id))
                    .expect("an unbounded range always yields a free id");
                taken.insert(free.clone());
                given.insert(free.clone());
                edge.id = free;
            }
        }
        self.edges
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
                "group-alpha",
                "group-beta",
                "group-delta",
                "group-gamma",
                "person-kim",
                "person-sam",
                "committee-steering",
                "space-chat"
            ]
        );
        let alpha = node(&graph, "group-alpha");
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
            node(&graph, "group-delta").attributes,
            [
                (Attribute::Status, text("watch")),
                (Attribute::Public, Value::Flag(false)),
                (Attribute::Impacted, Value::Flag(false)),
            ]
        );
        let sam = node(&graph, "person-sam");
        assert_eq!((sam.kind, sam.label.as_str()), (NodeKind::Person, "Sam"));
        assert!(sam.attributes.is_empty());
        let steering = node(&graph, "committee-steering");
        assert_eq!(steering.kind, NodeKind::Committee);
        assert_eq!(
            steering.attributes,
            [(Attribute::Steering, Value::Flag(true))]
        );
        let chat = node(&graph, "space-chat");
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
                (Member, "person-kim", "group-alpha", &[][..]),
                (Member, "person-sam", "group-alpha", &[]),
                (Member, "person-sam", "group-beta", &[]),
                (Member, "person-sam", "group-gamma", &[]),
                (Committee, "group-alpha", "committee-steering", &[]),
                (Committee, "group-beta", "committee-steering", &[]),
                (Space, "group-alpha", "space-chat", &[]),
                (Space, "group-gamma", "space-chat", &[]),
                // A person in three groups links each pair of them.
                (PointBuilder, "group-alpha", "group-beta", &sam),
                (PointBuilder, "group-alpha", "group-gamma", &sam),
                (PointBuilder, "group-beta", "group-gamma", &sam),
                (Resource, "group-alpha", "group-beta", &data),
                (Boundary, "group-alpha", "group-delta", &refuse),
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

    fn ids(graph: &Graph) -> Vec<&str> {
        graph
            .nodes
            .iter()
            .map(|n| n.id.as_str())
            .chain(graph.edges.iter().map(|e| e.id.as_str()))
            .collect()
    }

    fn assert_unique_and_css_safe(graph: &Graph) {
        let all = ids(graph);
        let unique: BTreeSet<&str> = all.iter().copied().collect();
        assert_eq!(unique.len(), all.len(), "{all:?}");
        for id in all {
            assert!(
                id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
                "{id}"
            );
        }
    }

    #[test]
    fn ids_are_unique_across_nodes_and_edges_and_the_order_is_fixed() {
        let c = small();
        let graph = Graph::of(&c, Audience::Internal);
        assert_unique_and_css_safe(&graph);
        let edge_ids: Vec<&str> = graph.edges.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            edge_ids,
            [
                "member--person-kim--group-alpha",
                "member--person-sam--group-alpha",
                "member--person-sam--group-beta",
                "member--person-sam--group-gamma",
                "committee--group-alpha--committee-steering",
                "committee--group-beta--committee-steering",
                "space--group-alpha--space-chat",
                "space--group-gamma--space-chat",
                "point-builder--group-alpha--group-beta--person-sam",
                "point-builder--group-alpha--group-gamma--person-sam",
                "point-builder--group-beta--group-gamma--person-sam",
                "resource-data--group-alpha--group-beta",
                "boundary--group-alpha--group-delta",
            ]
        );
        assert_eq!(Graph::of(&c.clone(), Audience::Internal), graph);
    }

    #[test]
    fn an_entry_listed_twice_is_one_edge() {
        let mut c = small();
        c.people.get_mut("kim").unwrap().groups = vec!["alpha".into(), "alpha".into()];
        c.committees
            .get_mut("steering")
            .unwrap()
            .groups
            .push("alpha".into());
        c.spaces
            .get_mut("chat")
            .unwrap()
            .groups
            .push("gamma".into());
        let graph = Graph::of(&c, Audience::Internal);
        assert_eq!(graph, Graph::of(&small(), Audience::Internal));
    }

    /// Ids may hold `--`, so two edges may spell one id: the later one
    /// gets a suffix no other id has.
    #[test]
    fn edges_whose_ids_read_alike_still_get_ids_of_their_own() {
        let text = r#"schema = 1
[coalition]
name = "Alike"
unity_statement = "U"
[groups.b--group-c]
name = "B C"
status = "member"
[groups.c]
name = "C"
status = "member"
[groups.b-2]
name = "B2"
status = "member"
[people.a]
name = "A"
groups = ["b--group-c"]
[people.a--group-b]
name = "A B"
groups = ["c"]
"#;
        let c = crate::store::load::parse(std::path::Path::new("c"), text)
            .unwrap()
            .coalition;
        let graph = Graph::of(&c, Audience::Internal);
        assert_unique_and_css_safe(&graph);
        let edge_ids: Vec<&str> = graph.edges.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            edge_ids,
            [
                "member--person-a--group-b--group-c",
                "member--person-a--group-b--group-c-2"
            ]
        );
    }

    #[test]
    fn ids_are_unique_and_css_safe_on_the_example_and_a_large_file() {
        let example = include_str!("../../examples/coalition.toml");
        let c = crate::store::load::parse(std::path::Path::new("c"), example)
            .unwrap()
            .coalition;
        assert_unique_and_css_safe(&Graph::of(&c, Audience::Internal));
        assert_unique_and_css_safe(&Graph::of(&c, Audience::Public));
        // Many people each in many groups: every pair of their groups linked.
        let mut large = small();
        let ids: Vec<String> = (0..40).map(|n| format!("g{n}")).collect();
        for id in &ids {
            let mut g = large.groups["gamma"].clone();
            g.name = id.clone();
            large.groups.insert(id.clone(), g);
        }
        for n in 0..30 {
            let mut p = large.people["sam"].clone();
            p.groups = ids.iter().skip(n).step_by(3).cloned().collect();
            large.people.insert(format!("p{n}"), p);
        }
        let graph = Graph::of(&large, Audience::Internal);
        assert!(graph.edges.len() > 1000);
        assert_unique_and_css_safe(&graph);
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
        assert_eq!(boundaries, [("group-alpha", "group-delta")]);
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
                        format!("group-{}", m.from),
                        format!("group-{}", m.to),
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
