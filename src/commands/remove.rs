//! `coal remove-KIND ID [--force]`, for every register.

use super::Context;
use crate::cli::RemoveArgs;
use crate::error::{Error, Result};
use crate::model::{Coalition, Register};
use crate::store::require;
use crate::store::{self, document, refs};
use crate::t;

pub fn run(ctx: &mut Context, register: Register, args: RemoveArgs) -> Result<()> {
    let RemoveArgs { id, force } = args;
    let path = ctx.path()?;
    let kind = register.singular();
    let (removed, outcome) = store::edit(&path, ctx.dry_run, |doc, before| {
        require(doc, register, &id)?;
        let references = refs::find(doc, register, &id);
        if register == Register::Committees {
            keep_deciders(&id, &references, before.coalition()?)?;
        }
        if !references.is_empty() && !force {
            let places: Vec<String> = references
                .iter()
                .map(|r| format!("  {}", r.describe()))
                .collect();
            let referenced = t!(
                "remove-referenced",
                register = register.key(),
                id = id.as_str(),
                count = references.len()
            );
            return Err(
                Error::usage(format!("{referenced}\n{}", places.join("\n"))).hint(t!(
                    "remove-force-hint",
                    kind = kind,
                    id = id.as_str()
                )),
            );
        }
        let removed = refs::remove(doc, register, &id);
        document::remove_entry(doc, register, &id);
        Ok(removed)
    })?;
    let mut message = t!("remove-done", register = register.key(), id = id.as_str());
    for reference in &removed {
        let place = reference.describe();
        message.push_str("\n  ");
        message.push_str(&t!("remove-done-reference", place = place));
    }
    ctx.done(&outcome, message)?;
    Ok(())
}

/// A committee that took decisions stays, even with `--force`: without it
/// the log would say the assembly took them. It is dissolved by unseating
/// its groups instead.
fn keep_deciders(id: &str, references: &[refs::Reference], c: &Coalition) -> Result<()> {
    let decided: Vec<&str> = references
        .iter()
        .filter(|r| r.path.starts_with("decisions["))
        .map(|r| r.path.as_str())
        .collect();
    if decided.is_empty() {
        return Ok(());
    }
    let seated = c
        .committees
        .get(id)
        .map(|c| c.groups.as_slice())
        .unwrap_or_default();
    let hint = match seated {
        [] => t!("remove-committee-kept-hint"),
        groups => {
            let flags: Vec<String> = groups
                .iter()
                .map(|g| format!("--remove-group {g}"))
                .collect();
            t!(
                "remove-committee-unseat-hint",
                id = id,
                flags = flags.join(" ")
            )
        }
    };
    Err(Error::usage(t!(
        "remove-committee-decided",
        id = id,
        count = decided.len(),
        decisions = decided.join(", ")
    ))
    .hint(hint))
}
