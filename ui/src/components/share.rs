//! "Share and keep your result": the share code (`share-code`, in groups of four), the
//! link (`share-link`, its `value` the full link, with the code in the fragment), its QR
//! code (`qr`, an inline SVG with a quiet zone), saving as a file (`export`); and opening
//! a saved result from a code, a link or a file (`import`, [`ImportBox`], also on its
//! own screen from the start screen), with a message for anything
//! that cannot be read (`import-error`). Opening only shows the shared result: the app
//! then offers to continue from it, and never replaces the user's answers unasked.

use crate::browser;
use crate::components::qr::qr_svg;
use crate::components::use_focus_heading;
use crate::shared::Shared;
use crate::state::SharedAnswers;
use digitrappe_engine::export::{self, Export};
use digitrappe_engine::share::{self, grouped};
use digitrappe_engine::text::Ui;
use digitrappe_engine::{builtin, Answers, Profile, Texts};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    pub profile: Profile,
    pub answers: Answers,
    /// The code of `profile` and `answers`.
    pub code: String,
    /// The link that carries the code.
    pub link: String,
    /// A code, link or file was read: show what it holds.
    pub on_open: Callback<SharedAnswers>,
    /// On a kiosk: only the code and its QR code (nothing to copy, save or type).
    #[prop_or_default]
    pub kiosk: bool,
}

#[component]
pub fn ShareSection(props: &Props) -> Html {
    let t = props.texts.clone();
    let copied = use_state(|| None::<bool>);

    let on_copy = {
        let (copied, link) = (copied.clone(), props.link.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, link) = (copied.clone(), link.clone());
            wasm_bindgen_futures::spawn_local(async move { copied.set(Some(browser::copy(&link).await)) });
        })
    };
    let on_export = {
        let (profile, answers) = (props.profile.clone(), props.answers.clone());
        Callback::from(move |_: MouseEvent| {
            let date = browser::today();
            let file = Export {
                content_version: builtin::VERSION.to_string(),
                date: date.clone(),
                profile: profile.clone(),
                answers: answers.clone(),
            };
            browser::download(&export::file_name(&date), &export::to_json(&file));
        })
    };
    if props.kiosk {
        return html! {
            <section class="share" aria-labelledby="share-heading">
                // A kiosk keeps nothing: the heading says what the box is for.
                <h2 id="share-heading" tabindex="-1">{ t.ui(Ui::KioskTakeAwayHeading) }</h2>
                <div class="share-grid">
                    <div class="share-text">
                        <p>{ t.ui(Ui::KioskTakeAway) }</p>
                        <p class="share-code-line">
                            <span>{ t.ui(Ui::ShareCodeLabel) }{ ": " }</span>
                            <code class="share-code" data-testid="share-code">{ grouped(&props.code) }</code>
                        </p>
                    </div>
                    { qr_svg(&props.link, t.ui(Ui::ShareQrLabel)) }
                </div>
            </section>
        };
    }
    html! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading" tabindex="-1">{ t.ui(Ui::ShareHeading) }</h2>
            <p>{ t.ui(Ui::ShareIntro) }</p>
            <div class="share-grid">
                <div class="share-text">
                    <p class="share-code-line">
                        <span>{ t.ui(Ui::ShareCodeLabel) }{ ": " }</span>
                        <code class="share-code" data-testid="share-code">{ grouped(&props.code) }</code>
                    </p>
                    <label for="share-link">{ t.ui(Ui::ShareLinkLabel) }</label>
                    <input id="share-link" class="share-link" data-testid="share-link" type="text" readonly=true
                        value={props.link.clone()} />
                    <div class="actions">
                        <button type="button" class="secondary" data-testid="share-copy" onclick={on_copy}>{ t.ui(Ui::ShareCopy) }</button>
                        <button type="button" class="secondary" data-testid="export" onclick={on_export}>{ t.ui(Ui::ExportButton) }</button>
                    </div>
                    <p class="share-status" role="status">
                        { match *copied {
                            Some(true) => t.ui(Ui::ShareCopied),
                            Some(false) => t.ui(Ui::ShareCopyFailed),
                            None => "",
                        } }
                    </p>
                </div>
                { qr_svg(&props.link, t.ui(Ui::ShareQrLabel)) }
            </div>
            <p class="share-keep">{ t.ui(Ui::ShareKeep) }</p>

            <h3>{ t.ui(Ui::ImportHeading) }</h3>
            <ImportBox texts={t.clone()} on_open={props.on_open.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    pub texts: Shared<Texts>,
    pub on_open: Callback<SharedAnswers>,
}

/// Opening a saved result: a typed code or pasted link, or a file.
#[component]
pub fn ImportBox(props: &ImportProps) -> Html {
    let t = props.texts.clone();
    let error = use_state(|| None::<String>);
    let code_input = use_node_ref();
    let on_code = {
        let (error, on_open, input, t) = (error.clone(), props.on_open.clone(), code_input.clone(), t.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = input.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let code = share::typed_code(&text);
            match share::decode(&builtin::CODEBOOK, &code) {
                Ok(d) => {
                    error.set(None);
                    on_open.emit(SharedAnswers { profile: d.profile, answers: d.answers });
                }
                Err(why) => error.set(Some(share::describe(&why, &t))),
            }
        })
    };
    let on_file = {
        let (error, on_open, t) = (error.clone(), props.on_open.clone(), t.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            // Let the same file be chosen again after a fix.
            input.set_value("");
            if file.size() > export::MAX_BYTES as f64 {
                error.set(Some(export::describe(&export::ImportError::TooLarge, &t)));
                return;
            }
            let (error, on_open, t) = (error.clone(), on_open.clone(), t.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match browser::read_file(file).await.map(|text| export::from_json(&text)) {
                    Some(Ok(file)) => {
                        error.set(None);
                        on_open.emit(SharedAnswers { profile: file.profile, answers: file.answers });
                    }
                    Some(Err(why)) => {
                        // The details are for whoever debugs; the visitor reads our own words.
                        web_sys::console::warn_1(&format!("Digitrappen: the file could not be read: {why}").into());
                        error.set(Some(export::describe(&why, &t)))
                    }
                    None => error.set(Some(t.ui(Ui::ImportErrorFileUnreadable).to_string())),
                }
            });
        })
    };

    html! {
        <div class="import">
            <form class="import-code" onsubmit={on_code}>
                <label for="import-code">{ t.ui(Ui::ImportCodeLabel) }</label>
                <div class="import-row">
                    <input id="import-code" data-testid="import-code" type="text" ref={code_input}
                        aria-describedby={error.is_some().then_some("import-error")} aria-invalid={error.is_some().to_string()}
                        autocomplete="off" autocapitalize="characters" spellcheck="false" />
                    <button type="submit" class="secondary" data-testid="import-code-open">{ t.ui(Ui::ImportCodeButton) }</button>
                </div>
            </form>
            // The browser's own file button speaks the browser's language; ours speaks the page's.
            <input id="import-file" class="file-input" data-testid="import" type="file" accept=".json,application/json" onchange={on_file} />
            <label for="import-file" class="file-button">{ t.ui(Ui::ImportFileLabel) }</label>
            if let Some(message) = &*error {
                <p class="error" role="alert" id="import-error" data-testid="import-error">{ message.clone() }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImportScreenProps {
    pub texts: Shared<Texts>,
    pub focus: bool,
    pub on_open: Callback<SharedAnswers>,
    pub on_back: Callback<()>,
}

/// "Open a saved result" on its own (`import-screen`), from the start screen: for someone
/// who brings a code, a link or a file to a new computer.
#[component]
pub fn ImportScreen(props: &ImportScreenProps) -> Html {
    let t = &props.texts;
    let heading = use_focus_heading(props.focus);
    html! {
        <section class="screen import-screen" data-testid="import-screen" aria-labelledby="import-heading">
            <h1 id="import-heading" tabindex="-1" ref={heading}>{ t.ui(Ui::ImportHeading) }</h1>
            <ImportBox texts={t.clone()} on_open={props.on_open.clone()} />
            <div class="actions">
                <button type="button" class="secondary" data-testid="import-back"
                    onclick={props.on_back.reform(|_: MouseEvent| ())}>{ t.ui(Ui::SharedClose) }</button>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{mount_root, text_of, texts};
    use digitrappe_engine::qr::qr;
    use digitrappe_engine::{Answer, Lang, QuestionId};
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn sample() -> (Profile, Answers) {
        let profile = Profile { industry: Some("food".into()), size: Some("1-9".into()), ambition: Some(2), staff: None };
        let answers = [(QuestionId::new("security.restore"), Answer::Option(2)), (QuestionId::new("lead.direction"), Answer::DontKnow)]
            .into_iter()
            .collect();
        (profile, answers)
    }

    fn render(opened: Rc<RefCell<Vec<SharedAnswers>>>) -> (web_sys::Element, String) {
        let (profile, answers) = sample();
        let code = share::encode(&builtin::CODEBOOK, &profile, &answers);
        let link = share::link("https://www.example.dk/digitrappen/", &[("lang", "da")], &code);
        let root = mount_root();
        let props = Props {
            texts: texts(Lang::Da),
            profile,
            answers,
            code: code.clone(),
            link,
            on_open: Callback::from(move |s| opened.borrow_mut().push(s)),
            kiosk: false,
        };
        yew::Renderer::<ShareSection>::with_root_and_props(root.clone(), props).render();
        (root, code)
    }

    fn submit_code(root: &web_sys::Element, text: &str) {
        let input: HtmlInputElement = root.query_selector("[data-testid=import-code]").unwrap().unwrap().dyn_into().unwrap();
        input.set_value(text);
        let button: web_sys::HtmlElement = root.query_selector("[data-testid=import-code-open]").unwrap().unwrap().dyn_into().unwrap();
        button.click();
    }

    #[wasm_bindgen_test]
    async fn the_code_link_and_qr_code_show_the_same_result() {
        let (root, code) = render(Rc::default());
        yew::scheduler::flush().await;
        assert_eq!(text_of(&root, "[data-testid=share-code]"), grouped(&code));
        let link: HtmlInputElement = root.query_selector("[data-testid=share-link]").unwrap().unwrap().dyn_into().unwrap();
        assert_eq!(link.value(), format!("https://www.example.dk/digitrappen/?lang=da#share={code}"));
        let svg = root.query_selector("[data-testid=qr]").unwrap().unwrap();
        let size = qr(&link.value()).unwrap().size;
        assert_eq!(svg.get_attribute("viewBox"), Some(format!("0 0 {size} {size}")));
        assert!(
            svg.query_selector("path").unwrap().unwrap().get_attribute("d").unwrap().starts_with("M4 4h7"),
            "finder pattern inside the quiet zone"
        );
    }

    #[wasm_bindgen_test]
    async fn a_typed_code_or_pasted_link_opens_and_a_mistyped_one_says_so() {
        let opened: Rc<RefCell<Vec<SharedAnswers>>> = Rc::default();
        let (root, code) = render(opened.clone());
        yew::scheduler::flush().await;
        let mut typo: Vec<char> = code.chars().collect();
        typo[10] = if typo[10] == 'A' { 'B' } else { 'A' };
        submit_code(&root, &grouped(&typo.into_iter().collect::<String>()));
        yew::scheduler::flush().await;
        assert_eq!(
            text_of(&root, "[data-testid=import-error]"),
            "Et tegn i koden er forkert. Sammenlign den med originalen, fire tegn ad gangen."
        );
        assert!(opened.borrow().is_empty(), "nothing opens");

        submit_code(&root, &format!("https://x.dk/?lang=da#share={}", code.to_lowercase()));
        yew::scheduler::flush().await;
        assert!(root.query_selector("[data-testid=import-error]").unwrap().is_none());
        let (profile, answers) = sample();
        assert_eq!(opened.borrow().as_slice(), [SharedAnswers { profile, answers }]);
    }
}
