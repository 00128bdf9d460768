//! Who moved on the spectrum since a point in git's history: each group's
//! position in the file as it was then, each position its changes since
//! gave it, and where it stands now. Pure: the command reads the history
//! and the file at the bound, the spectrum report and the map show what
//! this computes.

use std::collections::BTreeMap;

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

/// A group placed at the bound that is no longer placed now: it left the
/// file, or its position was taken off.
#[derive(Debug, Clone, PartialEq)]
pub struct Gone {
    /// Its id then.
    pub id: String,
    /// Its name then.
    pub name: String,
    pub then: Spectrum,
    /// It left the file (else it is in the file, not placed).
    pub removed: bool,
}

/// The moves since the bound, each list by id.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Moves {
    /// Now nearer active ally than then.
    pub closer: Vec<Move>,
    /// Now nearer active opposition than then.
    pub away: Vec<Move>,
    /// Moved, and stands now where it stood then.
    pub back: Vec<Move>,
    /// Not in the file or not placed then, placed now.
    pub placed: Vec<Move>,
    /// Placed then, not now.
    pub gone: Vec<Gone>,
    /// Placed then and now at one position, never moved: id and position.
    pub stayed: Vec<(String, Spectrum)>,
    /// The file was not in git at the bound: every group counts as added.
    pub no_base: bool,
}

impl Moves {
    /// No group moved, came back, was placed or left.
    pub fn is_empty(&self) -> bool {
        self.closer.is_empty()
            && self.away.is_empty()
            && self.back.is_empty()
            && self.placed.is_empty()
            && self.gone.is_empty()
    }

    /// The move of a group, whichever list it is in.
    pub fn of(&self, id: &str) -> Option<&Move> {
        self.way_of(id).map(|(_, m)| m)
    }

    /// The move of a group and the list it is in, as JSON and CSV name it
    /// (`closer`, `away`, `back`, `placed`).
    pub fn way_of(&self, id: &str) -> Option<(&'static str, &Move)> {
        [
            ("closer", &self.closer),
            ("away", &self.away),
            ("back", &self.back),
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
                        "added": m.added,
                        "to": m.now.as_str(),
                        "trail": words(&m.trail),
                    })
                })
                .collect::<Vec<_>>()
        };
        let gone: Vec<Value> = self
            .gone
            .iter()
            .map(|g| {
                json!({
                    "id": g.id,
                    "name": g.name,
                    "from": g.then.as_str(),
                    "removed": g.removed,
                })
            })
            .collect();
        json!({
            "from": from,
            "file_at_bound": !self.no_base,
            "closer": list(&self.closer),
            "away": list(&self.away),
            "back": list(&self.back),
            "placed": list(&self.placed),
            "gone": gone,
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

/// Where a group of the file at the bound is now: its rows' last-known
/// id when a rename moved it, else the same id.
fn ids_now(changes: &[Change]) -> BTreeMap<&str, &str> {
    changes
        .iter()
        .filter(|change| change.event == Event::Renamed)
        .filter_map(|change| Some((change.old.as_str()?, change.group.as_str())))
        .collect()
}

/// Whether a group's rows start by its coming into the file (or by the
/// group then under its id leaving): it was not the bound's group.
fn came_since(rows: &[&Change]) -> bool {
    match rows.first().map(|row| row.event) {
        Some(Event::Added) => true,
        // Removed, then added again under its own name: the same group
        // restored (a revert), not a newcomer on a freed id.
        Some(Event::Removed) => rows
            .iter()
            .find(|row| row.event == Event::Added)
            .is_none_or(|added| added.name != rows[0].name),
        _ => false,
    }
}

/// Whether a row moves a group on the spectrum (or off it).
fn is_spectrum_move(row: &Change) -> bool {
    row.field.as_deref() == Some("spectrum")
}

/// The moves of the groups in `c` (now, uncommitted edits included) since
/// the bound: `base` is the file as it was then (none when git did not
/// hold it there: every group was added since), `changes` the history
/// since, oldest first, uncommitted rows last.
pub fn since(c: &Coalition, changes: &[Change], base: Option<&Coalition>) -> Moves {
    let mut moves = Moves {
        no_base: base.is_none(),
        ..Moves::default()
    };
    let rows_of =
        |id: &str| -> Vec<&Change> { changes.iter().filter(|change| change.group == id).collect() };
    for (id, group) in &c.groups {
        let Some(now) = group.spectrum else {
            continue;
        };
        let rows = rows_of(id);
        // The id it had at the bound: the first rename tells it.
        let id_then = rows
            .iter()
            .find(|row| row.event == Event::Renamed)
            .and_then(|row| row.old.as_str())
            .unwrap_or(id);
        let at_bound = base
            .filter(|_| !came_since(&rows))
            .and_then(|base| base.groups.get(id_then));
        let added = at_bound.is_none();
        let then = at_bound.and_then(|g| g.spectrum);
        let mut trail: Vec<Spectrum> = then.into_iter().collect();
        for row in &rows {
            let after = match (row.event, row.field.as_deref()) {
                (Event::Added, _) => row.new.get("spectrum").and_then(position),
                (_, Some("spectrum")) => position(&row.new),
                _ => None,
            };
            trail.extend(after);
        }
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
            // Taken off the spectrum and placed back where it stood moved
            // too, though its trail holds one position.
            Some(_) if found.trail.len() > 1 || rows.iter().any(|r| is_spectrum_move(r)) => {
                moves.back.push(found)
            }
            Some(then) => moves.stayed.push((id.clone(), then)),
        }
    }
    let Some(base) = base else {
        return moves;
    };
    let renamed = ids_now(changes);
    for (id_then, group) in &base.groups {
        let Some(then) = group.spectrum else {
            continue;
        };
        let id_now = renamed.get(id_then.as_str()).copied().unwrap_or(id_then);
        // A group now under the id that is not the bound's group: the
        // bound's one left.
        let now = c
            .groups
            .get(id_now)
            .filter(|_| !came_since(&rows_of(id_now)));
        if now.is_some_and(|g| g.spectrum.is_some()) {
            continue;
        }
        moves.gone.push(Gone {
            id: id_then.clone(),
            name: group.name.clone(),
            then,
            removed: now.is_none(),
        });
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

    fn renamed(group: &str, old: &str) -> Change {
        Change {
            id: group.into(),
            ..change(group, Event::Renamed, Some("id"), json!(old), json!(group))
        }
    }

    #[test]
    fn then_is_the_file_at_the_bound() {
        use Spectrum::*;
        let base = coalition(&[
            ("a", Some("neutral")),
            ("b", Some("passive_opposition")),
            ("old", Some("passive_ally")),
            ("p", None),
            ("z", Some("neutral")),
            ("s", Some("neutral")),
            ("gone", Some("neutral")),
            ("off", Some("active_ally")),
        ]);
        let now = coalition(&[
            ("a", Some("active_ally")),
            ("b", Some("active_opposition")),
            ("new", Some("active_ally")),
            ("n", Some("neutral")),
            ("p", Some("passive_ally")),
            ("z", Some("neutral")),
            ("s", Some("neutral")),
            ("off", None),
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
            // Its position in the rows only: then comes from the file.
            renamed("new", "old"),
            spectrum("new", "passive_ally", "active_ally"),
            spectrum("p", "", "passive_ally"),
            spectrum("z", "neutral", "passive_ally"),
            spectrum("z", "passive_ally", "neutral"),
            change(
                "gone",
                Event::Removed,
                None,
                json!({"spectrum": "neutral"}),
                Value::Null,
            ),
            spectrum("off", "active_ally", ""),
            change("a", Event::Changed, Some("power"), json!(1), json!(2)),
        ];
        let moves = since(&now, &changes, Some(&base));
        assert!(!moves.no_base);
        let ids = |list: &[Move]| list.iter().map(|m| m.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&moves.closer), ["a", "new"]);
        assert_eq!(moves.closer[0].trail, [Neutral, PassiveAlly, ActiveAlly]);
        // Renamed: found at the bound by its old id.
        assert_eq!(moves.closer[1].then, Some(PassiveAlly));
        // No row of `b`'s position since: the file then still tells it.
        assert_eq!(moves.away[0].trail, [PassiveOpposition, ActiveOpposition]);
        // Out and back: a move of its own list, trail drawn.
        assert_eq!(ids(&moves.back), ["z"]);
        assert_eq!(moves.back[0].trail, [Neutral, PassiveAlly, Neutral]);
        assert_eq!(moves.back[0].past(), [Neutral, PassiveAlly]);
        // `n` added since, `p` in the file then, not placed.
        assert_eq!(ids(&moves.placed), ["n", "p"]);
        assert!(moves.placed[0].added && !moves.placed[1].added);
        assert_eq!(moves.stayed, [("s".to_string(), Neutral)]);
        assert_eq!(
            moves.gone,
            [
                Gone {
                    id: "gone".into(),
                    name: "gone".into(),
                    then: Neutral,
                    removed: true
                },
                Gone {
                    id: "off".into(),
                    name: "off".into(),
                    then: ActiveAlly,
                    removed: false
                },
            ]
        );
        let json = moves.json("v1");
        assert_eq!(
            json["back"][0]["trail"],
            json!(["neutral", "passive_ally", "neutral"])
        );
        assert_eq!(json["placed"][0]["added"], json!(true));
        assert_eq!(json["placed"][1]["added"], json!(false));
        assert_eq!(json["gone"][1]["removed"], json!(false));
    }

    #[test]
    fn a_new_group_on_a_freed_id_is_added_and_the_old_one_left() {
        use Spectrum::*;
        let base = coalition(&[("b", Some("passive_ally"))]);
        let now = coalition(&[
            ("b", Some("active_opposition")),
            ("b2", Some("active_ally")),
        ]);
        let changes = vec![
            renamed("b2", "b"),
            change(
                "b",
                Event::Added,
                None,
                Value::Null,
                json!({"spectrum": "active_opposition"}),
            ),
            spectrum("b2", "passive_ally", "active_ally"),
        ];
        let moves = since(&now, &changes, Some(&base));
        assert_eq!(moves.closer[0].id, "b2");
        assert_eq!(moves.closer[0].trail, [PassiveAlly, ActiveAlly]);
        assert_eq!(moves.placed[0].id, "b");
        assert!(moves.placed[0].added && moves.away.is_empty() && moves.gone.is_empty());
    }

    #[test]
    fn without_the_file_at_the_bound_every_group_was_added() {
        let now = coalition(&[("a", Some("active_ally")), ("u", None)]);
        let moves = since(&now, &[spectrum("a", "neutral", "active_ally")], None);
        assert!(moves.no_base);
        assert_eq!(moves.placed.len(), 1);
        assert!(moves.placed[0].added && moves.placed[0].then.is_none());
        assert_eq!(moves.placed[0].trail, [Spectrum::ActiveAlly]);
    }

    #[test]
    fn a_long_trail_in_words_counts_its_middle() {
        use Spectrum::*;
        let long = Move {
            id: "a".into(),
            then: Some(Neutral),
            added: false,
            now: PassiveAlly,
            trail: [Neutral, PassiveAlly].repeat(4),
        };
        assert_eq!(
            long.in_words(),
            "neutral → passive ally → 3 more positions → passive ally → neutral → passive ally"
        );
    }
}
