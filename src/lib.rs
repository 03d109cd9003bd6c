//! # Digitrappen: the Yew app
//!
//! A digital maturity calculator for small and medium-sized enterprises. It runs entirely
//! in the browser: a company answers a short questionnaire and sees which step of the
//! digital transformation staircase it stands on, and why. Nothing is sent anywhere.
//!
//! ## Architecture map
//! (The whole map, the invariants and what is deliberately absent: `docs/ARCHITECTURE.md`.)
//! The workspace has four crates (`digitrappe-state`, `state/`: the app state and its one
//! pure reducer, without yew, tested natively; this crate's `state` wraps it for Yew):
//! - **`digitrappe-engine`** (`engine/`): the pure core. The model and content as data
//!   (compiled in by its `build.rs`), scoring, explanations, the method document, the saved
//!   format. No UI, browser, clock or randomness; tested natively.
//! - **`digitrappe-ui`** (`ui/`): the page frame, the start screen, the language menu,
//!   notices, the texts loader, storage, start-up parsing; and, natively, the static start
//!   screen that `index.html` shows (`src/bin/start-page.rs`, Yew's server-side rendering).
//! - **`digitrappe`** (this crate, the workspace root): the whole app, the one runtime,
//!   loaded at once behind the static start screen. Built as `cdylib` only, so the release
//!   build keeps link-time optimisation; its tests live inside `src/` and run in headless
//!   Chromium (`wasm-pack test`); the built site is tested by `tests/e2e/`.
//!
//! This crate's modules:
//! - [`run`] (here): the entry point `static/boot.js` calls with the handoff (what the user
//!   did on the static start screen). It reads storage once and mounts [`app::App`].
//! - `state`: the app state and its one pure reducer.
//! - `app`: the root component; effects (saving) happen here, at the edge.
//! - `components`: the app's screens, functions of their props.
//! - `site`: the embedding site's configuration: its address, fetching and reading it.
//! - `browser`: the effects sharing needs (download, clipboard, reading a file, the date).

//! ## Architecture invariants
//! - **The engine never imports yew, web-sys or gloo**; this crate never computes a score.
//! - **No text in code**, except the three-word boot messages shown before any language
//!   file has arrived (`texts::boot_words`).
//! - **Effects at the edge.** Only `digitrappe_ui::storage` touches storage, only
//!   `digitrappe_ui::startup` reads the address, and only `app` decides when to save.
//! - **Strict Content-Security-Policy.** No inline scripts or styles, no `style`
//!   attributes; all URLs are relative, so the app runs from any sub-path.
//! - **Stable test hooks.** `data-testid` names used by outside testers do not change.

mod app;
mod browser;
mod components;
mod site;
mod state;

use digitrappe_ui::handoff::{Handoff, Intent};
use digitrappe_ui::shared::Shared;
use digitrappe_ui::{startup, storage};
use state::{Action, AppState, Notice};
use wasm_bindgen::prelude::*;

/// Starts the app inside `root` (called by `static/boot.js` as soon as the bundle has
/// loaded, over the static start screen): `handoff` is the JSON of a [`Handoff`], what the
/// user did on the static start screen meanwhile.
#[wasm_bindgen]
pub fn run(root: web_sys::Element, handoff: &str) {
    let model = std::rc::Rc::new(digitrappe_engine::builtin::model());
    let handoff = Handoff::from_json(handoff);
    let params = startup::params();
    // The site's configuration may still name the mode (the app applies it once read).
    let mode = params.mode.unwrap_or_default();
    if mode == digitrappe_engine::mode::Mode::Kiosk {
        storage::keep_in_memory();
    }
    digitrappe_ui::page::show_mode(mode);
    let started = startup::read();
    if let Some(lang) = handoff.lang {
        digitrappe_ui::remember_language(lang);
    }
    let (saved, notice) = match storage::load_progress() {
        storage::Loaded::Nothing => (None, None),
        storage::Loaded::Progress(p) => (Some(p), None),
        storage::Loaded::Unreadable { kept_as, .. } => (None, Some(Notice::Unreadable { kept: kept_as.is_some() })),
    };
    let mut initial = AppState::new(model, handoff.lang.unwrap_or(started.lang), saved, notice);
    initial.lang_chosen = handoff.lang.is_some() || started.chosen;
    let first = if params.config_check {
        Some(Action::OpenConfigCheck)
    } else if params.embed_setup {
        Some(Action::OpenEmbedSetup)
    } else {
        handoff.intent.map(|intent| match intent {
            Intent::Start => Action::Start,
            Intent::Method => Action::OpenMethod,
            Intent::Import => Action::OpenImport,
        })
    };
    if let Some(action) = first {
        initial = state::reduce(&initial, action);
    }
    // Opened from a share link: show that result, with the offer to continue from it.
    if let Some(action) = app::take_share_link() {
        initial = state::reduce(&initial, action);
    }
    // Drawn off the page until its texts are at hand, then in place of the static screen.
    let stage = digitrappe_ui::page::backstage(&root).unwrap_or_else(|| {
        root.set_text_content(None);
        root
    });
    yew::Renderer::<app::App>::with_root_and_props(
        stage,
        app::Props {
            initial: Shared::new(initial),
            data: Shared::new(digitrappe_engine::builtin::advice()),
            site: site::address(&params),
            country: params.country,
            config_param: params.config.clone(),
            mode,
            mode_in_address: params.mode.is_some(),
            idle: params.idle,
            touched: handoff != Handoff::default(),
        },
    )
    .render();
}

#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
