//! `coal add-boundary`: a line a group will not cross.

use toml_edit::{Table, value};

use super::{Context, ask_group, group_argument};
use crate::cli::AddBoundaryArgs;
use crate::error::{Error, Result};
use crate::model::{Boundary, BoundaryLevel, Coalition, Group, Register};
use crate::output;
use crate::prompt::{Ask, Choice, Prompter};
use crate::store::require;
use crate::store::{self, document};
use crate::t;

pub fn run(ctx: &mut Context, args: AddBoundaryArgs) -> Result<()> {
    let path = ctx.path()?;
    let AddBoundaryArgs {
        group,
        against_group,
        against_tactic,
        mut level,
        mut reason,
    } = args;
    // A boundary asked for on a terminal is asked in full; one given by its
    // flags is recorded as given.
    let walked = ctx.interactive
        && (group.is_none() || (against_group.is_none() && against_tactic.is_none()));
    let group = group_argument(ctx, &path, group, &t!("boundary-holder-prompt"))?;
    let (key, against, register) = match (against_group, against_tactic) {
        (Some(other), None) => ("group", other, Register::Groups),
        (None, Some(tactic)) => ("tactic", tactic, Register::Tactics),
        _ if ctx.interactive => {
            let coalition = store::load(&path)?.validated.coalition;
            ask_against(ctx.prompter, &coalition, &group)?
        }
        _ => {
            return Err(
                Error::usage(t!("boundary-against-one")).hint(t!("boundary-against-one-hint"))
            );
        }
    };
    if key == "group" && against == group {
        return Err(Error::usage(t!(
            "boundary-against-itself",
            group = group.as_str()
        )));
    }
    if walked {
        ask_level_and_reason(ctx.prompter, key, &mut level, &mut reason)?;
    }
    let level = level.unwrap_or_default();
    let (_, outcome) = store::edit(&path, ctx.dry_run, |doc, before| {
        require(doc, Register::Groups, &group)?;
        require(doc, register, &against)?;
        let held = before
            .coalition()?
            .groups
            .get(&group)
            .map(|g| g.boundaries.as_slice())
            .unwrap_or_default();
        let names = |b: &&Boundary| match key {
            "group" => b.group.as_deref(),
            _ => b.tactic.as_deref(),
        } == Some(against.as_str());
        if held.iter().any(|b| names(&b)) {
            let (group, against) = (group.as_str(), against.as_str());
            return Err(Error::usage(t!(
                "boundary-already-held",
                group = group,
                key = key,
                against = against
            ))
            .hint(t!(
                "boundary-already-held-hint",
                group = group,
                key = key,
                against = against
            )));
        }
        let mut boundary = Table::new();
        boundary[key] = value(against.as_str());
        boundary["level"] = value(level.as_str());
        if let Some(reason) = &reason {
            boundary["reason"] = value(reason.as_str());
        }
        document::append(doc, &["groups", &group, "boundaries"], boundary).map_err(Error::usage)
    })?;
    ctx.done(
        &outcome,
        t!(
            "boundary-added",
            group = group.as_str(),
            level = level.word(),
            key = key,
            against = against.as_str()
        ),
    )?;
    Ok(())
}

/// Asks whether the line is against a group or a tactic, then which.
/// Only what can be chosen is offered: not the group holding it, nor a
/// line it already holds; the first question is skipped when only groups
/// or only tactics are left, and nothing is asked when neither is.
fn ask_against(
    prompter: &mut dyn Prompter,
    coalition: &Coalition,
    holder: &str,
) -> Result<(&'static str, String, Register)> {
    let Some(holding) = coalition.groups.get(holder) else {
        return Err(store::no_group(coalition, holder));
    };
    let held = |id: &str, key: fn(&Boundary) -> Option<&str>| {
        holding.boundaries.iter().any(|b| key(b) == Some(id))
    };
    let groups: Vec<&Group> = coalition
        .groups
        .iter()
        .filter(|(id, _)| *id != holder && !held(id, |b| b.group.as_deref()))
        .map(|(_, group)| group)
        .collect();
    let tactics: Vec<(&String, String)> = coalition
        .tactics
        .iter()
        .filter(|(id, _)| !held(id, |b| b.tactic.as_deref()))
        .map(|(id, tactic)| (id, output::clean(&tactic.name)))
        .collect();
    let against_group = match (groups.is_empty(), tactics.is_empty()) {
        (true, true) => {
            return Err(Error::usage(t!("boundary-nothing-left", holder = holder))
                .hint(t!("boundary-nothing-left-hint")));
        }
        (false, true) => true,
        (true, false) => false,
        (false, false) => {
            let prompt = t!("boundary-kind-prompt");
            let ask = Ask {
                prompt: &prompt,
                flag: "--against-group ID or --against-tactic ID",
            };
            let kinds = [t!("boundary-kind-group"), t!("boundary-kind-tactic")];
            let kinds = kinds.each_ref().map(String::as_str);
            prompter.choose(ask, &Choice::plain(&kinds), None)? == 0
        }
    };
    if against_group {
        let ask = Ask {
            prompt: &t!("boundary-group-prompt"),
            flag: "--against-group ID",
        };
        let offered = |g: &Group| groups.iter().any(|o| std::ptr::eq(*o, g));
        let other = ask_group(prompter, coalition, ask, offered)?;
        return Ok(("group", other, Register::Groups));
    }
    let labels: Vec<String> = tactics
        .iter()
        .map(|(id, name)| format!("{id} — {name}"))
        .collect();
    let names: Vec<String> = tactics.iter().map(|(_, name)| name.clone()).collect();
    let ask = Ask {
        prompt: &t!("boundary-tactic-prompt"),
        flag: "--against-tactic ID",
    };
    let index = prompter.choose(ask, &Choice::list(&labels, &names), None)?;
    Ok(("tactic", tactics[index].0.clone(), Register::Tactics))
}

/// The level and the reason, unless given as flags; `key` says whether the
/// line is against a group or a tactic.
fn ask_level_and_reason(
    prompter: &mut dyn Prompter,
    key: &str,
    level: &mut Option<BoundaryLevel>,
    reason: &mut Option<String>,
) -> Result<()> {
    if level.is_none() {
        // What each level means, as `coal check` reads it.
        let meaning = |level: BoundaryLevel| match (key, level) {
            ("group", BoundaryLevel::Refuse) => t!("boundary-group-refuse"),
            ("group", BoundaryLevel::Limited) => t!("boundary-group-limited"),
            (_, BoundaryLevel::Refuse) => t!("boundary-tactic-refuse"),
            (_, BoundaryLevel::Limited) => t!("boundary-tactic-limited"),
        };
        let labels: Vec<String> = BoundaryLevel::ALL
            .iter()
            .map(|&level| format!("{level}: {}", meaning(level)))
            .collect();
        let words: Vec<String> = BoundaryLevel::ALL
            .iter()
            .map(|level| level.to_string())
            .collect();
        let default = BoundaryLevel::ALL
            .iter()
            .position(|&level| level == BoundaryLevel::default());
        let ask = Ask {
            prompt: &t!("boundary-level-prompt"),
            flag: "--level",
        };
        let index = prompter.choose(ask, &Choice::list(&labels, &words), default)?;
        *level = Some(BoundaryLevel::ALL[index]);
    }
    if reason.is_none() {
        let ask = Ask {
            prompt: &t!("boundary-reason-prompt"),
            flag: "--reason",
        };
        *reason = prompter.text(ask, false, &|_| Ok(()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::Scripted;

    fn coalition() -> Coalition {
        let text = "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n\
            [groups.church]\nname = \"Church\"\n[groups.union]\nname = \"Union\"\n\
            [tactics.march]\nname = \"March\"\n[tactics.sit-in]\nname = \"Sit-in\"\n";
        crate::store::load::parse(std::path::Path::new("c"), text)
            .unwrap()
            .coalition
    }

    #[test]
    fn a_group_is_chosen_among_the_others_not_the_holder() {
        let mut script = Scripted::new(["a group", "union — Union"]);
        let against = ask_against(&mut script, &coalition(), "church").unwrap();
        assert_eq!(against, ("group", "union".to_string(), Register::Groups));
        assert_eq!(
            script.asked,
            [
                "Is the line against a group or a tactic?",
                "Against which group?"
            ]
        );
        let mut script = Scripted::new(["a group", "church — Church"]);
        let refused = ask_against(&mut script, &coalition(), "church").unwrap_err();
        assert_eq!(
            refused.message,
            "`church — Church` is not one of [\"union — Union\"]"
        );
    }

    #[test]
    fn a_tactic_is_chosen_among_the_tactics() {
        let mut script = Scripted::new(["a tactic", "sit-in — Sit-in"]);
        let against = ask_against(&mut script, &coalition(), "church").unwrap();
        assert_eq!(against, ("tactic", "sit-in".to_string(), Register::Tactics));
    }

    #[test]
    fn only_what_can_be_chosen_is_offered() {
        // No tactic: straight to the groups.
        let mut c = coalition();
        c.tactics.clear();
        let mut script = Scripted::new(["union — Union"]);
        let against = ask_against(&mut script, &c, "church").unwrap();
        assert_eq!(against, ("group", "union".to_string(), Register::Groups));
        assert_eq!(script.asked, ["Against which group?"]);
        // A line already held is not offered: only the tactics are left.
        let church = c.groups.get_mut("church").unwrap();
        church.boundaries.push(Boundary {
            group: Some("union".into()),
            ..Boundary::default()
        });
        let mut with_tactics = coalition();
        with_tactics.groups = c.groups.clone();
        let mut script = Scripted::new(["march — March"]);
        let against = ask_against(&mut script, &with_tactics, "church").unwrap();
        assert_eq!(against, ("tactic", "march".to_string(), Register::Tactics));
        assert_eq!(script.asked, ["Against which tactic?"]);
        // Neither: refused before any question.
        let mut script = Scripted::new([""; 0]);
        let refused = ask_against(&mut script, &c, "church").unwrap_err();
        assert_eq!(
            refused.message,
            "group `church` has no group or tactic left to hold a line against"
        );
        assert!(script.asked.is_empty());
    }

    #[test]
    fn a_holder_that_is_not_there_is_refused_before_any_question() {
        let mut script = Scripted::new([""; 0]);
        let refused = ask_against(&mut script, &coalition(), "chruch").unwrap_err();
        assert_eq!(refused.message, "there is no group `chruch`");
        assert!(script.asked.is_empty());
    }

    #[test]
    fn the_level_says_what_it_means_and_refuse_is_the_default() {
        let (mut level, mut reason) = (None, None);
        let mut script = Scripted::new(["", "They funded the eviction"]);
        ask_level_and_reason(&mut script, "group", &mut level, &mut reason).unwrap();
        assert_eq!(level, Some(BoundaryLevel::Refuse));
        assert_eq!(reason.as_deref(), Some("They funded the eviction"));
        let (mut level, mut reason) = (None, None);
        let mut script = Scripted::new(["limited: takes part only in some ways", ""]);
        ask_level_and_reason(&mut script, "tactic", &mut level, &mut reason).unwrap();
        assert_eq!((level, reason), (Some(BoundaryLevel::Limited), None));
        // Given as flags, they are not asked.
        let (mut level, mut reason) = (Some(BoundaryLevel::Limited), Some("R".into()));
        let mut script = Scripted::new([""; 0]);
        ask_level_and_reason(&mut script, "group", &mut level, &mut reason).unwrap();
        assert!(script.asked.is_empty());
    }
}
