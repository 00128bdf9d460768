//! CSV (RFC 4180), one row per item, with cells neutralised against formula
//! injection: a cell that a spreadsheet would run as a formula gets a `'`
//! (`output::csv_cell`).

use crate::output::csv_cell;
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
    let cells: Vec<String> = cells.iter().map(|cell| csv_cell(cell)).collect();
    format!("{}\r\n", cells.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_end_in_crlf() {
        assert_eq!(
            line(&["=1+1".into(), "a, b".into(), "say \"hi\"".into()]),
            "'=1+1,\"a, b\",\"say \"\"hi\"\"\"\r\n"
        );
    }
}
