//! `coal add-committee`: minimal structure, a working group or the steering group.

use super::{Context, add_entry, ask_groups, ask_name};
use crate::cli::AddCommitteeArgs;
use crate::error::Result;
use crate::model::{Register, Status};
use crate::prompt::Ask;
use crate::store::require_all;
use crate::store::{self, document::string_array};

pub fn run(ctx: &mut Context, args: AddCommitteeArgs) -> Result<()> {
    let path = ctx.path()?;
    let AddCommitteeArgs {
        name,
        id,
        mut steering,
        mut groups,
        mandate,
    } = args;
    ctx.check_first(&path, |doc| require_all(doc, Register::Groups, &groups))?;
    let name = match name {
        Some(name) => name,
        None => ask_name(ctx.prompter, &crate::t!("add-committee-ask-name"))?,
    };
    if ctx.interactive {
        let coalition = store::load(&path)?.validated.coalition;
        if !steering {
            let prompt = crate::t!("add-committee-ask-steering");
            let ask = Ask {
                prompt: &prompt,
                flag: "--steering",
            };
            steering = ctx.prompter.confirm(ask, false)?;
        }
        if groups.is_empty() {
            let prompt = crate::t!("edit-ask-seats");
            let ask = Ask {
                prompt: &prompt,
                flag: "--group",
            };
            groups = ask_groups(ctx.prompter, &coalition, ask, |g| {
                g.status == Status::Member
            })?;
        }
    }
    let (id, outcome) = store::edit(&path, ctx.dry_run, |doc, _| {
        require_all(doc, Register::Groups, &groups)?;
        add_entry(doc, Register::Committees, &name, id, |committee| {
            if steering {
                committee.set("steering", true);
            }
            if let Some(mandate) = &mandate {
                committee.set("mandate", mandate.as_str());
            }
            if !groups.is_empty() {
                committee.set("groups", string_array(&groups));
            }
            Ok(())
        })
    })?;
    ctx.done(
        &outcome,
        crate::t!(
            "edit-added",
            kind = "committee",
            id = id.as_str(),
            name = name.as_str()
        ),
    )?;
    Ok(())
}
