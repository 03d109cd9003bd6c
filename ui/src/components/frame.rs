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
}

#[component]
pub fn Frame(props: &Props) -> Html {
    let t = &props.texts;
    html! {
        <div class="app">
            <header class="masthead">
                <p class="brand">
                    if let Some(logo) = &props.logo {
                        <img class="site-logo" src={logo.clone()} alt="" height="40" />
                    }
                    <img class="brand-mark" src="static/icon.svg" alt="" width="32" height="32" />
                    <span class="brand-name">{ t.ui(Ui::AppTitle) }</span>
                    <span class="brand-tagline">{ t.ui(Ui::AppTagline) }</span>
                </p>
                <LanguageSelect lang={props.lang} label={t.ui(Ui::LanguageLabel).to_string()} on_change={props.on_lang.clone()} />
            </header>
            <main id="main" class="main" aria-label={t.ui(Ui::AppTitle).to_string()}>
                { props.children.clone() }
            </main>
            <footer class="footer">
                <p>{ t.ui(Ui::FooterPrivacy) }</p>
            </footer>
        </div>
    }
}
