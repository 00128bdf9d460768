use std::io::Write;
use std::process::ExitCode;

use coal::error::{Error, ErrorKind};

// Large coalitions allocate millions of small strings and maps; mimalloc
// makes that markedly faster than the system allocator (benches/README.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    ignore_file_size_signal();
    let cli = match coal::cli::Cli::from_env() {
        Ok(cli) => cli,
        Err(err) => return clap_exit(&err),
    };
    match coal::run(cli) {
        Ok(finished) => {
            // The process ends here: the system takes its memory back at
            // once, where freeing a large coalition piece by piece would only
            // delay the exit (a tenth of the run at 10,000 groups).
            std::mem::forget(finished.spent);
            if finished.passed {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(error) => fail(&error),
    }
}

fn fail(error: &Error) -> ExitCode {
    if error.kind != ErrorKind::ClosedOutput {
        // Not `eprintln!`, which panics on a full stderr: the exit code
        // still tells what happened.
        let _ = writeln!(
            std::io::stderr(),
            "{}",
            coal::output::for_stderr(&error.to_string())
        );
    }
    ExitCode::from(error.exit_code())
}

/// What clap prints itself: `--help` and `--version` on stdout, which like
/// any output may not reach a full disk unnoticed; usage errors on stderr.
/// A usage error quotes the arguments, which may hold control or invisible
/// characters (a pasted command): it is cleaned like every other message.
fn clap_exit(err: &clap::Error) -> ExitCode {
    let code = ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
    if err.use_stderr() {
        let message = coal::output::clean_lines(&err.render().to_string());
        let _ = write!(std::io::stderr(), "{message}");
        return code;
    }
    match err.print() {
        Err(io) => fail(&Error::stdout(&io)),
        Ok(()) => code,
    }
}

/// Past a file size limit (`ulimit -f`), a write raises SIGXFSZ, which kills
/// the process mid-write and leaves its temporary file behind. Ignored, the
/// write fails instead (EFBIG), as on a full disk: coal says so, removes the
/// temporary and leaves the file as it was.
fn ignore_file_size_signal() {
    #[cfg(unix)]
    // SAFETY: SIG_IGN installs no handler; this runs before any other thread.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}
