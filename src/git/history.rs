//! A coalition file's history, read from git: one `git log` names the
//! commits of the file and the blob of each version, one long-running
//! `git cat-file --batch` hands the versions over (never a process per
//! commit), and each version is compared with the one before it by the
//! semantic diff (`git::diff`).
//!
//! A merge is compared with each of its parents: what it takes from one
//! side was told with the commit that made it, so only what differs from
//! every parent (a conflict settled by hand) is the merge's own change.
//! With `--first-parent` a merge is compared with its first parent alone,
//! and so tells what the branch brought in.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::rc::Rc;

use chrono::NaiveDate;
use serde_json::{Map, Value};
use toml::Table;

use super::diff::{compare_filled, json_of};
use super::{folder, git};
use crate::error::{Error, Result};
use crate::model::defaults;
use crate::model::history::{Bound, Change, Event, History, Skipped, Tracked};
use crate::store::parse::Versions;
use crate::t;

/// Which commits to read.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub since: Option<Bound>,
    pub until: Option<Bound>,
    /// Follow only the first parent of merges.
    pub first_parent: bool,
    /// Also tell the changes of the file on disk not committed yet, after
    /// the last commit's (rows with an empty `commit`).
    pub working: bool,
    /// Start the walk at `--since` rather than at the file's first
    /// version: enough when the ids groups had before it do not matter
    /// (the spectrum report reads the file at the bound itself), and on a
    /// long history much faster.
    pub from_bound: bool,
}

/// A commit of the file, as `git log` tells it.
#[derive(Debug, Clone, PartialEq)]
struct Commit {
    hash: String,
    /// None for a root commit (or the oldest of a shallow clone).
    has_parents: bool,
    author: String,
    date: String,
    subject: String,
    /// The file's blob in each parent, then in the commit: none when
    /// `git log` shows no change of the file (a merge that took one side).
    blobs: Option<(Vec<String>, String)>,
}

const NO_BLOB: &str = "0000000000000000000000000000000000000000";
/// Before each commit in the log: a byte no commit's subject or author
/// holds (they may hold any other control character), and git's text
/// output none either. A commit's fields come one a line (`%s` and `%an`
/// never hold a line break).
const RECORD: char = '\0';

/// Reads the history of the coalition file at `path`, telling `progress`
/// how many commits of how many have been read.
///
/// The walk always reads the whole history up to `--until` (or `HEAD`),
/// so that a rename made before `--since` is known and the version at
/// `--since` is the base of the first comparison after it; only the
/// changes of the commits between the bounds are kept.
pub fn read(path: &Path, query: &Query, progress: &mut dyn FnMut(usize, usize)) -> Result<History> {
    // A linked coalition file has the history of the file it points to:
    // git keeps a link's target, not the coalition.
    let real;
    let path = if path.is_symlink() {
        real = std::fs::canonicalize(path).map_err(|err| Error::io("read", path, &err))?;
        real.as_path()
    } else {
        path
    };
    let dir = folder(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let file = path.display().to_string();
    let pathspec = format!(":(literal){name}");
    let tracked = git(dir, &["ls-files", "-z", "--", &pathspec]).map_err(|err| {
        // git missing is told as such, not as a folder outside a repository.
        if let Err(missing) = git(dir, &["--version"]) {
            return missing;
        }
        let refused = Error::usage(t!("history-not-in-git", file = file.as_str()));
        // A repository git will not open for this user (another owner's)
        // is no place for `git init`: git's own words say what to do.
        if err.message.contains("safe.directory") {
            return refused.hint(err.message);
        }
        refused
            .hint(err.message)
            .hint(t!("history-not-in-git-hint", file = file.as_str()))
    })?;
    if tracked.is_empty() {
        return Err(Error::usage(t!("history-untracked", file = file.as_str()))
            .hint(t!("history-untracked-hint", name = name.as_str())));
    }
    let from_head = !matches!(query.until, Some(Bound::Rev(_)));
    if from_head && git(dir, &["rev-parse", "--verify", "--quiet", "HEAD"]).is_err() {
        return Err(Error::usage(t!("history-no-commit", file = file.as_str()))
            .hint(t!("history-no-commit-hint", name = name.as_str())));
    }
    let bounds = Bounds::resolve(dir, query)?;
    let mut history = History::default();
    let Some(tip) = &bounds.tip else {
        // `--until` a day before the first commit: nothing to read.
        return Ok(history);
    };
    let range = match (&bounds.since, query.from_bound) {
        (Some(since), true) => format!("{since}..{tip}"),
        _ => tip.clone(),
    };
    let args = log_args(query, &range, &pathspec);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let log = git(dir, &args).map_err(|err| {
        Error::usage(t!("history-log-failed", reason = err.message))
            .hint(t!("history-log-failed-hint"))
    })?;
    let commits = parse_log(&log);
    let in_range = match query.from_bound {
        true => None,
        false => bounds.commits(dir, query)?,
    };
    let kept = |commit: &str| in_range.as_ref().is_none_or(|set| set.contains(commit));
    history.commits = commits.iter().filter(|c| kept(&c.hash)).count();
    // Asked of cat-file before the walk's blobs: the file at `--since`,
    // and as last committed.
    let base = bounds
        .since
        .as_ref()
        .map(|since| format!("{since}:./{name}"));
    // The file at the walk's end names the ids groups are last known by
    // (`follow_renames`); without `--until` it is the last commit.
    let end = format!("{tip}:./{name}");
    let mut walk = Walk::new(&commits);
    let first = base.iter().cloned().chain([end]);
    let mut blobs = Blobs::start(dir, first.chain(walk.order.clone()))?;
    if base.is_some() {
        // A version that is not UTF-8 is read as well as it can be: where
        // groups stood is what matters, not how a name was spelled.
        history.base = blobs
            .next()?
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
    }
    let committed = blobs.next()?;
    let last_ids: HashSet<String> = committed
        .as_deref()
        .and_then(|bytes| parse(bytes, &mut Versions::default()).ok())
        .as_ref()
        .and_then(groups)
        .map(|g| g.keys().cloned().collect())
        .unwrap_or_default();
    for (n, commit) in commits.iter().enumerate() {
        walk.step(commit, &mut blobs, &mut history)?;
        progress(n + 1, commits.len());
    }
    blobs.finish()?;
    start(dir, &commits, &pathspec, &mut history);
    if query.until.is_none() {
        let on_disk = std::fs::read(path).ok();
        history.uncommitted = match (&committed, &on_disk) {
            (Some(committed), Some(on_disk)) => unix(committed) != unix(on_disk),
            (None, Some(_)) => true,
            _ => false,
        };
        if query.working && history.uncommitted {
            working(committed.as_deref(), on_disk.as_deref(), &mut history);
        }
    }
    follow_renames(&mut history.changes, &last_ids);
    for change in &history.changes {
        history
            .ids
            .entry(change.id.clone())
            .or_default()
            .insert(change.group.clone());
    }
    history
        .changes
        .retain(|c| c.commit.is_empty() || kept(&c.commit));
    history.skipped.retain(|s| kept(&s.commit));
    Ok(history)
}

/// Line ends as git stores them: a checkout with `core.autocrlf` writes
/// CRLF that the commit does not hold, and is no change.
fn unix(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for (i, b) in bytes.iter().enumerate() {
        if !(*b == b'\r' && bytes.get(i + 1) == Some(&b'\n')) {
            out.push(*b);
        }
    }
    out
}

/// The changes of the file on disk since its last commit, as rows with no
/// commit: what a report of "now" must count, a rename not committed yet
/// too.
fn working(committed: Option<&[u8]>, on_disk: Option<&[u8]>, history: &mut History) {
    let empty = Table::new();
    let mut pieces = Versions::default();
    let before = match committed.map(|bytes| parse(bytes, &mut pieces)) {
        Some(Ok(before)) => before,
        Some(Err(_)) => return,
        None => empty.clone(),
    };
    let Some(Ok(after)) = on_disk.map(|bytes| parse(bytes, &mut pieces)) else {
        return;
    };
    let uncommitted = Commit {
        hash: String::new(),
        has_parents: true,
        author: String::new(),
        date: String::new(),
        subject: String::new(),
        blobs: None,
    };
    history.changes.extend(
        between(&before, &after)
            .into_iter()
            .map(|f| f.in_commit(&uncommitted)),
    );
}

/// Where the history starts: each commit where a shallow clone was cut
/// tells its groups as they were, not as added (the commits before it
/// were not fetched); a file that first appears in a commit with parents, moved
/// there from another name or folder (as `git log --follow` finds it),
/// has history the walk does not follow. A file merely added after a
/// first commit (a README) is no such case.
fn start(dir: &Path, commits: &[Commit], pathspec: &str, history: &mut History) {
    let added = |commit: &Commit| {
        commit
            .blobs
            .as_ref()
            .is_some_and(|(parents, _)| parents.iter().all(|p| p == NO_BLOB))
    };
    let Some(first) = commits.iter().find(|c| c.blobs.is_some()) else {
        return;
    };
    if first.has_parents && added(first) {
        let followed = git(
            dir,
            &[
                "log",
                "--follow",
                "--format=%H",
                "-n",
                "2",
                "--end-of-options",
                &first.hash,
                "--",
                pathspec,
            ],
        );
        if followed.is_ok_and(|hashes| hashes.lines().count() > 1) {
            history.starts_in = Some(first.hash.clone());
        }
    }
    // A clone cut below a merge has a boundary on each side; a true first
    // commit the clone reached is no boundary: its groups were added.
    let cut: HashSet<String> = git(dir, &["rev-parse", "--git-path", "shallow"])
        .ok()
        .and_then(|shallow| std::fs::read_to_string(dir.join(shallow.trim())).ok())
        .map(|list| list.lines().map(str::to_string).collect())
        .unwrap_or_default();
    let boundaries: Vec<&Commit> = commits
        .iter()
        .filter(|c| !c.has_parents && added(c) && cut.contains(&c.hash))
        .collect();
    if let Some(oldest) = boundaries.first() {
        history.shallow = Some(oldest.hash.clone());
    }
    history
        .changes
        .retain(|c| !(c.event == Event::Added && boundaries.iter().any(|b| b.hash == c.commit)));
}

/// The bounds as commits: a revision as git names it, a day as the last
/// commit of the first-parent line before it (by its committer's own
/// clock: when it landed there).
struct Bounds {
    /// Where the walk ends; none when `--until` is a day before any commit.
    tip: Option<String>,
    /// The commit the walk's kept changes come after.
    since: Option<String>,
}

impl Bounds {
    fn resolve(dir: &Path, query: &Query) -> Result<Bounds> {
        if let (Some(Bound::Date(since)), Some(Bound::Date(until))) = (&query.since, &query.until)
            && until < since
        {
            return Err(Error::usage(t!(
                "history-until-before-since",
                since = since.to_string(),
                until = until.to_string()
            ))
            .hint(t!("history-until-before-since-hint")));
        }
        // Resolved first, then peeled to its commit: `:/subject` would take
        // a `^{commit}` after it as words of the subject.
        let commit = |rev: &str| -> Result<String> {
            let verify = |name: &str| {
                git(
                    dir,
                    &["rev-parse", "--verify", "--quiet", "--end-of-options", name],
                )
                .map(|hash| hash.trim().to_string())
            };
            verify(rev)
                .and_then(|object| verify(&format!("{object}^{{commit}}")))
                .map_err(|_| {
                    Error::usage(t!("history-no-such-revision", rev = rev))
                        .hint(t!("history-log-failed-hint"))
                })
        };
        let tip = match &query.until {
            None => Some(commit("HEAD")?),
            Some(Bound::Rev(rev)) => Some(commit(rev)?),
            Some(Bound::Date(day)) => last_before(dir, "HEAD", day.succ_opt().unwrap_or(*day))?,
        };
        let since = match (&query.since, &tip) {
            (Some(Bound::Rev(rev)), _) => Some(commit(rev)?),
            (Some(Bound::Date(day)), Some(tip)) => last_before(dir, tip, *day)?,
            _ => None,
        };
        // Revisions are ordered by ancestry, not by name: `--since HEAD
        // --until HEAD~2` is as empty a range as two days the wrong way round.
        if let (Some(since_bound), Some(until_bound), Some(since), Some(tip)) =
            (&query.since, &query.until, &since, &tip)
            && since != tip
            && git(dir, &["merge-base", "--is-ancestor", tip, since]).is_ok()
        {
            return Err(Error::usage(t!(
                "history-until-before-since",
                since = since_bound.to_string(),
                until = until_bound.to_string()
            ))
            .hint(t!("history-until-before-since-hint")));
        }
        Ok(Bounds { tip, since })
    }

    /// The commits between the bounds (all of them, not only the file's);
    /// none when every commit is kept.
    fn commits(&self, dir: &Path, query: &Query) -> Result<Option<HashSet<String>>> {
        let (Some(since), Some(tip)) = (&self.since, &self.tip) else {
            return Ok(None);
        };
        let range = format!("{since}..{tip}");
        let mut args = vec!["rev-list"];
        if query.first_parent {
            args.push("--first-parent");
        }
        args.extend(["--end-of-options", &range]);
        let listed = git(dir, &args)?;
        Ok(Some(listed.lines().map(str::to_string).collect()))
    }
}

/// The last commit of the first-parent line from `tip` made before `day`,
/// by its committer's own clock.
fn last_before(dir: &Path, tip: &str, day: NaiveDate) -> Result<Option<String>> {
    let listed = git(
        dir,
        &[
            "log",
            "--first-parent",
            "--format=%H %cI",
            "--end-of-options",
            tip,
        ],
    )?;
    Ok(listed.lines().find_map(|line| {
        let (hash, date) = line.split_once(' ')?;
        let date = NaiveDate::parse_from_str(date.get(..10)?, "%Y-%m-%d").ok()?;
        (date < day).then(|| hash.to_string())
    }))
}

fn log_args(query: &Query, range: &str, pathspec: &str) -> Vec<String> {
    let mut args: Vec<String> = [
        "-c",
        "log.follow=false",
        "-c",
        "log.showSignature=false",
        // Else the first commit shows no diff, and its groups no addition.
        "-c",
        "log.showRoot=true",
        // What `-m` shows (git 2.31 and later): with `--first-parent`, the
        // first parent alone.
        "-c",
        "log.diffMerges=first-parent",
        "log",
        "--reverse",
        // Parents before children, and otherwise by date: a branch's
        // commits among the main line's, as they were made.
        "--date-order",
        "--no-renames",
        "--no-color",
        "--raw",
        "--no-abbrev",
        // Every commit of the file, a side a merge did not keep too: what
        // was done is history even when undone.
        "--full-history",
        "--encoding=UTF-8",
        // `%aN`: the author as `.mailmap` names them.
        "--format=%x00%H%n%P%n%aN%n%aI%n%s",
    ]
    .map(String::from)
    .to_vec();
    // `-m` and `-c`, not `--diff-merges` (git 2.31): older gits read them
    // too. With `--first-parent`, `-m` compares a merge with its first
    // parent only.
    if query.first_parent {
        args.extend(["--first-parent".into(), "-m".into()]);
    } else {
        args.push("-c".into());
    }
    args.push("--end-of-options".into());
    args.push(range.to_string());
    args.extend(["--".into(), pathspec.to_string()]);
    args
}

/// The commits in a `git log` output of `log_args`' format.
fn parse_log(log: &str) -> Vec<Commit> {
    log.split(RECORD)
        .filter(|record| !record.trim().is_empty())
        .filter_map(|record| {
            let mut fields = record.splitn(6, '\n');
            let hash = fields.next()?.to_string();
            let has_parents = !fields.next()?.trim().is_empty();
            let author = fields.next()?.to_string();
            let date = fields.next()?.to_string();
            let subject = fields.next().unwrap_or("").to_string();
            let blobs = fields.next().unwrap_or("").lines().find_map(raw_blobs);
            Some(Commit {
                hash,
                has_parents,
                author,
                date,
                subject,
                blobs,
            })
        })
        .collect()
}

/// The blobs of a `--raw` line: `:100644 100644 OLD NEW M\tfile`, or for a
/// merge `::100644 100644 100644 OLD1 OLD2 NEW MM\tfile`.
fn raw_blobs(line: &str) -> Option<(Vec<String>, String)> {
    let colons = line.len() - line.trim_start_matches(':').len();
    if colons == 0 {
        return None;
    }
    let (meta, _) = line[colons..].split_once('\t')?;
    let words: Vec<&str> = meta.split_whitespace().collect();
    let blobs = words.get(colons + 1..2 * colons + 2)?;
    let (new, parents) = blobs.split_last()?;
    Some((
        parents.iter().map(|b| b.to_string()).collect(),
        new.to_string(),
    ))
}

/// A version of the file: its groups filled with their defaults, or why it
/// does not parse.
/// Shared, as a version is compared twice (with the commit before and
/// after it) and a copy of a large file per commit would cost.
type Version = std::result::Result<Rc<Table>, String>;

/// What the walk keeps between commits: the versions still to be compared.
struct Walk {
    /// The blobs to ask `git cat-file` for, in the order they are needed.
    order: Vec<String>,
    /// How many more times each blob is needed.
    uses: HashMap<String, usize>,
    versions: HashMap<String, Version>,
    /// For a version that did not parse: the versions the next one is
    /// compared with instead (its parents', or theirs in turn).
    instead: HashMap<String, Vec<Rc<Table>>>,
    /// The pieces of the last version parsed, which the next one mostly
    /// repeats.
    pieces: Versions,
}

impl Walk {
    fn new(commits: &[Commit]) -> Walk {
        let mut order = Vec::new();
        let mut uses: HashMap<String, usize> = HashMap::new();
        for (parents, new) in commits.iter().filter_map(|c| c.blobs.as_ref()) {
            for blob in parents.iter().chain([new]) {
                let count = uses.entry(blob.clone()).or_default();
                if *count == 0 && blob != NO_BLOB {
                    order.push(blob.clone());
                }
                *count += 1;
            }
        }
        Walk {
            order,
            uses,
            versions: HashMap::new(),
            instead: HashMap::new(),
            pieces: Versions::default(),
        }
    }

    /// The version of `blob`, read from git the first time it is needed.
    fn version(&mut self, blob: &str, blobs: &mut Blobs) -> Result<Version> {
        if blob == NO_BLOB {
            return Ok(Ok(Rc::new(Table::new())));
        }
        if !self.versions.contains_key(blob) {
            let version = match blobs.next()? {
                Some(bytes) => parse(&bytes, &mut self.pieces).map(Rc::new),
                None => Err(t!("history-blob-missing", blob = blob)),
            };
            self.versions.insert(blob.to_string(), version);
        }
        Ok(self.versions[blob].clone())
    }

    /// Forgets a version no later commit needs.
    fn used(&mut self, blob: &str) {
        if let Some(count) = self.uses.get_mut(blob) {
            *count -= 1;
            if *count == 0 {
                self.versions.remove(blob);
                self.instead.remove(blob);
            }
        }
    }

    fn step(&mut self, commit: &Commit, blobs: &mut Blobs, history: &mut History) -> Result<()> {
        let Some((parents, new)) = &commit.blobs else {
            return Ok(());
        };
        // Each parent's version; for one that did not parse, the versions
        // it stood for.
        let mut before: Vec<Rc<Table>> = Vec::new();
        for blob in parents {
            match self.version(blob, blobs)? {
                Ok(version) => before.push(version),
                Err(_) => before.extend(self.instead.get(blob).cloned().unwrap_or_default()),
            }
        }
        let after = self.version(new, blobs)?;
        let after = match after {
            Ok(after) => after,
            Err(error) => {
                history.skipped.push(Skipped {
                    commit: commit.hash.clone(),
                    date: commit.date.clone(),
                    reason: commit.subject.clone(),
                    error,
                });
                // The next version is compared with what this one stood
                // between: a merge left with conflict markers and fixed
                // later tells only what the fix itself changed.
                self.instead.insert(new.clone(), before);
                for blob in parents.iter().chain([new]) {
                    self.used(blob);
                }
                return Ok(());
            }
        };
        for blob in parents.iter().chain([new]) {
            self.used(blob);
        }
        let Some((first, others)) = before.split_first() else {
            return Ok(());
        };
        let mut found = between(first, &after);
        // A value settled by hand differs from each parent's, so its change
        // from each parent has another `old`: the same change all the same.
        let theirs: Vec<Vec<Found>> = others.iter().map(|other| between(other, &after)).collect();
        found.retain(|f| {
            theirs
                .iter()
                .all(|changes| changes.iter().any(|c| c.same_move(f)))
        });
        history
            .changes
            .extend(found.into_iter().map(|f| f.in_commit(commit)));
        Ok(())
    }
}

/// A version's groups, with every absent key at its default, as the
/// semantic diff compares them.
fn parse(bytes: &[u8], pieces: &mut Versions) -> std::result::Result<Table, String> {
    // Why a version is skipped is data (JSON's `skipped`), in English as
    // the TOML error is.
    let _english = crate::i18n::machine(true);
    let text = std::str::from_utf8(bytes).map_err(|_| t!("history-not-utf8"))?;
    // A byte-order mark, which `coal` reads past everywhere else.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut table: Table = pieces
        .table(text)
        .map_err(|err: toml::de::Error| err.to_string().lines().next().unwrap_or("").to_string())?;
    let mut groups = Table::new();
    if let Some(value) = table.remove("groups") {
        // `[[groups]]` or `groups.x = 1` is TOML, but no register of
        // groups: its "changes" would be noise.
        let entries = value
            .as_table()
            .ok_or_else(|| t!("history-groups-not-a-table"))?;
        if let Some((id, _)) = entries.iter().find(|(_, entry)| !entry.is_table()) {
            return Err(t!("history-group-not-a-table", id = id.as_str()));
        }
        groups.insert("groups".into(), value);
    }
    defaults::fill(&mut groups);
    Ok(groups)
}

/// A change of one group, before it is placed in its commit.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    id: String,
    name: String,
    event: Event,
    field: Option<String>,
    old: Value,
    new: Value,
}

impl Found {
    /// Whether both tell the same group coming to the same value, whatever
    /// it came from.
    fn same_move(&self, other: &Found) -> bool {
        self.id == other.id
            && self.event == other.event
            && self.field == other.field
            && self.new == other.new
    }

    fn in_commit(self, commit: &Commit) -> Change {
        Change {
            commit: commit.hash.clone(),
            date: commit.date.clone(),
            author: commit.author.clone(),
            reason: commit.subject.clone(),
            group: self.id.clone(),
            id: self.id,
            name: self.name,
            event: self.event,
            field: self.field,
            old: self.old,
            new: self.new,
        }
    }
}

fn groups(version: &Table) -> Option<&Table> {
    version.get("groups")?.as_table()
}

fn name_of(version: &Table, id: &str) -> String {
    groups(version)
        .and_then(|g| g.get(id))
        .and_then(|g| g.get("name"))
        .and_then(toml::Value::as_str)
        .unwrap_or(id)
        .to_string()
}

/// A group's tracked fields, as JSON.
fn tracked(version: &Table, id: &str) -> Value {
    let group = groups(version).and_then(|g| g.get(id));
    let fields: Map<String, Value> = Tracked::ALL
        .iter()
        .filter_map(|f| {
            let value = group?.get(f.as_str())?;
            Some((f.as_str().to_string(), json_of(value)))
        })
        .collect();
    Value::Object(fields)
}

/// The changes of groups from `old` to `new` (both filled), by the semantic
/// diff: groups added, removed and renamed (an id gone and one come with
/// the same name, as `coal rename-group` leaves them), and each tracked
/// field changed.
fn between(old: &Table, new: &Table) -> Vec<Found> {
    let diff = compare_filled(old, new);
    let ids = |list: Option<&Vec<Value>>| -> Vec<String> {
        list.into_iter()
            .flatten()
            .filter_map(|id| id.as_str().map(str::to_string))
            .collect()
    };
    let mut added = ids(diff.added.get("groups"));
    let mut removed = ids(diff.removed.get("groups"));
    let mut found = Vec::new();
    let once = |ids: &[String], version: &Table, name: &str| {
        let mut alike = ids.iter().filter(|id| name_of(version, id) == name);
        match (alike.next(), alike.next()) {
            (Some(id), None) => Some(id.clone()),
            _ => None,
        }
    };
    // A rename may leave the old id to a new group in the same commit: an
    // id kept whose name changed is a source of a rename too, when the
    // whole of its entry went to the new id (as `coal rename-group` moves
    // it); a group that only changed its name is no rename.
    let kept_renamed: Vec<String> = groups(old)
        .into_iter()
        .flat_map(|g| g.keys())
        .filter(|id| {
            groups(new).is_some_and(|g| g.contains_key(*id)) && name_of(old, id) != name_of(new, id)
        })
        .cloned()
        .collect();
    let sources: Vec<String> = removed.iter().chain(&kept_renamed).cloned().collect();
    let entry = |version: &Table, id: &str| groups(version).and_then(|g| g.get(id)).cloned();
    let mut renames = Vec::new();
    for id in &sources {
        let name = name_of(old, id);
        if once(&sources, old, &name).is_some()
            && let Some(to) = once(&added, new, &name)
            && (!kept_renamed.contains(id) || entry(old, id) == entry(new, &to))
        {
            renames.push((id.clone(), to));
        }
    }
    // The ids given to a new group as their group took another.
    let reused: Vec<String> = renames
        .iter()
        .map(|(from, _)| from.clone())
        .filter(|from| kept_renamed.contains(from))
        .collect();
    for (from, to) in &renames {
        removed.retain(|id| id != from);
        added.retain(|id| id != to);
        let name = name_of(new, to);
        found.push(Found {
            id: to.clone(),
            name: name.clone(),
            event: Event::Renamed,
            field: Some("id".into()),
            old: Value::String(from.clone()),
            new: Value::String(to.clone()),
        });
        let (was, is) = (tracked(old, from), tracked(new, to));
        for field in Tracked::ALL {
            let key = field.as_str();
            if was.get(key) != is.get(key) {
                found.push(moved(to, &name, key, &was[key], &is[key]));
            }
        }
    }
    for id in added.iter().chain(&reused) {
        found.push(Found {
            id: id.clone(),
            name: name_of(new, id),
            event: Event::Added,
            field: None,
            old: Value::Null,
            new: tracked(new, id),
        });
    }
    for id in &removed {
        found.push(Found {
            id: id.clone(),
            name: name_of(old, id),
            event: Event::Removed,
            field: None,
            old: tracked(old, id),
            new: Value::Null,
        });
    }
    let mut changed = Vec::new();
    for change in &diff.changed {
        let Some((id, key)) = change
            .path
            .strip_prefix("groups.")
            .and_then(|rest| rest.rsplit_once('.'))
        else {
            continue;
        };
        let known = |version: &Table| groups(version).is_some_and(|g| g.contains_key(id));
        if let Some(field) = Tracked::from_key(key)
            && known(old)
            && known(new)
            && !reused.iter().any(|r| r == id)
        {
            changed.push((
                field,
                moved(id, &name_of(new, id), key, &change.old, &change.new),
            ));
        }
    }
    // A group's fields in the order the file and `--help` give them, not
    // the diff's alphabetical one.
    changed.sort_by(|(a, x), (b, y)| (&x.id, a).cmp(&(&y.id, b)));
    found.extend(changed.into_iter().map(|(_, f)| f));
    found
}

/// A tracked field changed; a status becoming `member` or `left` is a
/// join or a departure.
fn moved(id: &str, name: &str, key: &str, old: &Value, new: &Value) -> Found {
    let event = match (key, new.as_str()) {
        ("status", Some("member")) => Event::Joined,
        ("status", Some("left")) => Event::Left,
        _ => Event::Changed,
    };
    Found {
        id: id.to_string(),
        name: name.to_string(),
        event,
        field: Some(key.to_string()),
        old: old.clone(),
        new: new.clone(),
    }
}

/// Sets each change's `group` to the id its group is last known by: from
/// the newest change back, a rename from `a` to `b` makes every earlier
/// change of `a` a change of whatever `b` became. A later group given the
/// freed id `a` keeps it. A change made on a branch while another renamed
/// the group may come after the rename in the log: an id that is no longer
/// in the file (`last`) follows its renames wherever they come.
fn follow_renames(changes: &mut [Change], last: &HashSet<String>) {
    let mut becomes: HashMap<String, String> = HashMap::new();
    let mut renamed: HashMap<String, Vec<String>> = HashMap::new();
    for change in changes.iter_mut().rev() {
        if let Some(later) = becomes.get(&change.id) {
            change.group = later.clone();
        }
        match change.event {
            Event::Renamed => {
                let to = change.group.clone();
                if let Some(from) = change.old.as_str() {
                    becomes.insert(from.to_string(), to);
                    renamed
                        .entry(from.to_string())
                        .or_default()
                        .push(change.id.clone());
                }
            }
            // Before it was added, the id was another group's, or no one's.
            Event::Added => {
                becomes.remove(&change.id);
            }
            _ => {}
        }
    }
    let known = |id: &str| last.is_empty() || last.contains(id);
    for change in changes.iter_mut() {
        if !known(&change.group)
            && let Some(found) = to_a_known_id(&change.group, &renamed, &known)
        {
            change.group = found;
        }
    }
}

/// The id still in the file that the renames from `id` lead to, if any.
fn to_a_known_id(
    id: &str,
    renamed: &HashMap<String, Vec<String>>,
    known: &dyn Fn(&str) -> bool,
) -> Option<String> {
    let mut seen = HashSet::new();
    let mut next = vec![id.to_string()];
    while let Some(id) = next.pop() {
        if !seen.insert(id.clone()) {
            continue;
        }
        for to in renamed.get(&id).into_iter().flatten() {
            if known(to) {
                return Some(to.clone());
            }
            next.push(to.clone());
        }
    }
    None
}

/// A long-running `git cat-file --batch`: the blobs are written to it by a
/// thread, in the order they are read back, so that neither side waits on
/// a full pipe.
struct Blobs {
    child: std::process::Child,
    out: BufReader<std::process::ChildStdout>,
    writer: Option<std::thread::JoinHandle<std::io::Result<()>>>,
    /// What git says on stderr (fetching a version a partial clone lacks),
    /// read as it comes so that a full pipe never stops it.
    said: Option<std::thread::JoinHandle<String>>,
}

impl Blobs {
    fn start(dir: &Path, names: impl Iterator<Item = String>) -> Result<Blobs> {
        let mut child = Command::new("git")
            .current_dir(dir)
            .args(["cat-file", "--batch"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|err| {
                Error::usage(t!("git-cannot-run", reason = err.to_string()))
                    .hint(t!("git-cannot-run-hint"))
            })?;
        let mut stdin = child.stdin.take().expect("a piped stdin");
        let names: Vec<String> = names.collect();
        let writer = std::thread::spawn(move || {
            let mut input = std::io::BufWriter::new(&mut stdin);
            for name in names {
                writeln!(input, "{name}")?;
            }
            input.flush()
        });
        let mut stderr = child.stderr.take().expect("a piped stderr");
        let said = std::thread::spawn(move || {
            let mut said = Vec::new();
            let _ = stderr.read_to_end(&mut said);
            // The end tells why it stopped.
            let tail = said.len().saturating_sub(2000);
            String::from_utf8_lossy(&said[tail..]).trim().to_string()
        });
        let out = BufReader::new(child.stdout.take().expect("a piped stdout"));
        Ok(Blobs {
            child,
            out,
            writer: Some(writer),
            said: Some(said),
        })
    }

    /// The next object's bytes; none when git has no such object.
    fn next(&mut self) -> Result<Option<Vec<u8>>> {
        let broken = |reason: String| Error::usage(t!("history-cat-file-failed", reason = reason));
        let mut header = String::new();
        self.out
            .read_line(&mut header)
            .map_err(|err| broken(err.to_string()))?;
        let header = header.trim_end();
        if header.is_empty() {
            let _ = self.child.kill();
            let said = self
                .said
                .take()
                .and_then(|said| said.join().ok())
                .filter(|said| !said.is_empty())
                .unwrap_or_else(|| t!("history-cat-file-ended"));
            return Err(broken(said));
        }
        let Some(size) = header
            .rsplit(' ')
            .next()
            .and_then(|size| size.parse::<usize>().ok())
        else {
            // `NAME missing` (or `ambiguous`).
            return Ok(None);
        };
        let mut bytes = vec![0; size + 1];
        self.out
            .read_exact(&mut bytes)
            .map_err(|err| broken(err.to_string()))?;
        bytes.pop();
        Ok(Some(bytes))
    }

    fn finish(mut self) -> Result<()> {
        let Some(writer) = self.writer.take() else {
            return Ok(());
        };
        // What no one asked for would keep git waiting on a full pipe.
        let drained = std::io::copy(&mut self.out, &mut std::io::sink());
        let written = writer.join();
        let status = self.child.wait();
        match (drained, written, status) {
            (Ok(_), Ok(Ok(())), Ok(status)) if status.success() => Ok(()),
            _ => Err(Error::usage(t!(
                "history-cat-file-failed",
                reason = "git cat-file --batch"
            ))),
        }
    }
}

/// A walk that stopped early (an error) leaves no git behind, nor a
/// thread blocked writing to it.
impl Drop for Blobs {
    fn drop(&mut self) {
        if self.writer.is_some() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_lines_give_the_blobs() {
        let a = "a".repeat(40);
        let b = "b".repeat(40);
        let c = "c".repeat(40);
        assert_eq!(
            raw_blobs(&format!(":100644 100644 {a} {b} M\tcoalition.toml")),
            Some((vec![a.clone()], b.clone()))
        );
        assert_eq!(
            raw_blobs(&format!(
                "::100644 100644 100644 {a} {b} {c} MM\tcoalition.toml"
            )),
            Some((vec![a.clone(), b.clone()], c.clone()))
        );
        assert_eq!(raw_blobs(""), None);
    }

    fn version(text: &str) -> Table {
        parse(text.as_bytes(), &mut Versions::default()).unwrap()
    }

    #[test]
    fn a_rename_is_told_once_with_its_moves() {
        let old = version("[groups.a]\nname = \"A\"\nspectrum = \"neutral\"\n");
        let new = version("[groups.b]\nname = \"A\"\nspectrum = \"passive_ally\"\n");
        let found = between(&old, &new);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].event, Event::Renamed);
        assert_eq!(found[1].field.as_deref(), Some("spectrum"));
        assert_eq!(found[1].id, "b");
    }

    #[test]
    fn absent_and_default_are_the_same() {
        let old = version("[groups.a]\nname = \"A\"\n");
        let new = version("[groups.a]\nname = \"A\"\nstatus = \"prospect\"\npublic = false\n");
        assert_eq!(between(&old, &new), vec![]);
    }
}
