//! Writes a valid coalition with N groups to stdout, for benchmarks and
//! scale tests: `cargo run --release --example scale -- 10000 > big.toml`.

#[path = "../generate.rs"]
mod generate;

fn main() {
    let n = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    print!("{}", generate::coalition(n));
}
