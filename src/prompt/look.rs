//! How prompts look: coal's dialoguer theme, and the wrapping that keeps
//! every prompt within the terminal's width.
//!
//! dialoguer counts only the line breaks it is given when it clears what it
//! drew, so a prompt wider than the terminal is broken here, at spaces, into
//! real lines. Marks that matter (the current item, the ticks) are
//! characters, so they show without colour.

use std::fmt;

use console::{Style, measure_text_width};

use crate::output::clean;

/// Before a question.
const ASKING: &str = "?";
/// Before a question answered, and before one left.
const ANSWERED: &str = "✔";
const LEFT: &str = "✘";
/// Between a question and its answer.
const SEPARATOR: &str = "·";
/// Where the answer is typed.
const TYPE_HERE: &str = "›";
/// The current item of a menu.
const POINTER: &str = "›";

/// A yes/no question with its keys, the answer Enter gives in capitals:
/// "[y/N]", « [o/N] » in French.
pub fn yes_no_question(question: &str, default: bool) -> String {
    if default {
        crate::t!("walk-prompt-yes-no-default-yes", question = question)
    } else {
        crate::t!("walk-prompt-yes-no-default-no", question = question)
    }
}

/// Prompts as drawn on one terminal: its width and whether to colour.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    pub colour: bool,
    pub width: usize,
}

/// A part of a prompt and how it is shown.
#[derive(Clone, Copy)]
enum Part {
    Asking,
    Question,
    Answered,
    Answer,
    Left,
    Hint,
    Error,
    Pointer,
    Ticked,
}

impl Look {
    fn style(&self, part: Part) -> Style {
        let style = match part {
            Part::Asking => Style::new().yellow().bold(),
            Part::Question => Style::new().bold(),
            Part::Answered | Part::Ticked => Style::new().green(),
            Part::Answer | Part::Pointer => Style::new().cyan(),
            Part::Left | Part::Error => Style::new().red(),
            Part::Hint => Style::new().dim(),
        };
        style.for_stderr().force_styling(self.colour)
    }

    fn paint(&self, part: Part, text: &str) -> String {
        self.style(part).apply_to(text).to_string()
    }

    /// Lines as wide as the terminal allows, the last column left free (a
    /// line that fills it makes some terminals wrap on their own).
    fn flow(&self, indent: usize) -> Flow {
        Flow::new(self.width.saturating_sub(1), indent, measure_text_width)
    }

    /// `? question ›`, wrapped, ready for the answer after it; and the
    /// column where the answer starts.
    pub fn question(&self, question: &str) -> (String, usize) {
        let mut flow = self.flow(2);
        flow.push(ASKING, self, Part::Asking);
        flow.push(question, self, Part::Question);
        flow.push(TYPE_HERE, self, Part::Hint);
        let used = flow.used + 1;
        (flow.text() + " ", used)
    }

    /// A yes/no question, the answer Enter gives in capitals.
    pub fn confirm_question(&self, question: &str, default: bool) -> String {
        self.question(&yes_no_question(question, default)).0
    }

    /// `✔ question · answer`, wrapped: what stays on screen once answered.
    pub fn answered(&self, question: &str, answer: &str) -> String {
        let mut flow = self.flow(2);
        flow.push(ANSWERED, self, Part::Answered);
        flow.push(question, self, Part::Question);
        if !answer.is_empty() {
            flow.push(SEPARATOR, self, Part::Hint);
            flow.push(answer, self, Part::Answer);
        }
        flow.text()
    }

    /// `? question (opening your editor…)`, wrapped: said before the
    /// editor takes the terminal.
    pub fn editing(&self, question: &str) -> String {
        let mut flow = self.flow(2);
        flow.push(ASKING, self, Part::Asking);
        flow.push(question, self, Part::Question);
        flow.push(&crate::t!("walk-prompt-opening-editor"), self, Part::Hint);
        flow.text()
    }

    /// `✘ question`, wrapped: a question left without an answer.
    pub fn left(&self, question: &str) -> String {
        let mut flow = self.flow(2);
        flow.push(LEFT, self, Part::Left);
        flow.push(question, self, Part::Question);
        flow.text()
    }

    /// A line under a question: what a key does, or why an answer was not
    /// taken.
    pub fn note(&self, text: &str, error: bool) -> String {
        let mut flow = self.flow(2).indented();
        flow.push(text, self, if error { Part::Error } else { Part::Hint });
        flow.text()
    }

    /// A menu's question, and under it what the keys do.
    fn menu(&self, question: &str, ticks: bool) -> String {
        let mut flow = self.flow(2);
        flow.push(ASKING, self, Part::Asking);
        flow.push(question, self, Part::Question);
        let keys = if ticks {
            crate::t!("walk-prompt-keys-tick")
        } else {
            crate::t!("walk-prompt-keys-choose")
        };
        // dialoguer adds ` [Page 1/2] ` after the keys of a long menu.
        let narrower = Look {
            width: self.width.saturating_sub(PAGE_WIDTH),
            ..*self
        };
        format!("{}\n{}", flow.text(), narrower.note(&keys, false))
    }

    /// The rows a menu's question and keys take.
    pub fn menu_rows(&self, question: &str, ticks: bool) -> usize {
        self.menu(question, ticks).lines().count()
    }

    /// How many items of at most `item_rows` rows each fit on a page of a
    /// menu on a screen `rows` high, under its question: dialoguer counts
    /// items, not rows, when it pages.
    pub fn page(&self, question: &str, ticks: bool, item_rows: usize, rows: usize) -> usize {
        let question_rows = self.menu_rows(question, ticks);
        (rows.saturating_sub(question_rows + 1) / item_rows.max(1)).max(1)
    }

    /// A menu item: `› ` on the current one, then `[x] ` or `[ ] ` when
    /// items are ticked; its lines (see `item_lines`) indented under it.
    fn item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        current: bool,
        tick: Option<bool>,
    ) -> fmt::Result {
        let pointer = if current {
            self.paint(Part::Pointer, POINTER)
        } else {
            " ".into()
        };
        let tick = match tick {
            Some(true) => self.paint(Part::Ticked, "[x] "),
            Some(false) => "[ ] ".into(),
            None => String::new(),
        };
        let indent = " ".repeat(item_indent(tick.is_empty()));
        let text = text.replace('\n', &format!("\n{indent}"));
        let text = if current {
            self.paint(Part::Pointer, &text)
        } else {
            text
        };
        write!(f, "{pointer} {tick}{text}")
    }

    /// A menu item's text broken into lines that fit beside its marks.
    /// dialoguer also measures items in bytes when it clears them, so a
    /// line is kept short in bytes too.
    pub fn item_lines(&self, text: &str, ticks: bool) -> String {
        let indent = item_indent(!ticks);
        let mut flow = Flow::new(self.width.saturating_sub(1 + indent), 0, |s| {
            s.len().max(measure_text_width(s))
        });
        flow.push_plain(text);
        flow.text()
    }
}

/// The columns dialoguer's ` [Page 1/2] ` takes.
const PAGE_WIDTH: usize = 14;

/// The columns before a menu item's text: the pointer, and the tick box.
fn item_indent(no_ticks: bool) -> usize {
    if no_ticks { 2 } else { 6 }
}

/// Words laid into lines no wider than `width`, each part in its own style;
/// lines after the first start with `indent` spaces. A word longer than a
/// line is cut.
struct Flow {
    lines: Vec<String>,
    /// Columns used on the last line, and where its words start.
    used: usize,
    line_start: usize,
    width: usize,
    indent: usize,
    measure: fn(&str) -> usize,
}

impl Flow {
    fn new(width: usize, indent: usize, measure: fn(&str) -> usize) -> Flow {
        Flow {
            lines: vec![String::new()],
            used: 0,
            line_start: 0,
            // Room for one character at least, however narrow.
            width: width.max(indent + 1),
            indent,
            measure,
        }
    }

    /// The first line indented too, as the others are.
    fn indented(mut self) -> Flow {
        self.lines[0] = " ".repeat(self.indent);
        self.used = self.indent;
        self.line_start = self.indent;
        self
    }

    /// Text from the file as well as coal's own: made safe for a terminal.
    fn push(&mut self, text: &str, look: &Look, part: Part) {
        for word in crate::output::words(&clean(text)) {
            self.word(word, &|w| look.paint(part, w));
        }
    }

    fn push_plain(&mut self, text: &str) {
        for word in crate::output::words(&clean(text)) {
            self.word(word, &|w| w.to_string());
        }
    }

    /// Places one word, after a space unless it starts a line.
    fn word(&mut self, word: &str, paint: &dyn Fn(&str) -> String) {
        let size = (self.measure)(word);
        let space = usize::from(self.used > self.line_start);
        if self.used + space + size > self.width && space == 1 {
            self.new_line();
        } else if space == 1 {
            self.push_str(" ", 1);
        }
        if self.used + size <= self.width {
            self.push_str(&paint(word), size);
            return;
        }
        // Longer than a whole line: cut where the line ends.
        let mut piece = String::new();
        for c in word.chars() {
            let mut buffer = [0; 4];
            let wide = (self.measure)(c.encode_utf8(&mut buffer));
            if self.used + (self.measure)(&piece) + wide > self.width && !piece.is_empty() {
                let size = (self.measure)(&piece);
                self.push_str(&paint(&piece), size);
                self.new_line();
                piece.clear();
            }
            piece.push(c);
        }
        let size = (self.measure)(&piece);
        self.push_str(&paint(&piece), size);
    }

    fn push_str(&mut self, text: &str, size: usize) {
        self.lines.last_mut().expect("a line").push_str(text);
        self.used += size;
    }

    fn new_line(&mut self) {
        self.lines.push(" ".repeat(self.indent));
        self.used = self.indent;
        self.line_start = self.indent;
    }

    fn text(self) -> String {
        self.lines.join("\n")
    }
}

impl dialoguer::theme::Theme for Look {
    fn format_select_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        write!(f, "{}", self.menu(prompt, false))
    }

    fn format_multi_select_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        write!(f, "{}", self.menu(prompt, true))
    }

    fn format_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        active: bool,
    ) -> fmt::Result {
        self.item(f, text, active, None)
    }

    fn format_multi_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        checked: bool,
        active: bool,
    ) -> fmt::Result {
        self.item(f, text, active, Some(checked))
    }

    fn format_confirm_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        default: Option<bool>,
    ) -> fmt::Result {
        write!(
            f,
            "{}",
            self.confirm_question(prompt, default != Some(false))
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(width: usize) -> Look {
        Look {
            colour: false,
            width,
        }
    }

    fn widest(text: &str) -> usize {
        text.lines().map(measure_text_width).max().unwrap_or(0)
    }

    #[test]
    fn a_long_question_breaks_at_spaces_within_the_width() {
        let look = plain(30);
        let (question, column) = look.question(
            "Solidarité migrante et comité des locataires de Villeray: where do things stand?",
        );
        assert_eq!(
            question,
            "? Solidarité migrante et\n  comité des locataires de\n  Villeray: where do things\n  stand? › "
        );
        assert_eq!(column, measure_text_width("  stand? › "));
        assert!(widest(&question) < 30);
    }

    #[test]
    fn a_word_longer_than_a_line_is_cut() {
        let look = plain(12);
        let text = look.answered("Id", "association-des-locataires");
        assert_eq!(text, "✔ Id ·\n  associati\n  on-des-lo\n  cataires");
        assert!(widest(&text) < 12);
    }

    #[test]
    fn items_are_short_in_bytes_and_in_columns() {
        let look = plain(20);
        // 'é' takes two bytes: each line holds at most 13 bytes.
        let lines = look.item_lines("Comité éé éé éé logement", true);
        assert!(lines.lines().all(|line| line.len() <= 13), "{lines}");
        assert_eq!(lines.lines().count(), 3, "{lines}");
    }

    #[test]
    fn the_current_item_has_a_pointer_and_ticks_show_without_colour() {
        let look = plain(80);
        let mut shown = String::new();
        look.item(&mut shown, "Tenants\nsecond line", true, Some(true))
            .unwrap();
        assert_eq!(shown, "› [x] Tenants\n      second line");
        let mut shown = String::new();
        look.item(&mut shown, "Church", false, Some(false)).unwrap();
        assert_eq!(shown, "  [ ] Church");
        let mut shown = String::new();
        look.item(&mut shown, "Church", false, None).unwrap();
        assert_eq!(shown, "  Church");
    }

    #[test]
    fn a_page_of_a_menu_fits_on_the_screen() {
        let look = plain(80);
        // The question and its keys take two rows, one is kept free.
        assert_eq!(look.page("Groups", true, 2, 14), 5);
        assert_eq!(look.page("Groups", false, 1, 40), 37);
        // However small the screen, one item at least.
        assert_eq!(look.page("Groups", true, 3, 4), 1);
        let mut keys = String::new();
        dialoguer::theme::Theme::format_multi_select_prompt(&look, &mut keys, "Groups").unwrap();
        assert_eq!(
            keys,
            "? Groups\n  press the space bar to tick, Enter to confirm, Esc to leave"
        );
    }

    #[test]
    fn colour_follows_the_choice() {
        let painted = Look {
            colour: true,
            width: 80,
        }
        .answered("Name", "Tenants");
        assert!(painted.contains('\u{1b}'), "{painted:?}");
        let plain = plain(80).answered("Name", "Tenants");
        assert_eq!(plain, "✔ Name · Tenants");
    }
}
