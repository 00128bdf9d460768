//! `coal report KIND`: build a report and render it in a format.

use std::path::Path;

use chrono::NaiveDate;

use super::{Context, today};
use crate::cli::ReportArgs;
use crate::error::{Error, Result};
use crate::model::Coalition;
use crate::model::finding::{Finding, Severity};
use crate::output;
use crate::report::{self, Audience, Format, Kind};
use crate::store::lines::Lines;
use crate::store::load::Loaded;
use crate::store::{self, write};

pub fn run(ctx: &mut Context, args: ReportArgs) -> Result<()> {
    let kind = args.kind;
    // `-o -` is standard output, as for every Unix tool.
    let written_to = args.output.filter(|path| path != Path::new("-"));
    let format = format(kind, args.format, written_to.as_deref())?;
    if args.audience == Audience::Public && kind == Kind::Map {
        return Err(Error::usage(
            "the map is for the coalition's organizers only: it shows every group, public or not",
        )
        .hint("to share the coalition outside, make the handout: `coal report handout --format html -o handout.html`"));
    }
    if args.audience == Audience::Public && !kind.public() {
        let public: Vec<&str> = Kind::ALL
            .iter()
            .filter(|k| k.public())
            .map(|k| k.as_str())
            .collect();
        return Err(Error::usage(format!(
            "the {kind} report is for the coalition's organizers only"
        ))
        .hint(format!(
            "reports that may leave the coalition (--audience public): {}",
            public.join(", ")
        )));
    }
    let path = ctx.path()?;
    if let Some(output) = &written_to
        && write::is_coalition_or_lock(output, &path)
    {
        return Err(Error::usage(format!(
            "`-o {}` would replace the coalition file with a report",
            output.display()
        ))
        .hint("write the report to another file, such as report.md"));
    }
    let loaded = store::load(&path)?;
    let audience = report::audience(kind, args.audience);
    if audience == Audience::Public {
        made_public_from_a_sound_file(&path, &loaded, args.audience, "report")?;
    }
    let validated = loaded.validated;
    // Documents speak the coalition's language when it sets one.
    crate::i18n::for_documents(validated.coalition.coalition.language);
    let today = today()?;
    if args.assembly.is_some() && kind == Kind::Handout {
        return Err(Error::usage(
            "`--assembly` chooses the assembly of the invitation; the handout shows the next assembly to come",
        )
        .hint("for another assembly, make its invitation: `coal report invitation --assembly DATE`"));
    }
    if args.assembly.is_some() && kind != Kind::Invitation {
        return Err(Error::usage(format!(
            "`--assembly` chooses the assembly of the invitation; the {kind} report has none"
        )));
    }
    let assembly = if kind == Kind::Invitation {
        Some(invited_to(&validated.coalition, args.assembly, today)?)
    } else {
        None
    };
    let context = report::Context {
        today,
        audience,
        schema_findings: &validated.findings,
        assembly,
        file: ctx.file.as_deref(),
    };
    // A report written to a file is not fitted to the terminal it was
    // asked from.
    let width = match written_to {
        Some(_) => output::piped_width(),
        None => output::width(),
    };
    let (built, text) = {
        // What scripts read is the same in every language.
        let _english = crate::i18n::machine(format.is_machine());
        let built = report::build(kind, &validated.coalition, context);
        let text = report::render(&built, format, width);
        (built, text)
    };
    match &written_to {
        Some(file) if ctx.dry_run => ctx.say(format!(
            "would write the {kind} report to {} ({} bytes) (dry run: nothing written)",
            file.display(),
            text.len()
        )),
        Some(file) => {
            write::write_output(file, text.as_bytes())?;
            ctx.say(format!("wrote the {kind} report to {}", file.display()));
        }
        None => super::print(&text)?,
    }
    ctx.hand_back(built);
    ctx.hand_back(validated);
    Ok(())
}

/// A public report (or export: `what`) is made only from a file without
/// errors in its form.
/// Where the file breaks the schema, coal reads it as best it can (a group
/// with no name is known by its id, a value it cannot read is left out),
/// and such a guess must not leave the coalition: a group's id in a public
/// report tells of the organizers' labels, and of hidden groups of the
/// same name.
pub(crate) fn made_public_from_a_sound_file(
    path: &Path,
    loaded: &Loaded,
    asked: Audience,
    what: &str,
) -> Result<()> {
    let errors: Vec<&Finding> = loaded
        .validated
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    let Some(first) = errors.first() else {
        return Ok(());
    };
    let place = match Lines::new(&loaded.text).position_of(&first.path) {
        Some((line, column)) => format!("{}:{line}:{column}", path.display()),
        None => path.display().to_string(),
    };
    let count = match errors.len() {
        1 => "an error".to_string(),
        n => format!("{n} errors, the first"),
    };
    // A report public by construction (the handout) has no internal
    // version to fall back on.
    let fallback = match asked {
        Audience::Public => {
            format!(" (the internal {what}, without `--audience public`, still works)")
        }
        Audience::Internal => String::new(),
    };
    Err(Error::file(format!(
        "a public {what} is made only from a file without errors, and {} has {count} at {place}: {}: {}",
        path.display(),
        first.path,
        first.message
    ))
    .hint(format!(
        "fix the file first: `coal check` shows each error and what to do{fallback}"
    )))
}

/// The format asked for; else the one the output file's name says
/// (`-o power.svg`); else the report's own. A file named for a format the
/// report does not come as is refused rather than filled with another.
fn format(kind: Kind, asked: Option<Format>, output: Option<&Path>) -> Result<Format> {
    let (format, named_by) = match (asked, output.and_then(Format::of_file)) {
        (Some(format), _) => (format, None),
        (None, Some(named)) => (named, output),
        (None, None) => (kind.default_format(), None),
    };
    if kind.formats().contains(&format) {
        return Ok(format);
    }
    let offered: Vec<&str> = kind.formats().iter().map(|f| f.as_str()).collect();
    let named = match named_by {
        Some(file) => format!(" (as `-o {}` says)", file.display()),
        None => String::new(),
    };
    let error = Error::usage(format!(
        "the {kind} report does not come as {}{named}; it comes as {}",
        format.as_str(),
        offered.join(", ")
    ));
    Err(match (format, named_by) {
        (Format::Svg, _) => {
            let charts: Vec<&str> = Kind::ALL
                .iter()
                .filter(|k| k.formats().contains(&Format::Svg))
                .map(|k| k.as_str())
                .collect();
            error.hint(format!(
                "each chart comes alone as SVG: `coal report {} --format svg`",
                charts.join("|")
            ))
        }
        (_, Some(_)) => error.hint(format!(
            "name the file for its format, such as `-o {kind}.{}`, or give `--format`",
            kind.default_format().extension()
        )),
        (_, None) => error,
    })
}

/// The date of the assembly an invitation is for: the one asked for, else
/// the next to come. An invitation to an assembly already held is asked
/// for by its date, never sent by default.
fn invited_to(c: &Coalition, asked: Option<NaiveDate>, today: NaiveDate) -> Result<NaiveDate> {
    let all = c.all_assemblies();
    let dates: Vec<String> = all.iter().map(|a| a.date.to_string()).collect();
    if all.is_empty() {
        return Err(Error::usage("the invitation needs the assembly's date")
            .hint("set it with `coal step assembly --date YYYY-MM-DD --place PLACE`, or `coal add-assembly DATE` for a later one"));
    }
    match asked {
        Some(date) if all.iter().any(|a| a.date == date) => Ok(date),
        Some(date) => Err(Error::usage(format!("there is no assembly on {date}"))
            .hint(format!("assemblies: {}", dates.join(", ")))),
        None => match c.next_assembly(today) {
            Some(next) => Ok(next.date),
            None => Err(Error::usage(format!(
                "no assembly is to come: the latest was on {} (today is {today})",
                dates.last().expect("not empty")
            ))
            .hint("add the next one with `coal add-assembly DATE`, or give `--assembly DATE` for the invitation to one already held")),
        },
    }
}
