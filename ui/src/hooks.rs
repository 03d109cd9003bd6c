//! [`use_texts`]: the active language's texts, fetched in parts and kept in memory.

use crate::shared::Shared;
use crate::texts::{self, TextsWanted};
use digitrappe_engine::{Lang, Texts};
use yew::prelude::*;

/// What [`use_texts`] has for the page.
#[derive(Clone, PartialEq)]
pub struct TextsState {
    /// The texts to show, and whether they are whole (beyond the start screen's part).
    pub texts: Option<(Shared<Texts>, bool)>,
    /// A language whose texts could not be fetched (the page keeps showing what it has).
    pub failed: Option<Lang>,
    /// Tries the failed fetch again.
    pub retry: Callback<()>,
}

/// Fetches what `lang` needs: the start screen's part ([`texts::START_PART`]), or every
/// text ([`texts::WHOLE`]). Each language is fetched once; switching back to it is
/// instant. A fetch that returns after the user has moved on is ignored.
#[hook]
pub fn use_texts(lang: Lang, wanted_part: TextsWanted) -> TextsState {
    let (whole, load) = (wanted_part.whole, wanted_part.load);
    let shown = use_state(|| None::<(Shared<Texts>, bool)>);
    let failed = use_state(|| None::<Lang>);
    let retries = use_state(|| 0u32);
    // Per language: the start part, and the whole texts once fetched.
    let cache = use_mut_ref(<[(Option<Texts>, Option<Shared<Texts>>); 3]>::default);
    let wanted = use_mut_ref(|| (lang, whole));
    {
        let (shown, failed, cache, wanted) = (shown.clone(), failed.clone(), cache.clone(), wanted.clone());
        use_effect_with((lang, whole, *retries), move |(lang, whole, _)| {
            let (lang, whole) = (*lang, *whole);
            *wanted.borrow_mut() = (lang, whole);
            let (start, full) = cache.borrow()[lang.index()].clone();
            match (full, start) {
                (Some(full), _) => {
                    failed.set(None);
                    shown.set(Some((full, true)));
                }
                (None, Some(start)) if !whole => {
                    failed.set(None);
                    shown.set(Some((Shared::new(start), false)));
                }
                (None, start) => wasm_bindgen_futures::spawn_local(async move {
                    let result = load(lang, start).await;
                    if *wanted.borrow() != (lang, whole) {
                        return; // the user has moved on meanwhile
                    }
                    match result {
                        Ok(t) => {
                            let entry = &mut cache.borrow_mut()[lang.index()];
                            let texts = if whole {
                                let full = Shared::new(t);
                                entry.1 = Some(full.clone());
                                full
                            } else {
                                entry.0 = Some(t.clone());
                                Shared::new(t)
                            };
                            failed.set(None);
                            shown.set(Some((texts, whole)));
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
    // The document speaks the language it shows; `data-lang` says that it has texts on
    // screen (static/boot.js then asks the service worker to keep that language offline).
    {
        let on_screen = (*shown).as_ref().map(|(t, _)| t.clone());
        use_effect_with(on_screen, |shown| {
            if let (Some(t), Some(doc)) = (shown, web_sys::window().and_then(|w| w.document())) {
                if let Some(html) = doc.document_element() {
                    let _ = html.set_attribute("lang", t.lang.code());
                    let _ = html.set_attribute("data-lang", t.lang.code());
                    // The rest of this language's texts, for boot.js to fetch beside the app's
                    // wasm when the user heads for Start.
                    if let Some(app) = doc.get_element_by_id("app") {
                        let _ = app.set_attribute("data-texts", &texts::url(t.lang, digitrappe_engine::text::Part::Rest));
                    }
                }
                use digitrappe_engine::text::Ui;
                doc.set_title(&format!("{} – {}", t.ui(Ui::AppTitle), t.ui(Ui::AppTagline)));
            }
        });
    }
    TextsState { texts: (*shown).clone(), failed: *failed, retry: Callback::from(move |_| retries.set(*retries + 1)) }
}

/// Whether a key press belongs to a field the user is typing in (then it is never a
/// shortcut). Radio buttons and buttons are not typing.
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    let Some(element) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else { return false };
    if element.is_content_editable() {
        return true;
    }
    match element.tag_name().to_ascii_lowercase().as_str() {
        "textarea" | "select" => true,
        "input" => !matches!(element.get_attribute("type").as_deref(), Some("radio" | "checkbox" | "button" | "submit")),
        _ => false,
    }
}

/// Keyboard shortcuts (a projector and its presentation clicker): while `enabled`, each
/// key pressed outside a text field and without Ctrl, Alt or Meta goes to `on_key`, which
/// returns whether it used it (then the browser's own handling is prevented).
#[hook]
pub fn use_shortcut_keys(enabled: bool, on_key: Callback<String, bool>) {
    use wasm_bindgen::JsCast;
    // The listener is added once; it always calls the latest callback (which sees the
    // latest state).
    let latest = use_mut_ref(|| on_key.clone());
    *latest.borrow_mut() = on_key;
    let on_key = latest;
    use_effect_with(enabled, move |enabled| {
        let listener = enabled.then(|| web_sys::window().and_then(|w| w.document())).flatten().map(|document| {
            let options = gloo_events::EventListenerOptions::enable_prevent_default();
            gloo_events::EventListener::new_with_options(&document, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                if event.ctrl_key() || event.alt_key() || event.meta_key() || event.default_prevented() || typing(event) {
                    return;
                }
                let used = on_key.borrow().emit(event.key());
                if used {
                    event.prevent_default();
                }
            })
        });
        move || drop(listener)
    });
}
