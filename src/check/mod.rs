//! `coal check`: findings about the file and the coalition.
//!
//! Schema findings (`invalid-value`, `invalid-reference`, `unknown-key`)
//! come from `model::validate`; the coalition rules run on the validated model.

use serde::Serialize;

use chrono::NaiveDate;

use crate::model::Coalition;

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

pub mod rules;

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
    pub const DENOUNCING_RISK: &str = "denouncing-risk";
    pub const SINGLE_TACTIC: &str = "single-tactic";
    pub const MISSING_ROLES: &str = "missing-roles";
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Finding {
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    /// A dotted key path into the file, such as `groups.sol-migrant.tactics`.
    pub path: String,
}

impl Finding {
    pub fn error(code: &'static str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Finding {
            severity: Severity::Error,
            code,
            message: message.into(),
            path: path.into(),
        }
    }

    pub fn info(code: &'static str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Finding {
            severity: Severity::Info,
            code,
            message: message.into(),
            path: path.into(),
        }
    }
}

/// Every finding: schema findings plus those of each rule, sorted by
/// severity, then code, then path (SPEC §7).
pub fn run(coalition: &Coalition, schema_findings: &[Finding], today: NaiveDate) -> Vec<Finding> {
    let mut findings = schema_findings.to_vec();
    let context = rules::Context { today };
    for rule in rules::RULES {
        findings.extend(rule(coalition, &context));
    }
    sort(&mut findings);
    findings
}

pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (a.severity, a.code, &a.path, &a.message).cmp(&(b.severity, b.code, &b.path, &b.message))
    });
}

pub fn count(findings: &[Finding], severity: Severity) -> usize {
    findings.iter().filter(|f| f.severity == severity).count()
}
