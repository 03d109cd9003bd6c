//! Fetching a language's texts, and the few words needed before any texts have arrived.
//!
//! Owns the addresses of the language files (relative, so the app works from any sub-path;
//! named with a hash of the texts, `text::file_name`, so a new version is never mixed with
//! an old cached file and a host may cache them as immutable): one file per language,
//! `<code>.<hash>.json` ([`load`]). The app keeps what it has fetched in memory.
//!
//! It calls the browser's `fetch` directly rather than through gloo-net: gloo-net brings
//! the `http` crate, which cost 3.5 KB of gzipped wasm for this one GET (measured).

use digitrappe_engine::text::{file_name, Texts, TextsError};
use digitrappe_engine::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a language file could not be had.
#[derive(Debug)]
pub enum LoadError {
    /// No answer, or an HTTP error status.
    Network(String),
    Unreadable(TextsError),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Network(why) => write!(f, "no answer ({why})"),
            LoadError::Unreadable(why) => write!(f, "{why}"),
        }
    }
}

/// Tells the site owner in the browser console (as a warning: the visitor sees a message
/// and a retry button on the page).
pub fn report(lang: Lang, error: &LoadError) {
    web_sys::console::warn_1(&format!("Digitrappen: the {} texts could not be loaded: {error}", lang.code()).into());
}

/// The relative address of a language's texts.
pub fn url(lang: Lang) -> String {
    format!("content/i18n/{}", file_name(lang))
}

/// Fetches a same-origin text file: `Ok(None)` for "not found", an error for no answer or
/// another HTTP error.
pub async fn fetch_text(url: &str) -> Result<Option<String>, String> {
    let network = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| "no answer".into());
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url)).await.map_err(network)?.unchecked_into();
    match response.status() {
        404 => Ok(None),
        _ if !response.ok() => Err(format!("HTTP {}", response.status())),
        _ => {
            let body = JsFuture::from(response.text().map_err(network)?).await.map_err(network)?;
            Ok(Some(body.as_string().unwrap_or_default()))
        }
    }
}

thread_local! {
    /// boot.js's function that hands over (once) a language file it fetched.
    static PREFETCHED: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// Keeps boot.js's function for the files it fetched beside the wasm (given to `run`).
pub fn take_prefetched_from(prefetched: Option<js_sys::Function>) {
    PREFETCHED.with(|p| *p.borrow_mut() = prefetched);
}

/// The text of `url` as boot.js fetched it beside the wasm (awaited if still on its way),
/// once; `None` if it did not, or its fetch failed.
async fn prefetched(url: &str) -> Option<String> {
    let promise = PREFETCHED.with(|p| p.borrow().as_ref()?.call1(&wasm_bindgen::JsValue::NULL, &url.into()).ok())?;
    let promise: js_sys::Promise = promise.dyn_into().ok()?;
    JsFuture::from(promise).await.ok()?.as_string()
}

/// Every text of `lang`, checked to hold every UI string: the file `static/boot.js`
/// fetched beside the wasm (taken over, even still on its way, so it is downloaded once),
/// else fetched here.
pub async fn load(lang: Lang) -> Result<Texts, LoadError> {
    let url = url(lang);
    let body = match prefetched(&url).await {
        Some(body) => body,
        None => fetch_text(&url).await.map_err(LoadError::Network)?.ok_or_else(|| LoadError::Network("HTTP 404".into()))?,
    };
    Texts::parse(lang, &body).map_err(LoadError::Unreadable)
}

/// The words shown while no language file is at hand: while the first one loads, and when
/// it cannot be loaded. Everything else is in the language files.
pub struct BootWords {
    pub loading: &'static str,
    pub failed: &'static str,
    pub retry: &'static str,
    /// The language menu's label.
    pub language: &'static str,
}

pub fn boot_words(lang: Lang) -> BootWords {
    match lang {
        Lang::Da => BootWords {
            loading: "Henter Digitrappen …",
            failed: "Digitrappens tekster kunne ikke hentes. Tjek forbindelsen, og prøv igen.",
            retry: "Prøv igen",
            language: "Sprog",
        },
        Lang::En => BootWords {
            loading: "Loading Digitrappen …",
            failed: "Digitrappen's texts could not be loaded. Check the connection and try again.",
            retry: "Try again",
            language: "Language",
        },
        Lang::Nb => BootWords {
            loading: "Laster Digitrappen …",
            failed: "Tekstene til Digitrappen kunne ikke hentes. Sjekk forbindelsen og prøv igjen.",
            retry: "Prøv igjen",
            language: "Språk",
        },
    }
}
