//! `coal update-coalition`: the coalition's name, unity statement, kind and
//! visibility in `[coalition]`, its agreements in `[agreements]`.

use super::Context;
use super::update::nothing_to_change;
use crate::cli::UpdateCoalitionArgs;
use crate::error::{Error, Result};
use crate::model::input::non_empty;
use crate::prompt::{Ask, Prompter};
use crate::store::{self, document};

pub fn run(ctx: &mut Context, mut args: UpdateCoalitionArgs) -> Result<()> {
    let path = ctx.path()?;
    if is_empty(&args) {
        if !ctx.interactive {
            return Err(nothing_to_change(
                &crate::t!("update-coalition-the-coalition"),
                "update-coalition",
                "`--name N`, `--unity TEXT`, `--kind K`, `--visibility V`, `--language en|fr`, `--no-public-denouncing yes|no`, `--diversity-of-tactics yes|no`, `--feedback-every-days N`",
            ));
        }
        let coalition = store::load(&path)?.validated.coalition.coalition;
        (args.name, args.unity) =
            ask_texts(ctx.prompter, &coalition.name, &coalition.unity_statement)?;
    }
    let UpdateCoalitionArgs {
        name,
        unity,
        kind,
        visibility,
        no_public_denouncing,
        diversity_of_tactics,
        feedback_every_days,
        language,
    } = args;
    let ((), outcome) = store::edit(&path, ctx.dry_run, |doc, _| {
        let mut coalition = document::top_table(doc, "coalition").map_err(not_a_table)?;
        for (key, text) in [
            ("name", name.as_deref()),
            ("unity_statement", unity.as_deref()),
            ("kind", kind.map(|k| k.as_str())),
            ("visibility", visibility.map(|v| v.as_str())),
            ("language", language.map(|l| l.as_str())),
        ] {
            if let Some(text) = text {
                coalition.set(key, text);
            }
        }
        if no_public_denouncing.is_none()
            && diversity_of_tactics.is_none()
            && feedback_every_days.is_none()
        {
            return Ok(());
        }
        let mut agreements = document::top_table(doc, "agreements").map_err(not_a_table)?;
        for (key, agreed) in [
            ("no_public_denouncing", no_public_denouncing),
            ("diversity_of_tactics", diversity_of_tactics),
        ] {
            if let Some(agreed) = agreed {
                agreements.set(key, agreed);
            }
        }
        if let Some(days) = feedback_every_days {
            agreements.set("feedback_every_days", days);
        }
        Ok(())
    })?;
    ctx.done(&outcome, crate::t!("update-coalition-done"))
}

fn is_empty(args: &UpdateCoalitionArgs) -> bool {
    *args == UpdateCoalitionArgs::default()
}

/// On a terminal: the name, and the unity statement starting from the
/// file's; one skipped keeps what the file says.
fn ask_texts(
    prompter: &mut dyn Prompter,
    name: &str,
    unity: &str,
) -> Result<(Option<String>, Option<String>)> {
    let prompt = crate::t!("update-coalition-ask-name");
    let name = prompter
        .text_or_keep(
            Ask {
                prompt: &prompt,
                flag: "--name",
            },
            name,
            &|text| non_empty(text).map(drop),
        )?
        .filter(|text| text != name);
    let prompt = crate::t!("update-coalition-ask-unity");
    let unity = prompter
        .long_text(
            Ask {
                prompt: &prompt,
                flag: "--unity",
            },
            Some(unity),
        )?
        .filter(|text| text != unity);
    Ok((name, unity))
}

fn not_a_table(message: String) -> Error {
    Error::usage(message).hint(crate::t!("edit-fix-by-hand"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::Scripted;

    #[test]
    fn the_terminal_asks_the_name_and_the_unity_statement() {
        let mut script = Scripted::new(["", "Homes for all"]);
        let asked = ask_texts(&mut script, "C", "A roof").unwrap();
        assert_eq!(asked, (None, Some("Homes for all".to_string())));
        let mut script = Scripted::new(["Front", "A roof"]);
        let asked = ask_texts(&mut script, "C", "A roof").unwrap();
        assert_eq!(asked, (Some("Front".to_string()), None));
    }
}
