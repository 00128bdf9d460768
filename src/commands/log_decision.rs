//! `coal log-decision`: decisions in the order taken.

use chrono::NaiveDate;
use toml_edit::{Table, value};

use super::{Context, happened, said_date, today, word_menu};
use crate::cli::LogDecisionArgs;
use crate::error::{Error, Result};
use crate::model::input::non_empty;
use crate::model::{BY_ASSEMBLY, Coalition, DecisionRule, Register};
use crate::prompt::{Ask, Choice};
use crate::store::{self, document};
use crate::store::{require, require_all};

pub fn run(ctx: &mut Context, args: LogDecisionArgs) -> Result<()> {
    let path = ctx.path()?;
    let LogDecisionArgs {
        summary,
        date,
        by,
        mut rule,
        affects,
        consulted,
        review_on,
        assembly,
    } = args;
    if let Some(assembly) = assembly
        && by.as_deref().is_some_and(|by| by != BY_ASSEMBLY)
    {
        return Err(Error::usage(crate::t!(
            "log-decision-assembly-or-committee",
            assembly = assembly.to_string()
        ))
        .hint(crate::t!("log-decision-assembly-or-committee-hint")));
    }
    // Checked before any prompt: nothing asked is lost to a wrong flag. A
    // decision of a named assembly was taken that day, unless told otherwise.
    let today = today()?;
    if let Some(assembly) = assembly {
        decided_at(date.unwrap_or(assembly), assembly, today)?;
    }
    let date = match date.or(assembly) {
        Some(date) => happened(&crate::t!("log-decision-the-date"), date, today)?,
        None => today,
    };
    if let Some(review_on) = review_on.filter(|review_on| *review_on < date) {
        return Err(Error::usage(crate::t!(
            "log-decision-review-before",
            review = said_date(review_on),
            date = said_date(date)
        ))
        .hint(crate::t!("log-decision-review-hint")));
    }
    ctx.check_first(&path, |doc| {
        if let Some(by) = by.as_deref().filter(|by| *by != BY_ASSEMBLY) {
            require(doc, Register::Committees, by)?;
        }
        require_all(doc, Register::Groups, &affects)?;
        require_all(doc, Register::Groups, &consulted)
    })?;
    let summary = match summary {
        Some(summary) => summary,
        None => {
            let prompt = crate::t!("log-decision-ask-summary");
            let ask = Ask {
                prompt: &prompt,
                flag: "SUMMARY (the first argument)",
            };
            let check = |text: &str| non_empty(text).map(drop);
            ctx.prompter.text(ask, true, &check)?.unwrap_or_default()
        }
    };
    if ctx.interactive && rule.is_none() {
        let prompt = crate::t!("log-decision-ask-rule");
        let ask = Ask {
            prompt: &prompt,
            flag: "--rule",
        };
        let (labels, words) = rule_menu();
        let rules = Choice::list(&labels, &words);
        let index = ctx.prompter.choose(ask, &rules, Some(1))?;
        rule = Some(DecisionRule::ALL[index]);
    }
    let (_, outcome) = store::edit(&path, ctx.dry_run, |doc, before| {
        if let Some(assembly) = assembly {
            require_assembly(before.coalition()?, assembly)?;
        }
        if let Some(by) = by.as_deref().filter(|by| *by != BY_ASSEMBLY) {
            require(doc, Register::Committees, by)?;
        }
        require_all(doc, Register::Groups, &affects)?;
        require_all(doc, Register::Groups, &consulted)?;
        let mut decision = Table::new();
        decision["date"] = value(document::date(date));
        decision["summary"] = value(summary.as_str());
        decision["by"] = value(by.as_deref().unwrap_or(BY_ASSEMBLY));
        decision["rule"] = value(rule.unwrap_or_default().as_str());
        if !affects.is_empty() {
            decision["affects"] = value(document::string_array(&affects));
        }
        if !consulted.is_empty() {
            decision["consulted"] = value(document::string_array(&consulted));
        }
        if let Some(review_on) = review_on {
            decision["review_on"] = value(document::date(review_on));
        }
        if let Some(assembly) = assembly {
            decision["assembly"] = value(document::date(assembly));
        }
        document::append(doc, &["decisions"], decision).map_err(Error::usage)
    })?;
    let mut message = crate::t!(
        "log-decision-done",
        date = said_date(date),
        summary = summary.as_str()
    );
    message.push_str(&unheard_note(&affects, &consulted));
    ctx.done(&outcome, message)?;
    Ok(())
}

/// The decision rules as a menu, each with what it means.
pub fn rule_menu() -> (Vec<String>, Vec<String>) {
    word_menu(DecisionRule::ALL.iter().map(|r| (r.word(), r.meaning())))
}

/// A note line when a decision affects groups it did not consult.
pub fn unheard_note(affects: &[String], consulted: &[String]) -> String {
    let unheard: Vec<&str> = affects
        .iter()
        .filter(|g| !consulted.contains(g))
        .map(String::as_str)
        .collect();
    if unheard.is_empty() {
        return String::new();
    }
    let note = crate::t!("log-decision-unheard", groups = unheard.join(", "));
    format!("\n{note}")
}

/// A decision of the assembly of `assembly`, dated `date`: that assembly
/// has been held, and the decision is not dated before it.
pub fn decided_at(date: NaiveDate, assembly: NaiveDate, today: NaiveDate) -> Result<()> {
    if assembly > today {
        return Err(Error::usage(crate::t!(
            "log-decision-assembly-to-come",
            assembly = said_date(assembly),
            today = said_date(today)
        ))
        .hint(crate::t!("log-decision-assembly-to-come-hint")));
    }
    if date < assembly {
        return Err(Error::usage(crate::t!(
            "log-decision-before-assembly",
            date = said_date(date),
            assembly = said_date(assembly)
        ))
        .hint(crate::t!("log-decision-before-assembly-hint")));
    }
    Ok(())
}

/// `--assembly DATE` must name an assembly of the file.
pub fn require_assembly(coalition: &Coalition, date: NaiveDate) -> Result<()> {
    let dates: Vec<String> = coalition
        .all_assemblies()
        .iter()
        .map(|a| a.date.to_string())
        .collect();
    if dates.contains(&date.to_string()) {
        return Ok(());
    }
    let error = Error::usage(crate::t!(
        "log-decision-no-assembly",
        date = said_date(date)
    ));
    Err(if dates.is_empty() {
        error.hint(crate::t!("log-decision-no-assembly-yet"))
    } else {
        error.hint(crate::t!(
            "log-decision-assemblies",
            dates = dates.join(", "),
            date = date.to_string()
        ))
    })
}
