//! `coal merge-driver BASE OURS THEIRS`: git's merge driver contract. The
//! result is left in OURS; exit 0 when clean, 1 when conflicts remain.
//!
//! A sealed private overlay (`coalition.private.toml.age`) is merged too:
//! the three sides are opened in memory with the person's key, merged as
//! data, and the result sealed again into OURS. Conflicts cannot be shown
//! in ciphertext: they are marked in the plain overlay beside it (ignored
//! by git, the working copy `coal private seal` seals), and OURS stays the
//! sealed ours, so that a blind `git add` commits only ciphertext.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::Context;
use crate::cli::MergeDriverArgs;
use crate::error::{Error, Result};
use crate::git::git;
use crate::git::merge::{Fallback, Merged, merge, sealed};
use crate::store::{load, private, seal, write};
use crate::t;

/// Returns false when conflicts remain (exit 1).
pub fn run(ctx: &mut Context, args: MergeDriverArgs) -> Result<bool> {
    let name = args
        .path
        .clone()
        .unwrap_or_else(|| args.ours.display().to_string());
    if [&args.base, &args.ours, &args.theirs]
        .iter()
        .any(|path| is_sealed(path))
    {
        return run_sealed(ctx, &args, &name);
    }
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

/// Whether the file is an age file, armoured or binary (its first bytes).
fn is_sealed(path: &Path) -> bool {
    use std::io::Read;
    let mut start = [0u8; 34];
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    let read = file.read(&mut start).unwrap_or(0);
    let start = &start[..read];
    start.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----")
        || start.starts_with(b"age-encryption.org/")
}

/// The merge of sealed overlays. Nothing plain is written but the marked
/// working copy of a merge with conflicts, and only where git ignores it.
fn run_sealed(ctx: &mut Context, args: &MergeDriverArgs, name: &str) -> Result<bool> {
    // git runs drivers at the top of the work tree, and %P is from there.
    let sealed_path = PathBuf::from(name);
    let plain = plain_path(&sealed_path);
    let shared = shared_path(&sealed_path);
    let refuse = |ctx: &mut Context, message: String| {
        ctx.say(message);
        Ok(false)
    };
    // A working copy already there may hold edits not sealed yet: written
    // over, they would be lost; left, it would hide the merge from coal.
    if std::fs::symlink_metadata(&plain).is_ok() {
        return refuse(
            ctx,
            t!(
                "private-merge-copy-exists",
                name = name,
                plain = plain.display().to_string()
            ),
        );
    }
    let identities = match seal::Identities::find() {
        Ok(Some(identities)) => identities,
        Ok(None) => return refuse(ctx, t!("private-merge-no-key", name = name)),
        Err(why) => {
            return refuse(
                ctx,
                t!("private-merge-cannot-open", name = name, why = why.message),
            );
        }
    };
    let mut texts = Vec::new();
    // The keys each side says it was sealed for (ours and theirs): a key
    // neither vouches for was written into `organizers` by hand.
    let mut sealed_fors = Vec::new();
    for path in [&args.base, &args.ours, &args.theirs] {
        let bytes = std::fs::read(path).map_err(|err| Error::io("read", path, &err))?;
        // An empty base: the overlay was made on both sides.
        if bytes.is_empty() {
            texts.push(String::new());
            continue;
        }
        match seal::open(&sealed_path, &bytes, identities) {
            Ok(text) => {
                // The keys each side was sealed for are not data to merge:
                // the result says those it is sealed for now.
                let mut text = text.trim_start_matches(load::BOM).to_string();
                sealed_fors.push(private::sealed_for(&mut text));
                texts.push(text);
            }
            Err(why) => {
                let mut message = t!("private-merge-cannot-open", name = name, why = why.message);
                for hint in why.hints {
                    message.push_str(&format!("\n  {hint}"));
                }
                return refuse(ctx, message);
            }
        }
    }
    let [base, ours, theirs] = <[String; 3]>::try_from(texts).expect("three sides");
    let marker_size = usize::from(args.marker_size);
    let merged = match sealed::merge(&base, &ours, &theirs, marker_size) {
        Ok(merged) => merged,
        // Not data coal can merge: the whole of each side, between markers,
        // for the person to choose (a line merge would need them on disk).
        Err(fallback) => {
            let side = match fallback {
                Fallback::NotToml(side) | Fallback::NotCoalition(side) => side,
                Fallback::Unplaced(_) => "ours",
            };
            ctx.say(t!("private-merge-whole", side = side, name = name));
            let marker = |c: &str| c.repeat(marker_size);
            let end = |text: &str| if text.ends_with('\n') { "" } else { "\n" };
            Merged {
                text: format!(
                    "{} ours\n{ours}{}{}\n{theirs}{}{} theirs\n",
                    marker("<"),
                    end(&ours),
                    marker("="),
                    end(&theirs),
                    marker(">")
                ),
                conflicts: vec![String::new()],
            }
        }
    };
    if ctx.dry_run {
        super::print(&merged.text)?;
        return Ok(merged.conflicts.is_empty());
    }
    if !merged.conflicts.is_empty() {
        return conflicts(ctx, &merged, name, &plain, &args.ours);
    }
    let keys = match organizers(&shared) {
        Ok(keys) => keys,
        Err(message) => return refuse(ctx, message),
    };
    let keys: Vec<String> = keys.into_iter().collect();
    let recipients = match private::parse_organizers(&keys, &shared) {
        Ok(recipients) => recipients,
        Err(error) => return refuse(ctx, error.message),
    };
    // Ours and theirs (the base's record is older) each name the keys
    // they were sealed for; a merge does not add one neither names.
    let sides: Vec<&Vec<String>> = sealed_fors.iter().skip(1).flatten().collect();
    if sides.len() == 2 {
        let vouched: Vec<String> = sides.into_iter().flatten().cloned().collect();
        let unvouched: Vec<&str> = recipients
            .iter()
            .filter(|key| !private::same_keys_any(&vouched, key))
            .map(seal::Recipient::text)
            .collect();
        if !unvouched.is_empty() {
            return refuse(
                ctx,
                t!(
                    "private-merge-unvouched",
                    name = name,
                    keys = unvouched.join(", ")
                ),
            );
        }
    }
    let sealed = seal::seal(
        &private::with_sealed_for(&merged.text, &recipients),
        &recipients,
    )?;
    write::atomic_write(&write::target(&args.ours), sealed.as_bytes())?;
    Ok(true)
}

/// Writes the marked merge to the plain working copy (0600), only where
/// git ignores it, and says what to do; OURS is left as it is.
fn conflicts(
    ctx: &mut Context,
    merged: &Merged,
    name: &str,
    plain: &Path,
    args_ours: &Path,
) -> Result<bool> {
    let shown = plain.display().to_string();
    let ignored = Command::new("git")
        .args(["check-ignore", "-q", "--"])
        .arg(plain)
        .status()
        .is_ok_and(|status| status.success());
    if !ignored {
        ctx.say(t!("private-merge-not-ignored", name = name, plain = shown));
        return Ok(false);
    }
    // Its first line says which sealed file it stands for (ours, left in
    // place): after an aborted merge and a newer pull, it is stale.
    let ours = std::fs::read(args_ours).map_err(|err| Error::io("read", args_ours, &err))?;
    let text = private::working_copy(&merged.text, &ours);
    write::atomic_write_new_private(&write::target(plain), text.as_bytes())?;
    let mut said: Vec<String> = merged
        .conflicts
        .iter()
        .filter(|path| !path.is_empty())
        .map(|path| t!("merge-conflict-at", path = path.as_str()))
        .collect();
    said.push(t!(
        "private-merge-conflicts",
        count = merged.conflicts.len(),
        name = name,
        plain = shown
    ));
    ctx.say(said.join("\n"));
    Ok(false)
}

/// `x.private.toml.age` → `x.private.toml`.
fn plain_path(sealed: &Path) -> PathBuf {
    sealed.with_extension("")
}

/// `x.private.toml.age` → `x.toml` (or `x`, for a coalition file not named
/// `.toml`: `private::paths` adds `.private.toml` to it).
fn shared_path(sealed: &Path) -> PathBuf {
    let name = sealed
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".private.toml.age").unwrap_or(&name);
    let toml = sealed.with_file_name(format!("{stem}.toml"));
    let bare = sealed.with_file_name(stem);
    if private::paths(&toml).sealed == sealed || !bare.exists() {
        toml
    } else {
        bare
    }
}

/// The organizers the merged shared file lists: git's three-way merge of
/// the sets the shared file lists at OURS (HEAD, else the working tree),
/// THEIRS and their common ancestor. THEIRS is the commit `git merge` names
/// in `GITHEAD_<id>`, else MERGE_HEAD, CHERRY_PICK_HEAD or REBASE_HEAD;
/// when none is known, OURS' organizers alone.
fn organizers(shared: &Path) -> std::result::Result<BTreeSet<String>, String> {
    let here = Path::new(".");
    let path = shared.to_string_lossy().replace('\\', "/");
    let at = |rev: &str| {
        git(
            here,
            &["show", "--end-of-options", &format!("{rev}:{path}")],
        )
        .ok()
        .and_then(|text| sealed::organizers_in(&text))
    };
    let ours = at("HEAD")
        .or_else(|| {
            std::fs::read_to_string(shared)
                .ok()
                .and_then(|text| sealed::organizers_in(&text))
        })
        .unwrap_or_default();
    let theirs_commit = std::env::vars()
        .find_map(|(key, _)| key.strip_prefix("GITHEAD_").map(str::to_string))
        .or_else(|| {
            ["MERGE_HEAD", "CHERRY_PICK_HEAD", "REBASE_HEAD"]
                .iter()
                .find_map(|head| {
                    git(here, &["rev-parse", "-q", "--verify", head])
                        .ok()
                        .map(|id| id.trim().to_string())
                })
        });
    let keys = match theirs_commit {
        Some(theirs_commit) => {
            let theirs = at(&theirs_commit).unwrap_or_default();
            let base = git(here, &["merge-base", "HEAD", &theirs_commit])
                .ok()
                .and_then(|id| at(id.trim()));
            sealed::organizers(base.as_ref(), &ours, &theirs)
        }
        None => ours,
    };
    if keys.is_empty() {
        return Err(t!(
            "private-no-organizers",
            file = shared.display().to_string()
        ));
    }
    Ok(keys)
}
