//! # digitrappe-ui: what both of Digitrappen's bundles share
//!
//! The app ships as two WebAssembly bundles so that the first page load stays small:
//! `digitrappe-start` (`start/`) draws only the start screen, and `digitrappe` (the
//! workspace root) is the whole app, loaded when the user leaves the start screen. This
//! crate holds what both draw or do, written once:
//!
//! - [`components`]: the page [`Frame`](components::frame::Frame) (header with the language
//!   menu, footer), the start screen, the language menu and the notices.
//! - [`texts`] and [`hooks::use_texts`]: fetching the active language's texts, in two
//!   parts (the start screen's strings first, the rest when needed).
//! - [`storage`]: the only module that touches `localStorage`.
//! - [`startup`]: the page address and browser languages, parsed once into types.
//! - [`shared`]: identity-compared `Rc` for large values in props.
//! - [`handoff`]: what the start bundle passes to the app when it hands over.
//!
//! Invariants: no scoring here (that is the engine's), and no app state (each bundle owns
//! its own).

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
