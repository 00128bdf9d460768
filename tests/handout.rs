//! The handout (`coal report handout`): the coalition for everyone, as one
//! self-contained HTML page or as Markdown. Snapshots of the shipped
//! example, names that try to be markup, a coalition with nothing yet, and
//! the page's own rules (no request, sections, a file with `-o`). What the
//! handout must never show is in `tests/privacy.rs`.

mod common;

use common::*;

fn handout(work: &Workdir, format: &str) -> String {
    work.run(&["report", "handout", "--format", format])
        .ok()
        .stdout
}

/// Every tag of an HTML page: what lies between a raw `<` and the next
/// `>`. User text is escaped, so it holds no raw `<` and cannot add one.
fn tags(page: &str) -> Vec<&str> {
    page.split('<')
        .skip(1)
        .map(|rest| &rest[..rest.find('>').unwrap_or(rest.len())])
        .collect()
}

/// No tag or attribute that a name could have brought in.
fn assert_inert(page: &str) {
    for tag in tags(page) {
        let lower = tag.to_lowercase();
        let name = lower.split_whitespace().next().unwrap_or_default();
        for bad in ["script", "img", "iframe"] {
            assert_ne!(name, bad, "the tag <{tag}>:\n{page}");
        }
        for bad in ["onerror", "onload", "javascript:"] {
            assert!(!lower.contains(bad), "`{bad}` in the tag <{tag}>:\n{page}");
        }
    }
}

/// Nothing that would make a request: no source, no link out of the page,
/// no `url(` in the style (names may say so, as text).
fn assert_self_contained(page: &str) {
    for tag in tags(page) {
        assert!(!tag.contains("src="), "<{tag}>");
        if let Some((_, link)) = tag.split_once("href=\"") {
            assert!(link.starts_with('#'), "a link out of the page: <{tag}>");
        }
    }
    let style = &page[page.find("<style>").unwrap()..page.find("</style>").unwrap()];
    assert!(!style.contains("url("), "{style}");
    assert!(page.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
    ));
}

#[test]
fn the_example_handout_in_html_and_markdown() {
    let work = Workdir::with(&example());
    for format in ["html", "markdown"] {
        let out = handout(&work, format);
        insta::assert_snapshot!(format!("handout-{format}"), out);
    }
    // HTML is the default format: the handout is a page to print or send.
    assert_eq!(
        work.run(&["report", "handout"]).ok().stdout,
        handout(&work, "html")
    );
}

#[test]
fn the_example_handout_says_what_a_newcomer_needs_in_order() {
    let work = Workdir::with(&example());
    let page = handout(&work, "html");
    assert_self_contained(&page);
    assert_inert(&page);
    let order = [
        "<html lang=\"en\">",
        "<h1>Coalition Climat-Justice Montréal</h1>",
        "A just transition for Montréal",
        "<nav aria-label=\"Contents\">",
        "<section id=\"our-vision-culture-and-structure\">",
        "A city where climate measures lower rents",
        "<section id=\"what-we-agreed-on\">",
        "we do not denounce each other in public",
        "Each group keeps its own tactics",
        "at least every 60 days",
        "<section id=\"ways-to-take-part\">",
        "<dt>Observer</dt>",
        "<section id=\"groups-that-endorse-the-coalition\">",
        "<li>Collectif Artivistes</li>",
        "<section id=\"the-next-assembly\">",
        "Saturday 16 January 2027, 13:00 to 16:30",
        "step-free access",
        "assemblee@climat-justice.example",
        "<section id=\"how-to-join\">",
        "<footer>",
    ];
    let mut from = 0;
    for needle in order {
        let at = page[from..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing or out of order:\n{page}"));
        from += at + needle.len();
    }
    // Every link of the contents leads to a section of the page.
    for link in page.split("<a href=\"#").skip(1) {
        let id = &link[..link.find('"').unwrap()];
        assert!(page.contains(&format!("<section id=\"{id}\">")), "{id}");
    }
    // A group that does not endorse publicly is not named, even though the
    // report was asked for the default (internal) audience.
    for hidden in [
        "Cercle de solidarité autochtone",
        "Interfaith Climate Network",
    ] {
        assert!(!page.contains(hidden), "{hidden}:\n{page}");
    }
}

#[test]
fn o_writes_the_page_to_a_file() {
    let work = Workdir::with(&example());
    let page = handout(&work, "html");
    work.run(&[
        "report",
        "handout",
        "--format",
        "html",
        "-o",
        "handout.html",
    ])
    .ok()
    .stderr_has("handout.html");
    let written = std::fs::read_to_string(work.dir.path().join("handout.html")).unwrap();
    assert_eq!(written, page);
}

const HOSTILE: [&str; 7] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "Tom & Jerry's \"quotes\"",
    "<a href=\"javascript:alert(1)\">click</a>",
    "שלום עליכם مرحبا",
    "🌍✊🏽 Groupe 🌱",
    "Un nom très long qui ne finit pas, Un nom très long qui ne finit pas, Un nom très long qui ne finit pas",
];

/// A coalition with a hostile text in every field the handout shows.
fn hostile() -> String {
    let h = |n: usize| toml_string(HOSTILE[n % HOSTILE.len()]);
    let mut text = format!(
        "schema = 1\n\n[coalition]\nname = {}\nunity_statement = {}\n\n\
         [steps.draft]\nvision = {}\nculture = {}\nstructure = {}\n\n\
         [steps.assembly]\ndate = 2027-01-16\nstart = \"13:00\"\nplace = {}\nlanguages = [{}, {}]\n\
         accessibility = [{}]\nrsvp = {}\nagenda = {}\n\n\
         [steps.presentation]\nquestions = [\n",
        h(0),
        h(1),
        h(2),
        h(3),
        h(4),
        h(5),
        h(6),
        h(0),
        h(1),
        h(2),
        h(3),
    );
    for (n, hostile) in HOSTILE.iter().enumerate() {
        text.push_str(&format!(
            "  {{ question = {}, answer = {}, asked_by = \"g{n}\" }},\n",
            toml_string(hostile),
            h(n + 1)
        ));
    }
    text.push_str("]\n");
    for (n, hostile) in HOSTILE.iter().enumerate() {
        text.push_str(&format!(
            "\n[groups.g{n}]\nname = {}\nstatus = \"member\"\nparticipation = \"core\"\npublic = true\n",
            toml_string(hostile)
        ));
    }
    text
}

fn toml_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

#[test]
fn hostile_names_and_texts_stay_text() {
    let work = Workdir::with(&hostile());
    work.run(&["check"]).ok();
    let page = handout(&work, "html");
    assert_inert(&page);
    assert_self_contained(&page);
    // Shown, escaped, in each place: the title, the groups, the questions.
    assert!(
        page.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"),
        "{page}"
    );
    assert!(
        page.contains("<li>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</li>"),
        "{page}"
    );
    assert!(
        page.contains("Tom &amp; Jerry's &quot;quotes&quot;"),
        "{page}"
    );
    for plain in &HOSTILE[4..] {
        assert!(page.contains(plain), "{plain} is not shown:\n{page}");
    }
    // The section ids stay ASCII slugs.
    for id in page.split(" id=\"").skip(1) {
        let id = &id[..id.find('"').unwrap()];
        assert!(
            id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
            "{id}"
        );
    }
    let markdown = handout(&work, "markdown");
    for (at, _) in markdown.match_indices('<') {
        assert_eq!(&markdown[at - 1..at], "\\", "a raw `<` in:\n{markdown}");
    }
    assert!(markdown.contains("שלום עליכם"), "{markdown}");
}

#[test]
fn a_coalition_with_nothing_yet_gets_a_short_plain_page() {
    let work = Workdir::with(MINIMAL);
    let page = handout(&work, "html");
    assert_self_contained(&page);
    for absent in [
        "Our vision, culture and structure",
        "Groups that endorse",
        "Questions asked",
        "groups above",
    ] {
        assert!(!page.contains(absent), "{absent}:\n{page}");
    }
    for present in [
        "<h1>C</h1>",
        "<p>U</p>",
        "What we agreed on",
        "Ways to take part",
        "No assembly is planned yet.",
        "Come to the next assembly once it is announced.",
    ] {
        assert!(page.contains(present), "{present}:\n{page}");
    }
    assert!(
        !page.contains("<dl>\n</dl>") && !page.contains("<ul>\n</ul>"),
        "{page}"
    );
}

#[test]
fn a_past_assembly_is_not_the_next_one() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[steps.assembly]\ndate = 2026-11-24\nplace = \"Yesterday's hall\"\n\n\
         [[assemblies]]\ndate = 2026-11-25\nplace = \"Today's hall\"\n"
    ));
    let page = handout(&work, "html");
    assert!(page.contains("Wednesday 25 November 2026"), "{page}");
    assert!(
        page.contains("Today's hall") && !page.contains("Yesterday"),
        "{page}"
    );
    assert!(
        page.contains("Come to the next assembly: every group"),
        "{page}"
    );
    let later = work
        .command()
        .env("COAL_TODAY", "2026-11-26")
        .args(["report", "handout", "--format", "markdown"])
        .output()
        .unwrap();
    let later = Run::from(later).ok();
    later.stdout_has("No assembly is planned yet.");
}

#[test]
fn only_answered_questions_carry_an_answer() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[steps.presentation]\nquestions = [\n  {{ question = \"Who decides?\", answer = \"The assembly\" }},\n  {{ question = \"Is there food?\", answer = \" \" }},\n]\n"
    ));
    let markdown = handout(&work, "markdown");
    assert!(
        markdown.contains("- **Who decides?:** The assembly\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains("- **Is there food?:** We are still working on the answer.\n"),
        "{markdown}"
    );
}

/// A member whose `left` date is recorded (its status not yet changed) has
/// left: the handout does not name it as endorsing, in either format.
#[test]
fn a_group_that_has_left_is_not_named_as_endorsing() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[groups.gone]\nname = \"Gone Group\"\nstatus = \"member\"\n\
         participation = \"core\"\npublic = true\njoined = 2026-01-01\nleft = 2026-10-01\n\n\
         [groups.here]\nname = \"Here Group\"\nstatus = \"member\"\n\
         participation = \"core\"\npublic = true\njoined = 2026-01-01\n"
    ));
    for format in ["markdown", "html"] {
        let page = handout(&work, format);
        assert!(page.contains("Here Group"), "{format}: {page}");
        assert!(!page.contains("Gone Group"), "{format}: {page}");
    }
}

/// What the page promises a phone and a printer, in its style: one column
/// that wide tables do not widen, no contents on paper, no chart, row or
/// list item cut across pages, headings kept with what follows.
#[test]
fn the_page_fits_a_phone_and_prints() {
    let work = Workdir::with(&example());
    let page = handout(&work, "html");
    let style = &page[page.find("<style>").unwrap()..page.find("</style>").unwrap()];
    let print = &style[style.find("@media print").expect("a print style")..];
    for rule in [
        "main { max-width: 48rem;",
        ".table { max-width: 100%; overflow-x: auto; }",
        "svg { max-width: 100%; height: auto; }",
        "overflow-wrap: break-word;",
        "@page { size: auto; margin: 15mm",
    ] {
        assert!(style.contains(rule), "{rule}:\n{style}");
    }
    for rule in [
        "nav { display: none; }",
        "figure, tr, dl > div, li { break-inside: avoid;",
        "break-after: avoid;",
    ] {
        assert!(print.contains(rule), "{rule}:\n{print}");
    }
}

/// A Persian group's name needs its zero-width non-joiner (U+200C), a
/// family emoji its zero-width joiners (U+200D): the handout, in HTML and
/// Markdown, prints them as their groups write them. A bidi override is
/// still shown as a code. The terminal formats keep marking the joiners.
#[test]
fn the_handout_prints_names_with_joiners_as_their_groups_write_them() {
    let persian = "کانون خانه\u{200c}ی مردم";
    let family = "👩\u{200d}👩\u{200d}👧 Familles unies";
    let member = |id: &str, name: &str| {
        format!(
            "\n[groups.{id}]\nname = \"{name}\"\nstatus = \"member\"\nparticipation = \"core\"\npublic = true\n"
        )
    };
    let work = Workdir::with(&format!(
        "{MINIMAL}{}{}{}",
        member("fam", family),
        member("persian", persian),
        member("turned", "Right\u{202e}left"),
    ));
    work.run(&["check"]).ok();
    for format in ["html", "markdown"] {
        let page = handout(&work, format);
        assert!(
            !page.contains("U+200C") && !page.contains("U+200D"),
            "{format}:\n{page}"
        );
        assert!(
            page.contains(persian) && page.contains(family),
            "{format}:\n{page}"
        );
        assert!(
            !page.contains('\u{202e}') && page.contains("U+202E"),
            "{format}:\n{page}"
        );
    }
    work.run(&["report", "groups"])
        .ok()
        .stdout_has("خانه<U+200C>ی");
}

/// A unity statement of two paragraphs is two paragraphs whatever the
/// file's lines end with (LF, or CRLF as Windows saves it), and no carriage
/// return reaches the page.
#[test]
fn the_handout_of_a_crlf_file_keeps_the_paragraphs_of_the_unity_statement() {
    let lf = "schema = 1\n\n[coalition]\nname = \"C\"\nunity_statement = \"\"\"First paragraph.\n\nSecond paragraph.\"\"\"\n";
    for text in [lf.to_string(), lf.replace('\n', "\r\n")] {
        let work = Workdir::with(&text);
        let page = handout(&work, "html");
        assert!(
            page.contains("<p>First paragraph.</p>\n<p>Second paragraph.</p>"),
            "{page}"
        );
        assert!(!page.contains('\r'), "{page}");
        let markdown = handout(&work, "markdown");
        assert!(
            markdown.contains("First paragraph.\n\nSecond paragraph."),
            "{markdown}"
        );
        assert!(!markdown.contains('\r'), "{markdown}");
        let table = work.run(&["report", "overview"]).ok().stdout;
        assert!(
            table.contains("First paragraph.\nSecond paragraph."),
            "{table}"
        );
    }
}

/// The draft's vision, written in paragraphs and lines, and an assembly's
/// agenda, one item a line, keep their paragraphs and lines in the HTML
/// handout, where a browser would run raw newlines together.
#[test]
fn the_html_handout_keeps_the_paragraphs_and_lines_of_the_draft_and_agenda() {
    let work = Workdir::with(
        "schema = 1\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n\
         [steps.draft]\nvision = \"\"\"First idea.\n\nSecond idea:\n- homes\n- jobs\"\"\"\n\
         [[assemblies]]\ndate = 2027-04-10\nagenda = \"\"\"1. Welcome\n2. Vote on the draft\"\"\"\n",
    );
    let page = handout(&work, "html");
    assert!(
        page.contains("<dd><p>First idea.</p><p>Second idea:<br>- homes<br>- jobs</p></dd>"),
        "{page}"
    );
    assert!(
        page.contains("<dd>1. Welcome<br>2. Vote on the draft</dd>"),
        "{page}"
    );
}

/// The handout is public by construction: refused for a file with errors,
/// its hint says to fix the file, and sends to no internal handout (there
/// is none). A report asked `--audience public` still learns of its
/// internal version.
#[test]
fn a_handout_refused_for_errors_does_not_send_the_organizer_to_an_internal_handout() {
    let work = Workdir::with(&example().replacen("power = 4\n", "power = 9\n", 1));
    let run = work
        .refused(&["report", "handout", "-o", "handout.html"], 3)
        .stderr_has("hint: fix the file first: `coal check` shows each error and what to do\n");
    assert!(!run.stderr.contains("--audience public"), "{}", run.stderr);
    assert!(!work.dir.path().join("handout.html").exists());
    work.refused(&["report", "groups", "--audience", "public"], 3)
        .stderr_has("the internal report, without `--audience public`, still works");
}

/// The handout shows the next assembly to come: `--assembly` is refused
/// with what the handout shows and how to reach another assembly, not
/// with "the handout has none".
#[test]
fn the_handout_refusing_assembly_does_not_say_it_has_no_assembly() {
    let work = Workdir::with(&example());
    let run = work
        .refused(&["report", "handout", "--assembly", "2027-01-16"], 2)
        .stderr_has("the handout shows the next assembly to come")
        .stderr_has("`coal report invitation --assembly DATE`");
    assert!(!run.stderr.contains("has none"), "{}", run.stderr);
}
