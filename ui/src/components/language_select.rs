//! The language menu: a native `<select>` (`data-testid="language"`) with the values
//! `da`, `en` and `nb`, each language named in itself.

use digitrappe_engine::Lang;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
    /// The label in the current language ("Sprog").
    pub label: AttrValue,
    pub on_change: Callback<Lang>,
}

#[component]
pub fn LanguageSelect(props: &Props) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::from_code(&select.value()) {
                on_change.emit(lang);
            }
        })
    };
    html! {
        <div class="language">
            <label for="language-select">{ props.label.clone() }</label>
            <select id="language-select" data-testid="language" {onchange}>
                { for Lang::ALL.into_iter().map(|lang| html! {
                    <option value={lang.code()} lang={lang.code()} selected={lang == props.lang}>
                        { lang.native_name() }
                    </option>
                }) }
            </select>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    async fn choosing_a_language_emits_it() {
        let root = crate::testing::mount_root();
        let chosen = std::rc::Rc::new(std::cell::Cell::new(None));
        let props = Props {
            lang: Lang::Da,
            label: "Sprog".into(),
            on_change: {
                let chosen = chosen.clone();
                Callback::from(move |l| chosen.set(Some(l)))
            },
        };
        yew::Renderer::<LanguageSelect>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        let select: HtmlSelectElement = root.query_selector("[data-testid=language]").unwrap().unwrap().dyn_into().unwrap();
        assert_eq!(select.value(), "da");
        let names: Vec<String> = (0..select.length()).map(|i| select.item(i).unwrap().text_content().unwrap()).collect();
        assert_eq!(names, ["Dansk", "English", "Norsk bokmål"]);
        select.set_value("nb");
        select.dispatch_event(&Event::new("change").unwrap()).unwrap();
        assert_eq!(chosen.get(), Some(Lang::Nb));
    }
}
