//! The schema-1 model: types, vocabularies, ids, and validation. Pure, no I/O.

pub mod agreements;
pub mod coalition;
pub mod defaults;
pub mod finding;
pub mod history;
pub mod id;
pub mod input;
pub mod json_schema;
pub mod membership;
pub mod register;
pub mod schema;
pub mod validate;
pub mod vocab;

pub use coalition::*;
pub use register::Register;
pub use vocab::*;
