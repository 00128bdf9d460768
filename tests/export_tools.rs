//! `coal export dot|gexf|graphml` read back by the tools they are for:
//! Graphviz's `dot` draws the DOT without a warning, Python's networkx
//! reads the GEXF and the GraphML with every node, edge and attribute, and
//! a real XML parser (roxmltree) reads both XML files, hostile names and all.
//!
//! Without `dot` or networkx (3 or later, which reads GEXF 1.3) these
//! tests say so and pass, except under CI (`CI` set), where a skipped test
//! would pass vacuously: there they fail. `.ci/run` installs both.

mod common;

use std::path::Path;
use std::process::Command;

use common::*;

const FORMATS: [&str; 3] = ["dot", "gexf", "graphml"];

/// The shipped example's graph: 13 groups, 2 people, 2 committees and 2
/// spaces; 4 memberships, 6 committee seats, 11 space seats, 2 point
/// builders (Jo, Sam), 8 resource matches and 1 boundary.
const EXAMPLE_NODES: usize = 19;
const EXAMPLE_EDGES: usize = 32;
const EXAMPLE_POINT_BUILDERS: usize = 2;

/// Names that break a format written by hand: markup, quotes, a name
/// ending in a backslash, line breaks, control and non-characters, text
/// that runs right to left, emoji joined by a zero-width joiner, and a
/// 300-character name.
fn hostile() -> String {
    let long = "Ω".repeat(300);
    format!(
        r#"schema = 1

[coalition]
name = "Hostile <&> \"coalition\" \\"
unity_statement = "U"

[tactics.script]
name = "<script>alert(1)</script>"

[groups.script]
name = "<script>alert('x')</script>"
status = "member"
public = true
spectrum = "active_ally"
tactics = ["script"]
offers = {{ data = "x" }}

[groups.img]
name = "\"><img src=x onerror=alert(1)>"
status = "member"
public = true
needs = {{ data = "y" }}
boundaries = [{{ group = "slash", level = "limited" }}]

[groups.amp]
name = "Tom & Jerry &amp; &lt; 'single'"
status = "member"

[groups.slash]
name = "ends in a backslash \\"
status = "member"
public = true

[groups.lines]
name = "two\nlines\r\nand a bell \u0007 and \uFFFE"
status = "member"

[groups.rtl]
name = "\u202Eevil \u0645\u0631\u062D\u0628\u0627 🌍🏳️‍🌈"
status = "member"
public = true

[groups.long]
name = "{long}"
status = "prospect"

[people.pat]
name = "Pat \"the\" <b>bold</b> \\"
groups = ["script", "img", "amp"]

[committees.c]
name = "Committee </subgraph> }} {{ \"x\" \\"
groups = ["script", "slash"]

[spaces.s]
name = "Space & <chat>"
medium = "sig\"nal\\"
groups = ["img", "rtl"]
"#
    )
}

/// The hostile names as the exports write them: cleaned as every format
/// cleans user text (a line break is a space, a control character goes, a
/// non-character or an invisible one is shown), otherwise exact.
fn hostile_labels() -> Vec<String> {
    let mut labels: Vec<String> = [
        "<script>alert('x')</script>",
        "\"><img src=x onerror=alert(1)>",
        "Tom & Jerry &amp; &lt; 'single'",
        "ends in a backslash \\",
        "two lines  and a bell  and \u{FFFD}",
        "<U+202E>evil \u{645}\u{631}\u{62D}\u{628}\u{627} 🌍🏳\u{FE0F}<U+200D>🌈",
        "Pat \"the\" <b>bold</b> \\",
        "Committee </subgraph> } { \"x\" \\",
        "Space & <chat>",
    ]
    .map(String::from)
    .to_vec();
    labels.push("Ω".repeat(300));
    labels.sort();
    labels
}

fn export(work: &Workdir, args: &[&str]) -> String {
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    let run = work.run(&all).ok();
    assert_eq!(run.stderr, "", "{args:?}");
    run.stdout
}

/// Whether `program` runs here; under CI its absence fails the test with
/// what to install.
fn available(program: &str, args: &[&str], install: &str) -> bool {
    let runs = Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|output| output.status.success());
    if !runs {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must read the exports back with the real tools: install {install} (see .ci/run)"
        );
        eprintln!(
            "skipped: `{program} {}` does not run on this machine",
            args.join(" ")
        );
    }
    runs
}

fn graphviz() -> bool {
    available("dot", &["-V"], "Debian's graphviz")
}

/// The Python that reads the exports: `COAL_PYTHON` when set (`.ci/run`
/// sets it to a virtual environment), else the `python3` on the PATH.
fn python() -> String {
    std::env::var("COAL_PYTHON")
        .ok()
        .filter(|path| !path.is_empty())
        .unwrap_or_else(|| "python3".to_string())
}

/// networkx reads GEXF 1.3 from its version 3 (Debian 12's is 2.8).
fn networkx() -> bool {
    available(
        &python(),
        &[
            "-c",
            "import sys, networkx; sys.exit(int(networkx.__version__.split('.')[0]) < 3)",
        ],
        "Python's networkx 3 or later (pip install networkx; or set COAL_PYTHON)",
    )
}

#[test]
fn each_format_of_the_example_is_as_reviewed() {
    let work = Workdir::with(&example());
    for format in FORMATS {
        insta::assert_snapshot!(format!("export-{format}"), export(&work, &[format]));
    }
    insta::assert_snapshot!(
        "export-dot-public",
        export(&work, &["dot", "--audience", "public"])
    );
}

#[test]
fn the_export_is_the_same_every_day() {
    let work = Workdir::with(&example());
    for format in FORMATS {
        let today = export(&work, &[format]);
        let run = work
            .command()
            .args(["export", format])
            .env("COAL_TODAY", "2031-02-03")
            .output()
            .unwrap();
        assert_eq!(String::from_utf8(run.stdout).unwrap(), today, "{format}");
    }
}

/// `dot -Tsvg` on `text`: the SVG, after checking that dot said nothing.
fn draw(text: &str) -> String {
    let dir = tempfile::TempDir::new().unwrap();
    let file = dir.path().join("coalition.dot");
    std::fs::write(&file, text).unwrap();
    let output = Command::new("dot")
        .arg("-Tsvg")
        .arg(&file)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "dot failed: {stderr}");
    assert_eq!(stderr, "", "dot warned");
    String::from_utf8(output.stdout).unwrap()
}

/// Graphviz's SVG, which starts with a DOCTYPE.
fn parse_svg(svg: &str) -> roxmltree::Document<'_> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(svg, options).unwrap()
}

#[test]
fn graphviz_draws_the_dot_without_a_warning() {
    if !graphviz() {
        return;
    }
    let work = Workdir::with(&example());
    let svg = draw(&export(&work, &["dot"]));
    let drawing = parse_svg(&svg);
    let titles: Vec<&str> = drawing
        .descendants()
        .filter(|n| n.has_tag_name("title"))
        .filter_map(|n| n.text())
        .collect();
    // Every node and edge is drawn, the committees and spaces as clusters.
    assert_eq!(
        titles.iter().filter(|t| t.contains("->")).count(),
        EXAMPLE_EDGES
    );
    for cluster in ["cluster_committee-steering", "cluster_space-coord-signal"] {
        assert!(titles.contains(&cluster), "{cluster} not in {titles:?}");
    }
    assert!(titles.contains(&"group-amis-terre"));
    let public = draw(&export(&work, &["dot", "--audience", "public"]));
    parse_svg(&public);
}

#[test]
fn graphviz_draws_hostile_names_as_written() {
    if !graphviz() {
        return;
    }
    let work = Workdir::with(&hostile());
    let svg = draw(&export(&work, &["dot"]));
    let drawing = parse_svg(&svg);
    let texts: Vec<String> = drawing
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        // Graphviz keeps a run of spaces with no-break spaces.
        .filter_map(|n| n.text().map(|t| t.replace('\u{a0}', " ")))
        .collect();
    // People and groups are drawn with their names; committees and spaces
    // are the labels of their clusters.
    for label in hostile_labels() {
        assert!(texts.contains(&label), "{label:?} not drawn: {texts:?}");
    }
    assert!(texts.contains(&"Hostile <&> \"coalition\" \\".to_string()));
}

/// What networkx reads from `file`, as JSON: the graph's kind, its counts,
/// every node's attributes and every edge's.
fn networkx_reads(reader: &str, file: &Path) -> serde_json::Value {
    let script = format!(
        "import json, sys, networkx as nx\n\
         g = nx.{reader}(sys.argv[1])\n\
         print(json.dumps({{\n\
           'directed': g.is_directed(),\n\
           'nodes': {{n: d for n, d in g.nodes(data=True)}},\n\
           'edges': [[u, v, d] for u, v, d in g.edges(data=True)],\n\
           'graph': g.graph,\n\
         }}))\n"
    );
    let output = Command::new(python())
        .args(["-c", &script])
        .arg(file)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "networkx refused {}: {}",
        file.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

fn written(work: &Workdir, format: &str) -> std::path::PathBuf {
    let file = work.dir.path().join(format!("coalition.{format}"));
    std::fs::write(&file, export(work, &[format])).unwrap();
    file
}

fn edges_of_kind(read: &serde_json::Value, kind: &str) -> usize {
    read["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e[2]["kind"] == kind)
        .count()
}

#[test]
fn networkx_reads_the_gexf_with_every_node_edge_and_attribute() {
    if !networkx() {
        return;
    }
    let work = Workdir::with(&example());
    let read = networkx_reads("read_gexf", &written(&work, "gexf"));
    assert_eq!(read["directed"], true);
    assert_eq!(read["nodes"].as_object().unwrap().len(), EXAMPLE_NODES);
    // networkx reads a mutual edge as two, one each way.
    let edges = read["edges"].as_array().unwrap().len();
    assert_eq!(edges, EXAMPLE_EDGES + EXAMPLE_POINT_BUILDERS);
    assert_eq!(
        edges_of_kind(&read, "point_builder"),
        2 * EXAMPLE_POINT_BUILDERS
    );
    let amis = &read["nodes"]["group-amis-terre"];
    assert_eq!(amis["label"], "Les Ami·e·s de la Terre de Montréal");
    assert_eq!(amis["kind"], "group");
    assert_eq!(amis["status"], "member");
    assert_eq!(amis["power"], 4);
    assert_eq!(amis["members"], 850);
    assert_eq!(amis["public"], true);
    assert_eq!(
        amis["tactics"],
        r#"["Petition","Lobbying city councillors","March"]"#
    );
    assert_eq!(read["nodes"]["committee-steering"]["steering"], true);
    assert_eq!(read["nodes"]["space-coord-signal"]["medium"], "signal");
    assert_eq!(edges_of_kind(&read, "boundary"), 1);
    assert_eq!(edges_of_kind(&read, "resource"), 8);
}

#[test]
fn networkx_reads_the_graphml_with_every_node_edge_and_attribute() {
    if !networkx() {
        return;
    }
    let work = Workdir::with(&example());
    let read = networkx_reads("read_graphml", &written(&work, "graphml"));
    assert_eq!(read["directed"], true);
    assert_eq!(read["graph"]["name"], "Coalition Climat-Justice Montréal");
    assert_eq!(read["nodes"].as_object().unwrap().len(), EXAMPLE_NODES);
    assert_eq!(read["edges"].as_array().unwrap().len(), EXAMPLE_EDGES);
    let amis = &read["nodes"]["group-amis-terre"];
    assert_eq!(amis["label"], "Les Ami·e·s de la Terre de Montréal");
    assert_eq!(amis["status"], "member");
    assert_eq!(amis["power"], 4);
    assert_eq!(amis["public"], true);
    assert_eq!(
        amis["tactics"],
        "Petition; Lobbying city councillors; March"
    );
    let mutual: Vec<&serde_json::Value> = read["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e[2]["mutual"] == true)
        .collect();
    assert_eq!(mutual.len(), EXAMPLE_POINT_BUILDERS);
    assert!(mutual.iter().all(|e| e[2]["kind"] == "point_builder"));
    assert_eq!(edges_of_kind(&read, "boundary"), 1);
}

#[test]
fn networkx_reads_hostile_names_back_exactly() {
    if !networkx() {
        return;
    }
    let work = Workdir::with(&hostile());
    for (format, reader) in [("gexf", "read_gexf"), ("graphml", "read_graphml")] {
        let read = networkx_reads(reader, &written(&work, format));
        let mut labels: Vec<String> = read["nodes"]
            .as_object()
            .unwrap()
            .values()
            .map(|node| node["label"].as_str().unwrap().to_string())
            .collect();
        labels.sort();
        assert_eq!(labels, hostile_labels(), "{format}");
    }
}

#[test]
fn the_xml_formats_are_well_formed_and_declare_before_they_use() {
    for text in [example(), hostile()] {
        let work = Workdir::with(&text);
        let gexf = export(&work, &["gexf"]);
        let doc = roxmltree::Document::parse(&gexf).unwrap();
        let root = doc.root_element();
        assert_eq!(root.tag_name().namespace(), Some("http://gexf.net/1.3"));
        assert_eq!(root.attribute("version"), Some("1.3"));
        let declared: Vec<(&str, &str)> = doc
            .descendants()
            .filter(|n| n.has_tag_name("attribute"))
            .map(|n| {
                let class = n.parent().unwrap().attribute("class").unwrap();
                (class, n.attribute("id").unwrap())
            })
            .collect();
        for value in doc.descendants().filter(|n| n.has_tag_name("attvalue")) {
            let owner = value
                .ancestors()
                .find(|n| n.has_tag_name("node") || n.has_tag_name("edge"));
            let class = owner.unwrap().tag_name().name();
            let used = (class, value.attribute("for").unwrap());
            assert!(declared.contains(&used), "{used:?} not declared");
        }

        let graphml = export(&work, &["graphml"]);
        let doc = roxmltree::Document::parse(&graphml).unwrap();
        let children: Vec<&str> = doc
            .root_element()
            .children()
            .filter(|n| n.is_element())
            .map(|n| n.tag_name().name())
            .collect();
        // Every key, then the one graph.
        assert_eq!(children.last(), Some(&"graph"));
        assert!(children[..children.len() - 1].iter().all(|n| *n == "key"));
        let keys: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("key"))
            .map(|n| n.attribute("id").unwrap())
            .collect();
        for data in doc.descendants().filter(|n| n.has_tag_name("data")) {
            assert!(keys.contains(&data.attribute("key").unwrap()));
        }
    }
}

#[test]
fn the_public_export_holds_only_listed_groups_and_no_id() {
    let work = Workdir::with(&example());
    // Listed: members that endorse the coalition publicly.
    let listed = [
        "Collectif Artivistes",
        "Jeunes pour le climat",
        "Les Ami·e·s de la Terre de Montréal",
        "Park Extension Tenants' Union",
        "Syndicat des cols bleus, section 301",
    ];
    for format in FORMATS {
        let public = export(&work, &[format, "--audience", "public"]);
        for inside in [
            "group-sol-migrant",
            "person-",
            "committee-",
            "space-",
            "amis-terre",
            "Solidarité migrante",
            "Interfaith Climate Network",
            "GreenFuture",
            "Steering group",
            "Sam",
            // A score stays inside: declared, never given.
            "power=",
            "for=\"power\"",
            "key=\"node-power\"",
        ] {
            assert!(!public.contains(inside), "{format}: {inside} in\n{public}");
        }
        for name in listed {
            assert!(public.contains(name), "{format}: {name} missing");
        }
        for n in 1..=listed.len() {
            assert!(
                public.contains(&format!("group-{n}")),
                "{format}: group-{n}"
            );
        }
        assert!(!public.contains(&format!("group-{}", listed.len() + 1)));
    }
}

/// Two groups linked many ways: A offers money, data and space that B
/// needs, and two people sit in both.
const PARALLEL: &str = r#"schema = 1

[coalition]
name = "Parallel"
unity_statement = "U"

[groups.a]
name = "A"
status = "member"
offers = { money = "m", data = "d", space = "s" }

[groups.b]
name = "B"
status = "member"
needs = { money = "m", data = "d", space = "s" }

[people.p1]
name = "P1"
groups = ["a", "b"]

[people.p2]
name = "P2"
groups = ["a", "b"]
"#;

/// Gephi keeps one edge per (source, target, kind) and merges parallel
/// ones (gephi/gephi#2038, "Edges merge strategy"); GEXF 1.3 has `kind` on
/// `<edge>` for multigraphs. Money, data and space from A to B, and the
/// two point builders, each have a kind of their own; the plain kind stays
/// in the `kind` attribute.
#[test]
fn gexf_parallel_edges_have_distinct_kinds_so_gephi_keeps_them() {
    let work = Workdir::with(PARALLEL);
    let text = export(&work, &["gexf"]);
    let doc = roxmltree::Document::parse(&text).unwrap();
    let mut kinds: Vec<(&str, &str, &str, &str)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("edge"))
        .map(|edge| {
            let plain = edge
                .descendants()
                .find(|v| v.attribute("for") == Some("kind"))
                .and_then(|v| v.attribute("value"))
                .unwrap();
            let at = |name| edge.attribute(name).unwrap();
            (at("source"), at("target"), at("kind"), plain)
        })
        .collect();
    kinds.sort();
    assert_eq!(
        kinds,
        [
            (
                "group-a",
                "group-b",
                "point_builder:person-p1",
                "point_builder"
            ),
            (
                "group-a",
                "group-b",
                "point_builder:person-p2",
                "point_builder"
            ),
            ("group-a", "group-b", "resource:data", "resource"),
            ("group-a", "group-b", "resource:money", "resource"),
            ("group-a", "group-b", "resource:space", "resource"),
            ("person-p1", "group-a", "member", "member"),
            ("person-p1", "group-b", "member", "member"),
            ("person-p2", "group-a", "member", "member"),
            ("person-p2", "group-b", "member", "member"),
        ]
    );
    if networkx() {
        let read = networkx_reads("read_gexf", &written(&work, "gexf"));
        assert_eq!(edges_of_kind(&read, "resource"), 3);
        // A mutual edge reads as one each way in networkx's directed graph.
        assert_eq!(edges_of_kind(&read, "point_builder"), 4);
    }
}
