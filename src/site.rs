//! The embedding site's configuration: where it is, fetching it once at start-up, and
//! what came of it. The only module that fetches it.
//!
//! The address is `config.json` next to the app, or `?config=<path>`. A `?config=` value
//! that is not a relative path on the app's own site is refused before any request is
//! made (the engine's `config_address` checks its form; here the resolved address must
//! have the page's origin). Reading and checking is the engine's (`config::parse`).

use digitrappe_engine::config;
use digitrappe_engine::{builtin, Model};
pub use digitrappe_ui::site::{address, Address};
use digitrappe_ui::texts::fetch_text;

pub use digitrappe_state::SiteState;

/// Fetches and reads the configuration; also returns its text as read (which "Embed on
/// your website" keeps in the file it writes).
pub async fn load(address: &Address, model: &Model) -> (SiteState, Option<String>) {
    let Some(url) = &address.fetch else { return (SiteState::Refused, None) };
    match fetch_text(url).await {
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
