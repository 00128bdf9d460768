//! The four first steps of an agile coalition: what each one asks of the
//! organizers, how far the coalition has come, and what to do next.

use std::fmt;
use std::path::Path;

use chrono::NaiveDate;

use crate::model::{Coalition, Group, Progress, Question, Spectrum, Status, StepStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Contact,
    Draft,
    Assembly,
    Presentation,
}

impl Step {
    pub const ALL: [Step; 4] = [
        Step::Contact,
        Step::Draft,
        Step::Assembly,
        Step::Presentation,
    ];

    /// The step's key in the file (`[steps.contact]`) and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Step::Contact => "contact",
            Step::Draft => "draft",
            Step::Assembly => "assembly",
            Step::Presentation => "presentation",
        }
    }

    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    pub fn title(self) -> String {
        match self {
            Step::Contact => crate::t!("walk-title-contact"),
            Step::Draft => crate::t!("walk-title-draft"),
            Step::Assembly => crate::t!("walk-title-assembly"),
            Step::Presentation => crate::t!("walk-title-presentation"),
        }
    }

    /// `contact` or `1`, and so on.
    pub fn parse(text: &str) -> Result<Step, String> {
        Step::ALL
            .into_iter()
            .find(|step| step.key() == text || step.number().to_string() == text)
            .ok_or_else(|| {
                let valid: Vec<String> = Step::ALL
                    .iter()
                    .map(|s| format!("{} ({})", s.key(), s.number()))
                    .collect();
                crate::t!("walk-not-a-step", text = text, steps = valid.join(", "))
            })
    }

    pub fn progress(self, c: &Coalition) -> &Progress {
        match self {
            Step::Contact => &c.steps.contact.progress,
            Step::Draft => &c.steps.draft.progress,
            Step::Assembly => &c.steps.assembly.progress,
            Step::Presentation => &c.steps.presentation.progress,
        }
    }

    /// A few lines on what the step is for, shown when walking through it.
    pub fn guidance(self) -> String {
        match self {
            Step::Contact => crate::t!("walk-guidance-contact"),
            Step::Draft => crate::t!("walk-guidance-draft"),
            Step::Assembly => crate::t!("walk-guidance-assembly"),
            Step::Presentation => crate::t!("walk-guidance-presentation"),
        }
    }

    /// What `--done` needs that is still missing.
    pub fn missing(self, c: &Coalition) -> Vec<Need> {
        let mut missing = Vec::new();
        match self {
            Step::Contact => {
                let talking = c
                    .groups
                    .values()
                    .any(|g| matches!(g.status, Status::Dialogue | Status::Member));
                if !talking {
                    missing.push(Need::Talking);
                }
            }
            Step::Draft => {
                let draft = &c.steps.draft;
                for (part, need) in [
                    (&draft.vision, Need::Vision),
                    (&draft.culture, Need::Culture),
                    (&draft.structure, Need::Structure),
                ] {
                    if part.as_deref().is_none_or(|text| text.trim().is_empty()) {
                        missing.push(need);
                    }
                }
                if draft.co_authors.is_empty() {
                    missing.push(Need::CoAuthor);
                }
            }
            Step::Assembly => {
                let assembly = &c.steps.assembly;
                if assembly.date.is_none() {
                    missing.push(Need::Date);
                }
                if assembly
                    .place
                    .as_deref()
                    .is_none_or(|p| p.trim().is_empty())
                {
                    missing.push(Need::Place);
                }
                if assembly.invited.is_empty() {
                    missing.push(Need::Invited);
                }
            }
            Step::Presentation => {
                let presentation = &c.steps.presentation;
                if presentation.questions.is_empty() && presentation.joined.is_empty() {
                    missing.push(Need::Feedback);
                }
            }
        }
        missing
    }

    /// What has been done in the step so far, in a line.
    pub fn summary(self, c: &Coalition) -> String {
        let count = |status: Status| c.groups.values().filter(|g| g.status == status).count();
        match self {
            Step::Contact => {
                let members = count(Status::Member);
                // The prospects left are those step 1 would propose:
                // opponents are never courted, so they are none of them.
                let prospects = ranked_prospects(c).len();
                crate::t!(
                    "walk-summary-contact",
                    contacted = count(Status::Contacted),
                    dialogue = count(Status::Dialogue),
                    members = members,
                    declined = count(Status::Declined),
                    prospects = prospects
                )
            }
            Step::Draft => {
                let draft = &c.steps.draft;
                let mark = |part: &Option<String>| {
                    if part.is_some() {
                        crate::t!("walk-part-written")
                    } else {
                        crate::t!("walk-part-not-yet")
                    }
                };
                crate::t!(
                    "walk-summary-draft",
                    vision = mark(&draft.vision),
                    culture = mark(&draft.culture),
                    structure = mark(&draft.structure),
                    co_authors = names_or_none(c, &draft.co_authors)
                )
            }
            Step::Assembly => {
                let assembly = &c.steps.assembly;
                let not_set = || crate::t!("walk-not-set");
                crate::t!(
                    "walk-summary-assembly",
                    date = assembly.date.map_or_else(not_set, prose_date),
                    place = assembly.place.clone().unwrap_or_else(not_set),
                    invited = assembly.invited.len()
                )
            }
            Step::Presentation => {
                let presentation = &c.steps.presentation;
                let answered = presentation
                    .questions
                    .iter()
                    .filter(|q| !q.is_open())
                    .count();
                crate::t!(
                    "walk-summary-presentation",
                    questions = presentation.questions.len(),
                    answered = answered,
                    joined = names_or_none(c, &presentation.joined)
                )
            }
        }
    }
}

/// Something a step needs before it can be done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Step 1: a group in dialogue or member.
    Talking,
    Vision,
    Culture,
    Structure,
    CoAuthor,
    Date,
    Place,
    Invited,
    /// Step 4: a question asked or a group that joined.
    Feedback,
}

impl Need {
    /// In the organizer's words, as a walkthrough says it.
    pub fn words(self) -> String {
        match self {
            Need::Talking => crate::t!("walk-need-talking"),
            Need::Vision => crate::t!("walk-need-vision"),
            Need::Culture => crate::t!("walk-need-culture"),
            Need::Structure => crate::t!("walk-need-structure"),
            Need::CoAuthor => crate::t!("walk-need-co-author"),
            Need::Date => crate::t!("walk-need-date"),
            Need::Place => crate::t!("walk-need-place"),
            Need::Invited => crate::t!("walk-need-invited"),
            Need::Feedback => crate::t!("walk-need-feedback"),
        }
    }

    /// With the flags that give it, as `--done` and `coal steps` say it.
    fn flagged(self) -> String {
        match self {
            Need::Talking => crate::t!("walk-need-talking-flag"),
            Need::Vision => crate::t!("walk-need-vision-flag"),
            Need::Culture => crate::t!("walk-need-culture-flag"),
            Need::Structure => crate::t!("walk-need-structure-flag"),
            Need::CoAuthor => crate::t!("walk-need-co-author-flag"),
            Need::Date => crate::t!("walk-need-date-flag"),
            Need::Place => crate::t!("walk-need-place-flag"),
            Need::Invited => crate::t!("walk-need-invited-flag"),
            Need::Feedback => crate::t!("walk-need-feedback-flag"),
        }
    }

    /// The needs with their flags, one after the other.
    pub fn with_flags(needs: &[Need]) -> String {
        let flagged: Vec<String> = needs.iter().map(|need| need.flagged()).collect();
        flagged.join(", ")
    }

    /// The needs in words: "a culture, a structure and a co-author".
    pub fn in_words(needs: &[Need]) -> String {
        match needs {
            [] => String::new(),
            [one] => one.words(),
            [rest @ .., last] => {
                let rest: Vec<String> = rest.iter().map(|need| need.words()).collect();
                crate::t!("walk-and", rest = rest.join(", "), last = last.words())
            }
        }
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A date in a step's prose: as the file writes it on an English screen
/// (what the organizer types back), « 16 janvier 2027 » on a French one.
pub fn prose_date(date: NaiveDate) -> String {
    match crate::i18n::current() {
        crate::i18n::Lang::En => date.to_string(),
        crate::i18n::Lang::Fr => crate::i18n::date(date),
    }
}

/// Groups by name, as people know them (the id of one no longer listed).
fn names_or_none(c: &Coalition, ids: &[String]) -> String {
    if ids.is_empty() {
        return crate::t!("walk-none-yet");
    }
    ids.iter()
        .map(|id| c.groups.get(id).map_or(id.as_str(), |g| g.name.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The questions asked at the presentation with their numbers (from 1, the
/// numbers `--answer-question` takes), and whether each is still open.
pub fn numbered_questions(c: &Coalition) -> impl Iterator<Item = (usize, &Question)> {
    c.steps
        .presentation
        .questions
        .iter()
        .zip(1..)
        .map(|(q, n)| (n, q))
}

/// The questions not answered yet, with their numbers.
pub fn open_questions(c: &Coalition) -> Vec<(usize, &Question)> {
    numbered_questions(c).filter(|(_, q)| q.is_open()).collect()
}

/// The number of the question already recorded that asks `text`, the same
/// but for case and spaces.
pub fn question_number(c: &Coalition, text: &str) -> Option<usize> {
    numbered_questions(c)
        .find(|(_, q)| same_question(&q.question, text))
        .map(|(n, _)| n)
}

/// Two questions are one when they differ only by case and spaces.
pub fn same_question(a: &str, b: &str) -> bool {
    question_key(a) == question_key(b)
}

/// A question as compared: lower case, spaces around it dropped, and any
/// run of whitespace inside (spaces, tabs, line breaks) one space.
pub fn question_key(question: &str) -> String {
    question
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// One question as a line: its number, whether it is open, its text.
pub fn question_line(number: usize, question: &Question) -> String {
    let number = number.to_string();
    let text = question.question.as_str();
    if question.is_open() {
        crate::t!("walk-question-open", number = number, text = text)
    } else {
        crate::t!("walk-question-answered", number = number, text = text)
    }
}

/// Why a step cannot be done yet. Decided in one place, `unready`, for
/// `--done`, the walkthroughs and the next command coal proposes alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unready {
    /// The step lacks what it needs.
    Missing(Vec<Need>),
    /// The presentation, before the day of the assembly where it takes place.
    BeforeAssembly(NaiveDate),
    /// The presentation, while that assembly has no date.
    AssemblyUndated,
}

/// Why `step` cannot be done once the file says `after`; `None` when it can.
pub fn unready(step: Step, after: &Coalition, today: NaiveDate) -> Option<Unready> {
    if let (Step::Presentation, Some(assembly)) = (step, after.steps.assembly.date)
        && assembly > today
    {
        return Some(Unready::BeforeAssembly(assembly));
    }
    let missing = step.missing(after);
    match (step, after.steps.assembly.date) {
        _ if !missing.is_empty() => Some(Unready::Missing(missing)),
        (Step::Presentation, None) => Some(Unready::AssemblyUndated),
        _ => None,
    }
}

impl Unready {
    /// Why, in the organizer's words, after "step N is not done yet: ".
    pub fn in_words(&self) -> String {
        match self {
            Unready::Missing(needs) => {
                crate::t!("walk-unready-missing", needs = Need::in_words(needs))
            }
            Unready::BeforeAssembly(assembly) => {
                crate::t!("walk-unready-before-assembly", date = prose_date(*assembly))
            }
            Unready::AssemblyUndated => crate::t!("walk-unready-undated"),
        }
    }
}

/// The next thing to do: what, in words, and the command that does it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Next {
    pub what: String,
    pub command: String,
}

/// The first step not done yet, and what it needs. What it proposes is
/// never a `--done` that `--done` would refuse: `unready` decides both.
fn next_step(c: &Coalition, today: NaiveDate) -> Option<Next> {
    Step::ALL.into_iter().find_map(|step| {
        let number = step.number().to_string();
        let number = number.as_str();
        let title = step.title();
        let title = title.as_str();
        let (what, command) = match (step.progress(c).status, unready(step, c, today)) {
            (StepStatus::Done, _) => return None,
            (StepStatus::Todo, _) => (
                crate::t!("walk-next-start", number = number, title = title),
                format!("coal step {step}"),
            ),
            (StepStatus::Doing, None) => (
                crate::t!("walk-next-done", number = number, title = title),
                format!("coal step {step} --done"),
            ),
            (StepStatus::Doing, _) if step == Step::Contact && nobody_to_talk_to(c) => (
                crate::t!("walk-next-no-prospect", number = number, title = title),
                "coal add-group NAME".into(),
            ),
            (StepStatus::Doing, Some(Unready::Missing(missing))) => (
                crate::t!(
                    "walk-next-needs",
                    number = number,
                    title = title,
                    needs = Need::with_flags(&missing)
                ),
                format!("coal step {step}"),
            ),
            (StepStatus::Doing, Some(Unready::BeforeAssembly(assembly))) => (
                crate::t!(
                    "walk-next-at-assembly",
                    number = number,
                    title = title,
                    date = prose_date(assembly)
                ),
                format!("coal step {step}"),
            ),
            (StepStatus::Doing, Some(Unready::AssemblyUndated)) => (
                crate::t!("walk-next-undated", number = number, title = title),
                "coal step assembly --date YYYY-MM-DD".into(),
            ),
        };
        Some(Next { what, command })
    })
}

/// Step 1 has no prospect to propose and no contacted group to talk with:
/// `coal step contact` would have nothing to do.
fn nobody_to_talk_to(c: &Coalition) -> bool {
    ranked_prospects(c).is_empty() && !c.groups.values().any(|g| g.status == Status::Contacted)
}

/// `command` (a `coal ...` line) for the file given with `--file` or
/// `COAL_FILE`: copied as shown, it acts on that file, not on the nearest
/// `coalition.toml`. A file coal finds by itself needs no flag.
pub fn for_file(command: &str, file: Option<&Path>) -> String {
    match (file, command.strip_prefix("coal ")) {
        (Some(file), Some(rest)) => format!("coal --file {} {rest}", shell_word(file)),
        _ => command.to_string(),
    }
}

/// `path` as one word a shell reads back as that path: quoted when it holds
/// anything but letters, digits and `._/-`.
fn shell_word(path: &Path) -> String {
    let text = path.to_string_lossy();
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._/-".contains(c));
    if plain {
        text.into_owned()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

/// The one command to run next.
pub fn next(c: &Coalition, today: NaiveDate) -> String {
    next_step(c, today).map_or_else(
        || crate::t!("walk-next-command-feedback"),
        |next| next.command,
    )
}

/// The next thing to do, in words and as a command: the first step not
/// done; once the four are, a decision due for review, then an open
/// question, then hearing from the member groups.
pub fn next_action(c: &Coalition, today: NaiveDate) -> Next {
    if let Some(next) = next_step(c, today) {
        return next;
    }
    let due = (1..).zip(&c.decisions).find(|(_, d)| d.review_due(today));
    if let Some((number, decision)) = due {
        return Next {
            what: crate::t!(
                "walk-next-review",
                summary = decision.summary.as_str(),
                date = decision.review_on.map(prose_date).unwrap_or_default()
            ),
            command: format!("coal update-decision {number} --reviewed {today}"),
        };
    }
    if let Some((number, question)) = open_questions(c).first() {
        return Next {
            what: crate::t!(
                "walk-next-answer",
                number = number.to_string(),
                text = question.question.as_str()
            ),
            command: format!("coal step presentation --answer-question {number} --answer TEXT"),
        };
    }
    Next {
        what: crate::t!("walk-next-feedback"),
        command: "coal log-feedback GROUP TEXT".into(),
    }
}

/// Groups that are contacted, in dialogue or members: the groups "in play".
pub fn in_play(c: &Coalition) -> Vec<&String> {
    c.groups
        .iter()
        .filter(|(_, g)| {
            matches!(
                g.status,
                Status::Contacted | Status::Dialogue | Status::Member
            )
        })
        .map(|(id, _)| id)
        .collect()
}

/// The largest number of groups in play that still keeps the first circle small.
pub const LESS_IS_MORE: usize = 7;

/// A prospect to reach out to in step 1, and why it stands where it does.
pub struct Prospect<'a> {
    pub id: &'a String,
    pub group: &'a Group,
    /// "impacted · not yet placed · interest 5 · power 2".
    pub why: String,
}

/// Prospects to reach out to, best first, as the training's step 1 asks:
/// affinity groups and the people most affected first (nothing about us
/// without us), so directly impacted groups, then allies and groups not yet
/// placed on the spectrum, then the others; within each, by interest, then
/// power (which is more than numbers and money), then unpredictability;
/// then by name. Opponents (in opposition on the spectrum) are never
/// proposed, nor watched or declined groups, which are not prospects.
pub fn ranked_prospects(c: &Coalition) -> Vec<Prospect<'_>> {
    let mut prospects: Vec<(&String, &Group)> = c
        .groups
        .iter()
        .filter(|(_, g)| g.status == Status::Prospect && !g.is_opponent())
        .collect();
    prospects.sort_by(|(a_id, a), (b_id, b)| {
        let key = |g: &Group| {
            (
                !g.impacted,
                !g.spectrum.is_none_or(Spectrum::is_ally),
                std::cmp::Reverse(g.interest.unwrap_or(0)),
                std::cmp::Reverse(g.power.unwrap_or(0)),
                std::cmp::Reverse(g.unpredictability.unwrap_or(0)),
            )
        };
        key(a)
            .cmp(&key(b))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a_id.cmp(b_id))
    });
    prospects
        .into_iter()
        .map(|(id, group)| Prospect {
            id,
            group,
            why: why_ranked(group),
        })
        .collect()
}

/// What a prospect's rank rests on, in the order the ranking reads it.
fn why_ranked(g: &Group) -> String {
    let mut facts: Vec<String> = Vec::new();
    if g.impacted {
        facts.push(crate::t!("walk-fact-impacted"));
    }
    facts.push(
        g.spectrum
            .map_or_else(|| crate::t!("walk-fact-not-placed"), Spectrum::label),
    );
    facts.extend(scores(
        g,
        [Score::Interest, Score::Power, Score::Unpredictability],
    ));
    facts.join(" · ")
}

/// A group's score as a walkthrough shows it.
#[derive(Debug, Clone, Copy)]
pub enum Score {
    Power,
    Interest,
    Unpredictability,
}

/// The scores a group has, in the order asked: "interest 5", "power 2".
pub fn scores<const N: usize>(g: &Group, order: [Score; N]) -> Vec<String> {
    order
        .into_iter()
        .filter_map(|score| {
            Some(match score {
                Score::Power => crate::t!("walk-fact-power", score = g.power?.to_string()),
                Score::Interest => crate::t!("walk-fact-interest", score = g.interest?.to_string()),
                Score::Unpredictability => crate::t!(
                    "walk-fact-unpredictability",
                    score = g.unpredictability?.to_string()
                ),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Group;

    fn group(name: &str, power: Option<u8>, interest: Option<u8>, impacted: bool) -> Group {
        Group {
            name: name.into(),
            power,
            interest,
            impacted,
            ..Group::default()
        }
    }

    #[test]
    fn questions_are_the_same_whatever_their_case_or_spaces() {
        assert!(same_question(" Who  decides?\n", "who\tDECIDES?"));
        assert!(!same_question("Who decides?", "Whodecides?"));
    }

    #[test]
    fn steps_parse_by_name_or_number() {
        assert_eq!(Step::parse("draft"), Ok(Step::Draft));
        assert_eq!(Step::parse("4"), Ok(Step::Presentation));
        assert_eq!(
            Step::parse("vote"),
            Err("`vote` is not a step; the steps are contact (1), draft (2), assembly (3), presentation (4)".into())
        );
    }

    #[test]
    fn prospects_rank_impacted_then_allies_then_interest_and_never_opponents() {
        let mut c = Coalition::default();
        c.groups
            .insert("a".into(), group("Zed", Some(3), Some(5), false));
        c.groups
            .insert("b".into(), group("Yes", Some(1), Some(2), true));
        c.groups
            .insert("c".into(), group("Alpha", Some(3), Some(5), false));
        let mut neutral = group("Neutral", Some(5), Some(5), false);
        neutral.spectrum = Some(Spectrum::Neutral);
        c.groups.insert("d".into(), neutral);
        let mut ally = group("Ally", Some(2), Some(4), false);
        ally.spectrum = Some(Spectrum::PassiveAlly);
        c.groups.insert("e".into(), ally);
        let mut opponent = group("Big NGO", Some(5), Some(5), false);
        opponent.spectrum = Some(Spectrum::PassiveOpposition);
        c.groups.insert("f".into(), opponent);
        let mut member = group("Member", Some(5), Some(5), true);
        member.status = Status::Member;
        c.groups.insert("g".into(), member);
        let ranked = ranked_prospects(&c);
        let order: Vec<&str> = ranked.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(order, ["b", "c", "a", "e", "d"]);
        let why: Vec<&str> = ranked.iter().map(|p| p.why.as_str()).collect();
        assert_eq!(
            why,
            [
                "impacted · not yet placed · interest 2 · power 1",
                "not yet placed · interest 5 · power 3",
                "not yet placed · interest 5 · power 3",
                "passive ally · interest 4 · power 2",
                "neutral · interest 5 · power 5",
            ]
        );
    }

    #[test]
    fn questions_are_numbered_from_one_and_the_same_whatever_the_case() {
        let mut c = Coalition::default();
        for (question, answer) in [("Who decides?", Some("We do")), ("Is there food?", None)] {
            c.steps.presentation.questions.push(Question {
                question: question.into(),
                answer: answer.map(String::from),
                asked_by: None,
            });
        }
        assert_eq!(question_number(&c, "  is there FOOD? "), Some(2));
        assert_eq!(question_number(&c, "Is there food"), None);
        let open: Vec<usize> = open_questions(&c).iter().map(|(n, _)| *n).collect();
        assert_eq!(open, [2]);
        let lines: Vec<String> = numbered_questions(&c)
            .map(|(n, q)| question_line(n, q))
            .collect();
        assert_eq!(
            lines,
            [
                "question 1 (answered): Who decides?",
                "question 2 (open): Is there food?"
            ]
        );
    }

    #[test]
    fn next_names_the_first_unfinished_step() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let next = |c: &Coalition| next(c, today);
        let mut c = Coalition::default();
        assert_eq!(next(&c), "coal step contact");
        c.steps.contact.progress.status = StepStatus::Doing;
        // Nobody to contact yet: groups to add first.
        assert_eq!(next(&c), "coal add-group NAME");
        c.groups.insert("p".into(), Group::default());
        assert_eq!(next(&c), "coal step contact");
        c.groups.insert(
            "a".into(),
            Group {
                status: Status::Dialogue,
                ..Group::default()
            },
        );
        assert_eq!(next(&c), "coal step contact --done");
        c.steps.contact.progress.status = StepStatus::Done;
        assert_eq!(next(&c), "coal step draft");
    }

    /// The presentation is proposed as done only when `--done` would take
    /// it: on the assembly's day or later, once that assembly has a date.
    #[test]
    fn next_never_proposes_a_presentation_done_too_early() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let mut c = Coalition::default();
        c.steps.contact.progress.status = StepStatus::Done;
        c.steps.draft.progress.status = StepStatus::Done;
        c.steps.assembly.progress.status = StepStatus::Done;
        c.steps.presentation.progress.status = StepStatus::Doing;
        c.steps.presentation.joined.push("a".into());
        assert_eq!(next(&c, today), "coal step assembly --date YYYY-MM-DD");
        let assembly = today.succ_opt().unwrap();
        c.steps.assembly.date = Some(assembly);
        assert_eq!(next(&c, today), "coal step presentation");
        assert_eq!(next(&c, assembly), "coal step presentation --done");
    }
}
