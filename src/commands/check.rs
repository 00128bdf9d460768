//! `coal check`: validate the file and diagnose the coalition (SPEC §7).

use serde_json::json;

use super::Context;
use crate::check::{self, Finding, Severity};
use crate::cli::{CheckArgs, CheckFormat};
use crate::error::Result;
use crate::output;
use crate::store;

/// Returns whether the check passed (exit 0).
pub fn run(ctx: &mut Context, args: CheckArgs) -> Result<bool> {
    let path = ctx.path()?;
    let validated = store::load(&path)?.validated;
    let findings = check::run(&validated.coalition, &validated.findings, super::today()?);
    let errors = check::count(&findings, Severity::Error);
    let warnings = check::count(&findings, Severity::Warning);
    let infos = check::count(&findings, Severity::Info);
    let text = match args.format {
        CheckFormat::Json => output::json(&json!({
            "errors": errors,
            "warnings": warnings,
            "infos": infos,
            "findings": findings,
        })),
        CheckFormat::Text => text(
            &path.display().to_string(),
            &findings,
            [errors, warnings, infos],
        ),
    };
    if !(ctx.quiet && findings.is_empty() && args.format == CheckFormat::Text) {
        super::print(&text);
    }
    Ok(errors == 0 && (!args.deny_warnings || warnings == 0))
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

fn text(file: &str, findings: &[Finding], [errors, warnings, infos]: [usize; 3]) -> String {
    let mut text: String = findings
        .iter()
        .map(|f| {
            format!(
                "{}[{}] {}: {}\n",
                f.severity.as_str(),
                f.code,
                output::clean(&f.path),
                output::clean(&f.message)
            )
        })
        .collect();
    if findings.is_empty() {
        text.push_str(&format!("{file}: no problems found\n"));
    } else {
        text.push_str(&format!(
            "{file}: {}, {}, {}\n",
            plural(errors, "error"),
            plural(warnings, "warning"),
            plural(infos, "info")
        ));
    }
    text
}
