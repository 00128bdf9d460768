//! One file per subcommand: parse → model/store calls → output.

pub mod add_assembly;
pub mod add_boundary;
pub mod add_committee;
pub mod add_group;
pub mod add_person;
pub mod add_space;
pub mod add_tactic;
pub(crate) mod assembly_fields;
pub mod check;
pub mod completions;
pub mod diff;
pub mod export;
pub mod fmt;
pub mod git_setup;
pub mod glossary;
pub(crate) mod group_fields;
pub mod help;
pub mod history;
pub mod import;
pub mod init;
pub mod list;
pub mod log_decision;
pub mod log_feedback;
pub mod merge_driver;
pub mod private;
pub mod remove;
pub mod remove_boundary;
pub mod rename;
pub mod report;
pub mod schema;
pub mod show;
pub mod step;
pub mod steps;
pub mod update;
pub mod update_assembly;
pub mod update_coalition;
pub mod update_committee;
pub mod update_decision;
pub mod update_group;
pub mod update_person;
pub mod update_space;
pub mod update_tactic;

use std::any::Any;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::model::id::unique_slug;
use crate::model::input::non_empty;
use crate::model::input::not_after;
use crate::model::schema::entry_fields;
use crate::model::{Coalition, Group, Register};
use crate::output;
use crate::prompt::{Ask, Choice, Prompter};
use crate::store::document::{self, SchemaTable};
use crate::store::{self, Outcome};
use toml_edit::{DocumentMut, Table};

/// What every command gets: the global flags and a way to ask.
pub struct Context<'a> {
    /// `--file` or `COAL_FILE`, when given.
    pub file: Option<PathBuf>,
    pub dry_run: bool,
    pub quiet: bool,
    /// Whether to colour output (`--color`, `NO_COLOR`, a terminal).
    pub color: bool,
    /// Whether prompts reach a person (see `prompt::interactive`).
    pub interactive: bool,
    pub prompter: &'a mut dyn Prompter,
    /// What `hand_back` collected, for `crate::Finished::spent`.
    pub spent: Vec<Box<dyn Any>>,
}

impl Context<'_> {
    /// The coalition file to work on (SPEC §2).
    pub fn path(&self) -> Result<PathBuf> {
        let cwd = std::env::current_dir().map_err(|err| {
            Error::file(crate::t!("edit-folder-unreadable", error = err.to_string()))
        })?;
        let path = store::locate(self.file.as_deref(), &cwd)?;
        Ok(reachable(path, &cwd))
    }

    /// The file, when it is not in the current folder: what coal changed
    /// is then named, so that the person sees it was not the file beside
    /// them (`added group x in ../coalition.toml`).
    fn elsewhere(&self) -> Option<PathBuf> {
        self.path()
            .ok()
            .filter(|path| store::folder(path) != Path::new("."))
    }

    /// Hands data the command is done with to the caller of `crate::run`
    /// to free, so that a process about to exit need not.
    pub fn hand_back(&mut self, data: impl Any) {
        self.spent.push(Box::new(data));
    }

    /// A status line for the person (stderr, silenced by `--quiet`),
    /// cleaned: it may quote names and ids from the file.
    pub fn say(&self, message: impl AsRef<str>) {
        if !self.quiet {
            // A status line that cannot be shown (a full stderr) is no
            // reason to fail a command that did its work.
            let _ = writeln!(
                std::io::stderr(),
                "{}",
                output::for_stderr(&output::clean_lines(message.as_ref()))
            );
        }
    }

    /// Runs `check` on the file as it is now, before any prompt, so that
    /// no answer is lost to a wrong flag (an unknown id, a taken name).
    /// Without a terminal nothing is asked: the edit's own checks, under
    /// the lock, are enough, and the file is read once.
    pub fn check_first(
        &self,
        path: &Path,
        check: impl FnOnce(&DocumentMut) -> Result<()>,
    ) -> Result<()> {
        if !self.interactive {
            return Ok(());
        }
        check(&self.document(path)?)
    }

    /// The coalition as it is now (its private overlay merged in), to check
    /// answers against while asking.
    pub fn document(&self, path: &Path) -> Result<DocumentMut> {
        store::document(path)
    }

    /// Reports what an edit did, or under `--dry-run` what it would do.
    pub fn done(&self, outcome: &Outcome, message: impl AsRef<str>) -> Result<()> {
        let elsewhere = self.elsewhere();
        let message = match &elsewhere {
            Some(path) => {
                let file = path.display().to_string();
                on_first_line(message.as_ref(), &crate::t!("edit-done-in", file = file))
            }
            None => message.as_ref().to_string(),
        };
        match outcome {
            Outcome::Written => self.say(message),
            Outcome::DryRun(diff) => {
                print(&output::clean_lines(diff))?;
                self.say(on_first_line(&message, &crate::t!("edit-done-dry-run")));
            }
            Outcome::Unchanged => self.say(match elsewhere {
                Some(path) => {
                    let file = path.display().to_string();
                    crate::t!("edit-unchanged-elsewhere", file = file)
                }
                None => crate::t!("edit-unchanged"),
            }),
        }
        Ok(())
    }
}

/// `message` with `note` at the end of its first line, the one that says
/// what was done: a later line may be a command to copy (`Next: coal step
/// draft`), which a note glued to its end would break.
fn on_first_line(message: &str, note: &str) -> String {
    match message.split_once('\n') {
        Some((first, rest)) => format!("{first} {note}\n{rest}"),
        None => format!("{message} {note}"),
    }
}

/// `path` as the person reaches it from `cwd`: below it, relative (shorter
/// messages, and the repository-relative paths GitHub annotations need);
/// a file found in a parent folder as `../coalition.toml`; any other as given.
fn reachable(path: PathBuf, cwd: &Path) -> PathBuf {
    if let Ok(below) = path.strip_prefix(cwd) {
        return below.to_path_buf();
    }
    let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
        return path;
    };
    match cwd.strip_prefix(folder) {
        Ok(down) if folder.is_absolute() => {
            let mut up: PathBuf = down.components().map(|_| "..").collect();
            up.push(name);
            up
        }
        _ => path,
    }
}

/// `text` in an ANSI colour (`31` red, `32` green, `33` yellow) when colour is on.
pub fn paint(color: bool, code: &str, text: &str) -> String {
    if color {
        format!("\u{1b}[{code}m{text}\u{1b}[0m")
    } else {
        text.to_string()
    }
}

/// Requested output, on stdout, ending with a newline. A write that fails
/// is an error (exit 3), except a closed pipe (`coal list groups | head`),
/// which ends the run quietly (see `Error::stdout`).
pub fn print(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    let newline: &[u8] = if text.ends_with('\n') || text.is_empty() {
        b""
    } else {
        b"\n"
    };
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.write_all(newline))
        .and_then(|()| stdout.flush())
        .map_err(|err| Error::stdout(&err))
}

/// Today, or `COAL_TODAY` when set (see `cli::today`).
pub fn today() -> Result<NaiveDate> {
    crate::cli::today().map_err(Error::usage)
}

/// Refuses a date after today where it records what happened (`what`, such
/// as "the feedback date", already in the language in use): coal keeps the
/// past, and backfills it.
pub fn happened(what: &str, date: NaiveDate, today: NaiveDate) -> Result<NaiveDate> {
    not_after(date, today).map_err(|err| {
        Error::usage(crate::t!("edit-date-said", what = what, reason = err))
            .hint(crate::t!("edit-happened-hint"))
    })
}

/// A date in a message about an edit: the file's own spelling in English
/// (`2027-01-16`, what coal's flags take), « 16 janvier 2027 » in French.
pub fn said_date(date: NaiveDate) -> String {
    match crate::i18n::current() {
        crate::i18n::Lang::En => date.to_string(),
        crate::i18n::Lang::Fr => crate::i18n::date(date),
    }
}

/// The ids already in a list, then those `added` that are new; `None` when
/// nothing is added.
pub fn merged(existing: &[String], added: &[String]) -> Option<Vec<String>> {
    let mut all = existing.to_vec();
    for id in added {
        if !all.contains(id) {
            all.push(id.clone());
        }
    }
    (all.len() > existing.len()).then_some(all)
}

/// The index of the entry of a log numbered `number` (from 1, as `coal list`
/// and `coal steps` show them) among its `valid` entries. Refused when the
/// file holds entries that are not valid, whose numbers would be uncertain,
/// and out of range with how many there are and `hint`.
pub fn by_number(
    doc: &DocumentMut,
    path: &[&str],
    what: &str,
    number: usize,
    valid: usize,
    hint: &str,
) -> Result<usize> {
    if document::list_len(doc, path).unwrap_or(0) != valid {
        return Err(
            Error::usage(crate::t!("edit-numbers-uncertain", what = what))
                .hint(crate::t!("edit-numbers-uncertain-hint")),
        );
    }
    in_range(what, number, valid).map_err(|err| err.hint(hint))
}

/// `number` (from 1) as an index among `count`, or an error saying how
/// many there are.
pub fn in_range(what: &str, number: usize, count: usize) -> Result<usize> {
    if (1..=count).contains(&number) {
        return Ok(number - 1);
    }
    Err(no_such(what, &number.to_string(), count))
}

/// A number as given on the command line (`update-decision N`,
/// `--answer-question N`): text that is no whole number (`1.5`, `-1`, one
/// too large) gets the same error as a number out of range.
pub fn whole_number(what: &str, text: &str, count: usize) -> Result<usize> {
    text.trim().parse().map_err(|_| no_such(what, text, count))
}

fn no_such(what: &str, number: &str, count: usize) -> Error {
    // The count is passed as text: « numérotées de 1 à 12 500 » would read
    // as a quantity, not as the number to type.
    Error::usage(crate::t!(
        "edit-no-such-number",
        what = what,
        number = number,
        count = count,
        last = count.to_string()
    ))
}

/// Adds a new entry to a register: `name`, then what `fill` writes. The id
/// is the one given, or a slug of the name made unique. Returns the id.
pub fn add_entry(
    doc: &mut DocumentMut,
    register: Register,
    name: &str,
    id: Option<String>,
    fill: impl FnOnce(&mut SchemaTable) -> Result<()>,
) -> Result<String> {
    let (id, entry) = new_entry(doc, register, name, id, |_| false, fill)?;
    document::insert_entry(doc, register, &id, entry);
    Ok(id)
}

/// The entry `add_entry` would add, and its id, not in the document yet
/// (`coal import` inserts many at once); `pending` says which other ids
/// are taken already.
pub fn new_entry(
    doc: &DocumentMut,
    register: Register,
    name: &str,
    id: Option<String>,
    pending: impl Fn(&str) -> bool,
    fill: impl FnOnce(&mut SchemaTable) -> Result<()>,
) -> Result<(String, Table)> {
    let kind = register.singular();
    let key = register.key();
    if doc.contains_key(key) && document::register(doc, register).is_none() {
        return Err(
            Error::usage(crate::t!("edit-register-not-a-table", key = key))
                .hint(crate::t!("edit-fix-by-hand")),
        );
    }
    // Any key of the register is taken, even one that is not a table yet.
    let taken = |candidate: &str| {
        pending(candidate)
            || document::register(doc, register)
                .is_some_and(|entries| entries.contains_key(candidate))
    };
    let id = match id {
        Some(id) if taken(&id) => {
            // Leaving `--id` out is no way out for a group of the same name,
            // which `add-group` refuses too.
            return Err(
                Error::usage(crate::t!("edit-id-taken", kind = kind, id = id.as_str())).hint(
                    crate::t!("edit-id-taken-hint", kind = kind, id = id.as_str()),
                ),
            );
        }
        Some(id) => id,
        None => unique_slug(name, kind, taken),
    };
    let mut entry = Table::new();
    let mut fields = SchemaTable::new(&mut entry, entry_fields(register));
    fields.set("name", name);
    fill(&mut fields)?;
    Ok((id, entry))
}

/// A menu of vocabulary words, each with what it means, in the language in
/// use (`member: has joined…`, « membre : a rejoint… »), and the word each
/// one shows once chosen. The caller writes the file word, never these.
pub fn word_menu(words: impl Iterator<Item = (String, String)>) -> (Vec<String>, Vec<String>) {
    words
        .map(|(word, meaning)| {
            let label = crate::t!("edit-menu-word", word = word.as_str(), meaning = meaning);
            (label, word)
        })
        .unzip()
}

/// Asks for the name a command takes as its first argument.
pub fn ask_name(prompter: &mut dyn Prompter, prompt: &str) -> Result<String> {
    let name = prompter.text(
        Ask {
            prompt,
            flag: "NAME (the first argument)",
        },
        true,
        &|text| non_empty(text).map(drop),
    )?;
    Ok(name.unwrap_or_default())
}

/// The groups `include` keeps, as ids, `id — name` labels for a prompt,
/// and names.
fn group_choices(
    coalition: &Coalition,
    include: impl Fn(&Group) -> bool,
) -> (Vec<String>, Vec<String>, Vec<String>) {
    let mut choices = (Vec::new(), Vec::new(), Vec::new());
    for (id, group) in coalition.groups.iter().filter(|(_, group)| include(group)) {
        let name = output::clean(&group.name);
        choices.0.push(id.clone());
        choices.1.push(format!("{id} — {name}"));
        choices.2.push(name);
    }
    choices
}

/// Asks which groups to include.
pub fn ask_groups(
    prompter: &mut dyn Prompter,
    coalition: &Coalition,
    ask: Ask,
    include: impl Fn(&Group) -> bool,
) -> Result<Vec<String>> {
    let (ids, labels, names) = group_choices(coalition, include);
    let picked = prompter.pick(
        ask,
        &Choice::list(&labels, &names),
        &vec![false; labels.len()],
    )?;
    Ok(picked.into_iter().map(|i| ids[i].clone()).collect())
}

/// The group a command names first (`GROUP`), asked for when not given.
pub fn group_argument(
    ctx: &mut Context,
    path: &std::path::Path,
    group: Option<String>,
    prompt: &str,
) -> Result<String> {
    if let Some(group) = group {
        return Ok(group);
    }
    let coalition = store::load(path)?.validated.coalition;
    let ask = Ask {
        prompt,
        flag: "GROUP (the first argument)",
    };
    ask_group(ctx.prompter, &coalition, ask, |_| true)
}

/// Asks for one group among those `include` keeps.
pub fn ask_group(
    prompter: &mut dyn Prompter,
    coalition: &Coalition,
    ask: Ask,
    include: impl Fn(&Group) -> bool,
) -> Result<String> {
    let (ids, labels, names) = group_choices(coalition, include);
    if ids.is_empty() {
        return Err(
            Error::usage(crate::t!("edit-no-group-to-choose", flag = ask.flag))
                .hint(crate::t!("edit-no-group-to-choose-hint")),
        );
    }
    let index = prompter.choose(ask, &Choice::list(&labels, &names), None)?;
    Ok(ids[index].clone())
}

/// The `boundary-at-assembly` and `opponent-joined` warnings an edit
/// brings: a group a member refuses, now invited to an assembly or welcomed
/// as a member, or an opponent welcomed (`doc`: the file as the edit leaves
/// it). Said at once, so the organizer talks with the member before the day
/// rather than finding out in the room.
pub fn welcome_warnings(
    path: &std::path::Path,
    before: &Coalition,
    doc: &DocumentMut,
    today: NaiveDate,
) -> Result<Vec<String>> {
    use crate::check::rules::{self, boundary_at_assembly, opponent_joined};
    use crate::model::BoundaryLevel;
    // Without a refusal or an opponent there is nothing to warn of, nor a
    // file to parse again.
    let refuses = |g: &Group| {
        g.boundaries
            .iter()
            .any(|b| b.group.is_some() && b.level == BoundaryLevel::Refuse)
    };
    if !before
        .groups
        .values()
        .any(|g| refuses(g) || g.is_opponent())
    {
        return Ok(Vec::new());
    }
    let after = store::load::parse(path, &doc.to_string())?.coalition;
    let context = rules::Context { today };
    let found = |c: &Coalition| {
        let mut found = boundary_at_assembly(c, &context);
        found.extend(opponent_joined(c, &context));
        found
    };
    let had: Vec<(String, String)> = found(before)
        .into_iter()
        .map(|f| (f.path, f.about))
        .collect();
    Ok(found(&after)
        .into_iter()
        .filter(|f| !had.contains(&(f.path.clone(), f.about.clone())))
        .map(|f| f.message)
        .collect())
}

/// Warnings on stderr, even with `--quiet`: they ask for something to be done.
pub fn warn(warnings: &[String]) {
    for warning in warnings {
        let warning = crate::t!("edit-warning", warning = output::clean_lines(warning));
        eprintln!("{}", output::for_stderr(&warning));
    }
}
