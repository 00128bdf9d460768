//! `coal add-boundary`: a line a group will not cross.

use toml_edit::{Table, value};

use super::{Context, group_argument};
use crate::cli::AddBoundaryArgs;
use crate::error::{Error, Result};
use crate::model::{Boundary, Register};
use crate::store::require;
use crate::store::{self, document};

pub fn run(ctx: &mut Context, args: AddBoundaryArgs) -> Result<()> {
    let path = ctx.path()?;
    let AddBoundaryArgs {
        group,
        against_group,
        against_tactic,
        level,
        reason,
    } = args;
    let group = group_argument(ctx, &path, group, "Which group holds the boundary?")?;
    let (key, against, register) = match (against_group, against_tactic) {
        (Some(other), None) => ("group", other, Register::Groups),
        (None, Some(tactic)) => ("tactic", tactic, Register::Tactics),
        _ => {
            return Err(
                Error::usage("a boundary is against one group or one tactic")
                    .hint("give `--against-group ID` or `--against-tactic ID`"),
            );
        }
    };
    if key == "group" && against == group {
        return Err(Error::usage(format!(
            "group `{group}` cannot hold a boundary against itself"
        )));
    }
    let level = level.unwrap_or_default();
    let (_, outcome) = store::edit(&path, ctx.dry_run, |doc, before| {
        require(doc, Register::Groups, &group)?;
        require(doc, register, &against)?;
        let held = before
            .coalition()?
            .groups
            .get(&group)
            .map(|g| g.boundaries.as_slice())
            .unwrap_or_default();
        let names = |b: &&Boundary| match key {
            "group" => b.group.as_deref(),
            _ => b.tactic.as_deref(),
        } == Some(against.as_str());
        if held.iter().any(|b| names(&b)) {
            return Err(Error::usage(format!(
                "group `{group}` already holds a boundary against {key} `{against}`"
            ))
            .hint(format!(
                "to change its level or reason, edit it in the file, or lift it with `coal remove-boundary {group} --against-{key} {against}` and add it again"
            )));
        }
        let mut boundary = Table::new();
        boundary[key] = value(against.as_str());
        boundary["level"] = value(level.as_str());
        if let Some(reason) = &reason {
            boundary["reason"] = value(reason.as_str());
        }
        document::append(doc, &["groups", &group, "boundaries"], boundary).map_err(Error::usage)
    })?;
    ctx.done(
        &outcome,
        format!("group `{group}` now holds a {level} boundary against {key} `{against}`"),
    )?;
    Ok(())
}
