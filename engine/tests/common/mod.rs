//! What several test files read: the shipped language files.
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
