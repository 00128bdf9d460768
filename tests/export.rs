//! `coal export FORMAT`: the coalition as one graph for another tool. The
//! Kumu and Oligrapher JSON are checked against JSON Schemas written from
//! each tool's documentation (tests/fixtures/schemas/, each citing its
//! source), their ids and ends against each other, and the public export
//! against planted secrets.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{Run, Workdir, example};
use serde_json::Value;

/// Every format of `coal export`.
const FORMATS: [&str; 5] = ["kumu", "dot", "gexf", "graphml", "oligrapher"];
/// The formats this file's JSON checks read.
const JSON: [&str; 2] = ["kumu", "oligrapher"];

fn export(work: &Workdir, args: &[&str]) -> Run {
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    work.run(&all)
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|err| panic!("not JSON ({err}):\n{text}"))
}

fn validator(format: &str) -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/schemas")
        .join(format!("{format}.schema.json"));
    let schema = json(&std::fs::read_to_string(path).unwrap());
    jsonschema::draft202012::options().build(&schema).unwrap()
}

fn assert_valid(format: &str, document: &Value) {
    let validator = validator(format);
    let errors: Vec<String> = validator
        .iter_errors(document)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{format}: {errors:#?}\n{document:#}");
}

/// Kumu: ids unique across elements and connections, and every
/// connection's ends are elements. Gives the number of elements and
/// connections.
fn kumu_checked(document: &Value) -> (usize, usize) {
    let elements = document["elements"].as_array().unwrap();
    let connections = document["connections"].as_array().unwrap();
    let mut ids = BTreeSet::new();
    for item in elements.iter().chain(connections) {
        let id = item["id"].as_str().expect("every item has an id");
        assert!(ids.insert(id), "the id {id} twice");
    }
    let element_ids: BTreeSet<&str> = elements.iter().map(|e| e["id"].as_str().unwrap()).collect();
    for connection in connections {
        for end in ["from", "to"] {
            let id = connection[end].as_str().unwrap();
            assert!(element_ids.contains(id), "{end} {id} is no element");
        }
    }
    (elements.len(), connections.len())
}

/// Oligrapher: each key is its object's id, every edge's ends are nodes
/// whose `edgeIds` hold it, and the places and scales it copies agree.
/// Gives the number of nodes and edges.
fn oligrapher_checked(text: &str, document: &Value) -> (usize, usize) {
    let nodes = document["graph"]["nodes"].as_object().unwrap();
    let edges = document["graph"]["edges"].as_object().unwrap();
    // A key written twice would be read as one: count them in the text.
    assert_eq!(
        text.matches("\"id\":").count(),
        nodes.len() + edges.len(),
        "ids are unique"
    );
    for (key, node) in nodes {
        assert_eq!(node["id"], key.as_str());
    }
    for (key, edge) in edges {
        assert_eq!(edge["id"], key.as_str());
        for (end, x, y, s) in [
            ("node1_id", "x1", "y1", "s1"),
            ("node2_id", "x2", "y2", "s2"),
        ] {
            let id = edge[end].as_str().unwrap();
            let node = &nodes
                .get(id)
                .unwrap_or_else(|| panic!("{end} {id} is no node"));
            assert!(
                node["edgeIds"]
                    .as_array()
                    .unwrap()
                    .contains(&key.as_str().into())
            );
            assert_eq!(
                (&edge[x], &edge[y], &edge[s]),
                (&node["x"], &node["y"], &node["scale"])
            );
        }
    }
    (nodes.len(), edges.len())
}

/// The JSON of `format` checked every way this file knows; its counts.
fn checked(format: &str, text: &str) -> (usize, usize) {
    assert!(text.ends_with("}\n"), "{format} ends with a newline");
    let document = json(text);
    assert_valid(format, &document);
    match format {
        "kumu" => kumu_checked(&document),
        _ => oligrapher_checked(text, &document),
    }
}

#[test]
fn the_example_exports_to_kumu_and_oligrapher_as_snapshotted() {
    let work = Workdir::with(&example());
    for format in JSON {
        let text = export(&work, &[format]).ok().stdout;
        insta::assert_snapshot!(format!("export-{format}"), text);
    }
}

#[test]
fn both_json_exports_follow_their_schema_ids_and_ends_for_every_audience() {
    let work = Workdir::with(&example());
    for audience in ["internal", "public"] {
        let counts: Vec<(usize, usize)> = JSON
            .iter()
            .map(|format| {
                let run = export(&work, &[format, "--audience", audience]).ok();
                checked(format, &run.stdout)
            })
            .collect();
        // The same graph in both.
        assert_eq!(counts[0], counts[1], "{audience}");
    }
    // The example's 13 groups, 2 people, 2 committees and 2 spaces.
    let kumu = json(&export(&work, &["kumu"]).ok().stdout);
    assert_eq!(kumu["elements"].as_array().unwrap().len(), 19);
    let kinds: BTreeSet<&str> = kumu["connections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["type"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        BTreeSet::from([
            "boundary",
            "committee",
            "member",
            "point_builder",
            "resource",
            "space"
        ])
    );
}

#[test]
fn a_kumu_connection_says_its_direction_and_an_oligrapher_edge_its_arrow() {
    let work = Workdir::with(&example());
    let kumu = json(&export(&work, &["kumu"]).ok().stdout);
    for connection in kumu["connections"].as_array().unwrap() {
        let expected = match connection["type"].as_str().unwrap() {
            "point_builder" => "undirected",
            _ => "directed",
        };
        assert_eq!(connection["direction"], expected, "{connection}");
    }
    let oligrapher = json(&export(&work, &["oligrapher"]).ok().stdout);
    let edges = oligrapher["graph"]["edges"].as_object().unwrap();
    for (id, connection) in kumu["connections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["id"].as_str().unwrap(), c))
    {
        let edge = &edges[id];
        let arrow = match connection["direction"].as_str().unwrap() {
            "directed" => Value::from("1->2"),
            _ => Value::Null,
        };
        assert_eq!(edge["arrow"], arrow);
        assert_eq!(edge["node1_id"], connection["from"]);
        assert_eq!(edge["node2_id"], connection["to"]);
        assert_eq!(edge["dash"], connection["type"] == "boundary");
    }
}

#[test]
fn oligrapher_places_nodes_apart_in_whole_units_the_same_every_time() {
    let work = Workdir::with(&example());
    let first = export(&work, &["oligrapher"]).ok().stdout;
    assert_eq!(export(&work, &["oligrapher"]).ok().stdout, first);
    let document = json(&first);
    let nodes = document["graph"]["nodes"].as_object().unwrap();
    let places: BTreeSet<(i64, i64)> = nodes
        .values()
        .map(|n| (n["x"].as_i64().unwrap(), n["y"].as_i64().unwrap()))
        .collect();
    assert_eq!(places.len(), nodes.len(), "no two nodes on one spot");
    // The layout fills a canvas 800 wide and 600 high, centred on 0.
    let xs: Vec<i64> = places.iter().map(|p| p.0).collect();
    let ys: Vec<i64> = places.iter().map(|p| p.1).collect();
    assert_eq!(
        (xs.iter().min(), xs.iter().max()),
        (Some(&-400), Some(&400))
    );
    assert_eq!(
        (ys.iter().min(), ys.iter().max()),
        (Some(&-300), Some(&300))
    );
    // A group's power sets its size: Les Ami·e·s de la Terre has power 4.
    assert_eq!(nodes["group-amis-terre"]["scale"], 2.0);
    assert_eq!(nodes["person-sam"]["scale"], 1.0);
}

/// Strings planted in every internal place of a copy of the example; none
/// may leave in a public export.
const SECRETS: [&str; 11] = [
    "hidden-group",
    "Secret Sanctuary Network",
    "SECRET-CONTACT-NAME",
    "secret@contact.example",
    "SECRET-NOTE",
    "SECRET-INTENTION",
    "SECRET-PERSON",
    "SECRET-REASON",
    "SECRET-COMMITTEE",
    "SECRET-SPACE",
    // A group of the example that is in the coalition without saying so.
    "Solidarité sans frontières",
];

fn planted() -> String {
    let mut text = example();
    text.push_str(
        r#"
[groups.hidden-group]
name = "Secret Sanctuary Network"
status = "member"
participation = "active"
public = false
impacted = true
power = 4
notes = "SECRET-NOTE"
intentions = "SECRET-INTENTION"
contact = { name = "SECRET-CONTACT-NAME", email = "secret@contact.example" }

[groups.open-group]
name = "Open Tenants"
status = "member"
participation = "active"
public = true
notes = "SECRET-NOTE"
offers = { money = "SECRET-NOTE" }
boundaries = [{ group = "hidden-group", level = "limited", reason = "SECRET-REASON" }]

[committees.secret-committee]
name = "SECRET-COMMITTEE"
groups = ["hidden-group"]

[spaces.secret-space]
name = "SECRET-SPACE"
groups = ["hidden-group", "open-group"]

[people.secret-person]
name = "SECRET-PERSON"
groups = ["hidden-group", "open-group"]
notes = "SECRET-NOTE"
"#,
    );
    text
}

#[test]
fn a_public_export_leaks_nothing_internal_in_any_format() {
    let work = Workdir::with(&planted());
    work.run(&["check"]).ok();
    for format in FORMATS {
        let internal = export(&work, &[format]).ok().stdout;
        // The internal export holds them: the test would catch a leak.
        for secret in [
            "Secret Sanctuary Network",
            "SECRET-PERSON",
            "group-hidden-group",
        ] {
            assert!(internal.contains(secret), "{format} lacks {secret}");
        }
        let public = export(&work, &[format, "--audience", "public"]).ok().stdout;
        // The DOT file's opening comment explains clusters in general words.
        let public: String = public
            .lines()
            .filter(|line| !line.starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for secret in SECRETS.iter().chain(&[
            "group-sol-migrant",
            "group-amis-terre",
            "person-",
            "committee",
            "space",
        ]) {
            assert!(
                !public.contains(secret),
                "{secret} leaked into the public {format} export:\n{public}"
            );
        }
        // A public node is `group-` and a number, never a coal id.
        for (at, _) in public.match_indices("group-") {
            let next = public[at + "group-".len()..].chars().next();
            assert!(
                next.is_some_and(|c| c.is_ascii_digit()),
                "an internal id in the public {format}: {}",
                &public[at..(at + 30).min(public.len())]
            );
        }
        assert!(public.contains("Open Tenants"), "{format}");
        for score in ["power", "interest", "spectrum", "boundary", "resource"] {
            assert!(!public.contains(score), "{score} in the public {format}");
        }
    }
    // Only the listed groups, numbered: nothing links them.
    let kumu = json(&export(&work, &["kumu", "--audience", "public"]).ok().stdout);
    let ids: Vec<&str> = kumu["elements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 6);
    assert!(ids.iter().all(|id| id.starts_with("group-")), "{ids:?}");
    assert_eq!(kumu["connections"], Value::Array(Vec::new()));
}

#[test]
fn a_public_export_of_a_file_with_errors_is_refused() {
    let mut text = example();
    text.push_str("\n[groups.broken]\nstatus = \"member\"\npublic = true\n");
    let work = Workdir::with(&text);
    for format in FORMATS {
        work.refused(&["export", format, "--audience", "public"], 3)
            .stderr_has("a public export is made only from a file without errors")
            .stderr_has("coalition.toml:")
            .stderr_has("the internal export, without `--audience public`, still works");
        work.refused(
            &["export", format, "--audience", "public", "-o", "out.json"],
            3,
        );
        assert!(!work.dir.path().join("out.json").exists());
        // The internal export reads the file as best it can, as reports do.
        export(&work, &[format]).ok();
    }
}

/// A name for every trap: markup, quotes, backslashes, line breaks, a
/// right-to-left override, emoji, and a very long name.
fn hostile_names() -> Vec<String> {
    vec![
        "<script>alert(1)</script>".into(),
        "\"><img src=x onerror=x>".into(),
        "Tom & Jerry's \"co-op\"".into(),
        "back\\slash \\u0041".into(),
        "two\nlines\r\nthree".into(),
        "\u{202e}evil\u{2066}rtl\u{2069} عربي".into(),
        "🌍 Climat ✊🏽 👩‍👩‍👧".into(),
        "x".repeat(300),
    ]
}

#[test]
fn hostile_names_come_back_whole_and_harmless() {
    let names = hostile_names();
    let mut text = String::from(common::MINIMAL);
    for (i, name) in names.iter().enumerate() {
        let quoted = serde_json::to_string(name).unwrap();
        text.push_str(&format!(
            "\n[groups.g{i}]\nname = {quoted}\nstatus = \"member\"\nparticipation = \"core\"\npublic = true\n"
        ));
    }
    text.push_str("\n[people.p]\nname = \"<b>&amp;\"\ngroups = [\"g0\", \"g1\"]\n");
    let work = Workdir::with(&text);
    for audience in ["internal", "public"] {
        for format in JSON {
            let run = export(&work, &[format, "--audience", audience]).ok();
            checked(format, &run.stdout);
            // No raw control, bidi or line-separator character: they are
            // `\u` escapes, read back as the same string.
            for c in run.stdout.chars() {
                assert!(
                    c == '\n' || !(c.is_control() || coal::output::invisible(c)),
                    "{format}: U+{:04X} written raw",
                    u32::from(c)
                );
            }
            let document = json(&run.stdout);
            let labels: BTreeSet<String> = match format {
                "kumu" => document["elements"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|e| e["label"].as_str().unwrap().to_string())
                    .collect(),
                _ => document["graph"]["nodes"]
                    .as_object()
                    .unwrap()
                    .values()
                    .map(|n| n["name"].as_str().unwrap().to_string())
                    .collect(),
            };
            for name in &names {
                assert!(
                    labels.contains(name),
                    "{format} {audience}: {name:?} not given back whole"
                );
            }
        }
    }
}

#[test]
fn dash_o_writes_the_export_atomically_and_says_so() {
    let work = Workdir::with(&example());
    for format in JSON {
        let stdout = export(&work, &[format]).ok().stdout;
        let file = format!("{format}.json");
        let run = export(&work, &[format, "-o", &file]).ok();
        assert!(run.stdout.is_empty());
        assert!(
            run.stderr
                .contains(&format!("wrote the {format} export to {file} (19 nodes, ")),
            "{}",
            run.stderr
        );
        assert_eq!(
            std::fs::read_to_string(work.dir.path().join(&file)).unwrap(),
            stdout
        );
        // No temporary file is left beside it.
        let names: Vec<String> = std::fs::read_dir(work.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.contains(&file) && *name != file)
            .collect();
        assert!(names.is_empty(), "{names:?}");
        // `-o -` is standard output; `-q` keeps the message quiet.
        assert_eq!(export(&work, &[format, "-o", "-"]).ok().stdout, stdout);
        let quiet = work.run(&["-q", "export", format, "-o", &file]).ok();
        assert!(quiet.stderr.is_empty(), "{}", quiet.stderr);
    }
}

#[test]
fn a_dry_run_writes_nothing_and_says_what_it_would_write() {
    let work = Workdir::with(&example());
    let size = export(&work, &["kumu"]).ok().stdout.len();
    let run = work
        .run(&["--dry-run", "export", "kumu", "-o", "map.json"])
        .ok();
    assert!(run.stdout.is_empty());
    run.stderr_has(&format!(
        "would write the kumu export to map.json ({size} bytes) (dry run: nothing written)"
    ));
    assert!(!work.dir.path().join("map.json").exists());
    // Without `-o`, there is nothing to write: the export is shown.
    let shown = work.run(&["--dry-run", "export", "kumu"]).ok();
    assert_eq!(shown.stdout.len(), size);
}

#[test]
fn the_export_is_never_written_over_the_coalition_file_or_its_lock() {
    let work = Workdir::with(&example());
    for target in ["coalition.toml", "./coalition.toml", ".coalition.toml.lock"] {
        work.refused(&["export", "kumu", "-o", target], 2)
            .stderr_has(&format!(
                "`-o {target}` would replace the coalition file with an export"
            ))
            .stderr_has("write the export to another file");
    }
    // The hint names a file of the format asked for, not always a GEXF one.
    for (format, file) in [
        ("kumu", "coalition.json"),
        ("oligrapher", "coalition.json"),
        ("dot", "coalition.dot"),
        ("gexf", "coalition.gexf"),
        ("graphml", "coalition.graphml"),
    ] {
        work.refused(&["export", format, "-o", "coalition.toml"], 2)
            .stderr_has(&format!("such as {file}"));
    }
    let sub = work.dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    let run = work
        .command()
        .current_dir(&sub)
        .args([
            "--file",
            "../coalition.toml",
            "export",
            "oligrapher",
            "-o",
            "../coalition.toml",
        ])
        .output()
        .unwrap();
    assert_eq!(Run::from(run).status, 2);
    assert_eq!(work.read(), example());
}

#[test]
fn bad_command_lines_and_missing_files_say_what_to_do() {
    let work = Workdir::with(&example());
    work.refused(&["export"], 2).stderr_has("FORMAT");
    work.refused(&["export", "gephi"], 2)
        .stderr_has("invalid value 'gephi'")
        .stderr_has("kumu");
    work.refused(&["export", "kumu", "--audience", "everyone"], 2)
        .stderr_has("public");
    work.refused(&["export", "kumu", "-o", "no/such/folder/map.json"], 3)
        .stderr_has("cannot write")
        .stderr_has("no/such/folder");
    let empty = Workdir::new();
    empty
        .run(&["export", "kumu"])
        .code(3)
        .stderr_has("coalition.toml");
    // The coalition file is only read: `fmt --check` still passes.
    export(&work, &["kumu", "-o", "k.json"]).ok();
    work.run(&["fmt", "--check"]).ok();
    assert_eq!(work.read(), example());
}

#[test]
fn a_coalition_with_no_group_yet_exports_an_empty_graph() {
    let work = Workdir::with(common::MINIMAL);
    for format in JSON {
        let text = export(&work, &[format]).ok().stdout;
        assert_eq!(checked(format, &text), (0, 0));
    }
    let oligrapher = json(&export(&work, &["oligrapher"]).ok().stdout);
    assert_eq!(oligrapher["attributes"]["title"], "C");
}

#[test]
fn the_schemas_refuse_what_the_tools_do_not_read() {
    let kumu = validator("kumu");
    let element = serde_json::json!({"id": "e1", "label": "A"});
    let blueprint = |connection: Value| serde_json::json!({"elements": [element.clone()], "connections": [connection]});
    assert!(kumu.is_valid(&blueprint(serde_json::json!({"from": "e1", "to": "e1"}))));
    for wrong in [
        serde_json::json!({"from": "e1", "to": "e1", "direction": "both"}),
        serde_json::json!({"from": "e1"}),
        serde_json::json!({"from": "e1", "to": "e1", "field": {"nested": 1}}),
    ] {
        assert!(!kumu.is_valid(&blueprint(wrong.clone())), "{wrong}");
    }
    let oligrapher = validator("oligrapher");
    let graph = |edge: Value| {
        serde_json::json!({"graph": {
            "nodes": {"a": {"id": "a", "name": "A"}},
            "edges": {"e": edge},
            "captions": {}
        }})
    };
    let edge = serde_json::json!({"id": "e", "node1_id": "a", "node2_id": "a", "label": "L"});
    assert!(oligrapher.is_valid(&graph(edge.clone())));
    for (key, wrong) in [
        ("arrow", Value::from("left")),
        ("arrow", Value::from(false)),
        ("dash", Value::from("---")),
        ("colour", Value::from("#ccc")),
    ] {
        let mut edge = edge.clone();
        edge[key] = wrong;
        assert!(!oligrapher.is_valid(&graph(edge.clone())), "{edge}");
    }
}

/// Oligrapher finds a node's drawing with `querySelector(`g#node-${id}`)`
/// (app/util/helpers.ts getElementForGraphItem, used when a node is dragged
/// with others or its editor opens): `group:sol-migrant` would read as a
/// pseudo-class and throw, so ids are letters, digits and `-` only, in
/// every format and for every audience.
#[test]
fn node_and_edge_ids_are_css_safe_for_oligrapher_query_selector() {
    let work = Workdir::with(&example());
    for audience in ["internal", "public"] {
        let oligrapher = json(
            &export(&work, &["oligrapher", "--audience", audience])
                .ok()
                .stdout,
        );
        let graph = &oligrapher["graph"];
        let ids: Vec<&String> = graph["nodes"]
            .as_object()
            .unwrap()
            .keys()
            .chain(graph["edges"].as_object().unwrap().keys())
            .collect();
        assert!(!ids.is_empty());
        for id in ids {
            assert!(
                id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
                "Oligrapher cannot select `g#node-{id}`"
            );
        }
    }
    let kumu = json(&export(&work, &["kumu"]).ok().stdout);
    assert_eq!(kumu["elements"][0]["id"], "group-amis-terre");
}

/// An edge's id is made of what it links, so a second Kumu import of a
/// coalition that grew updates the connections it already has (Kumu
/// matches connections by id) and an export kept in git changes only where
/// the coalition did: adding a person renumbers nothing.
#[test]
fn adding_a_person_keeps_the_ids_of_existing_connections() {
    let work = Workdir::with(&example());
    let connections = |work: &Workdir| -> BTreeSet<String> {
        let kumu = json(&export(work, &["kumu"]).ok().stdout);
        kumu["connections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_string())
            .collect()
    };
    let before = connections(&work);
    assert!(before.contains("member--person-sam--group-tenants-union"));
    work.run(&["add-person", "Aaron", "--group", "sol-migrant"])
        .ok();
    let after = connections(&work);
    let added: Vec<&String> = after.difference(&before).collect();
    assert_eq!(added, ["member--person-aaron--group-sol-migrant"]);
    assert!(before.is_subset(&after));
    for id in &after {
        assert!(!id.contains('_'), "Kumu's search reads `{id}` apart");
    }
}

/// A group listed twice in a person's groups (a hand edit) is one
/// membership, not two connections of one id.
#[test]
fn a_group_listed_twice_is_one_connection() {
    let text = example().replace(
        "groups = [\"tenants-union\"",
        "groups = [\"tenants-union\", \"tenants-union\"",
    );
    assert_ne!(text, example(), "the example lists Sam in tenants-union");
    let work = Workdir::with(&text);
    for format in JSON {
        let text = export(&work, &[format]).ok().stdout;
        checked(format, &text);
    }
    let twice = json(&export(&work, &["kumu"]).ok().stdout);
    let once = json(&export(&Workdir::with(&example()), &["kumu"]).ok().stdout);
    assert_eq!(twice["connections"], once["connections"]);
}

/// Oligrapher draws every edge between two nodes on one default curve
/// unless given `cx`/`cy`: A offers money, data and space that B needs and
/// two people sit in both, five edges between them, spread as Oligrapher's
/// own `curveSimilarEdges` spreads them (app/graph/curve.ts). A lone edge
/// keeps Oligrapher's default curve.
#[test]
fn oligrapher_parallel_edges_are_not_drawn_on_top_of_each_other() {
    let parallel = r#"schema = 1

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
    let work = Workdir::with(parallel);
    let text = export(&work, &["oligrapher"]).ok().stdout;
    checked("oligrapher", &text);
    let document = json(&text);
    let edges = document["graph"]["edges"].as_object().unwrap();
    let between = |one: &str, two: &str| -> Vec<(i64, i64)> {
        edges
            .values()
            .filter(|e| {
                let ends = [&e["node1_id"], &e["node2_id"]];
                ends.contains(&&Value::from(one)) && ends.contains(&&Value::from(two))
            })
            .map(|e| (e["cx"].as_i64().unwrap(), e["cy"].as_i64().unwrap()))
            .collect()
    };
    let curves = between("group-a", "group-b");
    assert_eq!(curves.len(), 5);
    let distinct: BTreeSet<&(i64, i64)> = curves.iter().collect();
    assert_eq!(distinct.len(), 5, "{curves:?}");
    // Spread on both sides of the line between A and B.
    assert!(curves.contains(&(-curves[0].0, -curves[0].1)), "{curves:?}");
    let lone = &edges["member--person-p1--group-a"];
    assert!(lone.get("cx").is_none() && lone.get("cy").is_none());
}
