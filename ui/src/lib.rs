//! # digitrappe-ui: the page frame, the start screen and the browser at the edge
//!
//! What the app (`digitrappe`, the workspace root) draws around every screen, and what
//! `index.html` shows before the app has loaded: the same frame and start screen, rendered
//! natively at build time (`src/bin/start-page.rs`, feature `ssr`).
//!
//! - [`components`]: the page [`Frame`](components::frame::Frame) (header with the language
//!   menu, footer), the start screen, the language menu and the notices.
//! - [`texts`] and [`hooks::use_texts`]: fetching the active language's texts (two files,
//!   the start screen's strings and the rest, which boot.js fetches beside the wasm).
//! - [`storage`]: the only module that touches `localStorage`.
//! - [`startup`]: the page address and browser languages, parsed once into types.
//! - [`shared`]: identity-compared `Rc` for large values in props.
//! - [`handoff`]: what the user did on the static start screen, passed to the app.
//! - [`page`]: the mode and colours on the page, and the app taking the page over.
//!
//! Invariants: no scoring here (that is the engine's), and no app state (the reducer's).

pub mod components;
pub mod handoff;
pub mod hooks;
pub mod page;
pub mod shared;
pub mod site;
pub mod startup;
pub mod storage;
pub mod texts;

#[cfg(any(test, feature = "testing"))]
pub mod testing;

#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

use digitrappe_engine::Lang;

/// Remembers the language the user chose: in storage, and in the address when it names
/// one (so a reload keeps the choice).
pub fn remember_language(lang: Lang) {
    storage::save_lang(lang);
    // A kiosk's language is the visitor's, for this visit only: its address keeps the
    // configured start, so the idle reset brings the next visitor back to it.
    if !storage::in_memory() {
        startup::replace_lang_in_url(lang);
    }
}
