//! `coal update-person`: change only the fields given, add or remove groups.

use super::Context;
use super::update::{self, EntryUpdate, set_contact, set_texts};
use crate::cli::UpdatePersonArgs;
use crate::error::Result;
use crate::model::Register;

pub fn run(ctx: &mut Context, args: UpdatePersonArgs) -> Result<()> {
    let UpdatePersonArgs {
        id,
        name,
        contact_email,
        contact_phone,
        notes,
        groups,
    } = args;
    let prompt = crate::t!("edit-ask-person-groups");
    let update = EntryUpdate {
        register: Register::People,
        id: &id,
        groups,
        fields_given: name.is_some()
            || contact_email.is_some()
            || contact_phone.is_some()
            || notes.is_some(),
        flags: "`--name N`, `--contact-email X`, `--contact-phone X`, `--notes X`, `--add-group ID`, `--remove-group ID`",
        prompt: &prompt,
    };
    update::run(ctx, update, |person| {
        set_texts(person, &[("name", &name), ("notes", &notes)]);
        set_contact(
            person,
            &[("email", &contact_email), ("phone", &contact_phone)],
        )
    })
}
