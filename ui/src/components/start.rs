//! The start screen: what the calculator does, how long it takes, that nothing leaves the
//! browser, and the Start button (`data-testid="start"`). Both bundles draw it: the start
//! bundle on the first page load, the app after "start over".

use crate::components::qr::qr_svg;
use crate::components::use_focus_heading;
use crate::shared::Shared;
use digitrappe_engine::mode::Mode;
use digitrappe_engine::text::{fill, Ui};
use digitrappe_engine::Texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    /// How many questions there are, and about how many minutes they take.
    pub questions: usize,
    pub minutes: u32,
    /// Some answers exist: the button says "continue".
    pub resuming: bool,
    /// The rest of the app is on its way (after Start was pressed).
    #[prop_or_default]
    pub busy: bool,
    /// Move focus to the heading when shown (not on the first page load).
    pub focus: bool,
    pub on_start: Callback<()>,
    pub on_method: Callback<()>,
    /// "Open a saved result" (a code, a link or a file).
    pub on_open_saved: Callback<()>,
    #[prop_or_default]
    pub mode: Mode,
    /// On a projector: the address participants open on their phones (shown large, with
    /// its QR code).
    #[prop_or_default]
    pub join: Option<String>,
    /// Show "The room's answers" (`room-open`), the facilitator's view (projector mode).
    #[prop_or_default]
    pub room: bool,
    #[prop_or_default]
    pub on_room: Callback<()>,
    /// The facilitator's guide (`guide-open`, with the room).
    #[prop_or_default]
    pub on_guide: Callback<()>,
}

/// An address as short as it can be said aloud: no scheme, no `www.`, no trailing slash.
pub fn short_address(address: &str) -> &str {
    let rest = address.split(['?', '#']).next().unwrap_or_default();
    let rest = rest.strip_prefix("https://").or_else(|| rest.strip_prefix("http://")).unwrap_or(rest);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    rest.strip_suffix('/').unwrap_or(rest)
}

#[component]
pub fn StartScreen(props: &Props) -> Html {
    let t = &props.texts;
    let heading = use_focus_heading(props.focus);
    let count = props.questions.to_string();
    let minutes = props.minutes.to_string();
    html! {
        <section class="screen start" aria-labelledby="start-heading">
            <h1 id="start-heading" tabindex="-1" ref={heading}>{ t.ui(Ui::StartHeading) }</h1>
            <p class="lead">{ fill(t.ui(Ui::StartIntro), &[("count", &count)]) }</p>
            // A kiosk forgets a visitor who walks away: it promises no "later".
            <p>
                { fill(t.ui(Ui::StartTime), &[("minutes", &minutes)]) }
                if props.mode.keeps_things() { { " " }{ t.ui(Ui::StartPause) } }
            </p>
            <p class="privacy">{ t.ui(Ui::StartPrivacy) }</p>
            if props.mode == Mode::Projector {
                <p class="projector-keys">{ t.ui(Ui::ProjectorKeys) }</p>
            }
            <div class="actions">
                <button type="button" class="primary" data-testid="start" aria-busy={props.busy.to_string()}
                    onclick={props.on_start.reform(|_: MouseEvent| ())}>
                    { if props.resuming { t.ui(Ui::ResumeButton) } else { t.ui(Ui::StartButton) } }
                </button>
                <button type="button" class="secondary" data-testid="method-open"
                    onclick={props.on_method.reform(|_: MouseEvent| ())}>{ t.ui(Ui::MethodOpen) }</button>
                // A kiosk takes nothing in: opening a saved result would summon a keyboard.
                if props.mode != Mode::Kiosk {
                    <button type="button" class="secondary" data-testid="start-open-saved"
                        onclick={props.on_open_saved.reform(|_: MouseEvent| ())}>{ t.ui(Ui::ImportHeading) }</button>
                }
                if props.room {
                    <button type="button" class="secondary" data-testid="room-open"
                        onclick={props.on_room.reform(|_: MouseEvent| ())}>{ t.ui(Ui::RoomOpen) }</button>
                    <button type="button" class="secondary" data-testid="guide-open"
                        onclick={props.on_guide.reform(|_: MouseEvent| ())}>{ t.ui(Ui::GuideOpen) }</button>
                }
            </div>
            if let Some(address) = props.join.as_deref().filter(|_| props.mode == Mode::Projector) {
                <div class="join" data-testid="join">
                    { qr_svg(address, &fill(t.ui(Ui::ProjectorQrLabel), &[("address", short_address(address))])) }
                    <div>
                        <p>{ t.ui(Ui::ProjectorJoin) }</p>
                        <p class="join-address">{ short_address(address) }</p>
                    </div>
                </div>
            }
            if props.busy {
                <p class="busy" role="status">{ t.ui(Ui::Loading) }</p>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::frame::Frame;
    use crate::testing::{mount_root, text_of, texts};
    use digitrappe_engine::Lang;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[component]
    fn Page() -> Html {
        let t = texts(Lang::Nb);
        html! {
            <Frame texts={t.clone()} lang={Lang::Nb} on_lang={Callback::noop()}>
                <StartScreen texts={t} questions={42} minutes={14} resuming={true} busy={true} focus={false}
                    on_start={Callback::noop()} on_method={Callback::noop()} on_open_saved={Callback::noop()} />
            </Frame>
        }
    }

    #[wasm_bindgen_test]
    async fn the_start_screen_says_what_it_takes_inside_the_frame() {
        let root = mount_root();
        yew::Renderer::<Page>::with_root(root.clone()).render();
        yew::scheduler::flush().await;
        assert_eq!(text_of(&root, ".brand-name"), "Digitrappen");
        assert_eq!(text_of(&root, "h1"), "Hvor langt har bedriften deres kommet på den digitale trappen?");
        assert!(text_of(&root, ".lead").starts_with("Svar på 42 korte spørsmål"));
        assert!(text_of(&root, ".start").contains("omtrent 14 minutter"));
        assert_eq!(text_of(&root, "[data-testid=start]"), "Fortsett der dere slapp");
        let start = root.query_selector("[data-testid=start]").unwrap().unwrap();
        assert_eq!(start.get_attribute("aria-busy").as_deref(), Some("true"));
        assert_eq!(text_of(&root, ".busy"), "Laster Digitrappen …");
        assert!(text_of(&root, "[role=contentinfo]").contains("sendes ingen steder"));
        assert!(root.query_selector("[data-testid=room-open]").unwrap().is_none(), "only in projector mode");
    }

    #[wasm_bindgen_test]
    async fn in_projector_mode_the_start_screen_opens_the_rooms_answers() {
        #[component]
        fn Projector() -> Html {
            html! {
                <StartScreen texts={texts(Lang::Da)} questions={42} minutes={14} resuming={false} focus={false}
                    on_start={Callback::noop()} on_method={Callback::noop()} on_open_saved={Callback::noop()} room={true} />
            }
        }
        let root = mount_root();
        yew::Renderer::<Projector>::with_root(root.clone()).render();
        yew::scheduler::flush().await;
        assert_eq!(text_of(&root, "[data-testid=room-open]"), "Deltagernes svar");
        assert_eq!(text_of(&root, "[data-testid=guide-open]"), "Vejledning til facilitatorer", "the facilitator's guide beside the room");
    }

    #[wasm_bindgen_test]
    fn addresses_are_shortened_to_be_read_aloud() {
        assert_eq!(short_address("https://www.digitrappen.dk/"), "digitrappen.dk");
        assert_eq!(short_address("https://klynge.example/trappen/?mode=kiosk#share=X"), "klynge.example/trappen");
        assert_eq!(short_address("http://127.0.0.1:8080/"), "127.0.0.1:8080");
    }
}
