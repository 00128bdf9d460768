//! Three files, cut from the input at 0xFF bytes, merged as git would: the
//! merge never panics; a clean merge is valid and `coal check` finds in it no
//! error that neither side had; a marked merge, resolved to either side,
//! holds that side's version of every conflicting part.
#![no_main]

use coal::git::merge::{Side, data, merge, new_errors, plan, resolve};
use libfuzzer_sys::fuzz_target;

/// Keeps ours' or theirs' part of every conflict block.
fn resolve_markers(text: &str, ours: bool) -> String {
    let mut out = String::new();
    let mut part = None;
    for line in text.split_inclusive('\n') {
        if line.starts_with("<<<<<<< ours") {
            part = Some(true);
        } else if line.starts_with("=======") && part.is_some() && line.trim_end() == "=======" {
            part = Some(false);
        } else if line.starts_with(">>>>>>> theirs") {
            part = None;
        } else if part.is_none() || part == Some(ours) {
            out.push_str(line);
        }
    }
    out
}

fuzz_target!(|input: &[u8]| {
    let mut parts = input.split(|b| *b == 0xFF);
    let (Some(base), Some(ours), Some(theirs)) = (parts.next(), parts.next(), parts.next()) else {
        return;
    };
    let texts = [base, ours, theirs].map(std::str::from_utf8);
    let [Ok(base), Ok(ours), Ok(theirs)] = texts else {
        return;
    };
    let Ok(merged) = merge(base, ours, theirs, 7) else {
        return;
    };
    let sides = (data(base).unwrap(), data(ours).unwrap(), data(theirs).unwrap());
    let plan = plan(&sides.0, &sides.1, &sides.2);
    if merged.conflicts.is_empty() {
        let result = data(&merged.text).expect("a clean merge is valid TOML");
        assert!(
            new_errors(&result, &sides.1, &sides.2).is_empty(),
            "a clean merge adds an error"
        );
        assert_eq!(result, resolve(&plan, Side::Ours, &sides.1, &sides.2));
    } else {
        for (to_ours, side) in [(true, Side::Ours), (false, Side::Theirs)] {
            let resolved = data(&resolve_markers(&merged.text, to_ours))
                .expect("a resolved merge is valid TOML");
            assert_eq!(resolved, resolve(&plan, side, &sides.1, &sides.2));
        }
    }
});
