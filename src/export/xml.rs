//! What the XML formats (GEXF, GraphML) share: the declaration, the
//! layout of the lines, and user text made fit for XML 1.0.

/// The first line of an XML file; the encoding is always UTF-8.
pub const XML_DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

/// A line break and `depth` levels of indent, written between elements so
/// that the file reads and diffs line by line.
pub fn indent(depth: usize) -> String {
    format!("\n{:width$}", "", width = 2 * depth)
}

/// User text as XML 1.0 may hold it, cleaned as the SVG charts clean it
/// (no control character, no U+FFFE or U+FFFF; see `svg::text`). maud then
/// escapes `&`, `<`, `>` and `"`.
pub fn text(raw: &str) -> String {
    crate::report::render::svg::text(raw)
}
