//! `coal rename-KIND OLD NEW`: a new id, and every reference follows.

use super::Context;
use crate::cli::RenameArgs;
use crate::error::{Error, Result};
use crate::model::Register;
use crate::store::require;
use crate::store::{self, document, refs};

pub fn run(ctx: &mut Context, register: Register, args: RenameArgs) -> Result<()> {
    let RenameArgs { old, new } = args;
    let path = ctx.path()?;
    let kind = register.singular();
    let (updated, outcome) = store::edit(&path, ctx.dry_run, |doc, before| {
        require(doc, register, &old)?;
        if old != new && document::entry(doc, register, &new).is_some() {
            return Err(Error::usage(format!("there is already a {kind} `{new}`"))
                .hint("choose another id, or remove that one first"));
        }
        // References to an id nobody has are errors the file already had;
        // the rename would quietly make them name this entry.
        let dangling = refs::find(doc, register, &new);
        if old != new && !dangling.is_empty() {
            return Err(Error::usage(format!(
                "the file already refers to a {kind} `{new}` that does not exist (at {}), so renaming `{old}` to `{new}` would change what those references say",
                dangling
                    .iter()
                    .map(|reference| format!("`{}`", reference.path))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .hint("choose another id, or first fix those references (`coal check` lists them)"));
        }
        before.renaming(register, &old, &new);
        let updated = refs::rename(doc, register, &old, &new);
        document::rename_entry(doc, register, &old, &new);
        Ok(updated.len())
    })?;
    ctx.done(
        &outcome,
        format!(
            "renamed {kind} `{old}` to `{new}` ({updated} reference{} updated)",
            if updated == 1 { "" } else { "s" }
        ),
    )?;
    Ok(())
}
