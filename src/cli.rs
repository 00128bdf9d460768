//! The command line: clap definitions only.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::history::{Bound, Tracked};
use crate::model::id::parse_id;
use crate::model::input::{
    self, count, feedback_every_days, non_empty, resource, resource_removal, score, time, yes_no,
};
use crate::model::*;
use crate::report::{Audience, Format as ReportFormat, Kind as ReportKind};
use crate::steps::Step;

/// Today, or `COAL_TODAY` when set (reproducible reports and tests). It is
/// read with the command line, as `COAL_FILE` is, so that a date flag's
/// error can show it.
pub fn today() -> Result<NaiveDate, String> {
    let clock = chrono::Local::now().date_naive();
    match std::env::var("COAL_TODAY") {
        Ok(text) => input::date(&text, clock).map_err(|err| format!("COAL_TODAY {err}")),
        Err(_) => Ok(clock),
    }
}

/// A date flag, read as the prompts read a date: its error shows today.
fn date(text: &str) -> Result<NaiveDate, String> {
    let today = today().unwrap_or_else(|_| chrono::Local::now().date_naive());
    input::date(text, today)
}

impl Cli {
    /// The command line, where a `COAL_FILE` set but empty counts as unset
    /// (`export COAL_FILE=` is how many people clear it).
    pub fn from_env() -> Result<Cli, clap::Error> {
        use clap::{CommandFactory, FromArgMatches};
        // The language is needed before clap parses: it writes the help.
        crate::i18n::choose(lang_asked(std::env::args_os()));
        let command = || {
            let command = Cli::command();
            if std::env::var_os("COAL_FILE").is_some_and(|file| file.is_empty()) {
                return command.mut_arg("file", |file| file.env(None::<&'static str>));
            }
            command
        };
        // The French texts are applied only when clap has something to say
        // (help, the version, a wrong command line): a run that parses
        // never shows them, and reading them costs every French run.
        let matches = match command().try_get_matches() {
            Ok(matches) => matches,
            Err(_) if crate::i18n::current() == Language::Fr => {
                crate::i18n::help::french(command()).try_get_matches()?
            }
            Err(error) => return Err(error),
        };
        Cli::from_arg_matches(&matches)
    }
}

/// The language `--lang` names on a command line, if it names one coal
/// speaks; clap then checks the value as it checks any other.
fn lang_asked(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<Language> {
    let mut args = args.into_iter().skip(1);
    while let Some(arg) = args.next() {
        let value = match arg.to_str() {
            Some("--") => return None,
            Some("--lang") => args.next(),
            Some(other) => other.strip_prefix("--lang=").map(Into::into),
            None => None,
        };
        if let Some(value) = value {
            return value.to_str().and_then(|v| language(v).ok());
        }
    }
    None
}

/// A language coal speaks, in any case (`fr`, `FR`).
fn language(text: &str) -> Result<Language, String> {
    text.trim().to_ascii_lowercase().parse().map_err(|_| {
        let mut words = Language::words();
        let last = words.pop().unwrap_or_default();
        crate::t!(
            "cli-language-unknown",
            first = words.join(", "),
            last = last
        )
    })
}

/// A conflict marker's length, 1 to 1024, told in words.
fn marker_size(text: &str) -> Result<u16, String> {
    match text.trim().parse::<i64>() {
        Ok(n @ 1..=1024) => Ok(n as u16),
        Ok(n) => Err(format!("must be 1 to 1024, got {n}")),
        Err(_) => Err(format!(
            "must be a whole number from 1 to 1024, got `{text}`"
        )),
    }
}

/// Who took a decision: `assembly` in any case (`Assembly`, as at the
/// start of a sentence), else a committee's id as typed.
fn by_whom(text: &str) -> Result<String, String> {
    match text.trim().eq_ignore_ascii_case(BY_ASSEMBLY) {
        true => Ok(BY_ASSEMBLY.to_string()),
        false => Ok(text.to_string()),
    }
}

/// The heading of the options every command takes, apart from its own.
const GLOBAL: &str = "Global options";

#[derive(Debug, Parser)]
#[command(
    name = "coal",
    version,
    about = "Plan and check an agile coalition kept in one coalition.toml",
    propagate_version = true,
    max_term_width = 100,
    // Ours also opens the glossary (`coal help glossary`).
    disable_help_subcommand = true
)]
pub struct Cli {
    /// The coalition file (default: the nearest coalition.toml here or above)
    #[arg(short, long, global = true, help_heading = GLOBAL, env = "COAL_FILE", value_name = "PATH")]
    pub file: Option<PathBuf>,

    /// Never prompt; a missing value is an error naming its flag
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub no_input: bool,

    /// Show what would change, and write nothing
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub dry_run: bool,

    /// When to use colours
    #[arg(long, global = true, help_heading = GLOBAL, value_enum, default_value_t = Color::Auto, value_name = "WHEN")]
    pub color: Color,

    /// Print only errors and requested output
    #[arg(short, long, global = true, help_heading = GLOBAL)]
    pub quiet: bool,

    /// The language of messages and reports: en or fr (default: COAL_LANG, then LC_ALL, LC_MESSAGES, LANG)
    #[arg(long, global = true, help_heading = GLOBAL, value_parser = language, value_name = "LANG")]
    pub lang: Option<Language>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// Colours on a terminal, unless NO_COLOR is set
    Auto,
    /// Colours even into a file or a pipe
    Always,
    /// No colours
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new coalition file
    Init(InitArgs),
    /// Change the coalition's name, unity statement, kind, visibility or agreements
    UpdateCoalition(UpdateCoalitionArgs),
    /// Add a group
    AddGroup(AddGroupArgs),
    /// Change some fields of a group
    UpdateGroup(UpdateGroupArgs),
    /// Remove a group (refused while anything refers to it, unless --force)
    RemoveGroup(RemoveArgs),
    /// Give a group a new id; every reference follows
    RenameGroup(RenameArgs),
    /// Add a tactic
    AddTactic(AddTacticArgs),
    /// Change some fields of a tactic
    UpdateTactic(UpdateTacticArgs),
    /// Add a communication space
    AddSpace(AddSpaceArgs),
    /// Change some fields of a space, or the groups in it
    UpdateSpace(UpdateSpaceArgs),
    /// Add a committee or working group
    AddCommittee(AddCommitteeArgs),
    /// Change some fields of a committee, or the groups holding a seat
    UpdateCommittee(UpdateCommitteeArgs),
    /// Add a person (in two or more groups, a point builder)
    AddPerson(AddPersonArgs),
    /// Change some fields of a person, or the groups they are part of
    UpdatePerson(UpdatePersonArgs),
    /// Record a line a group will not cross: another group, or a tactic
    AddBoundary(AddBoundaryArgs),
    /// Lift a boundary a group holds against a group or a tactic
    RemoveBoundary(RemoveBoundaryArgs),
    /// Log feedback from a group
    LogFeedback(LogFeedbackArgs),
    /// Log a decision
    LogDecision(LogDecisionArgs),
    /// Change a decision: mark it reviewed, add who was consulted, and more
    UpdateDecision(UpdateDecisionArgs),
    /// Record a general assembly after the first (step 3 is the first), held or to come
    AddAssembly(AddAssemblyArgs),
    /// Change or complete an assembly, found by its date (step 3's or a later one)
    UpdateAssembly(UpdateAssemblyArgs),
    /// Remove a tactic (refused while anything refers to it, unless --force)
    RemoveTactic(RemoveArgs),
    /// Give a tactic a new id; every reference follows
    RenameTactic(RenameArgs),
    /// Remove a communication space
    RemoveSpace(RemoveArgs),
    /// Give a space a new id
    RenameSpace(RenameArgs),
    /// Remove a committee (refused while a decision names it, unless --force)
    RemoveCommittee(RemoveArgs),
    /// Give a committee a new id; every reference follows
    RenameCommittee(RenameArgs),
    /// Remove a person (refused while feedback names them, unless --force)
    RemovePerson(RemoveArgs),
    /// Give a person a new id; every reference follows
    RenamePerson(RenameArgs),
    /// The four first steps: where the coalition stands, and what to do next
    Steps,
    /// Walk through one of the four first steps (on a terminal), or record it from flags
    Step(Box<StepArgs>),
    /// List the entries of a register
    List(ListArgs),
    /// Show one entry with every field, and everything that refers to it
    Show(ShowArgs),
    /// Reports for people (table, markdown) and scripts (json, csv), or an invitation (markdown, ics)
    Report(ReportArgs),
    /// Bring groups or people in from a spreadsheet saved as CSV (a dry run unless --apply)
    Import(ImportArgs),
    /// The coalition as one graph, for Kumu, Graphviz, Gephi, networkx or Oligrapher
    Export(ExportArgs),
    /// Validate the file and diagnose the coalition
    Check(CheckArgs),
    /// Rewrite the file in canonical order and layout, keeping every comment
    Fmt(FmtArgs),
    /// What changed between two versions of the file, by group and field
    Diff(DiffArgs),
    /// How each group moved, when and why, from git's history of the file
    History(HistoryArgs),
    /// Three-way merge for git (set up with `coal git-setup`)
    MergeDriver(MergeDriverArgs),
    /// Register coal's merge driver in this git repository
    GitSetup,
    /// Keep internal data out of the shared file: a private overlay, sealed for the organizers
    #[command(subcommand)]
    Private(PrivateCommand),
    /// Print a JSON Schema of the file, for editors (taplo, Even Better TOML)
    Schema,
    /// Print shell completions
    Completions(CompletionsArgs),
    /// Every word coal uses (statuses, levels, roles, checks...) and what it means
    Glossary,
    /// Print this message, the help of a command, or the glossary (`coal help glossary`)
    Help(HelpArgs),
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The coalition's name
    #[arg(long, value_parser = non_empty)]
    pub name: Option<String>,
    /// Why the groups come together despite their disagreements
    #[arg(long, value_parser = non_empty, value_name = "TEXT")]
    pub unity: Option<String>,
    /// What kind of coalition (default: agile)
    #[arg(long, value_name = "KIND")]
    pub kind: Option<CoalitionKind>,
    /// Whether it has a public identity (default: informal)
    #[arg(long)]
    pub visibility: Option<Visibility>,
    /// Replace an existing file
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args, Default, PartialEq, Eq)]
pub struct UpdateCoalitionArgs {
    /// The coalition's new name
    #[arg(long, value_parser = non_empty)]
    pub name: Option<String>,
    /// Why the groups come together despite their disagreements
    #[arg(long, value_parser = non_empty, value_name = "TEXT")]
    pub unity: Option<String>,
    /// What kind of coalition
    #[arg(long, value_name = "KIND")]
    pub kind: Option<CoalitionKind>,
    /// Whether it has a public identity
    #[arg(long)]
    pub visibility: Option<Visibility>,
    /// yes: member groups agree not to denounce each other in public; no: they may
    #[arg(long, value_parser = yes_no, value_name = "yes|no")]
    pub no_public_denouncing: Option<bool>,
    /// yes: each group keeps its own tactics, and no group condemns another's; no: the coalition agrees on tactics together
    #[arg(long, value_parser = yes_no, value_name = "yes|no")]
    pub diversity_of_tactics: Option<bool>,
    /// Hear from every member group at least this often (1 to 3650 days)
    #[arg(long, value_parser = feedback_every_days, value_name = "N", allow_negative_numbers = true)]
    pub feedback_every_days: Option<i64>,
    /// The language of the coalition's reports and documents for the assembly: en or fr
    #[arg(long, value_parser = language, value_name = "en|fr")]
    pub language: Option<Language>,
}

#[derive(Debug, Args)]
pub struct AddGroupArgs {
    /// The group's name, e.g. "Solidarité migrante"
    #[arg(value_parser = non_empty)]
    pub name: Option<String>,
    /// The id (default: derived from the name)
    #[arg(long, value_parser = parse_id)]
    pub id: Option<String>,
    #[command(flatten)]
    pub fields: GroupFields,
}

#[derive(Debug, Args)]
pub struct UpdateGroupArgs {
    /// The id of the group
    pub id: String,
    /// The group's new name
    #[arg(long, value_parser = non_empty)]
    pub name: Option<String>,
    #[command(flatten)]
    pub fields: GroupFields,
    /// Remove a resource type the group offers, or one detail of it: TYPE or TYPE=DETAIL (repeatable)
    #[arg(long = "remove-offer", value_parser = resource_removal, value_name = "TYPE[=DETAIL]")]
    pub remove_offers: Vec<(ResourceType, Option<String>)>,
    /// Remove a resource type the group needs, or one detail of it: TYPE or TYPE=DETAIL (repeatable)
    #[arg(long = "remove-need", value_parser = resource_removal, value_name = "TYPE[=DETAIL]")]
    pub remove_needs: Vec<(ResourceType, Option<String>)>,
}

/// The fields of a group that both `add-group` and `update-group` take.
#[derive(Debug, Args, Default)]
pub struct GroupFields {
    /// Where the group stands with the coalition (a new group starts as prospect)
    #[arg(long)]
    pub status: Option<Status>,
    /// How much a member group takes part (active when not given)
    #[arg(long, value_name = "LEVEL")]
    pub participation: Option<Participation>,
    /// Publicly endorses the coalition
    #[arg(long, conflicts_with = "private")]
    pub public: bool,
    /// Takes part without endorsing the coalition publicly (the default)
    #[arg(long)]
    pub private: bool,
    /// A directly impacted or marginalized community
    #[arg(long, conflicts_with = "not_impacted")]
    pub impacted: bool,
    /// Not (or no longer) counted as directly impacted
    #[arg(long)]
    pub not_impacted: bool,
    /// How much weight the group carries on the issue, 1 (little) to 5 (a lot)
    #[arg(long, value_parser = score, value_name = "N", allow_negative_numbers = true)]
    pub power: Option<u8>,
    /// How much the group cares about the issue, 1 (little) to 5 (a lot)
    #[arg(long, value_parser = score, value_name = "N", allow_negative_numbers = true)]
    pub interest: Option<u8>,
    /// How hard it is to tell what the group will do, 1 (steady) to 5 (hard to tell)
    #[arg(long, value_parser = score, value_name = "N", allow_negative_numbers = true)]
    pub unpredictability: Option<u8>,
    /// How many people the group organizes
    #[arg(long, value_parser = count, value_name = "N", allow_negative_numbers = true)]
    pub members: Option<u64>,
    /// Where the group stands on the spectrum of allies
    #[arg(long, value_name = "POSITION")]
    pub spectrum: Option<Spectrum>,
    /// Where you hope to move the group on the spectrum, one step at a time
    #[arg(long, value_name = "POSITION")]
    pub spectrum_target: Option<Spectrum>,
    /// One of Bill Moyer's four roles of social activism (repeatable; replaces the list on update)
    #[arg(long = "role", value_name = "ROLE")]
    pub roles: Vec<Role>,
    /// A tactic id (repeatable; replaces the list on update)
    #[arg(long = "tactic", value_name = "ID")]
    pub tactics: Vec<String>,
    /// A resource the group can share, e.g. expertise="legal clinic" (repeatable; a second detail of a type is added to it)
    #[arg(long = "offer", value_parser = resource, value_name = "TYPE=DETAIL")]
    pub offers: Vec<(ResourceType, String)>,
    /// A resource the group needs, e.g. money="bus rental" (repeatable; a second detail of a type is added to it)
    #[arg(long = "need", value_parser = resource, value_name = "TYPE=DETAIL")]
    pub needs: Vec<(ResourceType, String)>,
    /// When the group became a member (default: today, when it becomes one; a past date backfills)
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub joined: Option<NaiveDate>,
    /// When the group left (default: today, when its status becomes left)
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub left: Option<NaiveDate>,
    /// The name of the person to reach in the group
    #[arg(long, value_name = "X")]
    pub contact_name: Option<String>,
    /// The group's contact email
    #[arg(long, value_name = "X")]
    pub contact_email: Option<String>,
    /// The group's contact phone number
    #[arg(long, value_name = "X")]
    pub contact_phone: Option<String>,
    /// What a watched group plans to do
    #[arg(long, value_name = "X")]
    pub intentions: Option<String>,
    /// Internal notes
    #[arg(long, value_name = "X")]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddTacticArgs {
    /// The tactic's name, e.g. "Vigil"
    #[arg(value_parser = non_empty)]
    pub name: Option<String>,
    /// The id (default: derived from the name)
    #[arg(long, value_parser = parse_id)]
    pub id: Option<String>,
    /// 1 (institutional) to 5 (most confrontational)
    #[arg(long, value_parser = score, value_name = "N", allow_negative_numbers = true)]
    pub intensity: Option<u8>,
    /// What the tactic is, in a sentence
    #[arg(long, value_name = "X")]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateTacticArgs {
    /// The id of the tactic
    pub id: String,
    /// The tactic's new name
    #[arg(long, value_parser = non_empty)]
    pub name: Option<String>,
    /// 1 (institutional) to 5 (most confrontational)
    #[arg(long, value_parser = score, value_name = "N", allow_negative_numbers = true)]
    pub intensity: Option<u8>,
    /// The new description ("" removes it)
    #[arg(long, value_name = "X")]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddSpaceArgs {
    /// The space's name, e.g. "Coordination chat"
    #[arg(value_parser = non_empty)]
    pub name: Option<String>,
    /// The id (default: derived from the name)
    #[arg(long, value_parser = parse_id)]
    pub id: Option<String>,
    /// Signal, email list, monthly call...
    #[arg(long, value_name = "X")]
    pub medium: Option<String>,
    /// A group in the space (repeatable)
    #[arg(long = "group", value_name = "ID")]
    pub groups: Vec<String>,
    /// What the space is for
    #[arg(long, value_name = "X")]
    pub purpose: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateSpaceArgs {
    /// The id of the space
    pub id: String,
    /// The space's new name
    #[arg(long, value_parser = non_empty)]
    pub name: Option<String>,
    /// Signal, email list, monthly call... ("" removes it)
    #[arg(long, value_name = "X")]
    pub medium: Option<String>,
    /// What the space is for ("" removes it)
    #[arg(long, value_name = "X")]
    pub purpose: Option<String>,
    #[command(flatten)]
    pub groups: GroupChanges,
}

/// The groups of a space, committee or person to add or remove.
#[derive(Debug, Args, Default)]
pub struct GroupChanges {
    /// A group to add (repeatable)
    #[arg(long = "add-group", value_name = "ID")]
    pub add: Vec<String>,
    /// A group to remove (repeatable)
    #[arg(long = "remove-group", value_name = "ID")]
    pub remove: Vec<String>,
}

#[derive(Debug, Args)]
pub struct AddCommitteeArgs {
    /// The committee's name, e.g. "Steering group"
    #[arg(value_parser = non_empty)]
    pub name: Option<String>,
    /// The id (default: derived from the name)
    #[arg(long, value_parser = parse_id)]
    pub id: Option<String>,
    /// The trusted steering group
    #[arg(long)]
    pub steering: bool,
    /// A group holding a seat (repeatable)
    #[arg(long = "group", value_name = "ID")]
    pub groups: Vec<String>,
    /// What the coalition asks the committee to do
    #[arg(long, value_name = "X")]
    pub mandate: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateCommitteeArgs {
    /// The id of the committee
    pub id: String,
    /// The committee's new name
    #[arg(long, value_parser = non_empty)]
    pub name: Option<String>,
    /// What the coalition asks the committee to do ("" removes it)
    #[arg(long, value_name = "X")]
    pub mandate: Option<String>,
    /// Make it the trusted steering group
    #[arg(long, conflicts_with = "no_steering")]
    pub steering: bool,
    /// Make it a committee or working group, not the steering group
    #[arg(long)]
    pub no_steering: bool,
    #[command(flatten)]
    pub groups: GroupChanges,
}

#[derive(Debug, Args)]
pub struct AddPersonArgs {
    /// The person's name
    #[arg(value_parser = non_empty)]
    pub name: Option<String>,
    /// The id (default: derived from the name)
    #[arg(long, value_parser = parse_id)]
    pub id: Option<String>,
    /// A group the person is part of (repeatable)
    #[arg(long = "group", value_name = "ID")]
    pub groups: Vec<String>,
    /// The person's email
    #[arg(long, value_name = "X")]
    pub contact_email: Option<String>,
    /// The person's phone number
    #[arg(long, value_name = "X")]
    pub contact_phone: Option<String>,
    /// Internal notes
    #[arg(long, value_name = "X")]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("against").args(["against_group", "against_tactic"])))]
pub struct AddBoundaryArgs {
    /// The group that holds the boundary
    pub group: Option<String>,
    /// The group it refuses (or limits) working with
    #[arg(long, value_name = "ID")]
    pub against_group: Option<String>,
    /// The tactic it refuses (or limits) taking part in
    #[arg(long, value_name = "ID")]
    pub against_tactic: Option<String>,
    /// How firm the line is (default: refuse)
    #[arg(long)]
    pub level: Option<BoundaryLevel>,
    /// Why, in a few words (kept internal)
    #[arg(long, value_name = "X")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdatePersonArgs {
    /// The id of the person
    pub id: String,
    /// The person's new name
    #[arg(long, value_parser = non_empty)]
    pub name: Option<String>,
    /// The person's email ("" removes it)
    #[arg(long, value_name = "X")]
    pub contact_email: Option<String>,
    /// The person's phone number ("" removes it)
    #[arg(long, value_name = "X")]
    pub contact_phone: Option<String>,
    /// Internal notes ("" removes them)
    #[arg(long, value_name = "X")]
    pub notes: Option<String>,
    #[command(flatten)]
    pub groups: GroupChanges,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("against").args(["against_group", "against_tactic"])))]
pub struct RemoveBoundaryArgs {
    /// The group that holds the boundary
    pub group: Option<String>,
    /// The group it no longer refuses (or limits) working with
    #[arg(long, value_name = "ID")]
    pub against_group: Option<String>,
    /// The tactic it no longer refuses (or limits) taking part in
    #[arg(long, value_name = "ID")]
    pub against_tactic: Option<String>,
}

#[derive(Debug, Args)]
pub struct LogFeedbackArgs {
    /// The group the feedback comes from
    pub group: Option<String>,
    /// What they said
    #[arg(value_parser = non_empty)]
    pub text: Option<String>,
    /// When (default: today)
    #[arg(long, value_parser = date, value_name = "YYYY-MM-DD")]
    pub date: Option<NaiveDate>,
    /// The person who heard it
    #[arg(long, value_name = "PERSON")]
    pub by: Option<String>,
}

#[derive(Debug, Args)]
pub struct LogDecisionArgs {
    /// What was decided
    #[arg(value_parser = non_empty)]
    pub summary: Option<String>,
    /// When (default: today)
    #[arg(long, value_parser = date, value_name = "YYYY-MM-DD")]
    pub date: Option<NaiveDate>,
    /// "assembly" or a committee id (default: assembly)
    #[arg(long, value_parser = by_whom, value_name = "assembly|COMMITTEE")]
    pub by: Option<String>,
    /// How it was decided (default: consent)
    #[arg(long)]
    pub rule: Option<DecisionRule>,
    /// A group the decision affects (repeatable)
    #[arg(long = "affects", value_name = "ID")]
    pub affects: Vec<String>,
    /// A group consulted before deciding (repeatable)
    #[arg(long = "consulted", value_name = "ID")]
    pub consulted: Vec<String>,
    /// When to look at it again
    #[arg(long, value_parser = date, value_name = "YYYY-MM-DD")]
    pub review_on: Option<NaiveDate>,
    /// The date of the assembly that took it (with --by assembly, the default)
    #[arg(long, value_parser = date, value_name = "YYYY-MM-DD")]
    pub assembly: Option<NaiveDate>,
}

/// The fields of a general assembly, for `add-assembly`, `update-assembly`
/// and step 3. Lists given are added to those already there. The times have
/// their flags apart (`AssemblyTimes`): step 3 has its own `--start`.
#[derive(Debug, Clone, PartialEq, Eq, Args, Default)]
pub struct AssemblyFields {
    #[arg(skip)]
    pub start: Option<String>,
    #[arg(skip)]
    pub end: Option<String>,
    /// Where it is held
    #[arg(long, value_parser = non_empty, value_name = "TEXT")]
    pub place: Option<String>,
    /// A language it is held or interpreted in (repeatable)
    #[arg(long = "language", value_parser = non_empty, value_name = "TEXT")]
    pub languages: Vec<String>,
    /// What is offered, e.g. interpretation, childcare, step-free access (repeatable)
    #[arg(long, value_parser = non_empty, value_name = "TEXT")]
    pub accessibility: Vec<String>,
    /// Whom to tell that one is coming, and how (a name, an address, a link)
    #[arg(long, value_parser = non_empty, value_name = "TEXT")]
    pub rsvp: Option<String>,
    /// Groups invited (added to those already invited)
    #[arg(long = "invite", value_name = "ID", num_args = 1..)]
    pub invite: Vec<String>,
    /// Invited groups that answered, yes or no (added to those already recorded)
    #[arg(long = "answered", value_name = "ID", num_args = 1..)]
    pub answered: Vec<String>,
    /// Groups that came (added to those already recorded)
    #[arg(long = "attended", value_name = "ID", num_args = 1..)]
    pub attended: Vec<String>,
    /// What it will discuss or decide
    #[arg(long, value_parser = non_empty, value_name = "TEXT")]
    pub agenda: Option<String>,
}

/// `--start` and `--end` of `add-assembly` and `update-assembly`; they
/// also answer to step 3's spelling, `--start-time` and `--end-time`.
#[derive(Debug, Args)]
pub struct AssemblyTimes {
    /// When it starts, like 18:30 (local time)
    #[arg(long, visible_alias = "start-time", value_parser = time, value_name = "HH:MM")]
    pub start: Option<String>,
    /// When it ends, like 21:00
    #[arg(long, visible_alias = "end-time", value_parser = time, value_name = "HH:MM")]
    pub end: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddAssemblyArgs {
    /// Its date, past (an assembly held) or to come; it identifies the assembly
    #[arg(value_parser = date, value_name = "DATE")]
    pub date: Option<NaiveDate>,
    #[command(flatten)]
    pub times: AssemblyTimes,
    #[command(flatten)]
    pub fields: AssemblyFields,
    /// Internal notes (never in a public report)
    #[arg(long, value_parser = non_empty, value_name = "TEXT")]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateAssemblyArgs {
    /// The date of the assembly to change (step 3's or one added later)
    #[arg(value_parser = date, value_name = "DATE")]
    pub date: NaiveDate,
    /// Its new date, when it is moved; decisions that name it follow
    #[arg(long = "date", value_parser = date, value_name = "NEW")]
    pub new_date: Option<NaiveDate>,
    #[command(flatten)]
    pub times: AssemblyTimes,
    #[command(flatten)]
    pub fields: AssemblyFields,
    /// Internal notes (never in a public report)
    #[arg(long, value_parser = non_empty, value_name = "TEXT")]
    pub notes: Option<String>,
    /// A group no longer invited (repeatable)
    #[arg(long, value_name = "ID")]
    pub remove_invite: Vec<String>,
    /// A group recorded as answering by mistake (repeatable)
    #[arg(long, value_name = "ID")]
    pub remove_answered: Vec<String>,
    /// A group recorded as attending by mistake (repeatable)
    #[arg(long, value_name = "ID")]
    pub remove_attended: Vec<String>,
}

#[derive(Debug, Args)]
pub struct UpdateDecisionArgs {
    /// Its number, as `coal list decisions` shows it (from 1)
    #[arg(value_name = "N", allow_negative_numbers = true)]
    pub number: Option<String>,
    #[command(flatten)]
    pub changes: DecisionChanges,
}

/// What `update-decision` changes; a list flag adds to the list.
#[derive(Debug, Args, Default, Clone, PartialEq, Eq)]
pub struct DecisionChanges {
    /// What was decided
    #[arg(long, value_parser = non_empty, value_name = "TEXT")]
    pub summary: Option<String>,
    /// When it was decided (not after today)
    #[arg(long, value_parser = date, value_name = "YYYY-MM-DD")]
    pub date: Option<NaiveDate>,
    /// "assembly" or a committee id
    #[arg(long, value_parser = by_whom, value_name = "assembly|COMMITTEE")]
    pub by: Option<String>,
    /// How it was decided
    #[arg(long)]
    pub rule: Option<DecisionRule>,
    /// Groups it affects, added to those listed
    #[arg(long = "add-affects", value_name = "ID", num_args = 1..)]
    pub add_affects: Vec<String>,
    /// Groups consulted, added to those listed
    #[arg(long = "add-consulted", value_name = "ID", num_args = 1..)]
    pub add_consulted: Vec<String>,
    /// When to look at it again
    #[arg(long, value_parser = date, value_name = "YYYY-MM-DD")]
    pub review_on: Option<NaiveDate>,
    /// When it was reviewed (not after today): settles `review-due` until a later --review-on
    #[arg(long, value_parser = date, value_name = "YYYY-MM-DD")]
    pub reviewed: Option<NaiveDate>,
    /// The date of the assembly that took it (the decision is then the assembly's)
    #[arg(long, value_parser = date, value_name = "YYYY-MM-DD")]
    pub assembly: Option<NaiveDate>,
}

impl DecisionChanges {
    pub fn is_empty(&self) -> bool {
        *self == DecisionChanges::default()
    }
}

/// The steps by name and number, each with what it is (`coal step --help`).
fn steps_help() -> String {
    let steps: Vec<String> = Step::ALL
        .iter()
        .map(|step| format!("- {} ({}): {}", step.key(), step.number(), step.title()))
        .collect();
    format!("The step, by name or number:\n{}", steps.join("\n"))
}

#[derive(Debug, Args)]
pub struct StepArgs {
    /// contact (1), draft (2), assembly (3) or presentation (4)
    #[arg(value_parser = Step::parse, allow_negative_numbers = true, long_help = steps_help())]
    pub step: Step,
    /// Mark the step as started (any step flag does too)
    #[arg(long)]
    pub start: bool,
    /// Mark the step as done (refused while it lacks what it needs)
    #[arg(long)]
    pub done: bool,
    /// Step 1: groups contacted, no answer yet
    #[arg(long, value_name = "ID", num_args = 1.., help_heading = "Step 1: contact")]
    pub contacted: Vec<String>,
    /// Step 1: groups now in dialogue
    #[arg(long, value_name = "ID", num_args = 1.., help_heading = "Step 1: contact")]
    pub dialogue: Vec<String>,
    /// Step 1: groups that declined
    #[arg(long, value_name = "ID", num_args = 1.., help_heading = "Step 1: contact")]
    pub declined: Vec<String>,
    /// Step 2: what the coalition wants to change, in a few sentences
    #[arg(long, value_parser = non_empty, value_name = "TEXT", help_heading = "Step 2: draft")]
    pub vision: Option<String>,
    /// Step 2: how the groups will work together and treat each other
    #[arg(long, value_parser = non_empty, value_name = "TEXT", help_heading = "Step 2: draft")]
    pub culture: Option<String>,
    /// Step 2: the minimal structure: committees, spaces, who decides what
    #[arg(long, value_parser = non_empty, value_name = "TEXT", help_heading = "Step 2: draft")]
    pub structure: Option<String>,
    /// Groups writing the draft (added to those already there)
    #[arg(long = "co-author", value_name = "ID", num_args = 1.., help_heading = "Step 2: draft")]
    pub co_authors: Vec<String>,
    /// The assembly's date, past (an assembly held) or to come; decisions that name it follow
    #[arg(long, value_parser = date, value_name = "YYYY-MM-DD", help_heading = "Step 3: assembly")]
    pub date: Option<NaiveDate>,
    /// When it starts, like 18:30 (local time)
    #[arg(long, value_parser = time, value_name = "HH:MM", help_heading = "Step 3: assembly")]
    pub start_time: Option<String>,
    /// When it ends, like 21:00
    #[arg(long, value_parser = time, value_name = "HH:MM", help_heading = "Step 3: assembly")]
    pub end_time: Option<String>,
    #[command(flatten, next_help_heading = "Step 3: assembly")]
    pub assembly: AssemblyFields,
    /// A question asked at the presentation
    #[arg(long, value_parser = non_empty, value_name = "TEXT", help_heading = "Step 4: presentation")]
    pub question: Option<String>,
    /// The answer given to --question or --answer-question
    #[arg(long, value_parser = non_empty, value_name = "TEXT", help_heading = "Step 4: presentation")]
    pub answer: Option<String>,
    /// The number of a question already asked (as `coal steps` shows it) that --answer answers
    #[arg(
        long,
        conflicts_with = "question",
        value_name = "N",
        allow_negative_numbers = true,
        help_heading = "Step 4: presentation"
    )]
    pub answer_question: Option<String>,
    /// The group that asked --question
    #[arg(
        long,
        requires = "question",
        value_name = "ID",
        help_heading = "Step 4: presentation"
    )]
    pub asked_by: Option<String>,
    /// Groups that joined: they become members, joined on the assembly's
    /// date when it has been held, else today
    #[arg(long, value_name = "ID", num_args = 1.., help_heading = "Step 4: presentation")]
    pub joined: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The id of the entry to remove (`coal list KIND` shows them)
    pub id: String,
    /// Also remove every reference to it
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct RenameArgs {
    /// The id it has now
    pub old: String,
    /// The new id (a-z, 0-9 and -)
    #[arg(value_parser = parse_id)]
    pub new: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// What to list (leave it out to see the kinds)
    pub kind: Option<Kind>,
    /// How to print it
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// What the entry is: group, tactic, space, committee or person
    pub kind: EntryKind,
    /// Its id (`coal list KIND` shows them)
    pub id: String,
    /// How to print it
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// What to report on
    #[arg(default_value = "overview")]
    pub kind: ReportKind,
    /// table, markdown, json, csv, ics, html or svg (default: table; markdown for the invitation, html for the handout and the map)
    #[arg(long)]
    pub format: Option<ReportFormat>,
    /// public leaves out every group that does not endorse the coalition publicly, and everything internal
    #[arg(long, default_value = "internal")]
    pub audience: Audience,
    /// Write the report to FILE instead of the terminal (`-`: standard output); without --format, the format its name says (.html, .svg, .md, .json, .csv, .ics, .txt)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The invitation: to the assembly of this date (default: the next one)
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub assembly: Option<NaiveDate>,
    /// The spectrum and the map: who moved since this revision or day (YYYY-MM-DD), read from git
    #[arg(long, value_parser = bound, value_name = "REV|DATE")]
    pub since: Option<Bound>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// What each row is
    #[arg(value_enum)]
    pub what: ImportKind,
    /// The spreadsheet saved as CSV: comma, semicolon or tab between cells; UTF-8, or what Excel writes
    // Its own id: `file` is the global `--file`, which it would shadow.
    #[arg(id = "sheet", value_name = "FILE.csv")]
    pub file: PathBuf,
    /// Read a column as a field, "Column=field" (repeatable), e.g. --map "Organisation=name"; "Column=" leaves it out
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    pub maps: Vec<String>,
    /// What to do with a row whose group or person the file already has
    #[arg(long, value_enum, default_value_t = OnDuplicate::Skip, value_name = "WHAT")]
    pub on_duplicate: OnDuplicate,
    /// Write the import to the file (without it, only show what each row would do)
    #[arg(long)]
    pub apply: bool,
    /// Write the rejected rows to FILE as the input was written, with a `reason` column
    #[arg(long, value_name = "FILE")]
    pub rejects: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportKind {
    /// One group per row
    Groups,
    /// One person per row, with the groups they belong to
    People,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnDuplicate {
    /// Leave the entry in the file as it is
    Skip,
    /// Write every cell of the row over the entry (an empty cell changes nothing)
    Update,
    /// Write only the fields the entry does not have yet
    Fill,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Which tool the graph is for
    #[arg(value_enum)]
    pub format: ExportFormat,
    /// public keeps only the groups that endorse the coalition publicly, with nothing internal
    #[arg(long, default_value = "internal")]
    pub audience: Audience,
    /// Write the graph to FILE instead of the terminal (`-`: standard output)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Kumu blueprint JSON (elements and connections), for kumu.io
    Kumu,
    /// Graphviz DOT, committees and spaces as clusters (`dot -Tsvg`)
    Dot,
    /// GEXF 1.3, for Gephi and networkx
    Gexf,
    /// GraphML, for Gephi, yEd, networkx and igraph
    Graphml,
    /// Oligrapher 3 JSON (LittleSis maps), placed as the map report places them
    Oligrapher,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Fail (exit 1) on warnings too
    #[arg(long)]
    pub deny_warnings: bool,
    /// How to print the findings
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// For reading at the terminal
    Table,
    /// For scripts
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// For reading at the terminal
    Text,
    /// For scripts
    Json,
    /// GitHub Actions workflow commands (annotations on the pull request)
    Github,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older file (not with --since)
    #[arg(required_unless_present = "since", conflicts_with = "since")]
    pub old: Option<PathBuf>,
    /// The newer file (default: the coalition file)
    pub new: Option<PathBuf>,
    /// Compare with the file as it was at a git revision (`HEAD`, `main`, `v1`...)
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
    /// How to print the changes
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// For reading at the terminal
    Text,
    /// For scripts
    Json,
    /// Ready for a pull-request comment
    Markdown,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// The group, by its id now or one it had (default: every group)
    pub group: Option<String>,
    /// Only the changes of this field (repeatable; default: every field history follows)
    #[arg(long = "field", value_name = "FIELD")]
    pub fields: Vec<Tracked>,
    /// From this revision on (a commit, branch or tag: changes after it), or this day (YYYY-MM-DD)
    #[arg(long, value_parser = bound, value_name = "REV|DATE")]
    pub since: Option<Bound>,
    /// Up to this revision (included), or this day (YYYY-MM-DD)
    #[arg(long, value_parser = bound, value_name = "REV|DATE")]
    pub until: Option<Bound>,
    /// Follow only the first parent of merges: what a merged branch changed is told at the merge
    #[arg(long)]
    pub first_parent: bool,
    /// How to print the changes
    #[arg(long, value_enum, default_value_t = HistoryFormat::Table)]
    pub format: HistoryFormat,
    /// History is internal: only `internal` is taken
    #[arg(long, default_value = "internal")]
    pub audience: Audience,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HistoryFormat {
    /// For reading at the terminal
    Table,
    /// Ready for a pull-request comment or a wiki
    Markdown,
    /// For scripts
    Json,
    /// For spreadsheets, one change per row
    Csv,
}

/// A `--since`/`--until` value: a day or a revision.
fn bound(text: &str) -> Result<Bound, String> {
    Bound::parse(text)
}

#[derive(Debug, Args)]
pub struct MergeDriverArgs {
    /// The common ancestor (%O)
    pub base: PathBuf,
    /// Our version (%A); the result is written here
    pub ours: PathBuf,
    /// Their version (%B)
    pub theirs: PathBuf,
    /// Length of conflict markers (%L), 1 to 1024
    #[arg(long, default_value_t = 7, value_name = "N", allow_negative_numbers = true, value_parser = marker_size)]
    pub marker_size: u16,
    /// The file's path in the repository (%P), for messages
    #[arg(long, value_name = "P")]
    pub path: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum PrivateCommand {
    /// Create coalition.private.toml, move everything internal into it, and keep it out of git
    Init,
    /// Seal the private overlay with age for the organizers' keys (coalition.private.toml.age, safe to commit)
    Seal(SealArgs),
    /// Add or remove an organizer's key, and seal the overlay again
    #[command(subcommand)]
    Recipients(RecipientsCommand),
}

#[derive(Debug, Args)]
pub struct SealArgs {
    /// A public key to seal to, added to [coalition] organizers: an age key (age1...) or an SSH public key (repeatable)
    #[arg(long = "recipient", value_name = "KEY")]
    pub recipients: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum RecipientsCommand {
    /// Add organizers' public keys and seal again
    Add(RecipientKeys),
    /// Remove organizers' public keys and seal again (older sealed versions in git stay readable with them)
    Remove(RecipientKeys),
    /// List the keys the overlay is sealed to
    List,
}

#[derive(Debug, Args)]
pub struct RecipientKeys {
    /// An age public key (age1...) or an SSH public key line (quoted)
    #[arg(required = true, value_name = "KEY")]
    pub keys: Vec<String>,
}

#[derive(Debug, Args)]
pub struct FmtArgs {
    /// Change nothing; print the difference and exit 1 if the file is not formatted
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Args)]
pub struct HelpArgs {
    /// A command (`add-group`, `step`...), or `glossary`
    #[arg(value_name = "COMMAND")]
    pub topic: Vec<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write completions for
    pub shell: clap_complete::Shell,
}

/// What `coal list` lists: the registers and the logs (singular or plural
/// accepted). Each one's help is also what `coal list` alone prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// The groups, with their status, participation and scores
    #[value(alias = "group")]
    Groups,
    /// The tactics, with their intensity and how many groups use them
    #[value(alias = "tactic")]
    Tactics,
    /// The communication spaces and the groups in them
    #[value(alias = "space")]
    Spaces,
    /// The committees and working groups, and who holds a seat
    #[value(alias = "committee")]
    Committees,
    /// The people, and the groups they are part of
    #[value(alias = "person")]
    People,
    /// The general assemblies, step 3's first
    #[value(alias = "assembly")]
    Assemblies,
    /// The decisions, numbered in the order taken
    #[value(alias = "decision")]
    Decisions,
    /// The feedback heard from member groups
    Feedback,
}

/// What `coal show` shows: one register entry (singular or plural accepted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EntryKind {
    /// A group
    #[value(alias = "groups")]
    Group,
    /// A tactic
    #[value(alias = "tactics")]
    Tactic,
    /// A communication space
    #[value(alias = "spaces")]
    Space,
    /// A committee or working group
    #[value(alias = "committees")]
    Committee,
    /// A person
    #[value(alias = "people")]
    Person,
}

impl AssemblyTimes {
    /// The fields with these times.
    pub fn into_fields(self, fields: AssemblyFields) -> AssemblyFields {
        AssemblyFields {
            start: self.start,
            end: self.end,
            ..fields
        }
    }
}

impl EntryKind {
    pub fn register(self) -> Register {
        match self {
            EntryKind::Group => Register::Groups,
            EntryKind::Tactic => Register::Tactics,
            EntryKind::Space => Register::Spaces,
            EntryKind::Committee => Register::Committees,
            EntryKind::Person => Register::People,
        }
    }
}

/// Vocabularies as clap values: their words and what each means come
/// from the enums, so `--help` explains what is chosen.
macro_rules! value_enum {
    ($($name:ident),+) => {
        $(impl ValueEnum for $name {
            fn value_variants<'a>() -> &'a [Self] {
                &$name::ALL
            }

            fn to_possible_value(&self) -> Option<PossibleValue> {
                Some(PossibleValue::new(self.as_str()).help(self.meaning()))
            }
        })+
    };
}

value_enum!(
    ReportFormat,
    Audience,
    Status,
    Participation,
    Spectrum,
    Role,
    ResourceType,
    BoundaryLevel,
    CoalitionKind,
    Visibility,
    StepStatus,
    DecisionRule,
    Tracked
);

impl ValueEnum for ReportKind {
    fn value_variants<'a>() -> &'a [Self] {
        &ReportKind::ALL
    }

    /// A report is found in either number (`coal report group`, `coal
    /// report drafts`).
    fn to_possible_value(&self) -> Option<PossibleValue> {
        let value = PossibleValue::new(self.as_str()).help(self.meaning());
        Some(match self.singular().or(self.plural()) {
            Some(other) => value.alias(other),
            None => value,
        })
    }
}
