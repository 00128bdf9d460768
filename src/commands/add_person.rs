//! `coal add-person`: someone in two or more groups is a point builder.

use super::group_fields::contact;
use super::{Context, add_entry, ask_groups, ask_name};
use crate::cli::AddPersonArgs;
use crate::error::Result;
use crate::model::Register;
use crate::prompt::Ask;
use crate::store::require_all;
use crate::store::{self, document::string_array};

pub fn run(ctx: &mut Context, args: AddPersonArgs) -> Result<()> {
    let path = ctx.path()?;
    let AddPersonArgs {
        name,
        id,
        mut groups,
        contact_email,
        contact_phone,
        notes,
    } = args;
    let name = match name {
        Some(name) => name,
        None => ask_name(ctx.prompter, &crate::t!("add-person-ask-name"))?,
    };
    if ctx.interactive && groups.is_empty() {
        let coalition = store::load(&path)?.validated.coalition;
        let prompt = crate::t!("edit-ask-person-groups");
        let ask = Ask {
            prompt: &prompt,
            flag: "--group",
        };
        groups = ask_groups(ctx.prompter, &coalition, ask, |_| true)?;
    }
    let (id, outcome) = store::edit(&path, ctx.dry_run, |doc, _| {
        require_all(doc, Register::Groups, &groups)?;
        add_entry(doc, Register::People, &name, id, |person| {
            if !groups.is_empty() {
                person.set("groups", string_array(&groups));
            }
            contact(
                person,
                [("email", &contact_email), ("phone", &contact_phone)],
            )?;
            if let Some(notes) = &notes {
                person.set("notes", notes.as_str());
            }
            Ok(())
        })
    })?;
    let (id, name) = (id.as_str(), name.as_str());
    // Someone in two groups or more carries word between them: said as
    // the person is added, the role the coalition may ask of them.
    let done = if groups.len() >= 2 {
        crate::t!("add-person-done-point-builder", id = id, name = name)
    } else {
        crate::t!("edit-added", kind = "person", id = id, name = name)
    };
    ctx.done(&outcome, done)?;
    Ok(())
}
