//! The message strip above a screen: unreadable saved data, or answers just deleted
//! (with Undo). `data-testid="notice"`, with `data-notice` naming which.

use crate::shared::Shared;
use crate::state::Notice;
use digitrappe_engine::Texts;
use digitrappe_engine::text::Ui;
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
        Notice::Unreadable { kept: true } => ("unreadable", t.ui(Ui::NoticeCorrupt), false),
        Notice::Unreadable { kept: false } => ("unreadable", t.ui(Ui::NoticeCorruptUnsaved), false),
        Notice::ResetDone => ("reset", t.ui(Ui::ResetDone), true),
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
