//! The room's answers together (the workshop facilitator's view on the projector): the
//! participants' codes are added (`participant-code`, `participant-add`; bad ones named in
//! `participant-error`), and the room's picture is shown anonymously: how many joined
//! (`participant-count`), how many stand on each step, the spread per area, and where the
//! room disagrees most. Charts are SVG drawn from the engine's geometry
//! ([`digitrappe_engine::room`]), each with a table beside it as its text alternative.
//! For rooms without phones: the printable answer sheet ([`AnswerSheetScreen`]) and typing
//! a sheet's answers ([`PaperEntryScreen`], `paper-entry`).

use crate::components::charts::{n, text};
use crate::components::use_focus_heading;
use crate::shared::Shared;
use crate::state::RoomSession;
use digitrappe_engine::paper;
use digitrappe_engine::room::{self, Added, Picture};
use digitrappe_engine::share;
use digitrappe_engine::text::{fill, Ui};
use digitrappe_engine::{Answers, Model, Texts};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// How many stand on each step: bars, and a table with the same numbers.
fn distribution(t: &Texts, p: &Picture) -> Html {
    let names: Vec<String> = p.steps.iter().map(|s| t.step_name(s.step).to_string()).collect();
    let g = room::distribution_chart(p, &names);
    html! {
        <figure class="chart-figure room-figure">
            <svg class="chart chart-room-steps" data-testid="chart-room-steps" role="img" aria-label={t.ui(Ui::RoomStepsLabel).to_string()}
                viewBox={format!("0 0 {} {}", g.width, g.height)}>
                <line class="baseline" x1="0" y1={n(g.base)} x2={n(g.width)} y2={n(g.base)} />
                { for g.bars.iter().map(|b| html! {
                    <g class="room-bar" data-step={b.step.to_string()}>
                        <rect x={n(b.bar.x)} y={n(b.bar.y)} width={n(b.bar.width)} height={n(b.bar.height)} />
                        { text(&b.value, "bar-value") }
                        { text(&b.name, "bar-label") }
                    </g>
                }) }
            </svg>
            <table class="room-table" data-testid="room-steps">
                <thead><tr><th scope="col">{ t.ui(Ui::RoomStepColumn) }</th><th scope="col">{ t.ui(Ui::RoomCountColumn) }</th></tr></thead>
                <tbody>
                    { for p.steps.iter().zip(&names).map(|(s, name)| html! {
                        <tr data-step={s.step.to_string()}>
                            <th scope="row">{ if s.step == 0 { name.clone() } else { format!("{}. {name}", s.step) } }</th>
                            <td data-testid="room-step-count">{ s.count }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}

/// The spread per area: min-max bars with the median, and the table.
fn spread(t: &Texts, p: &Picture) -> Html {
    let names: Vec<String> = p.dimensions.iter().map(|d| t.dimension_name(&d.id).to_string()).collect();
    let unscored = "–";
    let g = room::range_chart(p, &names, unscored);
    let plot = g.plot;
    html! {
        <figure class="chart-figure room-figure">
            <svg class="chart chart-room-spread" data-testid="chart-room-spread" role="img" aria-label={t.ui(Ui::RoomSpreadLabel).to_string()}
                viewBox={format!("0 0 {} {}", g.width, g.height)}>
                { for g.ticks.iter().map(|(_, x, label)| html! {
                    <>
                        <line class="grid" x1={n(*x)} y1={n(plot.y)} x2={n(*x)} y2={n(plot.y + plot.height)} />
                        { text(label, "tick") }
                    </>
                }) }
                { for g.rows.iter().map(|r| html! {
                    <g class="room-range" data-dimension-id={r.id.clone()}>
                        { text(&r.name, "axis-label") }
                        if let Some(bar) = r.bar {
                            <rect class="range-bar" x={n(bar.x)} y={n(bar.y)} width={n(bar.width)} height={n(bar.height)} rx="3" />
                        }
                        if let Some((a, b)) = r.median {
                            <line class="range-median" x1={n(a.x)} y1={n(a.y)} x2={n(b.x)} y2={n(b.y)} />
                        }
                        { text(&r.values, "range-values") }
                    </g>
                }) }
            </svg>
            <table class="room-table" data-testid="room-spread">
                <thead>
                    <tr>
                        <th scope="col">{ t.ui(Ui::RoomAreaColumn) }</th>
                        <th scope="col">{ t.ui(Ui::RoomMinColumn) }</th>
                        <th scope="col">{ t.ui(Ui::RoomMedianColumn) }</th>
                        <th scope="col">{ t.ui(Ui::RoomMaxColumn) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for p.dimensions.iter().zip(&names).map(|(d, name)| {
                        let cell = |v: Option<u32>| v.map_or_else(|| unscored.to_string(), |v| v.to_string());
                        html! {
                            <tr data-dimension-id={d.id.clone()}>
                                <th scope="row">{ name.clone() }</th>
                                <td>{ cell(d.range.map(|r| r.min)) }</td>
                                <td>{ cell(d.range.map(|r| r.median)) }</td>
                                <td>{ cell(d.range.map(|r| r.max)) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    pub session: std::rc::Rc<RoomSession>,
    /// The room's picture (computed by the app from `session`).
    pub picture: Shared<Picture>,
    pub focus: bool,
    pub on_add: Callback<String>,
    pub on_clear: Callback<()>,
    pub on_undo_clear: Callback<()>,
    pub on_print: Callback<()>,
    pub on_sheet: Callback<()>,
    pub on_paper: Callback<()>,
    pub on_back: Callback<()>,
}

/// The facilitator's view (`facilitator`).
#[component]
pub fn FacilitatorScreen(props: &Props) -> Html {
    let t = &props.texts;
    let heading = use_focus_heading(props.focus);
    let input = use_node_ref();
    // On the projector the room's picture comes first: adding codes is a panel, closed
    // when the view opens on a room with participants, open once codes are added here.
    let adding_open = use_state(|| false);
    let on_toggle = {
        let adding_open = adding_open.clone();
        Callback::from(move |e: Event| {
            if let Some(details) = e.target_dyn_into::<web_sys::Element>() {
                adding_open.set(details.has_attribute("open"));
            }
        })
    };
    let submit = {
        let (input, on_add, adding_open) = (input.clone(), props.on_add.clone(), adding_open.clone());
        move || {
            adding_open.set(true);
            if let Some(area) = input.cast::<HtmlTextAreaElement>() {
                let text = area.value();
                if !text.trim().is_empty() {
                    on_add.emit(text);
                    area.set_value("");
                }
            }
        }
    };
    let on_submit = {
        let submit = submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            submit();
        })
    };
    // Ctrl+Enter (or Cmd+Enter) in the text area adds; Enter alone starts a new line.
    let on_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
            e.prevent_default();
            submit();
        }
    });
    let s = &props.session;
    let p = &props.picture;
    let count = |n: usize| n.to_string();
    let new = s.last.iter().filter(|a| **a == Added::New).count();
    let duplicates = s.last.iter().filter(|a| **a == Added::Duplicate).count();
    let bad: Vec<String> = s
        .last
        .iter()
        .filter_map(|a| match a {
            Added::Bad { given, error } => Some(fill(t.ui(Ui::RoomAddedBad), &[("code", given), ("why", &share::describe(error, t))])),
            Added::Full { given } => Some(room_full(t, given)),
            _ => None,
        })
        .collect();
    let top: Vec<String> = p
        .disagreement
        .iter()
        .take(3)
        .filter_map(|d| {
            let r = d.range?;
            Some(fill(
                t.ui(Ui::RoomDisagreeItem),
                &[
                    ("area", t.dimension_name(&d.id)),
                    ("min", &r.min.to_string()),
                    ("median", &r.median.to_string()),
                    ("max", &r.max.to_string()),
                ],
            ))
        })
        .collect();

    // Adding codes: first while the room is empty, after the room's picture once it is not
    // (on the projector the room sees where it stands first).
    let adding = html! {
        <>
            <p class="print-hide">{ t.ui(Ui::RoomIntro) }</p>
            <form class="room-add print-hide" onsubmit={on_submit}>
                <label for="participant-code">{ t.ui(Ui::RoomCodeLabel) }</label>
                <p class="help" id="participant-code-help">{ t.ui(Ui::RoomCodeHelp) }</p>
                <div class="import-row">
                    <textarea id="participant-code" data-testid="participant-code" ref={input} rows="3"
                        aria-describedby={if bad.is_empty() { "participant-code-help" } else { "participant-code-help participant-error" }}
                        autocomplete="off" autocapitalize="characters" spellcheck="false"
                        onkeydown={on_key} />
                    <button type="submit" class="primary" data-testid="participant-add">{ t.ui(Ui::RoomAdd) }</button>
                </div>
            </form>
            <div class="room-outcome print-hide" role="status" data-testid="participant-outcome">
                if !s.last.is_empty() {
                    <p>
                        { fill(t.ui(Ui::RoomAddedNew), &[("count", &count(new))]) }
                        if duplicates > 0 {
                            { " · " }{ fill(t.ui(Ui::RoomAddedDuplicate), &[("count", &count(duplicates))]) }
                        }
                    </p>
                }
            </div>
            if !bad.is_empty() {
                <div class="error print-hide" role="alert" id="participant-error" data-testid="participant-error">
                    <ul>{ for bad.into_iter().map(|b| html! { <li>{ b }</li> }) }</ul>
                </div>
            }
        </>
    };
    html! {
        <section class="screen room" data-testid="facilitator" aria-labelledby="room-heading">
            <header class="print-only report-head"><p class="report-title">{ t.ui(Ui::RoomHandoutTitle) }</p></header>
            <h1 id="room-heading" tabindex="-1" ref={heading}>{ t.ui(Ui::RoomHeading) }</h1>
            if let Some(kept) = s.unreadable {
                <p class="notice" role="alert" data-testid="room-notice" data-notice="unreadable">
                    { t.ui(if kept { Ui::RoomUnreadable } else { Ui::RoomUnreadableUnsaved }) }
                </p>
            }
            if s.other_tab {
                <p class="notice print-hide" role="status" data-testid="room-notice" data-notice="other-tab">{ t.ui(Ui::RoomOtherTab) }</p>
            }
            if s.cleared.is_some() {
                <div class="notice print-hide" role="status" data-testid="room-cleared">
                    <p>{ t.ui(Ui::RoomCleared) }</p>
                    <div class="notice-actions">
                        <button type="button" class="secondary" data-testid="session-undo"
                            onclick={props.on_undo_clear.reform(|_: MouseEvent| ())}>{ t.ui(Ui::Undo) }</button>
                    </div>
                </div>
            }
            <p class="room-count" data-testid="participant-count">{ fill(t.ui(Ui::RoomCount), &[("count", &count(p.participants))]) }</p>
            if p.participants == 0 {
                <p>{ t.ui(Ui::RoomEmpty) }</p>
                { adding.clone() }
            } else {
                <section class="room-steps" aria-labelledby="room-steps-heading">
                    <h2 id="room-steps-heading">{ t.ui(Ui::RoomStepsHeading) }</h2>
                    { distribution(t, p) }
                </section>
                <section class="room-disagree" aria-labelledby="room-disagree-heading" data-testid="room-disagree">
                    <h2 id="room-disagree-heading">{ t.ui(Ui::RoomDisagreeHeading) }</h2>
                    if p.participants < 2 {
                        <p>{ t.ui(Ui::RoomDisagreeFew) }</p>
                    } else {
                        <ol>{ for top.into_iter().map(|item| html! { <li>{ item }</li> }) }</ol>
                    }
                </section>
                <section class="room-spread" aria-labelledby="room-spread-heading">
                    <h2 id="room-spread-heading">{ t.ui(Ui::RoomSpreadHeading) }</h2>
                    <p>{ t.ui(Ui::RoomSpreadIntro) }</p>
                    { spread(t, p) }
                </section>
                <details class="room-adding print-hide" data-testid="room-adding" open={*adding_open} ontoggle={on_toggle}>
                    <summary data-testid="room-adding-open">{ t.ui(Ui::RoomAddMore) }</summary>
                    { adding }
                </details>
            }
            <div class="actions">
                <button type="button" class="secondary" data-testid="room-print" disabled={p.participants == 0}
                    onclick={props.on_print.reform(|_: MouseEvent| ())}>{ t.ui(Ui::RoomPrint) }</button>
                <button type="button" class="secondary" data-testid="answer-sheet-open"
                    onclick={props.on_sheet.reform(|_: MouseEvent| ())}>{ t.ui(Ui::RoomSheetOpen) }</button>
                <button type="button" class="secondary" data-testid="paper-entry-open"
                    onclick={props.on_paper.reform(|_: MouseEvent| ())}>{ t.ui(Ui::RoomPaperOpen) }</button>
                <button type="button" class="secondary" data-testid="session-clear" disabled={s.room.is_empty()}
                    onclick={props.on_clear.reform(|_: MouseEvent| ())}>{ t.ui(Ui::RoomClear) }</button>
                <button type="button" class="secondary" data-testid="room-close"
                    onclick={props.on_back.reform(|_: MouseEvent| ())}>{ t.ui(Ui::SharedClose) }</button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct SheetProps {
    pub texts: Shared<Texts>,
    pub model: Shared<Model>,
    pub focus: bool,
    pub on_print: Callback<()>,
    pub on_back: Callback<()>,
}

/// The printable answer sheet (`answer-sheet`): every question numbered with its short
/// text and the numbers to tick, on one A4 page.
#[component]
pub fn AnswerSheetScreen(props: &SheetProps) -> Html {
    let t = &props.texts;
    let heading = use_focus_heading(props.focus);
    let sheet = paper::sheet(&props.model, t);
    let legend: Vec<String> = sheet
        .scales
        .iter()
        .flat_map(|s| s.iter().map(|(mark, label)| format!("{mark} = {label}")))
        .chain([format!("0 = {}", t.ui(Ui::AnswerDontKnow)), format!("– = {}", t.ui(Ui::AnswerNotRelevant))])
        .collect();
    html! {
        <section class="screen answer-sheet" data-testid="answer-sheet" aria-labelledby="sheet-heading">
            <h1 id="sheet-heading" tabindex="-1" ref={heading}>{ t.ui(Ui::SheetHeading) }</h1>
            <p>{ t.ui(Ui::SheetIntro) }</p>
            <ul class="sheet-legend">{ for legend.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            // On a narrow screen the sheet scrolls in its own region (it is made for paper).
            <div class="table-wrap" tabindex="0" role="group" aria-label={t.ui(Ui::SheetHeading).to_string()}>
            <table class="sheet-table">
                <thead>
                    <tr>
                        <th scope="col" class="sheet-number">{ "#" }</th>
                        <th scope="col">{ t.ui(Ui::SheetQuestionColumn) }</th>
                        <th scope="col">{ t.ui(Ui::SheetAnswerColumn) }</th>
                    </tr>
                </thead>
                { for sheet.parts.iter().map(|part| html! {
                    <tbody>
                        <tr class="sheet-part"><th scope="colgroup" colspan="3">{ part.dimension.clone() }</th></tr>
                        { for part.questions.iter().map(|q| html! {
                            <tr data-question-id={q.id.clone()}>
                                <td class="sheet-number">{ q.number }</td>
                                <td>{ q.short.clone() }</td>
                                <td class="sheet-marks">
                                    { for q.marks.iter().map(|m| html! {
                                        <span class="sheet-box">{ if *m == '-' { '–' } else { *m } }</span>
                                    }) }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                }) }
            </table>
            </div>
            <div class="actions">
                <button type="button" class="primary" data-testid="sheet-print"
                    onclick={props.on_print.reform(|_: MouseEvent| ())}>{ t.ui(Ui::SheetPrint) }</button>
                <button type="button" class="secondary" data-testid="room-back"
                    onclick={props.on_back.reform(|_: MouseEvent| ())}>{ t.ui(Ui::RoomBack) }</button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PaperProps {
    pub texts: Shared<Texts>,
    pub model: Shared<Model>,
    /// Participants in the room.
    pub count: usize,
    /// What the last add gave (empty before any).
    pub last: Vec<Added>,
    pub focus: bool,
    pub on_add: Callback<Answers>,
    pub on_back: Callback<()>,
}

/// Typing one participant's paper answers (`paper-entry`): one character per question,
/// with live word of how far it has come and which question is next.
#[component]
pub fn PaperEntryScreen(props: &PaperProps) -> Html {
    let t = &props.texts;
    let heading = use_focus_heading(props.focus);
    let typed = use_state(String::new);
    let input = use_node_ref();
    let read = paper::read(&props.model, &typed);
    let on_input = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                typed.set(i.value());
            }
        })
    };
    let on_submit = {
        let (typed, on_add, model, input) = (typed.clone(), props.on_add.clone(), props.model.clone(), input.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Ok(p) = paper::read(&model, &typed) {
                if p.filled > 0 {
                    on_add.emit(p.answers);
                    typed.set(String::new());
                    if let Some(i) = input.cast::<HtmlInputElement>() {
                        i.set_value("");
                        let _ = i.focus();
                    }
                }
            }
        })
    };
    let status = match &read {
        Ok(p) => match p.next {
            Some(next) => {
                let short = props.model.questions.get(next - 1).map_or("", |q| t.question(q.id.as_str()).short());
                fill(
                    t.ui(Ui::PaperFilled),
                    &[("filled", &p.filled.to_string()), ("total", &p.total.to_string()), ("next", &next.to_string()), ("question", short)],
                )
            }
            None => fill(t.ui(Ui::PaperComplete), &[("total", &p.total.to_string())]),
        },
        Err(_) => String::new(),
    };
    let added = match props.last.as_slice() {
        [Added::New] => Some(fill(t.ui(Ui::PaperAdded), &[("count", &props.count.to_string())])),
        [Added::Duplicate] => Some(t.ui(Ui::PaperDuplicate).to_string()),
        [Added::Full { given }] => Some(room_full(t, given)),
        _ => None,
    };
    html! {
        <section class="screen paper-entry" data-testid="paper-entry" aria-labelledby="paper-heading">
            <h1 id="paper-heading" tabindex="-1" ref={heading}>{ t.ui(Ui::PaperHeading) }</h1>
            <p id="paper-help">{ t.ui(Ui::PaperIntro) }</p>
            <form class="paper-form" onsubmit={on_submit}>
                <label for="paper-answers">{ t.ui(Ui::PaperLabel) }</label>
                <div class="import-row">
                    <input id="paper-answers" class="paper-answers" data-testid="paper-answers" type="text" ref={input}
                        aria-describedby={if read.is_err() { "paper-help paper-status paper-error" } else { "paper-help paper-status" }}
                        autocomplete="off" spellcheck="false" inputmode="numeric"
                        aria-invalid={read.is_err().to_string()} oninput={on_input} />
                    <button type="submit" class="primary" data-testid="paper-add">{ t.ui(Ui::PaperAdd) }</button>
                </div>
            </form>
            <p id="paper-status" class="paper-status" role="status" data-testid="paper-status">{ status }</p>
            if let Err(e) = &read {
                <p class="error" role="alert" id="paper-error" data-testid="paper-error">{ paper::describe(e, t) }</p>
            }
            <p class="room-outcome" role="status" data-testid="paper-added">{ added.unwrap_or_default() }</p>
            <p class="room-count" data-testid="participant-count">{ fill(t.ui(Ui::RoomCount), &[("count", &props.count.to_string())]) }</p>
            <div class="actions">
                <button type="button" class="secondary" data-testid="room-back"
                    onclick={props.on_back.reform(|_: MouseEvent| ())}>{ t.ui(Ui::RoomBack) }</button>
            </div>
        </section>
    }
}

/// A code not added because the room is full (`digitrappe_engine::room::MAX_CODES`).
fn room_full(t: &Texts, given: &str) -> String {
    fill(t.ui(Ui::RoomFull), &[("code", given), ("max", &digitrappe_engine::room::MAX_CODES.to_string())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{all, mount_root, text_of, texts};
    use digitrappe_engine::builtin::{self, CODEBOOK};
    use digitrappe_engine::{Answer, Lang, Profile};
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn all_answers(v: u8) -> Answers {
        builtin::model().questions.iter().map(|q| (q.id.clone(), Answer::Option(v))).collect()
    }

    #[wasm_bindgen_test]
    async fn the_facilitator_view_counts_names_bad_codes_and_shows_both_charts_with_tables() {
        let mut session = RoomSession::default();
        let text = [0, 3, 1].map(|v| share::encode(&CODEBOOK, &Profile::default(), &all_answers(v))).join("\n") + "\nABC";
        session.last = session.room.add(&CODEBOOK, &text);
        let picture = room::picture(&builtin::model(), &CODEBOOK, &session.room);
        let root = mount_root();
        let props = Props {
            texts: texts(Lang::En),
            session: Rc::new(session),
            picture: Shared::new(picture.clone()),
            focus: false,
            on_add: Callback::noop(),
            on_clear: Callback::noop(),
            on_undo_clear: Callback::noop(),
            on_print: Callback::noop(),
            on_sheet: Callback::noop(),
            on_paper: Callback::noop(),
            on_back: Callback::noop(),
        };
        yew::Renderer::<FacilitatorScreen>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        assert_eq!(text_of(&root, "[data-testid=participant-count]"), "Participants: 3");
        assert!(text_of(&root, "[data-testid=participant-error]").starts_with("Skipped: ‘ABC’. The code has 3 characters"));
        let counts: Vec<String> = all(&root, "[data-testid=room-step-count]").iter().map(|e| e.text_content().unwrap()).collect();
        assert_eq!(counts, picture.steps.iter().map(|s| s.count.to_string()).collect::<Vec<_>>());
        for id in ["chart-room-steps", "chart-room-spread"] {
            let svg = root.query_selector(&format!("[data-testid={id}]")).unwrap().unwrap();
            assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
            assert!(!svg.get_attribute("aria-label").unwrap_or_default().is_empty());
        }
        assert_eq!(all(&root, "[data-testid=room-disagree] li").len(), 3);
        assert_eq!(all(&root, "[data-testid=room-spread] tbody tr").len(), 8);
    }

    #[wasm_bindgen_test]
    async fn paper_entry_says_what_is_next_and_names_a_wrong_question() {
        let added: Rc<std::cell::RefCell<Vec<Answers>>> = Rc::default();
        let props = PaperProps {
            texts: texts(Lang::En),
            model: Shared::new(builtin::model()),
            count: 0,
            last: vec![],
            focus: false,
            on_add: {
                let added = added.clone();
                Callback::from(move |a| added.borrow_mut().push(a))
            },
            on_back: Callback::noop(),
        };
        let root = mount_root();
        yew::Renderer::<PaperEntryScreen>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        let input: HtmlInputElement = root.query_selector("[data-testid=paper-answers]").unwrap().unwrap().dyn_into().unwrap();
        let type_in = |text: &str| {
            input.set_value(text);
            input.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
        };
        type_in("12 3");
        yew::scheduler::flush().await;
        assert!(text_of(&root, "[data-testid=paper-status]").starts_with("3 of 31 questions filled in. Next is question 4:"));
        type_in("125");
        yew::scheduler::flush().await;
        assert_eq!(text_of(&root, "[data-testid=paper-error]"), "Question 3 has only 4 options, not 5.");
        type_in("4321");
        yew::scheduler::flush().await;
        let button: web_sys::HtmlElement = root.query_selector("[data-testid=paper-add]").unwrap().unwrap().dyn_into().unwrap();
        button.click();
        yew::scheduler::flush().await;
        assert_eq!(added.borrow().len(), 1);
        assert_eq!(added.borrow()[0].len(), 4);
        assert_eq!(input.value(), "", "ready for the next sheet");
    }
}
