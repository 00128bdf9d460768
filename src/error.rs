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
    /// wrong schema, or it cannot be written (exit 3).
    File,
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
            std::io::ErrorKind::PermissionDenied => {
                Some("check the permissions of the file and of its folder")
            }
            std::io::ErrorKind::StorageFull => Some("free some disk space and try again"),
            _ => None,
        };
        let mut error = Error::file(format!("cannot {action} {}: {err}", path.display()));
        if let Some(hint) = hint {
            error = error.hint(hint);
        }
        error
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    pub fn exit_code(&self) -> u8 {
        match self.kind {
            ErrorKind::Usage => 2,
            ErrorKind::File => 3,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Messages quote the file (ids, keys, the offending line): cleaned.
        write!(f, "error: {}", clean_lines(&self.message))?;
        for hint in &self.hints {
            write!(f, "\nhint: {}", clean_lines(hint))?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}
