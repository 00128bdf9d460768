//! The power and spectrum charts (`--format svg`) and the map: snapshots of
//! the shipped example, SVG read back by a real XML parser, every group
//! drawn and tabled, hostile names kept as text, the same bytes every run.

mod common;

use common::*;

/// The SVG of `coal report KIND --format svg`, checked to parse.
fn svg(work: &Workdir, kind: &str) -> String {
    let run = work.run(&["report", kind, "--format", "svg"]).ok();
    roxmltree::Document::parse(&run.stdout)
        .unwrap_or_else(|e| panic!("{kind}: not well-formed XML: {e}\n{}", run.stdout));
    run.stdout
}

/// The text of every `<title>` of a mark (the chart's own title aside).
fn mark_titles(svg: &str) -> Vec<String> {
    let document = roxmltree::Document::parse(svg).unwrap();
    document
        .descendants()
        .filter(|n| n.has_tag_name("title"))
        .filter(|n| n.parent().is_some_and(|p| p.has_tag_name("g")))
        .map(|n| n.text().unwrap_or_default().to_string())
        .collect()
}

/// The `<g>` of the mark whose title starts with `name:`.
fn mark_of<'a>(document: &'a roxmltree::Document<'a>, name: &str) -> roxmltree::Node<'a, 'a> {
    document
        .descendants()
        .find(|n| {
            n.has_tag_name("g")
                && n.first_element_child().is_some_and(|t| {
                    t.has_tag_name("title")
                        && t.text().is_some_and(|t| t.starts_with(&format!("{name}:")))
                })
        })
        .unwrap_or_else(|| panic!("no mark of {name}"))
}

/// The y of a mark: a circle's centre, or a diamond's top corner.
fn mark_y(mark: roxmltree::Node) -> i32 {
    let shape = mark
        .children()
        .find(|n| n.has_tag_name("circle") || n.has_tag_name("path"))
        .unwrap();
    match shape.attribute("cy") {
        Some(cy) => cy.parse().unwrap(),
        None => {
            let d = shape.attribute("d").unwrap();
            d.trim_start_matches('M')
                .split(['l', ' '])
                .nth(1)
                .unwrap()
                .parse()
                .unwrap()
        }
    }
}

/// The example's groups: id, name and table.
fn groups(text: &str) -> Vec<(String, String, toml::Table)> {
    let file: toml::Table = toml::from_str(text).unwrap();
    file["groups"]
        .as_table()
        .unwrap()
        .iter()
        .map(|(id, g)| {
            let g = g.as_table().unwrap().clone();
            (id.clone(), g["name"].as_str().unwrap().to_string(), g)
        })
        .collect()
}

/// Text as it is written in HTML by maud.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Markup cut before each tag, so that a snapshot's diff shows what moved.
fn one_element_a_line(markup: &str) -> String {
    markup.replace("><", ">\n<")
}

/// The root `<svg>` holds a `<title>` and a `<desc>` that it names.
fn assert_titled(svg: &str) {
    let document = roxmltree::Document::parse(svg).unwrap();
    let root = document.root_element();
    assert!(root.has_tag_name("svg"));
    let children: Vec<&str> = root
        .children()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name())
        .take(2)
        .collect();
    assert_eq!(children, ["title", "desc"], "{svg}");
    let labelled = root.attribute("aria-labelledby").unwrap();
    for id in labelled.split(' ') {
        assert!(
            document
                .descendants()
                .any(|n| n.attribute("id") == Some(id))
        );
    }
}

#[test]
fn the_examples_charts_and_map() {
    let work = Workdir::with(&example());
    for kind in ["power", "spectrum"] {
        let first = svg(&work, kind);
        assert_titled(&first);
        assert_eq!(first, svg(&work, kind), "{kind}: not the same bytes twice");
        insta::assert_snapshot!(format!("{kind}-svg"), one_element_a_line(&first));
    }
    let map = work.run(&["report", "map"]).ok().stdout;
    assert_eq!(
        map,
        work.run(&["report", "map", "--format", "html"]).ok().stdout
    );
    assert_eq!(map, work.run(&["report", "map"]).ok().stdout);
    insta::assert_snapshot!("map-html", one_element_a_line(&map));
}

#[test]
fn the_other_formats_leave_the_charts_out() {
    let work = Workdir::with(&example());
    for kind in ["power", "spectrum"] {
        for format in ["table", "markdown", "json", "csv"] {
            let run = work.run(&["report", kind, "--format", format]).ok();
            assert!(!run.stdout.contains("<svg"), "{kind} {format}");
        }
    }
}

#[test]
fn every_group_is_in_the_charts_and_in_the_tables_under_them() {
    let text = example();
    let work = Workdir::with(&text);
    let power = mark_titles(&svg(&work, "power"));
    let spectrum = mark_titles(&svg(&work, "spectrum"));
    let page = work.run(&["report", "map"]).ok().stdout;
    // The power and spectrum sections: the ones after them name groups too.
    let map = &page[page.find("<section id=\"power-and-interest\">").unwrap()
        ..page.find("<section id=\"resources\">").unwrap()];
    let drawn = |titles: &[String], name: &str| {
        titles
            .iter()
            .filter(|t| t.starts_with(&format!("{name}:")))
            .count()
    };
    let (mut rated, mut placed) = (0, 0);
    for (id, name, g) in groups(&text) {
        let status = g.get("status").and_then(|s| s.as_str()).unwrap_or("");
        let is_rated = g.contains_key("power") && g.contains_key("interest");
        let opponent = status == "watch"
            || g.get("spectrum")
                .and_then(|s| s.as_str())
                .is_some_and(|s| s.ends_with("opposition"));
        if !["declined", "left"].contains(&status) && (is_rated || opponent) {
            rated += 1;
            assert_eq!(drawn(&power, &name), 1, "{id} in the power chart");
        }
        if g.contains_key("spectrum") {
            placed += 1;
            assert_eq!(drawn(&spectrum, &name), 1, "{id} in the spectrum chart");
        }
        // In the power table (or the opponents') unless it declined or
        // left, and in the spectrum's when placed.
        let cell = format!("<td>{}</td>", escaped(&name));
        let expected = usize::from(!["declined", "left"].contains(&status))
            + usize::from(g.contains_key("spectrum"));
        assert_eq!(
            map.matches(&cell).count(),
            expected,
            "{id} in the map's tables"
        );
    }
    assert_eq!(power.len(), rated, "{power:?}");
    assert_eq!(spectrum.len(), placed, "{spectrum:?}");
}

#[test]
fn impacted_groups_opponents_and_aims_are_told_apart_without_colour() {
    let work = Workdir::with(&example());
    let power = svg(&work, "power");
    let document = roxmltree::Document::parse(&power).unwrap();
    // Impacted: a diamond (a path); others: a circle.
    let shape = |name: &str| {
        mark_of(&document, name)
            .children()
            .find(|n| n.is_element() && !n.has_tag_name("title"))
            .unwrap()
            .tag_name()
            .name()
            .to_string()
    };
    assert_eq!(shape("Solidarité migrante"), "path");
    assert_eq!(shape("Collectif Artivistes"), "circle");
    assert!(power.contains("a group of impacted people (diamond)"));
    // The sign beside each mark, and in the legend.
    let label = |name: &str| {
        mark_of(&document, name)
            .children()
            .find(|n| n.has_tag_name("text"))
            .unwrap()
            .text()
            .unwrap()
            .to_string()
    };
    assert!(label("Collectif Artivistes").starts_with("++ "));
    assert!(label("GreenFuture Corp").starts_with("− "));
    assert!(power.contains("−− active opposition"));
    // The opponent is under the whole grid, not in it.
    let opponent = mark_y(mark_of(&document, "GreenFuture Corp"));
    for name in [
        "Coop alimentaire La Grange",
        "Syndicat des cols bleus, section 301",
    ] {
        assert!(opponent > mark_y(mark_of(&document, name)) + 60, "{name}");
    }
    for quadrant in [
        "Manage closely",
        "Keep satisfied",
        "Keep informed",
        "Monitor",
    ] {
        assert!(power.contains(&format!(">{quadrant}</text>")), "{quadrant}");
    }

    let spectrum = svg(&work, "spectrum");
    let document = roxmltree::Document::parse(&spectrum).unwrap();
    let arrows = |name: &str| {
        mark_of(&document, name)
            .children()
            .filter(|n| n.has_tag_name("line") && n.attribute("stroke-dasharray").is_some())
            .count()
    };
    // A target set, a step proposed, and none (an active ally).
    assert_eq!(arrows("Cercle de solidarité autochtone"), 1);
    assert_eq!(arrows("GreenFuture Corp"), 1);
    assert_eq!(arrows("Collectif Artivistes"), 0);
}

/// Groups named to break out of the picture, in every kind of script.
const HOSTILE: [&str; 8] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "Tom & Jerry's \"union\"",
    "اتحاد المستأجرين في الحي",
    "🌍👩‍👩‍👧 Families for the planet 🌱",
    "bell \u{7} escape \u{1b}[2J end",
    "A name so long that no label could ever hold it whole, not even on the widest of screens, and so on",
    "]]> <!-- -->",
];

fn hostile_file() -> String {
    let mut text = MINIMAL.to_string();
    for (n, name) in HOSTILE.iter().enumerate() {
        let name = name
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\u{7}', "\\u0007")
            .replace('\u{1b}', "\\u001B");
        let spectrum = [
            "active_ally",
            "passive_ally",
            "neutral",
            "passive_opposition",
        ][n % 4];
        text.push_str(&format!(
            "\n[groups.g{n}]\nname = \"{name}\"\nimpacted = {}\npower = {}\ninterest = 4\nspectrum = \"{spectrum}\"\n",
            n % 2 == 0,
            1 + n % 5,
        ));
    }
    text
}

/// Nothing in `text` acts: no element or comment a name brought.
fn assert_inert(what: &str, text: &str) {
    for raw in ["<script", "<img", "<!--"] {
        assert!(!text.contains(raw), "{what}: {raw:?} got through");
    }
}

#[test]
fn hostile_names_stay_text() {
    let work = Workdir::with(&hostile_file());
    for kind in ["power", "spectrum"] {
        let svg = svg(&work, kind);
        assert_inert(kind, &svg);
        // Control characters are not XML 1.0 text: cleaned as in every
        // format.
        assert!(!svg.contains(['\u{1b}', '\u{7}']), "{kind}");
        let document = roxmltree::Document::parse(&svg).unwrap();
        for node in document.descendants().filter(|n| n.is_element()) {
            assert!(
                [
                    "svg", "title", "desc", "g", "rect", "line", "text", "circle", "path"
                ]
                .contains(&node.tag_name().name()),
                "{kind}: a <{}> element",
                node.tag_name().name()
            );
            assert!(
                node.attributes().all(|a| !a.name().starts_with("on")),
                "{kind}: an event attribute"
            );
        }
        // Each name whole in its mark's title, the long one shortened in
        // its label.
        let titles = mark_titles(&svg);
        for name in HOSTILE {
            let name = coal::output::clean(name);
            assert!(
                titles.iter().any(|t| t.starts_with(&format!("{name}:"))),
                "{kind}: {name}"
            );
        }
        let long = mark_of(&document, HOSTILE[6]);
        let label = long.children().find(|n| n.has_tag_name("text")).unwrap();
        assert!(label.text().unwrap().ends_with("…"), "{kind}");
        assert!(label.text().unwrap().chars().count() < 30, "{kind}");
    }
    let map = work.run(&["report", "map"]).ok().stdout;
    assert_inert("map", &map);
    assert!(map.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(map.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
}

/// XML 1.0 forbids U+FFFE and U+FFFF, which TOML accepts in a name: every
/// chart replaces them, so a browser still shows the picture.
#[test]
fn charts_stay_well_formed_xml_whatever_a_name_holds() {
    let text = MINIMAL.to_string()
        + "\n[groups.a]\nname = \"Alpha\\uFFFF\\uFFFEBeta\"\nstatus = \"member\"\n\
           power = 3\ninterest = 4\nspectrum = \"passive_ally\"\n\n\
           [groups.b]\nname = \"B\"\nstatus = \"member\"\n\
           power = 2\ninterest = 2\nspectrum = \"active_ally\"\n\n\
           [committees.c]\nname = \"Steering\"\ngroups = [\"a\", \"b\"]\n";
    let work = Workdir::with(&text);
    for kind in ["power", "spectrum", "network"] {
        let svg = svg(&work, kind);
        assert!(svg.contains("Alpha\u{FFFD}\u{FFFD}Beta"), "{kind}");
    }
}

#[test]
fn groups_at_one_spot_are_spread_and_counted() {
    let mut text = MINIMAL.to_string();
    for n in 0..6 {
        text.push_str(&format!(
            "\n[groups.g{n}]\nname = \"Group {n}\"\npower = 4\ninterest = 4\nspectrum = \"active_ally\"\n"
        ));
    }
    let work = Workdir::with(&text);
    let svg = svg(&work, "power");
    let document = roxmltree::Document::parse(&svg).unwrap();
    // Four lines in a cell: three marks and the count of the others.
    let ys: Vec<i32> = (0..3)
        .map(|n| mark_y(mark_of(&document, &format!("Group {n}"))))
        .collect();
    assert!(ys.windows(2).all(|w| w[1] - w[0] >= 14), "{ys:?}");
    assert!(svg.contains(">+3 more</text>"), "{svg}");
}

#[test]
fn charts_with_nothing_to_place_say_so_in_words() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\n\n[groups.b]\nname = \"B\"\npower = 3\n"
    ));
    let power = svg(&work, "power");
    assert_titled(&power);
    assert!(power.contains("No group is rated yet"), "{power}");
    let spectrum = svg(&work, "spectrum");
    assert_titled(&spectrum);
    assert!(
        spectrum.contains("No group is placed on the spectrum yet"),
        "{spectrum}"
    );
    // A report drawn by another: a picture all the same.
    let network = svg(&work, "network");
    assert!(network.contains("<title"), "{network}");
    let map = work.run(&["report", "map"]).ok().stdout;
    assert!(
        map.contains("<td>A</td>") && map.contains("<td>B</td>"),
        "{map}"
    );
    assert!(map.contains("not rated yet"));
    assert!(map.contains("Not placed yet: A, B."));
}

#[test]
fn the_map_names_its_sections_in_order_and_the_findings() {
    let work = Workdir::with(&example());
    let map = work.run(&["report", "map"]).ok().stdout;
    let at = |heading: &str| {
        map.find(&format!("<h2>{heading}</h2>"))
            .unwrap_or_else(|| panic!("no section {heading}"))
    };
    assert!(at("Power and interest") < at("Spectrum of allies"));
    assert!(at("Spectrum of allies") < at("Findings of coal check"));
    assert!(map.ends_with("</html>\n"));
    assert!(map.contains("No problems found."));
    // A coalition with findings lists them, severity and code.
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\nstatus = \"member\"\n"
    ));
    let check = work.run(&["check", "--format", "json"]).stdout;
    let findings: serde_json::Value = serde_json::from_str(&check).unwrap();
    let map = work.run(&["report", "map"]).ok().stdout;
    let code = findings["findings"][0]["code"].as_str().expect("a finding");
    assert!(map.contains(&format!("<td>{code}</td>")), "{map}");
    assert!(map.contains("<th scope=\"col\">severity</th>"));
    // And where each is, as `coal check` says it: two groups with a power
    // out of range are two rows told apart.
    let text = example()
        .replacen("power = 4\n", "power = 9\n", 1)
        .replacen("power = 5\n", "power = 8\n", 1);
    let work = Workdir::with(&text);
    let check = work.run(&["check", "--format", "json"]).stdout;
    let findings: serde_json::Value = serde_json::from_str(&check).unwrap();
    let map = work.run(&["report", "map"]).ok().stdout;
    let section = &map[map.find("<h2>Findings of coal check</h2>").unwrap()..];
    assert!(
        section.contains("<th scope=\"col\">where</th>"),
        "{section}"
    );
    let paths: Vec<&str> = findings["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert!(paths.iter().any(|p| p.ends_with(".power")), "{paths:?}");
    for path in paths {
        assert!(section.contains(&format!("<td>{path}</td>")), "{path}");
    }
}

#[test]
fn the_map_is_not_for_the_public() {
    let work = Workdir::with(&example());
    let run = work.refused(&["report", "map", "--audience", "public"], 2);
    assert!(run.stdout.is_empty());
    run.stderr_has("the map is for the coalition's organizers only")
        .stderr_has("hint:")
        .stderr_has("coal report handout --format html");
}

/// The map comes as HTML only; refused as SVG, it says which charts come
/// alone as SVG and how to get them. The same with `-o map.svg`.
#[test]
fn the_map_refused_as_svg_names_the_charts_that_come_as_svg() {
    let work = Workdir::with(&example());
    for args in [
        &["report", "map", "--format", "svg"][..],
        &["report", "map", "-o", "map.svg"],
    ] {
        work.refused(args, 2)
            .stderr_has("the map report does not come as svg")
            .stderr_has("`coal report power|spectrum|network --format svg`");
    }
    assert!(!work.dir.path().join("map.svg").exists());
}

/// Names cut at their end ("Comité logemen…" twice) left two groups with
/// one label, which on paper or a phone no tooltip tells apart: a long
/// name keeps both its ends.
#[test]
fn power_chart_labels_tell_groups_apart() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.ros]\nname = \"Comité logement Rosemont\"\nstatus = \"member\"\npower = 4\ninterest = 5\nspectrum = \"active_ally\"\n\n[groups.vil]\nname = \"Comité logement Villeray\"\nstatus = \"member\"\npower = 2\ninterest = 2\nspectrum = \"active_ally\"\n"
    ));
    let drawn = svg(&work, "power");
    let doc = roxmltree::Document::parse(&drawn).unwrap();
    let labels: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .filter(|t| t.contains("Comit"))
        .collect();
    assert_eq!(labels, ["++ Comité…Villeray", "++ Comité…Rosemont"]);
}
