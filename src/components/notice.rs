//! The app's notices: what each says, in the strip the start bundle draws too
//! ([`NoticeStrip`]). Unreadable saved data, answers kept from an older questionnaire,
//! answers just deleted (with Undo), shared answers taken over, a share link that could
//! not be read, or storage that refused a write.

use digitrappe_engine::text::{fill, Ui};
use digitrappe_engine::Texts;
use digitrappe_ui::components::notice::NoticeStrip;
use digitrappe_ui::shared::Shared;
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
    /// Another tab or window changed the answers; this page shows them merged with its own.
    OtherTab,
}

impl Notice {
    /// `data-notice`, the message in `t`'s language, and whether Undo is offered.
    fn words(&self, t: &Texts) -> (&'static str, String, bool) {
        match self {
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
            Notice::OtherTab => ("other-tab", t.ui(Ui::NoticeOtherTab).to_string(), false),
            Notice::LinkFailed(error) => {
                ("link-failed", fill(t.ui(Ui::ShareLinkFailed), &[("reason", &digitrappe_engine::share::describe(error, t))]), false)
            }
        }
    }
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
    let (kind, message, undo) = props.notice.words(t);
    let undo = undo.then(|| AttrValue::from(t.ui(Ui::Undo).to_string()));
    html! {
        <NoticeStrip texts={t.clone()} {kind} message={message} {undo}
            on_dismiss={props.on_dismiss.clone()} on_undo={props.on_undo.clone()} />
    }
}
