//! What the coalition agreed on, in words. Every report that tells of the
//! agreements (the draft, the tactics report, the invitation, the overview)
//! takes its sentences from here, so that none says what the file's
//! agreements and kind do not.

use super::{Coalition, CoalitionKind, Visibility};

impl Coalition {
    /// Whether each group keeps its own tactics: the agile way. A coalition
    /// that agreed on shared tactics, or a traditional one, acts on one set.
    pub fn own_tactics(&self) -> bool {
        self.agreements.diversity_of_tactics && self.coalition.kind != CoalitionKind::Traditional
    }

    /// How the coalition acts, in one sentence said by the coalition (the
    /// draft, the invitation).
    pub fn tactics_in_words(&self) -> &'static str {
        match (self.own_tactics(), self.agreements.no_public_denouncing) {
            (true, true) => {
                "Each group keeps its own tactics; no group has to join or endorse an action it cannot support, and none condemns another's in public."
            }
            (true, false) => {
                "Each group keeps its own tactics; no group has to join or endorse an action it cannot support."
            }
            (false, _) if self.coalition.kind == CoalitionKind::Traditional => {
                "We act together as a traditional coalition, with tactics we have agreed on."
            }
            (false, _) => "We act together with tactics we have agreed on as a coalition.",
        }
    }

    /// The agreement on tactics explained, for the tactics report.
    pub fn tactics_explained(&self) -> String {
        if self.own_tactics() {
            let stay_away = if self.agreements.no_public_denouncing {
                "a group may stay away from one without condemning it"
            } else {
                "a group may stay away from one"
            };
            return format!(
                "Different tactics do different work, and different people are at ease with different ones. Groups keep their own tactics; {stay_away}."
            );
        }
        let why = match (
            self.agreements.diversity_of_tactics,
            self.coalition.kind == CoalitionKind::Traditional,
        ) {
            (false, true) => {
                "The coalition agreed on shared tactics, a traditional coalition's choice"
            }
            (true, _) => "A traditional coalition acts on one set of tactics",
            (false, false) => "The coalition agreed on shared tactics",
        };
        format!(
            "{why}: members act together, with tactics every one of them accepts. A member that draws a line at a tactic another uses is a disagreement to settle together."
        )
    }

    /// The agreement on tactics in a few words, when it is not the agile
    /// way (where saying nothing means each group keeps its own).
    pub fn shared_tactics_label(&self) -> Option<&'static str> {
        (!self.own_tactics()).then_some("shared, agreed together")
    }

    /// Every agreement, as a group reading the draft would want it said.
    pub fn agreements_in_words(&self) -> Vec<String> {
        let denouncing = if self.agreements.no_public_denouncing {
            "We may disagree, but we do not denounce each other in public: taking part does not mean endorsing everything."
        } else {
            "We have not agreed to keep our disagreements out of public view; we try to raise them among ourselves first."
        };
        let visibility = match self.coalition.visibility {
            Visibility::Informal => {
                "We work together without a public banner: no group has to say publicly that it takes part."
            }
            Visibility::Public => {
                "The coalition has a public name; each group still chooses whether to endorse it publicly."
            }
        };
        vec![
            denouncing.into(),
            self.tactics_in_words().into(),
            visibility.into(),
            format!(
                "We ask every member group how the coalition works for it at least every {} days.",
                self.agreements.feedback_every_days
            ),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn coalition(diversity: bool, denouncing: bool, kind: CoalitionKind) -> Coalition {
        let mut c = Coalition::default();
        c.agreements.diversity_of_tactics = diversity;
        c.agreements.no_public_denouncing = denouncing;
        c.coalition.kind = kind;
        c
    }

    #[test]
    fn no_sentence_promises_what_was_not_agreed() {
        for diversity in [true, false] {
            for denouncing in [true, false] {
                for kind in CoalitionKind::ALL {
                    let c = coalition(diversity, denouncing, *kind);
                    let said = [
                        c.tactics_in_words().to_string(),
                        c.tactics_explained(),
                        c.agreements_in_words().join(" "),
                    ]
                    .join(" ");
                    let own = diversity && *kind != CoalitionKind::Traditional;
                    assert_eq!(said.contains("own tactics"), own, "{said}");
                    assert_eq!(c.shared_tactics_label().is_none(), own);
                    if !denouncing {
                        assert!(!said.contains("condemn"), "{said}");
                    }
                }
            }
        }
    }
}
