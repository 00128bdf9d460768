//! What a step walkthrough or the step flags decided, applied to the file in
//! one edit: nothing is written until every question has been answered.

use std::path::Path;

use chrono::NaiveDate;
use toml_edit::{DocumentMut, Table, value};

use crate::cli::AssemblyFields;
use crate::commands::assembly_fields::{
    Lists, Removed, check_answered, check_attended, check_date, move_decisions,
};
use crate::commands::by_number;
use crate::error::{Error, Result};
use crate::model::membership::{self, Change};
use crate::model::{Coalition, Register, Status, StepStatus};
use crate::steps::{Need, Step, Unready, prose_date, question_number, same_question, unready};
use crate::store::document::{self, string_array};
use crate::store::{Loaded, require, require_all};

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
    /// Step 3: the other fields of the assembly (start, end, languages…),
    /// lists added to those there; its place and invited are above.
    pub details: AssemblyFields,
    /// Step 4: questions to add, answers to questions already asked (by
    /// number, from 1), and groups that joined.
    pub questions: Vec<Asked>,
    pub answers: Vec<(usize, String)>,
    pub joined: Vec<String>,
}

/// Where the presentation's questions are in the file.
const QUESTIONS: &[&str] = &["steps", "presentation", "questions"];

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
            details: AssemblyFields::default(),
            questions: Vec::new(),
            answers: Vec::new(),
            joined: Vec::new(),
        }
    }

    /// The coalition as the plan would leave the file at `path`, whose
    /// text `loaded` holds: what a walkthrough checks before asking
    /// whether the step is finished. Nothing is written.
    pub fn preview(&self, path: &Path, loaded: &Loaded, today: NaiveDate) -> Result<Coalition> {
        // With a private overlay, the coalition is both files merged.
        let mut doc: DocumentMut = if loaded.private.exists() {
            crate::store::document(path)?
        } else {
            loaded.text.parse().map_err(|err| {
                Error::file(format!(
                    "{} could not be read for editing: {err}",
                    path.display()
                ))
            })?
        };
        self.apply(&mut doc, &loaded.validated.coalition, today)?;
        Ok(crate::store::load::parse(path, &doc.to_string())?.coalition)
    }

    /// Writes the plan into the document. `before` is the coalition as it was.
    pub fn apply(&self, doc: &mut DocumentMut, before: &Coalition, today: NaiveDate) -> Result<()> {
        self.check_ids(doc)?;
        self.check_questions(doc, before)?;
        let was_on = before.steps.assembly.date;
        let moved = self.date.filter(|date| Some(*date) != was_on);
        if let Some(date) = moved {
            check_date(before, date, true, was_on)?;
        }
        let invited = self
            .invited
            .as_ref()
            .unwrap_or(&before.steps.assembly.invited);
        check_answered(
            &self.details.answered,
            invited,
            "the first assembly (step 3)",
        )?;
        let assembly_on = self.date.or(was_on);
        if let Some(date) = assembly_on {
            check_attended(&self.details.attended, date, today)?;
        }
        // Groups that join at the presentation joined on the day of its
        // assembly, when that day has come.
        let joined_on = assembly_on.filter(|day| *day <= today).unwrap_or(today);
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
                joined: (was.status != Status::Member).then_some(joined_on),
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
        let lists = Lists::of_step(&before.steps.assembly);
        // A group no longer invited (a walkthrough may untick it) has no
        // answer to give.
        let removed = Removed {
            answered: lists
                .answered
                .iter()
                .filter(|id| !invited.contains(id))
                .cloned()
                .collect(),
            ..Removed::default()
        };
        self.details.write(&mut table, &lists, &removed);
        if !self.joined.is_empty() {
            let before = &before.steps.presentation.joined;
            let mut joined = before.clone();
            joined.extend(
                self.joined
                    .iter()
                    .filter(|id| !joined.contains(id))
                    .cloned()
                    .collect::<Vec<_>>(),
            );
            table.set_list("joined", before, &joined);
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
            document::append(doc, QUESTIONS, question).map_err(Error::usage)?;
        }
        for (number, answer) in &self.answers {
            document::edit_list_entry(doc, QUESTIONS, number - 1, |question| {
                question.set("answer", answer.as_str());
            })
            .expect("checked");
        }
        // The decisions of the first assembly follow it to its new date.
        if let (Some(old), Some(new)) = (was_on, moved) {
            move_decisions(doc, old, new);
        }
        Ok(())
    }

    /// A question already recorded is not asked again, and an answer goes
    /// to a question there is.
    fn check_questions(&self, doc: &DocumentMut, before: &Coalition) -> Result<()> {
        let recorded = &before.steps.presentation.questions;
        for (index, asked) in self.questions.iter().enumerate() {
            if let Some(number) = question_number(before, &asked.question) {
                let text = recorded[number - 1].question.as_str();
                let number = number.to_string();
                return Err(Error::usage(crate::t!(
                    "walk-question-already-asks",
                    number = number.as_str(),
                    text = text
                ))
                .hint(crate::t!(
                    "walk-question-already-asks-hint",
                    number = number
                )));
            }
            let earlier = &self.questions[..index];
            if earlier
                .iter()
                .any(|earlier| same_question(&earlier.question, &asked.question))
            {
                return Err(Error::usage(crate::t!(
                    "walk-question-twice",
                    text = asked.question.as_str()
                )));
            }
        }
        for (number, _) in &self.answers {
            let hint = super::questions_hint();
            by_number(doc, QUESTIONS, "question", *number, recorded.len(), &hint)?;
        }
        Ok(())
    }

    fn check_ids(&self, doc: &DocumentMut) -> Result<()> {
        self.details.check(doc)?;
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

/// The refusal of `--done`, by why the step cannot be done.
fn refusal(unready: &Unready, step: Step, today: NaiveDate) -> Error {
    match unready {
        Unready::BeforeAssembly(assembly) => Error::usage(crate::t!(
            "walk-refuse-before-assembly",
            date = prose_date(*assembly),
            today = prose_date(today)
        ))
        .hint(crate::t!("walk-refuse-before-assembly-hint")),
        Unready::AssemblyUndated => Error::usage(crate::t!("walk-refuse-undated"))
            .hint(crate::t!("walk-refuse-undated-hint")),
        Unready::Missing(needs) => Error::usage(crate::t!(
            "walk-refuse-missing",
            number = step.number().to_string(),
            step = step.key(),
            needs = Need::with_flags(needs)
        ))
        .hint(crate::t!("walk-refuse-missing-hint", step = step.key())),
    }
}

/// `--done` is refused while the step lacks what it needs, and for the
/// presentation, before the day of the assembly where it takes place, or
/// while that assembly has no date.
pub fn check_done(step: Step, after: &Coalition, today: NaiveDate) -> Result<()> {
    match unready(step, after, today) {
        Some(unready) => Err(refusal(&unready, step, today)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A walkthrough may untick a group that had answered: its answer goes
    /// with its invitation, and the file stays valid.
    #[test]
    fn a_group_no_longer_invited_loses_its_answer() {
        let text = "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n\n\
            [steps.assembly]\nstatus = \"doing\"\ninvited = [\"a\", \"b\"]\nanswered = [\"a\", \"b\"]\n\n\
            [groups.a]\nname = \"A\"\n\n[groups.b]\nname = \"B\"\n";
        let before = crate::store::load::parse(std::path::Path::new("c"), text)
            .unwrap()
            .coalition;
        let mut doc: DocumentMut = text.parse().unwrap();
        let mut plan = Plan::new(Step::Assembly);
        plan.invited = Some(vec!["b".into()]);
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        plan.apply(&mut doc, &before, today).unwrap();
        let written = doc.to_string();
        assert!(
            written.contains("invited = [\"b\"]\nanswered = [\"b\"]\n"),
            "{written}"
        );
    }
}
