//! The data of a chart: what the map and `--format svg` draw. Like the
//! rest of a `Report`, plain data: builders fill it from the coalition,
//! `render::svg` draws it and knows nothing of coalitions.

use chrono::NaiveDate;

use crate::model::Spectrum;

#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    Power(PowerChart),
    Spectrum(SpectrumChart),
    Flows(FlowChart),
    Network(NetworkChart),
    Timeline(Timeline),
}

impl Chart {
    /// The same chart with every text passed through `f` (the renderer
    /// cleans them all at once, so no drawing can forget one).
    pub fn map_text(&self, f: impl Fn(&str) -> String) -> Chart {
        let mark = |m: &Mark| Mark {
            id: f(&m.id),
            name: f(&m.name),
            ..m.clone()
        };
        let tie = |t: &Tie| Tie {
            kind: t.kind,
            id: f(&t.id),
            name: f(&t.name),
        };
        match self {
            Chart::Power(c) => Chart::Power(PowerChart {
                title: f(&c.title),
                description: f(&c.description),
                partners: c
                    .partners
                    .iter()
                    .map(|(m, p, i)| (mark(m), *p, *i))
                    .collect(),
                opponents: c
                    .opponents
                    .iter()
                    .map(|(m, p, i)| (mark(m), *p, *i))
                    .collect(),
            }),
            Chart::Spectrum(c) => Chart::Spectrum(SpectrumChart {
                title: f(&c.title),
                description: f(&c.description),
                groups: c
                    .groups
                    .iter()
                    .map(|(m, at, aim)| (mark(m), *at, *aim))
                    .collect(),
                trails: c.trails.clone(),
                since: c.since.as_deref().map(&f),
            }),
            Chart::Flows(c) => Chart::Flows(FlowChart {
                title: f(&c.title),
                description: f(&c.description),
                flows: c
                    .flows
                    .iter()
                    .map(|flow| Flow {
                        from: mark(&flow.from),
                        to: mark(&flow.to),
                        resource: f(&flow.resource),
                    })
                    .collect(),
            }),
            Chart::Network(c) => Chart::Network(NetworkChart {
                title: f(&c.title),
                description: f(&c.description),
                nodes: c.nodes.iter().map(|(m, x, y)| (mark(m), *x, *y)).collect(),
                links: c
                    .links
                    .iter()
                    .map(|(a, b, ties)| {
                        let ties = ties.iter().map(tie).collect();
                        (*a, *b, ties)
                    })
                    .collect(),
                hubs: c
                    .hubs
                    .iter()
                    .map(|h| Hub {
                        tie: tie(&h.tie),
                        ..h.clone()
                    })
                    .collect(),
            }),
            Chart::Timeline(c) => Chart::Timeline(Timeline {
                title: f(&c.title),
                description: f(&c.description),
                steps: c
                    .steps
                    .iter()
                    .map(|step| TimelineStep {
                        title: f(&step.title),
                        status: f(&step.status),
                        ..step.clone()
                    })
                    .collect(),
                events: c
                    .events
                    .iter()
                    .map(|(date, label)| (*date, f(label)))
                    .collect(),
                today: c.today,
            }),
        }
    }

    /// The chart's title, shown above it and read by screen readers.
    pub fn title(&self) -> &str {
        match self {
            Chart::Power(chart) => &chart.title,
            Chart::Spectrum(chart) => &chart.title,
            Chart::Flows(chart) => &chart.title,
            Chart::Network(chart) => &chart.title,
            Chart::Timeline(chart) => &chart.title,
        }
    }

    /// What the chart shows, in words, for screen readers (`<desc>`).
    pub fn description(&self) -> &str {
        match self {
            Chart::Power(chart) => &chart.description,
            Chart::Spectrum(chart) => &chart.description,
            Chart::Flows(chart) => &chart.description,
            Chart::Network(chart) => &chart.description,
            Chart::Timeline(chart) => &chart.description,
        }
    }
}

/// A group as charts show it: its name, and what colours and marks it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub id: String,
    pub name: String,
    pub spectrum: Option<Spectrum>,
    pub impacted: bool,
}

/// Groups placed by power (up) and interest (right); opponents apart.
#[derive(Debug, Clone, PartialEq)]
pub struct PowerChart {
    pub title: String,
    pub description: String,
    /// Each rated partner with its power and interest (1 to 5).
    pub partners: Vec<(Mark, u8, u8)>,
    /// Groups in opposition or watched, with their power and interest when
    /// rated: drawn apart from the partners.
    pub opponents: Vec<(Mark, Option<u8>, Option<u8>)>,
}

/// The five columns of the spectrum of allies, and where each group is
/// aimed.
#[derive(Debug, Clone, PartialEq)]
pub struct SpectrumChart {
    pub title: String,
    pub description: String,
    /// Each placed group, and the position it is aimed at when one is set
    /// or proposed.
    pub groups: Vec<(Mark, Spectrum, Option<Spectrum>)>,
    /// With `--since`: the positions each group left since then, oldest
    /// first, in the order of `groups` (empty for one that did not move).
    pub trails: Vec<Vec<Spectrum>>,
    /// With `--since`: the revision or day the trails start from.
    pub since: Option<String>,
}

/// Resources flowing from groups that offer to groups that need.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowChart {
    pub title: String,
    pub description: String,
    pub flows: Vec<Flow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    pub from: Mark,
    pub to: Mark,
    /// The kind of resource (`money`, `space`, ...).
    pub resource: String,
}

/// Groups linked by what they share, placed by a layout computed before
/// drawing (same coalition, same picture).
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkChart {
    pub title: String,
    pub description: String,
    /// Each group and its place, in the unit square.
    pub nodes: Vec<(Mark, f64, f64)>,
    /// Links between nodes (indexes into `nodes`, the smaller first), and
    /// what links them: the ties of a few groups, drawn pair by pair.
    pub links: Vec<(usize, usize, Vec<Tie>)>,
    /// The ties of many groups, each drawn as a node of its own with a
    /// spoke to each of its groups: their size grows with the groups, not
    /// with the pairs of groups.
    pub hubs: Vec<Hub>,
}

/// A committee, space or person shared by many groups, placed by the
/// layout like a group.
#[derive(Debug, Clone, PartialEq)]
pub struct Hub {
    pub tie: Tie,
    pub x: f64,
    pub y: f64,
    /// Its groups (indexes into `nodes`).
    pub groups: Vec<usize>,
}

/// One thing two groups share.
#[derive(Debug, Clone, PartialEq)]
pub struct Tie {
    pub kind: TieKind,
    pub id: String,
    pub name: String,
}

/// What two linked groups share; the order is the order of closeness (a
/// committee works together, a person carries both groups, a space is
/// where they talk), in which a link is drawn and its ties are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TieKind {
    Committee,
    Person,
    Space,
}

impl TieKind {
    pub const ALL: [TieKind; 3] = [TieKind::Committee, TieKind::Person, TieKind::Space];

    pub fn as_str(self) -> &'static str {
        match self {
            TieKind::Committee => "committee",
            TieKind::Person => "person",
            TieKind::Space => "space",
        }
    }
}

/// The four first steps on a line of time.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub title: String,
    pub description: String,
    pub steps: Vec<TimelineStep>,
    /// Dated events along the line (assemblies), with their label.
    pub events: Vec<(NaiveDate, String)>,
    pub today: NaiveDate,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineStep {
    pub number: u8,
    pub title: String,
    /// `not started`, `in progress` or `done`: words, drawn as they are.
    pub status: String,
    /// Under way: its bar runs to today.
    pub in_progress: bool,
    pub started: Option<NaiveDate>,
    pub finished: Option<NaiveDate>,
}
