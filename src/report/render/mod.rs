//! One renderer per format. They read `Report`s only.

pub mod csv;
pub mod html;
pub mod ics;
pub mod json;
pub mod markdown;
pub mod svg;
pub mod table;
