use std::process::ExitCode;

use clap::Parser;

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
