use std::process::ExitCode;

use clap::Parser;

// Large coalitions allocate millions of small strings and maps; mimalloc
// makes that markedly faster than the system allocator (benches/README.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = coal::cli::Cli::parse();
    match coal::run(cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(error.exit_code())
        }
    }
}
