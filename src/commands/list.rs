//! `coal list KIND`: the entries of a register or a log.

use clap::ValueEnum;
use serde::Serialize;
use serde_json::{Map, Value, json};

use super::Context;
use crate::cli::{Kind, ListArgs, ListFormat};
use crate::error::Result;
use crate::model::{Assembly, BY_ASSEMBLY, Coalition, Group};
use crate::output;
use crate::store;

pub fn run(ctx: &mut Context, args: ListArgs) -> Result<()> {
    let _english = crate::i18n::machine(args.format == ListFormat::Json);
    let Some(kind) = args.kind else {
        return super::print(&kinds(args.format));
    };
    let path = ctx.path()?;
    let coalition = store::load(&path)?.validated.coalition;
    let text = match args.format {
        ListFormat::Table => table(&coalition, kind, output::width()),
        ListFormat::Json => output::json(&as_json(&coalition, kind)),
    };
    super::print(&text)?;
    Ok(())
}

/// What `coal list` can list, a line each: asked with no KIND, it teaches
/// the kinds rather than refusing. The lines are the kinds' help texts, in
/// the language in use (a test holds the English ones to `cli.rs`).
fn kinds(format: ListFormat) -> String {
    let kinds: Vec<(String, String)> = Kind::value_variants()
        .iter()
        .filter_map(|kind| kind.to_possible_value())
        .map(|value| {
            let name = value.get_name().to_string();
            let what = kind_meaning(&name);
            (name, what)
        })
        .collect();
    match format {
        ListFormat::Json => output::json(
            &kinds
                .iter()
                .map(|(kind, what)| json!({"kind": kind, "what": what}))
                .collect::<Vec<_>>(),
        ),
        ListFormat::Table => {
            let widest = kinds.iter().map(|(kind, _)| kind.len()).max().unwrap_or(0);
            let mut text = crate::t!("list-kinds-intro");
            text.push('\n');
            for (kind, what) in &kinds {
                // The meaning wraps under itself, beside the kinds.
                let first = format!("  {kind:widest$}  ");
                text.push_str(&output::wrap(&first, widest + 4, what, output::width()));
            }
            text.push('\n');
            text.push_str(&crate::t!("list-kinds-example"));
            text.push('\n');
            text
        }
    }
}

/// What a kind of `coal list` holds, a line: `list-kind-groups`...
fn kind_meaning(kind: &str) -> String {
    crate::i18n::text(&format!("list-kind-{kind}"))
}

fn yes(flag: bool) -> String {
    if flag {
        crate::t!("list-yes")
    } else {
        String::new()
    }
}

/// The headings of a table, each asked by its id (`list-heading-name`...).
fn headings(ids: &[&str]) -> Vec<String> {
    ids.iter()
        .map(|id| crate::i18n::text(&format!("list-heading-{id}")))
        .collect()
}

fn table_of(ids: &[&str], rows: Vec<Vec<String>>, width: usize) -> String {
    let headings = headings(ids);
    let headings: Vec<&str> = headings.iter().map(String::as_str).collect();
    output::table(&headings, rows, width)
}

fn number<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn table(c: &Coalition, kind: Kind, width: usize) -> String {
    match kind {
        Kind::Groups => table_of(
            &[
                "id",
                "name",
                "status",
                "participation",
                "impacted",
                "public",
                "power",
                "interest",
            ],
            c.groups
                .iter()
                .map(|(id, g)| {
                    vec![
                        id.clone(),
                        g.name.clone(),
                        g.status.word(),
                        g.participation().map(|p| p.word()).unwrap_or_default(),
                        yes(g.impacted),
                        yes(g.public),
                        number(g.power),
                        number(g.interest),
                    ]
                })
                .collect(),
            width,
        ),
        Kind::Tactics => {
            let users_of = c.tactic_users();
            table_of(
                &["id", "name", "intensity", "used-by"],
                c.tactics
                    .iter()
                    .map(|(id, t)| {
                        let users = users_of.get(id.as_str()).map_or(0, Vec::len);
                        vec![
                            id.clone(),
                            t.name.clone(),
                            number(t.intensity),
                            users.to_string(),
                        ]
                    })
                    .collect(),
                width,
            )
        }
        Kind::Spaces => table_of(
            &["id", "name", "medium", "groups"],
            c.spaces
                .iter()
                .map(|(id, s)| {
                    vec![
                        id.clone(),
                        s.name.clone(),
                        s.medium.clone().unwrap_or_default(),
                        s.groups.join("\n"),
                    ]
                })
                .collect(),
            width,
        ),
        Kind::Committees => table_of(
            &["id", "name", "steering", "groups"],
            c.committees
                .iter()
                .map(|(id, m)| {
                    vec![
                        id.clone(),
                        m.name.clone(),
                        yes(m.steering),
                        m.groups.join("\n"),
                    ]
                })
                .collect(),
            width,
        ),
        Kind::People => table_of(
            &["id", "name", "groups"],
            c.people
                .iter()
                .map(|(id, p)| vec![id.clone(), p.name.clone(), p.groups.join("\n")])
                .collect(),
            width,
        ),
        Kind::Assemblies => table_of(
            &[
                "date", "time", "place", "invited", "answered", "attended", "agenda",
            ],
            c.all_assemblies()
                .iter()
                .map(|a| {
                    let mut date = a.date.to_string();
                    if c.steps.assembly.date == Some(a.date) {
                        date.push(' ');
                        date.push_str(&crate::t!("list-assembly-first"));
                    }
                    vec![
                        date,
                        hours(a),
                        one_line(a.place.as_deref()),
                        a.invited.len().to_string(),
                        a.answered.len().to_string(),
                        a.attended.len().to_string(),
                        one_line(a.agenda.as_deref()),
                    ]
                })
                .collect(),
            width,
        ),
        Kind::Decisions => table_of(
            &[
                "number",
                "date",
                "summary",
                "by",
                "rule",
                "review-on",
                "reviewed",
            ],
            c.decisions
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    vec![
                        (i + 1).to_string(),
                        d.date.to_string(),
                        one_line(Some(&d.summary)),
                        if d.by == BY_ASSEMBLY {
                            match d.assembly {
                                Some(date) => {
                                    crate::t!("list-decision-by-assembly", date = date.to_string())
                                }
                                // The file word on an English screen, as `.word()` gives it.
                                None => crate::t!("list-decision-by-the-assembly"),
                            }
                        } else {
                            crate::t!("list-decision-by-committee", committee = d.by.as_str())
                        },
                        d.rule.word(),
                        number(d.review_on),
                        number(d.reviewed),
                    ]
                })
                .collect(),
            width,
        ),
        Kind::Feedback => table_of(
            &["number", "date", "group", "by", "text"],
            c.feedback
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    vec![
                        (i + 1).to_string(),
                        f.date.to_string(),
                        f.group.clone(),
                        f.by.clone().unwrap_or_default(),
                        one_line(Some(&f.text)),
                    ]
                })
                .collect(),
            width,
        ),
    }
}

/// Free text on one line: a table reads a cell of several lines as a list.
fn one_line(text: Option<&str>) -> String {
    text.map(output::clean).unwrap_or_default()
}

/// `18:30–21:00`, `from 18:30`, or nothing.
fn hours(a: &Assembly) -> String {
    match (&a.start, &a.end) {
        (Some(start), Some(end)) => format!("{start}–{end}"),
        (Some(start), None) => crate::t!("list-hours-from", start = start.as_str()),
        (None, Some(end)) => crate::t!("list-hours-until", end = end.as_str()),
        (None, None) => String::new(),
    }
}

/// Every assembly by date, `first` marking step 3's.
fn assemblies(c: &Coalition) -> Value {
    let first = c.steps.assembly.date;
    Value::Array(
        c.all_assemblies()
            .iter()
            .map(|a| {
                let mut object = json!({ "first": first == Some(a.date) });
                if let (Value::Object(object), Value::Object(fields)) = (&mut object, json!(a)) {
                    object.extend(fields);
                }
                object
            })
            .collect(),
    )
}

/// An entry as a JSON object with its id first.
pub fn with_id<T: Serialize>(id: &str, entry: &T) -> Value {
    let mut object = Map::new();
    object.insert("id".into(), json!(id));
    if let Value::Object(fields) = serde_json::to_value(entry).expect("model types serialize") {
        object.extend(fields);
    }
    Value::Object(object)
}

/// A group as a JSON object: its participation is null unless it is a
/// member, since only members take part.
pub fn group_json(id: &str, group: &Group) -> Value {
    let mut object = with_id(id, group);
    object["participation"] = json!(group.participation());
    object
}

fn entries<T: Serialize>(register: &std::collections::BTreeMap<String, T>) -> Value {
    Value::Array(
        register
            .iter()
            .map(|(id, entry)| with_id(id, entry))
            .collect(),
    )
}

fn as_json(c: &Coalition, kind: Kind) -> Value {
    let (key, items) = match kind {
        Kind::Groups => (
            "groups",
            c.groups.iter().map(|(id, g)| group_json(id, g)).collect(),
        ),
        Kind::Tactics => ("tactics", entries(&c.tactics)),
        Kind::Spaces => ("spaces", entries(&c.spaces)),
        Kind::Committees => ("committees", entries(&c.committees)),
        Kind::People => ("people", entries(&c.people)),
        Kind::Assemblies => ("assemblies", assemblies(c)),
        Kind::Decisions => ("decisions", json!(c.decisions)),
        Kind::Feedback => ("feedback", json!(c.feedback)),
    };
    json!({ "coalition": c.coalition.name, key: items })
}
