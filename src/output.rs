//! Plain output helpers that know nothing of coalitions.

use comfy_table::{ContentArrangement, Table, presets};

/// User text made safe for a terminal: control characters (ANSI escapes
/// among them) are dropped, tabs and newlines become spaces.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// A cell's text: like `clean`, but line breaks stay (comfy-table lays them out).
fn clean_cell(text: &str) -> String {
    text.lines().map(clean).collect::<Vec<_>>().join("\n")
}

/// Width of a table when the output is not a terminal.
const PIPED_WIDTH: u16 = 120;

/// A table fitted to the terminal's width (or 120 columns when piped).
pub fn table(headers: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(headers.iter().copied());
    if table.width().is_none() {
        table.set_width(PIPED_WIDTH);
    }
    for row in rows {
        table.add_row(row.iter().map(|cell| clean_cell(cell)));
    }
    table.to_string()
}

pub fn json(value: &serde_json::Value) -> String {
    serde_json::to_string_pretty(value).expect("a JSON value always serializes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_never_reach_the_terminal() {
        assert_eq!(clean("Green\u{1b}[31mCorp\u{7}\nInc"), "Green[31mCorp Inc");
    }
}
