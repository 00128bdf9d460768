//! A spreadsheet saved as CSV, read as the program that saved it wrote it:
//! LibreOffice (`;`, UTF-8 with a BOM), Excel (`;` or `,`, CRLF,
//! Windows-1252, or UTF-16 tab-separated "Unicode text"), Google Sheets
//! (`,`, CRLF, UTF-8). The rejected rows are written back the same way.

use std::borrow::Cow;
use std::path::Path;

use encoding_rs::{Encoding, MACINTOSH, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

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

/// The reason column of a rejects file whose sheet has a `reason` column of
/// its own.
pub const COAL_REASON: &str = "coal reason";

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
    if undefined_in_1252(&text, encoding) {
        return Err(Error::usage(format!(
            "{} is neither UTF-8 nor Windows-1252: its accented letters cannot be read",
            path.display()
        ))
        .hint("in the spreadsheet, save the sheet as \"CSV UTF-8\" (Excel) or as \"Text CSV\" with the character set UTF-8 (LibreOffice), and import that file"));
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
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (Cow::Borrowed(text), UTF_8, false);
    }
    // Line ends of a lone CR: Excel for Mac's "CSV (Macintosh)", Mac Roman.
    let encoding = match bytes.contains(&b'\r') && !bytes.contains(&b'\n') {
        true => MACINTOSH,
        false => WINDOWS_1252,
    };
    (
        encoding.decode_without_bom_handling(bytes).0,
        encoding,
        false,
    )
}

/// Whether a Windows-1252 reading holds a byte 1252 leaves undefined
/// (encoding_rs reads them as C1 controls): the file is in some other
/// encoding, and read so it would be mojibake.
fn undefined_in_1252(text: &str, encoding: &'static Encoding) -> bool {
    encoding == WINDOWS_1252
        && text
            .chars()
            .any(|c| matches!(c, '\u{81}' | '\u{8D}' | '\u{8F}' | '\u{90}' | '\u{9D}'))
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
/// a record is numbered by the lines before it, less the line breaks inside
/// the cells of the records before it; so a cell holding line breaks is one
/// row, and a blank line (which the CSV reader skips) is a row of its own.
fn records(path: &Path, text: &str, delimiter: u8) -> Result<(Vec<String>, Vec<Row>)> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let bytes = text.as_bytes();
    let mut record = csv::StringRecord::new();
    let mut headers = None;
    let mut rows = Vec::new();
    let (mut number, mut start, mut lines, mut breaks_in_cells) = (0, 0, 0, 0);
    loop {
        let more = reader.read_record(&mut record).map_err(|err| {
            Error::usage(format!(
                "{}: row {} is not valid CSV: {err}",
                path.display(),
                number + 1
            ))
            .hint("open the file in the spreadsheet, fix that row, and save it as CSV again")
        })?;
        if !more {
            break;
        }
        // The reader says where it stood before the record, blank lines
        // included: the record starts after them.
        let from = record.position().map_or(start, |p| p.byte() as usize);
        let at = from
            + bytes[from..]
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .count();
        lines += line_ends(&bytes[start..at]);
        start = at;
        number = lines - breaks_in_cells + 1;
        breaks_in_cells += record
            .iter()
            .map(|cell| line_ends(cell.as_bytes()))
            .sum::<usize>();
        let Some(headers) = &headers else {
            headers = Some(header_cells(path, &record)?);
            continue;
        };
        if let Some(row) = row(number, headers.len(), &record) {
            rows.push(row);
        }
    }
    if unclosed_quote(&bytes[start..], delimiter) {
        return Err(Error::usage(format!(
            "{}: row {number} opens a quote (\") that no quote closes",
            path.display()
        ))
        .hint(
            "open the file in the spreadsheet, check that row's cells, and save it as CSV again",
        ));
    }
    let headers = headers.ok_or_else(|| Error::usage(format!("{} is empty", path.display())))?;
    Ok((headers, rows))
}

/// The lines `bytes` ends: each `\n`, and each `\r` not before a `\n`.
/// (A slice between records never ends with the `\r` of a `\r\n`.)
fn line_ends(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

/// Whether the record that starts `text` opens a quoted cell that the
/// text never closes: the CSV reader then takes the rest of the file as
/// that cell. A quote opens a cell only at its start, as the reader reads it.
fn unclosed_quote(text: &[u8], delimiter: u8) -> bool {
    let mut quoted = false;
    let mut cell_start = true;
    let mut bytes = text.iter().peekable();
    while let Some(&b) = bytes.next() {
        match (quoted, b) {
            (false, b'"') if cell_start => quoted = true,
            (true, b'"') if bytes.peek() == Some(&&b'"') => {
                bytes.next();
            }
            (true, b'"') => quoted = false,
            (false, b'\n' | b'\r') => return false,
            _ => {}
        }
        cell_start = !quoted && b == delimiter;
    }
    quoted
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
/// rejects file once fixed imports again; unless that column is `read`
/// into a field (`--map "reason=notes"`): its cells are then the person's,
/// and the reason goes in a new `coal reason` column, which an import
/// leaves out. The person's cells are written as read; the reason, which
/// quotes them, is cleaned and made inert for a spreadsheet. The cells
/// beyond the headers follow the reason, so nothing typed is lost.
pub fn write_rejects(
    path: &Path,
    dialect: Dialect,
    headers: &[String],
    read: &[bool],
    rejected: &[(&Row, String)],
) -> Result<()> {
    let is_reason = |h: &String| matches!(super::words::fold(h).as_str(), "reason" | "raison");
    let reason_at = headers
        .iter()
        .enumerate()
        .position(|(at, h)| is_reason(h) && read.get(at) != Some(&true));
    let mut header_row: Vec<&str> = headers.iter().map(String::as_str).collect();
    if reason_at.is_none() {
        header_row.push(match headers.iter().any(is_reason) {
            true => COAL_REASON,
            false => "reason",
        });
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
        let reason = writable(&crate::output::csv_text(reason), dialect.encoding);
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

/// The reason with what the encoding cannot write spelled in ASCII by
/// deunicode (`→` as `-`): encoding_rs would write an HTML escape. The
/// person's cells need none of this, having been read in that encoding.
fn writable(reason: &str, encoding: &'static Encoding) -> String {
    let encoding = encoding.output_encoding();
    if encoding == UTF_8 || !encoding.encode(reason).2 {
        return reason.to_string();
    }
    let mut out = String::with_capacity(reason.len());
    for c in reason.chars() {
        let text = c.encode_utf8(&mut [0; 4]).to_string();
        match encoding.encode(&text).2 {
            true => out.push_str(&deunicode::deunicode(&text)),
            false => out.push(c),
        }
    }
    out
}

/// The text in the dialect's encoding, with its byte order mark if it had
/// one. UTF-16, which encoding_rs does not write, is written by std's
/// `encode_utf16` in the byte order read, after its BOM.
fn encode(text: &str, dialect: Dialect) -> Vec<u8> {
    let little = dialect.encoding == UTF_16LE;
    if little || dialect.encoding == UTF_16BE {
        let bom: &[u8] = if little { b"\xFF\xFE" } else { b"\xFE\xFF" };
        let units = text.encode_utf16().flat_map(|unit| match little {
            true => unit.to_le_bytes(),
            false => unit.to_be_bytes(),
        });
        return bom.iter().copied().chain(units).collect();
    }
    let mut bytes = Vec::with_capacity(text.len() + 3);
    if dialect.bom && dialect.encoding == UTF_8 {
        bytes.extend_from_slice(b"\xEF\xBB\xBF");
    }
    bytes.extend_from_slice(&dialect.encoding.encode(text).0);
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn file(bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("groupes.csv");
        std::fs::write(&path, bytes).unwrap();
        (dir, path)
    }

    fn sheet(bytes: &[u8]) -> Sheet {
        let (_dir, path) = file(bytes);
        read(&path).unwrap()
    }

    fn refused(bytes: &[u8]) -> Error {
        let (_dir, path) = file(bytes);
        let error = read(&path).unwrap_err();
        assert_eq!(error.exit_code(), 2, "{error}");
        assert!(error.message.contains("groupes.csv"), "{error}");
        error
    }

    fn cells(sheet: &Sheet) -> Vec<(usize, Vec<&str>)> {
        sheet
            .rows
            .iter()
            .map(|r| (r.number, r.cells.iter().map(String::as_str).collect()))
            .collect()
    }

    fn utf16(encoding: &'static Encoding, text: &str) -> Vec<u8> {
        let units = text
            .encode_utf16()
            .flat_map(|u| match encoding == UTF_16LE {
                true => u.to_le_bytes(),
                false => u.to_be_bytes(),
            });
        let bom: &[u8] = if encoding == UTF_16LE {
            b"\xFF\xFE"
        } else {
            b"\xFE\xFF"
        };
        bom.iter().copied().chain(units).collect()
    }

    #[test]
    fn libreoffice_semicolons_utf8_with_a_bom() {
        let read = sheet("\u{feff}Nom;Statut;Pouvoir\nCollectif Artivistes;membre;3\n".as_bytes());
        assert_eq!(read.headers, ["Nom", "Statut", "Pouvoir"]);
        assert_eq!(
            cells(&read),
            [(2, vec!["Collectif Artivistes", "membre", "3"])]
        );
        let dialect = Dialect {
            delimiter: b';',
            bom: true,
            crlf: false,
            encoding: UTF_8,
        };
        assert_eq!(read.dialect, dialect);
    }

    #[test]
    fn excel_windows_1252_crlf() {
        let read = sheet(b"Nom;Statut\r\nAssociation \xe9tudiante du c\xe9gep;contact\xe9\r\n");
        assert_eq!(
            cells(&read),
            [(2, vec!["Association étudiante du cégep", "contacté"])]
        );
        assert_eq!(read.dialect.encoding, WINDOWS_1252);
        assert!(read.dialect.crlf && !read.dialect.bom);
    }

    #[test]
    fn unicode_text_utf16_tabs() {
        for encoding in [UTF_16LE, UTF_16BE] {
            let read = sheet(&utf16(
                encoding,
                "Nom\tCourriel\r\nSolidarité migrante\tamina@example.org\r\n",
            ));
            assert_eq!(read.headers, ["Nom", "Courriel"]);
            assert_eq!(
                cells(&read),
                [(2, vec!["Solidarité migrante", "amina@example.org"])]
            );
            assert_eq!(read.dialect.delimiter, b'\t');
            assert_eq!(read.dialect.encoding, encoding);
            assert!(read.dialect.bom && read.dialect.crlf);
        }
    }

    fn fixture(name: &str) -> Sheet {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/import")
            .join(name);
        read(&path).unwrap()
    }

    #[test]
    fn the_sample_spreadsheets_read_as_their_programs_wrote_them() {
        let libreoffice = fixture("groups-libreoffice.csv");
        let dialect = Dialect {
            delimiter: b';',
            bom: true,
            crlf: false,
            encoding: UTF_8,
        };
        assert_eq!(libreoffice.dialect, dialect);
        assert_eq!(libreoffice.headers[4], "Intérêt");
        assert_eq!(libreoffice.rows.len(), 4);
        assert_eq!(
            libreoffice.rows[2].cells[9],
            "Demandent du temps pour consulter leur cercle\navant tout engagement."
        );
        assert_eq!(libreoffice.rows[3].number, 5);
        assert_eq!(
            libreoffice.rows[3].cells[0],
            "Coop alimentaire \"La Grange\""
        );

        let excel = fixture("groups-excel.csv");
        let dialect = Dialect {
            delimiter: b';',
            bom: false,
            crlf: true,
            encoding: WINDOWS_1252,
        };
        assert_eq!(excel.dialect, dialect);
        assert_eq!(
            excel.headers,
            [
                "Nom",
                "STATUT",
                "Pouvoir",
                "Intérêt",
                "Impacté(e)",
                "Courriel",
                "Membres"
            ]
        );
        assert_eq!(excel.rows[1].cells[0], "Park Extension Tenants’ Union");
        assert_eq!(
            excel.rows[2].cells[0],
            "Syndicat des cols bleus, section 301"
        );

        let google = fixture("groups-google.csv");
        let dialect = Dialect {
            delimiter: b',',
            bom: false,
            crlf: true,
            encoding: UTF_8,
        };
        assert_eq!(google.dialect, dialect);
        assert_eq!(
            google.rows[2].cells[7],
            "\"Youth\" chapter,\nmeets Tuesdays"
        );
        assert_eq!(google.rows[3].number, 5);

        let unicode = fixture("groups-excel-unicode.txt");
        let dialect = Dialect {
            delimiter: b'\t',
            bom: true,
            crlf: true,
            encoding: UTF_16LE,
        };
        assert_eq!(unicode.dialect, dialect);
        assert_eq!(
            unicode.rows[1].cells,
            ["Cercle de solidarité autochtone", "en dialogue", "2", "4"]
        );

        let people = fixture("people-libreoffice.csv");
        assert_eq!(people.headers, ["Nom", "Courriel", "Groupes", "Notes"]);
        assert_eq!(
            crate::import::words::list(&people.rows[1].cells[2]),
            [
                "Park Extension Tenants’ Union",
                "Syndicat des cols bleus, section 301"
            ]
        );
    }

    #[test]
    fn the_separator_is_the_header_lines_most_frequent() {
        let read = |text: &str| sheet(text.as_bytes()).dialect.delimiter;
        assert_eq!(read("name,status\nA,member\n"), b',');
        assert_eq!(read("\"Nom, prénom\";Statut;Intérêt\nA;b;c\n"), b';');
        assert_eq!(read("a\tb,c\td\n"), b'\t');
        assert_eq!(read("name\nA, B\n"), b',');
        assert_eq!(read("\n\nname;status\n"), b';');
    }

    #[test]
    fn quoted_cells_keep_their_line_breaks_and_rows_their_numbers() {
        let text = "Nom;Notes\r\n\"Coop \"\"La Grange\"\"\";\"line one\r\nline two\r\nline three\"\r\n;\r\n\r\nJeunes pour le climat;\r\n";
        let read = sheet(text.as_bytes());
        assert_eq!(
            cells(&read),
            [
                (
                    2,
                    vec!["Coop \"La Grange\"", "line one\nline two\nline three"]
                ),
                (5, vec!["Jeunes pour le climat", ""]),
            ]
        );
        let read = sheet(b"name\n\nA\n\n\nB\r\rC\n");
        let numbers: Vec<usize> = read.rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, [3, 6, 8]);
    }

    #[test]
    fn headers_are_trimmed_of_spaces_and_invisible_marks() {
        let read = sheet("\u{feff}\u{feff}Nom ; \u{200b}Statut;Nom\nA;b;c\n".as_bytes());
        assert_eq!(read.headers, ["Nom", "Statut", "Nom"]);
    }

    #[test]
    fn cells_beyond_the_headers_overflow_and_missing_ones_are_empty() {
        let read = sheet(b"name,status\nA,member,,x, y\nB\n");
        assert_eq!(read.rows[0].overflow, ["x", " y"]);
        assert_eq!(read.rows[1].cells, ["B", ""]);
        assert!(read.rows[1].overflow.is_empty());
    }

    #[test]
    fn files_that_are_not_csv_are_refused_with_what_to_do() {
        let missing = read(Path::new("/nonexistent/groupes.csv")).unwrap_err();
        assert_eq!(missing.exit_code(), 2);
        assert!(missing.message.contains("/nonexistent/groupes.csv"));
        for empty in [&b""[..], b"\xEF\xBB\xBF", b"\n\r\n  \n", b"\xFF\xFE"] {
            assert!(refused(empty).message.ends_with("is empty"), "{empty:?}");
        }
        for binary in [
            &b"name\nA\0B\n"[..],
            b"name\n\x01\x02\n",
            b"\x89PNG\r\n\x1a\n\0\0",
        ] {
            assert!(
                refused(binary).message.contains("not a text file"),
                "{binary:?}"
            );
        }
        let xlsx = refused(b"PK\x03\x04\x14\0\x06\0");
        assert!(xlsx.message.contains(".xlsx"));
        assert!(xlsx.hints[0].contains("File > Save As"), "{xlsx:?}");
        assert!(
            refused(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
                .message
                .contains(".xls)")
        );
        assert!(refused(b";;\nA;b\n").message.contains("first row"));
        let unclosed = refused(b"name;notes\nA;ok\nB;\"never closed\nC;x\n");
        assert!(
            unclosed.message.contains("row 3 opens a quote"),
            "{unclosed}"
        );
    }

    #[test]
    fn excel_for_mac_csv_is_mac_roman_and_other_encodings_are_refused() {
        let read = sheet(b"Nom;Remarques\rCaf\x8e \x83lan;\x88 c\x99t\x8e\rB\x90ta;\r");
        assert_eq!(read.dialect.encoding, MACINTOSH);
        assert_eq!(
            cells(&read),
            [(2, vec!["Café Élan", "à côté"]), (3, vec!["Bêta", ""])]
        );
        let error = refused(b"Nom;Remarques\nB\x90ta;\n");
        assert!(
            error.message.contains("neither UTF-8 nor Windows-1252"),
            "{error}"
        );
        assert!(error.hints[0].contains("CSV UTF-8"), "{error:?}");
    }

    #[test]
    fn pasted_escapes_and_bells_are_text_not_binary() {
        let read = sheet("name\nclip \u{1b}]52;c;AAAA\u{7}\n".as_bytes());
        assert_eq!(read.rows.len(), 1);
    }

    /// Writes rejects of `input` and returns the file's bytes.
    fn rejects(input: &[u8], reasons: &[&str]) -> Vec<u8> {
        let (dir, path) = file(input);
        let sheet = read(&path).unwrap();
        let rejected: Vec<(&Row, String)> = sheet
            .rows
            .iter()
            .zip(reasons)
            .map(|(r, why)| (r, why.to_string()))
            .collect();
        let out = dir.path().join("rejets.csv");
        write_rejects(&out, sheet.dialect, &sheet.headers, &[], &rejected).unwrap();
        std::fs::read(out).unwrap()
    }

    #[test]
    fn rejects_are_written_as_the_input_was() {
        assert_eq!(
            rejects(
                "\u{feff}Nom;Pouvoir\n\"A;B\";9\n".as_bytes(),
                &["power must be 1 to 5"]
            ),
            "\u{feff}Nom;Pouvoir;reason\n\"A;B\";9;power must be 1 to 5\n".as_bytes()
        );
        assert_eq!(
            rejects(
                b"Nom;Statut\r\n\xc9cole;allie\r\n",
                &["`allié` could be..."]
            ),
            b"Nom;Statut;reason\r\n\xc9cole;allie;`alli\xe9` could be...\r\n"
        );
        assert_eq!(
            rejects(
                b"Nom\r\n\xc9cole\r\n",
                &["power 9 \u{2192} 1 to 5, \u{2026} \u{1f600}"]
            ),
            b"Nom,reason\r\n\xc9cole,\"power 9 - 1 to 5, \x85 grinning\"\r\n"
        );
        assert_eq!(
            rejects(&utf16(UTF_16LE, "Nom\tStatut\r\nÉcole\tx\r\n"), &["no → 1"]),
            utf16(UTF_16LE, "Nom\tStatut\treason\r\nÉcole\tx\tno → 1\r\n")
        );
        assert_eq!(
            rejects(&utf16(UTF_16BE, "Nom\tStatut\r\nÉcole\tx\r\n"), &["no"]),
            utf16(UTF_16BE, "Nom\tStatut\treason\r\nÉcole\tx\tno\r\n")
        );
    }

    #[test]
    fn a_reason_column_is_replaced_and_the_reason_made_inert() {
        assert_eq!(
            rejects(
                b"name,Raison,power\n=1+1,old,9\n",
                &["=HYPERLINK(\"x\") \x1b[2J"]
            ),
            b"name,Raison,power\n=1+1,\"'=HYPERLINK(\"\"x\"\") [2J\",9\n"
        );
        assert_eq!(
            rejects(b"name,power\n\"two\nlines\",9,extra\n", &["3 cells beyond"]),
            b"name,power,reason\n\"two\nlines\",9,3 cells beyond,extra\n"
        );
    }

    #[test]
    fn rejects_never_overwrite_the_input_or_the_coalition() {
        let (dir, input) = file(b"name\nA\n");
        let coalition = dir.path().join("coalition.toml");
        std::fs::write(&coalition, "schema = 1\n").unwrap();
        let other = dir.path().join("rejects.csv");
        assert!(check_rejects_path(&other, &input, &coalition).is_ok());
        let relative = dir.path().join(".").join("groupes.csv");
        for (path, what) in [
            (&relative, "the spreadsheet"),
            (&coalition, "the coalition file"),
        ] {
            let error = check_rejects_path(path, &input, &coalition).unwrap_err();
            assert_eq!(error.exit_code(), 2);
            assert!(error.message.contains(what), "{error}");
        }
    }

    #[test]
    fn ten_thousand_rows_read_quickly() {
        let mut text = String::from("Nom;Statut;Pouvoir;Intérêt;Courriel;Notes\n");
        for n in 0..10_000 {
            text.push_str(&format!(
                "Groupe {n};membre;3;4;g{n}@example.org;\"a; b\"\n"
            ));
        }
        let (_dir, path) = file(text.as_bytes());
        let start = std::time::Instant::now();
        let sheet = read(&path).unwrap();
        assert_eq!(sheet.rows.len(), 10_000);
        assert_eq!(sheet.rows[9_999].number, 10_001);
        // Generous for a debug build on a shared machine; a release build
        // takes a few milliseconds.
        assert!(start.elapsed() < std::time::Duration::from_secs(2));
    }

    fn table() -> impl Strategy<Value = (Vec<String>, Vec<Vec<String>>)> {
        (1usize..5).prop_flat_map(|columns| {
            let header = "[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 ]{0,8}[A-Za-z]";
            // Any text but controls and `\r`, which a cell gives back as `\n`.
            let cell = "[^\\x00-\\x08\\x0b-\\x1f\\x7f]{0,12}";
            (
                prop::collection::vec(header, columns),
                prop::collection::vec(prop::collection::vec(cell, columns), 0..6),
            )
        })
    }

    proptest! {
        #[test]
        fn any_table_the_csv_writer_writes_reads_back(
            (headers, rows) in table(),
            delimiter in prop::sample::select(vec![b',', b';', b'\t']),
            crlf in any::<bool>(),
            bom in any::<bool>(),
        ) {
            // A header of one column has no separator to tell: it is a comma.
            let delimiter = if headers.len() == 1 { b',' } else { delimiter };
            let mut writer = csv::WriterBuilder::new()
                .delimiter(delimiter)
                .terminator(if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') })
                .from_writer(Vec::new());
            writer.write_record(&headers).unwrap();
            for row in &rows {
                writer.write_record(row).unwrap();
            }
            let mut bytes = if bom { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
            bytes.extend(writer.into_inner().unwrap());
            let read = sheet(&bytes);
            prop_assert_eq!(&read.headers, &headers);
            let expected: Vec<(usize, Vec<String>)> = rows
                .iter()
                .enumerate()
                .filter(|(_, row)| row.iter().any(|c| !c.trim().is_empty()))
                .map(|(i, row)| (i + 2, row.clone()))
                .collect();
            let got: Vec<(usize, Vec<String>)> =
                read.rows.iter().map(|r| (r.number, r.cells.clone())).collect();
            prop_assert_eq!(got, expected);
            prop_assert_eq!(read.dialect.delimiter, delimiter);
            prop_assert_eq!(read.dialect.crlf, crlf);
            prop_assert_eq!(read.dialect.bom, bom);
        }
    }
}
