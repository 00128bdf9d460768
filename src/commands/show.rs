//! `coal show KIND ID`: every field of one entry, and what refers to it.

use serde_json::{Value, json};
use toml_edit::DocumentMut;

use super::Context;
use super::list::{group_json, with_id};
use crate::cli::{ListFormat, ShowArgs};
use crate::error::{Error, Result};
use crate::model::{Coalition, Register};
use crate::output;
use crate::store::require;
use crate::store::{self, refs};

pub fn run(ctx: &mut Context, args: ShowArgs) -> Result<()> {
    let _english = crate::i18n::machine(args.format == ListFormat::Json);
    let path = ctx.path()?;
    let register = args.kind.register();
    let loaded = store::load(&path)?;
    let doc: DocumentMut = loaded
        .text
        .parse()
        .map_err(|err| Error::file(format!("{}: {err}", path.display())))?;
    require(&doc, register, &args.id)?;
    let entry = entry_json(&loaded.validated.coalition, register, &args.id);
    let references: Vec<String> = refs::find(&doc, register, &args.id)
        .into_iter()
        .map(|r| r.path)
        .collect();
    let text = match args.format {
        ListFormat::Json => {
            let mut entry = entry;
            entry["referred_to_by"] = json!(references);
            output::json(&entry)
        }
        ListFormat::Table => lines(register, &entry, &references),
    };
    super::print(&text)?;
    Ok(())
}

fn entry_json(c: &Coalition, register: Register, id: &str) -> Value {
    match register {
        Register::Groups => group_json(id, &c.groups[id]),
        Register::Tactics => with_id(id, &c.tactics[id]),
        Register::Spaces => with_id(id, &c.spaces[id]),
        Register::Committees => with_id(id, &c.committees[id]),
        Register::People => with_id(id, &c.people[id]),
    }
}

/// `key  value` lines, nested keys dotted, absent values left out, fitted
/// to the width.
fn lines(register: Register, entry: &Value, references: &[String]) -> String {
    let width = output::width();
    let mut fields = Vec::new();
    flatten("", entry, &mut fields);
    let mut text = output::fields(&fields, width);
    if references.is_empty() {
        let sentence = crate::t!("show-nothing-refers", register = register.key());
        text.push('\n');
        text.push_str(&output::wrap("", 0, &sentence, width));
    } else {
        text.push('\n');
        text.push_str(&crate::t!("show-referred-to-by"));
        text.push('\n');
        for path in references {
            text.push_str(&output::wrap("  ", 4, &output::clean(path), width));
        }
    }
    text
}

fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Null => {}
        Value::Object(fields) => {
            for (key, value) in fields {
                let key = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                flatten(&key, value, out);
            }
        }
        Value::Array(items) if items.iter().all(|i| !i.is_object()) => {
            if !items.is_empty() {
                let words: Vec<String> = items.iter().map(scalar).collect();
                out.push((prefix.to_string(), words.join(", ")));
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                flatten(&format!("{prefix}[{index}]"), item, out);
            }
        }
        other => out.push((prefix.to_string(), scalar(other))),
    }
}

fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
