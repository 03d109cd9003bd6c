//! [`Handoff`]: what the user did on the static start screen before the app took the page.
//!
//! `index.html` shows the start screen and the profile (the first questions) at once as
//! static HTML, rendered at build time from the same components (`src/bin/start-page.rs`),
//! while `static/boot.js` loads the app. boot.js switches between the two and records what
//! the user does there: the language chosen, the screen shown, the profile's fields in the
//! order they were set, and a button that needs the app (Next, "How is this calculated?",
//! "Open a saved result"). What came before `run` is its argument; the static screen stays
//! on the page after `run` until the app has its texts and takes its place, and
//! [`since_run`] asks boot.js for what happened meanwhile. Each record holds only what is
//! new since the one before, so carrying it out once is enough. Nothing else crosses: the
//! app reads the address, storage and the site's configuration itself.

use crate::state::{reduce, Action, AppState, ProfileChoice, Screen};
use digitrappe_engine::Lang;
use serde::{Deserialize, Serialize};
use std::cell::{Cell, RefCell};

/// The static screen boot.js shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Shown {
    Start,
    /// Start was pressed: the profile's questions.
    Profile,
}

impl Shown {
    fn screen(self) -> Screen {
        match self {
            Shown::Start => Screen::Start,
            Shown::Profile => Screen::Profile,
        }
    }
}

/// A button on the static screens that waits for the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Intent {
    /// "How is this calculated?" was opened.
    Method,
    /// "Open a saved result" was pressed.
    Import,
    /// Next on the profile: on to the questions.
    Next,
}

/// A profile field, as boot.js names it (the `profile-…` test IDs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Industry,
    Size,
    Staff,
    Ambition,
}

impl From<Field> for ProfileChoice {
    fn from(field: Field) -> ProfileChoice {
        match field {
            Field::Industry => ProfileChoice::Industry,
            Field::Size => ProfileChoice::Size,
            Field::Staff => ProfileChoice::Staff,
            Field::Ambition => ProfileChoice::Ambition,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handoff {
    /// The language the user chose on the static screen (the app remembers it).
    #[serde(default)]
    pub lang: Option<Lang>,
    /// The static screen shown, when it is new.
    #[serde(default)]
    pub screen: Option<Shown>,
    /// The profile's fields as they were set, in order (an empty value clears one).
    #[serde(default)]
    pub choices: Vec<(Field, String)>,
    /// The button the user pressed there.
    #[serde(default)]
    pub intent: Option<Intent>,
    /// Someone touched the page or pressed a key (a kiosk's idle guard counts from then).
    #[serde(default)]
    pub touched: bool,
}

impl Handoff {
    /// Reads what boot.js passes; anything unreadable is "nothing happened yet".
    pub fn from_json(json: &str) -> Handoff {
        serde_json::from_str(json).unwrap_or_default()
    }

    /// What the app does, from `state`, to be where the user is on the static screen: the
    /// language chosen, the screen shown, the fields set, the button pressed. Each only
    /// where it applies, so what the app already did is not done again.
    pub fn actions(&self, state: &AppState) -> Vec<Action> {
        let mut plan = Plan { state: state.clone(), actions: Vec::new() };
        if let Some(lang) = self.lang.filter(|l| *l != plan.state.lang) {
            plan.then(Action::SetLang(lang));
        }
        match (self.screen, plan.state.screen) {
            (Some(Shown::Profile), Screen::Start) => plan.then(Action::Start),
            (Some(Shown::Start), Screen::Profile) => plan.then(Action::Back),
            _ => {}
        }
        if plan.state.screen == Screen::Profile {
            for (field, value) in &self.choices {
                plan.then(Action::Choose((*field).into(), Some(value.clone()).filter(|v| !v.trim().is_empty())));
            }
        }
        match (self.intent, plan.state.screen) {
            (Some(Intent::Next), Screen::Profile) => plan.then(Action::Next),
            (Some(Intent::Method), Screen::Start) => plan.then(Action::OpenMethod),
            (Some(Intent::Import), Screen::Start) => plan.then(Action::OpenImport),
            _ => {}
        }
        plan.actions
    }
}

/// Actions and the state they lead to, one after another.
struct Plan {
    state: AppState,
    actions: Vec<Action>,
}

impl Plan {
    fn then(&mut self, action: Action) {
        self.state = reduce(&self.state, action.clone());
        self.actions.push(action);
    }
}

thread_local! {
    /// boot.js's function that returns (as JSON) and forgets what the user did on the
    /// static screen since `run` or its last call.
    static LATER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// The static screen on the page, as the last record said (none: boot.js showed none).
    static SHOWN: Cell<Option<Shown>> = const { Cell::new(None) };
}

/// Keeps what `run` was given: boot.js's function for [`since_run`], and the screen the
/// first record says is shown.
pub fn listen(first: &Handoff, later: Option<js_sys::Function>) {
    LATER.with(|l| *l.borrow_mut() = later);
    SHOWN.with(|s| s.set(first.screen));
}

/// What the user did on the static screen since `run`, or since the last call: what
/// boot.js recorded while the app was drawing off the page.
pub fn since_run() -> Handoff {
    let late = LATER.with(|l| {
        l.borrow()
            .as_ref()
            .and_then(|f| f.call0(&wasm_bindgen::JsValue::NULL).ok())
            .and_then(|json| json.as_string())
            .map_or_else(Handoff::default, |json| Handoff::from_json(&json))
    });
    if late.screen.is_some() {
        SHOWN.with(|s| s.set(late.screen));
    }
    late
}

/// Whether the app, taking the page on `screen`, shows another screen than the static one
/// the user sees (so focus goes to its heading), or the same (focus stays on the control).
/// `None` when boot.js showed no static screen.
pub fn other_than_shown(screen: Screen) -> Option<bool> {
    SHOWN.with(|s| s.get()).map(|shown| shown.screen() != screen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn fresh() -> AppState {
        AppState::new(std::rc::Rc::new(digitrappe_engine::builtin::model()), Lang::Da, None, None)
    }

    fn after(state: &AppState, handoff: &Handoff) -> AppState {
        handoff.actions(state).into_iter().fold(state.clone(), |s, a| reduce(&s, a))
    }

    #[wasm_bindgen_test]
    fn what_boot_js_records_is_read_and_anything_else_is_nothing() {
        let read = Handoff::from_json(
            r#"{"lang":"en","screen":"profile","choices":[["industry","retail"],["staff","12"]],"intent":"next","touched":true}"#,
        );
        assert!(read.touched);
        assert_eq!(read.lang, Some(Lang::En));
        assert_eq!(read.screen, Some(Shown::Profile));
        assert_eq!(read.choices, vec![(Field::Industry, "retail".to_string()), (Field::Staff, "12".to_string())]);
        assert_eq!(read.intent, Some(Intent::Next));
        assert_eq!(Handoff::from_json(r#"{"intent":"import"}"#).intent, Some(Intent::Import));
        assert_eq!(Handoff::from_json("{}"), Handoff::default());
        assert_eq!(Handoff::from_json(r#"{"intent":"delete-everything"}"#), Handoff::default());
        assert_eq!(Handoff::from_json(r#"{"choices":[["password","x"]]}"#), Handoff::default());
        assert_eq!(Handoff::from_json("not json"), Handoff::default());
    }

    #[wasm_bindgen_test]
    fn a_profile_filled_in_on_the_static_screen_is_the_app_s_and_next_goes_on_to_the_questions() {
        let filled = Handoff {
            screen: Some(Shown::Profile),
            choices: vec![
                (Field::Industry, "retail".into()),
                (Field::Size, "1-9".into()),
                (Field::Staff, "30".into()),
                (Field::Ambition, "3".into()),
            ],
            ..Handoff::default()
        };
        let s = after(&fresh(), &filled);
        assert_eq!(s.screen, Screen::Profile);
        assert_eq!(s.profile.industry.as_deref(), Some("retail"));
        assert_eq!(s.profile.size.as_deref(), Some("10-49"), "the staff number, set last, moves the band as in the app");
        assert_eq!(s.profile.ambition, Some(3));
        assert!(filled.actions(&s).iter().all(|a| matches!(a, Action::Choose(..))), "Start is not pressed again");
        let s = after(&s, &Handoff { intent: Some(Intent::Next), ..Handoff::default() });
        assert_eq!(s.screen, Screen::Question(0));
        let cleared = Handoff { choices: vec![(Field::Staff, " ".into())], ..Handoff::default() };
        assert_eq!(after(&after(&fresh(), &filled), &cleared).profile.staff, None, "an emptied field is cleared");
    }

    #[wasm_bindgen_test]
    fn what_happened_after_the_start_is_done_once_and_only_where_it_applies() {
        let late = Handoff { lang: Some(Lang::Nb), screen: Some(Shown::Profile), ..Handoff::default() };
        assert_eq!(late.actions(&fresh()), vec![Action::SetLang(Lang::Nb), Action::Start]);
        let same_lang = Handoff { lang: Some(Lang::Da), ..Handoff::default() };
        assert!(same_lang.actions(&fresh()).is_empty(), "the language shown is not chosen again");
        let method = reduce(&fresh(), Action::OpenMethod);
        assert!(late.actions(&method).iter().all(|a| !matches!(a, Action::Start)), "a screen the app has left is not forced");
        let back = Handoff { screen: Some(Shown::Start), ..Handoff::default() };
        assert_eq!(after(&reduce(&fresh(), Action::Start), &back).screen, Screen::Start);
        let import = Handoff { intent: Some(Intent::Import), ..Handoff::default() };
        assert_eq!(after(&fresh(), &import).screen, Screen::Import);
        assert!(import.actions(&reduce(&fresh(), Action::Start)).is_empty(), "a button of the start screen does nothing elsewhere");
    }
}
