//! "What would move you up a step?" (`move-up`): the few answers whose improvement puts
//! the company on the next step, from the engine's [`digitrappe_engine::move_up`], and
//! "what if we did this?": ticking them (`move-up-change`, each with
//! `data-question-id`) shows where the company would then stand (`what-if`, with
//! `data-step`). A trial only: the saved answers never change, and nothing here is stored.

use crate::components::answer_label;
use crate::shared::Shared;
use digitrappe_engine::move_up::{what_if, Change, MoveUp, MAX_CHANGES};
use digitrappe_engine::text::{fill, Ui};
use digitrappe_engine::{Answers, Model, Texts};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    pub model: Shared<Model>,
    pub answers: Answers,
    pub move_up: Option<MoveUp>,
    /// Whether every step is in place already.
    pub at_top: bool,
    /// Whether the company stands on its ambition already (moving up is then optional).
    #[prop_or_default]
    pub ambition_reached: bool,
}

/// The words for the answer now, or "not answered".
fn from_label(t: &Texts, model: &Model, change: &Change) -> String {
    match (model.question(&change.question), change.from) {
        (Some(q), Some(answer)) => answer_label(t, q, answer),
        _ => t.ui(Ui::MoveUpUnanswered).to_string(),
    }
}

#[component]
pub fn MoveUpSection(props: &Props) -> Html {
    let t = &props.texts;
    // Which of the changes the user is trying, by position.
    let picked = use_state(Vec::<bool>::new);
    let body = match &props.move_up {
        None if props.at_top => html! { <p>{ t.ui(Ui::MoveUpTop) }</p> },
        None => html! { <p>{ fill(t.ui(Ui::MoveUpOutOfReach), &[("max", &MAX_CHANGES.to_string())]) }</p> },
        Some(up) => {
            let chosen: Vec<Change> =
                up.changes.iter().enumerate().filter(|(i, _)| picked.get(*i).copied().unwrap_or(false)).map(|(_, c)| c.clone()).collect();
            let step = what_if(&props.model, &props.answers, &chosen);
            let toggle = |i: usize| {
                let picked = picked.clone();
                let len = up.changes.len();
                Callback::from(move |_: Event| {
                    let mut next = (*picked).clone();
                    next.resize(len, false);
                    next[i] = !next[i];
                    picked.set(next);
                })
            };
            html! {
                <>
                    <p>{ fill(t.ui(if props.ambition_reached { Ui::MoveUpIntroBeyond } else { Ui::MoveUpIntro }),
                        &[("step", &up.step.to_string()), ("place", &t.place(up.to))]) }</p>
                    <fieldset class="move-up">
                        <legend>{ t.ui(Ui::MoveUpTry) }</legend>
                        { for up.changes.iter().enumerate().map(|(i, c)| {
                            let q = props.model.question(&c.question);
                            let to = q.map(|q| t.option_label(q.id.as_str(), &q.scale, c.to)).unwrap_or_default();
                            let id = format!("move-up-{i}");
                            html! {
                                <div class="check">
                                    <input type="checkbox" id={id.clone()} data-testid="move-up-change" data-question-id={c.question.to_string()}
                                        checked={picked.get(i).copied().unwrap_or(false)} onchange={toggle(i)} />
                                    <label for={id}>
                                        { fill(t.ui(Ui::MoveUpChange), &[
                                            ("question", t.question(c.question.as_str()).short()),
                                            ("from", &from_label(t, &props.model, c)),
                                            ("to", &to),
                                        ]) }
                                    </label>
                                </div>
                            }
                        }) }
                    </fieldset>
                    <p class="what-if" data-testid="what-if" data-step={step.to_string()} aria-live="polite">
                        // Nothing ticked yet: where the firm stands today, and what the boxes do.
                        { fill(t.ui(if chosen.is_empty() { Ui::MoveUpNone } else { Ui::MoveUpResult }), &[("place", &t.place(step))]) }
                    </p>
                    <p class="help">{ t.ui(Ui::MoveUpSaved) }</p>
                </>
            }
        }
    };
    html! {
        <section class="move-up-section" data-testid="move-up" aria-labelledby="move-up-heading">
            <h2 id="move-up-heading">{ t.ui(Ui::MoveUpHeading) }</h2>
            { body }
        </section>
    }
}
