//! `coal remove-KIND ID [--force]`, for every register.

use super::Context;
use crate::cli::RemoveArgs;
use crate::error::{Error, Result};
use crate::model::Register;
use crate::store::require;
use crate::store::{self, document, refs};

pub fn run(ctx: &mut Context, register: Register, args: RemoveArgs) -> Result<()> {
    let RemoveArgs { id, force } = args;
    let path = ctx.path()?;
    let kind = register.singular();
    let (removed, outcome) = store::edit(&path, ctx.dry_run, |doc, _| {
        require(doc, register, &id)?;
        let references = refs::find(doc, register, &id);
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
