//! Scoring: from a model and answers to an [`Assessment`].
//!
//! Owns the method, which the method document spells out:
//! - **The step comes from the digital solutions in use.** Only *solution* questions
//!   (which digital solutions the company uses, and for what) place it; each is a sign of
//!   exactly one step. A step is *in place* when at least its threshold share of its
//!   relevant signs (by weight) is in place, and at least `min_evidence` of its signs apply
//!   to the company. The company stands on **the highest step in place, less one for each
//!   step below it that is not**: that is, on as many steps as are in place (0 to 5; 0 is
//!   "not yet on step 1"). So one answer moves the placement by one step at most, a better
//!   answer never lowers it, and a step left open below still counts against the company.
//! - **Cross-cutting areas never set or cap the step.** *Enabler* questions (leadership,
//!   people, security, networks, green) are scored and named when they hold the company
//!   back: an enabler that matters on the way to the next step and is not in place.
//! - **Answer semantics.** "Not relevant" takes a question out of the evidence and the
//!   averages (it neither helps nor hurts, apart from the minimum of evidence). "Don't know"
//!   and unanswered questions are left out of averages and count as *missing* for steps;
//!   the result names the "don't know" answers so the company can find out.
//! - **Scores.** A dimension's score is the weight-averaged score (0-100) of its answered
//!   questions; the overall score averages the dimensions by their weights; the two axis
//!   scores average the questions that speak to efficiency or added value.
//!
//! Does not own words (see [`crate::explain`]) or storage. Deterministic and total: answers
//! that do not fit the model (unknown question, unknown option) are ignored and noted, and
//! answers to retired questions are kept, named, and not counted.

use crate::answers::{Answer, Answers};
use crate::crosswalk::{self, DiiEstimate, DmaScore};
use crate::model::{Model, Question, QuestionId, Role, Text};

/// The result of scoring one set of answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// The content version the answers were scored against.
    pub content_version: Text,
    /// The step the company stands on: how many steps are in place, 0 (not yet on step 1)
    /// to the top step.
    pub step: u8,
    /// One entry per step of the model, lowest first.
    pub steps: Vec<StepResult>,
    /// One entry per dimension of the model, in model order.
    pub dimensions: Vec<DimensionScore>,
    pub overall: Option<u32>,
    pub efficiency: Option<u32>,
    pub added_value: Option<u32>,
    /// Signs not in place on the steps up to the one the company stands on: what to
    /// revisit even though the step counts.
    pub lower_gaps: Vec<Gap>,
    /// Steps not in place below the highest step that is: each costs the company a step.
    pub open_below: Vec<u8>,
    /// Every cross-cutting condition not in place, in question order (each with the lowest
    /// step it matters on, or 0 when it holds back no step). What holds the company back
    /// on its way to a given step is [`Assessment::holding_back`].
    pub enablers_open: Vec<Gap>,
    /// Questions answered "don't know", in question order: what to find out.
    pub unknown: Vec<QuestionId>,
    /// Answers to questions earlier versions asked and this one does not: kept, not counted.
    pub retired: Vec<QuestionId>,
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
    /// How many signs the step has, and how many apply (not answered "not relevant").
    pub signs: u32,
    pub relevant: u32,
    /// Total weight of the relevant signs, and of those in place.
    pub relevant_weight: u32,
    pub in_place_weight: u32,
    /// The weight in place the step needs: its threshold share of the relevant weight,
    /// rounded up.
    pub needed_weight: u32,
    /// The step's rule, copied from the model for explanation.
    pub threshold_percent: u32,
    pub min_evidence: u32,
    /// Whether enough of its signs apply to judge the step at all.
    pub enough_evidence: bool,
    /// Whether the step is in place.
    pub met: bool,
    /// The step's relevant signs that are not in place (not in place, "don't know" or
    /// unanswered), in question order.
    pub missing: Vec<Gap>,
    /// The step's signs that are in place, in question order.
    pub in_place: Vec<QuestionId>,
}

/// One piece of evidence that is not in place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    /// The step this question is a sign of (for an enabler: the step it holds back).
    pub step: u8,
    pub question: QuestionId,
    pub reason: GapReason,
    /// The answer's score when an option was chosen (how far from in place it is).
    pub score: Option<u32>,
}

impl Gap {
    /// For ordering, furthest from in place first: a scored answer by its score, then
    /// "don't know", then unanswered.
    pub fn severity(&self) -> u32 {
        match self.reason {
            GapReason::NotInPlace => self.score.unwrap_or(0),
            GapReason::DontKnow => 1_000,
            GapReason::Unanswered => 2_000,
        }
    }
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
pub(crate) enum Status {
    /// A scored option: its score and whether it counts as in place.
    Scored {
        score: u32,
        in_place: bool,
    },
    NotRelevant,
    DontKnow,
    Unanswered,
}

impl Status {
    /// Why this answer is a gap, and its score; `None` when it is in place or not relevant.
    fn gap(self) -> Option<(GapReason, Option<u32>)> {
        match self {
            Status::Scored { in_place: true, .. } | Status::NotRelevant => None,
            Status::Scored { in_place: false, score } => Some((GapReason::NotInPlace, Some(score))),
            Status::DontKnow => Some((GapReason::DontKnow, None)),
            Status::Unanswered => Some((GapReason::Unanswered, None)),
        }
    }
}

pub(crate) fn status(model: &Model, q: &Question, answers: &Answers, notes: &mut Vec<Note>) -> Status {
    match answers.get(&q.id) {
        None => Status::Unanswered,
        Some(Answer::Option(value)) => match model.option(q, value) {
            Some(o) => Status::Scored { score: o.score.min(100), in_place: o.in_place },
            None => {
                notes.push(Note::UnknownOption { question: q.id.clone(), value });
                Status::Unanswered
            }
        },
        Some(Answer::NotRelevant) if crate::answers::offers(model, q, &Answer::NotRelevant) => Status::NotRelevant,
        Some(Answer::NotRelevant) => {
            notes.push(Note::NotRelevantNotOffered(q.id.clone()));
            Status::Unanswered
        }
        Some(Answer::DontKnow) if crate::answers::offers(model, q, &Answer::DontKnow) => Status::DontKnow,
        Some(Answer::DontKnow) => {
            notes.push(Note::DontKnowNotOffered(q.id.clone()));
            Status::Unanswered
        }
    }
}

/// Weighted mean rounded half up; `None` when the total weight is zero.
fn weighted_mean(pairs: impl Iterator<Item = (u32, u32)>) -> Option<u32> {
    let (sum, weight) =
        pairs.fold((0u64, 0u64), |(s, w), (value, weight)| (s + u64::from(value) * u64::from(weight), w + u64::from(weight)));
    (weight > 0).then(|| ((2 * sum + weight) / (2 * weight)) as u32)
}

/// The weight in place a step needs: `threshold`% of `relevant`, rounded up.
pub(crate) fn needed_weight(relevant: u32, threshold_percent: u32) -> u32 {
    let needed = (u64::from(relevant) * u64::from(threshold_percent.min(100))).div_ceil(100);
    u32::try_from(needed).unwrap_or(u32::MAX)
}

/// Scores one set of answers against a model.
pub fn assess(model: &Model, answers: &Answers) -> Assessment {
    let mut notes = Vec::new();
    let mut retired = Vec::new();
    for (id, _) in answers.iter() {
        if model.question(id).is_none() {
            if model.is_retired(id) {
                retired.push(id.clone());
            } else {
                notes.push(Note::UnknownQuestion(id.clone()));
            }
        }
    }
    let statuses: Vec<(&Question, Status)> = model.questions.iter().map(|q| (q, status(model, q, answers, &mut notes))).collect();

    // Steps in model order (1 to 5; the content tests keep them so).
    let steps: Vec<StepResult> = model
        .steps
        .iter()
        .map(|step| {
            let mut result = StepResult {
                step: step.id,
                signs: 0,
                relevant: 0,
                relevant_weight: 0,
                in_place_weight: 0,
                needed_weight: 0,
                threshold_percent: step.threshold_percent,
                min_evidence: step.min_evidence,
                enough_evidence: false,
                met: false,
                missing: Vec::new(),
                in_place: Vec::new(),
            };
            let signs = statuses.iter().filter(|(q, _)| q.role == Role::Solution && q.steps.contains(&step.id));
            for (q, st) in signs {
                result.signs += 1;
                if *st == Status::NotRelevant {
                    continue;
                }
                result.relevant += 1;
                result.relevant_weight += q.weight;
                match st.gap() {
                    None => {
                        result.in_place_weight += q.weight;
                        result.in_place.push(q.id.clone());
                    }
                    Some((reason, score)) => result.missing.push(Gap { step: step.id, question: q.id.clone(), reason, score }),
                }
            }
            result.needed_weight = needed_weight(result.relevant_weight, step.threshold_percent);
            result.enough_evidence = result.relevant >= step.min_evidence.max(1);
            result.met = result.enough_evidence && result.in_place_weight >= result.needed_weight;
            result
        })
        .collect();

    let step = steps.iter().filter(|s| s.met).count() as u8;
    let highest_met = steps.iter().filter(|s| s.met).map(|s| s.step).max().unwrap_or(0);
    let open_below = steps.iter().filter(|s| !s.met && s.step < highest_met).map(|s| s.step).collect();

    // Lowest step first, question order within a step.
    let lower_gaps: Vec<Gap> = steps.iter().filter(|s| s.step <= step).flat_map(|s| s.missing.iter().cloned()).collect();

    let enablers_open = statuses
        .iter()
        .filter(|(q, _)| q.role == Role::Enabler)
        .filter_map(|(q, st)| {
            let step = q.steps.iter().min().copied().unwrap_or(0);
            st.gap().map(|(reason, score)| Gap { step, question: q.id.clone(), reason, score })
        })
        .collect();
    let unknown = statuses.iter().filter(|(_, st)| *st == Status::DontKnow).map(|(q, _)| q.id.clone()).collect();

    let scored = |q: &Question, st: &Status| match st {
        Status::Scored { score, .. } => Some((*score, q.weight)),
        _ => None,
    };
    let dimensions: Vec<DimensionScore> = model
        .dimensions
        .iter()
        .map(|d| DimensionScore {
            id: d.id.clone(),
            score: weighted_mean(statuses.iter().filter(|(q, _)| q.dimension == d.id).filter_map(|(q, st)| scored(q, st))),
        })
        .collect();
    let overall = weighted_mean(model.dimensions.iter().zip(&dimensions).filter_map(|(d, s)| s.score.map(|score| (score, d.weight))));
    let efficiency = weighted_mean(statuses.iter().filter(|(q, _)| q.axis.counts_for_efficiency()).filter_map(|(q, st)| scored(q, st)));
    let added_value = weighted_mean(statuses.iter().filter(|(q, _)| q.axis.counts_for_added_value()).filter_map(|(q, st)| scored(q, st)));

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
        steps,
        dimensions,
        overall,
        efficiency,
        added_value,
        lower_gaps,
        open_below,
        enablers_open,
        unknown,
        retired,
        completeness: Completeness { total, answered, dont_know, not_relevant, provisional },
        dma: crosswalk::dma(model, answers),
        dii: crosswalk::dii(model, answers),
        notes,
    }
}

/// The step the cross-cutting conditions are judged against: the next step up, or, once
/// the company stands on the step it aims for (or higher), the step it stands on (what it
/// needs to hold on to it). At the top, the top step.
pub fn holding_back_step(assessment: &Assessment, ambition: Option<u8>) -> u8 {
    let top = assessment.steps.len() as u8;
    match ambition {
        Some(a) if assessment.step >= a && assessment.step > 0 => assessment.step,
        _ => (assessment.step + 1).min(top),
    }
}

impl Assessment {
    /// The cross-cutting conditions not in place that matter on the way to `step` (see
    /// [`holding_back_step`]), the most important first: those most particular to this
    /// step (that matter on the fewest steps: buyer competence on the first steps, in-house
    /// skills on the advanced ones, before the security basics and change leadership that
    /// matter everywhere), then the furthest from in place ("no" before "a little", then
    /// "don't know", then unanswered), then question order.
    pub fn holding_back(&self, model: &Model, step: u8) -> Vec<Gap> {
        let mut gaps: Vec<(usize, Gap)> = self
            .enablers_open
            .iter()
            .filter_map(|g| {
                let q = model.question(&g.question)?;
                q.steps.contains(&step).then(|| (q.steps.len(), Gap { step, ..g.clone() }))
            })
            .collect();
        gaps.sort_by_key(|(breadth, g)| (*breadth, g.severity()));
        gaps.into_iter().map(|(_, g)| g).collect()
    }

    /// The lowest step not in place, or `None` when every step is.
    pub fn lowest_open(&self) -> Option<&StepResult> {
        self.steps.iter().find(|s| !s.met)
    }

    /// The highest step that is in place (0 when none is).
    pub fn highest_in_place(&self) -> u8 {
        self.steps.iter().filter(|s| s.met).map(|s| s.step).max().unwrap_or(0)
    }

    /// Steps that are not in place because too few of their signs apply to the company.
    pub fn too_little_evidence(&self) -> Vec<&StepResult> {
        self.steps.iter().filter(|s| !s.enough_evidence).collect()
    }

    pub fn dimension(&self, id: &str) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// Whether the company is at the top of the staircase.
    pub fn at_top(&self) -> bool {
        self.steps.iter().all(|s| s.met)
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

    #[test]
    fn the_needed_weight_rounds_up() {
        assert_eq!(needed_weight(3, 60), 2); // 1.8
        assert_eq!(needed_weight(4, 60), 3); // 2.4
        assert_eq!(needed_weight(2, 60), 2); // 1.2
        assert_eq!(needed_weight(5, 60), 3);
        assert_eq!(needed_weight(0, 60), 0);
        assert_eq!(needed_weight(4, 100), 4);
    }
}
