//! `coal log-feedback`: what a group said, kept in the order heard.

use toml_edit::Table;

use super::{Context, group_argument, happened, said_date, today};
use crate::cli::LogFeedbackArgs;
use crate::error::{Error, Result};
use crate::model::Register;
use crate::model::input::non_empty;
use crate::prompt::Ask;
use crate::store::require;
use crate::store::{self, document};

pub fn run(ctx: &mut Context, args: LogFeedbackArgs) -> Result<()> {
    let path = ctx.path()?;
    let LogFeedbackArgs {
        group,
        text,
        date,
        by,
    } = args;
    // Checked before any prompt: nothing asked is lost to a wrong flag.
    let today = today()?;
    let date = match date {
        Some(date) => happened(&crate::t!("log-feedback-the-date"), date, today)?,
        None => today,
    };
    ctx.check_first(&path, |doc| {
        if let Some(group) = &group {
            require(doc, Register::Groups, group)?;
        }
        by.as_ref()
            .map_or(Ok(()), |by| require(doc, Register::People, by))
    })?;
    let prompt = crate::t!("log-feedback-ask-group");
    let group = group_argument(ctx, &path, group, &prompt)?;
    let text = match text {
        Some(text) => text,
        None => {
            let prompt = crate::t!("log-feedback-ask-text");
            let ask = Ask {
                prompt: &prompt,
                flag: "TEXT (the second argument)",
            };
            let check = |text: &str| non_empty(text).map(drop);
            ctx.prompter.text(ask, true, &check)?.unwrap_or_default()
        }
    };
    let (_, outcome) = store::edit(&path, ctx.dry_run, |doc, _| {
        require(doc, Register::Groups, &group)?;
        if let Some(by) = &by {
            require(doc, Register::People, by)?;
        }
        let mut feedback = Table::new();
        feedback["date"] = toml_edit::value(document::date(date));
        feedback["group"] = toml_edit::value(group.as_str());
        feedback["text"] = toml_edit::value(text.as_str());
        if let Some(by) = &by {
            feedback["by"] = toml_edit::value(by.as_str());
        }
        document::append(doc, &["feedback"], feedback).map_err(Error::usage)
    })?;
    ctx.done(
        &outcome,
        crate::t!(
            "log-feedback-done",
            group = group.as_str(),
            date = said_date(date)
        ),
    )?;
    Ok(())
}
