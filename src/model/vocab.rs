//! The closed vocabularies of schema 1. Each list is written once, here;
//! parsing, error messages, prompts and the JSON Schema all read it from the enum.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Defines a vocabulary enum: snake_case on disk, `ALL` in file order,
/// `as_str`, `Display`, and a `FromStr` whose error lists the valid words.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// What the words of this vocabulary name, in plural ("statuses").
            pub const WHAT: &'static str = $what;

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word),+
                }
            }

            pub fn words() -> Vec<&'static str> {
                Self::ALL.iter().map(|v| v.as_str()).collect()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = String;

            fn from_str(s: &str) -> Result<Self, String> {
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == s)
                    .ok_or_else(|| format!("`{s}` is not one of the valid {}: {}", $what, Self::words().join(", ")))
            }
        }
    };
}

vocabulary!(
    /// Where a group stands with the coalition.
    Status, "statuses" {
        Prospect = "prospect",
        Contacted = "contacted",
        Dialogue = "dialogue",
        Member = "member",
        Declined = "declined",
        Left = "left",
        Watch = "watch",
    }
);

vocabulary!(
    /// How much a member group takes part: groups join at their own capacity.
    Participation, "participation levels" {
        Core = "core",
        Active = "active",
        Supporter = "supporter",
        Observer = "observer",
    }
);

vocabulary!(
    /// The spectrum of allies.
    Spectrum, "spectrum positions" {
        ActiveAlly = "active_ally",
        PassiveAlly = "passive_ally",
        Neutral = "neutral",
        PassiveOpposition = "passive_opposition",
        ActiveOpposition = "active_opposition",
    }
);

impl Spectrum {
    /// The position in words, for people: "active ally".
    pub fn label(self) -> &'static str {
        match self {
            Spectrum::ActiveAlly => "active ally",
            Spectrum::PassiveAlly => "passive ally",
            Spectrum::Neutral => "neutral",
            Spectrum::PassiveOpposition => "passive opposition",
            Spectrum::ActiveOpposition => "active opposition",
        }
    }

    /// On the allies' side: passive or active ally.
    pub fn is_ally(self) -> bool {
        matches!(self, Spectrum::ActiveAlly | Spectrum::PassiveAlly)
    }

    /// On the opponents' side: passive or active opposition.
    pub fn is_opposition(self) -> bool {
        matches!(
            self,
            Spectrum::PassiveOpposition | Spectrum::ActiveOpposition
        )
    }
}

vocabulary!(
    /// Bill Moyer's four roles of social activism.
    Role, "roles" {
        Citizen = "citizen",
        Rebel = "rebel",
        Reformer = "reformer",
        ChangeAgent = "change_agent",
    }
);

vocabulary!(
    /// The kinds of resources groups share.
    ResourceType, "resource types" {
        Expertise = "expertise",
        Money = "money",
        Data = "data",
        Visibility = "visibility",
        Mobilization = "mobilization",
        Space = "space",
        Material = "material",
    }
);

vocabulary!(
    /// How firmly a group refuses to work with another group or a tactic.
    BoundaryLevel, "boundary levels" {
        Refuse = "refuse",
        Limited = "limited",
    }
);

vocabulary!(
    /// Where the coalition sits on the scale of intergroup work.
    CoalitionKind, "coalition kinds" {
        Communication = "communication",
        Collaboration = "collaboration",
        Agile = "agile",
        Traditional = "traditional",
        Alliance = "alliance",
    }
);

vocabulary!(
    /// Whether the coalition has a public identity.
    Visibility, "visibilities" {
        Public = "public",
        Informal = "informal",
    }
);

vocabulary!(
    /// Progress of one of the four first steps.
    StepStatus, "step statuses" {
        Todo = "todo",
        Doing = "doing",
        Done = "done",
    }
);

vocabulary!(
    /// How a decision was taken.
    DecisionRule, "decision rules" {
        Consensus = "consensus",
        Consent = "consent",
        Majority = "majority",
        Delegated = "delegated",
    }
);

impl Participation {
    /// What taking part at this level means, in a line: groups join at the
    /// level their means allow, so that those with the fewest resources can
    /// be part of the coalition too.
    pub fn meaning(self) -> &'static str {
        match self {
            Participation::Core => {
                "carries the coalition's work from week to week and helps decide between assemblies"
            }
            Participation::Active => "takes part in meetings and actions regularly",
            Participation::Supporter => {
                "lends what it can (resources, reach, people at key moments) without a steady commitment"
            }
            Participation::Observer => {
                "follows the coalition's work and stays informed, free to do more later"
            }
        }
    }
}

macro_rules! defaults {
    ($($name:ident => $variant:ident),+ $(,)?) => {
        $(impl Default for $name {
            fn default() -> Self {
                $name::$variant
            }
        })+
    };
}

defaults!(
    Status => Prospect,
    Participation => Active,
    BoundaryLevel => Refuse,
    CoalitionKind => Agile,
    Visibility => Informal,
    StepStatus => Todo,
    DecisionRule => Consent,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip_through_serde_and_from_str() {
        for status in Status::ALL {
            let json = serde_json::to_string(status).unwrap();
            assert_eq!(json, format!("\"{}\"", status.as_str()));
            assert_eq!(status.as_str().parse::<Status>().unwrap(), *status);
        }
        assert_eq!(Spectrum::ActiveAlly.as_str(), "active_ally");
        assert_eq!(
            serde_json::to_string(&Role::ChangeAgent).unwrap(),
            "\"change_agent\""
        );
    }

    #[test]
    fn unknown_word_lists_the_valid_ones() {
        let err = "ally".parse::<Status>().unwrap_err();
        assert_eq!(
            err,
            "`ally` is not one of the valid statuses: prospect, contacted, dialogue, member, declined, left, watch"
        );
    }
}
