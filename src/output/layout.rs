//! Text fitted to a width: the width itself (one function decides it for
//! every renderer), prose wrapped at spaces with a hanging indent, aligned
//! fields, and tables that become one card per entry when they cannot fit.
//!
//! Widths are measured as comfy-table measures them (unicode-width), so an
//! accent counts one column and most emoji two. An id is never cut: cut, it
//! could no longer be copied into a command.

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{clean, clean_cell};
use crate::model::id::is_valid_id;

/// Width when the output is not a terminal and `COLUMNS` says nothing.
const PIPED_WIDTH: usize = 100;

/// Narrower than this, a hanging indent leaves no room for words.
const NARROWEST: usize = 20;

/// The width to fit output to: the terminal's when standard output is
/// one, else as for a pipe (`piped_width`).
pub fn width() -> usize {
    // The same crate as the prompts ask, for the same answer.
    match console::Term::stdout().size_checked() {
        Some((_, columns)) => usize::from(columns).max(NARROWEST),
        None => piped_width(),
    }
}

/// The width of output that is not a terminal (a pipe, a file): `COLUMNS`
/// when it is a positive integer, as shells set it, else 100.
pub fn piped_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.trim().parse::<usize>().ok())
        .filter(|&columns| columns > 0)
        .unwrap_or(PIPED_WIDTH)
        .max(NARROWEST)
}

/// How many columns `text` takes on a terminal.
pub fn text_width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` wrapped at spaces to `width` columns, each line ending with `\n`
/// and none with a space. The first line starts with `first` (a bullet, a
/// label), the others with `indent` spaces. A word wider than a line is
/// cut, after a `.` or `/` in it when it has one (a dotted path keeps its
/// ids whole), but a word shaped like an id never is.
pub fn wrap(first: &str, indent: usize, text: &str, width: usize) -> String {
    // Room for at least one character after the indent.
    let indent = " ".repeat(indent.min(width.saturating_sub(1)));
    let mut lines = Vec::new();
    let mut line = first.to_string();
    // Whether `line` holds a word yet, beyond its prefix.
    let mut started = false;
    for word in units(text, width - indent.len()) {
        let word = word.as_str();
        if started && text_width(&line) + 1 + text_width(word) > width {
            lines.push(std::mem::replace(&mut line, indent.clone()));
            started = false;
        }
        if started {
            line.push(' ');
        }
        let keep = id_shaped(word);
        let mut word = word;
        // The width of what is left of the word, measured once: a word may
        // be as long as a file.
        let mut left = text_width(word);
        while text_width(&line) + left > width {
            // Only a prefix so far (an empty first line too): pushing it
            // would leave a blank line.
            let bare = line == indent || line.is_empty();
            let fits_a_line = text_width(&indent) + left <= width;
            if !bare && (fits_a_line || keep) {
                // After a long prefix: the word starts a line of its own.
                lines.push(std::mem::replace(&mut line, indent.clone()));
                continue;
            }
            if keep {
                break;
            }
            let room = width.saturating_sub(text_width(&line));
            let (head, tail) = cut(word, room);
            if text_width(head) > room && !bare {
                lines.push(std::mem::replace(&mut line, indent.clone()));
                continue;
            }
            line.push_str(head);
            lines.push(std::mem::replace(&mut line, indent.clone()));
            left = left.saturating_sub(text_width(head));
            word = tail;
        }
        line.push_str(word);
        started = true;
    }
    lines.push(line);
    lines
        .iter()
        .map(|line| format!("{}\n", line.trim_end()))
        .collect()
}

/// A message for the person on stderr (an error and its hints, what an
/// edit did, a note), fitted to the terminal when stderr is one; as it is
/// otherwise, for the scripts that read it.
pub fn for_stderr(message: &str) -> String {
    match console::Term::stderr().size_checked() {
        Some((_, columns)) => fit(message, usize::from(columns).max(NARROWEST)),
        None => message.to_string(),
    }
}

/// Labels of coal's messages, under which their lines wrap, in English and
/// in French (`label-*` in the Fluent files).
const LABELS: [&str; 8] = [
    "error: ",
    "hint: ",
    "warning: ",
    "note: ",
    "erreur\u{a0}: ",
    "conseil\u{a0}: ",
    "attention\u{a0}: ",
    "note\u{a0}: ",
];

/// Each line of `message` that is wider than `width` wrapped at spaces,
/// under its label or its indent; a command in backticks kept on one line
/// when a line can hold it.
fn fit(message: &str, width: usize) -> String {
    let lines: Vec<String> = message
        .lines()
        .map(|line| {
            if text_width(line) <= width {
                return line.to_string();
            }
            let body = line.trim_start();
            let label = LABELS.iter().find(|label| body.starts_with(**label));
            let (first, text) =
                line.split_at(line.len() - body.len() + label.map_or(0, |l| l.len()));
            let indent = text_width(first).max(2);
            // `wrap` keeps a command in backticks whole when a line holds it.
            wrap(first, indent, text, width).trim_end().to_string()
        })
        .collect();
    lines.join("\n")
}

/// The words of `text`, split where a line may break: at spaces, never at
/// a no-break space (French puts one before « : » and inside « »).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}'))
        .filter(|word| !word.is_empty())
}

/// The words of `text`, but a backticked command that fits in `room`
/// columns comes as one, so that it moves whole to the next line and can
/// be copied; a longer one comes word by word.
fn units(text: &str, room: usize) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    let mut command: Vec<&str> = Vec::new();
    for word in words(text) {
        // A word with an odd number of backticks opens a command (as
        // "(`coal" does), the next such word closes it.
        let ticks = word.matches('`').count() % 2 == 1;
        let opens = command.is_empty() && ticks;
        if opens || !command.is_empty() {
            command.push(word);
            if opens {
                continue;
            }
            if ticks {
                let whole = command.join(" ");
                if text_width(&whole) <= room {
                    units.push(whole);
                } else {
                    units.extend(command.iter().map(|word| word.to_string()));
                }
                command.clear();
            }
            continue;
        }
        units.push(word.to_string());
    }
    units.extend(command.iter().map(|word| word.to_string()));
    units
}

/// A word that may be an id, once the punctuation around it is set aside.
fn id_shaped(word: &str) -> bool {
    is_valid_id(word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
}

/// The longest start of `word` that fits in `room` columns, cut after its
/// last `.` or `/` when it has one; at least one character, so that
/// wrapping always moves on. It reads only as far as it cuts: a word may
/// be as long as a file.
fn cut(word: &str, room: usize) -> (&str, &str) {
    let mut used = 0;
    let mut fits = 0;
    for (at, c) in word.char_indices() {
        used += UnicodeWidthChar::width(c).unwrap_or(0);
        if used > room && at > 0 {
            break;
        }
        fits = at + c.len_utf8();
    }
    match word[..fits].rfind(['.', '/']) {
        Some(at) if at > 0 => word.split_at(at + 1),
        _ => word.split_at(fits),
    }
}

/// `key  value` lines, values aligned and wrapped under themselves, or
/// `key: value` lines when a word of a value would not fit beside the
/// keys; a field without a value shows its key alone. A value of several
/// lines (a list of names) shows one entry per line.
pub fn fields(fields: &[(String, String)], width: usize) -> String {
    let fields: Vec<(String, String)> = fields
        .iter()
        .map(|(key, value)| (clean(key), clean_cell(value)))
        .collect();
    let keys = fields.iter().map(|(key, _)| text_width(key)).max();
    let words = fields
        .iter()
        .flat_map(|(_, value)| words(value))
        .map(text_width)
        .max();
    let keys = keys.unwrap_or(0);
    let aligned = keys + 2 + words.unwrap_or(0) <= width;
    fields
        .iter()
        .map(|(key, value)| {
            let mut entries = value.lines();
            let first = entries.next().unwrap_or_default();
            let (mut out, prefix, indent) = if aligned {
                let label = format!("{key}{}  ", " ".repeat(keys - text_width(key)));
                let pad = " ".repeat(keys + 2);
                (wrap(&label, keys + 2, first, width), pad, keys + 2)
            } else if value.contains('\n') {
                let label = crate::t!("layout-field-label", key = key.as_str());
                let out = wrap("", 2, &label, width) + &wrap("  ", 4, first, width);
                (out, "  ".to_string(), 4)
            } else {
                (
                    wrap(
                        "",
                        2,
                        &crate::t!("layout-field", key = key.as_str(), value = first),
                        width,
                    ),
                    String::new(),
                    2,
                )
            };
            for entry in entries {
                out.push_str(&wrap(&prefix, indent + 2, entry, width));
            }
            out
        })
        .collect()
}

/// A table of `headers` and `rows` in `width` columns. Every column is at
/// least as wide as its widest word (and, for a cell of several lines, a
/// list, as its widest line), so comfy-table breaks text at spaces only and
/// ids stay whole; when those widths together cannot fit, each row becomes
/// a card instead (see `cards`).
pub fn table(headers: &[&str], rows: Vec<Vec<String>>, width: usize) -> String {
    let headers: Vec<String> = headers.iter().map(|header| clean(header)).collect();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|cell| clean_cell(cell)).collect())
        .collect();
    let least: Vec<usize> = (0..headers.len())
        .map(|column| {
            rows.iter()
                .map(|row| row[column].as_str())
                .chain([headers[column].as_str()])
                .map(narrowest)
                .max()
                .unwrap_or(0)
        })
        .collect();
    // A border before each column and after the last, a space either side
    // of each cell.
    let frame = 3 * headers.len() + 1;
    // An empty table, or zero cards, would say nothing: say so.
    if rows.iter().flatten().all(|cell| cell.is_empty()) {
        return format!("{}\n", crate::t!("list-none-yet"));
    }
    if least.iter().sum::<usize>() + frame > width {
        return cards(&headers, &rows, width);
    }
    let (least, rows) = with_names_whole(&headers, rows, least, width - frame);
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(u16::try_from(width).unwrap_or(u16::MAX))
        .set_header(headers.clone());
    for row in rows {
        table.add_row(row);
    }
    for (column, least) in table.column_iter_mut().zip(least) {
        // Constraints count the padding too.
        let least = u16::try_from(least + 2).unwrap_or(u16::MAX);
        column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(least)));
    }
    format!("{table}\n")
}

/// Columns get room by priority: ids and names first, free text and lists
/// last. What the narrowest widths leave of `room` widens the name column
/// up to its widest line; when that is not enough, list columns give room
/// too, their entries wrapped under themselves (a hanging indent of two,
/// so that a wrapped entry still reads as one). Returns the widths and the
/// rows, list cells rewrapped.
fn with_names_whole(
    headers: &[String],
    mut rows: Vec<Vec<String>>,
    mut least: Vec<usize>,
    room: usize,
) -> (Vec<usize>, Vec<Vec<String>>) {
    let name_heading = crate::t!("layout-name-column");
    let is_name =
        |header: &String| header == "name" || header.to_lowercase() == name_heading.to_lowercase();
    let Some(name) = headers.iter().position(is_name) else {
        return (least, rows);
    };
    let widest = rows
        .iter()
        .flat_map(|row| row[name].lines())
        .map(text_width)
        .max()
        .unwrap_or(0);
    let mut need = widest.saturating_sub(least[name]);
    let spare = room.saturating_sub(least.iter().sum());
    let mut given = need.min(spare);
    need -= given;
    for column in (0..headers.len()).filter(|&c| c != name) {
        let list = rows.iter().any(|row| row[column].contains('\n'));
        if need == 0 || !list {
            continue;
        }
        let words = rows
            .iter()
            .flat_map(|row| words(&row[column]))
            .map(narrowest_word)
            .chain([text_width(&headers[column])])
            .max()
            .unwrap_or(0);
        let taken = least[column].saturating_sub(words + 2).min(need);
        if taken == 0 {
            continue;
        }
        least[column] -= taken;
        need -= taken;
        given += taken;
        for row in &mut rows {
            row[column] = row[column]
                .lines()
                .map(|entry| wrap("", 2, entry, least[column]))
                .collect::<String>()
                .trim_end()
                .to_string();
        }
    }
    least[name] += given;
    (least, rows)
}

/// The narrowest a cell may be: its widest word, or for a list (a cell of
/// several lines, one entry each) its widest entry, so that entries never
/// run into each other.
fn narrowest(cell: &str) -> usize {
    if cell.contains('\n') {
        cell.lines().map(text_width).max().unwrap_or(0)
    } else {
        cell.split(' ').map(narrowest_word).max().unwrap_or(0)
    }
}

/// The narrowest a word may be: its width, but Chinese and Japanese break
/// after any ideograph or kana, so only their widest stretch of other
/// characters counts.
fn narrowest_word(word: &str) -> usize {
    word.split(breaks_anywhere)
        .map(text_width)
        .chain(
            word.chars()
                .filter(|&c| breaks_anywhere(c))
                .map(|c| UnicodeWidthChar::width(c).unwrap_or(0)),
        )
        .max()
        .unwrap_or(0)
}

/// Characters of scripts written without spaces, where a line may break
/// before or after each: CJK ideographs, kana, and their punctuation.
fn breaks_anywhere(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}' | '\u{20000}'..='\u{3134F}')
}

/// One card per row, a blank line between cards: the row's first cell as a
/// title (`id — name` when the first column holds ids or numbers), then
/// `header: value` lines, wrapped with a hanging indent; a list's entries
/// one per line under its header; empty cells left out.
fn cards(headers: &[String], rows: &[Vec<String>], width: usize) -> String {
    rows.iter()
        .map(|row| card(headers, row, width))
        .collect::<Vec<_>>()
        .join("\n")
}

fn card(headers: &[String], row: &[String], width: usize) -> String {
    let mut out = String::new();
    let mut fields = headers.iter().zip(row);
    let titled = !row[0].is_empty() && !row[0].contains('\n');
    if titled {
        fields.next();
        let title = &row[0];
        if matches!(headers[0].as_str(), "id" | "#" | "number")
            && let Some((_, second)) = fields.next()
        {
            // `id —` as the first line's prefix: an id wider than the line
            // still starts the card, and the dash stays beside it.
            let name = second.replace('\n', ", ");
            out.push_str(&wrap(&format!("{title} — "), 2, &name, width));
        } else {
            out.push_str(&wrap("", 2, title, width));
        }
    }
    let indent = if titled { 2 } else { 0 };
    let pad = " ".repeat(indent);
    for (header, value) in fields.filter(|(_, value)| !value.is_empty()) {
        let label = if header.is_empty() {
            String::new()
        } else {
            format!("{header}:")
        };
        if value.contains('\n') {
            if !label.is_empty() {
                out.push_str(&wrap(&pad, indent + 2, &label, width));
            }
            for entry in value.lines() {
                out.push_str(&wrap(&" ".repeat(indent + 2), indent + 4, entry, width));
            }
        } else {
            let field = format!("{label} {value}");
            out.push_str(&wrap(&pad, indent + 2, &field, width));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// No line wider than `width` but one holding a whole id of the input
    /// wider than a line, and none ending with a space.
    fn lines_fit<'a>(
        text: &str,
        width: usize,
        words: impl Iterator<Item = &'a str>,
    ) -> Result<(), TestCaseError> {
        let ids: Vec<&str> = words
            .filter(|word| id_shaped(word) && text_width(word) > width / 2)
            .collect();
        for line in text.lines() {
            prop_assert!(
                text_width(line) <= width || ids.iter().any(|id| line.contains(id)),
                "line wider than {width}: {line:?}\n{text}"
            );
            prop_assert!(!line.ends_with(' '), "line ends with a space: {line:?}");
        }
        Ok(())
    }

    /// Words of names and texts: ids, accented and wide words, and now and
    /// then a word too long for any column.
    fn word() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => "[a-z][a-z0-9-]{0,20}",
            3 => "[A-Za-zéèàçÉ·']{1,12}",
            1 => "[🌱🏠✊日本]{1,4}",
            1 => "[a-zé]{30,70}",
        ]
    }

    fn cell() -> impl Strategy<Value = String> {
        prop_oneof![
            3 => prop::collection::vec(word(), 0..6).prop_map(|words| words.join(" ")),
            1 => prop::collection::vec(word(), 1..4).prop_map(|words| words.join("\n")),
        ]
    }

    fn grid() -> impl Strategy<Value = (Vec<String>, Vec<Vec<String>>)> {
        (1..7usize).prop_flat_map(|columns| {
            (
                prop::collection::vec("[a-z]{1,14}( [a-z]{1,8})?", columns),
                prop::collection::vec(prop::collection::vec(cell(), columns), 0..5),
            )
        })
    }

    proptest! {
        /// Whatever the cells and the width: no line wider than the width
        /// (but for an id wider than it), none ending with a space, no id
        /// cut, and every word of every cell somewhere whole (but Chinese
        /// and Japanese), in a table or in cards.
        #[test]
        fn tables_fit_and_keep_every_word_whole(
            (headers, rows) in grid(),
            width in 20usize..160,
        ) {
            let header_refs: Vec<&str> = headers.iter().map(String::as_str).collect();
            let text = table(&header_refs, rows.clone(), width);
            lines_fit(&text, width, rows.iter().flatten().flat_map(|c| words(c)))?;
            let is_table = text.starts_with('┌');
            // Chinese and Japanese may break between any two characters.
            let cell_words = rows.iter().flatten().flat_map(|cell| words(cell));
            for word in cell_words.filter(|word| !word.chars().any(breaks_anywhere)) {
                if is_table || text_width(word) + 6 <= width || id_shaped(word) {
                    prop_assert!(
                        text.lines().any(|line| line.contains(word)),
                        "{word:?} is cut or missing at width {width}:\n{text}"
                    );
                }
            }
        }

        /// Prose: the same, and its words in their order once the lines
        /// are joined.
        #[test]
        fn prose_fits_and_keeps_its_words(
            words in prop::collection::vec(word(), 0..30),
            indent in 0usize..8,
            width in 20usize..120,
        ) {
            let text = words.join(" ");
            let wrapped = wrap("- ", indent, &text, width);
            lines_fit(&wrapped, width, words.iter().map(String::as_str))?;
            let joined: String = wrapped.split_whitespace().collect::<Vec<_>>().concat();
            prop_assert_eq!(joined.trim_start_matches('-'), words.concat());
            for word in words.iter().filter(|w| id_shaped(w) || text_width(w) + 8 <= width) {
                prop_assert!(wrapped.lines().any(|line| line.contains(word.as_str())));
            }
        }
    }

    proptest! {
        /// A `backticked command` that fits a line is on one line, to be
        /// copied whole; prose around it still fits and keeps its words.
        #[test]
        fn a_command_that_fits_a_line_stays_on_one(
            before in prop::collection::vec(word(), 0..12),
            command in prop::collection::vec("[a-z][a-z-]{0,12}|ID|TEXT", 1..5),
            after in prop::collection::vec(word(), 0..4),
            indent in 0usize..8,
            width in 20usize..120,
        ) {
            let command = format!("`coal {}`", command.join(" "));
            let text = format!("{} {command} {}", before.join(" "), after.join(" "));
            let wrapped = wrap("- ", indent, &text, width);
            lines_fit(&wrapped, width, text.split_whitespace())?;
            if indent + text_width(&command) <= width {
                prop_assert!(
                    wrapped.lines().any(|line| line.contains(&command)),
                    "{command} is split at {width}:\n{wrapped}"
                );
            }
        }

        /// Fields, aligned or not, fit as prose does.
        #[test]
        fn fields_fit(
            list in prop::collection::vec((cell(), cell()), 0..6),
            width in 20usize..120,
        ) {
            let text = fields(&list, width);
            let list_words = list.iter().flat_map(|(k, v)| words(k).chain(words(v)));
            lines_fit(&text, width, list_words)?;
        }
    }

    #[test]
    fn ids_stay_whole_and_names_break_at_spaces() {
        let rows = vec![vec![
            "association-des-locataires-de-villeray".to_string(),
            "Association des locataires de Villeray".to_string(),
            "member".to_string(),
        ]];
        let text = table(&["id", "name", "status"], rows, 70);
        assert!(text.contains("│ association-des-locataires-de-villeray ┆ Association"));
        assert!(text.lines().all(|line| text_width(line) <= 70), "{text}");
    }

    #[test]
    fn a_table_too_wide_becomes_cards() {
        let rows = vec![
            vec!["tenants".into(), "Tenants' Union".into(), "a\nb".into()],
            vec!["youth".into(), "Youth".into(), String::new()],
        ];
        assert_eq!(
            table(&["id", "name", "spaces"], rows, 20),
            "tenants — Tenants'\n  Union\n  spaces:\n    a\n    b\n\nyouth — Youth\n"
        );
    }

    #[test]
    fn a_list_without_a_title_keeps_its_headers_as_labels() {
        let rows = vec![vec![
            "Les Ami·e·s de la Terre\nCollectif".into(),
            String::new(),
        ]];
        assert_eq!(
            table(&["active ally", "neutral"], rows, 20),
            "active ally:\n  Les Ami·e·s de la\n    Terre\n  Collectif\n"
        );
        // A column without a header shows its entries alone.
        let rows = vec![vec!["a\nb".into(), "Anticonstitutionnellement".into()]];
        assert_eq!(
            table(&["", "x"], rows, 20),
            "  a\n  b\nx:\n  Anticonstitutionne\n  llement\n"
        );
    }

    #[test]
    fn prose_hangs_under_its_first_line() {
        assert_eq!(
            wrap("- ", 2, "one two three four five", 12),
            "- one two\n  three four\n  five\n"
        );
        assert_eq!(wrap("key  ", 5, "", 20), "key\n");
        assert_eq!(
            wrap("", 2, "groups.sol-migrant.tactics-and-more: x", 24),
            "groups.sol-migrant.\n  tactics-and-more: x\n"
        );
        assert_eq!(wrap("", 0, "Abcdefghij", 4), "Abcd\nefgh\nij\n");
        // An id stays whole, on a line of its own.
        assert_eq!(wrap("to: ", 2, "abcdefghij", 8), "to:\n  abcdefghij\n");
    }

    #[test]
    fn fields_align_and_wrap_under_their_values() {
        let text = fields(
            &[
                ("name".into(), "Park Extension Tenants' Union".into()),
                ("notes".into(), String::new()),
            ],
            24,
        );
        assert_eq!(
            text,
            "name   Park Extension\n       Tenants' Union\nnotes\n"
        );
    }
}

#[cfg(test)]
mod stderr_tests {
    use super::*;

    #[test]
    fn a_message_wraps_under_its_label_and_keeps_commands_whole() {
        let hint = "hint: to change it, use `coal update-group church`; for another group of that name, give it another id with `coal add-group NAME --id ID`";
        let fitted = fit(hint, 60);
        assert_eq!(
            fitted,
            "hint: to change it, use `coal update-group church`; for\n      another group of that name, give it another id with\n      `coal add-group NAME --id ID`"
        );
        assert!(fitted.lines().all(|line| text_width(line) <= 60));
    }

    #[test]
    fn short_lines_and_indents_stay_as_they_are() {
        let note = "note: still open:\n  1.  Who   pays?";
        assert_eq!(fit(note, 80), note);
        let long = "  1. a question that is much longer than the narrow width";
        assert_eq!(
            fit(long, 30),
            "  1. a question that is much\n  longer than the narrow width"
        );
    }

    #[test]
    fn a_command_longer_than_a_line_breaks_at_its_spaces() {
        let fitted = fit("error: run `coal a b c d e f g h i j k l m n o p q r`", 24);
        assert!(
            fitted.lines().all(|line| text_width(line) <= 24),
            "{fitted}"
        );
    }
}
