//! `coal glossary` (also `coal help glossary`): every word coal uses, with
//! what it means. The meanings are those help shows where each word is
//! chosen (`model::vocab`, `report::Kind`, `finding::code::meanings`).

use crate::error::Result;
use crate::model::finding::code;
use crate::model::{
    BoundaryLevel, CoalitionKind, DecisionRule, Participation, ResourceType, Role, Spectrum,
    Status, StepStatus, Visibility,
};
use crate::output;
use crate::report::Kind as ReportKind;
use crate::steps::Step;
use crate::t;

/// Ideas of the coalition model that are no vocabulary of the file, each
/// a word and its meaning in a line.
fn ideas() -> Vec<(String, String)> {
    vec![
        (t!("glossary-unity"), t!("glossary-unity-meaning")),
        (t!("glossary-impacted"), t!("glossary-impacted-meaning")),
        (t!("glossary-power"), t!("glossary-power-meaning")),
        (t!("glossary-interest"), t!("glossary-interest-meaning")),
        (
            t!("glossary-unpredictability"),
            t!("glossary-unpredictability-meaning"),
        ),
        (t!("glossary-space"), t!("glossary-space-meaning")),
        (t!("glossary-committee"), t!("glossary-committee-meaning")),
        (
            t!("glossary-point-builder"),
            t!("glossary-point-builder-meaning"),
        ),
        (t!("glossary-boundary"), t!("glossary-boundary-meaning")),
        (t!("glossary-tactics"), t!("glossary-tactics-meaning")),
        (
            t!("glossary-no-denouncing"),
            t!("glossary-no-denouncing-meaning"),
        ),
    ]
}

/// Each word of a vocabulary as typed after its flag, with its meaning;
/// on a French screen its label beside it (`member (membre)`).
macro_rules! vocabulary {
    ($vocab:ty) => {
        <$vocab>::ALL
            .iter()
            .map(|word| (typed(word.as_str(), word.label()), word.meaning()))
            .collect::<Vec<_>>()
    };
}

/// A word as typed, and its label when the screen shows another one.
fn typed(word: &str, label: String) -> String {
    match crate::i18n::current() {
        crate::i18n::Lang::Fr if label != word => {
            t!("glossary-word-label", word = word, label = label)
        }
        _ => word.to_string(),
    }
}

pub fn run() -> Result<()> {
    super::print(&glossary(output::width()))
}

/// The whole glossary, as text `width` columns wide.
pub fn glossary(width: usize) -> String {
    let mut out = output::wrap("", 0, &t!("glossary-intro"), width);
    let steps = Step::ALL
        .iter()
        .map(|s| {
            let key = t!(
                "glossary-step",
                step = s.key(),
                number = s.number().to_string()
            );
            (key, s.title().to_string())
        })
        .collect();
    let reports = ReportKind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), k.meaning().to_string()))
        .collect();
    let checks = code::meanings()
        .into_iter()
        .map(|(code, meaning)| (code.to_string(), meaning))
        .collect();
    let sections: Vec<(String, Vec<(String, String)>)> = vec![
        (t!("glossary-ideas"), ideas()),
        (t!("glossary-statuses"), vocabulary!(Status)),
        (t!("glossary-participation"), vocabulary!(Participation)),
        (t!("glossary-spectrum"), vocabulary!(Spectrum)),
        (t!("glossary-roles"), vocabulary!(Role)),
        (t!("glossary-resources"), vocabulary!(ResourceType)),
        (t!("glossary-boundary-levels"), vocabulary!(BoundaryLevel)),
        (t!("glossary-kinds"), vocabulary!(CoalitionKind)),
        (t!("glossary-visibility"), vocabulary!(Visibility)),
        (t!("glossary-rules"), vocabulary!(DecisionRule)),
        (t!("glossary-steps"), steps),
        (t!("glossary-step-statuses"), vocabulary!(StepStatus)),
        (t!("glossary-reports"), reports),
        (t!("glossary-checks"), checks),
    ];
    for (title, words) in sections {
        section(&mut out, &title, &words, width);
    }
    out
}

/// A titled list of words, each followed by its meaning, wrapped to
/// `width`.
fn section(out: &mut String, title: &str, words: &[(String, String)], width: usize) {
    out.push('\n');
    out.push_str(&output::wrap("", 0, title, width));
    for (word, meaning) in words {
        let entry = t!(
            "glossary-entry",
            word = word.as_str(),
            meaning = meaning.as_str()
        );
        out.push_str(&output::wrap("  ", 6, &entry, width));
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
