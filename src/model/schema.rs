//! Schema 1, written once as data: every table, its keys in SPEC order and
//! the type of each value. Validation reads it, and so will the canonical
//! key order of `coal fmt` and the JSON Schema of `coal schema`.

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
    Word(Vocab),
    Words(Vocab),
    /// The id of an entry of a register.
    Ref(Register),
    /// An array of ids of entries of a register.
    Refs(Register),
    /// `"assembly"` or a committee id.
    DecidedBy,
    /// A table from resource type to a detail.
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

pub const STEP_ASSEMBLY: &[Field] = &[
    PROGRESS[0],
    PROGRESS[1],
    PROGRESS[2],
    PROGRESS[3],
    opt("date", Ty::Date),
    opt("place", Ty::Text),
    opt("invited", Ty::Refs(Register::Groups)),
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
    "decisions",
    "feedback",
];

/// The logs: arrays of tables at the top of the file, one `[[...]]` per
/// entry.
pub const LOGS: &[&str] = &["decisions", "feedback"];

pub fn entry_fields(register: Register) -> &'static [Field] {
    match register {
        Register::Groups => GROUP,
        Register::Tactics => TACTIC,
        Register::Spaces => SPACE,
        Register::Committees => COMMITTEE,
        Register::People => PERSON,
    }
}
