//! `coal init`: create the coalition file.

use std::path::PathBuf;

use toml_edit::{DocumentMut, Item, Table, value};

use super::{Context, today};
use crate::cli::InitArgs;
use crate::error::Result;
use crate::model::input::non_empty;
use crate::model::{Agreements, CoalitionKind, Visibility};
use crate::prompt::Ask;
use crate::store::{self, document, find::FILE_NAME};
use crate::t;
use chrono::NaiveDate;

const HEADER: &str = "\
# The coalition file, kept by coal. Edit it by hand or with `coal` commands,
# keep it in git, and run `coal check` to see if anything is off.
";

pub fn run(ctx: &mut Context, args: InitArgs) -> Result<()> {
    let path = ctx.file.clone().unwrap_or_else(|| PathBuf::from(FILE_NAME));
    if path.exists() && !args.force {
        return Err(store::already_exists(&path));
    }
    let check = |text: &str| non_empty(text).map(drop);
    let name = match args.name {
        Some(name) => name,
        None => ctx
            .prompter
            .text(
                Ask {
                    prompt: &t!("init-name-prompt"),
                    flag: "--name",
                },
                true,
                &check,
            )?
            .unwrap_or_default(),
    };
    let unity = match args.unity {
        Some(unity) => unity,
        None => ctx
            .prompter
            .text(
                Ask {
                    prompt: &t!("init-unity-prompt"),
                    flag: "--unity",
                },
                true,
                &check,
            )?
            .unwrap_or_default(),
    };
    let text = new_file(
        &name,
        &unity,
        args.kind.unwrap_or_default(),
        args.visibility.unwrap_or_default(),
        today()?,
    );
    if ctx.dry_run {
        super::print(&text)?;
        ctx.say(t!("init-would-create", path = path.display().to_string()));
        return Ok(());
    }
    store::create(&path, &text, args.force)?;
    let created = t!(
        "init-created",
        path = path.display().to_string(),
        name = name.as_str()
    );
    ctx.say(format!("{created}\n{}", t!("init-next")));
    Ok(())
}

fn new_file(
    name: &str,
    unity: &str,
    kind: CoalitionKind,
    visibility: Visibility,
    created: NaiveDate,
) -> String {
    let mut doc = DocumentMut::new();
    doc["schema"] = value(1);
    doc.decor_mut().set_prefix(HEADER);

    let mut coalition = Table::new();
    coalition["name"] = value(name);
    coalition["unity_statement"] = value(unity);
    coalition["kind"] = value(kind.as_str());
    coalition["visibility"] = value(visibility.as_str());
    coalition["created"] = value(document::date(created));
    doc["coalition"] = Item::Table(coalition);

    let defaults = Agreements::default();
    let mut agreements = Table::new();
    agreements["no_public_denouncing"] = value(defaults.no_public_denouncing);
    agreements["diversity_of_tactics"] = value(defaults.diversity_of_tactics);
    agreements["feedback_every_days"] = value(i64::from(defaults.feedback_every_days));
    agreements
        .decor_mut()
        .set_prefix("\n# What the groups agree on to work together.\n");
    doc["agreements"] = Item::Table(agreements);
    doc.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_is_valid_and_quotes_what_it_must() {
        let text = new_file(
            "Coalition \"Québec\"",
            "Un toit pour tout le monde",
            CoalitionKind::Agile,
            Visibility::Informal,
            NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        );
        let validated = store::load::parse(std::path::Path::new("x"), &text).unwrap();
        assert!(validated.findings.is_empty(), "{:?}", validated.findings);
        assert_eq!(validated.coalition.coalition.name, "Coalition \"Québec\"");
        assert!(text.starts_with("# The coalition file"));
    }
}
