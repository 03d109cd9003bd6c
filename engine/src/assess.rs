//! Scoring: from a model and answers to an [`Assessment`].
//!
//! Owns the method, which the method document spells out:
//! - **Step placement by gating.** Each step has signs (the questions that give evidence
//!   for it) and a threshold. A step is *met* when at most its allowance of signs is
//!   missing: the allowance is `(100 - threshold)%` of all its signs, rounded down (step 1:
//!   at most 3 of 8 missing at 60%). Equivalently, at least the threshold share of the
//!   signs is in place or not relevant. The company stands on the highest step `k` such
//!   that steps `1..=k` are all met; the weakest lower step caps the result, however much
//!   is in place above it. A company that does not yet meet step 1 stands on step 1,
//!   working towards it.
//! - **Answer semantics.** "Not relevant" removes a question from averages, and its sign
//!   can never be missing. "Don't know" and unanswered questions are left out of averages
//!   and count as *missing* for steps; "don't know" also lowers confidence. So answering
//!   "not relevant", or a better option, never lowers the step.
//! - **Scores.** A dimension's score is the weight-averaged score (0-100) of its answered
//!   questions; the overall score averages the dimensions by their weights; the two axis
//!   scores average the questions that speak to efficiency or added value.
//!
//! Does not own words (see [`crate::explain`]) or storage. Deterministic and total: answers
//! that do not fit the model (unknown question, unknown option) are ignored and noted.

use crate::answers::{Answer, Answers};
use crate::crosswalk::{self, DiiEstimate, DmaScore};
use crate::model::{Model, Question, QuestionId, Text};

/// The result of scoring one set of answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// The content version the answers were scored against.
    pub content_version: Text,
    /// The step the company stands on, 1 to the top step.
    pub step: u8,
    /// The highest `k` with steps `1..=k` all met; 0 when step 1 is not met yet.
    pub reached: u8,
    /// One entry per step of the model, lowest first.
    pub steps: Vec<StepResult>,
    /// One entry per dimension of the model, in model order.
    pub dimensions: Vec<DimensionScore>,
    pub overall: Option<u32>,
    pub efficiency: Option<u32>,
    pub added_value: Option<u32>,
    /// Evidence not in place on the steps the company has reached: what to revisit
    /// even though the step counts as met.
    pub lower_gaps: Vec<Gap>,
    pub completeness: Completeness,
    /// The EU Digital Maturity Assessment's six dimensions (indicative).
    pub dma: Vec<DmaScore>,
    /// Eurostat's Digital Intensity Index (indicative).
    pub dii: DiiEstimate,
    /// Answers that did not fit the model and were ignored.
    pub notes: Vec<Note>,
}

/// How one step's evidence stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepResult {
    pub step: u8,
    /// Total weight of all the step's signs.
    pub total_weight: u32,
    /// Weight of the signs that are relevant (not answered "not relevant").
    pub relevant_weight: u32,
    /// Weight of the signs in place.
    pub in_place_weight: u32,
    /// The step's threshold, copied from the model for explanation.
    pub threshold_percent: u32,
    /// The most weight of signs that may be missing for the step to be met.
    pub allowance: u32,
    /// Whether the step counts as met: the missing weight is within the allowance.
    pub met: bool,
    /// The step's signs that are missing (not in place, "don't know" or unanswered), in
    /// question order.
    pub missing: Vec<Gap>,
}

impl StepResult {
    /// Weight of the missing signs.
    pub fn missing_weight(&self) -> u32 {
        self.relevant_weight - self.in_place_weight
    }
}

/// One piece of evidence that is not in place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    /// The lowest step (among those considered) this question is evidence for.
    pub step: u8,
    pub question: QuestionId,
    pub reason: GapReason,
    /// The answer's score when an option was chosen (how far from in place it is).
    pub score: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GapReason {
    /// Answered with an option that does not count as in place.
    NotInPlace,
    DontKnow,
    Unanswered,
}

/// A dimension's score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DimensionScore {
    pub id: Text,
    /// 0-100, or `None` when no question of the dimension has a scored answer (e.g. all
    /// "not relevant").
    pub score: Option<u32>,
}

/// How complete and how certain the answers are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completeness {
    pub total: usize,
    /// Questions with any valid answer, including "not relevant" and "don't know".
    pub answered: usize,
    pub dont_know: usize,
    pub not_relevant: usize,
    /// Too few answers, or too many "don't know", for a firm result.
    pub provisional: bool,
}

/// An answer that did not fit the model and was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    UnknownQuestion(QuestionId),
    UnknownOption { question: QuestionId, value: u8 },
    NotRelevantNotOffered(QuestionId),
    DontKnowNotOffered(QuestionId),
}

/// How one question's answer counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    /// A scored option: its score and whether it counts as in place.
    Scored { score: u32, in_place: bool },
    NotRelevant,
    DontKnow,
    Unanswered,
}

fn status(model: &Model, q: &Question, answers: &Answers, notes: &mut Vec<Note>) -> Status {
    match answers.get(&q.id) {
        None => Status::Unanswered,
        Some(Answer::Option(value)) => match model.option(q, value) {
            Some(o) => Status::Scored { score: o.score.min(100), in_place: o.in_place },
            None => {
                notes.push(Note::UnknownOption { question: q.id.clone(), value });
                Status::Unanswered
            }
        },
        Some(Answer::NotRelevant) if q.not_relevant => Status::NotRelevant,
        Some(Answer::NotRelevant) => {
            notes.push(Note::NotRelevantNotOffered(q.id.clone()));
            Status::Unanswered
        }
        Some(Answer::DontKnow) if q.dont_know => Status::DontKnow,
        Some(Answer::DontKnow) => {
            notes.push(Note::DontKnowNotOffered(q.id.clone()));
            Status::Unanswered
        }
    }
}

/// Weighted mean rounded half up; `None` when the total weight is zero.
fn weighted_mean(pairs: impl Iterator<Item = (u32, u32)>) -> Option<u32> {
    let (sum, weight) = pairs.fold((0u64, 0u64), |(s, w), (value, weight)| {
        (s + u64::from(value) * u64::from(weight), w + u64::from(weight))
    });
    (weight > 0).then(|| ((2 * sum + weight) / (2 * weight)) as u32)
}

/// Scores one set of answers against a model.
pub fn assess(model: &Model, answers: &Answers) -> Assessment {
    let mut notes = Vec::new();
    for (id, _) in answers.iter() {
        if model.question(id).is_none() {
            notes.push(Note::UnknownQuestion(id.clone()));
        }
    }
    let statuses: Vec<(&Question, Status)> = model
        .questions
        .iter()
        .map(|q| (q, status(model, q, answers, &mut notes)))
        .collect();

    // Steps in model order (1 to 5; the content tests keep them so).
    let steps: Vec<StepResult> = model
        .steps
        .iter()
        .map(|step| {
            let mut result = StepResult {
                step: step.id,
                total_weight: 0,
                relevant_weight: 0,
                in_place_weight: 0,
                threshold_percent: step.threshold_percent,
                allowance: 0,
                met: false,
                missing: Vec::new(),
            };
            for (q, st) in statuses.iter().filter(|(q, _)| q.steps.contains(&step.id)) {
                result.total_weight += q.weight;
                let (reason, score) = match st {
                    Status::NotRelevant => continue,
                    Status::Scored { in_place: true, .. } => (None, None),
                    Status::Scored { in_place: false, score } => (Some(GapReason::NotInPlace), Some(*score)),
                    Status::DontKnow => (Some(GapReason::DontKnow), None),
                    Status::Unanswered => (Some(GapReason::Unanswered), None),
                };
                result.relevant_weight += q.weight;
                match reason {
                    None => result.in_place_weight += q.weight,
                    Some(reason) => result.missing.push(Gap { step: step.id, question: q.id.clone(), reason, score }),
                }
            }
            let allowance = u64::from(result.total_weight) * u64::from(100u32.saturating_sub(step.threshold_percent)) / 100;
            result.allowance = u32::try_from(allowance).unwrap_or(u32::MAX);
            result.met = result.missing_weight() <= result.allowance;
            result
        })
        .collect();

    let reached = steps.iter().take_while(|s| s.met).map(|s| s.step).last().unwrap_or(0);
    let step = reached.max(steps.first().map_or(1, |s| s.step));

    // Lowest step first, question order within a step; a question that is evidence for
    // several steps is listed once, at the lowest.
    let mut lower_gaps: Vec<Gap> = Vec::new();
    for s in steps.iter().filter(|s| s.step <= reached) {
        for gap in &s.missing {
            if !lower_gaps.iter().any(|g| g.question == gap.question) {
                lower_gaps.push(gap.clone());
            }
        }
    }

    let scored = |q: &Question, st: &Status| match st {
        Status::Scored { score, .. } => Some((*score, q.weight)),
        _ => None,
    };
    let dimensions: Vec<DimensionScore> = model
        .dimensions
        .iter()
        .map(|d| DimensionScore {
            id: d.id.clone(),
            score: weighted_mean(
                statuses.iter().filter(|(q, _)| q.dimension == d.id).filter_map(|(q, st)| scored(q, st)),
            ),
        })
        .collect();
    let overall = weighted_mean(
        model
            .dimensions
            .iter()
            .zip(&dimensions)
            .filter_map(|(d, s)| s.score.map(|score| (score, d.weight))),
    );
    let efficiency = weighted_mean(
        statuses.iter().filter(|(q, _)| q.axis.counts_for_efficiency()).filter_map(|(q, st)| scored(q, st)),
    );
    let added_value = weighted_mean(
        statuses.iter().filter(|(q, _)| q.axis.counts_for_added_value()).filter_map(|(q, st)| scored(q, st)),
    );

    let total = statuses.len();
    let answered = statuses.iter().filter(|(_, st)| *st != Status::Unanswered).count();
    let dont_know = statuses.iter().filter(|(_, st)| *st == Status::DontKnow).count();
    let not_relevant = statuses.iter().filter(|(_, st)| *st == Status::NotRelevant).count();
    let rule = &model.provisional;
    let provisional = (answered as u64) * 100 < u64::from(rule.min_answered_percent) * total as u64
        || (dont_know as u64) * 100 > u64::from(rule.max_unknown_percent) * answered as u64;

    Assessment {
        content_version: model.version.clone(),
        step,
        reached,
        steps,
        dimensions,
        overall,
        efficiency,
        added_value,
        lower_gaps,
        completeness: Completeness { total, answered, dont_know, not_relevant, provisional },
        dma: crosswalk::dma(model, answers),
        dii: crosswalk::dii(model, answers),
        notes,
    }
}

impl Assessment {
    /// The next step to work towards, or `None` at the top of the staircase.
    pub fn next_step(&self) -> Option<&StepResult> {
        self.steps.iter().find(|s| s.step == self.reached + 1)
    }

    /// Steps above the next one that are met already, but do not count because a lower
    /// step is not in place.
    pub fn met_above_cap(&self) -> Vec<u8> {
        self.steps.iter().filter(|s| s.met && s.step > self.reached + 1).map(|s| s.step).collect()
    }

    pub fn dimension(&self, id: &str) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weighted_mean_rounds_half_up_and_is_none_without_weight() {
        assert_eq!(weighted_mean([(33, 1), (34, 1)].into_iter()), Some(34)); // 33.5
        assert_eq!(weighted_mean([(0, 1), (100, 3)].into_iter()), Some(75));
        assert_eq!(weighted_mean(std::iter::empty()), None);
        assert_eq!(weighted_mean([(50, 0)].into_iter()), None);
    }
}
