//! "What would move us up?": the fewest answers whose improvement would put the company on
//! the next step, computed from the placement rule itself, and the step a chosen set of
//! such improvements would give ("what if we did this?").
//!
//! Owns the search. Under the rule in [`crate::assess`], the company stands on as many
//! steps as are in place, so putting any one more step in place moves it up exactly one
//! step. The staircase is climbed from below, one step at a time, so the search takes the
//! lowest step not in place and names the fewest of its signs that would have to reach
//! their in-place answer (the heaviest first, then those closest to in place, then those
//! every firm can have before those that only some can). A step that would need more
//! than [`MAX_CHANGES`], or where too few signs apply to judge it, is passed over for the
//! next one up. (Every step of the shipped model needs at most three; the content tests
//! keep it so.)
//!
//! Does not change saved answers: [`apply`] returns new answers for a "what if".

use crate::answers::{Answer, Answers};
use crate::assess::{assess, Assessment, GapReason};
use crate::model::{Model, QuestionId};

/// At most this many answers are named: a company can try a few things, not a list.
pub const MAX_CHANGES: usize = 3;

/// One answer to improve: from what it is now to the lowest answer that counts as in place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub question: QuestionId,
    /// The answer now (`None` when unanswered).
    pub from: Option<Answer>,
    /// The option value that would put the sign in place.
    pub to: u8,
}

/// The improvements that would put one more step in place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MoveUp {
    /// The step these improvements put in place.
    pub step: u8,
    /// Where the company would then stand (one step higher than now).
    pub to: u8,
    /// One to [`MAX_CHANGES`] improvements, in question order.
    pub changes: Vec<Change>,
}

/// The fewest improvements that move the company up one step, or `None` at the top of the
/// staircase or when no step is within [`MAX_CHANGES`] improvements.
pub fn move_up(model: &Model, answers: &Answers, assessment: &Assessment) -> Option<MoveUp> {
    let (step, signs) = cheapest(model, assessment)?;
    Some(MoveUp {
        step,
        to: assessment.step + 1,
        changes: signs.into_iter().map(|(question, to)| Change { from: answers.get(&question), question, to }).collect(),
    })
}

/// The lowest step that at most [`MAX_CHANGES`] improvements would put in place, and
/// those signs with the answer each needs, in question order.
pub(crate) fn cheapest(model: &Model, assessment: &Assessment) -> Option<(u8, Vec<(QuestionId, u8)>)> {
    for step in assessment.steps.iter().filter(|s| !s.met && s.enough_evidence) {
        // Heaviest first (so the fewest answers do it), then the closest to in place (a
        // scored answer by its score, then "don't know", then unanswered), then question
        // order. Taking the heaviest first also means every sign named is needed.
        let mut candidates: Vec<_> = step
            .missing
            .iter()
            .filter_map(|gap| {
                let q = model.question(&gap.question)?;
                let to = model.in_place_from(q)?;
                let closeness = match gap.reason {
                    GapReason::NotInPlace => i64::from(gap.score.unwrap_or(0)),
                    GapReason::DontKnow => -1,
                    GapReason::Unanswered => -2,
                };
                // A sign every firm can have (no "not relevant") before one that only some can.
                Some((closeness, q.weight, (q.not_relevant, model.question_index(&q.id).unwrap_or(usize::MAX)), q.id.clone(), to))
            })
            .collect();
        candidates.sort_by_key(|(closeness, weight, order, _, _)| (std::cmp::Reverse(*weight), std::cmp::Reverse(*closeness), *order));
        let mut in_place = step.in_place_weight;
        let mut signs = Vec::new();
        for (_, weight, (_, order), question, to) in candidates {
            if in_place >= step.needed_weight {
                break;
            }
            in_place += weight;
            signs.push((order, question, to));
        }
        if in_place < step.needed_weight || signs.len() > MAX_CHANGES || signs.is_empty() {
            continue;
        }
        signs.sort_by_key(|(order, _, _)| *order);
        return Some((step.step, signs.into_iter().map(|(_, q, to)| (q, to)).collect()));
    }
    None
}

/// The answers with `changes` made: what the company's answers would be if it did them.
pub fn apply(answers: &Answers, changes: &[Change]) -> Answers {
    let mut out = answers.clone();
    for c in changes {
        out.set(c.question.clone(), Answer::Option(c.to));
    }
    out
}

/// The step the company would stand on with `changes` made.
pub fn what_if(model: &Model, answers: &Answers, changes: &[Change]) -> u8 {
    assess(model, &apply(answers, changes)).step
}
