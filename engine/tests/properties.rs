//! Properties of the scoring that hold for every possible set of answers.

mod common;
use common::any_answers;
use digitrappe_engine::advice::{advise, MAX_ACTIONS, MIN_ACTIONS};
use digitrappe_engine::move_up::{move_up, what_if, MAX_CHANGES};
use digitrappe_engine::share;
use digitrappe_engine::{assess, builtin, Answer, Answers, Model, Profile, QuestionId};
use proptest::prelude::*;

fn model() -> Model {
    builtin::model()
}

/// A complete set of answers: every question has one (an option, or "not relevant" /
/// "don't know" where offered).
fn complete_answers() -> impl Strategy<Value = Answers> {
    let m = model();
    let per_question: Vec<_> = m
        .questions
        .iter()
        .map(|q| {
            let mut choices: Vec<Answer> = m.scale(&q.scale).unwrap().options.iter().map(|o| Answer::Option(o.value)).collect();
            if q.not_relevant {
                choices.push(Answer::NotRelevant);
            }
            if q.dont_know {
                choices.push(Answer::DontKnow);
            }
            (Just(q.id.clone()), proptest::sample::select(choices))
        })
        .collect();
    per_question.prop_map(|pairs| pairs.into_iter().collect())
}

fn any_profile() -> impl Strategy<Value = Profile> {
    let industries: Vec<String> = model().profile.industries.iter().map(|i| i.to_string()).collect();
    (proptest::sample::select(industries), 1u8..=5).prop_map(|(industry, ambition)| Profile {
        industry: Some(industry),
        size: Some("10-49".into()),
        ambition: Some(ambition),
        staff: None,
    })
}

/// The same answers, inserted in an order shuffled deterministically from `seed`.
fn shuffled(a: &Answers, seed: u64) -> Answers {
    let mut pairs: Vec<_> = a.iter().map(|(id, ans)| (id.clone(), ans)).collect();
    let mut state = seed | 1;
    for i in (1..pairs.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        pairs.swap(i, (state % (i as u64 + 1)) as usize);
    }
    pairs.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn scores_stay_within_0_to_100_and_the_step_within_0_to_5(a in any_answers()) {
        let r = assess(&model(), &a);
        prop_assert!(r.step <= 5);
        prop_assert_eq!(r.step as usize, r.steps.iter().filter(|s| s.met).count());
        for s in [r.overall, r.efficiency, r.added_value].into_iter().chain(r.dimensions.iter().map(|d| d.score)).flatten() {
            prop_assert!(s <= 100);
        }
    }

    #[test]
    fn a_better_option_never_lowers_a_score_or_the_step(a in any_answers(), pick in any::<proptest::sample::Index>()) {
        let m = model();
        let answered: Vec<_> = a.iter().filter_map(|(id, ans)| match ans {
            Answer::Option(v) => Some((id.clone(), v)),
            _ => None,
        }).collect();
        prop_assume!(!answered.is_empty());
        let (id, value) = answered[pick.index(answered.len())].clone();
        let q = m.question(&id).unwrap();
        let options = &m.scale(&q.scale).unwrap().options;
        let at = options.iter().position(|o| o.value == value).unwrap();
        prop_assume!(at + 1 < options.len());
        let mut better = a.clone();
        better.set(id, Answer::Option(options[at + 1].value));
        let (before, after) = (assess(&m, &a), assess(&m, &better));
        prop_assert!(after.step >= before.step);
        for (b, x) in before.dimensions.iter().zip(&after.dimensions) {
            prop_assert!(x.score >= b.score, "{}: {:?} -> {:?}", b.id, b.score, x.score);
        }
    }

    #[test]
    fn not_relevant_counts_as_if_the_question_were_not_asked(a in any_answers(), pick in any::<proptest::sample::Index>()) {
        // "Not relevant" neither helps nor hurts: the step is what a questionnaire without
        // the question would give.
        let m = model();
        let offered: Vec<_> = m.questions.iter().filter(|q| q.not_relevant).collect();
        let q = offered[pick.index(offered.len())];
        let mut na = a.clone();
        na.set(q.id.clone(), Answer::NotRelevant);
        let mut without = m.clone();
        without.questions.to_mut().retain(|x| x.id != q.id);
        let mut rest = a.clone();
        rest.remove(&q.id);
        prop_assert_eq!(assess(&m, &na).step, assess(&without, &rest).step, "{}", q.id);
    }

    #[test]
    fn one_answer_moves_the_step_by_one_at_most(a in any_answers(), pick in any::<proptest::sample::Index>(), to in any::<proptest::sample::Index>()) {
        let m = model();
        let q = &m.questions[pick.index(m.questions.len())];
        let mut choices: Vec<Option<Answer>> = vec![None, Some(Answer::DontKnow)];
        choices.extend(m.scale(&q.scale).unwrap().options.iter().map(|o| Some(Answer::Option(o.value))));
        if q.not_relevant {
            choices.push(Some(Answer::NotRelevant));
        }
        let mut changed = a.clone();
        match choices[to.index(choices.len())] {
            Some(answer) => changed.set(q.id.clone(), answer),
            None => { changed.remove(&q.id); }
        }
        let (before, after) = (assess(&m, &a).step, assess(&m, &changed).step);
        prop_assert!(before.abs_diff(after) <= 1, "{}: {} -> {}", q.id, before, after);
    }

    #[test]
    fn what_would_move_us_up_moves_the_company_up_exactly_one_step(a in any_answers()) {
        let m = model();
        let r = assess(&m, &a);
        match move_up(&m, &a, &r) {
            None => prop_assert!(r.at_top() || r.steps.iter().filter(|s| !s.met).all(|s| !s.enough_evidence), "nothing offered below the top"),
            Some(up) => {
                prop_assert!((1..=MAX_CHANGES).contains(&up.changes.len()));
                prop_assert_eq!(up.to, r.step + 1);
                prop_assert_eq!(what_if(&m, &a, &up.changes), r.step + 1);
                // It takes every one of them: any one fewer leaves the company where it is.
                for skip in 0..up.changes.len() {
                    let mut fewer = up.changes.clone();
                    fewer.remove(skip);
                    prop_assert_eq!(what_if(&m, &a, &fewer), r.step);
                }
                // The lowest step not in place that can be judged.
                prop_assert_eq!(Some(up.step), r.steps.iter().find(|s| !s.met && s.enough_evidence).map(|s| s.step));
            }
        }
    }

    #[test]
    fn the_result_is_the_same_for_the_same_answers_in_any_order(a in any_answers(), seed in any::<u64>()) {
        let m = model();
        let shuffled = shuffled(&a, seed);
        prop_assert_eq!(assess(&m, &shuffled), assess(&m, &a));
    }

    #[test]
    fn crosswalks_stay_in_range(a in any_answers()) {
        let r = assess(&model(), &a);
        for d in r.dma.iter() {
            prop_assert!(d.score.is_none_or(|s| s <= 100));
            prop_assert_eq!(d.score.is_some(), d.band.is_some());
            prop_assert!(d.answered <= d.questions);
        }
        prop_assert!(r.dii.met <= r.dii.asked);
        prop_assert_eq!(r.dii.asked + r.dii.not_asked, r.dii.indicators.len());
    }

    #[test]
    fn a_completed_assessment_always_gets_three_to_five_distinct_actions(a in complete_answers(), p in any_profile()) {
        let (m, d) = (model(), builtin::advice());
        let advice = advise(&m, &d, &p, &a, &assess(&m, &a));
        prop_assert!((MIN_ACTIONS..=MAX_ACTIONS).contains(&advice.actions.len()), "{} actions", advice.actions.len());
        let mut ids: Vec<&str> = advice.actions.iter().map(|c| c.id.as_ref()).collect();
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), advice.actions.len(), "an action twice");
    }

    #[test]
    fn nothing_is_advised_above_the_ambition_until_it_is_reached(a in complete_answers(), p in any_profile()) {
        let (m, d) = (model(), builtin::advice());
        let r = assess(&m, &a);
        let advice = advise(&m, &d, &p, &a, &r);
        let ambition = p.ambition.unwrap();
        if r.step < ambition {
            for c in &advice.actions {
                let steps = &d.action(&c.id).unwrap().steps;
                prop_assert!(steps.iter().any(|s| *s <= ambition), "{} serves only steps above ambition {}", c.id, ambition);
            }
        }
    }

    #[test]
    fn the_advice_is_the_same_for_the_same_answers_in_any_order(a in complete_answers(), p in any_profile(), seed in any::<u64>()) {
        let (m, d) = (model(), builtin::advice());
        let shuffled = shuffled(&a, seed);
        prop_assert_eq!(advise(&m, &d, &p, &shuffled, &assess(&m, &shuffled)), advise(&m, &d, &p, &a, &assess(&m, &a)));
    }

    #[test]
    fn no_answer_set_makes_the_engine_panic(tokens in proptest::collection::vec(("[a-z.-]{0,30}", "[0-9]{1,3}|na|unknown"), 0..60)) {
        // Unknown IDs and out-of-range options are ignored with a note, never a panic.
        let answers: Answers = tokens.iter().filter_map(|(id, t)| Some((QuestionId::new(id.clone()), Answer::from_token(t)?))).collect();
        let r = assess(&model(), &answers);
        prop_assert!(r.step <= 5);
    }
}

/// Any profile, including unset fields.
fn any_partial_profile() -> impl Strategy<Value = Profile> {
    let m = model();
    let industries: Vec<Option<String>> = std::iter::once(None).chain(m.profile.industries.iter().map(|i| Some(i.to_string()))).collect();
    let sizes: Vec<Option<String>> = std::iter::once(None).chain(m.profile.sizes.iter().map(|s| Some(s.to_string()))).collect();
    (proptest::sample::select(industries), proptest::sample::select(sizes), proptest::option::of(1u8..=5))
        .prop_map(|(industry, size, ambition)| Profile { industry, size, ambition, staff: None })
}

proptest! {
    #[test]
    fn every_answer_set_comes_back_from_its_share_code(a in any_answers(), p in any_partial_profile()) {
        let code = share::encode(&builtin::CODEBOOK, &p, &a);
        prop_assert_eq!(code.len(), share::length(&builtin::CODEBOOK));
        let back = share::decode(&builtin::CODEBOOK, &share::grouped(&code).to_lowercase()).unwrap();
        prop_assert_eq!(back.profile, p);
        prop_assert_eq!(back.answers, a);
        prop_assert_eq!(back.content_version, model().version.to_string());
    }

    #[test]
    fn no_text_makes_the_share_decoder_panic(text in ".{0,60}") {
        let _ = share::decode(&builtin::CODEBOOK, &text);
    }

    #[test]
    fn no_code_shaped_text_makes_the_share_decoder_panic(text in "[0-9A-Za-z]{0,40}") {
        let _ = share::decode(&builtin::CODEBOOK, &text);
    }
}

proptest! {
    #[test]
    fn every_answer_set_comes_back_from_its_export_file(a in any_answers(), p in any_partial_profile()) {
        let file = digitrappe_engine::export::Export { content_version: "1".into(), date: "2026-11-23".into(), profile: p, answers: a };
        prop_assert_eq!(digitrappe_engine::export::from_json(&digitrappe_engine::export::to_json(&file)), Ok(file));
    }

    #[test]
    fn no_text_makes_the_file_reader_panic(text in ".{0,200}") {
        let _ = digitrappe_engine::export::from_json(&text);
    }
}
