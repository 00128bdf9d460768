//! The rooms of `src/` form no cycle: each uses only the rooms below it
//! (STYLE.md), read from the `crate::ROOM` paths in its source.

use std::path::Path;

/// From the bottom up. A room may use any room before it in this list, and
/// the leaf modules (`error`, `output`, `prompt`, `cli`) as noted.
const ORDER: &[(&str, &[&str])] = &[
    ("model", &[]),
    ("steps", &["error"]),
    ("check", &[]),
    ("store", &["error"]),
    ("git", &["error"]),
    ("report", &["error", "output"]),
];

const ROOMS: &[&str] = &[
    "model", "steps", "check", "store", "git", "report", "commands", "prompt", "output", "cli",
    "error",
];

fn sources(dir: &Path, found: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            found.push((path.display().to_string(), text));
        }
    }
}

#[test]
fn each_room_uses_only_the_rooms_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    for (index, (room, leaves)) in ORDER.iter().enumerate() {
        let below: Vec<&str> = ORDER[..index].iter().map(|(r, _)| *r).collect();
        let mut files = Vec::new();
        sources(&src.join(room), &mut files);
        assert!(!files.is_empty(), "no sources in src/{room}");
        for (file, text) in files {
            for used in ROOMS {
                let allowed = used == room || below.contains(used) || leaves.contains(used);
                if !allowed && text.contains(&format!("crate::{used}")) {
                    problems.push(format!("{file} uses `crate::{used}`"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
