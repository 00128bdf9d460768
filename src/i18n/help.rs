//! `--help` in French. clap writes help from the doc comments of `cli.rs`,
//! which stay the English text; a French run replaces each about text and
//! option description with its translation from `i18n/fr/help.ftl`.

use clap::Command;

/// The command tree with its help in French.
pub fn french(command: Command) -> Command {
    // TODO(issue 18, helper E): translate every about text and option
    // description, and clap's own headings where clap lets us.
    command
}
