//! What the coalition agreed on, in words. Every report that tells of the
//! agreements (the draft, the tactics report, the invitation, the overview)
//! takes its sentences from here, so that none says what the file's
//! agreements and kind do not.

use super::{Coalition, CoalitionKind, Visibility};
use crate::t;

impl Coalition {
    /// Whether each group keeps its own tactics: the agile way. A coalition
    /// that agreed on shared tactics, or a traditional one, acts on one set.
    pub fn own_tactics(&self) -> bool {
        self.agreements.diversity_of_tactics && self.coalition.kind != CoalitionKind::Traditional
    }

    /// How the coalition acts, in one sentence said by the coalition (the
    /// draft, the invitation).
    pub fn tactics_in_words(&self) -> String {
        match (self.own_tactics(), self.agreements.no_public_denouncing) {
            (true, true) => t!("agreements-own-tactics-no-denouncing"),
            (true, false) => t!("agreements-own-tactics"),
            (false, _) if self.coalition.kind == CoalitionKind::Traditional => {
                t!("agreements-traditional")
            }
            (false, _) => t!("agreements-shared-tactics"),
        }
    }

    /// The agreement on tactics explained, for the tactics report.
    pub fn tactics_explained(&self) -> String {
        if self.own_tactics() {
            let denouncing = match self.agreements.no_public_denouncing {
                true => "yes",
                false => "no",
            };
            return t!("agreements-explained-own", denouncing = denouncing);
        }
        let why = match (
            self.agreements.diversity_of_tactics,
            self.coalition.kind == CoalitionKind::Traditional,
        ) {
            (false, true) => "traditional-choice",
            (true, _) => "traditional",
            (false, false) => "agreed",
        };
        t!("agreements-explained-shared", why = why)
    }

    /// The agreement on tactics in a few words, when it is not the agile
    /// way (where saying nothing means each group keeps its own).
    pub fn shared_tactics_label(&self) -> Option<String> {
        (!self.own_tactics()).then(|| t!("agreements-shared-label"))
    }

    /// Every agreement, as a group reading the draft would want it said.
    pub fn agreements_in_words(&self) -> Vec<String> {
        let denouncing = match self.agreements.no_public_denouncing {
            true => t!("agreements-no-denouncing"),
            false => t!("agreements-denouncing"),
        };
        let visibility = match self.coalition.visibility {
            Visibility::Informal => t!("agreements-informal"),
            Visibility::Public => t!("agreements-public"),
        };
        vec![
            denouncing,
            self.tactics_in_words(),
            visibility,
            t!(
                "agreements-feedback",
                days = self.agreements.feedback_every_days
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
