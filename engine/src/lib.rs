//! # digitrappe-engine: everything Digitrappen knows, nothing about how it is shown
//!
//! This crate is the pure core of the calculator. It is compiled twice: natively, where
//! `cargo test -p digitrappe-engine` runs the content, persona and property tests, and to
//! WebAssembly as a dependency of the Yew app in the workspace root.
//!
//! ## Map
//! - [`lang`]: the three languages and how a language tag (`?lang=`, `navigator.language`)
//!   is read into one.
//! - [`model`]: the maturity model as data (steps, dimensions, scales, questions), parsed
//!   from `content/model.json`, which [`builtin`] embeds.
//! - [`text`]: one language's texts (UI strings and content texts), parsed from
//!   `content/i18n/<lang>.json`, and the tiny `{placeholder}` template filler.
//! - [`answers`]: what a company answered, keyed by stable question IDs.
//! - [`assess`]: the scoring: step placement by gating, dimension and axis scores,
//!   lower-step gaps, completeness.
//! - [`explain`]: the assessment put into plain sentences in one language.
//! - [`saved`]: the versioned format of progress kept in the browser, a boundary with its
//!   own types and typed errors.
//!
//! ## Architecture invariants
//! - **No UI, no browser, no effects.** This crate does not depend on `yew`, `web-sys`,
//!   `gloo`, a clock or randomness (its `Cargo.toml` lists only `serde` and `serde_json`).
//!   The same answers always give the same result.
//! - **No content in code.** Question texts, scales, weights and thresholds live in
//!   `content/`; the code knows their shape, not their words.
//! - **IDs, never positions.** Answers and saved progress refer to question IDs and option
//!   values, which are never reused for something else.
//! - **Total.** No function here panics on any input: unknown IDs, missing answers and
//!   malformed JSON give typed errors or are ignored.

pub mod answers;
pub mod assess;
pub mod explain;
pub mod lang;
pub mod model;
pub mod saved;
pub mod text;

pub use answers::{Answer, Answers};
pub use assess::{assess, Assessment};
pub use lang::Lang;
pub use model::{Model, QuestionId};
pub use text::Texts;

/// The content that ships with the app.
pub mod builtin {
    use crate::model::{Model, ModelError};

    /// `content/model.json`, embedded at compile time (it is small and language-neutral).
    pub const MODEL_JSON: &str = include_str!("../../content/model.json");

    /// Parses the embedded model. The content tests guarantee that this succeeds for the
    /// model that ships; the error is still returned, never unwrapped here.
    pub fn model() -> Result<Model, ModelError> {
        Model::parse(MODEL_JSON)
    }
}
