//! The app's state and its one pure reducer.
//!
//! Owns what the user is doing: which screen, which answers, which language, which notice.
//! [`reduce`] is a plain function from state and action to state: no storage, no DOM, no
//! fetching. The app component applies effects (saving, focus, `<html lang>`) after each
//! change, at the edge. Deliberately absent: texts (loaded per language by `texts`) and any
//! scoring (the engine computes the result from the answers when it is shown).

use digitrappe_engine::saved::{Position, Progress};
use digitrappe_engine::{Answer, Answers, Lang, Model};
use std::rc::Rc;
use yew::Reducible;

/// The screen the user is on. A question is named by its index in the model, which does
/// not change while the app runs; saved progress uses the question's ID instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Question(usize),
    Result,
}

/// A message at the top of the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Saved progress could not be read. `kept` says whether a copy was kept (and saving
    /// goes on) or not (and saving is off, so the unreadable data is not overwritten).
    Unreadable { kept: bool },
    /// The answers were deleted; [`Action::Undo`] brings them back.
    ResetDone,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub model: Rc<Model>,
    pub answers: Answers,
    pub screen: Screen,
    pub lang: Lang,
    pub notice: Option<Notice>,
    /// The answers and screen before the last reset, until the user moves on.
    pub undo: Option<(Answers, Screen)>,
    /// Set when the user pressed Next without answering; cleared by an answer.
    pub show_required: bool,
    /// Whether progress may be written to storage (off when unreadable data could not be
    /// set aside, so that it is never overwritten).
    pub saving: bool,
    /// Counts screen changes made by the user; views move focus only when it is above 0,
    /// so the first page load leaves focus where the browser put it.
    pub moves: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Leave the start screen for the first unanswered question.
    Start,
    Answer(Answer),
    Next,
    Back,
    /// From the result, back to the first question to change answers.
    EditAnswers,
    Reset,
    Undo,
    SetLang(Lang),
    DismissNotice,
}

impl AppState {
    /// The state at start-up, from what storage held.
    pub fn new(model: Rc<Model>, lang: Lang, saved: Option<Progress>, notice: Option<Notice>) -> Self {
        let saving = notice != Some(Notice::Unreadable { kept: false });
        let (answers, screen) = match saved {
            Some(p) => {
                let screen = match &p.position {
                    Position::Start => Screen::Start,
                    Position::Result => Screen::Result,
                    Position::Question(id) => model.question_index(id).map_or(Screen::Start, Screen::Question),
                };
                (p.answers, screen)
            }
            None => (Answers::new(), Screen::Start),
        };
        AppState { model, answers, screen, lang, notice, undo: None, show_required: false, saving, moves: 0 }
    }

    /// What to save: the answers and where the user is, against the model's version.
    pub fn progress(&self) -> Progress {
        let position = match self.screen {
            Screen::Start => Position::Start,
            Screen::Result => Position::Result,
            Screen::Question(i) => self
                .model
                .questions
                .get(i)
                .map_or(Position::Start, |q| Position::Question(q.id.clone())),
        };
        Progress { content_version: self.model.version.clone(), answers: self.answers.clone(), position }
    }

    /// The answer to the question on screen, if any.
    pub fn current_answer(&self) -> Option<Answer> {
        match self.screen {
            Screen::Question(i) => self.model.questions.get(i).and_then(|q| self.answers.get(&q.id)),
            _ => None,
        }
    }

    fn first_unanswered(&self) -> usize {
        self.model.questions.iter().position(|q| self.answers.get(&q.id).is_none()).unwrap_or(0)
    }

    fn go(mut self, screen: Screen) -> Self {
        if self.screen != screen {
            self.screen = screen;
            self.moves += 1;
        }
        self.show_required = false;
        self
    }
}

/// The reducer: the next state for an action. Pure; returns the same state for an action
/// that changes nothing.
pub fn reduce(state: &AppState, action: Action) -> AppState {
    let mut next = state.clone();
    if !matches!(action, Action::Undo | Action::SetLang(_) | Action::DismissNotice) {
        next.undo = None;
        if next.notice == Some(Notice::ResetDone) {
            next.notice = None;
        }
    }
    let last = state.model.questions.len().saturating_sub(1);
    match (action, state.screen) {
        (Action::Start, Screen::Start) if state.model.questions.is_empty() => next.go(Screen::Result),
        (Action::Start, Screen::Start) => {
            let first = next.first_unanswered();
            next.go(Screen::Question(first))
        }
        (Action::Answer(answer), Screen::Question(i)) => {
            if let Some(q) = state.model.questions.get(i) {
                next.answers.set(q.id.clone(), answer);
            }
            next.show_required = false;
            next
        }
        (Action::Next, Screen::Question(_)) if state.current_answer().is_none() => {
            next.show_required = true;
            next
        }
        (Action::Next, Screen::Question(i)) if i >= last => next.go(Screen::Result),
        (Action::Next, Screen::Question(i)) => next.go(Screen::Question(i + 1)),
        (Action::Back, Screen::Question(0)) => next.go(Screen::Start),
        (Action::Back, Screen::Question(i)) => next.go(Screen::Question(i - 1)),
        (Action::Back, Screen::Result) => next.go(Screen::Question(last)),
        (Action::EditAnswers, Screen::Result) => next.go(Screen::Question(0)),
        (Action::Reset, _) => {
            next.undo = Some((state.answers.clone(), state.screen));
            next.answers = Answers::new();
            next.notice = Some(Notice::ResetDone);
            next.go(Screen::Start)
        }
        (Action::Undo, _) => match state.undo.clone() {
            Some((answers, screen)) => {
                next.answers = answers;
                next.undo = None;
                next.notice = None;
                next.go(screen)
            }
            None => next,
        },
        (Action::SetLang(lang), _) => {
            next.lang = lang;
            next
        }
        (Action::DismissNotice, _) => {
            next.notice = None;
            next.undo = None;
            next
        }
        // Anything else (e.g. Next on the result screen) changes nothing.
        _ => next,
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = reduce(&self, action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support;
    use digitrappe_engine::QuestionId;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn fresh() -> AppState {
        AppState::new(test_support::model().0, Lang::Da, None, None)
    }

    fn run(state: AppState, actions: &[Action]) -> AppState {
        actions.iter().cloned().fold(state, |s, a| reduce(&s, a))
    }

    #[wasm_bindgen_test]
    fn start_answer_and_walk_to_the_result() {
        let total = fresh().model.questions.len();
        let mut s = run(fresh(), &[Action::Start]);
        assert_eq!(s.screen, Screen::Question(0));
        for i in 0..total {
            assert_eq!(s.screen, Screen::Question(i));
            s = run(s, &[Action::Answer(Answer::Option(2)), Action::Next]);
        }
        assert_eq!(s.screen, Screen::Result);
        assert_eq!(s.answers.len(), total);
        assert_eq!(s.progress().position, Position::Result);
    }

    #[wasm_bindgen_test]
    fn next_without_an_answer_asks_for_one_and_stays() {
        let s = run(fresh(), &[Action::Start, Action::Next]);
        assert_eq!(s.screen, Screen::Question(0));
        assert!(s.show_required);
        let s = run(s, &[Action::Answer(Answer::DontKnow)]);
        assert!(!s.show_required, "an answer clears the message");
        assert_eq!(run(s, &[Action::Next]).screen, Screen::Question(1));
    }

    #[wasm_bindgen_test]
    fn back_goes_one_question_back_and_from_the_first_to_the_start() {
        let s = run(fresh(), &[Action::Start, Action::Answer(Answer::Option(1)), Action::Next, Action::Back]);
        assert_eq!(s.screen, Screen::Question(0));
        assert_eq!(s.current_answer(), Some(Answer::Option(1)), "answers survive going back");
        assert_eq!(run(s, &[Action::Back]).screen, Screen::Start);
    }

    #[wasm_bindgen_test]
    fn start_resumes_at_the_first_unanswered_question() {
        let s = run(fresh(), &[Action::Start, Action::Answer(Answer::Option(1)), Action::Next, Action::Back, Action::Back]);
        assert_eq!(s.screen, Screen::Start);
        assert_eq!(run(s, &[Action::Start]).screen, Screen::Question(1));
    }

    #[wasm_bindgen_test]
    fn reset_clears_everything_and_undo_brings_it_back() {
        let answered = run(fresh(), &[Action::Start, Action::Answer(Answer::Option(3)), Action::Next]);
        let reset = run(answered.clone(), &[Action::Reset]);
        assert!(reset.answers.is_empty());
        assert_eq!(reset.screen, Screen::Start);
        assert_eq!(reset.notice, Some(Notice::ResetDone));
        let undone = run(reset.clone(), &[Action::Undo]);
        assert_eq!(undone.answers, answered.answers);
        assert_eq!(undone.screen, answered.screen);
        assert_eq!(undone.notice, None);
        let moved_on = run(reset, &[Action::Start, Action::Undo]);
        assert!(moved_on.answers.is_empty(), "undo is gone once the user moves on");
    }

    #[wasm_bindgen_test]
    fn saved_progress_puts_the_user_back_where_they_were() {
        let model = test_support::model().0;
        let second = model.questions[1].id.clone();
        let saved = Progress {
            content_version: model.version.clone(),
            answers: [(model.questions[0].id.clone(), Answer::Option(3))].into_iter().collect(),
            position: Position::Question(second),
        };
        let s = AppState::new(model.clone(), Lang::En, Some(saved.clone()), None);
        assert_eq!(s.screen, Screen::Question(1));
        assert_eq!(s.progress(), saved);
        let gone = Progress { position: Position::Question(QuestionId::new("removed.question")), ..saved };
        assert_eq!(AppState::new(model, Lang::En, Some(gone), None).screen, Screen::Start);
    }

    #[wasm_bindgen_test]
    fn unreadable_data_that_could_not_be_kept_turns_saving_off() {
        let model = test_support::model().0;
        assert!(AppState::new(model.clone(), Lang::Da, None, Some(Notice::Unreadable { kept: true })).saving);
        assert!(!AppState::new(model, Lang::Da, None, Some(Notice::Unreadable { kept: false })).saving);
    }

    #[wasm_bindgen_test]
    fn actions_that_change_nothing_return_the_same_state() {
        let s = Rc::new(fresh());
        let same = Reducible::reduce(s.clone(), Action::Next);
        assert!(Rc::ptr_eq(&s, &same), "Next on the start screen changes nothing, so nothing re-renders");
    }
}
