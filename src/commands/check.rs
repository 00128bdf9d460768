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
    // Findings are worded as they are found: in English when scripts read them.
    let _english = crate::i18n::machine(args.format != CheckFormat::Text);
    let path = ctx.path()?;
    let loaded = store::load(&path)?;
    let mut validated = loaded.validated;
    // What validation found is about the text: say where it is written.
    let lines = store::lines::Lines::new(&loaded.text);
    lines.locate(&mut validated.findings);
    let read = match loaded.private {
        store::load::Private::Unread { .. } => check::Read::SharedOnly,
        _ => check::Read::Whole,
    };
    let findings = check::run_on(
        &validated.coalition,
        &validated.findings,
        super::today()?,
        read,
    );
    let skipped = read.skipped();
    let errors = check::count(&findings, Severity::Error);
    let warnings = check::count(&findings, Severity::Warning);
    let infos = check::count(&findings, Severity::Info);
    let text = match args.format {
        CheckFormat::Json => {
            let mut report = json!({
                "errors": errors,
                "warnings": warnings,
                "infos": infos,
                "findings": findings,
            });
            // Only when some were: a whole coalition's report keeps its shape.
            if !skipped.is_empty() {
                report["skipped"] = json!(skipped);
            }
            output::json(&report)
        }
        CheckFormat::Text => {
            let mut text = text(
                &output::clean(&path.display().to_string()),
                &findings,
                [errors, warnings, infos],
                ctx.color,
                output::width(),
            );
            // A clean check of half the coalition is not a clean coalition.
            if !skipped.is_empty() && !ctx.quiet {
                let codes = skipped.join(", ");
                text = format!(
                    "{}\n{}",
                    text.trim_end_matches('\n'),
                    crate::t!("check-private-skipped", codes = codes)
                );
            }
            text
        }
        CheckFormat::Github => github(&path.display().to_string(), &lines, &findings),
    };
    let silent = findings.is_empty() && (ctx.quiet || args.format == CheckFormat::Github);
    if !silent || args.format == CheckFormat::Json {
        super::print(&text)?;
    }
    ctx.hand_back(loaded.text);
    ctx.hand_back(validated);
    Ok(errors == 0 && (!args.deny_warnings || warnings == 0))
}

fn text(
    file: &str,
    findings: &[Finding],
    [errors, warnings, infos]: [usize; 3],
    color: bool,
    width: usize,
) -> String {
    let mut text: String = findings
        .iter()
        .map(|f| {
            let colour = match f.severity {
                Severity::Error => "31",
                Severity::Warning => "33",
                Severity::Info => "36",
            };
            let severity = severity_word(f.severity);
            let finding = crate::t!(
                "check-finding",
                severity = severity.as_str(),
                code = f.code,
                path = output::clean(&f.path),
                message = output::clean(&f.message)
            );
            // Wrapped before it is painted: colour codes take no room.
            let text = output::wrap("", 2, &finding, width);
            let mut text = format!(
                "{}{}",
                super::paint(color, colour, &severity),
                &text[severity.len()..]
            );
            // Where to look, as a syntax error says it (editors follow it).
            if let (Some(line), Some(column)) = (f.line, f.column) {
                let place = format!("{file}:{line}:{column}");
                text.push_str(&output::wrap("  --> ", 6, &place, width));
            }
            text
        })
        .collect();
    text.push_str(&output::wrap(
        "",
        2,
        &summary(file, [errors, warnings, infos]),
        width,
    ));
    text
}

/// How grave a finding is, in the words of the screen (the codes and JSON
/// keep `error`, `warning`, `info`).
fn severity_word(severity: Severity) -> String {
    match severity {
        Severity::Error => crate::t!("check-severity-error"),
        Severity::Warning => crate::t!("check-severity-warning"),
        Severity::Info => crate::t!("check-severity-info"),
    }
}

/// The last line of `coal check`: how many findings of each severity.
pub fn summary(file: &str, [errors, warnings, infos]: [usize; 3]) -> String {
    if errors + warnings + infos == 0 {
        return crate::t!("check-clean", file = file);
    }
    crate::t!(
        "check-summary",
        file = file,
        errors = errors,
        warnings = warnings,
        infos = infos
    )
}

/// GitHub Actions workflow commands: one annotation per finding, on the line
/// of the key it is about when the file has one.
fn github(file: &str, lines: &store::lines::Lines<'_>, findings: &[Finding]) -> String {
    let file = output::workflow_property(file);
    findings
        .iter()
        .map(|f| {
            let level = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut properties = format!("file={file}");
            if let Some(line) = f.line.or_else(|| lines.line_of(&f.path)) {
                properties.push_str(&format!(",line={line}"));
            }
            properties.push_str(&format!(
                ",title={}",
                output::workflow_property(&format!("coal {}: {}", f.code, f.path))
            ));
            format!(
                "::{level} {properties}::{}\n",
                output::workflow_data(&f.message)
            )
        })
        .collect()
}
