//! Writing the fields of a group, shared by `add-group` and `update-group`.

use toml_edit::{InlineTable, Item, TableLike, Value};

use crate::cli::GroupFields;
use crate::model::ResourceType;
use crate::store::document::{set, string_array};

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
            && contact_name.is_none()
            && contact_email.is_none()
            && contact_phone.is_none()
            && intentions.is_none()
            && notes.is_none()
    }

    /// Writes the given fields into `group`, in the schema's key order.
    pub fn write(&self, group: &mut dyn TableLike) {
        if let Some(status) = self.status {
            set(group, "status", status.as_str());
        }
        if let Some(participation) = self.participation {
            set(group, "participation", participation.as_str());
        }
        if self.public || self.private {
            set(group, "public", self.public);
        }
        if self.impacted || self.not_impacted {
            set(group, "impacted", self.impacted);
        }
        for (key, score) in [
            ("power", self.power),
            ("interest", self.interest),
            ("unpredictability", self.unpredictability),
        ] {
            if let Some(score) = score {
                set(group, key, i64::from(score));
            }
        }
        if let Some(members) = self.members {
            set(group, "members", i64::try_from(members).unwrap_or(i64::MAX));
        }
        if let Some(spectrum) = self.spectrum {
            set(group, "spectrum", spectrum.as_str());
        }
        if let Some(target) = self.spectrum_target {
            set(group, "spectrum_target", target.as_str());
        }
        if !self.roles.is_empty() {
            let roles: Vec<&str> = self.roles.iter().map(|r| r.as_str()).collect();
            set(group, "roles", string_array(&roles));
        }
        if !self.tactics.is_empty() {
            set(group, "tactics", string_array(&self.tactics));
        }
        resources(group, "offers", &self.offers);
        resources(group, "needs", &self.needs);
        contact(
            group,
            [
                ("name", &self.contact_name),
                ("email", &self.contact_email),
                ("phone", &self.contact_phone),
            ],
        );
        if let Some(intentions) = &self.intentions {
            set(group, "intentions", intentions.as_str());
        }
        if let Some(notes) = &self.notes {
            set(group, "notes", notes.as_str());
        }
    }
}

/// Sets `key.type = detail` for each resource, in whatever form the table has.
fn resources(group: &mut dyn TableLike, key: &str, given: &[(ResourceType, String)]) {
    if given.is_empty() {
        return;
    }
    let table = group
        .entry(key)
        .or_insert(Item::Value(Value::InlineTable(InlineTable::new())));
    if let Some(table) = table.as_table_like_mut() {
        for (kind, detail) in given {
            set(table, kind.as_str(), detail.as_str());
        }
    }
    tidy_inline(table);
}

/// Sets the given parts of `contact`, an inline table unless it is a sub-table already.
pub fn contact<'a>(
    group: &mut dyn TableLike,
    parts: impl IntoIterator<Item = (&'a str, &'a Option<String>)>,
) {
    let parts: Vec<(&str, &str)> = parts
        .into_iter()
        .filter_map(|(key, value)| Some((key, value.as_deref()?)))
        .collect();
    if parts.is_empty() {
        return;
    }
    let contact = group
        .entry("contact")
        .or_insert(Item::Value(Value::InlineTable(InlineTable::new())));
    if let Some(contact) = contact.as_table_like_mut() {
        for (key, value) in parts {
            set(contact, key, value);
        }
    }
    tidy_inline(contact);
}

/// An inline table that grew a key gets the usual `{ a = "x", b = "y" }` spacing.
fn tidy_inline(item: &mut Item) {
    if let Some(inline) = item.as_inline_table_mut() {
        inline.fmt();
    }
}
