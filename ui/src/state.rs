//! The app's state in Yew: [`Store`] holds `digitrappe_state::AppState` for
//! `use_reducer`. The state, its actions and the one pure reducer are the
//! `digitrappe-state` crate's (no yew; tested natively); this module only adds what Yew
//! needs: an action that changes nothing keeps the same state, so nothing re-renders.

pub use digitrappe_state::*;
use std::rc::Rc;
use yew::Reducible;

/// [`AppState`] in Yew's reducer; reads as the state it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Store(pub AppState);

impl std::ops::Deref for Store {
    type Target = AppState;

    fn deref(&self) -> &AppState {
        &self.0
    }
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = reduce(&self.0, action);
        if next == self.0 {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use digitrappe_engine::Lang;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn actions_that_change_nothing_keep_the_same_state_so_nothing_re_renders() {
        let s = Rc::new(Store(AppState::new(crate::testing::model().0, Lang::Da, None, None)));
        let same = Reducible::reduce(s.clone(), Action::Next);
        assert!(Rc::ptr_eq(&s, &same), "Next on the start screen changes nothing");
        let changed = Reducible::reduce(s.clone(), Action::Start);
        assert!(!Rc::ptr_eq(&s, &changed));
    }
}
