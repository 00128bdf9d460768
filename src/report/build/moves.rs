//! Who moved on the spectrum since a point in git's history: each current
//! group's position then, each position it took since, and where it stands
//! now. Pure: the command reads the history, the spectrum report and the
//! map show what this computes.

use serde_json::{Value, json};

use crate::model::history::{Change, Event};
use crate::model::{Coalition, Spectrum};

/// How many positions a trail in words names before it counts the middle
/// ones: a group tossed back and forth for months fills no page.
const TRAIL_WORDS: usize = 6;

/// One group's way along the spectrum since the bound.
#[derive(Debug, Clone, PartialEq)]
pub struct Move {
    /// Its id now (renames followed).
    pub id: String,
    /// Where it stood at the bound; none when it was not in the file or
    /// not placed.
    pub then: Option<Spectrum>,
    /// Not in the file at the bound: added since.
    pub added: bool,
    pub now: Spectrum,
    /// Each position it took, oldest first: `then` (when placed), each one
    /// since, and `now` last.
    pub trail: Vec<Spectrum>,
}

impl Move {
    /// The positions it left behind: the trail without where it stands.
    pub fn past(&self) -> &[Spectrum] {
        &self.trail[..self.trail.len() - 1]
    }

    /// Its trail in words: `neutral → passive ally → active ally`; a long
    /// one its first two positions, how many between, and its last three.
    pub fn in_words(&self) -> String {
        let labels: Vec<String> = self.trail.iter().map(|s| s.label()).collect();
        if labels.len() <= TRAIL_WORDS {
            return labels.join(" → ");
        }
        let (first, rest) = labels.split_at(2);
        let (middle, last) = rest.split_at(rest.len() - 3);
        let more = crate::t!("report-since-trail-more", count = middle.len());
        [first.join(" → "), more, last.join(" → ")].join(" → ")
    }
}

/// The moves since the bound, each list by id.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Moves {
    /// Now nearer active ally than then.
    pub closer: Vec<Move>,
    /// Now nearer active opposition than then.
    pub away: Vec<Move>,
    /// Not in the file or not placed then, placed now.
    pub placed: Vec<Move>,
}

impl Moves {
    pub fn is_empty(&self) -> bool {
        self.closer.is_empty() && self.away.is_empty() && self.placed.is_empty()
    }

    /// The move of a group, whichever list it is in.
    pub fn of(&self, id: &str) -> Option<&Move> {
        self.way_of(id).map(|(_, m)| m)
    }

    /// The move of a group and the list it is in, as JSON names it
    /// (`closer`, `away`, `placed`).
    pub fn way_of(&self, id: &str) -> Option<(&'static str, &Move)> {
        [
            ("closer", &self.closer),
            ("away", &self.away),
            ("placed", &self.placed),
        ]
        .into_iter()
        .find_map(|(way, list)| Some((way, list.iter().find(|m| m.id == id)?)))
    }

    /// The JSON field `since`: words of the file, never of a language.
    pub fn json(&self, from: &str) -> Value {
        let words = |trail: &[Spectrum]| trail.iter().map(|s| s.as_str()).collect::<Vec<_>>();
        let list = |moves: &[Move]| {
            moves
                .iter()
                .map(|m| {
                    json!({
                        "id": m.id,
                        "from": m.then.map(Spectrum::as_str),
                        "to": m.now.as_str(),
                        "trail": words(&m.trail),
                    })
                })
                .collect::<Vec<_>>()
        };
        json!({
            "from": from,
            "closer": list(&self.closer),
            "away": list(&self.away),
            "placed": list(&self.placed),
        })
    }
}

/// How far from active ally: 0 for active ally, 4 for active opposition.
fn rank(position: Spectrum) -> usize {
    Spectrum::ALL
        .iter()
        .position(|s| *s == position)
        .expect("a position")
}

/// A position as history holds it: the file's word, or null when none.
fn position(value: &Value) -> Option<Spectrum> {
    value.as_str()?.parse().ok()
}

/// The moves of the groups in `c` (now, uncommitted edits included) along
/// `changes`, the history since the bound, oldest first. A group with no
/// change of its position since the bound stood then where it stood at
/// the last commit: `committed`, the file as last committed when it
/// differs from `c` (else where it stands now).
pub fn since(c: &Coalition, changes: &[Change], committed: Option<&Coalition>) -> Moves {
    let mut moves = Moves::default();
    for (id, group) in &c.groups {
        let Some(now) = group.spectrum else {
            continue;
        };
        // `None` until the first change tells where it stood at the bound.
        let mut then: Option<Option<Spectrum>> = None;
        let mut trail = Vec::new();
        let mut added = false;
        for change in changes.iter().filter(|change| change.group == *id) {
            let (before, after) = match (change.event, change.field.as_deref()) {
                (Event::Added, _) => (None, change.new.get("spectrum").and_then(position)),
                (Event::Removed, _) => (change.old.get("spectrum").and_then(position), None),
                (_, Some("spectrum")) => (position(&change.old), position(&change.new)),
                _ => continue,
            };
            if then.is_none() {
                added = change.event == Event::Added;
                then = Some(before);
                trail.extend(before);
            }
            trail.extend(after);
        }
        let then = match (then, committed) {
            (Some(then), _) => then,
            (None, Some(committed)) => {
                added = !committed.groups.contains_key(id);
                let then = committed.groups.get(id).and_then(|g| g.spectrum);
                trail.extend(then);
                then
            }
            (None, None) => Some(now),
        };
        trail.push(now);
        trail.dedup();
        let found = Move {
            id: id.clone(),
            then,
            added,
            now,
            trail,
        };
        match then {
            None => moves.placed.push(found),
            Some(then) if rank(now) < rank(then) => moves.closer.push(found),
            Some(then) if rank(now) > rank(then) => moves.away.push(found),
            Some(_) => {}
        }
    }
    moves
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::history::Event;

    fn coalition(groups: &[(&str, Option<&str>)]) -> Coalition {
        let mut text =
            String::from("schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n");
        for (id, spectrum) in groups {
            text.push_str(&format!(
                "[groups.{id}]\nname = \"{id}\"\nstatus = \"prospect\"\n"
            ));
            if let Some(s) = spectrum {
                text.push_str(&format!("spectrum = \"{s}\"\n"));
            }
        }
        crate::store::load::parse(std::path::Path::new("c.toml"), &text)
            .unwrap()
            .coalition
    }

    fn change(group: &str, event: Event, field: Option<&str>, old: Value, new: Value) -> Change {
        Change {
            commit: "c".into(),
            date: "2027-01-01T00:00:00+00:00".into(),
            author: "A".into(),
            reason: "r".into(),
            group: group.into(),
            id: group.into(),
            name: group.into(),
            event,
            field: field.map(str::to_string),
            old,
            new,
        }
    }

    fn spectrum(group: &str, old: &str, new: &str) -> Change {
        let word = |w: &str| if w.is_empty() { Value::Null } else { json!(w) };
        change(
            group,
            Event::Changed,
            Some("spectrum"),
            word(old),
            word(new),
        )
    }

    #[test]
    fn closer_away_and_placed() {
        let c = coalition(&[
            ("a", Some("active_ally")),
            ("b", Some("active_opposition")),
            ("n", Some("neutral")),
            ("p", Some("passive_ally")),
            ("u", None),
            ("z", Some("neutral")),
        ]);
        let changes = vec![
            spectrum("a", "neutral", "passive_ally"),
            change(
                "n",
                Event::Added,
                None,
                Value::Null,
                json!({"spectrum": "neutral"}),
            ),
            spectrum("b", "passive_opposition", "active_opposition"),
            spectrum("a", "passive_ally", "active_ally"),
            spectrum("p", "", "passive_ally"),
            // Out and back: not a move.
            spectrum("z", "neutral", "passive_ally"),
            spectrum("z", "passive_ally", "neutral"),
            change("a", Event::Changed, Some("power"), json!(1), json!(2)),
        ];
        let moves = since(&c, &changes, None);
        use Spectrum::*;
        assert_eq!(
            moves.closer,
            vec![Move {
                id: "a".into(),
                then: Some(Neutral),
                added: false,
                now: ActiveAlly,
                trail: vec![Neutral, PassiveAlly, ActiveAlly],
            }]
        );
        assert_eq!(
            moves.away[0].trail,
            vec![PassiveOpposition, ActiveOpposition]
        );
        assert_eq!(moves.away[0].past(), &[PassiveOpposition]);
        let placed: Vec<(&str, &[Spectrum])> = moves
            .placed
            .iter()
            .map(|m| (m.id.as_str(), m.trail.as_slice()))
            .collect();
        assert_eq!(
            placed,
            vec![("n", &[Neutral][..]), ("p", &[PassiveAlly][..])]
        );
        // `n` was added since, `p` was in the file, not placed.
        assert!(moves.placed[0].added && !moves.placed[1].added);
        assert!(moves.of("z").is_none() && moves.of("u").is_none());
    }

    #[test]
    fn the_file_now_ends_the_trail_and_no_change_is_no_move() {
        // The working file moved `a` on from its last commit.
        let c = coalition(&[("a", Some("active_ally")), ("b", Some("neutral"))]);
        let moves = since(&c, &[spectrum("a", "neutral", "passive_ally")], None);
        use Spectrum::*;
        assert_eq!(
            moves.closer[0].trail,
            vec![Neutral, PassiveAlly, ActiveAlly]
        );
        assert!(moves.away.is_empty() && moves.placed.is_empty());
        assert!(since(&c, &[], None).is_empty());
        let long = Move {
            trail: [Neutral, PassiveAlly].repeat(4),
            ..moves.closer[0].clone()
        };
        assert_eq!(
            long.in_words(),
            "neutral → passive ally → 3 more positions → passive ally → neutral → passive ally"
        );
        assert_eq!(
            moves.closer[0].in_words(),
            "neutral → passive ally → active ally"
        );
        // `b` moved in the working file only, `n` was added there: the last
        // commit tells where they stood.
        let now = coalition(&[("b", Some("passive_opposition")), ("n", Some("neutral"))]);
        let moves = since(&now, &[], Some(&c));
        assert_eq!(moves.away[0].trail, vec![Neutral, PassiveOpposition]);
        assert_eq!(moves.placed[0].id, "n");
        assert!(moves.placed[0].added);
    }
}
