//! The overview: where the coalition stands, in one page.

use serde_json::json;

use crate::check;
use crate::model::{Coalition, Participation, Status};
use crate::report::{Audience, Block, Context, Kind, Report};
use crate::steps::{Step, next};

/// How many findings of `coal check` the overview shows.
const TOP_FINDINGS: usize = 5;

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    let info = &c.coalition;
    let mut report = Report::new(Kind::Overview, c, info.name.clone());
    report.block(Block::Text(info.unity_statement.clone()));
    let mut fields = vec![
        ("Kind".into(), info.kind.to_string()),
        ("Visibility".into(), info.visibility.to_string()),
    ];
    // Said only when it is not the agile way, where each keeps its own.
    if !c.agreements.diversity_of_tactics {
        fields.push(("Tactics".into(), "shared, agreed together".into()));
    }
    report.block(Block::Fields(fields));

    report.block(Block::Heading("First steps".into()));
    report.block(Block::Fields(
        Step::ALL
            .iter()
            .map(|s| {
                (
                    format!("{}. {}", s.number(), s.title()),
                    s.progress(c).status.to_string(),
                )
            })
            .collect(),
    ));

    let members: Vec<_> = c
        .groups
        .values()
        .filter(|g| g.status == Status::Member)
        .collect();
    let impacted = members.iter().filter(|g| g.impacted).count();
    let share = if members.is_empty() {
        0.0
    } else {
        impacted as f64 / members.len() as f64
    };
    let by_level: Vec<(String, usize)> = Participation::ALL
        .iter()
        .map(|level| {
            (
                level.to_string(),
                members.iter().filter(|g| g.participation == *level).count(),
            )
        })
        .collect();
    report.block(Block::Heading("Members".into()));
    // In public, only the groups that endorse publicly are counted, and
    // the label says so: the others are not to be guessed from a count.
    let counted = match context.audience {
        Audience::Internal => "member groups",
        Audience::Public => "groups endorsing publicly",
    };
    let mut fields: Vec<(String, String)> = vec![(counted.into(), members.len().to_string())];
    fields.extend(
        by_level
            .iter()
            .map(|(level, n)| (level.clone(), n.to_string())),
    );
    fields.push((
        "directly impacted".into(),
        format!("{impacted} ({:.0} %)", share * 100.0),
    ));
    report.block(Block::Fields(fields));

    report.field("unity_statement", json!(info.unity_statement));
    report.field("kind", json!(info.kind));
    report.field(
        "steps",
        json!(Step::ALL.iter().map(|s| json!({"step": s.key(), "number": s.number(), "status": s.progress(c).status})).collect::<Vec<_>>()),
    );
    report.field("members", json!(members.len()));
    let by_level: serde_json::Map<String, serde_json::Value> = by_level
        .into_iter()
        .map(|(level, n)| (level, json!(n)))
        .collect();
    report.field("members_by_participation", json!(by_level));
    report.field("impacted_share", json!(share));

    // Findings name groups and internal matters: they stay inside.
    if context.audience == Audience::Internal {
        let findings = check::run(c, context.schema_findings, context.today);
        report.block(Block::Heading("Top findings of coal check".into()));
        report.block(if findings.is_empty() {
            Block::Text("No problems found.".into())
        } else {
            Block::List(
                findings
                    .iter()
                    .take(TOP_FINDINGS)
                    .map(|f| format!("{} [{}] {}", f.severity.as_str(), f.code, f.message))
                    .collect(),
            )
        });
        report.field(
            "findings",
            json!(findings.iter().take(TOP_FINDINGS).collect::<Vec<_>>()),
        );
        report.block(Block::Fields(vec![("Next".into(), next(c))]));
    }
    report
}
