//! Reading and parsing the coalition file, with errors that point at the line.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::model::validate::{Validated, validate};
use crate::store::private::{self, Overlay};
use crate::t;

/// The byte-order mark some Windows editors put first; TOML has no use for it.
pub const BOM: &str = "\u{feff}";

/// Reads the file as UTF-8 text, without a byte-order mark.
pub fn read(path: &Path) -> Result<String> {
    let mut text = read_as_is(path)?;
    if text.starts_with(BOM) {
        text.drain(..BOM.len());
    }
    Ok(text)
}

/// Reads the file as UTF-8 text, byte-order mark included.
pub fn read_as_is(path: &Path) -> Result<String> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            return Err(
                Error::file(t!("file-missing", path = path.display().to_string()))
                    .hint(t!("file-missing-hint")),
            );
        }
        Err(_) if path.is_dir() => {
            return Err(
                Error::file(t!("file-is-folder", path = path.display().to_string()))
                    .hint(t!("file-is-folder-hint")),
            );
        }
        Err(err) => return Err(Error::io("read", path, &err)),
    };
    String::from_utf8(bytes).map_err(|err| {
        let bytes = err.as_bytes();
        let at = err.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(bytes);
        let offset = text
            .char_indices()
            .nth(String::from_utf8_lossy(&bytes[..at]).chars().count())
            .map_or(text.len(), |(i, _)| i);
        located(path, &text, offset, &t!("file-not-utf8"))
    })
}

/// Parses and validates text read from `path`.
pub fn parse(path: &Path, text: &str) -> Result<Validated> {
    let root = table(path, text)?;
    validate(root).map_err(|unusable| super::unusable_file(path, &unusable))
}

/// Parses text read from `path`, with an error that points at the line.
pub fn table(path: &Path, text: &str) -> Result<toml::Table> {
    super::parse::table(text).map_err(|err| {
        // Markers are looked for only in a file that does not parse: inside
        // a string, a line of `=======` is data.
        let error = err.span().map_or(0, |span| span.start);
        if let Some(offset) = unresolved_conflict(text, error) {
            return located(path, text, offset, &t!("file-conflict"))
                .hint(t!("file-conflict-hint"));
        }
        let offset = err.span().map_or(0, |span| span.start);
        let message = t!("file-not-toml", reason = err.message().trim_end());
        located(path, text, offset, &message)
    })
}

/// Where the conflict that stops the TOML parse at `error` begins: when the
/// line of the error is one of git's markers (of any size), the `<<<<<<<`
/// line at or above it that a `=======` and then a `>>>>>>>` line of the same
/// size follow. A marker-like line inside a string is data, and the parse
/// does not stop there.
pub fn unresolved_conflict(text: &str, error: usize) -> Option<usize> {
    let run = |line: &str, c: char| line.chars().take_while(|&x| x == c).count();
    let mut lines = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        lines.push((offset, line));
        offset += line.len();
    }
    let at = lines.iter().rposition(|&(start, _)| start <= error)?;
    if !['<', '=', '>', '|']
        .iter()
        .any(|&c| run(lines[at].1, c) > 0)
    {
        return None;
    }
    let open = lines[..=at].iter().rposition(|&(_, l)| run(l, '<') > 0)?;
    let size = run(lines[open].1, '<');
    let middle = lines[open..].iter().position(|&(_, l)| {
        let l = l.trim_end();
        run(l, '=') == size && l.len() == size
    })?;
    lines[open + middle..]
        .iter()
        .any(|&(_, l)| run(l, '>') == size)
        .then_some(lines[open].0)
}

pub struct Loaded {
    /// The coalition file's text (the shared one, when there is an overlay).
    pub text: String,
    /// The coalition: the file, with its private overlay merged in.
    pub validated: Validated,
    pub private: Private,
}

/// What became of the private overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Private {
    /// There is none.
    None,
    /// It was read from this file (and merged).
    Read { from: PathBuf, sealed: bool },
    /// It is sealed and no key of this person opens it: the shared file
    /// was read alone.
    Unread { from: PathBuf },
}

impl Private {
    /// Whether there is an overlay, read or not.
    pub fn exists(&self) -> bool {
        *self != Private::None
    }
}

/// Reads the coalition file and its private overlay, if any, merged.
pub fn load(path: &Path) -> Result<Loaded> {
    let text = read(path)?;
    let overlay = private::read(path)?;
    if let Overlay::None = overlay {
        let validated = parse(path, &text)?;
        return Ok(Loaded {
            text,
            validated,
            private: Private::None,
        });
    }
    let mut data = table(path, &text)?;
    let private = match overlay {
        Overlay::None => unreachable!("handled above"),
        Overlay::Read {
            text: overlay,
            from,
            sealed,
        } => {
            let overlay = table(&from, &overlay)?;
            let ids = private::private_data_ids(&data, Some(&overlay));
            let mut in_shared = private::in_shared(&data, &ids);
            if let Some(Some(sealed_for)) = &sealed {
                in_shared.extend(private::organizers_finding(&data, sealed_for));
            }
            let files = private::Files {
                shared: path,
                overlay: &from,
            };
            private::merge_data(&mut data, overlay, &files)?;
            let mut validated =
                validate(data).map_err(|unusable| super::unusable_file(path, &unusable))?;
            validated.findings.extend(in_shared);
            return Ok(Loaded {
                text,
                validated,
                private: Private::Read {
                    from,
                    sealed: sealed.is_some(),
                },
            });
        }
        Overlay::Unread { from, why } => {
            private::remember_not_read(&from, &why);
            Private::Unread { from }
        }
    };
    let in_shared = private::in_shared(&data, &private::private_data_ids(&data, None));
    let mut validated = validate(data).map_err(|unusable| super::unusable_file(path, &unusable))?;
    validated.findings.extend(in_shared);
    Ok(Loaded {
        text,
        validated,
        private,
    })
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..offset].chars().count() + 1;
    (line, column)
}

/// An error at `path:line:column`, showing the offending line and a caret.
fn located(path: &Path, text: &str, offset: usize, message: &str) -> Error {
    let offset = (0..=offset.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let (line, column) = line_column(text, offset);
    let source_line: String = text
        .lines()
        .nth(line - 1)
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_control() || *c == '\t')
        .take(200)
        .collect();
    let gutter = line.to_string();
    let pad = " ".repeat(gutter.len());
    let caret = " ".repeat(column.saturating_sub(1).min(200));
    Error::file(format!(
        "{}:{line}:{column}: {message}\n {pad} |\n {gutter} | {source_line}\n {pad} | {caret}^",
        path.display(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "a = 1\nname = \"é\" x\n";
        assert_eq!(line_column(text, 0), (1, 1));
        let x = text.find('x').unwrap();
        assert_eq!(line_column(text, x), (2, 12));
    }

    #[test]
    fn toml_errors_name_the_place_and_show_the_line() {
        let err = parse(Path::new("c.toml"), "schema = 1\npower = \"high\n").unwrap_err();
        assert_eq!(err.exit_code(), 3);
        assert!(err.message.starts_with("c.toml:2:"), "{}", err.message);
        assert!(err.message.contains("power = \"high"), "{}", err.message);
    }
}
