//! What may leave the coalition (SPEC §6, `--audience public`).
//!
//! Public reports are built from a reduced copy of the coalition: groups that
//! do not endorse it publicly are gone (with every mention of their ids), and
//! so are contacts, people, notes, intentions, feedback, boundaries,
//! decisions, power / interest / unpredictability scores and spectrum
//! positions. What is not in the copy cannot appear in any format.

use crate::model::{Coalition, Group};

pub fn public_view(c: &Coalition) -> Coalition {
    let mut public = c.clone();
    public.groups.retain(|_, g| g.public);
    for group in public.groups.values_mut() {
        *group = Group {
            power: None,
            interest: None,
            unpredictability: None,
            spectrum: None,
            spectrum_target: None,
            intentions: None,
            notes: None,
            contact: None,
            boundaries: Vec::new(),
            ..group.clone()
        };
    }
    let ids: Vec<String> = public.groups.keys().cloned().collect();
    let keep = |list: &mut Vec<String>| list.retain(|id| ids.contains(id));

    public.people.clear();
    public.feedback.clear();
    public.decisions.clear();
    for assembly in &mut public.assemblies {
        assembly.notes = None;
        keep(&mut assembly.invited);
        keep(&mut assembly.attended);
    }
    for space in public.spaces.values_mut() {
        keep(&mut space.groups);
    }
    for committee in public.committees.values_mut() {
        keep(&mut committee.groups);
    }
    let steps = &mut public.steps;
    for progress in [
        &mut steps.contact.progress,
        &mut steps.draft.progress,
        &mut steps.assembly.progress,
        &mut steps.presentation.progress,
    ] {
        progress.notes = None;
    }
    keep(&mut steps.draft.co_authors);
    keep(&mut steps.assembly.invited);
    keep(&mut steps.assembly.attended);
    keep(&mut steps.presentation.joined);
    for question in &mut steps.presentation.questions {
        if question
            .asked_by
            .as_ref()
            .is_some_and(|id| !ids.contains(id))
        {
            question.asked_by = None;
        }
    }
    public
}
