//! The terminal: headings, wrapped text, aligned fields, comfy-tables.
//! User text never reaches the terminal with control characters in it.

use crate::output::{clean, table};
use crate::report::{Block, Piece, Report};

pub fn render(report: &Report) -> String {
    let mut out = format!(
        "{}\n{}\n",
        clean(&report.title),
        "=".repeat(report.title.chars().count())
    );
    for block in &report.blocks {
        out.push('\n');
        match block {
            Block::Heading(text) => {
                let text = clean(text);
                out.push_str(&format!("{text}\n{}\n", "-".repeat(text.chars().count())));
            }
            Block::Text(text) => {
                for paragraph in text.split("\n\n") {
                    out.push_str(&wrap(&clean(paragraph), 80));
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
                out.push_str(&wrap(&text, 80));
            }
            Block::Fields(fields) => {
                let width = fields
                    .iter()
                    .map(|(k, _)| k.chars().count())
                    .max()
                    .unwrap_or(0);
                for (key, value) in fields {
                    out.push_str(&format!("{:<width$}  {}\n", clean(key), clean(value)));
                }
            }
            Block::Table(rows) => {
                let headers: Vec<&str> = rows.headers.iter().map(String::as_str).collect();
                out.push_str(&table(&headers, rows.rows.clone()));
                out.push('\n');
            }
            Block::List(items) => {
                for item in items {
                    out.push_str(&format!("- {}\n", clean(item)));
                }
            }
        }
    }
    out
}

/// Wraps text at `width` columns on spaces.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push_str(&line);
        out.push('\n');
    }
    out
}
