//! # digitrappe-engine: everything Digitrappen knows, nothing about how it is shown
//!
//! This crate is the pure core of the calculator. It is compiled twice: natively, where
//! `cargo test -p digitrappe-engine` runs the content, persona and property tests, and to
//! WebAssembly as a dependency of the Yew app (`ui/`).
//!
//! ## Map
//! The modules live in folders by concern: [`content`] (model, answers, profile, texts,
//! languages, context, crosswalk, method, guide), [`scoring`] (assess, explain, ambition,
//! move_up, advice, catalogue, report, chart), [`formats`] (share, export, saved, history,
//! merge, typed, base64, fnv, qr), [`site`] (config, theme, mode, embed) and [`workshop`]
//! (room, paper). Each is also re-exported at the crate's root (`digitrappe_engine::assess`),
//! so a module's path does not depend on its folder.
//!
//! - [`lang`]: the three languages and how a language tag (`?lang=`, `navigator.language`)
//!   is read into one.
//! - [`model`]: the maturity model as data (steps, dimensions, scales, questions), read
//!   from `content/model.json`; `build.rs` compiles that file into [`builtin::model`].
//! - [`text`]: one language's texts (UI strings and content texts), parsed from
//!   `content/i18n/<lang>.json`, and the tiny `{placeholder}` template filler.
//! - [`answers`]: what a company answered, keyed by stable question IDs.
//! - [`profile`]: the company profile (industry, size, ambition).
//! - [`assess`]: the scoring: the step from the digital solutions in use (as many steps as
//!   are in place), what holds the company back, dimension and axis scores, lower-step
//!   gaps, completeness, and the cross-walks of [`crosswalk`].
//! - [`move_up`]: "what would move us up?": the fewest improvements that put the company on
//!   the next step, and "what if we did this?".
//! - [`ambition`]: the distance to the step the company aims at, per dimension.
//! - [`context`]: published figures that put an answer in context.
//! - [`advice`]: three to five prioritised actions, where to go for help, and the industry
//!   roadmap around the company's step (content in `content/advice.json`).
//! - [`config`]: the site configuration of an embedding site, read strictly (and its
//!   presentation fields leniently, for the embed page and a kiosk's safe default).
//! - [`theme`]: the site's colours and WCAG contrast (too light colours are darkened).
//! - [`embed`]: what the site owner's "Embed on your website" page makes: the
//!   `config.json`, the `<iframe>` snippet, the logo as a data URL.
//! - [`base64`]: standard base64 for the logo's data URL.
//! - [`catalogue`]: who can help with an action, in the site's country and as the site
//!   shapes the catalogue, and which of the site's contact people fit the company.
//! - [`chart`]: the geometry of the result's three charts (staircase, dimension radar,
//!   efficiency x added-value map), drawn by thin SVG views.
//! - [`report`]: all of the above for one company, computed once for the result screen.
//! - [`explain`]: the assessment put into plain sentences in one language.
//! - [`method`]: "How is this calculated?", written out from the model and the texts.
//! - [`saved`]: the versioned format of progress kept in the browser, a boundary with its
//!   own types and typed errors.
//! - [`share`]: the share code (profile and answers as a short, typeable code), read
//!   through the append-only code book in `content/codebook.json`.
//! - [`history`]: assessments kept on the device over time, and comparing two.
//! - [`export`]: the export file (one assessment as JSON), written and read strictly.
//! - [`qr`]: a share link's QR code as SVG path data (modules by the `qrcode` crate).
//! - [`room`]: a workshop room's share codes together, its anonymous picture (steps,
//!   spread per dimension, where it disagrees most) and the geometry of its charts.
//! - [`paper`]: answers on paper: the printable answer sheet and reading typed answers.
//!
//! ## Architecture invariants
//! - **No UI, no browser, no effects.** This crate does not depend on `yew`, `web-sys`,
//!   `gloo`, a clock or randomness (its `Cargo.toml` lists only `serde`, `serde_json` and `qrcode` without its image
//!   features).
//!   The same answers always give the same result.
//! - **No content in code.** Question texts, scales, weights and thresholds live in
//!   `content/`; the code knows their shape, not their words.
//! - **IDs, never positions.** Answers and saved progress refer to question IDs and option
//!   values, which are never reused for something else.
//! - **Total.** No function here panics on any input: unknown IDs, missing answers and
//!   malformed JSON give typed errors or are ignored.

pub mod content;
pub mod formats;
pub mod scoring;
pub mod site;
pub mod workshop;

// Each module at the crate's root too, as the app and the tests name them.
pub use content::{answers, context, crosswalk, guide, lang, method, model, profile, text};
pub use formats::{base64, export, fnv, history, merge, qr, saved, share, typed};
pub use scoring::{advice, ambition, assess, catalogue, chart, explain, move_up, report};
pub use site::{config, embed, mode, theme};
pub use workshop::{paper, room};

pub use answers::{Answer, Answers};
pub use assess::{assess, Assessment};
pub use lang::Lang;
pub use model::{Model, QuestionId};
pub use profile::Profile;
pub use text::Texts;

/// The content that ships with the app.
pub mod builtin {
    use crate::model::*;
    use std::borrow::Cow;

    // `model()`, generated by build.rs from `content/model.json`: the browser never parses
    // the model, and a model file that does not parse stops the build.
    include!(concat!(env!("OUT_DIR"), "/builtin_model.rs"));
}
