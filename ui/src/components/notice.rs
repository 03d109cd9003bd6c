//! The message strip above a screen (`data-testid="notice"`, with `data-notice` naming
//! which: `unreadable`, `updated`, `reset`, `not-saved`, …), and the one-time notice that
//! the browser blocks storage.
//!
//! The strip takes its message in words: which notices exist, and the texts they need,
//! belong to the app (`digitrappe_state::Notice`).

use crate::shared::Shared;
use digitrappe_engine::text::Ui;
use digitrappe_engine::Texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StripProps {
    pub texts: Shared<Texts>,
    /// `data-notice`: which notice this is.
    pub kind: AttrValue,
    pub message: AttrValue,
    /// The label of an undo button, if the notice offers one.
    #[prop_or_default]
    pub undo: Option<AttrValue>,
    pub on_dismiss: Callback<()>,
    #[prop_or_default]
    pub on_undo: Callback<()>,
}

/// A message at the top of the page, with Dismiss (and Undo when offered).
#[component]
pub fn NoticeStrip(props: &StripProps) -> Html {
    let t = &props.texts;
    let link_failed = props.kind == "link-failed";
    html! {
        <div class="notice" role="status" data-testid="notice" data-notice={props.kind.clone()}>
            <p data-testid={link_failed.then_some("import-error")}>{ props.message.clone() }</p>
            <div class="notice-actions">
                if let Some(undo) = props.undo.clone() {
                    <button type="button" class="secondary" data-testid="undo"
                        onclick={props.on_undo.reform(|_: MouseEvent| ())}>{ undo }</button>
                }
                <button type="button" class="secondary" onclick={props.on_dismiss.reform(|_: MouseEvent| ())}>{ t.ui(Ui::Dismiss) }</button>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct StorageNoticeProps {
    pub texts: Shared<Texts>,
    pub on_dismiss: Callback<()>,
}

/// Said once when the browser blocks storage (`storage-notice`): the app works in memory,
/// answers are lost with the page, and how to keep them.
#[component]
pub fn StorageNotice(props: &StorageNoticeProps) -> Html {
    let t = &props.texts;
    html! {
        <div class="notice" role="status" data-testid="storage-notice">
            <p>{ t.ui(Ui::StorageBlocked) }</p>
            <div class="notice-actions">
                <button type="button" class="secondary" onclick={props.on_dismiss.reform(|_: MouseEvent| ())}>{ t.ui(Ui::Dismiss) }</button>
            </div>
        </div>
    }
}
