//! Asking for and writing the fields of a general assembly, shared by
//! `add-assembly`, `update-assembly` and step 3 (the first assembly).

use chrono::NaiveDate;
use toml_edit::{DocumentMut, Item, TableLike, Value};

use crate::cli::AssemblyFields;
use crate::error::{Error, Result};
use crate::model::input::{non_empty, time};
use crate::model::{Assembly, Coalition, Register, StepAssembly, schema};
use crate::prompt::{Ask, Choice, Prompter};
use crate::store::document::{self, SchemaTable};
use crate::store::require_all;

use super::said_date;

/// What the flags offer for `--accessibility` at a prompt; any other text
/// is accepted too.
pub const ACCESSIBILITY: [&str; 3] = ["interpretation", "childcare", "step-free access"];

/// The lists an assembly already has, which the flags add to.
#[derive(Default)]
pub struct Lists {
    pub languages: Vec<String>,
    pub accessibility: Vec<String>,
    pub invited: Vec<String>,
    pub answered: Vec<String>,
    pub attended: Vec<String>,
}

impl Lists {
    pub fn of(assembly: &Assembly) -> Lists {
        Lists {
            languages: assembly.languages.clone(),
            accessibility: assembly.accessibility.clone(),
            invited: assembly.invited.clone(),
            answered: assembly.answered.clone(),
            attended: assembly.attended.clone(),
        }
    }

    pub fn of_step(step: &StepAssembly) -> Lists {
        Lists {
            languages: step.languages.clone(),
            accessibility: step.accessibility.clone(),
            invited: step.invited.clone(),
            answered: step.answered.clone(),
            attended: step.attended.clone(),
        }
    }
}

impl AssemblyFields {
    pub fn is_empty(&self) -> bool {
        *self == AssemblyFields::default()
    }

    /// Refuses groups that do not exist and an end not after the start
    /// (when both are given; the file's own values are checked on write).
    pub fn check(&self, doc: &DocumentMut) -> Result<()> {
        require_all(doc, Register::Groups, &self.invite)?;
        require_all(doc, Register::Groups, &self.answered)?;
        require_all(doc, Register::Groups, &self.attended)?;
        if let (Some(start), Some(end)) = (&self.start, &self.end)
            && end <= start
        {
            return Err(Error::usage(crate::t!(
                "assembly-end-before-start",
                end = end.as_str(),
                start = start.as_str()
            ))
            .hint(crate::t!("assembly-end-before-start-hint")));
        }
        Ok(())
    }

    /// Writes the given fields into an assembly's table: texts replace,
    /// lists add to `before`'s (the `removed` ones leave them); a key the
    /// table lacks goes to its place in the schema.
    pub fn write(&self, table: &mut SchemaTable, before: &Lists, removed: &Removed) {
        // A group no longer invited has no answer to give.
        let unanswered: Vec<String> = removed
            .answered
            .iter()
            .chain(&removed.invited)
            .cloned()
            .collect();
        for (key, text) in [
            ("start", &self.start),
            ("end", &self.end),
            ("place", &self.place),
            ("rsvp", &self.rsvp),
            ("agenda", &self.agenda),
        ] {
            if let Some(text) = text {
                table.set(key, text.as_str());
            }
        }
        for (key, old, added, removed) in [
            ("languages", &before.languages, &self.languages, &[][..]),
            (
                "accessibility",
                &before.accessibility,
                &self.accessibility,
                &[],
            ),
            (
                "invited",
                &before.invited,
                &self.invite,
                &removed.invited[..],
            ),
            (
                "answered",
                &before.answered,
                &self.answered,
                &unanswered[..],
            ),
            (
                "attended",
                &before.attended,
                &self.attended,
                &removed.attended[..],
            ),
        ] {
            if added.is_empty() && !removed.iter().any(|r| old.contains(r)) {
                continue;
            }
            let kept: Vec<&String> = old.iter().filter(|x| !removed.contains(x)).collect();
            let mut new: Vec<&String> = Vec::new();
            for x in added {
                if !kept.contains(&x) && !new.contains(&x) {
                    new.push(x);
                }
            }
            let all: Vec<&String> = kept.into_iter().chain(new).collect();
            table.set_list(key, old, &all);
        }
    }
}

/// The groups `update-assembly` takes out of an assembly's lists.
#[derive(Default)]
pub struct Removed {
    pub invited: Vec<String>,
    pub answered: Vec<String>,
    pub attended: Vec<String>,
}

/// Refuses an answer from a group not invited to `which` (the invited
/// after the change): an answer is to an invitation.
pub fn check_answered(answered: &[String], invited: &[String], which: &str) -> Result<()> {
    let Some(id) = answered.iter().find(|id| !invited.contains(id)) else {
        return Ok(());
    };
    Err(Error::usage(crate::t!(
        "assembly-answer-uninvited",
        id = id.as_str(),
        which = which
    ))
    .hint(crate::t!(
        "assembly-answer-uninvited-hint",
        id = id.as_str()
    )))
}

/// `date` for an assembly (the first, step 3, when `first`), which had
/// the date `old` if it is moved: refused when another assembly has it,
/// since the date identifies an assembly, and when a later assembly would
/// come before the first.
pub fn check_date(
    coalition: &Coalition,
    date: NaiveDate,
    first: bool,
    old: Option<NaiveDate>,
) -> Result<()> {
    let step = coalition.steps.assembly.date;
    if Some(date) != old && coalition.all_assemblies().iter().any(|a| a.date == date) {
        let day = said_date(date);
        let message = if step == Some(date) {
            crate::t!("assembly-date-taken-first", day = day)
        } else {
            crate::t!("assembly-date-taken", day = day)
        };
        let hint = crate::t!("assembly-date-taken-hint", date = date.to_string());
        return Err(Error::usage(message).hint(hint));
    }
    if first {
        if let Some(later) = coalition.assemblies.iter().map(|a| a.date).min()
            && later <= date
        {
            return Err(Error::usage(crate::t!(
                "assembly-first-after-later",
                day = said_date(date),
                later = said_date(later)
            ))
            .hint(crate::t!(
                "assembly-first-after-later-hint",
                later = later.to_string()
            )));
        }
    } else if let Some(first) = step.filter(|first| date < *first) {
        return Err(Error::usage(crate::t!(
            "assembly-before-first",
            first = said_date(first),
            day = said_date(date)
        ))
        .hint(crate::t!(
            "assembly-before-first-hint",
            day = said_date(date),
            date = date.to_string()
        )));
    }
    Ok(())
}

/// Refuses groups recorded as attending an assembly still to come: who came
/// is recorded once it has been held (to invite them: `--invite`).
pub fn check_attended(attended: &[String], date: NaiveDate, today: NaiveDate) -> Result<()> {
    if attended.is_empty() || date <= today {
        return Ok(());
    }
    Err(Error::usage(crate::t!(
        "assembly-attended-to-come",
        day = said_date(date),
        today = said_date(today)
    ))
    .hint(crate::t!("assembly-attended-to-come-hint")))
}

/// The decisions that name the assembly of `old` name it on `new`, and
/// those dated that day (the day it took them) are dated `new`: an assembly
/// moved keeps what it decided.
pub fn move_decisions(doc: &mut DocumentMut, old: NaiveDate, new: NaiveDate) {
    let on_old = |entry: &dyn TableLike, key: &str| {
        entry
            .get(key)
            .and_then(Item::as_value)
            .and_then(Value::as_datetime)
            .is_some_and(|d| d.to_string() == old.to_string())
    };
    let follow = |entry: &mut dyn TableLike| {
        if !on_old(entry, "assembly") {
            return;
        }
        let dated_old = on_old(entry, "date");
        let mut entry = SchemaTable::new(entry, schema::DECISION);
        entry.set("assembly", document::date(new));
        if dated_old {
            entry.set("date", document::date(new));
        }
    };
    match doc.get_mut("decisions") {
        Some(Item::ArrayOfTables(entries)) => {
            entries.iter_mut().for_each(|entry| follow(entry));
        }
        Some(Item::Value(Value::Array(entries))) => entries
            .iter_mut()
            .filter_map(Value::as_inline_table_mut)
            .for_each(|entry| follow(entry)),
        _ => {}
    }
}

/// Asks for the start and end times not given yet; `flags` name them. An
/// end not after the start is asked again.
pub fn ask_times(
    prompter: &mut dyn Prompter,
    fields: &mut AssemblyFields,
    flags: [&str; 2],
) -> Result<()> {
    if fields.start.is_none() {
        let prompt = crate::t!("assembly-ask-start");
        let ask = Ask {
            prompt: &prompt,
            flag: flags[0],
        };
        let answer = prompter.text(ask, false, &|text| time(text).map(drop))?;
        fields.start = answer.map(|text| time(&text).expect("checked by the prompt"));
    }
    if fields.end.is_none() {
        let start = fields.start.clone();
        let after_start = |text: &str| match (time(text)?, &start) {
            (end, Some(start)) if end <= *start => Err(crate::t!(
                "assembly-end-after-start",
                start = start.as_str()
            )),
            _ => Ok(()),
        };
        let prompt = crate::t!("assembly-ask-end");
        let ask = Ask {
            prompt: &prompt,
            flag: flags[1],
        };
        let answer = prompter.text(ask, false, &after_start)?;
        fields.end = answer.map(|text| time(&text).expect("checked by the prompt"));
    }
    Ok(())
}

/// Asks for what lets everyone take part, when not given yet: languages,
/// accessibility, and whom to tell one is coming.
pub fn ask_access(prompter: &mut dyn Prompter, fields: &mut AssemblyFields) -> Result<()> {
    let is_text = |text: &str| non_empty(text).map(drop);
    if fields.languages.is_empty() {
        let prompt = crate::t!("assembly-ask-languages");
        let ask = Ask {
            prompt: &prompt,
            flag: "--language",
        };
        let answer = prompter.text(ask, false, &is_text)?.unwrap_or_default();
        fields.languages = answer
            .split(',')
            .filter_map(|language| non_empty(language).ok())
            .collect();
    }
    if fields.accessibility.is_empty() {
        let prompt = crate::t!("assembly-ask-accessibility");
        let ask = Ask {
            prompt: &prompt,
            flag: "--accessibility",
        };
        let picked = prompter.pick(ask, &Choice::plain(&ACCESSIBILITY), &[false; 3])?;
        fields.accessibility = picked.iter().map(|&i| ACCESSIBILITY[i].into()).collect();
    }
    if fields.rsvp.is_none() {
        let prompt = crate::t!("assembly-ask-rsvp");
        let ask = Ask {
            prompt: &prompt,
            flag: "--rsvp",
        };
        fields.rsvp = prompter.text(ask, false, &is_text)?;
    }
    Ok(())
}
