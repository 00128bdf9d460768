//! `coal report KIND`: build a report and render it in a format.

use std::path::Path;

use chrono::NaiveDate;

use super::{Context, today};
use crate::cli::ReportArgs;
use crate::error::{Error, Result};
use crate::git::history::Query;
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
    if args.since.is_some() {
        since_offered(kind, args.audience)?;
    }
    if args.audience == Audience::Public && kind == Kind::Map {
        return Err(Error::usage(crate::t!("report-map-internal"))
            .hint(crate::t!("report-map-internal-hint")));
    }
    if args.audience == Audience::Public && !kind.public() {
        let public: Vec<&str> = Kind::ALL
            .iter()
            .filter(|k| k.public())
            .map(|k| k.as_str())
            .collect();
        return Err(
            Error::usage(crate::t!("report-internal", kind = kind.as_str())).hint(crate::t!(
                "report-internal-hint",
                reports = public.join(", ")
            )),
        );
    }
    let path = ctx.path()?;
    if let Some(output) = &written_to
        && write::is_coalition_or_lock(output, &path)
    {
        return Err(Error::usage(crate::t!(
            "report-over-the-coalition",
            file = output.display().to_string()
        ))
        .hint(crate::t!("report-over-the-coalition-hint")));
    }
    let loaded = store::load(&path)?;
    let audience = report::audience(kind, args.audience);
    if audience == Audience::Public {
        made_public_from_a_sound_file(&path, &loaded, args.audience, "report")?;
    }
    let validated = loaded.validated;
    let today = today()?;
    if args.assembly.is_some() && kind == Kind::Handout {
        return Err(Error::usage(crate::t!("report-assembly-handout"))
            .hint(crate::t!("report-assembly-handout-hint")));
    }
    if args.assembly.is_some() && kind != Kind::Invitation {
        return Err(Error::usage(crate::t!(
            "report-assembly-none",
            kind = kind.as_str()
        )));
    }
    let assembly = if kind == Kind::Invitation {
        Some(invited_to(&validated.coalition, args.assembly, today)?)
    } else {
        None
    };
    // First parent only: a merge tells what its branch brought in, so each
    // group's trail is one line of moves, not two branches interleaved by
    // date.
    let history = match &args.since {
        Some(since) => Some(super::history::read(
            ctx,
            &path,
            &Query {
                since: Some(since.clone()),
                until: None,
                first_parent: true,
                working: true,
                from_bound: true,
            },
        )?),
        None => None,
    };
    let base = match history.as_ref().and_then(|h| h.base.as_deref()) {
        Some(text) => Some(at_the_bound(&path, &label_of(&args.since), text)?),
        None => None,
    };
    let label = args.since.as_ref().map(ToString::to_string);
    let since = history
        .as_ref()
        .zip(label.as_deref())
        .map(|(history, label)| report::Since {
            label,
            history,
            base: base.as_ref(),
        });
    let context = report::Context {
        today,
        audience,
        schema_findings: &validated.findings,
        assembly,
        file: ctx.file.as_deref(),
        since,
    };
    // A report written to a file is not fitted to the terminal it was
    // asked from.
    let width = match written_to {
        Some(_) => output::piped_width(),
        None => output::width(),
    };
    let (built, text) = {
        // The document speaks the coalition's language when it sets one;
        // what coal says around it (refusals, "wrote the report") speaks
        // the language of the person running coal. What scripts read is
        // the same in every language.
        let _coalitions = crate::i18n::for_documents(validated.coalition.coalition.language);
        let _english = crate::i18n::machine(format.is_machine());
        let built = report::build(kind, &validated.coalition, context);
        let text = report::render(&built, format, width);
        (built, text)
    };
    match &written_to {
        Some(file) if ctx.dry_run => ctx.say(crate::t!(
            "report-would-write",
            kind = kind.as_str(),
            file = file.display().to_string(),
            bytes = text.len()
        )),
        Some(file) => {
            write::write_output(file, text.as_bytes())?;
            ctx.say(crate::t!(
                "report-wrote",
                kind = kind.as_str(),
                file = file.display().to_string()
            ));
        }
        None => super::print(&text)?,
    }
    ctx.hand_back(built);
    ctx.hand_back(validated);
    Ok(())
}

/// The file as it was at `--since`, for where each group stood then. A
/// version that does not parse cannot tell it: refused, naming the bound.
fn at_the_bound(path: &Path, since: &str, text: &str) -> Result<Coalition> {
    // Named as git names a file at a revision, so that the line the error
    // points at is not taken for one of the file on disk.
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    store::load::parse(Path::new(&format!("{since}:{name}")), text)
        .map(|loaded| loaded.coalition)
        .map_err(|error| {
            Error::usage(crate::t!(
                "report-since-base-unreadable",
                error = error.message
            ))
            .hint(crate::t!("report-since-base-unreadable-hint"))
        })
}

fn label_of(since: &Option<crate::model::history::Bound>) -> String {
    since.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// `--since` is for the spectrum and the map, which draw the moves; and
/// history is internal.
fn since_offered(kind: Kind, audience: Audience) -> Result<()> {
    let offered = [Kind::Spectrum, Kind::Map];
    if !offered.contains(&kind) {
        let kinds: Vec<&str> = offered.iter().map(|k| k.as_str()).collect();
        return Err(
            Error::usage(crate::t!("report-since-kind", kind = kind.as_str())).hint(crate::t!(
                "report-since-kind-hint",
                kinds = kinds.join(", ")
            )),
        );
    }
    if audience == Audience::Public {
        return Err(Error::usage(crate::t!("report-since-public"))
            .hint(crate::t!("report-since-public-hint")));
    }
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
    let error = crate::t!(
        "report-public-needs-a-sound-file",
        what = what,
        file = path.display().to_string(),
        errors = errors.len(),
        place = place,
        key = first.path.as_str(),
        problem = first.message.as_str()
    );
    // A report public by construction (the handout) has no internal
    // version to fall back on.
    let hint = match asked {
        Audience::Public => crate::t!(
            "report-public-needs-a-sound-file-hint-internal",
            what = what
        ),
        Audience::Internal => crate::t!("report-public-needs-a-sound-file-hint"),
    };
    Err(Error::file(error).hint(hint))
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
    let error = Error::usage(match named_by {
        Some(file) => crate::t!(
            "report-format-not-offered-named",
            kind = kind.as_str(),
            format = format.as_str(),
            file = file.display().to_string(),
            formats = offered.join(", ")
        ),
        None => crate::t!(
            "report-format-not-offered",
            kind = kind.as_str(),
            format = format.as_str(),
            formats = offered.join(", ")
        ),
    });
    Err(match (format, named_by) {
        (Format::Svg, _) => {
            let charts: Vec<&str> = Kind::ALL
                .iter()
                .filter(|k| k.formats().contains(&Format::Svg))
                .map(|k| k.as_str())
                .collect();
            error.hint(crate::t!("report-svg-hint", charts = charts.join("|")))
        }
        (_, Some(_)) => error.hint(crate::t!(
            "report-format-named-hint",
            kind = kind.as_str(),
            extension = kind.default_format().extension()
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
        return Err(Error::usage(crate::t!("report-invitation-no-assembly"))
            .hint(crate::t!("report-invitation-no-assembly-hint")));
    }
    match asked {
        Some(date) if all.iter().any(|a| a.date == date) => Ok(date),
        Some(date) => Err(Error::usage(crate::t!(
            "report-no-assembly-on",
            date = date.to_string()
        ))
        .hint(crate::t!("report-assemblies", dates = dates.join(", ")))),
        None => match c.next_assembly(today) {
            Some(next) => Ok(next.date),
            None => Err(Error::usage(crate::t!(
                "report-no-assembly-to-come",
                latest = dates.last().expect("not empty").as_str(),
                today = today.to_string()
            ))
            .hint(crate::t!("report-no-assembly-to-come-hint"))),
        },
    }
}
