//! One cell read as a value of the file: vocabulary words in English or
//! French (« Membre », « alliée active », « allié·e actif·ve »), yes and no
//! in both, scores, counts and dates as spreadsheets write them.

use std::fmt::Display;
use std::sync::OnceLock;

use chrono::{NaiveDate, NaiveDateTime};

use crate::model::{BoundaryLevel, Participation, ResourceType, Role, Spectrum, Status};

/// A text folded for comparison: lower case, accents taken off, runs of
/// spaces, `_` and `-` as one space, trimmed (`Intérêt` → `interet`), and
/// the endings of inclusive writing taken off (`Impacté·e`, `Impacté(e)`,
/// `Impacté.e`, `Impacté-e` → `impacte`; `Groupe(s)` → `groupe`).
pub fn fold(text: &str) -> String {
    let folded = deunicode::deunicode(text).to_lowercase();
    let mut words: Vec<&str> = Vec::new();
    for word in folded.split(|c: char| c.is_whitespace() || c == '_' || c == '-') {
        let word = match word.find(ENDING_MARKS) {
            Some(at) if at > 0 && inclusive_endings(&word[at..]) => &word[..at],
            _ => word,
        };
        // `allié-e-s`: the hyphen made the endings words of their own.
        if word.is_empty() || (!words.is_empty() && ENDINGS.contains(&word)) {
            continue;
        }
        words.push(word);
    }
    words.join(" ")
}

/// The values of a cell that holds several, split on `|` or `;`, trimmed,
/// empty ones left out.
pub fn list(cell: &str) -> Vec<String> {
    cell.split(['|', ';'])
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
        .collect()
}

// ---------------------------------------------------------------------------
// Vocabulary words.

/// The marks of inclusive writing between a word and its feminine or plural
/// ending: `allié·e`, `allié.e`, `allié(e)`, `allié•e` (deunicode reads `·`
/// and `•` as `*`).
const ENDING_MARKS: [char; 4] = ['*', '.', '(', ')'];

/// The endings inclusive writing adds after a mark or a hyphen
/// (`ami·e·s`, `actif·ve`, `observateur·rice`, `allié-e`).
const ENDINGS: [&str; 9] = ["e", "s", "es", "ve", "ves", "ive", "ives", "rice", "trice"];

/// The key under which a vocabulary word is looked up: folded, then a
/// final `s` and final `e`s taken off each word, and a final `ive` read as
/// `if`. So `allié·e`, `allié(e)`, `allié.e`, `alliée`, `allié-e` and
/// `alliés` all read `alli`, and `active`, `actives`, `actif·ve` all read
/// `actif`. Only vocabulary words are read so: names and headers compare
/// by `fold`.
fn key(text: &str) -> String {
    fold(text)
        .split(' ')
        .map(plain)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `rest` is only marks and endings: `·e·s`, `(e)`, `.ve`.
/// A mark with no ending after it (`Tél.`, `(1-5)`) is punctuation, kept.
fn inclusive_endings(rest: &str) -> bool {
    let mut endings = rest
        .split(ENDING_MARKS)
        .filter(|e| !e.is_empty())
        .peekable();
    endings.peek().is_some() && endings.all(|ending| ENDINGS.contains(&ending))
}

/// A word without its final `s` and `e`s, `ive` read as `if`.
fn plain(word: &str) -> String {
    if word.len() <= 3 {
        return word.to_string();
    }
    let word = word.strip_suffix('s').unwrap_or(word);
    let word = word.trim_end_matches('e');
    match word.strip_suffix("iv") {
        Some(stem) => format!("{stem}if"),
        None => word.to_string(),
    }
}

/// One vocabulary as a spreadsheet may spell it: the file's words (from
/// the enum), the words people write in English, and French words.
struct Words<T: 'static> {
    what: &'static str,
    all: &'static [T],
    file: fn(T) -> &'static str,
    people: fn(T) -> &'static str,
    /// For each value, the French words (the first is the one suggested),
    /// and English words beyond the file's.
    other: &'static [(T, &'static [&'static str])],
    /// Words that could name several values of the vocabulary.
    ambiguous: &'static [(&'static str, &'static [T])],
    /// The key of each word, made once: a sheet reads thousands of cells.
    keys: OnceLock<Vec<(String, T)>>,
}

impl<T: Copy + PartialEq + Display> Words<T> {
    /// Every word of the vocabulary with the value it names.
    fn each(&self) -> impl Iterator<Item = (&'static str, T)> + '_ {
        let own = self
            .all
            .iter()
            .flat_map(|&v| [((self.file)(v), v), ((self.people)(v), v)]);
        let other = self
            .other
            .iter()
            .flat_map(|&(v, words)| words.iter().map(move |&w| (w, v)));
        own.chain(other)
    }

    fn read(&self, cell: &str) -> Result<T, String> {
        let cell = cell.trim();
        let wanted = key(cell);
        let keys = self.keys.get_or_init(|| {
            self.each()
                .map(|(word, value)| (key(word), value))
                .collect()
        });
        let mut found: Vec<T> = Vec::new();
        for (word, value) in keys {
            if *word == wanted && !found.contains(value) {
                found.push(*value);
            }
        }
        if found.is_empty()
            && let Some((_, values)) = self.ambiguous.iter().find(|(w, _)| key(w) == wanted)
        {
            found = values.to_vec();
        }
        match found.as_slice() {
            [value] => Ok(*value),
            [] => Err(format!(
                "`{cell}` is not one of the {}: write one of {}",
                self.what,
                self.allowed()
            )),
            several => Err(format!(
                "`{cell}` could be {}: write one of {}",
                or(several),
                self.allowed()
            )),
        }
    }

    /// The file's words, and the French word of each.
    fn allowed(&self) -> String {
        let file: Vec<&str> = self.all.iter().map(|&v| (self.file)(v)).collect();
        let french: Vec<&str> = self
            .all
            .iter()
            .filter_map(|&v| self.other.iter().find(|(o, _)| *o == v))
            .map(|(_, words)| words[0])
            .collect();
        format!("{} (in French: {})", file.join(", "), french.join(", "))
    }
}

/// `a or b`, `a, b or c`.
fn or<T: Display>(values: &[T]) -> String {
    let words: Vec<String> = values.iter().map(T::to_string).collect();
    match words.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

static STATUSES: Words<Status> = Words {
    what: Status::WHAT,
    all: Status::ALL,
    file: Status::as_str,
    people: Status::as_str,
    other: &[
        (
            Status::Prospect,
            &["prospect", "à contacter", "piste", "potentiel"],
        ),
        (Status::Contacted, &["contacté", "approché", "sollicité"]),
        (
            Status::Dialogue,
            &[
                "en dialogue",
                "en discussion",
                "discussion",
                "en pourparlers",
                "in talks",
            ],
        ),
        (Status::Member, &["membre", "adhérent", "joined"]),
        (
            Status::Declined,
            &[
                "refusé",
                "décliné",
                "a refusé",
                "a décliné",
                "pas intéressé",
                "refused",
            ],
        ),
        (
            Status::Left,
            &[
                "parti",
                "a quitté",
                "quitté",
                "ancien membre",
                "former member",
            ],
        ),
        (
            Status::Watch,
            &[
                "à surveiller",
                "surveillé",
                "sous surveillance",
                "en veille",
                "watched",
                "watching",
            ],
        ),
    ],
    ambiguous: &[],
    keys: OnceLock::new(),
};

static PARTICIPATIONS: Words<Participation> = Words {
    what: Participation::WHAT,
    all: Participation::ALL,
    file: Participation::as_str,
    people: Participation::as_str,
    other: &[
        (
            Participation::Core,
            &["noyau", "cœur", "noyau dur", "central"],
        ),
        (Participation::Active, &["actif", "régulier"]),
        (
            Participation::Supporter,
            &["soutien", "sympathisant", "en soutien", "appui", "support"],
        ),
        (
            Participation::Observer,
            &["observateur", "observatrice", "observation"],
        ),
    ],
    ambiguous: &[],
    keys: OnceLock::new(),
};

static SPECTRUM: Words<Spectrum> = Words {
    what: Spectrum::WHAT,
    all: Spectrum::ALL,
    file: Spectrum::as_str,
    people: Spectrum::as_str,
    other: &[
        (Spectrum::ActiveAlly, &["allié actif", "alliée active"]),
        (Spectrum::PassiveAlly, &["allié passif", "alliée passive"]),
        (Spectrum::Neutral, &["neutre", "indécis"]),
        (
            Spectrum::PassiveOpposition,
            &[
                "opposition passive",
                "opposant passif",
                "adversaire passif",
                "passive opponent",
            ],
        ),
        (
            Spectrum::ActiveOpposition,
            &[
                "opposition active",
                "opposant actif",
                "adversaire actif",
                "active opponent",
            ],
        ),
    ],
    ambiguous: &[
        ("allié", &[Spectrum::ActiveAlly, Spectrum::PassiveAlly]),
        ("ally", &[Spectrum::ActiveAlly, Spectrum::PassiveAlly]),
        (
            "opposant",
            &[Spectrum::PassiveOpposition, Spectrum::ActiveOpposition],
        ),
        (
            "opposition",
            &[Spectrum::PassiveOpposition, Spectrum::ActiveOpposition],
        ),
        (
            "adversaire",
            &[Spectrum::PassiveOpposition, Spectrum::ActiveOpposition],
        ),
        (
            "opponent",
            &[Spectrum::PassiveOpposition, Spectrum::ActiveOpposition],
        ),
    ],
    keys: OnceLock::new(),
};

static ROLES: Words<Role> = Words {
    what: Role::WHAT,
    all: Role::ALL,
    file: Role::as_str,
    people: Role::as_str,
    other: &[
        (Role::Citizen, &["citoyen", "citoyenne"]),
        (Role::Rebel, &["rebelle"]),
        (
            Role::Reformer,
            &["réformateur", "réformatrice", "réformiste"],
        ),
        (
            Role::ChangeAgent,
            &["agent de changement", "agente de changement"],
        ),
    ],
    ambiguous: &[],
    keys: OnceLock::new(),
};

static RESOURCE_TYPES: Words<ResourceType> = Words {
    what: ResourceType::WHAT,
    all: ResourceType::ALL,
    file: ResourceType::as_str,
    people: ResourceType::as_str,
    other: &[
        (
            ResourceType::Expertise,
            &["expertise", "compétences", "savoir-faire"],
        ),
        (
            ResourceType::Money,
            &["argent", "financement", "fonds", "dons", "funding", "funds"],
        ),
        (ResourceType::Data, &["données", "études", "statistiques"]),
        (
            ResourceType::Visibility,
            &["visibilité", "médias", "rayonnement", "media"],
        ),
        (ResourceType::Mobilization, &["mobilisation"]),
        (
            ResourceType::Space,
            &["espace", "lieu", "salle", "local", "room", "venue"],
        ),
        (
            ResourceType::Material,
            &["matériel", "équipement", "fournitures", "equipment"],
        ),
    ],
    ambiguous: &[],
    keys: OnceLock::new(),
};

static BOUNDARY_LEVELS: Words<BoundaryLevel> = Words {
    what: BoundaryLevel::WHAT,
    all: BoundaryLevel::ALL,
    file: BoundaryLevel::as_str,
    people: BoundaryLevel::as_str,
    other: &[
        (BoundaryLevel::Refuse, &["refus", "refuser"]),
        (BoundaryLevel::Limited, &["limité", "distance"]),
    ],
    ambiguous: &[],
    keys: OnceLock::new(),
};

pub fn status(cell: &str) -> Result<Status, String> {
    STATUSES.read(cell)
}

pub fn participation(cell: &str) -> Result<Participation, String> {
    PARTICIPATIONS.read(cell)
}

pub fn spectrum(cell: &str) -> Result<Spectrum, String> {
    SPECTRUM.read(cell)
}

pub fn role(cell: &str) -> Result<Role, String> {
    ROLES.read(cell)
}

pub fn resource_type(cell: &str) -> Result<ResourceType, String> {
    RESOURCE_TYPES.read(cell)
}

pub fn boundary_level(cell: &str) -> Result<BoundaryLevel, String> {
    BOUNDARY_LEVELS.read(cell)
}

// ---------------------------------------------------------------------------
// Yes and no, numbers, dates.

/// yes/no, true/false, oui/non, vrai/faux, y/n, o/n, 1/0, and a ticked box
/// (`x`, `✓`, `✔`, `☑`, `☒`) for yes. An empty cell is not a flag: the
/// caller skips it.
pub fn flag(cell: &str) -> Result<bool, String> {
    let cell = cell.trim();
    if matches!(cell, "✓" | "✔" | "☑" | "☒") {
        return Ok(true);
    }
    match fold(cell).as_str() {
        "yes" | "y" | "true" | "1" | "x" | "oui" | "o" | "vrai" => Ok(true),
        "no" | "n" | "false" | "0" | "non" | "faux" => Ok(false),
        _ => Err(format!(
            "`{cell}` is not yes or no: write yes or no (oui or non)"
        )),
    }
}

/// A score from 1 to 5; `3.0` and `3,0`, as a spreadsheet may write a
/// whole number, are 3.
pub fn score(cell: &str) -> Result<u8, String> {
    let cell = cell.trim();
    let whole = match cell.split_once(['.', ',']) {
        Some((whole, decimals)) if !decimals.is_empty() && decimals.bytes().all(|b| b == b'0') => {
            whole
        }
        _ => cell,
    };
    match whole.parse::<i64>() {
        Ok(n @ 1..=5) => Ok(n as u8),
        Ok(_) => Err(format!("`{cell}` is not a score from 1 to 5")),
        Err(_) => Err(format!(
            "`{cell}` is not a score: write a whole number from 1 to 5"
        )),
    }
}

/// A number of people: `1200`, `1 200` (a space, or a no-break space, between
/// thousands). `1,200` and `1.200` are refused: a thousand in one country,
/// one and a fifth in another.
pub fn count(cell: &str) -> Result<u64, String> {
    let cell = cell.trim();
    let not_a_count = || format!("`{cell}` is not a whole number of people: write it like 1200");
    let groups: Vec<&str> = cell.split([' ', '\u{a0}', '\u{202f}']).collect();
    let grouped = groups.len() == 1
        || ((1..=3).contains(&groups[0].trim_start_matches('+').len())
            && groups[1..].iter().all(|g| g.len() == 3));
    if !grouped {
        return Err(not_a_count());
    }
    let digits = groups.concat();
    if let Some((whole, rest)) = digits.split_once([',', '.'])
        && !whole.is_empty()
        && rest.len() == 3
        && rest.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(format!(
            "`{cell}` could be {whole} thousand or {whole} and a fraction: write it without a separator, like {whole}{rest}"
        ));
    }
    let digits = digits.strip_prefix('+').unwrap_or(&digits);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(not_a_count());
    }
    match digits.parse::<i64>() {
        Ok(n) => Ok(n.unsigned_abs()),
        Err(_) => Err(format!("`{cell}` is too large: at most {}", i64::MAX)),
    }
}

/// A date: `2026-11-25`, a spreadsheet's timestamp of that day
/// (`2026-11-25 00:00:00`), or `25/11/2026` (also with `.` or `-`) when the
/// day and month cannot be mistaken: the day is above 12, or the day and
/// the month are the same. `11/25/2026`, the American order, likewise.
pub fn date(cell: &str) -> Result<NaiveDate, String> {
    let cell = cell.trim();
    if let Ok(day) = NaiveDate::parse_from_str(cell, "%Y-%m-%d") {
        return Ok(day);
    }
    for format in ["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"] {
        if let Ok(time) = NaiveDateTime::parse_from_str(cell, format) {
            return Ok(time.date());
        }
    }
    let not_a_date = || format!("`{cell}` is not a date: write it like 2026-11-25");
    let parts: Vec<&str> = cell.split(['/', '.', '-']).collect();
    let [first, second, year] = parts.as_slice() else {
        return Err(not_a_date());
    };
    let separators = cell.chars().filter(|c| matches!(c, '/' | '.' | '-'));
    if year.len() != 4 || separators.collect::<std::collections::HashSet<_>>().len() != 1 {
        return Err(not_a_date());
    }
    let number = |text: &str| text.parse::<u32>().map_err(|_| not_a_date());
    let (first, second, year) = (number(first)?, number(second)?, number(year)? as i32);
    let day = |d, m| NaiveDate::from_ymd_opt(year, m, d).ok_or_else(not_a_date);
    match (first, second) {
        (d, m) if d > 12 || d == m => day(d, m),
        (m, d) if d > 12 => day(d, m),
        (a, b) => {
            let (one, other) = (day(a, b)?, day(b, a)?);
            Err(format!(
                "`{cell}` could be {} or {}: write {one} or {other}",
                one.format("%-d %B"),
                other.format("%-d %B")
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_compares_headers_and_words() {
        assert_eq!(fold("  Intérêt "), "interet");
        assert_eq!(fold("Active_Ally"), "active ally");
        assert_eq!(fold("change-agent"), "change agent");
        assert_eq!(fold("Cœur"), "coeur");
        for impacted in [
            "Impacté",
            "Impacté·e",
            "Impacté(e)",
            "impacté.e",
            "Impacté-e",
            "IMPACTÉ•E",
        ] {
            assert_eq!(fold(impacted), "impacte", "{impacted}");
        }
        assert_eq!(fold("Groupe(s)"), "groupe");
        assert_eq!(fold("Les Ami·e·s de la Terre"), "les ami de la terre");
        // Final letters stay: only vocabulary words lose them.
        assert_eq!(fold("Impactée"), "impactee");
        assert_eq!(fold("e-mail"), "e mail");
        assert_eq!(fold("Tél."), "tel.");
        assert_eq!(fold("Pouvoir (1-5)"), "pouvoir (1 5)");
    }

    #[test]
    fn lists_split_on_bars_and_semicolons() {
        assert_eq!(list(" rebel | citizen;; "), ["rebel", "citizen"]);
        assert!(list(" ").is_empty());
    }

    #[test]
    fn inclusive_writing_reads_as_one_word() {
        for spelling in [
            "allié·e",
            "allié(e)",
            "allié.e",
            "alliée",
            "allié-e",
            "alliés",
            "Allié•e•s",
            "ALLIÉ",
        ] {
            assert_eq!(key(spelling), "alli", "{spelling}");
        }
        for spelling in [
            "actif",
            "active",
            "actifs",
            "actives",
            "actif·ve",
            "actif(ve)",
            "Active",
        ] {
            assert_eq!(key(spelling), "actif", "{spelling}");
        }
        assert_eq!(key("observateur·rice"), key("observateur"));
        assert_eq!(key("agent·e de changement"), key("agent de changement"));
        // A word that ends with a mark and more than an ending keeps it.
        assert_eq!(key("a.b"), "a.b");
    }

    #[test]
    fn words_in_french_or_english_name_their_value() {
        assert_eq!(status("Membre"), Ok(Status::Member));
        assert_eq!(status(" membres "), Ok(Status::Member));
        assert_eq!(status("Contactée"), Ok(Status::Contacted));
        assert_eq!(status("EN DISCUSSION"), Ok(Status::Dialogue));
        assert_eq!(status("à surveiller"), Ok(Status::Watch));
        assert_eq!(status("a quitté"), Ok(Status::Left));
        assert_eq!(participation("Cœur"), Ok(Participation::Core));
        assert_eq!(participation("sympathisante"), Ok(Participation::Supporter));
        assert_eq!(
            participation("observateur·rice"),
            Ok(Participation::Observer)
        );
        assert_eq!(spectrum("allié·e actif·ve"), Ok(Spectrum::ActiveAlly));
        assert_eq!(spectrum("Alliée passive"), Ok(Spectrum::PassiveAlly));
        assert_eq!(spectrum("active ally"), Ok(Spectrum::ActiveAlly));
        assert_eq!(spectrum("Active_Ally"), Ok(Spectrum::ActiveAlly));
        assert_eq!(spectrum("opposante active"), Ok(Spectrum::ActiveOpposition));
        assert_eq!(role("Réformiste"), Ok(Role::Reformer));
        assert_eq!(role("agente de changement"), Ok(Role::ChangeAgent));
        assert_eq!(resource_type("Financement"), Ok(ResourceType::Money));
        assert_eq!(resource_type("salle"), Ok(ResourceType::Space));
        assert_eq!(boundary_level("limitée"), Ok(BoundaryLevel::Limited));
    }

    #[test]
    fn an_ambiguous_word_is_refused_with_the_allowed_words() {
        assert_eq!(
            spectrum("allié").unwrap_err(),
            "`allié` could be active_ally or passive_ally: write one of active_ally, \
             passive_ally, neutral, passive_opposition, active_opposition (in French: \
             allié actif, allié passif, neutre, opposition passive, opposition active)"
        );
        assert!(
            spectrum("Alliées")
                .unwrap_err()
                .starts_with("`Alliées` could be")
        );
        assert!(
            spectrum("opposant")
                .unwrap_err()
                .contains("passive_opposition or active_opposition")
        );
    }

    #[test]
    fn an_unknown_word_is_refused_with_the_allowed_words() {
        assert_eq!(
            status("ami").unwrap_err(),
            "`ami` is not one of the statuses: write one of prospect, contacted, dialogue, \
             member, declined, left, watch (in French: prospect, contacté, en dialogue, \
             membre, refusé, parti, à surveiller)"
        );
        assert!(participation("member").is_err());
    }

    /// One vocabulary's words checked: each value is read from its file
    /// word, its people word and a French word; each word reads as its value
    /// (so none names two).
    fn check<T: Copy + PartialEq + Display + std::fmt::Debug>(words: &Words<T>) {
        for &value in words.all {
            assert_eq!(words.read((words.file)(value)), Ok(value));
            assert_eq!(words.read((words.people)(value)), Ok(value));
            assert_eq!(words.read(&value.to_string().replace('_', " ")), Ok(value));
            let french = words.other.iter().find(|(v, _)| *v == value);
            assert!(
                french.is_some(),
                "{}: {value} has no French word",
                words.what
            );
        }
        for (word, value) in words.each() {
            assert_eq!(words.read(word), Ok(value), "{}: `{word}`", words.what);
        }
        for (word, values) in words.ambiguous {
            assert!(values.len() > 1, "{word}");
            assert!(words.read(word).unwrap_err().contains("could be"), "{word}");
        }
    }

    #[test]
    fn every_value_is_reachable_and_no_word_names_two() {
        check(&STATUSES);
        check(&PARTICIPATIONS);
        check(&SPECTRUM);
        check(&ROLES);
        check(&RESOURCE_TYPES);
        check(&BOUNDARY_LEVELS);
    }

    #[test]
    fn flags_in_english_french_and_ticks() {
        for yes in [
            "yes", "Y", "true", "1", "x", "X", "✓", "✔", "☑", "Oui", "o", "VRAI",
        ] {
            assert_eq!(flag(yes), Ok(true), "{yes}");
        }
        for no in ["no", "N", "false", "0", "non", "Faux"] {
            assert_eq!(flag(no), Ok(false), "{no}");
        }
        assert!(flag("").is_err());
        assert!(flag("maybe").unwrap_err().contains("yes or no"));
    }

    #[test]
    fn scores_are_whole_numbers_from_one_to_five() {
        for three in ["3", " 3 ", "3.0", "3,0", "3,00"] {
            assert_eq!(score(three), Ok(3), "{three}");
        }
        for wrong in ["0", "6", "-1", "2.5", "high", "3.", ""] {
            let problem = score(wrong).unwrap_err();
            assert!(
                problem.contains(&format!("`{wrong}` is not a score")),
                "{problem}"
            );
            assert!(problem.contains("1 to 5"), "{wrong}: {problem}");
        }
    }

    #[test]
    fn counts_take_spaces_between_thousands() {
        for twelve_hundred in ["1200", " 1 200 ", "1\u{a0}200", "1\u{202f}200", "+1200"] {
            assert_eq!(count(twelve_hundred), Ok(1200), "{twelve_hundred:?}");
        }
        assert_eq!(count("12 345 678"), Ok(12_345_678));
        for ambiguous in ["1,200", "1.200"] {
            assert!(
                count(ambiguous).unwrap_err().contains("like 1200"),
                "{ambiguous}"
            );
        }
        assert!(count("12 00").unwrap_err().contains("like 1200"));
        assert!(count("-3").unwrap_err().contains("whole number"));
        assert!(
            count("99999999999999999999")
                .unwrap_err()
                .contains("too large")
        );
        assert_eq!(count("0"), Ok(0));
        assert!(count("1,5").unwrap_err().contains("whole number"));
        assert!(count("many").is_err());
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn dates_as_spreadsheets_write_them() {
        for written in [
            "2026-11-25",
            " 2026-11-25 ",
            "25/11/2026",
            "25.11.2026",
            "25-11-2026",
            "11/25/2026",
            "2026-11-25 00:00:00",
            "2026-11-25T00:00:00",
        ] {
            assert_eq!(date(written), Ok(day(2026, 11, 25)), "{written}");
        }
        assert_eq!(date("04/04/2026"), Ok(day(2026, 4, 4)));
        assert_eq!(
            date("03/04/2026").unwrap_err(),
            "`03/04/2026` could be 3 April or 4 March: write 2026-04-03 or 2026-03-04"
        );
        for wrong in [
            "25/11/26",
            "31/02/2026",
            "25/11-2026",
            "soon",
            "2026-13-01",
            "13/13/2026",
        ] {
            assert!(date(wrong).unwrap_err().contains("2026-11-25"), "{wrong}");
        }
    }
}
