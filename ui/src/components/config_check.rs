//! "Check the configuration" (`data-testid="config-check"`), for the site that embeds the
//! app (`?config-check`): which file the app reads and what came of it: in use (with a
//! summary), absent, refused, not fetched, or each problem (`config-problem`, with
//! `data-field`) as a sentence naming its field; and the address share links, QR codes and
//! the projector's join address point to (`config-links`).

use crate::components::use_focus_heading;
use crate::shared::Shared;
use crate::site::{Address, SiteState};
use digitrappe_engine::config::describe;
use digitrappe_engine::model::Country;
use digitrappe_engine::text::{fill, Ui};
use digitrappe_engine::Texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    pub address: Address,
    pub state: SiteState,
    /// The address share links, QR codes and the projector's join address point to.
    pub links: AttrValue,
    pub focus: bool,
    pub on_back: Callback<()>,
    /// Drawn inside "Embed on your website": a section with an `h2`, no back button.
    #[prop_or_default]
    pub inside: bool,
}

pub fn country_name(t: &Texts, country: Country) -> &str {
    t.ui(match country {
        Country::Dk => Ui::CountryDk,
        Country::No => Ui::CountryNo,
    })
}

#[component]
pub fn ConfigCheckScreen(props: &Props) -> Html {
    let t = &props.texts;
    let heading = use_focus_heading(props.focus);
    let status = match &props.state {
        SiteState::Loading => html! { <p role="status">{ t.ui(Ui::ConfigCheckWaiting) }</p> },
        SiteState::Absent => html! { <p data-testid="config-status" data-status="absent">{ t.ui(Ui::ConfigCheckNone) }</p> },
        SiteState::Refused => html! { <p data-testid="config-status" data-status="refused">{ t.ui(Ui::ConfigCheckRefused) }</p> },
        SiteState::Failed(why) => html! {
            <p data-testid="config-status" data-status="failed">{ fill(t.ui(Ui::ConfigCheckFailed), &[("why", why)]) }</p>
        },
        SiteState::Ready(config) => {
            let none = "–".to_string();
            let country = config.country.map_or(none.clone(), |c| country_name(t, c).to_string());
            let hidden = if config.hide_types.is_empty() {
                none
            } else {
                let names: Vec<String> =
                    config.hide_types.iter().map(|k| t.get(&format!("help-type.{k}")).unwrap_or(k).to_string()).collect();
                t.join_list(&names)
            };
            html! {
                <>
                    <p data-testid="config-status" data-status="ok">{ t.ui(Ui::ConfigCheckOk) }</p>
                    <p>{ fill(t.ui(Ui::ConfigCheckSummary), &[
                        ("country", &country),
                        ("entries", &config.entries.len().to_string()),
                        ("contacts", &config.contacts.len().to_string()),
                        ("hidden", &hidden),
                    ]) }</p>
                </>
            }
        }
        SiteState::Invalid(problems) => html! {
            <>
                <p data-testid="config-status" data-status="invalid">{ t.ui(Ui::ConfigCheckProblems) }</p>
                <ul class="problems">
                    { for problems.iter().map(|p| html! {
                        <li data-testid="config-problem" data-field={p.field.clone()}>{ describe(p, t) }</li>
                    }) }
                </ul>
            </>
        },
    };
    let links = html! {
        <p data-testid="config-links">{ fill(t.ui(Ui::ConfigCheckLinks), &[("address", &props.links)]) }</p>
    };
    if props.inside {
        return html! {
            <section class="config-check" data-testid="config-check" aria-labelledby="config-check-heading">
                <h2 id="config-check-heading">{ t.ui(Ui::ConfigCheckHeading) }</h2>
                <p>{ fill(t.ui(Ui::ConfigCheckAddress), &[("address", &props.address.shown)]) }</p>
                <div aria-live="polite">{ status }</div>
                { links }
            </section>
        };
    }
    html! {
        <article class="screen config-check" data-testid="config-check" aria-labelledby="config-check-heading">
            <h1 id="config-check-heading" tabindex="-1" ref={heading}>{ t.ui(Ui::ConfigCheckHeading) }</h1>
            <p>{ t.ui(Ui::ConfigCheckIntro) }</p>
            <p>{ fill(t.ui(Ui::ConfigCheckAddress), &[("address", &props.address.shown)]) }</p>
            <div aria-live="polite">{ status }</div>
            { links }
            <div class="actions">
                <button type="button" class="secondary" data-testid="config-check-back"
                    onclick={props.on_back.reform(|_: MouseEvent| ())}>{ t.ui(Ui::ConfigCheckBack) }</button>
            </div>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{all, mount_root, text_of, texts};
    use digitrappe_engine::builtin;
    use digitrappe_engine::config::parse;
    use digitrappe_engine::Lang;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn render(lang: Lang, state: SiteState) -> web_sys::Element {
        let root = mount_root();
        let address = Address { shown: "sites/midt.json".into(), fetch: Some("sites/midt.json".into()), given: true };
        let props = Props {
            texts: texts(lang),
            address,
            state,
            links: "https://www.example.dk/d/".into(),
            focus: false,
            on_back: Callback::noop(),
            inside: false,
        };
        yew::Renderer::<ConfigCheckScreen>::with_root_and_props(root.clone(), props).render();
        root
    }

    #[wasm_bindgen_test]
    async fn each_problem_is_listed_with_its_field() {
        let json = r#"{"version":1,"country":"se","contacts":[{"name":"","email":"a@b.dk"}]}"#;
        let problems = parse(json, &builtin::model(), &builtin::advice()).unwrap_err();
        let root = render(Lang::En, SiteState::Invalid(problems));
        yew::scheduler::flush().await;
        assert_eq!(text_of(&root, "[data-testid=config-status]"), "The configuration is not used, because:");
        let listed: Vec<(String, String)> = all(&root, "[data-testid=config-problem]")
            .iter()
            .map(|e| (e.get_attribute("data-field").unwrap(), e.text_content().unwrap()))
            .collect();
        assert_eq!(
            listed,
            [
                ("country".to_string(), "country must be one of: dk, no".to_string()),
                ("contacts[0].name".to_string(), "contacts[0].name is empty".to_string()),
            ]
        );
        assert!(text_of(&root, "[data-testid=config-check]").contains("File: sites/midt.json"));
    }

    #[wasm_bindgen_test]
    async fn a_valid_configuration_is_summarised_in_the_visitors_language() {
        let config = parse(include_str!("../../../tests/fixtures/config.example.json"), &builtin::model(), &builtin::advice()).unwrap();
        let root = render(Lang::Da, SiteState::Ready(std::rc::Rc::new(config)));
        yew::scheduler::flush().await;
        let status = root.query_selector("[data-testid=config-status]").unwrap().unwrap();
        assert_eq!(status.get_attribute("data-status").as_deref(), Some("ok"));
        assert!(text_of(&root, "[data-testid=config-check]").contains("Danmark"));
    }
}
