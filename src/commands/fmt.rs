//! `coal fmt`: canonical order and layout.

use super::Context;
use crate::cli::FmtArgs;
use crate::error::Result;
use crate::output;
use crate::store::{self, Outcome};
use crate::t;

/// Returns false when `--check` finds a difference (exit 1).
pub fn run(ctx: &mut Context, args: FmtArgs) -> Result<bool> {
    let path = ctx.path()?;
    if args.check {
        let text = store::load::read(&path)?;
        let formatted = store::formatted(&path, &text)?;
        if formatted == text {
            ctx.say(t!("fmt-formatted", path = path.display().to_string()));
            return Ok(true);
        }
        super::print(&output::clean_lines(&store::diff(&path, &text, &formatted)))?;
        ctx.say(t!("fmt-not-formatted", path = path.display().to_string()));
        return Ok(false);
    }
    let ((), outcome) = store::edit(&path, ctx.dry_run, |doc, _| {
        store::format::format(doc);
        Ok(())
    })?;
    match outcome {
        Outcome::Unchanged => ctx.say(t!("fmt-formatted", path = path.display().to_string())),
        outcome => ctx.done(&outcome, t!("fmt-done", path = path.display().to_string()))?,
    }
    Ok(true)
}
