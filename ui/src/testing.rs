//! Helpers for the browser tests of this crate and the app (feature `testing`): a fresh mount
//! point, and the shipped texts and model (embedded here only for tests; the apps fetch
//! texts per language).

use crate::shared::Shared;
use digitrappe_engine::{builtin, Lang, Model, Texts};
use wasm_bindgen::JsCast;
use web_sys::Element;

/// A new, empty `<div>` in the document body to mount a component into.
pub fn mount_root() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

pub fn model() -> Shared<Model> {
    Shared::new(builtin::model())
}

pub fn texts(lang: Lang) -> Shared<Texts> {
    let json = match lang {
        Lang::Da => include_str!("../../content/i18n/da.json"),
        Lang::En => include_str!("../../content/i18n/en.json"),
        Lang::Nb => include_str!("../../content/i18n/nb.json"),
    };
    Shared::new(Texts::parse(lang, json).unwrap())
}

/// The text of the first element matching `selector` under `root`, trimmed.
pub fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// Every element matching `selector` under `root`.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}
