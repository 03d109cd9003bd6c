//! Golden personas: typical SMEs (tests/fixtures/personas.json) and where a facilitator
//! would expect each to land: its step, its weakest areas and its gaps on lower steps.
//! The same file drives the end-to-end run, which answers the questionnaire as each
//! persona in the browser and expects the same step.

use digitrappe_engine::advice::{advise, Route, MAX_ACTIONS, MIN_ACTIONS};
use digitrappe_engine::{assess, builtin, Answer, Answers, Model, Profile, QuestionId};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    pub id: String,
    pub description: String,
    pub profile: Profile,
    /// The answer to every question not in `answers`.
    pub default: String,
    pub answers: BTreeMap<String, String>,
    pub expect: Expect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    pub step: u8,
    pub reached: u8,
    /// The lowest-scoring areas, lowest first (ties in model order).
    #[serde(default)]
    pub weakest: Vec<String>,
    pub lower_gaps: Vec<String>,
    #[serde(default)]
    pub provisional: bool,
    /// The first action the advice names, and where it sends the company first.
    pub first_action: String,
    pub route: String,
}

fn personas() -> Vec<Persona> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/personas.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).expect("personas.json parses")
}

fn answers(model: &Model, p: &Persona) -> Answers {
    model
        .questions
        .iter()
        .map(|q| {
            let token = p.answers.get(q.id.as_str()).unwrap_or(&p.default);
            (q.id.clone(), Answer::from_token(token).unwrap_or_else(|| panic!("{}: bad token {token}", p.id)))
        })
        .collect()
}

#[test]
fn every_persona_answers_only_real_questions_with_offered_answers() {
    let model = builtin::model();
    for p in personas() {
        assert!(p.profile.is_complete(&model), "{}: incomplete profile", p.id);
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
fn each_persona_lands_where_a_facilitator_expects() {
    let model = builtin::model();
    let mut failures = Vec::new();
    for p in personas() {
        let r = assess(&model, &answers(&model, &p));
        let gaps: Vec<String> = r.lower_gaps.iter().map(|g| g.question.to_string()).collect();
        let mut scored: Vec<(u32, usize, &str)> = r
            .dimensions
            .iter()
            .enumerate()
            .filter_map(|(i, d)| d.score.map(|s| (s, i, d.id.as_ref())))
            .collect();
        scored.sort();
        let weakest: Vec<String> = scored.iter().take(p.expect.weakest.len()).map(|(_, _, id)| id.to_string()).collect();
        let got = (r.step, r.reached, &gaps, &weakest, r.completeness.provisional);
        let want = (p.expect.step, p.expect.reached, &p.expect.lower_gaps, &p.expect.weakest, p.expect.provisional);
        if got != want {
            failures.push(format!(
                "{} ({}):\n  got  step {} reached {} gaps {:?} weakest {:?} provisional {}\n  want step {} reached {} gaps {:?} weakest {:?} provisional {}\n  scores {:?}",
                p.id, p.description, got.0, got.1, got.2, got.3, got.4, want.0, want.1, want.2, want.3, want.4,
                r.dimensions.iter().map(|d| (d.id.as_ref(), d.score)).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn each_persona_gets_the_first_action_and_route_a_facilitator_would_give() {
    let (model, data) = (builtin::model(), builtin::advice());
    let mut failures = Vec::new();
    for p in personas() {
        let r = assess(&model, &answers(&model, &p));
        let advice = advise(&model, &data, &p.profile, &r);
        assert!((MIN_ACTIONS..=MAX_ACTIONS).contains(&advice.actions.len()), "{}: {} actions", p.id, advice.actions.len());
        let route = match advice.route {
            Route::Basic => "basic",
            Route::Specialist => "specialist",
        };
        let first = advice.actions[0].id.to_string();
        if (first.as_str(), route) != (p.expect.first_action.as_str(), p.expect.route.as_str()) {
            let all: Vec<&str> = advice.actions.iter().map(|a| a.id.as_ref()).collect();
            failures.push(format!("{}: got {first} / {route}, want {} / {} (all: {all:?})", p.id, p.expect.first_action, p.expect.route));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
