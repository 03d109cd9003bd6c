//! Scoring of the shipped model: the placement rule, the answer semantics, the
//! explanation's words, the ambition gap, the cross-walks and the context figures. Typical
//! companies are in `personas.rs`; properties over all answers in `properties.rs`.

mod common;
use common::texts;
use digitrappe_engine::ambition::ambition_gap;
use digitrappe_engine::assess::{holding_back_step, GapReason};
use digitrappe_engine::explain::{ambition, holding_back, why};
use digitrappe_engine::model::Role;
use digitrappe_engine::report::report;
use digitrappe_engine::{assess, builtin, context, Answer, Answers, Lang, Model, Profile, QuestionId};

fn model() -> Model {
    builtin::model()
}

/// Answers every question with `default`, then applies `overrides` (ID, token).
fn answers(default: &str, overrides: &[(&str, &str)]) -> Answers {
    let mut a: Answers = model().questions.iter().map(|q| (q.id.clone(), Answer::from_token(default).unwrap())).collect();
    for (id, token) in overrides {
        assert!(model().question(&QuestionId::new(*id)).is_some() || model().is_retired(&QuestionId::new(*id)), "no question {id}");
        a.set(QuestionId::new(*id), Answer::from_token(token).unwrap());
    }
    a
}

/// Every sign (solution question) of the given steps answered with `token`, all other
/// questions "0".
fn steps_at(steps: &[u8], token: &str) -> Answers {
    let m = model();
    let overrides: Vec<(&str, &str)> = m
        .questions
        .iter()
        .filter(|q| q.role == Role::Solution && q.steps.iter().any(|s| steps.contains(s)))
        .map(|q| (q.id.as_str(), token))
        .collect();
    answers("0", &overrides)
}

#[test]
fn the_step_is_the_number_of_steps_in_place() {
    assert_eq!(assess(&model(), &answers("0", &[])).step, 0, "nothing in place: not yet on step 1");
    assert_eq!(assess(&model(), &answers("3", &[])).step, 5);
    for top in 1..=5u8 {
        let steps: Vec<u8> = (1..=top).collect();
        let r = assess(&model(), &steps_at(&steps, "3"));
        assert_eq!(r.step, top, "steps 1..={top} in place");
        assert!(r.open_below.is_empty());
    }
}

#[test]
fn a_step_left_open_below_counts_one_step_down() {
    let r = assess(&model(), &steps_at(&[1, 2, 4], "3"));
    assert_eq!((r.step, r.highest_in_place(), r.open_below.clone()), (3, 4, vec![3]));
    let r = assess(&model(), &steps_at(&[1, 3, 4, 5], "3"));
    assert_eq!((r.step, r.open_below.clone()), (4, vec![2]));
    let r = assess(&model(), &steps_at(&[5], "3"));
    assert_eq!((r.step, r.open_below.clone()), (1, vec![1, 2, 3, 4]));
}

#[test]
fn the_cross_cutting_areas_never_set_or_cap_the_step() {
    let m = model();
    let enablers: Vec<&str> = m.questions.iter().filter(|q| q.role == Role::Enabler).map(|q| q.id.as_str()).collect();
    let weak: Vec<(&str, &str)> = enablers.iter().map(|id| (*id, "0")).collect();
    let r = assess(&m, &answers("3", &weak));
    assert_eq!(r.step, 5, "every solution in daily use, no leadership, security or skills");
    assert_eq!(holding_back_step(&r, None), 5);
    assert!(!r.holding_back(&m, 5).is_empty(), "and the result says what holds the company back");
    let strong: Vec<(&str, &str)> = enablers.iter().map(|id| (*id, "3")).collect();
    assert_eq!(assess(&m, &answers("0", &strong)).step, 0, "good leadership alone puts no step in place");
}

#[test]
fn what_holds_the_company_back_is_what_matters_on_the_way_to_its_next_step() {
    let m = model();
    let r = assess(&m, &steps_at(&[1, 2], "3"));
    assert_eq!(holding_back_step(&r, Some(4)), 3);
    assert_eq!(holding_back_step(&r, Some(2)), 2, "at its ambition: what it needs to hold on to its step");
    let back = r.holding_back(&m, 3);
    let ids: Vec<&str> = back.iter().map(|g| g.question.as_str()).collect();
    for id in &ids {
        let q = m.question(&QuestionId::new(*id)).unwrap();
        assert_eq!(q.role, Role::Enabler);
        assert!(q.steps.contains(&3), "{id} does not matter on the way to step 3");
    }
    assert!(ids.contains(&"people.buying") && ids.contains(&"security.restore"), "{ids:?}");
    assert!(!ids.contains(&"people.in-house"), "deep skills matter from step 4: {ids:?}");
    assert!(!ids.iter().any(|id| id.starts_with("green.")), "the green questions hold back no step");
    // All "no": those that matter on the fewest steps come first (here the three-step ones,
    // in question order); what matters on every step comes after them.
    assert_eq!(&ids[..4], ["lead.direction", "people.everyday", "people.buying", "people.learning-plan"]);
    assert_eq!(ids.last(), Some(&"lead.change"));
}

#[test]
fn the_third_answer_everywhere_is_step_three_a_pilot_is_not_an_advanced_step() {
    assert_eq!(assess(&model(), &answers("2", &[])).step, 3);
}

#[test]
fn dont_know_counts_as_not_in_place_for_steps_but_not_in_averages_and_is_named() {
    let a = answers("3", &[("admin.bookkeeping", "unknown")]);
    let r = assess(&model(), &a);
    assert_eq!(r.step, 5, "files and being findable keep step 1 in place (half its weight)");
    assert_eq!(r.lower_gaps.len(), 1);
    assert_eq!(r.lower_gaps[0].reason, GapReason::DontKnow);
    assert_eq!(r.unknown, vec![QuestionId::new("admin.bookkeeping")]);
    assert_eq!(r.dimension("processes").unwrap().score, Some(100), "the unknown answer is left out of the average");
    assert_eq!(r.completeness.dont_know, 1);
    let two = assess(&model(), &answers("3", &[("admin.bookkeeping", "unknown"), ("admin.files", "unknown")]));
    assert_eq!(two.step, 4, "with bookkeeping and files unknown, step 1 is open below");
}

#[test]
fn not_relevant_takes_a_sign_out_of_the_evidence_within_a_minimum() {
    let r = assess(&model(), &answers("0", &[("sales.online-orders", "na")]));
    assert_eq!((r.steps[1].signs, r.steps[1].relevant), (4, 3), "four signs on step 2, one not relevant");
    assert_eq!(r.steps[1].missing.len(), 3, "a sign that is not relevant is never missing");
    assert_eq!(r.completeness.not_relevant, 1);
    // Step 4 judged on the two signs that apply: one of them is half (50 % of 2).
    let na = [("tech.machine-data", "na"), ("tech.advanced-kit", "na")];
    assert_eq!(assess(&model(), &answers("3", &na)).step, 5);
    assert_eq!(assess(&model(), &answers("3", &[na[0], na[1], ("tech.ai-in-process", "2")])).step, 5);
    let r = assess(&model(), &answers("3", &[na[0], na[1], ("tech.ai-in-process", "2"), ("tech.analytics", "2")]));
    assert_eq!((r.step, r.open_below.clone()), (4, vec![4]));
    // Below the minimum of evidence, a step cannot be judged and is not in place.
    let mut m = model();
    for q in m.questions.to_mut().iter_mut() {
        q.not_relevant = true;
    }
    let r = assess(&m, &answers("3", &[("model.digital-offer", "na"), ("model.data-offers", "na")]));
    assert_eq!(r.step, 4);
    assert_eq!(r.too_little_evidence().iter().map(|s| s.step).collect::<Vec<_>>(), vec![5]);
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
    assert_eq!(r.step, 0, "no step can be judged");
}

#[test]
fn too_few_answers_or_too_many_dont_knows_make_the_result_provisional() {
    let m = model();
    let mut few = Answers::new();
    few.set(QuestionId::new("admin.bookkeeping"), Answer::Option(3));
    assert!(assess(&m, &few).completeness.provisional);
    assert!(!assess(&m, &answers("2", &[])).completeness.provisional);
    let unsure = answers("unknown", &[("admin.bookkeeping", "3"), ("tech.advanced-kit", "1")]);
    assert!(assess(&m, &unsure).completeness.provisional);
}

#[test]
fn answers_that_do_not_fit_the_model_are_ignored_with_a_note() {
    let mut a = answers("3", &[]);
    a.set(QuestionId::new("no.such-question"), Answer::Option(1));
    a.set(QuestionId::new("admin.bookkeeping"), Answer::Option(9));
    a.set(QuestionId::new("lead.direction"), Answer::NotRelevant); // not offered there
    let r = assess(&model(), &a);
    assert_eq!(r.notes.len(), 3, "{:?}", r.notes);
    assert_eq!(r.completeness.answered, r.completeness.total - 2);
}

#[test]
fn answers_to_retired_questions_are_kept_named_and_not_counted() {
    let mut a = answers("0", &[]);
    a.set(QuestionId::new("basics.accounting"), Answer::Option(3));
    a.set(QuestionId::new("security.backup"), Answer::Option(3));
    let r = assess(&model(), &a);
    assert_eq!(r.retired, vec![QuestionId::new("basics.accounting"), QuestionId::new("security.backup")]);
    assert!(r.notes.is_empty(), "a retired question is not an unknown one: {:?}", r.notes);
    let without = assess(&model(), &answers("0", &[]));
    assert_eq!((r.step, &r.dimensions, &r.completeness), (without.step, &without.dimensions, &without.completeness));
}

fn report_of(a: &Answers, ambition: Option<u8>) -> digitrappe_engine::report::Report {
    let profile = Profile { industry: Some("retail".into()), size: Some("1-9".into()), ambition, staff: None };
    report(&model(), &builtin::advice(), &profile, a, digitrappe_engine::model::Country::Dk)
}

#[test]
fn the_explanation_says_which_steps_are_in_place_and_what_puts_the_next_one_in_place() {
    let r = report_of(&steps_at(&[1, 2], "3"), Some(4));
    assert_eq!(r.assessment.step, 2);
    let da = why(&r, &texts(Lang::Da));
    assert_eq!(da[0], "Trin 1 og 2 er på plads.");
    assert_eq!(
        da[1],
        "Trin 3 kommer på plads med sammenhængende systemer uden dobbelt indtastning og digital udveksling med kunder og leverandører."
    );
    assert_eq!(da.len(), 2);
    let back = holding_back(&r, &texts(Lang::Da)).unwrap();
    assert_eq!(back, "Ud over de digitale løsninger er det især dette der kan holde jer tilbage på vej mod trin 3: I mangler en digital retning koblet til forretningen, digitale hverdagskompetencer blandt medarbejderne og en kravliste ud fra egne behov før køb.");
    let en = why(&r, &texts(Lang::En));
    assert_eq!(en[0], "Steps 1 and 2 are in place.");
    assert_eq!(
        holding_back(&report_of(&answers("3", &[]), Some(5)), &texts(Lang::En)),
        None,
        "nothing to say at the top with everything in place"
    );
    let m = model();
    let mut a = steps_at(&[1, 2], "3");
    for q in m.questions.iter().filter(|q| q.role == Role::Enabler) {
        a.set(q.id.clone(), Answer::Option(3));
    }
    assert_eq!(
        holding_back(&report_of(&a, Some(4)), &texts(Lang::En)).as_deref(),
        Some("In the cross-cutting areas – leadership, people, security and networks – nothing holds you back on the way to step 3."),
        "and says so when nothing holds a company back"
    );
}

#[test]
fn a_company_at_its_ambition_is_told_so_and_what_it_needs_to_hold_on_to_it() {
    let r = report_of(&steps_at(&[1, 2, 3], "3"), Some(3));
    let en = why(&r, &texts(Lang::En));
    assert_eq!(en, ["Steps 1, 2 and 3 are in place.", "You have reached the step you aim for (step 3)."]);
    let back = holding_back(&r, &texts(Lang::En)).unwrap();
    assert!(back.starts_with("What is worth strengthening now is, in particular, "), "{back}");
    assert!(!back.contains("knowledge institutions"), "nothing that matters only further up: {back}");
}

#[test]
fn the_explanation_names_a_step_left_open_below_and_gaps_on_the_steps_reached() {
    let mut a = steps_at(&[1, 2, 4], "3");
    a.set(QuestionId::new("ops.planning"), Answer::Option(1));
    let en = why(&report_of(&a, Some(5)), &texts(Lang::En));
    assert_eq!(en[0], "Steps 1, 2 and 4 are in place.");
    assert_eq!(
        en[1],
        "You have step 4 in place with machine and sensor data (IoT) in daily use, AI built into a process, data analysis that predicts or optimises \
         and advanced technology such as 3D printing, VR/AR or digital twins, but step 3 below it is not in place. Each step left open below costs \
         one step – so you stand on step 3, not step 4."
    );
    assert_eq!(en[2], "On the steps you have reached, you still lack: digital planning of the work.");
    assert!(en[3].starts_with("Step 3 comes into place with ") && en[3].ends_with(" – and then you stand on step 4."), "{}", en[3]);
}

#[test]
fn a_company_not_yet_on_step_one_is_told_so() {
    let m = model();
    let r = report_of(&answers("0", &[("admin.files", "3")]), Some(2));
    assert_eq!(r.assessment.step, 0);
    let en = why(&r, &texts(Lang::En));
    assert_eq!(en[0], "You are not yet on step 1.");
    assert_eq!(en[1], "Step 1 comes into place with digital bookkeeping and invoicing.");
    // Digital bookkeeping is where digital administration begins: it counts as two signs.
    assert_eq!(assess(&m, &answers("0", &[("admin.bookkeeping", "2")])).step, 1);
    let back = holding_back(&r, &texts(Lang::En)).unwrap();
    assert!(back.starts_with("Besides the digital solutions, "), "{back}");
    assert!(back.contains(" may hold you back on the way to step 1 is, in particular, that you lack "), "{back}");
}

#[test]
fn the_ambition_gap_names_the_steps_to_go_and_the_areas_furthest_below_target() {
    let m = model();
    let r = assess(&m, &steps_at(&[1], "3"));
    assert_eq!(r.step, 1);
    let gap = ambition_gap(&m, &r, 3).unwrap();
    assert_eq!((gap.steps_to_go, gap.reached), (2, false));
    assert!(!gap.dimensions.is_empty());
    assert!(gap.dimensions.windows(2).all(|w| w[0].gap() >= w[1].gap()), "largest gap first");
    for d in gap.dimensions.iter() {
        let target = m.dimensions.iter().find(|x| x.id == d.id).unwrap().target(3).unwrap();
        assert_eq!(d.target, target);
        assert!(d.score < d.target);
    }
    assert_eq!(ambition(&gap, &texts(Lang::Da)), "Jeres ambition er trin 3: 2 trin højere end det I står på i dag.");

    let top = assess(&m, &answers("3", &[]));
    let reached = ambition_gap(&m, &top, 4).unwrap();
    assert_eq!((reached.steps_to_go, reached.reached), (0, true));
    assert!(reached.dimensions.is_empty());
    assert!(ambition(&reached, &texts(Lang::En)).starts_with("You have reached your ambition, step 4."));
    assert_eq!(ambition_gap(&m, &top, 9), None, "an ambition that is not a step");
    let none = assess(&m, &answers("0", &[]));
    assert_eq!(ambition_gap(&m, &none, 1).unwrap().steps_to_go, 1, "from below step 1, step 1 is one step up");
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
    assert_eq!((all.asked, all.not_asked), (7, 5));
    assert_eq!(all.met, 7);
    assert_eq!(all.level.as_deref(), Some("high"), "7 of 12");
    assert_eq!(all.level_at_most.as_deref(), Some("very-high"), "up to 12 with the five not asked");
    let none = assess(&m, &answers("0", &[])).dii;
    assert_eq!((none.met, none.level.as_deref(), none.level_at_most.as_deref()), (0, Some("very-low"), Some("low")));
    let partly = assess(&m, &answers("2", &[])).dii;
    assert_eq!(partly.met, 6, "shared files in place are not yet files reachable from anywhere (cloud)");
    assert_eq!(partly.indicators.iter().find(|(id, _)| id == "cloud").unwrap().1, Some(false));
    assert_eq!(partly.indicators.iter().find(|(id, _)| id == "fast-broadband").unwrap().1, None);
}

#[test]
fn context_figures_follow_the_answers_and_the_industry() {
    let m = model();
    let none = Answers::new();
    assert!(context::figures(&m, &Profile::default(), &none, digitrappe_engine::model::Country::Dk).is_empty());
    let a = answers("na", &[("people.learning-plan", "0"), ("lead.direction", "unknown")]);
    let ids: Vec<&str> =
        context::figures(&m, &Profile::default(), &a, digitrappe_engine::model::Country::Dk).iter().map(|f| f.id.as_ref()).collect();
    assert_eq!(ids, ["upskilling", "digitalisation"]);
    let tourism = Profile { industry: Some("tourism".into()), ..Profile::default() };
    let ids: Vec<&str> =
        context::figures(&m, &tourism, &none, digitrappe_engine::model::Country::Dk).iter().map(|f| f.id.as_ref()).collect();
    assert_eq!(ids, ["tourism"]);
}

#[test]
fn a_norwegian_site_shows_only_norwegian_figures_and_a_danish_site_only_danish_ones() {
    use digitrappe_engine::model::Country;
    let m = model();
    // Every question that has a figure answered, in a tourism firm.
    let a = answers("0", &[]);
    let tourism = Profile { industry: Some("tourism".into()), ..Profile::default() };
    let no: Vec<_> = context::figures(&m, &tourism, &a, Country::No);
    let dk: Vec<_> = context::figures(&m, &tourism, &a, Country::Dk);
    assert!(!no.is_empty() && no.iter().all(|f| f.country == Country::No), "{no:?}");
    assert!(!dk.is_empty() && dk.iter().all(|f| f.country == Country::Dk), "{dk:?}");
    // Each figure names its source, and a Norwegian one a Norwegian source.
    for f in m.context.iter().filter(|f| f.country == Country::No) {
        assert!(f.source.contains("SSB") || f.source.contains("NHO") || f.source.contains("Norw"), "{}: {}", f.id, f.source);
    }
}

/// What a question takes is one rule (`answers::offers`/`offered`): the question screen, a
/// projector's number keys, the paper sheet and scoring all ask it, so none can accept an
/// answer another refuses. Here: the list and the yes/no agree, for every possible answer.
#[test]
fn the_answers_a_question_offers_are_one_rule_for_screen_paper_and_scoring() {
    use digitrappe_engine::answers::{offered, offers};
    use digitrappe_engine::Answer;
    let model = digitrappe_engine::builtin::model();
    for q in model.questions.iter() {
        let shown = offered(&model, q);
        let options = model.scale(&q.scale).unwrap().options.len();
        assert_eq!(shown.len(), options + usize::from(q.not_relevant) + usize::from(q.dont_know), "{}", q.id);
        let every = (0..=u8::MAX).map(Answer::Option).chain([Answer::NotRelevant, Answer::DontKnow]);
        for answer in every {
            assert_eq!(offers(&model, q, &answer), shown.contains(&answer), "{} {answer:?}", q.id);
        }
    }
}
