//! The embedding site's configuration: where it is, fetching it once at start-up, and
//! what came of it. The only module that fetches it.
//!
//! The address is `config.json` next to the app, or `?config=<path>`. A `?config=` value
//! that is not a relative path on the app's own site is refused before any request is
//! made (the engine's `config_address` checks its form; here the resolved address must
//! have the page's origin). Reading and checking is the engine's (`config::parse`).

use digitrappe_engine::config::{self, Problem, SiteConfig};
use digitrappe_engine::{builtin, Model};
use digitrappe_ui::shared::Shared;
use digitrappe_ui::startup::UrlParams;
use digitrappe_ui::texts::fetch_text;

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

/// What came of the configuration.
#[derive(Clone, Debug, PartialEq)]
pub enum SiteState {
    Loading,
    /// No `config.json` (the built-in catalogue applies, and nothing is wrong).
    Absent,
    Ready(Shared<SiteConfig>),
    Invalid(Vec<Problem>),
    /// `?config=` did not name a relative path on this site; nothing was fetched.
    Refused,
    Failed(String),
}

impl SiteState {
    pub fn config(&self) -> Option<&Shared<SiteConfig>> {
        match self {
            SiteState::Ready(c) => Some(c),
            _ => None,
        }
    }

    /// Whether visitors should see the neutral "the site's own contacts could not be
    /// shown" notice.
    pub fn visitor_notice(&self) -> bool {
        matches!(self, SiteState::Invalid(_) | SiteState::Refused | SiteState::Failed(_))
    }
}

/// The configuration's address from the page's parameters.
pub fn address(params: &UrlParams) -> Address {
    let Some(given) = params.config.clone() else {
        return Address { shown: "config.json".into(), fetch: Some("config.json".into()), given: false };
    };
    let same_origin = config::config_address(&given)
        && web_sys::window()
            .and_then(|w| {
                let here = w.location().href().ok()?;
                let url = web_sys::Url::new_with_base(&given, &here).ok()?;
                Some(url.origin() == w.location().origin().ok()?)
            })
            .unwrap_or(false);
    Address { fetch: same_origin.then(|| given.clone()), shown: given, given: true }
}

/// Fetches and reads the configuration.
pub async fn load(address: &Address, model: &Model) -> SiteState {
    let Some(url) = &address.fetch else { return SiteState::Refused };
    match fetch_text(url).await {
        Ok(None) if !address.given => SiteState::Absent,
        Ok(None) => SiteState::Failed("HTTP 404".into()),
        Err(why) => SiteState::Failed(why),
        Ok(Some(json)) => match config::parse(&json, model, &builtin::ADVICE) {
            Ok(config) => SiteState::Ready(Shared::new(config)),
            Err(problems) => SiteState::Invalid(problems),
        },
    }
}
