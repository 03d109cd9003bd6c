//! "How is this calculated?" (`data-testid="method"`): the engine's method document drawn
//! as headings, paragraphs, lists and tables. The same document is written to
//! `docs/METHOD.<lang>.md`, so the page and the file cannot drift apart.

use crate::components::use_focus_heading;
use crate::shared::Shared;
use digitrappe_engine::method::{Block, MethodDoc};
use digitrappe_engine::text::Ui;
use digitrappe_engine::Texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    pub doc: Shared<MethodDoc>,
    pub focus: bool,
    pub on_back: Callback<()>,
}

fn block(b: &Block) -> Html {
    match b {
        Block::Text(text) => html! { <p>{ text }</p> },
        Block::List(items) => html! { <ul>{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul> },
        Block::English(items) => html! { <ul lang="en">{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul> },
        // A table wider than the screen scrolls in its own region, which the keyboard can
        // reach and a screen reader names.
        Block::Table { head, rows } => html! {
            <div class="table-wrap" tabindex="0" role="group" aria-label={head.join(", ")}>
                <table>
                    <thead><tr>{ for head.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| html! { <tr>{ for r.iter().map(|c| html! { <td>{ c }</td> }) }</tr> }) }
                    </tbody>
                </table>
            </div>
        },
    }
}

#[component]
pub fn MethodScreen(props: &Props) -> Html {
    let heading = use_focus_heading(props.focus);
    let back = html! {
        <div class="actions">
            <button type="button" class="secondary" data-testid="method-back"
                onclick={props.on_back.reform(|_: MouseEvent| ())}>{ props.texts.ui(Ui::MethodBack) }</button>
        </div>
    };
    html! {
        <article class="screen method" data-testid="method" aria-labelledby="method-heading">
            <h1 id="method-heading" tabindex="-1" ref={heading}>{ props.doc.title.clone() }</h1>
            { for props.doc.sections.iter().map(|s| html! {
                <section data-section={s.id} aria-labelledby={format!("method-{}", s.id)}>
                    <h2 id={format!("method-{}", s.id)}>{ s.heading.clone() }</h2>
                    { for s.blocks.iter().map(block) }
                </section>
            }) }
            { back }
        </article>
    }
}
