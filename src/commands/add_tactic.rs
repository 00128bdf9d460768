//! `coal add-tactic`.

use super::{Context, add_entry, ask_name};
use crate::cli::AddTacticArgs;
use crate::error::{Error, Result};
use crate::model::Register;
use crate::model::input::score;
use crate::prompt::Ask;
use crate::store;

pub fn run(ctx: &mut Context, args: AddTacticArgs) -> Result<()> {
    let path = ctx.path()?;
    let AddTacticArgs {
        name,
        id,
        mut intensity,
        description,
    } = args;
    let name = match name {
        Some(name) => name,
        None => ask_name(ctx.prompter, &crate::t!("add-tactic-ask-name"))?,
    };
    if ctx.interactive && intensity.is_none() {
        let prompt = crate::t!("edit-ask-intensity");
        let ask = Ask {
            prompt: &prompt,
            flag: "--intensity",
        };
        intensity = ctx
            .prompter
            .text(ask, false, &|text| score(text).map(drop))?
            .map(|text| score(&text))
            .transpose()
            .map_err(Error::usage)?;
    }
    let (id, outcome) = store::edit(&path, ctx.dry_run, |doc, _| {
        add_entry(doc, Register::Tactics, &name, id, |tactic| {
            if let Some(intensity) = intensity {
                tactic.set("intensity", i64::from(intensity));
            }
            if let Some(description) = &description {
                tactic.set("description", description.as_str());
            }
            Ok(())
        })
    })?;
    ctx.done(
        &outcome,
        crate::t!(
            "edit-added",
            kind = "tactic",
            id = id.as_str(),
            name = name.as_str()
        ),
    )?;
    Ok(())
}
