//! The schema-1 data model. These types hold a coalition once it has been
//! validated (`super::validate`): every value is in its vocabulary and range.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::vocab::*;

pub const SCHEMA: i64 = 1;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Coalition {
    pub schema: i64,
    pub coalition: Info,
    pub agreements: Agreements,
    pub steps: Steps,
    pub groups: BTreeMap<String, Group>,
    pub tactics: BTreeMap<String, Tactic>,
    pub spaces: BTreeMap<String, Space>,
    pub committees: BTreeMap<String, Committee>,
    pub people: BTreeMap<String, Person>,
    pub assemblies: Vec<Assembly>,
    pub decisions: Vec<Decision>,
    pub feedback: Vec<Feedback>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Info {
    pub name: String,
    pub unity_statement: String,
    pub kind: CoalitionKind,
    pub visibility: Visibility,
    pub created: Option<NaiveDate>,
    /// The language of the coalition's documents (reports, handout,
    /// invitation), whoever runs coal; `--lang` overrides it.
    pub language: Option<Language>,
    /// The public keys (age or SSH) the private overlay is sealed to.
    pub organizers: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Agreements {
    pub no_public_denouncing: bool,
    pub diversity_of_tactics: bool,
    pub feedback_every_days: u32,
}

impl Default for Agreements {
    fn default() -> Self {
        Agreements {
            no_public_denouncing: true,
            diversity_of_tactics: true,
            feedback_every_days: 90,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Steps {
    pub contact: StepContact,
    pub draft: StepDraft,
    pub assembly: StepAssembly,
    pub presentation: StepPresentation,
}

/// What every step has: its progress and dates.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    pub status: StepStatus,
    pub started: Option<NaiveDate>,
    pub finished: Option<NaiveDate>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StepContact {
    #[serde(flatten)]
    pub progress: Progress,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StepDraft {
    #[serde(flatten)]
    pub progress: Progress,
    pub vision: Option<String>,
    pub culture: Option<String>,
    pub structure: Option<String>,
    pub co_authors: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StepAssembly {
    #[serde(flatten)]
    pub progress: Progress,
    pub date: Option<NaiveDate>,
    /// `"18:30"`, like `end`.
    pub start: Option<String>,
    pub end: Option<String>,
    pub place: Option<String>,
    pub languages: Vec<String>,
    pub accessibility: Vec<String>,
    /// Whom to tell that one is coming, and how.
    pub rsvp: Option<String>,
    pub invited: Vec<String>,
    /// Invited groups that answered the invitation, yes or no.
    pub answered: Vec<String>,
    pub attended: Vec<String>,
    pub agenda: Option<String>,
}

/// A general assembly after the first (`[[assemblies]]`), or the first one
/// (step 3) seen the same way. Its date identifies it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assembly {
    pub date: NaiveDate,
    #[serde(default)]
    pub start: Option<String>,
    #[serde(default)]
    pub end: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub accessibility: Vec<String>,
    #[serde(default)]
    pub rsvp: Option<String>,
    #[serde(default)]
    pub invited: Vec<String>,
    /// Invited groups that answered the invitation, yes or no.
    #[serde(default)]
    pub answered: Vec<String>,
    #[serde(default)]
    pub attended: Vec<String>,
    #[serde(default)]
    pub agenda: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StepPresentation {
    #[serde(flatten)]
    pub progress: Progress,
    pub joined: Vec<String>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Question {
    pub question: String,
    pub answer: Option<String>,
    pub asked_by: Option<String>,
}

impl Question {
    /// Not answered yet (an empty answer is none).
    pub fn is_open(&self) -> bool {
        self.answer.as_deref().is_none_or(|a| a.trim().is_empty())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Group {
    pub name: String,
    pub status: Status,
    pub participation: Participation,
    pub public: bool,
    pub impacted: bool,
    pub power: Option<u8>,
    pub interest: Option<u8>,
    pub unpredictability: Option<u8>,
    pub members: Option<u64>,
    pub spectrum: Option<Spectrum>,
    pub spectrum_target: Option<Spectrum>,
    pub roles: Vec<Role>,
    pub tactics: Vec<String>,
    pub offers: BTreeMap<ResourceType, Details>,
    pub needs: BTreeMap<ResourceType, Details>,
    pub contacted: Option<NaiveDate>,
    pub joined: Option<NaiveDate>,
    pub left: Option<NaiveDate>,
    pub intentions: Option<String>,
    pub notes: Option<String>,
    pub contact: Option<Contact>,
    pub boundaries: Vec<Boundary>,
}

impl Group {
    /// How a group takes part, which only members do: none for the others.
    pub fn participation(&self) -> Option<Participation> {
        (self.status == Status::Member).then_some(self.participation)
    }

    /// Not a partner: in opposition on the spectrum, or watched. The
    /// coalition learns its intentions and resources, and does not court it.
    pub fn is_opponent(&self) -> bool {
        self.status == Status::Watch || self.spectrum.is_some_and(Spectrum::is_opposition)
    }

    /// Its status and the dates it joined and left.
    pub fn membership(&self) -> super::membership::Membership {
        super::membership::Membership {
            status: self.status,
            joined: self.joined,
            left: self.left,
        }
    }
}

/// What a group offers or needs of one resource type: one detail or
/// several. Written as text while there is one, as a list once there are
/// more (in the file and in JSON alike).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(from = "OneOrMany", into = "OneOrMany")]
pub struct Details(pub Vec<String>);

#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl From<OneOrMany> for Details {
    fn from(value: OneOrMany) -> Self {
        match value {
            OneOrMany::One(detail) => Details(vec![detail]),
            OneOrMany::Many(details) => Details(details),
        }
    }
}

impl From<Details> for OneOrMany {
    fn from(Details(mut details): Details) -> Self {
        if details.len() == 1 {
            OneOrMany::One(details.remove(0))
        } else {
            OneOrMany::Many(details)
        }
    }
}

impl Details {
    /// The details on one line, for tables: `bus rental; food`.
    pub fn one_line(&self) -> String {
        self.0.join("; ")
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// A line a group will not cross: working with another group, or a tactic.
/// Validation guarantees exactly one of `group` and `tactic` is set.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Boundary {
    pub group: Option<String>,
    pub tactic: Option<String>,
    pub level: BoundaryLevel,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Tactic {
    pub name: String,
    pub intensity: Option<u8>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Space {
    pub name: String,
    pub medium: Option<String>,
    pub groups: Vec<String>,
    pub purpose: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Committee {
    pub name: String,
    pub steering: bool,
    pub mandate: Option<String>,
    pub groups: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    pub name: String,
    pub groups: Vec<String>,
    pub contact: Option<Contact>,
    pub notes: Option<String>,
}

/// Who took a decision: the whole assembly, or a committee (by id).
pub const BY_ASSEMBLY: &str = "assembly";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub date: NaiveDate,
    pub summary: String,
    #[serde(default = "assembly")]
    pub by: String,
    #[serde(default)]
    pub rule: DecisionRule,
    #[serde(default)]
    pub affects: Vec<String>,
    #[serde(default)]
    pub consulted: Vec<String>,
    #[serde(default)]
    pub review_on: Option<NaiveDate>,
    /// When it was last reviewed: a review on or after `review_on` settles
    /// it until a later `review_on` is set.
    #[serde(default)]
    pub reviewed: Option<NaiveDate>,
    /// The date of the assembly that took it, when `by` is the assembly.
    #[serde(default)]
    pub assembly: Option<NaiveDate>,
}

impl Decision {
    /// Whether its review is due on `today`: the review date has passed and
    /// no review has been held since.
    pub fn review_due(&self, today: NaiveDate) -> bool {
        self.review_on
            .is_some_and(|due| due < today && self.reviewed.is_none_or(|held| held < due))
    }
}

fn assembly() -> String {
    BY_ASSEMBLY.to_string()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Feedback {
    pub date: NaiveDate,
    pub group: String,
    pub text: String,
    #[serde(default)]
    pub by: Option<String>,
}

/// Indexes derived from the registers, built in one pass so that rules and
/// reports stay linear in the size of the coalition.
impl Coalition {
    /// Every general assembly with a date, by date: the first (step 3,
    /// whose notes are the step's) and those of the log.
    pub fn all_assemblies(&self) -> Vec<Assembly> {
        let step = &self.steps.assembly;
        let first = step.date.map(|date| Assembly {
            date,
            start: step.start.clone(),
            end: step.end.clone(),
            place: step.place.clone(),
            languages: step.languages.clone(),
            accessibility: step.accessibility.clone(),
            rsvp: step.rsvp.clone(),
            invited: step.invited.clone(),
            answered: step.answered.clone(),
            attended: step.attended.clone(),
            agenda: step.agenda.clone(),
            notes: step.progress.notes.clone(),
        });
        let mut all: Vec<Assembly> = first.into_iter().chain(self.assemblies.clone()).collect();
        all.sort_by_key(|assembly| assembly.date);
        all
    }

    /// The assembly an invitation is for: the earliest on or after `today`.
    pub fn next_assembly(&self, today: NaiveDate) -> Option<Assembly> {
        self.all_assemblies()
            .into_iter()
            .find(|assembly| assembly.date >= today)
    }

    /// Each group's latest feedback.
    pub fn latest_feedback(&self) -> std::collections::HashMap<&str, &Feedback> {
        let mut latest: std::collections::HashMap<&str, &Feedback> =
            std::collections::HashMap::new();
        for entry in &self.feedback {
            let slot = latest.entry(entry.group.as_str()).or_insert(entry);
            if entry.date >= slot.date {
                *slot = entry;
            }
        }
        latest
    }

    /// The ids of the groups that are in at least one communication space.
    pub fn groups_in_spaces(&self) -> std::collections::HashSet<&str> {
        self.spaces
            .values()
            .flat_map(|s| s.groups.iter().map(String::as_str))
            .collect()
    }

    /// Tactic id → the ids of the groups that use it, in id order.
    pub fn tactic_users(&self) -> std::collections::HashMap<&str, Vec<&str>> {
        let mut users: std::collections::HashMap<&str, Vec<&str>> =
            std::collections::HashMap::new();
        for (id, group) in &self.groups {
            for tactic in &group.tactics {
                users.entry(tactic.as_str()).or_default().push(id.as_str());
            }
        }
        users
    }
}
