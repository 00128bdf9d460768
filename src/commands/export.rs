//! `coal export FORMAT`: the coalition as one graph for another tool.

use std::path::Path;

use clap::ValueEnum;

use super::Context;
use crate::cli::{ExportArgs, ExportFormat};
use crate::error::{Error, Result};
use crate::export::{self, Graph};
use crate::report::Audience;
use crate::store::{self, write};

pub fn run(ctx: &mut Context, args: ExportArgs) -> Result<()> {
    let written_to = args.output.filter(|path| path != Path::new("-"));
    let path = ctx.path()?;
    if let Some(output) = &written_to
        && write::is_coalition_or_lock(output, &path)
    {
        return Err(Error::usage(crate::t!(
            "export-over-the-coalition",
            file = output.display().to_string()
        ))
        .hint(crate::t!(
            "export-over-the-coalition-hint",
            extension = extension(args.format)
        )));
    }
    let loaded = store::load(&path)?;
    if args.audience == Audience::Public {
        super::report::made_public_from_a_sound_file(&path, &loaded, Audience::Public, "export")?;
    }
    // The file is for another tool: the same in every language.
    let (graph, text) = {
        let _english = crate::i18n::machine(true);
        let graph = Graph::of(&loaded.validated.coalition, args.audience);
        let text = export::render(&graph, args.format);
        (graph, text)
    };
    // The format's name as typed on the command line: `graphml`.
    let format = args
        .format
        .to_possible_value()
        .expect("every format has a name")
        .get_name()
        .to_string();
    match &written_to {
        Some(file) if ctx.dry_run => ctx.say(crate::t!(
            "export-would-write",
            format = format.as_str(),
            file = file.display().to_string(),
            bytes = text.len()
        )),
        Some(file) => {
            write::write_output(file, text.as_bytes())?;
            ctx.say(crate::t!(
                "export-wrote",
                format = format.as_str(),
                file = file.display().to_string(),
                nodes = graph.nodes.len(),
                edges = graph.edges.len()
            ));
        }
        None => super::print(&text)?,
    }
    ctx.hand_back(graph);
    ctx.hand_back(loaded);
    Ok(())
}

/// The extension a file of `format` usually has, for a hint.
fn extension(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Kumu | ExportFormat::Oligrapher => "json",
        ExportFormat::Dot => "dot",
        ExportFormat::Gexf => "gexf",
        ExportFormat::Graphml => "graphml",
    }
}
