//! `--help` and the glossary in French (issue 18): every command, option
//! and value of the command tree has its French text in `i18n/fr/help.ftl`
//! and the file has no other, clap's own words are French where clap lets
//! them be, and English help stays as it was.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use clap::CommandFactory;
use coal::cli::Cli;
use common::{Run, Workdir, example};
use fluent_syntax::ast;

/// Each id of `help.ftl`, attributes as `id.attr`, with its French text.
fn french_ids() -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n/fr/help.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:#?}", path.display()));
    let mut out = Vec::new();
    for entry in resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_string();
        if let Some(value) = &message.value {
            out.push((id.clone(), prose(value)));
        }
        for attribute in &message.attributes {
            out.push((
                format!("{id}.{}", attribute.id.name),
                prose(&attribute.value),
            ));
        }
    }
    out
}

/// The text of a pattern outside code spans, an argument standing for a
/// word.
fn prose(pattern: &ast::Pattern<&str>) -> String {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { .. } => text.push('x'),
        }
    }
    text.split('`').step_by(2).collect::<Vec<_>>().join("\u{1}")
}

#[test]
fn every_command_option_and_value_has_french_help_and_no_id_is_stale() {
    let tree: BTreeSet<String> = coal::i18n::help::ids(&Cli::command())
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let ids: Vec<String> = french_ids().into_iter().map(|(id, _)| id).collect();
    let file: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(ids.len(), file.len(), "an id is in help.ftl twice");
    let missing: Vec<_> = tree.difference(&file).collect();
    let stale: Vec<_> = file.difference(&tree).collect();
    assert!(missing.is_empty(), "no French help for: {missing:#?}");
    assert!(
        stale.is_empty(),
        "help.ftl names nothing of coal: {stale:#?}"
    );
}

/// The typography `tests/lang.rs` holds `coal.ftl` to.
#[test]
fn french_help_follows_french_typography() {
    let mut wrong = Vec::new();
    for (id, text) in french_ids() {
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let ends_a_word = chars.get(i + 1).is_none_or(|a| a.is_whitespace());
            let problem = match c {
                ':' | ';' | '?' | '!' if ends_a_word => match before {
                    Some(' ') => Some("an ordinary space before"),
                    Some(b) if b.is_alphanumeric() || matches!(b, ')' | '»' | '\u{1}') => {
                        Some("no non-breaking space before")
                    }
                    _ => None,
                },
                '«' if chars.get(i + 1) == Some(&' ') => Some("an ordinary space after"),
                '»' if before == Some(' ') => Some("an ordinary space before"),
                '"' => Some("English quotes in French prose"),
                _ => None,
            };
            if let Some(problem) = problem {
                wrong.push(format!("{id}: {problem} `{c}` in {text:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// `coal ARGS` at 80 columns, in French when `lang` says so.
fn help(args: &[&str], lang: Option<&str>) -> String {
    let work = Workdir::with(&example());
    let mut command = work.command();
    command.args(args).env("COLUMNS", "80");
    if let Some(lang) = lang {
        command.env("COAL_LANG", lang);
    }
    Run::from(command.output().unwrap()).ok().stdout
}

#[test]
fn coal_help_in_french() {
    let text = help(&["--lang", "fr", "--help"], None);
    insta::assert_snapshot!("help-fr", text);
    assert!(text.contains("Utilisation\u{a0}: coal"), "{text}");
    assert!(text.contains("Commandes\u{a0}:"), "{text}");
    assert!(text.contains("Afficher la version"), "{text}");
    // The locale asks as `--lang` does.
    let work = Workdir::with(&example());
    let by_locale = work
        .command()
        .env_remove("COAL_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "fr_CA.UTF-8")
        .env("COLUMNS", "80")
        .arg("--help")
        .output()
        .unwrap();
    assert_eq!(Run::from(by_locale).ok().stdout, text);
}

#[test]
fn add_group_help_in_french() {
    let short = help(&["add-group", "-h"], Some("fr"));
    insta::assert_snapshot!("help-add-group-fr", short);
    let long = help(&["add-group", "--help"], Some("fr"));
    insta::assert_snapshot!("help-add-group-long-fr", long);
    assert_eq!(help(&["help", "add-group"], Some("fr")), long);
    for heading in [
        "Arguments\u{a0}:",
        "Options\u{a0}:",
        "Options globales\u{a0}:",
    ] {
        assert!(short.contains(heading), "{heading}:\n{short}");
    }
    assert!(short.contains("(--help en dit plus)"), "{short}");
    assert!(long.contains("(-h la résume)"), "{long}");
    // The coalition's words keep their file spelling and say in French
    // what they mean.
    assert!(
        long.contains("member") && long.contains("a rejoint la coalition"),
        "{long}"
    );
}

#[test]
fn values_and_long_texts_are_in_french() {
    let list = help(&["list", "--help"], Some("fr"));
    assert!(list.contains("Les groupes, avec leur statut"), "{list}");
    assert!(list.contains("Pour les scripts"), "{list}");
    let step = help(&["step", "--help"], Some("fr"));
    assert!(
        step.contains("L’étape, par son nom ou son numéro\u{a0}:"),
        "{step}"
    );
    assert!(step.contains("- contact (1)\u{a0}: "), "{step}");
    assert!(step.contains("Étape 2 (brouillon)\u{a0}:"), "{step}");
}

/// `coal history` (issue 19): its options, its formats and the fields
/// `--field` takes say in French what they are.
#[test]
fn history_help_in_french() {
    let text = help(&["history", "--help"], Some("fr"));
    for french in [
        "quand et pourquoi, d’après l’historique git",
        "Ne suivre que le premier parent",
        "(AAAA-MM-JJ)",
        "- csv:      Pour les tableurs, un changement par ligne",
        "- spectrum:         où se situe le groupe sur le spectre des alliés",
    ] {
        assert!(text.contains(french), "{french}:\n{text}");
    }
    let report = help(&["report", "--help"], Some("fr"));
    assert!(
        report.contains("qui a bougé depuis cette révision"),
        "{report}"
    );
}

/// The French help changes how values are described, not how they are
/// read: a French run parses as an English one.
#[test]
fn french_help_keeps_the_values_coal_reads() {
    let english = help(&["list", "groups", "--format", "json"], None);
    let french = help(&["list", "groups", "--format", "json"], Some("fr"));
    assert_eq!(french, english);
    let work = Workdir::with(&example());
    let wrong = Run::from(
        work.command()
            .args(["--lang", "fr", "list", "--format", "yaml"])
            .output()
            .unwrap(),
    );
    assert_eq!(wrong.status, 2);
}

#[test]
fn english_help_is_unchanged() {
    let text = help(&["add-group", "-h"], None);
    assert!(text.contains("Usage: coal add-group"), "{text}");
    assert!(
        text.contains("Print help (see more with '--help')"),
        "{text}"
    );
    assert!(!text.contains("Utilisation"), "{text}");
}

#[test]
fn the_glossary_in_french() {
    let text = help(&["help", "glossary"], Some("fr"));
    insta::assert_snapshot!("glossary-fr", text);
    assert_eq!(help(&["--lang", "fr", "glossary"], None), text);
    // Each word as typed, its French label beside it.
    assert!(text.contains("  member (membre)\u{a0}: "), "{text}");
    assert!(text.contains("déclaration d’unité\u{a0}: "), "{text}");
    assert!(
        text.lines().all(|line| line.chars().count() <= 80),
        "{text}"
    );
}

/// Issue: `--help` in French "as far as the CLI library allows". `coal
/// --lang fr diff --help` lists the arguments as [NEW] then [OLD], the
/// reverse of its usage line `coal diff [OPTIONS] [OLD] [NEW]` and of the
/// English help.
#[test]
fn diff_help_french_lists_new_before_old() {
    let work = Workdir::with(common::MINIMAL);
    let out = work.run(&["--lang", "fr", "diff", "--help"]).ok().stdout;
    let old = out.find("  [OLD]").expect("no [OLD]");
    let new = out.find("  [NEW]").expect("no [NEW]");
    assert!(old < new, "French diff --help lists NEW first:\n{out}");
}
