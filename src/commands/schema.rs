//! `coal schema`: the JSON Schema of the file, for editors.

use crate::error::Result;
use crate::model::json_schema::json_schema;
use crate::output;

pub fn run() -> Result<()> {
    super::print(&output::json(&json_schema()))
}
