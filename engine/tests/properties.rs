//! Properties of the scoring that hold for every possible set of answers.

use digitrappe_engine::{assess, builtin, Answer, Answers, Model};
use proptest::prelude::*;

fn model() -> Model {
    builtin::model().unwrap()
}

/// Any answer a question of the model can receive, or none.
fn any_answers() -> impl Strategy<Value = Answers> {
    let m = model();
    let per_question: Vec<_> = m
        .questions
        .iter()
        .map(|q| {
            let mut choices: Vec<Option<Answer>> = vec![None];
            choices.extend(m.scale(&q.scale).unwrap().options.iter().map(|o| Some(Answer::Option(o.value))));
            if q.not_relevant {
                choices.push(Some(Answer::NotRelevant));
            }
            if q.dont_know {
                choices.push(Some(Answer::DontKnow));
            }
            (Just(q.id.clone()), proptest::sample::select(choices))
        })
        .collect();
    per_question.prop_map(|pairs| pairs.into_iter().filter_map(|(id, a)| a.map(|a| (id, a))).collect())
}

proptest! {
    #[test]
    fn scores_stay_within_0_to_100_and_the_step_within_1_to_5(a in any_answers()) {
        let r = assess(&model(), &a);
        prop_assert!((1..=5).contains(&r.step));
        prop_assert!(r.reached <= 5);
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
}
