//! Writing the fields of a group, shared by `add-group` and `update-group`.

use chrono::NaiveDate;
use toml_edit::{Array, Item, TableLike, Value};

use crate::cli::GroupFields;
use crate::error::{Error, Result};
use crate::model::ResourceType;
use crate::model::membership::{self, Change, Membership};
use crate::store::document::{self, SchemaTable, string_array};

impl GroupFields {
    pub fn is_empty(&self) -> bool {
        let GroupFields {
            status,
            participation,
            public,
            private,
            impacted,
            not_impacted,
            power,
            interest,
            unpredictability,
            members,
            spectrum,
            spectrum_target,
            roles,
            tactics,
            offers,
            needs,
            joined,
            left,
            contact_name,
            contact_email,
            contact_phone,
            intentions,
            notes,
        } = self;
        status.is_none()
            && participation.is_none()
            && !public
            && !private
            && !impacted
            && !not_impacted
            && power.is_none()
            && interest.is_none()
            && unpredictability.is_none()
            && members.is_none()
            && spectrum.is_none()
            && spectrum_target.is_none()
            && roles.is_empty()
            && tactics.is_empty()
            && offers.is_empty()
            && needs.is_empty()
            && joined.is_none()
            && left.is_none()
            && contact_name.is_none()
            && contact_email.is_none()
            && contact_phone.is_none()
            && intentions.is_none()
            && notes.is_none()
    }

    /// Writes the given fields into `group`, whose status and dates were
    /// `was`; a key it lacks goes to its place in the schema's key order.
    pub fn write(&self, group: &mut SchemaTable, was: Membership, today: NaiveDate) -> Result<()> {
        self.write_given(group, was, today, membership::Given::Flags)
    }

    /// `write`, its reasons naming what was `given`.
    pub fn write_given(
        &self,
        group: &mut SchemaTable,
        was: Membership,
        today: NaiveDate,
        given: membership::Given,
    ) -> Result<()> {
        if let Some(status) = self.status {
            group.set("status", status.as_str());
        }
        let change = Change {
            status: self.status,
            joined: self.joined,
            left: self.left,
        };
        let after = membership::after_given(was, change, today, given).map_err(Error::usage)?;
        for (key, old, new) in [
            ("joined", was.joined, after.joined),
            ("left", was.left, after.left),
        ] {
            match new {
                Some(date) if new != old => group.set(key, document::date(date)),
                None if old.is_some() => drop(group.remove(key)),
                _ => {}
            }
        }
        if let Some(participation) = self.participation {
            group.set("participation", participation.as_str());
        }
        if self.public || self.private {
            group.set("public", self.public);
        }
        if self.impacted || self.not_impacted {
            group.set("impacted", self.impacted);
        }
        for (key, score) in [
            ("power", self.power),
            ("interest", self.interest),
            ("unpredictability", self.unpredictability),
        ] {
            if let Some(score) = score {
                group.set(key, i64::from(score));
            }
        }
        if let Some(members) = self.members {
            group.set("members", i64::try_from(members).unwrap_or(i64::MAX));
        }
        if let Some(spectrum) = self.spectrum {
            group.set("spectrum", spectrum.as_str());
        }
        if let Some(target) = self.spectrum_target {
            group.set("spectrum_target", target.as_str());
        }
        if !self.roles.is_empty() {
            let roles: Vec<&str> = self.roles.iter().map(|r| r.as_str()).collect();
            group.set("roles", string_array(&roles));
        }
        if !self.tactics.is_empty() {
            group.set("tactics", string_array(&self.tactics));
        }
        resources(group, "offers", &self.offers)?;
        resources(group, "needs", &self.needs)?;
        contact(
            group,
            [
                ("name", &self.contact_name),
                ("email", &self.contact_email),
                ("phone", &self.contact_phone),
            ],
        )?;
        if let Some(intentions) = &self.intentions {
            group.set("intentions", intentions.as_str());
        }
        if let Some(notes) = &self.notes {
            group.set("notes", notes.as_str());
        }
        Ok(())
    }
}

/// A group's status and membership dates as its entry in the file has them
/// (a value coal cannot read counts as absent).
pub fn membership(entry: &dyn TableLike) -> Membership {
    let date = |key: &str| {
        let date = entry.get(key)?.as_datetime()?.date?;
        NaiveDate::from_ymd_opt(i32::from(date.year), date.month.into(), date.day.into())
    };
    Membership {
        status: entry
            .get("status")
            .and_then(Item::as_str)
            .and_then(|s| s.parse().ok())
            .unwrap_or_default(),
        joined: date("joined"),
        left: date("left"),
    }
}

/// The details of a resource type in the file (none when absent); an error
/// when it is neither a text nor a list of texts.
fn details(item: Option<&Item>) -> std::result::Result<Vec<String>, ()> {
    item.map_or(Ok(Vec::new()), |item| document::texts(item).ok_or(()))
}

fn not_details(key: &str, kind: ResourceType) -> Error {
    Error::usage(crate::t!(
        "group-fields-not-details",
        key = key,
        kind = kind.as_str()
    ))
    .hint(crate::t!("group-fields-not-details-hint"))
}

/// Adds each detail to its type: a type held as text becomes a list at its
/// second detail, and a detail already there changes nothing.
fn resources(group: &mut SchemaTable, key: &str, given: &[(ResourceType, String)]) -> Result<()> {
    if given.is_empty() {
        return Ok(());
    }
    let held = group.get(key).and_then(Item::as_table_like);
    if group.get(key).is_some() && held.is_none() {
        return Err(not_a_table(crate::t!(
            "group-fields-not-a-table",
            key = key
        )));
    }
    let mut parts: Vec<(ResourceType, Value)> = Vec::new();
    for (kind, detail) in given {
        let mut now = match parts.iter().position(|(k, _)| k == kind) {
            Some(at) => parts.remove(at).1,
            None => match held.and_then(|table| table.get(kind.as_str())) {
                Some(item) => {
                    details(Some(item)).map_err(|()| not_details(key, *kind))?;
                    item.as_value().expect("details are values").clone()
                }
                None => Value::from(detail.as_str()),
            },
        };
        now = with_detail(now, detail);
        parts.push((*kind, now));
    }
    let parts = parts
        .into_iter()
        .map(|(kind, value)| (kind.as_str(), value));
    group.set_inside(key, parts).map_err(not_a_table)
}

/// `value` (a text or a list of texts) with `detail` among its details.
fn with_detail(value: Value, detail: &str) -> Value {
    match value {
        Value::String(one) if one.value() == detail => Value::String(one),
        Value::String(one) => {
            let mut list = Array::new();
            list.push(one.value().as_str());
            list.push(detail);
            Value::Array(list)
        }
        Value::Array(mut list) => {
            if !list.iter().any(|v| v.as_str() == Some(detail)) {
                list.push(detail);
            }
            Value::Array(list)
        }
        other => other,
    }
}

/// Removes whole types (`TYPE`) or single details (`TYPE=DETAIL`) from the
/// group's `key`; a type left with no detail goes, and so does an empty
/// table. Removing what is not there is refused, naming what is.
pub fn remove_resources(
    group: &mut SchemaTable,
    id: &str,
    key: &str,
    removed: &[(ResourceType, Option<String>)],
) -> Result<()> {
    if removed.is_empty() {
        return Ok(());
    }
    let Some(mut table) = group.inside(key) else {
        return Err(Error::usage(crate::t!(
            "group-fields-nothing-to-remove",
            id = id,
            key = key
        ))
        .hint(crate::t!("group-fields-show-its", id = id, key = key)));
    };
    for (kind, detail) in removed {
        let held = details(table.get(kind.as_str())).map_err(|()| not_details(key, *kind))?;
        let kind_word = kind.as_str();
        let missing = |message: String| {
            let hint = if held.is_empty() {
                crate::t!("group-fields-show-all", id = id, key = key)
            } else {
                crate::t!(
                    "group-fields-held",
                    id = id,
                    key = key,
                    kind = kind_word,
                    held = held.join("; ")
                )
            };
            Error::usage(message).hint(hint)
        };
        let rest: Vec<&String> = match detail {
            _ if held.is_empty() => {
                let message =
                    crate::t!("group-fields-no-kind", id = id, key = key, kind = kind_word);
                return Err(missing(message));
            }
            None => Vec::new(),
            Some(detail) if !held.contains(detail) => {
                let message = crate::t!(
                    "group-fields-no-detail",
                    id = id,
                    key = key,
                    kind = kind_word,
                    detail = detail.as_str()
                );
                return Err(missing(message));
            }
            Some(detail) => held.iter().filter(|d| *d != detail).collect(),
        };
        match rest.as_slice() {
            [] => drop(table.remove(kind.as_str())),
            [one] => table.set(kind.as_str(), one.as_str()),
            more => table.set(kind.as_str(), string_array(more)),
        }
    }
    if table.is_empty() {
        group.remove(key);
    } else if let Some(Item::Value(Value::InlineTable(inline))) = group.get_mut(key) {
        // The key before a removed last one keeps no space before `}`.
        inline.fmt();
    }
    Ok(())
}

/// Sets the given parts of `contact`, an inline table unless it is a sub-table already.
pub fn contact<'a>(
    entry: &mut SchemaTable,
    parts: impl IntoIterator<Item = (&'a str, &'a Option<String>)>,
) -> Result<()> {
    let parts: Vec<(&str, Value)> = parts
        .into_iter()
        .filter_map(|(key, value)| Some((key, Value::from(value.as_deref()?))))
        .collect();
    if parts.is_empty() {
        return Ok(());
    }
    entry.set_inside("contact", parts).map_err(not_a_table)
}

fn not_a_table(message: String) -> Error {
    Error::usage(message).hint(crate::t!("edit-write-as-table"))
}
