//! One self-contained HTML page: inline CSS and SVG, no script, and a
//! Content-Security-Policy that forbids every request, so the page reads
//! the same opened from an email attachment as from a web server. maud
//! escapes every text it is given: a group named `<script>` stays text.
//!
//! Each heading opens a section that holds the blocks up to the next one;
//! a page of three sections or more starts with a table of contents. A
//! newline follows each block-level element, so that the file reads line
//! by line in a snapshot or a git diff.

use std::collections::BTreeSet;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::svg;
use crate::model::id::unique_slug;
use crate::output;
use crate::report::{Block, Piece, Report, paragraphs};

/// Nothing from the network, styles inline only, pictures only as data.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE: &str = include_str!("html.css");

/// From this many sections on, the page starts with their list.
const CONTENTS_FROM: usize = 3;

/// The line break written after each block-level element.
const NL: PreEscaped<&str> = PreEscaped("\n");

/// User text as the page shows it: escaped by maud, and first cleaned like
/// every page (`output::page_lines`), so that no control character reaches
/// the file and no invisible one (a right-to-left override) turns the text
/// around it, while the joiners of words and emoji stay.
fn text(text: &str) -> String {
    output::page_lines(text)
}

/// A text of several lines as written: its paragraphs (each a `<p>` when
/// there are several) and the lines in each, which a browser would
/// otherwise run together.
fn written(value: &str) -> Markup {
    let paragraphs = paragraphs(value);
    html! {
        @if let [paragraph] = paragraphs.as_slice() {
            (lines(paragraph))
        } @else {
            @for paragraph in &paragraphs { p { (lines(paragraph)) } }
        }
    }
}

/// The lines of one paragraph, kept apart by `<br>`.
fn lines(paragraph: &str) -> Markup {
    html! {
        @for (n, line) in paragraph.lines().enumerate() {
            @if n > 0 { br; }
            (text(line))
        }
    }
}

/// A heading and the blocks under it, up to the next heading.
struct Section<'a> {
    id: String,
    heading: &'a str,
    blocks: Vec<(usize, &'a Block)>,
}

pub fn render(report: &Report) -> String {
    let (lead, sections) = sections(report);
    let page = html! {
        (DOCTYPE) (NL)
        html lang=(crate::i18n::current().as_str()) {
            (NL)
            head {
                (NL)
                meta charset="utf-8"; (NL)
                meta http-equiv="Content-Security-Policy" content=(CONTENT_SECURITY_POLICY); (NL)
                meta name="viewport" content="width=device-width, initial-scale=1"; (NL)
                meta name="generator" content="coal"; (NL)
                title { (text(&report.title)) } (NL)
                style { (NL) (PreEscaped(STYLE)) } (NL)
            }
            (NL)
            body {
                (NL)
                main {
                    (NL)
                    h1 { (text(&report.title)) } (NL)
                    @for (n, block) in lead { (self::block(block, n, None)) }
                    @if sections.len() >= CONTENTS_FROM { (contents(&sections)) }
                    @for section in &sections { (self::section(section)) }
                }
                (NL)
                footer { p { (crate::t!("doc-html-footer")) } } (NL)
            }
            (NL)
        }
    };
    let mut text = page.into_string();
    text.push('\n');
    text
}

/// The blocks before the first heading, and the sections. Ids are ASCII
/// slugs of the headings, unique in the page: apart from each other and
/// from the charts' ids, whatever the headings say.
fn sections(report: &Report) -> (Vec<(usize, &Block)>, Vec<Section<'_>>) {
    let mut taken: BTreeSet<String> = (0..report.blocks.len())
        .flat_map(|n| {
            let key = chart_key(n);
            [format!("{key}-title"), format!("{key}-desc"), key]
        })
        .collect();
    let mut lead = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    for (n, block) in report.blocks.iter().enumerate() {
        match (block, sections.last_mut()) {
            (Block::Heading(heading), _) => {
                let id = unique_slug(heading, "section", |slug| taken.contains(slug));
                taken.insert(id.clone());
                sections.push(Section {
                    id,
                    heading,
                    blocks: Vec::new(),
                });
            }
            (_, Some(section)) => section.blocks.push((n, block)),
            (_, None) => lead.push((n, block)),
        }
    }
    (lead, sections)
}

/// The ids of a chart's `<svg>`, `<title>` and `<desc>` start with this.
fn chart_key(n: usize) -> String {
    format!("chart-{n}")
}

fn contents(sections: &[Section]) -> Markup {
    html! {
        nav aria-label=(crate::t!("doc-html-contents")) {
            (NL)
            h2 { (crate::t!("doc-html-contents")) } (NL)
            ol {
                (NL)
                @for section in sections {
                    li { a href=(format!("#{}", section.id)) { (text(section.heading)) } } (NL)
                }
            }
            (NL)
        }
        (NL)
    }
}

fn section(section: &Section) -> Markup {
    html! {
        section id=(section.id) {
            (NL)
            h2 { (text(section.heading)) } (NL)
            @for (n, block) in &section.blocks { (self::block(block, *n, Some(section.heading))) }
        }
        (NL)
    }
}

/// A block; `heading` is its section's, which a chart's caption does not
/// repeat.
fn block(block: &Block, n: usize, heading: Option<&str>) -> Markup {
    match block {
        // Headings open sections (`sections`).
        Block::Heading(heading) => html! { h2 { (text(heading)) } (NL) },
        Block::Text(words) => html! {
            @for paragraph in paragraphs(words) { p { (lines(&paragraph)) } (NL) }
        },
        Block::Fields(fields) => html! {
            dl {
                (NL)
                @for (key, value) in fields {
                    div { dt { (text(key)) } dd { (written(value)) } } (NL)
                }
            }
            (NL)
        },
        Block::Table(rows) => html! {
            // A wide table scrolls in its own box, not the page.
            div.table {
                (NL)
                table {
                    (NL)
                    thead { tr { @for h in &rows.headers { th scope="col" { (text(h)) } } } } (NL)
                    tbody {
                        (NL)
                        @for row in &rows.rows { tr { @for c in row { td { (text(c)) } } } (NL) }
                    }
                    (NL)
                }
                (NL)
            }
            (NL)
        },
        Block::List(items) => html! {
            ul { (NL) @for item in items { li { (text(item)) } (NL) } }
            (NL)
        },
        Block::Prose(pieces) => html! {
            p {
                @for piece in pieces {
                    @match piece {
                        Piece::Text(words) => (text(words)),
                        Piece::Command(command) => code { (command) },
                    }
                }
            }
            (NL)
        },
        Block::Chart(chart) => html! {
            figure {
                (NL)
                @if heading != Some(chart.title()) {
                    figcaption { (text(chart.title())) } (NL)
                }
                (svg::chart(chart, &chart_key(n))) (NL)
            }
            (NL)
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Coalition;
    use crate::report::Kind;

    fn page(headings: &[&str]) -> String {
        let mut report = Report::new(Kind::Handout, &Coalition::default(), "T");
        report.block(Block::Text("before any heading".into()));
        for heading in headings {
            report.block(Block::Heading(heading.to_string()));
            report.block(Block::Text(format!("under {heading}")));
        }
        render(&report)
    }

    fn ids(page: &str) -> Vec<&str> {
        page.split(" id=\"")
            .skip(1)
            .map(|rest| &rest[..rest.find('"').unwrap()])
            .collect()
    }

    #[test]
    fn section_ids_are_ascii_and_unique_whatever_the_headings_say() {
        let page = page(&[
            "Où aller",
            "Où aller",
            "\"><img onerror=x>",
            "",
            "🌍",
            "chart-1-title",
            "שלום",
        ]);
        let ids = ids(&page);
        let unique: BTreeSet<&&str> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        for id in &ids {
            assert!(
                id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{id}"
            );
        }
        assert!(ids.contains(&"ou-aller") && ids.contains(&"ou-aller-2"));
        assert!(!page.contains("<img"), "{page}");
    }

    #[test]
    fn a_table_of_contents_from_three_sections_on() {
        let two = page(&["One", "Two"]);
        assert!(!two.contains("<nav"), "{two}");
        let three = page(&["One", "Two", "Three"]);
        assert!(three.contains("<nav aria-label=\"Contents\">"), "{three}");
        assert!(three.contains("<a href=\"#three\">Three</a>"), "{three}");
        assert!(three.contains("<section id=\"three\""), "{three}");
    }

    #[test]
    fn blocks_stay_in_their_section_and_the_lead_before_all() {
        let page = page(&["One", "Two"]);
        let lead = page.find("before any heading").unwrap();
        let one = page.find("<section id=\"one\"").unwrap();
        let under_one = page.find("under One").unwrap();
        let two = page.find("<section id=\"two\"").unwrap();
        assert!(lead < one && one < under_one && under_one < two, "{page}");
        assert_eq!(page.matches("</section>").count(), 2);
    }

    #[test]
    fn no_control_or_invisible_character_reaches_the_page() {
        let page = page(&["Right\u{202e}left", "Bell\u{7}"]);
        assert!(
            !page.contains('\u{202e}') && !page.contains('\u{7}'),
            "{page}"
        );
        assert!(page.contains("Right&lt;U+202E&gt;left"), "{page}");
    }

    #[test]
    fn a_chart_is_a_figure_captioned_by_its_title() {
        use crate::report::chart::{Chart, SpectrumChart};
        let mut report = Report::new(Kind::Map, &Coalition::default(), "T");
        report.block(Block::Heading("Spectrum".into()));
        report.block(Block::Chart(Chart::Spectrum(SpectrumChart {
            title: "Allies <&> \u{202e}".into(),
            description: "D".into(),
            groups: Vec::new(),
            trails: Vec::new(),
            since: None,
        })));
        let page = render(&report);
        let figure = &page[page.find("<figure>").unwrap()..page.find("</figure>").unwrap()];
        assert!(
            figure.starts_with(
                "<figure>\n<figcaption>Allies &lt;&amp;&gt; &lt;U+202E&gt;</figcaption>\n<svg "
            ),
            "{figure}"
        );
        assert!(figure.contains("id=\"chart-1-title\""), "{figure}");
    }

    #[test]
    fn each_block_level_element_ends_its_line() {
        let page = page(&["One"]);
        for line in page.lines() {
            assert!(
                line.matches("</p>").count() <= 1 && line.matches("<section").count() <= 1,
                "{line}"
            );
        }
        assert!(page.contains("\n<p>under One</p>\n"), "{page}");
    }
}
