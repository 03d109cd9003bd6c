//! The app's views: the page frame, the start screen (the static start screen is drawn
//! from them too), the language menu, the notices, and one module per screen. Each is a
//! function of its props; none reads storage, the URL or the clock, and none computes a
//! score itself (they call the engine). Callbacks carry domain values (an [`Answer`], a
//! [`Lang`]).
//!
//! [`Answer`]: digitrappe_engine::Answer
//! [`Lang`]: digitrappe_engine::Lang

pub mod advice;
pub mod charts;
pub mod config_check;
pub mod embed_setup;
pub mod frame;
pub mod guide;
pub mod history;
pub mod idle;
pub mod language_select;
pub mod method;
pub mod move_up;
pub mod notice;
pub mod notice_view;
pub mod overview;
pub mod profile;
pub mod qr;
pub mod question;
pub mod result;
pub mod room;
pub mod share;
pub mod start;

use crate::hooks::TextsState;
use crate::texts::boot_words;
use digitrappe_engine::Lang;
use web_sys::HtmlElement;
use yew::prelude::*;

/// What the app shows before any language file has arrived (`boot`): the boot messages,
/// and when the fetch failed, a retry and the language menu (offline, a language never
/// used online cannot be fetched, and another may have been kept).
pub fn boot(lang: Lang, texts: &TextsState, on_lang: Callback<Lang>) -> Html {
    let words = boot_words(lang);
    html! {
        <main class="boot" data-testid="boot">
            if texts.failed.is_some() {
                <p role="alert">{ words.failed }</p>
                <button type="button" class="primary" onclick={texts.retry.reform(|_: MouseEvent| ())}>{ words.retry }</button>
                <language_select::LanguageSelect {lang} label={words.language} on_change={on_lang} />
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

use digitrappe_engine::model::Question;
use digitrappe_engine::text::Ui;
use digitrappe_engine::{Answer, Texts};

/// The words for an answer to a question: the option's label, or "not relevant" /
/// "don't know".
pub fn answer_label(t: &Texts, question: &Question, answer: Answer) -> String {
    match answer {
        Answer::Option(v) => t.option_label(question.id.as_str(), &question.scale, v),
        Answer::NotRelevant => t.ui(Ui::AnswerNotRelevant).to_string(),
        Answer::DontKnow => t.ui(Ui::AnswerDontKnow).to_string(),
    }
}
