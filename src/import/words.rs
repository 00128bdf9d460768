//! One cell read as a value of the file. TODO(issue 17, helper read+words):
//! vocabulary words in English and French (« membre », « allié·e active »),
//! yes/no in both, dates as spreadsheets write them.

use std::str::FromStr;

use chrono::NaiveDate;

use crate::model::{Participation, ResourceType, Role, Spectrum, Status};

/// A text folded for comparison: lower case, accents taken off, runs of
/// spaces, `_` and `-` as one space, trimmed (`Intérêt` → `interet`).
pub fn fold(text: &str) -> String {
    deunicode::deunicode(text)
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The values of a cell that holds several, split on `|` or `;`, trimmed,
/// empty ones left out.
pub fn list(cell: &str) -> Vec<String> {
    cell.split(['|', ';'])
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
        .collect()
}

fn word<T: FromStr<Err = String>>(cell: &str) -> Result<T, String> {
    cell.trim().parse()
}

pub fn status(cell: &str) -> Result<Status, String> {
    word(cell)
}

pub fn participation(cell: &str) -> Result<Participation, String> {
    word(cell)
}

pub fn spectrum(cell: &str) -> Result<Spectrum, String> {
    word(cell)
}

pub fn role(cell: &str) -> Result<Role, String> {
    word(cell)
}

pub fn resource_type(cell: &str) -> Result<ResourceType, String> {
    word(cell)
}

/// yes/no, true/false, oui/non, 1/0, x (ticked).
pub fn flag(cell: &str) -> Result<bool, String> {
    match fold(cell).as_str() {
        "yes" | "true" | "1" | "x" | "oui" | "vrai" => Ok(true),
        "no" | "false" | "0" | "non" | "faux" => Ok(false),
        _ => Err(format!("`{}` is not yes or no", cell.trim())),
    }
}

/// A score from 1 to 5.
pub fn score(cell: &str) -> Result<u8, String> {
    crate::model::input::score(cell.trim())
}

/// A number of people.
pub fn count(cell: &str) -> Result<u64, String> {
    cell.trim()
        .parse()
        .map_err(|_| format!("`{}` is not a whole number", cell.trim()))
}

/// A date: `2026-11-25`.
pub fn date(cell: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(cell.trim(), "%Y-%m-%d")
        .map_err(|_| format!("`{}` is not a date like 2026-11-25", cell.trim()))
}
