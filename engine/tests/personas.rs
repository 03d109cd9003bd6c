//! Calibration personas (tests/fixtures/personas.json): realistic firms, each with every
//! answer as the firm itself would give it, and the step an independent reviewer (reading
//! the sources as a Danish business adviser) expected before the engine was run. The
//! engine must place every one exactly; the placement must also be robust around each of
//! them. The same file drives the end-to-end run, which answers the questionnaire as some
//! of the personas in the browser and expects the same step.

mod common;

use digitrappe_engine::advice::{advise, Route, Why, MAX_ACTIONS, MIN_ACTIONS};
use digitrappe_engine::explain::in_one_sentence;
use digitrappe_engine::model::Country;
use digitrappe_engine::report::report;
use digitrappe_engine::{assess, builtin, Answer, Answers, Lang, Model, Profile, QuestionId};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    pub id: String,
    pub description: String,
    pub profile: Profile,
    /// Every question of the model, answered.
    pub answers: BTreeMap<String, String>,
    pub expect: Expect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// 0 (not yet on step 1) to 5, set by the reviewer before the engine was run.
    pub step: u8,
    /// The reviewer's reasons, from the source.
    pub rationale: String,
    /// What the reviewer said holds the firm back, and the first piece of advice they
    /// would give (for the advice issue; not asserted here).
    pub holding_back: String,
    pub first_advice: String,
    /// Cross-cutting questions the result must name as holding the firm back.
    #[serde(default)]
    pub held_back_by: Vec<String>,
    /// Where the advice sends the firm first.
    pub route: String,
    /// The action an adviser (briefed separately, before the engine was run) would put
    /// first, others they would accept first, their first three, and actions that would
    /// be wrong for this firm.
    pub first_action: String,
    pub first_action_also: Vec<String>,
    pub top3: Vec<String>,
    pub never: Vec<String>,
}

fn personas() -> Vec<Persona> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/personas.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).expect("personas.json parses")
}

/// A Norwegian firm (its ID ends in `-no`) is seen on a Norwegian site.
fn country(p: &Persona) -> Country {
    if p.id.ends_with("-no") {
        Country::No
    } else {
        Country::Dk
    }
}

fn answers(p: &Persona) -> Answers {
    p.answers
        .iter()
        .map(|(id, token)| {
            (QuestionId::new(id.clone()), Answer::from_token(token).unwrap_or_else(|| panic!("{}: bad token {token}", p.id)))
        })
        .collect()
}

/// Every answer a question can have, from worst to best: the options, then "don't know"
/// and "not relevant" where offered.
fn choices(m: &Model, id: &QuestionId) -> Vec<Answer> {
    let q = m.question(id).unwrap();
    let mut all: Vec<Answer> = m.scale(&q.scale).unwrap().options.iter().map(|o| Answer::Option(o.value)).collect();
    all.push(Answer::DontKnow);
    if q.not_relevant {
        all.push(Answer::NotRelevant);
    }
    all
}

#[test]
fn there_are_at_least_sixteen_personas_across_industries_sizes_and_steps() {
    let (m, ps) = (builtin::model(), personas());
    assert!(ps.len() >= 16, "{} personas", ps.len());
    for size in m.profile.sizes.iter() {
        assert!(ps.iter().any(|p| p.profile.size.as_deref() == Some(size.as_ref())), "no persona of size {size}");
    }
    for step in 0..=5u8 {
        assert!(ps.iter().any(|p| p.expect.step == step), "no persona on step {step}");
    }
    let industries: std::collections::BTreeSet<_> = ps.iter().filter_map(|p| p.profile.industry.clone()).collect();
    assert!(industries.len() >= 7, "{industries:?}");
}

#[test]
fn every_persona_answers_every_question_with_an_offered_answer() {
    let model = builtin::model();
    for p in personas() {
        assert!(p.profile.is_complete(&model), "{}: incomplete profile", p.id);
        assert!(p.description.len() > 200, "{}: describe the firm", p.id);
        for q in model.questions.iter() {
            assert!(p.answers.contains_key(q.id.as_str()), "{}: no answer to {}", p.id, q.id);
        }
        for (id, token) in &p.answers {
            let q = model.question(&QuestionId::new(id.clone())).unwrap_or_else(|| panic!("{}: unknown question {id}", p.id));
            match Answer::from_token(token) {
                Some(Answer::NotRelevant) => assert!(q.not_relevant, "{}: {id} does not offer 'not relevant'", p.id),
                Some(Answer::DontKnow) => assert!(q.dont_know, "{}: {id} does not offer 'don't know'", p.id),
                Some(Answer::Option(v)) => assert!(model.option(q, v).is_some(), "{}: {id} has no option {v}", p.id),
                None => panic!("{}: {id} has the answer {token:?}", p.id),
            }
        }
    }
}

#[test]
fn the_engine_places_every_persona_where_the_reviewer_expected() {
    let model = builtin::model();
    let mut table = Vec::new();
    let mut wrong = 0;
    for p in personas() {
        let r = assess(&model, &answers(&p));
        if r.step != p.expect.step {
            wrong += 1;
        }
        let met: Vec<u8> = r.steps.iter().filter(|s| s.met).map(|s| s.step).collect();
        table.push(format!("{:<28} expected {} placed {}  (steps in place {met:?})", p.id, p.expect.step, r.step));
    }
    assert_eq!(wrong, 0, "\n{}", table.join("\n"));
}

#[test]
fn the_result_names_what_holds_each_persona_back() {
    let model = builtin::model();
    for p in personas() {
        let r = report(&model, &builtin::advice(), &p.profile, &answers(&p), country(&p));
        let named: Vec<&str> = r.holding_back.iter().map(|g| g.question.as_str()).collect();
        for id in &p.expect.held_back_by {
            assert!(named.contains(&id.as_str()), "{}: {id} should hold it back; named {named:?}", p.id);
        }
    }
}

#[test]
fn each_persona_gets_three_to_five_actions_and_the_route_a_facilitator_would_give() {
    let (model, data) = (builtin::model(), builtin::advice());
    let mut failures = Vec::new();
    for p in personas() {
        let r = assess(&model, &answers(&p));
        let advice = advise(&model, &data, &p.profile, &answers(&p), &r);
        assert!((MIN_ACTIONS..=MAX_ACTIONS).contains(&advice.actions.len()), "{}: {} actions", p.id, advice.actions.len());
        let route = match advice.route {
            Route::Basic => "basic",
            Route::Specialist => "specialist",
        };
        if route != p.expect.route {
            failures.push(format!("{}: route {route}, want {}", p.id, p.expect.route));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------
// Robust, not brittle: properties around every persona.

#[test]
fn no_single_answer_change_moves_a_persona_more_than_one_step() {
    let model = builtin::model();
    for p in personas() {
        let a = answers(&p);
        let at = assess(&model, &a).step;
        for q in model.questions.iter() {
            for answer in choices(&model, &q.id) {
                let mut changed = a.clone();
                changed.set(q.id.clone(), answer);
                let step = assess(&model, &changed).step;
                assert!(at.abs_diff(step) <= 1, "{}: {} = {answer} moves step {at} to {step}", p.id, q.id);
            }
            let mut blank = a.clone();
            blank.remove(&q.id);
            assert!(at.abs_diff(assess(&model, &blank).step) <= 1, "{}: leaving {} blank", p.id, q.id);
        }
    }
}

#[test]
fn a_better_answer_never_lowers_a_persona() {
    let model = builtin::model();
    for p in personas() {
        let a = answers(&p);
        let at = assess(&model, &a).step;
        for q in model.questions.iter() {
            let Some(Answer::Option(v)) = a.get(&q.id) else { continue };
            for better in model.scale(&q.scale).unwrap().options.iter().filter(|o| o.value > v) {
                let mut b = a.clone();
                b.set(q.id.clone(), Answer::Option(better.value));
                assert!(assess(&model, &b).step >= at, "{}: {} {v} -> {} lowers the step", p.id, q.id, better.value);
            }
        }
    }
}

/// Every question answered with the same option (its position on the scale).
fn everywhere(model: &Model, position: usize) -> Answers {
    model
        .questions
        .iter()
        .map(|q| {
            let options = &model.scale(&q.scale).unwrap().options;
            (q.id.clone(), Answer::Option(options[position.min(options.len() - 1)].value))
        })
        .collect()
}

#[test]
fn the_extremes_and_the_middle_land_where_they_should() {
    let model = builtin::model();
    assert_eq!(assess(&model, &everywhere(&model, 0)).step, 0, "the worst answer everywhere: not yet on step 1");
    assert_eq!(assess(&model, &everywhere(&model, 3)).step, 5, "the best answer everywhere: step 5");
    assert!(assess(&model, &everywhere(&model, 2)).step <= 3, "the third answer ('yes, partly') everywhere: step 3 at most");
    assert!(assess(&model, &everywhere(&model, 1)).step <= 1, "the second answer everywhere");
}

// ---------------------------------------------------------------------------------------
// The first piece of advice.

/// Each persona's first action, as the engine gives it. Every one is the adviser's first
/// choice or one they accept as first (`first_action`, `first_action_also` in the
/// fixtures), except where [`DIVERGES`] says why not.
const FIRST: &[(&str, &str)] = &[
    ("painter-solo", "admin.accounting"),
    ("mason-family", "admin.accounting"),
    ("bakery-shop", "ops.till-with-product-data"),
    ("campsite-family", "ops.online-booking"),
    ("furniture-strategy-first", "ops.production-planning"),
    ("metal-subcontractor", "ops.production-planning"),
    ("restaurant-bistro", "systems.automate-one-task"),
    ("haulier-regional", "sales.electronic-orders"),
    ("fjord-hotel-no", "security.backup"),
    ("electrician-installer", "security.backup"),
    ("hygiene-wholesaler", "data.demand-forecast"),
    ("food-producer", "security.login-and-updates"),
    ("kidswear-webshop", "security.backup"),
    ("plastics-moulder", "security.login-and-updates"),
    ("it-consultancy", "business.productise"),
    ("ecommerce-3pl", "business.service-from-product-data"),
    ("fitness-saas", "lead.change-course"),
    ("aquaculture-equipment-no", "business.model-review"),
    ("cleaning-stairwells", "admin.accounting"),
    ("kitchen-shops-chain", "ops.till-with-product-data"),
    ("dairy-farm-robots", "admin.e-invoicing"),
    ("architects-bim", "hire.graduate"),
    ("civil-contractor-no", "ethics.data-rules"),
    ("advokatkontor", "ops.projects-and-hours"),
    ("bilverksted-no", "ops.job-app"),
    ("renhold-no", "ops.job-app"),
    ("vinimport", "ops.stock-and-orders"),
    ("groentsagsavler", "data.precision-farming"),
    ("inkludering-no", "systems.connect"),
];

/// Where the engine's first action is not the adviser's, and why the answers cannot say
/// more.
const DIVERGES: &[(&str, &str)] = &[
    (
        "fitness-saas",
        "the adviser would start a certification-ready security programme because large customers ask for ISO 27001; \
         the questionnaire has no question on customers' security demands, and by the answers security is in place \
         while change management (1) and a learning plan (1) are not",
    ),
    (
        "renhold-no",
        "the adviser would restart the planning app the firm bought in 2022 and stopped using, with a rollout plan and \
         super-users; the questionnaire cannot say that a system is owned but unused (planning is answered 1, a \
         whiteboard and phone), so the engine offers a planning app like any firm without one",
    ),
];

#[test]
fn each_persona_gets_the_first_action_an_adviser_expects() {
    let (model, data) = (builtin::model(), builtin::advice());
    let personas = personas();
    assert_eq!(FIRST.len(), personas.len(), "one row per persona");
    let mut table = Vec::new();
    let mut wrong = 0;
    for (p, (id, want)) in personas.iter().zip(FIRST) {
        assert_eq!(p.id, *id, "the table follows the fixture's order");
        let r = assess(&model, &answers(p));
        let advice = advise(&model, &data, &p.profile, &answers(p), &r);
        let ids: Vec<&str> = advice.actions.iter().map(|c| c.id.as_ref()).collect();
        if ids[0] != *want {
            wrong += 1;
        }
        table.push(format!("{:<26} {:<38} {}", p.id, ids[0], ids[1..].join(", ")));
        let accepted = ids[0] == p.expect.first_action || p.expect.first_action_also.iter().any(|a| a == ids[0]);
        assert!(
            accepted || DIVERGES.iter().any(|(d, _)| d == id),
            "{}: first {} is not what the adviser accepts ({} or {:?})",
            p.id,
            ids[0],
            p.expect.first_action,
            p.expect.first_action_also
        );
        for never in &p.expect.never {
            assert!(!ids.contains(&never.as_str()), "{}: {never} is wrong for this firm, yet advised: {ids:?}", p.id);
        }
        for id in &p.expect.first_action_also {
            assert!(data.action(id).is_some(), "{}: unknown action {id}", p.id);
        }
    }
    assert_eq!(wrong, 0, "\n{}", table.join("\n"));
}

#[test]
fn a_persona_at_its_ambition_is_never_told_it_works_towards_a_step_it_has() {
    let (model, data) = (builtin::model(), builtin::advice());
    for p in personas() {
        let r = assess(&model, &answers(&p));
        let advice = advise(&model, &data, &p.profile, &answers(&p), &r);
        for c in &advice.actions {
            if let Why::Towards(s) = c.why {
                assert!(s > r.step, "{}: {} works towards step {s}, but the firm is on {}", p.id, c.id, r.step);
            }
        }
    }
}

#[test]
fn the_board_page_says_each_persona_s_placement_in_one_sentence_that_names_the_next_step() {
    let model = builtin::model();
    let mut shown = Vec::new();
    for lang in Lang::ALL {
        let t = common::texts(lang);
        for p in personas() {
            let r = report(&model, &builtin::advice(), &p.profile, &answers(&p), country(&p));
            let sentence = in_one_sentence(&r, &t);
            let a = &r.assessment;
            assert!(sentence.ends_with('.'), "{lang:?} {}: {sentence}", p.id);
            // One sentence: no full stop followed by a new sentence inside it.
            let inner = &sentence[..sentence.len() - 1];
            assert!(!inner.contains(". ") || inner.contains("f.eks. ") || inner.contains("e.g. "), "{lang:?} {}: {sentence}", p.id);
            assert!(!sentence.contains('{'), "{lang:?} {}: a placeholder left: {sentence}", p.id);
            if a.at_top() {
                assert!(sentence.contains(&a.steps.len().to_string()), "{lang:?} {}: {sentence}", p.id);
            } else {
                let next = r.move_up.as_ref().map_or_else(|| a.lowest_open().map_or(0, |s| s.step), |m| m.step);
                assert!(sentence.contains(&format!(" {next}")), "{lang:?} {}: names step {next}: {sentence}", p.id);
            }
            if lang == Lang::Da {
                shown.push(format!("{:<28} step {}  {sentence}", p.id, a.step));
            }
        }
    }
    println!("{}", shown.join("\n"));
}
