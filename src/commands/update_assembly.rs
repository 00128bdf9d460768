//! `coal update-assembly DATE`: change or complete an assembly, the first
//! (step 3) or a later one, found by its date.

use chrono::NaiveDate;
use toml_edit::{DocumentMut, Item, TableLike, Value};

use super::assembly_fields::{
    Lists, Removed, check_answered, check_attended, check_date, move_decisions,
};
use super::{Context, said_date, today, warn, welcome_warnings};
use crate::cli::UpdateAssemblyArgs;
use crate::error::{Error, Result};
use crate::model::id::meant;
use crate::model::{Coalition, schema};
use crate::store::{self, document};

pub fn run(ctx: &mut Context, args: UpdateAssemblyArgs) -> Result<()> {
    let UpdateAssemblyArgs {
        date,
        new_date,
        times,
        fields,
        notes,
        remove_invite,
        remove_answered,
        remove_attended,
    } = args;
    let fields = times.into_fields(fields);
    let new_date = new_date.filter(|new| *new != date);
    let today = today()?;
    check_attended(&fields.attended, new_date.unwrap_or(date), today)?;
    if fields.is_empty()
        && new_date.is_none()
        && notes.is_none()
        && remove_invite.is_empty()
        && remove_answered.is_empty()
        && remove_attended.is_empty()
    {
        let which = crate::t!("assembly-the", date = said_date(date));
        return Err(
            Error::usage(crate::t!("edit-nothing-to-change", what = which))
                .hint(crate::t!("update-assembly-nothing-hint")),
        );
    }
    let path = ctx.path()?;
    let (warnings, outcome) = store::edit(&path, ctx.dry_run, |doc, before| {
        fields.check(doc)?;
        let coalition = before.coalition()?;
        refuse_shared(doc, coalition, date)?;
        let first = coalition.steps.assembly.date == Some(date);
        if let Some(new) = new_date {
            check_date(coalition, new, first, Some(date))?;
        }
        let (lists, mut table) = if first {
            let lists = Lists::of_step(&coalition.steps.assembly);
            (
                lists,
                document::step_table(doc, "assembly").map_err(Error::usage)?,
            )
        } else {
            let lists = coalition
                .assemblies
                .iter()
                .find(|a| a.date == date)
                .map(Lists::of)
                .unwrap_or_default();
            let entry = log_entry(doc, date).ok_or_else(|| not_found(coalition, date))?;
            (lists, document::SchemaTable::new(entry, schema::ASSEMBLY))
        };
        refuse_absent(coalition, date, "invited", &lists.invited, &remove_invite)?;
        refuse_absent(
            coalition,
            date,
            "answered",
            &lists.answered,
            &remove_answered,
        )?;
        refuse_absent(
            coalition,
            date,
            "attended",
            &lists.attended,
            &remove_attended,
        )?;
        let invited: Vec<String> = lists
            .invited
            .iter()
            .filter(|id| !remove_invite.contains(id))
            .chain(&fields.invite)
            .cloned()
            .collect();
        let which = crate::t!("assembly-the", date = said_date(date));
        check_answered(&fields.answered, &invited, &which)?;
        let removed = Removed {
            invited: remove_invite.clone(),
            answered: remove_answered.clone(),
            attended: remove_attended.clone(),
        };
        fields.write(&mut table, &lists, &removed);
        if let Some(notes) = &notes {
            table.set("notes", notes.as_str());
        }
        if let Some(new) = new_date {
            table.set("date", document::date(new));
            move_decisions(doc, date, new);
        }
        // Keys added inside `{ ... }` take the spacing of their neighbours.
        if let Some(Item::Value(Value::Array(entries))) = doc.get_mut("assemblies") {
            entries
                .iter_mut()
                .filter_map(Value::as_inline_table_mut)
                .for_each(|entry| entry.fmt());
        }
        match fields.invite.is_empty() {
            true => Ok(Vec::new()),
            false => welcome_warnings(&path, coalition, doc, today),
        }
    })?;
    let message = match new_date {
        Some(new) => crate::t!(
            "update-assembly-moved",
            date = said_date(date),
            new = said_date(new)
        ),
        None => crate::t!("update-assembly-done", date = said_date(date)),
    };
    ctx.done(&outcome, message)?;
    warn(&warnings);
    Ok(())
}

/// The date must name one assembly: two dated alike (an error `coal check`
/// shows) leave coal no way to tell which is meant.
fn refuse_shared(doc: &DocumentMut, coalition: &Coalition, date: NaiveDate) -> Result<()> {
    let in_log = match doc.get("assemblies") {
        Some(Item::ArrayOfTables(entries)) => entries.iter().filter(|e| dated(*e, date)).count(),
        Some(Item::Value(Value::Array(entries))) => entries
            .iter()
            .filter_map(Value::as_inline_table)
            .filter(|e| dated(*e, date))
            .count(),
        _ => 0,
    };
    let count = in_log + usize::from(coalition.steps.assembly.date == Some(date));
    if count < 2 {
        return Ok(());
    }
    Err(Error::usage(crate::t!(
        "update-assembly-shared-date",
        count = count,
        date = said_date(date)
    ))
    .hint(crate::t!("update-assembly-shared-date-hint")))
}

/// Removing a group that is not in the list is refused: most often a typo
/// in the id, which would leave the group meant where it was.
fn refuse_absent(
    coalition: &Coalition,
    date: NaiveDate,
    what: &str,
    list: &[String],
    removed: &[String],
) -> Result<()> {
    let Some(absent) = removed.iter().find(|id| !list.contains(id)) else {
        return Ok(());
    };
    // A group's name, or a near id, leads to the group meant.
    let groups: Vec<(String, String)> = coalition
        .groups
        .iter()
        .map(|(id, group)| (id.clone(), group.name.clone()))
        .collect();
    if !coalition.groups.contains_key(absent) && meant(absent, &groups).is_some() {
        return Err(store::no_group(coalition, absent));
    }
    let listed = if list.is_empty() {
        crate::t!("update-assembly-none")
    } else {
        list.join(", ")
    };
    Err(Error::usage(crate::t!(
        "update-assembly-absent",
        id = absent.as_str(),
        list = what,
        date = said_date(date)
    ))
    .hint(crate::t!(
        "update-assembly-absent-hint",
        list = what,
        listed = listed
    )))
}

/// Whether an entry of the log is dated `date`.
fn dated(entry: &dyn TableLike, date: NaiveDate) -> bool {
    entry
        .get("date")
        .and_then(Item::as_value)
        .and_then(Value::as_datetime)
        .is_some_and(|d| d.to_string() == date.to_string())
}

/// The entry of `[[assemblies]]` (or of an inline `assemblies = [...]`)
/// dated `date`.
fn log_entry(doc: &mut DocumentMut, date: NaiveDate) -> Option<&mut dyn TableLike> {
    let dated = |entry: &dyn TableLike| dated(entry, date);
    match doc.get_mut("assemblies")? {
        Item::ArrayOfTables(entries) => entries
            .iter_mut()
            .find(|entry| dated(*entry))
            .map(|entry| entry as &mut dyn TableLike),
        Item::Value(Value::Array(entries)) => entries
            .iter_mut()
            .filter_map(Value::as_inline_table_mut)
            .find(|entry| dated(*entry))
            .map(|entry| entry as &mut dyn TableLike),
        _ => None,
    }
}

fn not_found(coalition: &Coalition, date: NaiveDate) -> Error {
    let dates: Vec<String> = coalition
        .all_assemblies()
        .iter()
        .map(|a| a.date.to_string())
        .collect();
    let error = Error::usage(crate::t!(
        "log-decision-no-assembly",
        date = said_date(date)
    ));
    if dates.is_empty() {
        error.hint(crate::t!("update-assembly-add-one"))
    } else {
        error.hint(crate::t!(
            "update-assembly-add-another",
            dates = dates.join(", "),
            date = date.to_string()
        ))
    }
}
