//! The floor coal's own times are compared with: parsing the same file with
//! the `toml` crate alone (`floor toml FILE`), or a `toml_edit` parse plus
//! re-serialisation (`floor toml_edit FILE`). See benches/README.md.

// The same allocator as coal, so that the ratios compare the work done.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(what), Some(path)) = (args.next(), args.next()) else {
        eprintln!("usage: floor toml|toml_edit FILE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).expect("a readable UTF-8 file");
    match what.as_str() {
        "toml" => {
            let table: toml::Table = text.parse().expect("TOML");
            std::hint::black_box(table);
        }
        "toml_edit" => {
            let doc: toml_edit::DocumentMut = text.parse().expect("TOML");
            std::hint::black_box(doc.to_string());
        }
        _ => {
            eprintln!("usage: floor toml|toml_edit FILE");
            std::process::exit(2);
        }
    }
}
