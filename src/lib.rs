//! # Digitrappen: the Yew app
//!
//! A digital maturity calculator for small and medium-sized enterprises. It runs entirely
//! in the browser: a company answers a short questionnaire and sees which step of the
//! digital transformation staircase it stands on, and why. Nothing is sent anywhere.
//!
//! ## Architecture map
//! The workspace has two crates:
//! - **`digitrappe-engine`** (`engine/`): the pure core. The model and content as data,
//!   scoring, explanations, the saved format. No UI, browser, clock or randomness; tested
//!   natively (`cargo test -p digitrappe-engine`).
//! - **`digitrappe`** (this crate, the workspace root): the thin Yew layer, built as a
//!   `cdylib` only, so the release build keeps link-time optimisation. Its tests live
//!   inside `src/` and run in headless Chromium (`wasm-pack test`); the built site is
//!   tested end to end by `tests/e2e/`.
//!
//! This crate's modules:
//! - [`run`] (here): the entry point `static/boot.js` calls. It reads the start-up facts
//!   once and mounts [`app::App`].
//! - `startup`: the page address (`?lang=`) and browser languages, parsed once into types.
//! - `storage`: the only module that touches `localStorage`; unreadable data is set aside,
//!   never lost.
//! - `texts`: fetching the active language's file (`content/i18n/<code>.json`).
//! - `state`: the app state and its one pure reducer.
//! - `app`: the root component; effects (saving, `<html lang>`) happen here, at the edge.
//! - `components`: the views, functions of their props.
//!
//! ## Architecture invariants
//! - **The engine never imports yew, web-sys or gloo**; this crate never computes a score.
//! - **No text in code**, except the three-word boot messages shown before any language
//!   file has arrived (`texts::boot_words`).
//! - **Effects at the edge.** Only `storage` touches storage, only `startup` reads the
//!   address, and only `app` decides when to save.
//! - **Strict Content-Security-Policy.** No inline scripts or styles, no `style`
//!   attributes; all URLs are relative, so the app runs from any sub-path.
//! - **Stable test hooks.** `data-testid` names used by outside testers do not change.

mod app;
mod components;
mod shared;
mod startup;
mod state;
mod storage;
mod texts;

#[cfg(test)]
mod test_support;

use shared::Shared;
use state::{AppState, Notice};
use wasm_bindgen::prelude::*;

/// Starts the app inside `root` (called by `static/boot.js` after the wasm is loaded).
#[wasm_bindgen]
pub fn run(root: web_sys::Element) {
    let model = std::rc::Rc::new(digitrappe_engine::builtin::model());
    let start = startup::read();
    let (saved, notice) = match storage::load_progress() {
        storage::Loaded::Nothing => (None, None),
        storage::Loaded::Progress(p) => (Some(p), None),
        storage::Loaded::Unreadable { kept_as, .. } => (None, Some(Notice::Unreadable { kept: kept_as.is_some() })),
    };
    let initial = AppState::new(model, start.lang, saved, notice);
    root.set_text_content(None);
    yew::Renderer::<app::App>::with_root_and_props(root, app::Props { initial: Shared::new(initial) }).render();
}

#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
