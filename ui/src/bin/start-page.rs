//! Writes the start screen and the profile (the first questions, shown when Start is
//! pressed) as static HTML, one `<template>` per language and mode, for `scripts/build` to
//! put into `index.html`: the page shows them at once, from the same components and texts
//! the app draws, while the app's one bundle loads behind them (`static/boot.js` switches
//! between the two and records what the user does, `ui/src/handoff.rs`).
//!
//! `cargo run -p digitrappe-ui --features ssr --bin start-page -- content/i18n > start.html`

use digitrappe_engine::builtin::{MINUTES_TO_ANSWER, QUESTION_COUNT};
use digitrappe_engine::mode::Mode;
use digitrappe_engine::text::Ui;
use digitrappe_engine::{Lang, Texts};
use digitrappe_ui::components::frame::Frame;
use digitrappe_ui::components::profile::ProfileScreen;
use digitrappe_ui::components::start::StartScreen;
use digitrappe_ui::shared::Shared;
use digitrappe_ui::texts::{boot_words, url};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct Props {
    texts: Shared<Texts>,
    model: Shared<digitrappe_engine::Model>,
    lang: Lang,
    mode: Mode,
}

#[component]
fn StaticStart(props: &Props) -> Html {
    let t = props.texts.clone();
    html! {
        <Frame texts={t.clone()} lang={props.lang} on_lang={Callback::noop()} embedded={props.mode == Mode::Embed}>
            // Shown by static/boot.js when the app cannot be loaded, with a retry.
            <div class="notice" role="alert" data-testid="app-load-error" hidden={true}>
                <p>{ boot_words(props.lang).failed }</p>
                <div class="notice-actions">
                    <button type="button" class="secondary" data-boot="retry">{ t.ui(Ui::Retry) }</button>
                </div>
            </div>
            <StartScreen texts={t.clone()} questions={QUESTION_COUNT} minutes={MINUTES_TO_ANSWER} resuming={false} focus={false}
                mode={props.mode} on_start={Callback::noop()} on_method={Callback::noop()} on_open_saved={Callback::noop()} />
            // Shown by static/boot.js when Start is pressed.
            <div data-boot="profile" hidden={true}>
                <ProfileScreen texts={t.clone()} model={props.model.clone()} profile={digitrappe_engine::Profile::default()}
                    show_required={false} focus={false} on_choose={Callback::noop()} on_next={Callback::noop()} on_back={Callback::noop()} />
            </div>
            // Filled by static/boot.js when a button was pressed before the app arrived: a
            // live region present from the start, so the words are announced when they come.
            <div class="busy" role="status" data-boot="busy" data-text={t.ui(Ui::Loading).to_string()}></div>
        </Frame>
    }
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "content/i18n".into());
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
    let local = tokio::task::LocalSet::new();
    let model = Shared::new(digitrappe_engine::builtin::model());
    for lang in Lang::ALL {
        let json = std::fs::read_to_string(format!("{dir}/{}.json", lang.code())).expect("the language file");
        let texts = Shared::new(Texts::parse(lang, &json).expect("valid texts"));
        for mode in [Mode::Standard, Mode::Kiosk, Mode::Embed] {
            let props = Props { texts: texts.clone(), model: model.clone(), lang, mode };
            let html = local.block_on(&runtime, yew::LocalServerRenderer::<StaticStart>::with_props(props).hydratable(false).render());
            // The language's texts, which boot.js fetches beside the app's wasm.
            let texts = url(lang);
            println!("<template data-lang=\"{}\" data-mode=\"{}\" data-texts=\"{texts}\">{html}</template>", lang.code(), mode.code());
        }
    }
}
