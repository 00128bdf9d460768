//! Writing the fields of a general assembly, shared by `add-assembly`,
//! `update-assembly` and step 3 (the first assembly).

use crate::cli::AssemblyFields;
use crate::error::{Error, Result};
use crate::model::{Assembly, Register, StepAssembly};
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
