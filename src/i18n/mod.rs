//! The words coal prints, in French or English.
//!
//! Every human text lives in a Fluent file per language, `i18n/en/coal.ftl`
//! and `i18n/fr/coal.ftl`, compiled into the binary. Code asks for a message
//! with [`t!`](crate::t), which `i18n_embed_fl::fl!` checks at compile time:
//! an id or argument missing from the English file does not build. A test
//! holds the French file to the same ids and arguments.
//!
//! One language is in use at a time ([`current`]). It is chosen once at
//! start ([`choose`]: `--lang`, else `COAL_LANG`, else the locale
//! variables), may follow the coalition's own `language` for documents
//! ([`for_documents`]), and is English while machine output is written
//! ([`machine`]): JSON, CSV and check codes never change with the language.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

use chrono::{Datelike, NaiveDate};
use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use rust_embed::RustEmbed;

pub mod help;

pub use crate::model::Language as Lang;

#[derive(RustEmbed)]
#[folder = "i18n/"]
#[include = "*/coal.ftl"]
struct Translations;

/// Asks for a message in the current language: `t!("check-clean")`, or
/// with arguments `t!("groups-found", count = n, name = group.name.as_str())`.
/// The id and the argument names are checked against `i18n/en/coal.ftl`
/// when coal is compiled.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::loader(), $id)
    };
    ($id:literal, $($args:tt)+) => {
        i18n_embed_fl::fl!($crate::i18n::loader(), $id, $($args)+)
    };
}

const ENGLISH: u8 = 0;
const FRENCH: u8 = 1;

/// The language in use: an `AtomicU8` rather than a lock, read on every
/// message.
static CURRENT: AtomicU8 = AtomicU8::new(ENGLISH);

/// Whether `--lang` named the language: then it wins over the coalition's.
static EXPLICIT: AtomicU8 = AtomicU8::new(0);

/// Each language is parsed on its first message, never before: `coal
/// --version` parses none, an English run only English.
static EN: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load(Lang::En));
static FR: LazyLock<FluentLanguageLoader> = LazyLock::new(|| load(Lang::Fr));

fn load(lang: Lang) -> FluentLanguageLoader {
    let loader = fluent_language_loader!();
    let id = match lang {
        Lang::En => "en".parse().expect("a language id"),
        Lang::Fr => "fr".parse().expect("a language id"),
    };
    loader
        .load_languages(&Translations, &[id])
        .expect("the translations are compiled in");
    // Unicode isolation marks around each argument would reach terminals,
    // files and tests as invisible characters.
    loader.set_use_isolating(false);
    loader.with_bundles_mut(|bundle| {
        if bundle.locales.first().is_some_and(|l| l.language == "fr") {
            bundle.set_formatter(Some(french_number));
        }
    });
    loader
}

/// The loader of the language in use (for `t!`).
pub fn loader() -> &'static FluentLanguageLoader {
    match current() {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

/// The language in use.
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        FRENCH => Lang::Fr,
        _ => Lang::En,
    }
}

fn set(lang: Lang) {
    let value = match lang {
        Lang::En => ENGLISH,
        Lang::Fr => FRENCH,
    };
    CURRENT.store(value, Ordering::Relaxed);
}

/// Chooses the language of the run: `--lang` when given, else `COAL_LANG`,
/// else `LC_ALL`, `LC_MESSAGES`, `LANG` (the first set and not empty; `C`
/// and `POSIX` mean English), else English. A variable naming a language
/// coal does not speak (`de_DE.UTF-8`) means English too.
pub fn choose(flag: Option<Lang>) {
    EXPLICIT.store(u8::from(flag.is_some()), Ordering::Relaxed);
    set(flag.unwrap_or_else(|| from_env(|name| std::env::var(name).ok())));
}

/// The language the environment asks for, read through `var` (testable).
pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Lang {
    let set = |name: &str| var(name).filter(|value| !value.is_empty());
    if let Some(value) = set("COAL_LANG") {
        return from_locale(&value);
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(set)
        .map_or(Lang::En, |value| from_locale(&value))
}

/// The language of a locale name: `fr`, `fr_CA.UTF-8`, `fr-BE`,
/// `fr_FR@euro` are French; anything else English.
pub fn from_locale(locale: &str) -> Lang {
    let language = locale
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default();
    if language.eq_ignore_ascii_case("fr") {
        Lang::Fr
    } else {
        Lang::En
    }
}

/// Documents for the assembly (reports, the handout, the invitation) speak
/// the coalition's language when it sets one, whoever runs the command;
/// only `--lang` overrides it. Until the guard drops: the messages around
/// the document speak the language of whoever runs coal.
#[must_use = "the language comes back when the guard drops"]
pub fn for_documents(coalition: Option<Lang>) -> Restore {
    let before = current();
    if let Some(lang) = coalition
        && EXPLICIT.load(Ordering::Relaxed) == 0
    {
        set(lang);
    }
    Restore(before)
}

/// English until the guard drops, for machine output (JSON, CSV, `--format
/// github`): what scripts read never changes with the language.
#[must_use = "the language comes back when the guard drops"]
pub fn machine(machine: bool) -> Restore {
    let before = current();
    if machine {
        set(Lang::En);
    }
    Restore(before)
}

/// Puts the language back when dropped (see [`machine`]).
pub struct Restore(Lang);

impl Drop for Restore {
    fn drop(&mut self) {
        set(self.0);
    }
}

/// A message whose id is built at run time (a vocabulary word's label).
/// Prefer [`t!`](crate::t), which is checked at compile time; a test walks
/// every id this is given.
pub fn text(id: &str) -> String {
    loader().get(id)
}

/// A date in prose: « 16 janvier 2027 », "16 January 2027".
pub fn date(date: NaiveDate) -> String {
    crate::t!(
        "date",
        day = date.day(),
        month = date.month(),
        year = date.year().to_string()
    )
}

/// A date in prose with its weekday: « samedi 16 janvier 2027 »,
/// "Saturday 16 January 2027".
pub fn day(date: NaiveDate) -> String {
    crate::t!(
        "date-weekday",
        weekday = date.weekday().number_from_monday(),
        day = date.day(),
        month = date.month(),
        year = date.year().to_string()
    )
}

/// A number as French writes it: thousands apart by a narrow no-break
/// space (« 12 500 »), a decimal comma (« 2,5 »). Fluent calls it for
/// every number argument of a French message; years are passed as text.
fn french_number(
    value: &fluent_bundle::FluentValue,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let fluent_bundle::FluentValue::Number(number) = value else {
        return None;
    };
    let plain = number.as_string();
    let (whole, fraction) = match plain.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (plain.as_ref(), None),
    };
    let (sign, digits) = match whole.strip_prefix('-') {
        Some(digits) => ("-", digits),
        None => ("", whole),
    };
    let mut out = String::from(sign);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 && digits.len() > 3 {
            out.push('\u{202F}');
        }
        out.push(digit);
    }
    if let Some(fraction) = fraction {
        out.push(',');
        out.push_str(fraction);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        }
    }

    #[test]
    fn the_environment_chooses_in_order() {
        assert_eq!(from_env(env(&[])), Lang::En);
        assert_eq!(from_env(env(&[("LANG", "fr_FR.UTF-8")])), Lang::Fr);
        assert_eq!(from_env(env(&[("LANG", "fr_CA.UTF-8")])), Lang::Fr);
        assert_eq!(
            from_env(env(&[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "C")])),
            Lang::En
        );
        assert_eq!(
            from_env(env(&[("LC_MESSAGES", "en_GB"), ("LC_ALL", "fr_BE")])),
            Lang::Fr
        );
        assert_eq!(
            from_env(env(&[("LC_ALL", "fr_FR"), ("COAL_LANG", "en")])),
            Lang::En
        );
        // An empty variable counts as unset.
        assert_eq!(
            from_env(env(&[("COAL_LANG", ""), ("LC_ALL", ""), ("LANG", "fr")])),
            Lang::Fr
        );
        assert_eq!(from_env(env(&[("LANG", "POSIX")])), Lang::En);
        assert_eq!(from_env(env(&[("LANG", "de_DE.UTF-8")])), Lang::En);
        assert_eq!(from_env(env(&[("LANG", "fr_FR@euro")])), Lang::Fr);
        assert_eq!(from_env(env(&[("LANG", "french")])), Lang::En);
    }

    #[test]
    fn french_numbers_are_spaced_and_use_a_decimal_comma() {
        let memo =
            intl_memoizer::concurrent::IntlLangMemoizer::new("fr".parse().expect("a language id"));
        let show = |n: f64| french_number(&fluent_bundle::FluentValue::from(n), &memo).unwrap();
        assert_eq!(show(7.0), "7");
        assert_eq!(show(1200.0), "1\u{202F}200");
        assert_eq!(show(999.0), "999");
        assert_eq!(show(12500.0), "12\u{202F}500");
        assert_eq!(show(1234567.0), "1\u{202F}234\u{202F}567");
        assert_eq!(show(-25000.0), "-25\u{202F}000");
        assert_eq!(show(2.5), "2,5");
    }
}
