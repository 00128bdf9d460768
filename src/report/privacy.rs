//! What may leave the coalition (SPEC §6, `--audience public`).
//!
//! Public reports are built from a copy of the coalition that holds only
//! what may leave it. The copy is built by naming, field by field, what
//! goes out: every struct is taken apart without `..`, so a field added to
//! the model does not compile here until someone decides whether it may go
//! public. What is not in the copy cannot appear in any format.
//!
//! What goes out:
//! - the coalition's name, unity statement, kind, visibility, creation date
//!   and agreements;
//! - the groups that are members *and* endorse the coalition publicly
//!   (`public = true`) and have not left (no `left` date), the "listed" groups: their name, participation,
//!   whether they are directly impacted, their organized numbers and their
//!   tactics. Not their offers and needs, not even the types: what a group
//!   brings or lacks is for the coalition to match, not for its opponents to
//!   read. Not their roles, scores or spectrum positions: those are the
//!   organizers' reading of a group, not what it says of itself;
//! - the tactics that a listed group uses, with their description;
//! - the steps' status and dates, the draft, the assemblies' date, time,
//!   place, languages, accessibility, RSVP and agenda; the listed groups
//!   among co-authors, invitees, attendees and those who joined; the
//!   questions asked by a listed group or by no one named.
//!
//! Nothing else: no other group (neither its id nor its name), contacts,
//! people, notes, intentions, feedback, boundaries, decisions, spaces or
//! committees. Ids stay in the copy, for the builders to follow references,
//! and the builders leave them out of public output. A name is never an id
//! standing in for a missing one: `coal report --audience public` refuses
//! a file with schema errors (`commands::report`).

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{
    Agreements, Assembly, Coalition, Group, Info, Progress, Question, StepAssembly, StepContact,
    StepDraft, StepPresentation, Steps, Tactic,
};

/// A group that public output may name: a member that endorses publicly
/// and has not left. A `left` date counts whatever the status says (an
/// organizer may record the date before changing the status; joining
/// again clears it), so no group that left is announced as endorsing.
pub fn listed(group: &Group) -> bool {
    group.public && group.status == crate::model::Status::Member && group.left.is_none()
}

pub fn public_view(c: &Coalition) -> Coalition {
    let Coalition {
        schema,
        coalition,
        agreements,
        steps,
        groups,
        tactics,
        spaces: _,
        committees: _,
        people: _,
        assemblies,
        decisions: _,
        feedback: _,
    } = c;
    let used: BTreeSet<&String> = groups
        .values()
        .filter(|g| listed(g))
        .flat_map(|g| &g.tactics)
        .filter(|id| tactics.contains_key(*id))
        .collect();
    let tactics: BTreeMap<String, Tactic> = tactics
        .iter()
        .filter(|(id, _)| used.contains(id))
        .map(|(id, t)| (id.clone(), public_tactic(t)))
        .collect();
    let groups: BTreeMap<String, Group> = groups
        .iter()
        .filter(|(_, g)| listed(g))
        .map(|(id, g)| (id.clone(), public_group(g, &tactics)))
        .collect();
    let keep = |ids: &[String]| -> Vec<String> {
        ids.iter()
            .filter(|id| groups.contains_key(*id))
            .cloned()
            .collect()
    };
    let steps = public_steps(steps, &keep, &groups);
    let assemblies = assemblies
        .iter()
        .map(|a| public_assembly(a, &keep))
        .collect();
    Coalition {
        schema: *schema,
        coalition: public_info(coalition),
        agreements: public_agreements(agreements),
        steps,
        groups,
        tactics,
        assemblies,
        ..Coalition::default()
    }
}

fn public_info(info: &Info) -> Info {
    let Info {
        name,
        unity_statement,
        kind,
        visibility,
        created,
        language,
        organizers: _,
    } = info;
    Info {
        name: name.clone(),
        unity_statement: unity_statement.clone(),
        kind: *kind,
        visibility: *visibility,
        created: *created,
        language: *language,
        organizers: Vec::new(),
    }
}

fn public_agreements(agreements: &Agreements) -> Agreements {
    let Agreements {
        no_public_denouncing,
        diversity_of_tactics,
        feedback_every_days,
    } = agreements;
    Agreements {
        no_public_denouncing: *no_public_denouncing,
        diversity_of_tactics: *diversity_of_tactics,
        feedback_every_days: *feedback_every_days,
    }
}

/// A listed group: what it says of itself, and its tactics that go out.
fn public_group(group: &Group, tactics: &BTreeMap<String, Tactic>) -> Group {
    let Group {
        name,
        status,
        participation,
        public,
        impacted,
        members,
        tactics: uses,
        power: _,
        interest: _,
        unpredictability: _,
        spectrum: _,
        spectrum_target: _,
        roles: _,
        offers: _,
        needs: _,
        contacted: _,
        joined: _,
        left: _,
        intentions: _,
        notes: _,
        contact: _,
        boundaries: _,
    } = group;
    Group {
        name: name.clone(),
        status: *status,
        participation: *participation,
        public: *public,
        impacted: *impacted,
        members: *members,
        tactics: uses
            .iter()
            .filter(|id| tactics.contains_key(*id))
            .cloned()
            .collect(),
        ..Group::default()
    }
}

fn public_tactic(tactic: &Tactic) -> Tactic {
    let Tactic {
        name,
        intensity,
        description,
    } = tactic;
    Tactic {
        name: name.clone(),
        intensity: *intensity,
        description: description.clone(),
    }
}

fn public_progress(progress: &Progress) -> Progress {
    let Progress {
        status,
        started,
        finished,
        notes: _,
    } = progress;
    Progress {
        status: *status,
        started: *started,
        finished: *finished,
        notes: None,
    }
}

fn public_steps(
    steps: &Steps,
    keep: &impl Fn(&[String]) -> Vec<String>,
    groups: &BTreeMap<String, Group>,
) -> Steps {
    let Steps {
        contact,
        draft,
        assembly,
        presentation,
    } = steps;
    let StepContact { progress } = contact;
    let contact = StepContact {
        progress: public_progress(progress),
    };
    let StepDraft {
        progress,
        vision,
        culture,
        structure,
        co_authors,
    } = draft;
    let draft = StepDraft {
        progress: public_progress(progress),
        vision: vision.clone(),
        culture: culture.clone(),
        structure: structure.clone(),
        co_authors: keep(co_authors),
    };
    let StepAssembly {
        progress,
        date,
        start,
        end,
        place,
        languages,
        accessibility,
        rsvp,
        invited,
        answered,
        attended,
        agenda,
    } = assembly;
    let assembly = StepAssembly {
        progress: public_progress(progress),
        date: *date,
        start: start.clone(),
        end: end.clone(),
        place: place.clone(),
        languages: languages.clone(),
        accessibility: accessibility.clone(),
        rsvp: rsvp.clone(),
        invited: keep(invited),
        answered: keep(answered),
        attended: keep(attended),
        agenda: agenda.clone(),
    };
    let StepPresentation {
        progress,
        joined,
        questions,
    } = presentation;
    let presentation = StepPresentation {
        progress: public_progress(progress),
        joined: keep(joined),
        questions: questions
            .iter()
            .filter_map(|q| public_question(q, groups))
            .collect(),
    };
    Steps {
        contact,
        draft,
        assembly,
        presentation,
    }
}

/// A question goes out when a listed group asked it, or no one named: what
/// a hidden group asked could tell who it is, so it stays in, whole.
fn public_question(question: &Question, groups: &BTreeMap<String, Group>) -> Option<Question> {
    let Question {
        question,
        answer,
        asked_by,
    } = question;
    if asked_by.as_ref().is_some_and(|id| !groups.contains_key(id)) {
        return None;
    }
    Some(Question {
        question: question.clone(),
        answer: answer.clone(),
        asked_by: asked_by.clone(),
    })
}

fn public_assembly(assembly: &Assembly, keep: &impl Fn(&[String]) -> Vec<String>) -> Assembly {
    let Assembly {
        date,
        start,
        end,
        place,
        languages,
        accessibility,
        rsvp,
        invited,
        answered,
        attended,
        agenda,
        notes: _,
    } = assembly;
    Assembly {
        date: *date,
        start: start.clone(),
        end: end.clone(),
        place: place.clone(),
        languages: languages.clone(),
        accessibility: accessibility.clone(),
        rsvp: rsvp.clone(),
        invited: keep(invited),
        answered: keep(answered),
        attended: keep(attended),
        agenda: agenda.clone(),
        notes: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;

    fn group(name: &str, status: Status, public: bool, tactics: &[&str]) -> Group {
        Group {
            name: name.into(),
            status,
            public,
            tactics: tactics.iter().map(|t| t.to_string()).collect(),
            notes: Some("internal".into()),
            ..Group::default()
        }
    }

    #[test]
    fn only_public_members_and_their_tactics_go_out() {
        let mut c = Coalition::default();
        for (id, status, public) in [
            ("member-public", Status::Member, true),
            ("member-private", Status::Member, false),
            ("prospect-public", Status::Prospect, true),
            ("watch-public", Status::Watch, true),
            ("declined-public", Status::Declined, true),
            ("left-public", Status::Left, true),
        ] {
            let tactic = format!("t-{id}");
            c.tactics.insert(
                tactic.clone(),
                Tactic {
                    name: tactic.clone(),
                    ..Tactic::default()
                },
            );
            c.groups
                .insert(id.into(), group(id, status, public, &[&tactic, "missing"]));
        }
        c.tactics.insert("unused".into(), Tactic::default());
        let public = public_view(&c);
        assert_eq!(public.groups.keys().collect::<Vec<_>>(), ["member-public"]);
        assert_eq!(
            public.tactics.keys().collect::<Vec<_>>(),
            ["t-member-public"]
        );
        // A dangling tactic reference does not go out either, as an id.
        assert_eq!(public.groups["member-public"].tactics, ["t-member-public"]);
        assert_eq!(public.groups["member-public"].notes, None);
    }

    #[test]
    fn questions_of_hidden_groups_stay_in() {
        let mut c = Coalition::default();
        c.groups
            .insert("open".into(), group("Open", Status::Member, true, &[]));
        c.groups
            .insert("hidden".into(), group("Hidden", Status::Member, false, &[]));
        for asked_by in [Some("open"), Some("hidden"), None] {
            c.steps.presentation.questions.push(Question {
                question: format!("asked by {asked_by:?}"),
                answer: None,
                asked_by: asked_by.map(String::from),
            });
        }
        let asked: Vec<Option<String>> = public_view(&c)
            .steps
            .presentation
            .questions
            .into_iter()
            .map(|q| q.asked_by)
            .collect();
        assert_eq!(asked, [Some("open".to_string()), None]);
    }

    #[test]
    fn only_listed_groups_go_out_as_invited_or_answering() {
        let mut c = Coalition::default();
        c.groups
            .insert("open".into(), group("Open", Status::Member, true, &[]));
        c.groups
            .insert("hidden".into(), group("Hidden", Status::Member, false, &[]));
        let both = vec!["open".to_string(), "hidden".to_string()];
        c.steps.assembly.invited = both.clone();
        c.steps.assembly.answered = both.clone();
        c.assemblies.push(Assembly {
            date: chrono::NaiveDate::from_ymd_opt(2027, 4, 10).unwrap(),
            start: None,
            end: None,
            place: None,
            languages: Vec::new(),
            accessibility: Vec::new(),
            rsvp: None,
            invited: both.clone(),
            answered: both,
            attended: Vec::new(),
            agenda: None,
            notes: None,
        });
        let public = public_view(&c);
        assert_eq!(public.steps.assembly.answered, ["open"]);
        assert_eq!(public.assemblies[0].invited, ["open"]);
        assert_eq!(public.assemblies[0].answered, ["open"]);
    }
}
