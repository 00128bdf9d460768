//! One language's messages, each parsed the first time it is asked for.
//!
//! Parsing a whole Fluent file (a thousand messages) costs more than the
//! rest of `coal --version` or `coal check` together, and a run prints a
//! handful of messages. So the file is only indexed at first use (where
//! each entry starts and ends, found from its first column, as Fluent
//! writes entries), and an entry is parsed, with the messages and terms it
//! refers to, when it is first formatted. A test formats every message of
//! both files this way and from the whole file parsed at once, and finds
//! them equal.
//!
//! `t!` (`i18n_embed_fl::fl!`) calls `get` and `get_args_concrete`: the
//! names of i18n-embed's loader, so the compile-time check of ids and
//! arguments stays.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

type Bundle = FluentBundle<FluentResource>;

pub struct Catalog {
    language: &'static str,
    text: &'static str,
    /// Where each message (`id`) and term (`-id`) is written in `text`.
    index: OnceLock<HashMap<&'static str, Range<usize>>>,
    /// The entries parsed so far, and the ids they brought in.
    parsed: Mutex<Option<(Bundle, HashSet<&'static str>)>>,
    /// How numbers are written, when not as Fluent writes them.
    numbers: Option<NumberFormat>,
}

/// A bundle's number formatter (see `FluentBundle::set_formatter`).
pub type NumberFormat =
    fn(&FluentValue, &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String>;

impl Catalog {
    pub const fn new(
        language: &'static str,
        text: &'static str,
        numbers: Option<NumberFormat>,
    ) -> Self {
        Catalog {
            language,
            text,
            index: OnceLock::new(),
            parsed: Mutex::new(None),
            numbers,
        }
    }

    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn get_args_concrete<'args>(
        &self,
        id: &str,
        args: HashMap<&'args str, FluentValue<'args>>,
    ) -> String {
        let args: FluentArgs = args.into_iter().collect();
        self.format(id, Some(&args))
    }

    /// The message `id` with `args`; the id itself if the file lacks it
    /// (the compile-time check and the tests make that a bug of coal's).
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let mut parsed = self.parsed.lock().unwrap_or_else(|e| e.into_inner());
        let (bundle, added) = parsed.get_or_insert_with(|| (self.bundle(), HashSet::new()));
        self.add(bundle, added, id);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    fn bundle(&self) -> Bundle {
        let language = self.language.parse().expect("a language id");
        let mut bundle = Bundle::new_concurrent(vec![language]);
        // Unicode isolation marks around each argument would reach
        // terminals, files and tests as invisible characters.
        bundle.set_use_isolating(false);
        bundle.set_formatter(self.numbers);
        bundle
    }

    /// Parses the entry `id` (a message, or `-id` a term) into the bundle,
    /// with every entry it refers to, unless it is there already.
    fn add(&self, bundle: &mut Bundle, added: &mut HashSet<&'static str>, id: &str) {
        let Some((&key, range)) = self.index().get_key_value(id) else {
            return;
        };
        if !added.insert(key) {
            return;
        }
        let resource = match FluentResource::try_new(self.text[range.clone()].to_string()) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        let mut references = Vec::new();
        for entry in resource.entries() {
            match entry {
                ast::Entry::Message(m) => {
                    entry_references(m.value.as_ref(), &m.attributes, &mut references)
                }
                ast::Entry::Term(t) => {
                    entry_references(Some(&t.value), &t.attributes, &mut references)
                }
                _ => {}
            }
        }
        bundle.add_resource_overriding(resource);
        for reference in references {
            self.add(bundle, added, &reference);
        }
    }

    fn index(&self) -> &HashMap<&'static str, Range<usize>> {
        self.index.get_or_init(|| index(self.text))
    }
}

/// Where each entry of a Fluent file is written: from its first line,
/// which starts at the first column with its id (`-id` for a term), to the
/// next line that starts an entry or a comment (an id, `-` or `#` at the
/// first column, as Fluent's grammar starts them); its other lines are
/// indented, or close a placeable (`}` may stand at the first column).
pub fn index(text: &str) -> HashMap<&str, Range<usize>> {
    let mut entries = HashMap::new();
    let mut open: Option<(&str, usize)> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let starts_an_entry_or_ends_one =
            line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#');
        if starts_an_entry_or_ends_one {
            if let Some((id, start)) = open.take() {
                entries.insert(id, start..offset);
            }
            let id_end = line
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(line.len());
            let is_entry = line[id_end..].trim_start().starts_with('=')
                && line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-');
            if is_entry {
                open = Some((&line[..id_end], offset));
            }
        }
        offset += line.len();
    }
    if let Some((id, start)) = open {
        entries.insert(id, start..offset);
    }
    entries
}

fn entry_references(
    value: Option<&ast::Pattern<&str>>,
    attributes: &[ast::Attribute<&str>],
    out: &mut Vec<String>,
) {
    let patterns = value.into_iter().chain(attributes.iter().map(|a| &a.value));
    for pattern in patterns {
        pattern_references(pattern, out);
    }
}

fn pattern_references(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_references(expression, out);
        }
    }
}

fn expression_references(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_references(selector, out);
            for variant in variants {
                pattern_references(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_references(inline, out),
    }
}

fn inline_references(inline: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::MessageReference { id, .. } => out.push(id.name.to_string()),
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            out.push(format!("-{}", id.name));
            call_references(arguments.as_ref(), out);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            call_references(Some(arguments), out);
        }
        ast::InlineExpression::Placeable { expression } => expression_references(expression, out),
        _ => {}
    }
}

fn call_references(arguments: Option<&ast::CallArguments<&str>>, out: &mut Vec<String>) {
    if let Some(arguments) = arguments {
        for argument in &arguments.positional {
            inline_references(argument, out);
        }
        for argument in &arguments.named {
            inline_references(&argument.value, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILES: [(&str, &str); 2] = [
        ("en", include_str!("../../i18n/en/coal.ftl")),
        ("fr", include_str!("../../i18n/fr/coal.ftl")),
    ];

    /// The plain way: the whole file parsed at once.
    fn whole(language: &str, text: &str) -> Bundle {
        let mut bundle = Bundle::new_concurrent(vec![language.parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(super::super::french_number));
        bundle
            .add_resource(FluentResource::try_new(text.to_string()).unwrap())
            .unwrap();
        bundle
    }

    fn variables(text: &str) -> Vec<String> {
        let mut names: Vec<String> = text
            .split("{ $")
            .skip(1)
            .filter_map(|rest| rest.split([' ', '}']).next())
            .map(String::from)
            .collect();
        names.sort();
        names.dedup();
        names
    }

    #[test]
    fn every_message_reads_the_same_parsed_alone_as_in_the_whole_file() {
        for (language, text) in FILES {
            let bundle = whole(language, text);
            let entries = index(text);
            let resource = FluentResource::try_new(text.to_string()).unwrap();
            let ids: Vec<String> = resource
                .entries()
                .filter_map(|entry| match entry {
                    ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect();
            assert!(ids.len() > 100, "{language}: {} messages", ids.len());
            for id in &ids {
                assert!(
                    entries.contains_key(id.as_str()),
                    "{language}: `{id}` not indexed"
                );
                let names = variables(&text[entries[id.as_str()].clone()]);
                // A fresh catalog for each message: nothing parsed before.
                let lazy = Catalog::new(language, text, Some(super::super::french_number));
                // Every argument as a word, then as numbers on each side of
                // the plural forms and past the thousands.
                let values: [FluentValue; 5] =
                    ["mot".into(), 0.into(), 1.into(), 2.into(), 12500.into()];
                for value in values {
                    let args: FluentArgs = names
                        .iter()
                        .map(|name| (name.as_str(), value.clone()))
                        .collect();
                    let alone = lazy.format(id, Some(&args));
                    let message = bundle.get_message(id).unwrap();
                    let expected = match message.value() {
                        Some(pattern) => bundle
                            .format_pattern(pattern, Some(&args), &mut Vec::new())
                            .into_owned(),
                        None => id.clone(),
                    };
                    assert_eq!(alone, expected, "{language}: `{id}` with {value:?}");
                }
            }
        }
    }

    #[test]
    fn an_entry_ends_where_the_next_line_starts_at_the_first_column() {
        let text = "# comment\na = A\n    continued\n\n-term = T\nb =\n    .attr = x\n\n## section\nc = { -term } { a }\nd = { $n ->\n    [one] one\n   *[other] many\n}\n";
        let entries = index(text);
        assert_eq!(&text[entries["a"].clone()], "a = A\n    continued\n\n");
        assert_eq!(&text[entries["-term"].clone()], "-term = T\n");
        assert_eq!(&text[entries["b"].clone()], "b =\n    .attr = x\n\n");
        assert_eq!(&text[entries["c"].clone()], "c = { -term } { a }\n");
        // A placeable may close at the first column.
        assert!(text[entries["d"].clone()].ends_with("many\n}\n"));
        assert_eq!(entries.len(), 5);
        let catalog = Catalog::new("en", text, None);
        assert_eq!(catalog.get("c"), "T A\ncontinued");
        assert_eq!(catalog.get("missing"), "missing");
    }
}
