//! # Digitrappen: the app's WebAssembly entry point
//!
//! A digital maturity calculator for small and medium-sized enterprises, in the browser
//! only. This crate is the shell that `static/boot.js` loads: it exports [`run`] and
//! nothing else. The app itself is `digitrappe-ui` (`ui/`: its views, hooks, storage and
//! browser effects), over `digitrappe-state` (`state/`: its state and one pure reducer)
//! and `digitrappe-engine` (`engine/`: the model, scoring and formats, pure). The map, the
//! invariants and what is deliberately absent: `docs/ARCHITECTURE.md`.
//!
//! A `cdylib` only: a crate that is also an `rlib` silently loses link-time optimisation.

use wasm_bindgen::prelude::*;

/// Starts the app inside `root` (called by `static/boot.js` as soon as the bundle has
/// loaded, over the static start screen): `handoff` is the JSON of what the user did on
/// the static start screen meanwhile (`digitrappe_ui::handoff::Handoff`), `site_file` what
/// boot.js fetched of the site's `config.json` beside the app, `later` its function that
/// returns what the user did there since (until the app takes the page), `prefetched` its
/// function that hands over a language file it fetched beside the wasm.
#[wasm_bindgen]
pub fn run(
    root: web_sys::Element,
    handoff: &str,
    site_file: Option<String>,
    later: Option<js_sys::Function>,
    prefetched: Option<js_sys::Function>,
) {
    digitrappe_ui::run(root, handoff, site_file, later, prefetched);
}
