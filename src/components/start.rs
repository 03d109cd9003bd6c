//! The start screen: what the calculator does, how long it takes, that nothing leaves the
//! browser, and the Start button (`data-testid="start"`).

use crate::components::focus_heading;
use crate::shared::Shared;
use digitrappe_engine::text::fill;
use digitrappe_engine::{Model, Texts};
use digitrappe_engine::text::Ui;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    pub model: Shared<Model>,
    /// Some answers exist: the button says "continue".
    pub resuming: bool,
    /// Move focus to the heading when shown (not on the first page load).
    pub focus: bool,
    pub on_start: Callback<()>,
    pub on_method: Callback<()>,
}

#[component]
pub fn StartScreen(props: &Props) -> Html {
    let t = &props.texts;
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.focus, move |focus| {
            if *focus {
                focus_heading(&heading);
            }
        });
    }
    let count = props.model.questions.len().to_string();
    let minutes = props.model.minutes_to_answer().to_string();
    html! {
        <section class="screen start" aria-labelledby="start-heading">
            <h1 id="start-heading" tabindex="-1" ref={heading}>{ t.ui(Ui::StartHeading) }</h1>
            <p class="lead">{ fill(t.ui(Ui::StartIntro), &[("count", &count)]) }</p>
            <p>{ fill(t.ui(Ui::StartTime), &[("minutes", &minutes)]) }</p>
            <p class="privacy">{ t.ui(Ui::StartPrivacy) }</p>
            <div class="actions">
                <button type="button" class="primary" data-testid="start"
                    onclick={props.on_start.reform(|_: MouseEvent| ())}>
                    { if props.resuming { t.ui(Ui::ResumeButton) } else { t.ui(Ui::StartButton) } }
                </button>
                <button type="button" class="secondary" data-testid="method-open"
                    onclick={props.on_method.reform(|_: MouseEvent| ())}>{ t.ui(Ui::MethodOpen) }</button>
            </div>
        </section>
    }
}
