//! What `coal check` reports: a finding, its severity and its code. They
//! live in the model because validation (here) and the rules (`check`)
//! both make them.

use std::collections::BTreeMap;

use serde::Serialize;
use toml::{Table, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// The finding codes of SPEC §7.
pub mod code {
    pub const INVALID_REFERENCE: &str = "invalid-reference";
    pub const INVALID_VALUE: &str = "invalid-value";
    pub const BOUNDARY_VIOLATION: &str = "boundary-violation";
    pub const UNKNOWN_KEY: &str = "unknown-key";
    pub const RESOURCE_CONCENTRATION: &str = "resource-concentration";
    pub const STEERING_WITHOUT_IMPACTED: &str = "steering-without-impacted";
    pub const NOTHING_ABOUT_US: &str = "nothing-about-us";
    pub const LESS_IS_MORE: &str = "less-is-more";
    pub const NO_SPACE: &str = "no-space";
    pub const FEEDBACK_OVERDUE: &str = "feedback-overdue";
    pub const REVIEW_DUE: &str = "review-due";
    pub const STEP_ORDER: &str = "step-order";
    pub const STEP_DATES: &str = "step-dates";
    pub const DENOUNCING_RISK: &str = "denouncing-risk";
    pub const SINGLE_TACTIC: &str = "single-tactic";
    pub const MISSING_ROLES: &str = "missing-roles";
    pub const PUBLIC_NOT_MEMBER: &str = "public-not-member";
    pub const OVERLOAD: &str = "overload";
    pub const BOUNDARY_AT_ASSEMBLY: &str = "boundary-at-assembly";
    pub const TACTIC_DISAGREEMENT: &str = "tactic-disagreement";
    pub const OPPONENT_JOINED: &str = "opponent-joined";
    pub const REFUSES_OWN_TACTIC: &str = "refuses-own-tactic";
    pub const PRIVATE_IN_SHARED: &str = "private-in-shared";
    pub const OVERLAY_TRACKED: &str = "overlay-tracked";

    /// What each code looks for, in a line, for the glossary.
    pub const MEANINGS: &[(&str, &str)] = &[
        (INVALID_REFERENCE, "an id that names nothing in the file"),
        (
            INVALID_VALUE,
            "a value coal cannot use: a word outside its list, a number out of range, a missing field, dates out of order",
        ),
        (
            BOUNDARY_VIOLATION,
            "two groups seated together where one refuses the other",
        ),
        (
            UNKNOWN_KEY,
            "a key coal does not know (kept, not used), often a typo",
        ),
        (
            RESOURCE_CONCENTRATION,
            "one group gives most of what members offer",
        ),
        (
            STEERING_WITHOUT_IMPACTED,
            "impacted groups are members, but not in the steering group",
        ),
        (
            NOTHING_ABOUT_US,
            "a decision affects a group that was not consulted",
        ),
        (
            LESS_IS_MORE,
            "too many groups in play before the first assembly: start small",
        ),
        (NO_SPACE, "a member group is in no communication space"),
        (
            FEEDBACK_OVERDUE,
            "a member group has not been heard from for too long",
        ),
        (REVIEW_DUE, "a decision is due to be looked at again"),
        (STEP_ORDER, "a step began before an earlier one"),
        (STEP_DATES, "a step finished before it started"),
        (
            DENOUNCING_RISK,
            "a member refuses a tactic another member uses, and there is no agreement against denouncing in public",
        ),
        (SINGLE_TACTIC, "the members use almost only one tactic"),
        (MISSING_ROLES, "the members do not cover all four roles"),
        (
            PUBLIC_NOT_MEMBER,
            "a group that is not a member is marked public",
        ),
        (
            OVERLOAD,
            "a lighter member holds more committee seats than a core member",
        ),
        (
            BOUNDARY_AT_ASSEMBLY,
            "a member refuses a group invited to an assembly, or that joined",
        ),
        (
            TACTIC_DISAGREEMENT,
            "in a coalition with shared tactics, a member refuses one another member uses",
        ),
        (
            OPPONENT_JOINED,
            "a group in opposition on the spectrum has joined",
        ),
        (
            REFUSES_OWN_TACTIC,
            "a group draws a line at a tactic it uses itself",
        ),
        (
            PRIVATE_IN_SHARED,
            "the shared file names a group that is not public, or holds internal data, while a private overlay exists",
        ),
        (
            OVERLAY_TRACKED,
            "git tracks the plain private overlay, which anyone with the repository can read",
        ),
    ];

    /// What `code` looks for, in a line, in the language in use (its
    /// English is [`MEANINGS`]'); a code that is not one says so.
    pub fn meaning(code: &str) -> String {
        crate::i18n::text(&format!("check-meaning-{code}"))
    }

    /// Every code with what it looks for, in the language in use, for the
    /// glossary.
    pub fn meanings() -> Vec<(&'static str, String)> {
        MEANINGS
            .iter()
            .map(|(code, _)| (*code, meaning(code)))
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Finding {
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    /// A dotted key path into the file, such as `groups.sol-migrant.tactics`.
    pub path: String,
    /// What else makes this finding the one it is, when its path alone does
    /// not: the place two groups share for a `boundary-violation`. Never
    /// shown; see [`Finding::subject`].
    #[serde(skip)]
    pub about: String,
    /// Where the finding's key or element is written (1-based line and
    /// column), for findings about the file's text; see `store::lines`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

impl Finding {
    pub fn error(code: &'static str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Finding {
            severity: Severity::Error,
            code,
            message: message.into(),
            path: path.into(),
            about: String::new(),
            line: None,
            column: None,
        }
    }

    pub fn info(code: &'static str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Finding {
            severity: Severity::Info,
            code,
            message: message.into(),
            path: path.into(),
            about: String::new(),
            line: None,
            column: None,
        }
    }
}

impl Finding {
    /// What makes this finding the same one in two versions of a file, read
    /// in that version's `data` (as parsed, before validation): its code, its
    /// path with each list index replaced by the entry found there, and what
    /// it is `about`. Not its wording, which may name other entries ("did you
    /// mean …?"), nor an index, which moves when an earlier entry goes.
    pub fn subject(&self, data: &Table) -> String {
        format!(
            "{} {} {}",
            self.code,
            follow(data, &self.path).0,
            self.about
        )
    }
}

/// The errors of `after` that `before` does not have, each found in its own
/// version's data: compared by [`Finding::subject`], counting repeats, so an
/// edit that adds a second copy of an old error adds an error.
pub fn added_errors<'a>(
    before: &[Finding],
    before_data: &Table,
    after: &'a [Finding],
    after_data: &Table,
) -> Vec<&'a Finding> {
    let mut known: BTreeMap<String, usize> = BTreeMap::new();
    for finding in before.iter().filter(|f| f.severity == Severity::Error) {
        *known.entry(finding.subject(before_data)).or_default() += 1;
    }
    after
        .iter()
        .filter(|finding| finding.severity == Severity::Error)
        .filter(
            |finding| match known.get_mut(&finding.subject(after_data)) {
                Some(count) if *count > 0 => {
                    *count -= 1;
                    false
                }
                _ => true,
            },
        )
        .collect()
}

/// What an entry of a list is, for telling errors apart: the entry without
/// the keys that name other entries, which a rename or a forced removal
/// elsewhere rewrites (a feedback is the same feedback when its `by` goes).
fn identity(entry: &Value) -> String {
    match entry {
        Value::Table(table) => {
            let own: Table = table
                .iter()
                .filter(|(key, _)| !super::schema::is_reference(key))
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect();
            own.to_string()
        }
        other => other.to_string(),
    }
}

/// Follows a finding's path (`feedback[2].group`) in some data: the path
/// with each list index replaced by the entry there (its `identity`), and
/// the value at its end.
pub fn follow<'a>(data: &'a Table, path: &str) -> (String, Option<&'a Value>) {
    let mut shown = String::new();
    let mut value: Option<&Value> = None;
    for (depth, segment) in path.split('.').enumerate() {
        let (key, indexes) = segment.split_once('[').unwrap_or((segment, ""));
        value = if depth == 0 {
            data.get(key)
        } else {
            value.and_then(|v| v.get(key))
        };
        shown.push('.');
        shown.push_str(key);
        for index in indexes.split('[').filter(|s| !s.is_empty()) {
            let index = index.trim_end_matches(']').parse::<usize>().ok();
            value = value.zip(index).and_then(|(v, i)| v.get(i));
            shown.push('[');
            shown.push_str(&value.map(identity).unwrap_or_default());
            shown.push(']');
        }
    }
    (shown, value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_its_meaning_in_the_messages() {
        // The test binary speaks English: the messages say what MEANINGS says.
        for (code, english) in code::meanings() {
            let listed = code::MEANINGS.iter().find(|(c, _)| *c == code).unwrap();
            assert_eq!(english, listed.1, "{code}");
        }
    }

    fn data(text: &str) -> Table {
        text.parse().unwrap()
    }

    fn dangling(path: &str) -> Finding {
        Finding::error(code::INVALID_REFERENCE, path, "names no group")
    }

    #[test]
    fn an_error_is_known_by_the_entry_it_is_in_not_its_index() {
        let before = data("feedback = [{group = 'x'}, {group = 'gone'}]");
        let after = data("feedback = [{group = 'gone'}]");
        let old = [dangling("feedback[1].group")];
        let new = [dangling("feedback[0].group")];
        assert!(added_errors(&old, &before, &new, &after).is_empty());
        // Another entry with the same problem is another error.
        let after = data("feedback = [{group = 'gone', text = 'b'}, {group = 'gone'}]");
        let new = [dangling("feedback[0].group"), dangling("feedback[1].group")];
        let added = added_errors(&old, &before, &new, &after);
        assert_eq!(added, [&new[0]]);
    }

    #[test]
    fn a_repeated_error_counts_twice() {
        let before = data("[groups.a]\ntactics = ['gone']");
        let after = data("[groups.a]\ntactics = ['gone', 'gone']");
        let old = [dangling("groups.a.tactics[0]")];
        let new = [
            dangling("groups.a.tactics[0]"),
            dangling("groups.a.tactics[1]"),
        ];
        assert_eq!(added_errors(&old, &before, &new, &after).len(), 1);
    }

    #[test]
    fn wording_and_warnings_do_not_make_an_error_new() {
        let table = data("[groups.a]\ntactics = ['gone']");
        let old = [dangling("groups.a.tactics[0]")];
        let mut reworded = dangling("groups.a.tactics[0]");
        reworded.message.push_str("; did you mean `gone2`?");
        let mut warning = dangling("groups.b");
        warning.severity = Severity::Warning;
        assert!(added_errors(&old, &table, &[reworded, warning], &table).is_empty());
    }

    #[test]
    fn a_new_place_is_a_new_boundary_violation() {
        let table = data("[groups.a]\nboundaries = [{group = 'b'}]");
        let at = |place: &str| {
            let mut finding =
                Finding::error(code::BOUNDARY_VIOLATION, "groups.a.boundaries[0]", "");
            finding.about = place.into();
            finding
        };
        let old = [at("space `chat`")];
        let new = [at("space `chat`"), at("committee `steering`")];
        assert_eq!(added_errors(&old, &table, &new, &table), [&new[1]]);
        assert!(added_errors(&new, &table, &old, &table).is_empty());
    }
}
