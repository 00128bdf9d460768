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

// ---------------------------------------------------------------------------
// Hostile text: names, values and keys built to attack whoever reads coal's
// output (a terminal, a spreadsheet, a pull-request comment, GitHub Actions).

/// Each a known attack: OSC 52 (writes the clipboard), OSC 0 (window title),
/// a line eraser, bidi overrides and isolates, zero-width characters, C1
/// controls (CSI, NEL, OSC, ST), Markdown injection, and formulas.
const HOSTILE: [&str; 12] = [
    "clip \u{1b}]52;c;AAAA\u{7}",
    "title \u{1b}]0;pwned\u{7}",
    "erase \r\u{1b}[2K",
    "bidi abc\u{202e}fed\u{202c}",
    "isolate \u{2066}x\u{2069}\u{200e}\u{200f}\u{61c}",
    "zero\u{200b}width\u{200c}\u{200d}\u{2060}\u{feff}",
    "c1 \u{9b}2J\u{85}\u{9d}0;t\u{9c}",
    "`x` ![x](http://t/) [l](http://t/) <img src=http://t/>",
    "=HYPERLINK(\"http://t/\",\"x\")",
    "＝1+1",
    " +1",
    "@SUM(A1)",
];

/// Keys hold anything when quoted.
const HOSTILE_KEYS: [&str; 5] = [
    "a\u{1b}]52;c;AAAA\u{7}",
    "\r\u{1b}[2K",
    "\u{202e}evil\u{200b}",
    "`x` ![x](http://t/)",
    "＝1+1",
];

/// A TOML basic string holding `text`, every character that is not
/// printable ASCII written as an escape.
fn toml_str(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if u32::from(c) <= 0xFFFF => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push_str(&format!("\\U{:08X}", u32::from(c))),
        }
    }
    out.push('"');
    out
}

/// A valid coalition whose every text, and some unknown keys, is hostile.
fn hostile_file() -> String {
    let h = |i: usize| toml_str(HOSTILE[i % HOSTILE.len()]);
    let all = toml_str(&HOSTILE.join(" | "));
    let mut t = format!(
        "schema = 1\n\n[coalition]\nname = {all}\nunity_statement = {all}\n{} = {}\n{} = 1\n\n",
        toml_str(HOSTILE_KEYS[1]),
        h(0),
        toml_str(HOSTILE_KEYS[0]),
    );
    t.push_str(&format!(
        "[steps.contact]\nstatus = \"done\"\nnotes = {}\n\n\
         [steps.draft]\nstatus = \"doing\"\nvision = {}\nculture = {}\nstructure = {}\nco_authors = [\"g00\"]\n\n\
         [steps.assembly]\nstatus = \"doing\"\ndate = 2027-01-16\nstart = \"18:30\"\nplace = {}\nlanguages = [{}]\naccessibility = [{}]\nrsvp = {}\ninvited = [\"g01\"]\nanswered = [\"g01\"]\nagenda = {}\n\n\
         [steps.presentation]\nstatus = \"doing\"\nquestions = [{{ question = {}, answer = {}, asked_by = \"g01\" }}]\n\n",
        h(1), h(2), h(3), h(4), h(5), h(6), h(10), h(11), h(7), h(8), h(9)
    ));
    for i in 0..HOSTILE.len() {
        t.push_str(&format!(
            "[groups.g{i:02}]\nname = {}\nstatus = \"member\"\nparticipation = \"core\"\npublic = true\n\
             impacted = {}\npower = {}\ninterest = {}\nunpredictability = 2\nmembers = 10\n\
             spectrum = \"passive_ally\"\nspectrum_target = \"active_ally\"\nroles = [\"rebel\"]\n\
             tactics = [\"t{i:02}\"]\noffers = {{ money = {}, space = {} }}\nneeds = {{ data = {} }}\n\
             contacted = 2026-10-01\njoined = 2026-10-02\nintentions = {}\nnotes = {}\n\
             contact = {{ name = {}, email = {} }}\n\
             boundaries = [{{ tactic = \"t{:02}\", level = \"limited\", reason = {} }}]\n{} = true\n\n",
            h(i),
            i % 2 == 0,
            1 + i % 5,
            1 + (i + 2) % 5,
            h(i + 1),
            h(i + 2),
            h(i + 3),
            h(i + 4),
            h(i + 5),
            h(i + 6),
            h(i + 7),
            (i + 1) % HOSTILE.len(),
            h(i + 8),
            toml_str(HOSTILE_KEYS[i % HOSTILE_KEYS.len()]),
        ));
        t.push_str(&format!(
            "[tactics.t{i:02}]\nname = {}\nintensity = 2\ndescription = {}\n\n",
            h(i),
            h(i + 1)
        ));
    }
    t.push_str(&format!(
        "[spaces.s00]\nname = {}\nmedium = {}\ngroups = [\"g00\", \"g01\"]\npurpose = {}\n\n\
         [committees.c00]\nname = {}\nsteering = true\nmandate = {}\ngroups = [\"g00\"]\n\n\
         [people.p00]\nname = {}\ngroups = [\"g00\", \"g01\"]\ncontact = {{ email = {} }}\nnotes = {}\n\n\
         [[assemblies]]\ndate = 2027-04-10\nplace = {}\nlanguages = [{}]\nrsvp = {}\ninvited = [\"g00\"]\nanswered = [\"g00\"]\nagenda = {}\nnotes = {}\n\n\
         [[decisions]]\ndate = 2026-11-01\nsummary = {}\nby = \"c00\"\naffects = [\"g00\"]\nconsulted = [\"g00\"]\nreview_on = 2026-11-10\n\n\
         [[feedback]]\ndate = 2026-11-02\ngroup = \"g00\"\ntext = {}\nby = \"p00\"\n",
        h(0), h(1), h(2), h(3), h(4), h(5), h(6), h(7), h(8), h(9), h(10), h(11), h(12), h(13), h(14)
    ));
    t
}

/// The hostile file with hostile ids too, and references to them: a file
/// full of errors that every reading command must still show safely.
fn hostile_ids_file() -> String {
    let mut t = hostile_file();
    for (i, key) in HOSTILE_KEYS.iter().enumerate() {
        t.push_str(&format!(
            "\n[groups.{}]\nname = {}\n\n[tactics.{}]\nname = \"T\"\n",
            toml_str(key),
            toml_str(HOSTILE[i]),
            toml_str(key)
        ));
    }
    let refs: Vec<String> = HOSTILE_KEYS.iter().map(|k| toml_str(k)).collect();
    t.push_str(&format!(
        "\n[spaces.s01]\nname = \"S\"\ngroups = [{}]\n",
        refs.join(", ")
    ));
    t
}

/// The output formats, each with its own idea of safe.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Shape {
    Text,
    Json,
    Csv,
    Markdown,
    Github,
    Ics,
    Html,
    /// GEXF, GraphML: names sit in attribute values, escaped.
    Xml,
}

/// The colours coal itself paints (`\x1b[31m`, `\x1b[0m`).
fn without_own_colours(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("\u{1b}[") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let digits = after
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(after.len());
        if digits > 0 && after[digits..].starts_with('m') {
            rest = &after[digits + 1..];
        } else {
            out.push_str("\u{1b}[");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// No control character but `\n`, tab and `\r\n`; no C1, DEL, line
/// separator, bidi control or zero-width character, but the joiners of
/// words and emoji (U+200C, U+200D) on a page (HTML, Markdown), where they
/// cannot hide or reorder text.
fn assert_safe_bytes(what: &str, text: &str, page: bool) {
    let text = without_own_colours(text);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let allowed = match c {
            '\n' | '\t' => true,
            '\r' => chars.peek() == Some(&'\n'),
            '\u{2028}' | '\u{2029}' => false,
            '\u{200c}' | '\u{200d}' => page,
            c if c.is_control() => false,
            c => !coal::output::invisible(c),
        };
        assert!(
            allowed,
            "{what}: U+{:04X} reached the output:\n{text:?}",
            u32::from(c)
        );
    }
}

/// The cells of an RFC 4180 text.
fn csv_cells(text: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => cells.push(std::mem::take(&mut cell)),
            ('\r', false) if chars.peek() == Some(&'\n') => {}
            ('\n', false) => cells.push(std::mem::take(&mut cell)),
            (c, _) => cell.push(c),
        }
    }
    assert!(!quoted, "an unclosed quote:\n{text}");
    cells
}

/// Markdown with its code spans taken out: what is left is read as markup.
fn outside_code_spans(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find('`') {
        let escaped = rest[..start].ends_with('\\') && !rest[..start].ends_with("\\\\");
        let fence = rest[start..].len() - rest[start..].trim_start_matches('`').len();
        out.push_str(&rest[..start]);
        let after = &rest[start + fence..];
        if escaped {
            out.push_str(&rest[start..start + fence]);
            rest = after;
            continue;
        }
        let closing = (0..after.len()).find(|&i| {
            after[i..].starts_with(&"`".repeat(fence))
                && !after[i + fence..].starts_with('`')
                && (i == 0 || !after[..i].ends_with('`'))
        });
        match closing {
            Some(i) => rest = &after[i + fence..],
            None => panic!("an unclosed code span:\n{text}"),
        }
    }
    out.push_str(rest);
    out
}

/// Checks one run's output as `shape` would be read.
fn assert_safe(args: &[&str], shape: Shape, run: &Run) {
    no_panic(run);
    let what = format!("coal {args:?}");
    let page = matches!(shape, Shape::Markdown | Shape::Html | Shape::Xml);
    assert_safe_bytes(&format!("{what} stderr"), &run.stderr, false);
    assert_safe_bytes(&format!("{what} stdout"), &run.stdout, page);
    let out = &run.stdout;
    match shape {
        Shape::Text | Shape::Ics => {}
        Shape::Json => {
            if run.status == 0 || args.contains(&"check") {
                serde_json::from_str::<serde_json::Value>(out)
                    .unwrap_or_else(|err| panic!("{what}: not JSON ({err}):\n{out}"));
            }
        }
        Shape::Csv => {
            for cell in csv_cells(out) {
                assert!(
                    !cell
                        .trim_start()
                        .starts_with(['=', '+', '-', '@', '＝', '＋', '－', '＠', '\t', '\r']),
                    "{what}: a formula cell {cell:?}"
                );
            }
        }
        Shape::Markdown => {
            // `<br>` is the renderer's own line break inside a table cell;
            // the file's text can never make one (its `<` is escaped).
            let markup = outside_code_spans(out).replace("<br>", "");
            for (i, c) in markup.char_indices() {
                let escaped = markup[..i].ends_with('\\');
                assert!(
                    !matches!(c, '<' | '[' | ']' | '`' | '!') || escaped,
                    "{what}: an unescaped {c:?} at {i}:\n{markup}"
                );
            }
        }
        Shape::Html => {
            // User text is escaped, so every raw `<` opens one of coal's
            // own tags: none that runs or loads anything.
            for tag in out.split('<').skip(1) {
                let tag = &tag[..tag.find('>').unwrap_or(tag.len())].to_lowercase();
                let name = tag.split_whitespace().next().unwrap_or_default();
                assert!(
                    !["script", "img", "iframe", "object"].contains(&name),
                    "{what}: the tag <{tag}>"
                );
                for bad in [" on", "javascript:", "src="] {
                    assert!(!tag.contains(bad), "{what}: `{bad}` in <{tag}>");
                }
            }
        }
        Shape::Xml if run.status == 0 => {
            // Read by a real XML parser: every name is text in an
            // attribute or element, never an element of its own.
            let document = roxmltree::Document::parse(out)
                .unwrap_or_else(|err| panic!("{what}: not XML ({err})"));
            for node in document.descendants().filter(|n| n.is_element()) {
                let name = node.tag_name().name().to_lowercase();
                assert!(
                    !["script", "img", "iframe", "object"].contains(&name.as_str()),
                    "{what}: the element <{name}>"
                );
            }
        }
        Shape::Xml => {}
        Shape::Github => {
            for line in out.lines() {
                let (command, _message) = line
                    .split_once("::")
                    .and_then(|(_, rest)| rest.split_once("::"))
                    .unwrap_or_else(|| panic!("{what}: not a workflow command: {line:?}"));
                let (level, properties) = command.split_once(' ').unwrap();
                assert!(["error", "warning", "notice"].contains(&level), "{line}");
                for property in properties.split(',') {
                    let (name, _) = property.split_once('=').unwrap();
                    assert!(
                        ["file", "line", "title"].contains(&name),
                        "{what}: {line:?}"
                    );
                }
            }
        }
    }
}

fn check_run(work: &Workdir, args: &[&str], shape: Shape) -> Run {
    let run = work.run(args);
    assert_safe(args, shape, &run);
    run
}

/// The shape `--format F` gives.
fn shape_of(format: &str) -> Shape {
    match format {
        "json" => Shape::Json,
        "csv" => Shape::Csv,
        "markdown" => Shape::Markdown,
        "github" => Shape::Github,
        "ics" => Shape::Ics,
        "html" => Shape::Html,
        _ => Shape::Text,
    }
}

#[test]
fn every_reading_command_shows_hostile_text_safely() {
    for text in [hostile_file(), hostile_ids_file()] {
        let work = Workdir::with(&text);
        for format in ["text", "json", "github"] {
            check_run(&work, &["check", "--format", format], shape_of(format));
        }
        check_run(&work, &["check", "--color", "always"], Shape::Text);
        let registers = coal::model::Register::ALL.map(coal::model::Register::key);
        for kind in registers.iter().chain(coal::model::schema::LOGS) {
            for format in ["table", "json"] {
                check_run(&work, &["list", kind, "--format", format], shape_of(format));
            }
        }
        let mut shown = vec![
            ("groups", "g00".to_string()),
            ("groups", "g07".into()),
            ("tactics", "t00".into()),
            ("spaces", "s00".into()),
            ("committees", "c00".into()),
            ("people", "p00".into()),
        ];
        shown.extend(HOSTILE_KEYS.iter().map(|key| ("groups", key.to_string())));
        for (kind, id) in &shown {
            for format in ["table", "json"] {
                check_run(
                    &work,
                    &["show", kind, id, "--format", format],
                    shape_of(format),
                );
            }
        }
        check_run(&work, &["steps"], Shape::Text);
        for format in ["kumu", "oligrapher", "dot", "gexf", "graphml"] {
            for audience in ["internal", "public"] {
                let args = ["export", format, "--audience", audience];
                let shape = match format {
                    "kumu" | "oligrapher" => Shape::Json,
                    "dot" => Shape::Text,
                    _ => Shape::Xml,
                };
                check_run(&work, &args, shape);
            }
        }
        for kind in coal::report::Kind::ALL.map(coal::report::Kind::as_str) {
            for format in ["table", "markdown", "json", "csv", "ics", "html"] {
                for audience in ["internal", "public"] {
                    let args = ["report", kind, "--format", format, "--audience", audience];
                    check_run(&work, &args, shape_of(format));
                }
            }
        }
        check_run(
            &work,
            &["report", "groups", "-o", "report.csv", "--format", "csv"],
            Shape::Text,
        )
        .ok();
        let written = std::fs::read_to_string(work.dir.path().join("report.csv")).unwrap();
        assert_safe(
            &["report.csv"],
            Shape::Csv,
            &Run {
                status: 0,
                stdout: written,
                stderr: String::new(),
            },
        );
        check_run(&work, &["fmt", "--check"], Shape::Text);
        check_run(&work, &["--dry-run", "fmt"], Shape::Text);
    }
}

#[test]
fn json_gives_back_the_hostile_strings_whole() {
    let work = Workdir::with(&hostile_ids_file());
    let run = check_run(
        &work,
        &["report", "groups", "--format", "json"],
        Shape::Json,
    )
    .ok();
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let names: Vec<&str> = json["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["id"].as_str().unwrap().starts_with('g'))
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, HOSTILE);
    let run = check_run(&work, &["check", "--format", "json"], Shape::Json).code(1);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let paths: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    for key in HOSTILE_KEYS {
        assert!(
            paths.contains(&format!("groups.{key}").as_str()),
            "{key:?} not in {paths:?}"
        );
    }
    // Keys are shown, made visible, in text.
    check_run(&work, &["check"], Shape::Text)
        .code(1)
        .stdout_has("groups.<U+202E>evil<U+200B>")
        .stdout_has("groups.a]52;c;AAAA:");
}

#[test]
fn names_that_show_nothing_are_refused() {
    let work = Workdir::with(MINIMAL);
    for name in [
        "\u{200b}",
        " \u{202e}\u{2066} ",
        "\u{3164}",
        "\u{feff}\u{00ad}",
    ] {
        work.refused(&["add-group", name], 2)
            .stderr_has("must show something: it holds only invisible characters");
        work.refused(&["add-tactic", name], 2);
    }
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"\\u200B\\u202E \"\n"
    ));
    check_run(&work, &["check"], Shape::Text)
        .code(1)
        .stdout_has("error[invalid-value] groups.a.name: `name` must show something: it holds only invisible characters");
}

#[test]
fn every_edit_shows_hostile_text_safely() {
    let work = Workdir::with(&hostile_file());
    let h = |i: usize| HOSTILE[i % HOSTILE.len()];
    let offer = format!("money={}", h(8));
    let second = format!("money={}", h(9));
    let missing = format!("space={}", h(10));
    let edits: Vec<Vec<&str>> = vec![
        vec!["add-group", h(0), "--notes", h(1), "--offer", &offer],
        vec!["update-group", "g00", "--notes", h(2), "--name", h(3)],
        vec![
            "update-group",
            "g00",
            "--offer",
            &second,
            "--status",
            "left",
        ],
        vec!["update-group", "g00", "--remove-offer", &missing],
        vec!["add-tactic", h(4), "--description", h(5)],
        vec!["add-space", h(6), "--group", "g00", "--purpose", h(7)],
        vec!["add-committee", h(8), "--group", "g00", "--mandate", h(9)],
        vec!["add-person", h(10), "--group", "g00", "--notes", h(11)],
        vec![
            "add-boundary",
            "g00",
            "--against-tactic",
            "t03",
            "--reason",
            h(0),
        ],
        vec![
            "update-tactic",
            "t00",
            "--name",
            h(6),
            "--description",
            h(7),
        ],
        vec![
            "update-space",
            "s00",
            "--medium",
            h(8),
            "--add-group",
            "g02",
        ],
        vec![
            "update-committee",
            "c00",
            "--mandate",
            h(9),
            "--add-group",
            "g01",
        ],
        vec![
            "update-person",
            "p00",
            "--notes",
            h(10),
            "--contact-phone",
            h(11),
        ],
        vec!["update-coalition", "--unity", h(0), "--name", h(1)],
        vec!["remove-boundary", "g01", "--against-tactic", "t02"],
        vec!["log-feedback", "g00", h(1)],
        vec![
            "log-decision",
            h(2),
            "--affects",
            "g00",
            "--consulted",
            "g00",
        ],
        vec!["step", "draft", "--vision", h(3)],
        vec![
            "update-decision",
            "1",
            "--summary",
            h(6),
            "--add-consulted",
            "g00",
        ],
        vec![
            "add-assembly",
            "2027-05-01",
            "--place",
            h(4),
            "--language",
            h(5),
            "--accessibility",
            h(6),
            "--rsvp",
            h(7),
            "--agenda",
            h(8),
            "--notes",
            h(9),
        ],
        vec![
            "update-assembly",
            "2027-04-10",
            "--agenda",
            h(10),
            "--invite",
            "g01",
            "--answered",
            "g01",
            "--remove-answered",
            "g00",
        ],
        vec![
            "step",
            "assembly",
            "--rsvp",
            h(11),
            "--language",
            h(12),
            "--invite",
            "g00",
            "--answered",
            "g00",
        ],
        vec!["log-decision", h(13), "--assembly", "2027-04-10"],
        vec!["report", "invitation", "--assembly", "2027-04-10"],
        vec!["step", "presentation", "--question", h(4), "--answer", h(5)],
        vec![
            "step",
            "presentation",
            "--answer-question",
            "1",
            "--answer",
            h(7),
        ],
        vec!["rename-group", "g01", "g01-new"],
        vec!["rename-tactic", "t01", "t01-new"],
        vec!["rename-space", "s00", "s-new"],
        vec!["rename-committee", "c00", "c-new"],
        vec!["rename-person", "p00", "p-new"],
        vec!["remove-group", "g02"],
        vec!["remove-group", "g02", "--force"],
        vec!["remove-tactic", "t03"],
        vec!["remove-tactic", "t03", "--force"],
        vec!["remove-space", "s-new"],
        vec!["remove-committee", "c-new", "--force"],
        vec!["remove-person", "p-new", "--force"],
        vec!["show", "groups", h(0)],
        vec!["fmt"],
    ];
    for edit in &edits {
        let mut dry = vec!["--dry-run"];
        dry.extend(edit);
        check_run(&work, &dry, Shape::Text);
        check_run(&work, edit, Shape::Text);
    }
    check_run(&work, &["fmt", "--check"], Shape::Text).ok();
    let other = Workdir::new();
    check_run(
        &other,
        &["init", "--name", h(0), "--unity", h(1)],
        Shape::Text,
    )
    .ok();
    check_run(&other, &["schema"], Shape::Json).ok();
    check_run(&other, &["completions", "bash"], Shape::Text).ok();
    check_run(&other, &["glossary"], Shape::Text).ok();
    check_run(&other, &["list"], Shape::Text).ok();
}

/// `git` in `dir`, reading no configuration of this machine.
fn git(dir: &std::path::Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=t", "-c", "user.email=t@t"])
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
}

#[test]
fn diff_and_merge_show_hostile_keys_safely() {
    let before = hostile_file();
    let work = Workdir::with(&before);
    let dir = work.dir.path();
    git(dir, &["init", "-q", "-b", "main"]);
    git(dir, &["add", "coalition.toml"]);
    git(dir, &["commit", "-qm", "hostile"]);
    // g01 holds the key `\r\x1b[2K`: once it erased the line of the change
    // before it.
    let erasing = format!("{} = true", toml_str(HOSTILE_KEYS[1]));
    assert!(before.contains(&erasing));
    let after = before
        .replacen("public = true", "public = false", 1)
        .replacen(
            &erasing,
            &format!("{} = false", toml_str(HOSTILE_KEYS[1])),
            1,
        );
    work.write(&format!("{after}{}", &hostile_ids_file()[before.len()..]));
    std::fs::write(dir.join("old.toml"), &before).unwrap();

    let text = check_run(&work, &["diff", "--since", "HEAD"], Shape::Text)
        .ok()
        .stdout;
    assert!(text.contains("~ groups.g00.public: true → false"), "{text}");
    assert!(text.contains("~ groups.g01. [2K: true → false"), "{text}");
    check_run(
        &work,
        &["diff", "--since", "HEAD", "--color", "always"],
        Shape::Text,
    )
    .ok();
    check_run(&work, &["diff", "old.toml"], Shape::Text).ok();
    let markdown = check_run(
        &work,
        &["diff", "--since", "HEAD", "--format", "markdown"],
        Shape::Markdown,
    )
    .ok()
    .stdout;
    assert!(
        markdown.contains("- `groups.g00.public`: true → false"),
        "{markdown}"
    );
    let json = check_run(
        &work,
        &["diff", "old.toml", "--format", "json"],
        Shape::Json,
    )
    .ok()
    .stdout;
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let paths: Vec<&str> = json["changed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["path"].as_str().unwrap())
        .collect();
    assert!(paths.contains(&"groups.g01.\r\u{1b}[2K"), "{paths:?}");

    check_run(&work, &["git-setup"], Shape::Text).ok();
    // Both sides change the hostile key differently: a conflict, named.
    std::fs::write(dir.join("base.toml"), &before).unwrap();
    std::fs::write(dir.join("ours.toml"), &after).unwrap();
    let theirs = before.replacen(&erasing, &format!("{} = 3", toml_str(HOSTILE_KEYS[1])), 1);
    std::fs::write(dir.join("theirs.toml"), theirs).unwrap();
    check_run(
        &work,
        &["merge-driver", "base.toml", "ours.toml", "theirs.toml"],
        Shape::Text,
    )
    .code(1)
    .stderr_has("groups.g01. [2K");
}

/// clap's own errors echo a bad argument raw: a bidi override or a
/// zero-width character in an argument reaches stderr as is (the README:
/// invisible characters are shown as `<U+202E>` "in every command").
/// Low severity: the text comes from the command line (a pasted command).
#[test]
fn clap_errors_show_invisible_characters_visibly() {
    let work = Workdir::with(MINIMAL);
    let run = work.run(&["--color", "\u{202e}never"]).code(2);
    assert!(!run.stderr.contains('\u{202e}'), "{:?}", run.stderr);
    let run = work.run(&["add-group", "\u{200b}"]).code(2);
    assert!(!run.stderr.contains('\u{200b}'), "{:?}", run.stderr);
}

/// Interlinear annotation characters (U+FFF9..U+FFFB, format characters
/// that hide the annotation text in renderers that support them) pass
/// raw into text output and unescaped into JSON, and a name made only of
/// them, or of U+2800 BRAILLE PATTERN BLANK, is accepted as a name.
#[test]
fn annotation_characters_and_braille_blank_are_treated_as_invisible() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\\uFFF9hidden\\uFFFB\"\n"
    ));
    let run = work.run(&["list", "groups", "--format", "json"]).ok();
    assert!(!run.stdout.contains('\u{fff9}'), "{}", run.stdout);
    work.refused(&["add-group", "\u{2800}"], 2);
}
