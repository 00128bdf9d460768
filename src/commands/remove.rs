//! `coal remove-KIND ID [--force]`, for every register.

use super::Context;
use crate::cli::RemoveArgs;
use crate::error::{Error, Result};
use crate::model::{Coalition, Register};
use crate::store::require;
use crate::store::{self, document, refs};

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
            return Err(Error::usage(format!(
                "{kind} `{id}` is still referred to in {} place{}:\n{}",
                references.len(),
                if references.len() == 1 { "" } else { "s" },
                places.join("\n")
            ))
            .hint(format!(
                "change those first, or run `coal remove-{kind} {id} --force` to remove them too"
            )));
        }
        let removed = refs::remove(doc, register, &id);
        document::remove_entry(doc, register, &id);
        Ok(removed)
    })?;
    let mut message = format!("removed {kind} `{id}`");
    for reference in &removed {
        message.push_str(&format!(
            "\n  and its reference in {}",
            reference.describe()
        ));
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
    let count = decided.len();
    let (decisions, them) = match count {
        1 => ("1 decision".to_string(), "it"),
        _ => (format!("{count} decisions"), "them"),
    };
    let seated = c
        .committees
        .get(id)
        .map(|c| c.groups.as_slice())
        .unwrap_or_default();
    let unseat = match seated {
        [] => "it has no group left, and stays in the register as the log's record".to_string(),
        groups => {
            let flags: Vec<String> = groups
                .iter()
                .map(|g| format!("--remove-group {g}"))
                .collect();
            format!(
                "to dissolve it, unseat its groups: `coal update-committee {id} {}`",
                flags.join(" ")
            )
        }
    };
    Err(Error::usage(format!(
        "committee `{id}` took {decisions} in the log ({}): removing it, even with --force, would hand {them} to the assembly",
        decided.join(", ")
    ))
    .hint(format!("the log keeps who decided; {unseat}")))
}
