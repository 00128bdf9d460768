//! `coal update-committee`: change only the fields given, seat or unseat groups.

use super::Context;
use super::update::{self, EntryUpdate, set_texts};
use crate::cli::UpdateCommitteeArgs;
use crate::error::Result;
use crate::model::Register;

pub fn run(ctx: &mut Context, args: UpdateCommitteeArgs) -> Result<()> {
    let UpdateCommitteeArgs {
        id,
        name,
        mandate,
        steering,
        no_steering,
        groups,
    } = args;
    let prompt = crate::t!("edit-ask-seats");
    let update = EntryUpdate {
        register: Register::Committees,
        id: &id,
        groups,
        fields_given: name.is_some() || mandate.is_some() || steering || no_steering,
        flags: "`--name N`, `--mandate X`, `--steering` or `--no-steering`, `--add-group ID`, `--remove-group ID`",
        prompt: &prompt,
    };
    update::run(ctx, update, |committee| {
        set_texts(committee, &[("name", &name), ("mandate", &mandate)]);
        if steering || no_steering {
            committee.set("steering", steering);
        }
        Ok(())
    })
}
