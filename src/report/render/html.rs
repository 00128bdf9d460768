//! One self-contained HTML page: inline CSS and SVG, no script, and a
//! Content-Security-Policy that forbids every request, so the page reads
//! the same opened from an email attachment as from a web server. maud
//! escapes every text it is given: a group named `<script>` stays text.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::svg;
use crate::report::{Block, Piece, Report};

/// Nothing from the network, styles inline only, pictures only as data.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE: &str = include_str!("html.css");

pub fn render(report: &Report) -> String {
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(CONTENT_SECURITY_POLICY);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content="coal";
                title { (report.title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                main {
                    h1 { (report.title) }
                    @for (n, block) in report.blocks.iter().enumerate() {
                        (self::block(block, n))
                    }
                }
            }
        }
    };
    let mut text = page.into_string();
    text.push('\n');
    text
}

fn block(block: &Block, n: usize) -> Markup {
    match block {
        Block::Heading(text) => html! { h2 { (text) } },
        Block::Text(text) => html! {
            @for paragraph in text.split("\n\n") { p { (paragraph) } }
        },
        Block::Fields(fields) => html! {
            dl {
                @for (key, value) in fields { dt { (key) } dd { (value) } }
            }
        },
        Block::Table(rows) => html! {
            table {
                thead { tr { @for h in &rows.headers { th scope="col" { (h) } } } }
                tbody {
                    @for row in &rows.rows { tr { @for c in row { td { (c) } } } }
                }
            }
        },
        Block::List(items) => html! { ul { @for item in items { li { (item) } } } },
        Block::Prose(pieces) => html! {
            p {
                @for piece in pieces {
                    @match piece {
                        Piece::Text(text) => (text),
                        Piece::Command(command) => code { (command) },
                    }
                }
            }
        },
        Block::Chart(chart) => html! {
            figure { (svg::chart(chart, &format!("chart-{n}"))) }
        },
    }
}
