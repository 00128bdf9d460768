//! Hostile input: no panic, no stack overflow, bounded work, a clear error.

mod common;

use common::*;

fn no_panic(run: &Run) {
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(
        run.status >= 0 && run.status <= 3,
        "exit {}: {}",
        run.status,
        run.stderr
    );
}

#[test]
fn a_byte_order_mark_is_accepted_and_kept() {
    let text = format!("\u{feff}{MINIMAL}");
    let work = Workdir::with(&text);
    work.run(&["check"]).ok();
    work.run(&["add-group", "X"]).ok();
    let after = work.read();
    assert!(after.starts_with('\u{feff}'), "the mark was dropped");
    assert!(after.ends_with("[groups.x]\nname = \"X\"\n"));
    work.run(&["fmt", "--check"]).ok();
}

#[test]
fn nul_bytes_are_a_located_error() {
    let work = Workdir::with(&format!("{MINIMAL}notes = \"a\0b\"\n"));
    let run = work.refused(&["check"], 3);
    no_panic(&run);
    assert!(run.stderr.contains("coalition.toml:6:"), "{}", run.stderr);
    assert!(!run.stderr.contains('\0'));
}

#[test]
fn a_fifty_megabyte_string_is_just_a_long_name() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.big]\nname = \"{}\"\n",
        "é".repeat(25_000_000)
    ));
    let run = work.run(&["check"]);
    no_panic(&run);
    run.ok();
    work.run(&["update-group", "big", "--power", "2"]).ok();
}

#[test]
fn a_million_element_array_gives_few_findings() {
    let items = vec!["\"nope\""; 1_000_000].join(",");
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\nroles = [{items}]\n"
    ));
    let run = work.run(&["check", "--format", "json"]);
    no_panic(&run);
    let json: serde_json::Value = serde_json::from_str(&run.code(1).stdout).unwrap();
    assert_eq!(json["errors"], 11);
    let messages: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(
        messages.contains(&"and 999990 more like these in `roles`"),
        "{messages:?}"
    );
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let depth = 100_000;
    for (open, close) in [("{ a = ", " }"), ("[", "]")] {
        let text = format!(
            "{MINIMAL}x = {}1{}\n",
            open.repeat(depth),
            close.repeat(depth)
        );
        let work = Workdir::with(&text);
        let run = work.refused(&["check"], 3);
        no_panic(&run);
        assert!(run.stderr.contains("not valid TOML"), "{}", run.stderr);
        work.refused(&["add-group", "X"], 3);
        work.refused(&["fmt"], 3);
    }
}

#[test]
fn a_ten_thousand_character_id_is_a_finding() {
    let id = "a".repeat(10_000);
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.{id}]\nname = \"Long\"\n[spaces.s]\nname = \"S\"\ngroups = [\"{id}b\"]\n"
    ));
    let run = work.run(&["check", "--format", "json"]);
    no_panic(&run);
    let json: serde_json::Value = serde_json::from_str(&run.code(1).stdout).unwrap();
    let codes: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["invalid-reference", "invalid-value"]);
    work.refused(&["add-group", "X", "--id", &id], 2)
        .stderr_has("not a valid id");
}

#[test]
fn binary_garbage_is_a_clear_error() {
    let work = Workdir::new();
    std::fs::write(
        work.path(),
        (0..=255u8).cycle().take(100_000).collect::<Vec<u8>>(),
    )
    .unwrap();
    let run = work.refused(&["check"], 3);
    no_panic(&run);
    assert!(run.stderr.contains("not UTF-8"), "{}", run.stderr);
}
