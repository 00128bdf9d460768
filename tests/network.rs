//! The network report: groups linked by committees, spaces and people in
//! two groups, its chart in SVG, and the force layout that places it.

mod common;

#[path = "../benches/generate.rs"]
mod generate;

use std::path::Path;

use coal::report::chart::Chart;
use coal::report::layout;
use coal::report::{self, Audience, Block, Kind};
use common::*;
use proptest::prelude::*;

const FORMATS: [&str; 5] = ["table", "markdown", "json", "csv", "svg"];

fn network(work: &Workdir, format: &str) -> String {
    work.run(&["report", "network", "--format", format])
        .ok()
        .stdout
}

/// The SVG as an XML tree, or the test fails with the parse error.
fn parse(svg: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}\n{svg}"))
}

#[test]
fn every_format_on_the_example() {
    let work = Workdir::with(&example());
    for format in FORMATS {
        let mut command = work.command();
        command
            .env_remove("COLUMNS")
            .args(["report", "network", "--format", format]);
        let run = Run::from(command.output().unwrap()).ok();
        insta::assert_snapshot!(format!("network-{format}"), run.stdout);
        if format == "svg" {
            parse(&run.stdout);
        }
    }
    let json: serde_json::Value = serde_json::from_str(&network(&work, "json")).unwrap();
    assert_eq!(json["report"], "network");
    // Jo sits in both artivistes and youth-climate, who also prepare the
    // assembly together and talk in the coordination chat.
    let link = json["links"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["groups"] == serde_json::json!(["artivistes", "youth-climate"]))
        .expect("artivistes and youth-climate are linked");
    let kinds: Vec<&str> = link["through"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["committee", "person", "space"]);
    // city-council-ngo declined: out of the network, linked or not.
    assert!(!json.to_string().contains("city-council-ngo"));
}

const LINKED: &str = r#"schema = 1

[coalition]
name = "C"
unity_statement = "U"

[groups.a]
name = "Alpha"
status = "member"

[groups.b]
name = "Beta"
status = "member"
impacted = true

[groups.c]
name = "Gamma"
status = "member"

[groups.d]
name = "Delta"
status = "dialogue"

[groups.e]
name = "Epsilon"
status = "declined"

[groups.f]
name = "Phi"
status = "left"

[groups.g]
name = "Gimel"
status = "prospect"

[spaces.chat]
name = "Chat"
groups = ["b", "c", "e"]

[committees.coord]
name = "Coordination"
groups = ["a", "b", "f"]

[people.ana]
name = "Ana"
groups = ["c", "d", "e"]
"#;

#[test]
fn groups_are_linked_by_a_committee_a_space_or_a_person() {
    let work = Workdir::with(LINKED);
    let json: serde_json::Value = serde_json::from_str(&network(&work, "json")).unwrap();
    assert_eq!(
        json["links"],
        serde_json::json!([
            {"groups": ["a", "b"], "through": [{"kind": "committee", "id": "coord", "name": "Coordination"}]},
            {"groups": ["b", "c"], "through": [{"kind": "space", "id": "chat", "name": "Chat"}]},
            {"groups": ["c", "d"], "through": [{"kind": "person", "id": "ana", "name": "Ana"}]},
        ])
    );
    // The declined and the left are out; the prospect is in, unlinked.
    assert_eq!(json["unlinked"], serde_json::json!(["g"]));

    let table = network(&work, "table");
    assert!(table.contains("committee Coordination"), "{table}");
    assert!(
        table.contains("Not linked to any other group yet"),
        "{table}"
    );
    assert!(
        !table.contains("Epsilon") && !table.contains("Phi"),
        "{table}"
    );
    assert_eq!(
        network(&work, "csv"),
        "group,other_group,through\r\nAlpha,Beta,committee Coordination\r\nBeta,Gamma,space Chat\r\nGamma,Delta,person Ana\r\n"
    );
}

#[test]
fn one_link_per_pair_lists_everything_it_shares() {
    let text = LINKED.replace("groups = [\"c\", \"d\", \"e\"]", "groups = [\"b\", \"c\"]");
    let work = Workdir::with(&text);
    let csv = network(&work, "csv");
    assert!(
        csv.contains("Beta,Gamma,person Ana; space Chat\r\n"),
        "{csv}"
    );
    assert_eq!(csv.matches("Beta,Gamma").count(), 1, "{csv}");
}

#[test]
fn a_coalition_without_links_says_so() {
    let work = Workdir::with(MINIMAL);
    let table = network(&work, "table");
    assert!(table.contains("No two groups share a committee, a space or a person yet."));
    let json: serde_json::Value = serde_json::from_str(&network(&work, "json")).unwrap();
    assert_eq!(json["links"], serde_json::json!([]));
    // No group, no node: the chart says so in words, no blank frame.
    let svg = network(&work, "svg");
    let doc = parse(&svg);
    let words: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(words, ["No group yet: nothing to link."]);
    let height: f64 = doc
        .root_element()
        .attribute("height")
        .unwrap()
        .parse()
        .unwrap();
    assert!(height < 100.0, "{height}");
}

#[test]
fn the_chart_marks_signs_rings_dashes_and_full_names() {
    let work = Workdir::with(&LINKED.replace(
        "name = \"Alpha\"",
        "name = \"Alpha, the very long name of a group that goes on\"\nspectrum = \"active_ally\"",
    ));
    let svg = network(&work, "svg");
    let doc = parse(&svg);
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("title"))
        .filter_map(|n| n.text())
        .collect();
    assert!(titles.contains(&"Alpha, the very long name of a group that goes on (active ally)"));
    assert!(titles.contains(&"Beta (not placed, impacted)"));
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    assert!(texts.contains(&"++ Alpha, the very lon…"), "{texts:?}");
    // Committee solid, space dashed, person dotted.
    let dashes: Vec<Option<&str>> = doc
        .descendants()
        .filter(|n| n.has_tag_name("path"))
        .map(|n| n.attribute("stroke-dasharray"))
        .collect();
    assert_eq!(dashes, [None, Some("1 4"), Some("6 4")]);
    // The impacted group has a ring: two circles at its place.
    let rings = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle") && n.attribute("fill") == Some("none"))
        .count();
    assert_eq!(
        rings,
        1 + 2,
        "one ring, and the legend's ring of two circles"
    );
}

/// No group's label covers another group's circle: it goes to the side
/// where there is room, or is cut to the sign.
#[test]
fn labels_do_not_cover_other_groups() {
    let work = Workdir::with(&example());
    let svg = network(&work, "svg");
    let doc = parse(&svg);
    let circles: Vec<(String, f64, f64)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle"))
        .filter_map(|n| {
            let title = n.children().find(|c| c.has_tag_name("title"))?.text()?;
            let get = |a: &str| n.attribute(a).unwrap().parse::<f64>().unwrap();
            Some((title.to_string(), get("cx"), get("cy")))
        })
        .collect();
    assert!(circles.len() >= 10, "{}", circles.len());
    let mut labels = 0;
    for text in doc.descendants().filter(|n| n.has_tag_name("text")) {
        // The legend's texts have no halo.
        let Some(label) = text
            .text()
            .filter(|_| text.attribute("stroke") != Some("none"))
        else {
            continue;
        };
        labels += 1;
        let size: f64 = text
            .ancestors()
            .find_map(|a| a.attribute("font-size"))
            .unwrap()
            .parse()
            .unwrap();
        let x: f64 = text.attribute("x").unwrap().parse().unwrap();
        let y: f64 = text.attribute("y").unwrap().parse().unwrap();
        // A low estimate of the width: half an em a character.
        let width = label.chars().count() as f64 * size * 0.5;
        let (left, right) = match text.attribute("text-anchor") {
            Some("end") => (x - width, x),
            Some("middle") => (x - width / 2.0, x + width / 2.0),
            _ => (x, x + width),
        };
        for (name, cx, cy) in &circles {
            assert!(
                !(*cx > left && *cx < right && *cy > y - size * 0.7 && *cy < y + size * 0.2),
                "{label:?} covers the circle of {name:?}"
            );
        }
    }
    assert!(labels >= circles.len(), "{labels} labels");
}

#[test]
fn hostile_names_are_text() {
    let hostile = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "Tom & Jerry's \"crew\"",
        "مجموعة التضامن",
        "🔥🌍 Climat ✊🏽",
        &"Very long name ".repeat(20),
    ];
    let mut text = String::from(MINIMAL);
    let mut ids = Vec::new();
    for (i, name) in hostile.iter().enumerate() {
        text.push_str(&format!(
            "\n[groups.g{i}]\nname = {}\nstatus = \"member\"\n",
            toml_string(name)
        ));
        ids.push(format!("\"g{i}\""));
    }
    text.push_str(&format!(
        "\n[committees.x]\nname = {}\ngroups = [{}]\n",
        toml_string("<script>c</script>"),
        ids.join(", ")
    ));
    let work = Workdir::with(&text);
    let svg = network(&work, "svg");
    assert!(!svg.contains("<script"), "{svg}");
    assert!(!svg.contains("<img"), "{svg}");
    let doc = parse(&svg);
    for node in doc.descendants() {
        assert!(!node.has_tag_name("script") && !node.has_tag_name("img"));
        assert!(node.attributes().all(|a| !a.name().starts_with("on")));
    }
    let titles: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("title"))
        .filter_map(|n| n.text().map(str::to_string))
        .collect();
    for name in hostile {
        assert!(
            titles.iter().any(|t| t.starts_with(name)),
            "{name} not in {titles:?}"
        );
    }
    for format in ["markdown", "table", "csv", "json"] {
        work.run(&["report", "network", "--format", format]).ok();
    }
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.into()).to_string()
}

#[test]
fn the_same_file_gives_the_same_bytes() {
    let work = Workdir::with(&generate::coalition(200));
    for format in ["svg", "json"] {
        assert_eq!(network(&work, format), network(&work, format));
    }
}

#[test]
fn the_map_has_the_network_section() {
    let validated = coal::store::load::parse(Path::new("coalition.toml"), &example()).unwrap();
    let context = report::Context {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        audience: Audience::Internal,
        schema_findings: &[],
        assembly: None,
        file: None,
        since: None,
    };
    let map = report::build(Kind::Map, &validated.coalition, context);
    let at = map
        .blocks
        .iter()
        .position(|b| *b == Block::Heading("Network".into()))
        .expect("a Network heading");
    assert!(matches!(
        &map.blocks[at + 1],
        Block::Chart(Chart::Network(_))
    ));
    assert!(matches!(&map.blocks[at + 2], Block::Table(_)));
}

/// `n` member groups, rated and placed, all in one space: the
/// coalition-wide chat, the normal case.
fn one_space_for_all(n: usize) -> String {
    let mut text = MINIMAL.to_string();
    for i in 0..n {
        text.push_str(&format!(
            "\n[groups.g{i:04}]\nname = \"Group {i}\"\nstatus = \"member\"\npower = {}\ninterest = {}\nspectrum = \"active_ally\"\n",
            1 + i % 5,
            1 + (i / 5) % 5
        ));
    }
    let ids: Vec<String> = (0..n).map(|i| format!("\"g{i:04}\"")).collect();
    text.push_str(&format!(
        "\n[spaces.everyone]\nname = \"Everyone\"\nmedium = \"signal\"\ngroups = [{}]\n",
        ids.join(", ")
    ));
    text
}

/// A space of 300 groups is one hub with 300 spokes and one row of the
/// map's table, not 44,850 pairs; the JSON and CSV stay a row a pair.
#[test]
fn a_tie_of_many_groups_is_a_hub_not_every_pair() {
    let work = Workdir::with(&one_space_for_all(300));
    let svg = network(&work, "svg");
    assert!(svg.len() < 100_000, "{} bytes", svg.len());
    let doc = parse(&svg);
    let hubs: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.children().any(|c| c.has_tag_name("title")))
        .collect();
    assert_eq!(hubs.len(), 1);
    assert_eq!(
        hubs[0]
            .children()
            .find(|c| c.has_tag_name("title"))
            .unwrap()
            .text(),
        Some("space Everyone (300 groups)")
    );
    let map = work.run(&["report", "map"]).ok().stdout;
    assert!(map.len() < 1_000_000, "{} bytes", map.len());
    let section = &map[map.find(">Network</h2>").unwrap()..];
    let section = &section[..section.find("</section>").unwrap()];
    assert_eq!(section.matches("<tr").count(), 2, "a header and one tie");
    assert_eq!(
        network(&work, "csv").lines().count(),
        1 + 300 * 299 / 2,
        "the CSV lists every pair"
    );
}

#[test]
fn a_thousand_groups_draw_under_500_kb_readable_on_a_laptop() {
    let work = Workdir::with(&generate::coalition(1_000));
    let svg = network(&work, "svg");
    assert!(svg.len() < 500_000, "{} bytes", svg.len());
    let doc = parse(&svg);
    // Every group is drawn, with its name in a title.
    let circles = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle") && n.children().any(|c| c.has_tag_name("title")))
        .count();
    assert_eq!(circles, 1_000);
    // Drawn no wider than a laptop's page column (736 px), so its text
    // shows at its size: at least 9 px.
    let width: f64 = doc
        .root_element()
        .attribute("width")
        .unwrap()
        .parse()
        .unwrap();
    assert!(width <= 736.0, "{width}");
    for size in doc.descendants().filter_map(|n| n.attribute("font-size")) {
        assert!(size.parse::<f64>().unwrap() >= 9.0, "{size}");
    }
    // And the whole map of the benchmark's 1,000 groups under 2 MB.
    let map = work.run(&["report", "map"]).ok().stdout;
    assert!(map.len() < 2_000_000, "{} bytes", map.len());
}

/// Random graphs: up to `n` nodes and links between them.
fn graph(n: usize) -> impl Strategy<Value = (usize, Vec<(usize, usize)>)> {
    (1..n).prop_flat_map(|n| {
        // A loop pulls nothing: it may come, the layout must bear it.
        let link = (0..n, 0..n).prop_map(|(a, b)| (a.min(b), a.max(b)));
        (Just(n), proptest::collection::vec(link, 0..3 * n))
    })
}

fn close(a: (f64, f64), b: (f64, f64)) -> bool {
    let scale = 1.0 + a.0.abs().max(a.1.abs());
    (a.0 - b.0).abs() <= 1e-9 * scale && (a.1 - b.1).abs() <= 1e-9 * scale
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The grid only skips pairs farther apart than the cutoff: it feels
    /// the same forces as looking at every pair.
    #[test]
    fn the_grid_feels_what_all_pairs_feel(
        places in proptest::collection::vec((0.0f64..=1.0, 0.0f64..=1.0), 1..300),
        cutoff in 0.01f64..0.8,
        duplicates in 0usize..5,
    ) {
        // Some nodes on the same spot as others.
        let mut places = places;
        for i in 0..duplicates.min(places.len() - 1) {
            places[i + 1] = places[0];
        }
        let k = layout::ideal(places.len());
        let grid = layout::repulsion(&places, k, cutoff);
        let all = layout::repulsion_all_pairs(&places, k, cutoff);
        for (g, a) in grid.iter().zip(&all) {
            prop_assert!(close(*g, *a), "grid {g:?} all pairs {a:?}");
        }
    }

    #[test]
    fn the_layout_is_finite_inside_and_the_same_twice((n, links) in graph(120)) {
        let places = layout::layout(n, &links);
        prop_assert_eq!(places.len(), n);
        for &(x, y) in &places {
            prop_assert!(x.is_finite() && y.is_finite());
            prop_assert!((0.0..=1.0).contains(&x) && (0.0..=1.0).contains(&y));
        }
        prop_assert_eq!(places, layout::layout(n, &links));
    }
}

/// The layout uses only `+ - * /` and `sqrt` (IEEE 754 exact on every
/// machine), no `cos` or `sin` (libm's last bits differ between systems,
/// and a force layout amplifies them): these places are the same on every
/// platform CI runs on, or this test fails there.
#[test]
fn the_layout_is_pinned_to_the_same_places_everywhere() {
    let n = 200;
    let links: Vec<(usize, usize)> = (0..n)
        .flat_map(|i| [(i, (i * 7 + 3) % n), (i, (i + 1) % n)])
        .filter(|(a, b)| a != b)
        .map(|(a, b)| (a.min(b), a.max(b)))
        .collect();
    let places = layout::layout(n, &links);
    let pinned: Vec<(f64, f64)> = [0, 1, 50, 100, 199].iter().map(|&i| places[i]).collect();
    assert_eq!(
        pinned,
        [
            (0.566, 0.335),
            (0.692, 0.112),
            (0.569, 0.473),
            (0.444, 0.848),
            (0.441, 0.673)
        ]
    );
}

#[test]
fn isolated_and_coincident_nodes_are_placed() {
    // No link at all: the nodes still spread out.
    let places = layout::layout(5, &[]);
    for (i, a) in places.iter().enumerate() {
        for b in &places[i + 1..] {
            assert_ne!(a, b);
        }
    }
    // Two nodes only linked to each other: placed apart, inside.
    let places = layout::layout(2, &[(0, 1), (0, 1)]);
    assert_ne!(places[0], places[1]);
    // Nodes on one spot are pushed apart, the same way every time.
    let spot = vec![(0.3, 0.3); 4];
    let forces = layout::repulsion(&spot, layout::ideal(4), 0.5);
    assert!(
        forces
            .iter()
            .all(|f| f.0.is_finite() && f.1.is_finite() && *f != (0.0, 0.0))
    );
    assert_eq!(forces, layout::repulsion(&spot, layout::ideal(4), 0.5));
}

#[test]
fn table_and_markdown_in_french() {
    let work = Workdir::with(&example());
    for format in ["table", "markdown"] {
        let mut command = work.command();
        command
            .env_remove("COLUMNS")
            .args(["report", "network", "--format", format, "--lang", "fr"]);
        let run = Run::from(command.output().unwrap()).ok();
        insta::assert_snapshot!(format!("network-{format}-fr"), run.stdout);
        assert!(run.stdout.contains("réseau"), "{}", run.stdout);
    }
}
