//! `coal merge-driver BASE OURS THEIRS`: git's merge driver contract. The
//! result is left in OURS; exit 0 when clean, 1 when conflicts remain.

use std::path::Path;
use std::process::Command;

use super::Context;
use crate::cli::MergeDriverArgs;
use crate::error::{Error, Result};
use crate::git::merge::{Fallback, merge};
use crate::store::{load, write};
use crate::t;

/// Returns false when conflicts remain (exit 1).
pub fn run(ctx: &mut Context, args: MergeDriverArgs) -> Result<bool> {
    let name = args
        .path
        .clone()
        .unwrap_or_else(|| args.ours.display().to_string());
    // Each side as text without its byte-order mark, and whether it had one.
    let read = |path: &Path| -> Result<Option<(String, bool)>> {
        let bytes = std::fs::read(path).map_err(|err| Error::io("read", path, &err))?;
        let Ok(mut text) = String::from_utf8(bytes) else {
            return Ok(None);
        };
        let bom = text.starts_with(load::BOM);
        if bom {
            text.drain(..load::BOM.len());
        }
        Ok(Some((text, bom)))
    };
    let sides = [
        ("base", &args.base),
        ("ours", &args.ours),
        ("theirs", &args.theirs),
    ];
    let mut texts = Vec::new();
    for (side, path) in sides {
        match read(path)? {
            Some(text) => texts.push(text),
            None => {
                ctx.say(t!("merge-side-not-utf8", side = side, name = name.as_str()));
                return merge_file(ctx, &args);
            }
        }
    }
    let [(base, _), (ours, bom), (theirs, _)] =
        <[(String, bool); 3]>::try_from(texts).expect("three sides");
    match merge(&base, &ours, &theirs, usize::from(args.marker_size)) {
        Ok(merged) => {
            let text = if bom {
                format!("{}{}", load::BOM, merged.text)
            } else {
                merged.text
            };
            if ctx.dry_run {
                super::print(&text)?;
            } else {
                write::atomic_write(&write::target(&args.ours), text.as_bytes())?;
            }
            for path in &merged.conflicts {
                ctx.say(t!("merge-conflict-at", path = path.as_str()));
            }
            let count = merged.conflicts.len();
            if count > 0 {
                ctx.say(t!("merge-conflicts", count = count, name = name.as_str()));
            }
            Ok(count == 0)
        }
        Err(fallback) => {
            let name = name.as_str();
            ctx.say(match fallback {
                Fallback::NotToml(side) => t!("merge-side-not-toml", side = side, name = name),
                Fallback::NotCoalition(side) => {
                    t!("merge-side-not-coalition", side = side, name = name)
                }
                Fallback::Unplaced(path) => {
                    t!("merge-unplaced", path = path.as_str(), name = name)
                }
            });
            merge_file(ctx, &args)
        }
    }
}

/// git's own line merge, writing into OURS (printing, with `--dry-run`).
fn merge_file(ctx: &Context, args: &MergeDriverArgs) -> Result<bool> {
    let dry_run = ctx.dry_run;
    let status = Command::new("git")
        .arg("merge-file")
        .args(dry_run.then_some("-p"))
        .arg(format!("--marker-size={}", args.marker_size))
        .args(["-L", "ours", "-L", "base", "-L", "theirs"])
        .args([&args.ours, &args.base, &args.theirs].map(|p| p.as_os_str()))
        .status()
        .map_err(|err| Error::file(t!("merge-file-cannot-run", reason = err.to_string())))?;
    match status.code() {
        // A clean line merge of files that were not coalitions may still not
        // be one: git must not take it as merged.
        Some(0) if !dry_run => {
            let readable = std::fs::read_to_string(&args.ours).is_ok_and(|text| {
                load::parse(Path::new(&args.ours), text.trim_start_matches(load::BOM)).is_ok()
            });
            if !readable {
                ctx.say(t!("merge-line-merged-unusable"));
            }
            Ok(readable)
        }
        Some(0) => Ok(true),
        Some(code) if code > 0 => Ok(false),
        _ => Err(Error::file(t!(
            "merge-file-failed",
            path = Path::new(&args.ours).display().to_string()
        ))),
    }
}
