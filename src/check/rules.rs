//! The diagnostics of SPEC §7: one small pure function per pitfall of
//! traditional coalitions, each reading the validated coalition.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;

use super::{Finding, Severity, code};
use crate::model::{
    BoundaryLevel, Coalition, CoalitionKind, Group, Participation, Role, Status, StepStatus,
};

/// What a rule may need besides the coalition.
pub struct Context {
    pub today: NaiveDate,
}

pub type Rule = fn(&Coalition, &Context) -> Vec<Finding>;

/// Every rule that can judge the shared file alone, in no particular
/// order: findings are sorted afterwards. Without the private overlay they
/// see less (no boundaries, fewer members) and find less, never more.
pub const RULES: &[Rule] = &[
    boundary_violation,
    nothing_about_us,
    less_is_more,
    no_space,
    review_due,
    step_order,
    step_dates,
    denouncing_risk,
    public_not_member,
    overload,
    boundary_at_assembly,
    tactic_disagreement,
    opponent_joined,
    refuses_own_tactic,
];

/// The rules that judge the whole membership or its feedback, with the
/// code each raises: on the shared file alone (a sealed overlay not opened)
/// every member would be overdue and the private members' offers, roles,
/// tactics and seats unseen, so they are not run then.
pub const WHOLE_COALITION_RULES: &[(&str, Rule)] = &[
    (code::FEEDBACK_OVERDUE, feedback_overdue),
    (code::RESOURCE_CONCENTRATION, resource_concentration),
    (code::STEERING_WITHOUT_IMPACTED, steering_without_impacted),
    (code::SINGLE_TACTIC, single_tactic),
    (code::MISSING_ROLES, missing_roles),
];

/// Offers must number at least this many before concentration is judged.
pub const CONCENTRATION_MIN_OFFERS: usize = 5;
/// One group holding more than this share of the offers is a warning.
pub const CONCENTRATION_SHARE: f64 = 0.4;
/// More groups than this in play before the assembly is a warning.
pub const LESS_IS_MORE: usize = crate::steps::LESS_IS_MORE;

fn finding(
    severity: Severity,
    code: &'static str,
    path: impl Into<String>,
    message: String,
) -> Finding {
    Finding {
        severity,
        code,
        message,
        path: path.into(),
        about: String::new(),
        line: None,
        column: None,
    }
}

fn members(c: &Coalition) -> impl Iterator<Item = (&String, &Group)> {
    c.groups.iter().filter(|(_, g)| g.status == Status::Member)
}

fn name<'a>(c: &'a Coalition, id: &'a str) -> &'a str {
    c.groups.get(id).map_or(id, |g| g.name.as_str())
}

/// A tactic's name, or its id when it is not described.
fn tactic_name<'a>(c: &'a Coalition, id: &'a str) -> &'a str {
    c.tactics.get(id).map_or(id, |t| t.name.as_str())
}

/// A date in a finding: as the file writes it on an English screen (as
/// the messages always said it), in words on a French one.
fn on(date: NaiveDate) -> String {
    match crate::i18n::current() {
        crate::i18n::Lang::En => date.to_string(),
        crate::i18n::Lang::Fr => crate::i18n::date(date),
    }
}

/// Group id → the places it sits: spaces and committees.
struct Seats<'a> {
    spaces: HashMap<&'a str, Vec<&'a str>>,
    committees: HashMap<&'a str, Vec<&'a str>>,
}

impl<'a> Seats<'a> {
    fn of(c: &'a Coalition) -> Self {
        fn index<'a>(
            entries: impl Iterator<Item = (&'a String, &'a Vec<String>)>,
        ) -> HashMap<&'a str, Vec<&'a str>> {
            let mut seats: HashMap<&'a str, Vec<&'a str>> = HashMap::new();
            for (place, groups) in entries {
                for group in groups {
                    seats
                        .entry(group.as_str())
                        .or_default()
                        .push(place.as_str());
                }
            }
            seats
        }
        Seats {
            spaces: index(c.spaces.iter().map(|(id, s)| (id, &s.groups))),
            committees: index(c.committees.iter().map(|(id, m)| (id, &m.groups))),
        }
    }
}

fn common<'a>(seats: &HashMap<&'a str, Vec<&'a str>>, a: &str, b: &str) -> Vec<&'a str> {
    let (Some(a), Some(b)) = (seats.get(a), seats.get(b)) else {
        return Vec::new();
    };
    a.iter()
        .filter(|place| b.contains(place))
        .copied()
        .collect()
}

/// Where two groups sit together: spaces, committees and the draft's pen.
fn shared_places(
    c: &Coalition,
    seats: &Seats,
    a: &str,
    b: &str,
    level: BoundaryLevel,
) -> Vec<String> {
    let mut places = Vec::new();
    if level == BoundaryLevel::Refuse {
        places.extend(
            common(&seats.spaces, a, b)
                .into_iter()
                .map(|id| crate::t!("check-place-space", id = id)),
        );
    }
    places.extend(
        common(&seats.committees, a, b)
            .into_iter()
            .map(|id| crate::t!("check-place-committee", id = id)),
    );
    let pen = &c.steps.draft.co_authors;
    if pen.iter().any(|g| g == a) && pen.iter().any(|g| g == b) {
        places.push(crate::t!("check-place-draft"));
    }
    places
}

pub fn boundary_violation(c: &Coalition, _: &Context) -> Vec<Finding> {
    let mut found = Vec::new();
    let seats = Seats::of(c);
    for (id, group) in &c.groups {
        for (index, boundary) in group.boundaries.iter().enumerate() {
            let Some(other) = &boundary.group else {
                continue;
            };
            // One finding per shared place: each is its own thing to undo.
            for place in shared_places(c, &seats, id, other, boundary.level) {
                let mut violation = finding(
                    Severity::Error,
                    code::BOUNDARY_VIOLATION,
                    format!("groups.{id}.boundaries[{index}]"),
                    crate::t!(
                        "check-boundary-violation",
                        group = group.name.as_str(),
                        level = boundary.level.as_str(),
                        other = name(c, other),
                        place = place.as_str()
                    ),
                );
                violation.about = place;
                found.push(violation);
            }
        }
    }
    found
}

/// The member holding the most offers, its count, and the count of all
/// members' offers (ties go to the smallest id).
/// An opponent among the members shares nothing with the partners.
pub fn concentration(c: &Coalition) -> (Option<&String>, usize, usize) {
    let partners = || members(c).filter(|(_, g)| !g.is_opponent());
    let total: usize = partners().map(|(_, g)| g.offers.len()).sum();
    let top = partners()
        .filter(|(_, g)| !g.offers.is_empty())
        .max_by(|(a_id, a), (b_id, b)| a.offers.len().cmp(&b.offers.len()).then(b_id.cmp(a_id)));
    match top {
        Some((id, group)) => (Some(id), group.offers.len(), total),
        None => (None, 0, total),
    }
}

pub fn resource_concentration(c: &Coalition, _: &Context) -> Vec<Finding> {
    let (top, count, total) = concentration(c);
    let Some(top) = top else { return Vec::new() };
    let share = count as f64 / total as f64;
    if total < CONCENTRATION_MIN_OFFERS || share <= CONCENTRATION_SHARE {
        return Vec::new();
    }
    vec![finding(
        Severity::Warning,
        code::RESOURCE_CONCENTRATION,
        format!("groups.{top}.offers"),
        crate::t!(
            "check-resource-concentration",
            group = name(c, top),
            count = count,
            total = total,
            percent = format!("{:.0}", share * 100.0)
        ),
    )]
}

pub fn steering_without_impacted(c: &Coalition, _: &Context) -> Vec<Finding> {
    if !members(c).any(|(_, g)| g.impacted) {
        return Vec::new();
    }
    c.committees
        .iter()
        .filter(|(_, m)| m.steering)
        .filter(|(_, m)| {
            !m.groups
                .iter()
                .any(|id| c.groups.get(id).is_some_and(|g| g.impacted))
        })
        .map(|(id, m)| {
            finding(
                Severity::Warning,
                code::STEERING_WITHOUT_IMPACTED,
                format!("committees.{id}.groups"),
                crate::t!(
                    "check-steering-without-impacted",
                    committee = m.name.as_str()
                ),
            )
        })
        .collect()
}

pub fn nothing_about_us(c: &Coalition, _: &Context) -> Vec<Finding> {
    c.decisions
        .iter()
        .enumerate()
        .filter_map(|(index, decision)| {
            let unheard: Vec<&str> = decision
                .affects
                .iter()
                .filter(|id| !decision.consulted.contains(id))
                .map(|id| name(c, id))
                .collect();
            (!unheard.is_empty()).then(|| {
                finding(
                    Severity::Warning,
                    code::NOTHING_ABOUT_US,
                    format!("decisions[{index}].consulted"),
                    crate::t!(
                        "check-nothing-about-us",
                        decision = decision.summary.as_str(),
                        groups = unheard.join(", "),
                        number = (index + 1).to_string()
                    ),
                )
            })
        })
        .collect()
}

pub fn less_is_more(c: &Coalition, _: &Context) -> Vec<Finding> {
    let in_play = crate::steps::in_play(c).len();
    if c.steps.assembly.progress.status != StepStatus::Todo || in_play <= LESS_IS_MORE {
        return Vec::new();
    }
    vec![finding(
        Severity::Warning,
        code::LESS_IS_MORE,
        "groups",
        crate::t!("check-less-is-more", count = in_play),
    )]
}

pub fn no_space(c: &Coalition, _: &Context) -> Vec<Finding> {
    if c.spaces.is_empty() {
        return Vec::new();
    }
    let spaced = c.groups_in_spaces();
    members(c)
        .filter(|(id, _)| !spaced.contains(id.as_str()))
        .map(|(id, g)| {
            finding(
                Severity::Warning,
                code::NO_SPACE,
                format!("groups.{id}"),
                crate::t!("check-no-space", group = g.name.as_str(), id = id.as_str()),
            )
        })
        .collect()
}

pub fn feedback_overdue(c: &Coalition, context: &Context) -> Vec<Finding> {
    let days = i64::from(c.agreements.feedback_every_days);
    let latest = c.latest_feedback();
    members(c)
        .filter_map(|(id, g)| {
            let feedback = latest.get(id.as_str()).map(|f| f.date);
            // A member is not overdue before it has been one for the period.
            let heard = feedback.or(g.joined);
            let overdue = heard.is_none_or(|date| (context.today - date).num_days() > days);
            overdue.then(|| {
                // Say what the days are counted from, so nobody reads a join
                // date as a last word from the group.
                let name = &g.name;
                let name = name.as_str();
                let what = match (feedback, g.joined) {
                    (Some(date), _) => crate::t!(
                        "check-feedback-overdue-since-feedback",
                        group = name,
                        days = days,
                        date = on(date)
                    ),
                    (None, Some(joined)) => crate::t!(
                        "check-feedback-overdue-since-joined",
                        group = name,
                        days = days,
                        date = on(joined)
                    ),
                    (None, None) => {
                        crate::t!("check-feedback-overdue-never", group = name, days = days)
                    }
                };
                finding(
                    Severity::Warning,
                    code::FEEDBACK_OVERDUE,
                    format!("groups.{id}"),
                    format!(
                        "{what} {}",
                        crate::t!("check-feedback-overdue-ask", id = id.as_str())
                    ),
                )
            })
        })
        .collect()
}

pub fn review_due(c: &Coalition, context: &Context) -> Vec<Finding> {
    c.decisions
        .iter()
        .enumerate()
        .filter(|(_, d)| d.review_due(context.today))
        .map(|(index, d)| {
            finding(
                Severity::Warning,
                code::REVIEW_DUE,
                format!("decisions[{index}].review_on"),
                crate::t!(
                    "check-review-due",
                    decision = d.summary.as_str(),
                    date = on(d.review_on.expect("filtered")),
                    number = (index + 1).to_string()
                ),
            )
        })
        .collect()
}

pub fn step_order(c: &Coalition, _: &Context) -> Vec<Finding> {
    let mut found = Vec::new();
    let steps = crate::steps::Step::ALL;
    for (index, step) in steps.iter().enumerate() {
        if step.progress(c).status == StepStatus::Todo {
            continue;
        }
        if let Some(earlier) = steps[..index]
            .iter()
            .find(|s| s.progress(c).status == StepStatus::Todo)
        {
            found.push(finding(
                Severity::Warning,
                code::STEP_ORDER,
                format!("steps.{}.status", step.key()),
                crate::t!(
                    "check-step-order",
                    step = step.number(),
                    key = step.key(),
                    earlier = earlier.number(),
                    earlier_key = earlier.key()
                ),
            ));
        }
    }
    found
}

/// A step finished before it started: most often a year mistyped, which
/// would stretch the map's timeline back to it.
pub fn step_dates(c: &Coalition, _: &Context) -> Vec<Finding> {
    crate::steps::Step::ALL
        .iter()
        .filter_map(|step| {
            let progress = step.progress(c);
            let (started, finished) = (progress.started?, progress.finished?);
            (finished < started).then(|| {
                finding(
                    Severity::Warning,
                    code::STEP_DATES,
                    format!("steps.{}.finished", step.key()),
                    crate::t!(
                        "check-step-dates",
                        step = step.number(),
                        key = step.key(),
                        finished = on(finished),
                        started = on(started)
                    ),
                )
            })
        })
        .collect()
}

/// A boundary against a tactic that members other than its holder use.
pub struct Tension<'a> {
    pub holder: &'a str,
    pub group: &'a Group,
    /// Its place among the holder's boundaries.
    pub index: usize,
    pub level: BoundaryLevel,
    pub tactic: &'a str,
    /// The ids of the members using it, in id order.
    pub users: Vec<&'a str>,
}

impl Tension<'_> {
    pub fn path(&self) -> String {
        format!("groups.{}.boundaries[{}]", self.holder, self.index)
    }

    /// The users' names, joined, and the verb that agrees with them.
    pub fn users_named(&self, c: &Coalition) -> (String, &'static str) {
        let names: Vec<&str> = self.users.iter().map(|id| name(c, id)).collect();
        let verb = if names.len() == 1 { "uses" } else { "use" };
        (names.join(", "), verb)
    }
}

/// Every tension between a boundary against a tactic, held by a group
/// `holding` accepts, and the members that use the tactic.
pub fn tensions(c: &Coalition, holding: impl Fn(&Group) -> bool) -> Vec<Tension<'_>> {
    let users_of = c.tactic_users();
    let mut found = Vec::new();
    for (id, group) in c.groups.iter().filter(|(_, g)| holding(g)) {
        for (index, boundary) in group.boundaries.iter().enumerate() {
            let Some(tactic) = &boundary.tactic else {
                continue;
            };
            let users: Vec<&str> = users_of
                .get(tactic.as_str())
                .into_iter()
                .flatten()
                .filter(|other| **other != id && c.groups[**other].status == Status::Member)
                .copied()
                .collect();
            if !users.is_empty() {
                found.push(Tension {
                    holder: id,
                    group,
                    index,
                    level: boundary.level,
                    tactic,
                    users,
                });
            }
        }
    }
    found
}

fn is_member(group: &Group) -> bool {
    group.status == Status::Member
}

pub fn denouncing_risk(c: &Coalition, _: &Context) -> Vec<Finding> {
    if c.agreements.no_public_denouncing {
        return Vec::new();
    }
    tensions(c, is_member)
        .into_iter()
        .map(|tension| {
            finding(
                Severity::Warning,
                code::DENOUNCING_RISK,
                tension.path(),
                crate::t!(
                    "check-denouncing-risk",
                    group = tension.group.name.as_str(),
                    tactic = tactic_name(c, tension.tactic),
                    users = tension.users_named(c).0
                ),
            )
        })
        .collect()
}

pub fn single_tactic(c: &Coalition, _: &Context) -> Vec<Finding> {
    if !c.own_tactics() {
        return Vec::new();
    }
    let count = members(c).count();
    let tactics: BTreeSet<&String> = members(c).flat_map(|(_, g)| &g.tactics).collect();
    if count < 3 || tactics.len() >= 2 {
        return Vec::new();
    }
    vec![finding(
        Severity::Info,
        code::SINGLE_TACTIC,
        "groups",
        crate::t!(
            "check-single-tactic",
            count = count,
            tactics = tactics.len()
        ),
    )]
}

pub fn missing_roles(c: &Coalition, _: &Context) -> Vec<Finding> {
    if members(c).count() < 2 {
        return Vec::new();
    }
    let covered: BTreeSet<Role> = members(c)
        .flat_map(|(_, g)| g.roles.iter().copied())
        .collect();
    let missing: Vec<String> = Role::ALL
        .iter()
        .filter(|r| !covered.contains(r))
        .map(|r| r.word())
        .collect();
    if missing.is_empty() {
        return Vec::new();
    }
    vec![finding(
        Severity::Info,
        code::MISSING_ROLES,
        "groups",
        crate::t!("check-missing-roles", roles = missing.join(", ")),
    )]
}

/// `public = true` on a group that is not with the coalition: public
/// reports show only members, so the flag says something that is not so.
pub fn public_not_member(c: &Coalition, _: &Context) -> Vec<Finding> {
    c.groups
        .iter()
        .filter(|(_, g)| g.public)
        .filter_map(|(id, g)| {
            if !matches!(g.status, Status::Watch | Status::Declined | Status::Left) {
                return None;
            }
            Some(finding(
                Severity::Info,
                code::PUBLIC_NOT_MEMBER,
                format!("groups.{id}.public"),
                crate::t!(
                    "check-public-not-member",
                    group = g.name.as_str(),
                    status = g.status.as_str(),
                    id = id.as_str()
                ),
            ))
        })
        .collect()
}

/// A member taking part as an observer or supporter that holds more
/// committee seats than a core member: levels of participation exist so
/// each group gives what it can, and the light ones are not to carry the
/// coalition. Named against the core member with the fewest seats.
pub fn overload(c: &Coalition, _: &Context) -> Vec<Finding> {
    let seats = Seats::of(c);
    let count = |id: &str| seats.committees.get(id).map_or(0, Vec::len);
    let Some((core_id, core)) = members(c)
        .filter(|(_, g)| g.participation == Participation::Core)
        .min_by_key(|(id, _)| count(id))
    else {
        return Vec::new();
    };
    let core_seats = count(core_id);
    members(c)
        .filter(|(_, g)| {
            matches!(
                g.participation,
                Participation::Observer | Participation::Supporter
            )
        })
        .filter(|(id, _)| count(id) > core_seats)
        .map(|(id, g)| {
            finding(
                Severity::Info,
                code::OVERLOAD,
                format!("groups.{id}.participation"),
                crate::t!(
                    "check-overload",
                    group = g.name.as_str(),
                    level = g.participation.as_str(),
                    seats = count(id),
                    core = core.name.as_str(),
                    core_seats = core_seats
                ),
            )
        })
        .collect()
}

/// The groups a member refuses to work with, each with its boundary's path.
fn refused(c: &Coalition) -> Vec<(&Group, String, &str)> {
    members(c)
        .flat_map(|(id, group)| {
            group
                .boundaries
                .iter()
                .enumerate()
                .filter(|(_, b)| b.level == BoundaryLevel::Refuse)
                .filter_map(move |(index, b)| {
                    let other = b.group.as_deref()?;
                    Some((group, format!("groups.{id}.boundaries[{index}]"), other))
                })
        })
        .collect()
}

/// Whether a group has joined the coalition: a member, or in step 4's
/// `joined` until it has left or declined.
fn welcomed(c: &Coalition, id: &str) -> bool {
    let joined = c.steps.presentation.joined.iter().any(|j| j == id);
    let status = c.groups.get(id).map(|g| g.status);
    status == Some(Status::Member)
        || (joined && !matches!(status, Some(Status::Left | Status::Declined)))
}

/// A group that joined while the file calls it an opponent
/// ([`Group::is_opponent`]): a partner and an opponent at once, which the
/// power report files with the opponents and coal never courts. A group set
/// back to `watch` after joining was taken out on purpose: it is not raised.
pub fn opponent_joined(c: &Coalition, _: &Context) -> Vec<Finding> {
    c.groups
        .iter()
        .filter(|(id, g)| g.is_opponent() && g.status != Status::Watch && welcomed(c, id))
        .filter_map(|(id, g)| {
            let position = g.spectrum.filter(|s| s.is_opposition())?;

            Some(finding(
                Severity::Warning,
                code::OPPONENT_JOINED,
                format!("groups.{id}"),
                crate::t!(
                    "check-opponent-joined",
                    group = g.name.as_str(),
                    position = position.label(),
                    id = id.as_str()
                ),
            ))
        })
        .collect()
}

/// A group that draws a line at a tactic it uses itself: one of the two is
/// a slip of the hand, as a boundary against itself would be.
pub fn refuses_own_tactic(c: &Coalition, _: &Context) -> Vec<Finding> {
    let mut found = Vec::new();
    for (id, group) in &c.groups {
        for (index, boundary) in group.boundaries.iter().enumerate() {
            let Some(tactic) = boundary.tactic.as_deref() else {
                continue;
            };
            if group.tactics.iter().any(|t| t == tactic) {
                found.push(finding(
                    Severity::Warning,
                    code::REFUSES_OWN_TACTIC,
                    format!("groups.{id}.boundaries[{index}]"),
                    crate::t!(
                        "check-refuses-own-tactic",
                        group = group.name.as_str(),
                        tactic = tactic_name(c, tactic),
                        id = id.as_str(),
                        tactic_id = tactic
                    ),
                ));
            }
        }
    }
    found
}

pub fn boundary_at_assembly(c: &Coalition, context: &Context) -> Vec<Finding> {
    let mut found = Vec::new();
    // Only assemblies still to come: a past invitation cannot be talked over.
    let to_come: Vec<_> = c
        .all_assemblies()
        .into_iter()
        .filter(|assembly| assembly.date >= context.today)
        .collect();
    let first = &c.steps.assembly;
    for (holder, path, other) in refused(c) {
        let mut places: Vec<String> = to_come
            .iter()
            .filter(|assembly| assembly.invited.iter().any(|id| id == other))
            .map(|assembly| crate::t!("check-place-invited-on", date = on(assembly.date)))
            .collect();
        if first.date.is_none() && first.invited.iter().any(|id| id == other) {
            places.push(crate::t!("check-place-invited"));
        }
        if welcomed(c, other) {
            places.push(crate::t!("check-place-joined"));
        }
        for place in places {
            let mut warning = finding(
                Severity::Warning,
                code::BOUNDARY_AT_ASSEMBLY,
                path.clone(),
                crate::t!(
                    "check-boundary-at-assembly",
                    group = holder.name.as_str(),
                    other = name(c, other),
                    place = place.as_str()
                ),
            );
            warning.about = place;
            found.push(warning);
        }
    }
    found
}

/// Raised wherever the coalition acts on one set of tactics (shared tactics
/// agreed, or a traditional coalition), as the tactics report says.
pub fn tactic_disagreement(c: &Coalition, _: &Context) -> Vec<Finding> {
    if c.own_tactics() {
        return Vec::new();
    }
    // The way out the file allows: a traditional coalition acts on one set
    // whatever its agreement, so only the agreement on tactics is offered
    // to a coalition that made it.
    let traditional = yes(c.coalition.kind == CoalitionKind::Traditional);
    let diversity = yes(c.agreements.diversity_of_tactics);
    tensions(c, is_member)
        .into_iter()
        .map(|tension| {
            let (users, _) = tension.users_named(c);
            finding(
                Severity::Warning,
                code::TACTIC_DISAGREEMENT,
                tension.path(),
                crate::t!(
                    "check-tactic-disagreement",
                    diversity = diversity,
                    group = tension.group.name.as_str(),
                    tactic = tactic_name(c, tension.tactic),
                    users = users,
                    count = tension.users.len(),
                    traditional = traditional
                ),
            )
        })
        .collect()
}

/// A yes-or-no for a message's selector.
fn yes(answer: bool) -> &'static str {
    if answer { "yes" } else { "no" }
}
