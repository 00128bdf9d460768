//! `coal add-group`: add a group, asking for the main fields on a terminal.

use chrono::NaiveDate;
use toml_edit::DocumentMut;

use super::{Context, add_entry, today, warn, welcome_warnings, word_menu};
use crate::cli::{AddGroupArgs, GroupFields};
use crate::error::{Error, Result};
use crate::model::id::slugify;
use crate::model::input::{non_empty, score};
use crate::model::membership::Membership;
use crate::model::{Register, Status};
use crate::output;
use crate::prompt::{Ask, Choice, Prompter};
use crate::store;
use crate::store::{document, require_all};

pub fn run(ctx: &mut Context, args: AddGroupArgs) -> Result<()> {
    let path = ctx.path()?;
    let AddGroupArgs {
        name,
        id,
        mut fields,
    } = args;
    // A taken name is refused before any other question, and asked again
    // when typed at the prompt: no answer is lost to it.
    let name = match name {
        Some(name) => {
            ctx.check_first(&path, |doc| taken(doc, &name, id.is_some()))?;
            name
        }
        None => {
            let doc = match ctx.interactive {
                true => Some(ctx.document(&path)?),
                false => None,
            };
            let check = |text: &str| {
                non_empty(text)?;
                doc.as_ref().map_or(Ok(()), |doc| {
                    taken(doc, text, id.is_some())
                        .map_err(|err| crate::t!("edit-give-another-name", reason = err.message))
                })
            };
            let prompt = crate::t!("add-group-ask-name");
            ctx.prompter
                .text(
                    Ask {
                        prompt: &prompt,
                        flag: "NAME (the first argument)",
                    },
                    true,
                    &check,
                )?
                .unwrap_or_default()
        }
    };
    if ctx.interactive {
        ask_main_fields(ctx.prompter, &mut fields)?;
    }
    let today = today()?;
    let ((id, warnings), outcome) = store::edit(&path, ctx.dry_run, |doc, before| {
        let id = add(doc, &name, id, &fields, today)?;
        let warnings = match fields.status == Some(Status::Member) {
            true => welcome_warnings(&path, before.coalition()?, doc, today)?,
            false => Vec::new(),
        };
        Ok((id, warnings))
    })?;
    let done = crate::t!("add-group-done", id = id.as_str(), name = name.as_str());
    ctx.done(&outcome, done)?;
    warn(&warnings);
    Ok(())
}

/// Adds the group to the document; returns its id.
pub fn add(
    doc: &mut DocumentMut,
    name: &str,
    id: Option<String>,
    fields: &GroupFields,
    today: NaiveDate,
) -> Result<String> {
    require_all(doc, Register::Tactics, &fields.tactics)?;
    taken(doc, name, id.is_some())?;
    add_entry(doc, Register::Groups, name, id, |group| {
        fields.write(group, Membership::default(), today)
    })
}

/// Refuses a name already borne by a group, unless the group gets an id
/// of its own (`with_id`).
fn taken(doc: &DocumentMut, name: &str, with_id: bool) -> Result<()> {
    if with_id {
        return Ok(());
    }
    // The same name twice is most often the same group added again,
    // whether under the id the name gives or under one chosen by hand.
    // A name without letters or digits gives no slug to compare: only
    // the same name is the same group then.
    let slug = slugify(name);
    match same_group(doc, name, &slug) {
        Some((existing, known)) => Err(Error::usage(crate::t!(
            "add-group-taken",
            id = existing.as_str(),
            name = output::clean(&known)
        ))
        .hint(crate::t!("add-group-taken-hint", id = existing.as_str()))),
        None => Ok(()),
    }
}

/// The group whose id is `slug`, or whose name gives that slug (or is
/// `name`, when the name gives no slug): its id and name.
fn same_group(doc: &DocumentMut, name: &str, slug: &str) -> Option<(String, String)> {
    let groups = document::register(doc, Register::Groups)?;
    let name_of = |entry: &toml_edit::Item| {
        entry
            .get("name")
            .and_then(|name| name.as_str())
            .map(String::from)
    };
    if slug.is_empty() {
        return groups.iter().find_map(|(id, entry)| {
            let known = name_of(entry)?;
            (known.trim() == name.trim()).then(|| (id.to_string(), known))
        });
    }
    if let Some(entry) = groups.get(slug) {
        return Some((
            slug.to_string(),
            name_of(entry).unwrap_or_else(|| slug.to_string()),
        ));
    }
    groups.iter().find_map(|(id, entry)| {
        let known = name_of(entry)?;
        (slugify(&known) == slug).then(|| (id.to_string(), known))
    })
}

/// On a terminal: the fields most worth filling in now, unless given as flags.
fn ask_main_fields(prompter: &mut dyn Prompter, fields: &mut GroupFields) -> Result<()> {
    if fields.status.is_none() {
        let (labels, words) = word_menu(Status::ALL.iter().map(|s| (s.word(), s.meaning())));
        let prompt = crate::t!("add-group-ask-status");
        let index = prompter.choose(
            Ask {
                prompt: &prompt,
                flag: "--status",
            },
            &Choice::list(&labels, &words),
            Some(0),
        )?;
        fields.status = Some(Status::ALL[index]);
    }
    if !fields.impacted && !fields.not_impacted {
        let prompt = crate::t!("add-group-ask-impacted");
        fields.impacted = prompter.confirm(
            Ask {
                prompt: &prompt,
                flag: "--impacted",
            },
            false,
        )?;
    }
    if !fields.public && !fields.private {
        let prompt = crate::t!("add-group-ask-public");
        fields.public = prompter.confirm(
            Ask {
                prompt: &prompt,
                flag: "--public",
            },
            false,
        )?;
    }
    let check = |text: &str| score(text).map(drop);
    for (slot, prompt, flag) in [
        (
            &mut fields.power,
            crate::t!("add-group-ask-power"),
            "--power",
        ),
        (
            &mut fields.interest,
            crate::t!("add-group-ask-interest"),
            "--interest",
        ),
    ] {
        if slot.is_none() {
            let prompt = &prompt;
            *slot = prompter
                .text(Ask { prompt, flag }, false, &check)?
                .map(|text| score(&text))
                .transpose()
                .map_err(Error::usage)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::Scripted;

    #[test]
    fn prompts_fill_what_the_flags_left_out() {
        let mut fields = GroupFields {
            power: Some(2),
            ..GroupFields::default()
        };
        let mut script = Scripted::new(["member", "y", "", "4"]);
        ask_main_fields(&mut script, &mut fields).unwrap();
        assert_eq!(fields.status, Some(Status::Member));
        assert!(fields.impacted);
        assert!(!fields.public);
        assert_eq!(fields.power, Some(2));
        assert_eq!(fields.interest, Some(4));
        assert_eq!(
            script.asked.len(),
            4,
            "power was given, so not asked: {:?}",
            script.asked
        );
    }

    #[test]
    fn a_prompted_score_is_checked_like_the_flag() {
        let mut fields = GroupFields::default();
        let mut script = Scripted::new(["", "", "", "9"]);
        let err = ask_main_fields(&mut script, &mut fields).unwrap_err();
        assert_eq!(err.message, "must be 1 to 5, got 9");
    }

    #[test]
    fn ids_come_from_names_and_a_taken_one_is_refused() {
        let mut doc: DocumentMut = "schema = 1\n".parse().unwrap();
        let fields = GroupFields::default();
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let add = |doc: &mut DocumentMut, name: &str, id: Option<String>, fields: &GroupFields| {
            add(doc, name, id, fields, today)
        };
        assert_eq!(
            add(&mut doc, "Solidarité migrante", None, &fields).unwrap(),
            "solidarite-migrante"
        );
        let err = add(&mut doc, "Solidarite Migrante", None, &fields).unwrap_err();
        assert_eq!(
            err.message,
            "there is already a group `solidarite-migrante` (Solidarité migrante)"
        );
        assert_eq!(
            add(&mut doc, "Solidarite Migrante", Some("sm2".into()), &fields).unwrap(),
            "sm2"
        );
        let err = add(&mut doc, "X", Some("solidarite-migrante".into()), &fields).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        // A name already borne under an id chosen by hand is the same group.
        add(&mut doc, "Comité logement", Some("cl".into()), &fields).unwrap();
        let err = add(&mut doc, "COMITE  logement", None, &fields).unwrap_err();
        assert_eq!(
            err.message,
            "there is already a group `cl` (Comité logement)"
        );
        assert_eq!(err.exit_code(), 2);
    }
}
