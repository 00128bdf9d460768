//! Asking for and writing the fields of a general assembly, shared by
//! `add-assembly`, `update-assembly` and step 3 (the first assembly).

use crate::cli::AssemblyFields;
use crate::error::{Error, Result};
use crate::model::input::{non_empty, time};
use crate::model::{Assembly, Register, StepAssembly};
use crate::prompt::{Ask, Prompter};
use crate::store::document::{SchemaTable, string_array};
use crate::store::require_all;
use toml_edit::DocumentMut;

/// What the flags offer for `--accessibility` at a prompt; any other text
/// is accepted too.
pub const ACCESSIBILITY: [&str; 3] = ["interpretation", "childcare", "step-free access"];

/// The lists an assembly already has, which the flags add to.
#[derive(Default)]
pub struct Lists {
    pub languages: Vec<String>,
    pub accessibility: Vec<String>,
    pub invited: Vec<String>,
    pub attended: Vec<String>,
}

impl Lists {
    pub fn of(assembly: &Assembly) -> Lists {
        Lists {
            languages: assembly.languages.clone(),
            accessibility: assembly.accessibility.clone(),
            invited: assembly.invited.clone(),
            attended: assembly.attended.clone(),
        }
    }

    pub fn of_step(step: &StepAssembly) -> Lists {
        Lists {
            languages: step.languages.clone(),
            accessibility: step.accessibility.clone(),
            invited: step.invited.clone(),
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
        require_all(doc, Register::Groups, &self.attended)?;
        if let (Some(start), Some(end)) = (&self.start, &self.end)
            && end <= start
        {
            return Err(
                Error::usage(format!("the end ({end}) must be after the start ({start})")).hint(
                    "an assembly past midnight ends at 23:59 here; say the rest in `--agenda`",
                ),
            );
        }
        Ok(())
    }

    /// Writes the given fields into an assembly's table: texts replace,
    /// lists add to `before`'s (`remove_invite` / `remove_attended` leave
    /// them); a key the table lacks goes to its place in the schema.
    pub fn write(
        &self,
        table: &mut SchemaTable,
        before: &Lists,
        remove_invite: &[String],
        remove_attended: &[String],
    ) {
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
            ("invited", &before.invited, &self.invite, remove_invite),
            (
                "attended",
                &before.attended,
                &self.attended,
                remove_attended,
            ),
        ] {
            if added.is_empty() && !removed.iter().any(|r| old.contains(r)) {
                continue;
            }
            let mut all: Vec<&String> = old.iter().filter(|x| !removed.contains(x)).collect();
            for x in added {
                if !all.contains(&x) {
                    all.push(x);
                }
            }
            table.set(key, string_array(&all));
        }
    }
}

/// Asks for the start and end times not given yet; `flags` name them.
pub fn ask_times(
    prompter: &mut dyn Prompter,
    fields: &mut AssemblyFields,
    flags: [&str; 2],
) -> Result<()> {
    let is_time = |text: &str| time(text).map(drop);
    for (slot, prompt, flag) in [
        (&mut fields.start, "Start time, like 18:30", flags[0]),
        (&mut fields.end, "End time, like 21:00", flags[1]),
    ] {
        if slot.is_none() {
            let answer = prompter.text(Ask { prompt, flag }, false, &is_time)?;
            *slot = answer.map(|text| time(&text).expect("checked by the prompt"));
        }
    }
    Ok(())
}

/// Asks for what lets everyone take part, when not given yet: languages,
/// accessibility, and whom to tell one is coming.
pub fn ask_access(prompter: &mut dyn Prompter, fields: &mut AssemblyFields) -> Result<()> {
    let is_text = |text: &str| non_empty(text).map(drop);
    if fields.languages.is_empty() {
        let ask = Ask {
            prompt: "Languages, separated by commas",
            flag: "--language",
        };
        let answer = prompter.text(ask, false, &is_text)?.unwrap_or_default();
        fields.languages = answer
            .split(',')
            .filter_map(|language| non_empty(language).ok())
            .collect();
    }
    if fields.accessibility.is_empty() {
        let ask = Ask {
            prompt: "What is offered so that everyone can take part?",
            flag: "--accessibility",
        };
        let picked = prompter.pick(ask, &ACCESSIBILITY, &[false; 3])?;
        fields.accessibility = picked.iter().map(|&i| ACCESSIBILITY[i].into()).collect();
    }
    if fields.rsvp.is_none() {
        let ask = Ask {
            prompt: "Whom to tell that one is coming, and how",
            flag: "--rsvp",
        };
        fields.rsvp = prompter.text(ask, false, &is_text)?;
    }
    Ok(())
}
