//! Help that teaches: every option is described, global options stand
//! apart, every vocabulary is explained where it is chosen, and the
//! glossary holds every word.

use clap::CommandFactory;
use coal::cli::Cli;

/// Every argument of every command, and every word it may take, that has
/// no help text (`coal add-group status`).
fn undescribed(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
    for arg in command.get_arguments() {
        let builtin = matches!(arg.get_id().as_str(), "help" | "version");
        if !builtin && arg.get_help().is_none() && arg.get_long_help().is_none() {
            missing.push(format!("{path} {}", arg.get_id()));
        }
        // A chosen word says what it means; the shells are clap's own list.
        if arg.get_action().takes_values() && arg.get_id() != "shell" {
            for value in arg.get_possible_values() {
                if value.get_help().is_none() {
                    missing.push(format!("{path} {} {}", arg.get_id(), value.get_name()));
                }
            }
        }
    }
    for sub in command.get_subcommands() {
        undescribed(sub, &format!("{path} {}", sub.get_name()), missing);
    }
}

#[test]
fn every_option_and_argument_has_a_description() {
    let mut missing = Vec::new();
    undescribed(&Cli::command(), "coal", &mut missing);
    assert!(
        missing.is_empty(),
        "without help text:\n{}",
        missing.join("\n")
    );
}
