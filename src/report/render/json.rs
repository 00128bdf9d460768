//! JSON: `{"report": KIND, "coalition": NAME, ...}`, pretty-printed.

use serde_json::{Map, Value, json};

use crate::report::Report;

pub fn render(report: &Report) -> String {
    let mut object = Map::new();
    object.insert("report".into(), json!(report.kind.as_str()));
    object.insert("coalition".into(), json!(report.coalition));
    object.extend(report.data.clone());
    let mut text =
        serde_json::to_string_pretty(&Value::Object(object)).expect("JSON values serialize");
    text.push('\n');
    text
}
