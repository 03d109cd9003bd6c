//! Where the embedding site's configuration is: `config.json` next to the app, or
//! `?config=<path>`. A `?config=` value that is not a relative path on the app's own site
//! is refused before any request is made (the engine's `config_address` checks its form;
//! here the resolved address must have the page's origin). The app reads it whole and
//! applies only a file that passes ([`load`]: the only place that fetches it); the static
//! start screen takes nothing from it.

use crate::startup::UrlParams;
use crate::texts::fetch_text;
use digitrappe_engine::config;
use digitrappe_engine::{builtin, Model};

pub use digitrappe_state::SiteState;

/// Where the configuration is read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    /// As the site owner wrote it (shown on the check page).
    pub shown: String,
    /// The address to fetch, or `None` when refused.
    pub fetch: Option<String>,
    /// Whether the address came from `?config=` (then a missing file is a problem).
    pub given: bool,
}

/// The configuration's address from the page's parameters.
pub fn address(params: &UrlParams) -> Address {
    let Some(given) = params.config.clone() else {
        return Address { shown: "config.json".into(), fetch: Some("config.json".into()), given: false };
    };
    let same_origin = config::config_address(&given) && crate::startup::same_origin(&given);
    if same_origin {
        crate::page::show_config(&given);
    }
    Address { fetch: same_origin.then(|| given.clone()), shown: given, given: true }
}

/// Puts the site's colours on the page (CSS custom properties on `<html>`), as checked for
/// contrast; a projector keeps its own palette.
pub fn apply_theme(theme: &digitrappe_engine::theme::Theme, mode: digitrappe_engine::mode::Mode) {
    if mode == digitrappe_engine::mode::Mode::Projector {
        return;
    }
    if let Some(c) = theme.primary {
        crate::page::set_colour("--primary", &c.used.hex());
    }
    if let Some(c) = theme.accent {
        crate::page::set_colour("--accent", &c.used.hex());
    }
}

/// Takes the site's colours off the page (the app, when the configuration fails its check).
pub fn clear_theme() {
    for property in ["--primary", "--accent"] {
        crate::page::set_colour(property, "");
    }
}

/// Fetches and reads the configuration; also returns its text as read (which "Embed on
/// your website" keeps in the file it writes).
pub async fn load(address: &Address, model: &Model) -> (SiteState, Option<String>) {
    let Some(url) = &address.fetch else { return (SiteState::Refused, None) };
    read(address, fetch_text(url).await, model)
}

/// What `static/boot.js` fetched of the site's own `config.json` beside the app (JSON:
/// `{"text": …}`, `{"absent": true}` or `{"failed": why}`), so the app reads it before
/// anything else, with no second request.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Fetched {
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    absent: bool,
    #[serde(default)]
    failed: Option<String>,
}

/// Reads what boot.js fetched of `config.json` (see [`Fetched`]), as [`load`] would have;
/// `None` when it is not such a report (the app then fetches the file itself).
pub fn from_boot(address: &Address, fetched: &str, model: &Model) -> Option<(SiteState, Option<String>)> {
    if address.given {
        return None; // a `?config=` address is the app's to check and fetch
    }
    let fetched: Fetched = serde_json::from_str(fetched).ok()?;
    let result = match (fetched.text, fetched.absent, fetched.failed) {
        (Some(text), false, None) => Ok(Some(text)),
        (None, true, None) => Ok(None),
        (None, false, Some(why)) => Err(why),
        _ => return None,
    };
    Some(read(address, result, model))
}

/// What came of fetching the configuration: its text, "not found", or why not.
fn read(address: &Address, fetched: Result<Option<String>, String>, model: &Model) -> (SiteState, Option<String>) {
    match fetched {
        Ok(None) if !address.given => (SiteState::Absent, None),
        Ok(None) => (SiteState::Failed("HTTP 404".into()), None),
        Err(why) => (SiteState::Failed(why), None),
        Ok(Some(json)) => {
            let state = match config::parse(&json, model, &builtin::ADVICE) {
                Ok(config) => SiteState::Ready(std::rc::Rc::new(config)),
                Err(problems) => SiteState::Invalid(problems),
            };
            (state, Some(json))
        }
    }
}
