//! The page's address: read once, at start-up, into types, and every later look at it or
//! change to it (the share link's fragment, the language in the query, the address links
//! are made from, a kiosk's restart).
//!
//! Owns the URL parameters the app understands (`?lang=`) and the order in which the
//! starting language is chosen: the address, then the user's remembered choice, then the
//! browser's preferred languages, then Danish. No other module reads or changes the URL
//! (a native test, `engine/tests/text_parts.rs`, looks for `location()` elsewhere).

use crate::storage;
use digitrappe_engine::mode::{self, Mode};
use digitrappe_engine::model::Country;
use digitrappe_engine::Lang;

/// What the app starts with.
#[derive(Clone, Debug, PartialEq)]
pub struct Startup {
    pub lang: Lang,
    /// The address named the language or the user chose it before: the site's configured
    /// language does not replace it.
    pub chosen: bool,
}

/// The parameters of the page address that the app reads, before any decision.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlParams {
    pub lang: Option<Lang>,
    /// `?config=<path>`: the site configuration to read instead of `config.json`
    /// (percent-decoded, not yet checked: see `digitrappe_engine::config::config_address`).
    pub config: Option<String>,
    /// `?country=dk|no`: overrides the configuration's country.
    pub country: Option<Country>,
    /// `?config-check`: open the site owner's configuration check.
    pub config_check: bool,
    /// `?embed-setup`: open "Embed on your website" for the site owner.
    pub embed_setup: bool,
    /// `?mode=embed|projector|kiosk` (the site configuration may also name one).
    pub mode: Option<Mode>,
    /// `?idle=<seconds>`: a kiosk's idle time before its reset countdown.
    pub idle: Option<u32>,
}

impl UrlParams {
    /// Parses a query string such as `?lang=en&config=site.json`; unknown parameters and
    /// values are ignored.
    pub fn parse(search: &str) -> UrlParams {
        let mut params = UrlParams::default();
        for pair in search.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = js_decode(value);
            match key {
                "lang" => params.lang = Lang::from_code(&value),
                "config" => params.config = Some(value),
                "country" => {
                    params.country = match value.as_str() {
                        "dk" => Some(Country::Dk),
                        "no" => Some(Country::No),
                        _ => None,
                    }
                }
                "config-check" => params.config_check = true,
                "embed-setup" => params.embed_setup = true,
                "mode" => params.mode = Mode::from_code(&value),
                "idle" => params.idle = mode::idle_seconds(&value),
                _ => {}
            }
        }
        params
    }
}

/// Percent-decodes a query value (`+` is a space); undecodable input is kept as it is.
fn js_decode(value: &str) -> String {
    let spaced = value.replace('+', " ");
    js_sys::decode_uri_component(&spaced).ok().and_then(|v| v.as_string()).unwrap_or(spaced)
}

/// The page's query parameters.
pub fn params() -> UrlParams {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    UrlParams::parse(&search)
}

/// Chooses the starting language from the sources in order of precedence: the address,
/// the user's own choice, the browser's, Danish. (The embedding site's language replaces
/// the last two once its file is read: `AppState::lang_chosen`.)
pub fn choose_lang(url: Option<Lang>, remembered: Option<Lang>, browser: &[String]) -> Lang {
    url.or(remembered).or_else(|| Lang::first_supported(browser.iter().map(String::as_str))).unwrap_or(Lang::DEFAULT)
}

/// Reads the address, storage and browser: the starting language (the site's, once its
/// configuration is read, replaces one nobody chose: `AppState::lang_chosen`).
pub fn read() -> Startup {
    let browser: Vec<String> =
        web_sys::window().map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect()).unwrap_or_default();
    let (url, remembered) = (params().lang, storage::load_lang());
    Startup { lang: choose_lang(url, remembered, &browser), chosen: url.is_some() || remembered.is_some() }
}

/// The page's address without its fragment: the base of a share link when the site names
/// no public address.
pub fn address() -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The app's own address without its query or fragment: where participants or visitors
/// open it when the site names no public address.
pub fn here() -> String {
    web_sys::window().and_then(|w| Some(format!("{}{}", w.location().origin().ok()?, w.location().pathname().ok()?))).unwrap_or_default()
}

/// Whether `given`, resolved against the page's address, is on the page's own origin.
pub fn same_origin(given: &str) -> bool {
    web_sys::window()
        .and_then(|w| {
            let here = w.location().href().ok()?;
            let url = web_sys::Url::new_with_base(given, &here).ok()?;
            Some(url.origin() == w.location().origin().ok()?)
        })
        .unwrap_or(false)
}

/// Loads the page again at its address without the fragment: a kiosk's fresh start for the
/// next visitor (the address keeps the kiosk's configured start).
pub fn restart() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(&address());
    }
}

/// After the user picks a language: if the address names one, make it name the new one
/// (without a reload or a history entry), so that reloading keeps the choice.
pub fn replace_lang_in_url(lang: Lang) {
    let Some(window) = web_sys::window() else { return };
    let Ok(href) = window.location().href() else { return };
    let Ok(url) = web_sys::Url::new(&href) else { return };
    if url.search_params().get("lang").is_none() {
        return;
    }
    url.search_params().set("lang", lang.code());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}

/// The share code in the address (`#share=…`), if the page was opened from a share link,
/// also when a mail client encoded the `#` (`?lang=da%23share=…`) or a sentence left a full
/// stop on it. The fragment never reaches a server.
pub fn shared_code() -> Option<String> {
    let href = web_sys::window().and_then(|w| w.location().href().ok())?;
    digitrappe_engine::share::code_in(&href)
}

/// Whether the address may hold a share link (cheaply, for the start screen's bundle: the
/// app reads the code itself with [`shared_code`]).
pub fn has_share_link() -> bool {
    web_sys::window().and_then(|w| w.location().href().ok()).is_some_and(|href| {
        let href = href.to_ascii_lowercase();
        href.contains("share=") || href.contains("share%3d")
    })
}

/// Removes the fragment from the address (no reload, no history entry), so that a reload
/// goes back to the user's own answers.
pub fn forget_shared_code() {
    let Some(window) = web_sys::window() else { return };
    let Ok(href) = window.location().href() else { return };
    // Also a `#` a mail client encoded (`?lang=da%23share=…`).
    let encoded = href.to_ascii_lowercase().find("%23share").unwrap_or(href.len());
    let without = href[..encoded].split('#').next().unwrap_or_default().to_string();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&without));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn the_parameters_are_read_and_junk_ignored() {
        assert_eq!(UrlParams::parse("?lang=en").lang, Some(Lang::En));
        assert_eq!(UrlParams::parse("?x=1&lang=nb&y").lang, Some(Lang::Nb));
        assert_eq!(UrlParams::parse("?lang=de").lang, None);
        assert_eq!(UrlParams::parse(""), UrlParams::default());
        let p = UrlParams::parse("?config=site%2Fmidt.json&country=no&config-check");
        assert_eq!(p.config.as_deref(), Some("site/midt.json"));
        assert_eq!(p.country, Some(Country::No));
        assert!(p.config_check);
        assert_eq!(UrlParams::parse("?country=se").country, None);
        let p = UrlParams::parse("?mode=kiosk&idle=45");
        assert_eq!((p.mode, p.idle), (Some(Mode::Kiosk), Some(45)));
        let p = UrlParams::parse("?mode=beamer&idle=0");
        assert_eq!((p.mode, p.idle), (None, None));
        assert_eq!(UrlParams::parse("?config=https%3A%2F%2Fevil.example%2Fc.json").config.as_deref(), Some("https://evil.example/c.json"));
    }

    #[wasm_bindgen_test]
    fn the_address_beats_memory_which_beats_the_browser() {
        let browser = vec!["sv-SE".to_string(), "nb-NO".to_string()];
        assert_eq!(choose_lang(Some(Lang::En), Some(Lang::Da), &browser), Lang::En);
        assert_eq!(choose_lang(None, Some(Lang::Da), &browser), Lang::Da);
        assert_eq!(choose_lang(None, None, &browser), Lang::Nb);
        assert_eq!(choose_lang(None, None, &[]), Lang::Da);
    }
}
