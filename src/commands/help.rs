//! `coal help [COMMAND...]`: clap's help of a command, as `--help` gives
//! it, and `coal help glossary`, where people look for the words.

use clap::CommandFactory;

use crate::cli::{Cli, HelpArgs};
use crate::error::{Error, Result};

pub fn run(args: HelpArgs) -> Result<()> {
    if args.topic == ["glossary"] {
        return super::glossary::run();
    }
    let mut command = Cli::command();
    if crate::i18n::current() == crate::i18n::Lang::Fr {
        command = crate::i18n::help::french(command);
    }
    command.build();
    let mut shown = &mut command;
    for name in &args.topic {
        let known: Vec<String> = shown
            .get_subcommands()
            .map(|sub| sub.get_name().to_string())
            .collect();
        shown = match shown.find_subcommand_mut(name) {
            Some(sub) => sub,
            None => return Err(no_command(name, &known)),
        };
    }
    super::print(&shown.render_long_help().to_string())
}

fn no_command(name: &str, known: &[String]) -> Error {
    let error = Error::usage(crate::t!("help-no-command", name = name));
    match crate::model::id::closest(name, known.iter().map(String::as_str)) {
        Some(near) => error.hint(crate::t!("help-did-you-mean", near = near)),
        None => error.hint(crate::t!("help-no-command-hint")),
    }
}
