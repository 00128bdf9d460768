//! The documents in French (issue 18): the handout, the invitation (and
//! its calendar event), the draft, the map and a chart, on the shipped
//! example, beside the English snapshots of `tests/handout.rs`,
//! `tests/reports.rs` and `tests/map_sections.rs`. A coalition that sets
//! `language = "fr"` gets them in French without `--lang`.

mod common;

use common::*;

/// `coal --lang fr report KIND --format FORMAT` on `work`.
fn french(work: &Workdir, kind: &str, format: &str) -> String {
    work.run(&["--lang", "fr", "report", kind, "--format", format])
        .ok()
        .stdout
}

fn english(work: &Workdir, kind: &str, format: &str) -> String {
    work.run(&["report", kind, "--format", format]).ok().stdout
}

/// The example, saying in its own file that it speaks French.
fn french_coalition() -> String {
    let example = example();
    let french = example.replacen("[coalition]\n", "[coalition]\nlanguage = \"fr\"\n", 1);
    assert_ne!(french, example);
    french
}

#[test]
fn the_example_documents_in_french() {
    let work = Workdir::with(&example());
    for (kind, format) in [
        ("handout", "html"),
        ("handout", "markdown"),
        ("invitation", "markdown"),
        ("invitation", "ics"),
        ("draft", "markdown"),
        ("map", "html"),
        ("power", "svg"),
    ] {
        let out = french(&work, kind, format);
        insta::assert_snapshot!(format!("{kind}-{format}-fr"), out);
    }
}

#[test]
fn the_french_pages_say_they_are_in_french() {
    let work = Workdir::with(&example());
    for kind in ["handout", "map"] {
        let page = french(&work, kind, "html");
        assert!(page.contains("<html lang=\"fr\">"), "{page}");
        assert!(
            page.contains(
                "<footer><p>Fait avec coal, le planificateur de coalitions.</p></footer>"
            ),
            "{page}"
        );
        assert!(page.contains("<nav aria-label=\"Sommaire\">"), "{page}");
        assert!(english(&work, kind, "html").contains("<html lang=\"en\">"));
    }
}

#[test]
fn the_french_invitation_writes_its_date_and_spaces_the_french_way() {
    let work = Workdir::with(&example());
    let invitation = french(&work, "invitation", "markdown");
    // The weekday and month in words, in lower case, the day first.
    assert!(
        invitation.contains("samedi 16 janvier 2027"),
        "{invitation}"
    );
    assert!(!invitation.contains("Saturday"), "{invitation}");
    assert!(
        invitation.starts_with(
            "# Vous êtes invité·es à l’assemblée de Coalition Climat-Justice Montréal"
        ),
        "{invitation}"
    );
    // The calendar's summary: a no-break space before the colon.
    let ics = french(&work, "invitation", "ics");
    assert!(
        ics.contains("SUMMARY:Coalition Climat-Justice Montréal\u{a0}: assemblée\r\n"),
        "{ics}"
    );
}

/// The calendar event keeps its structure in French: only the summary and
/// the description (with its folded lines) change.
#[test]
fn the_french_calendar_event_differs_only_by_its_words() {
    let work = Workdir::with(&example());
    let structure = |ics: &str| -> Vec<String> {
        ics.replace("\r\n ", "")
            .lines()
            .filter(|line| !line.starts_with("SUMMARY:") && !line.starts_with("DESCRIPTION:"))
            .map(String::from)
            .collect()
    };
    let french = french(&work, "invitation", "ics");
    let english = english(&work, "invitation", "ics");
    assert_ne!(french, english);
    assert_eq!(structure(&french), structure(&english));
    assert!(french.contains("DTSTART:"), "{french}");
    assert!(french.contains("DESCRIPTION:"), "{french}");
}

#[test]
fn a_french_coalition_gets_french_documents_without_the_flag() {
    let work = Workdir::with(&french_coalition());
    let handout = english(&work, "handout", "html");
    assert!(handout.contains("<html lang=\"fr\">"), "{handout}");
    assert!(
        handout.contains("<h2>Comment se joindre à nous</h2>"),
        "{handout}"
    );
    let invitation = english(&work, "invitation", "markdown");
    assert!(
        invitation.contains("samedi 16 janvier 2027"),
        "{invitation}"
    );
    // The same words as asked with `--lang fr`.
    let asked = Workdir::with(&example());
    assert_eq!(handout, french(&asked, "handout", "html"));
    assert_eq!(invitation, french(&asked, "invitation", "markdown"));
    // `--lang en` still wins over the coalition's language.
    let forced = work
        .run(&["--lang", "en", "report", "handout", "--format", "html"])
        .ok()
        .stdout;
    assert!(forced.contains("<html lang=\"en\">"), "{forced}");
}

#[test]
fn the_french_map_translates_its_tables_and_words() {
    let work = Workdir::with(&example());
    let map = french(&work, "map", "html");
    for words in [
        "<h2>Pouvoir et intérêt</h2>",
        "<th scope=\"col\">groupe</th><th scope=\"col\">pouvoir</th><th scope=\"col\">intérêt</th>",
        "<h2>Spectre des alliés</h2>",
        "<h2>Ce que trouve coal check</h2>",
        "pouvoir →",
        "intérêt →",
        "Impliquer de près",
    ] {
        assert!(map.contains(words), "no {words:?} in\n{map}");
    }
    // The chart titles and descriptions come from the report builders.
    for english in ["Keep satisfied", "Manage closely", "interest →"] {
        assert!(!map.contains(english), "{english:?} in\n{map}");
    }
}

#[test]
fn the_french_draft_names_the_levels_in_french() {
    let work = Workdir::with(&example());
    let draft = french(&work, "draft", "markdown");
    assert!(draft.contains("## Vision\u{a0}: où nous allons"), "{draft}");
    assert!(
        draft.contains("**noyau:**") || draft.contains("**noyau\u{a0}:**"),
        "{draft}"
    );
    assert!(!draft.contains("**core"), "{draft}");
}

// Issue 18: every human text in French, "markdown and HTML reports". The
// power chart labels each opponent "· power 5" in French
// (src/report/render/svg/power.rs).
#[test]
fn power_svg_fr_opponent_label_says_power() {
    let work = Workdir::with(&example());
    let svg = work
        .french(&["report", "power", "--format", "svg"])
        .ok()
        .stdout;
    assert!(
        !svg.contains("· power "),
        "{}",
        svg.lines()
            .filter(|l| l.contains("power "))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

// Issue 18: every human text in French. The resource flows chart of the
// French map is headed "offers" and "needs" (src/report/render/svg/flows.rs).
#[test]
fn map_fr_flows_headings_offers_needs_in_english() {
    let work = Workdir::with(&example());
    let html = work.french(&["report", "map"]).ok().stdout;
    assert!(!html.contains(">offers<"), "French map says « offers »");
    assert!(!html.contains(">needs<"), "French map says « needs »");
}

// Issue 18: every human text in French. The steps timeline of the French
// map has its legend in English: "done", "in progress (to today)",
// "assembly", "today" (src/report/render/svg/timeline.rs:213-219).
#[test]
fn map_fr_timeline_legend_in_english() {
    let work = Workdir::with(&example());
    let html = work.french(&["report", "map"]).ok().stdout;
    for english in [
        ">in progress (to today)<",
        ">done<",
        ">assembly<",
        ">today<",
    ] {
        assert!(
            !html.contains(english),
            "French map timeline legend says {english}"
        );
    }
}

// Issue 18: every human text in French (screen readers and tooltips read
// the chart titles). The spectrum chart titles each group
// "X: stands allié·e actif·ve, no move to aim for" (svg/spectrum.rs).
#[test]
fn spectrum_svg_fr_titles_in_english() {
    let work = Workdir::with(&example());
    let svg = work
        .french(&["report", "spectrum", "--format", "svg"])
        .ok()
        .stdout;
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
    let svg = work
        .french(&["report", "network", "--format", "svg"])
        .ok()
        .stdout;
    assert!(
        !svg.contains(" groups)"),
        "French network chart says « groups »"
    );
    assert!(
        !svg.contains("<title>space "),
        "French network chart says « space »"
    );
    // Said in French, not merely not in English: a message left unread
    // shows its id (`doc-svg-…`), which the two asserts above let pass.
    assert!(svg.contains("<title>espace "), "{svg}");
    assert!(!svg.contains("doc-svg-"), "{svg}");
}

// Issue 18: "French conventions: dates in prose as « 16 janvier 2027 »";
// French prose writes hours « 13 h à 16 h 30 », not "13:00 à 16:30"
// (invitation and handout, « Quand : »).
#[test]
fn invitation_fr_times_in_english_style() {
    let work = Workdir::with(&example());
    let md = work
        .french(&["report", "invitation", "--format", "markdown"])
        .ok()
        .stdout;
    assert!(!md.contains("13:00 à 16:30"), "{md}");
    assert!(md.contains("13\u{a0}h à 16\u{a0}h\u{a0}30"), "{md}");
}

// Issue 18: "inclusive forms where natural (« membres », « allié·e » as
// the example file already writes)". The invitation heading says
// "Vous êtes invités" (masculine only) while the map says organisateur·rices.
#[test]
fn invitation_fr_heading_not_inclusive() {
    let work = Workdir::with(&example());
    let md = work
        .french(&["report", "invitation", "--format", "markdown"])
        .ok()
        .stdout;
    assert!(
        !md.contains("Vous êtes invités "),
        "{}",
        md.lines().next().unwrap()
    );
}

// Issue 18: "dates in prose as « 16 janvier 2027 »". The steps timeline
// of the French map describes each step in prose with ISO dates
// ("faite, du 2026-09-15 au 2026-10-10", "en cours, depuis le
// 2026-11-06"), while the same text says "aujourd’hui : 25 novembre 2026".
#[test]
fn map_fr_timeline_prose_iso_dates() {
    let work = Workdir::with(&example());
    let html = work.french(&["report", "map"]).ok().stdout;
    assert!(
        !html.contains("du 2026-09-15 au 2026-10-10"),
        "ISO dates in French prose"
    );
    assert!(
        !html.contains("depuis le 2026-11-06"),
        "ISO dates in French prose"
    );
}

// Issue 18: French "wrong or clumsy" text. The French power chart names
// its quadrants twice and differently: the labels say « Gérer de près »,
// « Garder satisfait », « Tenir informé » and the description (read by
// screen readers) « impliquer de près, garder satisfaits, tenir informés »;
// the English chart says "manage closely" in both.
#[test]
fn power_svg_fr_quadrant_names_disagree() {
    let work = Workdir::with(&example());
    let svg = work
        .french(&["report", "power", "--format", "svg"])
        .ok()
        .stdout;
    let labels = svg.contains(">Gérer de près<");
    assert!(svg.contains(">Impliquer de près<"), "{svg}");
    let desc = svg.contains("impliquer de près");
    assert!(
        !(labels && desc),
        "quadrant « Gérer de près » described as « impliquer de près »"
    );
}

// Issue 18: French conventions, no "wrong or clumsy French". The
// « Observateur » role in the French handout and draft reads « libre d’en
// faire plus plus tard », a stutter a French reader stumbles on (« libre
// de s’engager davantage ensuite »).
#[test]
fn handout_fr_observer_plus_plus_tard() {
    let work = Workdir::with(&example());
    let md = work
        .french(&["report", "handout", "--format", "markdown"])
        .ok()
        .stdout;
    assert!(
        !md.contains("plus plus tard"),
        "« libre d’en faire plus plus tard »"
    );
}
