//! "Your progress over time": keep the result on this device (`history-keep`), the kept
//! results (`history`, each with `data-history-id`, a name to edit and a delete button),
//! and the comparison of any two (`compare`): the steps then and now, both outlines on one
//! radar, a table of every area's change, and the questions added since the older one.
//! The list is the reducer's (`digitrappe_state::HistoryState`) and the app's effect
//! stores it; this view only asks for changes.

use crate::components::charts::radar_then_now;
use crate::shared::Shared;
use digitrappe_engine::history::{compare, History};
use digitrappe_engine::text::{fill, Ui};
use digitrappe_engine::{assess, builtin, Model, Texts};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

pub use digitrappe_state::HistoryStatus;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    pub model: Shared<Model>,
    pub history: Shared<History>,
    /// Whether the result on screen is already the newest kept one.
    pub kept: bool,
    pub status: Option<HistoryStatus>,
    pub on_keep: Callback<()>,
    pub on_rename: Callback<(u32, String)>,
    pub on_delete: Callback<u32>,
}

fn signed(delta: Option<i64>) -> String {
    match delta {
        Some(d) if d > 0 => format!("+{d}"),
        Some(d) => d.to_string(),
        None => "–".into(),
    }
}

#[component]
pub fn HistorySection(props: &Props) -> Html {
    let kept_focus = crate::hooks::use_focus_when_done(props.kept);
    let t = &props.texts;
    let m = &props.model;
    let entries = &props.history.entries;
    // The pair compared: by default the two newest.
    let pair = use_state(|| None::<(u32, u32)>);
    let then_select = use_node_ref();
    let now_select = use_node_ref();
    let on_compare = {
        let (pair, then_select, now_select) = (pair.clone(), then_select.clone(), now_select.clone());
        Callback::from(move |_: MouseEvent| {
            let value = |r: &NodeRef| r.cast::<HtmlSelectElement>().and_then(|s| s.value().parse::<u32>().ok());
            if let (Some(a), Some(b)) = (value(&then_select), value(&now_select)) {
                pair.set(Some((a, b)));
            }
        })
    };
    let steps: Vec<u8> = entries.iter().map(|e| assess(m, &e.answers).step).collect();
    let label = |i: usize| {
        let e = &entries[i];
        let base = fill(t.ui(Ui::HistoryEntry), &[("date", &e.date), ("place", &t.place(steps[i]))]);
        if e.name.is_empty() {
            base
        } else {
            format!("{base} · {}", e.name)
        }
    };
    let defaults = (entries.len() >= 2).then(|| (entries[entries.len() - 2].id, entries[entries.len() - 1].id));

    let comparison = pair.and_then(|(a, b)| Some((props.history.get(a)?, props.history.get(b)?))).map(|(then, now)| {
        if then.id == now.id {
            return html! { <p class="error" role="alert" data-testid="compare">{ t.ui(Ui::CompareSame) }</p> };
        }
        let c = compare(m, &builtin::CODEBOOK, then, now);
        let added: Vec<String> = c.added_since.iter().map(|q| t.question(q.as_str()).short().to_string()).collect();
        html! {
            <div class="compare" data-testid="compare">
                <h3>{ t.ui(Ui::CompareHeading) }</h3>
                <p data-testid="compare-steps" aria-live="polite">
                    { fill(t.ui(Ui::CompareSteps), &[("then", &t.place(c.then_step)), ("now", &t.place(c.now_step))]) }
                </p>
                if !c.retired_then.is_empty() {
                    <p data-testid="compare-retired">{ fill(t.ui(Ui::CompareRetired), &[("n", &c.retired_then.len().to_string())]) }</p>
                }
                { radar_then_now(t, m, &assess(m, &then.answers), &assess(m, &now.answers)) }
                <div class="table-wrap" tabindex="0" role="group" aria-label={t.ui(Ui::CompareHeading).to_string()}>
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{ t.ui(Ui::CompareArea) }</th>
                                <th scope="col">{ t.ui(Ui::CompareThen) }{ " (" }{ then.date.clone() }{ ")" }</th>
                                <th scope="col">{ t.ui(Ui::CompareNow) }{ " (" }{ now.date.clone() }{ ")" }</th>
                                <th scope="col">{ t.ui(Ui::CompareChange) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for c.dimensions.iter().map(|d| html! {
                                <tr data-dimension-id={d.id.clone()}>
                                    <th scope="row">{ t.dimension_name(&d.id) }</th>
                                    <td>{ d.then.map_or("–".into(), |s| s.to_string()) }</td>
                                    <td>{ d.now.map_or("–".into(), |s| s.to_string()) }</td>
                                    <td class="delta">{ signed(d.delta()) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <p>{ t.ui(Ui::CompareRescored) }</p>
                if !added.is_empty() {
                    <p data-testid="compare-added">{ fill(t.ui(Ui::CompareAdded), &[("questions", &t.join_list(&added))]) }</p>
                }
            </div>
        }
    });

    html! {
        <section class="history" aria-labelledby="history-heading">
            <h2 id="history-heading">{ t.ui(Ui::HistoryHeading) }</h2>
            <p>{ t.ui(Ui::HistoryIntro) }</p>
            <p class="history-status" role="status" tabindex="-1" ref={kept_focus.line.clone()}>
                { match props.status {
                    Some(HistoryStatus::Kept) => t.ui(Ui::HistoryKept),
                    Some(HistoryStatus::Unreadable) => t.ui(Ui::HistoryUnreadable),
                    Some(HistoryStatus::UnreadableUnsaved) => t.ui(Ui::HistoryUnreadableUnsaved),
                    Some(HistoryStatus::NotSaved) => t.ui(Ui::HistoryNotSaved),
                    Some(HistoryStatus::OtherTab) => t.ui(Ui::HistoryOtherTab),
                    None => "",
                } }
            </p>
            if !props.kept {
                <button type="button" class="secondary" data-testid="history-keep"
                    onclick={kept_focus.on_press(&props.on_keep)}>{ t.ui(Ui::HistoryKeep) }</button>
            }
            if entries.is_empty() {
                <p>{ t.ui(Ui::HistoryEmpty) }</p>
            } else {
                <ul class="history-list" data-testid="history">
                    { for entries.iter().enumerate().map(|(i, e)| {
                        let id = e.id;
                        let input_id = format!("history-name-{id}");
                        let on_rename = props.on_rename.reform(move |ev: Event| {
                            let value = ev.target_dyn_into::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
                            (id, value)
                        });
                        html! {
                            <li class="history-entry" data-history-id={id.to_string()}>
                                <span class="history-label">{ label(i) }</span>
                                <label class="visually-hidden" for={input_id.clone()}>
                                    { fill(t.ui(Ui::HistoryNameLabel), &[("date", &e.date)]) }
                                </label>
                                <input id={input_id} type="text" class="history-name" value={e.name.clone()} maxlength="80"
                                    data-stored-value={e.name.clone()} onchange={on_rename} />
                                <button type="button" class="secondary danger" data-testid="history-delete"
                                    aria-label={fill(t.ui(Ui::HistoryDeleteLabel), &[("date", &e.date)])}
                                    onclick={props.on_delete.reform(move |_: MouseEvent| id)}>{ t.ui(Ui::HistoryDelete) }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            if let Some((then_default, now_default)) = defaults {
                <div class="compare-pick">
                    <label for="compare-then">{ t.ui(Ui::CompareThen) }</label>
                    <select id="compare-then" data-testid="compare-then" ref={then_select}>
                        { for entries.iter().enumerate().map(|(i, e)| html! {
                            <option value={e.id.to_string()} selected={e.id == then_default}>{ label(i) }</option>
                        }) }
                    </select>
                    <label for="compare-now">{ t.ui(Ui::CompareNow) }</label>
                    <select id="compare-now" data-testid="compare-now" ref={now_select}>
                        { for entries.iter().enumerate().map(|(i, e)| html! {
                            <option value={e.id.to_string()} selected={e.id == now_default}>{ label(i) }</option>
                        }) }
                    </select>
                    <button type="button" class="secondary" data-testid="compare-open" onclick={on_compare}>{ t.ui(Ui::CompareButton) }</button>
                </div>
            }
            { comparison.unwrap_or_default() }
        </section>
    }
}
