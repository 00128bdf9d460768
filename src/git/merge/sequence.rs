//! A three-way merge of two edits of one list, for the logs (`feedback`,
//! `decisions`, questions), whose entries have no ids.
//!
//! Each side is compared with base entry by entry (a Myers diff); each run of
//! entries a side changed is a hunk. Hunks of the two sides that touch the
//! same base entries form a stretch, merged as a whole: taken from the side
//! that changed it, once when both made the same change, a conflict when they
//! differ. Entries both sides added at the same place are a union, so two
//! organizers logging feedback never conflict. Two rules then look across
//! stretches: an entry one side deleted or rewrote never comes back through
//! the other side's move or copy of it (a conflict instead), and an entry
//! both sides added is kept once, wherever each put it.

use std::collections::HashMap;
use std::hash::Hash;
use std::ops::Range;

use similar::{Algorithm, DiffOp, capture_diff_slices};

/// A stretch of the merged list, with the entries it covers on each side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stretch {
    /// The base entries it replaces.
    pub base: Range<usize>,
    pub ours: Range<usize>,
    pub theirs: Range<usize>,
    pub take: Take,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Take {
    /// Unchanged, or changed the same way on both sides: ours.
    Same,
    /// Changed by ours only.
    Ours,
    /// Changed by theirs only.
    Theirs,
    /// These entries, from ours (true) or theirs, by index: additions of
    /// both sides at one place, or theirs' change without the entries ours
    /// added too.
    Picked(Vec<(bool, usize)>),
    /// Changed by both, differently.
    Conflict,
    /// One base entry both sides changed in different fields: OURS' entry
    /// with these fields (top-level keys) as THEIRS has them. Set by the
    /// log merge of `plan`, never by `merge_by`.
    Fields(Vec<String>),
}

#[derive(Debug, Clone)]
struct Hunk {
    base: Range<usize>,
    side: Range<usize>,
    ours: bool,
}

/// The hunks of `side` against `base`: the gaps between the entries the
/// diff matches (only its matches are read, so that hunks are in order).
fn hunks<T: Hash + Ord>(base: &[T], side: &[T], ours: bool) -> Vec<Hunk> {
    let mut matches: Vec<(usize, usize, usize)> = capture_diff_slices(Algorithm::Myers, base, side)
        .into_iter()
        .filter_map(|op| match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => Some((old_index, new_index, len)),
            _ => None,
        })
        .collect();
    matches.sort_unstable();
    matches.push((base.len(), side.len(), 0));
    let mut hunks = Vec::new();
    let (mut b, mut s) = (0, 0);
    for (old_index, new_index, len) in matches {
        if old_index > b || new_index > s {
            hunks.push(Hunk {
                base: b..old_index,
                side: s..new_index,
                ours,
            });
        }
        b = old_index + len;
        s = new_index + len;
    }
    hunks
}

/// Whether two hunks of different sides change the same part of base: they
/// share a base entry, or one adds entries strictly inside what the other
/// changes. Additions at the same place do not overlap (they are a union).
fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    match (a.is_empty(), b.is_empty()) {
        (false, false) => a.start < b.end && b.start < a.end,
        (true, false) => b.start < a.start && a.start < b.end,
        (false, true) => a.start < b.start && b.start < a.end,
        (true, true) => false,
    }
}

/// Where base position `at` falls in a side: every hunk that ends at or
/// before it shifts it (additions at `at` too when `with_additions_at`).
fn side_position(hunks: &[Hunk], at: usize, with_additions_at: bool) -> usize {
    let mut position = at as isize;
    for hunk in hunks {
        let before = hunk.base.end < at
            || hunk.base.end == at && (with_additions_at || !hunk.base.is_empty());
        if before {
            position += hunk.side.len() as isize - hunk.base.len() as isize;
        }
    }
    position as usize
}

#[cfg(test)]
pub fn merge<T: Hash + Ord>(base: &[T], ours: &[T], theirs: &[T]) -> Vec<Stretch> {
    merge_by(base, ours, theirs, |_, _| false)
}

/// As `merge`, with a test of whether an added entry may be an edited copy
/// of a base entry (`related(added, base)`): an entry one side deleted or
/// rewrote does not come back, edited, through the other side's addition of
/// a related entry.
pub fn merge_by<T: Hash + Ord>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    related: impl Fn(&T, &T) -> bool,
) -> Vec<Stretch> {
    if ours == theirs {
        return vec![Stretch {
            base: 0..base.len(),
            ours: 0..ours.len(),
            theirs: 0..theirs.len(),
            take: Take::Same,
        }];
    }
    let ours_hunks = hunks(base, ours, true);
    let theirs_hunks = hunks(base, theirs, false);
    let mut all: Vec<&Hunk> = ours_hunks.iter().chain(&theirs_hunks).collect();
    // Additions before the changes that start at the same place.
    all.sort_by_key(|h| (h.base.start, !h.base.is_empty(), !h.ours));

    // Clusters of overlapping hunks, in base order.
    let mut clusters: Vec<Vec<&Hunk>> = Vec::new();
    for hunk in all {
        let joins = clusters.last().is_some_and(|cluster: &Vec<&Hunk>| {
            cluster
                .iter()
                .any(|other| other.ours != hunk.ours && overlaps(&other.base, &hunk.base))
                || cluster.iter().all(|other| other.base.is_empty())
                    && hunk.base.is_empty()
                    && cluster[0].base.start == hunk.base.start
        });
        match clusters.last_mut() {
            Some(cluster) if joins => cluster.push(hunk),
            _ => clusters.push(vec![hunk]),
        }
    }

    let mut stretches = Vec::new();
    let mut at = 0;
    let unchanged = |from: usize, to: usize, stretches: &mut Vec<Stretch>| {
        if from < to {
            stretches.push(Stretch {
                base: from..to,
                ours: side_position(&ours_hunks, from, true)..side_position(&ours_hunks, to, false),
                theirs: side_position(&theirs_hunks, from, true)
                    ..side_position(&theirs_hunks, to, false),
                take: Take::Same,
            });
        }
    };
    for cluster in clusters {
        let start = cluster
            .iter()
            .map(|h| h.base.start)
            .min()
            .expect("not empty");
        let end = cluster.iter().map(|h| h.base.end).max().expect("not empty");
        unchanged(at, start, &mut stretches);
        at = end;
        let addition = start == end;
        let ours_range =
            side_position(&ours_hunks, start, !addition)..side_position(&ours_hunks, end, addition);
        let theirs_range = side_position(&theirs_hunks, start, !addition)
            ..side_position(&theirs_hunks, end, addition);
        let (by_ours, by_theirs) = (
            cluster.iter().any(|h| h.ours),
            cluster.iter().any(|h| !h.ours),
        );
        let take = if ours[ours_range.clone()] == theirs[theirs_range.clone()] {
            Take::Same
        } else if !by_theirs {
            Take::Ours
        } else if !by_ours {
            Take::Theirs
        } else if addition {
            // Both added here: ours', then theirs' (repeats left out below).
            Take::Picked(
                ours_range
                    .clone()
                    .map(|i| (true, i))
                    .chain(theirs_range.clone().map(|j| (false, j)))
                    .collect(),
            )
        } else {
            Take::Conflict
        };
        stretches.push(Stretch {
            base: start..end,
            ours: ours_range,
            theirs: theirs_range,
            take,
        });
    }
    unchanged(at, base.len(), &mut stretches);
    let added = |hunks: &[Hunk], len: usize| {
        let mut added = vec![false; len];
        for hunk in hunks {
            added[hunk.side.clone()].iter_mut().for_each(|a| *a = true);
        }
        added
    };
    let sides = Sides {
        base,
        ours,
        theirs,
        ours_added: added(&ours_hunks, ours.len()),
        theirs_added: added(&theirs_hunks, theirs.len()),
    };
    sides.no_resurrection(&mut stretches, related);
    sides.each_addition_once(&mut stretches);
    stretches
}

struct Sides<'a, T> {
    base: &'a [T],
    ours: &'a [T],
    theirs: &'a [T],
    ours_added: Vec<bool>,
    theirs_added: Vec<bool>,
}

fn counts<'a, T: Hash + Eq>(entries: impl IntoIterator<Item = &'a T>) -> HashMap<&'a T, usize> {
    let mut counts = HashMap::new();
    for entry in entries {
        *counts.entry(entry).or_insert(0) += 1;
    }
    counts
}

impl<T: Hash + Ord> Sides<'_, T> {
    /// The entries a stretch takes, from ours (true) or theirs.
    fn taken(stretch: &Stretch) -> Vec<(bool, usize)> {
        resolve(std::slice::from_ref(stretch), true)
    }

    /// An entry one side deleted or rewrote never comes back because the
    /// other side moved or copied it: that stretch is a conflict.
    fn no_resurrection(&self, stretches: &mut [Stretch], related: impl Fn(&T, &T) -> bool) {
        let (base, ours, theirs) = (counts(self.base), counts(self.ours), counts(self.theirs));
        let removed = |side: &HashMap<&T, usize>, entry: &T| {
            base.get(entry)
                .is_some_and(|&b| side.get(entry).copied().unwrap_or(0) < b)
        };
        // The base entries each side deleted or rewrote.
        let gone = |side: &HashMap<&T, usize>| -> Vec<&T> {
            self.base
                .iter()
                .filter(|entry| removed(side, entry))
                .collect()
        };
        let (gone_by_ours, gone_by_theirs) = (gone(&ours), gone(&theirs));
        // Past this many comparisons of an addition with an entry gone, the
        // merge would take minutes: each addition then counts as related.
        const COMPARISONS: usize = 4_000_000;
        let added = |flags: &[bool]| flags.iter().filter(|a| **a).count();
        let comparisons = gone_by_ours.len() * added(&self.theirs_added)
            + gone_by_theirs.len() * added(&self.ours_added);
        let compare = comparisons <= COMPARISONS;
        let revives = |entry: &T, other: &HashMap<&T, usize>, gone: &[&T]| {
            removed(other, entry)
                || !gone.is_empty() && !compare
                || gone.iter().any(|old| related(entry, old))
        };
        for stretch in stretches.iter_mut() {
            if matches!(stretch.take, Take::Same | Take::Conflict) {
                continue;
            }
            let revived = Self::taken(stretch).into_iter().any(|(from_ours, i)| {
                if from_ours {
                    self.ours_added[i] && revives(&self.ours[i], &theirs, &gone_by_theirs)
                } else {
                    self.theirs_added[i] && revives(&self.theirs[i], &ours, &gone_by_ours)
                }
            });
            if revived {
                stretch.take = Take::Conflict;
            }
        }
    }

    /// An entry both sides added, wherever each put it, is kept as many
    /// times as the side that added it most: theirs' repeats of ours'
    /// additions are left out.
    fn each_addition_once(&self, stretches: &mut [Stretch]) {
        let taken_from_ours = stretches
            .iter()
            .filter(|s| s.take != Take::Conflict)
            .flat_map(Self::taken)
            .filter(|&(from_ours, i)| from_ours && self.ours_added[i])
            .map(|(_, i)| &self.ours[i]);
        let mut unmatched = counts(taken_from_ours);
        // Additions both sides made at one place are matched already.
        for stretch in stretches.iter().filter(|s| s.take == Take::Same) {
            for j in stretch.theirs.clone().filter(|&j| self.theirs_added[j]) {
                if let Some(count) = unmatched.get_mut(&self.theirs[j]) {
                    *count = count.saturating_sub(1);
                }
            }
        }
        for stretch in stretches.iter_mut() {
            if !matches!(stretch.take, Take::Theirs | Take::Picked(_)) {
                continue;
            }
            let mut repeats = false;
            let kept: Vec<(bool, usize)> = Self::taken(stretch)
                .into_iter()
                .filter(|&(from_ours, j)| {
                    if from_ours || !self.theirs_added[j] {
                        return true;
                    }
                    match unmatched.get_mut(&self.theirs[j]) {
                        Some(count) if *count > 0 => {
                            *count -= 1;
                            repeats = true;
                            false
                        }
                        _ => true,
                    }
                })
                .collect();
            if repeats {
                stretch.take = Take::Picked(kept);
            }
        }
    }
}

/// The merged list, taking `side` where a stretch conflicts: for each entry,
/// whether it comes from ours (true) or theirs, and its index there.
pub fn resolve(stretches: &[Stretch], conflicts_to_ours: bool) -> Vec<(bool, usize)> {
    let mut merged = Vec::new();
    for stretch in stretches {
        let ours = stretch.ours.clone().map(|i| (true, i));
        let theirs = stretch.theirs.clone().map(|j| (false, j));
        match &stretch.take {
            Take::Same | Take::Ours | Take::Fields(_) => merged.extend(ours),
            Take::Theirs => merged.extend(theirs),
            Take::Picked(picked) => merged.extend(picked.iter().copied()),
            Take::Conflict if conflicts_to_ours => merged.extend(ours),
            Take::Conflict => merged.extend(theirs),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn merged(base: &[&str], ours: &[&str], theirs: &[&str]) -> (Vec<String>, usize) {
        let stretches = merge(base, ours, theirs);
        let conflicts = stretches
            .iter()
            .filter(|s| s.take == Take::Conflict)
            .count();
        let list = resolve(&stretches, true)
            .into_iter()
            .map(|(from_ours, i)| if from_ours { ours[i] } else { theirs[i] }.to_string())
            .collect();
        (list, conflicts)
    }

    #[test]
    fn a_deleted_entry_moved_by_the_other_side_is_a_conflict() {
        // Theirs sorts the log; ours deleted the secret.
        assert_eq!(merged(&["o", "secret"], &["o"], &["secret", "o"]).1, 1);
        assert_eq!(merged(&["a", "b", "c"], &["a", "b"], &["c", "a", "b"]).1, 1);
        assert_eq!(merged(&["a", "b", "c"], &["c", "a", "b"], &["a", "b"]).1, 1);
        let (list, conflicts) = merged(&["o", "secret"], &["o", "redacted"], &["secret", "o"]);
        assert!(conflicts > 0);
        assert!(!list.contains(&"secret".to_string()), "{list:?}");
    }

    #[test]
    fn an_entry_both_sides_added_is_kept_once_wherever_it_landed() {
        assert_eq!(
            merged(&["a", "b"], &["a", "B", "x"], &["a", "b", "x"]),
            (vec!["a".into(), "B".into(), "x".into()], 0)
        );
        assert_eq!(
            merged(&["a", "b"], &["a", "x"], &["a", "b", "x"]),
            (vec!["a".into(), "x".into()], 0)
        );
        // As often as the side that added it most.
        assert_eq!(merged(&[], &["x"], &["x", "x"]).0.len(), 2);
        assert_eq!(merged(&[], &["x", "x"], &["x"]).0.len(), 2);
    }

    #[test]
    fn additions_on_both_sides_are_a_union() {
        assert_eq!(
            merged(&["a"], &["a", "b"], &["a", "c"]),
            (vec!["a".into(), "b".into(), "c".into()], 0)
        );
        assert_eq!(
            merged(&["a"], &["a", "b"], &["a", "b", "c"]),
            (vec!["a".into(), "b".into(), "c".into()], 0)
        );
    }

    #[test]
    fn a_change_and_an_addition_after_it_both_land() {
        assert_eq!(
            merged(&["a", "b"], &["a", "B"], &["a", "b", "c"]),
            (vec!["a".into(), "B".into(), "c".into()], 0)
        );
    }

    #[test]
    fn deleted_on_one_side_and_changed_on_the_other_conflicts() {
        assert_eq!(merged(&["x", "secret"], &["x"], &["x", "secret!"]).1, 1);
        assert_eq!(
            merged(&["x", "secret"], &["x", "redacted"], &["x", "secret!"]).1,
            1
        );
        // Deleted on one side, untouched on the other: deleted.
        assert_eq!(
            merged(&["x", "secret"], &["x"], &["x", "secret", "y"]),
            (vec!["x".into(), "y".into()], 0)
        );
    }

    fn list() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(0u8..6, 0..8)
    }

    proptest! {
        /// One side unchanged: the other side, exactly.
        #[test]
        fn one_side_unchanged_gives_the_other(base in list(), side in list()) {
            let pick = |stretches: &[Stretch], ours: &[u8], theirs: &[u8]| -> Vec<u8> {
                resolve(stretches, true).into_iter()
                    .map(|(o, i)| if o { ours[i] } else { theirs[i] }).collect()
            };
            prop_assert_eq!(pick(&merge(&base, &base, &side), &base, &side), side.clone());
            prop_assert_eq!(pick(&merge(&base, &side, &base), &side, &base), side);
        }

        /// A clean merge never holds an entry more often than both sides do,
        /// nor more often than a side that removed some of it.
        #[test]
        fn a_clean_merge_neither_repeats_nor_revives(base in list(), ours in list(), theirs in list()) {
            let stretches = merge(&base, &ours, &theirs);
            prop_assume!(stretches.iter().all(|s| s.take != Take::Conflict));
            let result: Vec<u8> = resolve(&stretches, true).into_iter()
                .map(|(o, i)| if o { ours[i] } else { theirs[i] }).collect();
            let count = |list: &[u8], v: u8| list.iter().filter(|x| **x == v).count();
            for v in 0u8..6 {
                let r = count(&result, v);
                prop_assert!(r <= count(&ours, v).max(count(&theirs, v)), "{:?}", result);
                for side in [&ours, &theirs] {
                    if count(side, v) < count(&base, v) {
                        prop_assert!(r <= count(side, v), "{} revived: {:?}", v, result);
                    }
                }
            }
        }

        /// Resolving every conflict to one side and the stretches cover each
        /// side whole, in order; a stretch taken from a side is that side's.
        #[test]
        fn stretches_tile_both_sides(base in list(), ours in list(), theirs in list()) {
            let stretches = merge(&base, &ours, &theirs);
            let (mut o, mut t) = (0, 0);
            for s in &stretches {
                prop_assert_eq!(s.ours.start, o);
                prop_assert_eq!(s.theirs.start, t);
                o = s.ours.end;
                t = s.theirs.end;
            }
            prop_assert_eq!((o, t), (ours.len(), theirs.len()));
            // Symmetry: swapping sides swaps ours and theirs, and keeps conflicts.
            let swapped = merge(&base, &theirs, &ours);
            let conflicts = |s: &[Stretch]| s.iter().filter(|s| s.take == Take::Conflict).count();
            prop_assert_eq!(conflicts(&stretches), conflicts(&swapped));
        }
    }
}
