//! `coal update-decision N`: change a decision already logged, found by its
//! number in `coal list decisions`: mark it reviewed, add the groups
//! consulted, set its next review, correct what was written.

use chrono::NaiveDate;

use super::log_decision::{decided_at, require_assembly, rule_menu, unheard_note};
use super::{
    Context, ask_groups, by_number, happened, in_range, merged, said_date, today, whole_number,
};
use crate::cli::{DecisionChanges, UpdateDecisionArgs};
use crate::error::{Error, Result};
use crate::model::input::{date, non_empty, not_after};
use crate::model::{BY_ASSEMBLY, Coalition, Decision, DecisionRule, Register};
use crate::output::clean;
use crate::prompt::{Ask, Choice, Prompter};
use crate::store::{self, document, require, require_all};

const DECISIONS: &[&str] = &["decisions"];

pub fn run(ctx: &mut Context, args: UpdateDecisionArgs) -> Result<()> {
    let path = ctx.path()?;
    let today = today()?;
    let UpdateDecisionArgs {
        mut number,
        mut changes,
    } = args;
    // Checked before any prompt: nothing asked is lost to a wrong flag.
    if let Some(date) = changes.date {
        happened(&crate::t!("log-decision-the-date"), date, today)?;
    }
    if let Some(reviewed) = changes.reviewed {
        happened(
            &crate::t!("update-decision-the-review-date"),
            reviewed,
            today,
        )?;
    }
    // Without changes the number is checked first (and off a terminal
    // nothing is asked), so that a wrong number is told as such.
    let asks = number.is_none() || changes.is_empty();
    if asks {
        let coalition = store::load(&path)?.validated.coalition;
        let index = match &number {
            Some(number) => {
                let count = coalition.decisions.len();
                whole_number("decision", number, count)
                    .and_then(|number| in_range("decision", number, count))
                    .map_err(|err| err.hint(hint(count)))?
            }
            None => ask_decision(ctx.prompter, &coalition)?,
        };
        number = Some((index + 1).to_string());
        if changes.is_empty() {
            changes = ask_changes(ctx.prompter, &coalition, index, today)?;
        }
    }
    let number = number.expect("asked for above");
    if changes.is_empty() {
        return Err(Error::usage(crate::t!(
            "update-decision-nothing",
            number = number.as_str()
        ))
        .hint(crate::t!(
            "update-decision-nothing-hint",
            today = today.to_string()
        )));
    }
    let (after, outcome) = store::edit(&path, ctx.dry_run, |doc, before| {
        let decisions = &before.coalition()?.decisions;
        let count = decisions.len();
        let number =
            whole_number("decision", &number, count).map_err(|err| err.hint(hint(count)))?;
        let index = by_number(doc, DECISIONS, "decision", number, count, &hint(count))?;
        check_references(doc, &changes)?;
        if let Some(assembly) = changes.assembly {
            require_assembly(before.coalition()?, assembly)?;
        }
        let after = changed(&decisions[index], &changes)?;
        let redated = changes.assembly.is_some() || changes.date.is_some();
        if let Some(assembly) = after.assembly.filter(|_| redated) {
            decided_at(after.date, assembly, today)?;
        }
        document::edit_list_entry(doc, DECISIONS, index, |entry| {
            write(entry, &decisions[index], &after, &changes);
        })
        .expect("counted above");
        Ok((index + 1, after))
    })?;
    let (number, after) = after;
    let mut message = crate::t!(
        "update-decision-done",
        number = number.to_string(),
        date = said_date(after.date),
        summary = after.summary.as_str()
    );
    if let Some(reviewed) = after.reviewed.filter(|_| changes.reviewed.is_some()) {
        let due = after.review_on.filter(|due| *due > reviewed);
        let reviewed = said_date(reviewed);
        let line = match due {
            Some(due) => crate::t!(
                "update-decision-reviewed-next",
                reviewed = reviewed,
                due = said_date(due)
            ),
            None => crate::t!("update-decision-reviewed", reviewed = reviewed),
        };
        message.push('\n');
        message.push_str(&line);
    }
    message.push_str(&unheard_note(&after.affects, &after.consulted));
    ctx.done(&outcome, message)?;
    Ok(())
}

/// Where to look for the decisions and their numbers.
fn hint(count: usize) -> String {
    match count {
        0 => crate::t!("update-decision-log-one"),
        _ => crate::t!("update-decision-list-them"),
    }
}

fn check_references(doc: &toml_edit::DocumentMut, changes: &DecisionChanges) -> Result<()> {
    if let Some(by) = changes.by.as_deref().filter(|by| *by != BY_ASSEMBLY) {
        require(doc, Register::Committees, by)?;
    }
    require_all(doc, Register::Groups, &changes.add_affects)?;
    require_all(doc, Register::Groups, &changes.add_consulted)
}

/// The decision as it will read once changed; a review before the
/// decision was taken is refused.
fn changed(before: &Decision, changes: &DecisionChanges) -> Result<Decision> {
    let mut after = before.clone();
    if let Some(summary) = &changes.summary {
        after.summary.clone_from(summary);
    }
    after.date = changes.date.unwrap_or(after.date);
    if let Some(by) = &changes.by {
        after.by.clone_from(by);
    }
    match (changes.assembly, changes.by.as_deref()) {
        (Some(assembly), None | Some(BY_ASSEMBLY)) => {
            after.by = BY_ASSEMBLY.to_string();
            after.assembly = Some(assembly);
        }
        (Some(assembly), Some(_)) => {
            return Err(Error::usage(crate::t!(
                "update-decision-assembly-or-committee",
                assembly = assembly.to_string()
            ))
            .hint(crate::t!("update-decision-give-one")));
        }
        // A committee's decision was not taken by an assembly.
        (None, Some(by)) if by != BY_ASSEMBLY => after.assembly = None,
        (None, _) => {}
    }
    after.rule = changes.rule.unwrap_or(after.rule);
    if let Some(affects) = merged(&after.affects, &changes.add_affects) {
        after.affects = affects;
    }
    if let Some(consulted) = merged(&after.consulted, &changes.add_consulted) {
        after.consulted = consulted;
    }
    after.review_on = changes.review_on.or(after.review_on);
    after.reviewed = changes.reviewed.or(after.reviewed);
    for (what, day) in [
        (crate::t!("update-decision-the-review-date"), after.reviewed),
        (
            crate::t!("update-decision-the-next-review"),
            after.review_on,
        ),
    ] {
        if let Some(day) = day {
            not_before_the_decision(day, after.date).map_err(|err| {
                Error::usage(crate::t!("edit-date-said", what = what, reason = err))
                    .hint(crate::t!("log-decision-review-hint"))
            })?;
        }
    }
    Ok(after)
}

/// A review, held or to come, is not before the decision it reviews.
fn not_before_the_decision(day: NaiveDate, decided: NaiveDate) -> std::result::Result<(), String> {
    if day < decided {
        return Err(crate::t!(
            "update-decision-before-itself",
            day = said_date(day),
            decided = said_date(decided)
        ));
    }
    Ok(())
}

/// Writes into the file's entry only what the changes touch, so the other
/// keys keep their bytes.
fn write(
    entry: &mut document::SchemaTable,
    before: &Decision,
    after: &Decision,
    changes: &DecisionChanges,
) {
    if changes.summary.is_some() {
        entry.set("summary", after.summary.as_str());
    }
    if changes.date.is_some() {
        entry.set("date", document::date(after.date));
    }
    if changes.by.is_some() || after.by != before.by {
        entry.set("by", after.by.as_str());
    }
    match after.assembly {
        Some(assembly) if after.assembly != before.assembly => {
            entry.set("assembly", document::date(assembly));
        }
        None if before.assembly.is_some() => drop(entry.remove("assembly")),
        _ => {}
    }
    if changes.rule.is_some() {
        entry.set("rule", after.rule.as_str());
    }
    if after.affects != before.affects {
        entry.set_list("affects", &before.affects, &after.affects);
    }
    if after.consulted != before.consulted {
        entry.set_list("consulted", &before.consulted, &after.consulted);
    }
    for (key, date) in [
        ("review_on", changes.review_on),
        ("reviewed", changes.reviewed),
    ] {
        if let Some(date) = date {
            entry.set(key, document::date(date));
        }
    }
}

/// Asks which decision, newest first.
fn ask_decision(prompter: &mut dyn Prompter, coalition: &Coalition) -> Result<usize> {
    let decisions = &coalition.decisions;
    if decisions.is_empty() {
        // No number was given: none is named back.
        return Err(Error::usage(crate::t!("update-decision-none")).hint(hint(0)));
    }
    let labels: Vec<String> = decisions
        .iter()
        .enumerate()
        .rev()
        .map(|(index, d)| format!("{}. {} {}", index + 1, d.date, clean(&d.summary)))
        .collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let prompt = crate::t!("update-decision-ask-which");
    let ask = Ask {
        prompt: &prompt,
        flag: "N (the first argument)",
    };
    let picked = prompter.choose(ask, &Choice::plain(&labels), None)?;
    Ok(decisions.len() - 1 - picked)
}

/// What can change in a decision, as offered on a terminal.
#[derive(Clone, Copy)]
enum Change {
    Reviewed,
    Consulted,
    ReviewOn,
    Summary,
    Date,
    By,
    Rule,
    Affects,
}

const WHAT: [Change; 8] = [
    Change::Reviewed,
    Change::Consulted,
    Change::ReviewOn,
    Change::Summary,
    Change::Date,
    Change::By,
    Change::Rule,
    Change::Affects,
];

impl Change {
    /// How the menu of changes shows it.
    fn label(self) -> String {
        match self {
            Change::Reviewed => crate::t!("update-decision-change-reviewed"),
            Change::Consulted => crate::t!("update-decision-change-consulted"),
            Change::ReviewOn => crate::t!("update-decision-change-review-on"),
            Change::Summary => crate::t!("update-decision-change-summary"),
            Change::Date => crate::t!("update-decision-change-date"),
            Change::By => crate::t!("update-decision-change-by"),
            Change::Rule => crate::t!("update-decision-change-rule"),
            Change::Affects => crate::t!("update-decision-change-affects"),
        }
    }
}

/// Asks what changed in decision `index`, then each new value.
fn ask_changes(
    p: &mut dyn Prompter,
    c: &Coalition,
    index: usize,
    today: NaiveDate,
) -> Result<DecisionChanges> {
    let decision = &c.decisions[index];
    let prompt = crate::t!("update-decision-ask-what");
    let flags = crate::t!("update-decision-flags");
    let ask = Ask {
        prompt: &prompt,
        flag: &flags,
    };
    let labels = WHAT.map(Change::label);
    let words = labels.each_ref().map(String::as_str);
    let picked = p.pick(ask, &Choice::plain(&words), &[false; WHAT.len()])?;
    let mut changes = DecisionChanges::default();
    for change in picked.into_iter().map(|i| WHAT[i]) {
        match change {
            Change::Reviewed => {
                let prompt = crate::t!("update-decision-ask-reviewed", today = today.to_string());
                let ask = Ask {
                    prompt: &prompt,
                    flag: "--reviewed",
                };
                let past = |text: &str| {
                    let day = not_after(date(text, today)?, today)?;
                    not_before_the_decision(day, decision.date)
                };
                let answer = p.text(ask, false, &past)?;
                changes.reviewed = Some(
                    answer
                        .map_or(Ok(today), |text| date(&text, today))
                        .map_err(Error::usage)?,
                );
            }
            Change::Consulted => {
                let prompt = crate::t!("update-decision-ask-consulted");
                changes.add_consulted =
                    ask_more_groups(p, c, &prompt, "--add-consulted", &decision.consulted)?;
            }
            Change::ReviewOn => {
                changes.review_on = Some(ask_date(
                    p,
                    &crate::t!("update-decision-ask-review-on"),
                    "--review-on",
                    None,
                    today,
                )?);
            }
            Change::Summary => {
                let prompt = crate::t!("log-decision-ask-summary");
                let ask = Ask {
                    prompt: &prompt,
                    flag: "--summary",
                };
                let check = |text: &str| non_empty(text).map(drop);
                changes.summary = p.text(ask, true, &check)?;
            }
            Change::Date => {
                let prompt = crate::t!("update-decision-ask-date");
                changes.date = Some(ask_date(p, &prompt, "--date", Some(today), today)?)
            }
            Change::By => changes.by = Some(ask_by(p, c)?),
            Change::Rule => {
                let prompt = crate::t!("log-decision-ask-rule");
                let ask = Ask {
                    prompt: &prompt,
                    flag: "--rule",
                };
                let current = DecisionRule::ALL.iter().position(|r| *r == decision.rule);
                let (labels, words) = rule_menu();
                let rules = Choice::list(&labels, &words);
                let rule = p.choose(ask, &rules, current)?;
                changes.rule = Some(DecisionRule::ALL[rule]);
            }
            Change::Affects => {
                let prompt = crate::t!("update-decision-ask-affects");
                changes.add_affects =
                    ask_more_groups(p, c, &prompt, "--add-affects", &decision.affects)?;
            }
        }
    }
    Ok(changes)
}

/// Asks for groups to add to a list; those already in it are left out.
fn ask_more_groups(
    p: &mut dyn Prompter,
    c: &Coalition,
    prompt: &str,
    flag: &str,
    listed: &[String],
) -> Result<Vec<String>> {
    let picked = ask_groups(p, c, Ask { prompt, flag }, |_| true)?;
    Ok(picked
        .into_iter()
        .filter(|id| !listed.contains(id))
        .collect())
}

/// Asks who decided: the assembly or a committee.
fn ask_by(p: &mut dyn Prompter, c: &Coalition) -> Result<String> {
    let mut deciders = vec![BY_ASSEMBLY.to_string()];
    deciders.extend(c.committees.keys().cloned());
    let labels: Vec<String> = deciders
        .iter()
        .enumerate()
        .map(|(i, id)| match i {
            0 => id.clone(),
            _ => crate::t!("update-decision-by-committee", id = id.as_str()),
        })
        .collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let prompt = crate::t!("update-decision-ask-by");
    let ask = Ask {
        prompt: &prompt,
        flag: "--by",
    };
    let by = p.choose(ask, &Choice::plain(&labels), None)?;
    Ok(deciders.swap_remove(by))
}

/// Asks for a date; with `latest`, none after it.
fn ask_date(
    p: &mut dyn Prompter,
    prompt: &str,
    flag: &str,
    latest: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<NaiveDate> {
    let check = move |text: &str| {
        let day = date(text, today)?;
        latest.map_or(Ok(day), |latest| not_after(day, latest))?;
        Ok(())
    };
    let prompt = crate::t!(
        "update-decision-ask-like",
        prompt = prompt,
        today = today.to_string()
    );
    let answer = p.text(
        Ask {
            prompt: &prompt,
            flag,
        },
        true,
        &check,
    )?;
    date(&answer.unwrap_or_default(), today).map_err(Error::usage)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::Scripted;

    fn coalition() -> Coalition {
        let text = "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n\
            [groups.tenants]\nname = \"Tenants\"\n[groups.union]\nname = \"Union\"\n\
            [committees.steering]\nname = \"Steering\"\n\
            [[decisions]]\ndate = 2026-10-01\nsummary = \"Meet weekly\"\n\
            [[decisions]]\ndate = 2026-11-01\nsummary = \"Rent a hall\"\naffects = [\"tenants\"]\n";
        crate::store::load::parse(std::path::Path::new("c"), text)
            .unwrap()
            .coalition
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    #[test]
    fn decisions_are_offered_newest_first_by_their_numbers() {
        let mut script = Scripted::new(["1. 2026-10-01 Meet weekly"]);
        assert_eq!(ask_decision(&mut script, &coalition()).unwrap(), 0);
        let mut script = Scripted::new(["2. 2026-11-01 Rent a hall"]);
        assert_eq!(ask_decision(&mut script, &coalition()).unwrap(), 1);
        let err = ask_decision(&mut Scripted::new([""; 0]), &Coalition::default()).unwrap_err();
        assert_eq!(
            err.message,
            "there is no decision to change: none is recorded yet"
        );
        assert_eq!(err.hints, ["log one with `coal log-decision SUMMARY`"]);
    }

    #[test]
    fn a_review_and_the_groups_consulted_are_asked_for() {
        let mut script = Scripted::new([
            "it was reviewed|groups were consulted",
            "",
            "tenants — Tenants|union — Union",
        ]);
        let changes = ask_changes(&mut script, &coalition(), 1, today()).unwrap();
        assert_eq!(changes.reviewed, Some(today()));
        assert_eq!(changes.add_consulted, ["tenants", "union"]);
        assert_eq!(
            DecisionChanges {
                reviewed: None,
                add_consulted: Vec::new(),
                ..changes
            },
            DecisionChanges::default()
        );
    }

    /// A date prompt shows today as its example, and its error too.
    #[test]
    fn a_date_prompt_gives_today_as_its_example() {
        let today = NaiveDate::from_ymd_opt(2027, 3, 4).unwrap();
        let mut script = Scripted::new(["its next review", "4/3/2027"]);
        let err = ask_changes(&mut script, &coalition(), 1, today).unwrap_err();
        assert_eq!(
            err.message,
            "must be a date written like 2027-03-04, got `4/3/2027`"
        );
        assert_eq!(script.asked[1], "Review it again on (like 2027-03-04)");
    }

    #[test]
    fn every_other_field_is_asked_for_and_dates_after_today_refused() {
        let mut script = Scripted::new([
            "its next review|what was decided|when|who decided|how (the rule)|groups it affects",
            "2027-03-01",
            "Rent the parish hall",
            "2026-10-30",
            "committee steering",
            "consensus",
            "tenants — Tenants|union — Union",
        ]);
        let changes = ask_changes(&mut script, &coalition(), 1, today()).unwrap();
        assert_eq!(
            changes,
            DecisionChanges {
                summary: Some("Rent the parish hall".into()),
                date: NaiveDate::from_ymd_opt(2026, 10, 30),
                by: Some("steering".into()),
                rule: Some(DecisionRule::Consensus),
                add_affects: vec!["union".into()],
                review_on: NaiveDate::from_ymd_opt(2027, 3, 1),
                ..DecisionChanges::default()
            }
        );
        let mut script = Scripted::new(["it was reviewed", "2026-11-26"]);
        let err = ask_changes(&mut script, &coalition(), 1, today()).unwrap_err();
        assert_eq!(err.message, "2026-11-26 is after today (2026-11-25)");
        let mut script = Scripted::new(["it was reviewed", "2026-10-31"]);
        let err = ask_changes(&mut script, &coalition(), 1, today()).unwrap_err();
        assert_eq!(
            err.message,
            "2026-10-31 is before the decision itself (2026-11-01)"
        );
    }

    #[test]
    fn numbers_count_from_one_and_errors_say_how_many_there_are() {
        assert_eq!(in_range("decision", 1, 2).unwrap(), 0);
        assert_eq!(
            in_range("decision", 3, 2).unwrap_err().message,
            "there is no decision 3: there are 2 decisions, numbered 1 to 2"
        );
        assert_eq!(
            in_range("decision", 0, 1).unwrap_err().message,
            "there is no decision 0: there is 1 decision, number 1"
        );
    }
}
