//! The assessment in plain words: why the company stands where it does.
//!
//! Owns the choice and order of sentences; the sentences themselves are templates in the
//! language file. Does not compute anything new: every number comes from the
//! [`Assessment`].

use crate::ambition::AmbitionGap;
use crate::assess::Assessment;
use crate::model::Model;
use crate::text::{fill, Texts, Ui};

/// At most this many items are named in a sentence; the rest are counted ("and 3 more").
pub const MAX_NAMED: usize = 4;

/// The sentences that explain the placement, in reading order, e.g.
/// "Steps 1, 2 and 4 are in place." "Step 3 is not in place, although a step above it is
/// ..." "To put step 3 in place, you are missing: X and Y." What holds the company back
/// is its own sentence ([`holding_back`]).
pub fn why(assessment: &Assessment, texts: &Texts) -> Vec<String> {
    let top = assessment.steps.len();
    let mut sentences = Vec::new();

    let met: Vec<String> = assessment.steps.iter().filter(|s| s.met).map(|s| s.step.to_string()).collect();
    sentences.push(match met.len() {
        0 => texts.ui(Ui::WhyNotStarted).to_string(),
        1 => fill(texts.ui(Ui::WhyReachedOne), &[("step", &met[0])]),
        n if n == top => fill(texts.ui(Ui::WhyReachedAll), &[("top", &top.to_string())]),
        _ => fill(texts.ui(Ui::WhyReachedMany), &[("steps", &texts.join_list(&met))]),
    });

    let open: Vec<String> = assessment.open_below.iter().map(u8::to_string).collect();
    let placed = assessment.step.to_string();
    match open.len() {
        0 => {}
        1 => sentences.push(fill(texts.ui(Ui::WhyOpenBelowOne), &[("step", &open[0]), ("placed", &placed)])),
        _ => sentences.push(fill(texts.ui(Ui::WhyOpenBelowMany), &[("steps", &texts.join_list(&open)), ("placed", &placed)])),
    }

    for s in assessment.too_little_evidence() {
        sentences.push(fill(texts.ui(Ui::WhyLittleEvidence), &[("step", &s.step.to_string()), ("min", &s.min_evidence.to_string())]));
    }

    if let Some(next) = assessment.lowest_open().filter(|s| s.enough_evidence) {
        let items: Vec<String> =
            next.missing.iter().map(|g| texts.question(g.question.as_str()).short().to_string()).collect();
        if !items.is_empty() {
            sentences.push(fill(
                texts.ui(Ui::WhyNextMissing),
                &[("next", &next.step.to_string()), ("items", &capped_list(texts, &items))],
            ));
        }
    }

    sentences
}

/// "Your digital solutions put you on step 3. What holds you back on the way to step 4 lies
/// elsewhere: X (area) and Y (area)." `None` when nothing cross-cutting holds the company
/// back.
pub fn holding_back(model: &Model, assessment: &Assessment, texts: &Texts) -> Option<String> {
    if assessment.holding_back.is_empty() {
        return None;
    }
    let items: Vec<String> = assessment
        .holding_back
        .iter()
        .map(|g| {
            let dimension = model.question(&g.question).map_or("", |q| texts.dimension_name(&q.dimension));
            fill(texts.ui(Ui::WhyHoldingBackItem), &[("sign", texts.question(g.question.as_str()).short()), ("area", dimension)])
        })
        .collect();
    let place = texts.place(assessment.step);
    let template = match assessment.step {
        0 => Ui::WhyHoldingBackStart,
        _ if assessment.at_top() => Ui::WhyHoldingBackTop,
        _ => Ui::WhyHoldingBack,
    };
    Some(fill(
        texts.ui(template),
        &[("place", &place), ("next", &assessment.holding_back_step.to_string()), ("items", &capped_list(texts, &items))],
    ))
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
