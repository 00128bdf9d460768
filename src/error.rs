//! One error type for the whole tool. Each error knows its exit code
//! (SPEC §9) and may carry hint lines telling the organizer what to do next.

use std::fmt;
use std::path::Path;

use crate::output::clean_lines;

/// What went wrong, which decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The command line is wrong or the edit is refused (exit 2).
    Usage,
    /// The coalition file is unusable: missing, unreadable, not TOML,
    /// wrong schema, or it cannot be written; or the output cannot be
    /// written (exit 3).
    File,
    /// Whoever read the output has stopped reading (`coal list | head`):
    /// not a failure, so the run ends quietly with exit 0, as `cat` does.
    ClosedOutput,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    pub hints: Vec<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn usage(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Usage,
            message: message.into(),
            hints: Vec::new(),
        }
    }

    pub fn file(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::File,
            message: message.into(),
            hints: Vec::new(),
        }
    }

    /// An I/O failure on `path`, worded for a person.
    pub fn io(action: &str, path: &Path, err: &std::io::Error) -> Self {
        let hint = match err.kind() {
            std::io::ErrorKind::PermissionDenied => Some(crate::t!("error-io-permission")),
            std::io::ErrorKind::StorageFull => Some(crate::t!("error-io-disk-full")),
            std::io::ErrorKind::FileTooLarge => Some(crate::t!("error-io-too-large")),
            _ => None,
        };
        // The actions callers name, as the messages' selector knows them;
        // another is shown as given.
        let action = match action {
            "create the lock file" => "lock-file",
            "write a temporary file in" => "temporary-file",
            other => other,
        };
        let mut error = Error::file(crate::t!(
            "error-io",
            action = action,
            path = path.display().to_string(),
            reason = err.to_string()
        ));
        if let Some(hint) = hint {
            error = error.hint(hint);
        }
        error
    }

    /// A failed write of the requested output to stdout. A closed pipe is
    /// not an error but the end of the run.
    pub fn stdout(err: &std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            return Error {
                kind: ErrorKind::ClosedOutput,
                message: crate::t!("error-stdout-closed"),
                hints: Vec::new(),
            };
        }
        Error::file(crate::t!("error-stdout", reason = err.to_string()))
            .hint(crate::t!("error-stdout-hint"))
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    pub fn exit_code(&self) -> u8 {
        match self.kind {
            ErrorKind::Usage => 2,
            ErrorKind::File => 3,
            ErrorKind::ClosedOutput => 0,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Messages quote the file (ids, keys, the offending line): cleaned.
        let message = clean_lines(&self.message);
        write!(f, "{}", crate::t!("label-error", text = message))?;
        for hint in &self.hints {
            let hint = clean_lines(hint);
            write!(f, "\n{}", crate::t!("label-hint", text = hint))?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}
