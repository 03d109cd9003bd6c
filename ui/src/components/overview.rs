//! The overview (`data-testid="overview"`): the profile and every question, grouped by
//! area, each with its answer; choosing one jumps to it (`data-testid="overview-question"`,
//! with `data-question-id`). From here the user can also go on or see the result.

use crate::components::answer_label;
use crate::components::use_focus_heading;
use crate::shared::Shared;
use digitrappe_engine::text::{fill, Ui};
use digitrappe_engine::{Answers, Model, Profile, Texts};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    pub model: Shared<Model>,
    pub profile: Profile,
    pub answers: Answers,
    pub focus: bool,
    pub on_jump: Callback<usize>,
    pub on_profile: Callback<()>,
    pub on_continue: Callback<()>,
    pub on_result: Callback<()>,
}

/// "Retail · 1–9 employees · ambition: step 3", or what is chosen of it.
pub fn profile_summary(t: &Texts, model: &Model, profile: &Profile) -> String {
    let mut parts = vec![company_summary(t, model, profile)];
    if let Some(a) = profile.valid_ambition(model) {
        parts.push(fill(t.ui(Ui::AmbitionOption), &[("step", &a.to_string()), ("name", t.step_name(a))]));
    }
    parts.retain(|p| !p.is_empty());
    parts.join(" · ")
}

/// The company in a few words: "Retail · 1–9 employees".
pub fn company_summary(t: &Texts, model: &Model, profile: &Profile) -> String {
    let mut parts = Vec::new();
    if let Some(i) = profile.valid_industry(model) {
        parts.push(t.get(&format!("industry.{i}")).unwrap_or(i).to_string());
    }
    if let Some(s) = &profile.size {
        parts.push(t.get(&format!("size.{s}")).unwrap_or(s).to_string());
    }
    parts.join(" · ")
}

#[component]
pub fn OverviewScreen(props: &Props) -> Html {
    let heading = use_focus_heading(props.focus);
    let t = &props.texts;
    let m = &props.model;
    let answered = m.questions.iter().filter(|q| props.answers.get(&q.id).is_some()).count();
    let total = m.questions.len();
    let intro = fill(t.ui(Ui::OverviewIntro), &[("answered", &answered.to_string()), ("total", &total.to_string())]);

    html! {
        <section class="screen overview" data-testid="overview" aria-labelledby="overview-heading">
            <h1 id="overview-heading" tabindex="-1" ref={heading}>{ t.ui(Ui::OverviewHeading) }</h1>
            <p class="lead">{ intro }</p>
            <h2>{ t.ui(Ui::OverviewProfile) }</h2>
            <ul class="overview-list">
                <li>
                    <button type="button" class="overview-item" data-testid="overview-profile"
                        onclick={props.on_profile.reform(|_: MouseEvent| ())}>
                        <span class={classes!("overview-answer", (!props.profile.is_complete(m)).then_some("unanswered"))}>
                            { match profile_summary(t, m, &props.profile) {
                                summary if summary.is_empty() => t.ui(Ui::OverviewUnanswered).to_string(),
                                summary => summary,
                            } }
                        </span>
                    </button>
                </li>
            </ul>
            { for m.dimensions.iter().map(|d| html! {
                <>
                    <h2>{ t.dimension_name(&d.id) }</h2>
                    <ul class="overview-list">
                        { for m.questions.iter().enumerate().filter(|(_, q)| q.dimension == d.id).map(|(i, q)| {
                            let answer = props.answers.get(&q.id);
                            let label = answer.map_or_else(|| t.ui(Ui::OverviewUnanswered).to_string(), |a| answer_label(t, q, a));
                            html! {
                                <li>
                                    <button type="button" class={classes!("overview-item", answer.is_none().then_some("unanswered"))}
                                        data-testid="overview-question" data-question-id={q.id.to_string()}
                                        onclick={props.on_jump.reform(move |_: MouseEvent| i)}>
                                        <span class="overview-question">{ t.question(q.id.as_str()).text() }</span>
                                        <span class="overview-answer">{ label }</span>
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                </>
            }) }
            <div class="actions">
                if answered < total {
                    <button type="button" class="primary" data-testid="overview-continue"
                        onclick={props.on_continue.reform(|_: MouseEvent| ())}>{ t.ui(Ui::OverviewContinue) }</button>
                }
                <button type="button" class={if answered < total { "secondary" } else { "primary" }} data-testid="see-result"
                    onclick={props.on_result.reform(|_: MouseEvent| ())}>{ t.ui(Ui::SeeResult) }</button>
            </div>
        </section>
    }
}
