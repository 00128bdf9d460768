//! CSV (RFC 4180), one row per item, with cells neutralised against formula
//! injection: a cell that a spreadsheet would run as a formula gets a `'`.

use crate::report::Report;

pub fn render(report: &Report) -> String {
    let Some(rows) = &report.rows else {
        return String::new();
    };
    let mut text = line(&rows.headers);
    for row in &rows.rows {
        text.push_str(&line(row));
    }
    text
}

fn line(cells: &[String]) -> String {
    let cells: Vec<String> = cells.iter().map(|cell| quote(&neutralise(cell))).collect();
    format!("{}\r\n", cells.join(","))
}

/// Spreadsheets run cells starting with `=`, `+`, `-`, `@` (and tab or CR).
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_cells_quoted() {
        assert_eq!(
            neutralise("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(neutralise("-1"), "'-1");
        assert_eq!(neutralise("Tenants"), "Tenants");
        assert_eq!(
            line(&["=1+1".into(), "a, b".into(), "say \"hi\"".into()]),
            "'=1+1,\"a, b\",\"say \"\"hi\"\"\"\r\n"
        );
    }
}
