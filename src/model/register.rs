//! The registers: tables of entries keyed by id.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Register {
    Groups,
    Tactics,
    Spaces,
    Committees,
    People,
}

impl Register {
    pub const ALL: [Register; 5] = [
        Register::Groups,
        Register::Tactics,
        Register::Spaces,
        Register::Committees,
        Register::People,
    ];

    /// The table's key in the file: `groups`, `people`...
    pub fn key(self) -> &'static str {
        match self {
            Register::Groups => "groups",
            Register::Tactics => "tactics",
            Register::Spaces => "spaces",
            Register::Committees => "committees",
            Register::People => "people",
        }
    }

    /// One entry, as a person says it: `group`, `person`...
    pub fn singular(self) -> &'static str {
        match self {
            Register::Groups => "group",
            Register::Tactics => "tactic",
            Register::Spaces => "space",
            Register::Committees => "committee",
            Register::People => "person",
        }
    }
}

impl fmt::Display for Register {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}
