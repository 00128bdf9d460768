//! Git: a semantic diff between two coalition files, a three-way merge
//! that git can call as a merge driver, and the history of the file.

pub mod diff;
pub mod history;
pub mod merge;

use std::path::Path;
use std::process::Command;

use crate::error::{Error, Result};
use crate::t;

/// Runs git in `dir` and returns its standard output.
pub fn git(dir: &Path, args: &[&str]) -> Result<String> {
    git_bytes(dir, args).map(|out| String::from_utf8_lossy(&out).into_owned())
}

/// Runs git in `dir` and returns its standard output as bytes (a blob that
/// may not be text: a binary age file).
pub fn git_bytes(dir: &Path, args: &[&str]) -> Result<Vec<u8>> {
    let output = Command::new("git")
        .current_dir(dir)
        .args(args)
        .output()
        .map_err(|err| {
            Error::usage(t!("git-cannot-run", reason = err.to_string()))
                .hint(t!("git-cannot-run-hint"))
        })?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(Error::usage(t!(
            "git-failed",
            args = args.join(" "),
            reason = stderr.trim()
        )));
    }
    Ok(output.stdout)
}

pub use crate::store::folder;
