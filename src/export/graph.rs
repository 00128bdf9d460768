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
    /// Groups, then people, committees and spaces, each by id.
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
    /// The graph of the coalition as `audience` may see it: for the public,
    /// built from `privacy::public_view` (the listed groups, nothing that
    /// links them) with numbers for ids.
    pub fn of(c: &Coalition, audience: Audience) -> Graph {
        match audience {
            Audience::Internal => Graph::build(c, |kind, id, _| format!("{}:{id}", kind.as_str())),
            Audience::Public => {
                let public = privacy::public_view(c);
                // Numbered in the order of their names, which outside eyes
                // may read, not of their ids, which they may not.
                let mut by_name: Vec<(&String, &String)> =
                    public.groups.iter().map(|(id, g)| (&g.name, id)).collect();
                by_name.sort();
                let numbers: BTreeMap<&String, usize> = by_name
                    .iter()
                    .enumerate()
                    .map(|(n, (_, id))| (*id, n + 1))
                    .collect();
                Graph::build(&public, |kind, id, _| {
                    let n = numbers.get(&id.to_string()).copied().unwrap_or(0);
                    format!("{}-{n}", kind.as_str())
                })
            }
        }
    }

    fn build(c: &Coalition, node_id: impl Fn(NodeKind, &str, usize) -> String) -> Graph {
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
        for (id, group) in &c.groups {
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
