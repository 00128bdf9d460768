//! `coal history [GROUP]`: how each group moved, when and why, from git's
//! history of the file.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::{Value, json};

use super::Context;
use crate::cli::{HistoryArgs, HistoryFormat};
use crate::error::{Error, Result};
use crate::git::history::{self, Query};
use crate::model::history::{Change, Event, History, Tracked};
use crate::model::{Participation, Spectrum, Status};
use crate::output::{self, csv_cell, markdown as escape};
use crate::report::Audience;
use crate::store;
use crate::t;

/// From how many commits a walk shows its progress.
const PROGRESS_FROM: usize = 200;

pub fn run(ctx: &mut Context, args: HistoryArgs) -> Result<()> {
    if args.audience == Audience::Public {
        return Err(Error::usage(t!("history-internal")).hint(t!("history-internal-hint")));
    }
    let path = ctx.path()?;
    let query = Query {
        since: args.since.clone(),
        until: args.until.clone(),
        first_parent: args.first_parent,
        working: false,
        from_bound: false,
    };
    let history = read(ctx, &path, &query)?;
    let changes = select(&path, &history, args.group.as_deref(), &args.fields)?;
    let machine = matches!(args.format, HistoryFormat::Json | HistoryFormat::Csv);
    notes(ctx, &path, &history, !machine);
    let _english = crate::i18n::machine(machine);
    let named = !args.fields.is_empty();
    let text = match args.format {
        HistoryFormat::Table => table(&changes, &history, args.group.as_deref(), named),
        HistoryFormat::Markdown => markdown(&changes, &history, args.group.as_deref(), named),
        HistoryFormat::Json => output::json(&json!({
            "file": path.display().to_string(),
            "since": args.since.as_ref().map(ToString::to_string),
            "until": args.until.as_ref().map(ToString::to_string),
            "first_parent": args.first_parent,
            "commits": history.commits,
            "uncommitted": history.uncommitted,
            "starts_in": history.starts_in,
            "shallow": history.shallow,
            "changes": changes,
            "skipped": history.skipped,
        })),
        HistoryFormat::Csv => csv(&changes),
    };
    super::print(&text)?;
    ctx.hand_back(history);
    Ok(())
}

/// The history, with a bar on stderr while a long one is read on a
/// terminal.
pub fn read(ctx: &Context, path: &std::path::Path, query: &Query) -> Result<History> {
    let show = !ctx.quiet && std::io::stderr().is_terminal();
    let mut bar: Option<ProgressBar> = None;
    let history = history::read(path, query, &mut |read, total| {
        if !show || total < PROGRESS_FROM {
            return;
        }
        let bar = bar.get_or_insert_with(|| {
            let bar = ProgressBar::with_draw_target(
                Some(total as u64),
                ProgressDrawTarget::stderr_with_hz(10),
            );
            // The template's own braces are indicatif's; only the words are ours.
            let template = format!("{{bar:30}} {{pos}}/{{len}} {}", t!("history-progress"));
            bar.set_style(ProgressStyle::with_template(&template).expect("a valid template"));
            bar
        });
        bar.set_position(read as u64);
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    history
}

/// The changes of `group` (its id now, or one it had: then the group it
/// became), of `fields` (every tracked field when none is named). A group
/// added or removed shows only those fields; a rename only when no field
/// is named.
fn select(
    path: &std::path::Path,
    history: &History,
    group: Option<&str>,
    fields: &[Tracked],
) -> Result<Vec<Change>> {
    let changes = &history.changes;
    let last_known = |id: &str| history.ids.values().any(|groups| groups.contains(id));
    let groups: Vec<&str> = match group {
        None => Vec::new(),
        Some(group) if last_known(group) => vec![group],
        Some(group) => {
            let became: Vec<&str> = history
                .ids
                .get(group)
                .into_iter()
                .flatten()
                .map(String::as_str)
                .collect();
            if became.is_empty() && !in_file(path, group) {
                return Err(Error::usage(t!("history-no-such-group", group = group))
                    .hint(t!("history-no-such-group-hint")));
            }
            became
        }
    };
    let keys: Vec<&str> = fields.iter().map(|f| f.as_str()).collect();
    let kept = |field: &str| keys.is_empty() || keys.contains(&field);
    let only = |value: &Value| match value {
        Value::Object(all) => Value::Object(
            all.iter()
                .filter(|(key, _)| kept(key))
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect(),
        ),
        other => other.clone(),
    };
    Ok(changes
        .iter()
        .filter(|c| group.is_none() || groups.contains(&c.group.as_str()))
        .filter(|c| match (c.event, c.field.as_deref()) {
            (Event::Renamed, _) => keys.is_empty(),
            (_, Some(field)) => kept(field),
            (_, None) => true,
        })
        .map(|c| Change {
            old: only(&c.old),
            new: only(&c.new),
            ..c.clone()
        })
        .collect())
}

/// Whether the file as it is now has the group (whose history may be
/// empty): read only when the history does not know the id.
fn in_file(path: &std::path::Path, group: &str) -> bool {
    store::load(path).is_ok_and(|loaded| loaded.validated.coalition.groups.contains_key(group))
}

/// What the person should know about the history read: where it starts
/// when that is not the file's first version, versions skipped, changes
/// not committed yet (`uncommitted`: when they are left out). On stderr,
/// so never in what scripts read.
pub fn notes(ctx: &Context, path: &std::path::Path, history: &History, uncommitted: bool) {
    let file = path.display().to_string();
    if let Some(commit) = &history.shallow {
        ctx.say(t!("history-shallow", commit = short(commit)));
    }
    if let Some(commit) = &history.starts_in {
        ctx.say(t!(
            "history-starts-in",
            file = file.as_str(),
            commit = short(commit)
        ));
    }
    for skipped in &history.skipped {
        ctx.say(t!(
            "history-skipped",
            commit = short(&skipped.commit),
            date = day(&skipped.date),
            reason = skipped.reason.as_str(),
            error = skipped.error.as_str()
        ));
    }
    if history.uncommitted && uncommitted {
        ctx.say(t!("history-uncommitted"));
    }
}

fn short(commit: &str) -> &str {
    commit.get(..7).unwrap_or(commit)
}

fn day(date: &str) -> &str {
    date.get(..10).unwrap_or(date)
}

/// A field's value for people: a vocabulary word as tables show it
/// (`Vocab::word`), yes or no, a number; "none" where it was not set.
fn value(field: &str, value: &Value) -> String {
    let word = |text: &str| -> String {
        let known = match field {
            "status" => text.parse::<Status>().ok().map(Status::word),
            "participation" => text.parse::<Participation>().ok().map(Participation::word),
            "spectrum" | "spectrum_target" => text.parse::<Spectrum>().ok().map(Spectrum::word),
            _ => None,
        };
        known.unwrap_or_else(|| text.to_string())
    };
    match value {
        Value::Null => t!("history-none"),
        Value::Bool(true) => t!("history-yes"),
        Value::Bool(false) => t!("history-no"),
        Value::String(text) => word(text),
        other => other.to_string(),
    }
}

/// The fields of a group added or removed: `status member, spectrum
/// neutral`. Without `--field`, its status and its place on the spectrum
/// only: the rest is in the JSON.
fn fields(all: &Value, named: bool) -> String {
    all.as_object()
        .map(|all| {
            all.iter()
                .filter(|(key, _)| named || matches!(key.as_str(), "status" | "spectrum"))
                .map(|(key, v)| {
                    t!(
                        "history-field-value",
                        field = label(key),
                        value = value(key, v)
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

/// A field's name as the table shows it (`Tracked::word`).
fn label(field: &str) -> String {
    Tracked::from_key(field).map_or_else(|| field.to_string(), Tracked::word)
}

/// What happened, in words: `status: contacted → member (joined)`;
/// `named` when `--field` named the fields to show.
fn what(change: &Change, named: bool) -> String {
    let field = change.field.as_deref().unwrap_or("");
    let moved = || {
        t!(
            "history-moved",
            field = label(field),
            old = value(field, &change.old),
            new = value(field, &change.new)
        )
    };
    match change.event {
        Event::Added => match fields(&change.new, named) {
            list if list.is_empty() => t!("history-added"),
            list => t!("history-added-with", fields = list),
        },
        Event::Removed => t!("history-removed"),
        Event::Renamed => t!(
            "history-renamed",
            old = change.old.as_str().unwrap_or(""),
            new = change.new.as_str().unwrap_or("")
        ),
        Event::Joined => t!("history-joined", moved = moved()),
        Event::Left => t!("history-left", moved = moved()),
        Event::Changed => moved(),
    }
}

fn headings() -> [String; 6] {
    [
        t!("history-heading-date"),
        t!("history-heading-group"),
        t!("history-heading-change"),
        t!("history-heading-author"),
        t!("history-heading-reason"),
        t!("history-heading-commit"),
    ]
}

/// "No change of a group in 12 commits of the file", or of one group.
fn nothing(history: &History, group: Option<&str>) -> String {
    match group {
        Some(group) => t!(
            "history-nothing-for",
            group = group,
            commits = history.commits
        ),
        None => t!("history-nothing", commits = history.commits),
    }
}

fn table(changes: &[Change], history: &History, group: Option<&str>, named: bool) -> String {
    if changes.is_empty() {
        return format!("{}\n", nothing(history, group));
    }
    let rows = changes
        .iter()
        .map(|c| {
            vec![
                day(&c.date).to_string(),
                c.name.clone(),
                what(c, named),
                c.author.clone(),
                c.reason.clone(),
                short(&c.commit).to_string(),
            ]
        })
        .collect();
    let headings = headings();
    let headings = headings.each_ref().map(String::as_str);
    output::table(&headings, rows, output::width())
}

fn markdown(changes: &[Change], history: &History, group: Option<&str>, named: bool) -> String {
    if changes.is_empty() {
        return format!("{}\n", escape(&nothing(history, group)));
    }
    let headings = headings();
    let mut out = format!("| {} |\n", headings.join(" | "));
    out.push_str(&format!("|{}\n", "---|".repeat(headings.len())));
    for c in changes {
        let cells = [
            day(&c.date).to_string(),
            escape(&c.name),
            escape(&what(c, named)),
            escape(&c.author),
            escape(&c.reason),
            format!("`{}`", short(&c.commit)),
        ];
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

/// A value in a CSV cell: text as it is, a group's fields as
/// `status=member; power=4`, nothing for none.
fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        Value::Object(all) => all
            .iter()
            .map(|(key, v)| format!("{key}={}", cell(v)))
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}

fn csv(changes: &[Change]) -> String {
    let line = |cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        format!("{}\r\n", cells.join(","))
    };
    let headers = [
        "date", "commit", "author", "group", "id", "name", "event", "field", "old", "new", "reason",
    ];
    let mut out = line(headers.map(String::from).to_vec());
    for c in changes {
        out.push_str(&line(vec![
            c.date.clone(),
            c.commit.clone(),
            c.author.clone(),
            c.group.clone(),
            c.id.clone(),
            c.name.clone(),
            c.event.as_str().to_string(),
            c.field.clone().unwrap_or_default(),
            cell(&c.old),
            cell(&c.new),
            c.reason.clone(),
        ]));
    }
    out
}
