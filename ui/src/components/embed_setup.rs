//! "Embed on your website" (`?embed-setup`), for the site owner: language, mode, colours,
//! logo, organisation, public address and contacts; a live preview in the chosen colours;
//! the ready-to-paste snippet (`embed-snippet`); the `config.json` to download and place
//! next to the app; and, field by field, what is wrong or adjusted. Below it, the check of
//! the configuration the app reads now (`config-check`).
//!
//! What the page produces is the engine's (`digitrappe_engine::embed`); this is the form.

use crate::browser;
use crate::components::use_focus_heading;
use crate::shared::Shared;
use digitrappe_engine::config::{describe, describe_adjusted};
use digitrappe_engine::embed::{self, ContactDraft, Setup};
use digitrappe_engine::mode::Mode;
use digitrappe_engine::text::{fill, Ui};
use digitrappe_engine::theme::Rgb;
use digitrappe_engine::{builtin, Lang, Model, Texts};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    pub model: Shared<Model>,
    /// The configuration file as the app read it (kept in what is downloaded).
    pub existing: Option<String>,
    /// The app's own address, which the snippet points at.
    pub app_url: String,
    pub focus: bool,
    /// The check of the configuration in use, drawn below.
    pub check: Html,
    pub on_back: Callback<()>,
}

/// A text field of the form.
fn text_field(id: &str, label: &str, value: &str, kind: &'static str, on: Callback<String>) -> Html {
    let oninput = on.reform(|e: InputEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label }</label>
            <input id={id.to_string()} type={kind} value={value.to_string()} {oninput} autocomplete="off" />
        </div>
    }
}

/// Reads a chosen logo file into a data URL (or says why not).
async fn read_logo(file: web_sys::File) -> Result<String, embed::LogoError> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.map_err(|_| embed::LogoError::NotAnImage)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    embed::logo_data_url(&file.type_(), &bytes)
}

#[component]
pub fn EmbedSetupScreen(props: &Props) -> Html {
    let t = &props.texts;
    let heading = use_focus_heading(props.focus);
    let setup = use_state(|| {
        // Start from what the site's configuration already says.
        let now = props.existing.as_deref().map(digitrappe_engine::config::presentation).unwrap_or_default();
        Setup {
            lang: now.lang.unwrap_or(Lang::Da),
            mode: now.mode.unwrap_or(Mode::Embed),
            primary: now.theme.primary.map(|c| c.given.hex()).unwrap_or_default(),
            accent: now.theme.accent.map(|c| c.given.hex()).unwrap_or_default(),
            logo: now.logo,
            public_url: now.public_url.unwrap_or_default(),
            ..Setup::default()
        }
    });
    let logo_error = use_state(|| None::<String>);
    let copied = use_state(|| None::<bool>);
    let preview = use_node_ref();

    let change = |apply: fn(&mut Setup, String)| {
        let setup = setup.clone();
        Callback::from(move |value: String| {
            let mut next = (*setup).clone();
            apply(&mut next, value);
            setup.set(next);
        })
    };
    let contact = |i: usize, apply: fn(&mut ContactDraft, String)| {
        let setup = setup.clone();
        Callback::from(move |value: String| {
            let mut next = (*setup).clone();
            if let Some(c) = next.contacts.get_mut(i) {
                apply(c, value);
            }
            setup.set(next);
        })
    };
    let check = embed::check(&setup, props.existing.as_deref(), &props.model, &builtin::ADVICE);
    let json = embed::config_json(&setup, props.existing.as_deref());
    let title = format!("{}: {}", t.ui(Ui::AppTitle), t.ui(Ui::AppTagline));
    let snippet = embed::snippet(&props.app_url, &setup, &title);

    // The preview wears the chosen colours (set through the CSSOM: the page's
    // Content-Security-Policy allows no style attributes).
    {
        let colours: Vec<(&'static str, Option<String>)> = vec![
            ("--primary", Rgb::parse(&setup.primary).map(|c| digitrappe_engine::theme::checked(c).used.hex())),
            ("--accent", Rgb::parse(&setup.accent).map(|c| digitrappe_engine::theme::checked(c).used.hex())),
        ];
        let preview = preview.clone();
        use_effect_with(colours, move |colours| {
            if let Some(element) = preview.cast::<web_sys::HtmlElement>() {
                for (property, value) in colours {
                    let _ = match value {
                        Some(v) => element.style().set_property(property, v),
                        None => element.style().remove_property(property).map(|_| ()),
                    };
                }
            }
        });
    }

    let on_lang = {
        let setup = setup.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            let mut next = (*setup).clone();
            next.lang = Lang::from_code(&value).unwrap_or(Lang::Da);
            setup.set(next);
        })
    };
    let on_mode = {
        let setup = setup.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            let mut next = (*setup).clone();
            next.mode = Mode::from_code(&value).unwrap_or(Mode::Embed);
            setup.set(next);
        })
    };
    let on_logo = {
        let (setup, logo_error, t) = (setup.clone(), logo_error.clone(), props.texts.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            let (setup, logo_error, t) = (setup.clone(), logo_error.clone(), t.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let mut next = (*setup).clone();
                match read_logo(file).await {
                    Ok(url) => {
                        next.logo = Some(url);
                        logo_error.set(None);
                    }
                    Err(why) => {
                        next.logo = None;
                        let problem = digitrappe_engine::config::Problem { field: "logo".into(), kind: why.problem() };
                        logo_error.set(Some(describe(&problem, &t)));
                    }
                }
                setup.set(next);
            });
        })
    };
    let on_remove_logo = {
        let setup = setup.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*setup).clone();
            next.logo = None;
            setup.set(next);
        })
    };
    let on_add_contact = {
        let setup = setup.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*setup).clone();
            next.contacts.push(ContactDraft::default());
            setup.set(next);
        })
    };
    let on_copy = {
        let (copied, snippet) = (copied.clone(), snippet.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, snippet) = (copied.clone(), snippet.clone());
            wasm_bindgen_futures::spawn_local(async move { copied.set(Some(browser::copy(&snippet).await)) });
        })
    };
    let on_download = {
        let json = json.clone();
        Callback::from(move |_: MouseEvent| {
            browser::download("config.json", &json);
        })
    };
    let modes = [Mode::Embed, Mode::Standard, Mode::Projector, Mode::Kiosk];
    let mode_name = |m: Mode| {
        t.ui(match m {
            Mode::Standard => Ui::ModeStandard,
            Mode::Embed => Ui::ModeEmbed,
            Mode::Projector => Ui::ModeProjector,
            Mode::Kiosk => Ui::ModeKiosk,
        })
    };

    html! {
        <section class="screen embed-setup" data-testid="embed-setup" aria-labelledby="embed-heading">
            <h1 id="embed-heading" tabindex="-1" ref={heading}>{ t.ui(Ui::EmbedHeading) }</h1>
            <p class="lead">{ t.ui(Ui::EmbedIntro) }</p>
            <form class="embed-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
                <div class="field">
                    <label for="embed-lang">{ t.ui(Ui::EmbedLanguage) }</label>
                    <select id="embed-lang" data-testid="embed-lang" onchange={on_lang}>
                        { for Lang::ALL.iter().map(|l| html! {
                            <option value={l.code()} selected={*l == setup.lang}>{ l.native_name() }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="embed-mode">{ t.ui(Ui::EmbedMode) }</label>
                    <select id="embed-mode" data-testid="embed-mode" onchange={on_mode}>
                        { for modes.iter().map(|m| html! {
                            <option value={m.code()} selected={*m == setup.mode}>{ mode_name(*m) }</option>
                        }) }
                    </select>
                </div>
                { text_field("embed-primary", t.ui(Ui::EmbedPrimary), &setup.primary, "text", change(|s, v| s.primary = v)) }
                { text_field("embed-accent", t.ui(Ui::EmbedAccent), &setup.accent, "text", change(|s, v| s.accent = v)) }
                <p class="help">{ t.ui(Ui::EmbedColourHelp) }</p>
                <div class="field">
                    <label for="embed-logo">{ t.ui(Ui::EmbedLogo) }</label>
                    <p class="help" id="embed-logo-help">{ t.ui(Ui::EmbedLogoHelp) }</p>
                    <input id="embed-logo" class="file-input" data-testid="embed-logo" type="file" aria-describedby="embed-logo-help"
                        accept="image/png,image/jpeg,image/webp,image/svg+xml" onchange={on_logo} />
                    <label for="embed-logo" class="file-button">{ t.ui(Ui::FileChoose) }</label>
                    if let Some(why) = &*logo_error {
                        <p class="error" role="alert" data-testid="embed-logo-error">{ why.clone() }</p>
                    }
                    if setup.logo.is_some() {
                        <button type="button" class="secondary" onclick={on_remove_logo}>{ t.ui(Ui::EmbedLogoRemove) }</button>
                    }
                </div>
                { text_field("embed-organisation", t.ui(Ui::EmbedOrganisation), &setup.organisation, "text", change(|s, v| s.organisation = v)) }
                { text_field("embed-public-url", t.ui(Ui::EmbedPublicUrl), &setup.public_url, "url", change(|s, v| s.public_url = v)) }
                <fieldset class="embed-contacts">
                    <legend>{ t.ui(Ui::EmbedContacts) }</legend>
                    { for setup.contacts.iter().enumerate().map(|(i, c)| html! {
                        <div class="embed-contact" key={i}>
                            { text_field(&format!("contact-{i}-name"), t.ui(Ui::EmbedContactName), &c.name, "text", contact(i, |c, v| c.name = v)) }
                            { text_field(&format!("contact-{i}-role"), t.ui(Ui::EmbedContactRole), &c.role, "text", contact(i, |c, v| c.role = v)) }
                            { text_field(&format!("contact-{i}-email"), t.ui(Ui::ContactEmail), &c.email, "email", contact(i, |c, v| c.email = v)) }
                            { text_field(&format!("contact-{i}-phone"), t.ui(Ui::ContactPhone), &c.phone, "tel", contact(i, |c, v| c.phone = v)) }
                        </div>
                    }) }
                    <button type="button" class="secondary" data-testid="embed-add-contact" onclick={on_add_contact}>{ t.ui(Ui::EmbedAddContact) }</button>
                </fieldset>
            </form>

            <h2>{ t.ui(Ui::EmbedPreview) }</h2>
            <div class="embed-preview" ref={preview} data-testid="embed-preview">
                <p class="preview-brand">
                    if let Some(logo) = &setup.logo {
                        <img src={logo.clone()} alt="" height="32" />
                    }
                    <span>{ if setup.organisation.trim().is_empty() { t.ui(Ui::AppTitle).to_string() } else { setup.organisation.clone() } }</span>
                </p>
                <p>{ t.ui(Ui::StartHeading) }</p>
                <button type="button" class="primary" tabindex="-1">{ t.ui(Ui::StartButton) }</button>
            </div>

            <h2>{ t.ui(Ui::EmbedCheckHeading) }</h2>
            <ul class="embed-check" data-testid="embed-check">
                if check.problems.is_empty() && check.adjusted.is_empty() {
                    <li data-testid="embed-ok">{ t.ui(Ui::EmbedAllGood) }</li>
                }
                { for check.problems.iter().map(|p| html! {
                    <li class="error" data-testid="embed-problem" data-field={p.field.clone()}>{ describe(p, t) }</li>
                }) }
                { for check.adjusted.iter().map(|(field, c)| html! {
                    <li data-testid="embed-adjusted" data-field={field.clone()}>{ describe_adjusted(field, c, t) }</li>
                }) }
            </ul>

            <h2>{ t.ui(Ui::EmbedSnippetHeading) }</h2>
            <p>{ t.ui(Ui::EmbedSnippetHelp) }</p>
            <label for="embed-snippet" class="visually-hidden">{ t.ui(Ui::EmbedSnippetHeading) }</label>
            <textarea id="embed-snippet" data-testid="embed-snippet" readonly=true rows="6" value={snippet} />
            <div class="actions">
                <button type="button" class="secondary" data-testid="embed-copy" onclick={on_copy}>{ t.ui(Ui::EmbedCopy) }</button>
                <button type="button" class="primary" data-testid="embed-download" disabled={!check.is_ok()} onclick={on_download}>{ t.ui(Ui::EmbedDownload) }</button>
            </div>
            <p class="share-status" role="status">
                { match *copied { Some(true) => t.ui(Ui::ShareCopied), Some(false) => t.ui(Ui::ShareCopyFailed), None => "" } }
            </p>
            <p class="help">{ fill(t.ui(Ui::EmbedDownloadHelp), &[("file", "config.json")]) }</p>

            { props.check.clone() }

            <div class="actions">
                <button type="button" class="secondary" onclick={props.on_back.reform(|_: MouseEvent| ())}>{ t.ui(Ui::Back) }</button>
            </div>
        </section>
    }
}
