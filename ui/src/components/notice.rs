//! The message strip above a screen: unreadable saved data, answers kept from an older
//! questionnaire, answers just deleted (with Undo), or storage that refused a write.
//! `data-testid="notice"`, with `data-notice` naming which (`unreadable`, `updated`,
//! `reset`, `not-saved`, …).

use crate::shared::Shared;
use digitrappe_engine::text::{fill, Ui};
use digitrappe_engine::Texts;
use yew::prelude::*;

/// A message at the top of the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Saved progress could not be read. `kept` says whether a copy was kept (and saving
    /// goes on) or not (and saving is off, so the unreadable data is not overwritten).
    Unreadable { kept: bool },
    /// The answers were given against an older version of the questionnaire: `kept`
    /// answers still count, `new` questions have no answer yet.
    Updated { kept: usize, new: usize, retired: usize },
    /// The answers were deleted; undo brings them back.
    ResetDone,
    /// Shared answers replaced the user's own; undo brings those back.
    SharedTaken,
    /// A share link's code could not be read (why, in the user's words).
    LinkFailed(digitrappe_engine::share::ShareError),
    /// The browser would not store what was just entered (full or blocked storage): the
    /// app works on in memory, and says once how to keep the answers (code, file).
    NotSaved,
}

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
    let (kind, message, undo) = match &props.notice {
        Notice::Unreadable { kept: true } => ("unreadable", t.ui(Ui::NoticeCorrupt).to_string(), false),
        Notice::Unreadable { kept: false } => ("unreadable", t.ui(Ui::NoticeCorruptUnsaved).to_string(), false),
        Notice::Updated { kept, new, retired } => (
            "updated",
            fill(t.ui(Ui::NoticeUpdated), &[("kept", &kept.to_string()), ("new", &new.to_string()), ("retired", &retired.to_string())]),
            false,
        ),
        Notice::ResetDone => ("reset", t.ui(Ui::ResetDone).to_string(), true),
        Notice::SharedTaken => ("shared-taken", t.ui(Ui::SharedTaken).to_string(), true),
        Notice::NotSaved => ("not-saved", t.ui(Ui::NoticeNotSaved).to_string(), false),
        Notice::LinkFailed(error) => {
            ("link-failed", fill(t.ui(Ui::ShareLinkFailed), &[("reason", &digitrappe_engine::share::describe(error, t))]), false)
        }
    };
    html! {
        <div class="notice" role="status" data-testid="notice" data-notice={kind}>
            <p data-testid={(kind == "link-failed").then_some("import-error")}>{ message }</p>
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
