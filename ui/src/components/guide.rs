//! The facilitator's one-page guide (`data-testid="guide"`): how the placement works, a
//! 60-minute session with the room view, and what to say when a firm lands "not yet on
//! step 1". Its words are the language files' `guide.*` texts; `docs/FACILITATOR.md`
//! holds the same guide for print.

use crate::components::use_focus_heading;
use crate::shared::Shared;
use digitrappe_engine::guide::{SESSION_ITEMS, TIPS};
use digitrappe_engine::text::Ui;
use digitrappe_engine::Texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    pub focus: bool,
    pub on_back: Callback<()>,
}

#[component]
pub fn GuideScreen(props: &Props) -> Html {
    let t = &props.texts;
    let heading = use_focus_heading(props.focus);
    let text = |key: &str| t.get(key).unwrap_or_default().to_string();
    let items = |prefix: &str, n: usize| (1..=n).map(|i| text(&format!("{prefix}.{i}"))).collect::<Vec<_>>();
    html! {
        <article class="screen guide" data-testid="guide" aria-labelledby="guide-heading">
            <h1 id="guide-heading" tabindex="-1" ref={heading}>{ text("guide.title") }</h1>
            <p class="lead">{ text("guide.intro") }</p>
            <section aria-labelledby="guide-placement">
                <h2 id="guide-placement">{ text("guide.placement.heading") }</h2>
                <p>{ text("guide.placement.text") }</p>
            </section>
            <section aria-labelledby="guide-session">
                <h2 id="guide-session">{ text("guide.session.heading") }</h2>
                <ol>{ for items("guide.session", SESSION_ITEMS).into_iter().map(|i| html! { <li>{ i }</li> }) }</ol>
            </section>
            <section aria-labelledby="guide-tips">
                <h2 id="guide-tips">{ text("guide.tips.heading") }</h2>
                <ul>{ for items("guide.tips", TIPS).into_iter().map(|i| html! { <li>{ i }</li> }) }</ul>
            </section>
            <section aria-labelledby="guide-not-started" data-testid="guide-not-started">
                <h2 id="guide-not-started">{ text("guide.not_started.heading") }</h2>
                <p>{ text("guide.not_started.text") }</p>
            </section>
            <div class="actions">
                <button type="button" class="secondary" data-testid="guide-back"
                    onclick={props.on_back.reform(|_: MouseEvent| ())}>{ t.ui(Ui::GuideBack) }</button>
            </div>
        </article>
    }
}
