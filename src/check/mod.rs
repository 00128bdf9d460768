//! `coal check`: findings about the file and the coalition.
//!
//! Schema findings (`invalid-value`, `invalid-reference`, `unknown-key`)
//! come from `model::validate`; the coalition rules run on the validated model.

use serde::Serialize;

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

/// The finding codes of SPEC §7 that this version knows.
pub mod code {
    pub const INVALID_REFERENCE: &str = "invalid-reference";
    pub const INVALID_VALUE: &str = "invalid-value";
    pub const UNKNOWN_KEY: &str = "unknown-key";
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

/// A rule reads the validated coalition and reports what it finds.
pub type Rule = fn(&Coalition) -> Vec<Finding>;

/// The coalition rules, run in this order (their findings are sorted after).
/// The diagnostics of SPEC §7 beyond schema validation join this table.
pub const RULES: &[Rule] = &[];

/// Every finding: schema findings plus those of each rule, sorted by
/// severity, then code, then path (SPEC §7).
pub fn run(coalition: &Coalition, schema_findings: &[Finding]) -> Vec<Finding> {
    let mut findings = schema_findings.to_vec();
    for rule in RULES {
        findings.extend(rule(coalition));
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
