//! `coal fmt`: canonical order and layout, comments kept, idempotent.

mod common;

use common::*;

const MESSY: &str = r#"# Our coalition file.
# Kept by hand.

[groups.zeta]
power = 2   # a guess
name = "Zeta"
# how to reach them
[groups.zeta.contact]
email = "z@example.org"
name = "Zed"

[[groups.zeta.boundaries]]
reason = "they lied"
group = "alpha"

schema = 1
"#;

const MESSY_REST: &str = r#"
[[feedback]]
text = "ok"
group = "alpha"
date = 2026-11-01

[coalition]
unity_statement = "Un toit"
name = "Front commun"   # the name we use

[tactics]
vigil = { intensity = 2, name = "Vigil" }

[groups]
alpha = { status = "member", name = "Alpha", joined = 2026-10-01 }

# Steps come last in this file.
[steps.draft]
co_authors = ["alpha"]
status = "doing"

[steps.contact]
status = "done"
"#;

const FORMATTED: &str = r#"# Our coalition file.
# Kept by hand.

schema = 1

[coalition]
name = "Front commun"   # the name we use
unity_statement = "Un toit"

[steps.contact]
status = "done"

# Steps come last in this file.
[steps.draft]
status = "doing"
co_authors = ["alpha"]

[groups.alpha]
name = "Alpha"
status = "member"
joined = 2026-10-01

[groups.zeta]
name = "Zeta"
power = 2   # a guess
# how to reach them
contact = { name = "Zed", email = "z@example.org" }
boundaries = [{ group = "alpha", reason = "they lied" }]

[tactics.vigil]
name = "Vigil"
intensity = 2

[[feedback]]
date = 2026-11-01
group = "alpha"
text = "ok"
"#;

/// `schema = 1` must come before the first table to be a root key.
fn messy() -> String {
    let (head, tables) = MESSY.split_once("[groups.zeta]").unwrap();
    format!(
        "{head}schema = 1\n\n[groups.zeta]{}{MESSY_REST}",
        tables.replace("\nschema = 1\n", "")
    )
}

#[test]
fn a_messy_file_is_put_in_order_with_its_comments() {
    let work = Workdir::with(&messy());
    work.run(&["fmt"]).ok().stderr_has("formatted");
    assert_eq!(work.read(), FORMATTED);
    let before = work.read();
    work.run(&["fmt"]).ok().stderr_has("is formatted");
    assert_eq!(work.read(), before, "fmt is idempotent");
    work.run(&["check"]).ok();
}

#[test]
fn the_same_data_before_and_after() {
    let work = Workdir::with(&messy());
    let before = coal::store::load::parse(&work.path(), &work.read())
        .unwrap()
        .coalition;
    work.run(&["fmt"]).ok();
    let after = coal::store::load::parse(&work.path(), &work.read())
        .unwrap()
        .coalition;
    assert_eq!(before, after);
}

#[test]
fn check_prints_the_diff_and_changes_nothing() {
    let work = Workdir::with(&messy());
    let run = work.refused(&["fmt", "--check"], 1);
    assert!(
        run.stdout
            .starts_with("--- coalition.toml\n+++ coalition.toml\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("+contact = { name = \"Zed\", email = \"z@example.org\" }")
    );
    assert!(run.stderr.contains("is not formatted"));
    let formatted = Workdir::with(FORMATTED);
    formatted
        .refused(&["fmt", "--check"], 0)
        .stderr_has("is formatted");
}

#[test]
fn formatted_files_are_left_byte_identical() {
    for text in [example(), FORMATTED.to_string()] {
        let work = Workdir::with(&text);
        work.refused(&["fmt"], 0);
        assert_eq!(work.read(), text);
    }
}

#[test]
fn crlf_stays_crlf() {
    let work = Workdir::with(&messy().replace('\n', "\r\n"));
    work.run(&["fmt"]).ok();
    assert_eq!(work.read(), FORMATTED.replace('\n', "\r\n"));
    work.refused(&["fmt", "--check"], 0);
}

#[test]
fn fmt_refuses_a_file_that_is_not_toml() {
    let work = Workdir::with("schema = 1\n[coalition\n");
    work.refused(&["fmt"], 3).stderr_has("not valid TOML");
    work.refused(&["fmt", "--check"], 3);
}

#[test]
fn completions_for_every_shell() {
    let work = Workdir::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = work.run(&["completions", shell]).ok();
        assert!(run.stdout.contains("add-group"), "{shell}");
    }
    work.run(&["completions", "tcsh"]).code(2);
}
