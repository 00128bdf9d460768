//! One renderer per format. They read `Report`s only.

pub mod csv;
pub mod ics;
pub mod json;
pub mod markdown;
pub mod table;
