//! The root component: holds the state, loads the active language's texts, and applies the
//! effects of each change at the edge (saving progress, `<html lang>`, the page title).
//!
//! Deliberately thin: what changes is decided by [`crate::state::reduce`], what is shown by
//! the screen components, and what a result is by the engine.

use crate::components::language_select::LanguageSelect;
use crate::components::notice::NoticeView;
use crate::components::question::QuestionScreen;
use crate::components::result::ResultScreen;
use crate::components::start::StartScreen;
use crate::shared::Shared;
use crate::state::{Action, AppState, Screen};
use crate::texts::{self, boot_words};
use crate::{startup, storage};
use digitrappe_engine::text::fill;
use digitrappe_engine::{assess, Lang, Texts};
use digitrappe_engine::text::Ui;
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
    let texts = use_state(|| None::<Shared<Texts>>);
    let failed = use_state(|| None::<Lang>);
    let retries = use_state(|| 0u32);
    let cache = use_mut_ref(<[Option<Shared<Texts>>; 3]>::default);
    let wanted = use_mut_ref(|| state.lang);

    // Load the active language's texts (once per language; kept in memory after that).
    {
        let (texts, failed, cache, wanted) = (texts.clone(), failed.clone(), cache.clone(), wanted.clone());
        let version = state.model.version.clone();
        use_effect_with((state.lang, *retries), move |(lang, _)| {
            let lang = *lang;
            *wanted.borrow_mut() = lang;
            let cached = cache.borrow()[lang.index()].clone();
            match cached {
                Some(t) => {
                    failed.set(None);
                    texts.set(Some(t));
                }
                None => wasm_bindgen_futures::spawn_local(async move {
                    let result = texts::fetch(lang, &version).await;
                    if *wanted.borrow() != lang {
                        return; // the user has chosen another language meanwhile
                    }
                    match result {
                        Ok(t) => {
                            let t = Shared::new(t);
                            cache.borrow_mut()[lang.index()] = Some(t.clone());
                            failed.set(None);
                            texts.set(Some(t));
                        }
                        Err(error) => {
                            texts::report(lang, &version, &error);
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
        let shown = texts.as_ref().map(|t| (t.lang, t.ui(Ui::AppTitle).to_string(), t.ui(Ui::AppTagline).to_string()));
        use_effect_with(shown, |shown| {
            if let (Some((lang, title, tagline)), Some(doc)) = (shown, web_sys::window().and_then(|w| w.document())) {
                if let Some(html) = doc.document_element() {
                    let _ = html.set_attribute("lang", lang.code());
                }
                doc.set_title(&format!("{title} – {tagline}"));
            }
        });
    }

    let assessment = {
        let model = state.model.clone();
        use_memo(state.answers.clone(), move |answers| Shared::new(assess(&model, answers)))
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

    let Some(t) = (*texts).clone() else {
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
        Screen::Start => html! {
            <StartScreen texts={t.clone()} model={model.clone()} resuming={!state.answers.is_empty()}
                {focus} on_start={dispatch(Action::Start)} />
        },
        Screen::Question(index) => html! {
            <QuestionScreen texts={t.clone()} model={model.clone()} {index} answer={state.current_answer()}
                show_required={state.show_required} {focus}
                on_answer={{ let state = state.clone(); Callback::from(move |a| state.dispatch(Action::Answer(a))) }}
                on_next={dispatch(Action::Next)} on_back={dispatch(Action::Back)} />
        },
        Screen::Result => html! {
            <ResultScreen texts={t.clone()} assessment={(*assessment).clone()} {focus}
                on_edit={dispatch(Action::EditAnswers)} on_reset={dispatch(Action::Reset)} />
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
