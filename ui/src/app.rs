//! The root component: holds the state, loads the texts the screen needs, and applies the
//! effects of each change at the edge (saving progress; the texts hook sets
//! `<html lang>` and the title).
//!
//! Deliberately thin: what changes is decided by [`crate::state::reduce`], what is shown by
//! the screen components, and what a result is by the engine.

use crate::components::boot;
use crate::components::config_check::ConfigCheckScreen;
use crate::components::embed_setup::EmbedSetupScreen;
use crate::components::frame::Frame;
use crate::components::guide::GuideScreen;
use crate::components::history::{HistorySection, HistoryStatus};
use crate::components::idle::IdleGuard;
use crate::components::method::MethodScreen;
use crate::components::notice::StorageNotice;
use crate::components::notice_view::NoticeView;
use crate::components::overview::OverviewScreen;
use crate::components::profile::ProfileScreen;
use crate::components::question::QuestionScreen;
use crate::components::result::{ResultScreen, Sharing};
use crate::components::room::{AnswerSheetScreen, FacilitatorScreen, PaperEntryScreen};
use crate::components::share::ImportScreen;
use crate::components::start::StartScreen;
use crate::hooks::{use_shortcut_keys, use_texts};
use crate::shared::Shared;
use crate::site::{self, Address, SiteState};
use crate::state::{Action, AppState, Screen, SharedAnswers};
use crate::storage::{self, Saved};
use crate::{remember_language, startup};
use digitrappe_engine::method::method;
use digitrappe_engine::mode::{self, Mode};
use digitrappe_engine::model::{AdviceData, Country};
use digitrappe_engine::report::report;
use digitrappe_engine::share;
use digitrappe_engine::text::{fill, Ui};
use digitrappe_engine::Lang;
use digitrappe_engine::{builtin, catalogue};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The state at start-up, built by [`crate::run`] from storage and the handoff.
    pub initial: Shared<AppState>,
    /// The advice content that ships with the app.
    pub data: Shared<AdviceData>,
    /// Where the embedding site's configuration is read from.
    pub site: Address,
    /// `?country=`, which overrides the configuration's country.
    pub country: Option<Country>,
    /// `?config=`, which share links keep.
    pub config_param: Option<String>,
    /// Where the app is used (standard page, embedded, projector, kiosk).
    pub mode: Mode,
    /// The address named the mode (`?mode=`), rather than the site's configuration.
    pub mode_in_address: bool,
    /// `?idle=`: a kiosk's idle time in seconds.
    pub idle: Option<u32>,
    /// The visitor did something on the static start screen before the app arrived (a
    /// kiosk's idle guard counts from then).
    pub touched: bool,
}

/// A kiosk's reset: everything of the visitor leaves storage, then the page reloads at its
/// address without the fragment (memory is gone with the old page; the offline cache stays).
fn wipe_and_restart() {
    let left = storage::wipe_visitor();
    if !left.is_empty() {
        web_sys::console::warn_1(&format!("Digitrappen: could not remove {left:?}").into());
    }
    startup::restart();
}

/// The action for a share link in the address (which is then removed from it): show the
/// shared result, or say why the code cannot be read.
pub fn take_share_link() -> Option<Action> {
    let code = startup::shared_code()?;
    startup::forget_shared_code();
    Some(match share::decode(&builtin::CODEBOOK, &code) {
        Ok(d) => Action::OpenShared(SharedAnswers { profile: d.profile, answers: d.answers }),
        Err(why) => Action::ShareLinkFailed(why),
    })
}

/// The take-over's rounds (see `App`): each dispatch is one more.
#[derive(Default, PartialEq)]
struct Rounds(u32);

impl Reducible for Rounds {
    type Action = ();

    fn reduce(self: std::rc::Rc<Self>, _: ()) -> std::rc::Rc<Self> {
        std::rc::Rc::new(Rounds(self.0 + 1))
    }
}

#[component]
pub fn App(props: &Props) -> Html {
    let state = use_reducer({
        let initial = props.initial.clone();
        move || crate::state::Store((*initial).clone())
    });
    // Every text of the language: any screen, notice or countdown the app draws finds its
    // words.
    let texts = use_texts(state.lang);
    // The app takes the page from the static start screen once it has its words to show
    // (or says that they could not be fetched). What the user did there meanwhile (a
    // language, a button) is carried out first; the page is taken when nothing is left.
    // It waits for the texts of the language it shows (not those of the last one), and for
    // a quiet moment on the static screens (see `handoff`).
    {
        let ready = texts.texts.as_ref().is_some_and(|t| t.lang == state.lang) || texts.failed == Some(state.lang);
        let state = state.clone();
        // Counts the rounds: after late actions, or when boot.js wakes the app.
        let rounds = use_reducer(Rounds::default);
        let embedded = state.mode(props.mode, props.mode_in_address) == Mode::Embed;
        use_effect_with((ready, rounds.0), move |(ready, _)| {
            if !*ready || !crate::page::on_static_screen() {
                return;
            }
            let wake = rounds.dispatcher();
            let late = crate::handoff::since_run(move || wake.dispatch(()));
            let actions = late.actions(&state);
            if actions.is_empty() {
                if !late.settled {
                    crate::page::show_waiting();
                } else {
                    let heading = crate::handoff::other_than_shown(state.screen).unwrap_or(state.moves > 0);
                    crate::page::take_over(heading);
                    // Embedded: the new screen's top in view, as after any move.
                    if heading && embedded {
                        crate::page::ask_host_to_scroll();
                    }
                }
                return;
            }
            for action in actions {
                if let Action::SetLang(lang) = action {
                    remember_language(lang);
                }
                state.dispatch(action);
            }
            rounds.dispatch(());
        });
    }

    // Save progress after every change (unless unreadable data must not be overwritten).
    // A write storage refuses (full, blocked) is said once; the app works on in memory.
    {
        let failed = state.dispatcher();
        use_effect_with((state.progress(), state.saving), move |(progress, saving)| {
            if *saving {
                match storage::save_progress(progress) {
                    Saved::Written => {}
                    Saved::Failed => failed.dispatch(Action::SaveFailed),
                    // Another tab wrote meanwhile: both tabs' answers were kept; show them.
                    Saved::Merged(merged) => failed.dispatch(Action::FromOtherTab(merged)),
                }
            }
        });
    }

    // The facilitator's room: saved after each change (unless unreadable data that could
    // not be set aside must not be overwritten), and its picture computed once per change.
    {
        let failed = state.dispatcher();
        use_effect_with((state.room.room.clone(), state.room.unreadable, state.room.loaded), move |(room, unreadable, loaded)| {
            if *loaded && *unreadable != Some(false) {
                match storage::save_room(room) {
                    Saved::Written => {}
                    Saved::Failed => failed.dispatch(Action::SaveFailed),
                    Saved::Merged(merged) => failed.dispatch(Action::RoomFromOtherTab(merged)),
                }
            }
        });
    }
    // The stored room is read when a room screen first opens: no other screen needs it,
    // so a start in any mode never decodes it (issue 12, kind 17).
    {
        let read = state.dispatcher();
        let wanted = matches!(state.screen, Screen::Room | Screen::PaperEntry | Screen::AnswerSheet) && !state.room.loaded;
        use_effect_with(wanted, move |wanted| {
            if *wanted {
                read.dispatch(match storage::load_room() {
                    storage::LoadedRoom::Kept(room) => Action::RoomRead(room, None),
                    storage::LoadedRoom::Unreadable { kept_as } => Action::RoomRead(Default::default(), Some(kept_as.is_some())),
                });
            }
        });
    }
    let room_picture = {
        let model = state.model.clone();
        use_memo(state.room.room.clone(), move |room| Shared::new(digitrappe_engine::room::picture(&model, &builtin::CODEBOOK, room)))
    };
    // A share link opened while the app is open changes only the address' fragment.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let on_hash = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                if let Some(action) = take_share_link() {
                    state.dispatch(action);
                }
            });
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
                }
            }
        });
    }
    // The embedding site's configuration, fetched once (its check page shows what came of
    // it) unless `run` has read it already; the reducer keeps it and what the app applies
    // from it.
    {
        let read = state.dispatcher();
        let (address, model, loading) = (props.site.clone(), state.model.clone(), matches!(state.site, SiteState::Loading));
        use_effect_with((), move |_| {
            if loading {
                wasm_bindgen_futures::spawn_local(async move {
                    let (site, text) = site::load(&address, &model).await;
                    read.dispatch(Action::SiteRead(site, text));
                });
            }
        });
    }
    let mode = state.mode(props.mode, props.mode_in_address);
    let site = &state.site;
    let presentation = state.presentation.clone();
    let kiosk_idle = props.idle.or(presentation.idle_seconds).unwrap_or(mode::DEFAULT_IDLE_SECONDS);
    use_effect_with((mode, presentation.theme, matches!(site, SiteState::Loading), kiosk_idle), move |(mode, theme, loading, idle)| {
        if !loading {
            crate::page::show_mode(*mode);
            crate::site::clear_theme();
            crate::site::apply_theme(theme, *mode);
        }
        // (A kiosk keeps everything in memory from the first moment: `run` reads the
        // site's file before storage.)
        if *mode == Mode::Kiosk {
            crate::page::show_idle(*idle);
        }
    });
    // A projector (and its presentation clicker) is driven by keys; never while typing.
    use_shortcut_keys(mode.shortcuts(), {
        let state = state.clone();
        Callback::from(move |key: String| match crate::state::shortcut(&key, state.screen) {
            Some(action) => {
                state.dispatch(action);
                true
            }
            None => false,
        })
    });
    // Embedded: after each move to another screen, ask the host page to show the frame's top.
    use_effect_with(state.moves, move |moves| {
        // (Not while the static screens are shown: the app has moved only off the page.)
        if mode == Mode::Embed && *moves > 0 && !crate::page::on_static_screen() {
            crate::page::ask_host_to_scroll();
        }
    });
    let storage_notice = use_state(storage::blocked);
    // On one's own result, ask the browser to keep storage (the screen also advises
    // keeping the code or file).
    use_effect_with(state.screen == Screen::Result, |on_result| {
        if *on_result {
            crate::browser::ask_to_keep_storage();
        }
    });
    // Whose context figures and help catalogue the result shows.
    let report_country = props.country.unwrap_or_else(|| catalogue::country(site.config().cloned().as_deref(), state.lang));
    let report = {
        let (model, data) = (state.model.clone(), props.data.clone());
        use_memo((state.profile.clone(), state.answers.clone(), report_country), move |(profile, answers, country)| {
            Shared::new(report(&model, &data, profile, answers, *country))
        })
    };
    // A shared result being looked at, computed like one's own.
    let shared_report = {
        let (model, data) = (state.model.clone(), props.data.clone());
        use_memo((state.shared.clone(), report_country), move |(shared, country)| {
            shared.as_ref().map(|s| Shared::new(digitrappe_engine::report::report(&model, &data, &s.profile, &s.answers, *country)))
        })
    };
    // The share code and link of one's own answers. The link points at the site's public
    // address when it names one, and keeps the language and the configuration.
    let sharing = {
        let public = site.config().and_then(|c| c.public_url.clone());
        let config = props.config_param.clone().unwrap_or_default();
        use_memo((state.profile.clone(), state.answers.clone(), state.lang, public), move |(profile, answers, lang, public)| {
            let code = share::encode(&builtin::CODEBOOK, profile, answers);
            let base = public.clone().unwrap_or_else(crate::startup::address);
            let link = share::link(&base, &[("lang", lang.code()), ("config", &config)], &code);
            (code, link)
        })
    };
    // The method document, written only while the method view is open.
    let method_doc = {
        let model = state.model.clone();
        use_memo((texts.texts.clone(), state.screen == Screen::Method), move |(texts, open)| {
            texts.as_ref().filter(|_| *open).map(|t| Shared::new(method(&model, t)))
        })
    };

    let dispatch = |action: Action| {
        let state = state.clone();
        Callback::from(move |_: ()| state.dispatch(action.clone()))
    };
    // The kept results: read when the result first shows (no other screen needs them, so
    // no start decodes them: issue 12, kind 17); each change the reducer queues is applied
    // here to the list as stored now, so a change made in another tab is kept.
    {
        let read = state.dispatcher();
        use_effect_with(state.screen == Screen::Result && !state.history.loaded, move |wanted| {
            if *wanted {
                read.dispatch(Action::HistoryRead(match storage::load_history() {
                    storage::LoadedHistory::Kept(kept) => Ok(kept),
                    // Set aside (or, when no copy could be made, locked: nothing is written
                    // to it this visit), and said so.
                    storage::LoadedHistory::Unreadable { kept_as } => Err(kept_as.is_some()),
                }));
            }
        });
    }
    {
        let written = state.dispatcher();
        use_effect_with(state.history.pending.clone(), move |pending| {
            if !pending.is_empty() {
                written.dispatch(match storage::update_history(|h| pending.iter().for_each(|c| c.apply(h))) {
                    Some(stored) => Action::HistoryWritten(pending.len(), stored),
                    None => Action::HistoryNotWritten(pending.len()),
                });
            }
        });
    }
    // Every screen has its own page title (its heading; a question's place in the
    // questionnaire), and moving to a question is announced ("Question 8 of 31").
    {
        let shown = texts.texts.clone();
        let total = state.model.questions.len();
        use_effect_with((state.screen, shown), move |(screen, shown)| {
            let (Some(t), Some(doc)) = (shown, web_sys::window().and_then(|w| w.document())) else { return };
            let place = match screen {
                Screen::Question(i) => fill(t.ui(Ui::Progress), &[("n", &(i + 1).to_string()), ("total", &total.to_string())]),
                _ => String::new(),
            };
            let heading = doc.query_selector("#main h1").ok().flatten().and_then(|h| h.text_content()).unwrap_or_default();
            let what = if place.is_empty() { heading.trim().to_string() } else { place.clone() };
            doc.set_title(&match screen {
                Screen::Start => format!("{} – {}", t.ui(Ui::AppTitle), t.ui(Ui::AppTagline)),
                _ if what.is_empty() => t.ui(Ui::AppTitle).to_string(),
                _ => format!("{what} – {}", t.ui(Ui::AppTitle)),
            });
            if let Some(announce) = doc.get_element_by_id("announce") {
                announce.set_text_content(Some(&place));
            }
        });
    }
    // What a reload would lose, for the offline update's reload to wait for (boot.js):
    // a shared result on screen, an undo (of a reset, a takeover, a cleared room), or
    // answers kept only in memory (issue 12, kind 16).
    {
        let unstored = state.shared.is_some()
            || state.undo.is_some()
            || state.room.cleared.is_some()
            || state.room.unreadable == Some(false)
            || state.history.status == Some(HistoryStatus::NotSaved)
            || !state.saving
            || state.told_not_saved
            || storage::blocked();
        use_effect_with(unstored, |unstored| {
            if let Some(app) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) {
                let _ = app.toggle_attribute_with_force("data-unstored", *unstored);
            }
        });
    }
    // Another tab or window of this app wrote to storage (the browser's `storage` event):
    // this page shows what it stored, merged with its own, and says so. Every write here
    // also merges (see `storage::Saved`), so two tabs never erase each other's work.
    {
        let now = || (state.progress(), state.room.room.clone(), state.room.loaded, state.saving, state.history.loaded);
        let latest = use_mut_ref(now);
        *latest.borrow_mut() = now();
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo_events::EventListener::new(&window, "storage", move |event| {
                    let Some(key) = event.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key()) else {
                        // The whole storage was cleared: keep what this page shows.
                        storage::forget_what_was_stored();
                        return;
                    };
                    let (progress, room, room_loaded, saving, history_loaded) = latest.borrow().clone();
                    if key == storage::PROGRESS_KEY && saving {
                        if let Some(merged) = storage::progress_changed_elsewhere(&progress) {
                            dispatcher.dispatch(Action::FromOtherTab(merged));
                        }
                    }
                    if key == storage::ROOM_KEY && room_loaded {
                        if let Some(merged) = storage::room_changed_elsewhere(&room) {
                            dispatcher.dispatch(Action::RoomFromOtherTab(merged));
                        }
                    }
                    if key == storage::HISTORY_KEY && history_loaded {
                        if let Some(stored) = storage::stored_history() {
                            dispatcher.dispatch(Action::HistoryFromOtherTab(stored));
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }
    let on_keep = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::KeepInHistory(crate::browser::today())))
    };
    let on_rename = {
        let state = state.clone();
        Callback::from(move |(id, name): (u32, String)| state.dispatch(Action::RenameInHistory(id, name)))
    };
    let on_delete = {
        let state = state.clone();
        Callback::from(move |id: u32| state.dispatch(Action::DeleteFromHistory(id)))
    };
    let on_open_shared = {
        let state = state.clone();
        Callback::from(move |shared| state.dispatch(Action::OpenShared(shared)))
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |lang: Lang| {
            remember_language(lang);
            state.dispatch(Action::SetLang(lang));
        })
    };

    let Some(t) = texts.texts.clone() else {
        return boot(state.lang, &texts, on_lang);
    };
    let model = Shared(state.model.clone());
    let focus = state.moves > 0;
    // The site's configuration when valid, and whose help catalogue the result shows.
    let config = site.config().cloned().map(Shared);
    let country = props.country.unwrap_or_else(|| catalogue::country(config.as_deref(), state.lang));

    // Where share links, QR codes and the projector's join address point (the check page says).
    let links_to = AttrValue::from(presentation.public_url.clone().unwrap_or_else(crate::startup::here));
    let idle = kiosk_idle;
    let screen = match state.screen {
        Screen::Start => html! {
            <StartScreen texts={t.clone()} questions={model.questions.len()} minutes={model.minutes_to_answer()}
                resuming={state.has_progress()} {focus} on_start={dispatch(Action::Start)} on_method={dispatch(Action::OpenMethod)}
                on_open_saved={dispatch(Action::OpenImport)} mode={mode}
                join={presentation.public_url.clone().unwrap_or_else(crate::startup::here)}
                room={mode == Mode::Projector} on_room={dispatch(Action::OpenRoom)} on_guide={dispatch(Action::OpenGuide)} />
        },
        Screen::Room => html! {
            <FacilitatorScreen texts={t.clone()} session={state.room.clone()} picture={(*room_picture).clone()} {focus}
                on_add={{ let state = state.clone(); Callback::from(move |text| state.dispatch(Action::AddToRoom(text))) }}
                on_clear={dispatch(Action::ClearRoom)} on_undo_clear={dispatch(Action::UndoClearRoom)}
                on_print={Callback::from(|_| crate::browser::print())}
                on_sheet={dispatch(Action::OpenAnswerSheet)} on_paper={dispatch(Action::OpenPaperEntry)}
                on_back={dispatch(Action::CloseOverlay)} />
        },
        Screen::AnswerSheet => html! {
            <AnswerSheetScreen texts={t.clone()} model={model.clone()} {focus}
                on_print={Callback::from(|_| crate::browser::print())}
                on_back={dispatch(Action::OpenRoom)} />
        },
        Screen::PaperEntry => html! {
            <PaperEntryScreen texts={t.clone()} model={model.clone()} count={state.room.room.len()} last={state.room.last.clone()}
                {focus} on_add={{ let state = state.clone(); Callback::from(move |a| state.dispatch(Action::AddPaper(a))) }}
                on_back={dispatch(Action::OpenRoom)} />
        },
        Screen::Profile => html! {
            <ProfileScreen texts={t.clone()} model={model.clone()} profile={state.profile.clone()}
                show_required={state.show_required} {focus}
                on_choose={{ let state = state.clone(); Callback::from(move |(f, v)| state.dispatch(Action::Choose(f, v))) }}
                on_next={dispatch(Action::Next)} on_back={dispatch(Action::Back)} />
        },
        Screen::Question(index) => html! {
            <QuestionScreen texts={t.clone()} model={model.clone()} {index} answer={state.current_answer()}
                show_required={state.show_required} {focus} numbered={mode.shortcuts()}
                on_answer={{ let state = state.clone(); Callback::from(move |a| state.dispatch(Action::Answer(a))) }}
                on_next={dispatch(Action::Next)} on_back={dispatch(Action::Back)}
                on_overview={dispatch(Action::OpenOverview)} />
        },
        Screen::Overview => html! {
            <OverviewScreen texts={t.clone()} model={model.clone()} profile={state.profile.clone()}
                answers={state.answers.clone()} {focus}
                on_jump={{ let state = state.clone(); Callback::from(move |i| state.dispatch(Action::JumpTo(i))) }}
                on_profile={dispatch(Action::JumpToProfile)} on_continue={dispatch(Action::Next)}
                on_result={dispatch(Action::ShowResult)} />
        },
        Screen::Result => {
            let (code, link) = (*sharing).clone();
            let kept = state.history.list.holds(&state.profile, &state.answers);
            let history_view = html! {
                <HistorySection texts={t.clone()} model={model.clone()} history={Shared(state.history.list.clone())} {kept}
                    status={state.history.status} on_keep={on_keep.clone()} on_rename={on_rename.clone()} on_delete={on_delete.clone()} />
            };
            html! {
                <ResultScreen texts={t.clone()} model={model.clone()} profile={state.profile.clone()}
                    answers={state.answers.clone()} report={(*report).clone()} data={props.data.clone()}
                    site={config} {country} site_failed={site.visitor_notice()} {focus}
                    sharing={Some(Sharing { code, link })} on_open_shared={on_open_shared.clone()} date={crate::browser::today()}
                    history={if mode.keeps_things() { history_view } else { Html::default() }} mode={mode}
                    keep={mode.keeps_things().then(|| (kept, on_keep.clone()))}
                    on_edit={dispatch(Action::OpenOverview)} on_answer_new={dispatch(Action::AnswerNew)} on_method={dispatch(Action::OpenMethod)}
                    on_config_check={dispatch(Action::OpenConfigCheck)}
                    on_reset={if mode.keeps_things() { dispatch(Action::Reset) } else { Callback::from(|_| wipe_and_restart()) }} />
            }
        }
        Screen::Shared => match (state.shared.as_deref(), (*shared_report).clone()) {
            (Some(shared), Some(shared_report)) => {
                let replaces = state.has_progress();
                html! {
                    <>
                        <div class="notice share-offer" data-testid="share-offer" role="region" aria-labelledby="share-offer-heading">
                            <p>
                                <strong id="share-offer-heading">{ t.ui(Ui::SharedHeading) }</strong>{ " " }
                                { t.ui(Ui::SharedIntro) }
                            </p>
                            <div class="notice-actions">
                                <button type="button" class="primary" data-testid="share-continue"
                                    onclick={dispatch(Action::ContinueShared).reform(|_: MouseEvent| ())}>
                                    { t.ui(if replaces { Ui::SharedContinueReplaces } else { Ui::SharedContinue }) }
                                </button>
                                <button type="button" class="secondary" data-testid="share-close"
                                    onclick={dispatch(Action::CloseShared).reform(|_: MouseEvent| ())}>{ t.ui(Ui::SharedClose) }</button>
                            </div>
                        </div>
                        <ResultScreen texts={t.clone()} model={model.clone()} profile={shared.profile.clone()}
                            answers={shared.answers.clone()} report={shared_report} data={props.data.clone()}
                            site={config} {country} site_failed={false} {focus} sharing={None::<Sharing>}
                            on_open_shared={on_open_shared.clone()} date={crate::browser::today()} history={Html::default()}
                            on_edit={Callback::noop()} on_method={dispatch(Action::OpenMethod)}
                            on_config_check={Callback::noop()} on_reset={Callback::noop()} />
                    </>
                }
            }
            _ => html! {},
        },
        Screen::Guide => html! {
            <GuideScreen texts={t.clone()} {focus} on_back={dispatch(Action::CloseOverlay)} />
        },
        Screen::Method => match (*method_doc).clone() {
            Some(doc) => html! {
                <MethodScreen texts={t.clone()} {doc} {focus} on_back={dispatch(Action::CloseOverlay)} />
            },
            None => html! {},
        },
        Screen::Import => html! {
            <ImportScreen texts={t.clone()} {focus} on_open={on_open_shared.clone()} on_back={dispatch(Action::CloseOverlay)} />
        },
        Screen::EmbedSetup => html! {
            <EmbedSetupScreen texts={t.clone()} model={model.clone()} existing={state.site_text.clone()}
                app_url={crate::startup::here()} {focus} on_back={dispatch(Action::CloseOverlay)}
                check={html! { <ConfigCheckScreen texts={t.clone()} address={props.site.clone()} state={site.clone()} links={links_to.clone()} focus={false}
                    on_back={dispatch(Action::CloseOverlay)} inside={true} /> }} />
        },
        Screen::ConfigCheck => html! {
            <ConfigCheckScreen texts={t.clone()} address={props.site.clone()} state={site.clone()} links={links_to.clone()} {focus}
                on_back={dispatch(Action::CloseOverlay)} />
        },
    };

    html! {
        <Frame texts={t.clone()} lang={state.lang} {on_lang} logo={presentation.logo.clone()} embedded={mode == Mode::Embed}>
            if let Some(lang) = texts.failed {
                <div class="notice" role="alert" data-testid="language-error">
                    <p>{ fill(t.ui(Ui::LanguageLoadFailed), &[("language", lang.native_name())]) }</p>
                    <div class="notice-actions">
                        <button type="button" class="secondary" onclick={texts.retry.reform(|_: MouseEvent| ())}>
                            { t.ui(Ui::Retry) }
                        </button>
                    </div>
                </div>
            }
            if *storage_notice {
                <StorageNotice texts={t.clone()} on_dismiss={{ let s = storage_notice.clone(); Callback::from(move |_| s.set(false)) }} />
            }
            if mode == Mode::Kiosk {
                <IdleGuard texts={t.clone()} seconds={idle} touched={props.touched}
                    on_reset={Callback::from(|_| wipe_and_restart())} />
            }
            if let Some(notice) = state.notice.clone() {
                <NoticeView {notice} texts={t.clone()} on_dismiss={dispatch(Action::DismissNotice)}
                    on_undo={dispatch(Action::Undo)} />
            }
            // Where the questionnaire stands, said once per question (filled in below).
            <p id="announce" class="visually-hidden" role="status" data-testid="announce"></p>
            { screen }
        </Frame>
    }
}
