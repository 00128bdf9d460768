//! What a step walkthrough or the step flags decided, applied to the file in
//! one edit: nothing is written until every question has been answered.

use chrono::NaiveDate;
use toml_edit::{DocumentMut, Table, value};

use crate::error::{Error, Result};
use crate::model::membership::{self, Change};
use crate::model::{Coalition, Register, Status, StepStatus};
use crate::steps::Step;
use crate::store::document::{self, string_array};
use crate::store::{require, require_all};

/// A question asked at the presentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    pub question: String,
    pub answer: Option<String>,
    pub asked_by: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub step: Step,
    /// Start the step even if nothing else changes.
    pub start: bool,
    pub done: bool,
    /// Step 1: each group's new status (contacted, dialogue or declined).
    pub outcomes: Vec<(String, Status)>,
    /// Step 2.
    pub vision: Option<String>,
    pub culture: Option<String>,
    pub structure: Option<String>,
    /// Step 2: the whole list of co-authors, when it changes.
    pub co_authors: Option<Vec<String>>,
    /// Step 3.
    pub date: Option<NaiveDate>,
    pub place: Option<String>,
    /// Step 3: the whole list of invited groups, when it changes.
    pub invited: Option<Vec<String>>,
    /// Step 4: questions to add, and groups that joined.
    pub questions: Vec<Asked>,
    pub joined: Vec<String>,
}

impl Plan {
    pub fn new(step: Step) -> Self {
        Plan {
            step,
            start: false,
            done: false,
            outcomes: Vec::new(),
            vision: None,
            culture: None,
            structure: None,
            co_authors: None,
            date: None,
            place: None,
            invited: None,
            questions: Vec::new(),
            joined: Vec::new(),
        }
    }

    /// Writes the plan into the document. `before` is the coalition as it was.
    pub fn apply(&self, doc: &mut DocumentMut, before: &Coalition, today: NaiveDate) -> Result<()> {
        self.check_ids(doc)?;
        for (id, status) in &self.outcomes {
            let mut group = document::edit_entry(doc, Register::Groups, id).expect("checked");
            group.set("status", status.as_str());
            if before.groups[id].contacted.is_none() {
                group.set("contacted", document::date(today));
            }
        }
        for id in &self.joined {
            let mut group = document::edit_entry(doc, Register::Groups, id).expect("checked");
            let was = before.groups[id].membership();
            let change = Change {
                status: Some(Status::Member),
                ..Change::default()
            };
            let after = membership::after(was, change, today).map_err(Error::usage)?;
            group.set("status", Status::Member.as_str());
            if after.joined != was.joined
                && let Some(joined) = after.joined
            {
                group.set("joined", document::date(joined));
            }
            if after.left.is_none() && was.left.is_some() {
                group.remove("left");
            }
        }

        let progress = self.step.progress(before);
        let mut table = document::step_table(doc, self.step.key()).map_err(Error::usage)?;
        let status = if self.done {
            StepStatus::Done
        } else if progress.status == StepStatus::Todo {
            StepStatus::Doing
        } else {
            progress.status
        };
        table.set("status", status.as_str());
        if progress.started.is_none() {
            table.set("started", document::date(today));
        }
        if self.done && progress.finished.is_none() {
            table.set("finished", document::date(today));
        }
        for (key, text) in [
            ("vision", &self.vision),
            ("culture", &self.culture),
            ("structure", &self.structure),
        ] {
            if let Some(text) = text {
                table.set(key, text.as_str());
            }
        }
        if let Some(co_authors) = &self.co_authors {
            table.set("co_authors", string_array(co_authors));
        }
        if let Some(date) = self.date {
            table.set("date", document::date(date));
        }
        if let Some(place) = &self.place {
            table.set("place", place.as_str());
        }
        if let Some(invited) = &self.invited {
            table.set("invited", string_array(invited));
        }
        if !self.joined.is_empty() {
            let mut joined = before.steps.presentation.joined.clone();
            joined.extend(
                self.joined
                    .iter()
                    .filter(|id| !joined.contains(id))
                    .cloned()
                    .collect::<Vec<_>>(),
            );
            table.set("joined", string_array(&joined));
        }
        for asked in &self.questions {
            let mut question = Table::new();
            question["question"] = value(asked.question.as_str());
            if let Some(answer) = &asked.answer {
                question["answer"] = value(answer.as_str());
            }
            if let Some(by) = &asked.asked_by {
                question["asked_by"] = value(by.as_str());
            }
            document::append(doc, &["steps", "presentation", "questions"], question)
                .map_err(Error::usage)?;
        }
        Ok(())
    }

    fn check_ids(&self, doc: &DocumentMut) -> Result<()> {
        for (id, _) in &self.outcomes {
            require(doc, Register::Groups, id)?;
        }
        require_all(
            doc,
            Register::Groups,
            self.co_authors.as_deref().unwrap_or_default(),
        )?;
        require_all(
            doc,
            Register::Groups,
            self.invited.as_deref().unwrap_or_default(),
        )?;
        require_all(doc, Register::Groups, &self.joined)?;
        for asked in &self.questions {
            if let Some(by) = &asked.asked_by {
                require(doc, Register::Groups, by)?;
            }
        }
        Ok(())
    }
}

/// `--done` is refused while the step lacks what it needs.
pub fn check_done(step: Step, after: &Coalition) -> Result<()> {
    let missing = step.missing(after);
    if missing.is_empty() {
        return Ok(());
    }
    Err(Error::usage(format!(
        "step {} ({}) cannot be done yet: it still needs {}",
        step.number(),
        step.key(),
        missing.join(", ")
    ))
    .hint(format!(
        "add them with `coal step {}` and its flags, or walk through it on a terminal",
        step.key()
    )))
}
