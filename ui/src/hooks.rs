//! [`use_texts`]: the active language's texts, fetched once and kept in memory.

use crate::shared::Shared;
use crate::texts;
use digitrappe_engine::{Lang, Texts};
use yew::prelude::*;

/// What [`use_texts`] has for the page.
#[derive(Clone, PartialEq)]
pub struct TextsState {
    /// The texts to show.
    pub texts: Option<Shared<Texts>>,
    /// A language whose texts could not be fetched (the page keeps showing what it has).
    pub failed: Option<Lang>,
    /// Tries the failed fetch again.
    pub retry: Callback<()>,
}

/// Fetches every text of `lang` ([`texts::load`]). Each language is fetched once;
/// switching back to it is instant. A fetch that returns after the user has moved on is
/// ignored.
#[hook]
pub fn use_texts(lang: Lang) -> TextsState {
    let shown = use_state(|| None::<Shared<Texts>>);
    let failed = use_state(|| None::<Lang>);
    let retries = use_state(|| 0u32);
    let cache = use_mut_ref(<[Option<Shared<Texts>>; 3]>::default);
    let wanted = use_mut_ref(|| lang);
    {
        let (shown, failed, cache, wanted) = (shown.clone(), failed.clone(), cache.clone(), wanted.clone());
        use_effect_with((lang, *retries), move |(lang, _)| {
            let lang = *lang;
            *wanted.borrow_mut() = lang;
            let kept = cache.borrow()[lang.index()].clone();
            match kept {
                Some(t) => {
                    failed.set(None);
                    shown.set(Some(t));
                }
                None => wasm_bindgen_futures::spawn_local(async move {
                    let result = texts::load(lang).await;
                    if *wanted.borrow() != lang {
                        return; // the user has moved on meanwhile
                    }
                    match result {
                        Ok(t) => {
                            let t = Shared::new(t);
                            cache.borrow_mut()[lang.index()] = Some(t.clone());
                            failed.set(None);
                            shown.set(Some(t));
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
        let on_screen = (*shown).clone();
        use_effect_with(on_screen, |shown| {
            if let (Some(t), Some(doc)) = (shown, web_sys::window().and_then(|w| w.document())) {
                if let Some(html) = doc.document_element() {
                    let _ = html.set_attribute("lang", t.lang.code());
                    let _ = html.set_attribute("data-lang", t.lang.code());
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

/// A control that goes once used ("Keep" becomes "kept"): its click goes through
/// `on_press`; when `done` then turns true and the focus went with the control (it fell to
/// the page's body), it moves to `line`, the line that takes the control's place (give it
/// `tabindex="-1"`), so a keyboard user keeps their place. Nothing moves on the first
/// render or when another control caused the change.
pub struct FocusWhenDone {
    pub line: NodeRef,
    arm: Callback<()>,
}

impl FocusWhenDone {
    /// The control's click handler: arms the focus move, then does `then`.
    pub fn on_press(&self, then: &Callback<()>) -> Callback<MouseEvent> {
        let (arm, then) = (self.arm.clone(), then.clone());
        Callback::from(move |_: MouseEvent| {
            arm.emit(());
            then.emit(());
        })
    }
}

#[hook]
pub fn use_focus_when_done(done: bool) -> FocusWhenDone {
    let line = use_node_ref();
    let armed = use_mut_ref(|| false);
    {
        let (line, armed) = (line.clone(), armed.clone());
        use_effect_with(done, move |done| {
            let document = web_sys::window().and_then(|w| w.document());
            let lost = document.is_some_and(|d| d.active_element().is_none_or(|a| a.tag_name() == "BODY"));
            if *done && std::mem::take(&mut *armed.borrow_mut()) && lost {
                if let Some(line) = line.cast::<web_sys::HtmlElement>() {
                    let _ = line.focus();
                }
            }
        });
    }
    FocusWhenDone { line, arm: Callback::from(move |()| *armed.borrow_mut() = true) }
}
