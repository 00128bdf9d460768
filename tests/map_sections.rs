//! The map's resources and steps sections: flows of resources between
//! groups and the four first steps on a line of time, each chart followed
//! by the same data in a table, read back with a real XML parser.

mod common;

use common::*;
use roxmltree::{Document, Node};

const RESOURCES: &str = "Resources";
const STEPS: &str = "The four first steps";

fn map(work: &Workdir) -> String {
    work.run(&["report", "map", "--format", "html"]).ok().stdout
}

/// The page's `<main>`, which holds every section. The page as a whole is
/// HTML (`<meta>` has no end tag) but its main part is written as XML too
/// (maud closes every element, and SVG needs no void element), so a real
/// parser reads it and a malformed section fails here.
fn main_part(page: &str) -> &str {
    let start = page.find("<main>").expect("a <main>");
    let end = page.rfind("</main>").expect("a </main>") + "</main>".len();
    &page[start..end]
}

/// The elements of the section titled `heading`, after its `<h2>`.
fn section<'a, 'i>(main: &'a Document<'i>, heading: &str) -> Vec<Node<'a, 'i>> {
    let h2 = main
        .descendants()
        .find(|n| n.has_tag_name("h2") && text(*n) == heading)
        .unwrap_or_else(|| panic!("no section {heading:?}"));
    assert!(
        h2.parent().is_some_and(|p| p.has_tag_name("section")),
        "{heading:?} heads no section"
    );
    h2.next_siblings()
        .skip(1)
        .filter(|n| n.is_element())
        .collect()
}

fn text(node: Node) -> String {
    // The page puts block elements on lines of their own: those line
    // breaks are layout, not text.
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .filter(|t| !t.trim().is_empty())
        .collect()
}

/// The section's SVG charts, each checked well-formed on its own (as
/// `--format svg` or a browser would read it).
fn charts<'a, 'i>(nodes: &[Node<'a, 'i>], source: &str) -> Vec<Node<'a, 'i>> {
    let svgs: Vec<Node> = nodes
        .iter()
        .flat_map(|n| n.descendants())
        .filter(|n| n.has_tag_name("svg"))
        .collect();
    for svg in &svgs {
        Document::parse(&source[svg.range()]).expect("each chart is well-formed XML on its own");
    }
    svgs
}

/// The rows of the section's tables, as the text of their cells.
fn table_rows(nodes: &[Node]) -> Vec<Vec<String>> {
    nodes
        .iter()
        .flat_map(|n| n.descendants())
        .filter(|n| n.has_tag_name("table"))
        .flat_map(|table| table.descendants().filter(|n| n.has_tag_name("tr")))
        .map(|tr| tr.children().filter(|n| n.is_element()).map(text).collect())
        .collect()
}

/// The texts of the `<title>` children of the chart's marks (the chart's
/// own title excepted).
fn mark_titles(svg: Node) -> Vec<String> {
    svg.descendants()
        .filter(|n| n.has_tag_name("title") && n.parent() != Some(svg))
        .map(text)
        .collect()
}

/// A section's HTML as it is written, one element a line for reading.
fn written(source: &str, nodes: &[Node]) -> String {
    let (Some(first), Some(last)) = (nodes.first(), nodes.last()) else {
        return String::new();
    };
    source[first.range().start..last.range().end].replace("><", ">\n<")
}

#[test]
fn both_sections_appear_in_the_map_of_the_example() {
    let work = Workdir::with(&example());
    let page = map(&work);
    let source = main_part(&page);
    let main = Document::parse(source).unwrap();
    for (heading, name) in [(RESOURCES, "map-resources"), (STEPS, "map-steps")] {
        let nodes = section(&main, heading);
        assert_eq!(charts(&nodes, source).len(), 1, "one chart in {heading}");
        insta::assert_snapshot!(name, written(source, &nodes));
    }
}

#[test]
fn every_match_of_the_resources_report_is_an_arrow_and_a_row() {
    let work = Workdir::with(&example());
    let json: serde_json::Value = serde_json::from_str(
        &work
            .run(&["report", "resources", "--format", "json"])
            .ok()
            .stdout,
    )
    .unwrap();
    let file: toml::Table = example().parse().unwrap();
    let name = |id: &serde_json::Value| {
        file["groups"][id.as_str().unwrap()]["name"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let matches = json["matches"].as_array().unwrap();
    assert!(!matches.is_empty(), "the example has matches");

    let page = map(&work);
    let source = main_part(&page);
    let main = Document::parse(source).unwrap();
    let nodes = section(&main, RESOURCES);
    let rows = table_rows(&nodes);
    assert_eq!(rows[0], ["from", "resource", "to", "details"]);
    assert_eq!(rows.len() - 1, matches.len(), "one row per match");
    let svg = charts(&nodes, source)[0];
    let titles = mark_titles(svg);
    let arrows = svg.descendants().filter(|n| n.has_tag_name("path")).count();
    assert_eq!(arrows, matches.len(), "one arrow per match");
    for m in matches {
        let (from, kind, to) = (
            name(&m["from"]),
            m["type"].as_str().unwrap(),
            name(&m["to"]),
        );
        assert!(
            rows.iter()
                .any(|r| r[0] == from && r[1] == kind && r[2] == to),
            "no row for {from} → {to} ({kind}): {rows:?}"
        );
        let arrow = format!("{from} → {to}: {kind}");
        assert!(titles.contains(&arrow), "no arrow titled {arrow:?}");
    }
    // The example's one unmatched offer is listed, and no need is left.
    let said = nodes
        .iter()
        .map(|n| text(*n))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(said.contains("Offers not matched yet:"), "{said}");
    assert!(said.contains("Collectif Artivistes — material (banners and puppets)"));
    assert!(said.contains("Every member's need is matched."), "{said}");
}

#[test]
fn the_timeline_tells_each_step_and_its_status_in_words_with_the_assemblies() {
    let work = Workdir::with(&example());
    let page = map(&work);
    let source = main_part(&page);
    let main = Document::parse(source).unwrap();
    let nodes = section(&main, STEPS);
    let rows = table_rows(&nodes);
    assert_eq!(rows[0], ["step", "status", "started", "finished"]);
    assert_eq!(
        rows[1..5]
            .iter()
            .map(|r| (r[1].as_str(), r[2].as_str(), r[3].as_str()))
            .collect::<Vec<_>>(),
        [
            ("done", "2026-09-15", "2026-10-10"),
            ("done", "2026-10-12", "2026-11-05"),
            ("in progress", "2026-11-06", ""),
            ("not started", "", ""),
        ]
    );
    assert_eq!(rows[5], ["assembly", "start", "place"]);
    assert_eq!(rows[6][0], "2027-01-16");

    let svg = charts(&nodes, source)[0];
    let drawn = text(svg);
    for words in [
        "done",
        "in progress",
        "not started",
        "assembly 2027-01-16",
        "today 2026-11-25",
    ] {
        assert!(
            drawn.contains(words),
            "the timeline lacks {words:?}: {drawn}"
        );
    }
    // Three steps have dates, so three bars; the fourth is told in words.
    let bars = svg
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.parent().is_some_and(|p| p.has_tag_name("g")))
        .count();
    assert_eq!(bars, 3);
    let titles = mark_titles(svg);
    assert!(
        titles.contains(
            &"1. First contact with affinity groups: done, from 2026-09-15, to 2026-10-10"
                .to_string()
        ),
        "{titles:?}"
    );
}

const NO_DATE_NO_MATCH: &str = "schema = 1\n\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n\n\
[groups.a]\nname = \"A\"\nstatus = \"member\"\noffers = { money = \"dues\" }\n\n\
[groups.b]\nname = \"B\"\nstatus = \"member\"\nneeds = { space = \"a room\" }\n";

#[test]
fn a_coalition_without_dates_or_matches_says_so_in_words() {
    let work = Workdir::with(NO_DATE_NO_MATCH);
    let page = map(&work);
    let source = main_part(&page);
    let main = Document::parse(source).unwrap();

    let resources = section(&main, RESOURCES);
    assert!(charts(&resources, source).is_empty(), "no flow, no chart");
    let said: Vec<String> = resources.iter().map(|n| text(*n)).collect();
    assert_eq!(
        said,
        [
            "No member's need matches another member's offer yet: there is no flow to draw.",
            "Offers not matched yet:",
            "A — money (dues)",
            "Needs no member meets yet:",
            "B — space (a room)",
        ]
    );

    let steps = section(&main, STEPS);
    let svg = charts(&steps, source)[0];
    assert_eq!(
        svg.descendants().filter(|n| n.has_tag_name("rect")).count(),
        2,
        "the legend's two, no bar"
    );
    let drawn: Vec<String> = svg
        .descendants()
        .filter(|n| n.has_tag_name("tspan"))
        .map(text)
        .collect();
    assert_eq!(drawn, ["not started"; 4]);
    assert!(text(svg).contains("today 2026-11-25"));
    let said: Vec<String> = steps.iter().map(|n| text(*n)).collect();
    assert!(
        said.contains(&"No assembly is dated yet.".to_string()),
        "{said:?}"
    );
}

/// Names a page must show as text: markup, quotes, an ampersand, right to
/// left script, emoji and a name far longer than a chart has room for.
const HOSTILE: [&str; 6] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "Tom & Jerry's \"shop\"",
    "اتحاد المستأجرين",
    "🌍🔥 Climate",
    "A very long name that goes on and on well past the room any chart could give it, and then some more",
];

fn hostile_file() -> String {
    let quoted = |text: &str| toml::Value::String(text.into()).to_string();
    let mut file = String::from(
        "schema = 1\n\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n\n\
         [steps.contact]\nstatus = \"done\"\nstarted = 2026-09-01\nfinished = 2026-09-30\n\n\
         [steps.assembly]\nstatus = \"doing\"\nstarted = 2026-10-01\ndate = 2027-02-01\n\n\
         [[assemblies]]\ndate = 2027-02-03\n\n",
    );
    // Pairs that offer and need the same kind: each pair is one flow.
    for (i, name) in HOSTILE.iter().enumerate() {
        let kind = ["money", "space", "data"][i / 2];
        let held = if i % 2 == 0 { "offers" } else { "needs" };
        file.push_str(&format!(
            "[groups.g{i}]\nname = {}\nstatus = \"member\"\nspectrum = \"active_ally\"\n{held} = {{ {kind} = {} }}\n\n",
            quoted(name),
            quoted(name),
        ));
    }
    file
}

#[test]
fn hostile_names_are_text_in_the_charts_and_the_tables() {
    let work = Workdir::with(&hostile_file());
    let page = map(&work);
    assert!(!page.contains("<script"), "a raw <script in the page");
    assert!(!page.contains("<img"), "a raw <img in the page");
    let source = main_part(&page);
    let main = Document::parse(source).unwrap();
    for n in main.descendants().filter(|n| n.is_element()) {
        assert!(
            n.attribute("onerror").is_none(),
            "an onerror attribute on <{}>",
            n.tag_name().name()
        );
        assert!(!["script", "img"].contains(&n.tag_name().name()));
    }

    let resources = section(&main, RESOURCES);
    let svg = charts(&resources, source)[0];
    let titles = mark_titles(svg);
    let rows = table_rows(&resources);
    assert_eq!(rows.len() - 1, 3, "three flows");
    for name in HOSTILE {
        assert!(
            titles.iter().any(|t| t.contains(name)),
            "the chart lacks {name:?} in full"
        );
        assert!(
            rows.iter().any(|r| r.contains(&name.to_string())),
            "the table lacks {name:?}"
        );
    }
    // The long name is shortened where it is drawn, whole in its title.
    let drawn: Vec<String> = svg
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(text)
        .collect();
    assert!(
        drawn
            .iter()
            .any(|t| t.starts_with("A very long name") && t.ends_with('…'))
    );
    assert!(!drawn.iter().any(|t| t == HOSTILE[5]));

    let steps = section(&main, STEPS);
    let svg = charts(&steps, source)[0];
    let drawn = text(svg);
    assert!(drawn.contains("assembly 2027-02-01") && drawn.contains("assembly 2027-02-03"));
}

#[test]
fn the_same_file_gives_the_same_sections_byte_for_byte() {
    let work = Workdir::with(&example());
    let first = map(&work);
    let mut command = work.command();
    command
        .env("TZ", "Pacific/Kiritimati")
        .args(["report", "map", "--format", "html"]);
    let again = Run::from(command.output().unwrap()).ok().stdout;
    assert_eq!(first, again);
}

#[test]
fn many_flows_are_all_in_the_table_and_the_first_forty_drawn() {
    let mut file = String::from(MINIMAL);
    for i in 0..30 {
        file.push_str(&format!(
            "\n[groups.g{i:02}]\nname = \"G{i}\"\nstatus = \"member\"\noffers = {{ money = \"dues\" }}\nneeds = {{ money = \"more\" }}\n"
        ));
    }
    let work = Workdir::with(&file);
    let page = map(&work);
    let source = main_part(&page);
    let main = Document::parse(source).unwrap();
    let nodes = section(&main, RESOURCES);
    let svg = charts(&nodes, source)[0];
    assert_eq!(
        svg.descendants().filter(|n| n.has_tag_name("path")).count(),
        40
    );
    assert_eq!(
        table_rows(&nodes).len() - 1,
        90,
        "three givers for each of 30 needs"
    );
    let said: Vec<String> = nodes.iter().map(|n| text(*n)).collect();
    assert!(said.contains(
        &"The chart draws the first 40 of the 90 flows; the table lists them all.".to_string()
    ));
}

/// With no member, nothing is offered or needed: the section says so
/// rather than that every offer and need is matched.
#[test]
fn resources_section_does_not_claim_every_offer_is_matched_when_there_is_none() {
    let work = Workdir::with(MINIMAL);
    let page = map(&work);
    let source = main_part(&page);
    let main = Document::parse(source).unwrap();
    let said: Vec<String> = section(&main, RESOURCES).iter().map(|n| text(*n)).collect();
    assert_eq!(
        said,
        [
            "No member's need matches another member's offer yet: there is no flow to draw.",
            "No member offers anything yet.",
            "No member needs anything yet.",
        ]
    );
}

/// A step finished before it started (a year mistyped, 2025 for 2026) is
/// a finding of `coal check`, and so of the map's findings.
#[test]
fn a_step_finished_before_it_started_is_a_finding() {
    let text = example().replace("finished = 2026-10-10", "finished = 2025-01-10");
    assert!(text.contains("finished = 2025-01-10"));
    let work = Workdir::with(&text);
    work.run(&["check"])
        .ok()
        .stdout_has("step-dates")
        .stdout_has("finished on 2025-01-10, before it started on 2026-09-15");
    work.run(&["check", "--deny-warnings"]).code(1);
    let page = map(&work);
    let findings = &page[page
        .find("id=\"findings-of-coal-check\"")
        .expect("findings")..];
    assert!(findings.contains("step-dates"), "{findings}");
    assert!(!findings.contains("No problems found"), "{findings}");
}
