//! Locking and atomic writes (SPEC §4).

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};

/// How long to wait for another coal holding the lock before giving up.
const DEFAULT_LOCK_WAIT: Duration = Duration::from_secs(30);
const LOCK_POLL: Duration = Duration::from_millis(20);

/// The file a write really lands on: a symlink is followed, so the link stays a link.
pub fn target(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Where a path would resolve to, for a file that may not exist yet: its
/// folder resolved, its name kept.
fn resolved(path: &Path) -> PathBuf {
    if let Ok(path) = fs::canonicalize(path) {
        return path;
    }
    match (fs::canonicalize(super::folder(path)), path.file_name()) {
        (Ok(folder), Some(name)) => folder.join(name),
        _ => path.to_path_buf(),
    }
}

/// Whether writing `output` would overwrite the coalition file at `coalition`
/// or its lock.
pub fn is_coalition_or_lock(output: &Path, coalition: &Path) -> bool {
    let (output, coalition) = (resolved(output), target(coalition));
    output == coalition || output == sidecar(&coalition, ".lock")
}

fn sidecar(target: &Path, suffix: &str) -> PathBuf {
    let name = target.file_name().map_or_else(
        || "coalition.toml".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    target.with_file_name(format!(".{name}{suffix}"))
}

/// An exclusive lock on a sidecar file (`.coalition.toml.lock`), held until
/// dropped. Every coal that writes takes it before reading the file, so
/// concurrent edits are applied one after the other and none is lost.
pub struct Lock {
    _file: File,
}

impl Lock {
    /// How long to wait for another coal: `COAL_LOCK_TIMEOUT` seconds, or
    /// the default. A value that is not a number of seconds is refused.
    fn lock_wait() -> Result<Duration> {
        let Some(value) = std::env::var_os("COAL_LOCK_TIMEOUT") else {
            return Ok(DEFAULT_LOCK_WAIT);
        };
        let text = value.to_string_lossy();
        text.trim()
            .parse::<f64>()
            .ok()
            .and_then(|seconds| Duration::try_from_secs_f64(seconds).ok())
            .ok_or_else(|| {
                Error::usage(format!(
                    "COAL_LOCK_TIMEOUT must be a number of seconds, 0 or more; got {text:?}"
                ))
                .hint("set it to how long to wait for another coal, such as 30, or unset it")
            })
    }

    pub fn acquire(target: &Path) -> Result<Lock> {
        let wait = Self::lock_wait()?;
        let path = sidecar(target, ".lock");
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|err| Error::io("create the lock file", &path, &err))?;
        let start = Instant::now();
        let mut said = false;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Lock { _file: file }),
                Err(fs::TryLockError::WouldBlock) => {}
                Err(fs::TryLockError::Error(err)) => {
                    return Err(Error::io("lock", &path, &err));
                }
            }
            if start.elapsed() >= wait {
                return Err(Error::file(format!(
                    "another coal has been changing {} for {} s; gave up waiting",
                    target.display(),
                    wait.as_secs()
                ))
                .hint(format!(
                    "if no other coal is running, a stalled process holds {}: end it and try again",
                    path.display()
                )));
            }
            if !said && start.elapsed() >= Duration::from_millis(500) {
                eprintln!(
                    "waiting for another coal to finish changing {}...",
                    target.display()
                );
                said = true;
            }
            std::thread::sleep(LOCK_POLL);
        }
    }
}

/// Removes temporary files that a killed coal left beside `target`. Called
/// under the lock, so no running coal is writing them.
pub fn remove_stale_temporaries(target: &Path) {
    let (Some(dir), Some(name)) = (target.parent(), target.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if file.starts_with(&prefix) && file.ends_with(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Replaces `target` with `contents` atomically: a temporary file in the same
/// folder is written, flushed to disk and renamed over it, keeping its mode.
/// On any failure the temporary file is removed and `target` is untouched.
pub fn atomic_write(target: &Path, contents: &[u8]) -> Result<()> {
    let existing = fs::metadata(target).ok();
    if let Some(metadata) = &existing
        && metadata.permissions().readonly()
    {
        return Err(Error::file(format!("{} is read-only", target.display()))
            .hint("make it writable (`chmod u+w`) and run the command again"));
    }
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = target.file_name().map_or_else(
        || "coalition.toml".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|err| Error::io("write a temporary file in", dir, &err))?;
    let fail = |err: std::io::Error| Error::io("write", target, &err);
    temp.write_all(contents).map_err(fail)?;
    if let Some(metadata) = &existing {
        temp.as_file()
            .set_permissions(metadata.permissions())
            .map_err(fail)?;
    }
    temp.as_file().sync_all().map_err(fail)?;
    temp.persist(target).map_err(|err| fail(err.error))?;
    // Make the rename itself durable; not every platform can sync a folder.
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}
