//! `coal update-group`: change only the fields given.

use super::group_fields::{membership, remove_resources};
use super::{Context, today, warn, welcome_warnings};
use crate::cli::UpdateGroupArgs;
use crate::error::{Error, Result};
use crate::model::{Register, Status};
use crate::prompt::Ask;
use crate::store::private::{self, Overlay};
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
    if fields.public && ctx.interactive && !ctx.dry_run && !confirm_public(ctx, &path, &id)? {
        ctx.say(crate::t!("update-group-public-kept", id = id.as_str()));
        return Ok(());
    }
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

/// `--public` on a group the private overlay holds whole: its shared part
/// is about to be written in the shared file, so a person at a terminal
/// is told what becomes readable and asked. Without a terminal the flag
/// is answer enough.
fn confirm_public(ctx: &mut Context, path: &std::path::Path, id: &str) -> Result<bool> {
    let Overlay::Read { text, from, .. } = private::read(path)? else {
        return Ok(true);
    };
    // In the file's order, name first as organizers write it. An overlay
    // that does not parse is the edit's to report.
    let Ok(overlay) = text.parse::<DocumentMut>() else {
        return Ok(true);
    };
    let Some(group) = overlay
        .get("groups")
        .and_then(|groups| groups.get(id))
        .and_then(|group| group.as_table_like())
    else {
        return Ok(true);
    };
    let internal = |key: &str| private::INTERNAL_GROUP_FIELDS.contains(&key);
    let fields = |keep: &dyn Fn(&str) -> bool| -> Vec<String> {
        group
            .iter()
            .map(|(key, _)| key)
            .filter(|key| keep(key))
            .map(|key| format!("`{key}`"))
            .collect()
    };
    let shown = fields(&|key| !internal(key) && key != "public");
    if shown.is_empty() {
        return Ok(true);
    }
    let kept = fields(&internal);
    let mut said = crate::t!(
        "update-group-public-shows",
        id = id,
        fields = shown.join(", "),
        file = path.display().to_string()
    );
    if !kept.is_empty() {
        said.push('\n');
        said.push_str(&crate::t!(
            "update-group-public-keeps",
            fields = kept.join(", "),
            overlay = from.display().to_string()
        ));
    }
    ctx.say(said);
    let prompt = crate::t!("update-group-public-ask", id = id);
    let ask = Ask {
        prompt: &prompt,
        flag: "--public",
    };
    ctx.prompter.confirm(ask, false)
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
