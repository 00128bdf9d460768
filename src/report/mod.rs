//! Reports. A builder per kind turns the coalition into plain data (a
//! `Report`: blocks for people, a JSON object, rows for CSV, an event for
//! calendars); a renderer per format turns any `Report` into text and knows
//! nothing of coalitions. Adding a format never touches the kinds.

pub mod build;
pub mod chart;
pub mod layout;
pub mod privacy;
pub mod render;

use std::fmt;
use std::path::Path;

use chrono::{NaiveDate, NaiveTime};
use serde_json::{Map, Value};

use crate::model::Coalition;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Overview,
    Groups,
    Power,
    Resources,
    Tactics,
    Boundaries,
    Spectrum,
    Structure,
    Feedback,
    Steps,
    Invitation,
    Draft,
    Handout,
    Map,
    Network,
}

impl Kind {
    pub const ALL: [Kind; 15] = [
        Kind::Overview,
        Kind::Groups,
        Kind::Power,
        Kind::Resources,
        Kind::Tactics,
        Kind::Boundaries,
        Kind::Spectrum,
        Kind::Structure,
        Kind::Feedback,
        Kind::Steps,
        Kind::Invitation,
        Kind::Draft,
        Kind::Handout,
        Kind::Map,
        Kind::Network,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Overview => "overview",
            Kind::Groups => "groups",
            Kind::Power => "power",
            Kind::Resources => "resources",
            Kind::Tactics => "tactics",
            Kind::Boundaries => "boundaries",
            Kind::Spectrum => "spectrum",
            Kind::Structure => "structure",
            Kind::Feedback => "feedback",
            Kind::Steps => "steps",
            Kind::Invitation => "invitation",
            Kind::Draft => "draft",
            Kind::Handout => "handout",
            Kind::Map => "map",
            Kind::Network => "network",
        }
    }

    /// What the report tells, in a line (help and the glossary), in the
    /// language in use.
    pub fn meaning(self) -> String {
        match self {
            Kind::Overview => crate::t!("report-kind-overview"),
            Kind::Groups => crate::t!("report-kind-groups"),
            Kind::Power => crate::t!("report-kind-power"),
            Kind::Resources => crate::t!("report-kind-resources"),
            Kind::Tactics => crate::t!("report-kind-tactics"),
            Kind::Boundaries => crate::t!("report-kind-boundaries"),
            Kind::Spectrum => crate::t!("report-kind-spectrum"),
            Kind::Structure => crate::t!("report-kind-structure"),
            Kind::Feedback => crate::t!("report-kind-feedback"),
            Kind::Steps => crate::t!("report-kind-steps"),
            Kind::Invitation => crate::t!("report-kind-invitation"),
            Kind::Draft => crate::t!("report-kind-draft"),
            Kind::Handout => crate::t!("report-kind-handout"),
            Kind::Map => crate::t!("report-kind-map"),
            Kind::Network => crate::t!("report-kind-network"),
        }
    }

    /// The kind in the singular, where people may say it so (`group`).
    pub fn singular(self) -> Option<&'static str> {
        match self {
            Kind::Groups => Some("group"),
            Kind::Resources => Some("resource"),
            Kind::Tactics => Some("tactic"),
            Kind::Boundaries => Some("boundary"),
            Kind::Steps => Some("step"),
            _ => None,
        }
    }

    /// The other number of a kind named in the singular (`invitations`),
    /// accepted too.
    pub fn plural(self) -> Option<&'static str> {
        match self {
            Kind::Invitation => Some("invitations"),
            Kind::Draft => Some("drafts"),
            Kind::Handout => Some("handouts"),
            Kind::Map => Some("maps"),
            _ => None,
        }
    }

    /// The kinds that may leave the coalition (`--audience public`).
    pub fn public(self) -> bool {
        matches!(
            self,
            Kind::Overview
                | Kind::Groups
                | Kind::Tactics
                | Kind::Steps
                | Kind::Invitation
                | Kind::Draft
                | Kind::Handout
        )
    }

    pub fn formats(self) -> &'static [Format] {
        match self {
            Kind::Overview | Kind::Draft => &[Format::Table, Format::Markdown, Format::Json],
            Kind::Invitation => &[Format::Markdown, Format::Ics, Format::Json],
            Kind::Handout => &[Format::Html, Format::Markdown],
            Kind::Map => &[Format::Html],
            // The charts drawn alone, as in the map.
            Kind::Power | Kind::Spectrum | Kind::Network => &[
                Format::Table,
                Format::Markdown,
                Format::Json,
                Format::Csv,
                Format::Svg,
            ],
            _ => &[Format::Table, Format::Markdown, Format::Json, Format::Csv],
        }
    }

    pub fn default_format(self) -> Format {
        self.formats()[0]
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Markdown,
    Json,
    Csv,
    Ics,
    Html,
    Svg,
}

impl Format {
    /// Whether scripts read it: then it never changes with the language.
    pub fn is_machine(self) -> bool {
        matches!(self, Format::Json | Format::Csv)
    }

    pub const ALL: [Format; 7] = [
        Format::Table,
        Format::Markdown,
        Format::Json,
        Format::Csv,
        Format::Ics,
        Format::Html,
        Format::Svg,
    ];

    pub fn meaning(self) -> String {
        match self {
            Format::Table => crate::t!("report-format-table"),
            Format::Markdown => crate::t!("report-format-markdown"),
            Format::Json => crate::t!("report-format-json"),
            Format::Csv => crate::t!("report-format-csv"),
            Format::Ics => crate::t!("report-format-ics"),
            Format::Html => crate::t!("report-format-html"),
            Format::Svg => crate::t!("report-format-svg"),
        }
    }

    /// The file name ending of a file in this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Table => "txt",
            Format::Markdown => "md",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Ics => "ics",
            Format::Html => "html",
            Format::Svg => "svg",
        }
    }

    /// The format a file's name says (`power.svg`, `handout.htm`), if any.
    pub fn of_file(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "htm" => Some(Format::Html),
            "markdown" => Some(Format::Markdown),
            named => Format::ALL.into_iter().find(|f| f.extension() == named),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Ics => "ics",
            Format::Html => "html",
            Format::Svg => "svg",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Audience {
    /// For the coalition's own organizers: everything.
    #[default]
    Internal,
    /// For outside eyes: only member groups that endorse publicly, nothing
    /// internal (`privacy`).
    Public,
}

impl Audience {
    pub const ALL: [Audience; 2] = [Audience::Internal, Audience::Public];

    pub fn meaning(self) -> String {
        match self {
            Audience::Internal => crate::t!("report-audience-internal"),
            Audience::Public => crate::t!("report-audience-public"),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Internal => "internal",
            Audience::Public => "public",
        }
    }
}

/// A table of text: headers and rows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Rows {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Rows {
    pub fn new(headers: &[&str]) -> Self {
        Rows {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }
}

/// One part of a report for people.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading(String),
    Text(String),
    /// `label: value` lines.
    Fields(Vec<(String, String)>),
    Table(Rows),
    List(Vec<String>),
    /// A paragraph of coal's own words with its commands in them: the
    /// commands are coal's, so Markdown shows them as code, while the text
    /// around them (which may name groups) is escaped like any user text.
    Prose(Vec<Piece>),
    /// A chart, drawn as SVG in HTML and alone with `--format svg`. Formats
    /// without pictures leave it out: a chart is always followed by a table
    /// or list of the same data.
    Chart(chart::Chart),
}

/// The paragraphs of a text, split on blank lines whatever its lines end
/// with: a file saved on Windows writes them `\r\n`, and its paragraphs are
/// paragraphs all the same.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(str::to_string)
        .collect()
}

/// A part of a [`Block::Prose`] paragraph.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Text(String),
    /// A command coal suggests, such as `coal log-feedback GROUP TEXT`.
    Command(&'static str),
}

impl Block {
    /// A paragraph that suggests `command` between two texts.
    pub fn suggesting(
        before: impl Into<String>,
        command: &'static str,
        after: impl Into<String>,
    ) -> Self {
        Block::Prose(vec![
            Piece::Text(before.into()),
            Piece::Command(command),
            Piece::Text(after.into()),
        ])
    }
}

/// A calendar event, for `--format ics`.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub uid: String,
    pub stamp: NaiveDate,
    pub date: NaiveDate,
    /// A timed event (local, floating time) when it has a start; else all day.
    pub start: Option<NaiveTime>,
    pub end: Option<NaiveTime>,
    pub summary: String,
    pub location: Option<String>,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub kind: Kind,
    pub coalition: String,
    pub title: String,
    pub blocks: Vec<Block>,
    /// The JSON object's fields after `report` and `coalition`.
    pub data: Map<String, Value>,
    /// One row per item, for CSV.
    pub rows: Option<Rows>,
    pub event: Option<Event>,
}

impl Report {
    pub fn new(kind: Kind, coalition: &Coalition, title: impl Into<String>) -> Self {
        Report {
            kind,
            coalition: coalition.coalition.name.clone(),
            title: title.into(),
            blocks: Vec::new(),
            data: Map::new(),
            rows: None,
            event: None,
        }
    }

    pub fn block(&mut self, block: Block) {
        self.blocks.push(block);
    }

    pub fn field(&mut self, key: &str, value: impl Into<Value>) {
        self.data.insert(key.to_string(), value.into());
    }
}

/// What a builder needs besides the coalition.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub today: NaiveDate,
    pub audience: Audience,
    /// The schema findings of the file, for the overview's top findings.
    pub schema_findings: &'a [crate::check::Finding],
    /// The invitation's assembly, by date (default: the next one).
    pub assembly: Option<NaiveDate>,
    /// The file given with `--file` or `COAL_FILE`, which the next command
    /// proposed carries (see `steps::for_file`).
    pub file: Option<&'a std::path::Path>,
    /// With `--since` (spectrum and map): git's history of the file since
    /// then.
    pub since: Option<Since<'a>>,
}

/// The history `--since` asked for, and how it was asked (`v1`,
/// `2027-01-31`), which the report names.
#[derive(Debug, Clone, Copy)]
pub struct Since<'a> {
    pub label: &'a str,
    pub history: &'a crate::model::history::History,
    /// The file as it was at the bound: where each group stood then;
    /// none when git did not hold it there.
    pub base: Option<&'a Coalition>,
}

/// Builds a report. For the public audience the coalition is first reduced
/// to what may leave it (`privacy::public_view`), and the file's findings,
/// which name groups and ids, are not handed on, so no builder can leak.
pub fn build(kind: Kind, coalition: &Coalition, context: Context) -> Report {
    let public;
    let context = Context {
        audience: audience(kind, context.audience),
        ..context
    };
    let (coalition, context) = match context.audience {
        Audience::Internal => (coalition, context),
        Audience::Public => {
            public = privacy::public_view(coalition);
            // History is internal: the command refuses it, and no builder
            // gets it.
            let context = Context {
                schema_findings: &[],
                since: None,
                ..context
            };
            (&public, context)
        }
    };
    build::build(kind, coalition, context)
}

/// The audience a report is made for: the handout is for everyone, so it is
/// public by construction, whatever was asked.
pub fn audience(kind: Kind, asked: Audience) -> Audience {
    match kind {
        Kind::Handout => Audience::Public,
        _ => asked,
    }
}

/// Renders a report; tables and prose fit `width` columns
/// (`output::width`), which only the table format needs.
pub fn render(report: &Report, format: Format, width: usize) -> String {
    match format {
        Format::Table => render::table::render(report, width),
        Format::Markdown => render::markdown::render(report),
        Format::Json => render::json::render(report),
        Format::Csv => render::csv::render(report),
        Format::Ics => render::ics::render(report),
        Format::Html => render::html::render(report),
        Format::Svg => render::svg::render(report),
    }
}
