//! Files over 512 KiB are parsed in pieces (src/store/parse.rs); whatever
//! the pieces would join but the whole parse refuses is refused the same
//! way, at the same line, and no edit touches the file.

mod common;

use common::*;

/// A valid coalition well over 512 KiB: the pieced parse is used.
fn large() -> String {
    let mut text = String::from(MINIMAL);
    for i in 0..30_000 {
        text.push_str(&format!("\n[groups.g{i}]\nname = \"Group {i}\"\n"));
    }
    text.push_str("\n[[feedback]]\ndate = 2026-01-01\ngroup = \"g1\"\ntext = \"Met.\"\n");
    assert!(text.len() > 1_000_000);
    text
}

/// The error `coal` must give: the whole text's TOML error, at its line and
/// column, as `path:line:column: not valid TOML: message`.
fn whole_parse_error(text: &str) -> String {
    let err = text.parse::<toml::Table>().unwrap_err();
    let offset = err.span().unwrap().start;
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    format!(
        "coalition.toml:{line}:{column}: not valid TOML: {}",
        err.message().trim_end()
    )
}

fn refused_like_the_whole_parse(text: &str) {
    let work = Workdir::with(text);
    let expected = whole_parse_error(text);
    work.refused(&["check"], 3).stderr_has(&expected);
    work.refused(&["add-group", "Nouveau"], 3)
        .stderr_has(&expected);
}

#[test]
fn a_large_valid_file_checks_and_takes_edits() {
    let work = Workdir::with(&large());
    work.run(&["check"]).ok().stdout_has("no problems found");
    work.run(&["add-group", "Nouveau"]).ok();
    assert!(work.read().contains("[groups.nouveau]"));
}

#[test]
fn a_second_coalition_table_far_down_is_refused() {
    let mut text = large();
    text.push_str("\n[coalition]\nkind = \"network\"\n");
    refused_like_the_whole_parse(&text);
}

#[test]
fn a_second_coalition_table_between_entries_is_refused() {
    let text = large();
    let middle = text.find("\n[groups.g15000]\n").unwrap();
    let text = format!(
        "{}\n[coalition]\nkind = \"network\"\n{}",
        &text[..middle],
        &text[middle..]
    );
    refused_like_the_whole_parse(&text);
}

#[test]
fn an_inline_feedback_log_then_feedback_entries_is_refused() {
    let text = large().replacen(
        "schema = 1\n",
        "schema = 1\nfeedback = [{ date = 2026-01-01, group = \"g1\", text = \"Inline.\" }]\n",
        1,
    );
    refused_like_the_whole_parse(&text);
}

#[test]
fn an_entry_defined_twice_far_apart_is_refused() {
    let mut text = large();
    text.push_str("\n[groups.g3]\nname = \"Again\"\n");
    refused_like_the_whole_parse(&text);
}
