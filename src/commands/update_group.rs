//! `coal update-group`: change only the fields given.

use super::group_fields::{membership, remove_resources};
use super::{Context, today};
use crate::cli::UpdateGroupArgs;
use crate::error::{Error, Result};
use crate::model::Register;
use crate::store::{self, document};
use crate::store::{require, require_all};

pub fn run(ctx: &mut Context, args: UpdateGroupArgs) -> Result<()> {
    let UpdateGroupArgs {
        id,
        name,
        fields,
        remove_offers,
        remove_needs,
    } = args;
    if name.is_none() && fields.is_empty() && remove_offers.is_empty() && remove_needs.is_empty() {
        return Err(Error::usage(format!("nothing to change for group `{id}`"))
            .hint("give the fields to change, e.g. `--status member --power 3`; `coal update-group --help` lists them"));
    }
    let path = ctx.path()?;
    let today = today()?;
    let ((), outcome) = store::edit(&path, ctx.dry_run, |doc, _| {
        require(doc, Register::Groups, &id)?;
        require_all(doc, Register::Tactics, &fields.tactics)?;
        let mut group = document::edit_entry(doc, Register::Groups, &id).expect("required above");
        if let Some(name) = &name {
            group.set("name", name.as_str());
        }
        // Removals first: `--remove-offer money --offer money=X` replaces.
        remove_resources(&mut group, &id, "offers", &remove_offers)?;
        remove_resources(&mut group, &id, "needs", &remove_needs)?;
        let was = membership(group.table());
        fields.write(&mut group, was, today)
    })?;
    ctx.done(&outcome, format!("updated group `{id}`"))?;
    Ok(())
}
