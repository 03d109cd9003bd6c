//! # digitrappe-ui: the app's views and its effects at the browser's edge
//!
//! Everything of Digitrappen that draws or touches the browser, over the pure
//! `digitrappe-state` (the state and its one reducer) and `digitrappe-engine`. The
//! workspace root (`digitrappe`) is only the `cdylib` shell that exports [`run`] to
//! `static/boot.js`; `index.html`'s static start screen is rendered natively from this
//! crate's frame and start screen at build time (`src/bin/start-page.rs`, feature `ssr`).
//!
//! - [`run`] (here): reads the address, storage and the handoff once and mounts
//!   [`app::App`] off the page until it takes the page over.
//! - [`app`]: the root component; its effects save, listen to other tabs, fetch the site's
//!   configuration and apply it (the edge).
//! - [`state`]: the reducer in Yew's `use_reducer` (`Store`).
//! - [`components`]: the page [`Frame`](components::frame::Frame) (header with the language
//!   menu, footer), the start screen, the notices, and one module per screen.
//! - [`site`]: where the site's configuration is, fetching and reading it (the only place).
//! - [`browser`]: download, clipboard, reading a file, the date, after-paint.
//! - [`texts`] and [`hooks::use_texts`]: fetching the active language's texts (two files,
//!   the start screen's strings and the rest, which boot.js fetches beside the wasm).
//! - [`storage`]: the only module that touches `localStorage`.
//! - [`startup`]: the page address and browser languages, parsed once into types.
//! - [`shared`]: identity-compared `Rc` for large values in props.
//! - [`handoff`]: what the user did on the static start screen, passed to the app.
//! - [`page`]: the mode and colours on the page, and the app taking the page over.
//!
//! Invariants: no scoring here (that is the engine's), and no app state outside the
//! reducer's but what a view keeps for itself while it is shown (a field being typed).

pub mod app;
pub mod browser;
pub mod components;
pub mod handoff;
pub mod hooks;
pub mod page;
pub mod shared;
pub mod site;
pub mod startup;
pub mod state;
pub mod storage;
pub mod texts;

#[cfg(any(test, feature = "testing"))]
pub mod testing;

#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

use digitrappe_engine::Lang;
use handoff::Handoff;
use shared::Shared;
use state::{Action, AppState, Notice};

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

/// Starts the app inside `root` (called by `static/boot.js` as soon as the bundle has
/// loaded, over the static start screen): `handoff` is the JSON of a [`Handoff`], what the
/// user did on the static start screen meanwhile; `site_file` what boot.js fetched of the
/// site's `config.json` beside the app (see `site::from_boot`); `later` boot.js's function
/// for what the user does there until the app takes the page ([`handoff::since_run`]);
/// `prefetched` boot.js's function that hands over a language file it fetched beside the
/// wasm ([`texts::load`]).
///
/// The site's configuration is read before storage is: a kiosk it names keeps everything
/// in memory from the first moment, and its language applies before anything is drawn.
/// When the address names the mode, that decides at once and the file follows.
pub fn run(
    root: web_sys::Element,
    handoff: &str,
    site_file: Option<String>,
    later: Option<js_sys::Function>,
    prefetched: Option<js_sys::Function>,
) {
    texts::take_prefetched_from(prefetched);
    let model = std::rc::Rc::new(digitrappe_engine::builtin::model());
    let handoff = Handoff::from_json(handoff);
    handoff::listen(&handoff, later);
    let params = startup::params();
    let address = site::address(&params);
    let read = site_file.and_then(|f| site::from_boot(&address, &f, &model));
    match read {
        Some(site) => start(root, handoff, params, address, model, Some(site)),
        None if params.mode.is_some() => start(root, handoff, params, address, model, None),
        None => wasm_bindgen_futures::spawn_local(async move {
            let site = site::load(&address, &model).await;
            start(root, handoff, params, address, model, Some(site));
        }),
    }
}

fn start(
    root: web_sys::Element,
    handoff: Handoff,
    params: startup::UrlParams,
    address: site::Address,
    model: std::rc::Rc<digitrappe_engine::Model>,
    site: Option<(site::SiteState, Option<String>)>,
) {
    let in_address = params.mode.is_some();
    let handed = params.mode.unwrap_or_default();
    // The mode, by the reducer's one rule (the address, else an accepted file, a kiosk
    // kept), before anything is read from or written to storage.
    let mode = match &site {
        Some((site, text)) => state::site_mode(site, state::kiosk_kept(site, text.as_deref()), handed, in_address),
        None => handed,
    };
    let read_site = site.map(|(site, text)| Action::SiteRead(site, text));
    if mode == digitrappe_engine::mode::Mode::Kiosk {
        storage::keep_in_memory();
    }
    storage::forget_retired_keys();
    crate::page::show_mode(mode);
    let started = startup::read();
    if let Some(lang) = handoff.lang() {
        remember_language(lang);
    }
    let (saved, notice) = match storage::load_progress() {
        storage::Loaded::Nothing => (None, None),
        storage::Loaded::Progress(p) => (Some(p), None),
        storage::Loaded::Unreadable { kept_as, .. } => (None, Some(Notice::Unreadable { kept: kept_as.is_some() })),
    };
    let mut initial = AppState::new(model, handoff.lang().unwrap_or(started.lang), saved, notice);
    // A language chosen, or the one someone has already used the static screens in: the
    // site's file does not change it under their hands (it is not remembered either).
    initial.lang_chosen = handoff.lang().is_some() || started.chosen || handoff.touched;
    if let Some(action) = read_site {
        initial = state::reduce(&initial, action);
    }
    let first = if params.config_check {
        vec![Action::OpenConfigCheck]
    } else if params.embed_setup {
        vec![Action::OpenEmbedSetup]
    } else {
        handoff.actions(&initial)
    };
    initial = first.into_iter().fold(initial, |s, action| state::reduce(&s, action));
    // Opened from a share link: show that result, with the offer to continue from it.
    if let Some(action) = app::take_share_link() {
        initial = state::reduce(&initial, action);
    }
    // Drawn off the page until its texts are at hand, then in place of the static screen.
    let stage = crate::page::backstage(&root).unwrap_or_else(|| {
        root.set_text_content(None);
        root
    });
    yew::Renderer::<app::App>::with_root_and_props(
        stage,
        app::Props {
            initial: Shared::new(initial),
            data: Shared::new(digitrappe_engine::builtin::advice()),
            site: address,
            country: params.country,
            config_param: params.config.clone(),
            mode: handed,
            mode_in_address: in_address,
            idle: params.idle,
            touched: handoff.touched,
        },
    )
    .render();
}
