//! One file per subcommand: parse → model/store calls → output.

pub mod add_group;
pub mod check;
mod group_fields;
pub mod init;
pub mod list;
pub mod remove;
pub mod rename;
pub mod show;
pub mod update_group;

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::Register;
use crate::model::id::closest;
use crate::prompt::Prompter;
use crate::store::{self, Outcome, document};
use toml_edit::DocumentMut;

/// What every command gets: the global flags and a way to ask.
pub struct Context<'a> {
    /// `--file` or `COAL_FILE`, when given.
    pub file: Option<PathBuf>,
    pub dry_run: bool,
    pub quiet: bool,
    /// Whether prompts reach a person (see `prompt::interactive`).
    pub interactive: bool,
    pub prompter: &'a mut dyn Prompter,
}

impl Context<'_> {
    /// The coalition file to work on (SPEC §2).
    pub fn path(&self) -> Result<PathBuf> {
        let cwd = std::env::current_dir()
            .map_err(|err| Error::file(format!("cannot read the current folder: {err}")))?;
        store::locate(self.file.as_deref(), &cwd)
    }

    /// A status line for the person (stderr, silenced by `--quiet`).
    pub fn say(&self, message: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", message.as_ref());
        }
    }

    /// Reports what an edit did, or under `--dry-run` what it would do.
    pub fn done(&self, outcome: &Outcome, message: impl AsRef<str>) {
        match outcome {
            Outcome::Written => self.say(message),
            Outcome::DryRun(diff) => {
                print(diff);
                self.say(format!("{} (dry run: nothing written)", message.as_ref()));
            }
            Outcome::Unchanged => self.say("nothing to change: the file already says that"),
        }
    }
}

/// Requested output, on stdout. A closed pipe (`coal list groups | head`) is
/// not an error.
pub fn print(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let result = stdout.write_all(text.as_bytes());
    let result = result.and_then(|()| {
        if text.ends_with('\n') || text.is_empty() {
            Ok(())
        } else {
            stdout.write_all(b"\n")
        }
    });
    if let Err(err) = result.and_then(|()| stdout.flush())
        && err.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

/// Today, or `COAL_TODAY` when set (reproducible reports and tests).
pub fn today() -> Result<NaiveDate> {
    match std::env::var("COAL_TODAY") {
        Ok(text) => NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
            Error::usage(format!(
                "COAL_TODAY must be a date like 2026-11-25, got `{text}`"
            ))
        }),
        Err(_) => Ok(chrono::Local::now().date_naive()),
    }
}

/// Fails unless the register has an entry `id`; the error names the nearest
/// existing id when there is one.
pub fn require(doc: &DocumentMut, register: Register, id: &str) -> Result<()> {
    if document::entry(doc, register, id).is_some() {
        return Ok(());
    }
    let existing = document::ids(doc, register);
    let mut error = Error::usage(format!("there is no {} `{id}`", register.singular()));
    if let Some(near) = closest(id, existing.iter().map(String::as_str)) {
        error = error.hint(format!("did you mean `{near}`?"));
    } else {
        error = error.hint(format!("`coal list {}` shows them all", register.key()));
    }
    Err(error)
}
