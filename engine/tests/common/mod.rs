//! What several test files read: the shipped language files, and any answers the model
//! can receive (for property tests).
#![allow(dead_code)]

use digitrappe_engine::text::Texts;
use digitrappe_engine::Lang;

pub fn language_file(lang: Lang) -> String {
    let path = format!("{}/../content/i18n/{}.json", env!("CARGO_MANIFEST_DIR"), lang.code());
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

pub fn texts(lang: Lang) -> Texts {
    Texts::parse(lang, &language_file(lang)).unwrap_or_else(|e| panic!("{}: {e}", lang.code()))
}

/// Any answer each question of the model offers (`answers::offered`), or none.
pub fn any_answers() -> impl proptest::strategy::Strategy<Value = digitrappe_engine::Answers> {
    use proptest::strategy::{Just, Strategy};
    let m = digitrappe_engine::builtin::model();
    let per_question: Vec<_> = m
        .questions
        .iter()
        .map(|q| {
            let choices: Vec<Option<digitrappe_engine::Answer>> =
                std::iter::once(None).chain(digitrappe_engine::answers::offered(&m, q).into_iter().map(Some)).collect();
            (Just(q.id.clone()), proptest::sample::select(choices))
        })
        .collect();
    per_question.prop_map(|pairs| pairs.into_iter().filter_map(|(id, a)| a.map(|a| (id, a))).collect())
}
