//! The handout and the map in a real browser: headless Chromium reads the
//! pages coal writes, draws them at a phone's and a laptop's size, and
//! prints the handout to PDF, which poppler's `pdfinfo` counts.
//!
//! Without Chromium or `pdfinfo` these tests say so and pass, except under
//! CI (`CI` set), where a skipped browser test would pass vacuously: there
//! they fail. `.ci/run` installs both.

mod common;

#[path = "../benches/generate.rs"]
mod generate;

use std::io::ErrorKind;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::Workdir;
use tempfile::TempDir;

/// Headless Chromium, each run with a fresh profile and nothing that
/// reaches out on its own (updates, sync, background requests).
struct Browser {
    program: PathBuf,
    scratch: TempDir,
}

impl Browser {
    /// The browser, when this machine has one (`COAL_CHROMIUM` names it
    /// elsewhere than on the PATH).
    fn find() -> Option<Browser> {
        let candidates: Vec<PathBuf> = match std::env::var_os("COAL_CHROMIUM") {
            Some(path) if !path.is_empty() => vec![PathBuf::from(path)],
            _ => ["chromium", "chromium-browser", "google-chrome"]
                .iter()
                .map(PathBuf::from)
                .collect(),
        };
        let program = candidates.into_iter().find(|program| {
            Command::new(program)
                .arg("--version")
                .output()
                .is_ok_and(|output| output.status.success())
        });
        let Some(program) = program else {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must run the browser tests: install Debian's chromium (see .ci/run)"
            );
            eprintln!("skipped: no chromium on this machine");
            return None;
        };
        assert!(
            tool_runs("pdfinfo") || std::env::var_os("CI").is_none(),
            "CI must run the browser tests: install Debian's poppler-utils (see .ci/run)"
        );
        Some(Browser {
            program,
            scratch: TempDir::new().unwrap(),
        })
    }

    fn run(&self, page: &Path, args: &[String]) -> Vec<u8> {
        let profile = TempDir::new_in(self.scratch.path()).unwrap();
        let output = Command::new(&self.program)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .args(args)
            .arg(url(page))
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "chromium failed on {}:\n{}",
            page.display(),
            String::from_utf8_lossy(&output.stderr)
        );
        output.stdout
    }

    /// The page as the browser built it, after loading.
    fn dom(&self, page: &Path) -> String {
        String::from_utf8(self.run(page, &["--dump-dom".into()])).unwrap()
    }

    /// What `measure` (a script put at the end of the page's body) says
    /// when the page is shown in a frame of `width` × `height`: headless
    /// Chromium draws no window narrower than 500 px, a frame can be. The
    /// page's own policy forbids scripts, so it is taken out of this copy.
    fn measured(&self, page: &Path, width: u32, height: u32, measure: &str) -> String {
        let text = std::fs::read_to_string(page).unwrap();
        let policy = text
            .find("<meta http-equiv=\"Content-Security-Policy\"")
            .unwrap();
        let end = policy + text[policy..].find('>').unwrap() + 1;
        let framed = page.with_file_name("framed.html");
        let script = format!("<script>parent.postMessage(({measure})(), '*');</script></body>");
        let copy = format!("{}{}", &text[..policy], &text[end..]);
        std::fs::write(&framed, copy.replacen("</body>", &script, 1)).unwrap();
        let frame = page.with_file_name("frame.html");
        std::fs::write(
            &frame,
            format!(
                "<!doctype html><pre id=\"measured\"></pre>\
                 <script>addEventListener('message', e => {{ measured.textContent = e.data; }});</script>\
                 <iframe src=\"framed.html\" width=\"{width}\" height=\"{height}\"></iframe>"
            ),
        )
        .unwrap();
        let dom = String::from_utf8(self.run(
            &frame,
            &["--virtual-time-budget=5000".into(), "--dump-dom".into()],
        ))
        .unwrap();
        let at = dom.find("<pre id=\"measured\">").unwrap() + "<pre id=\"measured\">".len();
        dom[at..at + dom[at..].find('<').unwrap()].to_string()
    }

    /// A screenshot of the page at a window of `width` × `height`.
    fn screenshot(&self, page: &Path, width: u32, height: u32) -> Picture {
        let path = self
            .scratch
            .path()
            .join(format!("shot-{width}x{height}.png"));
        self.run(
            page,
            &[
                format!("--window-size={width},{height}"),
                format!("--screenshot={}", path.display()),
            ],
        );
        Picture::read(&path)
    }

    /// The page printed to PDF, without the browser's header and footer.
    fn print(&self, page: &Path) -> PathBuf {
        let path = self.scratch.path().join("printed.pdf");
        self.run(
            page,
            &[
                "--no-pdf-header-footer".into(),
                format!("--print-to-pdf={}", path.display()),
            ],
        );
        path
    }
}

fn tool_runs(program: &str) -> bool {
    Command::new(program)
        .arg("-v")
        .output()
        .is_ok_and(|output| output.status.success())
}

fn url(page: &Path) -> String {
    format!("file://{}", page.display())
}

/// An RGBA screenshot.
struct Picture {
    width: u32,
    height: u32,
    pixels: Vec<[u8; 4]>,
}

impl Picture {
    fn read(path: &Path) -> Picture {
        let mut decoder =
            png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
        decoder.set_transformations(png::Transformations::normalize_to_color8());
        let mut reader = decoder.read_info().unwrap();
        let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buffer).unwrap();
        let channels = info.color_type.samples();
        let pixels = buffer[..info.buffer_size()]
            .chunks(channels)
            .map(|p| match p {
                [g] => [*g, *g, *g, 255],
                [g, a] => [*g, *g, *g, *a],
                [r, g, b] => [*r, *g, *b, 255],
                [r, g, b, a] => [*r, *g, *b, *a],
                _ => unreachable!("png has one to four channels"),
            })
            .collect();
        Picture {
            width: info.width,
            height: info.height,
            pixels,
        }
    }

    /// The share of pixels that are not the page's white.
    fn inked(&self) -> f64 {
        let inked = self
            .pixels
            .iter()
            .filter(|[r, g, b, _]| (*r as u32 + *g as u32 + *b as u32) < 3 * 235)
            .count();
        inked as f64 / self.pixels.len() as f64
    }

    /// How many colours it holds (a chart in colour holds many).
    fn colours(&self) -> usize {
        let mut seen: Vec<[u8; 4]> = self.pixels.clone();
        seen.sort_unstable();
        seen.dedup();
        seen.len()
    }
}

/// `pdfinfo`'s count of pages and its name of the page size.
fn pdf_pages(pdf: &Path) -> (usize, String) {
    let output = Command::new("pdfinfo").arg(pdf).output().unwrap();
    assert!(
        output.status.success(),
        "pdfinfo failed on {}",
        pdf.display()
    );
    let text = String::from_utf8(output.stdout).unwrap();
    let field = |name: &str| {
        text.lines()
            .find_map(|line| line.strip_prefix(name))
            .map(|value| value.trim().to_string())
            .unwrap_or_else(|| panic!("pdfinfo says no {name}\n{text}"))
    };
    (field("Pages:").parse().unwrap(), field("Page size:"))
}

/// `coal report KIND --format html -o KIND.html` on the shipped example.
fn report(work: &Workdir, kind: &str) -> PathBuf {
    let path = work.dir.path().join(format!("{kind}.html"));
    work.run(&[
        "report",
        kind,
        "--format",
        "html",
        "-o",
        path.to_str().unwrap(),
    ])
    .ok();
    path
}

/// The page with `extra` put just before `</head>` (a stand-in for what a
/// reader's browser or printer might add).
fn with_in_head(page: &Path, extra: &str, name: &str) -> PathBuf {
    let text = std::fs::read_to_string(page).unwrap();
    let path = page.with_file_name(name);
    std::fs::write(
        &path,
        text.replacen("</head>", &format!("{extra}</head>"), 1),
    )
    .unwrap();
    path
}

/// The ids of the page's sections, in order, as a browser's DOM holds
/// them or as coal wrote them.
fn section_ids(html: &str) -> Vec<String> {
    html.match_indices("<section id=\"")
        .map(|(at, found)| {
            let rest = &html[at + found.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect()
}

#[test]
fn the_browser_builds_every_section_of_the_handout_and_the_map() {
    let Some(browser) = Browser::find() else {
        return;
    };
    let work = Workdir::with(&common::example());
    for kind in ["handout", "map"] {
        let page = report(&work, kind);
        let written = std::fs::read_to_string(&page).unwrap();
        let dom = browser.dom(&page);
        let ids = section_ids(&written);
        assert!(ids.len() >= 3, "the {kind} has few sections: {ids:?}");
        assert_eq!(
            section_ids(&dom),
            ids,
            "the browser lost a section of the {kind}"
        );
        assert!(
            !dom.contains("<script"),
            "the {kind} holds a script in the browser"
        );
    }
}

#[test]
fn screenshots_at_phone_and_laptop_sizes_show_the_pages() {
    let Some(browser) = Browser::find() else {
        return;
    };
    let work = Workdir::with(&common::example());
    for kind in ["handout", "map"] {
        let page = report(&work, kind);
        for (width, height) in [(390, 844), (1280, 900)] {
            let shot = browser.screenshot(&page, width, height);
            assert_eq!((shot.width, shot.height), (width, height));
            assert!(
                shot.inked() > 0.01,
                "the {kind} at {width}x{height} is blank ({:.4} inked)",
                shot.inked()
            );
            assert!(
                shot.colours() > 8,
                "the {kind} at {width}x{height} shows almost nothing ({} colours)",
                shot.colours()
            );
        }
    }
}

#[test]
fn the_handout_of_the_example_prints_on_two_pages_of_a4_or_letter() {
    let Some(browser) = Browser::find() else {
        return;
    };
    let work = Workdir::with(&common::example());
    let page = report(&work, "handout");
    for (size, named) in [("A4", "A4"), ("letter", "letter")] {
        let sized = with_in_head(
            &page,
            &format!("<style>@page {{ size: {size}; }}</style>"),
            &format!("handout-{size}.html"),
        );
        let (pages, paper) = pdf_pages(&browser.print(&sized));
        assert!(paper.contains(named), "printed on {paper}, not {size}");
        assert!(
            (1..=2).contains(&pages),
            "the handout prints on {pages} pages of {size}"
        );
    }
}

#[test]
fn the_map_prints() {
    let Some(browser) = Browser::find() else {
        return;
    };
    let work = Workdir::with(&common::example());
    let page = report(&work, "map");
    let (pages, _) = pdf_pages(&browser.print(&page));
    assert!(pages >= 1);
}

/// A web server on this machine that answers 404 to everything and counts
/// the requests it was sent.
struct Trap {
    port: u16,
    hits: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Trap {
    fn new() -> Trap {
        use std::io::{Read, Write};
        use std::sync::atomic::Ordering;
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        let hits = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (counted, stopped) = (hits.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            while !stopped.load(Ordering::SeqCst) {
                match listener.accept() {
                    Ok((mut stream, _)) => {
                        counted.fetch_add(1, Ordering::SeqCst);
                        stream.set_nonblocking(false).unwrap();
                        let mut request = [0; 4096];
                        let _ = stream.read(&mut request);
                        let _ = stream.write_all(
                            b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                        );
                    }
                    Err(err) if err.kind() == ErrorKind::WouldBlock => {
                        std::thread::sleep(std::time::Duration::from_millis(10));
                    }
                    Err(err) => panic!("{err}"),
                }
            }
        });
        Trap {
            port,
            hits,
            stop,
            thread: Some(thread),
        }
    }

    /// Stops the server; how many requests it was sent.
    fn hits(mut self) -> usize {
        use std::sync::atomic::Ordering;
        self.stop.store(true, Ordering::SeqCst);
        self.thread.take().unwrap().join().unwrap();
        self.hits.load(Ordering::SeqCst)
    }
}

/// The Content-Security-Policy forbids every request: a picture and a
/// style sheet slipped into the page (as a mail client or an attacker
/// might) are never fetched. Without the policy the same page does fetch
/// them, which shows the test would see a request.
#[test]
fn the_pages_make_no_request_to_any_network() {
    let Some(browser) = Browser::find() else {
        return;
    };
    let work = Workdir::with(&common::example());
    for kind in ["handout", "map"] {
        let page = report(&work, kind);
        let bait = |port: u16| {
            format!(
                "<link rel=\"stylesheet\" href=\"http://127.0.0.1:{port}/style.css\">\
                 <img src=\"http://127.0.0.1:{port}/pixel.png\" alt=\"\">"
            )
        };

        let trap = Trap::new();
        let baited = with_in_head(&page, &bait(trap.port), "baited.html");
        browser.dom(&baited);
        assert_eq!(
            trap.hits(),
            0,
            "the {kind} fetched something from the network"
        );

        let trap = Trap::new();
        let baited = with_in_head(&page, &bait(trap.port), "baited.html");
        let text = std::fs::read_to_string(&baited).unwrap();
        let unguarded = page.with_file_name("unguarded.html");
        std::fs::write(
            &unguarded,
            text.replace("http-equiv=\"Content-Security-Policy\"", "name=\"x\""),
        )
        .unwrap();
        browser.dom(&unguarded);
        assert!(
            trap.hits() > 0,
            "without its policy the page fetched nothing: the test cannot see a request"
        );
    }
}

/// On a 390-px phone a chart shrunk to the page's column showed its names
/// at 5 px. Each chart keeps its drawn size in a box of its own that
/// scrolls sideways: its smallest text is at least 8 px, and the page
/// itself is no wider than the phone.
#[test]
fn map_chart_text_is_readable_on_a_390_px_phone() {
    let Some(browser) = Browser::find() else {
        return;
    };
    let work = Workdir::with(&common::example());
    let page = report(&work, "map");
    let measure = "() => {
        let smallest = Infinity;
        for (const svg of document.querySelectorAll('svg')) {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            for (const text of svg.querySelectorAll('text')) {
                smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
            }
        }
        return smallest.toFixed(1) + ' ' + document.documentElement.scrollWidth;
    }";
    let measured = browser.measured(&page, 390, 844, measure);
    let (smallest, page_width) = measured.split_once(' ').unwrap();
    let smallest: f64 = smallest.parse().unwrap();
    let page_width: u32 = page_width.parse().unwrap();
    assert!(
        smallest >= 8.0,
        "chart text shown at {smallest} px on a phone"
    );
    assert!(
        page_width <= 390,
        "the page is {page_width} px wide on a phone"
    );
}

/// The page with its body replaced by `body` (its style kept).
fn with_body(page: &Path, body: &str, name: &str) -> PathBuf {
    let text = std::fs::read_to_string(page).unwrap();
    let head = &text[..text.find("<body").unwrap()];
    let path = page.with_file_name(name);
    std::fs::write(
        &path,
        format!("{head}<body><main>{body}</main></body></html>"),
    )
    .unwrap();
    path
}

/// A chart taller than a page (the resources of the benchmark's 1,000
/// groups are drawn 480 × 1320) was cut across pages. Printed alone on
/// Letter (the shorter paper), each chart of that map takes one page.
#[test]
fn every_map_chart_of_1000_groups_fits_one_printed_page() {
    let Some(browser) = Browser::find() else {
        return;
    };
    let work = Workdir::with(&generate::coalition(1000));
    let page = report(&work, "map");
    let text = std::fs::read_to_string(&page).unwrap();
    let figures: Vec<&str> = text
        .match_indices("<figure")
        .map(|(at, _)| &text[at..at + text[at..].find("</figure>").unwrap() + "</figure>".len()])
        .collect();
    assert!(figures.len() >= 4, "{} charts", figures.len());
    for (n, figure) in figures.iter().enumerate() {
        let alone = with_body(&page, figure, &format!("figure-{n}.html"));
        let letter = with_in_head(
            &alone,
            "<style>@page { size: letter; }</style>",
            &format!("figure-{n}-letter.html"),
        );
        let (pages, _) = pdf_pages(&browser.print(&letter));
        let title = &figure[figure.find("<title").unwrap()..];
        assert_eq!(
            pages,
            1,
            "printed on {pages} pages: {}",
            &title[..title.find("</title>").unwrap()]
        );
    }
}

/// A group named with a 300-character word pushed the power/interest
/// table's other columns off the paper. Printed, every column is there.
#[test]
fn printed_map_tables_keep_their_columns_with_a_300_character_name() {
    let Some(browser) = Browser::find() else {
        return;
    };
    let long = format!("Ω{}Z", "x".repeat(298));
    let work = Workdir::with(&format!(
        "{}\n[groups.a]\nname = \"{long}\"\npower = 4\ninterest = 4\nspectrum = \"active_ally\"\nstatus = \"member\"\npublic = true\n\n[groups.b]\nname = \"Bee\"\npower = 2\ninterest = 2\nspectrum = \"neutral\"\ntarget = \"passive_ally\"\nstatus = \"member\"\npublic = true\n",
        common::MINIMAL
    ));
    let page = report(&work, "map");
    let pdf = browser.print(&page);
    let output = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    // A cell may wrap its words over lines; every one is printed.
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for cell in ["quadrant", "monitor"] {
        assert!(
            lines.contains(&cell),
            "the printed map lacks the cell {cell:?}:\n{text}"
        );
    }
    assert!(
        words.contains("manage closely"),
        "the printed map lacks its quadrant:\n{text}"
    );
}

/// The French handout is longer in words: it still prints on two pages of
/// A4 at most (issue 18).
#[test]
fn the_french_handout_prints_on_two_pages_of_a4() {
    let Some(browser) = Browser::find() else {
        return;
    };
    let work = Workdir::with(&common::example());
    let path = work.dir.path().join("handout-fr.html");
    work.run(&[
        "--lang",
        "fr",
        "report",
        "handout",
        "--format",
        "html",
        "-o",
        path.to_str().unwrap(),
    ])
    .ok();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("<html lang=\"fr\">")
    );
    let sized = with_in_head(
        &path,
        "<style>@page { size: A4; }</style>",
        "handout-fr-A4.html",
    );
    let (pages, paper) = pdf_pages(&browser.print(&sized));
    assert!(paper.contains("A4"), "printed on {paper}, not A4");
    assert!(
        (1..=2).contains(&pages),
        "the French handout prints on {pages} pages of A4"
    );
}
