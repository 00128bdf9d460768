//! `coal fmt`: canonical order and layout.

use super::Context;
use crate::cli::FmtArgs;
use crate::error::Result;
use crate::output;
use crate::store::{self, Outcome};

/// Returns false when `--check` finds a difference (exit 1).
pub fn run(ctx: &mut Context, args: FmtArgs) -> Result<bool> {
    let path = ctx.path()?;
    if args.check {
        let text = store::load::read(&path)?;
        let formatted = store::formatted(&path, &text)?;
        if formatted == text {
            ctx.say(format!("{} is formatted", path.display()));
            return Ok(true);
        }
        super::print(&output::clean_lines(&store::diff(&path, &text, &formatted)))?;
        ctx.say(format!(
            "{} is not formatted; `coal fmt` fixes it",
            path.display()
        ));
        return Ok(false);
    }
    let ((), outcome) = store::edit(&path, ctx.dry_run, |doc, _| {
        store::format::format(doc);
        Ok(())
    })?;
    match outcome {
        Outcome::Unchanged => ctx.say(format!("{} is formatted", path.display())),
        outcome => ctx.done(&outcome, format!("formatted {}", path.display()))?,
    }
    Ok(true)
}
