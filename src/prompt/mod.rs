//! Asking the organizer for what was not given as a flag.
//!
//! Commands talk to a `Prompter`: the terminal one (dialoguer), a scripted
//! one for tests, or `NoInput`, which never asks and names the missing flag.

mod line;
mod look;
mod terminal;

#[cfg(test)]
use std::collections::VecDeque;
use std::io::IsTerminal;

pub use terminal::{Terminal, passphrase};

use crate::error::{Error, Result};

/// One question: what to show, and the flag that would have answered it.
#[derive(Debug, Clone, Copy)]
pub struct Ask<'a> {
    pub prompt: &'a str,
    pub flag: &'a str,
}

/// One option of a menu: how it is shown, and the short name that stays
/// on screen once it is chosen (a group's name, not its scores).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice<'a> {
    pub label: &'a str,
    pub name: &'a str,
}

impl<'a> Choice<'a> {
    pub fn named(label: &'a str, name: &'a str) -> Self {
        Choice { label, name }
    }

    /// Options whose label is short enough to be their name too.
    pub fn plain(labels: &[&'a str]) -> Vec<Self> {
        labels
            .iter()
            .map(|label| Choice::named(label, label))
            .collect()
    }

    /// Words of a vocabulary, shown with their meanings (`labels`), each
    /// echoed as the bare word once chosen.
    pub fn words(labels: &'a [String], words: &[&'a str]) -> Vec<Self> {
        labels
            .iter()
            .zip(words)
            .map(|(label, word)| Choice::named(label, word))
            .collect()
    }

    /// Options from labels and names side by side.
    pub fn list(labels: &'a [String], names: &'a [String]) -> Vec<Self> {
        labels
            .iter()
            .zip(names)
            .map(|(label, name)| Choice::named(label, name))
            .collect()
    }
}

/// Checks an answer; the same parser serves the flag.
pub type Check<'a> = &'a dyn Fn(&str) -> std::result::Result<(), String>;

pub trait Prompter {
    /// A line of text. With `required`, an empty answer is asked again;
    /// otherwise it gives `None`.
    fn text(&mut self, ask: Ask, required: bool, check: Check) -> Result<Option<String>>;
    /// A line of text that Enter leaves as it is: `None` keeps `kept`. On
    /// a terminal the prompt says what Enter keeps, and shows it once kept.
    fn text_or_keep(&mut self, ask: Ask, kept: &str, check: Check) -> Result<Option<String>> {
        let _ = kept;
        self.text(ask, false, check)
    }
    /// One of `options`, by index. Without a default the question must be
    /// answered: `NoInput` then fails naming the flag.
    fn choose(&mut self, ask: Ask, options: &[Choice], default: Option<usize>) -> Result<usize>;
    fn confirm(&mut self, ask: Ask, default: bool) -> Result<bool>;
    /// A longer text, in the organizer's `$EDITOR` when there is one; `None`
    /// keeps what there was (`initial`).
    fn long_text(&mut self, ask: Ask, initial: Option<&str>) -> Result<Option<String>>;
    /// Any number of `options`, by index; `chosen` marks those ticked at first.
    fn pick(&mut self, ask: Ask, options: &[Choice], chosen: &[bool]) -> Result<Vec<usize>>;
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
    // An argument is shown in the command to type (`coal add-group NAME`).
    let way = match ask.flag.strip_suffix(" (the first argument)") {
        Some(argument) => format!("coal {} {argument}", typed_command()),
        None => ask.flag.to_string(),
    };
    Error::usage(crate::t!(
        "walk-prompt-missing",
        flag = ask.flag,
        prompt = ask.prompt.to_lowercase()
    ))
    .hint(crate::t!("walk-prompt-missing-hint", way = way))
}

/// The command this run was given (`add-group`): the first argument that
/// names one.
fn typed_command() -> String {
    use clap::CommandFactory;
    let cli = crate::cli::Cli::command();
    std::env::args()
        .skip(1)
        .find(|arg| cli.find_subcommand(arg).is_some())
        .unwrap_or_else(|| "COMMAND".into())
}

impl Prompter for NoInput {
    fn text(&mut self, ask: Ask, required: bool, _: Check) -> Result<Option<String>> {
        if required {
            Err(missing(ask))
        } else {
            Ok(None)
        }
    }

    fn choose(&mut self, ask: Ask, _: &[Choice], default: Option<usize>) -> Result<usize> {
        default.ok_or_else(|| missing(ask))
    }

    fn confirm(&mut self, _: Ask, default: bool) -> Result<bool> {
        Ok(default)
    }

    fn long_text(&mut self, _: Ask, _: Option<&str>) -> Result<Option<String>> {
        Ok(None)
    }

    fn pick(&mut self, _: Ask, _: &[Choice], chosen: &[bool]) -> Result<Vec<usize>> {
        Ok(ticked(chosen))
    }
}

/// Answers from a script, in order, for tests. An answer is checked like a
/// typed one; a choice is answered with the option's label; an empty answer
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

    fn choose(&mut self, ask: Ask, options: &[Choice], default: Option<usize>) -> Result<usize> {
        let answer = self.next(ask)?;
        if answer.is_empty() {
            return default.ok_or_else(|| missing(ask));
        }
        position(options, &answer)
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
    fn pick(&mut self, ask: Ask, options: &[Choice], chosen: &[bool]) -> Result<Vec<usize>> {
        let answer = self.next(ask)?;
        if answer.is_empty() {
            return Ok(ticked(chosen));
        }
        answer
            .split('|')
            .map(|word| position(options, word.trim()))
            .collect()
    }
}

/// The option a script names by its label, or by the name it is echoed as.
#[cfg(test)]
fn position(options: &[Choice], label: &str) -> Result<usize> {
    options
        .iter()
        .position(|option| option.label == label || option.name == label)
        .ok_or_else(|| {
            let labels: Vec<&str> = options.iter().map(|option| option.label).collect();
            Error::usage(format!("`{label}` is not one of {labels:?}"))
        })
}
