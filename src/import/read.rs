//! A spreadsheet saved as CSV, read as the program that saved it wrote it:
//! LibreOffice (`;`, UTF-8 with a BOM), Excel (`;` or `,`, CRLF,
//! Windows-1252, or UTF-16 tab-separated "Unicode text"), Google Sheets
//! (`,`, CRLF, UTF-8). The rejected rows are written back the same way.

use std::borrow::Cow;
use std::path::Path;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

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

/// The separators a spreadsheet writes, the preferred first when a header
/// line has as many of two: a tab is never in a header by chance.
const DELIMITERS: [u8; 3] = [b'\t', b';', b','];

/// The hint for a file that is not a CSV file.
const SAVE_AS_CSV: &str = "in the spreadsheet, save the sheet as CSV (LibreOffice: File > Save As, file type \"Text CSV\"; Excel: File > Save As, \"CSV UTF-8\"; Google Sheets: File > Download > \"Comma-separated values\") and import that file";

pub fn read(path: &Path) -> Result<Sheet> {
    let bytes = std::fs::read(path).map_err(|err| {
        Error::usage(format!("cannot read {}: {err}", path.display()))
            .hint("check the file's name and that you may read it")
    })?;
    refuse_workbook(path, &bytes)?;
    let (text, encoding, bom) = decode(&bytes);
    if has_binary(&text) {
        return Err(Error::usage(format!(
            "{} is not a text file: it holds bytes no spreadsheet writes in a CSV file",
            path.display()
        ))
        .hint(SAVE_AS_CSV));
    }
    if text.trim().is_empty() {
        return Err(Error::usage(format!("{} is empty", path.display()))
            .hint("save the sheet with its header row (name, status...) and its rows"));
    }
    let (delimiter, crlf) = header_line(&text);
    let (headers, rows) = records(path, &text, delimiter)?;
    Ok(Sheet {
        dialect: Dialect {
            delimiter,
            bom,
            crlf,
            encoding,
        },
        headers,
        rows,
    })
}

/// A workbook saved in the spreadsheet's own format is refused with the way
/// to save it as CSV.
fn refuse_workbook(path: &Path, bytes: &[u8]) -> Result<()> {
    let kind = if bytes.starts_with(b"PK\x03\x04") {
        "a workbook (.xlsx or .ods)"
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        "an Excel 97-2003 workbook (.xls)"
    } else {
        return Ok(());
    };
    Err(Error::usage(format!("{} is {kind}, not a CSV file", path.display())).hint(SAVE_AS_CSV))
}

/// The text, its encoding and whether it had a byte order mark: a BOM
/// says the encoding (UTF-8, UTF-16); otherwise valid UTF-8 is UTF-8 and
/// anything else is Windows-1252, which Excel on Windows writes.
fn decode(bytes: &[u8]) -> (Cow<'_, str>, &'static Encoding, bool) {
    if let Some((encoding, length)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[length..]);
        return (text, encoding, true);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), UTF_8, false),
        Err(_) => (
            WINDOWS_1252.decode_without_bom_handling(bytes).0,
            WINDOWS_1252,
            false,
        ),
    }
}

/// Whether the text holds characters no text file has: those `file`
/// (libmagic) counts as never in text, NUL and most C0 controls. Bell,
/// backspace, tabs, line and page breaks and escape occur in pasted text.
fn has_binary(text: &str) -> bool {
    text.bytes()
        .any(|b| matches!(b, 0x00..=0x06 | 0x0E..=0x1A | 0x1C..=0x1F | 0x7F))
}

/// The separator most frequent outside quotes in the header line (a comma
/// when it has none), and whether that line ends with `\r\n`.
fn header_line(text: &str) -> (u8, bool) {
    let text = text.trim_start_matches(['\r', '\n']);
    let mut counts = [0usize; DELIMITERS.len()];
    let mut quoted = false;
    let mut crlf = false;
    let bytes = text.as_bytes();
    for (at, &b) in bytes.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => {
                crlf = b == b'\r' && bytes.get(at + 1) == Some(&b'\n');
                break;
            }
            _ if !quoted => {
                if let Some(i) = DELIMITERS.iter().position(|&d| d == b) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    let most = counts.iter().copied().max().unwrap_or(0);
    let delimiter = match most {
        0 => b',',
        _ => {
            DELIMITERS[counts
                .iter()
                .position(|&n| n == most)
                .expect("the most is one")]
        }
    };
    (delimiter, crlf)
}

/// The headers and the rows with text. Row numbers are the spreadsheet's:
/// a cell holding line breaks is one row, and each blank line (which the
/// CSV reader skips) is a row of its own.
fn records(path: &Path, text: &str, delimiter: u8) -> Result<(Vec<String>, Vec<Row>)> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut headers = None;
    let mut rows = Vec::new();
    let mut number = 0;
    let mut end = 0;
    loop {
        let more = reader.read_record(&mut record).map_err(|err| {
            let row = number
                + 1
                + err
                    .position()
                    .map_or(0, |p| blank_rows(text, end, p.byte()));
            Error::usage(format!(
                "{}: row {row} is not valid CSV: {err}",
                path.display()
            ))
            .hint(
                "open the file in the spreadsheet, fix that row's quotes, and save it as CSV again",
            )
        })?;
        if !more {
            break;
        }
        let start = record.position().map_or(end, |p| p.byte() as usize);
        number += 1 + blank_rows(text, end, start as u64);
        end = reader.position().byte() as usize;
        let Some(headers) = &headers else {
            headers = Some(header_cells(path, &record)?);
            continue;
        };
        if let Some(row) = row(number, headers.len(), &record) {
            rows.push(row);
        }
    }
    let headers = headers.ok_or_else(|| Error::usage(format!("{} is empty", path.display())))?;
    Ok((headers, rows))
}

/// The number of blank lines between the end of one record and the start of
/// the next: a `\r\n`, a lone `\r` or a lone `\n` each end one. A `\n` right
/// after the record's `\r` ends the record itself.
fn blank_rows(text: &str, end: usize, start: u64) -> usize {
    let bytes = text.as_bytes();
    let start = (start as usize).min(bytes.len());
    let mut at = end.min(start);
    if at > 0 && bytes[at - 1] == b'\r' && bytes.get(at) == Some(&b'\n') {
        at += 1;
    }
    let gap = &bytes[at.min(start)..start];
    gap.iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && gap.get(i + 1) != Some(&b'\n')))
        .count()
}

/// The header cells trimmed, the invisible marks a program may leave in
/// them (a second BOM, zero-width spaces) taken off.
fn header_cells(path: &Path, record: &csv::StringRecord) -> Result<Vec<String>> {
    let headers: Vec<String> = record
        .iter()
        .map(|h| {
            h.chars()
                .filter(|&c| !matches!(c, '\u{feff}' | '\u{200b}'..='\u{200d}' | '\u{2060}'))
                .collect::<String>()
                .trim()
                .to_string()
        })
        .collect();
    if headers.iter().all(String::is_empty) {
        return Err(Error::usage(format!(
            "{}: the first row, which should name the columns, is empty",
            path.display()
        ))
        .hint("put the column names (name, status, power...) in the first row of the sheet"));
    }
    Ok(headers)
}

/// The row of a record, or none when no cell holds text.
fn row(number: usize, columns: usize, record: &csv::StringRecord) -> Option<Row> {
    if record.iter().all(|cell| cell.trim().is_empty()) {
        return None;
    }
    let cell = |text: &str| match text.contains('\r') {
        true => text.replace("\r\n", "\n"),
        false => text.to_string(),
    };
    let mut cells: Vec<String> = record.iter().take(columns).map(cell).collect();
    cells.resize(columns, String::new());
    let overflow = record
        .iter()
        .skip(columns)
        .filter(|c| !c.trim().is_empty())
        .map(cell)
        .collect();
    Some(Row {
        number,
        cells,
        overflow,
    })
}

/// Refuses a rejects file that would overwrite the spreadsheet being read
/// or the coalition file.
pub fn check_rejects_path(rejects: &Path, input: &Path, coalition: &Path) -> Result<()> {
    let same_as_input = match (std::fs::canonicalize(rejects), std::fs::canonicalize(input)) {
        (Ok(rejects), Ok(input)) => rejects == input,
        _ => false,
    };
    let what = if same_as_input {
        "the spreadsheet being imported"
    } else if crate::store::write::is_coalition_or_lock(rejects, coalition) {
        "the coalition file"
    } else {
        return Ok(());
    };
    Err(Error::usage(format!(
        "--rejects {} is {what}: writing the rejected rows there would destroy it",
        rejects.display()
    ))
    .hint("give --rejects a new file's name, such as rejects.csv"))
}

/// Writes `rejected` rows to `path` in `dialect`, under `headers` and a
/// `reason` column.
///
/// A column already named `reason` (or `raison`) takes the reason, so a
/// rejects file once fixed imports again. The person's cells are written
/// as read; the reason, which quotes them, is cleaned and made inert for a
/// spreadsheet. The cells beyond the headers follow the reason, so nothing
/// typed is lost. UTF-16, which encoding_rs does not write, becomes UTF-8
/// with a BOM.
pub fn write_rejects(
    path: &Path,
    dialect: Dialect,
    headers: &[String],
    rejected: &[(&Row, String)],
) -> Result<()> {
    let reason_at = headers
        .iter()
        .position(|h| matches!(super::words::fold(h).as_str(), "reason" | "raison"));
    let mut header_row: Vec<&str> = headers.iter().map(String::as_str).collect();
    if reason_at.is_none() {
        header_row.push("reason");
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(dialect.delimiter)
        .flexible(true)
        .terminator(match dialect.crlf {
            true => csv::Terminator::CRLF,
            false => csv::Terminator::Any(b'\n'),
        })
        .from_writer(Vec::new());
    let written = |err: csv::Error| Error::file(format!("cannot write {}: {err}", path.display()));
    writer.write_record(&header_row).map_err(written)?;
    for (row, reason) in rejected {
        let reason = crate::output::csv_text(reason);
        let mut cells: Vec<&str> = row.cells.iter().map(String::as_str).collect();
        match reason_at {
            Some(at) if at < cells.len() => cells[at] = &reason,
            _ => cells.push(&reason),
        }
        cells.extend(row.overflow.iter().map(String::as_str));
        writer.write_record(&cells).map_err(written)?;
    }
    let text = writer
        .into_inner()
        .map_err(|err| written(err.into_error().into()))?;
    let text = String::from_utf8(text).expect("the cells are text");
    crate::store::write::write_output(path, &encode(&text, dialect))
}

/// The text in the dialect's encoding, with its byte order mark if it had
/// one.
fn encode(text: &str, dialect: Dialect) -> Vec<u8> {
    let encoding = dialect.encoding.output_encoding();
    // A UTF-16 file loses its encoding: its BOM says the UTF-8 instead.
    let bom = dialect.bom || encoding != dialect.encoding;
    let mut bytes = Vec::with_capacity(text.len() + 3);
    if bom && encoding == UTF_8 {
        bytes.extend_from_slice(b"\xEF\xBB\xBF");
    }
    bytes.extend_from_slice(&encoding.encode(text).0);
    bytes
}
