//! The result (`data-testid="result"`): the step (`result-step` holds just the number)
//! and why, the staircase step by step, the gaps on steps reached (`lower-step-gap`), the
//! ambition, the eight areas (`dimension-score`, with `data-dimension-id`), efficiency and
//! added value, figures for comparison, and the cross-walks. A provisional result says so
//! (`result-provisional`). Every number comes from the engine's [`Report`].

use crate::components::advice::AdviceSection;
use crate::components::charts;
use crate::components::move_up::MoveUpSection;
use crate::components::overview::company_summary;
use crate::components::share::ShareSection;
use crate::components::use_focus_heading;
use crate::shared::Shared;
use crate::state::SharedAnswers;
use digitrappe_engine::advice::Why;
use digitrappe_engine::assess::{Assessment, GapReason};
use digitrappe_engine::config::SiteConfig;
use digitrappe_engine::explain::{self, holding_back, in_one_sentence, why};
use digitrappe_engine::method::{method, Block};
use digitrappe_engine::mode::Mode;
use digitrappe_engine::model::{AdviceData, Country};
use digitrappe_engine::report::Report;
use digitrappe_engine::share::grouped;
use digitrappe_engine::text::{fill, split_at, Ui};
use digitrappe_engine::{Answers, Model, Profile, Texts};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    pub model: Shared<Model>,
    pub profile: Profile,
    pub answers: Answers,
    pub report: Shared<Report>,
    pub data: Shared<AdviceData>,
    /// The embedding site's configuration, when it has a valid one.
    pub site: Option<Shared<SiteConfig>>,
    /// Whose help catalogue is shown.
    pub country: Country,
    /// The site's configuration could not be used (visitors get a short, neutral notice).
    pub site_failed: bool,
    pub focus: bool,
    /// To the overview, to change answers.
    pub on_edit: Callback<()>,
    /// To the first question not answered (when answers were given to retired questions).
    #[prop_or_default]
    pub on_answer_new: Callback<()>,
    pub on_method: Callback<()>,
    /// To the configuration check, for the site's owner.
    pub on_config_check: Callback<()>,
    pub on_reset: Callback<()>,
    /// One's own result's code and link; `None` for a shared result being looked at (which
    /// then offers no sharing, editing or reset).
    pub sharing: Option<Sharing>,
    /// A saved result was opened from a code, link or file.
    pub on_open_shared: Callback<SharedAnswers>,
    /// Today, for the printed report (the app reads the clock, not this view).
    pub date: String,
    /// Progress over time (one's own result only).
    pub history: Html,
    /// Keeping the result in the history from the top of the result: whether it is kept,
    /// and how (`None`: no history here, as on a shared result or a kiosk).
    #[prop_or_default]
    pub keep: Option<(bool, Callback<()>)>,
    /// On a kiosk nothing is printed, exported or typed, and no link leads away: the QR
    /// code is how a visitor takes the result along.
    #[prop_or_default]
    pub mode: Mode,
}

/// The share code and link of the result shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Sharing {
    pub code: String,
    pub link: String,
}

fn count(n: impl ToString) -> String {
    n.to_string()
}

fn gaps(t: &Texts, a: &Assessment) -> Html {
    if a.lower_gaps.is_empty() {
        return html! { <p>{ t.ui(Ui::GapsNone) }</p> };
    }
    html! {
        <>
            <p>{ t.ui(Ui::GapsIntro) }</p>
            <ul class="gaps">
                { for a.lower_gaps.iter().map(|g| {
                    let reason = match g.reason {
                        GapReason::NotInPlace => t.ui(Ui::GapNotInPlace),
                        GapReason::DontKnow => t.ui(Ui::GapDontKnow),
                        GapReason::Unanswered => t.ui(Ui::GapUnanswered),
                    };
                    html! {
                        <li data-testid="lower-step-gap" data-question-id={g.question.to_string()}>
                            <strong>{ fill(t.ui(Ui::GapStep), &[("step", &count(g.step))]) }{ ": " }</strong>
                            { t.question(g.question.as_str()).short() }{ " – " }{ reason }
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}

/// The "don't know" answers, so the company can find out (`unknown`, each
/// `unknown-answer` with `data-question-id`).
fn unknown(t: &Texts, a: &Assessment) -> Html {
    if a.unknown.is_empty() {
        return html! {};
    }
    html! {
        <section data-testid="unknown" aria-labelledby="unknown-heading">
            <h2 id="unknown-heading">{ t.ui(Ui::UnknownHeading) }</h2>
            <p>{ t.ui(Ui::UnknownIntro) }</p>
            <ul>
                { for a.unknown.iter().map(|id| html! {
                    <li data-testid="unknown-answer" data-question-id={id.to_string()}>{ t.question(id.as_str()).text() }</li>
                }) }
            </ul>
        </section>
    }
}

/// Answers to questions an earlier edition asked, which no longer count
/// (`retired-answers`, each `retired-answer` with `data-question-id`).
fn retired(t: &Texts, a: &Assessment, on_answer_new: Option<&Callback<()>>) -> Html {
    if a.retired.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice" data-testid="retired-answers">
            <p>{ fill(t.ui(Ui::RetiredIntro), &[("n", &count(a.retired.len()))]) }</p>
            <ul>
                { for a.retired.iter().map(|id| html! {
                    <li data-testid="retired-answer" data-question-id={id.to_string()}>
                        { t.get(&format!("retired.{id}")).unwrap_or(id.as_str()) }
                    </li>
                }) }
            </ul>
            if let Some(on_answer_new) = on_answer_new {
                <div class="notice-actions">
                    <button type="button" class="primary" data-testid="answer-new" onclick={on_answer_new.reform(|_: MouseEvent| ())}>
                        { t.ui(Ui::RetiredAsk) }
                    </button>
                </div>
            }
        </div>
    }
}

fn ambition_section(t: &Texts, report: &Report) -> Html {
    let Some(gap) = &report.ambition else {
        return html! { <p data-testid="ambition">{ t.ui(Ui::AmbitionMissing) }</p> };
    };
    let step = count(gap.ambition);
    html! {
        <div data-testid="ambition">
            <p>{ explain::ambition(gap, t) }</p>
            if gap.dimensions.is_empty() {
                <p>{ fill(t.ui(Ui::AmbitionNoDimensions), &[("ambition", &step)]) }</p>
                <p class="help">{ t.ui(Ui::TargetsEstimate) }</p>
            } else {
                <p>{ fill(t.ui(Ui::AmbitionDimensions), &[("ambition", &step)]) }</p>
                <p class="help">{ t.ui(Ui::TargetsEstimate) }</p>
                <ul>
                    { for gap.dimensions.iter().map(|d| html! {
                        <li data-testid="ambition-gap" data-dimension-id={d.id.to_string()}>
                            { fill(t.ui(Ui::AmbitionDimension), &[
                                ("dimension", t.dimension_name(&d.id)),
                                ("score", &count(d.score)),
                                ("target", &count(d.target)),
                                ("ambition", &step),
                            ]) }
                        </li>
                    }) }
                </ul>
            }
        </div>
    }
}

/// A labelled 0-100 meter with its number, or a dash with a reason when unscored.
fn score_row(label: &str, score: Option<u32>, testid: Option<(&'static str, String)>, t: &Texts) -> Html {
    let (attr, id) = testid.unzip();
    html! {
        <li class="score">
            <span class="score-label">{ label }</span>
            if let Some(s) = score {
                <meter min="0" max="100" low="34" high="67" optimum="100" value={count(s)}
                    aria-label={fill(t.ui(Ui::DimensionScore), &[("area", label), ("score", &count(s))])}></meter>
                <span class="score-value" data-testid={attr} data-dimension-id={id}>{ s }</span>
            } else {
                <span class="score-value" data-testid={attr} data-dimension-id={id} data-unscored="true"
                    title={t.ui(Ui::DimensionUnscored).to_string()}>{ "–" }</span>
                <span class="visually-hidden">{ t.ui(Ui::DimensionUnscored) }</span>
            }
        </li>
    }
}

fn dimensions(t: &Texts, model: &Model, a: &Assessment, ambition: Option<u8>) -> Html {
    let overall = a.overall.map_or_else(|| "–".to_string(), count);
    html! {
        <>
            <p>{ fill(t.ui(Ui::DimensionsIntro), &[("overall", &overall)]) }</p>
            <div class="chart-pair">
                { charts::radar(t, model, a, ambition) }
                <ul class="scores" data-testid="dimensions">
                    { for a.dimensions.iter().map(|d| score_row(t.dimension_name(&d.id), d.score, Some(("dimension-score", d.id.to_string())), t)) }
                </ul>
            </div>
            <h3>{ t.ui(Ui::AxesHeading) }</h3>
            <p>{ t.ui(Ui::AxesIntro) }</p>
            <div class="chart-pair">
                { charts::axis_map(t, model, a) }
                <ul class="scores" data-testid="axes">
                    { score_row(t.ui(Ui::AxisEfficiency), a.efficiency, None, t) }
                    { score_row(t.ui(Ui::AxisAddedValue), a.added_value, None, t) }
                </ul>
            </div>
        </>
    }
}

fn context(t: &Texts, report: &Report) -> Html {
    if report.context.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h2 class="print-hide">{ t.ui(Ui::ContextHeading) }</h2>
            <ul class="context" data-testid="context">
                { for report.context.iter().map(|id| html! {
                    <li data-context-id={id.to_string()}>
                        { t.get(&format!("context.{id}.text")).unwrap_or_default() }
                        <span class="source">
                            { " " }{ fill(t.ui(Ui::ContextSource), &[("source", t.get(&format!("context.{id}.source")).unwrap_or_default())]) }
                        </span>
                    </li>
                }) }
            </ul>
        </>
    }
}

fn crosswalks(t: &Texts, a: &Assessment) -> Html {
    let name = |key: String| t.get(&key).unwrap_or_default().to_string();
    let dii = &a.dii;
    let level = |l: &Option<digitrappe_engine::model::Text>| l.as_ref().map_or_else(String::new, |l| name(format!("dii.level.{l}")));
    html! {
        <details class="crosswalks" data-testid="crosswalks">
            <summary>{ t.ui(Ui::CrosswalkHeading) }</summary>
            <p>{ t.ui(Ui::CrosswalkIntro) }</p>
            <h3>{ t.ui(Ui::DmaHeading) }</h3>
            <ul class="plain">
                { for a.dma.iter().map(|d| {
                    let value = match (&d.score, &d.band) {
                        (Some(s), Some(b)) => fill(t.ui(Ui::DmaScore), &[("score", &count(s)), ("band", &name(format!("dma.band.{b}")))]),
                        _ => t.ui(Ui::DmaUnscored).to_string(),
                    };
                    html! { <li data-dma-id={d.id.to_string()}>{ name(format!("dma.dimension.{}", d.id)) }{ ": " }{ value }</li> }
                }) }
            </ul>
            <h3>{ t.ui(Ui::DiiHeading) }</h3>
            <p data-testid="dii">
                { fill(t.ui(Ui::DiiEstimate), &[("level", &level(&dii.level)), ("met", &count(dii.met)), ("asked", &count(dii.asked))]) }
                { " " }
                if dii.not_asked > 0 {
                    { fill(t.ui(Ui::DiiRange), &[("not_asked", &count(dii.not_asked)), ("level_at_most", &level(&dii.level_at_most))]) }
                } else {
                    { t.ui(Ui::DiiExact) }
                }
            </p>
        </details>
    }
}

/// A part of the result's details, folded away with its heading; `open` at first.
fn part(id: &'static str, heading: &str, open: bool, body: Html) -> Html {
    html! {
        <details class="result-part" {open} data-part={id}>
            <summary><h2>{ heading }</h2></summary>
            { body }
        </details>
    }
}

/// The first three actions as one-liners (`first-actions`, each `first-action` with
/// `data-action-id`), most important first. An action that lifts a floor says why it is
/// there though the board's sentence names another gap (`first-action-why`); the others
/// answer that sentence.
fn first_actions(t: &Texts, report: &Report) -> Html {
    let actions = &report.advice.actions;
    if actions.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h2 class="board-heading">{ t.ui(Ui::BoardActionsHeading) }</h2>
            <ol class="first-actions" data-testid="first-actions">
                { for actions.iter().take(3).map(|a| html! {
                    <li data-testid="first-action" data-action-id={a.id.to_string()}>
                        { t.get(&format!("action.{}.title", a.id)).unwrap_or(&a.id) }
                        if let Some(tag) = floor_tag(a.why) {
                            <span class="first-action-why" data-testid="first-action-why">{ " – " }{ t.ui(tag) }</span>
                        }
                    </li>
                }) }
            </ol>
        </>
    }
}

/// Why a floor's action is on the board though the board's sentence names another gap:
/// IT security first, or a short IT-security job right after the first action.
fn floor_tag(why: Why) -> Option<Ui> {
    match why {
        Why::Floor => Some(Ui::BoardActionFloor),
        Why::FloorSecond => Some(Ui::BoardActionFloorSecond),
        _ => None,
    }
}

/// Brings the share section into view and puts the focus on its heading.
fn go_to_share() {
    if let Some(heading) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("share-heading")) {
        heading.scroll_into_view();
        if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
            let _ = heading.focus();
        }
    }
}

#[component]
pub fn ResultScreen(props: &Props) -> Html {
    let heading = use_focus_heading(props.focus);
    let kept_focus = crate::hooks::use_focus_when_done(props.keep.as_ref().is_some_and(|(kept, _)| *kept));
    let t = &props.texts;
    let report = &props.report;
    let a = &report.assessment;
    let ambition = props.profile.valid_ambition(&props.model);
    let c = &a.completeness;
    let top = count(a.steps.last().map_or(0, |s| s.step));
    let step_template = fill(t.ui(Ui::ResultStep), &[("top", &top)]);
    let (before, after) = split_at(&step_template, "step");
    let numbers = [
        ("answered", count(c.answered)),
        ("total", count(c.total)),
        ("dont_know", count(c.dont_know)),
        ("not_relevant", count(c.not_relevant)),
    ];
    let numbers: Vec<(&str, &str)> = numbers.iter().map(|(k, v)| (*k, v.as_str())).collect();

    let name = use_state(String::new);
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                name.set(input.value());
            }
        })
    };
    let on_print = Callback::from(|_: MouseEvent| crate::browser::print());
    // On a phone the details start folded (the board's page is what fits a small screen;
    // the parts open by their headings); wider screens show them open.
    let open = use_state(|| !crate::browser::narrow());
    let open = *open;
    // The board is drawn and painted first; the details (most of the result's elements)
    // follow in the next task, so the step and the first actions show at once. `data-complete`
    // on the result says they are drawn.
    let details = use_state(|| false);
    {
        let details = details.clone();
        use_effect_with((), move |_| {
            let drawn = crate::browser::after_next_paint(move || details.set(true));
            move || drop(drawn)
        });
    }
    // What the step means is said unless the company stands on it by the rule without having
    // it (a step open below): then it would state as fact what the company lacks; the
    // sentence on the board says what is missing.
    let means_its_step = a.step == 0 || a.steps.iter().any(|s| s.step == a.step && s.met);
    // How the step is found, from the method document (the same text as in the app's
    // "How is this calculated?"), for the printed report.
    let placement = use_memo(props.texts.clone(), {
        let model = props.model.clone();
        move |t| method(&model, t).sections.into_iter().find(|s| s.id == "placement")
    });
    html! {
        <section class="screen result" data-testid="result" aria-labelledby="result-heading" data-complete={details.then_some("")}>
            <header class="print-only report-head">
                <p class="report-title">{ t.ui(Ui::ReportTitle) }{ if name.trim().is_empty() { String::new() } else { format!(" · {}", name.trim()) } }</p>
                <p>{ fill(t.ui(Ui::ReportDate), &[("date", &props.date)]) }</p>
            </header>
            <h1 id="result-heading" tabindex="-1" ref={heading}>{ t.ui(Ui::ResultHeading) }</h1>
            <p class="result-profile">{ company_summary(t, &props.model, &props.profile) }</p>
            if c.provisional {
                <div class="notice provisional" data-testid="result-provisional">
                    <p>{ fill(t.ui(Ui::ResultProvisional), &numbers) }</p>
                    <div class="notice-actions">
                        <button type="button" class="secondary" onclick={props.on_edit.reform(|_: MouseEvent| ())}>
                            { t.ui(Ui::AnswerMore) }
                        </button>
                    </div>
                </div>
            }
            { retired(t, a, props.sharing.is_some().then_some(&props.on_answer_new)) }
            // The board's page: the step and why in one sentence, the ambition, the first
            // three actions and what to do with the result. The details follow, folded.
            <div class="board" data-testid="board">
                <div class="step-badge" data-step={count(a.step)}>
                    if a.step == 0 {
                        // Not yet on step 1 is its own result, in words, never "step 1".
                        <p class="step-number" data-testid="result-not-started">{ t.step_name(0) }</p>
                        <span data-testid="result-step" hidden=true>{ "0" }</span>
                    } else {
                        <p class="step-number">{ before }<span data-testid="result-step">{ a.step }</span>{ after }</p>
                        <p class="step-name">{ t.step_name(a.step) }</p>
                    }
                    if means_its_step {
                        <p class="step-summary">{ t.step_summary(a.step) }</p>
                    }
                </div>
                <p class="board-why" data-testid="board-why">{ in_one_sentence(report, t) }</p>
                <p class="board-ambition" data-testid="board-ambition">
                    { report.ambition.as_ref().map_or_else(|| t.ui(Ui::AmbitionMissing).to_string(), |g| explain::ambition(g, t)) }
                </p>
                // What to do: beside the step on a projector's wide screen, below it elsewhere.
                <div class="board-next">
                { first_actions(t, report) }
                if let Some(sharing) = &props.sharing {
                    // On paper: the code to come back with, on the first page.
                    <p class="print-only board-code">{ fill(t.ui(Ui::ReportCode), &[
                        ("code", &grouped(&sharing.code)),
                        ("address", sharing.link.split('#').next().unwrap_or_default()),
                    ]) }</p>
                }
                if let (Some(sharing), false) = (&props.sharing, props.mode.keeps_things()) {
                    // A kiosk's only way to take the result along, near the top, and the
                    // visitor's way to leave nothing behind for the next one.
                    <ShareSection texts={t.clone()} profile={props.profile.clone()} answers={props.answers.clone()}
                        code={sharing.code.clone()} link={sharing.link.clone()} on_open={props.on_open_shared.clone()}
                        kiosk={true} />
                    <div class="board-controls">
                        <button type="button" class="secondary" data-testid="kiosk-done" onclick={props.on_reset.reform(|_: MouseEvent| ())}>
                            { t.ui(Ui::KioskDone) }
                        </button>
                    </div>
                }
                if props.sharing.is_some() && props.mode.keeps_things() {
                    <div class="board-controls print-hide">
                        <button type="button" class="primary" data-testid="board-print" onclick={on_print.clone()}>{ t.ui(Ui::PrintButton) }</button>
                        <button type="button" class="secondary" data-testid="board-share" onclick={Callback::from(|_: MouseEvent| go_to_share())}>
                            { t.ui(Ui::BoardShare) }
                        </button>
                        if let Some((kept, on_keep)) = &props.keep {
                            if *kept {
                                <span class="board-kept" data-testid="board-kept" tabindex="-1" ref={kept_focus.line.clone()}>{ t.ui(Ui::HistoryKept) }</span>
                            } else {
                                <button type="button" class="secondary" data-testid="board-keep" onclick={kept_focus.on_press(on_keep)}>
                                    { t.ui(Ui::BoardKeep) }
                                </button>
                            }
                        }
                    </div>
                }
                </div>
            </div>

            if *details {
            { part("why", t.ui(Ui::ResultWhyHeading), open, html! {
                <>
                    // On a phone the board leaves out what the step means: it is here.
                    if means_its_step {
                        <p class="step-meaning">{ t.step_summary(a.step) }</p>
                    }
                    <div class="why" data-testid="why">
                        { for why(report, t).into_iter().map(|sentence| html! { <p>{ sentence }</p> }) }
                        if let Some(sentence) = holding_back(report, t) {
                            <p data-testid="holding-back">{ sentence }</p>
                            <details class="holding-back">
                                <summary>{ t.ui(Ui::HoldingBackAll) }{ format!(" ({})", report.holding_back.len()) }</summary>
                                <ul>
                                    { for report.holding_back.iter().map(|g| {
                                        let area = props.model.question(&g.question).map_or("", |q| t.dimension_name(&q.dimension));
                                        html! {
                                            <li data-testid="holding-back-item" data-question-id={g.question.to_string()}>
                                                { fill(t.ui(Ui::WhyHoldingBackItem), &[("sign", t.question(g.question.as_str()).short()), ("area", area)]) }
                                            </li>
                                        }
                                    }) }
                                </ul>
                            </details>
                        }
                    </div>
                    <MoveUpSection key={report.move_up.as_ref().map(|m| format!("{m:?}")).unwrap_or_default()}
                        texts={t.clone()} model={props.model.clone()} answers={props.answers.clone()}
                        move_up={report.move_up.clone()} at_top={a.at_top()}
                        ambition_reached={report.ambition.as_ref().is_some_and(|g| g.reached)} />
                </>
            }) }

            { part("steps", t.ui(Ui::StepsHeading), open, html! {
                <>
                    <div data-testid="staircase">{ charts::staircase(t, a, ambition) }</div>
                    <h3>{ t.ui(Ui::GapsHeading) }</h3>
                    { gaps(t, a) }
                    { unknown(t, a) }
                </>
            }) }

            { part("ambition", t.ui(Ui::AmbitionHeading), open, ambition_section(t, report)) }

            if props.site_failed {
                <div class="notice" role="status" data-testid="config-error">
                    <p>{ t.ui(Ui::ConfigError) }</p>
                    <div class="notice-actions">
                        <button type="button" class="link" onclick={props.on_config_check.reform(|_: MouseEvent| ())}>
                            { t.ui(Ui::ConfigErrorDetails) }
                        </button>
                    </div>
                </div>
            }
            <AdviceSection texts={t.clone()} model={props.model.clone()} data={props.data.clone()}
                report={report.clone()} answers={props.answers.clone()}
                site={props.site.clone()} country={props.country} link={props.sharing.as_ref().map(|s| s.link.clone())} {open}
                links={props.mode.outside_links()} />

            { part("areas", t.ui(Ui::DimensionsHeading), open, dimensions(t, &props.model, a, ambition)) }

            { context(t, report) }
            { crosswalks(t, a) }

            <p class="completeness" data-testid="completeness">{ fill(t.ui(Ui::ResultCompleteness), &numbers) }</p>

            if let Some(section) = &*placement {
                <section class="print-only method-summary">
                    <h2>{ section.heading.clone() }</h2>
                    // Its first paragraph; the rest is in the app and in docs/METHOD.*.md.
                    { for section.blocks.iter().filter_map(|b| match b {
                        Block::Text(text) => Some(html! { <p>{ text.clone() }</p> }),
                        _ => None,
                    }).take(1) }
                </section>
            }

            if props.sharing.is_some() && props.mode.keeps_things() {
                <div class="print-box">
                    <label for="report-name">{ t.ui(Ui::ReportNameLabel) }</label>
                    <p class="help" id="report-name-help">{ t.ui(Ui::ReportNameHelp) }</p>
                    <input id="report-name" data-testid="report-name" type="text" autocomplete="organization"
                        aria-describedby="report-name-help" value={(*name).clone()} oninput={on_name} />
                    <button type="button" class="secondary" data-testid="print" onclick={on_print}>{ t.ui(Ui::PrintButton) }</button>
                </div>
            }

            if let (Some(sharing), true) = (&props.sharing, props.mode.keeps_things()) {
                <ShareSection texts={t.clone()} profile={props.profile.clone()} answers={props.answers.clone()}
                    code={sharing.code.clone()} link={sharing.link.clone()} on_open={props.on_open_shared.clone()}
                    kiosk={false} />
            }

            { props.history.clone() }

            <div class="actions">
                if props.sharing.is_some() {
                    <button type="button" class="secondary" data-testid="edit-answers"
                        onclick={props.on_edit.reform(|_: MouseEvent| ())}>{ t.ui(Ui::EditAnswers) }</button>
                }
                <button type="button" class="secondary" data-testid="method-open"
                    onclick={props.on_method.reform(|_: MouseEvent| ())}>{ t.ui(Ui::MethodOpen) }</button>
                if props.sharing.is_some() {
                    <button type="button" class="secondary danger" data-testid="reset"
                        onclick={props.on_reset.reform(|_: MouseEvent| ())}>{ t.ui(Ui::Reset) }</button>
                }
            </div>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{all, model, mount_root, text_of, texts};
    use digitrappe_engine::report::report;
    use digitrappe_engine::{builtin, Answer, Lang};
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;

    /// Waits until the result has drawn its details (after the board's first paint).
    async fn drawn(root: &web_sys::Element) {
        for _ in 0..200 {
            yew::scheduler::flush().await;
            if root.query_selector("[data-testid=result][data-complete]").unwrap().is_some() {
                return;
            }
            let tick = js_sys::Promise::new(&mut |resolve, _| {
                let _ = web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 5);
            });
            wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
        }
        panic!("the result's details were never drawn");
    }

    fn render(lang: Lang, profile: Profile, answers: Answers) -> web_sys::Element {
        let m = model();
        let data = builtin::advice();
        let r = report(&m, &data, &profile, &answers, digitrappe_engine::model::Country::Dk);
        let root = mount_root();
        let props = Props {
            texts: texts(lang),
            model: m,
            profile,
            answers,
            report: Shared::new(r),
            data: Shared::new(data),
            site: None,
            country: Country::Dk,
            site_failed: false,
            focus: false,
            on_edit: Callback::noop(),
            on_answer_new: Callback::noop(),
            on_method: Callback::noop(),
            on_config_check: Callback::noop(),
            on_reset: Callback::noop(),
            sharing: None,
            on_open_shared: Callback::noop(),
            date: "2026-11-23".into(),
            history: Html::default(),
            keep: None,
            mode: Default::default(),
        };
        yew::Renderer::<ResultScreen>::with_root_and_props(root.clone(), props).render();
        root
    }

    /// Every sign of the steps up to `step` and every condition that matters by then in
    /// place ("3"), the rest "0"; then `overrides`.
    fn up_to(step: u8, overrides: &[(&str, Answer)]) -> Answers {
        let m = model();
        let mut answers: Answers =
            m.questions.iter().map(|q| (q.id.clone(), Answer::Option(if q.steps.iter().any(|s| *s <= step) { 3 } else { 0 }))).collect();
        for (id, a) in overrides {
            answers.set(digitrappe_engine::QuestionId::new(*id), *a);
        }
        answers
    }

    #[wasm_bindgen_test]
    async fn the_result_shows_the_step_why_gaps_and_every_area() {
        // Steps 1 and 2 in place, with one step-1 answer "don't know": a gap on step 1.
        let answers = up_to(2, &[("admin.files", Answer::DontKnow)]);
        let profile = Profile { industry: Some("retail".into()), size: Some("1-9".into()), ambition: Some(4), staff: None };
        let root = render(Lang::Da, profile, answers);
        drawn(&root).await;
        assert_eq!(text_of(&root, "[data-testid=result-step]"), "2");
        assert_eq!(text_of(&root, ".step-number"), "Trin 2 af 5");
        assert!(root.query_selector("[data-testid=result-not-started]").unwrap().is_none());
        assert_eq!(text_of(&root, ".result-profile"), "Detailhandel · 1–9 ansatte", "the ambition is its own, labelled line");
        assert!(text_of(&root, "[data-testid=board-ambition]").starts_with("Jeres ambition er trin 4"));
        assert!(text_of(&root, "[data-testid=board-why]").starts_with("Trin 1–2 er på plads; trin 3 kommer på plads når I også har "));
        assert_eq!(all(&root, "[data-testid=first-action]").len(), 3, "the first three actions, on the board");
        assert!(text_of(&root, "[data-testid=staircase-legend]").contains("!2"), "the badges are explained");
        assert!(text_of(&root, "[data-testid=why]").starts_with("Trin 1 og 2 er på plads."));
        let gaps = all(&root, "[data-testid=lower-step-gap]");
        assert_eq!(gaps.len(), 1);
        assert_eq!(gaps[0].get_attribute("data-question-id").as_deref(), Some("admin.files"));
        assert!(gaps[0].text_content().unwrap().contains("I svarede »Ved ikke«"));
        let unknown = all(&root, "[data-testid=unknown-answer]");
        assert_eq!(unknown.len(), 1, "the don't-know answer is named to find out");
        let scores = all(&root, "[data-testid=dimension-score]");
        assert_eq!(scores.len(), 8);
        assert_eq!(scores[0].get_attribute("data-dimension-id").as_deref(), Some("processes"));
        assert!(scores.iter().all(|s| s.text_content().unwrap().parse::<u32>().is_ok_and(|n| n <= 100)));
        assert!(text_of(&root, "[data-testid=ambition]").starts_with("Jeres ambition er trin 4: 2 trin højere end det I står på i dag."));
        assert!(text_of(&root, "[data-testid=ambition]").contains("eget skøn"), "the targets are labelled as an estimate");
        assert!(root.query_selector("[data-testid=result-provisional]").unwrap().is_none());
        // The charts: the company on step 2, its ambition on step 4, the step-1 gap badged.
        let current = root.query_selector("[data-testid=chart-staircase] .current").unwrap().unwrap();
        assert_eq!(current.get_attribute("data-step").as_deref(), Some("2"));
        assert!(current.text_content().unwrap().contains("I står her"));
        let ambition = root.query_selector("[data-testid=chart-staircase] .ambition").unwrap().unwrap();
        assert_eq!(ambition.get_attribute("data-step").as_deref(), Some("4"));
        assert_eq!(text_of(&root, "[data-testid=chart-staircase] .gap-badge"), "!1");
        assert_eq!(all(&root, "[data-testid=chart-radar] .axis-label").len(), 8);
        assert!(root.query_selector("[data-testid=chart-radar] .target").unwrap().is_some(), "the ambition's targets");
        assert!(text_of(&root, "[data-testid=chart-radar] .axis-label").starts_with("Processer"));
        assert!(root.query_selector("[data-testid=chart-map] .you").unwrap().is_some());
        assert!(text_of(&root, "[data-testid=chart-map-summary]").contains("En virksomhed der lige er nået op på trin 2, har"));
        assert_eq!(all(&root, "[data-testid=chart-map] .path-point").len(), 5);
    }

    #[wasm_bindgen_test]
    async fn a_floor_on_the_board_says_why_it_is_there_before_or_after_the_gap_the_sentence_names() {
        // Step 3 in place, but the backup restore below the floor's minimum: the floor's
        // action comes first, and the board says why (an adviser asked "why this first?").
        let answers = up_to(3, &[("security.restore", Answer::Option(2))]);
        let profile = Profile { industry: Some("manufacturing".into()), size: Some("10-49".into()), ambition: Some(4), staff: None };
        let root = render(Lang::En, profile, answers);
        drawn(&root).await;
        let actions = all(&root, "[data-testid=first-action]");
        let why = actions[0].query_selector("[data-testid=first-action-why]").unwrap().expect("the floor's action says why it is first");
        assert_eq!(why.text_content().unwrap(), " – IT security first");
        assert!(
            actions[1..].iter().all(|a| a.query_selector("[data-testid=first-action-why]").unwrap().is_none()),
            "the actions that answer the board's sentence carry no tag"
        );
        // With its own digital skills in place as well, the untested off-site backup comes
        // second, as a short job (the third adviser's rule), and the first action is the
        // one the sentence names.
        let answers = up_to(3, &[("security.restore", Answer::Option(2)), ("people.in-house", Answer::Option(3))]);
        let profile = Profile { industry: Some("manufacturing".into()), size: Some("10-49".into()), ambition: Some(4), staff: None };
        let root = render(Lang::En, profile, answers);
        drawn(&root).await;
        let actions = all(&root, "[data-testid=first-action]");
        assert!(actions[0].query_selector("[data-testid=first-action-why]").unwrap().is_none(), "the first action answers the sentence");
        assert_eq!(actions[1].get_attribute("data-action-id").as_deref(), Some("security.backup"));
        let why = actions[1].query_selector("[data-testid=first-action-why]").unwrap().expect("the backup says why it is there");
        assert_eq!(why.text_content().unwrap(), " – a quick IT security task");
        let card = root.query_selector("[data-testid=advice-action][data-action-id='security.backup'] .card-reason").unwrap().unwrap();
        assert_eq!(card.get_attribute("data-why").as_deref(), Some("floor-second"));
        assert!(card.text_content().unwrap().starts_with("Comes right after the first action"));
        // A company with no floor open sees no tag.
        let root = render(Lang::En, Profile::default(), up_to(3, &[]));
        drawn(&root).await;
        assert!(root.query_selector("[data-testid=first-action-why]").unwrap().is_none());
    }

    #[wasm_bindgen_test]
    async fn the_board_is_drawn_first_and_the_details_once_it_is_painted() {
        let root = render(Lang::En, Profile::default(), up_to(2, &[]));
        yew::scheduler::flush().await;
        assert_eq!(text_of(&root, "[data-testid=result-step]"), "2");
        assert_eq!(all(&root, "[data-testid=first-action]").len(), 3);
        assert!(root.query_selector("[data-part]").unwrap().is_none(), "the first paint is the board alone");
        drawn(&root).await;
        assert!(all(&root, "[data-part]").len() >= 4, "why, the staircase, the ambition, the areas");
    }

    #[wasm_bindgen_test]
    async fn what_would_move_us_up_can_be_tried_without_changing_the_answers() {
        let answers = up_to(2, &[]);
        let root = render(Lang::En, Profile::default(), answers.clone());
        drawn(&root).await;
        let changes = all(&root, "[data-testid=move-up-change]");
        assert_eq!(changes.len(), 2, "two of step 3's three signs");
        let what_if = || root.query_selector("[data-testid=what-if]").unwrap().unwrap().get_attribute("data-step");
        assert_eq!(what_if().as_deref(), Some("2"));
        assert_eq!(
            text_of(&root, "[data-testid=what-if]"),
            "Tick an improvement to see where you would stand. Today: step 2.",
            "nothing ticked: no promise of a place"
        );
        for (i, change) in changes.iter().enumerate() {
            change.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
            yew::scheduler::flush().await;
            let expected = if i + 1 == changes.len() { "3" } else { "2" };
            assert_eq!(what_if().as_deref(), Some(expected), "after ticking {} of {}", i + 1, changes.len());
        }
        assert_eq!(text_of(&root, "[data-testid=what-if]"), "With the improvements you picked, your place would be: step 3.");
        assert_eq!(text_of(&root, "[data-testid=result-step]"), "2", "the result itself does not change");
    }

    #[wasm_bindgen_test]
    async fn a_company_not_yet_on_step_one_is_told_so_in_words() {
        let root = render(Lang::En, Profile::default(), up_to(0, &[]));
        drawn(&root).await;
        assert_eq!(text_of(&root, "[data-testid=result-not-started]"), "Not yet on step 1");
        assert_eq!(text_of(&root, "[data-testid=result-step]"), "0");
        assert!(!text_of(&root, ".step-badge").contains("Step 1 of"), "never shown as step 1");
        assert!(root.query_selector("[data-testid=chart-staircase] .current").unwrap().is_none());
        assert!(text_of(&root, "[data-testid=why]").starts_with("You are not yet on step 1."));
        assert!(text_of(&root, "[data-testid=what-if]").ends_with("not yet on step 1."));
    }

    #[wasm_bindgen_test]
    async fn a_result_on_few_answers_is_marked_provisional_and_unscored_areas_show_a_dash() {
        let mut answers = Answers::new();
        for q in model().questions.iter().filter(|q| q.dimension == "processes") {
            answers.set(q.id.clone(), Answer::Option(3));
        }
        let root = render(Lang::En, Profile::default(), answers);
        drawn(&root).await;
        assert!(text_of(&root, "[data-testid=result-provisional]").starts_with("Provisional result: you have answered 7 of 31 questions"));
        let unscored = all(&root, "[data-testid=dimension-score][data-unscored]");
        assert_eq!(unscored.len(), 7, "only processes has answers");
        assert!(unscored.iter().all(|e| e.text_content().unwrap() == "–"));
        assert_eq!(text_of(&root, "[data-testid=ambition]"), "You have not chosen an ambition. Choose it under ‘About the company’.");
        assert!(root.query_selector("[data-testid=chart-radar] .target").unwrap().is_none(), "no ambition, no targets");
        assert!(root.query_selector("[data-testid=chart-map] .you").unwrap().is_none(), "too few answers for the map");
        assert_eq!(text_of(&root, "[data-testid=chart-map-summary]"), "The map needs answers that score both efficiency and added value.");
    }
}
