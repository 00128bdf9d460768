//! Asking the organizer for what was not given as a flag.
//!
//! Commands talk to a `Prompter`: the terminal one (dialoguer), a scripted
//! one for tests, or `NoInput`, which never asks and names the missing flag.

#[cfg(test)]
use std::collections::VecDeque;
use std::io::IsTerminal;

use crate::error::{Error, Result};

/// One question: what to show, and the flag that would have answered it.
#[derive(Debug, Clone, Copy)]
pub struct Ask<'a> {
    pub prompt: &'a str,
    pub flag: &'a str,
}

/// Checks an answer; the same parser serves the flag.
pub type Check<'a> = &'a dyn Fn(&str) -> std::result::Result<(), String>;

pub trait Prompter {
    /// A line of text. With `required`, an empty answer is asked again;
    /// otherwise it gives `None`.
    fn text(&mut self, ask: Ask, required: bool, check: Check) -> Result<Option<String>>;
    /// One of `options`, by index. Without a default the question must be
    /// answered: `NoInput` then fails naming the flag.
    fn choose(&mut self, ask: Ask, options: &[&str], default: Option<usize>) -> Result<usize>;
    fn confirm(&mut self, ask: Ask, default: bool) -> Result<bool>;
    /// A longer text, in the organizer's `$EDITOR` when there is one; `None`
    /// keeps what there was (`initial`).
    fn long_text(&mut self, ask: Ask, initial: Option<&str>) -> Result<Option<String>>;
    /// Any number of `options`, by index; `chosen` marks those ticked at first.
    fn pick(&mut self, ask: Ask, options: &[&str], chosen: &[bool]) -> Result<Vec<usize>>;
}

fn ticked(chosen: &[bool]) -> Vec<usize> {
    (0..chosen.len()).filter(|&i| chosen[i]).collect()
}

/// Whether this run may prompt: not with `--no-input`, not in CI, and only
/// when a person is at the terminal.
pub fn interactive(no_input: bool) -> bool {
    let in_ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    !no_input && !in_ci && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Never asks: a required value is an error naming its flag, an optional one
/// is left out, a choice takes its default.
pub struct NoInput;

fn missing(ask: Ask) -> Error {
    Error::usage(format!(
        "missing {} ({})",
        ask.flag,
        ask.prompt.to_lowercase()
    ))
    .hint(format!(
        "give it as `{}`; coal does not prompt under --no-input, in CI, or without a terminal",
        ask.flag
    ))
}

impl Prompter for NoInput {
    fn text(&mut self, ask: Ask, required: bool, _: Check) -> Result<Option<String>> {
        if required {
            Err(missing(ask))
        } else {
            Ok(None)
        }
    }

    fn choose(&mut self, ask: Ask, _: &[&str], default: Option<usize>) -> Result<usize> {
        default.ok_or_else(|| missing(ask))
    }

    fn confirm(&mut self, _: Ask, default: bool) -> Result<bool> {
        Ok(default)
    }

    fn long_text(&mut self, _: Ask, _: Option<&str>) -> Result<Option<String>> {
        Ok(None)
    }

    fn pick(&mut self, _: Ask, _: &[&str], chosen: &[bool]) -> Result<Vec<usize>> {
        Ok(ticked(chosen))
    }
}

/// The real prompts, on the terminal's stderr.
pub struct Terminal {
    theme: dialoguer::theme::ColorfulTheme,
}

impl Terminal {
    /// Readies the terminal for prompts. Ctrl-C at a prompt leaves at once:
    /// nothing is written before the last answer, and the cursor a menu hid
    /// is shown again.
    pub fn open() -> Self {
        let _ = ctrlc::set_handler(|| interrupted());
        Terminal {
            theme: dialoguer::theme::ColorfulTheme::default(),
        }
    }
}

/// Leaves after Ctrl-C, from the signal handler or from a prompt that saw
/// the key first, whichever comes first: the cursor a menu hid is shown
/// again, and the exit code is the usual one for an interrupt.
fn interrupted() -> ! {
    static LEAVING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if LEAVING.swap(true, std::sync::atomic::Ordering::SeqCst) {
        // The other path is already on its way out.
        loop {
            std::thread::park();
        }
    }
    eprint!("\u{1b}[?25h\nstopped; nothing was written\n");
    std::process::exit(130);
}

fn cancelled(err: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = &err;
    if io.kind() == std::io::ErrorKind::Interrupted {
        interrupted();
    }
    Error::usage(format!("stopped at a prompt ({err}); nothing was written"))
}

impl Prompter for Terminal {
    fn text(&mut self, ask: Ask, required: bool, check: Check) -> Result<Option<String>> {
        let answer: String = dialoguer::Input::with_theme(&self.theme)
            // A prompt that already says what Enter does is not promised
            // to skip as well.
            .with_prompt(if required || ask.prompt.contains("(Enter ") {
                ask.prompt.to_string()
            } else {
                format!("{} (Enter to skip)", ask.prompt)
            })
            .allow_empty(true)
            .validate_with(|input: &String| -> std::result::Result<(), String> {
                if input.trim().is_empty() {
                    if required {
                        Err("this one is needed".into())
                    } else {
                        Ok(())
                    }
                } else {
                    check(input.trim())
                }
            })
            .interact_text()
            .map_err(cancelled)?;
        let answer = answer.trim().to_string();
        Ok((!answer.is_empty()).then_some(answer))
    }

    fn choose(&mut self, ask: Ask, options: &[&str], default: Option<usize>) -> Result<usize> {
        dialoguer::Select::with_theme(&self.theme)
            .with_prompt(ask.prompt)
            .items(options)
            .default(default.unwrap_or(0))
            .interact_opt()
            .map_err(cancelled)?
            .ok_or_else(|| Error::usage("stopped at a prompt; nothing was written"))
    }

    fn confirm(&mut self, ask: Ask, default: bool) -> Result<bool> {
        dialoguer::Confirm::with_theme(&self.theme)
            .with_prompt(ask.prompt)
            .default(default)
            .interact_opt()
            .map_err(cancelled)?
            .ok_or_else(|| Error::usage("stopped at a prompt; nothing was written"))
    }

    fn long_text(&mut self, ask: Ask, initial: Option<&str>) -> Result<Option<String>> {
        let has_editor = ["VISUAL", "EDITOR"]
            .iter()
            .any(|var| std::env::var_os(var).is_some_and(|v| !v.is_empty()));
        if has_editor {
            eprintln!(
                "{} (opening your editor; save and close it to go on)",
                ask.prompt
            );
            // A missing or failing editor falls back to a plain prompt below.
            if let Ok(edited) = dialoguer::Editor::new().edit(initial.unwrap_or("")) {
                return Ok(edited
                    .map(|text| text.trim().to_string())
                    .filter(|t| !t.is_empty()));
            }
        }
        let mut input = dialoguer::Input::<String>::with_theme(&self.theme)
            .with_prompt(format!("{} (Enter to keep)", ask.prompt))
            .allow_empty(true);
        if let Some(initial) = initial {
            input = input.with_initial_text(initial);
        }
        let answer = input.interact_text().map_err(cancelled)?;
        let answer = answer.trim();
        Ok((!answer.is_empty() && Some(answer) != initial).then(|| answer.to_string()))
    }

    fn pick(&mut self, ask: Ask, options: &[&str], chosen: &[bool]) -> Result<Vec<usize>> {
        if options.is_empty() {
            return Ok(Vec::new());
        }
        dialoguer::MultiSelect::with_theme(&self.theme)
            .with_prompt(format!("{} (Space to tick, Enter to confirm)", ask.prompt))
            .items(options)
            .defaults(chosen)
            .interact_opt()
            .map_err(cancelled)?
            .ok_or_else(|| Error::usage("stopped at a prompt; nothing was written"))
    }
}

/// Answers from a script, in order, for tests. An answer is checked like a
/// typed one; a choice is answered with the option's text; an empty answer
/// takes the default. Test-only code.
#[cfg(test)]
#[derive(Debug, Default)]
pub struct Scripted {
    answers: VecDeque<String>,
    /// The prompts asked so far, for assertions.
    pub asked: Vec<String>,
}

#[cfg(test)]
impl Scripted {
    pub fn new<S: Into<String>>(answers: impl IntoIterator<Item = S>) -> Self {
        Scripted {
            answers: answers.into_iter().map(Into::into).collect(),
            asked: Vec::new(),
        }
    }

    fn next(&mut self, ask: Ask) -> Result<String> {
        self.asked.push(ask.prompt.to_string());
        self.answers
            .pop_front()
            .ok_or_else(|| Error::usage(format!("the script has no answer for `{}`", ask.prompt)))
    }
}

#[cfg(test)]
impl Prompter for Scripted {
    fn text(&mut self, ask: Ask, required: bool, check: Check) -> Result<Option<String>> {
        let answer = self.next(ask)?;
        let answer = answer.trim();
        if answer.is_empty() {
            return if required {
                Err(Error::usage(format!("`{}` needs an answer", ask.prompt)))
            } else {
                Ok(None)
            };
        }
        check(answer).map_err(Error::usage)?;
        Ok(Some(answer.to_string()))
    }

    fn choose(&mut self, ask: Ask, options: &[&str], default: Option<usize>) -> Result<usize> {
        let answer = self.next(ask)?;
        if answer.is_empty() {
            return default.ok_or_else(|| missing(ask));
        }
        options
            .iter()
            .position(|option| *option == answer)
            .ok_or_else(|| Error::usage(format!("`{answer}` is not one of {options:?}")))
    }

    fn confirm(&mut self, ask: Ask, default: bool) -> Result<bool> {
        match self.next(ask)?.as_str() {
            "" => Ok(default),
            "y" | "yes" => Ok(true),
            "n" | "no" => Ok(false),
            other => Err(Error::usage(format!("`{other}` is not yes or no"))),
        }
    }

    fn long_text(&mut self, ask: Ask, _: Option<&str>) -> Result<Option<String>> {
        let answer = self.next(ask)?;
        Ok((!answer.trim().is_empty()).then(|| answer.trim().to_string()))
    }

    /// Answered with the options' texts separated by `|`; empty keeps the ticks.
    fn pick(&mut self, ask: Ask, options: &[&str], chosen: &[bool]) -> Result<Vec<usize>> {
        let answer = self.next(ask)?;
        if answer.is_empty() {
            return Ok(ticked(chosen));
        }
        answer
            .split('|')
            .map(|word| {
                let word = word.trim();
                options
                    .iter()
                    .position(|option| *option == word)
                    .ok_or_else(|| Error::usage(format!("`{word}` is not one of {options:?}")))
            })
            .collect()
    }
}
