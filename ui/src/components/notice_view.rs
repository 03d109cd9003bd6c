//! The app's notices (`digitrappe_state::Notice`: what each says, `Notice::words`), in the
//! strip of `digitrappe-ui` ([`NoticeStrip`]).

use crate::components::notice::NoticeStrip;
use crate::shared::Shared;
use digitrappe_engine::text::Ui;
use digitrappe_engine::Texts;
use yew::prelude::*;

pub use crate::state::Notice;

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
