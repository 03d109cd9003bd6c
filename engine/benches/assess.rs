//! The engine's time per assessment (and per picture of a workshop room of 30), measured natively: `cargo bench -p digitrappe-engine`
//! (scripts/report runs it). Under `cargo test --benches` it runs a few rounds only, so
//! that it keeps compiling and working; timings are reported, never asserted.

use digitrappe_engine::explain::why;
use digitrappe_engine::report::report;
use digitrappe_engine::text::Texts;
use digitrappe_engine::{assess, builtin, Answer, Answers, Lang, Profile};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let model = builtin::model();
    let texts_json =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../content/i18n/da.json")).expect("the Danish texts exist");
    let texts = Texts::parse(Lang::Da, &texts_json).expect("the Danish texts parse");
    // A typical company: a spread of answers over the scale, one "don't know".
    let answers: Answers = model
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| (q.id.clone(), if i == 3 { Answer::DontKnow } else { Answer::Option((i % 4) as u8) }))
        .collect();

    let profile = Profile { industry: Some("retail".into()), size: Some("10-49".into()), ambition: Some(4), staff: None };
    let advice = builtin::advice();

    // A workshop room of 30 participants, each with their own spread of answers.
    let book = &builtin::CODEBOOK;
    let mut room = digitrappe_engine::room::Room::new();
    for k in 0..30usize {
        let answers: Answers = model
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.clone(), if i == k { Answer::DontKnow } else { Answer::Option(((i * 7 + k * 5 + i * k) % 4) as u8) }))
            .collect();
        room.add(book, &digitrappe_engine::share::encode(book, &profile, &answers));
    }
    assert_eq!(room.len(), 30);

    type Case<'a> = (&'static str, Box<dyn Fn() + 'a>);
    let (rounds, per_round) = if full { (21, 20_000) } else { (3, 100) };
    let cases: [Case; 5] = [
        ("assess", Box::new(|| drop(black_box(assess(black_box(&model), black_box(&answers)))))),
        (
            "report + explain (da)",
            Box::new(|| {
                let r = report(black_box(&model), &advice, &profile, black_box(&answers), digitrappe_engine::model::Country::Dk);
                drop(black_box(why(&r, &texts)));
            }),
        ),
        (
            "whole report (+ advice)",
            Box::new(|| {
                drop(black_box(report(black_box(&model), &advice, &profile, black_box(&answers), digitrappe_engine::model::Country::Dk)))
            }),
        ),
        ("build the model", Box::new(|| drop(black_box(builtin::model())))),
        (
            "room picture (30 codes)",
            Box::new(|| drop(black_box(digitrappe_engine::room::picture(black_box(&model), book, black_box(&room))))),
        ),
    ];
    for (name, run) in cases {
        // The room's picture scores 30 companies: fewer runs per round keep the bench short.
        let per_round = if name.starts_with("room") { (per_round / 50).max(10) } else { per_round };
        let mut samples: Vec<f64> = (0..rounds)
            .map(|_| {
                let start = Instant::now();
                for _ in 0..per_round {
                    run();
                }
                start.elapsed().as_secs_f64() * 1e6 / per_round as f64
            })
            .collect();
        samples.sort_by(f64::total_cmp);
        println!(
            "{name:<24} {:>8.2} µs per run (median of {rounds} rounds of {per_round}; {} questions)",
            samples[rounds / 2],
            model.questions.len()
        );
    }
}
