//! The closed vocabularies of schema 1. Each list is written once, here;
//! parsing, error messages, prompts and the JSON Schema all read it from the enum.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Defines a vocabulary enum: snake_case on disk, `ALL` in file order,
/// `as_str`, `meaning`, `Display`, and a `FromStr` whose error lists the
/// valid words.
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

            /// What the word means, in a line: the one text that help,
            /// the glossary and reports give (`i18n/*/coal.ftl`).
            pub fn meaning(self) -> String {
                match self {
                    $($name::$variant => crate::i18n::text(concat!("vocab-", stringify!($name), "-", $word, "-meaning"))),+
                }
            }

            /// The word in prose, in the language in use: "active ally",
            /// « allié·e actif·ve ».
            pub fn label(self) -> String {
                match self {
                    $($name::$variant => crate::i18n::text(concat!("vocab-", stringify!($name), "-", $word))),+
                }
            }

            /// The word in a table cell or a list: the file's own word on
            /// an English screen (`active_ally`, what to type), its label
            /// on a French one (the file keeps `member`; « membre » shows).
            pub fn word(self) -> String {
                match crate::i18n::current() {
                    crate::i18n::Lang::En => self.as_str().to_string(),
                    _ => self.label(),
                }
            }

            /// Each word and what it means, as a menu offers it (`word:
            /// meaning`), in file order.
            pub fn explained() -> Vec<String> {
                Self::meanings()
                    .map(|(word, meaning)| format!("{word}: {meaning}"))
                    .collect()
            }

            /// Each word with its meaning, in file order (the glossary).
            pub fn meanings() -> impl Iterator<Item = (&'static str, String)> {
                Self::ALL.iter().map(|v| (v.as_str(), v.meaning()))
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
                    .ok_or_else(|| {
                        // One selector per vocabulary: "statuses" is « statuts ».
                        crate::t!(
                            "vocab-not-one-of",
                            word = s,
                            vocabulary = stringify!($name),
                            words = Self::words().join(", ")
                        )
                    })
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
    /// The languages coal speaks: `--lang`, `COAL_LANG`, and a coalition's
    /// own `language` for its documents.
    Language, "languages" {
        En = "en",
        Fr = "fr",
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
