//! Where the file refers to a register entry by id, found and changed on the
//! `toml_edit` document so that renames and removals keep the layout.

use toml_edit::{Array, DocumentMut, Item, TableLike, Value};

use crate::model::Register;
use crate::t;

/// A place that holds ids of one register. `at` is a dotted path where `*`
/// is any entry of a table and `#` any element of a list of tables.
pub struct Site {
    pub at: &'static str,
    pub holds: Holds,
}

pub enum Holds {
    /// An array of ids: a removed id leaves the array.
    List,
    /// One id: on removal the key goes (`Drop::Key`), or the whole list entry
    /// that holds it, when the id is what that entry is about (`Drop::Entry`).
    One(Drop),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Drop {
    Key,
    Entry,
}

const fn list(at: &'static str) -> Site {
    Site {
        at,
        holds: Holds::List,
    }
}

const fn one(at: &'static str, drop: Drop) -> Site {
    Site {
        at,
        holds: Holds::One(drop),
    }
}

const GROUP_SITES: &[Site] = &[
    list("steps.draft.co_authors"),
    list("steps.assembly.invited"),
    list("steps.assembly.answered"),
    list("steps.assembly.attended"),
    list("steps.presentation.joined"),
    one("steps.presentation.questions.#.asked_by", Drop::Key),
    one("groups.*.boundaries.#.group", Drop::Entry),
    list("spaces.*.groups"),
    list("committees.*.groups"),
    list("people.*.groups"),
    list("assemblies.#.invited"),
    list("assemblies.#.answered"),
    list("assemblies.#.attended"),
    list("decisions.#.affects"),
    list("decisions.#.consulted"),
    one("feedback.#.group", Drop::Entry),
];

const TACTIC_SITES: &[Site] = &[
    list("groups.*.tactics"),
    one("groups.*.boundaries.#.tactic", Drop::Entry),
];

/// A renamed committee's decisions follow it; one that took decisions is
/// not removed, even with `--force` (`commands::remove`).
const COMMITTEE_SITES: &[Site] = &[one("decisions.#.by", Drop::Key)];

const PERSON_SITES: &[Site] = &[one("feedback.#.by", Drop::Key)];

pub fn sites(register: Register) -> &'static [Site] {
    match register {
        Register::Groups => GROUP_SITES,
        Register::Tactics => TACTIC_SITES,
        Register::Spaces => &[],
        Register::Committees => COMMITTEE_SITES,
        Register::People => PERSON_SITES,
    }
}

/// One place in the file that names the id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// Dotted path of the key holding the id, e.g. `spaces.chat.groups`.
    pub path: String,
    /// What `--force` removes there.
    pub removes: Removes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removes {
    Element,
    Key,
    Entry,
}

impl Reference {
    /// The place, with what a forced removal does to it.
    pub fn describe(&self) -> String {
        match self.removes {
            Removes::Element => self.path.clone(),
            Removes::Key => t!("file-ref-key", path = self.path.as_str()),
            Removes::Entry => {
                let entry = self.path.rsplit_once('.').map_or(&*self.path, |(e, _)| e);
                t!("file-ref-entry", path = self.path.as_str(), entry = entry)
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Action<'a> {
    Find,
    Rename(&'a str),
    Remove,
}

/// Every reference to `id` of `register`, in file order of the sites.
pub fn find(doc: &DocumentMut, register: Register, id: &str) -> Vec<Reference> {
    // Finding walks a copy with the same walker that edits, so the two cannot disagree.
    let mut copy = doc.clone();
    apply(&mut copy, register, id, Action::Find)
}

/// Points every reference to `old` at `new`.
pub fn rename(doc: &mut DocumentMut, register: Register, old: &str, new: &str) -> Vec<Reference> {
    apply(doc, register, old, Action::Rename(new))
}

/// Removes every reference to `id`; returns what was removed.
pub fn remove(doc: &mut DocumentMut, register: Register, id: &str) -> Vec<Reference> {
    apply(doc, register, id, Action::Remove)
}

fn apply(doc: &mut DocumentMut, register: Register, id: &str, action: Action) -> Vec<Reference> {
    let mut found = Vec::new();
    for site in sites(register) {
        let segments: Vec<&str> = site.at.split('.').collect();
        let mut walk = Walk {
            site,
            id,
            action,
            found: &mut found,
        };
        walk.table(doc.as_table_mut(), &segments, String::new());
    }
    found
}

struct Walk<'a> {
    site: &'a Site,
    id: &'a str,
    action: Action<'a>,
    found: &'a mut Vec<Reference>,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Replaces a string value, keeping its surrounding spaces and comments.
fn replace(value: &mut Value, new: &str) {
    let decor = value.decor().clone();
    *value = Value::from(new);
    *value.decor_mut() = decor;
}

/// Removes an array element; the new first element takes the old first's
/// leading space, so `[ "a", "b" ]` becomes `[ "b" ]`, not `[  "b" ]`.
fn remove_at(array: &mut Array, index: usize) {
    let removed = array.remove(index);
    if index == 0
        && let (Some(first), Some(prefix)) = (array.get_mut(0), removed.decor().prefix())
    {
        first.decor_mut().set_prefix(prefix.clone());
    }
}

impl Walk<'_> {
    /// Walks `segments` below `table`; returns true when the entry `table`
    /// itself must be dropped from the list holding it.
    fn table(&mut self, table: &mut dyn TableLike, segments: &[&str], path: String) -> bool {
        match segments {
            [] => false,
            [key] => self.leaf(table, key, &path),
            ["*", rest @ ..] => {
                for (key, child) in table.iter_mut() {
                    if let Some(child) = child.as_table_like_mut() {
                        self.table(child, rest, join(&path, &key));
                    }
                }
                false
            }
            [key, "#", rest @ ..] => {
                let here = join(&path, key);
                let mut drop = Vec::new();
                match table.get_mut(key) {
                    Some(Item::ArrayOfTables(array)) => {
                        for (index, entry) in array.iter_mut().enumerate() {
                            if self.table(entry, rest, format!("{here}[{index}]")) {
                                drop.push(index);
                            }
                        }
                        drop.iter().rev().for_each(|&index| {
                            array.remove(index);
                        });
                    }
                    Some(Item::Value(Value::Array(array))) => {
                        for (index, entry) in array.iter_mut().enumerate() {
                            if let Some(entry) = entry.as_inline_table_mut()
                                && self.table(entry, rest, format!("{here}[{index}]"))
                            {
                                drop.push(index);
                            }
                        }
                        drop.iter().rev().for_each(|&index| remove_at(array, index));
                    }
                    _ => {}
                }
                false
            }
            [key, rest @ ..] => match table.get_mut(key).and_then(Item::as_table_like_mut) {
                Some(child) => self.table(child, rest, join(&path, key)),
                None => false,
            },
        }
    }

    fn leaf(&mut self, table: &mut dyn TableLike, key: &str, path: &str) -> bool {
        let here = join(path, key);
        let id = self.id;
        match self.site.holds {
            Holds::List => {
                let Some(array) = table.get_mut(key).and_then(Item::as_array_mut) else {
                    return false;
                };
                if !array.iter().any(|v| v.as_str() == Some(id)) {
                    return false;
                }
                self.found.push(Reference {
                    path: here,
                    removes: Removes::Element,
                });
                match self.action {
                    Action::Find => {}
                    Action::Rename(new) => array
                        .iter_mut()
                        .filter(|v| v.as_str() == Some(id))
                        .for_each(|v| replace(v, new)),
                    Action::Remove => {
                        let matching = array
                            .iter()
                            .enumerate()
                            .filter(|(_, v)| v.as_str() == Some(id));
                        let indices: Vec<usize> = matching.map(|(index, _)| index).collect();
                        indices
                            .into_iter()
                            .rev()
                            .for_each(|index| remove_at(array, index));
                    }
                }
                false
            }
            Holds::One(drop) => {
                let Some(value) = table.get_mut(key).and_then(Item::as_value_mut) else {
                    return false;
                };
                if value.as_str() != Some(id) {
                    return false;
                }
                self.found.push(Reference {
                    path: here,
                    removes: match drop {
                        Drop::Key => Removes::Key,
                        Drop::Entry => Removes::Entry,
                    },
                });
                match (self.action, drop) {
                    (Action::Find, _) => false,
                    (Action::Rename(new), _) => {
                        replace(value, new);
                        false
                    }
                    (Action::Remove, Drop::Key) => {
                        table.remove(key);
                        false
                    }
                    (Action::Remove, Drop::Entry) => true,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"[steps.draft]
co_authors = ["a", "b"] # who writes

[groups.a]
name = "A"

[groups.b]
name = "B"
boundaries = [{ group = "a", reason = "history" }, { tactic = "t" }]

[spaces.chat]
groups = [ "a", "b" ]

[[feedback]]
group = "a"
text = "x"

[[feedback]]
group = "b"
text = "y"
"#;

    #[test]
    fn finds_every_reference() {
        let doc: DocumentMut = FILE.parse().unwrap();
        let paths: Vec<_> = find(&doc, Register::Groups, "a")
            .into_iter()
            .map(|r| r.describe())
            .collect();
        assert_eq!(
            paths,
            vec![
                "steps.draft.co_authors",
                "groups.b.boundaries[0].group (the whole entry groups.b.boundaries[0])",
                "spaces.chat.groups",
                "feedback[0].group (the whole entry feedback[0])",
            ]
        );
    }

    #[test]
    fn rename_changes_only_the_ids() {
        let mut doc: DocumentMut = FILE.parse().unwrap();
        rename(&mut doc, Register::Groups, "a", "z");
        let expected = FILE
            .replace("[\"a\", \"b\"]", "[\"z\", \"b\"]")
            .replace("group = \"a\"", "group = \"z\"")
            .replace("[ \"a\", \"b\" ]", "[ \"z\", \"b\" ]");
        assert_eq!(doc.to_string(), expected);
    }

    #[test]
    fn remove_drops_elements_and_entries() {
        let mut doc: DocumentMut = FILE.parse().unwrap();
        let removed = remove(&mut doc, Register::Groups, "a");
        assert_eq!(removed.len(), 4);
        let text = doc.to_string();
        assert!(text.contains("co_authors = [\"b\"] # who writes"), "{text}");
        assert!(text.contains("boundaries = [{ tactic = \"t\" }]"), "{text}");
        assert!(!text.contains("text = \"x\""), "{text}");
        assert!(text.contains("text = \"y\""), "{text}");
    }
}
