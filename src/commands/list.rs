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
/// the kinds rather than refusing. The lines are the kinds' help texts.
fn kinds(format: ListFormat) -> String {
    let kinds: Vec<(String, String)> = Kind::value_variants()
        .iter()
        .filter_map(|kind| kind.to_possible_value())
        .map(|value| {
            let help = value.get_help().map(|h| h.to_string()).unwrap_or_default();
            (value.get_name().to_string(), help)
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
            let mut text = String::from("coal list KIND, with KIND one of:\n");
            for (kind, what) in &kinds {
                // The meaning wraps under itself, beside the kinds.
                let first = format!("  {kind:widest$}  ");
                text.push_str(&output::wrap(&first, widest + 4, what, output::width()));
            }
            text.push_str("\nFor example: coal list groups\n");
            text
        }
    }
}

fn yes(flag: bool) -> String {
    if flag { "yes".into() } else { String::new() }
}

fn number<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn table(c: &Coalition, kind: Kind, width: usize) -> String {
    match kind {
        Kind::Groups => output::table(
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
                        g.status.to_string(),
                        number(g.participation()),
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
            output::table(
                &["id", "name", "intensity", "used by"],
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
        Kind::Spaces => output::table(
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
        Kind::Committees => output::table(
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
        Kind::People => output::table(
            &["id", "name", "groups"],
            c.people
                .iter()
                .map(|(id, p)| vec![id.clone(), p.name.clone(), p.groups.join("\n")])
                .collect(),
            width,
        ),
        Kind::Assemblies => output::table(
            &[
                "date", "time", "place", "invited", "answered", "attended", "agenda",
            ],
            c.all_assemblies()
                .iter()
                .map(|a| {
                    let mut date = a.date.to_string();
                    if c.steps.assembly.date == Some(a.date) {
                        date.push_str(" (step 3)");
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
        Kind::Decisions => output::table(
            &[
                "#",
                "date",
                "summary",
                "by",
                "rule",
                "review on",
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
                                Some(date) => format!("assembly of {date}"),
                                None => d.by.clone(),
                            }
                        } else {
                            format!("committee {}", d.by)
                        },
                        d.rule.to_string(),
                        number(d.review_on),
                        number(d.reviewed),
                    ]
                })
                .collect(),
            width,
        ),
        Kind::Feedback => output::table(
            &["#", "date", "group", "by", "text"],
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
        (Some(start), None) => format!("from {start}"),
        (None, Some(end)) => format!("until {end}"),
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
