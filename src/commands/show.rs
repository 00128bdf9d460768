//! `coal show KIND ID`: every field of one entry, and what refers to it.

use serde_json::{Value, json};
use toml_edit::DocumentMut;

use super::Context;
use super::list::{group_json, with_id};
use crate::cli::{ListFormat, ShowArgs};
use crate::error::Result;
use crate::model::{Coalition, Register};
use crate::output;
use crate::store::require;
use crate::store::{self, refs};

pub fn run(ctx: &mut Context, args: ShowArgs) -> Result<()> {
    let _english = crate::i18n::machine(args.format == ListFormat::Json);
    let path = ctx.path()?;
    let register = args.kind.register();
    let loaded = store::load(&path)?;
    // The coalition as one document, its private overlay merged in.
    let doc: DocumentMut = store::document(&path)?;
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
    if crate::i18n::current() != crate::i18n::Lang::En {
        fields = fields
            .into_iter()
            .map(|(key, value)| (field_name(&key), value))
            .collect();
    }
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
                let words: Vec<String> = items.iter().map(|i| scalar(prefix, i)).collect();
                out.push((prefix.to_string(), words.join(", ")));
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                flatten(&format!("{prefix}[{index}]"), item, out);
            }
        }
        other => out.push((prefix.to_string(), scalar(prefix, other))),
    }
}

/// A value as people read it: the file's own words on an English screen
/// (what to type), on a French one « membre » for `member` and « oui » for
/// `true` (the file keeps its words; `--format json` too).
fn scalar(key: &str, value: &Value) -> String {
    let english = crate::i18n::current() == crate::i18n::Lang::En;
    match value {
        Value::Bool(yes) if !english => crate::t!("show-yes-no", value = yes.to_string()),
        Value::String(s) if !english => file_word(last_field(key), s),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The field a dotted key ends with, its index left out: `tactic` for
/// `boundaries[0].tactic`.
fn last_field(key: &str) -> &str {
    let last = key.rsplit('.').next().unwrap_or(key);
    last.split('[').next().unwrap_or(last)
}

/// The label of a vocabulary word, by the field that holds it; any other
/// text as written.
fn file_word(field: &str, text: &str) -> String {
    use crate::model::{BoundaryLevel, DecisionRule, Participation, Role, Spectrum, Status};
    fn label<T: std::str::FromStr>(text: &str, word: impl Fn(T) -> String) -> Option<String> {
        text.parse::<T>().ok().map(word)
    }
    let shown = match field {
        "status" => label(text, Status::word),
        "participation" => label(text, Participation::word),
        "spectrum" | "spectrum_target" => label(text, Spectrum::word),
        "roles" => label(text, Role::word),
        "level" => label(text, BoundaryLevel::word),
        "rule" => label(text, DecisionRule::word),
        "contacted" | "joined" | "left" => label(text, crate::i18n::date),
        _ => None,
    };
    shown.unwrap_or_else(|| text.to_string())
}

/// A dotted key in the language in use: `offers.data` reads « offre.données ».
fn field_name(key: &str) -> String {
    let mut after_resources = false;
    key.split('.')
        .map(|part| {
            let (name, index) = part.split_at(part.find('[').unwrap_or(part.len()));
            let word = match name.parse::<crate::model::ResourceType>() {
                Ok(resource) if after_resources => resource.label(),
                _ => crate::t!("show-field", field = name),
            };
            after_resources = matches!(name, "offers" | "needs");
            format!("{word}{index}")
        })
        .collect::<Vec<_>>()
        .join(".")
}
