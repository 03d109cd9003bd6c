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
use std::borrow::Cow;
use std::fmt;

/// Text in the model: borrowed from the compiled-in model (`builtin::model()`, a static
/// with no start-up cost), owned when read from JSON.
pub type Text = Cow<'static, str>;
/// A list in the model, borrowed or owned like [`Text`].
pub type List<T> = Cow<'static, [T]>;

/// A question's stable ID, e.g. `"ops.business-system"`. Never reused for another question.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct QuestionId(pub Text);

impl QuestionId {
    pub fn new(id: impl Into<String>) -> Self {
        QuestionId(Cow::Owned(id.into()))
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

/// Our estimate of the time a busy owner-manager takes per question: read the question,
/// its line of help and four answers that describe each level (74 Danish words on average
/// in content version 2, about 19 s at 230 words a minute), then decide and click (about
/// 4 s). A content test keeps the estimate at least what the words take to read, and the
/// questionnaire within 12 minutes. No measurement with users yet; the start screen shows
/// the resulting minutes.
pub const SECONDS_PER_QUESTION: u32 = 23;
/// The reading pace the estimate assumes, in words a minute.
pub const WORDS_PER_MINUTE: u32 = 230;

/// The whole model, as parsed from `content/model.json`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    /// The content version, saved with answers so that later versions can tell what a
    /// company saw (e.g. `"slice-1"`).
    pub version: Text,
    /// The five steps of the staircase, lowest first.
    pub steps: List<Step>,
    pub dimensions: List<Dimension>,
    pub scales: List<Scale>,
    /// What the company profile offers to choose from.
    pub profile: ProfileOptions,
    /// The questions in the order they are asked, grouped by dimension.
    pub questions: List<Question>,
    /// Questions earlier content versions asked and this one no longer does. Their IDs are
    /// never used again; answers to them are kept and named, but no longer count.
    pub retired: List<Retired>,
    pub provisional: ProvisionalRule,
    /// Mappings to other frameworks, for people who know them.
    pub crosswalks: Crosswalks,
    /// Published figures about Danish SMEs shown beside matching answers.
    pub context: List<ContextFigure>,
    /// The source documents questions cite, with their sections (for readable references).
    pub documents: List<Document>,
}

/// A question an earlier content version asked and this one does not.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retired {
    pub id: QuestionId,
    /// The last content version that asked it.
    pub content: Text,
}

/// A source document (a seed file, `seed<id>`), and where its sections begin.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// The seed file's number, e.g. `000`; its name is the text `source.seed<id>`.
    pub id: Text,
    /// Sections in the order of their first line; a line belongs to the last section that
    /// begins at or before it. Their names are the texts `source.seed<id>.<section>`.
    pub sections: List<DocumentSection>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentSection {
    pub id: Text,
    /// Its first line in the seed file.
    pub from: u32,
}

/// Where a question or an action comes from: lines of a seed file, and a few words that
/// stand on those lines (the content tests read the line and find them). The app shows
/// the document and section in the reader's language, never the line numbers.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// The seed file's number, e.g. `000` (one of the model's `documents`).
    pub doc: Text,
    /// The first and last line cited (1-based, inclusive).
    pub from: u32,
    pub to: u32,
    /// Words from those lines, as they stand there (left out of the WebAssembly bundles).
    pub quote: Text,
}
/// One step of the digital transformation staircase.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// 1 to 5.
    pub id: u8,
    /// The share of the step's relevant signs (by weight, in percent) that must be in place
    /// for the step to count as in place.
    pub threshold_percent: u32,
    /// At least this many of its signs must apply to the company (not answered "not
    /// relevant") for the step to be judged at all; with fewer, it is not in place.
    pub min_evidence: u32,
}

/// A cross-cutting dimension, scored 0-100.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: Text,
    /// Weight of the dimension in the overall score.
    pub weight: u32,
    /// The score (0-100) we estimate a company has in this dimension on steps 1 to 5; the
    /// target for a company that aims at a step. This project's own estimate, labelled as
    /// such in the app and the method document (no published source gives such figures).
    pub targets: List<u32>,
}

impl Dimension {
    /// The target score for a company aiming at `step`.
    pub fn target(&self, step: u8) -> Option<u32> {
        self.targets.get(usize::from(step).checked_sub(1)?).copied()
    }
}

/// The choices of the company profile. The ambition is a step of the staircase.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileOptions {
    /// Industry IDs, e.g. `manufacturing`; the last is the catch-all `other`.
    pub industries: List<Text>,
    /// Size bands by number of employees, e.g. `10-49`.
    pub sizes: List<Text>,
}

/// Mappings of the questionnaire onto two public frameworks. Indicative: they say how
/// our answers would read in those frameworks, not what their own questionnaires give.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Crosswalks {
    pub dma: DmaMapping,
    pub dii: DiiMapping,
}

/// The EU Digital Maturity Assessment (EDIH network): six dimensions scored 0-100.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DmaMapping {
    pub source: Text,
    /// Bands by lowest score, ascending (e.g. basic from 0, average from 26).
    pub bands: List<Band>,
    pub dimensions: List<DmaDimension>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: Text,
    pub min: u32,
}

/// One DMA dimension, estimated as the average score of our questions that speak to it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DmaDimension {
    pub id: Text,
    pub questions: List<QuestionId>,
}

/// Eurostat's Digital Intensity Index: how many of 12 indicators a firm meets.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiiMapping {
    pub source: Text,
    /// Levels by lowest count of indicators met, ascending.
    pub levels: List<Band>,
    pub indicators: List<DiiIndicator>,
}

/// One DII indicator; met when any of its conditions holds. An indicator with no
/// conditions is one the questionnaire does not ask about.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiiIndicator {
    pub id: Text,
    pub any: List<AnswerAtLeast>,
}

/// "The answer to `question` is option `min` or better."
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerAtLeast {
    pub question: QuestionId,
    pub min: u8,
}

/// A published figure shown beside a matching answer (or a matching industry).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextFigure {
    pub id: Text,
    /// Shown when this question is answered.
    #[serde(default)]
    pub question: Option<QuestionId>,
    /// Shown when the company is in this industry.
    #[serde(default)]
    pub industry: Option<Text>,
    /// The country the figure describes: shown only on that country's sites.
    pub country: Country,
    pub source: Text,
}

/// A shared answer scale: the options a question offers and what each is worth.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub id: Text,
    pub options: List<ScaleOption>,
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

/// What a question's answer is evidence of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Which digital solutions the company uses, and for what: a sign of exactly one step
    /// of the staircase. Only these place the company on a step.
    Solution,
    /// A cross-cutting condition (leadership, people, security, networks, green): scored,
    /// shown and advised on, and named when it holds the company back on its way to one of
    /// its `steps`; it never sets or caps the step.
    Enabler,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: QuestionId,
    pub dimension: Text,
    pub role: Role,
    /// For a solution, the one step it is a sign of. For an enabler, the steps on whose way
    /// the source says it matters (it may be none, e.g. for the green questions).
    pub steps: List<u8>,
    pub axis: Axis,
    pub scale: Text,
    /// Whether "not relevant for us" is offered.
    pub not_relevant: bool,
    /// Whether "don't know" is offered.
    pub dont_know: bool,
    /// Weight in its dimension's average and in its step's evidence.
    pub weight: u32,
    /// Where the question comes from.
    pub sources: List<Citation>,
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

/// The advice content: actions, the help catalogue and the routing rule, compiled from
/// `content/advice.json` (by `build.rs`, like the model).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdviceData {
    /// The kinds of help, in the order the catalogue lists them.
    pub help_types: List<Text>,
    pub actions: List<Action>,
    pub catalogue: List<HelpEntry>,
    pub routing: Routing,
    /// The kinds of project an action is, as programmes name what they fund.
    pub project_kinds: List<Text>,
    /// What must be in place before anything else, from a step on (a tested backup and
    /// two-step login before any lab visit).
    pub floors: List<Floor>,
    /// Floors that matter below their step too: the first of these not in place has its
    /// action come second, right after the first action (two-step login before the backup).
    #[serde(default)]
    pub early_floors: List<QuestionId>,
}

/// A floor: from `from_step` on (the step a company stands on), `question` must be
/// answered at least `min`; below it, the advice starts there.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Floor {
    pub question: QuestionId,
    pub min: u8,
    pub from_step: u8,
    /// When the floor's own answer counts as in place on its scale (though below `min`)
    /// and every question here is in place too, the floor's action comes second, right
    /// after the first action, instead of first: backups that run off site but were never
    /// restored, in a firm with two-step login, its own digital skills and a direction, are
    /// a short job to order, not a reason to bury the advice that moves the firm. Empty:
    /// always first.
    #[serde(default)]
    pub second_if_in_place: List<QuestionId>,
}

/// Whom a programme or scheme is for, as its owner states it. Empty means anyone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conditions {
    /// Full-time staff, at least and at most.
    #[serde(default)]
    pub min_fte: Option<u32>,
    #[serde(default)]
    pub max_fte: Option<u32>,
    /// The kinds of project it supports (IDs of `project_kinds`); empty: any.
    #[serde(default)]
    pub projects: List<Text>,
    /// Questions whose answers must be in place: what the firm must have done first (a
    /// grant for implementing a clarified project asks for a digital direction).
    #[serde(default)]
    pub requires: List<QuestionId>,
}

/// A concrete next action a company can take.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: Text,
    /// The staircase steps the action serves.
    pub steps: List<u8>,
    /// The signs (questions) the action puts in place.
    pub closes: List<QuestionId>,
    pub stage: Stage,
    /// Whether it mainly brings efficiency, added value, or both.
    pub axis: Axis,
    pub effort: Effort,
    /// The kinds of help that deliver it (IDs of `help_types`).
    pub help: List<Text>,
    /// The industries it was written for (IDs of the model's industries), or `all`.
    pub industries: List<Text>,
    /// Industries it does not suit even though it is for `all` (a sensor pilot for a
    /// consultancy).
    #[serde(default)]
    pub unsuited: List<Text>,
    /// The size bands it is written for (empty: any): an HR manager for hire is for small
    /// firms.
    #[serde(default)]
    pub sizes: List<Text>,
    /// Questions whose answers must be in place before it makes sense (using the data in the
    /// ERP asks for an ERP).
    #[serde(default)]
    pub requires: List<QuestionId>,
    /// The answers (option values) to the questions it closes for which it is offered: a
    /// first try for a firm that has not begun, taking a pilot into daily work for one that
    /// runs a pilot. "Don't know" and unanswered count as the lowest option. Empty: any.
    #[serde(default)]
    pub for_answers: List<u8>,
    /// The kind of project it is (one of `project_kinds`), which decides the programmes
    /// that may fund it.
    pub project: Text,
    /// Where the action comes from (left out of the WebAssembly bundles).
    pub sources: List<Citation>,
}

/// The stages of the service chain (the German Mittelstand 4.0 centres' chain, seed 000).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Inform,
    Demonstrate,
    Qualify,
    Design,
    Realise,
}

/// Rough effort of a first move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Effort {
    Hours,
    Days,
    Weeks,
}

/// The country a catalogue entry belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Country {
    Dk,
    No,
}

/// An organisation (never a person) that helps SMEs, as the catalogue lists it. Its name,
/// offer and audience are in the language files (`help.<id>.name`, `.offers`, `.audience`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpEntry {
    pub id: Text,
    pub country: Country,
    /// One of `help_types`.
    pub kind: Text,
    /// The steps its help fits.
    pub steps: List<u8>,
    /// Its public address, shown as a plain link (never fetched by the app).
    pub url: Option<Text>,
    /// The areas (dimension IDs) its help is about, for a tool on one subject (IT
    /// security, climate); empty: any.
    #[serde(default)]
    pub dimensions: List<Text>,
    /// Whom it is for; its one-line statement is generated from these and
    /// `help.<id>.conditions` in the language files.
    #[serde(default)]
    pub conditions: Conditions,
    /// Where each fact comes from.
    pub sources: List<Text>,
}

/// When the next move is specialist help rather than basic advice close to home.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Routing {
    /// From this step on (the step being worked towards), specialists come first.
    pub specialist_from_step: u8,
    /// The help types that count as basic advice close to home, and as specialist help.
    pub basic: List<Text>,
    pub specialist: List<Text>,
}

/// The share code's code book: for every content version ever released, the slot of each
/// question and the profile's choices. Append-only: a version, once released, is never
/// changed, and a later version starts with all of the previous version's slots, so a
/// code made by any version keeps decoding (`content/codebook.json`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeBook {
    /// The rule above, for whoever edits the file.
    pub comment: Text,
    pub versions: List<CodeBookVersion>,
}

/// What a code of one content version holds, in order.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeBookVersion {
    /// The model's `version` these codes were made with.
    pub content: Text,
    pub industries: List<Text>,
    pub sizes: List<Text>,
    /// The highest step an ambition can name.
    pub steps: u8,
    pub slots: List<Slot>,
}

/// One question's place in a code, and the option values it can carry.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slot {
    pub question: QuestionId,
    pub options: List<u8>,
}

impl CodeBook {
    /// Reads a code book from its JSON text (tests and tools; the app compiles it in).
    pub fn parse(json: &str) -> Result<CodeBook, ModelError> {
        serde_json::from_str(json).map_err(|e| ModelError::Shape(e.to_string()))
    }
}

impl AdviceData {
    /// Reads advice content from its JSON text (tests and tools; the app compiles it in).
    pub fn parse(json: &str) -> Result<AdviceData, ModelError> {
        serde_json::from_str(json).map_err(|e| ModelError::Shape(e.to_string()))
    }

    pub fn action(&self, id: &str) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }
}

/// The industry an action is for when it suits every industry.
pub const ALL_INDUSTRIES: &str = "all";

impl Action {
    /// Whether the action suits a company in `industry` (none chosen, or `other`: only the
    /// actions for every industry).
    pub fn suits(&self, industry: Option<&str>) -> bool {
        let unsuited = industry.is_some_and(|ind| self.unsuited.iter().any(|u| u == ind));
        !unsuited && self.industries.iter().any(|i| i == ALL_INDUSTRIES || Some(i.as_ref()) == industry)
    }

    /// Whether it was written for `industry` in particular.
    pub fn made_for(&self, industry: Option<&str>) -> bool {
        industry.is_some_and(|ind| self.industries.iter().any(|i| i == ind))
    }

    /// Whether it is offered for a question answered `value` (`None`: "don't know" or
    /// unanswered, which count as the lowest option); see `for_answers`.
    pub fn fits_answer(&self, value: Option<u8>) -> bool {
        self.for_answers.is_empty() || self.for_answers.contains(&value.unwrap_or(0))
    }
}

impl Conditions {
    pub fn is_empty(&self) -> bool {
        self.min_fte.is_none() && self.max_fte.is_none() && self.projects.is_empty() && self.requires.is_empty()
    }

    /// Whether a company whose full-time staff lie in `staff` (inclusive) can meet the
    /// size condition: the ranges overlap. (The profile asks a size band, so a band that
    /// can meet it gets the entry with its condition line.)
    pub fn size_fits(&self, staff: Option<(u32, u32)>) -> bool {
        let Some((low, high)) = staff else { return true };
        self.min_fte.is_none_or(|min| high >= min) && self.max_fte.is_none_or(|max| low <= max)
    }

    /// Whether it supports a project of this kind.
    pub fn project_fits(&self, kind: &str) -> bool {
        self.projects.is_empty() || self.projects.iter().any(|p| p == kind)
    }
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

    /// Whether `id` is a question an earlier content version asked and this one does not.
    pub fn is_retired(&self, id: &QuestionId) -> bool {
        self.retired.iter().any(|r| &r.id == id)
    }

    /// The lowest option of the question's scale that counts as in place: what a sign needs.
    pub fn in_place_from(&self, question: &Question) -> Option<u8> {
        self.scale(&question.scale)?.options.iter().find(|o| o.in_place).map(|o| o.value)
    }

    /// The option with `value` on the question's scale, if both exist.
    pub fn option(&self, question: &Question, value: u8) -> Option<&ScaleOption> {
        self.scale(&question.scale)?.options.iter().find(|o| o.value == value)
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
            "profile":{"industries":[],"sizes":[]},
            "crosswalks":{"dma":{"source":"","bands":[],"dimensions":[]},"dii":{"source":"","levels":[],"indicators":[]}},
            "context":[], "retired":[], "documents":[],
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
