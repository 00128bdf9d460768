//! Plain output helpers that know nothing of coalitions, and the one place
//! that makes text from the file safe to show, in every format.
//!
//! Text from the file (names, notes, and keys too: a quoted TOML key may
//! hold anything) is hostile until it passes through here:
//! - control characters (C0, DEL, C1: ANSI escapes, OSC sequences) never
//!   reach a terminal;
//! - characters that change how text is shown without showing themselves
//!   (bidi overrides and isolates, zero-width characters, other
//!   default-ignorable code points) are shown as `<U+202E>` in text formats
//!   and escaped as `\u202e` in JSON; pages (HTML, Markdown) keep the
//!   joiners that words and emoji need (`page_line`, `page_lines`);
//! - each format escapes what it would read as markup or formulas.

use std::fmt::Write;

use serde::Serialize;

mod layout;

pub use crate::model::input::invisible;
pub use layout::{fields, for_stderr, piped_width, table, text_width, width, words, wrap};

/// Variation selectors only choose how the character before them looks
/// (text or emoji): harmless, and marking them would break every emoji.
fn variation_selector(c: char) -> bool {
    matches!(c, '\u{180B}'..='\u{180D}' | '\u{180F}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Line breaks other than `\n`: shown as a space inside a line.
fn line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Pushes one character of user text as a terminal may show it: line breaks
/// and tabs become spaces, other controls are dropped, invisible characters
/// become a visible `<U+XXXX>`. Every text format builds on this.
pub fn push_clean(out: &mut String, c: char) {
    match c {
        c if line_break(c) || c == '\t' => out.push(' '),
        c if c.is_control() => {}
        c if invisible(c) && !variation_selector(c) => {
            write!(out, "<U+{:04X}>", u32::from(c)).expect("writing to a String")
        }
        c => out.push(c),
    }
}

/// Whether `push_clean` would change `c` (printable ASCII, nearly all of a
/// file, is answered first).
fn unsafe_char(c: char) -> bool {
    if c.is_ascii() {
        return c < ' ' || c == '\u{7f}';
    }
    c.is_control() || line_break(c) || invisible(c)
}

/// One line of user text made safe for a terminal (see `push_clean`).
pub fn clean(text: &str) -> String {
    if !text.chars().any(unsafe_char) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    text.chars().for_each(|c| push_clean(&mut out, c));
    out
}

/// Text of several lines (a message, a diff of the file) made safe for a
/// terminal: like `clean`, but `\n`, `\r\n` and tabs stay, as they only move
/// the cursor forward; a lone `\r`, which would let a line overwrite
/// another, does not.
pub fn clean_lines(text: &str) -> String {
    if !text
        .chars()
        .any(|c| c != '\n' && c != '\t' && unsafe_char(c))
    {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' if chars.peek() == Some(&'\n') => out.push(c),
            c => push_clean(&mut out, c),
        }
    }
    out
}

/// The zero-width non-joiner and joiner: a Persian word (`خانه‌ی`) and an
/// emoji sequence (a family) are written with them. On a page they only
/// join or part the letters around them, and cannot hide or reorder text;
/// a terminal may show them oddly, so the terminal formats keep marking
/// them.
fn joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// Cleans the text between joiners with `clean`, and keeps the joiners.
fn keeping_joiners(text: &str, clean: fn(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(joiner) {
        out.push_str(&clean(&rest[..at]));
        let kept = rest[at..].chars().next().expect("a joiner starts here");
        out.push(kept);
        rest = &rest[at + kept.len_utf8()..];
    }
    out.push_str(&clean(rest));
    out
}

/// One line of user text made safe for a page (HTML, Markdown): like
/// `clean`, with the joiners kept as written.
pub fn page_line(text: &str) -> String {
    keeping_joiners(text, clean)
}

/// Text of several lines made safe for a page: like `clean_lines`, with
/// the joiners kept as written.
pub fn page_lines(text: &str) -> String {
    keeping_joiners(text, clean_lines)
}

/// A cell's text: like `clean`, but line breaks stay (tables and CSV lay
/// them out).
fn clean_cell(text: &str) -> String {
    text.lines().map(clean).collect::<Vec<_>>().join("\n")
}

/// Pretty JSON whose bytes are safe anywhere: serde_json escapes C0
/// controls but writes C1 controls, DEL, line separators and invisible
/// characters raw; here they become `\uXXXX` escapes, which parse back to
/// the same strings.
pub fn json<T: Serialize + ?Sized>(value: &T) -> String {
    let text = serde_json::to_string_pretty(value).expect("JSON values serialize");
    // Outside strings JSON is ASCII without controls but `\n`, so whatever
    // matches here is inside a string, where an escape means the same. Only
    // DEL and characters past ASCII can match (serde_json escapes C0): the
    // scan looks at bytes and decodes only those.
    let mut out = String::new();
    let mut start = 0;
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        if bytes[i] < 0x7f {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("a char starts here");
        if unsafe_char(c) {
            out.push_str(&text[start..i]);
            for unit in c.encode_utf16(&mut [0; 2]) {
                write!(out, "\\u{unit:04x}").expect("writing to a String");
            }
            start = i + c.len_utf8();
        }
        i += c.len_utf8();
    }
    if start == 0 {
        return text;
    }
    out.push_str(&text[start..]);
    out
}

/// Spreadsheets run a cell as a formula when it starts, maybe after spaces,
/// with one of these (the fullwidth and small forms too).
const FORMULA_STARTS: [char; 12] = [
    '=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫',
];

/// A CSV cell's text, not yet quoted: cleaned, and neutralised against
/// formula injection with a leading `'`. For a CSV writer that quotes.
pub fn csv_text(text: &str) -> String {
    let cell = clean_cell(text);
    if cell.trim_start().starts_with(FORMULA_STARTS) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// A CSV cell's text as it was before `csv_text` neutralised it: the `'`
/// it put before a formula start taken off. A spreadsheet never writes
/// that `'` itself (it shows a cell typed `'+x` as `+x`, and saves that).
pub fn csv_text_read(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.trim_start().starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

/// A CSV cell (RFC 4180) of user text: cleaned, neutralised against formula
/// injection with a leading `'`, and quoted when it must be.
pub fn csv_cell(text: &str) -> String {
    let cell = csv_text(text);
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

/// One line of user text made inert in Markdown: cleaned for a page, and a
/// backslash before every character Markdown (or HTML in it) reads.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in page_line(text).chars() {
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

/// User text as a Markdown code span: cleaned, fenced with more backticks
/// than it holds in a row, so nothing inside is read as markup.
pub fn markdown_code(text: &str) -> String {
    let text = clean(text);
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// The message of a GitHub Actions workflow command: cleaned, with `%`, CR
/// and LF escaped as GitHub reads them.
pub fn workflow_data(text: &str) -> String {
    workflow_escaped(text, &[])
}

/// A property of a workflow command (`file=`, `title=`): like the message,
/// and `:` and `,`, which end a property, escaped too.
pub fn workflow_property(text: &str) -> String {
    workflow_escaped(text, &[':', ','])
}

fn workflow_escaped(text: &str, also: &[char]) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' | '\r' | '\n' => write!(out, "%{:02X}", u32::from(c)).expect("writing to a String"),
            c if also.contains(&c) => {
                write!(out, "%{:02X}", u32::from(c)).expect("writing to a String")
            }
            c => push_clean(&mut out, c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_csv_cell_reads_back_as_the_text_it_was() {
        for text in ["+a", " =1+1", "@b", "＝c", "'quoted'", "'", "plain", "-"] {
            assert_eq!(csv_text_read(&csv_text(text)), text);
        }
        assert_eq!(csv_text_read("'word"), "'word");
    }

    proptest! {
        /// The byte scan of `json` against the plain way: every character
        /// looked at, the unsafe ones escaped; and the text parses back.
        #[test]
        fn json_escapes_as_the_plain_way_does(text in "\\PC*|[\\x00-\\x{a0}\\x{200b}-\\x{202e}é😀]*") {
            let plain: String = serde_json::to_string_pretty(&text)
                .unwrap()
                .chars()
                .map(|c| {
                    if c != '\n' && unsafe_char(c) {
                        c.encode_utf16(&mut [0; 2])
                            .iter()
                            .map(|unit| format!("\\u{unit:04x}"))
                            .collect()
                    } else {
                        c.to_string()
                    }
                })
                .collect();
            let escaped = json(&text);
            prop_assert_eq!(&escaped, &plain);
            prop_assert_eq!(serde_json::from_str::<String>(&escaped).unwrap(), text);
        }
    }

    #[test]
    fn escapes_never_reach_the_terminal() {
        assert_eq!(clean("Green\u{1b}[31mCorp\u{7}\nInc"), "Green[31mCorp Inc");
        assert_eq!(clean("a\u{9b}2Jb\u{85}c"), "a2Jb c");
        assert_eq!(clean("a\r\u{1b}[2Kb"), "a [2Kb");
    }

    #[test]
    fn invisible_characters_are_shown() {
        assert_eq!(clean("abc\u{202e}fed"), "abc<U+202E>fed");
        assert_eq!(clean("a\u{200b}b\u{feff}"), "a<U+200B>b<U+FEFF>");
        assert_eq!(clean("\u{e0041}"), "<U+E0041>");
        assert_eq!(clean("a\u{200c}b"), "a<U+200C>b");
        // An emoji keeps its variation selector.
        assert_eq!(clean("\u{2764}\u{fe0f}"), "\u{2764}\u{fe0f}");
        assert_eq!(clean("Montréal"), "Montréal");
    }

    #[test]
    fn pages_keep_the_joiners_and_mark_the_other_invisible_characters() {
        let name = "خانه\u{200c}ی 👩\u{200d}👧\u{202e}\u{7}";
        assert_eq!(page_line(name), "خانه\u{200c}ی 👩\u{200d}👧<U+202E>");
        assert_eq!(page_lines("\u{200d}a\nb\u{200b}"), "\u{200d}a\nb<U+200B>");
        assert_eq!(markdown("a\u{200d}*"), "a\u{200d}\\*");
    }

    #[test]
    fn lines_keep_their_breaks_but_not_a_lone_carriage_return() {
        assert_eq!(
            clean_lines("a\r\nb\n\tc\rd\u{1b}]0;x\u{7}"),
            "a\r\nb\n\tc d]0;x"
        );
    }

    #[test]
    fn json_escapes_what_serde_json_leaves_raw() {
        let text = "a\u{9b}b\u{202e}c\u{7f}d\u{2028}e\u{e0041}\u{1b}";
        let json = json(&serde_json::json!({ "name": text }));
        assert_eq!(
            json,
            "{\n  \"name\": \"a\\u009bb\\u202ec\\u007fd\\u2028e\\udb40\\udc41\\u001b\"\n}"
        );
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["name"], text);
    }

    #[test]
    fn formulas_are_neutralised_and_cells_quoted() {
        assert_eq!(
            csv_cell("=HYPERLINK(\"http://x\")"),
            "\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        assert_eq!(csv_cell("-1"), "'-1");
        assert_eq!(csv_cell(" +1"), "' +1");
        assert_eq!(csv_cell("＝1+1"), "'＝1+1");
        assert_eq!(csv_cell("\t@SUM(A1)"), "' @SUM(A1)");
        assert_eq!(csv_cell("Tenants"), "Tenants");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        assert_eq!(csv_cell("a\u{1b}]52;c;AAAA\u{7}"), "a]52;c;AAAA");
    }

    #[test]
    fn markup_in_user_text_is_escaped() {
        assert_eq!(
            markdown("[click](http://x) <b>*bold*</b>"),
            "\\[click\\](http://x) \\<b\\>\\*bold\\*\\</b\\>"
        );
        assert_eq!(markdown("a\nb\u{1b}[31m"), "a b\\[31m");
        assert_eq!(markdown("![x](http://t/)"), "\\!\\[x\\](http://t/)");
    }

    #[test]
    fn code_spans_outfence_the_backticks_inside() {
        assert_eq!(markdown_code("groups.a.power"), "`groups.a.power`");
        assert_eq!(
            markdown_code("a`` ![x](http://t/)"),
            "```a`` ![x](http://t/)```"
        );
        assert_eq!(markdown_code("`a"), "`` `a ``");
    }

    #[test]
    fn workflow_commands_escape_per_github() {
        assert_eq!(workflow_data("50% a\r\nb\u{1b}[2K"), "50%25 a%0D%0Ab[2K");
        assert_eq!(
            workflow_property("coal x: groups.a,b"),
            "coal x%3A groups.a%2Cb"
        );
    }
}
