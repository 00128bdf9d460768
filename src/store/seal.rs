//! The seal: the private overlay encrypted with age to the organizers' keys
//! (age `age1…` or SSH public keys), and opened in memory with the
//! organizer's own private key. Plaintext never reaches the disk here: it
//! is sealed in memory and only the ciphertext is written.

use std::ffi::OsString;
use std::io::{BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{OnceLock, RwLock};

use age::armor::{ArmoredReader, ArmoredWriter, Format};
use age::secrecy::{ExposeSecret, SecretString};
use age::{DecryptError, Decryptor, Encryptor, scrypt, ssh, x25519};

use crate::error::{Error, Result};
use crate::t;

/// The variable naming the organizer's private key (a path, or the key).
pub const IDENTITY_VARIABLE: &str = "COAL_AGE_IDENTITY";

/// A public key the overlay is sealed to: an age key (`age1…`) or an SSH public key line
/// (`ssh-ed25519 AAAA… comment`, `ssh-rsa …`), kept as the organizer wrote it.
#[derive(Clone, Debug)]
pub struct Recipient {
    text: String,
    key: PublicKey,
}

#[derive(Clone, Debug)]
enum PublicKey {
    Age(x25519::Recipient),
    Ssh(ssh::Recipient),
}

impl PublicKey {
    /// The key alone, in age's own spelling (an SSH key without its comment),
    /// so that two spellings of one key compare equal.
    fn canonical(&self) -> String {
        match self {
            PublicKey::Age(key) => key.to_string(),
            PublicKey::Ssh(key) => key.to_string(),
        }
    }

    fn as_age(&self) -> &dyn age::Recipient {
        match self {
            PublicKey::Age(key) => key,
            PublicKey::Ssh(key) => key,
        }
    }
}

impl Recipient {
    /// Reads one public key; the error says what is wrong with it, for the
    /// caller to place in its own message.
    pub fn parse(text: &str) -> Result<Recipient, String> {
        let text = text.trim();
        let key = if text.starts_with("age1") {
            text.parse::<x25519::Recipient>()
                .map(PublicKey::Age)
                .map_err(|_| t!("seal-recipient-bad-age", key = text))?
        } else if text.starts_with("ssh-") || text.starts_with("ecdsa-") || text.starts_with("sk-")
        {
            text.parse::<ssh::Recipient>()
                .map(PublicKey::Ssh)
                .map_err(|err| ssh_recipient_error(text, err))?
        } else if text.starts_with("AGE-SECRET-KEY-") || text.contains("PRIVATE KEY") {
            // Never echo a private key back: it may land in a terminal log.
            return Err(t!("seal-recipient-private"));
        } else {
            return Err(t!("seal-recipient-unknown", key = text));
        };
        Ok(Recipient {
            text: text.to_string(),
            key,
        })
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether `other` is the same key, however each is written (an SSH
    /// key's comment is not part of it).
    pub fn same_key(&self, other: &Recipient) -> bool {
        self.key.canonical() == other.key.canonical()
    }
}

fn ssh_recipient_error(text: &str, err: ssh::ParseRecipientKeyError) -> String {
    match err {
        ssh::ParseRecipientKeyError::RsaModulusTooSmall => t!("seal-recipient-rsa-small"),
        ssh::ParseRecipientKeyError::RsaModulusTooLarge => t!("seal-recipient-rsa-large"),
        // age calls a damaged key of a kind it knows "unsupported" too.
        ssh::ParseRecipientKeyError::Unsupported(kind)
            if kind != "ssh-ed25519" && kind != "ssh-rsa" =>
        {
            t!("seal-recipient-ssh-unsupported", kind = kind)
        }
        _ => t!("seal-recipient-bad-ssh", key = text),
    }
}

/// Where the organizer's keys came from, for messages.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Source {
    /// `COAL_AGE_IDENTITY` naming a file.
    File(PathBuf),
    /// `COAL_AGE_IDENTITY` holding the key itself (never shown).
    Value,
    /// `~/.ssh/id_ed25519`.
    Home,
}

impl Source {
    /// The key's origin, named for messages (never the key itself).
    fn text(&self) -> String {
        match self {
            Source::File(path) => format!("{IDENTITY_VARIABLE} ({})", path.display()),
            Source::Value => IDENTITY_VARIABLE.to_string(),
            Source::Home => "~/.ssh/id_ed25519".to_string(),
        }
    }
}

enum Secret {
    Age(x25519::Identity),
    Ssh(ssh::Identity),
}

impl Secret {
    fn as_age(&self) -> &dyn age::Identity {
        match self {
            Secret::Age(key) => key,
            Secret::Ssh(key) => key,
        }
    }

    /// The public half, in age's spelling (see `PublicKey::canonical`).
    fn public(&self) -> Option<String> {
        match self {
            Secret::Age(key) => Some(key.to_public().to_string()),
            Secret::Ssh(key) => ssh::Recipient::try_from(key.clone())
                .ok()
                .map(|key| key.to_string()),
        }
    }
}

/// Asks a person for a key's passphrase, given the question to show; None
/// when no one answers (input closed, interrupted).
pub type PassphraseAsker = Box<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// Set by the commands layer only when a person is at a terminal: the store
/// itself never talks to one.
static ASKER: RwLock<Option<PassphraseAsker>> = RwLock::new(None);

/// How many times a wrong passphrase is asked for before coal gives up, as
/// `ssh` does.
const PASSPHRASE_TRIES: usize = 3;

/// Lets coal unlock a passphrase-protected key by asking `asker`; without it
/// such a key is refused with the way out.
pub fn set_passphrase_asker(asker: PassphraseAsker) {
    if let Ok(mut slot) = ASKER.write() {
        *slot = Some(asker);
    }
}

/// What one passphrase did to a locked key.
enum Unlocked<T> {
    Open(T),
    Wrong,
    Broken(Error),
}

/// Asks for the passphrase of the key from `source` until `try_with` opens
/// it, `PASSPHRASE_TRIES` times at most. Without an asker the key is refused
/// as before: nothing is asked off a terminal.
fn unlock<T>(source: &Source, try_with: impl Fn(SecretString) -> Unlocked<T>) -> Result<T> {
    let shown = source.text();
    let slot = ASKER.read().ok();
    let Some(asker) = slot.as_ref().and_then(|slot| slot.as_ref()) else {
        return Err(protected(&shown));
    };
    for tried in 0..PASSPHRASE_TRIES {
        let question = if tried == 0 {
            t!("seal-passphrase-ask", source = shown.as_str())
        } else {
            t!("seal-passphrase-ask-again", source = shown.as_str())
        };
        // An empty answer is a way out, as in ssh.
        let Some(passphrase) = asker(&question).filter(|answer| !answer.is_empty()) else {
            return Err(
                Error::usage(t!("seal-passphrase-none", source = shown.as_str()))
                    .hint(t!("seal-passphrase-none-hint")),
            );
        };
        match try_with(SecretString::from(passphrase)) {
            Unlocked::Open(key) => return Ok(key),
            Unlocked::Wrong => continue,
            Unlocked::Broken(why) => return Err(why),
        }
    }
    Err(Error::usage(t!(
        "seal-passphrase-wrong",
        source = shown.as_str(),
        tries = PASSPHRASE_TRIES
    ))
    .hint(t!("seal-passphrase-wrong-hint")))
}

fn not_key(shown: &str) -> Error {
    Error::usage(t!("seal-identity-not-key", source = shown)).hint(t!("seal-identity-not-key-hint"))
}

fn protected(shown: &str) -> Error {
    Error::usage(t!("seal-identity-protected", source = shown))
        .hint(t!("seal-identity-protected-hint"))
}

/// The organizer's private keys, found once.
pub struct Identities {
    source: Source,
    secrets: Vec<Secret>,
}

impl Identities {
    /// `COAL_AGE_IDENTITY`: a path to an age identity file (age-keygen's output, several keys ok) or an
    /// unencrypted OpenSSH private key; or the key itself when the value starts with
    /// `AGE-SECRET-KEY-1` (handy for CI secrets). Else `~/.ssh/id_ed25519` (HOME) when it exists.
    /// Ok(None) when none is found; an error when the variable names a missing or unreadable file,
    /// or a key coal cannot use. A key locked with a passphrase (an SSH key, an age identity file
    /// encrypted with `age -p`) is unlocked in memory when a passphrase asker is set, else refused
    /// with what to do. Found once a run, so a person is asked once.
    pub fn find() -> Result<Option<&'static Identities>> {
        static FOUND: OnceLock<Result<Option<Identities>>> = OnceLock::new();
        FOUND
            .get_or_init(|| {
                find_in(
                    std::env::var_os(IDENTITY_VARIABLE),
                    std::env::var_os("HOME").map(PathBuf::from),
                )
            })
            .as_ref()
            .map(Option::as_ref)
            .map_err(Clone::clone)
    }

    /// "COAL_AGE_IDENTITY (path)", "COAL_AGE_IDENTITY", "~/.ssh/id_ed25519".
    pub fn source(&self) -> String {
        self.source.text()
    }

    /// Public keys of these identities, in age's spelling.
    fn publics(&self) -> impl Iterator<Item = String> + '_ {
        self.secrets.iter().filter_map(Secret::public)
    }
}

/// `Identities::find` with the environment given: `variable` is the value
/// of `COAL_AGE_IDENTITY`, `home` the value of `HOME`.
pub fn find_in(variable: Option<OsString>, home: Option<PathBuf>) -> Result<Option<Identities>> {
    // An empty variable counts as unset, as a CI secret missing on a fork is.
    if let Some(value) = variable.filter(|value| !value.is_empty()) {
        // The key itself rather than a path: an age key, or a key file's
        // whole text (age-keygen's, with its comments; an OpenSSH key), as
        // `$(pass show coal)` or a CI secret gives it. Never read as a path,
        // whose error would show it.
        if let Some(text) = value.to_str()
            && (text.contains("AGE-SECRET-KEY-")
                || text.contains('\n')
                || text.trim_start().starts_with("-----BEGIN"))
        {
            let secrets = identities_from(text, &Source::Value)?;
            return Ok(Some(Identities {
                source: Source::Value,
                secrets,
            }));
        }
        let path = PathBuf::from(value);
        let source = Source::File(path.clone());
        let text = read_key_file(&path, &source)?;
        let secrets = identities_from(&text, &source)?;
        return Ok(Some(Identities { source, secrets }));
    }
    let Some(path) = home.map(|home| home.join(".ssh").join("id_ed25519")) else {
        return Ok(None);
    };
    if !path.exists() {
        return Ok(None);
    }
    let text = read_key_file(&path, &Source::Home)?;
    let secrets = identities_from(&text, &Source::Home)?;
    Ok(Some(Identities {
        source: Source::Home,
        secrets,
    }))
}

fn read_key_file(path: &Path, source: &Source) -> Result<String> {
    let shown = path.display().to_string();
    let source = source.text();
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
            Error::usage(t!("seal-identity-not-key", source = source))
                .hint(t!("seal-identity-not-key-hint"))
        }),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            Err(Error::usage(t!("seal-identity-missing", path = shown))
                .hint(t!("seal-identity-missing-hint")))
        }
        Err(err) => Err(Error::usage(t!(
            "seal-identity-unreadable",
            source = source,
            reason = err.to_string()
        ))
        .hint(t!("error-io-permission"))),
    }
}

/// The keys in an identity file's text: an OpenSSH private key, or age
/// identities one a line (`#` comments and blank lines skipped), or such a
/// file encrypted with a passphrase (`age -p`).
fn identities_from(text: &str, source: &Source) -> Result<Vec<Secret>> {
    let shown = source.text();
    let not_key = || not_key(&shown);
    // A key file saved by an editor that puts a byte-order mark first.
    let text = text.trim_start_matches('\u{feff}');
    let trimmed = text.trim_start();
    if trimmed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----")
        || trimmed.starts_with("age-encryption.org/")
    {
        let opened = unlock_age(trimmed, source)?;
        return age_identities(opened.expose_secret(), source);
    }
    if trimmed.starts_with("-----BEGIN") {
        let identity = ssh::Identity::from_buffer(BufReader::new(trimmed.as_bytes()), None)
            .map_err(|_| not_key())?;
        return match identity {
            ssh::Identity::Unencrypted(_) => Ok(vec![Secret::Ssh(identity)]),
            ssh::Identity::Encrypted(locked) => {
                let key = unlock(source, |passphrase| match locked.decrypt(passphrase) {
                    Ok(key) => Unlocked::Open(key),
                    Err(DecryptError::KeyDecryptionFailed) => Unlocked::Wrong,
                    Err(_) => Unlocked::Broken(not_key()),
                })?;
                Ok(vec![Secret::Ssh(ssh::Identity::Unencrypted(key))])
            }
            ssh::Identity::Unsupported(_) => Err(Error::usage(t!(
                "seal-identity-unsupported",
                source = shown.as_str()
            ))
            .hint(t!("seal-identity-not-key-hint"))),
        };
    }
    age_identities(text, source)
}

/// The costliest passphrase file opened (scrypt's log2 N, 1 GiB of memory):
/// age's default is 18, rage's about 1 s of work. age's own bound follows
/// this machine's speed, which refuses a standard file in a debug build.
const MAX_WORK_FACTOR: u8 = 20;

/// An age identity file encrypted with a passphrase, opened in memory. One
/// encrypted to keys instead (`age -r`) would need another key to open it: it
/// is refused as locked.
fn unlock_age(text: &str, source: &Source) -> Result<SecretString> {
    let shown = source.text();
    let not_key = || not_key(&shown);
    let decryptor = || Decryptor::new_buffered(ArmoredReader::new(text.as_bytes()));
    if !decryptor().map_err(|_| not_key())?.is_scrypt() {
        return Err(protected(&shown));
    }
    unlock(source, |passphrase| {
        let mut identity = scrypt::Identity::new(passphrase);
        identity.set_max_work_factor(MAX_WORK_FACTOR);
        let opened = decryptor().and_then(|decryptor| {
            decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity))
        });
        let mut reader = match opened {
            Ok(reader) => reader,
            Err(DecryptError::DecryptionFailed | DecryptError::KeyDecryptionFailed) => {
                return Unlocked::Wrong;
            }
            Err(_) => return Unlocked::Broken(not_key()),
        };
        let mut plaintext = String::new();
        match reader.read_to_string(&mut plaintext) {
            Ok(_) => Unlocked::Open(SecretString::from(plaintext)),
            Err(_) => Unlocked::Broken(not_key()),
        }
    })
}

/// Age identities one a line (`#` comments and blank lines skipped).
fn age_identities(text: &str, source: &Source) -> Result<Vec<Secret>> {
    let shown = source.text();
    let not_key = || not_key(&shown);
    let mut secrets = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.parse::<x25519::Identity>() {
            Ok(identity) => secrets.push(Secret::Age(identity)),
            Err(_) if Recipient::parse(line).is_ok() => {
                return Err(
                    Error::usage(t!("seal-identity-public", source = shown.as_str()))
                        .hint(t!("seal-identity-public-hint")),
                );
            }
            // The line is not shown: it may be most of a private key.
            Err(_) => return Err(not_key()),
        }
    }
    if secrets.is_empty() {
        return Err(not_key());
    }
    Ok(secrets)
}

/// The overlay's text sealed to every recipient, ASCII-armoured (`-----BEGIN AGE ENCRYPTED FILE-----`).
pub fn seal(plaintext: &str, recipients: &[Recipient]) -> Result<String> {
    let encryptor = Encryptor::with_recipients(recipients.iter().map(|r| r.key.as_age()))
        .map_err(|_| Error::usage(t!("seal-no-recipients")).hint(t!("seal-no-recipients-hint")))?;
    let failed = |err: std::io::Error| Error::file(t!("seal-failed", reason = err.to_string()));
    // Armour grows the text by a third; the header adds a line a recipient.
    let mut sealed = Vec::with_capacity(plaintext.len() * 4 / 3 + 200 * recipients.len() + 200);
    let armour = ArmoredWriter::wrap_output(&mut sealed, Format::AsciiArmor).map_err(failed)?;
    let mut writer = encryptor.wrap_output(armour).map_err(failed)?;
    writer.write_all(plaintext.as_bytes()).map_err(failed)?;
    writer
        .finish()
        .and_then(|armour| armour.finish())
        .map_err(failed)?;
    Ok(String::from_utf8(sealed).expect("armour is ASCII"))
}

/// The sealed file at `path` (its bytes given) opened in memory. Errors: not an age file / damaged
/// (name the path), no identity matches ("none of your keys (source) is among the recipients"; hint:
/// ask an organizer who can read it to run `coal private recipients add YOUR-PUBLIC-KEY`), not UTF-8.
pub fn open(path: &Path, sealed: &[u8], identities: &Identities) -> Result<String> {
    match try_open(path, sealed, identities)? {
        Opened::Text(text) => Ok(text),
        Opened::NotYours(error) => Err(error),
    }
}

/// What opening a sealed file gave: its text, or the error saying that none
/// of the person's keys is among its recipients (the file itself is sound).
pub enum Opened {
    Text(String),
    NotYours(Error),
}

/// `open`, telling a file that is not for these keys from one that is
/// damaged (an error).
pub fn try_open(path: &Path, sealed: &[u8], identities: &Identities) -> Result<Opened> {
    let shown = path.display().to_string();
    let damaged = |reason: String| {
        Error::file(t!("seal-damaged", path = shown.as_str(), reason = reason))
            .hint(t!("seal-damaged-hint"))
    };
    // The armour reader passes a binary age file through as it is.
    let decryptor = Decryptor::new_buffered(ArmoredReader::new(sealed))
        .map_err(|err| damaged(err.to_string()))?;
    if decryptor.is_scrypt() {
        return Err(Error::file(t!("seal-passphrase", path = shown.as_str()))
            .hint(t!("seal-passphrase-hint")));
    }
    let mut reader = match decryptor.decrypt(identities.secrets.iter().map(Secret::as_age)) {
        Ok(reader) => reader,
        Err(DecryptError::NoMatchingKeys) => {
            return Ok(Opened::NotYours(
                Error::file(t!(
                    "seal-not-yours",
                    path = shown.as_str(),
                    source = identities.source()
                ))
                .hint(t!("seal-not-yours-hint", key = your_key(identities))),
            ));
        }
        Err(other) => return Err(damaged(other.to_string())),
    };
    let mut plaintext = Vec::with_capacity(sealed.len());
    reader
        .read_to_end(&mut plaintext)
        .map_err(|err| damaged(err.to_string()))?;
    String::from_utf8(plaintext)
        .map(Opened::Text)
        .map_err(|_| Error::file(t!("seal-not-text", path = shown.as_str())))
}

/// The organizer's public key, for the hint that asks to be added.
fn your_key(identities: &Identities) -> String {
    identities
        .publics()
        .next()
        .unwrap_or_else(|| "YOUR-PUBLIC-KEY".to_string())
}

/// Seals and writes atomically (`super::write::atomic_write` on `super::write::target(path)`), so a
/// kill at any moment leaves either the old or the new sealed file; the plaintext never touches disk.
/// The caller holds the lock, as for the coalition file.
pub fn write(path: &Path, plaintext: &str, recipients: &[Recipient]) -> Result<()> {
    let sealed = seal(plaintext, recipients)?;
    super::write::atomic_write(&super::write::target(path), sealed.as_bytes())
}

/// Whether any identity can open a file sealed to `recipients` (for a warning before sealing
/// the organizer out of their own data): compare public keys (age: `x25519::Identity::to_public`;
/// ssh: the public key of the identity).
pub fn can_open(identities: &Identities, recipients: &[Recipient]) -> bool {
    let keys: Vec<String> = recipients.iter().map(|r| r.key.canonical()).collect();
    identities.publics().any(|public| keys.contains(&public))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn age_key() -> (String, String) {
        let identity = x25519::Identity::generate();
        (
            identity.to_string().expose_secret().to_string(),
            identity.to_public().to_string(),
        )
    }

    fn from_value(secret: &str) -> Identities {
        find_in(Some(secret.into()), None).unwrap().unwrap()
    }

    const TEXT: &str = "schema = 1\n\n[groups.solidarite-migrante]\nname = \"Solidarité\"\n";

    #[test]
    fn seals_armoured_and_opens_with_each_recipient() {
        let (secret_a, public_a) = age_key();
        let (secret_b, public_b) = age_key();
        let recipients = [
            Recipient::parse(&public_a).unwrap(),
            Recipient::parse(&format!("  {public_b}\n")).unwrap(),
        ];
        assert_eq!(recipients[1].text(), public_b);
        let sealed = seal(TEXT, &recipients).unwrap();
        assert!(sealed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----\n"));
        assert!(!sealed.contains("solidarite"));
        for secret in [secret_a, secret_b] {
            let identities = from_value(&secret);
            assert!(can_open(&identities, &recipients));
            let opened = open(Path::new("o.age"), sealed.as_bytes(), &identities).unwrap();
            assert_eq!(opened, TEXT);
        }
    }

    #[test]
    fn an_armour_git_turned_to_crlf_still_opens() {
        let (secret, public) = age_key();
        let sealed = seal(TEXT, &[Recipient::parse(&public).unwrap()]).unwrap();
        let crlf = sealed.replace('\n', "\r\n");
        let opened = open(Path::new("o.age"), crlf.as_bytes(), &from_value(&secret)).unwrap();
        assert_eq!(opened, TEXT);
    }

    #[test]
    fn a_stranger_is_told_whose_key_is_missing() {
        let (_, public) = age_key();
        let (secret, stranger) = age_key();
        let recipients = [Recipient::parse(&public).unwrap()];
        let sealed = seal(TEXT, &recipients).unwrap();
        let identities = from_value(&secret);
        assert!(!can_open(&identities, &recipients));
        let err = open(Path::new("x/o.age"), sealed.as_bytes(), &identities).unwrap_err();
        assert_eq!(err.exit_code(), 3);
        assert!(err.message.contains("x/o.age"), "{}", err.message);
        assert!(err.message.contains("COAL_AGE_IDENTITY"), "{}", err.message);
        assert!(err.hints[0].contains(&stranger), "{:?}", err.hints);
        assert!(
            err.hints[0].contains("coal private recipients add"),
            "{:?}",
            err.hints
        );
    }

    #[test]
    fn damage_and_garbage_name_the_file() {
        let (secret, public) = age_key();
        let identities = from_value(&secret);
        let sealed = seal(TEXT, &[Recipient::parse(&public).unwrap()]).unwrap();
        // One character of the payload changed: the armour still reads,
        // the MAC or the payload does not.
        let mut damaged = sealed.clone().into_bytes();
        let at = damaged.len() - 40;
        damaged[at] = if damaged[at] == b'A' { b'B' } else { b'A' };
        for bytes in [
            damaged.as_slice(),
            b"schema = 1\n".as_slice(),
            b"".as_slice(),
            &sealed.as_bytes()[..sealed.len() / 2],
        ] {
            let err = open(Path::new("p.age"), bytes, &identities).unwrap_err();
            assert_eq!(err.exit_code(), 3);
            assert!(err.message.contains("p.age"), "{}", err.message);
        }
    }

    #[test]
    fn the_plaintext_must_be_utf8() {
        let (secret, public) = age_key();
        let recipient: x25519::Recipient = public.parse().unwrap();
        let sealed = age::encrypt(&recipient, b"\xff\xfe not text").unwrap();
        let err = open(Path::new("b.age"), &sealed, &from_value(&secret)).unwrap_err();
        assert_eq!(err.exit_code(), 3);
        assert!(err.message.contains("UTF-8"), "{}", err.message);
    }

    #[test]
    fn a_passphrase_file_is_refused_plainly() {
        let sealed = age::Encryptor::with_user_passphrase("pass".to_string().into());
        let mut out = Vec::new();
        let mut writer = sealed.wrap_output(&mut out).unwrap();
        writer.write_all(b"x").unwrap();
        writer.finish().unwrap();
        let (secret, _) = age_key();
        let err = open(Path::new("s.age"), &out, &from_value(&secret)).unwrap_err();
        assert!(err.message.contains("passphrase"), "{}", err.message);
    }

    #[test]
    fn no_recipient_is_a_usage_error() {
        let err = seal(TEXT, &[]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
    }

    #[test]
    fn recipients_parse_or_say_why() {
        let (secret, public) = age_key();
        assert!(Recipient::parse(&public).is_ok());
        let ed = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMLSKnZO41Oe5g3iCsM2kXYZbyepFMHTt6aAyeXxoWDK alex@laptop";
        let parsed = Recipient::parse(ed).unwrap();
        assert_eq!(parsed.text(), ed);
        let bare = Recipient::parse(ed.rsplit_once(' ').unwrap().0).unwrap();
        assert!(parsed.same_key(&bare));
        for bad in [
            "",
            "bob",
            "age1notakey",
            "ssh-ed25519 AAAA",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDbLLKqVY3F0tPZ4D6mCG2o4lcj0YWYY7c5Jah1WcjdQ",
            "ssh-dss AAAAB3NzaC1kc3MAAACBAP",
        ] {
            let err = Recipient::parse(bad).unwrap_err();
            assert!(!err.is_empty());
        }
        let err = Recipient::parse(&secret).unwrap_err();
        assert!(!err.contains(&secret), "a private key is never echoed");
    }

    #[test]
    fn find_reads_the_variable_first_then_home() {
        let dir = tempfile::tempdir().unwrap();
        // Nothing set, no key at home.
        assert!(find_in(None, Some(dir.path().into())).unwrap().is_none());
        assert!(find_in(Some("".into()), None).unwrap().is_none());
        assert!(find_in(None, None).unwrap().is_none());

        // Several keys in one file, with comments, as age-keygen writes them.
        let (secret_a, public_a) = age_key();
        let (secret_b, public_b) = age_key();
        let file = dir.path().join("keys.txt");
        std::fs::write(
            &file,
            format!("# created: today\n# public key: {public_a}\n{secret_a}\n\n{secret_b}\n"),
        )
        .unwrap();
        let found = find_in(Some(file.clone().into()), Some(dir.path().into()))
            .unwrap()
            .unwrap();
        assert_eq!(
            found.source(),
            format!("COAL_AGE_IDENTITY ({})", file.display())
        );
        assert_eq!(found.publics().collect::<Vec<_>>(), [public_a, public_b]);

        // The key itself: its source never shows it.
        let found = find_in(Some(secret_a.clone().into()), None)
            .unwrap()
            .unwrap();
        assert_eq!(found.source(), "COAL_AGE_IDENTITY");

        // A missing file named by the variable is an error, not a fallback.
        let missing = dir.path().join("nope.txt");
        let err = find_in(Some(missing.clone().into()), Some(dir.path().into()))
            .err()
            .unwrap();
        assert_eq!(err.exit_code(), 2);
        assert!(err.message.contains("nope.txt"), "{}", err.message);

        // A public key given where the private one belongs.
        let public = dir.path().join("key.pub");
        std::fs::write(&public, format!("{}\n", age_key().1)).unwrap();
        let err = find_in(Some(public.into()), None).err().unwrap();
        assert!(err.message.contains("public key"), "{}", err.message);

        // Not a key at all: the line is not shown.
        let junk = dir.path().join("junk.txt");
        std::fs::write(&junk, "AGE-SECRET-KEY-1SECRETISH\n").unwrap();
        let err = find_in(Some(junk.into()), None).err().unwrap();
        assert_eq!(err.exit_code(), 2);
        assert!(!err.to_string().contains("SECRETISH"));
        let err = find_in(Some("AGE-SECRET-KEY-1SECRETISH".into()), None)
            .err()
            .unwrap();
        assert!(!err.to_string().contains("SECRETISH"));
    }
}
