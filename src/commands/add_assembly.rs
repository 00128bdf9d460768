//! `coal add-assembly`: a general assembly after the first, held or to come.

use chrono::NaiveDate;
use toml_edit::{Table, value};

use super::assembly_fields::{
    Lists, Removed, ask_access, ask_times, check_answered, check_attended, check_date,
};
use super::{Context, ask_groups, said_date, today, warn, welcome_warnings};
use crate::cli::{AddAssemblyArgs, AssemblyFields};
use crate::error::{Error, Result};
use crate::model::input::{date, non_empty};
use crate::model::{Coalition, Status, schema};
use crate::prompt::{Ask, Prompter};
use crate::store::{self, document};

pub fn run(ctx: &mut Context, args: AddAssemblyArgs) -> Result<()> {
    let path = ctx.path()?;
    let AddAssemblyArgs {
        date,
        times,
        fields,
        notes,
    } = args;
    let mut fields = times.into_fields(fields);
    let today = today()?;
    // The file is read once, for the prompts.
    let coalition = match date.is_none() || ctx.interactive {
        true => Some(store::load(&path)?.validated.coalition),
        false => None,
    };
    let date = match (date, &coalition) {
        (Some(date), _) => date,
        (None, coalition) => {
            ask_date(ctx.prompter, coalition.as_ref().expect("read above"), today)?
        }
    };
    // Checked before the other prompts: nothing asked is lost to a wrong flag.
    check_attended(&fields.attended, date, today)?;
    if let (true, Some(coalition)) = (ctx.interactive, &coalition) {
        check_date(coalition, date, false, None)?;
        ask_fields(ctx.prompter, coalition, &mut fields)?;
    }
    let (warnings, outcome) = store::edit(&path, ctx.dry_run, |doc, before| {
        fields.check(doc)?;
        check_date(before.coalition()?, date, false, None)?;
        check_answered(
            &fields.answered,
            &fields.invite,
            &crate::t!("assembly-the", date = said_date(date)),
        )?;
        let mut entry = Table::new();
        entry["date"] = value(document::date(date));
        let mut table = document::SchemaTable::new(&mut entry, schema::ASSEMBLY);
        fields.write(&mut table, &Lists::default(), &Removed::default());
        if let Some(notes) = &notes {
            table.set("notes", notes.as_str());
        }
        document::append(doc, &["assemblies"], entry).map_err(Error::usage)?;
        match fields.invite.is_empty() {
            true => Ok(Vec::new()),
            false => welcome_warnings(&path, before.coalition()?, doc, today),
        }
    })?;
    ctx.done(
        &outcome,
        crate::t!("add-assembly-done", date = said_date(date)),
    )?;
    warn(&warnings);
    Ok(())
}

/// The date, asked again while another assembly has it or it comes before
/// the first.
fn ask_date(
    prompter: &mut dyn Prompter,
    coalition: &Coalition,
    today: NaiveDate,
) -> Result<NaiveDate> {
    let prompt = crate::t!("add-assembly-ask-date", today = today.to_string());
    let ask = Ask {
        prompt: &prompt,
        flag: "DATE (the first argument)",
    };
    let free = |text: &str| {
        check_date(coalition, date(text, today)?, false, None).map_err(|err| {
            match err.hints.first() {
                Some(hint) => format!("{}; {hint}", err.message),
                None => err.message,
            }
        })
    };
    let text = prompter.text(ask, true, &free)?;
    Ok(date(&text.unwrap_or_default(), today).expect("checked by the prompt"))
}

/// Asks for the main fields not given as flags.
fn ask_fields(
    prompter: &mut dyn Prompter,
    coalition: &Coalition,
    fields: &mut AssemblyFields,
) -> Result<()> {
    ask_times(prompter, fields, ["--start", "--end"])?;
    if fields.place.is_none() {
        let prompt = crate::t!("add-assembly-ask-place");
        let ask = Ask {
            prompt: &prompt,
            flag: "--place",
        };
        fields.place = prompter.text(ask, false, &|text| non_empty(text).map(drop))?;
    }
    ask_access(prompter, fields)?;
    if fields.invite.is_empty() {
        let prompt = crate::t!("add-assembly-ask-invite");
        let ask = Ask {
            prompt: &prompt,
            flag: "--invite",
        };
        fields.invite = ask_groups(prompter, coalition, ask, |g| {
            !matches!(g.status, Status::Declined | Status::Left)
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::Scripted;

    #[test]
    fn the_prompts_fill_what_the_flags_left_out() {
        let mut coalition = Coalition::default();
        coalition.groups.insert(
            "a".into(),
            crate::model::Group {
                name: "A".into(),
                ..Default::default()
            },
        );
        coalition.groups.insert(
            "b".into(),
            crate::model::Group {
                status: Status::Declined,
                ..Default::default()
            },
        );
        let mut fields = AssemblyFields {
            end: Some("21:00".into()),
            ..Default::default()
        };
        let mut script = Scripted::new([
            "18:30",
            "Hall",
            "fr, en",
            "interpretation|step-free access",
            "",
            "a — A",
        ]);
        ask_fields(&mut script, &coalition, &mut fields).unwrap();
        assert_eq!(fields.start.as_deref(), Some("18:30"));
        assert_eq!(fields.end.as_deref(), Some("21:00"));
        assert_eq!(fields.place.as_deref(), Some("Hall"));
        assert_eq!(fields.languages, ["fr", "en"]);
        assert_eq!(fields.accessibility, ["interpretation", "step-free access"]);
        assert_eq!(fields.rsvp, None);
        assert_eq!(fields.invite, ["a"]);
        assert!(script.asked.iter().all(|p| !p.starts_with("End")));
    }

    #[test]
    fn the_date_prompt_asks_again_for_a_date_taken_or_before_the_first() {
        let mut coalition = Coalition::default();
        let day = NaiveDate::from_ymd_opt(2027, 1, 16).unwrap();
        coalition.steps.assembly.date = Some(day);
        let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let refused = |answer: &str| {
            let mut script = Scripted::new([answer]);
            ask_date(&mut script, &coalition, today)
                .unwrap_err()
                .message
        };
        assert!(refused("2027-01-16").contains("step 3"));
        assert!(refused("2027-01-15").contains("comes after it"));
        // The example is today, a date the organizer knows.
        assert_eq!(
            refused("16/01/2027"),
            "must be a date written like 2026-12-03, got `16/01/2027`"
        );
        let mut script = Scripted::new(["2027-01-17"]);
        assert_eq!(
            ask_date(&mut script, &coalition, today).unwrap(),
            day.succ_opt().unwrap()
        );
        assert_eq!(
            script.asked,
            ["Date of the assembly (past or to come), like 2026-12-03"]
        );
    }
}
