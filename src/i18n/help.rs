//! `--help` in French. clap writes help from the doc comments of `cli.rs`,
//! which stay the English text; a French run replaces each about text and
//! option description with its translation from `i18n/fr/help.ftl`, and
//! clap's own words (`Usage:`, `Options:`, `-h, --help`...) where clap lets
//! them be set.
//!
//! The ids of `help.ftl` follow the command tree, so that a test can hold
//! the file to it (every command and option translated, no stale id):
//! - a command: its name (`add-group`), the root `coal`; a subcommand of a
//!   subcommand would join the names with `-`;
//! - an argument: the command's id, `--`, the argument's id with `-` for
//!   `_` (`add-group--spectrum-target`, the positional `add-group--name`);
//! - a long text (`long_about`, `long_help`): the attribute `.long`;
//! - a heading of `cli.rs` (`Global options`): `heading-` and the heading
//!   in lowercase with `-` between words (`heading-global-options`);
//! - a value of a vocabulary clap derives from doc comments (`--color`,
//!   `--format`...): `value-`, the type, the value (`value-color-auto`);
//!   the coalition's vocabulary already speaks French (`meaning()`);
//! - clap's own words: `clap-`.
//!
//! The file is parsed only in a French run: English help costs nothing.

use std::any::TypeId;

use clap::builder::{EnumValueParser, PossibleValue, StyledStr, TypedValueParser};
use clap::{Arg, ArgAction, Command, ValueEnum};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

use crate::cli::{
    CheckFormat, Color, DiffFormat, EntryKind, ExportFormat, HistoryFormat, ImportKind, Kind,
    ListFormat, OnDuplicate,
};
use crate::steps::Step;

/// The French help texts, compiled in.
pub const FRENCH: &str = include_str!("../../i18n/fr/help.ftl");

/// The command tree with its help in French.
pub fn french(command: Command) -> Command {
    let texts = Texts::parse();
    let version = Arg::new("version")
        .short('V')
        .long("version")
        .action(ArgAction::Version)
        .help(texts.clap("clap-version"))
        .help_heading(texts.heading("clap-options"))
        .display_order(999)
        .global(true);
    translate(command, "coal", &texts)
        .disable_version_flag(true)
        .arg(version)
}

fn translate(mut command: Command, id: &str, texts: &Texts) -> Command {
    if let Some(about) = texts.get(id, None) {
        command = command.about(about);
    }
    if let Some(long) = texts.get(id, Some("long")) {
        command = command.long_about(long);
    }
    let help = help_flag(&command, texts);
    let template = template(&command, texts);
    let mut positional = 0;
    command = command
        .help_template(template)
        .subcommand_help_heading(texts.heading("clap-commands"))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .mut_args(|arg| {
            // Under a heading of our own clap sorts the arguments by name:
            // their order of declaration keeps `[OLD] [NEW]` as the usage says.
            let arg = if arg.is_positional() {
                positional += 1;
                arg.display_order(positional)
            } else {
                arg
            };
            translate_arg(arg, id, texts)
        })
        .arg(help);
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        let sub_id = match id {
            "coal" => name.clone(),
            _ => format!("{id}-{name}"),
        };
        command = command.mut_subcommand(&name, |sub| translate(sub, &sub_id, texts));
    }
    command
}

fn translate_arg(mut arg: Arg, command: &str, texts: &Texts) -> Arg {
    let id = arg_id(command, &arg);
    if let Some(help) = texts.get(&id, None) {
        arg = arg.help(help);
    }
    if let Some(long) = texts.get(&id, Some("long")) {
        arg = arg.long_help(long);
    }
    // clap prints its own « Arguments » and « Options » headings in
    // English: a heading of our own takes their place.
    let heading = match arg.get_help_heading() {
        Some(heading) => texts.heading(&heading_id(heading)),
        None if arg.is_positional() => texts.heading("clap-arguments"),
        None => texts.heading("clap-options"),
    };
    arg = arg.help_heading(heading);
    french_values(arg, texts)
}

/// The id of an argument of the command `command` (see the module's doc).
pub fn arg_id(command: &str, arg: &Arg) -> String {
    format!("{command}--{}", arg.get_id().as_str().replace('_', "-"))
}

/// The id of a heading of `cli.rs`: `Step 1: contact` is
/// `heading-step-1-contact`.
pub fn heading_id(heading: &str) -> String {
    let words: Vec<String> = heading
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    format!("heading-{}", words.join("-"))
}

/// `-h, --help` in French; as clap does, it points to `--help` when the
/// long help says more.
fn help_flag(command: &Command, texts: &Texts) -> Arg {
    let says_more = command.get_long_about().is_some()
        || command.get_arguments().any(|arg| {
            !arg.is_hide_set()
                && (arg.get_long_help().is_some()
                    || (!arg.is_hide_possible_values_set()
                        && arg
                            .get_possible_values()
                            .iter()
                            .any(|value| value.get_help().is_some())))
        });
    let mut help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help_heading(texts.heading("clap-options"))
        .display_order(999);
    help = match says_more {
        true => help
            .help(texts.clap("clap-help-more"))
            .long_help(texts.clap("clap-help-summary")),
        false => help.help(texts.clap("clap-help")),
    };
    help
}

/// clap's template with `Usage:` in French, styled as clap styles it.
fn template(command: &Command, texts: &Texts) -> StyledStr {
    let style = command.get_styles().get_usage();
    let usage = texts.clap("clap-usage");
    format!(
        "{{before-help}}{{about-with-newline}}\n{style}{usage}{style:#} {{usage}}\n\n{{all-args}}{{after-help}}"
    )
    .into()
}

/// The vocabularies `cli.rs` derives from doc comments, by type: their
/// values' help in French. The parser stays the same: only the help of
/// the values changes.
fn french_values(arg: Arg, texts: &Texts) -> Arg {
    macro_rules! each {
        ($($ty:ty => $name:literal),+ $(,)?) => {
            $(if arg.get_value_parser().type_id() == TypeId::of::<$ty>() {
                return arg.value_parser(FrenchValues::<$ty>::new($name, texts));
            })+
        };
    }
    each!(
        Color => "color",
        ListFormat => "list-format",
        CheckFormat => "check-format",
        DiffFormat => "diff-format",
        HistoryFormat => "history-format",
        ImportKind => "import-kind",
        OnDuplicate => "on-duplicate",
        ExportFormat => "export-format",
        Kind => "kind",
        EntryKind => "entry-kind",
    );
    arg
}

/// The vocabulary types whose values `help.ftl` translates, with the name
/// their ids use (`value-color-auto`), and their values (for the test).
pub fn value_ids() -> Vec<String> {
    fn ids<E: ValueEnum>(name: &str) -> Vec<String> {
        E::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value())
            .map(|v| format!("value-{name}-{}", v.get_name()))
            .collect()
    }
    [
        ids::<Color>("color"),
        ids::<ListFormat>("list-format"),
        ids::<CheckFormat>("check-format"),
        ids::<DiffFormat>("diff-format"),
        ids::<HistoryFormat>("history-format"),
        ids::<ImportKind>("import-kind"),
        ids::<OnDuplicate>("on-duplicate"),
        ids::<ExportFormat>("export-format"),
        ids::<Kind>("kind"),
        ids::<EntryKind>("entry-kind"),
    ]
    .concat()
}

/// clap's parser of a vocabulary, whose values show their help in French.
#[derive(Clone)]
struct FrenchValues<E: ValueEnum + Clone + Send + Sync + 'static> {
    parser: EnumValueParser<E>,
    values: Vec<PossibleValue>,
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> FrenchValues<E> {
    fn new(name: &str, texts: &Texts) -> Self {
        let values = E::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value())
            .map(
                |value| match texts.get(&format!("value-{name}-{}", value.get_name()), None) {
                    Some(help) => value.help(help),
                    None => value,
                },
            )
            .collect();
        FrenchValues {
            parser: EnumValueParser::new(),
            values,
        }
    }
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for FrenchValues<E> {
    type Value = E;

    fn parse_ref(
        &self,
        cmd: &Command,
        arg: Option<&Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<E, clap::Error> {
        self.parser.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.values.iter().cloned()))
    }
}

/// `help.ftl`, parsed.
struct Texts {
    bundle: FluentBundle<FluentResource>,
    /// The steps by name and number, which `step--step.long` lists.
    steps: String,
}

impl Texts {
    fn parse() -> Texts {
        let resource = FluentResource::try_new(FRENCH.to_string())
            .unwrap_or_else(|_| panic!("i18n/fr/help.ftl parses (tests/help_fr.rs)"));
        let mut bundle = FluentBundle::new(vec!["fr".parse().expect("a language id")]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .unwrap_or_else(|_| panic!("i18n/fr/help.ftl has each id once"));
        let steps = Step::ALL
            .iter()
            .map(|step| {
                format!(
                    "- {} ({})\u{a0}: {}",
                    step.key(),
                    step.number(),
                    step.title()
                )
            })
            .collect::<Vec<_>>()
            .join("\n");
        Texts { bundle, steps }
    }

    /// The text of `id`, or of its attribute; `None` when the file has
    /// none (a test makes sure it has them all).
    fn get(&self, id: &str, attribute: Option<&str>) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let mut args = FluentArgs::new();
        args.set("steps", self.steps.as_str());
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors);
        Some(text.into_owned())
    }

    /// One of clap's own words.
    fn clap(&self, id: &str) -> String {
        self.get(id, None).unwrap_or_else(|| id.to_string())
    }

    /// A heading, to which clap adds `:`: French puts a no-break space
    /// before it.
    fn heading(&self, id: &str) -> String {
        format!("{}\u{a0}", self.clap(id))
    }
}

/// Every id the command tree asks `help.ftl` for (attributes as
/// `id.long`), with the English text it translates: what the test holds
/// the file to.
pub fn ids(command: &Command) -> Vec<(String, String)> {
    let mut out = Vec::new();
    tree_ids(command, "coal", &mut out);
    out.extend(value_ids().into_iter().map(|id| (id, String::new())));
    for id in [
        "clap-usage",
        "clap-options",
        "clap-arguments",
        "clap-commands",
        "clap-help",
        "clap-help-more",
        "clap-help-summary",
        "clap-version",
    ] {
        out.push((id.to_string(), String::new()));
    }
    out.sort();
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

fn tree_ids(command: &Command, id: &str, out: &mut Vec<(String, String)>) {
    let text = |s: Option<&StyledStr>| s.map(ToString::to_string).unwrap_or_default();
    out.push((id.to_string(), text(command.get_about())));
    if command.get_long_about().is_some() {
        out.push((format!("{id}.long"), text(command.get_long_about())));
    }
    for arg in command.get_arguments() {
        let arg_id = arg_id(id, arg);
        out.push((arg_id.clone(), text(arg.get_help())));
        if arg.get_long_help().is_some() {
            out.push((format!("{arg_id}.long"), text(arg.get_long_help())));
        }
        if let Some(heading) = arg.get_help_heading() {
            out.push((heading_id(heading), heading.to_string()));
        }
    }
    for sub in command.get_subcommands() {
        let sub_id = match id {
            "coal" => sub.get_name().to_string(),
            _ => format!("{id}-{}", sub.get_name()),
        };
        tree_ids(sub, &sub_id, out);
    }
}
