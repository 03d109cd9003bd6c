//! The app's own views (the start screen, frame, language menu and notices are in
//! `digitrappe-ui`). Each is a function of its props; none reads storage, the URL or the
//! clock, and none computes a score itself (they call the engine). Callbacks carry domain values (an [`Answer`], a [`Lang`]).
//!
//! [`Answer`]: digitrappe_engine::Answer
//! [`Lang`]: digitrappe_engine::Lang

pub mod advice;
pub mod charts;
pub mod config_check;
pub mod embed_setup;
pub mod guide;
pub mod history;
pub mod idle;
pub mod method;
pub mod move_up;
pub mod notice;
pub mod overview;
pub mod profile;
pub mod question;
pub mod result;
pub mod room;
pub mod share;

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
