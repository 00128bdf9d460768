//! Three files, cut from the input at 0xFF bytes, merged as git would: the
//! merge never panics, and a clean merge is valid TOML.
#![no_main]

use coal::git::merge::merge;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut parts = data.split(|b| *b == 0xFF);
    let (Some(base), Some(ours), Some(theirs)) = (parts.next(), parts.next(), parts.next()) else {
        return;
    };
    let texts = [base, ours, theirs].map(std::str::from_utf8);
    let [Ok(base), Ok(ours), Ok(theirs)] = texts else {
        return;
    };
    if let Ok(merged) = merge(base, ours, theirs, 7) {
        if merged.conflicts.is_empty() {
            merged
                .text
                .parse::<toml::Table>()
                .expect("a clean merge is valid TOML");
        }
    }
});
