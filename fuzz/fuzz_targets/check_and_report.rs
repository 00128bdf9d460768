//! Any bytes as a coalition file: loading, `coal check` and every report in
//! every format must never panic.
#![no_main]

use std::path::Path;

use chrono::NaiveDate;
use coal::report::{self, Audience, Format, Kind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(validated) = coal::store::load::parse(Path::new("fuzz.toml"), text) else {
        return;
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let findings = coal::check::run(&validated.coalition, &validated.findings, today);
    let lines = coal::store::lines::Lines::new(text);
    for finding in &findings {
        let _ = lines.line_of(&finding.path);
    }
    for kind in Kind::ALL {
        for audience in [Audience::Internal, Audience::Public] {
            let context = report::Context {
                today,
                audience,
                schema_findings: &validated.findings,
                assembly: None,
                file: None,
                since: None,
            };
            let built = report::build(kind, &validated.coalition, context);
            for format in Format::ALL {
                // A narrow width drives tables into cards, a usual one keeps them.
                for width in [20, 100] {
                    let _ = report::render(&built, format, width);
                }
            }
        }
    }
    // Formatting keeps the data.
    if let Ok(formatted) = coal::store::formatted(Path::new("fuzz.toml"), text) {
        let again = coal::store::load::parse(Path::new("fuzz.toml"), &formatted)
            .expect("formatted text parses");
        assert_eq!(again.coalition, validated.coalition, "fmt changed the data");
    }
});
