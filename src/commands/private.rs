//! `coal private`: the private overlay (`coalition.private.toml`) that keeps
//! internal data out of the shared file, and its seal for the organizers.

use std::path::Path;

use super::Context;
use crate::cli::{PrivateCommand, RecipientsCommand, SealArgs};
use crate::error::{Error, Result};
use crate::store::private::{self, Found, Overlay};
use crate::store::seal::{self, Identities, Recipient};
use crate::store::{self, Outcome, document, write};
use crate::t;

pub fn run(ctx: &mut Context, command: PrivateCommand) -> Result<()> {
    let done = match command {
        PrivateCommand::Init => init(ctx),
        PrivateCommand::Seal(args) => seal(ctx, args),
        PrivateCommand::Recipients(command) => recipients(ctx, command),
    };
    // These commands say themselves what became of a working copy; one
    // left aside as stale stays, and its note says what to do with it.
    let _ = private::working_copy_read();
    done
}

/// Creates the overlay, moves everything internal into it, and keeps it
/// out of git.
fn init(ctx: &mut Context) -> Result<()> {
    let path = ctx.path()?;
    let paths = private::paths(&path);
    if paths.found() != Found::None {
        let existing = match paths.found() {
            Found::Sealed => &paths.sealed,
            _ => &paths.plain,
        };
        return Err(Error::usage(t!(
            "private-init-exists",
            file = existing.display().to_string()
        ))
        .hint(t!("private-init-exists-hint")));
    }
    let ignore = match store::folder(&path) {
        folder if folder == std::path::Path::new(".") => ".gitignore".into(),
        folder => folder.join(".gitignore"),
    };
    let name = paths
        .plain
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let line = super::git_setup::LineIn::read(ignore, name)?;
    // A file that cannot be split is refused before .gitignore changes.
    if !ctx.dry_run {
        store::split_out(&path, &paths.plain, true)?;
    }
    // Ignored before it exists: a run stopped halfway leaves no plain
    // overlay that git would pick up.
    if !ctx.dry_run && !line.present() {
        line.append()?;
    }
    // The lock every edit leaves beside the file is no one's business
    // either (`coal git-setup` ignores it too).
    let coalition = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let lock = super::git_setup::LineIn::read(line.path.clone(), write::lock_name(&coalition))?;
    if !ctx.dry_run && !lock.present() {
        lock.append()?;
    }
    // So is the temporary file of the overlay's write, plain text too,
    // which a run killed before its rename leaves.
    let temporaries = format!(".{}.*.tmp", line.line);
    let temporaries = super::git_setup::LineIn::read(line.path.clone(), temporaries)?;
    if !ctx.dry_run && !temporaries.present() {
        temporaries.append()?;
    }
    let (moved, outcome) = store::split_out(&path, &paths.plain, ctx.dry_run)?;
    let what = private::moved(&moved);
    let list = if what.is_empty() {
        t!("private-init-nothing")
    } else {
        what.iter()
            .map(|line| format!("  {line}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let file = paths.plain.display().to_string();
    match outcome {
        Outcome::DryRun(diff) => {
            super::print(&crate::output::clean_lines(&diff))?;
            let ignore = line.path.display().to_string();
            let ignored = match line.present() {
                true => t!(
                    "private-init-already-ignored",
                    file = file.as_str(),
                    ignore = ignore
                ),
                false => t!(
                    "private-init-would-ignore",
                    file = file.as_str(),
                    ignore = ignore
                ),
            };
            ctx.say(format!(
                "{}\n{list}\n{ignored}",
                t!("private-init-would-move", file = file.as_str())
            ));
        }
        _ => {
            // Where the ignore line is, said either way: a .gitignore
            // beside a file in a subfolder is easy to overlook.
            let ignore = line.path.display().to_string();
            let ignored = if line.present() {
                t!(
                    "private-init-already-ignored",
                    file = file.as_str(),
                    ignore = ignore
                )
            } else {
                t!(
                    "private-init-ignored",
                    file = file.as_str(),
                    ignore = ignore
                )
            };
            let mut said = format!("{}\n{list}", t!("private-init-moved", file = file.as_str()));
            said.push('\n');
            said.push_str(&ignored);
            said.push('\n');
            said.push_str(&t!("private-init-next"));
            ctx.say(said);
        }
    }
    Ok(())
}

/// Seals the overlay to every organizer, the keys given added first.
fn seal(ctx: &mut Context, args: SealArgs) -> Result<()> {
    let path = ctx.path()?;
    let paths = private::paths(&path);
    if paths.found() == Found::None {
        return Err(Error::usage(t!(
            "private-seal-no-overlay",
            file = path.display().to_string()
        ))
        .hint(t!("private-seal-no-overlay-hint")));
    }
    let given = parse_keys(&args.recipients)?;
    let organizers = organizers(&path)?;
    let mut keys = organizers.clone();
    let added = add_new(&mut keys, &given);
    if keys.is_empty() {
        return Err(Error::usage(t!(
            "private-seal-no-organizer",
            file = path.display().to_string()
        ))
        .hint(t!("private-seal-no-organizer-hint")));
    }
    let unchanged = given.len() - added.len();
    if unchanged > 0 {
        ctx.say(t!("private-recipients-already", count = unchanged));
    }
    // The overlay must open before anything changes: resealing a sealed
    // overlay to a new set of keys needs the person's own key.
    opened(&path)?;
    reseal(ctx, &path, &organizers, &keys, true)
}

fn recipients(ctx: &mut Context, command: RecipientsCommand) -> Result<()> {
    let path = ctx.path()?;
    match command {
        RecipientsCommand::List => {
            let keys = organizers(&path)?;
            if keys.is_empty() {
                return Ok(());
            }
            super::print(&keys.join("\n"))
        }
        RecipientsCommand::Add(args) => {
            let given = parse_keys(&args.keys)?;
            let organizers = organizers(&path)?;
            let mut keys = organizers.clone();
            let added = add_new(&mut keys, &given);
            if added.is_empty() {
                ctx.say(t!("private-recipients-already", count = given.len()));
                return Ok(());
            }
            change_recipients(ctx, &path, &organizers, &keys)
        }
        RecipientsCommand::Remove(args) => {
            let given = parse_keys(&args.keys)?;
            let organizers = organizers(&path)?;
            let mut keys = organizers.clone();
            for key in &given {
                if !keys.iter().any(|k| same_key(k, key)) {
                    let list: Vec<String> = organizers.iter().map(|k| format!("  {k}")).collect();
                    return Err(Error::usage(t!(
                        "private-recipients-unknown",
                        key = key.text(),
                        file = path.display().to_string()
                    ))
                    .hint(if list.is_empty() {
                        t!("private-recipients-none")
                    } else {
                        format!("{}\n{}", t!("private-recipients-are"), list.join("\n"))
                    }));
                }
                // Every copy: a key listed twice, once left, still reads.
                keys.retain(|k| !same_key(k, key));
            }
            if keys.is_empty() {
                return Err(Error::usage(t!("private-recipients-last"))
                    .hint(t!("private-recipients-last-hint")));
            }
            change_recipients(ctx, &path, &organizers, &keys)?;
            if !ctx.dry_run {
                ctx.say(t!("private-recipients-history"));
            }
            Ok(())
        }
    }
}

/// `recipients add|remove`: the organizers change, and a sealed overlay is
/// sealed again to them; a plain one waits for `coal private seal`.
fn change_recipients(
    ctx: &mut Context,
    path: &Path,
    before: &[String],
    after: &[String],
) -> Result<()> {
    match private::paths(path).found() {
        Found::Sealed => {
            opened(path)?;
            reseal(ctx, path, before, after, false)
        }
        found => {
            let outcome = save_organizers(ctx, path, before, after)?;
            ctx.done(
                &outcome,
                t!("private-recipients-saved", count = after.len()),
            )?;
            if !ctx.dry_run {
                let plain = private::paths(path).plain.display().to_string();
                ctx.say(match found {
                    Found::None => t!("private-recipients-no-overlay"),
                    // A merge's or a hand edit's working copy: the sealed
                    // file is sealed again from it, by `seal`.
                    Found::Both => t!("private-recipients-working-copy", file = plain),
                    _ => t!("private-recipients-not-sealed"),
                });
            }
            Ok(())
        }
    }
}

/// Saves the organizers (`before` → `after`), then seals the overlay to them,
/// then removes the plain copy (`seal`): a failure at any point leaves the
/// private data readable where it was.
fn reseal(
    ctx: &mut Context,
    path: &Path,
    before: &[String],
    after: &[String],
    remove_plain: bool,
) -> Result<()> {
    let paths = private::paths(path);
    let recipients: Vec<Recipient> = private::parse_organizers(after, path)?;
    // The list changed from is the one the overlay was sealed for: a key
    // written in by hand is not carried into the new seal unseen.
    if let Overlay::Read {
        sealed: Some(Some(sealed_for)),
        from,
        ..
    } = private::read(path)?
    {
        let before = private::parse_organizers(before, path)?;
        if !private::same_keys(&sealed_for, &before) {
            return Err(private::organizers_changed(path, &from, &sealed_for));
        }
    }
    let outcome = save_organizers(ctx, path, before, after)?;
    let sealed = paths.sealed.display().to_string();
    if let Outcome::DryRun(diff) = &outcome {
        super::print(&crate::output::clean_lines(diff))?;
        ctx.say(t!(
            "private-seal-would",
            file = sealed.as_str(),
            count = recipients.len()
        ));
        return Ok(());
    }
    let locked_out = match Identities::find() {
        Ok(Some(mine)) if seal::can_open(mine, &recipients) => None,
        Ok(Some(mine)) => Some(t!("private-seal-locked-out", source = mine.source())),
        Ok(None) => Some(t!("private-seal-no-key-of-yours")),
        // A key coal cannot use (one with a passphrase): say which, and why.
        Err(why) => Some(t!("private-seal-key-unusable", why = why.message.as_str())),
    };
    if let Some(warning) = locked_out {
        super::warn(&[warning]);
    }
    // Under the lock, as an edit: the overlay read now is the one sealed.
    let target = write::target(path);
    let _lock = write::Lock::acquire(&target)?;
    let (text, from) = match private::read(path)? {
        Overlay::Read { text, from, .. } => {
            // What does not parse is not sealed: a working copy may hold
            // a merge's conflict markers.
            store::load::table(&from, &text)?;
            (text, from)
        }
        Overlay::Unread { from, why } => return Err(private::cannot_edit(&from, why)),
        Overlay::None => {
            return Err(Error::usage(t!(
                "private-seal-no-overlay",
                file = path.display().to_string()
            )));
        }
    };
    private::seal_to(&paths.sealed, &text, &recipients)?;
    let mut said = t!(
        "private-seal-done",
        file = sealed.as_str(),
        count = recipients.len()
    );
    // A stale working copy, left aside unread, is not removed: it may hold
    // a resolution its owner means to keep (the note says how).
    if remove_plain && from == paths.plain && std::fs::symlink_metadata(&paths.plain).is_ok() {
        std::fs::remove_file(&paths.plain)
            .map_err(|err| Error::io("remove", &paths.plain, &err))?;
        said.push('\n');
        said.push_str(&t!(
            "private-seal-removed",
            file = paths.plain.display().to_string()
        ));
    }
    said.push('\n');
    said.push_str(&t!(
        "private-seal-commit",
        shared = path.display().to_string(),
        file = sealed.as_str()
    ));
    ctx.say(said);
    Ok(())
}

/// Fails unless the overlay can be read (a sealed one opened with the
/// person's key): nothing is changed without it.
fn opened(path: &Path) -> Result<()> {
    match private::read(path)? {
        Overlay::Unread { from, why } => Err(private::cannot_edit(&from, why)),
        _ => Ok(()),
    }
}

/// Writes `[coalition] organizers` (`before` → `after`) as an edit, its
/// comments kept.
fn save_organizers(
    ctx: &Context,
    path: &Path,
    before: &[String],
    after: &[String],
) -> Result<Outcome> {
    let ((), outcome) = store::edit(path, ctx.dry_run, |doc, _| {
        let mut coalition = document::top_table(doc, "coalition")
            .map_err(|why| Error::file(format!("{}: {why}", path.display())))?;
        if coalition.get("organizers").is_none() && !after.is_empty() {
            coalition.set("organizers", one_a_line(after));
        } else {
            coalition.set_list("organizers", before, after);
        }
        Ok(())
    })?;
    Ok(outcome)
}

/// A list of keys written one a line: SSH keys are long.
fn one_a_line(keys: &[String]) -> toml_edit::Value {
    let mut list = toml_edit::Array::new();
    for key in keys {
        let mut value = toml_edit::Value::from(key.as_str());
        value.decor_mut().set_prefix("\n    ");
        list.push_formatted(value);
    }
    list.set_trailing_comma(true);
    list.set_trailing("\n");
    toml_edit::Value::Array(list)
}

/// `[coalition] organizers` of the shared file, as written (the overlay
/// is not opened: the keys are public and live in the shared file).
fn organizers(path: &Path) -> Result<Vec<String>> {
    let text = store::load::read(path)?;
    let data = store::load::table(path, &text)?;
    let keys = data
        .get("coalition")
        .and_then(|c| c.get("organizers"))
        .and_then(|keys| keys.as_array());
    Ok(keys
        .into_iter()
        .flatten()
        .filter_map(|key| key.as_str().map(String::from))
        .collect())
}

/// A bad key is named by its place, not echoed: it may be a private key
/// given by mistake (the parser's reason names a public one).
fn parse_keys(keys: &[String]) -> Result<Vec<Recipient>> {
    keys.iter()
        .enumerate()
        .map(|(at, key)| {
            let number = at + 1;
            Recipient::parse(key).map_err(|why| {
                Error::usage(t!("private-bad-key", number = number, why = why))
                    .hint(t!("private-bad-organizer-hint"))
            })
        })
        .collect()
}

/// Adds to `keys` those of `given` it lacks (the same key with another
/// comment is there already); returns those added.
fn add_new(keys: &mut Vec<String>, given: &[Recipient]) -> Vec<String> {
    let mut added = Vec::new();
    for key in given {
        if !keys.iter().any(|k| same_key(k, key)) {
            keys.push(key.text().to_string());
            added.push(key.text().to_string());
        }
    }
    added
}

/// Whether the key written `text` in the file is `key`, whatever their
/// comments (an SSH key is its type and its base64). A text that is no key
/// matches only itself.
fn same_key(text: &str, key: &Recipient) -> bool {
    match Recipient::parse(text) {
        Ok(written) => written.same_key(key),
        Err(_) => text.trim() == key.text(),
    }
}
