//! An organizer's folder with a sealed overlay (issue 20): keys made by the
//! real `age-keygen` and `ssh-keygen`, the real coal binary run with one key
//! or none, sealed files opened by the real `age`.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Run, Workdir, example};

/// Whether age, age-keygen and ssh-keygen run here; under CI their absence
/// fails the test with what to install.
pub fn tools() -> bool {
    let runs = |program: &str, arg: &str| {
        Command::new(program)
            .arg(arg)
            .output()
            .is_ok_and(|output| output.status.success() || !output.stderr.is_empty())
    };
    let found =
        runs("age", "--version") && runs("age-keygen", "--version") && runs("ssh-keygen", "-?");
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must seal with the real tools: install age and openssh-client (see .ci/run)"
        );
        eprintln!("skipped: age, age-keygen or ssh-keygen does not run on this machine");
    }
    found
}

/// A private key file and its public key line.
pub struct Key {
    pub private: PathBuf,
    pub public: String,
}

pub fn age_key(dir: &Path, name: &str) -> Key {
    let private = dir.join(name);
    let made = Command::new("age-keygen")
        .arg("-o")
        .arg(&private)
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let public = Command::new("age-keygen")
        .arg("-y")
        .arg(&private)
        .output()
        .unwrap();
    Key {
        private,
        public: String::from_utf8(public.stdout).unwrap().trim().to_string(),
    }
}

pub fn ssh_key(dir: &Path, name: &str, comment: &str) -> Key {
    let private = dir.join(name);
    let made = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f"])
        .arg(&private)
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let public = std::fs::read_to_string(private.with_extension("pub")).unwrap();
    Key {
        private,
        public: public.trim().to_string(),
    }
}

/// The example in a scratch folder whose HOME holds no key: the only key
/// coal finds is the one a test gives.
pub struct Organizer {
    pub work: Workdir,
}

impl Organizer {
    pub fn new() -> Self {
        let work = Workdir::with(&example());
        std::fs::create_dir(work.dir.path().join("home")).unwrap();
        Organizer { work }
    }

    pub fn dir(&self) -> &Path {
        self.work.dir.path()
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.dir().join(name)
    }

    pub fn plain(&self) -> PathBuf {
        self.file("coalition.private.toml")
    }

    pub fn sealed(&self) -> PathBuf {
        self.file("coalition.private.toml.age")
    }

    /// `coal ARGS` with `identity` as COAL_AGE_IDENTITY (none: no key).
    pub fn coal(&self, identity: Option<&Key>, args: &[&str]) -> Run {
        let mut command = self.work.command();
        command
            .env("HOME", self.file("home"))
            .env_remove("COAL_AGE_IDENTITY")
            .args(args);
        if let Some(key) = identity {
            command.env("COAL_AGE_IDENTITY", &key.private);
        }
        Run::from(command.output().unwrap())
    }

    /// The bytes of every file in the folder, to show that a refused
    /// command changed none (the lock's sidecar, which every edit takes and
    /// leaves, aside).
    pub fn files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(self.dir())
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.is_file() && !path.ends_with(".coalition.toml.lock"))
            .map(|path| {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read(&path).unwrap())
            })
            .collect();
        files.sort();
        files
    }

    /// Runs `args`, expects exit 2, and checks that no file changed.
    pub fn refused(&self, identity: Option<&Key>, args: &[&str]) -> Run {
        let before = self.files();
        let run = self.coal(identity, args).code(2);
        assert!(
            before == self.files(),
            "a refused command changed a file: {args:?}"
        );
        run
    }

    /// `coal private init` then `coal private seal --recipient KEY`.
    pub fn sealed_for(&self, key: &Key) {
        self.coal(None, &["private", "init"]).ok();
        self.coal(Some(key), &["private", "seal", "--recipient", &key.public])
            .ok();
    }
}

/// What `age -d -i KEY FILE` says the file holds; None when it cannot open it.
pub fn age_opens(key: &Key, file: &Path) -> Option<String> {
    let output = Command::new("age")
        .arg("-d")
        .arg("-i")
        .arg(&key.private)
        .arg(file)
        .output()
        .unwrap();
    output
        .status
        .success()
        .then(|| String::from_utf8(output.stdout).unwrap())
}
