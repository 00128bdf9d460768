//! In-process benchmarks at 100 to 100,000 groups, beside their floor:
//! parsing with the `toml` crate alone, and a `toml_edit` parse plus
//! re-serialisation. `cargo bench --bench scale`; benches/README.md has the
//! whole-binary timings and the ratios.

mod generate;

use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;
use coal::report::{self, Audience, Format, Kind};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SIZES: [usize; 4] = [100, 1_000, 10_000, 100_000];

fn main() {
    divan::main();
}

fn text(n: usize) -> &'static str {
    static TEXTS: OnceLock<Vec<(usize, String)>> = OnceLock::new();
    let texts = TEXTS.get_or_init(|| SIZES.iter().map(|&n| (n, generate::coalition(n))).collect());
    &texts
        .iter()
        .find(|(size, _)| *size == n)
        .expect("a benchmarked size")
        .1
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn floor_toml_parse(n: usize) -> toml::Table {
    text(n).parse().unwrap()
}

#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn floor_toml_edit_round_trip(n: usize) -> String {
    let doc: toml_edit::DocumentMut = text(n).parse().unwrap();
    doc.to_string()
}

#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn check(n: usize) -> usize {
    let validated = coal::store::load::parse(Path::new("c.toml"), text(n)).unwrap();
    coal::check::run(&validated.coalition, &validated.findings, today()).len()
}

fn report(n: usize, kind: Kind, format: Format) -> String {
    let validated = coal::store::load::parse(Path::new("c.toml"), text(n)).unwrap();
    let context = report::Context {
        today: today(),
        audience: Audience::Internal,
        schema_findings: &validated.findings,
        assembly: None,
        file: None,
        since: None,
    };
    // The width a pipe gets by default.
    report::render(
        &report::build(kind, &validated.coalition, context),
        format,
        100,
    )
}

#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn report_groups_json(n: usize) -> String {
    report(n, Kind::Groups, Format::Json)
}

#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn report_resources(n: usize) -> String {
    report(n, Kind::Resources, Format::Table)
}

#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn add_group(bencher: divan::Bencher, n: usize) {
    let dir = tempfile::TempDir::new().unwrap();
    let path = dir.path().join("coalition.toml");
    bencher
        .with_inputs(|| std::fs::write(&path, text(n)).unwrap())
        .bench_local_values(|()| {
            coal::store::edit(&path, false, |doc, _| {
                let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
                coal::commands::add_group::add(
                    doc,
                    "Nouveau groupe",
                    None,
                    &Default::default(),
                    today,
                )
            })
            .unwrap()
        });
}

#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn merge_one_change_per_side(bencher: divan::Bencher, n: usize) {
    let base = text(n);
    let ours = base.replacen("power = 1\n", "power = 2\n", 1);
    let theirs = format!("{base}\n[groups.zz-new]\nname = \"Nouveau\"\n");
    bencher.bench(|| coal::git::merge::merge(base, &ours, &theirs, 7).unwrap());
}

/// The network alone, as the map draws it: links, the force layout and
/// the SVG. Only at 1,000 groups: the picture is for a federation one can
/// still look at.
#[divan::bench(args = [1_000], sample_count = 5, sample_size = 1)]
fn report_network_svg(n: usize) -> String {
    report(n, Kind::Network, Format::Svg)
}

/// The whole map, every chart in one HTML page.
#[divan::bench(args = [1_000], sample_count = 5, sample_size = 1)]
fn report_map_html(n: usize) -> String {
    report(n, Kind::Map, Format::Html)
}
