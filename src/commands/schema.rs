//! `coal schema`: the JSON Schema of the file, for editors.

use crate::model::json_schema::json_schema;
use crate::output;

pub fn run() {
    super::print(&output::json(&json_schema()));
}
