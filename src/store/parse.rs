//! Parsing TOML text into data, fast at any size.
//!
//! The `toml` crate lexes a whole document into memory before it builds the
//! tree; on a 60 MB file that costs gigabytes of short-lived memory and time
//! that grows faster than the file. A large coalition is instead cut into
//! pieces at the headers of register entries (`[groups.ID]`) and log
//! entries (`[[feedback]]`), the pieces are parsed on every core, and the
//! pieces' tables are joined. Anything unusual (a cut that breaks a piece, a
//! table defined in two pieces) falls back to parsing the whole text, which
//! also gives errors their exact place.

use std::thread;

use toml::{Table, Value};

/// Below this size the whole text is parsed at once.
const PIECE: usize = 256 * 1024;

pub fn table(text: &str) -> Result<Table, toml::de::Error> {
    let cuts = cuts(text, PIECE);
    if cuts.is_empty() {
        return text.parse();
    }
    let mut pieces = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for cut in cuts {
        pieces.push(&text[start..cut]);
        start = cut;
    }
    pieces.push(&text[start..]);
    match parse_pieces(&pieces) {
        Some(table) => Ok(table),
        None => text.parse(),
    }
}

/// Parses the pieces on all cores, each core a run of consecutive pieces,
/// and joins the results in order. `None` when any piece or join fails.
fn parse_pieces(pieces: &[&str]) -> Option<Table> {
    let cores = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(pieces.len());
    let total: usize = pieces.iter().map(|p| p.len()).sum();
    let mut runs: Vec<&[&str]> = Vec::with_capacity(cores);
    let mut first = 0;
    let mut size = 0;
    for (index, piece) in pieces.iter().enumerate() {
        size += piece.len();
        if size * cores >= total * (runs.len() + 1) && runs.len() + 1 < cores {
            runs.push(&pieces[first..=index]);
            first = index + 1;
        }
    }
    runs.push(&pieces[first..]);
    let parsed: Vec<Option<Table>> = thread::scope(|scope| {
        let handles: Vec<_> = runs
            .iter()
            .map(|run| {
                scope.spawn(move || {
                    let mut joined = Table::new();
                    for piece in run.iter() {
                        join(&mut joined, piece.parse().ok()?)?;
                    }
                    Some(joined)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().ok().flatten())
            .collect()
    });
    let mut all = Table::new();
    for table in parsed {
        join(&mut all, table?)?;
    }
    Some(all)
}

/// Joins a later piece into the tables of the earlier ones: new top-level
/// keys are added, registers gain entries, logs gain entries. An entry (or
/// any value) defined in both is not joined: `None`.
fn join(into: &mut Table, from: Table) -> Option<()> {
    for (key, value) in from {
        match (into.get_mut(&key), value) {
            (None, value) => {
                into.insert(key, value);
            }
            (Some(Value::Table(entries)), Value::Table(more)) => {
                for (id, entry) in more {
                    if entries.contains_key(&id) {
                        return None;
                    }
                    entries.insert(id, entry);
                }
            }
            (Some(Value::Array(log)), Value::Array(more)) => log.extend(more),
            _ => return None,
        }
    }
    Some(())
}

/// Byte offsets where the text may be cut: the starts of lines holding a
/// header `[a.b]` or `[[a]]` outside any string, about every `size` bytes.
fn cuts(text: &str, size: usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    if bytes.len() < 2 * size {
        return Vec::new();
    }
    let mut cuts = Vec::new();
    let mut next = size;
    let mut state = State::Normal;
    let mut line_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if line_start
            && state == State::Normal
            && i >= next
            && byte == b'['
            && is_cut_header(&bytes[i..])
        {
            cuts.push(i);
            next = i + size;
        }
        line_start = false;
        let at = |s: &[u8]| bytes[i..].starts_with(s);
        match state {
            State::Normal => match byte {
                b'#' => state = State::Comment,
                b'"' if at(b"\"\"\"") => {
                    state = State::MultiBasic;
                    i += 2;
                }
                b'"' => state = State::Basic,
                b'\'' if at(b"'''") => {
                    state = State::MultiLiteral;
                    i += 2;
                }
                b'\'' => state = State::Literal,
                _ => {}
            },
            State::Comment => {}
            State::Basic => match byte {
                b'\\' => i += 1,
                b'"' => state = State::Normal,
                _ => {}
            },
            State::Literal if byte == b'\'' => state = State::Normal,
            State::Literal => {}
            State::MultiBasic => match byte {
                b'\\' => i += 1,
                b'"' if at(b"\"\"\"") => {
                    state = State::Normal;
                    i += 2;
                }
                _ => {}
            },
            State::MultiLiteral if at(b"'''") => {
                state = State::Normal;
                i += 2;
            }
            State::MultiLiteral => {}
        }
        if byte == b'\n' {
            line_start = true;
            if matches!(state, State::Comment | State::Basic | State::Literal) {
                state = State::Normal;
            }
        }
        i += 1;
    }
    cuts
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Normal,
    Comment,
    Basic,
    Literal,
    MultiBasic,
    MultiLiteral,
}

/// `[groups.some-id]` or `[[feedback]]`: bare keys, two of them in a table
/// header, one in an array-of-tables header.
fn is_cut_header(line: &[u8]) -> bool {
    let end = line.iter().position(|&b| b == b'\n').unwrap_or(line.len());
    let line = std::str::from_utf8(&line[..end]).unwrap_or("");
    let line = line.split('#').next().unwrap_or("").trim_end();
    let bare = |key: &str| {
        !key.is_empty()
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    if let Some(inner) = line.strip_prefix("[[").and_then(|l| l.strip_suffix("]]")) {
        return bare(inner);
    }
    match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
        Some(inner) => inner
            .split_once('.')
            .is_some_and(|(a, b)| bare(a) && bare(b)),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(body: &str, n: usize) -> String {
        let mut text = String::from("schema = 1\n[coalition]\nname = \"C\"\n");
        for i in 0..n {
            text.push_str(&body.replace("ID", &i.to_string()));
        }
        text
    }

    #[test]
    fn pieces_join_into_the_same_data() {
        let text = big(
            "[groups.gID]\nname = \"G ID \\\"[x.y]\\\"\"\nnotes = \"\"\"\n[groups.fake]\nname = 'no'\n\"\"\"\n[[feedback]]\ntext = 'ID'\n",
            20_000,
        );
        assert!(!cuts(&text, PIECE).is_empty());
        let whole: Table = text.parse().unwrap();
        assert_eq!(table(&text).unwrap(), whole);
        assert!(whole["groups"].as_table().unwrap().get("fake").is_none());
    }

    #[test]
    fn headers_in_multi_line_strings_are_not_cuts() {
        let text = format!("a = '''\n{}\n'''\n[x.y]\n", "[groups.g]\n".repeat(20));
        let cut = cuts(&text, 1);
        assert_eq!(cut, vec![text.find("[x.y]").unwrap()]);
    }

    #[test]
    fn an_entry_split_across_pieces_falls_back_to_the_whole_parse() {
        // `[groups.gN.contact]` far from its entry: each piece defines gN.
        let mut text = big("[groups.gID]\nname = \"G\"\n", 30_000);
        text.push_str("[groups.g1.contact]\nemail = \"x\"\n");
        let whole: Table = text.parse().unwrap();
        assert_eq!(table(&text).unwrap(), whole);
    }

    #[test]
    fn errors_are_the_whole_texts_errors() {
        let mut text = big("[groups.gID]\nname = \"G\"\n", 30_000);
        text.push_str("[groups.g5]\nname = \"again\"\n");
        let whole = text.parse::<Table>().unwrap_err();
        assert_eq!(table(&text).unwrap_err().span(), whole.span());
    }
}
