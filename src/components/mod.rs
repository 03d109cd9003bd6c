//! The views. Each is a function of its props; none reads storage, the URL or the clock,
//! and none computes a score. Callbacks carry domain values (an [`Answer`], a [`Lang`]).
//!
//! [`Answer`]: digitrappe_engine::Answer
//! [`Lang`]: digitrappe_engine::Lang

pub mod language_select;
pub mod method;
pub mod notice;
pub mod overview;
pub mod profile;
pub mod question;
pub mod result;
pub mod start;

use digitrappe_engine::model::Question;
use digitrappe_engine::text::Ui;
use digitrappe_engine::{Answer, Texts};
use web_sys::HtmlElement;
use yew::NodeRef;

/// The words for an answer to a question: the option's label, or "not relevant" /
/// "don't know".
pub fn answer_label(t: &Texts, question: &Question, answer: Answer) -> String {
    match answer {
        Answer::Option(v) => t.option_label(question.id.as_str(), &question.scale, v),
        Answer::NotRelevant => t.ui(Ui::AnswerNotRelevant).to_string(),
        Answer::DontKnow => t.ui(Ui::AnswerDontKnow).to_string(),
    }
}

/// Moves keyboard and screen-reader focus to a screen's heading (which has
/// `tabindex="-1"`), so that a new screen is announced and Tab starts from its top.
pub fn focus_heading(heading: &NodeRef) {
    if let Some(el) = heading.cast::<HtmlElement>() {
        let _ = el.focus();
    }
}
