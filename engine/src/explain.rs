//! The assessment in plain words: why the company stands where it does.
//!
//! Owns the choice and order of sentences; the sentences themselves are templates in the
//! language file. Does not compute anything new: every number comes from the
//! [`Assessment`].

use crate::ambition::AmbitionGap;
use crate::assess::Assessment;
use crate::text::{fill, Texts, Ui};

/// At most this many items are named in a sentence; the rest are counted ("and 3 more").
pub const MAX_NAMED: usize = 4;

/// The sentences that explain the placement, in reading order, e.g.
/// "Steps 1 and 2 are in place." "To reach step 3 you are missing: X and Y."
pub fn why(assessment: &Assessment, texts: &Texts) -> Vec<String> {
    let top = assessment.steps.last().map_or(0, |s| s.step);
    let mut sentences = Vec::new();

    let reached: Vec<String> = (1..=assessment.reached).map(|s| s.to_string()).collect();
    sentences.push(match reached.len() {
        0 => texts.ui(Ui::WhyNotStarted).to_string(),
        1 => fill(texts.ui(Ui::WhyReachedOne), &[("step", &reached[0])]),
        n if n as u8 == top => fill(texts.ui(Ui::WhyReachedAll), &[("top", &top.to_string())]),
        _ => fill(texts.ui(Ui::WhyReachedMany), &[("steps", &texts.join_list(&reached))]),
    });

    if let Some(next) = assessment.next_step() {
        let items: Vec<String> =
            next.missing.iter().map(|g| texts.question(g.question.as_str()).short().to_string()).collect();
        if !items.is_empty() {
            sentences.push(fill(
                texts.ui(Ui::WhyNextMissing),
                &[("next", &next.step.to_string()), ("items", &capped_list(texts, &items))],
            ));
        }
    }

    let capped: Vec<String> = assessment.met_above_cap().iter().map(|s| s.to_string()).collect();
    match capped.len() {
        0 => {}
        1 => sentences.push(fill(texts.ui(Ui::WhyCappedOne), &[("step", &capped[0])])),
        _ => sentences.push(fill(texts.ui(Ui::WhyCappedMany), &[("steps", &texts.join_list(&capped))])),
    }
    sentences
}

/// Names the first [`MAX_NAMED`] items and counts the rest: "a, b, c, d og 3 andre".
pub fn capped_list(texts: &Texts, items: &[String]) -> String {
    if items.len() <= MAX_NAMED {
        return texts.join_list(items);
    }
    let mut named: Vec<String> = items[..MAX_NAMED].to_vec();
    named.push(fill(texts.ui(Ui::ListMore), &[("n", &(items.len() - MAX_NAMED).to_string())]));
    texts.join_list(&named)
}

/// The sentence on the ambition: reached, or how many steps to go.
pub fn ambition(gap: &AmbitionGap, texts: &Texts) -> String {
    let ambition = gap.ambition.to_string();
    match gap.steps_to_go {
        0 => fill(texts.ui(Ui::AmbitionReached), &[("ambition", &ambition)]),
        1 => fill(texts.ui(Ui::AmbitionToGoOne), &[("ambition", &ambition)]),
        n => fill(texts.ui(Ui::AmbitionToGoMany), &[("ambition", &ambition), ("steps", &n.to_string())]),
    }
}
