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
    validated.findings.extend(unusable_organizers(
        &validated.coalition.coalition.organizers,
    ));
    // What validation found is about the text: say where it is written.
    let lines = store::lines::Lines::new(&loaded.text);
    if loaded.private.exists() {
        lines.locate_written(&mut validated.findings);
    } else {
        lines.locate(&mut validated.findings);
    }
    validated.findings.extend(overlay_tracked(&path));
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
        CheckFormat::Github => {
            // Annotations are read by whoever can see the run (on a public
            // repository, anyone): what names a private group stays out.
            let (shown, hidden) = match &loaded.private {
                store::load::Private::Read { .. } => {
                    withhold_private(&validated.coalition, &findings)
                }
                _ => (findings.iter().collect(), 0),
            };
            let mut text = github(
                &path.display().to_string(),
                &lines,
                &shown,
                loaded.private.exists(),
            );
            if hidden > 0 {
                text.push_str(&format!(
                    "::notice title=coal::{}\n",
                    output::workflow_data(&crate::t!("check-private-withheld", count = hidden))
                ));
            }
            text
        }
    };
    let silent = findings.is_empty() && (ctx.quiet || args.format == CheckFormat::Github);
    if !silent || args.format == CheckFormat::Json {
        super::print(&text)?;
    }
    ctx.hand_back(loaded.text);
    ctx.hand_back(validated);
    Ok(errors == 0 && (!args.deny_warnings || warnings == 0))
}

/// `overlay-tracked`: git tracks the plain overlay (an error: anyone with
/// the repository reads it), or neither tracks nor ignores it (a warning: a
/// `git add .` would commit it). No git process runs when there is no plain
/// overlay, so that `coal check` stays cheap; outside a repository git
/// fails and nothing is found.
fn overlay_tracked(coalition: &std::path::Path) -> Option<Finding> {
    let plain = store::private::paths(coalition).plain;
    if std::fs::symlink_metadata(&plain).is_err() {
        return None;
    }
    let name = plain.file_name()?.to_string_lossy().into_owned();
    // One git for both questions: `H` a tracked file, `?` an untracked one
    // that is not ignored, nothing an ignored one.
    let listed = crate::git::git(
        store::folder(&plain),
        &[
            "ls-files",
            "-t",
            "--cached",
            "--others",
            "--exclude-standard",
            "--",
            &name,
        ],
    )
    .ok()?;
    let tag = listed.lines().next()?.split(' ').next()?;
    let file = name.as_str();
    match tag {
        "?" => Some(Finding {
            severity: Severity::Warning,
            ..Finding::error(
                check::code::OVERLAY_TRACKED,
                file,
                crate::t!("private-git-not-ignored", file = file),
            )
        }),
        _ => Some(Finding::error(
            check::code::OVERLAY_TRACKED,
            file,
            crate::t!("private-git-tracked", file = file),
        )),
    }
}

/// `[coalition] organizers` holds public keys the overlay is sealed to: one
/// that does not parse would stop the next seal. Parsing only, no crypto.
fn unusable_organizers(keys: &[String]) -> Vec<Finding> {
    keys.iter()
        .enumerate()
        .filter_map(|(at, key)| {
            let why = store::seal::Recipient::parse(key).err()?;
            Some(Finding::error(
                check::code::INVALID_VALUE,
                format!("coalition.organizers[{at}]"),
                crate::t!("private-organizer-unusable", why = why),
            ))
        })
        .collect()
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
/// The findings that name no group that is not public (by id or name),
/// and how many others there are.
fn withhold_private<'a>(
    coalition: &crate::model::Coalition,
    findings: &'a [Finding],
) -> (Vec<&'a Finding>, usize) {
    let private: Vec<&str> = coalition
        .groups
        .iter()
        .filter(|(_, group)| !group.public)
        .flat_map(|(id, group)| [id.as_str(), group.name.as_str()])
        .filter(|word| !word.is_empty())
        .collect();
    let names = |f: &Finding| {
        private
            .iter()
            .any(|word| f.path.contains(word) || f.message.contains(word))
    };
    let shown: Vec<&Finding> = findings.iter().filter(|f| !names(f)).collect();
    let hidden = findings.len() - shown.len();
    (shown, hidden)
}

/// `exact`: only a finding's own line is given (with a private overlay, a
/// path the shared file does not hold has none there).
fn github(
    file: &str,
    lines: &store::lines::Lines<'_>,
    findings: &[&Finding],
    exact: bool,
) -> String {
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
            let near = || (!exact).then(|| lines.line_of(&f.path)).flatten();
            if let Some(line) = f.line.or_else(near) {
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
