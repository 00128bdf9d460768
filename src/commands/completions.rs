//! `coal completions SHELL`.

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Command, CommandFactory};

use crate::cli::{Cli, CompletionsArgs};
use crate::error::Result;
use crate::steps::Step;

pub fn run(args: CompletionsArgs) -> Result<()> {
    let mut command = offering_words(Cli::command());
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "coal", &mut out);
    super::print(&String::from_utf8_lossy(&out))
}

/// `command` with the words its free arguments take named, for the shells
/// to offer: the steps at `coal step`, the commands and `glossary` at `coal
/// help`. Their parsers take more (`coal step 2`) and say what is wrong in
/// their own words, so the words are added here, where nothing is parsed.
fn offering_words(command: Command) -> Command {
    let steps = Step::ALL.map(|step| PossibleValue::new(step.key()).help(step.title()));
    // `glossary` is a command too, so the commands are every topic.
    let topics: Vec<PossibleValue> = command
        .get_subcommands()
        .map(|sub| {
            let value = PossibleValue::new(sub.get_name().to_owned());
            match sub.get_about() {
                Some(about) => value.help(about.clone()),
                None => value,
            }
        })
        .collect();
    command
        .mut_subcommand("step", |step| {
            step.mut_arg("step", |arg| {
                arg.value_parser(PossibleValuesParser::new(steps))
            })
        })
        .mut_subcommand("help", |help| {
            help.mut_arg("topic", |arg| {
                arg.value_parser(PossibleValuesParser::new(topics))
            })
        })
}
