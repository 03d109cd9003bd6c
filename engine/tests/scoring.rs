//! Scoring of the shipped model: typical companies through one `check` helper, the
//! answer semantics, and the explanation's words.

use digitrappe_engine::assess::GapReason;
use digitrappe_engine::explain::why;
use digitrappe_engine::text::Texts;
use digitrappe_engine::{assess, builtin, Answer, Answers, Lang, Model, QuestionId};

fn model() -> Model {
    builtin::model().unwrap()
}

fn texts(lang: Lang) -> Texts {
    let path = format!("{}/../content/i18n/{}.json", env!("CARGO_MANIFEST_DIR"), lang.code());
    Texts::parse(lang, &std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Answers every question with `default`, then applies `overrides` (ID, token).
fn answers(default: &str, overrides: &[(&str, &str)]) -> Answers {
    let mut a: Answers = model()
        .questions
        .iter()
        .map(|q| (q.id.clone(), Answer::from_token(default).unwrap()))
        .collect();
    for (id, token) in overrides {
        a.set(QuestionId::new(*id), Answer::from_token(token).unwrap());
    }
    a
}

/// Asserts the step, the steps reached and the questions listed as lower-step gaps.
fn check(name: &str, answers: &Answers, step: u8, reached: u8, gaps: &[&str]) {
    let r = assess(&model(), answers);
    assert_eq!((r.step, r.reached), (step, reached), "{name}: step and reached");
    let got: Vec<&str> = r.lower_gaps.iter().map(|g| g.question.as_str()).collect();
    assert_eq!(got, gaps, "{name}: lower-step gaps");
}

#[test]
fn typical_companies_land_where_a_facilitator_would_put_them() {
    check("nothing in place", &answers("0", &[]), 1, 0, &[]);
    check(
        "carpenter with e-mail and accounting only",
        &answers("0", &[("basics.accounting", "3"), ("basics.everyday-skills", "2")]),
        1,
        1,
        &[],
    );
    check(
        "manufacturer with ERP, CAD and a plan, but no data use",
        &answers(
            "1",
            &[
                ("basics.accounting", "3"),
                ("basics.everyday-skills", "2"),
                ("systems.business-system", "3"),
                ("systems.connected", "2"),
                ("strategy.plan", "2"),
            ],
        ),
        3,
        3,
        &["people.buyer-competence"],
    );
    check("everything fully in place", &answers("3", &[]), 5, 5, &[]);
    check(
        "advanced on top, but step 2 missing: capped at step 1",
        &answers("3", &[("systems.business-system", "0"), ("people.buyer-competence", "1")]),
        1,
        1,
        &[],
    );
}

#[test]
fn dont_know_counts_as_not_in_place_for_steps_but_not_in_averages() {
    let a = answers("3", &[("basics.accounting", "unknown")]);
    let r = assess(&model(), &a);
    // Step 1 has two pieces of evidence; with one unknown, 50% is still in place.
    assert_eq!(r.reached, 5);
    assert_eq!(r.lower_gaps.len(), 1);
    assert_eq!(r.lower_gaps[0].reason, GapReason::DontKnow);
    // The unknown answer is left out of the average, so processes still scores 100.
    assert_eq!(r.dimension("processes").unwrap().score, Some(100));
    assert_eq!(r.completeness.dont_know, 1);
}

#[test]
fn not_relevant_leaves_the_question_out_of_evidence_and_averages() {
    let a = answers("0", &[("basics.accounting", "3"), ("basics.everyday-skills", "na")]);
    let r = assess(&model(), &a);
    assert_eq!(r.reached, 1);
    assert_eq!(r.steps[0].relevant_weight, 1);
    assert_eq!(r.dimension("people").unwrap().score, Some(0), "buyer competence (0) is the only scored people answer");
    let all_na = answers("3", &[("basics.everyday-skills", "na")]);
    assert_eq!(assess(&model(), &all_na).completeness.not_relevant, 1);
}

#[test]
fn a_dimension_with_only_not_relevant_answers_has_no_score() {
    let mut m = model();
    for q in m.questions.iter_mut() {
        q.not_relevant = true;
    }
    let a = answers("na", &[]);
    let r = assess(&m, &a);
    assert!(r.dimensions.iter().all(|d| d.score.is_none()));
    assert_eq!(r.overall, None);
}

#[test]
fn too_few_answers_or_too_many_dont_knows_make_the_result_provisional() {
    let m = model();
    let mut few = Answers::new();
    few.set(QuestionId::new("basics.accounting"), Answer::Option(3));
    assert!(assess(&m, &few).completeness.provisional);
    assert!(!assess(&m, &answers("2", &[])).completeness.provisional);
    let unsure = answers("unknown", &[("basics.accounting", "3"), ("tech.advanced", "1")]);
    assert!(assess(&m, &unsure).completeness.provisional);
}

#[test]
fn answers_that_do_not_fit_the_model_are_ignored_with_a_note() {
    let mut a = answers("3", &[]);
    a.set(QuestionId::new("no.such-question"), Answer::Option(1));
    a.set(QuestionId::new("basics.accounting"), Answer::Option(9));
    a.set(QuestionId::new("strategy.plan"), Answer::NotRelevant); // not offered there
    let r = assess(&model(), &a);
    assert_eq!(r.notes.len(), 3, "{:?}", r.notes);
    assert_eq!(r.completeness.answered, r.completeness.total - 2);
}

#[test]
fn the_explanation_says_which_steps_are_in_place_and_what_is_missing() {
    let a = answers("0", &[("basics.accounting", "3"), ("basics.everyday-skills", "3"), ("systems.business-system", "2")]);
    let r = assess(&model(), &a);
    assert_eq!(r.step, 2);
    let da = why(&r, &texts(Lang::Da));
    assert_eq!(da[0], "Trin 1 og 2 er på plads.");
    assert_eq!(da[1], "For at nå trin 3 mangler I: systemer, der hænger sammen og en plan for digitaliseringen.");
    let en = why(&r, &texts(Lang::En));
    assert_eq!(en[0], "Steps 1 and 2 are in place.");
    assert!(en[1].starts_with("To reach step 3, you are missing: connected systems and a plan"), "{}", en[1]);
}

#[test]
fn the_explanation_names_steps_above_the_cap() {
    let a = answers("3", &[("systems.business-system", "0"), ("people.buyer-competence", "0")]);
    let r = assess(&model(), &a);
    assert_eq!(r.step, 1);
    let nb = why(&r, &texts(Lang::Nb));
    assert_eq!(nb[0], "Trinn 1 er på plass.");
    assert!(nb[2].starts_with("Dere har også mye på plass fra trinn 3, 4 og 5"), "{}", nb[2]);
}

#[test]
fn a_company_at_the_foot_of_the_staircase_is_told_so() {
    let r = assess(&model(), &answers("0", &[]));
    let en = why(&r, &texts(Lang::En));
    assert_eq!(en[0], "Step 1 is not in place yet, so you are at the foot of the staircase.");
    assert!(en[1].starts_with("To reach step 1, you are missing: accounting software and basic digital skills"));
}
