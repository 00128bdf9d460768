//! Finding the coalition file (SPEC §2).

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::t;

pub const FILE_NAME: &str = "coalition.toml";

/// `--file` (or `COAL_FILE`, which clap folds into it) when given, else the
/// nearest `coalition.toml` in `start` or its parents.
pub fn locate(explicit: Option<&Path>, start: &Path) -> Result<PathBuf> {
    if let Some(path) = explicit {
        return Ok(path.to_path_buf());
    }
    start
        .ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|candidate| candidate.is_file())
        .ok_or_else(|| {
            Error::file(t!(
                "file-not-found",
                name = FILE_NAME,
                folder = start.display().to_string()
            ))
            .hint(t!("file-not-found-hint"))
        })
}
