//! Reading the page address and the browser once, at start-up, into types.
//!
//! Owns the URL parameters the app understands (`?lang=`) and the order in which the
//! starting language is chosen: the address, then the user's remembered choice, then the
//! browser's preferred languages, then Danish. Nothing below this module reads the URL.

use crate::storage;
use digitrappe_engine::Lang;

/// What the app starts with.
#[derive(Clone, Debug, PartialEq)]
pub struct Startup {
    pub lang: Lang,
    /// Whether the address named the language (then a later choice updates the address,
    /// so a reload keeps the language the user picked).
    pub lang_in_url: bool,
}

/// The parameters of the page address that the app reads, before any decision.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlParams {
    pub lang: Option<Lang>,
}

impl UrlParams {
    /// Parses a query string such as `?lang=en`; unknown parameters and values are ignored.
    pub fn parse(search: &str) -> UrlParams {
        let mut params = UrlParams::default();
        for pair in search.trim_start_matches('?').split('&') {
            if let Some(("lang", value)) = pair.split_once('=') {
                params.lang = Lang::from_code(value);
            }
        }
        params
    }
}

/// Chooses the starting language from the sources in order of precedence.
pub fn choose_lang(url: Option<Lang>, remembered: Option<Lang>, browser: &[String]) -> Lang {
    url.or(remembered)
        .or_else(|| Lang::first_supported(browser.iter().map(String::as_str)))
        .unwrap_or(Lang::DEFAULT)
}

/// Reads the address, storage and browser.
pub fn read() -> Startup {
    let window = web_sys::window();
    let search = window.as_ref().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let params = UrlParams::parse(&search);
    let browser: Vec<String> = window
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    Startup { lang: choose_lang(params.lang, storage::load_lang(), &browser), lang_in_url: params.lang.is_some() }
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

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn the_lang_parameter_is_read_and_junk_ignored() {
        assert_eq!(UrlParams::parse("?lang=en").lang, Some(Lang::En));
        assert_eq!(UrlParams::parse("?x=1&lang=nb&y").lang, Some(Lang::Nb));
        assert_eq!(UrlParams::parse("?lang=de").lang, None);
        assert_eq!(UrlParams::parse("").lang, None);
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
