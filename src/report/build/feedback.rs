//! Feedback: the latest word from each member group, and who is not heard.

use serde_json::json;

use crate::model::{Coalition, Status};
use crate::report::{Block, Context, Kind, Report, Rows};

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    let mut report = Report::new(
        Kind::Feedback,
        c,
        crate::t!(
            "report-feedback-title",
            coalition = c.coalition.name.as_str()
        ),
    );
    let days = i64::from(c.agreements.feedback_every_days);
    let latest_by_group = c.latest_feedback();
    let person = |id: &Option<String>| id.as_deref().map(|id| person_name(c, id));
    let mut rows = Rows::new(&["group", "latest", "days ago", "by", "text"]);
    let mut latest = Vec::new();
    // Overdue as `feedback-overdue` counts it; never heard at all, apart.
    let mut unheard = Vec::new();
    let mut never = Vec::new();
    for (id, g) in c.groups.iter().filter(|(_, g)| g.status == Status::Member) {
        let last = latest_by_group.get(id.as_str()).copied();
        let since = last.map(|f| f.date).or(g.joined);
        let ago = since.map(|date| (context.today - date).num_days());
        if ago.is_none_or(|ago| ago > days) {
            unheard.push(id.clone());
        }
        if last.is_none() {
            never.push(id.clone());
        }
        rows.push(vec![
            g.name.clone(),
            super::opt(last.map(|f| f.date)),
            super::opt(last.map(|f| (context.today - f.date).num_days())),
            last.and_then(|f| person(&f.by)).unwrap_or_default(),
            last.map(|f| f.text.clone()).unwrap_or_default(),
        ]);
        latest.push(json!({
            "group": id,
            "date": last.map(|f| f.date),
            "by": last.and_then(|f| f.by.clone()),
            "by_name": last.and_then(|f| person(&f.by)),
            "text": last.map(|f| f.text.clone()),
        }));
    }
    report.block(Block::Text(crate::t!("report-feedback-intro", days = days)));
    report.block(Block::Table(Rows {
        headers: vec![
            crate::t!("report-resources-group"),
            crate::t!("report-feedback-latest"),
            crate::t!("report-feedback-days-ago"),
            crate::t!("report-feedback-by"),
            crate::t!("report-feedback-text"),
        ],
        rows: rows.rows.clone(),
    }));
    report.block(Block::Heading(crate::t!("report-feedback-who")));
    report.block(Block::Text(who_to_hear_from(c, days, &never, &unheard)));
    if !never.is_empty() || !unheard.is_empty() {
        report.block(Block::suggesting(
            crate::t!("report-feedback-ask"),
            "coal log-feedback GROUP TEXT",
            ".",
        ));
    }
    report.field("latest", json!(latest));
    report.field("not_heard", json!(unheard));
    report.field("not_heard_yet", json!(never));
    report.field("feedback_every_days", json!(days));
    report.rows = Some(rows);
    report
}

/// A person's name, or their id when the file names nobody by it.
fn person_name(c: &Coalition, id: &str) -> String {
    c.people
        .get(id)
        .map_or_else(|| id.to_string(), |p| p.name.clone())
}

/// Members never heard from, then those not heard from within the agreed
/// days; "every member group has been heard from" only when it is true.
fn who_to_hear_from(c: &Coalition, days: i64, never: &[String], unheard: &[String]) -> String {
    let overdue: Vec<String> = unheard
        .iter()
        .filter(|id| !never.contains(id))
        .cloned()
        .collect();
    let mut lines = Vec::new();
    if !never.is_empty() {
        lines.push(crate::t!(
            "report-feedback-never",
            names = super::names(c, never)
        ));
    }
    if !overdue.is_empty() {
        lines.push(crate::t!(
            "report-feedback-overdue",
            days = days,
            names = super::names(c, &overdue)
        ));
    }
    if lines.is_empty() {
        let members = c.groups.values().any(|g| g.status == Status::Member);
        return if members {
            crate::t!("report-feedback-all-heard", days = days)
        } else {
            crate::t!("report-feedback-no-members")
        };
    }
    lines.join("\n\n")
}
