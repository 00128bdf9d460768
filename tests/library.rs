//! coal as a library: a command run in-process frees everything it took once
//! its result is dropped. Only `main`, about to exit, may skip freeing.

#[path = "../benches/generate.rs"]
mod generate;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

use clap::Parser;

/// The system allocator, counting the bytes in use.
struct Counting;

static IN_USE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        IN_USE.fetch_add(layout.size() as isize, Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size() as isize, Ordering::SeqCst);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Bytes still in use after running `args` in-process and dropping what it returned.
fn kept_by(args: &[&str]) -> isize {
    let before = IN_USE.load(Ordering::SeqCst);
    let cli = coal::cli::Cli::try_parse_from(args).unwrap();
    let finished = coal::run(cli).unwrap();
    assert!(!finished.spent.is_empty(), "{args:?} hands nothing back");
    drop(finished);
    IN_USE.load(Ordering::SeqCst) - before
}

// One test in this file: no other test allocates meanwhile.
#[test]
fn check_and_report_free_what_they_loaded() {
    let dir = tempfile::TempDir::new().unwrap();
    let path = dir.path().join("coalition.toml");
    let text = generate::coalition(1000);
    std::fs::write(&path, &text).unwrap();
    let file = path.to_str().unwrap();
    // SAFETY: the only test of this binary; nothing else reads the environment.
    unsafe { std::env::set_var("COAL_TODAY", "2026-11-25") };
    let report = dir.path().join("groups.json");
    let report = report.to_str().unwrap();
    let runs: [&[&str]; 2] = [
        &["coal", "-q", "--file", file, "check"],
        &[
            "coal", "--file", file, "report", "groups", "--format", "json", "-o", report,
        ],
    ];
    for args in runs {
        // The first run fills what lives for the whole process (stdout's
        // buffer, lazily built tables); the second must keep nothing.
        kept_by(args);
        let kept = kept_by(args);
        assert!(
            kept < (text.len() / 100) as isize,
            "{args:?} kept {kept} bytes of a {} byte coalition",
            text.len()
        );
    }
}
