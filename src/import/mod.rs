//! `coal import`: the rows of a spreadsheet read as groups or people.
//!
//! `read` takes the file as the spreadsheet wrote it (encoding, separator,
//! quoted cells) to rows of text; `words` reads one cell as a value of the
//! file (vocabulary in English or French, yes/no, scores, dates);
//! `columns` says which field each column is; `plan` decides what each
//! row does and makes the one edit.

pub mod columns;
pub mod plan;
pub mod read;
pub mod words;
