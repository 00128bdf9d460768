//! The guided walkthroughs of `coal step` on a terminal. Each gathers every
//! answer into a `Plan` first; leaving at any prompt writes nothing.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::plan::{Asked, Plan};
use crate::cli::AssemblyFields;
use crate::commands::assembly_fields::{ask_access, ask_times, check_date};
use crate::error::Result;
use crate::model::input::{date, non_empty};
use crate::model::{Coalition, Group, Status};
use crate::output::clean;
use crate::prompt::{Ask, Choice, Prompter};
use crate::steps::{
    LESS_IS_MORE, Prospect, Step, open_questions, question_number, ranked_prospects, same_question,
};

/// A plan and the notes to show the organizer about it.
pub struct Walked {
    pub plan: Plan,
    pub notes: Vec<String>,
}

pub fn walk(step: Step, p: &mut dyn Prompter, c: &Coalition, today: NaiveDate) -> Result<Walked> {
    let mut walked = match step {
        Step::Contact => contact(p, c)?,
        Step::Draft => draft(p, c)?,
        Step::Assembly => assembly(p, c, today)?,
        Step::Presentation => presentation(p, c)?,
    };
    walked.plan.start = true;
    walked.plan.done = p.confirm(
        Ask {
            prompt: "Is this step finished?",
            flag: "--done",
        },
        false,
    )?;
    Ok(walked)
}

fn label(id: &str, g: &Group) -> String {
    let mut facts = Vec::new();
    for (what, score) in [
        ("power", g.power),
        ("interest", g.interest),
        ("unpredictability", g.unpredictability),
    ] {
        if let Some(score) = score {
            facts.push(format!("{what} {score}"));
        }
    }
    if g.impacted {
        facts.push("impacted".into());
    }
    let name = clean(&g.name);
    if facts.is_empty() {
        format!("{name} ({id})")
    } else {
        format!("{name} ({id}): {}", facts.join(", "))
    }
}

/// A prospect as step 1 proposes it: its name, id, and why it ranks there.
pub fn prospect_label(prospect: &Prospect) -> String {
    format!(
        "{} ({}): {}",
        clean(&prospect.group.name),
        prospect.id,
        prospect.why
    )
}

const OUTCOMES: [(Status, &str); 3] = [
    (Status::Contacted, "contacted, no answer yet"),
    (Status::Dialogue, "in dialogue"),
    (Status::Declined, "declined"),
];

fn contact(p: &mut dyn Prompter, c: &Coalition) -> Result<Walked> {
    let mut plan = Plan::new(Step::Contact);
    let mut notes = Vec::new();
    let ranked = ranked_prospects(c);
    let prospects: Vec<(&String, &Group)> = ranked.iter().map(|p| (p.id, p.group)).collect();
    let prospect_labels: Vec<String> = ranked.iter().map(prospect_label).collect();
    let contacted: Vec<(&String, &Group)> = c
        .groups
        .iter()
        .filter(|(_, g)| g.status == Status::Contacted)
        .collect();
    let contacted_labels: Vec<String> = contacted.iter().map(|(id, g)| label(id, g)).collect();
    if prospects.is_empty() && contacted.is_empty() {
        notes.push(
            "There are no prospects yet: add the groups you think of with `coal add-group NAME`."
                .into(),
        );
    }
    let words: Vec<&str> = OUTCOMES.iter().map(|(_, word)| *word).collect();
    let mut ask_outcomes = |p: &mut dyn Prompter,
                            groups: &[(&String, &Group)],
                            labels: &[String],
                            prompt: &str|
     -> Result<()> {
        if groups.is_empty() {
            return Ok(());
        }
        let names: Vec<String> = groups.iter().map(|(_, g)| clean(&g.name)).collect();
        let picked = p.pick(
            Ask {
                prompt,
                flag: "--contacted",
            },
            &Choice::list(labels, &names),
            &vec![false; labels.len()],
        )?;
        for index in picked {
            let (id, group) = groups[index];
            let prompt = format!("{}: where do things stand?", clean(&group.name));
            let ask = Ask {
                prompt: &prompt,
                flag: "--contacted, --dialogue or --declined",
            };
            let outcome = p.choose(ask, &Choice::plain(&words), Some(0))?;
            plan.outcomes.push((id.clone(), OUTCOMES[outcome].0));
        }
        Ok(())
    };
    ask_outcomes(
        p,
        &prospects,
        &prospect_labels,
        "Whom will you contact? (impacted groups and allies first, then by interest and power)",
    )?;
    ask_outcomes(
        p,
        &contacted,
        &contacted_labels,
        "Any news from the groups already contacted?",
    )?;

    let mut status: BTreeMap<&String, (Status, bool)> = c
        .groups
        .iter()
        .map(|(id, g)| (id, (g.status, g.impacted)))
        .collect();
    for (id, outcome) in &plan.outcomes {
        if let Some(entry) = status.get_mut(id) {
            entry.0 = *outcome;
        }
    }
    let in_play: Vec<bool> = status
        .values()
        .filter(|(s, _)| matches!(s, Status::Contacted | Status::Dialogue | Status::Member))
        .map(|(_, impacted)| *impacted)
        .collect();
    if in_play.len() > LESS_IS_MORE {
        notes.push(format!(
            "warning: {} groups are in play. Less is more: a small first circle agrees on what it wants, not only on what it rejects.",
            in_play.len()
        ));
    }
    if !in_play.is_empty() && !in_play.contains(&true) {
        notes.push("warning: no directly impacted group is among them. Nothing about us without us: reach out to one now.".into());
    }
    Ok(Walked { plan, notes })
}

fn draft(p: &mut dyn Prompter, c: &Coalition) -> Result<Walked> {
    let mut plan = Plan::new(Step::Draft);
    let mut notes = Vec::new();
    let draft = &c.steps.draft;
    plan.vision = p.long_text(
        Ask {
            prompt: "Vision: where are we going together?",
            flag: "--vision",
        },
        draft.vision.as_deref(),
    )?;
    plan.culture = p.long_text(
        Ask {
            prompt: "Culture: how do we treat each other?",
            flag: "--culture",
        },
        draft.culture.as_deref(),
    )?;
    plan.structure = p.long_text(
        Ask {
            prompt: "Structure: the least we need to hold together",
            flag: "--structure",
        },
        draft.structure.as_deref(),
    )?;
    let candidates: Vec<(&String, &Group)> = c
        .groups
        .iter()
        .filter(|(_, g)| matches!(g.status, Status::Dialogue | Status::Member))
        .collect();
    if candidates.is_empty() {
        notes.push(
            "No group is in dialogue yet: co-authors come from step 1 (`coal step contact`)."
                .into(),
        );
    } else {
        let labels: Vec<String> = candidates.iter().map(|(id, g)| label(id, g)).collect();
        let names: Vec<String> = candidates.iter().map(|(_, g)| clean(&g.name)).collect();
        let ticked: Vec<bool> = candidates
            .iter()
            .map(|(id, _)| draft.co_authors.contains(id))
            .collect();
        let picked = p.pick(
            Ask {
                prompt: "Who writes the draft with you?",
                flag: "--co-author",
            },
            &Choice::list(&labels, &names),
            &ticked,
        )?;
        let co_authors: Vec<String> = picked.iter().map(|&i| candidates[i].0.clone()).collect();
        if !co_authors.is_empty() && !picked.iter().any(|&i| candidates[i].1.impacted) {
            notes.push("reminder: no directly impacted group co-authors the draft. Invite one to hold the pen: nothing about us without us.".into());
        }
        plan.co_authors = Some(co_authors);
    }
    Ok(Walked { plan, notes })
}

/// A list asked for only when the step had none: the answer, else nothing new.
fn new_list(had: &[String], asked: Vec<String>) -> Vec<String> {
    if had.is_empty() { asked } else { Vec::new() }
}

fn assembly(p: &mut dyn Prompter, c: &Coalition, today: NaiveDate) -> Result<Walked> {
    let mut plan = Plan::new(Step::Assembly);
    let assembly = &c.steps.assembly;
    // A date in the past records an assembly already held; one another
    // assembly has, or after a later one, is asked again.
    let check =
        |text: &str| check_date(c, date(text)?, true, assembly.date).map_err(|err| err.message);
    let keep = assembly
        .date
        .map(|d| format!(" (Enter keeps {d})"))
        .unwrap_or_default();
    let prompt = format!("Date of the assembly, like {today}{keep}");
    plan.date = p
        .text(
            Ask {
                prompt: &prompt,
                flag: "--date",
            },
            assembly.date.is_none(),
            &check,
        )?
        .map(|text| date(&text).expect("checked"));
    // What the step already says is kept and not asked again.
    let mut details = AssemblyFields {
        start: assembly.start.clone(),
        end: assembly.end.clone(),
        languages: assembly.languages.clone(),
        accessibility: assembly.accessibility.clone(),
        rsvp: assembly.rsvp.clone(),
        ..AssemblyFields::default()
    };
    ask_times(p, &mut details, ["--start-time", "--end-time"])?;
    let keep = assembly
        .place
        .as_deref()
        .map(|p| format!(" (Enter keeps {})", clean(p)))
        .unwrap_or_default();
    let prompt = format!("Place: one the groups with the fewest resources can reach{keep}");
    plan.place = p.text(
        Ask {
            prompt: &prompt,
            flag: "--place",
        },
        assembly.place.is_none(),
        &|_| Ok(()),
    )?;
    ask_access(p, &mut details)?;
    plan.details = AssemblyFields {
        start: details.start.filter(|_| assembly.start.is_none()),
        end: details.end.filter(|_| assembly.end.is_none()),
        languages: new_list(&assembly.languages, details.languages),
        accessibility: new_list(&assembly.accessibility, details.accessibility),
        rsvp: details.rsvp.filter(|_| assembly.rsvp.is_none()),
        ..AssemblyFields::default()
    };
    let groups: Vec<(&String, &Group)> = c.groups.iter().collect();
    let labels: Vec<String> = groups.iter().map(|(id, g)| label(id, g)).collect();
    let names: Vec<String> = groups.iter().map(|(_, g)| clean(&g.name)).collect();
    let ticked: Vec<bool> = groups
        .iter()
        .map(|(id, g)| {
            if assembly.invited.is_empty() {
                !matches!(g.status, Status::Declined | Status::Left)
            } else {
                assembly.invited.contains(id)
            }
        })
        .collect();
    let picked = p.pick(
        Ask {
            prompt: "Whom do you invite?",
            flag: "--invite",
        },
        &Choice::list(&labels, &names),
        &ticked,
    )?;
    plan.invited = Some(picked.into_iter().map(|i| groups[i].0.clone()).collect());
    Ok(Walked {
        plan,
        notes: Vec::new(),
    })
}

fn presentation(p: &mut dyn Prompter, c: &Coalition) -> Result<Walked> {
    let mut plan = Plan::new(Step::Presentation);
    plan.answers = answers(p, c)?;
    let groups: Vec<(&String, &Group)> = c.groups.iter().collect();
    let mut askers: Vec<String> = vec!["nobody in particular".into()];
    askers.extend(groups.iter().map(|(id, g)| label(id, g)));
    let mut asker_names: Vec<String> = vec!["nobody in particular".into()];
    asker_names.extend(groups.iter().map(|(_, g)| clean(&g.name)));
    loop {
        let ask = Ask {
            prompt: "A question asked (Enter when there are no more)",
            flag: "--question",
        };
        let asked = &plan.questions;
        let new = |text: &str| match question_number(c, text) {
            Some(number) => Err(format!(
                "question {number} already asks that; answer it above, or run `coal step presentation --answer-question {number}`"
            )),
            None if asked.iter().any(|a| same_question(&a.question, text)) => {
                Err("you have just recorded it".into())
            }
            None => Ok(()),
        };
        let Some(question) = p.text(ask, false, &new)? else {
            break;
        };
        let answer = p.text(
            Ask {
                prompt: "The answer given",
                flag: "--answer",
            },
            false,
            &|_| Ok(()),
        )?;
        let by = p.choose(
            Ask {
                prompt: "Asked by",
                flag: "--asked-by",
            },
            &Choice::list(&askers, &asker_names),
            Some(0),
        )?;
        plan.questions.push(Asked {
            question,
            answer,
            asked_by: by.checked_sub(1).map(|i| groups[i].0.clone()),
        });
    }
    let candidates: Vec<(&String, &Group)> = groups
        .iter()
        .copied()
        .filter(|(_, g)| g.status != Status::Member)
        .collect();
    if !candidates.is_empty() {
        let labels: Vec<String> = candidates.iter().map(|(id, g)| label(id, g)).collect();
        let names: Vec<String> = candidates.iter().map(|(_, g)| clean(&g.name)).collect();
        let ask = Ask {
            prompt: "Which groups joined?",
            flag: "--joined",
        };
        let picked = p.pick(
            ask,
            &Choice::list(&labels, &names),
            &vec![false; labels.len()],
        )?;
        plan.joined = picked
            .into_iter()
            .map(|i| candidates[i].0.clone())
            .collect();
    }
    Ok(Walked {
        plan,
        notes: Vec::new(),
    })
}

/// Answers to questions asked earlier and still open: which, then each answer.
fn answers(p: &mut dyn Prompter, c: &Coalition) -> Result<Vec<(usize, String)>> {
    let open = open_questions(c);
    if open.is_empty() {
        return Ok(Vec::new());
    }
    let labels: Vec<String> = open
        .iter()
        .map(|(n, q)| format!("{n}. {}", clean(&q.question)))
        .collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let ask = Ask {
        prompt: "Which open questions have you answered?",
        flag: "--answer-question",
    };
    let picked = p.pick(ask, &Choice::plain(&labels), &vec![false; labels.len()])?;
    let mut answers = Vec::new();
    for index in picked {
        let prompt = format!("The answer to: {}", labels[index]);
        let ask = Ask {
            prompt: &prompt,
            flag: "--answer",
        };
        let check = |text: &str| non_empty(text).map(drop);
        let answer = p.text(ask, true, &check)?.unwrap_or_default();
        answers.push((open[index].0, answer));
    }
    Ok(answers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::Scripted;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn coalition() -> Coalition {
        let text = "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n\
            [groups.big]\nname = \"Big union\"\npower = 5\ninterest = 2\n\
            [groups.tenants]\nname = \"Tenants\"\nimpacted = true\npower = 3\ninterest = 5\n\
            [groups.gone]\nname = \"Gone\"\nstatus = \"declined\"\n";
        crate::store::load::parse(std::path::Path::new("c"), text)
            .unwrap()
            .coalition
    }

    #[test]
    fn contact_offers_prospects_best_first_and_records_outcomes() {
        let mut script = Scripted::new([
            "Big union (big): not yet placed · interest 2 · power 5|Tenants (tenants): impacted · not yet placed · interest 5 · power 3",
            "declined",
            "in dialogue",
            "",
        ]);
        let walked = walk(Step::Contact, &mut script, &coalition(), today()).unwrap();
        assert_eq!(
            walked.plan.outcomes,
            vec![
                ("big".into(), Status::Declined),
                ("tenants".into(), Status::Dialogue)
            ]
        );
        assert!(walked.notes.is_empty(), "{:?}", walked.notes);
        assert!(!walked.plan.done);
    }

    #[test]
    fn contact_never_offers_an_opponent_and_puts_the_impacted_first() {
        let text = "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n\
            [groups.ngo]\nname = \"Big NGO\"\npower = 5\ninterest = 5\nspectrum = \"passive_opposition\"\n\
            [groups.kitchen]\nname = \"Community kitchen\"\nimpacted = true\npower = 1\ninterest = 3\n\
            [groups.union]\nname = \"Union\"\npower = 4\ninterest = 5\nspectrum = \"active_ally\"\n";
        let c = crate::store::load::parse(std::path::Path::new("c"), text)
            .unwrap()
            .coalition;
        // The organizer cannot pick the NGO: it is not among the choices,
        // which the refusal lists in their order.
        let mut script =
            Scripted::new(["Big NGO (ngo): passive opposition · interest 5 · power 5"]);
        let Err(refused) = walk(Step::Contact, &mut script, &c, today()) else {
            panic!("an opponent was offered");
        };
        assert_eq!(
            refused.message,
            "`Big NGO (ngo): passive opposition · interest 5 · power 5` is not one of [\"Community kitchen (kitchen): impacted · not yet placed · interest 3 · power 1\", \"Union (union): active ally · interest 5 · power 4\"]"
        );
        assert_eq!(
            script.asked,
            [
                "Whom will you contact? (impacted groups and allies first, then by interest and power)"
            ]
        );
    }

    #[test]
    fn contact_warns_when_no_impacted_group_is_in_play() {
        let mut script = Scripted::new([
            "Big union (big): not yet placed · interest 2 · power 5",
            "in dialogue",
            "n",
        ]);
        let walked = walk(Step::Contact, &mut script, &coalition(), today()).unwrap();
        assert!(
            walked.notes[0].contains("Nothing about us without us"),
            "{:?}",
            walked.notes
        );
    }

    #[test]
    fn assembly_takes_a_past_date_and_invites_all_but_declined_by_default() {
        let mut script =
            Scripted::new(["2026-11-24", "", "", "Community hall", "", "", "", "", "y"]);
        let walked = walk(Step::Assembly, &mut script, &coalition(), today()).unwrap();
        assert_eq!(walked.plan.date, NaiveDate::from_ymd_opt(2026, 11, 24));

        let mut script = Scripted::new([
            "2027-01-16",
            "18:30",
            "",
            "Community hall",
            "fr,  en ,",
            "childcare",
            "Sam",
            "",
            "y",
        ]);
        let walked = walk(Step::Assembly, &mut script, &coalition(), today()).unwrap();
        assert_eq!(walked.plan.date, NaiveDate::from_ymd_opt(2027, 1, 16));
        assert_eq!(
            walked.plan.invited,
            Some(vec!["big".into(), "tenants".into()])
        );
        let details = &walked.plan.details;
        assert_eq!(details.start.as_deref(), Some("18:30"));
        assert_eq!(details.end, None);
        assert_eq!(details.languages, ["fr", "en"]);
        assert_eq!(details.accessibility, ["childcare"]);
        assert_eq!(details.rsvp.as_deref(), Some("Sam"));
        assert!(walked.plan.done);
    }

    #[test]
    fn assembly_asks_only_for_what_the_step_does_not_say_yet() {
        let mut c = coalition();
        c.steps.assembly.start = Some("10:00".into());
        c.steps.assembly.languages = vec!["fr".into()];
        c.steps.assembly.rsvp = Some("Sam".into());
        let mut script = Scripted::new(["2027-01-16", "12:00", "Hall", "", "", "n"]);
        let walked = walk(Step::Assembly, &mut script, &c, today()).unwrap();
        let asked: Vec<&str> = script.asked.iter().map(String::as_str).collect();
        assert!(
            !asked.iter().any(|a| a.starts_with("Start time")
                || a.starts_with("Languages")
                || a.starts_with("Whom to tell")),
            "{asked:?}"
        );
        let details = &walked.plan.details;
        assert_eq!(details.end.as_deref(), Some("12:00"));
        assert_eq!(
            (
                details.start.clone(),
                details.languages.clone(),
                details.rsvp.clone()
            ),
            (None, vec![], None)
        );
    }

    #[test]
    fn presentation_collects_questions_until_an_empty_one() {
        let mut script = Scripted::new([
            "Who decides?",
            "The assembly, by consent",
            "Tenants (tenants): power 3, interest 5, impacted",
            "Can we stay anonymous?",
            "",
            "",
            "",
            "Tenants (tenants): power 3, interest 5, impacted",
            "",
        ]);
        let walked = walk(Step::Presentation, &mut script, &coalition(), today()).unwrap();
        assert_eq!(walked.plan.questions.len(), 2);
        assert_eq!(
            walked.plan.questions[0].asked_by.as_deref(),
            Some("tenants")
        );
        assert_eq!(walked.plan.questions[1].answer, None);
        assert_eq!(walked.plan.joined, vec!["tenants".to_string()]);
    }

    #[test]
    fn presentation_answers_open_questions_and_refuses_one_asked_before() {
        let mut c = coalition();
        for (question, answer) in [("Who decides?", Some("We do")), ("Is there food?", None)] {
            c.steps.presentation.questions.push(crate::model::Question {
                question: question.into(),
                answer: answer.map(String::from),
                asked_by: None,
            });
        }
        let mut script = Scripted::new([
            "2. Is there food?",
            "Yes, from the food bank",
            "Can children come?",
            "",
            "",
            "",
            "",
            "",
        ]);
        let walked = walk(Step::Presentation, &mut script, &c, today()).unwrap();
        assert_eq!(
            walked.plan.answers,
            [(2, "Yes, from the food bank".to_string())]
        );
        assert_eq!(walked.plan.questions.len(), 1);
        assert_eq!(script.asked[1], "The answer to: 2. Is there food?");

        let mut script = Scripted::new(["", "  who DECIDES? "]);
        let err = walk(Step::Presentation, &mut script, &c, today())
            .err()
            .unwrap();
        assert!(
            err.message
                .starts_with("question 1 already asks that; answer it above"),
            "{}",
            err.message
        );
        let mut script = Scripted::new(["", "New?", "", "", "new? "]);
        let err = walk(Step::Presentation, &mut script, &c, today())
            .err()
            .unwrap();
        assert_eq!(err.message, "you have just recorded it");
    }

    #[test]
    fn draft_reminds_when_no_impacted_group_co_authors() {
        let mut c = coalition();
        c.groups.get_mut("big").unwrap().status = Status::Member;
        c.groups.get_mut("tenants").unwrap().status = Status::Dialogue;
        let mut script = Scripted::new([
            "A just city",
            "Listen first",
            "A steering group",
            "Big union (big): power 5, interest 2",
            "",
        ]);
        let walked = walk(Step::Draft, &mut script, &c, today()).unwrap();
        assert_eq!(walked.plan.vision.as_deref(), Some("A just city"));
        assert_eq!(walked.plan.co_authors, Some(vec!["big".to_string()]));
        assert!(walked.notes[0].contains("impacted"));
    }
}
