//! `coal update-space`: change only the fields given, add or remove groups.

use super::Context;
use super::update::{self, EntryUpdate, set_texts};
use crate::cli::UpdateSpaceArgs;
use crate::error::Result;
use crate::model::Register;

pub fn run(ctx: &mut Context, args: UpdateSpaceArgs) -> Result<()> {
    let UpdateSpaceArgs {
        id,
        name,
        medium,
        purpose,
        groups,
    } = args;
    let prompt = crate::t!("edit-ask-space-groups");
    let update = EntryUpdate {
        register: Register::Spaces,
        id: &id,
        groups,
        fields_given: name.is_some() || medium.is_some() || purpose.is_some(),
        flags: "`--name N`, `--medium X`, `--purpose X`, `--add-group ID`, `--remove-group ID`",
        prompt: &prompt,
    };
    update::run(ctx, update, |space| {
        set_texts(
            space,
            &[("name", &name), ("medium", &medium), ("purpose", &purpose)],
        );
        Ok(())
    })
}
