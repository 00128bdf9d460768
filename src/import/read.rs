//! A spreadsheet saved as CSV, read as the program that saved it wrote it.
//! TODO(issue 17, helper read+words): separator detection, encodings, BOM,
//! CRLF, empty and binary files, rejects written in the input's dialect.

use std::path::Path;

use crate::error::{Error, Result};

/// The file's rows of text, with how it was written.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub dialect: Dialect,
    /// The first row's cells, trimmed.
    pub headers: Vec<String>,
    /// The other rows, in order; a row with no text in any cell is left out.
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The row's number as the spreadsheet shows it: the headers are row 1.
    pub number: usize,
    /// As many cells as headers (missing ones empty), untrimmed.
    pub cells: Vec<String>,
    /// The cells beyond the last header that hold text: such a row is
    /// rejected, since no one can say which field they were meant for.
    pub overflow: Vec<String>,
}

/// How the file was written, to write the rejected rows the same way.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dialect {
    /// `,`, `;` or tab.
    pub delimiter: u8,
    /// Started with a byte order mark.
    pub bom: bool,
    /// Lines end with `\r\n`.
    pub crlf: bool,
    pub encoding: &'static encoding_rs::Encoding,
}

pub fn read(path: &Path) -> Result<Sheet> {
    let bytes = std::fs::read(path).map_err(|err| Error::io("read", path, &err))?;
    let text = String::from_utf8_lossy(&bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let headers: Vec<String> = match records.next() {
        Some(Ok(record)) => record.iter().map(|h| h.trim().to_string()).collect(),
        _ => return Err(Error::usage(format!("{} is empty", path.display()))),
    };
    let mut rows = Vec::new();
    for (n, record) in records.enumerate() {
        let record = record.map_err(|err| Error::usage(format!("{}: {err}", path.display())))?;
        let mut cells: Vec<String> = record.iter().map(String::from).collect();
        let overflow = match cells.len() > headers.len() {
            true => cells.split_off(headers.len()),
            false => Vec::new(),
        };
        let overflow = overflow
            .into_iter()
            .filter(|c| !c.trim().is_empty())
            .collect();
        cells.resize(headers.len(), String::new());
        if cells.iter().any(|c| !c.trim().is_empty()) {
            rows.push(Row {
                number: n + 2,
                cells,
                overflow,
            });
        }
    }
    Ok(Sheet {
        dialect: Dialect {
            delimiter: b',',
            bom: false,
            crlf: false,
            encoding: encoding_rs::UTF_8,
        },
        headers,
        rows,
    })
}

/// Writes `rejected` rows to `path` in `dialect`, under `headers` and a
/// `reason` column.
pub fn write_rejects(
    path: &Path,
    dialect: Dialect,
    headers: &[String],
    rejected: &[(&Row, String)],
) -> Result<()> {
    let _ = (path, dialect, headers, rejected);
    todo!("issue 17: rejects")
}
