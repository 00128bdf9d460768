//! What `coal check` reports: a finding, its severity and its code. They
//! live in the model because validation (here) and the rules (`check`)
//! both make them.

use serde::Serialize;

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
