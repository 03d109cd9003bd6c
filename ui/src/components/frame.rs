//! The page around every screen: the header (name, tagline, language menu), the main
//! area, and the footer with the privacy promise.

use crate::components::language_select::LanguageSelect;
use crate::shared::Shared;
use digitrappe_engine::text::Ui;
use digitrappe_engine::{Lang, Texts};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    /// The language chosen (which may still be loading; `texts` is what is shown).
    pub lang: Lang,
    pub on_lang: Callback<Lang>,
    pub children: Html,
    /// The embedding site's logo (a data URL from its configuration).
    #[prop_or_default]
    pub logo: Option<String>,
    /// Inside another site's page (embed mode): the header and footer are no landmarks of
    /// their own, so the host page keeps one banner and one content-info.
    #[prop_or_default]
    pub embedded: bool,
}

#[component]
pub fn Frame(props: &Props) -> Html {
    let t = &props.texts;
    // Landmarks by role: embedded, the whole app is one `main`, so the host page keeps
    // its own banner and content-info and nothing of the app is outside a landmark.
    // (Roles on fixed tags: element names chosen at run time cost 0.7 KB of wasm.)
    let own = |role: &'static str| (!props.embedded).then_some(role);
    let name = t.ui(Ui::AppTitle).to_string();
    html! {
        <div class="app" role={props.embedded.then_some("main")} aria-label={props.embedded.then(|| name.clone())}>
            <div class="masthead" role={own("banner")}>
                <p class="brand">
                    if let Some(logo) = &props.logo {
                        <img class="site-logo" src={logo.clone()} alt="" height="40" />
                    }
                    // static/icon.svg, drawn here: as an <img> the browser fetched the file
                    // a second time beside the page's icon.
                    <svg class="brand-mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
                        <rect width="32" height="32" rx="6" fill="#0b4f6c" />
                        <path d="M5 26h5v-4h5v-4h5v-4h5v-4h2v16H5z" fill="#fff" />
                        <circle cx="24" cy="7" r="2.5" fill="#f2a541" />
                    </svg>
                    <span class="brand-name">{ t.ui(Ui::AppTitle) }</span>
                    <span class="brand-tagline">{ t.ui(Ui::AppTagline) }</span>
                </p>
                <LanguageSelect lang={props.lang} label={t.ui(Ui::LanguageLabel).to_string()} on_change={props.on_lang.clone()} />
            </div>
            <div id="main" class="main" role={own("main")} aria-label={(!props.embedded).then_some(name)}>
                { props.children.clone() }
            </div>
            <div class="footer" role={own("contentinfo")}>
                <p>{ t.ui(Ui::FooterPrivacy) }</p>
            </div>
        </div>
    }
}
