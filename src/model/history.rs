//! How groups moved, change by change, as git's history of the file tells
//! it. Plain data: `git::history` reads it from git, `coal history` prints
//! it and the spectrum report draws its trails from it.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

use crate::t;

/// A group's field whose changes history follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tracked {
    Status,
    Participation,
    Spectrum,
    SpectrumTarget,
    Power,
    Interest,
    Unpredictability,
    Impacted,
    Public,
}

impl Tracked {
    pub const ALL: [Tracked; 9] = [
        Tracked::Status,
        Tracked::Participation,
        Tracked::Spectrum,
        Tracked::SpectrumTarget,
        Tracked::Power,
        Tracked::Interest,
        Tracked::Unpredictability,
        Tracked::Impacted,
        Tracked::Public,
    ];

    /// The key in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            Tracked::Status => "status",
            Tracked::Participation => "participation",
            Tracked::Spectrum => "spectrum",
            Tracked::SpectrumTarget => "spectrum_target",
            Tracked::Power => "power",
            Tracked::Interest => "interest",
            Tracked::Unpredictability => "unpredictability",
            Tracked::Impacted => "impacted",
            Tracked::Public => "public",
        }
    }

    pub fn from_key(key: &str) -> Option<Tracked> {
        Tracked::ALL.into_iter().find(|f| f.as_str() == key)
    }

    /// The field in a table cell: its key on an English screen (what
    /// `--field` takes), its name on a French one, as `Vocab::word` does
    /// for values.
    pub fn word(self) -> String {
        match crate::i18n::current() {
            crate::i18n::Lang::En => self.as_str().to_string(),
            _ => crate::i18n::text(&format!("history-label-{}", self.as_str())),
        }
    }

    /// What the field tells, in the language in use (`--help`).
    pub fn meaning(self) -> String {
        crate::i18n::text(&format!("history-field-{}", self.as_str()))
    }
}

/// What happened to a group in a commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    /// It appeared in the file; `new` holds its tracked fields.
    Added,
    /// It left the file; `old` holds its tracked fields.
    Removed,
    /// It got a new id (`coal rename-group`): `old` and `new` are the ids.
    Renamed,
    /// Its status became `member`.
    Joined,
    /// Its status became `left`.
    Left,
    /// Any other change of a tracked field.
    Changed,
}

impl Event {
    pub fn as_str(self) -> &'static str {
        match self {
            Event::Added => "added",
            Event::Removed => "removed",
            Event::Renamed => "renamed",
            Event::Joined => "joined",
            Event::Left => "left",
            Event::Changed => "changed",
        }
    }
}

/// One change of one group, made by one commit; or, when the walk asked
/// for them (`Query::working`), not committed yet: then `commit`, `date`,
/// `author` and `reason` are empty.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The commit's full hash.
    pub commit: String,
    /// When it was written, as its author's clock said (ISO 8601).
    pub date: String,
    pub author: String,
    /// The commit's subject: why, in its author's words.
    pub reason: String,
    /// The group's id as it is last known, renames followed.
    pub group: String,
    /// Its id in this commit.
    pub id: String,
    pub name: String,
    pub event: Event,
    /// The field (`"id"` for a rename); none when the group was added or
    /// removed.
    pub field: Option<String>,
    pub old: Value,
    pub new: Value,
}

impl Change {
    /// The day the change was written, as its author's clock said.
    pub fn day(&self) -> &str {
        self.date.get(..10).unwrap_or(&self.date)
    }
}

/// A version of the file that did not parse: its changes are told with
/// the next version that does.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Skipped {
    pub commit: String,
    pub date: String,
    pub reason: String,
    pub error: String,
}

/// What git's history of the file holds, oldest change first.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct History {
    pub changes: Vec<Change>,
    pub skipped: Vec<Skipped>,
    /// How many commits of the file were read.
    pub commits: usize,
    /// Whether the file on disk differs from the last commit of it.
    pub uncommitted: bool,
    /// Each id a group had in the commits read, and the ids those groups
    /// are last known by: found before `--since DATE` leaves the rename
    /// out, so an old id still names its group.
    #[serde(skip)]
    pub ids: BTreeMap<String, BTreeSet<String>>,
    /// The file as it was at `--since` (its text), for where each group
    /// stood then; none without `--since`, or when the file was not there.
    #[serde(skip)]
    pub base: Option<String>,
    /// The commit where the file first appears, when that commit has
    /// parents: the file may have had another name or folder before, which
    /// the history does not follow.
    pub starts_in: Option<String>,
    /// The oldest commit of a shallow clone, when the history starts
    /// there: its groups are where the history starts, not groups added.
    pub shallow: Option<String>,
}

/// Where a walk starts or ends: a day, or a revision git knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bound {
    Date(NaiveDate),
    Rev(String),
}

impl Bound {
    /// A date written `YYYY-MM-DD` is a day; anything else a revision.
    pub fn parse(text: &str) -> Result<Bound, String> {
        let text = text.trim();
        if text.is_empty() {
            return Err(t!("history-bound-empty"));
        }
        if text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-' {
            return NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map(Bound::Date)
                .map_err(|_| t!("history-bound-bad-date", date = text));
        }
        if text.starts_with('-') {
            return Err(t!("history-bound-dash", rev = text));
        }
        Ok(Bound::Rev(text.to_string()))
    }
}

impl std::fmt::Display for Bound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Bound::Date(date) => write!(f, "{date}"),
            Bound::Rev(rev) => f.write_str(rev),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_days_or_revisions() {
        assert_eq!(
            Bound::parse("2027-01-31"),
            Ok(Bound::Date(NaiveDate::from_ymd_opt(2027, 1, 31).unwrap()))
        );
        assert!(Bound::parse("2027-02-31").is_err());
        assert_eq!(Bound::parse("v1"), Ok(Bound::Rev("v1".into())));
        assert_eq!(Bound::parse("HEAD~3"), Ok(Bound::Rev("HEAD~3".into())));
        assert!(Bound::parse("--all").is_err());
        assert!(Bound::parse(" ").is_err());
    }
}
