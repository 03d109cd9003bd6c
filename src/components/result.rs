//! The result (`data-testid="result"`): the step (`data-testid="result-step"` holds just
//! the number), why, the staircase step by step, and the gaps on the steps reached
//! (`data-testid="lower-step-gap"` each). Every number comes from the engine's assessment.

use crate::components::focus_heading;
use crate::shared::Shared;
use digitrappe_engine::assess::{Assessment, GapReason};
use digitrappe_engine::explain::why;
use digitrappe_engine::text::{fill, split_at};
use digitrappe_engine::Texts;
use digitrappe_engine::text::Ui;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    pub assessment: Shared<Assessment>,
    pub focus: bool,
    pub on_edit: Callback<()>,
    pub on_reset: Callback<()>,
}

#[component]
pub fn ResultScreen(props: &Props) -> Html {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.focus, move |focus| {
            if *focus {
                focus_heading(&heading);
            }
        });
    }
    let texts = &props.texts;
    let t = texts;
    let a = &props.assessment;
    let top = a.steps.last().map_or(0, |s| s.step).to_string();
    let step_template = fill(t.ui(Ui::ResultStep), &[("top", &top)]);
    let (before, after) = split_at(&step_template, "step");

    html! {
        <section class="screen result" data-testid="result" aria-labelledby="result-heading">
            <h1 id="result-heading" tabindex="-1" ref={heading}>{ t.ui(Ui::ResultHeading) }</h1>
            <div class="step-badge">
                <p class="step-number">
                    { before }<span data-testid="result-step">{ a.step }</span>{ after }
                </p>
                <p class="step-name">{ texts.step_name(a.step) }</p>
                <p class="step-summary">{ texts.step_summary(a.step) }</p>
            </div>

            <h2>{ t.ui(Ui::ResultWhyHeading) }</h2>
            <div class="why" data-testid="why">
                { for why(a, texts).into_iter().map(|sentence| html! { <p>{ sentence }</p> }) }
            </div>

            <h2>{ t.ui(Ui::StepsHeading) }</h2>
            <ol class="staircase">
                { for a.steps.iter().map(|s| {
                    let current = s.step == a.step;
                    let status = if s.met { t.ui(Ui::StepMet) } else { t.ui(Ui::StepNotMet) };
                    let class = classes!("stair", s.met.then_some("met"), current.then_some("current"));
                    html! {
                        <li class={class}>
                            <span class="stair-name">
                                { fill(t.ui(Ui::GapStep), &[("step", &s.step.to_string())]) }{ ": " }{ texts.step_name(s.step) }
                            </span>
                            <span class="stair-status">
                                { status }
                                if current { { " · " }<strong>{ t.ui(Ui::StepCurrent) }</strong> }
                            </span>
                            if let Some(percent) = s.percent() {
                                <span class="stair-percent">{ fill(t.ui(Ui::StepPercent), &[("percent", &percent.to_string())]) }</span>
                            }
                        </li>
                    }
                }) }
            </ol>

            <h2>{ t.ui(Ui::GapsHeading) }</h2>
            if a.lower_gaps.is_empty() {
                <p>{ t.ui(Ui::GapsNone) }</p>
            } else {
                <p>{ t.ui(Ui::GapsIntro) }</p>
                <ul class="gaps">
                    { for a.lower_gaps.iter().map(|g| {
                        let reason = match g.reason {
                            GapReason::NotInPlace => t.ui(Ui::GapNotInPlace),
                            GapReason::DontKnow => t.ui(Ui::GapDontKnow),
                            GapReason::Unanswered => t.ui(Ui::GapUnanswered),
                        };
                        html! {
                            <li data-testid="lower-step-gap" data-question-id={g.question.as_str().to_string()}>
                                <strong>{ fill(t.ui(Ui::GapStep), &[("step", &g.step.to_string())]) }{ ": " }</strong>
                                { texts.question(g.question.as_str()).short() }{ " – " }{ reason }
                            </li>
                        }
                    }) }
                </ul>
            }

            <div class="actions">
                <button type="button" class="secondary" data-testid="edit-answers"
                    onclick={props.on_edit.reform(|_: MouseEvent| ())}>{ t.ui(Ui::EditAnswers) }</button>
                <button type="button" class="secondary danger" data-testid="reset"
                    onclick={props.on_reset.reform(|_: MouseEvent| ())}>{ t.ui(Ui::Reset) }</button>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{all, model, mount_root, text_of, texts};
    use digitrappe_engine::{assess, Answer, Answers, Lang};
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    async fn the_result_shows_the_step_number_why_and_the_gaps() {
        let m = model();
        // Steps 1 and 2 in place, with buyer competence unknown: a gap on step 2.
        let answers: Answers = m
            .questions
            .iter()
            .map(|q| {
                let a = match q.id.as_str() {
                    "basics.accounting" | "basics.everyday-skills" | "systems.business-system" => Answer::Option(3),
                    "people.buyer-competence" => Answer::DontKnow,
                    _ => Answer::Option(0),
                };
                (q.id.clone(), a)
            })
            .collect();
        let a = assess(&m, &answers);
        let root = mount_root();
        let props = Props {
            texts: texts(Lang::Da),
            assessment: Shared::new(a),
            focus: false,
            on_edit: Callback::noop(),
            on_reset: Callback::noop(),
        };
        yew::Renderer::<ResultScreen>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        assert_eq!(text_of(&root, "[data-testid=result-step]"), "2");
        assert_eq!(text_of(&root, ".step-number"), "Trin 2 af 5");
        assert_eq!(text_of(&root, ".step-name"), "Digitale forretningssystemer");
        assert!(text_of(&root, "[data-testid=why]").starts_with("Trin 1 og 2 er på plads."));
        let gaps = all(&root, "[data-testid=lower-step-gap]");
        assert_eq!(gaps.len(), 1);
        assert_eq!(gaps[0].get_attribute("data-question-id").as_deref(), Some("people.buyer-competence"));
        assert!(gaps[0].text_content().unwrap().contains("I svarede »Ved ikke«"));
        assert_eq!(all(&root, ".stair.current").len(), 1);
    }
}
