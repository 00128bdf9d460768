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
        serde_json::json!([{"id": "landlords", "from": "active_opposition",
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
            "where a group stood since v1 (hollow marks), in order, to where it stands now"
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
    assert!(html.contains("<td>placed: active ally</td>"), "{html}");
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
