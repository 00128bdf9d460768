//! Attacks on issue 18 (French and English), focus: the documents for the
//! assembly in French. Each test fails on what coal does now.

mod common;

use common::*;

fn french(work: &Workdir, args: &[&str]) -> String {
    let mut all = vec!["--lang", "fr"];
    all.extend_from_slice(args);
    work.run(&all).ok().stdout
}

fn french_coalition() -> String {
    example().replacen("[coalition]\n", "[coalition]\nlanguage = \"fr\"\n", 1)
}

// Issue 18: "Every human text in French and English: ... markdown and HTML
// reports, the invitation". The agreements list of the handout and the
// draft (src/model/agreements.rs, agreements_in_words) stays English.
#[test]
fn handout_and_draft_fr_agreements_in_english() {
    let work = Workdir::with(&example());
    for args in [
        &["report", "handout", "--format", "markdown"][..],
        &["report", "handout", "--format", "html"][..],
        &["report", "draft", "--format", "markdown"][..],
    ] {
        let out = french(&work, args);
        for english in [
            "We may disagree, but we do not denounce each other in public",
            "We work together without a public banner",
            "We ask every member group how the coalition works for it",
        ] {
            assert!(!out.contains(english), "{args:?} in French says {english:?}:\n{out}");
        }
    }
}

// Issue 18: "the invitation (markdown, and the ICS summary and
// description)" in French. The tactics sentence (tactics_in_words,
// src/model/agreements.rs) stays English in the French invitation and ICS.
#[test]
fn invitation_fr_tactics_sentence_in_english() {
    let work = Workdir::with(&example());
    let md = french(&work, &["report", "invitation", "--format", "markdown"]);
    assert!(!md.contains("Each group keeps its own tactics"), "{md}");
    let ics = french(&work, &["report", "invitation", "--format", "ics"]);
    let unfolded = ics.replace("\r\n ", "");
    assert!(!unfolded.contains("Each group keeps its own tactics"), "{unfolded}");
}

// Issue 18: every human text in French, "markdown and HTML reports". The
// power chart labels each opponent "· power 5" in French
// (src/report/render/svg/power.rs).
#[test]
fn power_svg_fr_opponent_label_says_power() {
    let work = Workdir::with(&example());
    let svg = french(&work, &["report", "power", "--format", "svg"]);
    assert!(!svg.contains("· power "), "{}", svg.lines().filter(|l| l.contains("power ")).collect::<Vec<_>>().join("\n"));
}

// Issue 18: every human text in French. The resource flows chart of the
// French map is headed "offers" and "needs" (src/report/render/svg/flows.rs).
#[test]
fn map_fr_flows_headings_offers_needs_in_english() {
    let work = Workdir::with(&example());
    let html = french(&work, &["report", "map"]);
    assert!(!html.contains(">offers<"), "French map says « offers »");
    assert!(!html.contains(">needs<"), "French map says « needs »");
}

// Issue 18: every human text in French. The steps timeline of the French
// map has its legend in English: "done", "in progress (to today)",
// "assembly", "today" (src/report/render/svg/timeline.rs:213-219).
#[test]
fn map_fr_timeline_legend_in_english() {
    let work = Workdir::with(&example());
    let html = french(&work, &["report", "map"]);
    for english in [">in progress (to today)<", ">done<", ">assembly<", ">today<"] {
        assert!(!html.contains(english), "French map timeline legend says {english}");
    }
}

// Issue 18: every human text in French (screen readers and tooltips read
// the chart titles). The spectrum chart titles each group
// "X: stands allié·e actif·ve, no move to aim for" (svg/spectrum.rs).
#[test]
fn spectrum_svg_fr_titles_in_english() {
    let work = Workdir::with(&example());
    let svg = french(&work, &["report", "spectrum", "--format", "svg"]);
    assert!(!svg.contains(": stands "), "mixed French/English titles");
    assert!(!svg.contains("no move to aim for"));
    assert!(!svg.contains(", aimed at "));
}

// Issue 18: every human text in French. The network chart titles each
// space/committee "space Coordination chat (8 groups)" (svg/network.rs,
// hub_title): English kind and "groups".
#[test]
fn network_svg_fr_hub_titles_in_english() {
    let work = Workdir::with(&example());
    let svg = french(&work, &["report", "network", "--format", "svg"]);
    assert!(!svg.contains(" groups)"), "French network chart says « groups »");
    assert!(!svg.contains("<title>space "), "French network chart says « space »");
}

// Issue 18: "A coalition may set its own language ... for its reports
// (documents for the assembly are in the coalition's language whoever
// runs the command)" - only the documents; an English user still reads
// coal's own messages in English. Now the stderr status is French.
#[test]
fn coalition_language_fr_status_message_french_for_english_user() {
    let work = Workdir::with(&french_coalition());
    let run = work.run(&["report", "handout", "-o", "h.html"]).ok();
    let html = std::fs::read_to_string(work.dir.path().join("h.html")).unwrap();
    assert!(html.contains("<html lang=\"fr\""));
    assert!(
        !run.stderr.contains("écrit dans"),
        "an English user got a French status line: {}",
        run.stderr
    );
}

// Issue 18: "French conventions: dates in prose as « 16 janvier 2027 »";
// French prose writes hours « 13 h à 16 h 30 », not "13:00 à 16:30"
// (invitation and handout, « Quand : »).
#[test]
fn invitation_fr_times_in_english_style() {
    let work = Workdir::with(&example());
    let md = french(&work, &["report", "invitation", "--format", "markdown"]);
    assert!(!md.contains("13:00 à 16:30"), "{md}");
    assert!(md.contains("13 h à 16 h 30"), "{md}");
}

// Issue 18: "inclusive forms where natural (« membres », « allié·e » as
// the example file already writes)". The invitation heading says
// "Vous êtes invités" (masculine only) while the map says organisateur·rices.
#[test]
fn invitation_fr_heading_not_inclusive() {
    let work = Workdir::with(&example());
    let md = french(&work, &["report", "invitation", "--format", "markdown"]);
    assert!(!md.contains("Vous êtes invités "), "{}", md.lines().next().unwrap());
}

// Issue 18: "French conventions: dates in prose as « 16 janvier 2027 »".
// French writes the first of the month « 1er janvier »; the invitation
// says "vendredi 1 janvier 2027".
#[test]
fn invitation_fr_first_of_month_without_er() {
    let work = Workdir::with(&example().replace("date = 2027-01-16", "date = 2027-01-01"));
    let md = french(&work, &["report", "invitation", "--format", "markdown"]);
    assert!(md.contains("vendredi 1er janvier 2027"), "{}", md.lines().nth(2).unwrap());
}

// Issue 18: "dates in prose as « 16 janvier 2027 »". The steps timeline
// of the French map describes each step in prose with ISO dates
// ("faite, du 2026-09-15 au 2026-10-10", "en cours, depuis le
// 2026-11-06"), while the same text says "aujourd’hui : 25 novembre 2026".
#[test]
fn map_fr_timeline_prose_iso_dates() {
    let work = Workdir::with(&example());
    let html = french(&work, &["report", "map"]);
    assert!(!html.contains("du 2026-09-15 au 2026-10-10"), "ISO dates in French prose");
    assert!(!html.contains("depuis le 2026-11-06"), "ISO dates in French prose");
}

// Issue 18: French "wrong or clumsy" text. The French power chart names
// its quadrants twice and differently: the labels say « Gérer de près »,
// « Garder satisfait », « Tenir informé » and the description (read by
// screen readers) « impliquer de près, garder satisfaits, tenir informés »;
// the English chart says "manage closely" in both.
#[test]
fn power_svg_fr_quadrant_names_disagree() {
    let work = Workdir::with(&example());
    let svg = french(&work, &["report", "power", "--format", "svg"]);
    let labels = svg.contains(">Gérer de près<");
    let desc = svg.contains("impliquer de près");
    assert!(!(labels && desc), "quadrant « Gérer de près » described as « impliquer de près »");
}

// Issue 18: "French conventions: ... non-breaking spaces before « : ; ? ! »".
// When a table is too wide for the terminal, the French groups report and
// list fall back to records written "statut: membre", "membres: 4000"
// (a plain colon, no space at all).
#[test]
fn groups_fr_narrow_records_colon_without_nbsp() {
    let work = Workdir::with(&example());
    let run = work
        .command()
        .args(["--lang", "fr", "report", "groups"])
        .env("COLUMNS", "60")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(!out.contains("statut: "), "{}", out.lines().take(12).collect::<Vec<_>>().join("\n"));
    assert!(!out.contains("membres: "));
}

// Issue 18: "numbers and percentages with French spacing": 4 000 members
// are written "4000" in the French groups report (markdown and table).
#[test]
fn groups_fr_thousands_without_french_spacing() {
    let work = Workdir::with(&example());
    let md = french(&work, &["report", "groups", "--format", "markdown"]);
    assert!(!md.contains("| 4000 |"), "French markdown shows 4000 members");
    let table = french(&work, &["report", "groups"]);
    assert!(!table.contains(" 4000 "), "French table shows 4000 members");
}

// Issue 18: "file vocabulary (the file keeps status = "member"; French
// screens show « membre »)". `coal --lang fr show group ID` prints the
// field names and values in file words ("status  contacted", "spectrum
// neutral") under a French « ce qui y renvoie : ».
#[test]
fn show_group_fr_values_in_file_words() {
    let work = Workdir::with(&example());
    let out = french(&work, &["show", "group", "cegep-students"]);
    assert!(out.contains("ce qui y renvoie"), "{out}");
    assert!(!out.lines().any(|l| l.starts_with("status") && l.ends_with("contacted")), "{out}");
}

// Issue 18: French conventions, no "wrong or clumsy French". The
// « Observateur » role in the French handout and draft reads « libre d’en
// faire plus plus tard », a stutter a French reader stumbles on (« libre
// de s’engager davantage ensuite »).
#[test]
fn handout_fr_observer_plus_plus_tard() {
    let work = Workdir::with(&example());
    let md = french(&work, &["report", "handout", "--format", "markdown"]);
    assert!(!md.contains("plus plus tard"), "« libre d’en faire plus plus tard »");
}
