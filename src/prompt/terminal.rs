//! The real prompts, on the terminal's stderr: menus and yes/no questions
//! by dialoguer, lines of text by coal's own reader (`line`), all drawn in
//! coal's look (`look`). Esc and Ctrl-C leave any of them the same way.

use console::Term;

use super::look::Look;
use super::{Ask, Check, Choice, Prompter, line};
use crate::error::{Error, Result};
use crate::output::clean;

pub struct Terminal {
    term: Term,
    colour: bool,
}

impl Terminal {
    /// Readies the terminal for prompts, coloured or not as coal's output
    /// is. Ctrl-C at a prompt leaves at once: nothing is written before the
    /// last answer, and the cursor a menu hid is shown again.
    pub fn open(colour: bool) -> Self {
        let _ = ctrlc::set_handler(|| stop(false));
        Terminal {
            term: Term::stderr(),
            colour,
        }
    }

    /// The look of the next prompt, at the terminal's width now.
    fn look(&self) -> Look {
        Look {
            colour: self.colour,
            width: usize::from(self.term.size().1),
        }
    }

    /// How many of a menu's `items` dialoguer shows at a time, so that a
    /// page fits on the screen.
    fn page(&self, look: &Look, question: &str, items: &[String], ticks: bool) -> usize {
        let item_rows = items.iter().map(|item| item.lines().count()).max();
        let rows = usize::from(self.term.size().0);
        look.page(question, ticks, item_rows.unwrap_or(1), rows)
    }

    /// Reads a line of text, asking `ask` with its key hint (`question`),
    /// checked; Esc leaves, and only the question stays, as once answered.
    fn line(
        &self,
        ask: Ask,
        question: &str,
        initial: &str,
        check: &dyn Fn(&str) -> std::result::Result<(), String>,
    ) -> Result<String> {
        line::read(&self.term, &self.look(), question, initial, check)
            .map_err(cancelled)?
            .ok_or_else(|| self.left(ask.prompt))
    }

    /// Readies the screen for a menu of `items` under `question`: room
    /// below, so that drawing it never scrolls, and the spot it starts at
    /// saved, for Ctrl-C to clear it as Esc does (see `stop`).
    fn open_menu(&self, look: &Look, question: &str, items: &[String], ticks: bool) -> Result<()> {
        let rows = look.menu_rows(question, ticks)
            + items.iter().map(|item| item.lines().count()).sum::<usize>();
        let rows = rows.min(usize::from(self.term.size().0).saturating_sub(1));
        self.term
            .write_str(&format!("{}\u{1b}[{rows}A\u{1b}7", "\n".repeat(rows)))
            .map_err(cancelled)?;
        *open_menu() = Some(look.left(question));
        Ok(())
    }

    /// What stays on screen once `question` is answered.
    fn answered(&self, question: &str, answer: &str) -> Result<()> {
        self.term
            .write_line(&self.look().answered(question, answer))
            .map_err(cancelled)
    }

    /// Leaves a prompt left with Esc: it says so, and nothing is written.
    fn left(&self, question: &str) -> Error {
        let _ = self.term.write_line(&self.look().left(question));
        stop(true)
    }
}

/// Asks for a key's passphrase on the terminal (stderr, never stdout),
/// typed unseen; None when input ends or fails. Ctrl-C leaves as at any
/// prompt, with the typed characters shown again.
pub fn passphrase(question: &str) -> Option<String> {
    let term = Term::stderr();
    term.write_str(&format!("{question} ")).ok()?;
    READING_SECRET.store(true, std::sync::atomic::Ordering::SeqCst);
    let answer = term.read_secure_line().ok();
    READING_SECRET.store(false, std::sync::atomic::Ordering::SeqCst);
    answer
}

/// Whether echo is off for a passphrase, for Ctrl-C to turn it back on.
static READING_SECRET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Turns the terminal's echo back on after an interrupted passphrase: the
/// person's shell would otherwise stay blind.
fn echo_again() {
    #[cfg(unix)]
    if READING_SECRET.load(std::sync::atomic::Ordering::SeqCst) {
        // SAFETY: termios is plain data filled by tcgetattr before use.
        unsafe {
            let mut termios: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(libc::STDIN_FILENO, &mut termios) == 0 {
                termios.c_lflag |= libc::ECHO;
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &termios);
            }
        }
    }
}

/// What to leave on screen if Ctrl-C ends the menu drawn now, from the
/// spot saved when it opened.
fn open_menu() -> std::sync::MutexGuard<'static, Option<String>> {
    static OPEN: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);
    OPEN.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Leaves after Esc or Ctrl-C, from the signal handler or from a prompt
/// that saw the key first, whichever comes first: the cursor a menu hid is
/// shown again, and the exit code is the usual one for an interrupt.
/// `at_line_start` when the prompt has already ended its line.
fn stop(at_line_start: bool) -> ! {
    static LEAVING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if LEAVING.swap(true, std::sync::atomic::Ordering::SeqCst) {
        // The other path is already on its way out.
        loop {
            std::thread::park();
        }
    }
    echo_again();
    let new_line = if at_line_start { "" } else { "\n" };
    // A menu is cleared from where it started, and its question left as
    // Esc leaves it.
    let menu = open_menu()
        .take()
        .map(|left| format!("\u{1b}8\u{1b}[J{left}\n"));
    let before = menu.unwrap_or(new_line.to_string());
    eprintln!("\u{1b}[?25h{before}{}", crate::t!("walk-prompt-stopped"));
    std::process::exit(130);
}

fn cancelled(err: impl Into<std::io::Error>) -> Error {
    let err = err.into();
    if err.kind() == std::io::ErrorKind::Interrupted {
        stop(false);
    }
    Error::usage(crate::t!(
        "walk-prompt-terminal-failed",
        error = err.to_string()
    ))
}

impl Terminal {
    /// Opens `editor` on `initial`, the question above it; `None` when the
    /// editor could not run. The question makes way for its answer after.
    fn edit(
        &self,
        editor: &str,
        question: &str,
        initial: Option<&str>,
    ) -> Result<Option<Option<String>>> {
        let notice = self.look().editing(question);
        self.term.write_line(&notice).map_err(cancelled)?;
        let edited = dialoguer::Editor::new()
            .executable(editor)
            .edit(initial.unwrap_or(""));
        self.term
            .move_cursor_up(notice.lines().count())
            .map_err(cancelled)?;
        self.term.clear_to_end_of_screen().map_err(cancelled)?;
        Ok(edited.ok())
    }
}

/// The organizer's editor: `VISUAL`, else `EDITOR`, as dialoguer would
/// take them, but one that names no program counts as unset (`VISUAL=`
/// beside a real `EDITOR`, or quotes left open), so that dialoguer is
/// always given a program: given none, it panics.
fn editor() -> Option<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|value| {
            shell_words::split(value)
                .is_ok_and(|words| words.first().is_some_and(|w| !w.is_empty()))
        })
}

/// What stays after a longer text: its first line, shortened; `None` when
/// there is none.
fn shown(text: Option<&str>) -> Option<String> {
    let line = clean(text?.lines().next()?.trim());
    (!line.is_empty()).then(|| console::truncate_str(&line, KEPT_WIDTH * 2, "…").into())
}

/// How much of a kept value a prompt shows.
const KEPT_WIDTH: usize = 30;

/// Whether a prompt says itself what Enter does ("(Enter for today…)",
/// « (Entrée quand il n’y en a plus) »), in either language.
fn says_what_enter_does(prompt: &str) -> bool {
    prompt.contains("(Enter ") || prompt.contains("(Entrée ")
}

/// `prompt` and what Enter does, unless the prompt says it already: one
/// hint at a time.
fn with_hint(prompt: &str, hint: &str) -> String {
    if says_what_enter_does(prompt) {
        prompt.to_string()
    } else {
        crate::t!("walk-prompt-with-hint", prompt = prompt, hint = hint)
    }
}

/// What stays after a question answered with Enter alone: nothing when the
/// question says what Enter does, else that it was skipped.
fn skipped(prompt: &str) -> String {
    if says_what_enter_does(prompt) {
        String::new()
    } else {
        crate::t!("walk-prompt-skipped")
    }
}

/// A yes or no typed as a word: `y`, `yes`, `n`, `no`, and in French
/// `o`, `oui`, `n`, `non` too; any case.
fn yes_or_no(answer: &str) -> Option<bool> {
    match answer.trim().to_lowercase().as_str() {
        "y" | "yes" | "o" | "oui" => Some(true),
        "n" | "no" | "non" => Some(false),
        _ => None,
    }
}

/// "yes" or "no" as the answer stays on screen.
fn yes_no_word(answer: bool) -> String {
    if answer {
        crate::t!("walk-prompt-yes")
    } else {
        crate::t!("walk-prompt-no")
    }
}

impl Terminal {
    /// A yes/no question read as a typed word, so that French answers
    /// « o », « oui », « n » or « non » (dialoguer's `Confirm` takes only
    /// `y` and `n`); Enter gives the default.
    fn confirm_in_words(&mut self, ask: Ask, default: bool) -> Result<bool> {
        let question = super::look::yes_no_question(ask.prompt, default);
        let answer = self.line(ask, &question, "", &|input| match (
            input.trim().is_empty(),
            yes_or_no(input),
        ) {
            (true, _) | (_, Some(_)) => Ok(()),
            _ => Err(crate::t!(
                "walk-prompt-not-yes-or-no",
                answer = input.trim()
            )),
        })?;
        let answer = yes_or_no(&answer).unwrap_or(default);
        self.answered(ask.prompt, &yes_no_word(answer))?;
        Ok(answer)
    }
}

impl Prompter for Terminal {
    fn text(&mut self, ask: Ask, required: bool, check: Check) -> Result<Option<String>> {
        let question = if required {
            ask.prompt.to_string()
        } else {
            with_hint(ask.prompt, &crate::t!("walk-prompt-enter-to-skip"))
        };
        let answer = self.line(ask, &question, "", &|input| {
            let input = input.trim();
            match (input.is_empty(), required) {
                (true, true) => Err(crate::t!("walk-prompt-needed")),
                (true, false) => Ok(()),
                (false, _) => check(input),
            }
        })?;
        let answer = answer.trim();
        if answer.is_empty() {
            self.answered(ask.prompt, &skipped(ask.prompt))?;
            return Ok(None);
        }
        self.answered(ask.prompt, answer)?;
        Ok(Some(answer.to_string()))
    }

    fn text_or_keep(&mut self, ask: Ask, kept: &str, check: Check) -> Result<Option<String>> {
        let kept = clean(kept);
        let shown = console::truncate_str(&kept, KEPT_WIDTH, "…");
        let question = with_hint(
            ask.prompt,
            &crate::t!("walk-prompt-enter-keeps", kept = shown.as_ref()),
        );
        let answer = self.line(ask, &question, "", &|input| match input.trim() {
            "" => Ok(()),
            input => check(input),
        })?;
        let answer = answer.trim();
        self.answered(ask.prompt, if answer.is_empty() { &kept } else { answer })?;
        Ok((!answer.is_empty()).then(|| answer.to_string()))
    }

    fn choose(&mut self, ask: Ask, options: &[Choice], default: Option<usize>) -> Result<usize> {
        let look = self.look();
        let items: Vec<String> = options
            .iter()
            .map(|option| look.item_lines(option.label, false))
            .collect();
        self.open_menu(&look, ask.prompt, &items, false)?;
        let chosen = dialoguer::Select::with_theme(&look)
            .with_prompt(ask.prompt)
            .max_length(self.page(&look, ask.prompt, &items, false))
            .items(&items)
            .default(default.unwrap_or(0))
            .report(false)
            .interact_on_opt(&self.term)
            .map_err(cancelled);
        open_menu().take();
        let chosen = chosen?.ok_or_else(|| self.left(ask.prompt))?;
        self.answered(ask.prompt, options[chosen].name)?;
        Ok(chosen)
    }

    fn confirm(&mut self, ask: Ask, default: bool) -> Result<bool> {
        if crate::i18n::current() == crate::i18n::Lang::Fr {
            return self.confirm_in_words(ask, default);
        }
        let look = self.look();
        let answer = dialoguer::Confirm::with_theme(&look)
            .with_prompt(ask.prompt)
            .default(default)
            .report(false)
            .interact_on_opt(&self.term)
            .map_err(cancelled);
        // dialoguer clears only the row the cursor is on: the question's
        // rows above it are cleared here.
        let rows = look.confirm_question(ask.prompt, default).lines().count();
        self.term.move_cursor_up(rows - 1).map_err(cancelled)?;
        self.term.clear_to_end_of_screen().map_err(cancelled)?;
        let answer = answer?.ok_or_else(|| self.left(ask.prompt))?;
        self.answered(ask.prompt, &yes_no_word(answer))?;
        Ok(answer)
    }

    fn long_text(&mut self, ask: Ask, initial: Option<&str>) -> Result<Option<String>> {
        if let Some(editor) = editor() {
            // A failing editor falls back to a plain prompt below.
            if let Some(edited) = self.edit(&editor, ask.prompt, initial)? {
                let edited = edited.map(|text| text.trim().to_string());
                let edited = edited.filter(|text| !text.is_empty());
                let kept = shown(edited.as_deref().or(initial));
                let skipped = crate::t!("walk-prompt-skipped");
                self.answered(ask.prompt, kept.as_deref().unwrap_or(&skipped))?;
                return Ok(edited);
            }
        }
        let hint = if initial.is_some() {
            crate::t!("walk-prompt-enter-to-keep")
        } else {
            crate::t!("walk-prompt-enter-to-skip")
        };
        let question = with_hint(ask.prompt, &hint);
        // Shown on one line: a text of several lines is kept unless edited.
        let initial = initial.map(clean);
        let answer = self.line(
            ask,
            &question,
            initial.as_deref().unwrap_or(""),
            &|_| Ok(()),
        )?;
        let answer = answer.trim();
        // An answer cleared keeps what there was, and says so.
        let kept = initial.as_deref().filter(|_| answer.is_empty());
        let kept = shown(kept.or(Some(answer)));
        let skipped = skipped(ask.prompt);
        self.answered(ask.prompt, kept.as_deref().unwrap_or(&skipped))?;
        let unchanged = initial.as_deref().map(str::trim) == Some(answer);
        Ok((!answer.is_empty() && !unchanged).then(|| answer.to_string()))
    }

    fn pick(&mut self, ask: Ask, options: &[Choice], chosen: &[bool]) -> Result<Vec<usize>> {
        if options.is_empty() {
            return Ok(Vec::new());
        }
        let look = self.look();
        let items: Vec<String> = options
            .iter()
            .map(|option| look.item_lines(option.label, true))
            .collect();
        self.open_menu(&look, ask.prompt, &items, true)?;
        let picked = dialoguer::MultiSelect::with_theme(&look)
            .with_prompt(ask.prompt)
            .max_length(self.page(&look, ask.prompt, &items, true))
            .items(&items)
            .defaults(chosen)
            .report(false)
            .interact_on_opt(&self.term)
            .map_err(cancelled);
        open_menu().take();
        let picked = picked?.ok_or_else(|| self.left(ask.prompt))?;
        let names: Vec<&str> = picked.iter().map(|&i| options[i].name).collect();
        let names = if names.is_empty() {
            crate::t!("walk-prompt-none")
        } else {
            names.join(", ")
        };
        self.answered(ask.prompt, &names)?;
        Ok(picked)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_hint_at_a_time() {
        assert_eq!(with_hint("Place", "Enter to skip"), "Place (Enter to skip)");
        assert_eq!(
            with_hint("Reviewed on (Enter for today, 2026-11-25)", "Enter to skip"),
            "Reviewed on (Enter for today, 2026-11-25)"
        );
        assert_eq!(skipped("Place"), "skipped");
        assert_eq!(
            console::truncate_str(
                "Front commun pour le logement et la justice",
                KEPT_WIDTH,
                "…"
            ),
            "Front commun pour le logement…"
        );
        assert_eq!(
            skipped("A question asked (Enter when there are no more)"),
            ""
        );
        assert_eq!(
            skipped("Une question posée (Entrée quand il n’y en a plus)"),
            ""
        );
    }

    #[test]
    fn yes_and_no_are_read_in_both_languages() {
        for yes in ["y", "yes", "o", "oui", " Oui ", "O"] {
            assert_eq!(yes_or_no(yes), Some(true), "{yes}");
        }
        for no in ["n", "no", "non", "NON"] {
            assert_eq!(yes_or_no(no), Some(false), "{no}");
        }
        assert_eq!(yes_or_no("peut-être"), None);
        assert_eq!(yes_or_no(""), None);
    }
}
