//! `coal remove-boundary`: lift a line a group said it will not cross.

use toml_edit::{Item, TableLike, Value};

use super::{Context, ask_group};
use crate::cli::RemoveBoundaryArgs;
use crate::error::{Error, Result};
use crate::model::{Boundary, Register};
use crate::output;
use crate::prompt::{Ask, Choice, Prompter};
use crate::store::document::{self, remove_from_list};
use crate::store::{self, require};
use crate::t;

pub fn run(ctx: &mut Context, args: RemoveBoundaryArgs) -> Result<()> {
    let path = ctx.path()?;
    let RemoveBoundaryArgs {
        group,
        against_group,
        against_tactic,
    } = args;
    let group = match group {
        Some(group) => group,
        None => ask_holder(ctx, &path)?,
    };
    let (key, against) = match (against_group, against_tactic) {
        (Some(other), _) => ("group", other),
        (None, Some(tactic)) => ("tactic", tactic),
        (None, None) => {
            let coalition = store::load(&path)?.validated.coalition;
            let Some(holder) = coalition.groups.get(&group) else {
                return Err(store::no_group(&coalition, &group));
            };
            ask_boundary(ctx.prompter, &group, &holder.boundaries)?
        }
    };
    let ((), outcome) = store::edit(&path, ctx.dry_run, |doc, _| {
        require(doc, Register::Groups, &group)?;
        let entry = document::entry_mut(doc, Register::Groups, &group).expect("required above");
        let against_it = |boundary: &dyn TableLike| {
            boundary.get(key).and_then(Item::as_str) == Some(against.as_str())
        };
        let held = entry.get("boundaries").map(boundaries).unwrap_or_default();
        if !held.iter().any(|b| against_it(*b)) {
            let listed: Vec<String> = held.iter().filter_map(|b| describe(*b)).collect();
            let hint = if listed.is_empty() {
                t!("boundary-holds-none-hint")
            } else {
                t!("boundary-holds-others-hint", boundaries = listed.join(", "))
            };
            return Err(Error::usage(t!(
                "boundary-not-held",
                group = group.as_str(),
                key = key,
                against = against.as_str()
            ))
            .hint(hint));
        }
        let Some(item) = entry.get_mut("boundaries") else {
            unreachable!("a boundary was found above")
        };
        let left = match item {
            Item::ArrayOfTables(tables) => {
                tables.retain(|table| !against_it(table));
                tables.len()
            }
            Item::Value(Value::Array(list)) => {
                remove_from_list(list, |value| {
                    value.as_inline_table().is_some_and(|b| against_it(b))
                });
                list.len()
            }
            _ => unreachable!("boundaries were read above"),
        };
        if left == 0 {
            entry.remove("boundaries");
        }
        Ok(())
    })?;
    ctx.done(
        &outcome,
        t!(
            "boundary-lifted",
            group = group.as_str(),
            key = key,
            against = against.as_str()
        ),
    )
}

/// Asks which group lifts a boundary, among those that hold one: only
/// they can lift one.
fn ask_holder(ctx: &mut Context, path: &std::path::Path) -> Result<String> {
    let coalition = store::load(path)?.validated.coalition;
    let holds = |g: &crate::model::Group| !g.boundaries.is_empty();
    if !coalition.groups.is_empty() && !coalition.groups.values().any(holds) {
        return Err(
            Error::usage(t!("boundary-none-to-lift")).hint(t!("boundary-none-to-lift-hint"))
        );
    }
    let ask = Ask {
        prompt: &t!("boundary-lifter-prompt"),
        flag: "GROUP (the first argument)",
    };
    ask_group(ctx.prompter, &coalition, ask, holds)
}
/// The boundaries of a group as tables, whatever their spelling: an inline
/// list or `[[groups.x.boundaries]]`.
fn boundaries(item: &Item) -> Vec<&dyn TableLike> {
    match item {
        Item::ArrayOfTables(tables) => tables.iter().map(|t| t as &dyn TableLike).collect(),
        Item::Value(Value::Array(list)) => list
            .iter()
            .filter_map(Value::as_inline_table)
            .map(|t| t as &dyn TableLike)
            .collect(),
        _ => Vec::new(),
    }
}

/// What a boundary is against, as messages name it: group `x`, tactic `t`.
fn describe(boundary: &dyn TableLike) -> Option<String> {
    ["group", "tactic"].into_iter().find_map(|key| {
        let against = boundary.get(key)?.as_str()?;
        Some(t!("boundary-against", key = key, against = against))
    })
}

/// On a terminal: which of the group's boundaries to lift.
fn ask_boundary(
    prompter: &mut dyn Prompter,
    group: &str,
    held: &[Boundary],
) -> Result<(&'static str, String)> {
    let (against, labels): (Vec<(&'static str, String)>, Vec<String>) = held
        .iter()
        .filter_map(|b| {
            let (key, id) = match (&b.group, &b.tactic) {
                (Some(other), _) => ("group", other),
                (None, Some(tactic)) => ("tactic", tactic),
                (None, None) => return None,
            };
            let label = output::clean(&format!("{key} {id} ({})", b.level.as_str()));
            Some(((key, id.clone()), label))
        })
        .unzip();
    if against.is_empty() {
        return Err(
            Error::usage(t!("boundary-group-none-to-lift", group = group))
                .hint(t!("boundary-group-none-to-lift-hint")),
        );
    }
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let ask = Ask {
        prompt: &t!("boundary-lift-prompt"),
        flag: "--against-group ID or --against-tactic ID",
    };
    let index = prompter.choose(ask, &Choice::plain(&labels), None)?;
    Ok(against[index].clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BoundaryLevel;
    use crate::prompt::{NoInput, Scripted};

    fn held() -> Vec<Boundary> {
        vec![
            Boundary {
                group: Some("greenfuture".into()),
                level: BoundaryLevel::Refuse,
                ..Boundary::default()
            },
            Boundary {
                tactic: Some("blockade".into()),
                level: BoundaryLevel::Limited,
                ..Boundary::default()
            },
        ]
    }

    #[test]
    fn the_terminal_offers_the_group_s_boundaries() {
        let mut script = Scripted::new(["tactic blockade (limited)"]);
        let picked = ask_boundary(&mut script, "g", &held()).unwrap();
        assert_eq!(picked, ("tactic", "blockade".to_string()));
    }

    #[test]
    fn without_a_terminal_the_flags_are_named() {
        let err = ask_boundary(&mut NoInput, "g", &held()).unwrap_err();
        assert!(
            err.message
                .contains("missing --against-group ID or --against-tactic ID"),
            "{}",
            err.message
        );
        let err = ask_boundary(&mut NoInput, "g", &[]).unwrap_err();
        assert_eq!(err.message, "group `g` holds no boundary to lift");
    }
}
