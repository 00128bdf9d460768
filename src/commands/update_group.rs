//! `coal update-group`: change only the fields given.

use super::group_fields::{membership, remove_resources};
use super::{Context, today, warn, welcome_warnings};
use crate::cli::UpdateGroupArgs;
use crate::error::{Error, Result};
use crate::model::{Register, Status};
use crate::store::{self, Outcome, document};
use crate::store::{require, require_all};
use toml_edit::DocumentMut;

pub fn run(ctx: &mut Context, args: UpdateGroupArgs) -> Result<()> {
    let UpdateGroupArgs {
        id,
        name,
        fields,
        remove_offers,
        remove_needs,
    } = args;
    if name.is_none() && fields.is_empty() && remove_offers.is_empty() && remove_needs.is_empty() {
        return Err(
            Error::usage(crate::t!("update-group-nothing", id = id.as_str()))
                .hint(crate::t!("update-group-nothing-hint")),
        );
    }
    let path = ctx.path()?;
    let today = today()?;
    let ((seats, warnings), outcome) = store::edit(&path, ctx.dry_run, |doc, before| {
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
        fields.write(&mut group, was, today)?;
        let leaves = fields.status == Some(Status::Left) && was.status != Status::Left;
        let seats = if leaves { seats(doc, &id) } else { Vec::new() };
        let warnings = match fields.status == Some(Status::Member) {
            true => welcome_warnings(&path, before.coalition()?, doc, today)?,
            false => Vec::new(),
        };
        Ok((seats, warnings))
    })?;
    ctx.done(
        &outcome,
        crate::t!("edit-updated", kind = "group", id = id.as_str()),
    )?;
    warn(&warnings);
    if !seats.is_empty() && !matches!(outcome, Outcome::Unchanged) {
        ctx.say(still_seated(&id, &seats));
    }
    Ok(())
}

/// The committees and spaces a group sits in, as (register, id).
fn seats(doc: &DocumentMut, group: &str) -> Vec<(Register, String)> {
    let data = document::data(doc);
    [Register::Committees, Register::Spaces]
        .into_iter()
        .flat_map(|register| {
            let entries = data.get(register.key()).and_then(|v| v.as_table());
            entries
                .into_iter()
                .flatten()
                .filter(|(_, entry)| {
                    entry
                        .get("groups")
                        .and_then(|groups| groups.as_array())
                        .is_some_and(|groups| groups.iter().any(|g| g.as_str() == Some(group)))
                })
                .map(move |(id, _)| (register, id.clone()))
        })
        .collect()
}

/// A group that left keeps its seats until someone frees them: the
/// coalition may want it to hand over first, so coal only says where.
fn still_seated(group: &str, seats: &[(Register, String)]) -> String {
    let places: Vec<String> = seats
        .iter()
        .map(|(register, id)| {
            crate::t!(
                "update-group-seat",
                kind = register.singular(),
                id = id.as_str()
            )
        })
        .collect();
    let commands: Vec<String> = seats
        .iter()
        .map(|(register, id)| {
            format!(
                "  coal update-{} {id} --remove-group {group}",
                register.singular()
            )
        })
        .collect();
    let note = crate::t!(
        "update-group-still-seated",
        group = group,
        places = places.join(", ")
    );
    format!("{note}\n{}", commands.join("\n"))
}
