//! coal, a command-line planner for agile coalitions.
//!
//! Data flows one way: file → document → model → (check | report | edit) → output.

pub mod check;
pub mod cli;
pub mod commands;
pub mod error;
pub mod export;
pub mod git;
pub mod i18n;
pub mod import;
pub mod model;
pub mod output;
pub mod prompt;
pub mod report;
pub mod steps;
pub mod store;

use std::any::Any;
use std::io::Write;

use cli::{Cli, Command};
use commands::Context;
use error::Result;
use model::Register;
use output::for_stderr;

/// How a command line ran.
pub struct Finished {
    /// False when the command ran and its verdict is a failure (exit 1):
    /// `check` found errors, `fmt --check` a difference, `merge-driver`
    /// left conflicts.
    pub passed: bool,
    /// Data the command is done with (a large coalition, its report).
    /// Dropping it frees it, as an in-process caller should; a process that
    /// exits right after may leave it to the system (`main` does).
    pub spent: Vec<Box<dyn Any>>,
}

/// Runs one command line.
pub fn run(cli: Cli) -> Result<Finished> {
    i18n::choose(cli.lang);
    let color = match cli.color {
        cli::Color::Always => true,
        cli::Color::Never => false,
        cli::Color::Auto => {
            use std::io::IsTerminal;
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    let interactive = prompt::interactive(cli.no_input);
    let mut terminal;
    let mut no_input = prompt::NoInput;
    let prompter: &mut dyn prompt::Prompter = if interactive {
        terminal = prompt::Terminal::open(color);
        // Only a person at a terminal unlocks a key with a passphrase.
        store::seal::set_passphrase_asker(Box::new(prompt::passphrase));
        &mut terminal
    } else {
        &mut no_input
    };
    let mut ctx = Context {
        file: cli.file,
        dry_run: cli.dry_run,
        quiet: cli.quiet,
        color,
        interactive,
        prompter,
        spent: Vec::new(),
    };
    let passed = command(&mut ctx, cli.command);
    // Said once, whatever the command read the coalition for; a stderr
    // that cannot take them (closed) is no reason to fail.
    let mut notes = Vec::new();
    if let Some((from, why)) = store::private::not_read() {
        let mut note = crate::t!(
            "private-not-read",
            file = from.display().to_string(),
            why = why.message.as_str()
        );
        for hint in &why.hints {
            note.push_str(&format!("\n  {hint}"));
        }
        notes.push(note);
    }
    if let Some(plain) = store::private::working_copy_read() {
        notes.push(crate::t!(
            "private-working-copy",
            file = plain.display().to_string()
        ));
    }
    if let Some(plain) = store::private::stale_copy() {
        notes.push(crate::t!(
            "private-stale-copy",
            file = plain.display().to_string()
        ));
    }
    if !ctx.quiet {
        for note in notes {
            let _ = writeln!(
                std::io::stderr(),
                "{}",
                for_stderr(&output::clean_lines(&note))
            );
        }
    }
    let passed = passed?;
    Ok(Finished {
        passed,
        spent: ctx.spent,
    })
}

/// Runs one subcommand; false when its verdict is a failure.
fn command(ctx: &mut Context, command: Command) -> Result<bool> {
    match command {
        Command::Init(args) => commands::init::run(ctx, args)?,
        Command::UpdateCoalition(args) => commands::update_coalition::run(ctx, args)?,
        Command::AddGroup(args) => commands::add_group::run(ctx, args)?,
        Command::UpdateGroup(args) => commands::update_group::run(ctx, args)?,
        Command::RemoveGroup(args) => commands::remove::run(ctx, Register::Groups, args)?,
        Command::RenameGroup(args) => commands::rename::run(ctx, Register::Groups, args)?,
        Command::AddTactic(args) => commands::add_tactic::run(ctx, args)?,
        Command::UpdateTactic(args) => commands::update_tactic::run(ctx, args)?,
        Command::AddSpace(args) => commands::add_space::run(ctx, args)?,
        Command::UpdateSpace(args) => commands::update_space::run(ctx, args)?,
        Command::AddCommittee(args) => commands::add_committee::run(ctx, args)?,
        Command::UpdateCommittee(args) => commands::update_committee::run(ctx, args)?,
        Command::AddPerson(args) => commands::add_person::run(ctx, args)?,
        Command::UpdatePerson(args) => commands::update_person::run(ctx, args)?,
        Command::AddBoundary(args) => commands::add_boundary::run(ctx, args)?,
        Command::RemoveBoundary(args) => commands::remove_boundary::run(ctx, args)?,
        Command::LogFeedback(args) => commands::log_feedback::run(ctx, args)?,
        Command::LogDecision(args) => commands::log_decision::run(ctx, args)?,
        Command::UpdateDecision(args) => commands::update_decision::run(ctx, args)?,
        Command::AddAssembly(args) => commands::add_assembly::run(ctx, args)?,
        Command::UpdateAssembly(args) => commands::update_assembly::run(ctx, args)?,
        Command::RemoveTactic(args) => commands::remove::run(ctx, Register::Tactics, args)?,
        Command::RenameTactic(args) => commands::rename::run(ctx, Register::Tactics, args)?,
        Command::RemoveSpace(args) => commands::remove::run(ctx, Register::Spaces, args)?,
        Command::RenameSpace(args) => commands::rename::run(ctx, Register::Spaces, args)?,
        Command::RemoveCommittee(args) => commands::remove::run(ctx, Register::Committees, args)?,
        Command::RenameCommittee(args) => commands::rename::run(ctx, Register::Committees, args)?,
        Command::RemovePerson(args) => commands::remove::run(ctx, Register::People, args)?,
        Command::RenamePerson(args) => commands::rename::run(ctx, Register::People, args)?,
        Command::Steps => commands::steps::run(ctx)?,
        Command::Step(args) => commands::step::run(ctx, *args)?,
        Command::List(args) => commands::list::run(ctx, args)?,
        Command::Show(args) => commands::show::run(ctx, args)?,
        Command::Report(args) => commands::report::run(ctx, args)?,
        Command::Import(args) => return commands::import::run(ctx, args),
        Command::Export(args) => commands::export::run(ctx, args)?,
        Command::Check(args) => return commands::check::run(ctx, args),
        Command::Fmt(args) => return commands::fmt::run(ctx, args),
        Command::Diff(args) => commands::diff::run(ctx, args)?,
        Command::History(args) => commands::history::run(ctx, args)?,
        Command::MergeDriver(args) => return commands::merge_driver::run(ctx, args),
        Command::GitSetup => commands::git_setup::run(ctx)?,
        Command::Private(command) => commands::private::run(ctx, command)?,
        Command::Schema => commands::schema::run()?,
        Command::Completions(args) => commands::completions::run(args)?,
        Command::Glossary => commands::glossary::run()?,
        Command::Help(args) => commands::help::run(args)?,
    }
    Ok(true)
}
