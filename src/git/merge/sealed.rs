//! The merge of sealed private overlays, as data: what `coal merge-driver`
//! does once it has opened the three sides in memory (the opening, the
//! keys and the writing are the command's).
//!
//! An overlay has the coalition's schema but not its head (`schema`,
//! `[coalition]`), so each side is given the head the coalition merge
//! needs, and the merged text has it taken off again. The organizers to
//! seal the result to are merged as git merges a set: a key stays when both
//! sides keep it, comes when either side adds it, and goes when either side
//! removes it (a removal is a revocation: a union would give the merged
//! data back to the one removed).

use std::collections::BTreeSet;

use super::{Fallback, Merged};

/// What an overlay lacks to be read as a coalition, put before its text.
fn head(text: &str) -> String {
    let data = crate::store::parse::table(text).ok();
    let has = |key: &str| data.as_ref().is_some_and(|d| d.contains_key(key));
    let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut head = String::new();
    if !has("schema") {
        head.push_str("schema = 1");
        head.push_str(newline);
    }
    // Inline, so that it is a value of the root table and any root value
    // the overlay has stays where it was.
    if !has("coalition") {
        head.push_str("coalition = {}");
        head.push_str(newline);
    }
    head
}

/// The three overlays' texts merged with the coalition merge (layout from
/// OURS, conflicts between markers); an empty side is an empty overlay.
pub fn merge(base: &str, ours: &str, theirs: &str, marker_size: usize) -> Result<Merged, Fallback> {
    let [base_head, ours_head, theirs_head] = [base, ours, theirs].map(head);
    let merged = super::merge(
        &format!("{base_head}{base}"),
        &format!("{ours_head}{ours}"),
        &format!("{theirs_head}{theirs}"),
        marker_size,
    )?;
    // The head is the same on every side that lacks it, so it is never in
    // conflict, and OURS' layout keeps it first.
    let text = merged
        .text
        .strip_prefix(&ours_head)
        .ok_or_else(|| Fallback::Unplaced("schema".to_string()))?
        // A table placed first takes the blank line that parted it from the head.
        .trim_start_matches(['\r', '\n'])
        .to_string();
    Ok(Merged {
        text,
        conflicts: merged.conflicts,
    })
}

/// The organizers' keys the merged overlay is sealed to: git's merge of
/// three sets. `base` is None when the sides have no common ancestor.
pub fn organizers(
    base: Option<&BTreeSet<String>>,
    ours: &BTreeSet<String>,
    theirs: &BTreeSet<String>,
) -> BTreeSet<String> {
    let empty = BTreeSet::new();
    let base = base.unwrap_or(&empty);
    let kept = ours.intersection(theirs);
    let added = ours.difference(base).chain(theirs.difference(base));
    kept.chain(added).cloned().collect()
}

/// The keys `[coalition] organizers` lists in a coalition file's text;
/// None when the text is not TOML (a shared file with markers in it).
pub fn organizers_in(text: &str) -> Option<BTreeSet<String>> {
    let data = crate::store::parse::table(text.trim_start_matches('\u{feff}')).ok()?;
    let keys = data
        .get("coalition")
        .and_then(|c| c.get("organizers"))
        .and_then(toml::Value::as_array)
        .map(|keys| {
            keys.iter()
                .filter_map(toml::Value::as_str)
                .map(|key| key.trim().to_string())
                .collect()
        })
        .unwrap_or_default();
    Some(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(keys: &[&str]) -> BTreeSet<String> {
        keys.iter().map(|k| k.to_string()).collect()
    }

    #[test]
    fn organizers_merge_as_sets_and_a_removal_wins() {
        let base = set(&["a", "b", "c"]);
        // Ours removes b, theirs adds d and removes c.
        let merged = organizers(Some(&base), &set(&["a", "c"]), &set(&["a", "b", "d"]));
        assert_eq!(merged, set(&["a", "d"]));
        // No common ancestor: everything either side lists.
        assert_eq!(
            organizers(None, &set(&["a"]), &set(&["b"])),
            set(&["a", "b"])
        );
    }

    #[test]
    fn overlays_merge_without_a_head_and_come_back_without_one() {
        let base = "[groups.secret]\nname = \"Secret\"\nnotes = \"n\"\n";
        let ours = "[groups.secret]\nname = \"Secret\"\nnotes = \"ours\"\n";
        let theirs = "[groups.secret]\nname = \"Secret\"\nnotes = \"n\"\n\n[groups.hidden]\nname = \"Hidden\"\n";
        let merged = merge(base, ours, theirs, 7).unwrap();
        assert!(merged.conflicts.is_empty(), "{merged:?}");
        // The new group goes in id order, the head gone before it.
        assert!(
            merged.text.starts_with("[groups.hidden]"),
            "{}",
            merged.text
        );
        assert!(merged.text.contains("notes = \"ours\""), "{}", merged.text);
        assert!(merged.text.contains("[groups.hidden]"), "{}", merged.text);
        assert!(!merged.text.contains("schema"), "{}", merged.text);

        let theirs = "[groups.secret]\nname = \"Secret\"\nnotes = \"theirs\"\n";
        let merged = merge(base, ours, theirs, 7).unwrap();
        assert_eq!(merged.conflicts, vec!["groups.secret.notes".to_string()]);
        assert!(merged.text.contains("<<<<<<<"), "{}", merged.text);

        // An empty base: the overlay was made on both sides.
        let merged = merge("", ours, ours, 7).unwrap();
        assert_eq!(merged.text, ours);
    }
}
