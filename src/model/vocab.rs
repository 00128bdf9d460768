//! The closed vocabularies of schema 1. Each list is written once, here;
//! parsing, error messages, prompts and the JSON Schema all read it from the enum.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Defines a vocabulary enum: snake_case on disk, `ALL` in file order,
/// `as_str`, `meaning`, `Display`, and a `FromStr` whose error lists the
/// valid words.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($variant:ident = $word:literal => $meaning:literal),+ $(,)? }) => {
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
            /// the glossary and reports give.
            pub fn meaning(self) -> &'static str {
                match self {
                    $($name::$variant => $meaning),+
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
            pub fn meanings() -> impl Iterator<Item = (&'static str, &'static str)> {
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
                    .ok_or_else(|| format!("`{s}` is not one of the valid {}: {}", $what, Self::words().join(", ")))
            }
        }
    };
}

vocabulary!(
    /// Where a group stands with the coalition.
    Status, "statuses" {
        Prospect = "prospect" => "a group you might work with, not contacted yet",
        Contacted = "contacted" => "reached out to, no answer yet",
        Dialogue = "dialogue" => "talking with the coalition about joining",
        Member = "member" => "has joined the coalition and takes part in its work",
        Declined = "declined" => "was asked and said no, for now",
        Left = "left" => "was a member and has left",
        Watch = "watch" => "not a partner: a group (a company, an opponent) whose plans and means you keep an eye on",
    }
);

vocabulary!(
    /// How much a member group takes part: groups join at their own capacity.
    Participation, "participation levels" {
        Core = "core" => "carries the coalition's work from week to week and helps decide between assemblies",
        Active = "active" => "takes part in meetings and actions regularly",
        Supporter = "supporter" => "lends what it can (resources, reach, people at key moments) without a steady commitment",
        Observer = "observer" => "follows the coalition's work and stays informed, free to do more later",
    }
);

vocabulary!(
    /// The spectrum of allies.
    Spectrum, "spectrum positions" {
        ActiveAlly = "active_ally" => "agrees with the cause and acts for it",
        PassiveAlly = "passive_ally" => "agrees with the cause but does not act for it yet",
        Neutral = "neutral" => "takes no side yet",
        PassiveOpposition = "passive_opposition" => "disagrees with the cause but does not act against it",
        ActiveOpposition = "active_opposition" => "disagrees with the cause and acts against it",
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
        Citizen = "citizen" => "speaks for the common good in words most people share, which gives the movement its legitimacy",
        Rebel = "rebel" => "protests and takes direct action to show what is wrong and push for change",
        Reformer = "reformer" => "works inside institutions: laws, courts, elected people, policies",
        ChangeAgent = "change_agent" => "organizes people, builds groups and alternatives for the long run",
    }
);

vocabulary!(
    /// The kinds of resources groups share.
    ResourceType, "resource types" {
        Expertise = "expertise" => "knowledge and skills: legal, research, training, translation",
        Money = "money" => "funds, or paying for something",
        Data = "data" => "facts, studies, lists, maps",
        Visibility = "visibility" => "reach: media contacts, a known name, a large audience",
        Mobilization = "mobilization" => "people who show up at actions and events",
        Space = "space" => "a room or a place to meet or act (not a communication space)",
        Material = "material" => "equipment and supplies: sound system, banners, food",
    }
);

vocabulary!(
    /// How firmly a group refuses to work with another group or a tactic.
    BoundaryLevel, "boundary levels" {
        Refuse = "refuse" => "will not work with that group, or take part in that tactic: no shared space, committee or draft",
        Limited = "limited" => "keeps some distance: a shared communication space, but no committee or draft together",
    }
);

vocabulary!(
    /// Where the coalition sits on the scale of intergroup work.
    CoalitionKind, "coalition kinds" {
        Communication = "communication" => "groups tell each other what they plan, and nothing more",
        Collaboration = "collaboration" => "groups that disagree on much work together in a limited way, on one cause",
        Agile = "agile" => "groups unite around a unity statement, share some resources, meet at key moments and respect each other's tactics",
        Traditional = "traditional" => "one set of tactics and positions agreed together; the least flexible kind",
        Alliance = "alliance" => "groups even closer than a coalition, sharing a long-term vision",
    }
);

vocabulary!(
    /// Whether the coalition has a public identity.
    Visibility, "visibilities" {
        Public = "public" => "the coalition has a public name and speaks as one",
        Informal = "informal" => "the coalition works together without a public identity",
    }
);

vocabulary!(
    /// Progress of one of the four first steps.
    StepStatus, "step statuses" {
        Todo = "todo" => "not started",
        Doing = "doing" => "under way",
        Done = "done" => "finished",
    }
);

vocabulary!(
    /// How a decision was taken.
    DecisionRule, "decision rules" {
        Consensus = "consensus" => "everyone agrees",
        Consent = "consent" => "nobody has a serious objection",
        Majority = "majority" => "more than half agree",
        Delegated = "delegated" => "a committee or a person decided, as the coalition asked them to",
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
