//! Scoring of the shipped model: the answer semantics, gating, the explanation's words,
//! the ambition gap, the cross-walks and the context figures. Typical companies are in
//! `personas.rs`.

mod common;
use common::texts;
use digitrappe_engine::ambition::ambition_gap;
use digitrappe_engine::assess::GapReason;
use digitrappe_engine::explain::{ambition, why};
use digitrappe_engine::{assess, builtin, context, Answer, Answers, Lang, Model, Profile, QuestionId};

fn model() -> Model {
    builtin::model()
}


/// Answers every question with `default`, then applies `overrides` (ID, token).
fn answers(default: &str, overrides: &[(&str, &str)]) -> Answers {
    let mut a: Answers = model()
        .questions
        .iter()
        .map(|q| (q.id.clone(), Answer::from_token(default).unwrap()))
        .collect();
    for (id, token) in overrides {
        assert!(model().question(&QuestionId::new(*id)).is_some(), "no question {id}");
        a.set(QuestionId::new(*id), Answer::from_token(token).unwrap());
    }
    a
}

/// Every question of the given steps answered with `token`, all others "0".
fn steps_at(steps: &[u8], token: &str) -> Answers {
    let m = model();
    let overrides: Vec<(&str, &str)> = m
        .questions
        .iter()
        .filter(|q| q.steps.iter().any(|s| steps.contains(s)))
        .map(|q| (q.id.as_str(), token))
        .collect();
    answers("0", &overrides)
}

#[test]
fn the_step_is_the_highest_with_every_step_below_it_reached() {
    assert_eq!(assess(&model(), &answers("0", &[])).step, 1);
    assert_eq!(assess(&model(), &answers("0", &[])).reached, 0);
    assert_eq!(assess(&model(), &answers("3", &[])).step, 5);
    for top in 1..=5u8 {
        let steps: Vec<u8> = (1..=top).collect();
        let r = assess(&model(), &steps_at(&steps, "2"));
        assert_eq!((r.step, r.reached), (top, top), "steps 1..={top} in place");
    }
}

#[test]
fn the_weakest_lower_step_caps_the_result() {
    // Everything in place except step 2: the company stands on step 1, however high it is.
    let r = assess(&model(), &steps_at(&[1, 3, 4, 5], "3"));
    assert_eq!((r.step, r.reached), (1, 1));
    assert_eq!(r.met_above_cap(), vec![3, 4, 5]);
}

#[test]
fn dont_know_counts_as_not_in_place_for_steps_but_not_in_averages() {
    let a = answers("3", &[("basics.accounting", "unknown")]);
    let r = assess(&model(), &a);
    assert_eq!(r.reached, 5, "one unknown of eight signs keeps step 1 above 60%");
    assert_eq!(r.lower_gaps.len(), 1);
    assert_eq!(r.lower_gaps[0].reason, GapReason::DontKnow);
    assert_eq!(r.dimension("processes").unwrap().score, Some(100), "the unknown answer is left out of the average");
    assert_eq!(r.completeness.dont_know, 1);
}

#[test]
fn not_relevant_leaves_the_question_out_of_evidence_and_averages() {
    let all_zero_but_one_na = answers("0", &[("people.super-users", "na")]);
    let r = assess(&model(), &all_zero_but_one_na);
    assert_eq!((r.steps[1].total_weight, r.steps[1].relevant_weight), (10, 9), "ten signs on step 2, one not relevant");
    assert_eq!(r.steps[1].missing_weight(), 9, "a sign that is not relevant is never missing");
    assert_eq!(r.completeness.not_relevant, 1);
    let a = answers("3", &[("people.super-users", "na"), ("people.hybrid", "0")]);
    assert_eq!(assess(&model(), &a).dimension("people").unwrap().score, Some(80), "five scored answers: 4 x 100 and 0");
}

#[test]
fn a_dimension_with_only_not_relevant_answers_has_no_score() {
    let mut m = model();
    for q in m.questions.to_mut().iter_mut() {
        q.not_relevant = true;
    }
    let r = assess(&m, &answers("na", &[]));
    assert!(r.dimensions.iter().all(|d| d.score.is_none()));
    assert_eq!(r.overall, None);
    assert_eq!(r.efficiency, None);
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
fn the_explanation_says_which_steps_are_in_place_and_names_what_is_missing() {
    let r = assess(&model(), &steps_at(&[1, 2], "3"));
    assert_eq!(r.step, 2);
    let da = why(&r, &texts(Lang::Da));
    assert_eq!(da[0], "Trin 1 og 2 er på plads.");
    assert!(da[1].starts_with("For at nå trin 3 mangler I: en plan for digitaliseringen, en beregning bag it-investeringer, en kompetenceplan, "), "{}", da[1]);
    assert!(da[1].ends_with(" og 7 andre."), "eleven signs: four named, seven counted: {}", da[1]);
    let en = why(&r, &texts(Lang::En));
    assert_eq!(en[0], "Steps 1 and 2 are in place.");
    assert!(en[1].ends_with(" and 7 more."), "{}", en[1]);
}

#[test]
fn the_explanation_names_steps_above_the_cap() {
    let r = assess(&model(), &steps_at(&[1, 3, 4], "3"));
    let en = why(&r, &texts(Lang::En));
    assert_eq!(en[0], "Step 1 is in place.");
    assert!(en[2].starts_with("You also have much in place from steps 3 and 4"), "{}", en[2]);
}

#[test]
fn a_company_at_the_foot_of_the_staircase_is_told_so() {
    let r = assess(&model(), &answers("0", &[("basics.accounting", "3"), ("processes.digital-documents", "3")]));
    let en = why(&r, &texts(Lang::En));
    assert_eq!(en[0], "Step 1 is not in place yet, so you are at the foot of the staircase.");
    assert_eq!(
        en[1],
        "To reach step 1, you are missing: management's eye for digital opportunities, basic digital skills for everyone, \
         an up-to-date online presence, a tested backup and 2 more."
    );
}

#[test]
fn the_ambition_gap_names_the_steps_to_go_and_the_areas_furthest_below_target() {
    let m = model();
    let r = assess(&m, &steps_at(&[1], "3"));
    assert_eq!(r.reached, 1);
    let gap = ambition_gap(&m, &r, 3).unwrap();
    assert_eq!((gap.steps_to_go, gap.reached), (2, false));
    assert!(!gap.dimensions.is_empty());
    assert!(gap.dimensions.windows(2).all(|w| w[0].gap() >= w[1].gap()), "largest gap first");
    for d in gap.dimensions.iter() {
        let target = m.dimensions.iter().find(|x| x.id == d.id).unwrap().target(3).unwrap();
        assert_eq!(d.target, target);
        assert!(d.score < d.target);
    }
    assert_eq!(ambition(&gap, &texts(Lang::Da)), "Jeres ambition er trin 3: 2 trin op fra, hvor I står i dag.");

    let top = assess(&m, &answers("3", &[]));
    let reached = ambition_gap(&m, &top, 4).unwrap();
    assert_eq!((reached.steps_to_go, reached.reached), (0, true));
    assert!(reached.dimensions.is_empty());
    assert!(ambition(&reached, &texts(Lang::En)).starts_with("You have reached your ambition, step 4."));
    assert_eq!(ambition_gap(&m, &top, 9), None, "an ambition that is not a step");
}

#[test]
fn the_dma_crosswalk_averages_the_mapped_questions_and_names_the_band() {
    let m = model();
    let r = assess(&m, &answers("2", &[]));
    assert_eq!(r.dma.len(), 6);
    for d in r.dma.iter() {
        assert_eq!(d.score, Some(67), "{}", d.id);
        assert_eq!(d.band.as_deref(), Some("moderately-advanced"), "{}", d.id);
        assert_eq!(d.answered, d.questions);
    }
    let low = assess(&m, &answers("0", &[]));
    assert!(low.dma.iter().all(|d| d.score == Some(0) && d.band.as_deref() == Some("basic")));
    let unsure = assess(&m, &answers("unknown", &[]));
    assert!(unsure.dma.iter().all(|d| d.score.is_none() && d.band.is_none() && d.answered == 0));
}

#[test]
fn the_dii_estimate_counts_indicators_and_says_how_many_are_not_asked() {
    let m = model();
    let all = assess(&m, &answers("3", &[])).dii;
    assert_eq!((all.asked, all.not_asked), (9, 3));
    assert_eq!(all.met, 9);
    assert_eq!(all.level.as_deref(), Some("high"), "9 of 12");
    assert_eq!(all.level_at_most.as_deref(), Some("very-high"), "up to 12 with the three not asked");
    let none = assess(&m, &answers("0", &[])).dii;
    assert_eq!((none.met, none.level.as_deref(), none.level_at_most.as_deref()), (0, Some("very-low"), Some("very-low")));
    let partly = assess(&m, &answers("2", &[("data.cloud", "2")])).dii;
    assert_eq!(partly.met, 8, "cloud at 'partly' is cloud, not advanced cloud");
    assert_eq!(partly.indicators.iter().find(|(id, _)| id == "cloud-advanced").unwrap().1, Some(false));
    assert_eq!(partly.indicators.iter().find(|(id, _)| id == "fast-broadband").unwrap().1, None);
}

#[test]
fn context_figures_follow_the_answers_and_the_industry() {
    let m = model();
    let none = Answers::new();
    assert!(context::figures(&m, &Profile::default(), &none).is_empty());
    let a = answers("na", &[("people.competence-plan", "0"), ("strategy.plan", "unknown")]);
    let ids: Vec<&str> = context::figures(&m, &Profile::default(), &a).iter().map(|f| f.id.as_ref()).collect();
    assert_eq!(ids, ["upskilling", "digitalisation"]);
    let tourism = Profile { industry: Some("tourism".into()), ..Profile::default() };
    let ids: Vec<&str> = context::figures(&m, &tourism, &none).iter().map(|f| f.id.as_ref()).collect();
    assert_eq!(ids, ["tourism"]);
}
