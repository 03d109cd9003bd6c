//! The views. Each is a function of its props; none reads storage, the URL or the clock,
//! and none computes a score. Callbacks carry domain values (an [`Answer`], a [`Lang`]).
//!
//! [`Answer`]: digitrappe_engine::Answer
//! [`Lang`]: digitrappe_engine::Lang

pub mod language_select;
pub mod notice;
pub mod question;
pub mod result;
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
