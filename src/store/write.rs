//! Locking and atomic writes (SPEC §4).

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::find::FILE_NAME;
use crate::error::{Error, Result};
use crate::t;

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
    output == coalition || output == lock_path(&coalition)
}

/// The name of the lock beside a coalition file named `file_name`.
pub fn lock_name(file_name: &str) -> String {
    format!(".{file_name}.lock")
}

fn lock_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map_or_else(|| FILE_NAME.into(), |n| n.to_string_lossy().into_owned());
    target.with_file_name(lock_name(&name))
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
                Error::usage(t!("file-lock-wait-invalid", value = format!("{text:?}")))
                    .hint(t!("file-lock-wait-hint"))
            })
    }

    pub fn acquire(target: &Path) -> Result<Lock> {
        let wait = Self::lock_wait()?;
        let path = lock_path(target);
        let open = |options: &mut OpenOptions| {
            // Never through a link: one planted in the folder would make coal
            // create or open a file elsewhere, with its own rights. Never
            // waiting either: opening a planted FIFO would block for ever.
            // Non-blocking changes nothing for a regular file or its lock.
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::custom_flags(
                options,
                libc::O_NOFOLLOW | libc::O_NONBLOCK,
            );
            options.open(&path)
        };
        let file = match open(OpenOptions::new().create(true).truncate(false).write(true)) {
            // A lock another user made, in a folder shared through a group:
            // locking needs no write access.
            Err(err) if err.kind() == std::io::ErrorKind::PermissionDenied && path.is_file() => {
                open(OpenOptions::new().read(true))
            }
            opened => opened,
        };
        let file = file.map_err(|err| match fs::symlink_metadata(&path) {
            Ok(found) if !found.is_file() => not_a_lock_file(&path, &found),
            _ => Error::io("create the lock file", &path, &err),
        })?;
        match file.metadata() {
            Ok(found) if !found.is_file() => return Err(not_a_lock_file(&path, &found)),
            _ => {}
        }
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
                return Err(Error::file(t!(
                    "file-lock-gave-up",
                    path = target.display().to_string(),
                    seconds = wait.as_secs()
                ))
                .hint(t!(
                    "file-lock-stalled-hint",
                    lock = path.display().to_string()
                )));
            }
            if !said && start.elapsed() >= Duration::from_millis(500) {
                eprintln!(
                    "{}",
                    t!("file-lock-waiting", path = target.display().to_string())
                );
                said = true;
            }
            std::thread::sleep(LOCK_POLL);
        }
    }
}

/// The refusal of a lock path that holds something else than a regular
/// file: a link, a FIFO, a device or a folder someone put there.
fn not_a_lock_file(path: &Path, found: &fs::Metadata) -> Error {
    let path = path.display().to_string();
    let path = path.as_str();
    if found.file_type().is_symlink() {
        return Error::file(t!("file-lock-is-link", path = path))
            .hint(t!("file-lock-remove-link-hint", path = path));
    }
    let what = if found.is_dir() {
        t!("file-lock-is-folder", path = path)
    } else {
        t!("file-lock-is-other", path = path)
    };
    Error::file(what).hint(t!("file-lock-remove-hint", path = path))
}

/// Writes a report or other output to `path`. A regular file, or a new
/// one, is written atomically. Anything else the path leads to (a FIFO, a
/// device such as /dev/null, a link to /dev/stdout) is written into as
/// `>` would: replacing it with a regular file would break it for everyone.
pub fn write_output(path: &Path, contents: &[u8]) -> Result<()> {
    match fs::metadata(path) {
        Ok(found) if !found.is_file() => OpenOptions::new()
            .write(true)
            .open(path)
            .and_then(|mut file| file.write_all(contents))
            .map_err(|err| Error::io("write", path, &err)),
        _ => atomic_write(&target(path), contents),
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
/// folder is written, flushed to disk and renamed over it, keeping its mode,
/// and its owner and group where the system allows. On any failure the
/// temporary file is removed and `target` is untouched.
pub fn atomic_write(target: &Path, contents: &[u8]) -> Result<()> {
    write_with_mode(target, contents, 0o666)
}

/// Writes a new file of private data that only its owner may read (0600),
/// atomically, as `atomic_write` does.
pub fn atomic_write_new_private(target: &Path, contents: &[u8]) -> Result<()> {
    write_with_mode(target, contents, 0o600)
}

fn write_with_mode(target: &Path, contents: &[u8], new_mode: u32) -> Result<()> {
    let existing = fs::metadata(target).ok();
    if let Some(metadata) = &existing {
        refuse_unwritable(target, metadata)?;
    }
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = target.file_name().map_or_else(
        || "coalition.toml".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // A new file gets the mode the umask gives, as `>` would; the system
    // applies the umask when it creates the temporary. A replacement starts
    // closed (tempfile's 0600) until it takes the old file's mode below, so
    // no one else can open it in between.
    #[cfg(unix)]
    if existing.is_none() {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(new_mode));
    }
    let mut temp = builder
        .tempfile_in(dir)
        .map_err(|err| Error::io("write a temporary file in", dir, &err))?;
    let fail = |err: std::io::Error| Error::io("write", target, &err);
    temp.write_all(contents).map_err(fail)?;
    if let Some(metadata) = &existing {
        // Before the mode: a change of owner clears set-id bits.
        keep_owner(temp.as_file(), metadata);
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

/// Refuses to replace a file the user may not write to. The rename that
/// replaces it asks only the folder's permission, so without this anyone
/// who may add files to the folder could replace a file not given to them.
fn refuse_unwritable(target: &Path, metadata: &fs::Metadata) -> Result<()> {
    if metadata.permissions().readonly() {
        return Err(
            Error::file(t!("file-read-only", path = target.display().to_string()))
                .hint(t!("file-read-only-hint")),
        );
    }
    if !may_write(target) {
        return Err(
            Error::file(t!("file-forbidden", path = target.display().to_string()))
                .hint(t!("file-forbidden-hint")),
        );
    }
    Ok(())
}

/// Whether the user may write to the file itself, by the system's own
/// rules (owner, groups, ACLs). Unsure is yes: the write then finds out.
#[cfg(unix)]
fn may_write(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(path) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return true;
    };
    // SAFETY: `path` is a NUL-terminated string that outlives the call,
    // which only reads it.
    let status =
        unsafe { libc::faccessat(libc::AT_FDCWD, path.as_ptr(), libc::W_OK, libc::AT_EACCESS) };
    status == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::EACCES)
}

#[cfg(not(unix))]
fn may_write(_: &Path) -> bool {
    true
}

/// Gives the replacement the owner and group of the file it replaces, as
/// far as the system allows: only root may give a file away, but a member
/// of the file's group may give it that group. Otherwise every write would
/// reset them to the writer's. A system that refuses both keeps the writer's.
#[cfg(unix)]
fn keep_owner(temp: &File, original: &fs::Metadata) {
    use std::os::unix::fs::{MetadataExt, fchown};
    let (uid, gid) = (original.uid(), original.gid());
    if temp
        .metadata()
        .is_ok_and(|now| (now.uid(), now.gid()) == (uid, gid))
    {
        return;
    }
    if fchown(temp, Some(uid), Some(gid)).is_err() {
        let _ = fchown(temp, None, Some(gid));
    }
}

#[cfg(not(unix))]
fn keep_owner(_: &File, _: &fs::Metadata) {}
