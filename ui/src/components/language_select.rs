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

/// Keys that move through a closed `<select>`'s options (and so fire `change` at once in
/// Chromium and Firefox on Windows and Linux): browsing with them must not switch the whole
/// page's language under a keyboard user (WCAG 3.2.2). The choice applies on Enter or when
/// the menu is left; a pick with the mouse, a finger or the open list applies at once.
fn browses(key: &str) -> bool {
    matches!(key, "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "PageUp" | "PageDown" | "Home" | "End") || key.chars().count() == 1
}

#[component]
pub fn LanguageSelect(props: &Props) -> Html {
    // Whether the shown option was reached by browsing keys and not applied yet.
    let browsing = use_mut_ref(|| false);
    let apply = {
        let (on_change, current) = (props.on_change.clone(), props.lang);
        move |select: &HtmlSelectElement| {
            if let Some(lang) = Lang::from_code(&select.value()).filter(|l| *l != current) {
                on_change.emit(lang);
            }
        }
    };
    let onkeydown = {
        let (browsing, apply) = (browsing.clone(), apply.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            let key = e.key();
            if browses(&key) {
                *browsing.borrow_mut() = true;
            } else if key == "Enter" && std::mem::take(&mut *browsing.borrow_mut()) {
                apply(&e.target_unchecked_into());
            }
        })
    };
    let onchange = {
        let (browsing, apply) = (browsing.clone(), apply.clone());
        Callback::from(move |e: Event| {
            if !*browsing.borrow() {
                apply(&e.target_unchecked_into());
            }
        })
    };
    let onblur = Callback::from(move |e: FocusEvent| {
        if std::mem::take(&mut *browsing.borrow_mut()) {
            apply(&e.target_unchecked_into());
        }
    });
    html! {
        <div class="language">
            <label for="language-select">{ props.label.clone() }</label>
            <select id="language-select" data-testid="language" {onchange} {onkeydown} {onblur}>
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

    /// The menu on a Danish page, and the language it last emitted.
    async fn mounted() -> (HtmlSelectElement, std::rc::Rc<std::cell::Cell<Option<Lang>>>) {
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
        (root.query_selector("[data-testid=language]").unwrap().unwrap().dyn_into().unwrap(), chosen)
    }

    #[wasm_bindgen_test]
    async fn choosing_a_language_emits_it() {
        let (select, chosen) = mounted().await;
        assert_eq!(select.value(), "da");
        let names: Vec<String> = (0..select.length()).map(|i| select.item(i).unwrap().text_content().unwrap()).collect();
        assert_eq!(names, ["Dansk", "English", "Norsk bokmål"]);
        select.set_value("nb");
        select.dispatch_event(&Event::new("change").unwrap()).unwrap();
        assert_eq!(chosen.get(), Some(Lang::Nb));
    }

    /// Browsing the options with the arrow keys does not switch the page's language; Enter
    /// or leaving the menu does (WCAG 3.2.2, found by a keyboard-only tester).
    #[wasm_bindgen_test]
    async fn arrow_keys_browse_and_enter_or_leaving_applies() {
        let (select, chosen) = mounted().await;
        let key = |k: &str| {
            let init = web_sys::KeyboardEventInit::new();
            init.set_key(k);
            init.set_bubbles(true);
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()
        };
        // ArrowDown as the browser does it on a closed menu: the key, then a change.
        select.dispatch_event(&key("ArrowDown")).unwrap();
        select.set_value("en");
        select.dispatch_event(&Event::new("change").unwrap()).unwrap();
        assert_eq!(chosen.get(), None, "browsing does not switch the language");
        select.dispatch_event(&key("Enter")).unwrap();
        assert_eq!(chosen.get(), Some(Lang::En), "Enter applies it");
        // Browsing again, then leaving the menu applies too.
        chosen.set(None);
        select.dispatch_event(&key("ArrowDown")).unwrap();
        select.set_value("nb");
        select.dispatch_event(&Event::new("change").unwrap()).unwrap();
        assert_eq!(chosen.get(), None);
        select.dispatch_event(&web_sys::FocusEvent::new("blur").unwrap()).unwrap();
        assert_eq!(chosen.get(), Some(Lang::Nb), "leaving the menu applies it");
    }
}
