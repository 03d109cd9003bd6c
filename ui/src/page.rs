//! The page around the app, as the situation needs it: the mode on the `mode` element
//! (`#app`, `data-mode`) and on `<html>` (which the stylesheet reads), the site's colours,
//! and the request to an embedding host page to scroll. The only module that writes to
//! elements outside the Yew tree or talks to the parent window.
//!
//! The iframe's height is posted by `static/boot.js` (one observer, as `#app` stays); the
//! app only asks the host to bring the frame's top into view when the step changes.

use digitrappe_engine::mode::Mode;
use wasm_bindgen::JsValue;

/// The message type the host script (`static/embed.js`) reads to scroll the frame's top
/// into view. The other one, `digitrappen:height`, is posted by `static/boot.js`. Nothing
/// else is ever posted: never answers or results.
pub const SCROLL_MESSAGE: &str = "digitrappen:top";

thread_local! {
    /// The page's `#app` and the element the app is drawn into until it takes the page.
    static BACKSTAGE: std::cell::RefCell<Option<(web_sys::Element, web_sys::Element)>> = const { std::cell::RefCell::new(None) };
}

/// An element, not yet on the page, for the app to draw into while `root` keeps showing the
/// static start screen: the page changes once, when [`take_over`] puts the app in its
/// place with its texts, never to a "loading" line in between.
///
/// Marks `root` `data-running` (the app runs, the static screens may still show).
pub fn backstage(root: &web_sys::Element) -> Option<web_sys::Element> {
    let _ = root.set_attribute("data-running", "");
    let stage = document()?.create_element("div").ok()?;
    stage.set_class_name("stage");
    BACKSTAGE.with(|b| *b.borrow_mut() = Some((root.clone(), stage.clone())));
    Some(stage)
}

/// Whether the static start screen is still on the page (the app has not taken it yet).
pub fn on_static_screen() -> bool {
    BACKSTAGE.with(|b| b.borrow().is_some())
}

/// Marks `root` (`data-waiting`) while the app is ready but waits for a quiet moment on the
/// static screens to take the page (see `handoff`); [`take_over`] removes the mark.
pub fn show_waiting() {
    BACKSTAGE.with(|b| {
        if let Some((root, _)) = b.borrow().as_ref() {
            let _ = root.set_attribute("data-waiting", "");
        }
    });
}

/// Puts the app drawn [`backstage`] in place of the static screen (once). When the app
/// shows another screen than the static one (`heading`: a button pressed there took it
/// on), focus goes to the new screen's heading, which could not take it off the page;
/// otherwise a control that had focus on the static screen (the language menu, a field, a
/// button, the heading) hands it to the same control in the app, where it already is in
/// view: without scrolling, which in a frame would also scroll the embedding page (a
/// visitor who scrolled the host page on would be pulled back to the frame).
pub fn take_over(heading: bool) {
    let Some((root, stage)) = BACKSTAGE.with(|b| b.borrow_mut().take()) else { return };
    let had_focus = document().and_then(|d| d.active_element()).filter(|e| root.contains(Some(e)));
    let selector = match had_focus {
        _ if heading => Some(HEADING.to_string()),
        Some(e) if e.matches(HEADING).unwrap_or(false) => Some(HEADING.to_string()),
        Some(e) => e
            .get_attribute("data-testid")
            .filter(|id| id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
            .map(|id| format!("[data-testid='{id}']")),
        None => None,
    };
    root.replace_children_with_node_1(&stage);
    let _ = root.remove_attribute("data-waiting");
    let Some(selector) = selector else { return };
    if let Ok(Some(element)) = stage.query_selector(&selector) {
        if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(!heading);
            let _ = element.focus_with_options(&options);
        }
    }
}

/// A screen's heading, which takes focus when the screen changes.
const HEADING: &str = "h1[tabindex='-1']";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Whether the page is inside a frame (an embedding site's `<iframe>`).
pub fn framed() -> bool {
    web_sys::window().is_some_and(|w| match (w.top(), w.self_()) {
        (Ok(Some(top)), this) => !js_sys::Object::is(&top, &this),
        _ => true, // a cross-origin top that cannot even be named: framed
    })
}

/// Shows the mode on the `mode` element and on `<html>` (`data-mode`).
pub fn show_mode(mode: Mode) {
    let Some(doc) = document() else { return };
    if let Some(app) = doc.get_element_by_id("app") {
        let _ = app.set_attribute("data-mode", mode.code());
    }
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("data-mode", mode.code());
    }
}

/// Shows a kiosk's idle time in seconds on the `mode` element (`data-idle`).
pub fn show_idle(seconds: u32) {
    if let Some(app) = document().and_then(|d| d.get_element_by_id("app")) {
        let _ = app.set_attribute("data-idle", &seconds.to_string());
    }
}

/// Names on the `mode` element (`data-config`) the site configuration the page reads when
/// `?config=` named one the app accepted, so the service worker keeps that file for offline
/// use without a rule of its own for which addresses may be one (`static/boot.js` passes
/// it on).
pub fn show_config(address: &str) {
    if let Some(app) = document().and_then(|d| d.get_element_by_id("app")) {
        let _ = app.set_attribute("data-config", address);
    }
}

/// Sets a CSS custom property on `<html>` (through the CSSOM, which the strict
/// Content-Security-Policy allows), e.g. `--primary` from the site's theme.
pub fn set_colour(property: &str, value: &str) {
    let Some(html) = document().and_then(|d| d.document_element()) else { return };
    if let Ok(html) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(html) {
        let _ = html.style().set_property(property, value);
    }
}

/// Asks the embedding page to bring the frame's top into view (after a step change, so
/// the new question is not below the host's fold). Does nothing outside a frame.
pub fn ask_host_to_scroll() {
    let Some(window) = web_sys::window() else { return };
    if !framed() {
        return;
    }
    let Ok(Some(parent)) = window.parent() else { return };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &SCROLL_MESSAGE.into());
    // Only a request to scroll goes out, so any host may receive it.
    let _ = parent.post_message(&JsValue::from(message), "*");
}
