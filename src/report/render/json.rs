//! JSON: `{"report": KIND, "coalition": NAME, ...}`, pretty-printed, its
//! bytes safe to show (`output::json`).

use serde::Serialize;
use serde_json::{Map, Value};

use crate::report::Report;

/// The report's fields after the two that every report has, borrowed rather
/// than copied: a large coalition's report is large.
#[derive(Serialize)]
struct Document<'a> {
    report: &'a str,
    coalition: &'a str,
    #[serde(flatten)]
    data: &'a Map<String, Value>,
}

pub fn render(report: &Report) -> String {
    let document = Document {
        report: report.kind.as_str(),
        coalition: &report.coalition,
        data: &report.data,
    };
    let mut text = crate::output::json(&document);
    text.push('\n');
    text
}
