//! # digitrappe-state: the app's state, its actions and the one pure reducer
//!
//! No yew, no browser: `cargo test -p digitrappe-state` runs its tests natively. The app
//! (`ui/src/state.rs`) wraps [`AppState`] for Yew's `use_reducer` and applies the effects.
//!
//! Owns what the user is doing: which screen, which profile and answers, which language,
//! which notice. [`reduce`] is a plain function from state and action to state: no
//! storage, no DOM, no fetching. The app component applies effects (saving, focus,
//! `<html lang>`) after each change, at the edge. Deliberately absent: texts (loaded per
//! language by `texts`) and any scoring (the engine computes the result from the answers
//! when it is shown).

use digitrappe_engine::config::{Presentation, Problem, SiteConfig};
use digitrappe_engine::history::{Entry, History};
use digitrappe_engine::mode::Mode;
use digitrappe_engine::room::{Added, Room};
use digitrappe_engine::saved::{Position, Progress};
use digitrappe_engine::{Answer, Answers, Lang, Model, Profile};
use std::rc::Rc;

/// The screen the user is on. A question is named by its index in the model, which does
/// not change while the app runs; saved progress uses the question's ID instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Profile,
    Question(usize),
    /// Every question with its answer, to jump to any of them.
    Overview,
    Result,
    /// "How is this calculated?", over the screen in `AppState::overlay_return`.
    Method,
    /// The facilitator's one-page guide, over the screen in `AppState::overlay_return`.
    Guide,
    /// The site owner's configuration check, over the screen in `AppState::overlay_return`.
    ConfigCheck,
    /// The result of a shared code, link or file (`AppState::shared`), over the screen in
    /// `AppState::overlay_return`, with the offer to continue from it.
    Shared,
    /// "Open a saved result" (a code, a link or a file), over `AppState::overlay_return`.
    Import,
    /// "Embed on your website", for the site owner, over `AppState::overlay_return`.
    EmbedSetup,
    /// The facilitator's view of a workshop room's answers (`AppState::room`), over
    /// `AppState::overlay_return`.
    Room,
    /// Typing a participant's answers from a paper sheet into the room.
    PaperEntry,
    /// The printable answer sheet for rooms without phones.
    AnswerSheet,
}

/// The facilitator's room: the participants' codes, what the last add gave, and the room
/// as it was before it was cleared (for undo, until the next change). Saved by the app.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoomSession {
    pub room: Room,
    pub last: Vec<Added>,
    pub cleared: Option<Room>,
    /// Stored room data could not be read: `Some(kept)`, whether a copy was set aside (if
    /// not, the room is not saved in this visit, so the original is never overwritten).
    pub unreadable: Option<bool>,
    /// The stored room has been read. It is read when a room screen first opens, not at
    /// start (no other screen needs it); until then nothing is added, cleared or saved.
    pub loaded: bool,
    /// Another tab or window changed the room; this view shows both tabs' participants.
    pub other_tab: bool,
}

/// Something to tell about the kept results ("Your progress over time").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryStatus {
    Kept,
    Unreadable,
    /// Unreadable, and no copy could be set aside: nothing is written to it this visit.
    UnreadableUnsaved,
    NotSaved,
    /// Another tab or window changed the list; this page shows it as stored.
    OtherTab,
}

/// A change the user made to the kept results, waiting to be applied to the list as it
/// is stored now (by the app's effect), so a change another tab made meanwhile is kept.
/// Renaming and deleting act on the entry the page showed, only if it is still the one
/// under its id (another tab may have deleted it and kept another under the same id).
#[derive(Clone, Debug, PartialEq)]
pub enum HistoryChange {
    Keep { date: String, profile: Profile, answers: Answers },
    Rename { seen: Entry, name: String },
    Delete { seen: Entry },
}

impl HistoryChange {
    pub fn apply(&self, history: &mut History) {
        match self {
            HistoryChange::Keep { date, profile, answers } => {
                history.add(date, digitrappe_engine::builtin::VERSION, profile, answers);
            }
            HistoryChange::Rename { seen, name } => {
                history.rename_seen(seen, name);
            }
            HistoryChange::Delete { seen } => {
                history.delete_seen(seen);
            }
        }
    }
}

/// The kept results: read when the result first shows (no other screen needs them, so no
/// start decodes them: issue 12, kind 17); each change is saved at once by the app's
/// effect, applied to the list as stored; deleting really deletes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HistoryState {
    pub list: Rc<History>,
    pub status: Option<HistoryStatus>,
    pub loaded: bool,
    /// Changes made here that the app's effect has not yet written.
    pub pending: Vec<HistoryChange>,
}

/// The rule of [`AppState::mode`], for a site's file as read (`run` decides the mode with it
/// before anything is read from storage): `kept` is [`kiosk_kept`] of the file.
pub fn site_mode(site: &SiteState, kept: bool, handed: Mode, in_address: bool) -> Mode {
    match site {
        _ if in_address => handed,
        SiteState::Loading => handed,
        SiteState::Ready(config) => digitrappe_engine::mode::choose(None, config.mode),
        _ if handed == Mode::Kiosk || kept => Mode::Kiosk,
        _ => Mode::default(),
    }
}

/// Whether a file that fails the check names a kiosk (read leniently): then the page stays
/// a kiosk, and nothing else of the file applies.
pub fn kiosk_kept(site: &SiteState, text: Option<&str>) -> bool {
    site.config().is_none() && text.is_some_and(|t| digitrappe_engine::config::presentation(t).mode == Some(Mode::Kiosk))
}

/// A profile and answers someone shared, shown without touching the user's own.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedAnswers {
    pub profile: Profile,
    pub answers: Answers,
}

/// A message at the top of the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Saved progress could not be read. `kept` says whether a copy was kept (and saving
    /// goes on) or not (and saving is off, so the unreadable data is not overwritten).
    Unreadable { kept: bool },
    /// The answers were given against an older version of the questionnaire: `kept`
    /// answers still count, `new` questions have no answer yet.
    Updated { kept: usize, new: usize, retired: usize },
    /// The answers were deleted; undo brings them back.
    ResetDone,
    /// Shared answers replaced the user's own; undo brings those back.
    SharedTaken,
    /// A share link's code could not be read (why, in the user's words).
    LinkFailed(digitrappe_engine::share::ShareError),
    /// The browser would not store what was just entered (full or blocked storage): the
    /// app works on in memory, and says once how to keep the answers (code, file).
    NotSaved,
    /// Another tab or window changed the answers; this page shows them merged with its own.
    OtherTab,
}

impl Notice {
    /// `data-notice`, the message in `t`'s language, and whether Undo is offered.
    pub fn words(&self, t: &digitrappe_engine::Texts) -> (&'static str, String, bool) {
        match self {
            Notice::Unreadable { kept: true } => ("unreadable", t.ui(digitrappe_engine::text::Ui::NoticeCorrupt).to_string(), false),
            Notice::Unreadable { kept: false } => {
                ("unreadable", t.ui(digitrappe_engine::text::Ui::NoticeCorruptUnsaved).to_string(), false)
            }
            Notice::Updated { kept, new, retired } => (
                "updated",
                digitrappe_engine::text::fill(
                    t.ui(digitrappe_engine::text::Ui::NoticeUpdated),
                    &[("kept", &kept.to_string()), ("new", &new.to_string()), ("retired", &retired.to_string())],
                ),
                false,
            ),
            Notice::ResetDone => ("reset", t.ui(digitrappe_engine::text::Ui::ResetDone).to_string(), true),
            Notice::SharedTaken => ("shared-taken", t.ui(digitrappe_engine::text::Ui::SharedTaken).to_string(), true),
            Notice::NotSaved => ("not-saved", t.ui(digitrappe_engine::text::Ui::NoticeNotSaved).to_string(), false),
            Notice::OtherTab => ("other-tab", t.ui(digitrappe_engine::text::Ui::NoticeOtherTab).to_string(), false),
            Notice::LinkFailed(error) => (
                "link-failed",
                digitrappe_engine::text::fill(
                    t.ui(digitrappe_engine::text::Ui::ShareLinkFailed),
                    &[("reason", &digitrappe_engine::share::describe(error, t))],
                ),
                false,
            ),
        }
    }
}

/// What came of the embedding site's configuration (fetched once at start-up; the check
/// page shows it).
#[derive(Clone, Debug, PartialEq)]
pub enum SiteState {
    Loading,
    /// No `config.json` (the built-in catalogue applies, and nothing is wrong).
    Absent,
    Ready(Rc<SiteConfig>),
    Invalid(Vec<Problem>),
    /// `?config=` did not name a relative path on this site; nothing was fetched.
    Refused,
    Failed(String),
}

impl SiteState {
    pub fn config(&self) -> Option<&Rc<SiteConfig>> {
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

/// Which profile field a choice is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileChoice {
    Industry,
    Size,
    Ambition,
    /// The number of full-time staff (optional; sets the size band that holds it).
    Staff,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The embedding site's configuration, as the app read it.
    pub site: SiteState,
    /// Its text as read (the embed page keeps its other fields).
    pub site_text: Option<String>,
    /// How the app looks and behaves on the site (logo, public address, idle time,
    /// colours): only from a file the strict check accepts, so a file that fails applies
    /// nothing (issue 12, kind 18).
    pub presentation: Rc<Presentation>,
    pub model: Rc<Model>,
    pub profile: Profile,
    pub answers: Answers,
    pub screen: Screen,
    /// Where "back" from the method view or the configuration check goes.
    pub overlay_return: Screen,
    pub lang: Lang,
    /// The language was named by the address, remembered from an earlier choice or chosen
    /// now; otherwise (the browser's, or Danish) the site's configured language replaces it.
    pub lang_chosen: bool,
    /// The site's file names a kiosk but fails the check: a kiosk stays a kiosk (its idle
    /// reset and memory-only storage protect the next visitor whatever else the file says).
    pub kiosk_kept: bool,
    pub notice: Option<Notice>,
    /// The profile, answers and screen before the last reset, until the user moves on.
    pub undo: Option<Box<(Profile, Answers, Screen)>>,
    /// Set when the user pressed Next without answering; cleared by an answer.
    pub show_required: bool,
    /// Whether progress may be written to storage (off when unreadable data could not be
    /// set aside, so that it is never overwritten).
    pub saving: bool,
    /// Whether the user has been told that storage refused a write (told once).
    pub told_not_saved: bool,
    /// A shared result being looked at (never saved).
    pub shared: Option<Rc<SharedAnswers>>,
    /// Counts screen changes made by the user; views move focus only when it is above 0,
    /// so the first page load leaves focus where the browser put it.
    pub moves: u32,
    pub room: Rc<RoomSession>,
    pub history: Rc<HistoryState>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Leave the start screen: to the profile, or on to the questions if it is complete.
    Start,
    /// A profile choice; `None` for "choose …".
    Choose(ProfileChoice, Option<String>),
    Answer(Answer),
    /// The `n`th answer the current question offers, counting from 1 (a projector's
    /// number keys).
    AnswerNumber(usize),
    Next,
    Back,
    OpenOverview,
    /// From the result to the first question not yet answered (after the questionnaire
    /// changed: only the new questions are asked).
    AnswerNew,
    /// Jump to a question by its index.
    JumpTo(usize),
    JumpToProfile,
    ShowResult,
    OpenMethod,
    OpenGuide,
    OpenConfigCheck,
    OpenImport,
    /// The site owner's "Embed on your website".
    OpenEmbedSetup,
    /// Back from the method view, the configuration check or "open a saved result".
    CloseOverlay,
    Reset,
    /// The kept results as read from storage (`Err(kept)`: unreadable, and whether a copy
    /// was set aside).
    HistoryRead(Result<History, bool>),
    /// "Keep this result" on the given date.
    KeepInHistory(String),
    RenameInHistory(u32, String),
    DeleteFromHistory(u32),
    /// The first `n` pending changes were written: the list as stored now.
    HistoryWritten(usize, History),
    /// Storage refused the first `n` pending changes: they apply in memory only.
    HistoryNotWritten(usize),
    /// Another tab changed the stored list.
    HistoryFromOtherTab(History),
    Undo,
    SetLang(Lang),
    DismissNotice,
    /// Storage refused a write: say so once (the app works on in memory).
    SaveFailed,
    /// Look at a shared result (from a link, a typed code or a file).
    OpenShared(SharedAnswers),
    /// Take the shared answers over as one's own (undo brings one's own back).
    ContinueShared,
    /// Back from a shared result to one's own screen.
    CloseShared,
    /// A share link's code could not be read.
    ShareLinkFailed(digitrappe_engine::share::ShareError),
    /// The room's answers (also back to them from the answer sheet and paper entry).
    OpenRoom,
    /// The stored room, read when a room screen first opened.
    RoomRead(Room, Option<bool>),
    /// What came of the site's configuration, and its text as read (the embed page keeps
    /// its other fields).
    SiteRead(SiteState, Option<String>),
    /// The room as another tab left it, merged with this page's.
    RoomFromOtherTab(Room),
    /// The answers and profile as another tab left them, merged with this page's (the
    /// screen stays where it is).
    FromOtherTab(Progress),
    /// Participants' codes or links, one or several.
    AddToRoom(String),
    /// A participant's answers typed from paper, added as a code with an empty profile.
    AddPaper(Answers),
    ClearRoom,
    UndoClearRoom,
    OpenPaperEntry,
    OpenAnswerSheet,
}

/// The room's actions, which leave the user's own answers (and their undo) alone.
fn is_room_action(action: &Action) -> bool {
    matches!(
        action,
        Action::OpenRoom
            | Action::RoomRead(..)
            | Action::RoomFromOtherTab(_)
            | Action::AddToRoom(_)
            | Action::AddPaper(_)
            | Action::ClearRoom
            | Action::UndoClearRoom
            | Action::OpenPaperEntry
            | Action::OpenAnswerSheet
    )
}

/// What a key does on a projector (where a presentation clicker sends the same keys):
/// forward and back with the arrow keys and Page Down/Up, answers with 1-9. The app only
/// asks this in projector mode and never while the user is typing in a field.
pub fn shortcut(key: &str, screen: Screen) -> Option<Action> {
    let forward = matches!(key, "ArrowRight" | "PageDown");
    let back = matches!(key, "ArrowLeft" | "PageUp");
    match screen {
        Screen::Start if forward => Some(Action::Start),
        Screen::Profile | Screen::Question(_) | Screen::Overview if forward => Some(Action::Next),
        Screen::Profile | Screen::Question(_) | Screen::Result if back => Some(Action::Back),
        Screen::Question(_) => match key.parse::<usize>() {
            Ok(n @ 1..=9) => Some(Action::AnswerNumber(n)),
            _ => None,
        },
        _ => None,
    }
}

/// Screens shown over another one, to which "back" returns.
fn is_overlay(screen: Screen) -> bool {
    matches!(
        screen,
        Screen::Method
            | Screen::Guide
            | Screen::ConfigCheck
            | Screen::Shared
            | Screen::Import
            | Screen::EmbedSetup
            | Screen::Room
            | Screen::PaperEntry
            | Screen::AnswerSheet
    )
}

impl AppState {
    /// The state at start-up, from what storage held.
    pub fn new(model: Rc<Model>, lang: Lang, saved: Option<Progress>, notice: Option<Notice>) -> Self {
        let saving = notice != Some(Notice::Unreadable { kept: false });
        let mut notice = notice;
        let (profile, answers, screen) = match saved {
            Some(p) => {
                if p.content_version != model.version {
                    let kept = model.questions.iter().filter(|q| p.answers.get(&q.id).is_some()).count();
                    let retired = p.answers.iter().filter(|(id, _)| model.is_retired(id)).count();
                    notice = notice.or(Some(Notice::Updated { kept, new: model.questions.len() - kept, retired }));
                }
                let screen = match &p.position {
                    Position::Start => Screen::Start,
                    Position::Profile => Screen::Profile,
                    Position::Overview => Screen::Overview,
                    Position::Result => Screen::Result,
                    // A question an earlier edition asked: on to the first one not answered.
                    Position::Question(id) if model.is_retired(id) => {
                        model.questions.iter().position(|q| p.answers.get(&q.id).is_none()).map_or(Screen::Overview, Screen::Question)
                    }
                    Position::Question(id) => model.question_index(id).map_or(Screen::Start, Screen::Question),
                };
                (p.profile, p.answers, screen)
            }
            None => (Profile::default(), Answers::new(), Screen::Start),
        };
        AppState {
            model,
            profile,
            answers,
            screen,
            overlay_return: Screen::Start,
            lang,
            lang_chosen: false,
            kiosk_kept: false,
            notice,
            undo: None,
            show_required: false,
            saving,
            told_not_saved: false,
            shared: None,
            moves: 0,
            room: Rc::default(),
            history: Rc::default(),
            site: SiteState::Loading,
            site_text: None,
            presentation: Rc::default(),
        }
    }

    /// The mode the app is in: the address's (`?mode=`) wins; else the mode of a file the
    /// strict check accepts; while the file loads, the default. A kiosk stays a kiosk (the safe
    /// way: its idle reset and memory-only storage protect the next visitor whatever the
    /// file says).
    pub fn mode(&self, handed: Mode, in_address: bool) -> Mode {
        site_mode(&self.site, self.kiosk_kept, handed, in_address)
    }

    /// What to save: the profile, the answers and where the user is, against the model's
    /// version. The method view is saved as the screen under it.
    pub fn progress(&self) -> Progress {
        let screen = if is_overlay(self.screen) { self.overlay_return } else { self.screen };
        let position = match screen {
            Screen::Start | Screen::Method | Screen::Guide | Screen::ConfigCheck | Screen::Shared | Screen::Import | Screen::EmbedSetup => {
                Position::Start
            }
            Screen::Room | Screen::PaperEntry | Screen::AnswerSheet => Position::Start,
            Screen::Profile => Position::Profile,
            Screen::Overview => Position::Overview,
            Screen::Result => Position::Result,
            Screen::Question(i) => self.model.questions.get(i).map_or(Position::Start, |q| Position::Question(q.id.clone())),
        };
        Progress { content_version: self.model.version.to_string(), profile: self.profile.clone(), answers: self.answers.clone(), position }
    }

    /// The answer to the question on screen, if any.
    pub fn current_answer(&self) -> Option<Answer> {
        match self.screen {
            Screen::Question(i) => self.model.questions.get(i).and_then(|q| self.answers.get(&q.id)),
            _ => None,
        }
    }

    /// Whether anything has been entered yet.
    pub fn has_progress(&self) -> bool {
        !self.answers.is_empty() || self.profile != Profile::default()
    }

    /// The first question without an answer, or `None` when all are answered.
    pub fn first_unanswered(&self) -> Option<usize> {
        self.model.questions.iter().position(|q| self.answers.get(&q.id).is_none())
    }

    fn go(mut self, screen: Screen) -> Self {
        if self.screen != screen {
            self.screen = screen;
            self.moves += 1;
        }
        self.show_required = false;
        self
    }

    /// After the profile: the first unanswered question, or the overview when all are.
    fn into_questions(self) -> Self {
        let to = self.first_unanswered().map_or(Screen::Overview, Screen::Question);
        self.go(to)
    }
}

/// The reducer: the next state for an action. Pure; returns an equal state for an action
/// that changes nothing.
pub fn reduce(state: &AppState, action: Action) -> AppState {
    let mut next = state.clone();
    if !matches!(
        action,
        Action::Undo
            | Action::SetLang(_)
            | Action::DismissNotice
            | Action::SaveFailed
            | Action::OpenMethod
            | Action::OpenGuide
            | Action::OpenConfigCheck
            | Action::OpenImport
            | Action::OpenEmbedSetup
            | Action::CloseOverlay
            | Action::OpenShared(_)
            | Action::CloseShared
            | Action::ShareLinkFailed(_)
            | Action::FromOtherTab(_)
    ) && !is_room_action(&action)
    {
        next.undo = None;
        if matches!(next.notice, Some(Notice::ResetDone | Notice::SharedTaken)) {
            next.notice = None;
        }
    }
    let questions = state.model.questions.len();
    let last = questions.saturating_sub(1);
    let profile_done = state.profile.is_complete(&state.model);
    match (action, state.screen) {
        (Action::Start, Screen::Start) if profile_done => next.into_questions(),
        (Action::Start, Screen::Start) => next.go(Screen::Profile),
        (Action::Choose(field, value), Screen::Profile) => {
            match field {
                ProfileChoice::Industry => next.profile.industry = value,
                ProfileChoice::Size => next.profile.set_size(value),
                ProfileChoice::Staff => {
                    let staff = value.and_then(|v| v.trim().parse::<u32>().ok());
                    next.profile.set_staff(&next.model, staff)
                }
                ProfileChoice::Ambition => next.profile.ambition = value.and_then(|v| v.parse().ok()),
            }
            if next.profile.is_complete(&next.model) {
                next.show_required = false;
            }
            next
        }
        (Action::Next, Screen::Profile) if !profile_done => {
            next.show_required = true;
            next
        }
        (Action::Next, Screen::Profile) if questions == 0 => next.go(Screen::Result),
        (Action::Next, Screen::Profile) => next.into_questions(),
        (Action::Back, Screen::Profile) => next.go(Screen::Start),
        (Action::Answer(answer), Screen::Question(i)) => {
            if let Some(q) = state.model.questions.get(i) {
                next.answers.set(q.id.clone(), answer);
            }
            next.show_required = false;
            next
        }
        (Action::AnswerNumber(n), Screen::Question(i)) => {
            let offered = state.model.questions.get(i).map(|q| digitrappe_engine::answers::offered(&state.model, q)).unwrap_or_default();
            match n.checked_sub(1).and_then(|k| offered.get(k)) {
                Some(answer) => reduce(state, Action::Answer(*answer)),
                None => next,
            }
        }
        (Action::Next, Screen::Question(_)) if state.current_answer().is_none() => {
            next.show_required = true;
            next
        }
        (Action::Next, Screen::Question(i)) if i >= last => next.go(Screen::Result),
        (Action::Next, Screen::Question(i)) => next.go(Screen::Question(i + 1)),
        (Action::Back, Screen::Question(0)) => next.go(Screen::Profile),
        (Action::Back, Screen::Question(i)) => next.go(Screen::Question(i - 1)),
        (Action::Back, Screen::Result) => next.go(Screen::Overview),
        (Action::OpenOverview, Screen::Question(_) | Screen::Result | Screen::Profile) => next.go(Screen::Overview),
        (Action::AnswerNew, Screen::Result) => next.into_questions(),
        (Action::JumpTo(i), Screen::Overview) if i < questions => next.go(Screen::Question(i)),
        (Action::JumpToProfile, Screen::Overview) => next.go(Screen::Profile),
        (Action::Next, Screen::Overview) => next.into_questions(),
        (Action::ShowResult, Screen::Overview | Screen::Question(_)) => next.go(Screen::Result),
        (Action::OpenMethod, screen) if !is_overlay(screen) => {
            next.overlay_return = screen;
            next.go(Screen::Method)
        }
        (Action::OpenGuide, screen) if !is_overlay(screen) => {
            next.overlay_return = screen;
            next.go(Screen::Guide)
        }
        (Action::OpenConfigCheck, screen) if !is_overlay(screen) => {
            next.overlay_return = screen;
            next.go(Screen::ConfigCheck)
        }
        (Action::OpenImport, screen) if !is_overlay(screen) => {
            next.overlay_return = screen;
            next.go(Screen::Import)
        }
        (Action::OpenEmbedSetup, screen) if !is_overlay(screen) => {
            next.overlay_return = screen;
            next.go(Screen::EmbedSetup)
        }
        (Action::CloseOverlay, Screen::Method | Screen::Guide | Screen::ConfigCheck | Screen::Import | Screen::EmbedSetup) => {
            let back = state.overlay_return;
            next.go(back)
        }
        (Action::OpenShared(shared), screen) => {
            if !is_overlay(screen) {
                next.overlay_return = screen;
            }
            next.shared = Some(Rc::new(shared));
            next.go(Screen::Shared)
        }
        (Action::ShareLinkFailed(why), _) => {
            next.notice = Some(Notice::LinkFailed(why));
            next
        }
        (Action::CloseShared, Screen::Shared) => {
            next.shared = None;
            let back = state.overlay_return;
            next.go(back)
        }
        (Action::ContinueShared, Screen::Shared) => match state.shared.as_deref().cloned() {
            Some(shared) => {
                if state.has_progress() {
                    next.undo = Some(Box::new((state.profile.clone(), state.answers.clone(), state.overlay_return)));
                    next.notice = Some(Notice::SharedTaken);
                }
                next.profile = shared.profile;
                next.answers = shared.answers;
                next.shared = None;
                next.go(Screen::Result)
            }
            None => next,
        },
        (Action::Reset, _) => {
            next.undo = Some(Box::new((state.profile.clone(), state.answers.clone(), state.screen)));
            next.profile = Profile::default();
            next.answers = Answers::new();
            next.notice = Some(Notice::ResetDone);
            next.go(Screen::Start)
        }
        (Action::HistoryRead(read), _) if !state.history.loaded => {
            let history = Rc::make_mut(&mut next.history);
            history.loaded = true;
            match read {
                Ok(list) => history.list = Rc::new(list),
                Err(kept) => history.status = Some(if kept { HistoryStatus::Unreadable } else { HistoryStatus::UnreadableUnsaved }),
            }
            next
        }
        (Action::KeepInHistory(date), _) if state.history.loaded => {
            let change = HistoryChange::Keep { date, profile: state.profile.clone(), answers: state.answers.clone() };
            Rc::make_mut(&mut next.history).pending.push(change);
            next
        }
        // Renaming and deleting name the entry this page showed (only an id it shows).
        (Action::RenameInHistory(id, name), _) => match state.history.list.get(id) {
            Some(seen) => {
                Rc::make_mut(&mut next.history).pending.push(HistoryChange::Rename { seen: seen.clone(), name });
                next
            }
            None => next,
        },
        (Action::DeleteFromHistory(id), _) => match state.history.list.get(id) {
            Some(seen) => {
                Rc::make_mut(&mut next.history).pending.push(HistoryChange::Delete { seen: seen.clone() });
                next
            }
            None => next,
        },
        (Action::HistoryWritten(n, list), _) => {
            let history = Rc::make_mut(&mut next.history);
            let n = n.min(history.pending.len());
            let kept = history.pending.drain(..n).any(|c| matches!(c, HistoryChange::Keep { .. }));
            history.list = Rc::new(list);
            history.status = kept.then_some(HistoryStatus::Kept);
            next
        }
        (Action::HistoryNotWritten(n), _) => {
            let history = Rc::make_mut(&mut next.history);
            let n = n.min(history.pending.len());
            let mut list = (*history.list).clone();
            for change in history.pending.drain(..n) {
                change.apply(&mut list);
            }
            history.list = Rc::new(list);
            history.status = Some(HistoryStatus::NotSaved);
            next
        }
        (Action::HistoryFromOtherTab(list), _) if state.history.loaded && *state.history.list != list => {
            let history = Rc::make_mut(&mut next.history);
            history.list = Rc::new(list);
            history.status = Some(HistoryStatus::OtherTab);
            next
        }
        (Action::Undo, _) => match state.undo.as_deref().cloned() {
            Some((profile, answers, screen)) => {
                next.profile = profile;
                next.answers = answers;
                next.undo = None;
                next.notice = None;
                next.go(screen)
            }
            None => next,
        },
        (Action::SetLang(lang), _) => {
            next.lang = lang;
            next.lang_chosen = true;
            next
        }
        (Action::SaveFailed, _) => {
            if !next.told_not_saved {
                next.told_not_saved = true;
                next.notice = Some(Notice::NotSaved);
            }
            next
        }
        (Action::DismissNotice, _) => {
            next.notice = None;
            next.undo = None;
            next
        }
        (Action::OpenRoom, Screen::PaperEntry | Screen::AnswerSheet) => {
            Rc::make_mut(&mut next.room).last.clear();
            next.go(Screen::Room)
        }
        (Action::OpenRoom, screen) if !is_overlay(screen) => {
            next.overlay_return = screen;
            Rc::make_mut(&mut next.room).last.clear();
            next.go(Screen::Room)
        }
        (Action::RoomFromOtherTab(room), _) if state.room.loaded && room != state.room.room => {
            let session = Rc::make_mut(&mut next.room);
            // Both tabs' participants together fill the room: this tab's codes that did not
            // fit are said, as when one is added to a full room (never dropped unseen).
            if room.codes().len() >= digitrappe_engine::room::MAX_CODES {
                let left_out = session.room.codes().iter().filter(|c| !room.codes().contains(c));
                session.last = left_out.map(|c| Added::Full { given: c.clone() }).collect();
            }
            session.room = room;
            session.cleared = None;
            session.other_tab = true;
            next
        }
        (Action::FromOtherTab(theirs), _) if theirs.answers != state.answers || theirs.profile != state.profile => {
            next.answers = theirs.answers;
            next.profile = theirs.profile;
            // An undo offered here (of a reset, of taking over shared answers) stays, with
            // its notice: it is this tab's user's to use.
            if next.undo.is_none() {
                next.notice = Some(Notice::OtherTab);
            }
            next
        }
        (Action::SiteRead(site, text), _) => {
            next.presentation = Rc::new(site.config().map(|c| c.presentation()).unwrap_or_default());
            next.kiosk_kept = kiosk_kept(&site, text.as_deref());
            if let Some(lang) = site.config().and_then(|c| c.lang).filter(|_| !state.lang_chosen) {
                next.lang = lang;
            }
            next.site = site;
            next.site_text = text;
            next
        }
        (Action::RoomRead(room, unreadable), _) if !state.room.loaded => {
            next.room = Rc::new(RoomSession { room, unreadable, loaded: true, ..Default::default() });
            next
        }
        (Action::AddToRoom(text), Screen::Room) if state.room.loaded => {
            let room = Rc::make_mut(&mut next.room);
            room.last = room.room.add(&digitrappe_engine::builtin::CODEBOOK, &text);
            room.cleared = None;
            next
        }
        (Action::AddPaper(answers), Screen::PaperEntry) if state.room.loaded => {
            let book = &digitrappe_engine::builtin::CODEBOOK;
            let room = Rc::make_mut(&mut next.room);
            room.last = room.room.add(book, &digitrappe_engine::share::encode(book, &Profile::default(), &answers));
            room.cleared = None;
            next
        }
        (Action::ClearRoom, Screen::Room) if state.room.loaded && !state.room.room.is_empty() => {
            let room = Rc::make_mut(&mut next.room);
            room.cleared = Some(std::mem::take(&mut room.room));
            room.last.clear();
            next
        }
        (Action::UndoClearRoom, Screen::Room) => {
            let room = Rc::make_mut(&mut next.room);
            if let Some(cleared) = room.cleared.take() {
                room.room = cleared;
            }
            next
        }
        (Action::OpenPaperEntry, Screen::Room) => {
            Rc::make_mut(&mut next.room).last.clear();
            next.go(Screen::PaperEntry)
        }
        (Action::OpenAnswerSheet, Screen::Room) => next.go(Screen::AnswerSheet),
        (Action::CloseOverlay, Screen::Room) => {
            let back = state.overlay_return;
            next.go(back)
        }
        // Anything else (e.g. Next on the result screen) changes nothing.
        _ => next,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use digitrappe_engine::QuestionId;

    fn fresh() -> AppState {
        AppState::new(Rc::new(digitrappe_engine::builtin::model()), Lang::Da, None, None)
    }

    fn run(state: AppState, actions: &[Action]) -> AppState {
        actions.iter().cloned().fold(state, |s, a| reduce(&s, a))
    }

    fn profiled() -> Vec<Action> {
        vec![
            Action::Start,
            Action::Choose(ProfileChoice::Industry, Some("retail".into())),
            Action::Choose(ProfileChoice::Size, Some("1-9".into())),
            Action::Choose(ProfileChoice::Ambition, Some("3".into())),
            Action::Next,
        ]
    }

    #[test]
    fn a_number_of_staff_sets_its_size_band_and_a_band_that_cannot_hold_it_clears_it() {
        let s = run(fresh(), &[Action::Start, Action::Choose(ProfileChoice::Staff, Some("5".into()))]);
        assert_eq!((s.profile.staff, s.profile.size.as_deref()), (Some(5), Some("1-9")));
        let s = reduce(&s, Action::Choose(ProfileChoice::Staff, Some("30".into())));
        assert_eq!((s.profile.staff, s.profile.size.as_deref()), (Some(30), Some("10-49")));
        let s = reduce(&s, Action::Choose(ProfileChoice::Size, Some("50-249".into())));
        assert_eq!((s.profile.staff, s.profile.size.as_deref()), (None, Some("50-249")), "the band wins and the number goes");
        let s = reduce(&s, Action::Choose(ProfileChoice::Staff, Some("not a number".into())));
        assert_eq!((s.profile.staff, s.profile.size.as_deref()), (None, Some("50-249")));
    }

    #[test]
    fn the_profile_comes_first_and_must_be_complete() {
        let s = run(fresh(), &[Action::Start]);
        assert_eq!(s.screen, Screen::Profile);
        let s = run(s, &[Action::Choose(ProfileChoice::Industry, Some("retail".into())), Action::Next]);
        assert_eq!(s.screen, Screen::Profile, "size and ambition are still missing");
        assert!(s.show_required);
        let s = run(fresh(), &profiled());
        assert_eq!(s.screen, Screen::Question(0));
        assert_eq!(s.profile.ambition, Some(3));
    }

    #[test]
    fn a_projector_is_driven_by_arrow_page_and_number_keys() {
        let mut s = run(fresh(), &profiled());
        let total = s.model.questions.len();
        for i in 0..total {
            assert_eq!(s.screen, Screen::Question(i));
            let chosen = run(s.clone(), &[shortcut("2", s.screen).unwrap()]);
            assert_eq!(chosen.current_answer(), Some(Answer::Option(1)), "2 is the second option");
            s = run(chosen, &[shortcut(if i % 2 == 0 { "PageDown" } else { "ArrowRight" }, s.screen).unwrap()]);
        }
        assert_eq!(s.screen, Screen::Result);
        let s = run(s, &[shortcut("PageUp", Screen::Result).unwrap()]);
        assert_eq!(s.screen, Screen::Overview);
        assert_eq!(shortcut("7", Screen::Result), None, "numbers only answer questions");
        assert_eq!(shortcut("0", Screen::Question(0)), None);
        assert_eq!(shortcut("ArrowRight", Screen::Start), Some(Action::Start));
        // A number beyond what the question offers changes nothing.
        let q = run(fresh(), &profiled());
        assert_eq!(run(q.clone(), &[Action::AnswerNumber(9)]).current_answer(), None);
    }

    #[test]
    fn start_answer_and_walk_to_the_result() {
        let total = fresh().model.questions.len();
        let mut s = run(fresh(), &profiled());
        for i in 0..total {
            assert_eq!(s.screen, Screen::Question(i));
            s = run(s, &[Action::Answer(Answer::Option(2)), Action::Next]);
        }
        assert_eq!(s.screen, Screen::Result);
        assert_eq!(s.answers.len(), total);
        assert_eq!(s.progress().position, Position::Result);
    }

    #[test]
    fn next_without_an_answer_asks_for_one_and_stays() {
        let s = run(fresh(), &[profiled(), vec![Action::Next]].concat());
        assert_eq!(s.screen, Screen::Question(0));
        assert!(s.show_required);
        let s = run(s, &[Action::Answer(Answer::DontKnow)]);
        assert!(!s.show_required, "an answer clears the message");
        assert_eq!(run(s, &[Action::Next]).screen, Screen::Question(1));
    }

    #[test]
    fn back_goes_one_question_back_and_from_the_first_to_the_profile() {
        let s = run(fresh(), &[profiled(), vec![Action::Answer(Answer::Option(1)), Action::Next, Action::Back]].concat());
        assert_eq!(s.screen, Screen::Question(0));
        assert_eq!(s.current_answer(), Some(Answer::Option(1)), "answers survive going back");
        let s = run(s, &[Action::Back]);
        assert_eq!(s.screen, Screen::Profile);
        assert_eq!(run(s, &[Action::Back]).screen, Screen::Start);
    }

    #[test]
    fn the_overview_jumps_to_any_question_and_the_result() {
        let s = run(fresh(), &[profiled(), vec![Action::Answer(Answer::Option(1)), Action::Next, Action::OpenOverview]].concat());
        assert_eq!(s.screen, Screen::Overview);
        assert_eq!(run(s.clone(), &[Action::JumpTo(17)]).screen, Screen::Question(17));
        assert_eq!(run(s.clone(), &[Action::JumpTo(9999)]).screen, Screen::Overview, "no such question");
        assert_eq!(run(s.clone(), &[Action::JumpToProfile]).screen, Screen::Profile);
        assert_eq!(run(s.clone(), &[Action::Next]).screen, Screen::Question(1), "carry on at the first unanswered");
        assert_eq!(run(s, &[Action::ShowResult]).screen, Screen::Result);
    }

    #[test]
    fn the_method_view_opens_over_any_screen_and_returns_to_it() {
        let s = run(fresh(), &[profiled(), vec![Action::OpenMethod]].concat());
        assert_eq!(s.screen, Screen::Method);
        let g = run(fresh(), &[vec![Action::OpenGuide]].concat());
        assert_eq!(g.screen, Screen::Guide);
        assert_eq!(reduce(&g, Action::CloseOverlay).screen, Screen::Start, "back to where the guide was opened");
        assert!(matches!(s.progress().position, Position::Question(_)), "saved as the screen under it");
        assert_eq!(run(s.clone(), &[Action::CloseOverlay]).screen, Screen::Question(0));
        let check = run(s, &[Action::CloseOverlay, Action::OpenConfigCheck]);
        assert_eq!(check.screen, Screen::ConfigCheck);
        assert_eq!(run(check, &[Action::CloseOverlay]).screen, Screen::Question(0));
    }

    #[test]
    fn reset_clears_everything_and_undo_brings_it_back() {
        let answered = run(fresh(), &[profiled(), vec![Action::Answer(Answer::Option(3)), Action::Next]].concat());
        let reset = run(answered.clone(), &[Action::Reset]);
        assert!(reset.answers.is_empty());
        assert_eq!(reset.profile, Profile::default());
        assert_eq!(reset.screen, Screen::Start);
        assert_eq!(reset.notice, Some(Notice::ResetDone));
        let undone = run(reset.clone(), &[Action::Undo]);
        assert_eq!((&undone.answers, &undone.profile, undone.screen), (&answered.answers, &answered.profile, answered.screen));
        assert_eq!(undone.notice, None);
        let moved_on = run(reset.clone(), &[Action::Start, Action::Undo]);
        assert!(moved_on.answers.is_empty(), "undo is gone once the user moves on");

        // Issue 12, kind 1: another tab's answers are shown, and this tab's undo stays.
        let mut theirs = reset.progress();
        theirs.answers.set(QuestionId::new("security.backup"), Answer::Option(2));
        let adopted = run(reset.clone(), &[Action::FromOtherTab(theirs.clone())]);
        assert_eq!(adopted.answers, theirs.answers);
        assert_eq!(adopted.notice, Some(Notice::ResetDone), "the undo's notice (with its button) stays");
        assert!(adopted.undo.is_some());
        let told = run(answered.clone(), &[Action::FromOtherTab(Progress { answers: theirs.answers.clone(), ..answered.progress() })]);
        assert_eq!(told.notice, Some(Notice::OtherTab));
        assert_eq!(told.screen, answered.screen, "the tab stays where its user is");
        let same = run(answered.clone(), &[Action::FromOtherTab(answered.progress())]);
        assert_eq!(same, answered, "nothing new: nothing changes, nothing is said");
    }

    #[test]
    fn a_shared_result_is_only_looked_at_until_the_user_continues_from_it() {
        let own = run(fresh(), &[profiled(), vec![Action::Answer(Answer::Option(3)), Action::Next]].concat());
        let shared = SharedAnswers {
            profile: Profile { industry: Some("food".into()), size: Some("50-249".into()), ambition: Some(5), staff: None },
            answers: [(QuestionId::new("security.backup"), Answer::Option(1))].into_iter().collect(),
        };
        let looking = run(own.clone(), &[Action::OpenShared(shared.clone())]);
        assert_eq!(looking.screen, Screen::Shared);
        assert_eq!((&looking.answers, &looking.profile), (&own.answers, &own.profile), "one's own answers are untouched");
        assert_eq!(looking.progress(), own.progress(), "what is saved stays one's own");

        let closed = run(looking.clone(), &[Action::CloseShared]);
        assert_eq!((closed.screen, closed.shared.is_none()), (own.screen, true));

        let taken = run(looking, &[Action::ContinueShared]);
        assert_eq!(taken.screen, Screen::Result);
        assert_eq!((&taken.answers, &taken.profile), (&shared.answers, &shared.profile));
        assert_eq!(taken.notice, Some(Notice::SharedTaken), "replacing one's own answers says so");
        let undone = run(taken, &[Action::Undo]);
        assert_eq!((&undone.answers, &undone.profile, undone.screen), (&own.answers, &own.profile, own.screen));

        // With nothing of one's own, continuing needs no undo.
        let fresh_taken = run(fresh(), &[Action::OpenShared(shared.clone()), Action::ContinueShared]);
        assert_eq!((fresh_taken.notice, fresh_taken.undo), (None, None));
    }

    #[test]
    fn saved_progress_puts_the_user_back_where_they_were() {
        let model = Rc::new(digitrappe_engine::builtin::model());
        let saved = Progress {
            content_version: model.version.to_string(),
            profile: Profile { industry: Some("food".into()), size: Some("10-49".into()), ambition: Some(2), staff: None },
            answers: [(model.questions[0].id.clone(), Answer::Option(3))].into_iter().collect(),
            position: Position::Question(model.questions[1].id.clone()),
        };
        let s = AppState::new(model.clone(), Lang::En, Some(saved.clone()), None);
        assert_eq!(s.screen, Screen::Question(1));
        assert_eq!(s.progress(), saved);
        assert_eq!(s.notice, None);
        let gone = Progress { position: Position::Question(QuestionId::new("removed.question")), ..saved };
        assert_eq!(AppState::new(model, Lang::En, Some(gone), None).screen, Screen::Start);
    }

    #[test]
    fn answers_from_an_older_questionnaire_are_kept_with_a_notice() {
        let model = Rc::new(digitrappe_engine::builtin::model());
        let slice = Progress {
            content_version: "slice-1".into(),
            profile: Profile::default(),
            answers: [
                (QuestionId::new("basics.accounting"), Answer::Option(3)),
                (QuestionId::new("admin.bookkeeping"), Answer::Option(2)),
                (QuestionId::new("unknown.question"), Answer::Option(1)),
            ]
            .into_iter()
            .collect(),
            position: Position::Result,
        };
        let s = AppState::new(model.clone(), Lang::Da, Some(slice), None);
        assert_eq!(s.notice, Some(Notice::Updated { kept: 1, new: model.questions.len() - 1, retired: 1 }));
        assert_eq!(s.answers.len(), 3, "nothing is dropped, not even answers to retired questions");
    }

    #[test]
    fn from_a_result_with_retired_answers_only_the_new_questions_are_asked() {
        let model = Rc::new(digitrappe_engine::builtin::model());
        let answered: Answers = model.questions.iter().skip(2).map(|q| (q.id.clone(), Answer::Option(2))).collect();
        let v1 = Progress { content_version: "1".into(), profile: Profile::default(), answers: answered, position: Position::Result };
        let s = AppState::new(model.clone(), Lang::Da, Some(v1), None);
        assert_eq!(s.screen, Screen::Result);
        let s = reduce(&s, Action::AnswerNew);
        assert_eq!(s.screen, Screen::Question(0), "the first question not answered");
        let s = reduce(&reduce(&s, Action::Answer(Answer::Option(1))), Action::Next);
        assert_eq!(s.screen, Screen::Question(1));
    }

    #[test]
    fn progress_saved_on_a_retired_question_resumes_at_the_first_new_question() {
        let model = Rc::new(digitrappe_engine::builtin::model());
        let v1 = Progress {
            content_version: "1".into(),
            profile: Profile { industry: Some("retail".into()), size: Some("1-9".into()), ambition: Some(2), staff: None },
            answers: [(QuestionId::new("basics.accounting"), Answer::Option(3)), (QuestionId::new("admin.bookkeeping"), Answer::Option(2))]
                .into_iter()
                .collect(),
            position: Position::Question(QuestionId::new("security.backup")),
        };
        let s = AppState::new(model.clone(), Lang::Da, Some(v1), None);
        assert_eq!(s.screen, Screen::Question(1), "the first question not yet answered (the first was)");
    }

    #[test]
    fn a_refused_write_is_told_once_and_the_answers_stay_in_memory() {
        let s = run(fresh(), &[profiled(), vec![Action::Answer(Answer::Option(2)), Action::SaveFailed]].concat());
        assert_eq!(s.notice, Some(Notice::NotSaved));
        assert_eq!(s.answers.len(), 1, "the answer is kept in memory");
        let s = reduce(&reduce(&s, Action::DismissNotice), Action::SaveFailed);
        assert_eq!(s.notice, None, "said once, not at every answer");
    }

    #[test]
    fn unreadable_data_that_could_not_be_kept_turns_saving_off() {
        let model = Rc::new(digitrappe_engine::builtin::model());
        assert!(AppState::new(model.clone(), Lang::Da, None, Some(Notice::Unreadable { kept: true })).saving);
        assert!(!AppState::new(model, Lang::Da, None, Some(Notice::Unreadable { kept: false })).saving);
    }

    #[test]
    fn the_room_collects_codes_counts_each_once_and_clearing_can_be_undone() {
        use digitrappe_engine::builtin::CODEBOOK;
        use digitrappe_engine::share::{encode, ShareError};
        let model = Rc::new(digitrappe_engine::builtin::model());
        let all = |v: u8| -> Answers { model.questions.iter().map(|q| (q.id.clone(), Answer::Option(v))).collect() };
        let (a, b) = (encode(&CODEBOOK, &Profile::default(), &all(0)), encode(&CODEBOOK, &Profile::default(), &all(3)));
        let own = run(fresh(), &[profiled(), vec![Action::Answer(Answer::Option(3))]].concat());
        let s = run(own.clone(), &[Action::OpenRoom]);
        assert_eq!(s.screen, Screen::Room);
        assert_eq!(s.progress(), own.progress(), "one's own progress is untouched");
        // Nothing is added before the stored room has been read (it would be overwritten).
        let early = run(s.clone(), &[Action::AddToRoom(a.clone())]);
        assert!(early.room.room.is_empty() && !early.room.loaded);
        let stored = {
            let mut r = Room::new();
            r.add(&CODEBOOK, &a);
            r
        };
        let s = run(s, &[Action::RoomRead(stored.clone(), None)]);
        assert_eq!(s.room.room, stored);
        let again = run(s.clone(), &[Action::RoomRead(Room::new(), None)]);
        assert_eq!(again.room.room, stored, "read once");
        let s = run(s, &[Action::AddToRoom(format!("{a}\n#share={b}, {a}; XYZ"))]);
        assert_eq!(s.room.room.len(), 2);
        assert_eq!(s.room.last[..3], [Added::Duplicate, Added::New, Added::Duplicate]);
        assert!(matches!(&s.room.last[3], Added::Bad { given, error: ShareError::WrongLength { .. } } if given == "XYZ"));

        let cleared = run(s.clone(), &[Action::ClearRoom]);
        assert!(cleared.room.room.is_empty());
        let undone = run(cleared.clone(), &[Action::UndoClearRoom]);
        assert_eq!(undone.room.room, s.room.room);
        let moved_on = run(cleared, &[Action::AddToRoom(b.clone()), Action::UndoClearRoom]);
        assert_eq!(moved_on.room.room.len(), 1, "undo is gone once the room changes");

        // Paper: typed answers join as a code with an empty profile.
        let paper = run(s.clone(), &[Action::OpenPaperEntry, Action::AddPaper(all(1))]);
        assert_eq!(paper.screen, Screen::PaperEntry);
        assert_eq!((paper.room.room.len(), paper.room.last.as_slice()), (3, &[Added::New][..]));
        let again = run(paper, &[Action::AddPaper(all(1))]);
        assert_eq!(again.room.last, [Added::Duplicate]);
        let back = run(again, &[Action::OpenRoom, Action::OpenAnswerSheet, Action::OpenRoom, Action::CloseOverlay]);
        assert_eq!(back.screen, own.screen);
        assert_eq!(back.answers, own.answers);
    }

    #[test]
    fn actions_that_change_nothing_leave_the_state_equal() {
        // The app's store then keeps the same state, so nothing re-renders.
        let s = fresh();
        assert!(reduce(&s, Action::Next) == s, "Next on the start screen changes nothing");
    }

    #[test]
    fn codes_that_no_longer_fit_when_two_tabs_fill_the_room_are_said_not_dropped_unseen() {
        use digitrappe_engine::room::MAX_CODES;
        let mine = Room::from_codes(vec!["MINE-CODE".into(), "MINE-TOO".into()]);
        let s = run(fresh(), &[Action::RoomRead(mine, None)]);
        let theirs = Room::from_codes((0..MAX_CODES).map(|i| format!("THEIRS-{i}")).collect());
        let s = reduce(&s, Action::RoomFromOtherTab(theirs));
        assert_eq!(s.room.room.codes().len(), MAX_CODES);
        let named = vec![Added::Full { given: "MINE-CODE".into() }, Added::Full { given: "MINE-TOO".into() }];
        assert_eq!(s.room.last, named, "every code that did not fit is named");
        // Fewer than a full room: a code gone from the other tab's list was removed there.
        let s = run(fresh(), &[Action::RoomRead(Room::from_codes(vec!["GONE".into()]), None)]);
        let s = reduce(&s, Action::RoomFromOtherTab(Room::from_codes(vec!["OTHER".into()])));
        assert!(s.room.last.is_empty());
    }

    #[test]
    fn the_mode_is_the_address_s_else_an_accepted_file_s_and_a_kiosk_stays_a_kiosk() {
        use digitrappe_engine::config::SiteConfig;
        let s = fresh();
        let with = |site: SiteState| reduce(&s, Action::SiteRead(site, None));
        let projector = SiteConfig { mode: Some(Mode::Projector), ..SiteConfig::default() };
        let accepted = with(SiteState::Ready(Rc::new(projector)));
        assert_eq!(accepted.mode(Mode::Standard, false), Mode::Projector, "the app applies a valid file's mode itself");
        assert_eq!(accepted.mode(Mode::Embed, true), Mode::Embed, "the address wins");
        assert_eq!(s.mode(Mode::Kiosk, false), Mode::Kiosk, "while the file loads, the address's mode");
        let failed = with(SiteState::Invalid(vec![]));
        assert_eq!(failed.mode(Mode::Projector, false), Mode::Standard, "a file that fails applies nothing");
        assert_eq!(failed.mode(Mode::Kiosk, false), Mode::Kiosk, "a kiosk stays a kiosk");
        assert_eq!(*failed.presentation, Presentation::default());
        assert_eq!(accepted.presentation.mode, Some(Mode::Projector));
    }

    #[test]
    fn the_site_s_language_replaces_only_a_language_nobody_chose() {
        use digitrappe_engine::config::SiteConfig;
        let english = || SiteState::Ready(Rc::new(SiteConfig { lang: Some(Lang::En), ..SiteConfig::default() }));
        let s = reduce(&fresh(), Action::SiteRead(english(), None));
        assert_eq!(s.lang, Lang::En, "the browser's language gives way to the site's");
        let mut chosen = fresh();
        chosen.lang_chosen = true;
        assert_eq!(reduce(&chosen, Action::SiteRead(english(), None)).lang, Lang::Da, "the address's or the user's stays");
        let s = reduce(&fresh(), Action::SetLang(Lang::Nb));
        assert_eq!(reduce(&s, Action::SiteRead(english(), None)).lang, Lang::Nb, "a choice made before the file arrived stays");
    }

    #[test]
    fn a_failing_file_that_names_a_kiosk_keeps_the_kiosk_and_nothing_else_of_it() {
        let text = r#"{"version":1,"mode":"kiosk","contacts":[{"name":"Anne","email":"anne(at)example.dk"}]}"#;
        let s = reduce(&fresh(), Action::SiteRead(SiteState::Invalid(vec![]), Some(text.into())));
        assert_eq!(s.mode(Mode::Standard, false), Mode::Kiosk, "the mode that keeps nothing is never lost to a failing file");
        assert_eq!(*s.presentation, Presentation::default(), "and nothing else of it applies");
    }

    #[test]
    fn the_history_is_changed_through_the_reducer_and_written_by_the_effect_on_the_list_as_stored() {
        let walked = run(fresh(), &profiled());
        // Nothing is kept before the stored list has been read (it could be overwritten).
        assert!(reduce(&walked, Action::KeepInHistory("2026-12-01".into())).history.pending.is_empty());
        let s = run(walked, &[Action::HistoryRead(Ok(History::new())), Action::KeepInHistory("2026-12-01".into())]);
        assert_eq!(s.history.pending.len(), 1, "waiting for the effect");
        assert!(s.history.list.entries.is_empty(), "the list shows what is stored, not a guess");
        // The effect applied it to the list as stored, where another tab had kept one too.
        let mut stored = History::new();
        stored.add("2026-11-30", "3", &Profile::default(), &Answers::new());
        let mut written = stored.clone();
        for c in &s.history.pending {
            c.apply(&mut written);
        }
        let s = reduce(&s, Action::HistoryWritten(1, written.clone()));
        assert_eq!((s.history.list.entries.len(), s.history.status, s.history.pending.len()), (2, Some(HistoryStatus::Kept), 0));
        // A rename or delete names the entry this page showed.
        let id = s.history.list.entries[0].id;
        let s = reduce(&s, Action::RenameInHistory(id, "Before the new ERP".into()));
        assert!(matches!(&s.history.pending[..], [HistoryChange::Rename { seen, .. }] if seen.id == id));
        assert_eq!(reduce(&s, Action::DeleteFromHistory(999)).history.pending.len(), 1, "an id not shown changes nothing");
        // Storage refuses: the change applies in memory, and the page says it is not saved.
        let s = reduce(&s, Action::HistoryNotWritten(1));
        assert_eq!(s.history.status, Some(HistoryStatus::NotSaved));
        assert_eq!(s.history.list.get(id).map(|e| e.name.as_str()), Some("Before the new ERP"));
        // Another tab's list is shown as stored, and said.
        let s = reduce(&s, Action::HistoryFromOtherTab(History::new()));
        assert_eq!((s.history.list.entries.len(), s.history.status), (0, Some(HistoryStatus::OtherTab)));
        // Unreadable: said, whether a copy was kept.
        let s = reduce(&fresh(), Action::HistoryRead(Err(false)));
        assert_eq!((s.history.loaded, s.history.status), (true, Some(HistoryStatus::UnreadableUnsaved)));
    }
}
