//! `coal rename-KIND OLD NEW`: a new id, and every reference follows.

use super::Context;
use crate::cli::RenameArgs;
use crate::error::{Error, Result};
use crate::model::Register;
use crate::store::require;
use crate::store::{self, document, refs};
use crate::t;

pub fn run(ctx: &mut Context, register: Register, args: RenameArgs) -> Result<()> {
    let RenameArgs { old, new } = args;
    let path = ctx.path()?;
    let (updated, outcome) = store::edit(&path, ctx.dry_run, |doc, before| {
        require(doc, register, &old)?;
        if old != new && document::entry(doc, register, &new).is_some() {
            return Err(Error::usage(t!(
                "rename-taken",
                register = register.key(),
                new = new.as_str()
            ))
            .hint(t!("rename-taken-hint")));
        }
        // References to an id nobody has are errors the file already had;
        // the rename would quietly make them name this entry.
        let dangling = refs::find(doc, register, &new);
        if old != new && !dangling.is_empty() {
            let places = dangling
                .iter()
                .map(|reference| format!("`{}`", reference.path))
                .collect::<Vec<_>>()
                .join(", ");
            return Err(Error::usage(t!(
                "rename-dangling",
                register = register.key(),
                new = new.as_str(),
                places = places,
                old = old.as_str()
            ))
            .hint(t!("rename-dangling-hint")));
        }
        before.renaming(register, &old, &new);
        let updated = refs::rename(doc, register, &old, &new);
        document::rename_entry(doc, register, &old, &new);
        Ok(updated.len())
    })?;
    ctx.done(
        &outcome,
        t!(
            "rename-done",
            register = register.key(),
            old = old.as_str(),
            new = new.as_str(),
            count = updated
        ),
    )?;
    Ok(())
}
