//! `coal git-setup`: `.gitattributes` and the repository's git config for
//! the merge driver (the coalition file and its sealed private overlay),
//! and `.gitignore` for the lock. Running it twice changes
//! nothing.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Context, reachable};
use crate::error::{Error, Result};
use crate::git::git;
use crate::store::{self, find::FILE_NAME, private, write};
use crate::t;

const DRIVER: &str = "coal merge-driver %O %A %B --marker-size %L --path %P";

pub fn run(ctx: &mut Context) -> Result<()> {
    let here = std::env::current_dir()
        .map_err(|err| Error::file(t!("git-setup-no-folder", reason = err.to_string())))?;
    let root = git(&here, &["rev-parse", "--show-toplevel"]).map_err(|_| {
        Error::usage(t!("git-setup-not-a-repository")).hint(t!("git-setup-not-a-repository-hint"))
    })?;
    let root = PathBuf::from(root.trim());
    let name = ctx
        .file
        .as_deref()
        .and_then(Path::file_name)
        .map_or(FILE_NAME.to_string(), |n| n.to_string_lossy().into_owned());
    // The sealed private overlay merges with the same driver, which knows
    // it by its first bytes.
    let sealed = private::paths(Path::new(&name))
        .sealed
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    // Both files are read before either is written: one coal cannot read
    // leaves the other unchanged too.
    let lines = [
        LineIn::read(root.join(".gitattributes"), format!("{name} merge=coal"))?,
        LineIn::read(root.join(".gitattributes"), format!("{sealed} merge=coal"))?,
        LineIn::read(root.join(".gitignore"), write::lock_name(&name))?,
    ];
    let mut changed = Vec::new();
    for line in lines.iter().filter(|line| !line.present()) {
        // Read again: a line appended before may have changed the file.
        LineIn::read(line.path.clone(), line.line.clone())?.append()?;
        changed.push(t!(
            "git-setup-added",
            line = line.line.as_str(),
            path = reachable(line.path.clone(), &here).display().to_string()
        ));
    }
    for (key, value) in [
        (
            "merge.coal.name",
            "coal: merges coalition files by group and field",
        ),
        ("merge.coal.driver", DRIVER),
    ] {
        let current = git(&root, &["config", "--local", "--get", key]).unwrap_or_default();
        if current.trim() != value {
            git(&root, &["config", "--local", key, value])?;
            changed.push(t!("git-setup-set", key = key));
        }
    }
    if changed.is_empty() {
        ctx.say(t!("git-setup-already"));
    } else {
        // Named as reached from here: from a folder below the top of the
        // repository, `git add .gitattributes` would find nothing.
        let [attributes, _, ignore] = lines.map(|line| reachable(line.path, &here));
        let commit = t!(
            "git-setup-commit",
            attributes = attributes.display().to_string(),
            ignore = ignore.display().to_string()
        );
        ctx.say(format!("{}\n{commit}", changed.join("\n")));
    }
    Ok(())
}

/// A line a text file of the repository must hold, and the file's text.
pub(crate) struct LineIn {
    pub(crate) path: PathBuf,
    pub(crate) line: String,
    /// None when the file does not exist.
    text: Option<String>,
}

impl LineIn {
    /// Reads the file. Only a missing file counts as empty: one that cannot
    /// be read, or is not UTF-8 text, is refused, since what coal cannot
    /// read it must not write over (an LFS setup was lost that way).
    pub(crate) fn read(path: PathBuf, line: String) -> Result<LineIn> {
        // A link may lead out of the repository (git itself no longer
        // follows it there): appending through it would write elsewhere,
        // and a dangling one would create a file elsewhere.
        if fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(
                Error::file(t!("git-setup-link", path = path.display().to_string()))
                    .hint(t!("git-setup-link-hint", line = line.as_str())),
            );
        }
        let text = match fs::read(&path) {
            Ok(bytes) => Some(String::from_utf8(bytes).map_err(|_| {
                Error::file(t!("git-setup-not-utf8", path = path.display().to_string()))
                    .hint(t!("git-setup-add-yourself-hint", line = line.as_str()))
            })?),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
            Err(err) => {
                return Err(Error::io("read", &path, &err)
                    .hint(t!("git-setup-unreadable-hint", line = line.as_str())));
            }
        };
        Ok(LineIn { path, line, text })
    }

    pub(crate) fn present(&self) -> bool {
        let text = self.text.as_deref().unwrap_or_default();
        text.lines().any(|l| l.trim() == self.line)
    }

    /// Appends the line: every byte already there stays, a missing final
    /// newline comes first, and a CRLF file gets CRLF. A failed write is
    /// undone, leaving the file as it was.
    pub(crate) fn append(&self) -> Result<()> {
        let text = self.text.as_deref().unwrap_or_default();
        let mut addition = String::new();
        if !text.is_empty() && !text.ends_with('\n') {
            addition.push('\n');
        }
        addition.push_str(&self.line);
        addition.push('\n');
        let addition = store::with_line_endings_of(text, addition);
        let fail = |err: std::io::Error| Error::io("write", &self.path, &err);
        let mut file = OpenOptions::new()
            .append(true)
            .create(true)
            .open(&self.path)
            .map_err(fail)?;
        let written = file
            .write_all(addition.as_bytes())
            .and_then(|()| file.sync_all());
        if let Err(err) = written {
            match self.text {
                Some(_) => {
                    let _ = file.set_len(text.len() as u64);
                }
                None => {
                    let _ = fs::remove_file(&self.path);
                }
            }
            return Err(fail(err));
        }
        Ok(())
    }
}
