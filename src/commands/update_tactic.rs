//! `coal update-tactic`: change only the fields given.

use super::Context;
use super::update::{nothing_to_change, set_texts};
use crate::cli::UpdateTacticArgs;
use crate::error::{Error, Result};
use crate::model::input::{non_empty, score};
use crate::model::{Register, Tactic};
use crate::prompt::{Ask, Check, Prompter};
use crate::store::{self, document, require};

pub fn run(ctx: &mut Context, args: UpdateTacticArgs) -> Result<()> {
    let UpdateTacticArgs {
        id,
        mut name,
        mut intensity,
        mut description,
    } = args;
    let path = ctx.path()?;
    if name.is_none() && intensity.is_none() && description.is_none() {
        if !ctx.interactive {
            return Err(nothing_to_change(
                &crate::t!("edit-the-entry", kind = "tactic", id = id.as_str()),
                "update-tactic",
                "`--name N`, `--intensity N`, `--description X`",
            ));
        }
        ctx.check_first(&path, |doc| require(doc, Register::Tactics, &id))?;
        let coalition = store::load(&path)?.validated.coalition;
        let had = coalition.tactics.get(&id).cloned().unwrap_or_default();
        (name, intensity, description) = ask_fields(ctx.prompter, &had)?;
    }
    let ((), outcome) = store::edit(&path, ctx.dry_run, |doc, _| {
        require(doc, Register::Tactics, &id)?;
        let mut tactic = document::edit_entry(doc, Register::Tactics, &id).expect("required above");
        if let Some(intensity) = intensity {
            tactic.set("intensity", i64::from(intensity));
        }
        set_texts(
            &mut tactic,
            &[("name", &name), ("description", &description)],
        );
        Ok(())
    })?;
    ctx.done(
        &outcome,
        crate::t!("edit-updated", kind = "tactic", id = id.as_str()),
    )
}

/// On a terminal: each field; one skipped keeps what the file says (`had`),
/// and the prompt says what that is.
fn ask_fields(
    prompter: &mut dyn Prompter,
    had: &Tactic,
) -> Result<(Option<String>, Option<u8>, Option<String>)> {
    let name = ask_or_keep(
        prompter,
        Ask {
            prompt: &crate::t!("update-tactic-ask-name"),
            flag: "--name",
        },
        Some(had.name.as_str()).filter(|name| !name.is_empty()),
        &|text| non_empty(text).map(drop),
    )?;
    let intensity = ask_or_keep(
        prompter,
        Ask {
            prompt: &crate::t!("edit-ask-intensity"),
            flag: "--intensity",
        },
        had.intensity.map(|n| n.to_string()).as_deref(),
        &|text| score(text).map(drop),
    )?
    .map(|text| score(&text))
    .transpose()
    .map_err(Error::usage)?;
    let description = ask_or_keep(
        prompter,
        Ask {
            prompt: &crate::t!("update-tactic-ask-description"),
            flag: "--description",
        },
        had.description.as_deref(),
        &|_| Ok(()),
    )?;
    Ok((name, intensity, description))
}

/// A field Enter keeps when the tactic has it, and skips when not.
fn ask_or_keep(
    prompter: &mut dyn Prompter,
    ask: Ask,
    had: Option<&str>,
    check: Check,
) -> Result<Option<String>> {
    match had {
        Some(had) => prompter.text_or_keep(ask, had, check),
        None => prompter.text(ask, false, check),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::Scripted;

    #[test]
    fn the_terminal_asks_each_field_and_enter_keeps_it() {
        let mut script = Scripted::new(["", "4", ""]);
        let asked = ask_fields(&mut script, &Tactic::default()).unwrap();
        assert_eq!(asked, (None, Some(4), None));
        assert_eq!(script.asked.len(), 3);
        let mut script = Scripted::new(["Sit-in", "9"]);
        let err = ask_fields(&mut script, &Tactic::default()).unwrap_err();
        assert_eq!(err.message, "must be 1 to 5, got 9");
    }
}
