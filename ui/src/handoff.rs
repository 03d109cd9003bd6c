//! [`Handoff`]: what the user did on the static start screen before the app arrived.
//!
//! `index.html` shows the start screen at once as static HTML (rendered at build time from
//! the same components, `src/bin/start-page.rs`) while `static/boot.js` loads the app. A
//! language chosen or a button pressed in that time is recorded by boot.js and passed, as
//! JSON, to the app's `run`, which carries it out. Nothing else crosses: the app reads the
//! address, storage and the site's configuration itself.

use digitrappe_engine::Lang;
use serde::{Deserialize, Serialize};

/// A button on the static start screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Intent {
    /// Start was pressed: go on to the profile or the questions.
    Start,
    /// "How is this calculated?" was opened.
    Method,
    /// "Open a saved result" was pressed.
    Import,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handoff {
    /// The language the user chose on the static start screen (the app remembers it).
    #[serde(default)]
    pub lang: Option<Lang>,
    /// The button the user pressed there.
    #[serde(default)]
    pub intent: Option<Intent>,
}

impl Handoff {
    /// Reads what boot.js passes; anything unreadable is "nothing happened yet".
    pub fn from_json(json: &str) -> Handoff {
        serde_json::from_str(json).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn what_boot_js_records_is_read_and_anything_else_is_nothing() {
        assert_eq!(Handoff::from_json(r#"{"lang":"en","intent":"start"}"#), Handoff { lang: Some(Lang::En), intent: Some(Intent::Start) });
        assert_eq!(Handoff::from_json(r#"{"intent":"import"}"#).intent, Some(Intent::Import));
        assert_eq!(Handoff::from_json("{}"), Handoff::default());
        assert_eq!(Handoff::from_json(r#"{"intent":"delete-everything"}"#), Handoff::default());
        assert_eq!(Handoff::from_json("not json"), Handoff::default());
    }
}
