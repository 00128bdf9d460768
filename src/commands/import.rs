//! `coal import groups|people FILE.csv`. TODO(issue 17, helper import command).

use super::Context;
use crate::cli::ImportArgs;
use crate::error::Result;

/// False when a row was rejected.
pub fn run(ctx: &mut Context, args: ImportArgs) -> Result<bool> {
    let _ = (ctx, args);
    todo!("issue 17: import")
}
