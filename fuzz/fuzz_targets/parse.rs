//! Any text, cut into tiny pieces: the pieced parse gives exactly what the
//! whole parse gives, the same data or the same error at the same place.
#![no_main]

use coal::store::parse::table_in_pieces;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    // The first byte picks the piece size, 1 to 64 bytes.
    let Some((&size, text)) = input.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let size = 1 + usize::from(size) % 64;
    let whole = text.parse::<toml::Table>();
    let pieced = table_in_pieces(text, size);
    match (&whole, &pieced) {
        // Debug text, not `==`: a `nan` value is not equal to itself.
        (Ok(whole), Ok(pieced)) => assert_eq!(format!("{whole:?}"), format!("{pieced:?}")),
        (Err(whole), Err(pieced)) => {
            assert_eq!(whole.message(), pieced.message());
            assert_eq!(whole.span(), pieced.span());
        }
        _ => panic!("whole: {whole:?}\npieced: {pieced:?}"),
    }
});
