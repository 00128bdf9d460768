//! `coal report KIND`: build a report and render it in a format.

use super::{Context, today};
use crate::cli::ReportArgs;
use crate::error::{Error, Result};
use crate::report::{self, Audience, Kind};
use crate::store::{self, write};

pub fn run(ctx: &mut Context, args: ReportArgs) -> Result<()> {
    let kind = args.kind;
    let format = args.format.unwrap_or(kind.default_format());
    if !kind.formats().contains(&format) {
        let offered: Vec<&str> = kind.formats().iter().map(|f| f.as_str()).collect();
        return Err(Error::usage(format!(
            "the {kind} report does not come as {}; it comes as {}",
            format.as_str(),
            offered.join(", ")
        )));
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
    if let Some(output) = &args.output
        && write::is_coalition_or_lock(output, &path)
    {
        return Err(Error::usage(format!(
            "`-o {}` would replace the coalition file with a report",
            output.display()
        ))
        .hint("write the report to another file, such as report.md"));
    }
    let validated = store::load(&path)?.validated;
    if kind == Kind::Invitation && validated.coalition.steps.assembly.date.is_none() {
        return Err(Error::usage("the invitation needs the assembly's date")
            .hint("set it with `coal step assembly --date YYYY-MM-DD --place PLACE`"));
    }
    let context = report::Context {
        today: today()?,
        audience: args.audience,
        schema_findings: &validated.findings,
    };
    let built = report::build(kind, &validated.coalition, context);
    let text = report::render(&built, format);
    match &args.output {
        Some(output) => {
            write::write_output(output, text.as_bytes())?;
            ctx.say(format!("wrote the {kind} report to {}", output.display()));
        }
        None => super::print(&text)?,
    }
    ctx.hand_back(built);
    ctx.hand_back(validated);
    Ok(())
}
