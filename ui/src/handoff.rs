//! [`Handoff`]: what the user did on the static start screen before the app arrived.
//!
//! `index.html` shows the start screen at once as static HTML (rendered at build time from
//! the same components, `src/bin/start-page.rs`) while `static/boot.js` loads the app. A
//! language chosen or a button pressed in that time is recorded by boot.js and passed, as
//! JSON, to the app's `run`, which carries it out. Nothing else crosses: the app reads the
//! address, storage and the site's configuration itself.
//!
//! The static screen stays on the page after `run` until the app has its texts and takes
//! its place, so boot.js goes on recording until then; [`since_run`] asks it for what
//! happened meanwhile, and the app carries that out before it takes the page.

use crate::state::{Action, AppState};
use digitrappe_engine::Lang;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;

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

impl Intent {
    /// What the app does for the button.
    pub fn action(self) -> Action {
        match self {
            Intent::Start => Action::Start,
            Intent::Method => Action::OpenMethod,
            Intent::Import => Action::OpenImport,
        }
    }
}

impl Handoff {
    /// Reads what boot.js passes; anything unreadable is "nothing happened yet".
    pub fn from_json(json: &str) -> Handoff {
        serde_json::from_str(json).unwrap_or_default()
    }

    /// What the app still has to do for what was recorded after it started, in `state`: a
    /// language other than the one it shows, a button while it still shows the start
    /// screen it drew first (nobody has moved on yet).
    pub fn late_actions(self, state: &AppState) -> Vec<Action> {
        let lang = self.lang.filter(|l| *l != state.lang).map(Action::SetLang);
        let intent = self.intent.filter(|_| state.moves == 0).map(Intent::action);
        lang.into_iter().chain(intent).collect()
    }
}

thread_local! {
    /// boot.js's function that returns (as JSON) and forgets what the user did on the
    /// static start screen since `run` or its last call.
    static LATER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Keeps boot.js's function for [`since_run`] (given to `run`).
pub fn listen_later(later: Option<js_sys::Function>) {
    LATER.with(|l| *l.borrow_mut() = later);
}

/// What the user did on the static start screen since `run`, or since the last call: what
/// boot.js recorded while the app was drawing off the page.
pub fn since_run() -> Handoff {
    LATER.with(|l| {
        l.borrow()
            .as_ref()
            .and_then(|f| f.call0(&wasm_bindgen::JsValue::NULL).ok())
            .and_then(|json| json.as_string())
            .map_or_else(Handoff::default, |json| Handoff::from_json(&json))
    })
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

    #[wasm_bindgen_test]
    fn what_happened_after_the_start_is_done_once_and_only_while_nobody_has_moved_on() {
        let model = std::rc::Rc::new(digitrappe_engine::builtin::model());
        let fresh = AppState::new(model, Lang::Da, None, None);
        let late = Handoff { lang: Some(Lang::Nb), intent: Some(Intent::Start) };
        assert_eq!(late.late_actions(&fresh), vec![Action::SetLang(Lang::Nb), Action::Start]);
        let same_lang = Handoff { lang: Some(Lang::Da), intent: None };
        assert!(same_lang.late_actions(&fresh).is_empty(), "the language shown is not chosen again");
        let moved = crate::state::reduce(&fresh, Action::OpenMethod);
        assert!(Handoff { lang: None, intent: Some(Intent::Start) }.late_actions(&moved).is_empty(), "a second press does nothing");
    }
}
