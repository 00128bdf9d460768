//! Writing the fields of a group, shared by `add-group` and `update-group`.

use toml_edit::Value;

use crate::cli::GroupFields;
use crate::error::{Error, Result};
use crate::model::ResourceType;
use crate::store::document::{SchemaTable, string_array};

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

    /// Writes the given fields into `group`; a key it lacks goes to its
    /// place in the schema's key order.
    pub fn write(&self, group: &mut SchemaTable) -> Result<()> {
        if let Some(status) = self.status {
            group.set("status", status.as_str());
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

/// Sets `key.type = detail` for each resource, in whatever form the table has.
fn resources(group: &mut SchemaTable, key: &str, given: &[(ResourceType, String)]) -> Result<()> {
    if given.is_empty() {
        return Ok(());
    }
    let parts = given
        .iter()
        .map(|(kind, detail)| (kind.as_str(), Value::from(detail.as_str())));
    group.set_inside(key, parts).map_err(not_a_table)
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
    Error::usage(message).hint("write it as `{ ... }` in the file; `coal check` shows where")
}
