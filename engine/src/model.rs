//! The maturity model as data: steps, dimensions, answer scales and questions.
//!
//! Owns the shape of `content/model.json` and lookups by ID. Does not own any words (see
//! [`crate::text`]) or any scoring rule beyond the numbers the data carries (see
//! [`crate::assess`]). Consistency of the shipped data (unique IDs, no dangling references,
//! scores in range) is checked by the named tests in `engine/tests/content.rs`; the code
//! here stays total even for an inconsistent model.
//!
//! All numbers are integers (scores 0-100, weights, thresholds in percent), so every
//! result is exact and can be recomputed by hand from the method document.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A question's stable ID, e.g. `"ops.business-system"`. Never reused for another question.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct QuestionId(pub String);

impl QuestionId {
    pub fn new(id: impl Into<String>) -> Self {
        QuestionId(id.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for QuestionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Our estimate of the time a busy owner-manager takes per question: read, think, click.
pub const SECONDS_PER_QUESTION: u32 = 20;

/// The whole model, as parsed from `content/model.json`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    /// The content version, saved with answers so that later versions can tell what a
    /// company saw (e.g. `"slice-1"`).
    pub version: String,
    /// The five steps of the staircase, lowest first.
    pub steps: Vec<Step>,
    pub dimensions: Vec<Dimension>,
    pub scales: Vec<Scale>,
    /// The questions in the order they are asked.
    pub questions: Vec<Question>,
    pub provisional: ProvisionalRule,
}

/// One step of the digital transformation staircase.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// 1 to 5.
    pub id: u8,
    /// The share of the step's evidence (by weight, in percent) that must be in place for
    /// the step to count as met.
    pub threshold_percent: u32,
}

/// A cross-cutting dimension, scored 0-100.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    /// Weight of the dimension in the overall score.
    pub weight: u32,
}

/// A shared answer scale: the options a question offers and what each is worth.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub id: String,
    pub options: Vec<ScaleOption>,
}

/// One answer option on a scale.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleOption {
    /// The option's stable value within its scale (shown as `data-value`, saved in answers).
    pub value: u8,
    /// What the option is worth, 0-100.
    pub score: u32,
    /// Whether this answer counts as "in place" when the question is evidence for a step.
    pub in_place: bool,
}

/// Whether a question speaks to doing things better (efficiency), to new or better
/// products and services (added value), or to both: the two axes of the seed's map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Axis {
    Efficiency,
    AddedValue,
    Both,
}

impl Axis {
    pub fn counts_for_efficiency(self) -> bool {
        matches!(self, Axis::Efficiency | Axis::Both)
    }
    pub fn counts_for_added_value(self) -> bool {
        matches!(self, Axis::AddedValue | Axis::Both)
    }
}

/// One question.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: QuestionId,
    pub dimension: String,
    /// The staircase steps this question gives evidence for.
    pub steps: Vec<u8>,
    pub axis: Axis,
    pub scale: String,
    /// Whether "not relevant for us" is offered.
    pub not_relevant: bool,
    /// Whether "don't know" is offered.
    pub dont_know: bool,
    /// Weight in its dimension's average and in its steps' evidence.
    pub weight: u32,
    /// Where the question comes from: a seed file and line, or a named public framework.
    pub source: String,
}

/// When a result is marked provisional.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvisionalRule {
    /// Below this share (percent) of questions answered, the result is provisional.
    pub min_answered_percent: u32,
    /// Above this share (percent) of "don't know" among answered questions, too.
    pub max_unknown_percent: u32,
}

/// Why a model could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModelError {
    /// Not valid JSON, or not the shape of a model; the text names the field.
    Shape(String),
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::Shape(why) => write!(f, "the model data is not readable: {why}"),
        }
    }
}

impl Model {
    /// Reads a model from its JSON text.
    pub fn parse(json: &str) -> Result<Model, ModelError> {
        serde_json::from_str(json).map_err(|e| ModelError::Shape(e.to_string()))
    }

    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        self.questions.iter().find(|q| &q.id == id)
    }

    /// The position of a question in the order of asking.
    pub fn question_index(&self, id: &QuestionId) -> Option<usize> {
        self.questions.iter().position(|q| &q.id == id)
    }

    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.id == id)
    }

    pub fn step(&self, id: u8) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// The option with `value` on the question's scale, if both exist.
    pub fn option(&self, question: &Question, value: u8) -> Option<&ScaleOption> {
        self.scale(&question.scale)?
            .options
            .iter()
            .find(|o| o.value == value)
    }

    /// About how many minutes the questionnaire takes at a normal pace
    /// ([`SECONDS_PER_QUESTION`] each), rounded, at least 1.
    pub fn minutes_to_answer(&self) -> u32 {
        let seconds = self.questions.len() as u32 * SECONDS_PER_QUESTION;
        ((seconds + 30) / 60).max(1)
    }

    /// The highest step number in the model (5 for the staircase).
    pub fn top_step(&self) -> u8 {
        self.steps.iter().map(|s| s.id).max().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_with_an_unknown_field_is_refused_with_the_field_named() {
        let json = r#"{"version":"x","steps":[],"dimensions":[],"scales":[],"questions":[],
            "provisional":{"min_answered_percent":80,"max_unknown_percent":25},"colour":"red"}"#;
        let err = Model::parse(json).unwrap_err();
        assert!(err.to_string().contains("colour"), "{err}");
    }

    #[test]
    fn malformed_json_is_an_error_not_a_panic() {
        assert!(Model::parse("{").is_err());
        assert!(Model::parse("").is_err());
        assert!(Model::parse("[]").is_err());
    }
}
