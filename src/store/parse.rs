//! Parsing TOML text into data, fast at any size.
//!
//! The `toml` crate lexes a whole document into memory before it builds the
//! tree; on a 60 MB file that costs gigabytes of short-lived memory and time
//! that grows faster than the file. A large coalition is instead cut into
//! pieces at the headers of register entries (`[groups.ID]`) and log
//! entries (`[[feedback]]`), the pieces are parsed on every core, and the
//! pieces' tables are joined.
//!
//! The result must be exactly the whole parse's, so the joining does only
//! what the whole parse would surely do: add entries to registers and logs.
//! The registers and logs must therefore be written only with headers, in
//! the plain `[groups.ID]` / `[[feedback]]` spelling. Whenever a piece does
//! not parse, a header is spelled another way, or two pieces touch the same
//! table or entry, the whole text is parsed instead: its data, or its error
//! at its place.

use std::collections::HashMap;
use std::thread;

use toml::{Table, Value};

use crate::model::Register;
use crate::model::schema::LOGS;

/// About how many bytes a piece holds; texts under two pieces are parsed
/// whole.
const PIECE: usize = 256 * 1024;

pub fn table(text: &str) -> Result<Table, toml::de::Error> {
    table_in_pieces(text, PIECE)
}

/// `table` with pieces of about `size` bytes. Public so that the property
/// tests and the fuzz target can cut small texts into many pieces.
pub fn table_in_pieces(text: &str, size: usize) -> Result<Table, toml::de::Error> {
    match pieces(text, size).and_then(|pieces| parse_pieces(&pieces)) {
        Some(table) => Ok(table),
        None => text.parse(),
    }
}

/// Parses the versions of one file as `table` does, each entry's piece
/// once: a history reads hundreds of versions that differ in a few entries
/// (`git::history`). Keeps the pieces of the last version read, by text.
#[derive(Default)]
pub struct Versions {
    seen: HashMap<String, Table>,
}

impl Versions {
    pub fn table(&mut self, text: &str) -> Result<Table, toml::de::Error> {
        let Some(pieces) = pieces(text, 1) else {
            return text.parse();
        };
        let mut seen = HashMap::with_capacity(pieces.len());
        let mut all = Table::new();
        for piece in pieces {
            let (key, table) = match self.seen.remove_entry(piece) {
                Some(known) => known,
                None => match piece.parse() {
                    Ok(table) => (piece.to_string(), table),
                    Err(_) => return text.parse(),
                },
            };
            if join(&mut all, table.clone()).is_none() {
                return text.parse();
            }
            seen.insert(key, table);
        }
        self.seen = seen;
        Ok(all)
    }
}

/// The text cut at entry headers about every `size` bytes; `None` when it
/// is small, has no such header, or cutting could change its meaning.
fn pieces(text: &str, size: usize) -> Option<Vec<&str>> {
    if text.len() < 2 * size || text.starts_with('\u{feff}') {
        return None;
    }
    let Layout { cuts, first_header } = layout(text, size)?;
    if cuts.is_empty() || !writes_no_register_or_log(&text[..first_header]) {
        return None;
    }
    let mut pieces = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for cut in cuts {
        pieces.push(&text[start..cut]);
        start = cut;
    }
    pieces.push(&text[start..]);
    Some(pieces)
}

/// The keys before the first header, at the top of the file, name no
/// register or log: an inline `feedback = [...]` or a dotted
/// `groups.a.name = ...` could not take entries from later headers.
fn writes_no_register_or_log(top: &str) -> bool {
    top.parse::<Table>()
        .is_ok_and(|table| !table.keys().any(|key| is_register(key) || is_log(key)))
}

fn is_register(key: &str) -> bool {
    Register::ALL.iter().any(|register| register.key() == key)
}

fn is_log(key: &str) -> bool {
    LOGS.contains(&key)
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

/// Joins a later piece into the earlier ones, as the whole parse would: a
/// key no earlier piece has is added, a register gains entries it does not
/// have, a log of `[[...]]` entries gains entries. Anything else (the same
/// table or entry in two pieces, a log that is a table) is `None`.
fn join(into: &mut Table, from: Table) -> Option<()> {
    for (key, value) in from {
        match (into.get_mut(&key), value) {
            (None, value) => {
                into.insert(key, value);
            }
            (Some(Value::Table(entries)), Value::Table(more)) if is_register(&key) => {
                for (id, entry) in more {
                    if entries.contains_key(&id) {
                        return None;
                    }
                    entries.insert(id, entry);
                }
            }
            (Some(Value::Array(log)), Value::Array(more)) if is_log(&key) => log.extend(more),
            _ => return None,
        }
    }
    Some(())
}

struct Layout {
    /// Byte offsets of the entry headers where the text is cut.
    cuts: Vec<usize>,
    /// Byte offset of the first header: the keys before it are the top's.
    first_header: usize,
}

/// Finds every header (a line starting with `[` outside any string) and
/// the entry headers to cut at, about every `size` bytes. `None` when a
/// header is not plainly spelled or writes a register or log otherwise
/// than by entries: only the whole parse knows what those mean.
fn layout(text: &str, size: usize) -> Option<Layout> {
    let bytes = text.as_bytes();
    let mut cuts = Vec::new();
    let mut first_header = None;
    let mut next = size;
    let mut state = State::Normal;
    let mut line_start = true;
    let mut i = 0;
    while i < bytes.len() {
        if line_start && state == State::Normal && opens_header(&bytes[i..]) {
            let end = text[i..].find('\n').map_or(text.len(), |n| i + n);
            if header(&text[i..end])? == Header::Entry && i >= next {
                cuts.push(i);
                next = i + size;
            }
            first_header.get_or_insert(i);
            // A plain header holds no quote nor comment.
            i = end;
        }
        line_start = false;
        i += state.next_stop(&bytes[i..]);
        let Some(&byte) = bytes.get(i) else {
            break;
        };
        let run = |quote: u8| bytes[i..].iter().take_while(|&&b| b == quote).count();
        match state {
            State::Normal => match byte {
                b'#' => state = State::Comment,
                b'"' if bytes[i..].starts_with(b"\"\"\"") => {
                    state = State::MultiBasic;
                    i += 2;
                }
                b'"' => state = State::Basic,
                b'\'' if bytes[i..].starts_with(b"'''") => {
                    state = State::MultiLiteral;
                    i += 2;
                }
                b'\'' => state = State::Literal,
                _ => {}
            },
            State::Basic | State::MultiBasic if byte == b'\\' => i += 1,
            State::Basic if byte == b'"' => state = State::Normal,
            State::Literal if byte == b'\'' => state = State::Normal,
            // Up to two quotes may end the content just before the
            // closing three: the whole run closes the string.
            State::MultiBasic | State::MultiLiteral => {
                let run = run(byte);
                if run >= 3 {
                    state = State::Normal;
                }
                i += run - 1;
            }
            State::Comment | State::Basic | State::Literal => {}
        }
        if byte == b'\n' {
            line_start = true;
            if matches!(state, State::Comment | State::Basic | State::Literal) {
                state = State::Normal;
            }
        }
        i += 1;
    }
    Some(Layout {
        cuts,
        first_header: first_header?,
    })
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

impl State {
    /// How many bytes to skip to the next one that can end this state or
    /// start another: the scan is the serial part of a pieced parse.
    fn next_stop(self, bytes: &[u8]) -> usize {
        let stop = match self {
            State::Normal => bytes
                .iter()
                .position(|b| matches!(b, b'"' | b'\'' | b'#' | b'\n')),
            State::Comment => bytes.iter().position(|&b| b == b'\n'),
            State::Basic => bytes.iter().position(|b| matches!(b, b'\\' | b'"' | b'\n')),
            State::Literal => bytes.iter().position(|b| matches!(b, b'\'' | b'\n')),
            State::MultiBasic => bytes.iter().position(|b| matches!(b, b'\\' | b'"')),
            State::MultiLiteral => bytes.iter().position(|&b| b == b'\''),
        };
        stop.unwrap_or(bytes.len())
    }
}

/// The line starts with `[` after spaces or tabs: a header, or (inside a
/// multi-line array) a value that `header` will doubt.
fn opens_header(line: &[u8]) -> bool {
    line.iter().find(|&&b| b != b' ' && b != b'\t') == Some(&b'[')
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Header {
    /// `[groups.ID]` or `[[feedback]]`: a piece may start here.
    Entry,
    /// Any other plain header that leaves registers and logs to entries.
    Other,
}

/// What a header line is, when it is plainly spelled: bare keys joined by
/// dots, no space, no comment. `None` for any other spelling, and for a
/// header that makes a register or a log itself a table or an array.
fn header(line: &str) -> Option<Header> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let (keys, array) = match line.strip_prefix("[[").and_then(|l| l.strip_suffix("]]")) {
        Some(keys) => (keys, true),
        None => (line.strip_prefix('[')?.strip_suffix(']')?, false),
    };
    let bare = |key: &str| {
        !key.is_empty()
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    if !keys.split('.').all(bare) {
        return None;
    }
    let first = keys.split('.').next().unwrap_or(keys);
    match keys.split('.').count() {
        1 if is_log(first) && array => Some(Header::Entry),
        1 if is_register(first) || is_log(first) => None,
        2 if is_register(first) && !array => Some(Header::Entry),
        _ => Some(Header::Other),
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::ops::Range;

    use proptest::prelude::*;
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

    use super::*;

    fn big(body: &str, n: usize) -> String {
        let mut text = String::from("schema = 1\n[coalition]\nname = \"C\"\n");
        for i in 0..n {
            text.push_str(&body.replace("ID", &i.to_string()));
        }
        text
    }

    type Parsed = Result<Table, (String, Option<Range<usize>>)>;

    fn whole(text: &str) -> Parsed {
        text.parse::<Table>()
            .map_err(|err| (err.message().to_owned(), err.span()))
    }

    fn pieced(text: &str, size: usize) -> Parsed {
        table_in_pieces(text, size).map_err(|err| (err.message().to_owned(), err.span()))
    }

    /// The pieces joined, when they join: what the whole parse must equal.
    fn joined(text: &str, size: usize) -> Option<Table> {
        pieces(text, size).and_then(|pieces| parse_pieces(&pieces))
    }

    #[test]
    fn pieces_join_into_the_same_data() {
        let text = big(
            "[groups.gID]\nname = \"G ID \\\"[x.y]\\\"\"\nnotes = \"\"\"\n[groups.fake]\nname = 'no'\n\"\"\"\n[[feedback]]\ntext = 'ID'\n",
            20_000,
        );
        let whole: Table = text.parse().unwrap();
        assert_eq!(joined(&text, PIECE), Some(whole.clone()));
        assert_eq!(table(&text).unwrap(), whole);
        assert!(whole["groups"].as_table().unwrap().get("fake").is_none());
    }

    #[test]
    fn line_ends_of_windows_join_too() {
        let text = big(
            "[groups.gID]\r\nname = \"G\"\r\n[[decisions]]\r\nsummary = 'ID'\r\n",
            50,
        );
        assert_eq!(joined(&text, 64), Some(text.parse().unwrap()));
    }

    #[test]
    fn headers_in_strings_and_comments_are_not_cuts() {
        let text = "a = \"\"\"\n[groups.g]\n\"\"\"\nb = '''\n[[feedback]]\n'''\n# [groups.g]\n[x.y]\n[groups.g]\n";
        let layout = layout(text, 1).unwrap();
        assert_eq!(layout.cuts, vec![text.rfind("[groups.g]").unwrap()]);
        assert_eq!(layout.first_header, text.find("[x.y]").unwrap());
    }

    #[test]
    fn a_run_of_quotes_closes_a_multi_line_string() {
        // `"""x""""` holds `x"`: the header on the next line is one, and,
        // spelled with a comment, leaves the text to the whole parse.
        let text = "[x.y]\nb = \"\"\"x\"\"\"\"  # \\\n[groups.g] # note\n";
        assert!(layout(text, 1).is_none());
        let text = "[x.y]\nb = '''x''''  # '\n[groups.g] # note\n";
        assert!(layout(text, 1).is_none());
    }

    #[test]
    fn only_plain_entry_headers_are_cuts() {
        assert!(header("[groups.a-1]") == Some(Header::Entry));
        assert!(header("[[feedback]]\r") == Some(Header::Entry));
        assert!(header("[groups.a.contact]") == Some(Header::Other));
        assert!(header("[coalition]") == Some(Header::Other));
        for doubt in [
            "[groups]",
            "[[groups]]",
            "[feedback]",
            "[\"groups\".a]",
            "[ groups.a ]",
            "[groups.a] # note",
            "  [groups.a]",
            "[groups.a",
            "[groups..a]",
        ] {
            assert!(header(doubt).is_none(), "{doubt}");
        }
    }

    #[test]
    fn an_entry_split_across_pieces_falls_back_to_the_whole_parse() {
        // `[groups.gN.contact]` far from its entry: each piece defines gN.
        let mut text = big("[groups.gID]\nname = \"G\"\n", 30_000);
        text.push_str("[groups.g1.contact]\nemail = \"x\"\n");
        assert_eq!(joined(&text, PIECE), None);
        assert_eq!(table(&text).unwrap(), text.parse::<Table>().unwrap());
    }

    /// Shapes that joining once accepted or could accept, each far apart
    /// in a text cut every few bytes.
    #[test]
    fn what_the_whole_parse_refuses_is_refused_at_the_same_place() {
        let entries = big(
            "[groups.gID]\nname = \"G\"\n[[feedback]]\ntext = 'ID'\n",
            40,
        );
        for (before, after) in [
            ("", "[coalition]\nname = \"Again\"\n"),
            ("", "[groups.g5]\nname = \"again\"\n"),
            ("feedback = [{ text = 'inline' }]\n", ""),
            ("decisions = []\n", "[[decisions]]\nsummary = 'x'\n"),
            ("groups = { a = { name = 'inline' } }\n", ""),
            ("", "[groups]\ng1 = { name = 'again' }\n"),
        ] {
            let text = format!("{before}{entries}{after}");
            let text = text.replacen("[coalition]", "[coalition]\nkind = 'network'", 1);
            assert!(whole(&text).is_err(), "{before} / {after}");
            assert_eq!(pieced(&text, 16), whole(&text), "{before} / {after}");
        }
    }

    #[test]
    fn odd_spellings_give_the_whole_parse() {
        let entries = big(
            "[groups.gID]\nname = \"G\"\n[[feedback]]\ntext = 'ID'\n",
            40,
        );
        for odd in [
            "[\"groups\".\"z\"]\nname = 'quoted'\n",
            "[ groups . z ]\nname = 'spaced'\n",
            "[groups.z] # a comment\nname = 'commented'\n",
            "\t[groups.z]\nname = 'indented'\n",
            "[groups]\nz = { name = 'in the register table' }\n",
        ] {
            let text = format!("{entries}{odd}");
            assert!(layout(&text, 16).is_none(), "{odd}");
            assert_eq!(pieced(&text, 16), whole(&text), "{odd}");
        }
        for top in ["groups.z.name = 'dotted'\n", "feedback = []\n"] {
            let text = format!("{top}{entries}");
            assert_eq!(joined(&text, 16), None, "{top}");
            assert_eq!(pieced(&text, 16), whole(&text), "{top}");
        }
        let text = format!("\u{feff}{entries}");
        assert_eq!(joined(&text, 16), None);
        assert_eq!(pieced(&text, 16), whole(&text));
    }

    /// Lines a coalition holds; `ID` becomes an id, so entries may repeat.
    const PLAIN: &[&str] = &[
        "[groups.ID]\nname = \"G\"\n",
        "[tactics.ID]\nname = \"T\"\n",
        "[people.ID]\nname = 'P'\n",
        "[groups.ID.contact]\nemail = \"e\"\n",
        "[[groups.ID.boundaries]]\ngroup = \"ID\"\n",
        "[[feedback]]\ntext = \"ID\"\n",
        "[[decisions]]\nsummary = \"\"\"\nID\n\"\"\"\n",
        "notes = \"a # [groups.ID]\"\n",
        "# [coalition]\n",
        "\n",
    ];

    /// Lines that make joining unsafe, or the text invalid.
    const HOSTILE: &[&str] = &[
        "[coalition]\nname = \"C\"\n",
        "schema = 1\n",
        "[groups]\nID = { name = \"inline\" }\n",
        "[[groups]]\n",
        "[feedback]\n",
        "[feedback.ID]\n",
        "[[feedback.ID]]\n",
        "feedback = [{ text = \"inline\" }]\n",
        "decisions = []\n",
        "groups.ID.name = \"dotted\"\n",
        "groups = { ID = { name = \"inline\" } }\n",
        "[\"groups\".\"ID\"]\n",
        "[ groups . ID ]\n",
        "[groups.ID] # comment\n",
        "  [groups.ID]\n",
        "[groups.'ID']\n",
        "notes = \"\"\"\n[groups.ID]\n\"\"\"\n",
        "notes = '''\n[[feedback]]\n'''\n",
        "notes = \"\"\"x\"\"\"\"  # \\\n",
        "notes = '''x''''\n",
        "tags = [\n[1],\n]\n",
        "tags = [\n\"[groups.ID]\",\n]\n",
        "[steps.contact]\n",
        "[agreements]\n",
        "name = \"unterminated\n",
        "= 1\n",
        "[groups.ID\n",
        "name = \"G\"\n",
        "x.y = 1\n",
    ];

    /// A line of `PLAIN`, now and then of `HOSTILE`, with an id.
    fn line() -> impl Strategy<Value = String> {
        let line = prop_oneof![
            12 => prop::sample::select(PLAIN),
            1 => prop::sample::select(HOSTILE),
        ];
        let id = prop_oneof![
            1 => prop::sample::select(&["a", "b", "c"][..]).prop_map(String::from),
            4 => "[a-z][a-z0-9_-]{0,3}",
        ];
        (line, id).prop_map(|(line, id)| line.replace("ID", &id))
    }

    fn text() -> impl Strategy<Value = String> {
        let lines = prop::collection::vec(line(), 0..40);
        let odd = |p| prop::bool::weighted(p);
        (lines, odd(0.2), odd(0.1)).prop_map(|(lines, crlf, bom)| {
            let mut text = lines.concat();
            if crlf {
                text = text.replace('\n', "\r\n");
            }
            if bom {
                text.insert(0, '\u{feff}');
            }
            text
        })
    }

    /// The property the speed rests on: cut into pieces of 1 to 64 bytes,
    /// any text gives the whole parse's data or error; and the pieces are
    /// joined often enough for that to mean something.
    #[test]
    fn pieced_and_whole_parses_agree() {
        let config = Config {
            cases: 2000,
            failure_persistence: None,
            ..Config::default()
        };
        let joins = Cell::new(0);
        // A fixed seed: the count asserted below must not depend on the draw.
        TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha))
            .run(&(text(), 1..64usize), |(text, size)| {
                let whole = whole(&text);
                if let Some(table) = joined(&text, size) {
                    joins.set(joins.get() + 1);
                    prop_assert_eq!(Ok(table), whole.clone());
                }
                prop_assert_eq!(pieced(&text, size), whole);
                Ok(())
            })
            .unwrap_or_else(|err| panic!("{err}"));
        assert!(joins.get() > 200, "only {} texts were joined", joins.get());
    }

    /// The shortcut `git::history` takes: versions of a file, each a few
    /// lines away from the one before, read in turn by one `Versions`
    /// (which reuses the pieces it has seen) give each the whole parse's
    /// data or error.
    #[test]
    fn versions_read_in_turn_agree_with_the_whole_parse() {
        let config = Config {
            cases: 300,
            failure_persistence: None,
            ..Config::default()
        };
        let edit = (any::<prop::sample::Index>(), line(), any::<bool>());
        let history = (
            prop::collection::vec(line(), 0..40),
            prop::collection::vec(prop::collection::vec(edit, 1..4), 1..8),
        );
        let reused = Cell::new(0);
        // A fixed seed: the count asserted below must not depend on the draw.
        TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha))
            .run(&history, |(mut lines, edits)| {
                let mut versions = Versions::default();
                let read = |versions: &mut Versions, text: &str| {
                    versions
                        .table(text)
                        .map_err(|err| (err.message().to_owned(), err.span()))
                };
                let first = lines.concat();
                prop_assert_eq!(read(&mut versions, &first), whole(&first));
                for edit in edits {
                    for (at, line, insert) in edit {
                        match lines.len() {
                            0 => lines.push(line),
                            len if insert => lines.insert(at.index(len + 1), line),
                            len => lines[at.index(len)] = line,
                        }
                    }
                    let text = lines.concat();
                    if pieces(&text, 1).is_some_and(|pieces| {
                        pieces
                            .iter()
                            .any(|piece| versions.seen.contains_key(*piece))
                    }) {
                        reused.set(reused.get() + 1);
                    }
                    prop_assert_eq!(read(&mut versions, &text), whole(&text));
                }
                Ok(())
            })
            .unwrap_or_else(|err| panic!("{err}"));
        assert!(
            reused.get() > 300,
            "only {} versions reused a piece",
            reused.get()
        );
    }
}
