//! The terminal: headings, wrapped text, aligned fields, tables (or cards
//! when a table cannot fit), all fitted to one width. User text never
//! reaches the terminal with control characters in it.

use crate::output::{clean, fields, table, text_width, wrap};
use crate::report::{Block, Piece, Report, paragraphs};

pub fn render(report: &Report, width: usize) -> String {
    let mut out = underlined(&report.title, '=', width);
    // A chart is followed by a table or list of the same data, which this
    // format shows instead.
    for block in report
        .blocks
        .iter()
        .filter(|b| !matches!(b, Block::Chart(_)))
    {
        out.push('\n');
        match block {
            Block::Heading(text) => out.push_str(&underlined(text, '-', width)),
            Block::Text(text) => {
                for paragraph in paragraphs(text) {
                    out.push_str(&wrap("", 0, &clean(&paragraph), width));
                }
            }
            Block::Prose(pieces) => {
                let text: String = pieces
                    .iter()
                    .map(|piece| match piece {
                        Piece::Text(text) => clean(text),
                        Piece::Command(command) => format!("`{command}`"),
                    })
                    .collect();
                out.push_str(&wrap("", 0, &text, width));
            }
            Block::Fields(list) => out.push_str(&fields(list, width)),
            Block::Table(rows) => {
                let headers: Vec<&str> = rows.headers.iter().map(String::as_str).collect();
                out.push_str(&table(&headers, rows.rows.clone(), width));
            }
            Block::List(items) => {
                for item in items {
                    out.push_str(&wrap("- ", 2, &clean(item), width));
                }
            }
            Block::Chart(_) => {} // left out above
        }
    }
    out
}

/// A title wrapped to the width, underlined as wide as its widest line.
fn underlined(text: &str, line: char, width: usize) -> String {
    let text = wrap("", 0, &clean(text), width);
    let widest = text.lines().map(text_width).max().unwrap_or(0);
    format!("{text}{}\n", line.to_string().repeat(widest))
}
