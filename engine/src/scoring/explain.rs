//! The assessment in plain words: why the company stands where it does.
//!
//! Owns the choice and order of sentences; the sentences themselves are templates in the
//! language file. Does not compute anything new: every number comes from the
//! [`Report`] (the assessment, the ambition, what would move the company up and what holds
//! it back).

use crate::ambition::AmbitionGap;
use crate::report::Report;
use crate::text::{fill, Texts, Ui};

/// At most this many items are named in a sentence; the rest are counted ("and 3 more").
pub const MAX_NAMED: usize = 4;
/// At most this many of the conditions that hold a company back are named in its sentence
/// (the result lists them all beside it): a few things to act on, not a list.
pub const MAX_HOLDING_BACK_NAMED: usize = 3;

/// The sentences that explain the placement, in reading order, e.g. "Steps 1, 2 and 4 are
/// in place." "Step 4 is in place, but step 3 below it is not ..." "On the steps you have
/// reached, you still lack: ..." "Step 3 comes into place once you have X and Y in place."
/// What holds the company back is its own sentence ([`holding_back`]).
pub fn why(report: &Report, texts: &Texts) -> Vec<String> {
    let a = &report.assessment;
    let top = a.steps.len();
    let mut sentences = Vec::new();
    let short = |id: &str| texts.question(id).short().to_string();

    let met: Vec<String> = a.steps.iter().filter(|s| s.met).map(|s| s.step.to_string()).collect();
    sentences.push(match met.len() {
        0 => texts.ui(Ui::WhyNotStarted).to_string(),
        1 => fill(texts.ui(Ui::WhyReachedOne), &[("step", &met[0])]),
        n if n == top => fill(texts.ui(Ui::WhyReachedAll), &[("top", &top.to_string())]),
        _ => fill(texts.ui(Ui::WhyReachedMany), &[("steps", &texts.join_list(&met))]),
    });

    let open: Vec<String> = a.open_below.iter().map(u8::to_string).collect();
    let (placed, highest) = (a.step.to_string(), a.highest_in_place());
    let above = highest.to_string();
    // What the company has in place on the highest step, so it sees what it does have.
    let has: Vec<String> =
        a.steps.iter().find(|s| s.step == highest).map(|s| s.in_place.iter().map(|id| short(id.as_str())).collect()).unwrap_or_default();
    let values = |steps: &str| {
        [
            ("steps", steps.to_string()),
            ("step", steps.to_string()),
            ("above", above.clone()),
            ("placed", placed.clone()),
            ("items", capped_list(texts, &has)),
        ]
    };
    match open.len() {
        0 => {}
        1 => sentences.push(fill_owned(texts.ui(Ui::WhyOpenBelowOne), &values(&open[0]))),
        _ => sentences.push(fill_owned(texts.ui(Ui::WhyOpenBelowMany), &values(&texts.join_list(&open)))),
    }

    for s in a.too_little_evidence() {
        sentences.push(fill(texts.ui(Ui::WhyLittleEvidence), &[("step", &s.step.to_string()), ("min", &s.min_evidence.to_string())]));
    }

    // Gaps on steps that count as in place (an open step's signs are in the next sentence).
    let lower: Vec<String> = a.lower_gaps.iter().filter(|g| !a.open_below.contains(&g.step)).map(|g| short(g.question.as_str())).collect();
    if !lower.is_empty() {
        sentences.push(fill(texts.ui(Ui::WhyLowerGaps), &[("items", &capped_list(texts, &lower))]));
    }

    let ambition = report.ambition.as_ref().map(|g| g.ambition);
    match (ambition, &report.move_up) {
        (Some(ambition), _) if a.step >= ambition => {
            sentences.push(fill(texts.ui(Ui::WhyAmbitionReached), &[("ambition", &ambition.to_string())]));
        }
        (_, Some(up)) => {
            let items: Vec<String> = up.changes.iter().map(|c| short(c.question.as_str())).collect();
            // Closing a step left open below moves the company up past it: say where to.
            let template = if up.step < up.to { Ui::WhyNextMissingOpen } else { Ui::WhyNextMissing };
            sentences.push(fill(
                texts.ui(template),
                &[("next", &up.step.to_string()), ("items", &texts.join_list(&items)), ("place", &texts.place(up.to))],
            ));
        }
        (_, None) => {
            if let Some(next) = a.lowest_open().filter(|s| s.enough_evidence) {
                let items: Vec<String> = next.missing.iter().map(|g| short(g.question.as_str())).collect();
                sentences.push(fill(
                    texts.ui(Ui::WhyNextMissingAll),
                    &[("next", &next.step.to_string()), ("items", &capped_list(texts, &items))],
                ));
            }
        }
    }
    sentences
}

/// The placement's reason in one sentence, for the top of the result and the first printed
/// page: what is in place and what the next step comes with, e.g. "Steps 1–2 are in place;
/// step 3 comes into place with X and Y." The full reasoning is [`why`].
pub fn in_one_sentence(report: &Report, texts: &Texts) -> String {
    let a = &report.assessment;
    let short = |id: &str| texts.question(id).short().to_string();
    if a.at_top() {
        return fill(texts.ui(Ui::WhyReachedAll), &[("top", &a.steps.len().to_string())]);
    }
    let Some(up) = &report.move_up else {
        // No step within a few improvements: the first open step and all it lacks.
        let Some(next) = a.lowest_open() else { return String::new() };
        if !next.enough_evidence {
            return fill(texts.ui(Ui::SummaryUnjudged), &[("next", &next.step.to_string())]);
        }
        let items: Vec<String> = next.missing.iter().map(|g| short(g.question.as_str())).collect();
        return fill(texts.ui(Ui::SummaryNextAll), &[("next", &next.step.to_string()), ("items", &capped_list(texts, &items))]);
    };
    let items: Vec<String> = up.changes.iter().map(|c| short(c.question.as_str())).collect();
    let template = if up.step < up.to {
        Ui::SummaryOpen
    } else if a.step == 0 {
        Ui::SummaryStart
    } else if a.step == 1 {
        Ui::SummaryNextOne
    } else {
        Ui::SummaryNextMany
    };
    fill(
        texts.ui(template),
        &[
            ("step", &a.step.to_string()),
            ("next", &up.step.to_string()),
            ("above", &a.highest_in_place().to_string()),
            ("place", &texts.place(up.to)),
            ("items", &texts.join_list(&items)),
        ],
    )
}

/// What holds the company back, in one sentence naming the most important few: "Besides
/// the solutions, X, Y and Z in particular may hold you back on the way to step 4." Once the
/// company stands on its ambition, what it needs to hold on to it. `None` when nothing
/// cross-cutting holds it back.
pub fn holding_back(report: &Report, texts: &Texts) -> Option<String> {
    let a = &report.assessment;
    if report.holding_back.is_empty() {
        // Say so, on the way up: the cross-cutting areas are in order for the next step.
        return (report.holding_back_step > a.step)
            .then(|| fill(texts.ui(Ui::WhyNothingHoldsBack), &[("next", &report.holding_back_step.to_string())]));
    }
    let items: Vec<String> =
        report.holding_back.iter().take(MAX_HOLDING_BACK_NAMED).map(|g| texts.question(g.question.as_str()).short().to_string()).collect();
    let template = if a.step == 0 {
        Ui::WhyHoldingBackStart
    } else if report.holding_back_step <= a.step {
        Ui::WhyHoldingBackKeep
    } else {
        Ui::WhyHoldingBack
    };
    Some(fill(
        texts.ui(template),
        &[("place", &texts.place(a.step)), ("next", &report.holding_back_step.to_string()), ("items", &texts.join_list(&items))],
    ))
}

/// Fills a template from owned values.
fn fill_owned(template: &str, values: &[(&str, String)]) -> String {
    let pairs: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(template, &pairs)
}

/// Names the first [`MAX_NAMED`] items and counts the rest: "a, b, c, d og 3 til".
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
