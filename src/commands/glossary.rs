//! `coal glossary` (also `coal help glossary`): every word coal uses, with
//! what it means. The meanings are those help shows where each word is
//! chosen (`model::vocab`, `report::Kind`, `finding::code::MEANINGS`).

use crate::error::Result;
use crate::model::finding::code;
use crate::model::{
    BoundaryLevel, CoalitionKind, DecisionRule, Participation, ResourceType, Role, Spectrum,
    Status, StepStatus, Visibility,
};
use crate::output;
use crate::report::Kind as ReportKind;
use crate::steps::Step;

/// Ideas of the coalition model that are no vocabulary of the file, in a line.
const IDEAS: &[(&str, &str)] = &[
    (
        "unity statement",
        "why the groups come together despite their disagreements",
    ),
    (
        "impacted",
        "a group of the people most affected by the issue, or marginalized: nothing about us without us",
    ),
    (
        "power",
        "how much weight a group carries: numbers, money, reach, the people it speaks for (1 to 5)",
    ),
    (
        "interest",
        "how much a group cares about the cause (1 to 5)",
    ),
    (
        "unpredictability",
        "how hard it is to tell what a group will do (1 to 5); sometimes useful",
    ),
    (
        "communication space",
        "where groups talk with each other: a chat, an email list, a monthly call",
    ),
    (
        "committee",
        "a working group with a mandate; the steering group is the trusted one that keeps things moving",
    ),
    (
        "point builder",
        "a person in two or more groups, who links them",
    ),
    (
        "boundary",
        "a line a group will not cross: working with a given group, or taking part in a tactic",
    ),
    (
        "diversity of tactics",
        "each group keeps its own tactics, and no group condemns another's",
    ),
    (
        "no public denouncing",
        "member groups agree not to denounce each other in public",
    ),
];

pub fn run() -> Result<()> {
    super::print(&glossary(output::width()))
}

/// The whole glossary, as text `width` columns wide.
pub fn glossary(width: usize) -> String {
    let mut out = output::wrap(
        "",
        0,
        "The words coal uses, and what they mean. `coal COMMAND --help` shows the same meanings where each word is chosen.",
        width,
    );
    let steps: Vec<(String, String)> = Step::ALL
        .iter()
        .map(|s| (format!("{} ({})", s.key(), s.number()), s.title()))
        .collect();
    let sections: Vec<(&str, Vec<(&str, String)>)> = vec![
        ("Ideas", owned(IDEAS)),
        (
            "Statuses: where a group stands with the coalition (--status)",
            Status::meanings().collect(),
        ),
        (
            "Participation levels: how much a member group takes part (--participation)",
            Participation::meanings().collect(),
        ),
        (
            "Spectrum of allies: where a group stands on the cause (--spectrum, --spectrum-target)",
            Spectrum::meanings().collect(),
        ),
        (
            "Roles: Bill Moyer's four roles of social activism (--role)",
            Role::meanings().collect(),
        ),
        (
            "Resource types: what groups offer and need (--offer, --need)",
            ResourceType::meanings().collect(),
        ),
        (
            "Boundary levels: how firm a group's line is (add-boundary --level)",
            BoundaryLevel::meanings().collect(),
        ),
        (
            "Coalition kinds: how closely the groups work together (--kind)",
            CoalitionKind::meanings().collect(),
        ),
        (
            "Visibility: whether the coalition has a public identity (--visibility)",
            Visibility::meanings().collect(),
        ),
        (
            "Decision rules: how a decision was taken (--rule)",
            DecisionRule::meanings().collect(),
        ),
        (
            "The four first steps (coal step NAME)",
            steps
                .iter()
                .map(|(key, title)| (key.as_str(), title.to_string()))
                .collect(),
        ),
        (
            "Step statuses: how far a step is",
            StepStatus::meanings().collect(),
        ),
        (
            "Reports (coal report KIND)",
            ReportKind::ALL
                .iter()
                .map(|k| (k.as_str(), k.meaning().to_string()))
                .collect(),
        ),
        ("Checks: what coal check looks for", owned(code::MEANINGS)),
    ];
    for (title, words) in sections {
        section(&mut out, title, &words, width);
    }
    out
}

fn owned<'a>(words: &[(&'a str, &str)]) -> Vec<(&'a str, String)> {
    words
        .iter()
        .map(|(word, meaning)| (*word, meaning.to_string()))
        .collect()
}

/// A titled list of words, each followed by its meaning, wrapped to
/// `width`.
fn section(out: &mut String, title: &str, words: &[(&str, String)], width: usize) {
    out.push('\n');
    out.push_str(&output::wrap("", 0, title, width));
    for (word, meaning) in words {
        out.push_str(&output::wrap("  ", 6, &format!("{word}: {meaning}"), width));
    }
}

#[cfg(test)]
mod tests {
    use super::glossary;

    #[test]
    fn wraps_to_the_width_with_a_hanging_indent() {
        for width in [40, 60, 80, 120] {
            let text = glossary(width);
            assert!(
                text.lines().all(|l| crate::output::text_width(l) <= width),
                "{text}"
            );
        }
        assert!(glossary(60).lines().any(|l| l.starts_with("      ")));
    }
}
