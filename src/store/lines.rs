//! Where in the file a finding's dotted path is written, for annotations.

use std::cell::OnceCell;

use toml_edit::{Document, Item, Table, Value};

enum Node<'a> {
    Item(&'a Item),
    Table(&'a Table),
    Value(&'a Value),
}

enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// `groups.a.boundaries[0].group` → `groups`, `a`, `boundaries`, 0, `group`.
fn segments(path: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, indices) = part
            .split_once('[')
            .map_or((part, ""), |(k, rest)| (k, rest));
        if !key.is_empty() {
            out.push(Segment::Key(key));
        }
        for index in indices.split('[') {
            if let Ok(index) = index.trim_end_matches(']').parse() {
                out.push(Segment::Index(index));
            }
        }
    }
    out
}

/// A file parsed once, to find the lines of many paths: parsing it again
/// for each finding made `check --format github` quadratic. It is parsed
/// on the first question only: a clean file's check never pays for it.
pub struct Lines<'a> {
    text: &'a str,
    doc: OnceCell<Option<Document<&'a str>>>,
    /// The byte offset where each line starts.
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines {
            text,
            doc: OnceCell::new(),
            starts,
        }
    }

    fn doc(&self) -> Option<&Document<&'a str>> {
        self.doc
            .get_or_init(|| Document::parse(self.text).ok())
            .as_ref()
    }

    /// The 1-based line of the deepest part of `path` found in the file.
    pub fn line_of(&self, path: &str) -> Option<usize> {
        let offset = offset_of(self.doc()?, path)?.min(self.text.len());
        Some(self.starts.partition_point(|&start| start <= offset))
    }

    /// The 1-based line and column (in characters) of the deepest part of
    /// `path` found in the file, as a syntax error is located.
    pub fn position_of(&self, path: &str) -> Option<(usize, usize)> {
        let offset = offset_of(self.doc()?, path)?;
        Some(super::load::line_column(self.text, offset))
    }

    /// Gives each finding whose whole path is written in the file its
    /// place there: with a private overlay, the rest is in the overlay.
    pub fn locate_written(&self, findings: &mut [crate::model::finding::Finding]) {
        // Parsed on the first finding only: a clean file never pays for it.
        for finding in findings {
            let Some(doc) = self.doc() else { return };
            if let (Some(offset), true) = deepest(doc, &finding.path) {
                let (line, column) = super::load::line_column(self.text, offset);
                finding.line = Some(line);
                finding.column = Some(column);
            }
        }
    }

    /// Gives each finding the place of its path in the file.
    pub fn locate(&self, findings: &mut [crate::model::finding::Finding]) {
        for finding in findings {
            if let Some((line, column)) = self.position_of(&finding.path) {
                finding.line = Some(line);
                finding.column = Some(column);
            }
        }
    }
}

/// The byte offset of the deepest part of `path` written in `doc`.
fn offset_of(doc: &Document<&str>, path: &str) -> Option<usize> {
    deepest(doc, path).0
}

/// The byte offset of the deepest part of `path` written in `doc`, and
/// whether that part is the whole path.
fn deepest(doc: &Document<&str>, path: &str) -> (Option<usize>, bool) {
    let mut node = Node::Table(doc.as_table());
    let mut offset = None;
    let segments = segments(path);
    let count = segments.len();
    let mut found = 0;
    for segment in segments {
        let next = match (segment, &node) {
            (Segment::Key(key), _) => {
                let table = match node {
                    Node::Item(item) => item.as_table_like(),
                    Node::Table(table) => Some(table as &dyn toml_edit::TableLike),
                    Node::Value(value) => value
                        .as_inline_table()
                        .map(|t| t as &dyn toml_edit::TableLike),
                };
                let Some((key, item)) = table.and_then(|t| t.get_key_value(key)) else {
                    break;
                };
                offset = key
                    .span()
                    .or_else(|| item.span())
                    .map(|s| s.start)
                    .or(offset);
                Node::Item(item)
            }
            (Segment::Index(index), Node::Item(Item::ArrayOfTables(tables))) => {
                let Some(table) = tables.get(index) else {
                    break;
                };
                offset = table.span().map(|s| s.start).or(offset);
                Node::Table(table)
            }
            (Segment::Index(index), Node::Item(Item::Value(Value::Array(array))))
            | (Segment::Index(index), Node::Value(Value::Array(array))) => {
                let Some(value) = array.get(index) else { break };
                offset = value.span().map(|s| s.start).or(offset);
                Node::Value(value)
            }
            (Segment::Index(_), _) => break,
        };
        node = next;
        found += 1;
    }
    (offset, found == count)
}

#[cfg(test)]
mod tests {
    use super::Lines;

    const TEXT: &str = "schema = 1\n[coalition]\nname = \"C\"\n\n[groups.a]\nname = \"A\"\npower = 7\nboundaries = [\n  { group = \"b\" },\n  { tactic = \"t\" },\n]\n\n[[decisions]]\nsummary = \"x\"\n\n[[decisions]]\nsummary = \"y\"\nreview_on = 2026-01-01\n";

    #[test]
    fn paths_find_their_lines() {
        let lines = Lines::new(TEXT);
        assert_eq!(lines.line_of("coalition.name"), Some(3));
        assert_eq!(lines.line_of("groups.a.power"), Some(7));
        assert_eq!(lines.line_of("groups.a"), Some(5));
        assert_eq!(lines.line_of("groups.a.boundaries[1]"), Some(10));
        assert_eq!(lines.line_of("groups.a.boundaries[1].tactic"), Some(10));
        assert_eq!(lines.line_of("decisions[1].review_on"), Some(18));
        assert_eq!(lines.line_of("decisions[1]"), Some(16));
        // A key that is not there points at its nearest written parent.
        assert_eq!(lines.line_of("groups.a.interest"), Some(5));
        assert_eq!(lines.line_of("nothing"), None);
    }

    #[test]
    fn positions_count_columns_in_characters() {
        let lines = Lines::new(TEXT);
        assert_eq!(lines.position_of("groups.a.power"), Some((7, 1)));
        assert_eq!(lines.position_of("groups.a.boundaries[1]"), Some((10, 3)));
        let accented = Lines::new("[groups.a]\nname = \"é\"\nx = [\"é\", 3]\n");
        assert_eq!(accented.position_of("groups.a.x[1]"), Some((3, 11)));
    }
}
