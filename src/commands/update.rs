//! What the `update-KIND` commands share: the error for a command with
//! nothing to change, text fields set or cleared, and the groups of a space,
//! committee or person added or removed in place.

use std::path::Path;

use toml_edit::{DocumentMut, Item, Value};

use super::{Context, group_choices};
use crate::cli::GroupChanges;
use crate::error::{Error, Result};
use crate::model::{Coalition, Register};
use crate::prompt::{Ask, Choice, Prompter};
use crate::store::document::{self, SchemaTable, push_like_the_last, remove_from_list};
use crate::store::{self, require, require_all};

/// No flag was given, and there is no terminal to ask on.
pub fn nothing_to_change(what: &str, command: &str, flags: &str) -> Error {
    Error::usage(crate::t!("edit-nothing-to-change", what = what)).hint(crate::t!(
        "edit-nothing-to-change-hint",
        flags = flags,
        command = command
    ))
}

/// Sets each text given; an empty one removes its key.
pub fn set_texts(entry: &mut SchemaTable, texts: &[(&str, &Option<String>)]) {
    for (key, text) in texts {
        match text.as_deref() {
            Some("") => drop(entry.remove(key)),
            Some(text) => entry.set(key, text),
            None => {}
        }
    }
}

/// Sets or (when empty) removes parts of an entry's `contact`; a contact
/// left with nothing is removed.
pub fn set_contact(entry: &mut SchemaTable, parts: &[(&str, &Option<String>)]) -> Result<()> {
    let given: Vec<(&str, &str)> = parts
        .iter()
        .filter_map(|(key, value)| Some((*key, value.as_deref()?)))
        .collect();
    if given.is_empty() {
        return Ok(());
    }
    let kept = given.iter().filter(|(_, value)| !value.is_empty());
    entry
        .set_inside(
            "contact",
            kept.map(|&(key, value)| (key, Value::from(value))),
        )
        .map_err(|message| Error::usage(message).hint(crate::t!("edit-write-as-table")))?;
    let contact = entry
        .get_mut("contact")
        .and_then(Item::as_table_like_mut)
        .expect("made a table above");
    for (key, _) in given.iter().filter(|(_, value)| value.is_empty()) {
        contact.remove(key);
    }
    if contact.is_empty() {
        entry.remove("contact");
    }
    Ok(())
}

impl GroupChanges {
    pub fn is_empty(&self) -> bool {
        self.add.is_empty() && self.remove.is_empty()
    }

    /// Adds and removes groups in the `groups` of entry `id`, keeping the
    /// list's spelling: added ids go at its end, a list left empty is
    /// removed. A group already there is left as it is (said in the notes
    /// returned); removing one that is not there is refused, as the organizer
    /// most likely meant another entry or another group.
    pub fn apply(
        &self,
        doc: &mut DocumentMut,
        register: Register,
        id: &str,
    ) -> Result<Vec<String>> {
        let kind = register.singular();
        let whose = crate::t!("edit-whose-groups", kind = kind, id = id);
        if let Some(both) = self.add.iter().find(|g| self.remove.contains(g)) {
            return Err(Error::usage(crate::t!(
                "edit-group-both-ways",
                group = both.as_str(),
                whose = whose.as_str()
            ))
            .hint(crate::t!("edit-group-both-ways-hint")));
        }
        require_all(doc, Register::Groups, &self.add)?;
        let current = current_groups(doc, register, id, &whose)?;
        for group in &self.remove {
            if !current.contains(group) {
                // A group that does not exist at all gets the nearest id.
                require(doc, Register::Groups, group)?;
                let hint = if current.is_empty() {
                    crate::t!("edit-group-not-there-none", kind = kind, id = id)
                } else {
                    let groups = current.join(", ");
                    crate::t!(
                        "edit-group-not-there-they-are",
                        groups = groups,
                        kind = kind,
                        id = id
                    )
                };
                let message = crate::t!(
                    "edit-group-not-there",
                    group = group.as_str(),
                    whose = whose.as_str()
                );
                return Err(Error::usage(message).hint(hint));
            }
        }
        let mut notes = Vec::new();
        let mut added: Vec<&String> = Vec::new();
        for group in &self.add {
            if current.contains(group) {
                notes.push(crate::t!(
                    "edit-group-already-there",
                    group = group.as_str(),
                    whose = whose.as_str()
                ));
            } else if !added.contains(&group) {
                added.push(group);
            }
        }
        let mut entry = document::edit_entry(doc, register, id).expect("required by the caller");
        let Some(Item::Value(Value::Array(list))) = entry.get_mut("groups") else {
            if !added.is_empty() {
                entry.set("groups", document::string_array(&added));
            }
            return Ok(notes);
        };
        remove_from_list(list, |value| {
            value
                .as_str()
                .is_some_and(|group| self.remove.iter().any(|r| r == group))
        });
        for group in added {
            push_like_the_last(list, group.as_str());
        }
        if list.is_empty() {
            entry.remove("groups");
        }
        Ok(notes)
    }
}

/// The ids in the entry's `groups`, none when the key is missing; refused
/// when it is not a list of ids.
fn current_groups(
    doc: &DocumentMut,
    register: Register,
    id: &str,
    whose: &str,
) -> Result<Vec<String>> {
    let entry = document::entry(doc, register, id).expect("required by the caller");
    let Some(item) = entry.get("groups") else {
        return Ok(Vec::new());
    };
    let ids = item.as_array().and_then(|array| {
        array
            .iter()
            .map(|value| value.as_str().map(String::from))
            .collect::<Option<Vec<String>>>()
    });
    ids.ok_or_else(|| {
        Error::usage(crate::t!("edit-groups-not-ids", whose = whose))
            .hint(crate::t!("edit-fix-by-hand"))
    })
}

/// On a terminal, with nothing given: the groups of the entry, ticked, to
/// tick and untick. None when the entry does not exist (the edit says so).
pub fn ask_group_changes(
    prompter: &mut dyn Prompter,
    coalition: &Coalition,
    current: Option<&[String]>,
    prompt: &str,
) -> Result<GroupChanges> {
    let Some(current) = current else {
        return Ok(GroupChanges::default());
    };
    let (ids, labels, names) = group_choices(coalition, |_| true);
    let ticked: Vec<bool> = ids.iter().map(|id| current.contains(id)).collect();
    let ask = Ask {
        prompt,
        flag: "--add-group / --remove-group",
    };
    let picked = prompter.pick(ask, &Choice::list(&labels, &names), &ticked)?;
    let mut changes = GroupChanges::default();
    for (index, id) in ids.into_iter().enumerate() {
        match (ticked[index], picked.contains(&index)) {
            (false, true) => changes.add.push(id),
            (true, false) => changes.remove.push(id),
            _ => {}
        }
    }
    Ok(changes)
}

/// An update of a space, committee or person: fields, then groups.
pub struct EntryUpdate<'a> {
    pub register: Register,
    pub id: &'a str,
    pub groups: GroupChanges,
    /// Whether a flag other than the groups' was given.
    pub fields_given: bool,
    /// The flags the command takes, for the `nothing to change` hint.
    pub flags: &'a str,
    /// What to ask on a terminal when nothing is given.
    pub prompt: &'a str,
}

/// Runs an update: asks for the groups on a terminal when nothing is given,
/// then under the lock checks the entry exists, writes the fields with
/// `write` and changes the groups.
pub fn run(
    ctx: &mut Context,
    update: EntryUpdate,
    write: impl FnOnce(&mut SchemaTable) -> Result<()>,
) -> Result<()> {
    let EntryUpdate {
        register,
        id,
        mut groups,
        fields_given,
        flags,
        prompt,
    } = update;
    let kind = register.singular();
    let path = ctx.path()?;
    if !fields_given && groups.is_empty() {
        if !ctx.interactive {
            return Err(nothing_to_change(
                &crate::t!("edit-the-entry", kind = kind, id = id),
                &format!("update-{kind}"),
                flags,
            ));
        }
        groups = ask_on_terminal(ctx, &path, register, id, prompt)?;
    }
    let (notes, outcome) = store::edit(&path, ctx.dry_run, |doc, _| {
        require(doc, register, id)?;
        let notes = groups.apply(doc, register, id)?;
        let mut entry = document::edit_entry(doc, register, id).expect("required above");
        write(&mut entry)?;
        Ok(notes)
    })?;
    for note in notes {
        ctx.say(note);
    }
    ctx.done(&outcome, crate::t!("edit-updated", kind = kind, id = id))
}

fn ask_on_terminal(
    ctx: &mut Context,
    path: &Path,
    register: Register,
    id: &str,
    prompt: &str,
) -> Result<GroupChanges> {
    let coalition = store::load(path)?.validated.coalition;
    let current = match register {
        Register::Spaces => coalition.spaces.get(id).map(|s| s.groups.clone()),
        Register::Committees => coalition.committees.get(id).map(|c| c.groups.clone()),
        Register::People => coalition.people.get(id).map(|p| p.groups.clone()),
        Register::Groups | Register::Tactics => None,
    };
    ask_group_changes(ctx.prompter, &coalition, current.as_deref(), prompt)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::Scripted;

    fn changes(add: &[&str], remove: &[&str]) -> GroupChanges {
        let ids = |ids: &[&str]| ids.iter().map(|id| id.to_string()).collect();
        GroupChanges {
            add: ids(add),
            remove: ids(remove),
        }
    }

    const GROUPS: &str =
        "[groups.a]\nname = \"A\"\n[groups.b]\nname = \"B\"\n[groups.c]\nname = \"C\"\n";

    fn applied(committee: &str, change: GroupChanges) -> (String, Vec<String>) {
        let mut doc: DocumentMut = format!("{GROUPS}[committees.k]\n{committee}")
            .parse()
            .unwrap();
        let notes = change.apply(&mut doc, Register::Committees, "k").unwrap();
        let text = doc.to_string();
        (
            text[GROUPS.len() + "[committees.k]\n".len()..].to_string(),
            notes,
        )
    }

    #[test]
    fn groups_are_added_and_removed_in_the_list_s_own_spelling() {
        let (text, notes) = applied(
            "name = \"K\"\ngroups = [\"a\", \"b\"] # seats\nmandate = \"M\"\n",
            changes(&["c"], &["a"]),
        );
        assert_eq!(
            text,
            "name = \"K\"\ngroups = [\"b\", \"c\"] # seats\nmandate = \"M\"\n"
        );
        assert!(notes.is_empty());
        let (text, _) = applied(
            "name = \"K\"\ngroups = [\n  \"a\",\n  \"b\",\n]\n",
            changes(&["c"], &["b"]),
        );
        assert_eq!(text, "name = \"K\"\ngroups = [\n  \"a\",\n  \"c\",\n]\n");
    }

    #[test]
    fn a_missing_list_is_created_at_its_place_and_an_emptied_one_removed() {
        let (text, _) = applied("name = \"K\"\nmandate = \"M\"\n", changes(&["b", "a"], &[]));
        assert_eq!(
            text,
            "name = \"K\"\nmandate = \"M\"\ngroups = [\"b\", \"a\"]\n"
        );
        let (text, _) = applied(
            "name = \"K\"\ngroups = [\"a\", \"b\"]\nmandate = \"M\"\n",
            changes(&[], &["a", "b"]),
        );
        assert_eq!(text, "name = \"K\"\nmandate = \"M\"\n");
    }

    #[test]
    fn a_group_already_there_is_a_note_and_never_twice() {
        let (text, notes) = applied(
            "name = \"K\"\ngroups = [\"a\"]\n",
            changes(&["a", "b", "b"], &[]),
        );
        assert_eq!(text, "name = \"K\"\ngroups = [\"a\", \"b\"]\n");
        assert_eq!(
            notes,
            ["group `a` is already in the groups of committee `k`; left as it is"]
        );
    }

    #[test]
    fn removing_a_group_that_is_not_there_or_both_ways_is_refused() {
        let mut doc: DocumentMut =
            format!("{GROUPS}[committees.k]\nname = \"K\"\ngroups = [\"a\"]\n")
                .parse()
                .unwrap();
        let err = changes(&[], &["b"])
            .apply(&mut doc, Register::Committees, "k")
            .unwrap_err();
        assert_eq!(
            err.message,
            "group `b` is not in the groups of committee `k`"
        );
        assert!(err.hints[0].starts_with("they are a;"), "{:?}", err.hints);
        let err = changes(&["b"], &["b"])
            .apply(&mut doc, Register::Committees, "k")
            .unwrap_err();
        assert!(err.message.contains("both added to and removed from"));
        let err = changes(&["d"], &[])
            .apply(&mut doc, Register::Committees, "k")
            .unwrap_err();
        assert_eq!(err.message, "there is no group `d`");
    }

    #[test]
    fn a_group_id_the_file_holds_by_mistake_can_be_removed() {
        let (text, _) = applied(
            "name = \"K\"\ngroups = [\"a\", \"gone\"]\n",
            changes(&[], &["gone"]),
        );
        assert_eq!(text, "name = \"K\"\ngroups = [\"a\"]\n");
    }

    #[test]
    fn the_terminal_ticks_the_groups_there_and_the_changes_follow_the_ticks() {
        let coalition = crate::store::load::parse(
            std::path::Path::new("c"),
            &format!("schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n{GROUPS}"),
        )
        .unwrap()
        .coalition;
        let current = ["a".to_string(), "b".to_string()];
        let mut script = Scripted::new(["b — B|c — C"]);
        let asked = ask_group_changes(&mut script, &coalition, Some(&current), "Seats").unwrap();
        assert_eq!(
            (asked.add, asked.remove),
            (vec!["c".into()], vec!["a".into()])
        );
        let mut script = Scripted::new([""]);
        let asked = ask_group_changes(&mut script, &coalition, Some(&current), "Seats").unwrap();
        assert!(asked.is_empty());
        let asked = ask_group_changes(
            &mut Scripted::new(Vec::<String>::new()),
            &coalition,
            None,
            "Seats",
        )
        .unwrap();
        assert!(
            asked.is_empty(),
            "an entry that is not there is not asked about"
        );
    }
}
