//! `coal update-assembly DATE`: change or complete an assembly, the first
//! (step 3) or a later one, found by its date.

use chrono::NaiveDate;
use toml_edit::{DocumentMut, Item, TableLike, Value};

use super::Context;
use super::assembly_fields::Lists;
use crate::cli::UpdateAssemblyArgs;
use crate::error::{Error, Result};
use crate::model::{Coalition, schema};
use crate::store::{self, document};

pub fn run(ctx: &mut Context, args: UpdateAssemblyArgs) -> Result<()> {
    let UpdateAssemblyArgs {
        date,
        times,
        fields,
        notes,
        remove_invite,
        remove_attended,
    } = args;
    let fields = times.into_fields(fields);
    if fields.is_empty()
        && notes.is_none()
        && remove_invite.is_empty()
        && remove_attended.is_empty()
    {
        return Err(Error::usage(format!("nothing to change for the assembly of {date}"))
            .hint("give the fields to change, e.g. `--place X --attended GROUP`; `coal update-assembly --help` lists them"));
    }
    let path = ctx.path()?;
    let ((), outcome) = store::edit(&path, ctx.dry_run, |doc, before| {
        fields.check(doc)?;
        let coalition = before.coalition()?;
        let (lists, mut table) = if coalition.steps.assembly.date == Some(date) {
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
        fields.write(&mut table, &lists, &remove_invite, &remove_attended);
        if let Some(notes) = &notes {
            table.set("notes", notes.as_str());
        }
        // Keys added inside `{ ... }` take the spacing of their neighbours.
        if let Some(Item::Value(Value::Array(entries))) = doc.get_mut("assemblies") {
            entries
                .iter_mut()
                .filter_map(Value::as_inline_table_mut)
                .for_each(|entry| entry.fmt());
        }
        Ok(())
    })?;
    ctx.done(&outcome, format!("updated the assembly of {date}"))?;
    Ok(())
}

/// The entry of `[[assemblies]]` (or of an inline `assemblies = [...]`)
/// dated `date`.
fn log_entry(doc: &mut DocumentMut, date: NaiveDate) -> Option<&mut dyn TableLike> {
    let dated = |entry: &dyn TableLike| {
        entry
            .get("date")
            .and_then(Item::as_value)
            .and_then(Value::as_datetime)
            .is_some_and(|d| d.to_string() == date.to_string())
    };
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
    let error = Error::usage(format!("there is no assembly on {date}"));
    if dates.is_empty() {
        error.hint(
            "add one with `coal add-assembly DATE` (or `coal step assembly --date` for the first)",
        )
    } else {
        error.hint(format!(
            "assemblies: {}; add a new one with `coal add-assembly {date}`",
            dates.join(", ")
        ))
    }
}
