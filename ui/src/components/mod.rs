//! Views both bundles draw. Each is a function of its props; callbacks carry domain values.

pub mod frame;
pub mod language_select;
pub mod notice;
pub mod start;

use web_sys::HtmlElement;
use yew::NodeRef;

/// Moves keyboard and screen-reader focus to a screen's heading (which has
/// `tabindex="-1"`), so that a new screen is announced and Tab starts from its top.
pub fn focus_heading(heading: &NodeRef) {
    if let Some(el) = heading.cast::<HtmlElement>() {
        let _ = el.focus();
    }
}
