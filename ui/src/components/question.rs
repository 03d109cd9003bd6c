//! One question on its own screen (`data-testid="question"`, `data-question-id`): a real
//! radio group inside a form, the progress, and Back / Next.
//!
//! Each choice is a `<label data-testid="option" data-value="…">` around its radio button;
//! the value is the option's stable value, or `na` / `unknown`. Enter submits the form,
//! which means Next. The view never moves on by itself when an answer is picked (WCAG
//! 3.2.2): the user decides when to go on.

use crate::components::answer_label;
use crate::components::focus_heading;
use crate::shared::Shared;
use digitrappe_engine::text::fill;
use digitrappe_engine::text::Ui;
use digitrappe_engine::{Answer, Model, Texts};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    pub model: Shared<Model>,
    /// The question's index in the model.
    pub index: usize,
    pub answer: Option<Answer>,
    /// Show "choose an answer" (the user pressed Next without one).
    pub show_required: bool,
    pub focus: bool,
    pub on_answer: Callback<Answer>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
    pub on_overview: Callback<()>,
    /// Show each answer's number key (on a projector, where 1-9 choose).
    #[prop_or_default]
    pub numbered: bool,
}

#[component]
pub fn QuestionScreen(props: &Props) -> Html {
    let t = &props.texts;
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((props.index, props.focus), move |(_, focus)| {
            if *focus {
                focus_heading(&heading);
            }
        });
    }
    let Some(question) = props.model.questions.get(props.index) else {
        return html! {};
    };
    let texts = props.texts.question(question.id.as_str());
    let total = props.model.questions.len();
    let last = props.index + 1 == total;
    let progress = fill(t.ui(Ui::Progress), &[("n", &(props.index + 1).to_string()), ("total", &total.to_string())]);
    // Where the question stands in its part (its dimension).
    let m = &props.model;
    let part = m.dimensions.iter().position(|d| d.id == question.dimension).unwrap_or(0);
    let in_part: Vec<usize> = (0..total).filter(|i| m.questions[*i].dimension == question.dimension).collect();
    let nth = in_part.iter().position(|i| *i == props.index).unwrap_or(0);
    let part_label = fill(
        t.ui(Ui::PartProgress),
        &[("n", &(part + 1).to_string()), ("total", &m.dimensions.len().to_string()), ("dimension", t.dimension_name(&question.dimension))],
    );
    let part_question = fill(t.ui(Ui::PartQuestion), &[("n", &(nth + 1).to_string()), ("total", &in_part.len().to_string())]);
    let onsubmit = props.on_next.reform(|e: SubmitEvent| e.prevent_default());
    let describedby = match (props.index == 0, props.show_required) {
        (true, true) => "question-help answer-rule question-required",
        (true, false) => "question-help answer-rule",
        (false, true) => "question-help question-required",
        (false, false) => "question-help",
    };

    html! {
        <form class="screen question" key={question.id.as_str().to_string()} data-testid="question"
            data-question-id={question.id.as_str().to_string()} {onsubmit} novalidate=true>
            <div class="progress">
                <p class="part" data-testid="part">{ part_label }</p>
                <p id="question-progress" class="progress-label">{ part_question }{ " · " }{ progress }</p>
                <progress max={total.to_string()} value={(props.index + 1).to_string()}
                    aria-labelledby="question-progress" data-testid="progress"></progress>
            </div>
            <fieldset aria-describedby={describedby}>
                <legend>
                    <h1 class="question-text" tabindex="-1" ref={heading}>{ texts.text() }</h1>
                </legend>
                <p id="question-help" class="help">{ texts.help() }</p>
                // One rule for every question, so two people in the same firm pick the same.
                // The rule for choosing is said with the first question (and stays in the
                // overview's and the method's words); later questions keep the room for answers.
                if props.index == 0 {
                    <p id="answer-rule" class="help answer-rule">{ t.ui(Ui::AnswerRule) }</p>
                }
                <div class="options">
                    { for digitrappe_engine::answers::offered(&props.model, question).into_iter().enumerate().map(|(n, answer)| {
                        let label = answer_label(t, question, answer);
                        let class = if matches!(answer, Answer::Option(_)) { "option" } else { "option option-aside" };
                        html! {
                            <label class={class} data-testid="option" data-value={answer.token()}>
                                <input type="radio" name={format!("answer-{}", question.id)} value={answer.token()}
                                    checked={props.answer == Some(answer)}
                                    onchange={props.on_answer.reform(move |_: Event| answer)} />
                                if props.numbered && n < 9 {
                                    <span class="key" aria-hidden="true">{ n + 1 }</span>
                                }
                                <span>{ label }</span>
                            </label>
                        }
                    }) }
                </div>
                if props.show_required {
                    <p id="question-required" class="error" role="alert">{ t.ui(Ui::AnswerRequired) }</p>
                }
            </fieldset>
            <div class="actions">
                <button type="button" class="secondary" data-testid="back"
                    onclick={props.on_back.reform(|_: MouseEvent| ())}>{ t.ui(Ui::Back) }</button>
                <button type="button" class="secondary" data-testid="overview-open"
                    onclick={props.on_overview.reform(|_: MouseEvent| ())}>{ t.ui(Ui::OverviewOpen) }</button>
                <button type="submit" class="primary" data-testid="next">
                    { if last { t.ui(Ui::SeeResult) } else { t.ui(Ui::Next) } }
                </button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{all, model, mount_root, text_of, texts};
    use digitrappe_engine::Lang;
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;
    use web_sys::HtmlElement;

    #[wasm_bindgen_test]
    async fn a_question_shows_its_text_progress_and_every_choice() {
        let root = mount_root();
        let picked = Rc::new(RefCell::new(Vec::new()));
        let props = Props {
            texts: texts(Lang::Da),
            model: model(),
            index: 1,
            answer: Some(Answer::Option(2)),
            show_required: false,
            focus: false,
            numbered: false,
            on_answer: {
                let picked = picked.clone();
                Callback::from(move |a| picked.borrow_mut().push(a))
            },
            on_next: Callback::noop(),
            on_back: Callback::noop(),
            on_overview: Callback::noop(),
        };
        yew::Renderer::<QuestionScreen>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;

        let q = root.query_selector("[data-testid=question]").unwrap().unwrap();
        assert_eq!(q.get_attribute("data-question-id").as_deref(), Some("admin.files"));
        assert_eq!(text_of(&root, "h1"), "Hvor opbevarer I dokumenter, filer og fælles information?");
        assert_eq!(text_of(&root, "[data-testid=part]"), "Del 1 af 8: Processer og systemer");
        assert_eq!(text_of(&root, ".progress-label"), "Spørgsmål 2 af 7 i denne del · Spørgsmål 2 af 31");
        let values: Vec<String> = all(&root, "[data-testid=option]").iter().map(|o| o.get_attribute("data-value").unwrap()).collect();
        assert_eq!(values, ["0", "1", "2", "3", "unknown"], "no 'not relevant' on this question");
        let labels: Vec<String> = all(&root, "[data-testid=option]").iter().map(|o| o.text_content().unwrap().trim().to_string()).collect();
        // Each answer says what that level looks like for this question.
        assert_eq!(labels[0], "Mest på papir, i ringbind og i folks hoveder");
        assert_eq!(labels[2], "Samlet på ét fælles, ordnet sted som alle bruger (på en server eller i skyen)");
        assert_eq!(labels[4], "Ved ikke");
        let checked = root.query_selector("input:checked").unwrap().unwrap();
        assert_eq!(checked.get_attribute("value").as_deref(), Some("2"));

        let unknown: HtmlElement = root.query_selector("[data-value=unknown]").unwrap().unwrap().dyn_into().unwrap();
        unknown.click();
        assert_eq!(*picked.borrow(), vec![Answer::DontKnow]);
        assert!(root.query_selector("[role=alert]").unwrap().is_none(), "no error before Next is pressed");
    }

    #[wasm_bindgen_test]
    async fn the_last_question_offers_the_result_and_a_missing_answer_is_announced() {
        let root = mount_root();
        let m = model();
        let props = Props {
            texts: texts(Lang::En),
            index: m.questions.len() - 1,
            model: m,
            answer: None,
            show_required: true,
            focus: false,
            numbered: false,
            on_answer: Callback::noop(),
            on_next: Callback::noop(),
            on_back: Callback::noop(),
            on_overview: Callback::noop(),
        };
        yew::Renderer::<QuestionScreen>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        assert_eq!(text_of(&root, "[data-testid=next]"), "See the result");
        assert_eq!(text_of(&root, "[role=alert]"), "Choose an answer. If you are unsure, choose ‘Don’t know’.");
        let fieldset = root.query_selector("fieldset").unwrap().unwrap();
        assert!(fieldset.get_attribute("aria-describedby").unwrap().contains("question-required"));
    }
}
