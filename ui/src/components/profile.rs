//! The company profile, asked first: industry, size band and ambition, as native
//! `<select>`s (`data-testid` `profile-industry`, `profile-size`, `profile-ambition`) with
//! stable values (industry IDs, `1-9` / `10-49` / `50-249`, `1`-`5`), and the optional number
//! of full-time staff (`profile-staff`), which sets the band that holds it.

use crate::components::use_focus_heading;
use crate::shared::Shared;
use crate::state::ProfileChoice;
use digitrappe_engine::text::{fill, Ui};
use digitrappe_engine::{Model, Profile, Texts};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    pub model: Shared<Model>,
    pub profile: Profile,
    /// Show "choose all three" (the user pressed Next too early).
    pub show_required: bool,
    pub focus: bool,
    pub on_choose: Callback<(ProfileChoice, Option<String>)>,
    pub on_next: Callback<()>,
    pub on_back: Callback<()>,
}

/// The label and help of one field.
struct Labels<'a> {
    label: &'a str,
    help: Option<&'a str>,
}

/// One labelled `<select>` with a "choose …" first option.
/// An `aria-describedby` of the help and, when the field is wrong, the error that says so.
fn described(help: Option<String>, error: Option<&str>) -> Option<String> {
    let ids: Vec<&str> = help.as_deref().into_iter().chain(error).collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn select_field(
    id: &'static str,
    Labels { label, help }: Labels,
    options: Vec<(String, String)>,
    selected: Option<String>,
    invalid: bool,
    choose: &str,
    onchange: Callback<Option<String>>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        onchange.emit((!value.is_empty()).then_some(value));
    });
    let help_id = format!("{id}-help");
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            if let Some(help) = help {
                <p class="help" id={help_id.clone()}>{ help }</p>
            }
            <select {id} data-testid={id} {onchange} required=true
                aria-invalid={invalid.to_string()} aria-describedby={described(help.map(|_| help_id), invalid.then_some("profile-required"))}>
                <option value="" selected={selected.is_none()}>{ choose }</option>
                { for options.into_iter().map(|(value, text)| {
                    let is = selected.as_deref() == Some(value.as_str());
                    html! { <option value={value} selected={is}>{ text }</option> }
                }) }
            </select>
        </div>
    }
}

#[component]
pub fn ProfileScreen(props: &Props) -> Html {
    let heading = use_focus_heading(props.focus);
    let t = &props.texts;
    let m = &props.model;
    let p = &props.profile;
    let choose = t.ui(Ui::ProfileChoose);
    let pick = |field: ProfileChoice| props.on_choose.reform(move |v| (field, v));
    let missing = |ok: bool| props.show_required && !ok;
    let industries = digitrappe_engine::profile::industry_choices(m)
        .into_iter()
        .map(|i| (i.to_string(), t.get(&format!("industry.{i}")).unwrap_or(i).to_string()))
        .collect();
    let sizes = m.profile.sizes.iter().map(|s| (s.to_string(), t.get(&format!("size.{s}")).unwrap_or(s).to_string())).collect();
    let steps = m
        .steps
        .iter()
        .map(|s| {
            let text = fill(t.ui(Ui::AmbitionOption), &[("step", &s.id.to_string()), ("name", t.step_name(s.id))]);
            (s.id.to_string(), text)
        })
        .collect();
    let onsubmit = props.on_next.reform(|e: SubmitEvent| e.prevent_default());

    html! {
        <form class="screen profile" data-testid="profile" {onsubmit} novalidate=true>
            <h1 tabindex="-1" ref={heading}>{ t.ui(Ui::ProfileHeading) }</h1>
            <p class="lead">{ t.ui(Ui::ProfileIntro) }</p>
            { select_field("profile-industry", Labels { label: t.ui(Ui::ProfileIndustry), help: None }, industries, p.industry.clone(),
                missing(p.valid_industry(m).is_some()), choose, pick(ProfileChoice::Industry)) }
            { select_field("profile-size", Labels { label: t.ui(Ui::ProfileSize), help: None }, sizes, p.size.clone(),
                missing(p.valid_size(m).is_some()), choose, pick(ProfileChoice::Size)) }
            <div class="field">
                <label for="profile-staff">{ t.ui(Ui::ProfileStaff) }</label>
                <p class="help" id="profile-staff-help">{ t.ui(Ui::ProfileStaffHelp) }</p>
                <input id="profile-staff" data-testid="profile-staff" type="number" inputmode="numeric" min="1" max="100000" step="1"
                    class="staff" aria-describedby="profile-staff-help" value={p.staff.map(|n| n.to_string()).unwrap_or_default()}
                    data-stored-value={p.staff.map(|n| n.to_string()).unwrap_or_default()}
                    onchange={pick(ProfileChoice::Staff).reform(|e: Event| {
                        let value = e.target_unchecked_into::<HtmlInputElement>().value();
                        (!value.trim().is_empty()).then_some(value)
                    })} />
            </div>
            { select_field("profile-ambition", Labels { label: t.ui(Ui::ProfileAmbition), help: Some(t.ui(Ui::ProfileAmbitionHelp)) }, steps,
                p.ambition.map(|a| a.to_string()), missing(p.valid_ambition(m).is_some()), choose, pick(ProfileChoice::Ambition)) }
            if props.show_required {
                <p class="error" role="alert" id="profile-required">{ t.ui(Ui::ProfileRequired) }</p>
            }
            <div class="actions">
                <button type="button" class="secondary" data-testid="back"
                    onclick={props.on_back.reform(|_: MouseEvent| ())}>{ t.ui(Ui::Back) }</button>
                <button type="submit" class="primary" data-testid="next">{ t.ui(Ui::Next) }</button>
            </div>
        </form>
    }
}
