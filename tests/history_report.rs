//! `coal report spectrum --since` and the map's trails, read from real git
//! repositories built here with the real git binary.

mod common;

use common::*;

const BASE: &str = r#"schema = 1

[coalition]
name = "Riverside Tenants"
unity_statement = "Homes for all"

[groups.church]
name = "St Mark's"
status = "prospect"
spectrum = "passive_opposition"

[groups.landlords]
name = "Landlords Association"
status = "watch"
spectrum = "active_opposition"

[groups.school]
name = "Parents of Oak School"
status = "prospect"

[groups.tenants]
name = "Tenants of Elm Street"
status = "prospect"
spectrum = "neutral"

[groups.union]
name = "Bus Drivers Union"
status = "prospect"
spectrum = "passive_ally"
"#;

struct Repo {
    work: Workdir,
}

impl Repo {
    fn git_at(&self, date: &str, args: &[&str]) {
        let stamp = format!("{date}T12:00:00+00:00");
        let output = git(self.work.dir.path(), "Ada Organizer", &stamp)
            .args(args)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    fn edit(&self, from: &str, to: &str) {
        let text = self.work.read();
        assert!(text.contains(from), "{from} not in the file");
        self.work.write(&text.replacen(from, to, 1));
    }

    fn commit(&self, date: &str, subject: &str) {
        self.git_at(date, &["commit", "-qam", subject]);
    }

    fn coal(&self, args: &[&str]) -> Run {
        Run::from(
            self.work
                .command()
                .env("GIT_CONFIG_GLOBAL", "/dev/null")
                .env("GIT_CONFIG_NOSYSTEM", "1")
                .args(args)
                .output()
                .unwrap(),
        )
    }

    fn stdout(&self, args: &[&str]) -> String {
        self.coal(args).ok().stdout
    }
}

/// Tagged `v1`, then: tenants move closer on main, the church moves
/// closer on a branch merged in, the union moves away, the tenants move
/// again and are renamed, the school is placed, the library joins.
fn repo() -> Repo {
    let repo = Repo {
        work: Workdir::with(BASE),
    };
    repo.git_at("2027-01-10", &["init", "-q"]);
    repo.git_at("2027-01-10", &["add", "coalition.toml"]);
    repo.commit("2027-01-10", "base");
    repo.git_at("2027-01-10", &["tag", "v1"]);
    repo.edit("spectrum = \"neutral\"", "spectrum = \"passive_ally\"");
    repo.commit("2027-02-01", "Tenants came to the assembly");
    repo.git_at("2027-02-01", &["checkout", "-q", "-b", "outreach"]);
    repo.edit(
        "spectrum = \"passive_opposition\"",
        "spectrum = \"neutral\"",
    );
    repo.commit("2027-02-10", "The church heard the tenants");
    repo.git_at("2027-02-10", &["checkout", "-q", "main"]);
    let text = repo.work.read().replace(
        "name = \"Bus Drivers Union\"\nstatus = \"prospect\"\nspectrum = \"passive_ally\"",
        "name = \"Bus Drivers Union\"\nstatus = \"prospect\"\nspectrum = \"neutral\"",
    );
    repo.work.write(&text);
    repo.commit("2027-02-15", "The union cooled after the strike");
    repo.git_at(
        "2027-02-20",
        &["merge", "-q", "--no-ff", "-m", "Outreach", "outreach"],
    );
    let text = repo.work.read().replace(
        "name = \"Tenants of Elm Street\"\nstatus = \"prospect\"\nspectrum = \"passive_ally\"",
        "name = \"Tenants of Elm Street\"\nstatus = \"prospect\"\nspectrum = \"active_ally\"",
    );
    repo.work.write(&format!(
        "{}\n[groups.library]\nname = \"Public Library\"\nstatus = \"prospect\"\nspectrum = \"active_ally\"\n",
        text.replace(
            "name = \"Parents of Oak School\"\nstatus = \"prospect\"",
            "name = \"Parents of Oak School\"\nstatus = \"prospect\"\nspectrum = \"neutral\"",
        )
    ));
    repo.commit(
        "2027-03-01",
        "Tenants joined the core; school placed; library",
    );
    repo.coal(&["rename-group", "tenants", "elm"]).ok();
    repo.commit("2027-03-05", "Shorter id");
    repo
}

fn french(repo: &Repo, args: &[&str]) -> String {
    Run::from(
        repo.work
            .command()
            .env("COAL_LANG", "fr")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .args(args)
            .output()
            .unwrap(),
    )
    .ok()
    .stdout
}

#[test]
fn spectrum_since_a_revision_in_every_format() {
    let repo = repo();
    for format in ["table", "markdown", "json", "csv"] {
        let out = repo.stdout(&["report", "spectrum", "--since", "v1", "--format", format]);
        insta::assert_snapshot!(format!("spectrum-since-v1-{format}"), out);
    }
    let json: serde_json::Value = serde_json::from_str(
        &repo.stdout(&["report", "spectrum", "--since", "v1", "--format", "json"]),
    )
    .unwrap();
    let since = &json["since"];
    assert_eq!(since["from"], "v1");
    let ids = |list: &str| -> Vec<String> {
        since[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids("closer"), ["church", "elm"]);
    assert_eq!(ids("away"), ["union"]);
    assert_eq!(ids("placed"), ["library", "school"]);
    // The rename is followed: the tenants' whole way, under their id now.
    assert_eq!(
        since["closer"][1]["trail"],
        serde_json::json!(["neutral", "passive_ally", "active_ally"])
    );
}

#[test]
fn spectrum_since_a_day_in_english_and_french() {
    let repo = repo();
    // On main, the church's move came in with the merge of 2027-02-20.
    let out = repo.stdout(&["report", "spectrum", "--since", "2027-02-12"]);
    insta::assert_snapshot!("spectrum-since-day-table", out);
    let day = |format| {
        [
            "report",
            "spectrum",
            "--since",
            "2027-02-12",
            "--format",
            format,
        ]
    };
    for format in ["table", "markdown"] {
        let out = french(&repo, &day(format));
        insta::assert_snapshot!(format!("spectrum-since-day-{format}-fr"), out);
    }
    let csv = repo.stdout(&day("csv"));
    // CSV lines end as RFC 4180 says.
    let lines = csv.replace("\r\n", "\n");
    assert!(
        lines.starts_with("id,name,spectrum,target,next_step,proposed,then,moved,trail\n"),
        "{lines}"
    );
    assert!(lines.contains("elm,Tenants of Elm Street,active_ally,,,,passive_ally,closer,passive_ally>active_ally\n"), "{lines}");
    // French machine output is the English one.
    assert_eq!(french(&repo, &day("csv")), csv);
}

#[test]
fn no_move_since_the_last_commit() {
    let repo = repo();
    let out = repo.stdout(&["report", "spectrum", "--since", "HEAD"]);
    assert!(out.contains("Moves since HEAD"), "{out}");
    assert!(
        out.contains("No group moved on the spectrum since HEAD."),
        "{out}"
    );
    // The landlords moved in the working file only: the last commit tells
    // where they stood.
    repo.edit(
        "spectrum = \"active_opposition\"",
        "spectrum = \"passive_opposition\"",
    );
    let json = repo.stdout(&["report", "spectrum", "--since", "HEAD", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        json["since"]["closer"],
        serde_json::json!([{"id": "landlords", "from": "active_opposition", "added": false,
            "to": "passive_opposition", "trail": ["active_opposition", "passive_opposition"]}])
    );
    // An uncommitted move is a move: the file as it is is "now".
    let text = repo.work.read().replace(
        "name = \"Bus Drivers Union\"\nstatus = \"prospect\"\nspectrum = \"neutral\"",
        "name = \"Bus Drivers Union\"\nstatus = \"prospect\"\nspectrum = \"passive_opposition\"",
    );
    repo.work.write(&text);
    let json = repo.stdout(&["report", "spectrum", "--since", "v1", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        json["since"]["away"][0]["trail"],
        serde_json::json!(["passive_ally", "neutral", "passive_opposition"])
    );
    let out = repo.stdout(&["report", "spectrum", "--since", "v1"]);
    assert!(out.contains("changes not yet committed"), "{out}");
}

#[test]
fn without_since_nothing_changes() {
    let repo = repo();
    let plain = Workdir::with(&repo.work.read());
    for format in ["table", "markdown", "json", "csv", "svg"] {
        let args = ["report", "spectrum", "--format", format];
        assert_eq!(repo.stdout(&args), plain.run(&args).ok().stdout, "{format}");
        assert!(!repo.stdout(&args).contains("since"), "{format}");
    }
    let args = ["report", "map"];
    assert_eq!(repo.stdout(&args), plain.run(&args).ok().stdout);
}

#[test]
fn the_svg_draws_each_trail() {
    let repo = repo();
    let svg = repo.stdout(&["report", "spectrum", "--since", "v1", "--format", "svg"]);
    insta::assert_snapshot!("spectrum-since-v1-svg", svg);
    // Four groups moved after being placed or moved twice: church, elm,
    // union; the school and the library only got a place.
    assert_eq!(svg.matches("<g class=\"trail\">").count(), 3, "{svg}");
    assert!(
        svg.contains(
            "<title>Tenants of Elm Street: since v1, neutral → passive ally → active ally</title>"
        ),
        "{svg}"
    );
    assert!(
        svg.contains("<title>Bus Drivers Union: since v1, passive ally → neutral</title>"),
        "{svg}"
    );
    assert!(svg.contains("stroke-dasharray=\"1 3\""), "{svg}");
    assert!(
        svg.contains(
            "where a group stood since v1 (hollow marks), step by step, to where it stands now"
        ),
        "{svg}"
    );
    let plain = repo.stdout(&["report", "spectrum", "--format", "svg"]);
    assert!(!plain.contains("class=\"trail\""));
}

#[test]
fn the_map_draws_the_trails_and_a_since_column() {
    let repo = repo();
    let html = repo.stdout(&["report", "map", "--since", "v1"]);
    assert_eq!(html.matches("<g class=\"trail\">").count(), 3);
    assert!(html.contains("<th scope=\"col\">since v1</th>"), "{html}");
    assert!(
        html.contains("<td>neutral → passive ally → active ally</td>"),
        "{html}"
    );
    // The library was added since, the school was there, not placed.
    assert!(html.contains("<td>added: active ally</td>"), "{html}");
    assert!(html.contains("<td>placed: neutral</td>"), "{html}");
    assert!(html.contains("<td>did not move</td>"), "{html}");
    let html = french(&repo, &["report", "map", "--since", "v1"]);
    assert!(html.contains("<th scope=\"col\">depuis v1</th>"), "{html}");
    assert!(html.contains("marques creuses"), "{html}");
}

#[test]
fn refusals_change_nothing() {
    let repo = repo();
    let before = repo.work.read();
    repo.coal(&["report", "power", "--since", "v1"])
        .code(2)
        .stderr_has("`--since` does not apply to the power report")
        .stderr_has("spectrum, map");
    repo.coal(&[
        "report",
        "spectrum",
        "--since",
        "v1",
        "--audience",
        "public",
    ])
    .code(2)
    .stderr_has("internal");
    repo.coal(&["report", "spectrum", "--since", "no-such-rev"])
        .code(2);
    let outside = Workdir::with(BASE);
    Run::from(
        outside
            .command()
            .env(
                "GIT_CEILING_DIRECTORIES",
                outside.dir.path().parent().unwrap(),
            )
            .args(["report", "spectrum", "--since", "v1"])
            .output()
            .unwrap(),
    )
    .code(2)
    .stderr_has("is not in a git repository, so it has no history to read")
    .stderr_has("git init");
    assert_eq!(outside.read(), BASE);
    // A file git does not track, in a repository.
    std::fs::write(repo.work.dir.path().join("other.toml"), BASE).unwrap();
    repo.coal(&["--file", "other.toml", "report", "map", "--since", "v1"])
        .code(2)
        .stderr_has("git does not track")
        .stderr_has("git add other.toml");
    assert_eq!(repo.work.read(), before);
}

/// `BASE` committed and tagged `t0` on 2027-01-10, in a fresh repository.
fn tagged() -> Repo {
    let repo = Repo {
        work: Workdir::with(BASE),
    };
    repo.git_at("2027-01-10", &["init", "-q"]);
    repo.git_at("2027-01-10", &["add", "coalition.toml"]);
    repo.commit("2027-01-10", "base");
    repo.git_at("2027-01-10", &["tag", "t0"]);
    repo
}

fn json(repo: &Repo, args: &[&str]) -> serde_json::Value {
    let args: Vec<&str> = args.iter().copied().chain(["--format", "json"]).collect();
    serde_json::from_str(&repo.stdout(&args)).unwrap()
}

#[test]
fn a_group_that_moved_and_came_back_is_told_and_drawn() {
    let repo = tagged();
    repo.edit("spectrum = \"neutral\"", "spectrum = \"active_ally\"");
    repo.commit("2027-02-01", "Tenants marched with us");
    repo.edit("spectrum = \"active_ally\"", "spectrum = \"neutral\"");
    repo.commit("2027-03-01", "Tenants went quiet");
    let since = &json(&repo, &["report", "spectrum", "--since", "t0"])["since"];
    assert_eq!(
        since["back"],
        serde_json::json!([{"id": "tenants", "from": "neutral", "added": false,
            "to": "neutral", "trail": ["neutral", "active_ally", "neutral"]}])
    );
    let out = repo.stdout(&["report", "spectrum", "--since", "t0"]);
    assert!(out.contains("Moved and came back:"), "{out}");
    assert!(!out.contains("No group moved"), "{out}");
    let html = repo.stdout(&["report", "map", "--since", "t0"]);
    assert!(
        html.contains("<td>moved and came back: neutral → active ally → neutral</td>"),
        "{html}"
    );
    assert_eq!(html.matches("<g class=\"trail\">").count(), 1, "{html}");
    let csv = repo.stdout(&["report", "spectrum", "--since", "t0", "--format", "csv"]);
    assert!(
        csv.contains("tenants,Tenants of Elm Street,neutral,,passive_ally,true,neutral,back,neutral>active_ally>neutral\r\n"),
        "{csv}"
    );
}

#[test]
fn groups_that_left_the_file_or_the_spectrum_are_listed() {
    let repo = tagged();
    let text = repo.work.read();
    let church = "[groups.church]\nname = \"St Mark's\"\nstatus = \"prospect\"\nspectrum = \"passive_opposition\"\n\n";
    assert!(text.contains(church));
    repo.work.write(&text.replace(church, ""));
    repo.commit("2027-02-01", "The church closed");
    repo.edit(
        "name = \"Bus Drivers Union\"\nstatus = \"prospect\"\nspectrum = \"passive_ally\"",
        "name = \"Bus Drivers Union\"\nstatus = \"prospect\"",
    );
    repo.commit("2027-03-01", "Not sure where the union stands");
    let since = &json(&repo, &["report", "spectrum", "--since", "t0"])["since"];
    assert_eq!(
        since["gone"],
        serde_json::json!([
            {"id": "church", "name": "St Mark's", "from": "passive_opposition", "removed": true},
            {"id": "union", "name": "Bus Drivers Union", "from": "passive_ally", "removed": false},
        ])
    );
    let out = repo.stdout(&["report", "spectrum", "--since", "t0"]);
    assert!(out.contains("Placed at t0, not placed now:"), "{out}");
    assert!(!out.contains("No group moved"), "{out}");
    let csv = repo.stdout(&["report", "spectrum", "--since", "t0", "--format", "csv"]);
    assert!(
        csv.contains("union,Bus Drivers Union,,,\r\n")
            || csv.contains(",passive_ally,unplaced,passive_ally\r\n"),
        "{csv}"
    );
    let html = repo.stdout(&["report", "map", "--since", "t0"]);
    assert!(
        html.contains("St Mark's (was passive opposition, left the file)"),
        "{html}"
    );
    assert!(
        html.contains("Bus Drivers Union (was passive ally, no longer placed)"),
        "{html}"
    );
    let fr = french(&repo, &["report", "spectrum", "--since", "t0"]);
    assert!(
        fr.contains("Placés à t0, plus placés maintenant\u{a0}:"),
        "{fr}"
    );
}

#[test]
fn added_since_is_told_from_not_placed_then() {
    let repo = tagged();
    repo.edit(
        "name = \"Parents of Oak School\"\nstatus = \"prospect\"",
        "name = \"Parents of Oak School\"\nstatus = \"prospect\"\nspectrum = \"neutral\"",
    );
    repo.commit("2027-02-01", "Placed the school");
    let text = repo.work.read();
    repo.work.write(&format!(
        "{text}\n[groups.library]\nname = \"Public Library\"\nstatus = \"prospect\"\nspectrum = \"neutral\"\n"
    ));
    repo.commit("2027-03-01", "The library");
    let since = &json(&repo, &["report", "spectrum", "--since", "t0"])["since"];
    let added = |i: usize| {
        (
            since["placed"][i]["id"].clone(),
            since["placed"][i]["added"].clone(),
        )
    };
    assert_eq!(
        added(0),
        (serde_json::json!("library"), serde_json::json!(true))
    );
    assert_eq!(
        added(1),
        (serde_json::json!("school"), serde_json::json!(false))
    );
    let csv = repo
        .stdout(&["report", "spectrum", "--since", "t0", "--format", "csv"])
        .replace("\r\n", "\n");
    assert!(
        csv.contains("library,Public Library,neutral,,passive_ally,true,,added,neutral\n"),
        "{csv}"
    );
    assert!(
        csv.contains("school,Parents of Oak School,neutral,,passive_ally,true,,placed,neutral\n"),
        "{csv}"
    );
    // A group that stayed says where: `then` is not left empty as for one
    // not placed then.
    assert!(
        csv.contains(",active_opposition,stayed,active_opposition\n"),
        "{csv}"
    );
    let html = repo.stdout(&["report", "map", "--since", "t0"]);
    assert!(html.contains("<td>added: neutral</td>"), "{html}");
    assert!(html.contains("<td>placed: neutral</td>"), "{html}");
}

#[test]
fn the_map_tells_uncommitted_changes_and_skipped_versions() {
    let repo = tagged();
    repo.work.write(&format!("{BASE}broken = = \n"));
    repo.commit("2027-02-01", "Half an edit");
    repo.work.write(BASE);
    repo.commit("2027-02-02", "Mended");
    repo.edit("spectrum = \"neutral\"", "spectrum = \"passive_ally\"");
    for args in [
        &["report", "map", "--since", "t0"][..],
        &["report", "spectrum", "--since", "t0"],
    ] {
        let out = repo.stdout(args);
        assert!(
            out.contains("The file has changes not yet committed"),
            "{out}"
        );
        assert!(
            out.contains("1 version of the file did not parse and was skipped: "),
            "{out}"
        );
    }
    let fr = french(&repo, &["report", "map", "--since", "t0"]);
    assert!(fr.contains("pas encore commités"), "{fr}");
    assert!(fr.contains("a été sautée\u{a0}: "), "{fr}");
}

#[test]
fn without_the_file_at_the_bound_every_group_was_added_and_it_is_said() {
    let repo = Repo {
        work: Workdir::with(BASE),
    };
    repo.git_at("2027-01-01", &["init", "-q"]);
    std::fs::write(repo.work.dir.path().join("README"), "notes\n").unwrap();
    repo.git_at("2027-01-01", &["add", "README"]);
    repo.commit("2027-01-01", "notes first");
    repo.git_at("2027-01-01", &["tag", "before"]);
    repo.git_at("2027-01-10", &["add", "coalition.toml"]);
    repo.commit("2027-01-10", "the coalition");
    let out = repo.stdout(&["report", "spectrum", "--since", "before"]);
    assert_eq!(
        out.matches("The file was not in git at before: every group counts as added since.")
            .count(),
        1,
        "{out}"
    );
    let since = &json(&repo, &["report", "spectrum", "--since", "before"])["since"];
    assert_eq!(since["file_at_bound"], false);
    assert_eq!(since["placed"].as_array().unwrap().len(), 4);
    assert!(
        since["placed"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["added"] == true)
    );
}

#[test]
fn a_trail_that_turns_back_reads_in_order_and_a_long_one_is_capped() {
    let repo = tagged();
    let steps = [
        "passive_opposition",
        "passive_ally",
        "active_ally",
        "neutral",
        "passive_ally",
    ];
    let mut from = "neutral";
    for (n, to) in steps.iter().enumerate() {
        repo.edit(
            &format!("Elm Street\"\nstatus = \"prospect\"\nspectrum = \"{from}\""),
            &format!("Elm Street\"\nstatus = \"prospect\"\nspectrum = \"{to}\""),
        );
        repo.commit(&format!("2027-02-0{}", n + 1), "Tenants again");
        from = to;
    }
    let svg = repo.stdout(&["report", "spectrum", "--since", "t0", "--format", "svg"]);
    // Three legs drawn, the two stops before counted in the title.
    assert!(
        svg.contains("<title>Tenants of Elm Street: since t0, +2 earlier → passive ally → active ally → neutral → passive ally</title>"),
        "{svg}"
    );
    let trail = &svg[svg.find("<g class=\"trail\">").unwrap()..];
    let trail = &trail[..trail.find("</g>").unwrap()];
    // Each leg a little higher than the one before; the last to its mark.
    let points = trail
        .split("points=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let heights: Vec<i32> = points
        .split(' ')
        .map(|p| p.split(',').nth(1).unwrap().parse().unwrap())
        .collect();
    assert!(
        heights[0] > heights[1] && heights[1] > heights[2],
        "{points}"
    );
    // No hollow ring on the column it stands in now (passive ally).
    assert_eq!(trail.matches("<circle").count(), 2, "{trail}");
}

#[test]
fn a_shallow_clone_and_a_bound_that_does_not_parse_are_told() {
    let repo = tagged();
    repo.edit("spectrum = \"neutral\"", "spectrum = \"active_ally\"");
    repo.commit("2027-02-01", "Tenants marched with us");
    repo.edit("spectrum = \"passive_ally\"", "spectrum = \"neutral\"");
    repo.commit("2027-03-01", "The union cooled");
    let clone = Repo {
        work: Workdir::with(BASE),
    };
    let source = format!("file://{}", repo.work.dir.path().display());
    std::fs::remove_file(clone.work.dir.path().join("coalition.toml")).unwrap();
    clone.git_at("2027-03-02", &["clone", "-q", "--depth", "1", &source, "."]);
    for args in [
        &["report", "spectrum", "--since", "2027-01-15"][..],
        &["report", "map", "--since", "2027-01-15"],
    ] {
        let out = clone.stdout(args);
        assert!(
            out.contains("This clone is shallow: its history starts at commit"),
            "{out}"
        );
        assert!(!out.contains("was not in git at"), "{out}");
    }
    // The file at the bound does not parse: refused, the file untouched.
    let broken = tagged();
    broken.work.write(&format!("{BASE}broken = = \n"));
    broken.commit("2027-02-01", "Half an edit");
    broken.work.write(BASE);
    broken.commit("2027-02-02", "Mended");
    broken
        .coal(&["report", "map", "--since", "HEAD~1", "-o", "map.html"])
        .code(2)
        .stderr_has("the file as it was at `--since` does not parse")
        .stderr_has("pick a revision or a day where the file was sound");
    assert!(!broken.work.dir.path().join("map.html").exists());
    assert_eq!(broken.work.read(), BASE);
}

#[test]
fn a_group_removed_then_restored_is_the_same_group() {
    let repo = tagged();
    let with = repo.work.read();
    let without = with.replace(
        "[groups.tenants]\nname = \"Tenants of Elm Street\"\nstatus = \"prospect\"\nspectrum = \"neutral\"\n",
        "",
    );
    assert_ne!(with, without);
    repo.work.write(&without);
    repo.commit("2027-02-01", "Tenants removed by mistake");
    repo.work.write(&with);
    repo.commit("2027-02-02", "Tenants restored");
    let since = &json(&repo, &["report", "spectrum", "--since", "t0"])["since"];
    for list in ["closer", "away", "placed", "gone"] {
        assert_eq!(since[list], serde_json::json!([]), "{list}: {since}");
    }
}

#[test]
fn a_group_taken_off_the_spectrum_and_put_back_moved_and_came_back() {
    let repo = tagged();
    repo.edit("spectrum = \"neutral\"\n", "");
    repo.commit("2027-02-01", "Tenants: not sure where they stand");
    repo.edit(
        "name = \"Tenants of Elm Street\"\nstatus = \"prospect\"\n",
        "name = \"Tenants of Elm Street\"\nstatus = \"prospect\"\nspectrum = \"neutral\"\n",
    );
    repo.commit("2027-02-02", "Tenants: neutral after all");
    let since = &json(&repo, &["report", "spectrum", "--since", "t0"])["since"];
    assert_eq!(since["back"][0]["id"], "tenants", "{since}");
    let out = repo.stdout(&["report", "spectrum", "--since", "t0"]);
    assert!(!out.contains("No group moved"), "{out}");
}

#[test]
fn a_bound_that_is_not_utf8_is_read_and_one_that_does_not_parse_is_named_as_git_names_it() {
    let repo = tagged();
    // Latin-1 in a name: where groups stood is still readable.
    let utf8 = repo
        .work
        .read()
        .replace("Bus Drivers Union", "Syndicat d'\u{e9}cole")
        .into_bytes();
    let at = utf8.windows(2).position(|w| w == [0xC3, 0xA9]).unwrap();
    let mut latin1 = utf8.clone();
    latin1.splice(at..at + 2, [0xE9]);
    std::fs::write(repo.work.path(), latin1).unwrap();
    repo.commit("2027-01-11", "Latin-1 name");
    repo.git_at("2027-01-11", &["tag", "t1"]);
    repo.work.write(BASE);
    repo.edit("spectrum = \"neutral\"", "spectrum = \"active_ally\"");
    repo.commit("2027-02-01", "Tenants marched with us");
    let since = &json(&repo, &["report", "spectrum", "--since", "t1"])["since"];
    assert_eq!(since["file_at_bound"], true, "{since}");
    assert_eq!(since["closer"][0]["id"], "tenants", "{since}");
    assert_eq!(since["placed"], serde_json::json!([]), "{since}");
    // A bound that does not parse: the error names the file at the bound.
    repo.work.write(&format!("{BASE}\n[[["));
    repo.commit("2027-02-02", "Half an edit");
    repo.git_at("2027-02-02", &["tag", "broken"]);
    repo.work.write(BASE);
    repo.commit("2027-02-03", "Mended");
    let run = repo
        .coal(&["report", "spectrum", "--since", "broken"])
        .code(2);
    assert!(
        run.stderr.contains("broken:coalition.toml"),
        "{}",
        run.stderr
    );
}
