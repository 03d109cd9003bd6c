//! The views around and before the app's screens (the static start screen is drawn from them too). Each is a function of its props; callbacks carry domain values.

pub mod frame;
pub mod language_select;
pub mod notice;
pub mod qr;
pub mod start;

use crate::hooks::TextsState;
use crate::texts::boot_words;
use digitrappe_engine::Lang;
use web_sys::HtmlElement;
use yew::prelude::*;

/// What either bundle shows before any language file has arrived (`boot`): the three-word
/// boot messages, and a retry when the fetch failed.
pub fn boot(lang: Lang, texts: &TextsState) -> Html {
    let words = boot_words(lang);
    html! {
        <main class="boot" data-testid="boot">
            if texts.failed.is_some() {
                <p role="alert">{ words.failed }</p>
                <button type="button" class="primary" onclick={texts.retry.reform(|_: MouseEvent| ())}>{ words.retry }</button>
            } else {
                <p role="status">{ words.loading }</p>
            }
        </main>
    }
}

/// Moves keyboard and screen-reader focus to a screen's heading (which has
/// `tabindex="-1"`), so that a new screen is announced and Tab starts from its top.
pub fn focus_heading(heading: &NodeRef) {
    if let Some(el) = heading.cast::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// A screen's heading that takes focus when the screen opens after a move by the user
/// (`focus`), and not on the first page load.
#[hook]
pub fn use_focus_heading(focus: bool) -> NodeRef {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(focus, move |focus| {
            if *focus {
                focus_heading(&heading);
            }
        });
    }
    heading
}
