//! [`Handoff`]: what the start bundle tells the app when it hands the page over.
//!
//! The start bundle draws only the start screen; when the user presses Start (or opens
//! "How is this calculated?", or saved progress is past the start screen), it asks
//! `static/boot.js` to load the app and passes this, as JSON, to the app's `run`. Only the
//! language and the intent cross: answers are read from storage by the app itself.

use digitrappe_engine::mode::Mode;
use digitrappe_engine::Lang;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Intent {
    /// Start was pressed: go on to the profile or the questions.
    Start,
    /// "How is this calculated?" was opened from the start screen.
    Method,
    /// Saved progress is past the start screen: go back there.
    Resume,
    /// `?config-check`: the site owner's configuration check.
    ConfigCheck,
    /// "Open a saved result" was pressed on the start screen.
    Import,
    /// "Participants' answers" was pressed on the start screen (projector mode).
    Room,
    /// The facilitator's guide was opened from the start screen (projector mode).
    Guide,
    /// `?embed-setup`: the site owner's "Embed on your website".
    EmbedSetup,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handoff {
    pub lang: Lang,
    pub intent: Intent,
    /// The mode in effect (the address, else the site configuration).
    #[serde(default)]
    pub mode: Mode,
    /// Storage is blocked and the visitor has already dismissed the notice saying so.
    #[serde(default)]
    pub storage_notice_seen: bool,
}

impl Handoff {
    pub fn to_json(self) -> String {
        serde_json::to_string(&self).unwrap_or_default()
    }

    /// Reads a handoff; anything unreadable means "start in Danish from the start screen
    /// as if the app had loaded by itself" (`None`).
    pub fn from_json(json: &str) -> Option<Handoff> {
        serde_json::from_str(json).ok()
    }
}
