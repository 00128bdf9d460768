//! A line of text typed at a prompt: its editing, pure and tested against
//! a plain model, and its drawing on the terminal.
//!
//! dialoguer's text prompt ignores Esc (and types what follows it into the
//! answer), so coal reads text prompts itself, on dialoguer's terminal crate.
//! That crate tells a bare Esc from an arrow key's escape sequence: the
//! sequence arrives at once, a lone Esc with nothing after it.

use std::io;

use console::{Key, Term, measure_text_width};

use super::look::Look;

/// The text being typed, and the cursor, in characters from the start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    chars: Vec<char>,
    cursor: usize,
}

/// What a key does to the prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Typing,
    Enter,
    Leave,
}

impl Line {
    /// A line holding `initial`, the cursor after it.
    pub fn new(initial: &str) -> Line {
        let chars: Vec<char> = initial.chars().collect();
        Line {
            cursor: chars.len(),
            chars,
        }
    }

    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn apply(&mut self, key: &Key) -> Edit {
        match key {
            Key::Enter => return Edit::Enter,
            Key::Escape | Key::CtrlC => return Edit::Leave,
            Key::Char(c) if !c.is_control() => {
                self.chars.insert(self.cursor, *c);
                self.cursor += 1;
            }
            Key::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                self.chars.remove(self.cursor);
            }
            Key::Del if self.cursor < self.chars.len() => {
                self.chars.remove(self.cursor);
            }
            Key::ArrowLeft => self.cursor = self.cursor.saturating_sub(1),
            Key::ArrowRight => self.cursor = (self.cursor + 1).min(self.chars.len()),
            Key::Home => self.cursor = 0,
            Key::End => self.cursor = self.chars.len(),
            _ => {}
        }
        Edit::Typing
    }
}

/// Where each character of `chars` lands, as (row, column) from the start
/// of the answer's first row, and where the one after the last would: a
/// terminal `width` wide moves a character that does not fit to the next
/// row. The answer starts at `column`.
fn place(chars: &[char], column: usize, width: usize) -> Vec<(usize, usize)> {
    let mut spots = Vec::with_capacity(chars.len() + 1);
    let (mut row, mut col) = (0, column);
    for c in chars {
        let mut buffer = [0; 4];
        let wide = measure_text_width(c.encode_utf8(&mut buffer));
        if col + wide > width {
            row += 1;
            col = 0;
        }
        spots.push((row, col));
        col += wide;
    }
    if col >= width {
        // The terminal waits for the next character before it wraps: the
        // drawing moves on itself (see `Drawing::draw`).
        row += 1;
        col = 0;
    }
    spots.push((row, col));
    spots
}

/// A question on screen, redrawn whole at each key so that what was there
/// before never lingers.
struct Drawing<'a> {
    term: &'a Term,
    look: &'a Look,
    question: String,
    /// The rows the question takes, and the column its answer starts at.
    rows: usize,
    column: usize,
    /// How far below the question's first row the cursor is.
    cursor_row: usize,
}

impl Drawing<'_> {
    fn draw(&mut self, line: &Line, error: Option<&str>) -> io::Result<()> {
        self.erase()?;
        let spots = place(&line.chars, self.column, self.look.width);
        let mut shown = format!("{}{}", self.question, line.text());
        let (mut end_row, mut end_col) = *spots.last().expect("one spot at least");
        if end_col == 0 && end_row > 0 {
            shown.push('\n');
        }
        if let Some(error) = error {
            let note = self.look.note(error, true);
            shown.push('\n');
            shown.push_str(&note);
            end_row += note.lines().count();
            end_col = note.lines().last().map_or(0, measure_text_width);
        }
        self.term.write_str(&shown)?;
        let (row, col) = spots[line.cursor()];
        self.term.move_cursor_up(end_row - row)?;
        if col != end_col {
            self.term.write_str("\r")?;
            self.term.move_cursor_right(col)?;
        }
        self.cursor_row = self.rows - 1 + row;
        self.term.flush()
    }

    /// Clears the question and what follows it; the cursor goes where it
    /// started.
    fn erase(&mut self) -> io::Result<()> {
        self.term.move_cursor_up(self.cursor_row)?;
        self.term.clear_to_end_of_screen()?;
        self.cursor_row = 0;
        Ok(())
    }
}

/// Asks `question` until `check` takes the answer; `None` when the person
/// leaves with Esc or Ctrl-C. The question is erased
/// once answered or left: the caller shows what stays.
pub fn read(
    term: &Term,
    look: &Look,
    question: &str,
    initial: &str,
    check: &dyn Fn(&str) -> Result<(), String>,
) -> io::Result<Option<String>> {
    let (question, column) = look.question(question);
    let mut drawing = Drawing {
        term,
        look,
        rows: question.lines().count(),
        question,
        column,
        cursor_row: 0,
    };
    let mut line = Line::new(initial);
    let mut error = None;
    loop {
        drawing.draw(&line, error.as_deref())?;
        // Ctrl-C read as a key, not a signal: it leaves as Esc does.
        match line.apply(&term.read_key_raw()?) {
            Edit::Typing => {}
            Edit::Leave => {
                drawing.erase()?;
                return Ok(None);
            }
            Edit::Enter => match check(&line.text()) {
                Ok(()) => {
                    drawing.erase()?;
                    return Ok(Some(line.text()));
                }
                // Asked again, from an empty line, the reason under it.
                Err(reason) => {
                    error = Some(reason);
                    line = Line::new("");
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The plain model: the text before the cursor and the text after it.
    #[derive(Default)]
    struct Model {
        before: String,
        after: String,
    }

    impl Model {
        fn apply(&mut self, key: &Key) {
            match key {
                Key::Char(c) if !c.is_control() => self.before.push(*c),
                Key::Backspace => {
                    self.before.pop();
                }
                Key::Del => {
                    let mut rest = self.after.chars();
                    rest.next();
                    self.after = rest.collect();
                }
                Key::ArrowLeft => {
                    if let Some(c) = self.before.pop() {
                        self.after.insert(0, c);
                    }
                }
                Key::ArrowRight if !self.after.is_empty() => {
                    let c = self.after.remove(0);
                    self.before.push(c);
                }
                Key::Home => {
                    self.after = std::mem::take(&mut self.before) + &self.after;
                }
                Key::End => {
                    self.before.push_str(&std::mem::take(&mut self.after));
                }
                _ => {}
            }
        }
    }

    fn key() -> impl Strategy<Value = Key> {
        prop_oneof![
            prop::sample::select(vec!['a', 'é', ' ', '😀', 'ß', '漢', '-', '\u{301}'])
                .prop_map(Key::Char),
            Just(Key::Backspace),
            Just(Key::Del),
            Just(Key::ArrowLeft),
            Just(Key::ArrowRight),
            Just(Key::Home),
            Just(Key::End),
            Just(Key::Tab),
            Just(Key::Char('\u{7}')),
            Just(Key::ArrowUp),
        ]
    }

    proptest! {
        #[test]
        fn editing_matches_the_plain_model(initial in "[a-zé ]{0,6}", keys in prop::collection::vec(key(), 0..40)) {
            let mut line = Line::new(&initial);
            let mut model = Model { before: initial.clone(), after: String::new() };
            for key in &keys {
                prop_assert_eq!(line.apply(key), Edit::Typing);
                model.apply(key);
            }
            prop_assert_eq!(line.text(), format!("{}{}", model.before, model.after));
            prop_assert_eq!(line.cursor(), model.before.chars().count());
        }

        #[test]
        fn the_cursor_lands_where_the_terminal_puts_the_character(
            text in "[a-zé😀漢 ]{0,60}",
            column in 0usize..20,
            width in 20usize..40,
        ) {
            let chars: Vec<char> = text.chars().collect();
            let spots = place(&chars, column, width);
            prop_assert_eq!(spots.len(), chars.len() + 1);
            for (c, (_, col)) in chars.iter().zip(&spots) {
                prop_assert!(col + measure_text_width(&c.to_string()) <= width);
            }
            prop_assert!(spots.windows(2).all(|pair| pair[0] <= pair[1]));
            prop_assert!(spots.last().unwrap().1 < width);
        }
    }

    #[test]
    fn enter_esc_and_ctrl_c_end_the_line() {
        let mut line = Line::new("x");
        assert_eq!(line.apply(&Key::Enter), Edit::Enter);
        assert_eq!(line.apply(&Key::Escape), Edit::Leave);
        assert_eq!(line.apply(&Key::CtrlC), Edit::Leave);
        // An arrow's escape sequence is a key of its own, not Esc.
        assert_eq!(line.apply(&Key::ArrowLeft), Edit::Typing);
        assert_eq!(line.text(), "x");
    }

    #[test]
    fn keys_edit_in_the_middle_of_accented_and_wide_text() {
        let mut line = Line::new("Comité");
        for key in [
            Key::Home,
            Key::ArrowRight,
            Key::Del,
            Key::Char('ó'),
            Key::End,
            Key::Backspace,
            Key::Char('😀'),
        ] {
            line.apply(&key);
        }
        assert_eq!(line.text(), "Cómit😀");
        assert_eq!(line.cursor(), 6);
    }

    #[test]
    fn a_wide_character_that_does_not_fit_goes_to_the_next_row() {
        let chars: Vec<char> = "ab漢".chars().collect();
        assert_eq!(place(&chars, 7, 10), vec![(0, 7), (0, 8), (1, 0), (1, 2)]);
        // Filling the row exactly puts the end on the next one.
        let chars: Vec<char> = "abc".chars().collect();
        assert_eq!(place(&chars, 7, 10), vec![(0, 7), (0, 8), (0, 9), (1, 0)]);
    }
}
