//! The root component: holds the state, loads the active language's texts, and applies the
//! effects of each change at the edge (saving progress, `<html lang>`, the page title).
//!
//! Deliberately thin: what changes is decided by [`crate::state::reduce`], what is shown by
//! the screen components, and what a result is by the engine.

use crate::components::language_select::LanguageSelect;
use crate::components::method::MethodScreen;
use crate::components::notice::NoticeView;
use crate::components::overview::OverviewScreen;
use crate::components::profile::ProfileScreen;
use crate::components::question::QuestionScreen;
use crate::components::result::ResultScreen;
use crate::components::start::StartScreen;
use crate::shared::Shared;
use crate::state::{Action, AppState, Screen};
use crate::texts::{self, boot_words};
use crate::{startup, storage};
use digitrappe_engine::method::method;
use digitrappe_engine::report::report;
use digitrappe_engine::text::{fill, Ui};
use digitrappe_engine::{Lang, Texts};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The state at start-up, built by [`crate::run`] from the address and storage.
    pub initial: Shared<AppState>,
}

#[component]
pub fn App(props: &Props) -> Html {
    let state = use_reducer({
        let initial = props.initial.clone();
        move || (*initial).clone()
    });
    // The texts on screen, and whether they are whole (beyond the start screen's part).
    let texts = use_state(|| None::<(Shared<Texts>, bool)>);
    let failed = use_state(|| None::<Lang>);
    let retries = use_state(|| 0u32);
    // Per language: the start part, and the whole texts once fetched.
    let cache = use_mut_ref(<[(Option<Texts>, Option<Shared<Texts>>); 3]>::default);
    let wanted = use_mut_ref(|| (state.lang, false));

    // Load what the screen needs: the start part on the start screen, everything beyond it.
    {
        let (texts, failed, cache, wanted) = (texts.clone(), failed.clone(), cache.clone(), wanted.clone());
        let version = state.model.version.to_string();
        let whole = state.screen != Screen::Start;
        use_effect_with((state.lang, whole, *retries), move |(lang, whole, _)| {
            let (lang, whole) = (*lang, *whole);
            *wanted.borrow_mut() = (lang, whole);
            let (start, full) = cache.borrow()[lang.index()].clone();
            match (full, start) {
                (Some(full), _) => {
                    failed.set(None);
                    texts.set(Some((full, true)));
                }
                (None, Some(start)) if !whole => {
                    failed.set(None);
                    texts.set(Some((Shared::new(start), false)));
                }
                (None, start) => wasm_bindgen_futures::spawn_local(async move {
                    let result = texts::load(lang, start, whole, &version).await;
                    if *wanted.borrow() != (lang, whole) {
                        return; // the user has moved on meanwhile
                    }
                    match result {
                        Ok((t, is_whole)) => {
                            let entry = &mut cache.borrow_mut()[lang.index()];
                            let shown = if is_whole {
                                let full = Shared::new(t);
                                entry.1 = Some(full.clone());
                                full
                            } else {
                                entry.0 = Some(t.clone());
                                Shared::new(t)
                            };
                            failed.set(None);
                            texts.set(Some((shown, is_whole)));
                        }
                        Err(error) => {
                            texts::report(lang, &error);
                            failed.set(Some(lang));
                        }
                    }
                }),
            }
        });
    }

    // Save progress after every change (unless unreadable data must not be overwritten).
    use_effect_with((state.progress(), state.saving), |(progress, saving)| {
        if *saving {
            storage::save_progress(progress);
        }
    });

    // The document speaks the language it shows.
    {
        let shown = texts.as_ref().map(|(t, _)| (t.lang, t.ui(Ui::AppTitle).to_string(), t.ui(Ui::AppTagline).to_string()));
        use_effect_with(shown, |shown| {
            if let (Some((lang, title, tagline)), Some(doc)) = (shown, web_sys::window().and_then(|w| w.document())) {
                if let Some(html) = doc.document_element() {
                    let _ = html.set_attribute("lang", lang.code());
                }
                doc.set_title(&format!("{title} – {tagline}"));
            }
        });
    }

    let report = {
        let model = state.model.clone();
        use_memo((state.profile.clone(), state.answers.clone()), move |(profile, answers)| {
            Shared::new(report(&model, profile, answers))
        })
    };
    // The method document, written only while the method view is open.
    let method_doc = {
        let model = state.model.clone();
        use_memo(((*texts).clone(), state.screen == Screen::Method), move |(texts, open)| {
            texts.as_ref().filter(|(_, whole)| *open && *whole).map(|(t, _)| Shared::new(method(&model, t)))
        })
    };

    let dispatch = |action: Action| {
        let state = state.clone();
        Callback::from(move |_: ()| state.dispatch(action.clone()))
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |lang: Lang| {
            storage::save_lang(lang);
            startup::replace_lang_in_url(lang);
            state.dispatch(Action::SetLang(lang));
        })
    };
    let retry = {
        let retries = retries.clone();
        Callback::from(move |_: MouseEvent| retries.set(*retries + 1))
    };

    let Some((t, whole)) = (*texts).clone() else {
        let words = boot_words(state.lang);
        return html! {
            <main class="boot" data-testid="boot">
                if failed.is_some() {
                    <p role="alert">{ words.failed }</p>
                    <button type="button" class="primary" onclick={retry}>{ words.retry }</button>
                } else {
                    <p role="status">{ words.loading }</p>
                }
            </main>
        };
    };
    let model = Shared(state.model.clone());
    let focus = state.moves > 0;

    let screen = match state.screen {
        // Beyond the start screen, the rest of the texts may still be on their way.
        _ if state.screen != Screen::Start && !whole => html! {
            <p class="loading" role="status" data-testid="loading">{ boot_words(state.lang).loading }</p>
        },
        Screen::Start => html! {
            <StartScreen texts={t.clone()} model={model.clone()} resuming={state.has_progress()}
                {focus} on_start={dispatch(Action::Start)} on_method={dispatch(Action::OpenMethod)} />
        },
        Screen::Profile => html! {
            <ProfileScreen texts={t.clone()} model={model.clone()} profile={state.profile.clone()}
                show_required={state.show_required} {focus}
                on_choose={{ let state = state.clone(); Callback::from(move |(f, v)| state.dispatch(Action::Choose(f, v))) }}
                on_next={dispatch(Action::Next)} on_back={dispatch(Action::Back)} />
        },
        Screen::Question(index) => html! {
            <QuestionScreen texts={t.clone()} model={model.clone()} {index} answer={state.current_answer()}
                show_required={state.show_required} {focus}
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
        Screen::Result => html! {
            <ResultScreen texts={t.clone()} model={model.clone()} profile={state.profile.clone()}
                report={(*report).clone()} {focus}
                on_edit={dispatch(Action::OpenOverview)} on_method={dispatch(Action::OpenMethod)}
                on_reset={dispatch(Action::Reset)} />
        },
        Screen::Method => match (*method_doc).clone() {
            Some(doc) => html! {
                <MethodScreen texts={t.clone()} {doc} {focus} on_back={dispatch(Action::CloseMethod)} />
            },
            None => html! {},
        },
    };

    html! {
        <div class="app">
            <header class="masthead">
                <p class="brand">
                    <img class="brand-mark" src="static/icon.svg" alt="" width="32" height="32" />
                    <span class="brand-name">{ t.ui(Ui::AppTitle) }</span>
                    <span class="brand-tagline">{ t.ui(Ui::AppTagline) }</span>
                </p>
                <LanguageSelect lang={state.lang} label={t.ui(Ui::LanguageLabel).to_string()} on_change={on_lang} />
            </header>
            <main id="main" class="main">
                if let Some(lang) = *failed {
                    <div class="notice" role="alert" data-testid="language-error">
                        <p>{ fill(t.ui(Ui::LanguageLoadFailed), &[("language", lang.native_name())]) }</p>
                        <div class="notice-actions">
                            <button type="button" class="secondary" onclick={retry}>{ t.ui(Ui::Retry) }</button>
                        </div>
                    </div>
                }
                if let Some(notice) = state.notice.clone() {
                    <NoticeView {notice} texts={t.clone()} on_dismiss={dispatch(Action::DismissNotice)}
                        on_undo={dispatch(Action::Undo)} />
                }
                { screen }
            </main>
            <footer class="footer">
                <p>{ t.ui(Ui::FooterPrivacy) }</p>
            </footer>
        </div>
    }
}
