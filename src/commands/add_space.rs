//! `coal add-space`: a communication space where groups meet.

use super::{Context, add_entry, ask_groups, ask_name};
use crate::cli::AddSpaceArgs;
use crate::error::Result;
use crate::model::{Register, Status};
use crate::prompt::Ask;
use crate::store::require_all;
use crate::store::{self, document::string_array};

pub fn run(ctx: &mut Context, args: AddSpaceArgs) -> Result<()> {
    let path = ctx.path()?;
    let AddSpaceArgs {
        name,
        id,
        mut medium,
        mut groups,
        purpose,
    } = args;
    ctx.check_first(&path, |doc| require_all(doc, Register::Groups, &groups))?;
    let name = match name {
        Some(name) => name,
        None => ask_name(ctx.prompter, &crate::t!("add-space-ask-name"))?,
    };
    if ctx.interactive {
        let coalition = store::load(&path)?.validated.coalition;
        if medium.is_none() {
            let prompt = crate::t!("add-space-ask-medium");
            let ask = Ask {
                prompt: &prompt,
                flag: "--medium",
            };
            medium = ctx.prompter.text(ask, false, &|_| Ok(()))?;
        }
        if groups.is_empty() {
            let prompt = crate::t!("edit-ask-space-groups");
            let ask = Ask {
                prompt: &prompt,
                flag: "--group",
            };
            groups = ask_groups(ctx.prompter, &coalition, ask, |g| {
                !matches!(g.status, Status::Declined | Status::Left)
            })?;
        }
    }
    let (id, outcome) = store::edit(&path, ctx.dry_run, |doc, _| {
        require_all(doc, Register::Groups, &groups)?;
        add_entry(doc, Register::Spaces, &name, id, |space| {
            if let Some(medium) = &medium {
                space.set("medium", medium.as_str());
            }
            if !groups.is_empty() {
                space.set("groups", string_array(&groups));
            }
            if let Some(purpose) = &purpose {
                space.set("purpose", purpose.as_str());
            }
            Ok(())
        })
    })?;
    ctx.done(
        &outcome,
        crate::t!(
            "edit-added",
            kind = "space",
            id = id.as_str(),
            name = name.as_str()
        ),
    )?;
    Ok(())
}
