//! Schema 1, written once as data: every table, its keys in SPEC order and
//! the type of each value. Validation reads it, and so do the canonical
//! order of `coal fmt`, the place of every key an edit inserts (`rank`,
//! `top_rank`), and the JSON Schema of `coal schema`.

use super::register::Register;
use super::vocab::*;

/// A closed vocabulary, seen from the schema.
#[derive(Clone, Copy)]
pub struct Vocab {
    pub what: &'static str,
    pub words: fn() -> Vec<&'static str>,
    pub check: fn(&str) -> Result<(), String>,
}

macro_rules! vocab {
    ($name:ident) => {
        Vocab {
            what: $name::WHAT,
            words: $name::words,
            check: |s| s.parse::<$name>().map(|_| ()),
        }
    };
}

pub const STATUS: Vocab = vocab!(Status);
pub const PARTICIPATION: Vocab = vocab!(Participation);
pub const SPECTRUM: Vocab = vocab!(Spectrum);
pub const ROLE: Vocab = vocab!(Role);
pub const RESOURCE: Vocab = vocab!(ResourceType);
pub const BOUNDARY_LEVEL: Vocab = vocab!(BoundaryLevel);
pub const KIND: Vocab = vocab!(CoalitionKind);
pub const VISIBILITY: Vocab = vocab!(Visibility);
pub const LANGUAGE: Vocab = vocab!(Language);
pub const STEP_STATUS: Vocab = vocab!(StepStatus);
pub const RULE: Vocab = vocab!(DecisionRule);

/// The type of one value.
#[derive(Clone, Copy)]
pub enum Ty {
    Text,
    Bool,
    Int {
        min: i64,
        max: i64,
    },
    Date,
    /// A time of day, written `"18:30"` (a TOML local time `18:30:00` is
    /// read too).
    Time,
    /// A list of free texts (languages, accessibility).
    Texts,
    /// The date of a general assembly: step 3's or one in `assemblies`.
    AssemblyDate,
    Word(Vocab),
    Words(Vocab),
    /// The id of an entry of a register.
    Ref(Register),
    /// An array of ids of entries of a register.
    Refs(Register),
    /// `"assembly"` or a committee id.
    DecidedBy,
    /// A table from resource type to its details: a text, or a list of
    /// texts once there are several.
    Resources,
    Table(&'static [Field]),
    /// An array of tables (inline or `[[...]]`).
    List(&'static [Field]),
}

#[derive(Clone, Copy)]
pub struct Field {
    pub key: &'static str,
    pub ty: Ty,
    pub required: bool,
}

const fn req(key: &'static str, ty: Ty) -> Field {
    Field {
        key,
        ty,
        required: true,
    }
}

const fn opt(key: &'static str, ty: Ty) -> Field {
    Field {
        key,
        ty,
        required: false,
    }
}

const SCORE: Ty = Ty::Int { min: 1, max: 5 };

pub const COALITION: &[Field] = &[
    req("name", Ty::Text),
    req("unity_statement", Ty::Text),
    opt("kind", Ty::Word(KIND)),
    opt("visibility", Ty::Word(VISIBILITY)),
    opt("created", Ty::Date),
    opt("language", Ty::Word(LANGUAGE)),
    opt("organizers", Ty::Texts),
];

pub const AGREEMENTS: &[Field] = &[
    opt("no_public_denouncing", Ty::Bool),
    opt("diversity_of_tactics", Ty::Bool),
    opt("feedback_every_days", Ty::Int { min: 1, max: 3650 }),
];

const PROGRESS: [Field; 4] = [
    opt("status", Ty::Word(STEP_STATUS)),
    opt("started", Ty::Date),
    opt("finished", Ty::Date),
    opt("notes", Ty::Text),
];

pub const STEP_CONTACT: &[Field] = &PROGRESS;

pub const STEP_DRAFT: &[Field] = &[
    PROGRESS[0],
    PROGRESS[1],
    PROGRESS[2],
    PROGRESS[3],
    opt("vision", Ty::Text),
    opt("culture", Ty::Text),
    opt("structure", Ty::Text),
    opt("co_authors", Ty::Refs(Register::Groups)),
];

/// What every general assembly has after its date, step 3's and the later
/// ones', in this order.
const MEETING: [Field; 10] = [
    opt("start", Ty::Time),
    opt("end", Ty::Time),
    opt("place", Ty::Text),
    opt("languages", Ty::Texts),
    opt("accessibility", Ty::Texts),
    opt("rsvp", Ty::Text),
    opt("invited", Ty::Refs(Register::Groups)),
    opt("answered", Ty::Refs(Register::Groups)),
    opt("attended", Ty::Refs(Register::Groups)),
    opt("agenda", Ty::Text),
];

pub const STEP_ASSEMBLY: &[Field] = &[
    PROGRESS[0],
    PROGRESS[1],
    PROGRESS[2],
    PROGRESS[3],
    opt("date", Ty::Date),
    MEETING[0],
    MEETING[1],
    MEETING[2],
    MEETING[3],
    MEETING[4],
    MEETING[5],
    MEETING[6],
    MEETING[7],
    MEETING[8],
    MEETING[9],
];

/// A general assembly after the first (step 3 is the first): the same
/// fields as step 3, in the same order, the date required and identifying it.
pub const ASSEMBLY: &[Field] = &[
    req("date", Ty::Date),
    MEETING[0],
    MEETING[1],
    MEETING[2],
    MEETING[3],
    MEETING[4],
    MEETING[5],
    MEETING[6],
    MEETING[7],
    MEETING[8],
    MEETING[9],
    opt("notes", Ty::Text),
];

pub const QUESTION: &[Field] = &[
    req("question", Ty::Text),
    opt("answer", Ty::Text),
    opt("asked_by", Ty::Ref(Register::Groups)),
];

pub const STEP_PRESENTATION: &[Field] = &[
    PROGRESS[0],
    PROGRESS[1],
    PROGRESS[2],
    PROGRESS[3],
    opt("joined", Ty::Refs(Register::Groups)),
    opt("questions", Ty::List(QUESTION)),
];

pub const STEPS: &[Field] = &[
    opt("contact", Ty::Table(STEP_CONTACT)),
    opt("draft", Ty::Table(STEP_DRAFT)),
    opt("assembly", Ty::Table(STEP_ASSEMBLY)),
    opt("presentation", Ty::Table(STEP_PRESENTATION)),
];

pub const CONTACT: &[Field] = &[
    opt("name", Ty::Text),
    opt("email", Ty::Text),
    opt("phone", Ty::Text),
];

pub const BOUNDARY: &[Field] = &[
    opt("group", Ty::Ref(Register::Groups)),
    opt("tactic", Ty::Ref(Register::Tactics)),
    opt("level", Ty::Word(BOUNDARY_LEVEL)),
    opt("reason", Ty::Text),
];

pub const GROUP: &[Field] = &[
    req("name", Ty::Text),
    opt("status", Ty::Word(STATUS)),
    opt("participation", Ty::Word(PARTICIPATION)),
    opt("public", Ty::Bool),
    opt("impacted", Ty::Bool),
    opt("power", SCORE),
    opt("interest", SCORE),
    opt("unpredictability", SCORE),
    opt(
        "members",
        Ty::Int {
            min: 0,
            max: i64::MAX,
        },
    ),
    opt("spectrum", Ty::Word(SPECTRUM)),
    opt("spectrum_target", Ty::Word(SPECTRUM)),
    opt("roles", Ty::Words(ROLE)),
    opt("tactics", Ty::Refs(Register::Tactics)),
    opt("offers", Ty::Resources),
    opt("needs", Ty::Resources),
    opt("contacted", Ty::Date),
    opt("joined", Ty::Date),
    opt("left", Ty::Date),
    opt("intentions", Ty::Text),
    opt("notes", Ty::Text),
    opt("contact", Ty::Table(CONTACT)),
    opt("boundaries", Ty::List(BOUNDARY)),
];

pub const TACTIC: &[Field] = &[
    req("name", Ty::Text),
    opt("intensity", SCORE),
    opt("description", Ty::Text),
];

pub const SPACE: &[Field] = &[
    req("name", Ty::Text),
    opt("medium", Ty::Text),
    opt("groups", Ty::Refs(Register::Groups)),
    opt("purpose", Ty::Text),
];

pub const COMMITTEE: &[Field] = &[
    req("name", Ty::Text),
    opt("steering", Ty::Bool),
    opt("mandate", Ty::Text),
    opt("groups", Ty::Refs(Register::Groups)),
];

pub const PERSON: &[Field] = &[
    req("name", Ty::Text),
    opt("groups", Ty::Refs(Register::Groups)),
    opt("contact", Ty::Table(CONTACT)),
    opt("notes", Ty::Text),
];

pub const DECISION: &[Field] = &[
    req("date", Ty::Date),
    req("summary", Ty::Text),
    opt("by", Ty::DecidedBy),
    opt("rule", Ty::Word(RULE)),
    opt("affects", Ty::Refs(Register::Groups)),
    opt("consulted", Ty::Refs(Register::Groups)),
    opt("review_on", Ty::Date),
    opt("reviewed", Ty::Date),
    opt("assembly", Ty::AssemblyDate),
];

pub const FEEDBACK: &[Field] = &[
    req("date", Ty::Date),
    req("group", Ty::Ref(Register::Groups)),
    req("text", Ty::Text),
    opt("by", Ty::Ref(Register::People)),
];

/// The keys at the top of the file, in SPEC order. Registers and logs are
/// described by `entry_fields` and `DECISION` / `FEEDBACK`.
pub const TOP_LEVEL: &[&str] = &[
    "schema",
    "coalition",
    "agreements",
    "steps",
    "groups",
    "tactics",
    "spaces",
    "committees",
    "people",
    "assemblies",
    "decisions",
    "feedback",
];

/// The logs: arrays of tables at the top of the file, one `[[...]]` per
/// entry.
pub const LOGS: &[&str] = &["assemblies", "decisions", "feedback"];

/// A register or log of the top level as one of its entries is called, as
/// the commands say it (`coal add-person`, `coal add-assembly`): `people` →
/// `person`. None for other keys.
pub fn singular(key: &str) -> Option<&'static str> {
    match key {
        "assemblies" => Some("assembly"),
        "decisions" => Some("decision"),
        "feedback" => Some("feedback"),
        _ => Register::ALL
            .into_iter()
            .find(|register| register.key() == key)
            .map(Register::singular),
    }
}

pub fn entry_fields(register: Register) -> &'static [Field] {
    match register {
        Register::Groups => GROUP,
        Register::Tactics => TACTIC,
        Register::Spaces => SPACE,
        Register::Committees => COMMITTEE,
        Register::People => PERSON,
    }
}

/// Whether `key` names other entries (a group, tactics, who decided, …) in
/// some table of the schema.
pub fn is_reference(key: &str) -> bool {
    fn any(fields: &[Field], key: &str) -> bool {
        fields.iter().any(|field| match field.ty {
            Ty::Ref(_) | Ty::Refs(_) | Ty::DecidedBy => field.key == key,
            Ty::Table(inner) | Ty::List(inner) => any(inner, key),
            _ => false,
        })
    }
    let tables = [COALITION, AGREEMENTS, STEPS, ASSEMBLY, DECISION, FEEDBACK];
    tables.iter().any(|fields| any(fields, key))
        || Register::ALL
            .iter()
            .any(|&register| any(entry_fields(register), key))
}

/// Where `key` goes among the keys of a table with `fields`: its place in
/// the schema, keys the schema does not know after all it knows. `coal fmt`
/// orders keys by it and edits insert new keys by it, so the two agree.
pub fn rank(fields: &[Field], key: &str) -> usize {
    fields
        .iter()
        .position(|f| f.key == key)
        .unwrap_or(fields.len())
}

/// Where a top-level key and its tables go in the file (`TOP_LEVEL` order).
pub fn top_rank(key: &str) -> usize {
    TOP_LEVEL
        .iter()
        .position(|k| *k == key)
        .unwrap_or(TOP_LEVEL.len())
}

/// The fields of the table a field holds (a contact, a boundary, a
/// question); none for other values.
pub fn nested(fields: &[Field], key: &str) -> &'static [Field] {
    match fields.iter().find(|f| f.key == key).map(|f| f.ty) {
        Some(Ty::Table(nested) | Ty::List(nested)) => nested,
        _ => &[],
    }
}

/// The fields of the table at `path`: `["groups", "x"]` a group's,
/// `["steps", "draft"]` the draft's, `["feedback"]` (a list) each entry's,
/// `["groups", "x", "boundaries"]` each boundary's. None for a path the
/// schema does not describe, or a register (its keys are ids).
pub fn fields_at(path: &[&str]) -> &'static [Field] {
    let Some((first, rest)) = path.split_first() else {
        return &[];
    };
    let (mut fields, rest) = match *first {
        "coalition" => (COALITION, rest),
        "agreements" => (AGREEMENTS, rest),
        "steps" => (STEPS, rest),
        "assemblies" => (ASSEMBLY, rest),
        "decisions" => (DECISION, rest),
        "feedback" => (FEEDBACK, rest),
        key => match (
            Register::ALL.into_iter().find(|r| r.key() == key),
            rest.split_first(),
        ) {
            (Some(register), Some((_id, rest))) => (entry_fields(register), rest),
            _ => return &[],
        },
    };
    for key in rest {
        fields = nested(fields, key);
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Step 3 and the later assemblies list the meeting's fields one by
    /// one: a field added to `MEETING` and not to both would be missed.
    #[test]
    fn every_assembly_holds_every_meeting_field_in_order() {
        let keys = |fields: &[Field]| -> Vec<&str> { fields.iter().map(|f| f.key).collect() };
        let meeting = keys(&MEETING);
        assert_eq!(keys(&STEP_ASSEMBLY[5..]), meeting);
        assert_eq!(keys(&ASSEMBLY[1..ASSEMBLY.len() - 1]), meeting);
    }

    #[test]
    fn fields_at_follows_the_tables_of_the_schema() {
        let keys = |path: &[&str]| -> Vec<&str> { fields_at(path).iter().map(|f| f.key).collect() };
        assert_eq!(keys(&["groups", "x"])[..2], ["name", "status"]);
        assert_eq!(
            keys(&["groups", "x", "boundaries"]),
            ["group", "tactic", "level", "reason"]
        );
        assert_eq!(
            keys(&["people", "p", "contact"]),
            ["name", "email", "phone"]
        );
        assert_eq!(
            keys(&["steps", "presentation", "questions"]),
            ["question", "answer", "asked_by"]
        );
        assert_eq!(keys(&["feedback"]), ["date", "group", "text", "by"]);
        assert!(keys(&["groups"]).is_empty());
        assert!(keys(&["groups", "x", "notes"]).is_empty());
        assert!(keys(&["unknown", "x"]).is_empty());
    }

    #[test]
    fn unknown_keys_rank_after_known_ones() {
        assert!(rank(GROUP, "status") < rank(GROUP, "contact"));
        assert_eq!(rank(GROUP, "colour"), GROUP.len());
        assert!(top_rank("decisions") < top_rank("feedback"));
        assert!(top_rank("people") < top_rank("assemblies"));
        assert!(top_rank("assemblies") < top_rank("decisions"));
    }

    #[test]
    fn an_assembly_has_the_fields_of_step_3_in_the_same_order() {
        let keys = |fields: &[Field]| -> Vec<&str> { fields.iter().map(|f| f.key).collect() };
        let step = keys(STEP_ASSEMBLY);
        let log = keys(ASSEMBLY);
        assert_eq!(step[4..], log[..log.len() - 1]);
        assert_eq!(log.last(), Some(&"notes"));
        assert!(step.contains(&"notes"));
        assert_eq!(top_rank("colour"), TOP_LEVEL.len());
    }
}
