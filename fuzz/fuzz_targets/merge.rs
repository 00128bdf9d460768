//! Three files, cut from the input at 0xFF bytes, merged as git would: the
//! merge never panics; a clean merge is valid and `coal check` finds in it no
//! error that neither side had; a marked merge, resolved to either side,
//! holds that side's version of every conflicting part.
#![no_main]

use coal::git::merge::{Side, data, keep_side, merge, new_errors, plan, resolve};
use libfuzzer_sys::fuzz_target;

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
    let sides = (
        data(base).unwrap(),
        data(ours).unwrap(),
        data(theirs).unwrap(),
    );
    let plan = plan(&sides.0, &sides.1, &sides.2);
    if merged.conflicts.is_empty() {
        let result = data(&merged.text).expect("a clean merge is valid TOML");
        assert!(
            new_errors(&result, &sides.1, &sides.2).is_empty(),
            "a clean merge adds an error"
        );
        assert_eq!(result, resolve(&plan, Side::Ours, &sides.1, &sides.2));
    } else {
        for side in [Side::Ours, Side::Theirs] {
            let resolved =
                data(&keep_side(&merged.text, side)).expect("a resolved merge is valid TOML");
            assert_eq!(resolved, resolve(&plan, side, &sides.1, &sides.2));
        }
    }
});
