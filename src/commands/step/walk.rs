//! The guided walkthroughs of `coal step` on a terminal. Each gathers every
//! answer into a `Plan` first; leaving at any prompt writes nothing. Before
//! asking whether the step is finished, a walkthrough checks what `--done`
//! needs and asks again for what is missing; answers are never thrown away:
//! a step that still lacks something is saved as it is, not done.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;

use super::plan::{Asked, Plan};
use crate::cli::AssemblyFields;
use crate::commands::assembly_fields::{ask_access, ask_times, check_date};
use crate::error::Result;
use crate::model::input::{date, non_empty};
use crate::model::{Coalition, Group, Status, StepStatus};
use crate::output::{clean, for_stderr};
use crate::prompt::{Ask, Choice, Prompter};
use crate::steps::{
    LESS_IS_MORE, Need, Prospect, Score, Step, Unready, open_questions, question_number,
    ranked_prospects, same_question, scores, unready,
};
use crate::store::Loaded;

/// A plan and the notes to show the organizer about it.
pub struct Walked {
    pub plan: Plan,
    pub notes: Vec<String>,
    /// Why the step is saved without being done, when it is
    /// ("step 2 is not done yet: it still needs a structure").
    pub not_done: Option<String>,
}

/// Walks through `step` on the file at `path`, as `loaded` holds it.
pub fn walk(
    step: Step,
    p: &mut dyn Prompter,
    path: &Path,
    loaded: &Loaded,
    today: NaiveDate,
) -> Result<Walked> {
    let c = &loaded.validated.coalition;
    let mut plan = Plan::new(step);
    plan.start = true;
    match step {
        Step::Contact => contact(p, c, &mut plan)?,
        Step::Draft => draft(p, c, &mut plan)?,
        Step::Assembly => assembly(p, c, today, &mut plan)?,
        Step::Presentation => presentation(p, c, &mut plan)?,
    }
    // A step already done stays done: there is nothing to ask.
    let not_done = match step.progress(c).status {
        StepStatus::Done => None,
        _ => finish(step, p, path, loaded, today, &mut plan)?,
    };
    let notes = notes(step, c, &plan);
    Ok(Walked {
        plan,
        notes,
        not_done,
    })
}

/// Checks what `--done` needs and asks again for what is missing; then, if
/// nothing is, asks whether the step is finished. Otherwise the step is
/// left not done, and the reason returned.
fn finish(
    step: Step,
    p: &mut dyn Prompter,
    path: &Path,
    loaded: &Loaded,
    today: NaiveDate,
    plan: &mut Plan,
) -> Result<Option<String>> {
    let c = &loaded.validated.coalition;
    let after = plan.preview(path, loaded, today)?;
    let mut why = unready(step, &after, today);
    if let Some(Unready::Missing(needs)) = &why {
        let again: Vec<Need> = needs
            .iter()
            .copied()
            .filter(|need| can_ask_again(*need, c, &after))
            .collect();
        if !again.is_empty() {
            let again_note = format!(
                "{}\n{}",
                crate::t!(
                    "walk-again-needs",
                    number = step.number().to_string(),
                    needs = Need::in_words(&again)
                ),
                crate::t!("walk-again-how")
            );
            eprintln!("{}", for_stderr(&again_note));
            for need in again {
                ask_again(need, p, c, &after, today, plan)?;
            }
            why = unready(step, &plan.preview(path, loaded, today)?, today);
        }
    }
    match why {
        None => {
            let finished = crate::t!("walk-ask-finished");
            let ask = Ask {
                prompt: &finished,
                flag: "--done",
            };
            plan.done = p.confirm(ask, false)?;
            Ok(None)
        }
        Some(why) => Ok(Some(crate::t!(
            "walk-not-done",
            number = step.number().to_string(),
            why = why.in_words()
        ))),
    }
}

/// Whether a walkthrough has something to offer for `need` (`after`: the
/// file as its answers leave it).
fn can_ask_again(need: Need, c: &Coalition, after: &Coalition) -> bool {
    match need {
        Need::Talking => !may_talk(after).is_empty(),
        Need::CoAuthor => !co_author_candidates(c).is_empty(),
        Need::Invited => !c.groups.is_empty(),
        Need::Vision
        | Need::Culture
        | Need::Structure
        | Need::Date
        | Need::Place
        | Need::Feedback => true,
    }
}

/// Asks again for what the step needs, with the step's own questions.
fn ask_again(
    need: Need,
    p: &mut dyn Prompter,
    c: &Coalition,
    after: &Coalition,
    today: NaiveDate,
    plan: &mut Plan,
) -> Result<()> {
    match need {
        Need::Talking => ask_talking(p, after, plan),
        Need::Vision | Need::Culture | Need::Structure => ask_part(p, c, need, plan),
        Need::CoAuthor => ask_co_authors(p, c, plan),
        Need::Date => ask_assembly_date(p, c, today, plan),
        Need::Place => ask_place(p, c, plan),
        Need::Invited => ask_invited(p, c, plan),
        Need::Feedback => {
            ask_questions(p, c, plan)?;
            ask_joined(p, c, plan)
        }
    }
}

/// What to tell the organizer about the plan, once every answer is in.
fn notes(step: Step, c: &Coalition, plan: &Plan) -> Vec<String> {
    match step {
        Step::Contact => contact_notes(c, plan),
        Step::Draft => draft_notes(c, plan),
        Step::Assembly | Step::Presentation => Vec::new(),
    }
}

fn label(id: &str, g: &Group) -> String {
    let mut facts = scores(g, [Score::Power, Score::Interest, Score::Unpredictability]);
    if g.impacted {
        facts.push(crate::t!("walk-fact-impacted"));
    }
    let name = clean(&g.name);
    if facts.is_empty() {
        format!("{name} ({id})")
    } else {
        crate::t!(
            "walk-group-label",
            name = name,
            id = id,
            facts = facts.join(", ")
        )
    }
}

/// A prospect as step 1 proposes it: its name, id, and why it ranks there.
pub fn prospect_label(prospect: &Prospect) -> String {
    crate::t!(
        "walk-group-label",
        name = clean(&prospect.group.name),
        id = prospect.id.as_str(),
        facts = prospect.why.as_str()
    )
}

/// Where things stand with a group contacted, as the menu offers it.
fn outcomes() -> [(Status, String); 3] {
    [
        (Status::Contacted, crate::t!("walk-outcome-contacted")),
        (Status::Dialogue, crate::t!("walk-outcome-dialogue")),
        (Status::Declined, crate::t!("walk-outcome-declined")),
    ]
}

/// Groups already contacted, which may have news.
fn contacted(c: &Coalition) -> Vec<(&String, &Group)> {
    c.groups
        .iter()
        .filter(|(_, g)| g.status == Status::Contacted)
        .collect()
}

/// The groups' names, as a menu echoes them once chosen.
fn names(groups: &[(&String, &Group)]) -> Vec<String> {
    groups.iter().map(|(_, g)| clean(&g.name)).collect()
}

fn contact(p: &mut dyn Prompter, c: &Coalition, plan: &mut Plan) -> Result<()> {
    let ranked = ranked_prospects(c);
    let prospects: Vec<(&String, &Group)> = ranked.iter().map(|p| (p.id, p.group)).collect();
    let prospect_labels: Vec<String> = ranked.iter().map(prospect_label).collect();
    let contacted = contacted(c);
    let contacted_labels: Vec<String> = contacted.iter().map(|(id, g)| label(id, g)).collect();
    let outcomes = outcomes();
    let words: Vec<&str> = outcomes.iter().map(|(_, word)| word.as_str()).collect();
    let mut ask_outcomes = |p: &mut dyn Prompter,
                            groups: &[(&String, &Group)],
                            labels: &[String],
                            prompt: &str|
     -> Result<()> {
        if groups.is_empty() {
            return Ok(());
        }
        let names = names(groups);
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
            let prompt = crate::t!("walk-ask-outcome", name = clean(&group.name));
            let ask = Ask {
                prompt: &prompt,
                flag: "--contacted, --dialogue or --declined",
            };
            let outcome = p.choose(ask, &Choice::plain(&words), Some(0))?;
            plan.outcomes.push((id.clone(), outcomes[outcome].0));
        }
        Ok(())
    };
    ask_outcomes(p, &prospects, &prospect_labels, &crate::t!("walk-ask-whom"))?;
    ask_outcomes(
        p,
        &contacted,
        &contacted_labels,
        &crate::t!("walk-ask-news"),
    )
}

/// The groups that could be in dialogue now, as the answers so far leave
/// the file (`after`): those contacted, then the prospects step 1 proposes.
fn may_talk(after: &Coalition) -> Vec<(&String, &Group)> {
    let mut groups = contacted(after);
    groups.extend(ranked_prospects(after).iter().map(|p| (p.id, p.group)));
    groups
}

/// Step 1 needs a group in dialogue: asks whether one is now.
fn ask_talking(p: &mut dyn Prompter, after: &Coalition, plan: &mut Plan) -> Result<()> {
    let groups = may_talk(after);
    let labels: Vec<String> = groups.iter().map(|(id, g)| label(id, g)).collect();
    let names = names(&groups);
    let prompt = crate::t!("walk-ask-talking");
    let picked = p.pick(
        Ask {
            prompt: &prompt,
            flag: "--dialogue",
        },
        &Choice::list(&labels, &names),
        &vec![false; labels.len()],
    )?;
    for index in picked {
        let id = groups[index].0;
        plan.outcomes.retain(|(other, _)| other != id);
        plan.outcomes.push((id.clone(), Status::Dialogue));
    }
    Ok(())
}

fn contact_notes(c: &Coalition, plan: &Plan) -> Vec<String> {
    let mut notes = Vec::new();
    if ranked_prospects(c).is_empty() && contacted(c).is_empty() {
        notes.push(crate::t!("walk-note-no-prospects"));
    }
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
        notes.push(crate::t!("walk-note-too-many", count = in_play.len()));
    }
    if !in_play.is_empty() && !in_play.contains(&true) {
        notes.push(crate::t!("walk-note-no-impacted"));
    }
    notes
}

fn draft(p: &mut dyn Prompter, c: &Coalition, plan: &mut Plan) -> Result<()> {
    for part in [Need::Vision, Need::Culture, Need::Structure] {
        ask_part(p, c, part, plan)?;
    }
    if !co_author_candidates(c).is_empty() {
        ask_co_authors(p, c, plan)?;
    }
    Ok(())
}

/// Asks for the vision, the culture or the structure of the draft.
fn ask_part(p: &mut dyn Prompter, c: &Coalition, part: Need, plan: &mut Plan) -> Result<()> {
    let draft = &c.steps.draft;
    let (prompt, flag, had, answer) = match part {
        Need::Vision => (
            crate::t!("walk-ask-vision"),
            "--vision",
            &draft.vision,
            &mut plan.vision,
        ),
        Need::Culture => (
            crate::t!("walk-ask-culture"),
            "--culture",
            &draft.culture,
            &mut plan.culture,
        ),
        Need::Structure => (
            crate::t!("walk-ask-structure"),
            "--structure",
            &draft.structure,
            &mut plan.structure,
        ),
        _ => unreachable!("the draft's parts are its vision, culture and structure"),
    };
    let prompt = prompt.as_str();
    *answer = p.long_text(Ask { prompt, flag }, had.as_deref())?;
    Ok(())
}

/// The groups that may write the draft: those in dialogue, and members.
fn co_author_candidates(c: &Coalition) -> Vec<(&String, &Group)> {
    c.groups
        .iter()
        .filter(|(_, g)| matches!(g.status, Status::Dialogue | Status::Member))
        .collect()
}

fn ask_co_authors(p: &mut dyn Prompter, c: &Coalition, plan: &mut Plan) -> Result<()> {
    let candidates = co_author_candidates(c);
    let labels: Vec<String> = candidates.iter().map(|(id, g)| label(id, g)).collect();
    let names = names(&candidates);
    let authors = plan
        .co_authors
        .as_ref()
        .unwrap_or(&c.steps.draft.co_authors);
    let ticked: Vec<bool> = candidates
        .iter()
        .map(|(id, _)| authors.contains(id))
        .collect();
    let prompt = crate::t!("walk-ask-co-authors");
    let picked = p.pick(
        Ask {
            prompt: &prompt,
            flag: "--co-author",
        },
        &Choice::list(&labels, &names),
        &ticked,
    )?;
    plan.co_authors = Some(picked.iter().map(|&i| candidates[i].0.clone()).collect());
    Ok(())
}

fn draft_notes(c: &Coalition, plan: &Plan) -> Vec<String> {
    if co_author_candidates(c).is_empty() {
        return vec![crate::t!("walk-note-no-co-author")];
    }
    let co_authors = plan.co_authors.as_deref().unwrap_or_default();
    let impacted = co_authors
        .iter()
        .any(|id| c.groups.get(id).is_some_and(|g| g.impacted));
    if co_authors.is_empty() || impacted {
        return Vec::new();
    }
    vec![crate::t!("walk-note-impacted-pen")]
}

/// A list asked for only when the step had none: the answer, else nothing new.
fn new_list(had: &[String], asked: Vec<String>) -> Vec<String> {
    if had.is_empty() { asked } else { Vec::new() }
}

fn assembly(p: &mut dyn Prompter, c: &Coalition, today: NaiveDate, plan: &mut Plan) -> Result<()> {
    let assembly = &c.steps.assembly;
    ask_assembly_date(p, c, today, plan)?;
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
    ask_place(p, c, plan)?;
    ask_access(p, &mut details)?;
    plan.details = AssemblyFields {
        start: details.start.filter(|_| assembly.start.is_none()),
        end: details.end.filter(|_| assembly.end.is_none()),
        languages: new_list(&assembly.languages, details.languages),
        accessibility: new_list(&assembly.accessibility, details.accessibility),
        rsvp: details.rsvp.filter(|_| assembly.rsvp.is_none()),
        ..AssemblyFields::default()
    };
    ask_invited(p, c, plan)
}

fn ask_assembly_date(
    p: &mut dyn Prompter,
    c: &Coalition,
    today: NaiveDate,
    plan: &mut Plan,
) -> Result<()> {
    let assembly = &c.steps.assembly;
    // A date in the past records an assembly already held; one another
    // assembly has, or after a later one, is asked again.
    let check = |text: &str| {
        check_date(c, date(text, today)?, true, assembly.date).map_err(|err| err.message)
    };
    let ask = Ask {
        prompt: &crate::t!("walk-ask-date", today = today.to_string()),
        flag: "--date",
    };
    let given = match assembly.date {
        Some(had) => p.text_or_keep(ask, &had.to_string(), &check)?,
        None => p.text(ask, true, &check)?,
    };
    plan.date = given.map(|text| date(&text, today).expect("checked"));
    Ok(())
}

fn ask_place(p: &mut dyn Prompter, c: &Coalition, plan: &mut Plan) -> Result<()> {
    let prompt = crate::t!("walk-ask-place");
    let ask = Ask {
        prompt: &prompt,
        flag: "--place",
    };
    plan.place = match c.steps.assembly.place.as_deref() {
        Some(had) => p.text_or_keep(ask, had, &|_| Ok(()))?,
        None => p.text(ask, true, &|_| Ok(()))?,
    };
    Ok(())
}

fn ask_invited(p: &mut dyn Prompter, c: &Coalition, plan: &mut Plan) -> Result<()> {
    let invited = plan.invited.as_ref().unwrap_or(&c.steps.assembly.invited);
    let groups: Vec<(&String, &Group)> = c.groups.iter().collect();
    let labels: Vec<String> = groups.iter().map(|(id, g)| label(id, g)).collect();
    let names = names(&groups);
    let ticked: Vec<bool> = groups
        .iter()
        .map(|(id, g)| {
            // Asked the first time, everyone but those who said no is ticked.
            if invited.is_empty() && plan.invited.is_none() {
                !matches!(g.status, Status::Declined | Status::Left)
            } else {
                invited.contains(id)
            }
        })
        .collect();
    let prompt = crate::t!("walk-ask-invite");
    let picked = p.pick(
        Ask {
            prompt: &prompt,
            flag: "--invite",
        },
        &Choice::list(&labels, &names),
        &ticked,
    )?;
    plan.invited = Some(picked.into_iter().map(|i| groups[i].0.clone()).collect());
    Ok(())
}

fn presentation(p: &mut dyn Prompter, c: &Coalition, plan: &mut Plan) -> Result<()> {
    plan.answers = answers(p, c)?;
    ask_questions(p, c, plan)?;
    ask_joined(p, c, plan)
}

/// Questions asked at the presentation, with their answers and who asked,
/// until an empty one.
fn ask_questions(p: &mut dyn Prompter, c: &Coalition, plan: &mut Plan) -> Result<()> {
    let groups: Vec<(&String, &Group)> = c.groups.iter().collect();
    let nobody = crate::t!("walk-nobody-in-particular");
    let mut askers: Vec<String> = vec![nobody.clone()];
    askers.extend(groups.iter().map(|(id, g)| label(id, g)));
    let mut asker_names: Vec<String> = vec![nobody];
    asker_names.extend(names(&groups));
    let prompts = [
        crate::t!("walk-ask-question"),
        crate::t!("walk-ask-answer-given"),
        crate::t!("walk-ask-asked-by"),
    ];
    loop {
        let ask = Ask {
            prompt: &prompts[0],
            flag: "--question",
        };
        let asked = &plan.questions;
        let new = |text: &str| match question_number(c, text) {
            Some(number) => Err(crate::t!(
                "walk-question-exists",
                number = number.to_string()
            )),
            None if asked.iter().any(|a| same_question(&a.question, text)) => {
                Err(crate::t!("walk-question-just-recorded"))
            }
            None => Ok(()),
        };
        let Some(question) = p.text(ask, false, &new)? else {
            return Ok(());
        };
        let answer = p.text(
            Ask {
                prompt: &prompts[1],
                flag: "--answer",
            },
            false,
            &|_| Ok(()),
        )?;
        let by = p.choose(
            Ask {
                prompt: &prompts[2],
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
}

/// The groups that joined, among those not members yet.
fn ask_joined(p: &mut dyn Prompter, c: &Coalition, plan: &mut Plan) -> Result<()> {
    let candidates: Vec<(&String, &Group)> = c
        .groups
        .iter()
        .filter(|(_, g)| g.status != Status::Member)
        .collect();
    if candidates.is_empty() {
        return Ok(());
    }
    let labels: Vec<String> = candidates.iter().map(|(id, g)| label(id, g)).collect();
    let names = names(&candidates);
    let ticked: Vec<bool> = candidates
        .iter()
        .map(|(id, _)| plan.joined.contains(id))
        .collect();
    let prompt = crate::t!("walk-ask-joined");
    let ask = Ask {
        prompt: &prompt,
        flag: "--joined",
    };
    let picked = p.pick(ask, &Choice::list(&labels, &names), &ticked)?;
    plan.joined = picked
        .into_iter()
        .map(|i| candidates[i].0.clone())
        .collect();
    Ok(())
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
    let prompt = crate::t!("walk-ask-answered");
    let ask = Ask {
        prompt: &prompt,
        flag: "--answer-question",
    };
    let picked = p.pick(ask, &Choice::plain(&labels), &vec![false; labels.len()])?;
    let mut answers = Vec::new();
    for index in picked {
        let prompt = crate::t!("walk-ask-answer-to", question = labels[index]);
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

    const GROUPS: &str = "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n\
        [groups.big]\nname = \"Big union\"\npower = 5\ninterest = 2\n\
        [groups.tenants]\nname = \"Tenants\"\nimpacted = true\npower = 3\ninterest = 5\n\
        [groups.gone]\nname = \"Gone\"\nstatus = \"declined\"\n";

    /// The groups of `GROUPS`, big a member and tenants in dialogue, with
    /// `steps` before them.
    fn talking(steps: &str) -> String {
        GROUPS
            .replace("[groups.big]", &format!("{steps}[groups.big]"))
            .replace("interest = 2\n", "interest = 2\nstatus = \"member\"\n")
            .replace(
                "impacted = true\n",
                "impacted = true\nstatus = \"dialogue\"\n",
            )
    }

    /// Walks through `step` on a file holding `text`, answering with `script`.
    fn walk_on(text: &str, step: Step, script: &mut Scripted) -> Result<Walked> {
        let path = Path::new("coalition.toml");
        let loaded = Loaded {
            text: text.to_string(),
            validated: crate::store::load::parse(path, text).unwrap(),
            private: crate::store::load::Private::None,
        };
        walk(step, script, path, &loaded, today())
    }

    fn asked_whether_finished(script: &Scripted) -> bool {
        script.asked.iter().any(|a| a == "Is this step finished?")
    }

    #[test]
    fn contact_offers_prospects_best_first_and_records_outcomes() {
        let mut script = Scripted::new([
            "Big union (big): not yet placed · interest 2 · power 5|Tenants (tenants): impacted · not yet placed · interest 5 · power 3",
            "declined",
            "in dialogue",
            "",
        ]);
        let walked = walk_on(GROUPS, Step::Contact, &mut script).unwrap();
        assert_eq!(
            walked.plan.outcomes,
            vec![
                ("big".into(), Status::Declined),
                ("tenants".into(), Status::Dialogue)
            ]
        );
        assert!(walked.notes.is_empty(), "{:?}", walked.notes);
        assert!(!walked.plan.done);
        assert_eq!(walked.not_done, None);
    }

    #[test]
    fn contact_never_offers_an_opponent_and_puts_the_impacted_first() {
        let text = "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n\
            [groups.ngo]\nname = \"Big NGO\"\npower = 5\ninterest = 5\nspectrum = \"passive_opposition\"\n\
            [groups.kitchen]\nname = \"Community kitchen\"\nimpacted = true\npower = 1\ninterest = 3\n\
            [groups.union]\nname = \"Union\"\npower = 4\ninterest = 5\nspectrum = \"active_ally\"\n";
        // The organizer cannot pick the NGO: it is not among the choices,
        // which the refusal lists in their order.
        let mut script =
            Scripted::new(["Big NGO (ngo): passive opposition · interest 5 · power 5"]);
        let Err(refused) = walk_on(text, Step::Contact, &mut script) else {
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
        let walked = walk_on(GROUPS, Step::Contact, &mut script).unwrap();
        assert!(
            walked.notes[0].contains("Nothing about us without us"),
            "{:?}",
            walked.notes
        );
    }

    /// Nobody in dialogue yet: before "Is this step finished?", the groups
    /// that could be are offered again, the one just contacted first.
    #[test]
    fn contact_asks_again_for_a_group_in_dialogue_before_asking_if_finished() {
        let mut script = Scripted::new([
            "Big union (big): not yet placed · interest 2 · power 5",
            "contacted, no answer yet",
            "Big union (big): power 5, interest 2",
            "y",
        ]);
        let walked = walk_on(GROUPS, Step::Contact, &mut script).unwrap();
        assert_eq!(walked.plan.outcomes, [("big".into(), Status::Dialogue)]);
        assert!(walked.plan.done);
        assert_eq!(
            script.asked[2..],
            [
                "Which of these groups are in dialogue with you now?",
                "Is this step finished?"
            ]
        );
        let mut script = Scripted::new([
            "Big union (big): not yet placed · interest 2 · power 5",
            "contacted, no answer yet",
            "",
        ]);
        let walked = walk_on(GROUPS, Step::Contact, &mut script).unwrap();
        assert_eq!(walked.plan.outcomes, [("big".into(), Status::Contacted)]);
        assert!(!walked.plan.done && !asked_whether_finished(&script));
        assert_eq!(
            walked.not_done.as_deref(),
            Some("step 1 is not done yet: it still needs a group in dialogue or member")
        );
    }

    #[test]
    fn contact_with_no_group_to_offer_asks_nothing_more_and_is_not_done() {
        let text = "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n";
        let mut script = Scripted::new([""; 0]);
        let walked = walk_on(text, Step::Contact, &mut script).unwrap();
        assert!(script.asked.is_empty(), "{:?}", script.asked);
        assert_eq!(
            walked.not_done.as_deref(),
            Some("step 1 is not done yet: it still needs a group in dialogue or member")
        );
        assert!(walked.notes[0].contains("no prospects yet"));
    }

    /// Issue 15's case: a vision and a culture, no structure, a co-author.
    /// The structure is asked for again; given nothing, the answers are
    /// kept and the step is not done, and nobody asks if it is finished.
    #[test]
    fn draft_missing_its_structure_asks_again_then_keeps_the_answers() {
        let text = talking("");
        let answers = [
            "A just city",
            "Listen first",
            "",
            "Tenants (tenants): power 3, interest 5, impacted",
        ];
        let mut script = Scripted::new(answers.into_iter().chain([""]));
        let walked = walk_on(&text, Step::Draft, &mut script).unwrap();
        let plan = &walked.plan;
        assert_eq!(plan.vision.as_deref(), Some("A just city"));
        assert_eq!(plan.culture.as_deref(), Some("Listen first"));
        assert_eq!(plan.structure, None);
        assert_eq!(plan.co_authors, Some(vec!["tenants".to_string()]));
        assert!(!plan.done);
        assert_eq!(
            walked.not_done.as_deref(),
            Some("step 2 is not done yet: it still needs a structure")
        );
        assert_eq!(
            script.asked[4..],
            ["Structure: the least we need to hold together"]
        );

        let mut script = Scripted::new(answers.into_iter().chain(["A steering group", "y"]));
        let walked = walk_on(&text, Step::Draft, &mut script).unwrap();
        assert_eq!(walked.plan.structure.as_deref(), Some("A steering group"));
        assert!(walked.plan.done);
        assert_eq!(walked.not_done, None);
    }

    #[test]
    fn draft_asks_again_for_every_part_missing_and_the_co_authors() {
        let mut script = Scripted::new(["", "", "", "", "", "", "", "", ""]);
        let walked = walk_on(&talking(""), Step::Draft, &mut script).unwrap();
        assert_eq!(
            walked.not_done.as_deref(),
            Some(
                "step 2 is not done yet: it still needs a vision, a culture, a structure and a co-author"
            )
        );
        assert_eq!(script.asked.len(), 8, "{:?}", script.asked);
        assert_eq!(script.asked[4..], script.asked[..4]);
    }

    #[test]
    fn draft_reminds_when_no_impacted_group_co_authors() {
        let mut script = Scripted::new([
            "A just city",
            "Listen first",
            "A steering group",
            "Big union (big): power 5, interest 2",
            "",
        ]);
        let walked = walk_on(&talking(""), Step::Draft, &mut script).unwrap();
        assert_eq!(walked.plan.vision.as_deref(), Some("A just city"));
        assert_eq!(walked.plan.co_authors, Some(vec!["big".to_string()]));
        assert!(walked.notes[0].contains("impacted"));
        assert!(asked_whether_finished(&script));
    }

    #[test]
    fn assembly_takes_a_past_date_and_invites_all_but_declined_by_default() {
        let mut script =
            Scripted::new(["2026-11-24", "", "", "Community hall", "", "", "", "", "y"]);
        let walked = walk_on(GROUPS, Step::Assembly, &mut script).unwrap();
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
        let walked = walk_on(GROUPS, Step::Assembly, &mut script).unwrap();
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
    fn assembly_date_error_shows_today_as_the_example() {
        let mut script = Scripted::new(["16/01/2027"]);
        let err = walk_on(GROUPS, Step::Assembly, &mut script).err().unwrap();
        assert_eq!(
            err.message,
            "must be a date written like 2026-11-25, got `16/01/2027`"
        );
        assert_eq!(script.asked, ["Date of the assembly, like 2026-11-25"]);
    }

    #[test]
    fn assembly_asks_only_for_what_the_step_does_not_say_yet() {
        let text = GROUPS.replace(
            "[groups.big]",
            "[steps.assembly]\nstatus = \"doing\"\nstart = \"10:00\"\nlanguages = [\"fr\"]\nrsvp = \"Sam\"\n[groups.big]",
        );
        let mut script = Scripted::new(["2027-01-16", "12:00", "Hall", "", "", "n"]);
        let walked = walk_on(&text, Step::Assembly, &mut script).unwrap();
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

    /// Nobody invited (each group declined or left, so none is ticked at
    /// first): the invitation is asked again, then the step is saved
    /// without being done.
    #[test]
    fn assembly_with_nobody_invited_asks_again_then_is_not_done() {
        let text = GROUPS
            .replace("interest = 2\n", "interest = 2\nstatus = \"left\"\n")
            .replace(
                "impacted = true\n",
                "impacted = true\nstatus = \"declined\"\n",
            );
        let mut script = Scripted::new(["2027-01-16", "", "", "Hall", "", "", "", "", ""]);
        let walked = walk_on(&text, Step::Assembly, &mut script).unwrap();
        assert_eq!(walked.plan.invited, Some(Vec::new()));
        assert_eq!(
            walked.not_done.as_deref(),
            Some("step 3 is not done yet: it still needs an invited group")
        );
        assert_eq!(
            script.asked[7..],
            ["Whom do you invite?", "Whom do you invite?"]
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
        ]);
        let walked = walk_on(GROUPS, Step::Presentation, &mut script).unwrap();
        assert_eq!(walked.plan.questions.len(), 2);
        assert_eq!(
            walked.plan.questions[0].asked_by.as_deref(),
            Some("tenants")
        );
        assert_eq!(walked.plan.questions[1].answer, None);
        assert_eq!(walked.plan.joined, vec!["tenants".to_string()]);
        // Its assembly has no date: the step cannot be done, and is not asked.
        assert!(!asked_whether_finished(&script));
        assert_eq!(
            walked.not_done.as_deref(),
            Some(
                "step 4 is not done yet: the assembly where it takes place has no date yet (step 3)"
            )
        );
    }

    #[test]
    fn presentation_before_its_assembly_is_saved_not_done() {
        let text = GROUPS.replace(
            "[groups.big]",
            "[steps.assembly]\nstatus = \"done\"\ndate = 2027-01-16\nplace = \"Hall\"\ninvited = [\"big\"]\n[groups.big]",
        );
        let mut script = Scripted::new(["Who decides?", "", "", "", ""]);
        let walked = walk_on(&text, Step::Presentation, &mut script).unwrap();
        assert!(!asked_whether_finished(&script));
        assert_eq!(
            walked.not_done.as_deref(),
            Some(
                "step 4 is not done yet: its assembly is on 2027-01-16, and it can be done that day or later"
            )
        );
    }

    #[test]
    fn presentation_with_nothing_recorded_asks_again_for_a_question() {
        let text = GROUPS.replace(
            "[groups.big]",
            "[steps.assembly]\nstatus = \"done\"\ndate = 2026-11-20\nplace = \"Hall\"\ninvited = [\"big\"]\n[groups.big]",
        );
        let mut script = Scripted::new(["", "", "Who decides?", "", "", "", "", "y"]);
        let walked = walk_on(&text, Step::Presentation, &mut script).unwrap();
        assert_eq!(walked.plan.questions.len(), 1);
        assert!(walked.plan.done);
        assert_eq!(
            script.asked,
            [
                "A question asked (Enter when there are no more)",
                "Which groups joined?",
                "A question asked (Enter when there are no more)",
                "The answer given",
                "Asked by",
                "A question asked (Enter when there are no more)",
                "Which groups joined?",
                "Is this step finished?"
            ]
        );
    }

    #[test]
    fn presentation_answers_open_questions_and_refuses_one_asked_before() {
        let text = GROUPS.replace(
            "[groups.big]",
            "[steps.presentation]\nstatus = \"doing\"\nquestions = [{ question = \"Who decides?\", answer = \"We do\" }, { question = \"Is there food?\" }]\n[groups.big]",
        );
        let mut script = Scripted::new([
            "2. Is there food?",
            "Yes, from the food bank",
            "Can children come?",
            "",
            "",
            "",
            "",
        ]);
        let walked = walk_on(&text, Step::Presentation, &mut script).unwrap();
        assert_eq!(
            walked.plan.answers,
            [(2, "Yes, from the food bank".to_string())]
        );
        assert_eq!(walked.plan.questions.len(), 1);
        assert_eq!(script.asked[1], "The answer to: 2. Is there food?");

        let mut script = Scripted::new(["", "  who DECIDES? "]);
        let err = walk_on(&text, Step::Presentation, &mut script)
            .err()
            .unwrap();
        assert!(
            err.message
                .starts_with("question 1 already asks that; answer it above"),
            "{}",
            err.message
        );
        let mut script = Scripted::new(["", "New?", "", "", "new? "]);
        let err = walk_on(&text, Step::Presentation, &mut script)
            .err()
            .unwrap();
        assert_eq!(err.message, "you have just recorded it");
    }

    #[test]
    fn a_step_already_done_is_not_asked_about_again() {
        let text = talking("[steps.contact]\nstatus = \"done\"\n");
        let mut script = Scripted::new([""; 0]);
        let walked = walk_on(&text, Step::Contact, &mut script).unwrap();
        assert!(script.asked.is_empty(), "{:?}", script.asked);
        assert_eq!(walked.not_done, None);
    }
}
