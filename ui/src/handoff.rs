//! [`Handoff`]: what the user did on the static start screen before the app took the page.
//!
//! `index.html` shows the start screen and the profile (the first questions) at once as
//! static HTML, rendered at build time from the same components (`src/bin/start-page.rs`),
//! while `static/boot.js` loads the app. boot.js switches between the two and records what
//! the user does there, in order: a language chosen, the screen shown, a profile field set,
//! a button that needs the app (Next, "How is this calculated?", "Open a saved result").
//! What came before `run` is its argument. The static screen stays on the page after `run`
//! while the app draws off the page; [`since_run`] asks boot.js for what happened since
//! (each record holds only what is new), and the app does the same from its own state
//! ([`Handoff::actions`]). It takes the page only at a quiet moment that boot.js reports
//! (`settled`): no press under way and no list or field in use, or a button pressed that
//! waits for the app; never while someone is choosing from a list or typing. Nothing else
//! crosses: the app reads the address, storage and the site's configuration itself.

use crate::state::{reduce, Action, AppState, ProfileChoice, Screen};
use digitrappe_engine::Lang;
use serde::{Deserialize, Serialize};
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::Closure;

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

/// One thing the user did on the static screens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Event {
    /// A language chosen (the app remembers it).
    Lang(Lang),
    /// The static screen shown (Start, the profile's Back).
    Screen(Shown),
    /// A profile field set (an empty value clears it).
    Choose(Field, String),
    /// A button that waits for the app.
    Intent(Intent),
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handoff {
    /// What the user did, in order, since the last record.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Someone touched the page or pressed a key (a kiosk's idle guard counts from then).
    #[serde(default)]
    pub touched: bool,
    /// The static screen is at a quiet moment: the app may take the page now.
    #[serde(default)]
    pub settled: bool,
}

impl Handoff {
    /// Reads what boot.js passes; anything unreadable is "nothing happened yet".
    pub fn from_json(json: &str) -> Handoff {
        serde_json::from_str(json).unwrap_or_default()
    }

    /// The last language chosen, if any.
    pub fn lang(&self) -> Option<Lang> {
        self.events.iter().rev().find_map(|e| match e {
            Event::Lang(lang) => Some(*lang),
            _ => None,
        })
    }

    /// The static screen shown last, if the record says.
    pub fn screen(&self) -> Option<Shown> {
        self.events.iter().rev().find_map(|e| match e {
            Event::Screen(shown) => Some(*shown),
            _ => None,
        })
    }

    /// What the app does, from `state`, to be where the user is on the static screens:
    /// each event in order, where it applies (what the app already did is not done again).
    pub fn actions(&self, state: &AppState) -> Vec<Action> {
        let mut plan = Plan { state: state.clone(), actions: Vec::new() };
        for event in &self.events {
            match (event, plan.state.screen) {
                (Event::Lang(lang), _) if *lang != plan.state.lang => plan.then(Action::SetLang(*lang)),
                (Event::Screen(Shown::Profile), Screen::Start) => {
                    plan.then(Action::Start);
                    // The static Start always shows the profile; the app's Start skips a
                    // complete one.
                    if plan.state.screen == Screen::Question(0) {
                        plan.then(Action::Back);
                    }
                }
                (Event::Screen(Shown::Start), Screen::Profile) => plan.then(Action::Back),
                (Event::Choose(field, value), Screen::Profile) => {
                    plan.then(Action::Choose((*field).into(), Some(value.clone()).filter(|v| !v.trim().is_empty())))
                }
                (Event::Intent(Intent::Next), Screen::Profile) => plan.then(Action::Next),
                (Event::Intent(Intent::Method), Screen::Start) => plan.then(Action::OpenMethod),
                (Event::Intent(Intent::Import), Screen::Start) => plan.then(Action::OpenImport),
                _ => {}
            }
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
    /// static screens since `run` or its last call.
    static LATER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// The static screen on the page, as the last record said (none: boot.js showed none).
    static SHOWN: Cell<Option<Shown>> = const { Cell::new(None) };
}

/// Keeps what `run` was given: boot.js's function for [`since_run`], and the screen the
/// first record says is shown.
pub fn listen(first: &Handoff, later: Option<js_sys::Function>) {
    LATER.with(|l| *l.borrow_mut() = later);
    SHOWN.with(|s| s.set(first.screen()));
}

/// What the user did on the static screens since `run`, or since the last call: what
/// boot.js recorded while the app was drawing off the page. When the record is empty and
/// not `settled`, boot.js calls `wake` at its next event or quiet moment.
pub fn since_run(wake: impl FnOnce() + 'static) -> Handoff {
    let late = LATER.with(|l| {
        l.borrow()
            .as_ref()
            .and_then(|f| f.call1(&wasm_bindgen::JsValue::NULL, &Closure::once_into_js(wake)).ok())
            .and_then(|json| json.as_string())
            .map_or_else(|| Handoff { settled: true, ..Handoff::default() }, |json| Handoff::from_json(&json))
    });
    if let Some(screen) = late.screen() {
        SHOWN.with(|s| s.set(Some(screen)));
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

    fn after(state: &AppState, events: Vec<Event>) -> AppState {
        Handoff { events, ..Handoff::default() }.actions(state).into_iter().fold(state.clone(), |s, a| reduce(&s, a))
    }

    fn choose(field: Field, value: &str) -> Event {
        Event::Choose(field, value.to_string())
    }

    #[wasm_bindgen_test]
    fn what_boot_js_records_is_read_and_anything_else_is_nothing() {
        let read = Handoff::from_json(
            r#"{"events":[{"lang":"en"},{"screen":"profile"},{"choose":["industry","retail"]},{"intent":"next"}],"touched":true,"settled":true}"#,
        );
        assert_eq!(
            read.events,
            vec![Event::Lang(Lang::En), Event::Screen(Shown::Profile), choose(Field::Industry, "retail"), Event::Intent(Intent::Next)]
        );
        assert!(read.touched && read.settled);
        assert_eq!((read.lang(), read.screen()), (Some(Lang::En), Some(Shown::Profile)));
        assert_eq!(Handoff::from_json("{}"), Handoff::default());
        assert_eq!(Handoff::from_json(r#"{"events":[{"intent":"delete-everything"}]}"#), Handoff::default());
        assert_eq!(Handoff::from_json(r#"{"events":[{"choose":["password","x"]}]}"#), Handoff::default());
        assert_eq!(Handoff::from_json("not json"), Handoff::default());
    }

    #[wasm_bindgen_test]
    fn a_profile_filled_in_on_the_static_screen_is_the_app_s_and_next_goes_on_to_the_questions() {
        let filled = vec![
            Event::Screen(Shown::Profile),
            choose(Field::Industry, "retail"),
            choose(Field::Size, "1-9"),
            choose(Field::Staff, "30"),
            choose(Field::Ambition, "3"),
        ];
        let s = after(&fresh(), filled);
        assert_eq!(s.screen, Screen::Profile);
        assert_eq!(s.profile.industry.as_deref(), Some("retail"));
        assert_eq!(s.profile.size.as_deref(), Some("10-49"), "the staff number, set after the band, moves it as in the app");
        assert_eq!(s.profile.ambition, Some(3));
        let cleared = after(&s, vec![choose(Field::Staff, " ")]);
        assert_eq!(cleared.profile.staff, None, "an emptied field is cleared");
        let s = after(&s, vec![Event::Intent(Intent::Next)]);
        assert_eq!(s.screen, Screen::Question(0));
        let later = after(&fresh(), vec![Event::Screen(Shown::Profile), choose(Field::Staff, "30"), choose(Field::Size, "50-249")]);
        assert_eq!((later.profile.size.as_deref(), later.profile.staff), (Some("50-249"), None), "the last one set wins, as in the app");
    }

    #[wasm_bindgen_test]
    fn answers_given_before_back_are_kept_and_start_again_shows_the_profile() {
        let s = after(
            &fresh(),
            vec![
                Event::Screen(Shown::Profile),
                choose(Field::Industry, "retail"),
                choose(Field::Size, "1-9"),
                choose(Field::Ambition, "2"),
                Event::Screen(Shown::Start),
            ],
        );
        assert_eq!(s.screen, Screen::Start);
        assert_eq!(s.profile.industry.as_deref(), Some("retail"), "Back keeps what was answered");
        let s = after(&s, vec![Event::Screen(Shown::Profile)]);
        assert_eq!(s.screen, Screen::Profile, "the static Start shows the profile even when it is complete");
    }

    #[wasm_bindgen_test]
    fn each_event_is_done_once_and_only_where_it_applies() {
        let late = Handoff { events: vec![Event::Lang(Lang::Nb), Event::Screen(Shown::Profile)], ..Handoff::default() };
        assert_eq!(late.actions(&fresh()), vec![Action::SetLang(Lang::Nb), Action::Start]);
        assert!(after(&fresh(), vec![Event::Lang(Lang::Da)]) == fresh(), "the language shown is not chosen again");
        let method = reduce(&fresh(), Action::OpenMethod);
        assert!(late.actions(&method).iter().all(|a| !matches!(a, Action::Start)), "a screen the app has left is not forced");
        assert_eq!(after(&fresh(), vec![Event::Intent(Intent::Import)]).screen, Screen::Import);
        let profile = reduce(&fresh(), Action::Start);
        assert!(Handoff { events: vec![Event::Intent(Intent::Import)], ..Handoff::default() }.actions(&profile).is_empty());
    }
}
