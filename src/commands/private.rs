//! `coal private`: the private overlay (`coalition.private.toml`) that keeps
//! internal data out of the shared file, and its seal for the organizers.

use super::Context;
use crate::cli::{PrivateCommand, RecipientsCommand, SealArgs};
use crate::error::{Error, Result};
use crate::store::private::{self, Found};
use crate::store::{self, Outcome};
use crate::t;

pub fn run(ctx: &mut Context, command: PrivateCommand) -> Result<()> {
    match command {
        PrivateCommand::Init => init(ctx),
        PrivateCommand::Seal(args) => seal(ctx, args),
        PrivateCommand::Recipients(command) => recipients(ctx, command),
    }
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
            ctx.say(format!(
                "{}\n{list}",
                t!("private-init-would-move", file = file.as_str())
            ));
        }
        _ => {
            let ignored = if line.present() {
                None
            } else {
                line.append()?;
                Some(line.path.display().to_string())
            };
            let mut said = format!("{}\n{list}", t!("private-init-moved", file = file.as_str()));
            if let Some(ignore) = ignored {
                said.push('\n');
                said.push_str(&t!(
                    "private-init-ignored",
                    file = file.as_str(),
                    ignore = ignore
                ));
            }
            said.push('\n');
            said.push_str(&t!("private-init-next"));
            ctx.say(said);
        }
    }
    Ok(())
}

fn seal(_ctx: &mut Context, _args: SealArgs) -> Result<()> {
    Err(Error::usage("coal private seal is not built yet"))
}

fn recipients(_ctx: &mut Context, _command: RecipientsCommand) -> Result<()> {
    Err(Error::usage("coal private recipients is not built yet"))
}
