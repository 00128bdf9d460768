//! French and English (issue 18): which language a run speaks, that the
//! two Fluent files hold the same messages with the same arguments and
//! French typography, and that machine output never changes with the
//! language.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use common::Workdir;
use fluent_syntax::ast;

// ---------------------------------------------------------------------
// The two files

/// Each message and term of a Fluent file (attributes as `id.attr`), with
/// the arguments it reads.
fn messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{lang}/coal.ftl"));
    let text = std::fs::read_to_string(&path).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:#?}", path.display()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            _ => continue,
        };
        let mut arguments = BTreeSet::new();
        if let Some(value) = &value {
            pattern_arguments(value, &mut arguments);
        }
        for attribute in &attributes {
            let mut own = BTreeSet::new();
            pattern_arguments(&attribute.value, &mut own);
            out.insert(format!("{id}.{}", attribute.id.name), own);
        }
        assert!(
            out.insert(id.clone(), arguments).is_none(),
            "{lang}: `{id}` is defined twice"
        );
    }
    out
}

fn pattern_arguments(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_arguments(expression, out);
        }
    }
}

fn expression_arguments(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_arguments(selector, out);
            for variant in variants {
                pattern_arguments(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_arguments(inline, out),
    }
}

fn inline_arguments(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                inline_arguments(argument, out);
            }
            for argument in &arguments.named {
                inline_arguments(&argument.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_arguments(expression, out),
        _ => {}
    }
}

#[test]
fn every_message_is_in_both_languages_with_the_same_arguments() {
    let english = messages("en");
    let french = messages("fr");
    let only = |a: &BTreeMap<String, BTreeSet<String>>, b: &BTreeMap<String, BTreeSet<String>>| {
        a.keys()
            .filter(|id| !b.contains_key(*id))
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(
        only(&english, &french),
        Vec::<String>::new(),
        "not in French"
    );
    assert_eq!(
        only(&french, &english),
        Vec::<String>::new(),
        "not in English"
    );
    let differ: Vec<String> = english
        .iter()
        .filter(|(id, arguments)| french.get(*id).is_some_and(|fr| fr != *arguments))
        .map(|(id, arguments)| format!("{id}: en {arguments:?}, fr {:?}", french[id]))
        .collect();
    assert_eq!(differ, Vec::<String>::new(), "arguments differ");
}

/// The text a French message shows, outside its placeables and code spans
/// (`coal check`, where typography does not apply).
fn french_prose() -> Vec<(String, String)> {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n/fr/coal.ftl"))
            .unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
    let mut out = Vec::new();
    for entry in resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let mut patterns: Vec<&ast::Pattern<&str>> = message.value.iter().collect();
        patterns.extend(message.attributes.iter().map(|a| &a.value));
        let mut prose = String::new();
        for pattern in patterns {
            pattern_text(pattern, &mut prose);
            prose.push('\n');
        }
        let without_code: String = prose
            .split('`')
            .enumerate()
            .filter(|(i, _)| i % 2 == 0)
            .map(|(_, part)| part)
            .collect::<Vec<_>>()
            .join("\u{1}");
        out.push((message.id.name.to_string(), without_code));
    }
    out
}

fn pattern_text(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    pattern_text(&variant.value, out);
                    out.push('\n');
                }
            }
            // An argument stands for a word.
            ast::PatternElement::Placeable { .. } => out.push('x'),
        }
    }
}

#[test]
fn french_messages_follow_french_typography() {
    let mut wrong = Vec::new();
    for (id, prose) in french_prose() {
        let chars: Vec<char> = prose.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let ends_a_word = after.is_none_or(|a| a.is_whitespace());
            let problem = match c {
                // « : » after a word, before a space or the end (not 10:30,
                // not https://).
                ':' | ';' | '?' | '!' if ends_a_word => match before {
                    Some(' ') => Some("an ordinary space before"),
                    Some(b) if b.is_alphanumeric() || matches!(b, ')' | '»' | '\u{1}') => {
                        Some("no non-breaking space before")
                    }
                    _ => None,
                },
                '«' if after == Some(' ') => Some("an ordinary space after"),
                '»' if before == Some(' ') => Some("an ordinary space before"),
                '%' if before == Some(' ') => Some("an ordinary space before"),
                '"' => Some("English quotes in French prose (« » or code spans)"),
                _ => None,
            };
            if let Some(problem) = problem {
                let start = i.saturating_sub(20);
                let context: String = chars[start..(i + 5).min(chars.len())].iter().collect();
                wrong.push(format!("{id}: {problem} `{c}` in {context:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

// ---------------------------------------------------------------------
// Which language a run speaks

fn summary(work: &Workdir, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut command = work.command();
    command.args(args).arg("check");
    for (key, value) in env {
        command.env(key, value);
    }
    let run = common::Run::from(command.output().unwrap()).ok();
    run.stdout.trim().to_string()
}

const ENGLISH_CLEAN: &str = "coalition.toml: no problems found";
const FRENCH_CLEAN: &str = "coalition.toml\u{a0}: aucun problème";

/// Arguments, environment, and the summary line they give.
type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], &'a str);

#[test]
fn the_language_comes_from_the_flag_then_coal_lang_then_the_locale() {
    let work = Workdir::with(common::MINIMAL);
    let cases: &[Case] = &[
        (&[], &[], ENGLISH_CLEAN),
        (&["--lang", "fr"], &[], FRENCH_CLEAN),
        (&["--lang=FR"], &[], FRENCH_CLEAN),
        (&[], &[("COAL_LANG", "fr")], FRENCH_CLEAN),
        (&[], &[("LC_ALL", "fr_FR.UTF-8")], FRENCH_CLEAN),
        (&[], &[("LC_MESSAGES", "fr_BE.UTF-8")], FRENCH_CLEAN),
        (&[], &[("LANG", "fr_CA.UTF-8")], FRENCH_CLEAN),
        (
            &[],
            &[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "C")],
            ENGLISH_CLEAN,
        ),
        (
            &[],
            &[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "POSIX")],
            ENGLISH_CLEAN,
        ),
        (&[], &[("LANG", "de_DE.UTF-8")], ENGLISH_CLEAN),
        // An empty variable counts as unset.
        (
            &[],
            &[("COAL_LANG", ""), ("LC_ALL", ""), ("LANG", "fr_FR.UTF-8")],
            FRENCH_CLEAN,
        ),
        (&["--lang", "en"], &[("COAL_LANG", "fr")], ENGLISH_CLEAN),
        (
            &[],
            &[("COAL_LANG", "en"), ("LC_ALL", "fr_FR.UTF-8")],
            ENGLISH_CLEAN,
        ),
    ];
    for (args, env, expected) in cases {
        assert_eq!(summary(&work, args, env), *expected, "{args:?} {env:?}");
    }
}

#[test]
fn a_language_coal_does_not_speak_is_refused_by_the_flag() {
    let work = Workdir::with(common::MINIMAL);
    work.refused(&["--lang", "de", "check"], 2)
        .stderr_has("coal speaks en and fr");
}

// ---------------------------------------------------------------------
// Machine output

/// Every command line that writes JSON, CSV, GitHub annotations or a file
/// for another tool, on the shipped example.
fn machine_commands() -> Vec<Vec<String>> {
    let mut lines: Vec<Vec<&str>> = vec![
        vec!["check", "--format", "json"],
        vec!["check", "--format", "github"],
        vec!["schema"],
    ];
    for kind in [
        "groups",
        "tactics",
        "spaces",
        "committees",
        "people",
        "assemblies",
        "decisions",
        "feedback",
    ] {
        lines.push(vec!["list", kind, "--format", "json"]);
    }
    for (kind, id) in [
        ("group", "sol-migrant"),
        ("tactic", "march"),
        ("space", "coord-signal"),
        ("committee", "steering"),
        ("person", "jo"),
    ] {
        lines.push(vec!["show", kind, id, "--format", "json"]);
    }
    for kind in [
        "overview",
        "groups",
        "power",
        "resources",
        "tactics",
        "boundaries",
        "spectrum",
        "structure",
        "feedback",
        "steps",
        "invitation",
        "draft",
        "network",
    ] {
        for format in ["json", "csv"] {
            lines.push(vec!["report", kind, "--format", format]);
            lines.push(vec![
                "report",
                kind,
                "--format",
                format,
                "--audience",
                "public",
            ]);
        }
    }
    for format in ["kumu", "dot", "gexf", "graphml", "oligrapher"] {
        lines.push(vec!["export", format, "-o", "-"]);
    }
    lines
        .into_iter()
        .map(|line| line.into_iter().map(String::from).collect())
        .collect()
}

/// stdout and exit code of `args` on `text`, with `env` and `extra` args.
fn output(text: &str, args: &[String], extra: &[&str], env: &[(&str, &str)]) -> (i32, String) {
    let work = Workdir::with(text);
    let mut command = work.command();
    command.args(extra).args(args);
    for (key, value) in env {
        command.env(key, value);
    }
    let out = command.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn machine_output_is_the_same_in_every_language() {
    let example = common::example();
    let french_coalition = example.replacen("[coalition]\n", "[coalition]\nlanguage = \"fr\"\n", 1);
    assert_ne!(french_coalition, example);
    for args in machine_commands() {
        let (code, english) = output(&example, &args, &[], &[]);
        // Some lines exist only for some kinds (a format a kind lacks):
        // then the refusal must be the same too.
        let runs = [
            output(&example, &args, &[], &[("LANG", "fr_FR.UTF-8")]),
            output(&example, &args, &["--lang", "fr"], &[]),
            output(&example, &args, &[], &[("COAL_LANG", "fr")]),
        ];
        for (i, (other_code, other)) in runs.iter().enumerate() {
            assert_eq!(
                (*other_code, other),
                (code, &english),
                "run {i} of {args:?} differs"
            );
        }
        // A French coalition's machine output differs from the English
        // one only by the file's own `language` line (the JSON Schema and
        // exports do not carry it).
        let (french_code, french) = output(&french_coalition, &args, &[], &[]);
        assert_eq!(french_code, code, "{args:?} with language = \"fr\"");
        let (_, french_flag) = output(&french_coalition, &args, &["--lang", "fr"], &[]);
        assert_eq!(
            french_flag, french,
            "{args:?} with language = \"fr\" and --lang fr"
        );
    }
}

// ---------------------------------------------------------------------
// coal check in French (helper A: core)

/// Every finding fixture of `tests/fixtures/check` (one per code, and the
/// clean one), by name.
fn check_fixtures() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check");
    let mut fixtures: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    fixtures.sort();
    // Values of every wrong kind the schema refuses, and unknown keys.
    fixtures.push((
        "bad-values".into(),
        format!(
            "{}\n[groups.a]\nname = \"\"\npower = 7\ninterest = \"high\"\nstatus = \"ally\"\nhue = \"red\"\ntactics = \"march\"\nspaces = [\"nowhere\"]\nresources = 3\n[groups.b]\nname = \"B\"\nboundaries = [{{ group = \"b\" }}, {{ group = \"a\", tactic = \"x\" }}]\n[committees.assembly]\nname = \"A\"\n",
            common::MINIMAL
        ),
    ));
    fixtures
}

/// `coal check` as text on every fixture, 80 columns wide, in a language.
fn check_texts(lang: &str) -> String {
    check_fixtures()
        .into_iter()
        .map(|(name, text)| {
            let work = Workdir::with(&text);
            let out = work
                .command()
                .args(["--lang", lang, "check"])
                .env("COLUMNS", "80")
                .output()
                .unwrap();
            format!(
                "## {name} (exit {})\n{}\n",
                out.status.code().unwrap_or(-1),
                String::from_utf8(out.stdout).unwrap()
            )
        })
        .collect()
}

#[test]
fn check_speaks_french_on_every_fixture() {
    let english = check_texts("en");
    let french = check_texts("fr");
    insta::assert_snapshot!("check-findings", english);
    insta::assert_snapshot!("check-findings-fr", french);
    // The severity words are French, the codes and paths are not.
    assert!(
        french.contains("erreur[boundary-violation] groups."),
        "{french}"
    );
    assert!(
        french.contains("attention[less-is-more] groups\u{a0}: "),
        "{french}"
    );
    assert!(!french.contains("warning["), "{french}");
    // A plural chosen by Fluent, a date in words, the narrow no-break
    // space before « % ».
    assert!(
        french.contains("Les 3 membres emploient 1 tactique à eux tous"),
        "{french}"
    );
    assert!(french.contains("assemblée du 15 janvier 2027"), "{french}");
    assert!(french.contains("(60\u{202f}%)"), "{french}");
    assert!(
        !french
            .lines()
            .any(|line| line.starts_with([':', ';', '?', '!', '»'])),
        "a line begins with what its no-break space holds to the word before:\n{french}"
    );
}

#[test]
fn check_json_and_github_are_the_same_in_french_on_every_fixture() {
    for (name, text) in check_fixtures() {
        for format in ["json", "github"] {
            let args: Vec<String> = ["check", "--format", format].map(String::from).to_vec();
            let english = output(&text, &args, &[], &[]);
            for (extra, env) in [
                (&["--lang", "fr"][..], &[][..]),
                (&[][..], &[("COAL_LANG", "fr")][..]),
                (&[][..], &[("LANG", "fr_FR.UTF-8")][..]),
            ] {
                assert_eq!(
                    output(&text, &args, extra, env),
                    english,
                    "{name} {format} {extra:?} {env:?}"
                );
            }
        }
    }
}

#[test]
fn an_error_and_its_hint_are_in_french() {
    // A file a newer coal wrote: the error and its reason in French.
    let work = Workdir::with("schema = 2\n");
    let out = work
        .command()
        .args(["--lang", "fr", "check"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(stderr.starts_with("erreur\u{a0}: "), "{stderr}");
    assert!(
        stderr.contains(
            "il a été écrit par un coal plus récent (schéma 2)\u{202f}; ce coal lit le schéma 1"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("\nconseil\u{a0}: "), "{stderr}");
    // A word outside its vocabulary, told in French with the file's words.
    let work = Workdir::with(&format!(
        "{}[groups.a]\nname = \"A\"\nstatus = \"ally\"\n",
        common::MINIMAL
    ));
    let out = work
        .command()
        .args(["--lang", "fr", "check"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains(
            "`status`\u{a0}: `ally` ne fait pas partie des statuts valides\u{a0}: prospect, contacted"
        ),
        "{stdout}"
    );
}
