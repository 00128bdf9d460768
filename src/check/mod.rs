//! `coal check`: findings about the file and the coalition.
//!
//! Schema findings (`invalid-value`, `invalid-reference`, `unknown-key`)
//! come from `model::validate`; the coalition rules run on the validated model.

use chrono::NaiveDate;

use crate::model::Coalition;

pub mod rules;

pub use crate::model::finding::{Finding, Severity, code};

/// Every finding: schema findings plus those of each rule, sorted by
/// severity, then code, then path (SPEC §7).
pub fn run(coalition: &Coalition, schema_findings: &[Finding], today: NaiveDate) -> Vec<Finding> {
    run_on(coalition, schema_findings, today, Read::Whole)
}

/// How much of the coalition was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    Whole,
    /// The shared file alone: its private overlay is sealed and was not
    /// opened. The rules that judge the whole membership are skipped.
    SharedOnly,
}

impl Read {
    /// The codes of the rules skipped when this much was read.
    pub fn skipped(self) -> Vec<&'static str> {
        match self {
            Read::Whole => Vec::new(),
            Read::SharedOnly => rules::WHOLE_COALITION_RULES
                .iter()
                .map(|(code, _)| *code)
                .collect(),
        }
    }
}

/// `run`, on a coalition read whole or from the shared file alone.
pub fn run_on(
    coalition: &Coalition,
    schema_findings: &[Finding],
    today: NaiveDate,
    read: Read,
) -> Vec<Finding> {
    let mut findings = schema_findings.to_vec();
    let context = rules::Context { today };
    for rule in rules::RULES {
        findings.extend(rule(coalition, &context));
    }
    if read == Read::Whole {
        for (_, rule) in rules::WHOLE_COALITION_RULES {
            findings.extend(rule(coalition, &context));
        }
    }
    sort(&mut findings);
    findings
}

/// The errors among every finding. No rule's error depends on the date
/// (only warnings do), so none is asked for.
pub fn errors(coalition: &Coalition, schema_findings: &[Finding]) -> Vec<Finding> {
    run(coalition, schema_findings, NaiveDate::MIN)
        .into_iter()
        .filter(|finding| finding.severity == Severity::Error)
        .collect()
}

/// Whether the rules could find an error in this data (validated, in the
/// file's shape). Among them only `boundary-violation` is an error (SPEC §7),
/// and only a boundary against a group can be crossed: without one, an edit
/// need not build the model to know it adds no rule error.
pub fn may_find_errors(data: &toml::Table) -> bool {
    let Some(toml::Value::Table(groups)) = data.get("groups") else {
        return false;
    };
    groups.values().any(|group| {
        group
            .get("boundaries")
            .and_then(toml::Value::as_array)
            .is_some_and(|boundaries| boundaries.iter().any(|b| b.get("group").is_some()))
    })
}

pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (a.severity, a.code, &a.path, &a.message).cmp(&(b.severity, b.code, &b.path, &b.message))
    });
}

pub fn count(findings: &[Finding], severity: Severity) -> usize {
    findings.iter().filter(|f| f.severity == severity).count()
}
