//! Markdown, ready for a pull-request comment, a wiki or a mailing list.
//! User text is escaped so that it cannot inject markup, links or HTML.

use crate::output::{markdown as escape, markdown_code};
use crate::report::{Block, Piece, Report, paragraphs};

pub fn render(report: &Report) -> String {
    let mut out = format!("# {}\n", escape(&report.title));
    // A chart is followed by a table or list of the same data, which this
    // format shows instead.
    for block in report
        .blocks
        .iter()
        .filter(|b| !matches!(b, Block::Chart(_)))
    {
        out.push('\n');
        match block {
            Block::Heading(text) => out.push_str(&format!("## {}\n", escape(text))),
            Block::Text(text) => {
                let paragraphs: Vec<String> = paragraphs(text).iter().map(|p| escape(p)).collect();
                out.push_str(&paragraphs.join("\n\n"));
                out.push('\n');
            }
            Block::Fields(fields) => {
                for (key, value) in fields {
                    // The colon is the language's: French puts a no-break
                    // space before it.
                    out.push_str(&crate::t!(
                        "report-markdown-field",
                        key = escape(key),
                        value = cell(value)
                    ));
                    out.push('\n');
                }
            }
            Block::Table(rows) => {
                let cells = |row: &[String]| {
                    let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
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
            Block::Prose(pieces) => {
                for piece in pieces {
                    out.push_str(&match piece {
                        Piece::Text(text) => escape(text),
                        Piece::Command(command) => markdown_code(command),
                    });
                }
                out.push('\n');
            }
            Block::Chart(_) => {} // left out above
        }
    }
    out
}

/// A table cell: a Markdown row holds one line, so the lines of a cell (the
/// groups of one position, one per line in the terminal) are kept apart by
/// `<br>`, which GitHub and most renderers show as a line break.
fn cell(text: &str) -> String {
    text.lines().map(escape).collect::<Vec<_>>().join("<br>")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lines_of_a_cell_are_kept_apart_and_its_text_stays_escaped() {
        assert_eq!(super::cell("A\n<br>|B"), "A<br>\\<br\\>\\|B");
        assert_eq!(super::cell(""), "");
    }
}
