//! The message strip above a screen: unreadable saved data, answers kept from an older
//! questionnaire, or answers just deleted (with Undo). `data-testid="notice"`, with
//! `data-notice` naming which (`unreadable`, `updated`, `reset`).

use crate::shared::Shared;
use crate::state::Notice;
use digitrappe_engine::Texts;
use digitrappe_engine::text::{fill, Ui};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub notice: Notice,
    pub texts: Shared<Texts>,
    pub on_dismiss: Callback<()>,
    pub on_undo: Callback<()>,
}

#[component]
pub fn NoticeView(props: &Props) -> Html {
    let t = &props.texts;
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    let (kind, message, undo) = match props.notice {
        Notice::Unreadable { kept: true } => ("unreadable", t.ui(Ui::NoticeCorrupt).to_string(), false),
        Notice::Unreadable { kept: false } => ("unreadable", t.ui(Ui::NoticeCorruptUnsaved).to_string(), false),
        Notice::Updated { kept, new } => (
            "updated",
            fill(t.ui(Ui::NoticeUpdated), &[("kept", &kept.to_string()), ("new", &new.to_string())]),
            false,
        ),
        Notice::ResetDone => ("reset", t.ui(Ui::ResetDone).to_string(), true),
    };
    html! {
        <div class="notice" role="status" data-testid="notice" data-notice={kind}>
            <p>{ message }</p>
            <div class="notice-actions">
                if undo {
                    <button type="button" class="secondary" data-testid="undo"
                        onclick={props.on_undo.reform(|_: MouseEvent| ())}>{ t.ui(Ui::Undo) }</button>
                }
                <button type="button" class="secondary" onclick={dismiss}>{ t.ui(Ui::Dismiss) }</button>
            </div>
        </div>
    }
}
