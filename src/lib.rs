//! coal, a command-line planner for agile coalitions.
//!
//! Data flows one way: file → document → model → (check | report | edit) → output.

pub mod check;
pub mod error;
pub mod model;
pub mod store;
