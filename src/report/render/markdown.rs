//! Markdown, ready for a pull-request comment, a wiki or a mailing list.
//! User text is escaped so that it cannot inject markup, links or HTML.

use crate::output::clean;
use crate::report::{Block, Report};

pub fn render(report: &Report) -> String {
    let mut out = format!("# {}\n", escape(&report.title));
    for block in &report.blocks {
        out.push('\n');
        match block {
            Block::Heading(text) => out.push_str(&format!("## {}\n", escape(text))),
            Block::Text(text) => {
                let paragraphs: Vec<String> = text.split("\n\n").map(escape).collect();
                out.push_str(&paragraphs.join("\n\n"));
                out.push('\n');
            }
            Block::Fields(fields) => {
                for (key, value) in fields {
                    out.push_str(&format!("- **{}:** {}\n", escape(key), escape(value)));
                }
            }
            Block::Table(rows) => {
                let cells = |row: &[String]| {
                    let cells: Vec<String> = row.iter().map(|c| escape(c)).collect();
                    format!("| {} |\n", cells.join(" | "))
                };
                out.push_str(&cells(&rows.headers));
                out.push_str(&format!("|{}\n", " --- |".repeat(rows.headers.len())));
                for row in &rows.rows {
                    out.push_str(&cells(row));
                }
            }
            Block::List(items) => {
                for item in items {
                    out.push_str(&format!("- {}\n", escape(item)));
                }
            }
        }
    }
    out
}

/// One line of user text made inert: no control characters, no newlines,
/// and a backslash before every character Markdown (or HTML in it) reads.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in clean(text).chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '<'
                | '>'
                | '|'
                | '#'
                | '!'
                | '~'
                | '{'
                | '}'
                | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_in_user_text_is_escaped() {
        assert_eq!(
            escape("[click](http://x) <b>*bold*</b>"),
            "\\[click\\](http://x) \\<b\\>\\*bold\\*\\</b\\>"
        );
        assert_eq!(escape("a\nb\u{1b}[31m"), "a b\\[31m");
    }
}
