//! The browser effects the result's sharing needs, in one place at the edge: downloading a
//! file, the clipboard, reading a chosen file, today's date, asking the browser to keep
//! storage, and waiting for the next frame to be painted. Each fails quietly with a value the
//! caller can show, never a panic.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Runs `then` in the first task after the next frame has been painted (an animation
/// frame, then a zero timeout); dropping the value cancels it. A screen draws what matters
/// first and the rest after it is on screen (the result: its board, then the details).
pub struct AfterPaint {
    _frame: gloo_render::AnimationFrame,
    _timeout: std::rc::Rc<std::cell::Cell<Option<gloo_timers::callback::Timeout>>>,
}

pub fn after_next_paint(then: impl FnOnce() + 'static) -> AfterPaint {
    let timeout = std::rc::Rc::new(std::cell::Cell::new(None));
    let pending = timeout.clone();
    let frame = gloo_render::request_animation_frame(move |_| pending.set(Some(gloo_timers::callback::Timeout::new(0, then))));
    AfterPaint { _frame: frame, _timeout: timeout }
}

/// Offers `text` as a file called `name` (the browser's own download).
pub fn download(name: &str, text: &str) -> bool {
    let run = || -> Option<()> {
        let document = window()?.document()?;
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(name);
        a.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    run().is_some()
}

/// Copies `text` to the clipboard; `false` where the browser does not allow it.
pub async fn copy(text: &str) -> bool {
    let Some(w) = window() else { return false };
    JsFuture::from(w.navigator().clipboard().write_text(text)).await.is_ok()
}

/// The text of a file the user chose.
pub async fn read_file(file: web_sys::File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}

/// Opens the browser's print dialog (the print stylesheet does the rest).
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Today in the user's time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// Asks the browser to keep this site's storage (Safari, for one, clears it after a
/// week without a visit). The answer does not matter: the result screen advises keeping
/// the code or file either way.
pub fn ask_to_keep_storage() {
    let Some(w) = window() else { return };
    if let Ok(promise) = w.navigator().storage().persist() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// Whether the window is a phone's (at most 40rem, 640 CSS pixels, wide: the width at which
/// the stylesheet turns to its phone layout).
pub fn narrow() -> bool {
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|v| v.as_f64()).is_some_and(|w| w <= 640.0)
}
