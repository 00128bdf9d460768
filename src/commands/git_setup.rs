//! `coal git-setup`: `.gitattributes` and the repository's git config for
//! the merge driver. Running it twice changes nothing.

use std::path::{Path, PathBuf};

use super::Context;
use crate::error::{Error, Result};
use crate::git::git;
use crate::store::{find::FILE_NAME, write};

const DRIVER: &str = "coal merge-driver %O %A %B --marker-size %L --path %P";

pub fn run(ctx: &mut Context) -> Result<()> {
    let here = std::env::current_dir()
        .map_err(|err| Error::file(format!("cannot read the current folder: {err}")))?;
    let root = git(&here, &["rev-parse", "--show-toplevel"])
        .map_err(|_| {
            Error::usage("this folder is not in a git repository")
                .hint("run `git init` first, or run `coal git-setup` inside the repository that keeps the coalition")
        })?;
    let root = PathBuf::from(root.trim());
    let name = ctx
        .file
        .as_deref()
        .and_then(Path::file_name)
        .map_or(FILE_NAME.to_string(), |n| n.to_string_lossy().into_owned());
    let line = format!("{name} merge=coal");
    let attributes = root.join(".gitattributes");
    let existing = std::fs::read_to_string(&attributes).unwrap_or_default();
    let mut changed = Vec::new();
    if !existing.lines().any(|l| l.trim() == line) {
        let mut text = existing.clone();
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&line);
        text.push('\n');
        write::atomic_write(&attributes, text.as_bytes())?;
        changed.push(format!("added `{line}` to .gitattributes"));
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
            changed.push(format!("set {key}"));
        }
    }
    if changed.is_empty() {
        ctx.say("coal's merge driver is already set up here");
    } else {
        ctx.say(format!(
            "{}\ncommit .gitattributes so everyone uses it; each clone runs `coal git-setup` once for the driver",
            changed.join("\n")
        ));
    }
    Ok(())
}
