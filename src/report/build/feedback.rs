//! Feedback: the latest word from each member group, and who is not heard.

use serde_json::json;

use crate::model::{Coalition, Status};
use crate::report::{Block, Context, Kind, Report, Rows};

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    let mut report = Report::new(Kind::Feedback, c, format!("{}: feedback", c.coalition.name));
    let days = i64::from(c.agreements.feedback_every_days);
    let mut rows = Rows::new(&["group", "latest", "days ago", "by", "text"]);
    let mut latest = Vec::new();
    let mut unheard = Vec::new();
    for (id, g) in c.groups.iter().filter(|(_, g)| g.status == Status::Member) {
        let last = c
            .feedback
            .iter()
            .filter(|f| &f.group == id)
            .max_by_key(|f| f.date);
        let since = last.map(|f| f.date).or(g.joined);
        let ago = since.map(|date| (context.today - date).num_days());
        if ago.is_none_or(|ago| ago > days) {
            unheard.push(id.clone());
        }
        rows.push(vec![
            g.name.clone(),
            super::opt(last.map(|f| f.date)),
            super::opt(last.map(|f| (context.today - f.date).num_days())),
            last.and_then(|f| f.by.clone()).unwrap_or_default(),
            last.map(|f| f.text.clone()).unwrap_or_default(),
        ]);
        latest.push(json!({
            "group": id,
            "date": last.map(|f| f.date),
            "by": last.and_then(|f| f.by.clone()),
            "text": last.map(|f| f.text.clone()),
        }));
    }
    report.block(Block::Text(format!(
        "Hearing from every member group keeps the coalition honest; the agreement is at least every {days} days."
    )));
    report.block(Block::Table(rows.clone()));
    report.block(Block::Heading(format!("Not heard from in {days} days")));
    report.block(Block::Text(if unheard.is_empty() {
        "Every member group has been heard from.".into()
    } else {
        format!(
            "{}. Ask them how it is going, then `coal log-feedback GROUP TEXT`.",
            super::names(c, &unheard)
        )
    }));
    report.field("latest", json!(latest));
    report.field("not_heard", json!(unheard));
    report.field("feedback_every_days", json!(days));
    report.rows = Some(rows);
    report
}
