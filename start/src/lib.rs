//! # digitrappe-start: the first page load
//!
//! Draws the start screen and nothing else, so the first page load stays small (the
//! whole app is about twice the size). When the user presses Start, or opens "How is this
//! calculated?", or saved progress is already past the start screen, it asks
//! `static/boot.js` (through the function boot.js gave [`start`]) to load the app, which then
//! takes over the page; this bundle is stopped. If the app cannot be loaded (offline, a
//! broken copy), the start screen says so and offers to try again.
//!
//! Everything drawn here comes from `digitrappe-ui`, which the app uses too.

use digitrappe_engine::builtin::{MINUTES_TO_ANSWER, QUESTION_COUNT};
use digitrappe_engine::mode::Mode;
use digitrappe_engine::saved::Position;
use digitrappe_engine::text::Ui;
use digitrappe_engine::Lang;
use digitrappe_ui::components::boot;
use digitrappe_ui::components::frame::Frame;
use digitrappe_ui::components::notice::{NoticeStrip, StorageNotice};
use digitrappe_ui::components::start::StartScreen;
use digitrappe_ui::handoff::{Handoff, Intent};
use digitrappe_ui::hooks::{use_shortcut_keys, use_texts};
use digitrappe_ui::storage::{self, Loaded};
use digitrappe_ui::texts::boot_words;
use digitrappe_ui::{page, remember_language, startup};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

thread_local! {
    static APP: RefCell<Option<yew::AppHandle<StartApp>>> = const { RefCell::new(None) };
    /// boot.js's `handOver(handoffJson) -> Promise`, given to [`start`].
    static HAND_OVER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

#[derive(Properties, PartialEq)]
struct Props {
    lang: Lang,
    /// Saved answers exist: the button says "continue".
    resuming: bool,
    /// Saved progress could not be read: whether a copy was kept (the only notice the
    /// start screen shows; the app has the rest).
    unreadable: Option<bool>,
    /// Hand over at once, without drawing the start screen (saved progress is past it).
    at_once: Option<Intent>,
    mode: Mode,
    /// Where participants open the app (a projector's start screen shows it).
    join: String,
    logo: Option<String>,
}

/// Asks boot.js to load the app and hand it the page, through the function it gave
/// [`start`] (no global name between them).
async fn hand_over(handoff: Handoff) -> Result<(), JsValue> {
    let load = HAND_OVER.with(|h| h.borrow().clone()).ok_or(JsValue::NULL)?;
    let promise: js_sys::Promise = load.call1(&JsValue::NULL, &handoff.to_json().into())?.dyn_into()?;
    JsFuture::from(promise).await.map(|_| ())
}

#[component]
fn StartApp(props: &Props) -> Html {
    let lang = use_state(|| props.lang);
    let busy = use_state(|| false);
    // The request that failed, to try again (`None` while nothing has failed).
    let failed = use_state(|| None::<Intent>);
    // Guards against a second load while one is under way (state is read per render).
    let in_flight = use_mut_ref(|| false);
    let notice = use_state(|| props.unreadable);
    let storage_notice = use_state(storage::blocked);
    let texts = use_texts(*lang, digitrappe_ui::texts::START_PART);

    let go = {
        let (lang, busy, failed, mode) = (lang.clone(), busy.clone(), failed.clone(), props.mode);
        let storage_notice_seen = storage::blocked() && !*storage_notice;
        Callback::from(move |intent: Intent| {
            if in_flight.replace(true) {
                return;
            }
            busy.set(true);
            failed.set(None);
            let (busy, failed, in_flight) = (busy.clone(), failed.clone(), in_flight.clone());
            let handoff = Handoff { lang: *lang, intent, mode, storage_notice_seen };
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(error) = hand_over(handoff).await {
                    web_sys::console::warn_1(&format!("Digitrappen: the app could not be loaded: {error:?}").into());
                    *in_flight.borrow_mut() = false;
                    busy.set(false);
                    failed.set(Some(intent));
                }
                // On success this bundle has been stopped: nothing more to do.
            });
        })
    };
    {
        let go = go.clone();
        use_effect_with(props.at_once, move |at_once| {
            if let Some(intent) = at_once {
                go.emit(*intent);
            }
        });
    }
    // On a projector, the clicker's "next" starts.
    use_shortcut_keys(props.mode.shortcuts() && props.at_once.is_none(), {
        let go = go.clone();
        Callback::from(move |key: String| {
            let forward = matches!(key.as_str(), "ArrowRight" | "PageDown");
            if forward {
                go.emit(Intent::Start);
            }
            forward
        })
    });
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| {
            remember_language(l);
            lang.set(l);
        })
    };

    let words = boot_words(*lang);
    let Some((t, _)) = texts.texts.clone() else {
        return boot(*lang, &texts);
    };
    html! {
        <Frame texts={t.clone()} lang={*lang} {on_lang} logo={props.logo.clone()} embedded={props.mode == Mode::Embed}>
            if let Some(intent) = *failed {
                <div class="notice" role="alert" data-testid="app-load-error">
                    <p>{ words.failed }</p>
                    <div class="notice-actions">
                        <button type="button" class="secondary" onclick={go.reform(move |_: MouseEvent| intent)}>
                            { t.ui(Ui::Retry) }
                        </button>
                    </div>
                </div>
            }
            if *storage_notice {
                <StorageNotice texts={t.clone()} on_dismiss={{ let s = storage_notice.clone(); Callback::from(move |_| s.set(false)) }} />
            }
            if let Some(kept) = *notice {
                <NoticeStrip texts={t.clone()} kind="unreadable"
                    message={t.ui(if kept { Ui::NoticeCorrupt } else { Ui::NoticeCorruptUnsaved }).to_string()}
                    on_dismiss={{ let notice = notice.clone(); Callback::from(move |_| notice.set(None)) }} />
            }
            if props.at_once.is_some() && failed.is_none() {
                <p class="loading" role="status" data-testid="loading">{ words.loading }</p>
            } else {
                <StartScreen texts={t} questions={QUESTION_COUNT} minutes={MINUTES_TO_ANSWER}
                    resuming={props.resuming} busy={*busy} focus={false} mode={props.mode} join={props.join.clone()}
                    on_start={go.reform(|_| Intent::Start)} on_method={go.reform(|_| Intent::Method)}
                    on_open_saved={go.reform(|_| Intent::Import)}
                    room={props.mode == Mode::Projector} on_room={go.reform(|_| Intent::Room)} on_guide={go.reform(|_| Intent::Guide)} />
            }
        </Frame>
    }
}

/// Draws the start screen in `root` (called by `static/boot.js` on the first page load);
/// `hand_over(handoffJson)` loads the app and gives it the page (a promise).
#[wasm_bindgen]
pub fn start(root: web_sys::Element, hand_over: js_sys::Function) {
    HAND_OVER.with(|h| *h.borrow_mut() = Some(hand_over));
    wasm_bindgen_futures::spawn_local(start_with_site(root));
}

/// Reads what the first screen needs from the site's configuration (mode, language,
/// colours, logo, public address), then draws it.
async fn start_with_site(root: web_sys::Element) {
    let params = startup::params();
    let site = digitrappe_ui::site::presentation(&digitrappe_ui::site::address(&params)).await;
    let lang = startup::read_with(site.lang).lang;
    let mode = digitrappe_engine::mode::choose(params.mode, site.mode);
    if mode == Mode::Kiosk {
        storage::keep_in_memory();
        // boot.js returns this start screen to the kiosk's start after the idle time.
        let idle = params.idle.or(site.idle_seconds).unwrap_or(digitrappe_engine::mode::DEFAULT_IDLE_SECONDS);
        let _ = root.set_attribute("data-idle", &idle.to_string());
    }
    page::show_mode(mode);
    digitrappe_ui::site::apply_theme(&site.theme, mode);
    let join = site.public_url.clone().unwrap_or_else(startup::here);
    let logo = site.logo.clone();
    let (resuming, unreadable, at_once) = match storage::load_progress() {
        // The configuration check lives in the app: hand over at once.
        _ if params.config_check => (false, None, Some(Intent::ConfigCheck)),
        _ if params.embed_setup => (false, None, Some(Intent::EmbedSetup)),
        // So does a share link: the app shows the shared result and offers to continue.
        _ if startup::has_share_link() => (false, None, Some(Intent::Resume)),
        Loaded::Nothing => (false, None, None),
        Loaded::Progress(p) if p.position != Position::Start => (true, None, Some(Intent::Resume)),
        Loaded::Progress(p) => (!p.answers.is_empty() || p.profile != Default::default(), None, None),
        Loaded::Unreadable { kept_as, .. } => (false, Some(kept_as.is_some()), None),
    };
    root.set_text_content(None);
    let handle =
        yew::Renderer::<StartApp>::with_root_and_props(root, Props { lang, resuming, unreadable, at_once, mode, join, logo }).render();
    APP.with(|app| *app.borrow_mut() = Some(handle));
}

/// Removes the start screen, so the app can take the page (called by `static/boot.js`).
#[wasm_bindgen]
pub fn stop() {
    if let Some(handle) = APP.with(|app| app.borrow_mut().take()) {
        handle.destroy();
    }
}
