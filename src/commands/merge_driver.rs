//! `coal merge-driver BASE OURS THEIRS`: git's merge driver contract. The
//! result is left in OURS; exit 0 when clean, 1 when conflicts remain.

use std::path::Path;
use std::process::Command;

use super::Context;
use crate::cli::MergeDriverArgs;
use crate::error::{Error, Result};
use crate::git::merge::{Fallback, merge};
use crate::store::{load, write};

/// Returns false when conflicts remain (exit 1).
pub fn run(ctx: &mut Context, args: MergeDriverArgs) -> Result<bool> {
    let name = args
        .path
        .clone()
        .unwrap_or_else(|| args.ours.display().to_string());
    let [base, ours, theirs] = [&args.base, &args.ours, &args.theirs].map(|p| load::read(p));
    let (base, ours, theirs) = (base?, ours?, theirs?);
    match merge(&base, &ours, &theirs, args.marker_size) {
        Ok(merged) => {
            write::atomic_write(&write::target(&args.ours), merged.text.as_bytes())?;
            if merged.conflicts > 0 {
                ctx.say(format!(
                    "coal: {} conflict{} in {name}; resolve the marked blocks, then `coal check`",
                    merged.conflicts,
                    if merged.conflicts == 1 { "" } else { "s" }
                ));
            }
            Ok(merged.conflicts == 0)
        }
        Err(fallback) => {
            let why = match fallback {
                Fallback::NotToml(side) => format!("{side} is not valid TOML"),
                Fallback::Markers(side) => format!("{side} already holds conflict markers"),
            };
            ctx.say(format!(
                "coal: {why}; merging {name} line by line with git merge-file"
            ));
            merge_file(&args)
        }
    }
}

/// git's own line merge, writing into OURS.
fn merge_file(args: &MergeDriverArgs) -> Result<bool> {
    let status = Command::new("git")
        .arg("merge-file")
        .arg(format!("--marker-size={}", args.marker_size))
        .args(["-L", "ours", "-L", "base", "-L", "theirs"])
        .args([&args.ours, &args.base, &args.theirs].map(|p| p.as_os_str()))
        .status()
        .map_err(|err| Error::file(format!("cannot run git merge-file: {err}")))?;
    match status.code() {
        Some(0) => Ok(true),
        Some(code) if code > 0 => Ok(false),
        _ => Err(Error::file(format!(
            "git merge-file failed on {}",
            Path::new(&args.ours).display()
        ))),
    }
}
