//! The advice on the result screen: where to start (`routing`), three to five action
//! cards (`advice-action`, with `data-action-id`) with why / what / how, effort, the
//! reason in the company's own answers and who helps; the industry roadmap for the current
//! and the next step (`roadmap`); and the embedding site's contact people (`contact`),
//! each with a "send my result" e-mail the company writes itself.

use crate::components::answer_label;
use crate::shared::Shared;
use digitrappe_engine::advice::{Advice, Route, Why};
use digitrappe_engine::assess::Assessment;
use digitrappe_engine::catalogue::{self, Helper};
use digitrappe_engine::config::{Contact, SiteConfig};
use digitrappe_engine::explain::capped_list;
use digitrappe_engine::model::{AdviceData, Country, Effort, Stage};
use digitrappe_engine::report::Report;
use digitrappe_engine::text::{fill, Ui};
use digitrappe_engine::{Answers, Lang, Model, Texts};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    pub model: Shared<Model>,
    pub data: Shared<AdviceData>,
    /// The advice and the assessment it answers.
    pub report: Shared<Report>,
    pub answers: Answers,
    pub site: Option<Shared<SiteConfig>>,
    pub country: Country,
    /// The share link of the result, put into the "send my result" e-mail.
    pub link: Option<String>,
    /// Links may be followed (off on a kiosk: addresses are shown as text, and there is
    /// no "send my result" e-mail).
    #[prop_or(true)]
    pub links: bool,
    /// Open at first (folded on a phone).
    #[prop_or(true)]
    pub open: bool,
}

fn effort(t: &Texts, e: Effort) -> &str {
    t.ui(match e {
        Effort::Hours => Ui::EffortHours,
        Effort::Days => Ui::EffortDays,
        Effort::Weeks => Ui::EffortWeeks,
    })
}

fn stage(t: &Texts, s: Stage) -> &str {
    t.ui(match s {
        Stage::Inform => Ui::StageInform,
        Stage::Demonstrate => Ui::StageDemonstrate,
        Stage::Qualify => Ui::StageQualify,
        Stage::Design => Ui::StageDesign,
        Stage::Realise => Ui::StageRealise,
    })
}

fn link(href: String, text: &str, links: bool) -> Html {
    // A kiosk has nowhere to go: the address is shown as text, to note down.
    if !links {
        return html! { <span class="address">{ text }</span> };
    }
    // Web links open in a new tab (the app may be embedded; progress stays); nothing is
    // fetched. E-mail and phone links hand over to the visitor's own programs.
    if href.starts_with("http") {
        html! { <a href={href} target="_blank" rel="noopener noreferrer">{ text }</a> }
    } else {
        html! { <a href={href}>{ text }</a> }
    }
}

fn helper_name<'a>(t: &'a Texts, lang: Lang, h: &Helper<'a>) -> &'a str {
    match h {
        Helper::Builtin { id, .. } => t.get(&format!("help.{id}.name")).unwrap_or(id),
        Helper::Site { name, .. } => name.get(lang),
    }
}

/// One helper in "Who can help": its name (linked when it has a web address), what it
/// offers and to whom, and how to reach a site's own entry.
fn helper(t: &Texts, lang: Lang, h: &Helper, links: bool) -> Html {
    let name = helper_name(t, lang, h);
    match h {
        Helper::Builtin { id, url } => html! {
            <li class="helper" data-helper-id={id.to_string()}>
                if let Some(url) = url { { link(url.to_string(), name, links) } } else { <strong>{ name }</strong> }
                { ": " }{ t.get(&format!("help.{id}.offers")).unwrap_or_default() }
                <span class="helper-audience">{ t.get(&format!("help.{id}.audience")).unwrap_or_default() }</span>
                if let Some(conditions) = t.get(&format!("help.{id}.conditions")).filter(|c| !c.is_empty()) {
                    <span class="helper-conditions" data-testid="help-conditions">{ fill(t.ui(Ui::HelpConditions), &[("conditions", conditions)]) }</span>
                }
            </li>
        },
        Helper::Site { offers, reach, .. } => html! {
            <li class="helper site">
                if let Some(url) = &reach.url { { link(url.clone(), name, links) } } else { <strong>{ name }</strong> }
                if !offers.get(lang).is_empty() { { ": " }{ offers.get(lang) } }
                if let Some(email) = &reach.email { { " · " }{ link(format!("mailto:{email}"), email, links) } }
                if let Some(phone) = &reach.phone { { " · " }{ link(format!("tel:{}", phone.replace(' ', "")), phone, links) } }
            </li>
        },
    }
}

/// "»No« to an IT security policy (step 2)", for each of the company's gaps an action
/// answers.
fn reason(t: &Texts, model: &Model, answers: &Answers, action: &digitrappe_engine::advice::ChosenAction) -> String {
    match action.why {
        Why::Towards(step) => return fill(t.ui(Ui::AdviceGeneral), &[("step", &step.to_string())]),
        Why::Strengthen(step) => return fill(t.ui(Ui::AdviceGeneralStrengthen), &[("step", &step.to_string())]),
        Why::Floor | Why::FloorSecond | Why::Gaps if action.gaps.is_empty() => return String::new(),
        Why::Floor | Why::FloorSecond | Why::Gaps => {}
    }
    let items: Vec<String> = action
        .gaps
        .iter()
        .map(|g| {
            let answer = match (model.question(&g.question), answers.get(&g.question)) {
                (Some(q), Some(a)) => answer_label(t, q, a),
                _ => t.ui(Ui::GapUnanswered).to_string(),
            };
            // A condition that holds back no step (the green ones) has no step to name.
            let template = if g.step == 0 { Ui::AdviceReasonItemNoStep } else { Ui::AdviceReasonItem };
            fill(t.ui(template), &[("answer", &answer), ("sign", t.question(g.question.as_str()).short()), ("step", &g.step.to_string())])
        })
        .collect();
    let template = match action.why {
        Why::Floor => Ui::AdviceReasonFloor,
        Why::FloorSecond => Ui::AdviceReasonFloorSecond,
        _ => Ui::AdviceReason,
    };
    fill(t.ui(template), &[("answers", &capped_list(t, &items))])
}

/// An action's text: the variant for the site's country where the language file has one
/// (`action.<id>.how.no`: the tools a Norwegian firm uses), else the general one.
fn action_text(t: &Texts, id: &str, field: &str, country: Country) -> String {
    let code = match country {
        Country::Dk => "dk",
        Country::No => "no",
    };
    t.get(&format!("action.{id}.{field}.{code}")).or_else(|| t.get(&format!("action.{id}.{field}"))).unwrap_or_default().to_string()
}

/// The "send my result" e-mail: a short summary the company can edit before sending.
fn mail_link(t: &Texts, contact: &Contact, email: &str, assessment: &Assessment, advice: &Advice, link: &str) -> String {
    let mut weakest: Vec<(u32, &str)> = assessment.dimensions.iter().filter_map(|d| d.score.map(|s| (s, d.id.as_ref()))).collect();
    weakest.sort();
    let weakest: Vec<String> = weakest.iter().take(3).map(|(s, id)| format!("{} ({s})", t.dimension_name(id))).collect();
    let actions: Vec<String> =
        advice.actions.iter().map(|a| t.get(&format!("action.{}.title", a.id)).unwrap_or(&a.id).to_string()).collect();
    // "trin 3 (Sammenhængende processer)", or "ikke på trin 1 endnu" in words alone.
    let place = match assessment.step {
        0 => t.place(0),
        n => format!("{} ({})", t.place(n), t.step_name(n)),
    };
    let subject = fill(t.ui(Ui::MailSubject), &[("place", &t.place(assessment.step))]);
    let body = fill(
        t.ui(Ui::MailBody),
        &[
            ("name", &contact.name),
            ("place", &place),
            ("ambition", &advice.ambition.to_string()),
            ("weakest", &t.join_list(&weakest)),
            ("actions", &actions.join("; ")),
            ("link", link),
        ],
    );
    let enc = |s: &str| js_sys::encode_uri_component(s).as_string().unwrap_or_default();
    format!("mailto:{}?subject={}&body={}", email, enc(&subject), enc(&body))
}

#[component]
pub fn AdviceSection(props: &Props) -> Html {
    let t = &props.texts;
    let lang = t.lang;
    let (m, d, a) = (&props.model, &props.data, &props.report.advice);
    let site = props.site.as_deref();
    let target_name = t.step_name(a.target);
    let local = t.ui(if props.country == Country::No { Ui::RoutingLocalNo } else { Ui::RoutingLocalDk });
    let routing = match a.route {
        Route::Basic => fill(t.ui(Ui::RoutingBasic), &[("step", &a.target.to_string()), ("name", target_name), ("local", local)]),
        Route::Specialist => fill(t.ui(Ui::RoutingSpecialist), &[("step", &a.target.to_string()), ("name", target_name)]),
    };
    let contacts = catalogue::contacts(site, a, d, m);
    let organisation = site.and_then(|c| c.organisation.as_ref()).map(|o| o.get(lang).to_string());
    let industry = t.get(&format!("industry.{}", a.industry)).unwrap_or(&a.industry);
    // Who helps with each action, named on its card; each of them described once below.
    let chosen: Vec<_> = a.actions.iter().filter_map(|c| d.action(&c.id).map(|action| (c, action))).collect();
    let card_helpers: Vec<Vec<Helper>> =
        chosen.iter().map(|(_, action)| catalogue::helpers(d, site, props.country, action, m, &catalogue::Firm::of(a))).collect();
    let mut everyone: Vec<&Helper> = Vec::new();
    for h in card_helpers.iter().flatten() {
        if !everyone.contains(&h) {
            everyone.push(h);
        }
    }

    html! {
        <details class="advice result-part" open={props.open} data-part="advice">
            <summary><h2 id="advice-heading">{ t.ui(Ui::AdviceHeading) }</h2></summary>
            <p>{ if a.ambition_reached { t.ui(Ui::AdviceConsolidate) } else { t.ui(Ui::AdviceIntro) } }</p>
            <h3>{ t.ui(Ui::RoutingHeading) }</h3>
            <p class="routing" data-testid="routing" data-route={if a.route == Route::Basic { "basic" } else { "specialist" }}>{ routing }</p>
            <ol class="cards">
                { for chosen.iter().enumerate().map(|(i, (c, action))| {
                    let key = |field: &str| action_text(t, &action.id, field, props.country);
                    let helpers = &card_helpers[i];
                    html! {
                        <li class="card" data-testid="advice-action" data-action-id={action.id.to_string()}>
                            <h3>{ key("title") }</h3>
                            <p class="card-meta">
                                { stage(t, action.stage) }{ " · " }{ fill(t.ui(Ui::AdviceEffort), &[("effort", effort(t, action.effort))]) }
                            </p>
                            <p class="card-reason" data-why={match c.why { Why::Floor => "floor", Why::FloorSecond => "floor-second", Why::Gaps => "gaps", Why::Towards(_) => "towards", Why::Strengthen(_) => "strengthen" }}>{ reason(t, m, &props.answers, c) }</p>
                            <dl>
                                <dt>{ t.ui(Ui::AdviceWhy) }</dt><dd>{ key("why") }</dd>
                                <dt>{ t.ui(Ui::AdviceWhat) }</dt><dd>{ key("what") }</dd>
                                <dt>{ t.ui(Ui::AdviceHow) }</dt><dd>{ key("how") }</dd>
                            </dl>
                            <p class="card-helpers">
                                <strong>{ t.ui(Ui::AdviceHelpers) }{ ": " }</strong>
                                if helpers.is_empty() {
                                    { t.ui(Ui::AdviceNoHelpers) }
                                } else {
                                    { t.join_list(&helpers.iter().map(|h| helper_name(t, lang, h).to_string()).collect::<Vec<_>>()) }
                                }
                            </p>
                        </li>
                    }
                }) }
            </ol>

            if !everyone.is_empty() {
                <h3>{ t.ui(Ui::AdviceHelpers) }</h3>
                <ul class="helpers">{ for everyone.iter().map(|h| helper(t, lang, h, props.links)) }</ul>
            }

            <div class="roadmap" data-testid="roadmap">
                <h3>{ fill(t.ui(Ui::RoadmapHeading), &[("industry", industry)]) }</h3>
                { for a.roadmap_steps.iter().enumerate().map(|(i, step)| html! {
                    <div class="roadmap-step" data-step={step.to_string()}>
                        <h4>
                            { if i == 0 { t.ui(Ui::RoadmapNow) } else { t.ui(Ui::RoadmapNext) } }{ ": " }
                            { fill(t.ui(Ui::AmbitionOption), &[("step", &step.to_string()), ("name", t.step_name(*step))]) }
                        </h4>
                        <p>{ t.get(&format!("roadmap.{}.{step}", a.industry)).unwrap_or_default() }</p>
                        if let Some(first) = digitrappe_engine::advice::roadmap_first(d, &a.industry, *step, &a.actions, &a.in_place) {
                            <p class="roadmap-first" data-testid="roadmap-first" data-action-id={first.id.to_string()}>
                                { fill(t.ui(Ui::RoadmapFirst), &[("action", &action_text(t, &first.id, "title", props.country))]) }
                            </p>
                        }
                    </div>
                }) }
            </div>

            if !contacts.is_empty() {
                <div class="contacts">
                    <h3>{ match &organisation {
                        Some(o) => fill(t.ui(Ui::ContactsHeading), &[("organisation", o)]),
                        None => t.ui(Ui::ContactsHeadingPlain).to_string(),
                    } }</h3>
                    <p class="print-hide">{ t.ui(Ui::ContactsIntro) }</p>
                    <ul class="contact-list">
                        { for contacts.iter().map(|c| html! {
                            <li class="contact" data-testid="contact">
                                <strong>{ c.name.clone() }</strong>
                                if !c.role.get(lang).is_empty() { <span>{ ", " }{ c.role.get(lang) }</span> }
                                <ul class="plain">
                                    if let Some(phone) = &c.reach.phone {
                                        <li>{ t.ui(Ui::ContactPhone) }{ ": " }{ link(format!("tel:{}", phone.replace(' ', "")), phone, props.links) }</li>
                                    }
                                    if let Some(email) = &c.reach.email {
                                        <li>{ t.ui(Ui::ContactEmail) }{ ": " }{ link(format!("mailto:{email}"), email, props.links) }</li>
                                    }
                                    if let Some(url) = &c.reach.url {
                                        <li>{ t.ui(Ui::ContactWeb) }{ ": " }{ link(url.clone(), url, props.links) }</li>
                                    }
                                </ul>
                                if let Some(email) = c.reach.email.as_ref().filter(|_| props.links) {
                                    <a class="button-link print-hide" data-testid="contact-send"
                                        href={mail_link(t, c, email, &props.report.assessment, a, props.link.as_deref().unwrap_or_default())}>
                                        { fill(t.ui(Ui::ContactSend), &[("name", &c.name)]) }
                                    </a>
                                }
                            </li>
                        }) }
                    </ul>
                </div>
            }
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{all, model, mount_root, text_of, texts};
    use digitrappe_engine::config::parse;
    use digitrappe_engine::report::report;
    use digitrappe_engine::{builtin, Answer, Profile};
    use wasm_bindgen_test::wasm_bindgen_test;

    /// A small retailer on step 1 (without a backup), aiming for step 3.
    fn render(lang: Lang, site: Option<SiteConfig>, country: Country) -> web_sys::Element {
        let m = model();
        let answers: Answers = m
            .questions
            .iter()
            .map(|q| {
                (
                    q.id.clone(),
                    if q.steps.iter().all(|s| *s <= 1) && q.id.as_str() != "security.backup" {
                        Answer::Option(3)
                    } else {
                        Answer::Option(0)
                    },
                )
            })
            .collect();
        let profile = Profile { industry: Some("retail".into()), size: Some("1-9".into()), ambition: Some(3), staff: None };
        let data = builtin::advice();
        let r = report(&m, &data, &profile, &answers, digitrappe_engine::model::Country::Dk);
        let root = mount_root();
        let props = Props {
            texts: texts(lang),
            model: m,
            data: Shared::new(data),
            report: Shared::new(r),
            answers,
            site: site.map(Shared::new),
            country,
            link: Some("https://www.example.dk/digitrappen/?lang=da#share=40AB".into()),
            links: true,
            open: true,
        };
        yew::Renderer::<AdviceSection>::with_root_and_props(root.clone(), props).render();
        root
    }

    fn example() -> SiteConfig {
        parse(include_str!("../../../tests/fixtures/config.example.json"), &builtin::model(), &builtin::advice()).unwrap()
    }

    #[wasm_bindgen_test]
    async fn three_to_five_cards_with_why_what_how_the_routing_and_the_roadmap() {
        let root = render(Lang::En, None, Country::Dk);
        yew::scheduler::flush().await;
        let cards = all(&root, "[data-testid=advice-action]");
        assert!((3..=5).contains(&cards.len()), "{} cards", cards.len());
        for card in &cards {
            let id = card.get_attribute("data-action-id").unwrap();
            let text = card.text_content().unwrap();
            assert!(text.contains("Why") && text.contains("First move") && text.contains("How to get started"), "{id}");
            assert!(!card.query_selector("h3").unwrap().unwrap().text_content().unwrap().is_empty(), "{id} has a title");
            assert!(
                text.contains("Chosen because:") || text.contains("A good move") || text.contains("Comes right after the first action"),
                "{id} says why it was chosen"
            );
        }
        let first = cards[0].text_content().unwrap();
        assert!(first.contains(", step 2)"), "what blocks step 2 comes first: {first}");
        // No backup and no two-step login on step 1: one basic, two-step login, comes second.
        assert_eq!(cards[1].get_attribute("data-action-id").as_deref(), Some("security.login-and-updates"));
        let routing = root.query_selector("[data-testid=routing]").unwrap().unwrap();
        assert_eq!(routing.get_attribute("data-route").as_deref(), Some("basic"));
        assert!(text_of(&root, "[data-testid=routing]").contains("Erhvervshus"));
        let steps: Vec<String> =
            all(&root, "[data-testid=roadmap] .roadmap-step").iter().map(|e| e.get_attribute("data-step").unwrap()).collect();
        assert_eq!(steps, ["1", "2"]);
        assert!(text_of(&root, "[data-testid=roadmap] h3").ends_with("Retail"));
        assert!(all(&root, "[data-testid=contact]").is_empty(), "no site, no contacts");
    }

    #[wasm_bindgen_test]
    fn a_reason_names_a_step_only_where_the_gap_has_one() {
        use digitrappe_engine::advice::{ChosenAction, Why};
        use digitrappe_engine::assess::{Gap, GapReason};
        use digitrappe_engine::QuestionId;
        let (m, t) = (model(), texts(Lang::Nb));
        let gap = |id: &str, step: u8| Gap { step, question: QuestionId::new(id), reason: GapReason::NotInPlace, score: Some(33) };
        let answers: Answers =
            [(QuestionId::new("green.climate-data"), Answer::Option(1)), (QuestionId::new("admin.files"), Answer::Option(1))]
                .into_iter()
                .collect();
        let action =
            ChosenAction { id: "green.document".into(), gaps: vec![gap("green.climate-data", 0), gap("admin.files", 1)], why: Why::Gaps };
        let text = reason(&t, &m, &answers, &action);
        assert!(!text.contains("trinn 0"), "no step 0 on the staircase: {text}");
        assert!(text.contains("trinn 1)"), "a sign keeps its step: {text}");
    }

    #[wasm_bindgen_test]
    async fn a_sites_contacts_offer_to_send_the_result_by_their_own_mail() {
        let root = render(Lang::Da, Some(example()), Country::Dk);
        yew::scheduler::flush().await;
        let contacts = all(&root, "[data-testid=contact]");
        assert!(!contacts.is_empty());
        let send = root.query_selector("[data-testid=contact-send]").unwrap().unwrap();
        let href = send.get_attribute("href").unwrap();
        assert!(href.starts_with("mailto:"), "{href}");
        let body = js_sys::decode_uri_component(href.split("body=").nth(1).unwrap()).unwrap().as_string().unwrap();
        assert!(body.contains("trin 1"), "the summary names the step: {body}");
        assert!(
            body.contains("Hele resultatet: https://www.example.dk/digitrappen/?lang=da#share=40AB"),
            "and carries the share link: {body}"
        );
        assert!(text_of(&root, ".contacts h3").contains("Erhvervshus Eksempel"));
        // The site's own entry replaces the built-in Erhvervshuse wherever it fits.
        assert!(root.query_selector("[data-helper-id=dk-erhvervshuse]").unwrap().is_none());
    }

    #[wasm_bindgen_test]
    async fn norway_gets_the_norwegian_catalogue() {
        let root = render(Lang::Nb, None, Country::No);
        yew::scheduler::flush().await;
        let ids: Vec<String> = all(&root, "[data-helper-id]").iter().map(|e| e.get_attribute("data-helper-id").unwrap()).collect();
        assert!(!ids.is_empty() && ids.iter().all(|id| id.starts_with("no-")), "{ids:?}");
        assert!(text_of(&root, "[data-testid=routing]").contains("næringshage"));
    }
}
