//! The room's answers together: adding codes (links, groups, several at once, duplicates
//! counted once, bad codes named), the room in storage, its picture (steps, spread per
//! dimension, where it disagrees most), the charts' geometry, and answers typed from paper.

mod common;
use common::texts;
use digitrappe_engine::model::CodeBook;
use digitrappe_engine::paper::{self, PaperError};
use digitrappe_engine::room::{distribution_chart, picture, range_chart, Added, Range, Room, RoomError};
use digitrappe_engine::share::{self, encode, grouped, ShareError};
use digitrappe_engine::text::Ui;
use digitrappe_engine::{assess, builtin, Answer, Answers, Lang, Model, Profile};
use proptest::prelude::*;
use std::collections::BTreeSet;

fn model() -> Model {
    builtin::model()
}

fn book() -> CodeBook {
    builtin::CODEBOOK.clone()
}

/// Every question answered with the option of this value.
fn all(value: u8) -> Answers {
    model().questions.iter().map(|q| (q.id.clone(), Answer::Option(value))).collect()
}

fn code_of(answers: &Answers) -> String {
    encode(&book(), &Profile::default(), answers)
}

/// Participant `k` of the end-to-end fixture: everything up to their level in place,
/// nothing above, with a little noise so the areas spread.
fn participant(k: usize) -> (Profile, Answers) {
    const LEVELS: [u8; 12] = [1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5];
    let m = model();
    let level = LEVELS[k % LEVELS.len()];
    let answers = m
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let lowest = q.steps.iter().min().copied().unwrap_or(9);
            let value = if (i * 7 + k * 3).is_multiple_of(11) {
                1
            } else if lowest <= level {
                3
            } else {
                ((i + k) % 2) as u8
            };
            (q.id.clone(), Answer::Option(value))
        })
        .collect();
    let industries = &m.profile.industries;
    let profile =
        Profile { industry: Some(industries[k % industries.len()].to_string()), size: None, ambition: Some(level.max(2)), staff: None };
    (profile, answers)
}

#[test]
fn codes_links_and_groups_count_each_participant_once_and_bad_codes_are_named() {
    let (a, b, c) = (code_of(&all(0)), code_of(&all(3)), code_of(&all(1)));
    let mut typo: Vec<char> = c.chars().collect();
    typo[12] = if typo[12] == 'A' { 'B' } else { 'A' };
    let typo: String = typo.into_iter().collect();
    let text = format!(
        "{}\nhttps://www.example.dk/trappen/?lang=da#share={b}, {};{typo}\n{}",
        grouped(&a),
        c.to_lowercase(),
        grouped(&a).replace('-', " ")
    );
    let mut room = Room::new();
    let added = room.add(&book(), &text);
    assert_eq!(
        added,
        [Added::New, Added::New, Added::New, Added::Bad { given: typo.clone(), error: ShareError::Mistyped }, Added::Duplicate]
    );
    assert_eq!(room.len(), 3);
    assert_eq!(room.codes(), [a.clone(), b.clone(), c.clone()], "normalised, in the order added");
    assert_eq!(room.add(&book(), &format!("#share={b}")), [Added::Duplicate]);
    assert_eq!(room.add(&book(), "   \n"), []);
    assert_eq!(room.add(&book(), "hus"), [Added::Bad { given: "hus".into(), error: ShareError::NotACode { character: 'u' } }]);
    assert_eq!(room.len(), 3);
    room.clear();
    assert!(room.is_empty());
}

#[test]
fn a_room_survives_storage_and_damaged_data_is_an_error_not_a_panic() {
    let mut room = Room::new();
    room.add(&book(), &format!("{} {}", code_of(&all(0)), code_of(&all(2))));
    let stored = room.encode();
    assert_eq!(Room::decode(&book(), &stored), Ok(room.clone()));
    assert_eq!(Room::decode(&book(), &Room::new().encode()), Ok(Room::new()));
    assert_eq!(Room::decode(&book(), "{"), Err(RoomError::Unreadable));
    assert_eq!(Room::decode(&book(), "[]"), Err(RoomError::Unreadable));
    assert_eq!(Room::decode(&book(), r#"{"format":1,"codes":[],"names":[]}"#), Err(RoomError::Unreadable), "unknown fields are refused");
    assert_eq!(Room::decode(&book(), r#"{"format":2,"codes":[]}"#), Err(RoomError::Newer));
    let damaged = stored.replacen(&room.codes()[1][..6], "ZZZZZZ", 1);
    assert_eq!(Room::decode(&book(), &damaged), Err(RoomError::BadCode(1)));
}

#[test]
fn the_picture_counts_the_steps_and_spreads_each_dimension() {
    let m = model();
    let mut room = Room::new();
    for v in [0, 3, 1, 3] {
        room.add(&book(), &code_of(&all(v)));
    }
    assert_eq!(room.len(), 3, "all(3) twice is one participant");
    let p = picture(&m, &book(), &room);
    assert_eq!(p.participants, 3);
    let expected: Vec<u8> = [0, 3, 1].iter().map(|v| assess(&m, &all(*v)).step).collect();
    for s in &p.steps {
        assert_eq!(s.count, expected.iter().filter(|e| **e == s.step).count(), "step {}", s.step);
    }
    assert_eq!(p.steps.iter().map(|s| s.count).sum::<usize>(), 3);
    assert_eq!(p.steps.len(), m.steps.len() + 1, "not yet on step 1, then every step");
    assert_eq!(p.steps[0].step, 0);
    assert_eq!(
        p.dimensions.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        m.dimensions.iter().map(|d| d.id.as_ref()).collect::<Vec<_>>()
    );
    for d in &p.dimensions {
        let scores: Vec<u32> = [0, 3, 1].iter().filter_map(|v| assess(&m, &all(*v)).dimension(&d.id).unwrap().score).collect();
        let mut sorted = scores.clone();
        sorted.sort();
        assert_eq!(d.scored, 3);
        assert_eq!(d.range, Some(Range { min: sorted[0], median: sorted[1], max: sorted[2] }), "{}", d.id);
    }
    // The widest spread first; equal spreads keep model order.
    let widths: Vec<u32> = p.disagreement.iter().map(|d| d.range.unwrap().width()).collect();
    assert!(widths.windows(2).all(|w| w[0] >= w[1]), "{widths:?}");
    for pair in p.disagreement.windows(2) {
        if pair[0].range.unwrap().width() == pair[1].range.unwrap().width() {
            let at = |id: &str| m.dimensions.iter().position(|d| d.id == id).unwrap();
            assert!(at(&pair[0].id) < at(&pair[1].id), "ties in model order");
        }
    }
    assert_eq!(picture(&m, &book(), &room), p, "deterministic");
}

#[test]
fn the_room_disagrees_most_where_the_scores_lie_furthest_apart() {
    let m = model();
    // Two participants who differ only on the security questions.
    let low = all(2);
    let mut high = all(2);
    for q in m.questions.iter().filter(|q| q.dimension == "security") {
        high.set(q.id.clone(), Answer::Option(0));
    }
    let mut room = Room::new();
    room.add(&book(), &format!("{}\n{}", code_of(&low), code_of(&high)));
    let p = picture(&m, &book(), &room);
    assert_eq!(p.disagreement[0].id, "security");
    assert!(p.disagreement[1..].iter().all(|d| d.range.unwrap().width() == 0));
    assert_eq!(p.disagreement[1].id, m.dimensions.iter().find(|d| d.id != "security").unwrap().id, "ties in model order");
}

#[test]
fn an_empty_room_and_dimensions_nobody_scores_have_no_range() {
    let m = model();
    let p = picture(&m, &book(), &Room::new());
    assert_eq!(p.participants, 0);
    assert!(p.steps.iter().all(|s| s.count == 0));
    assert!(p.dimensions.iter().all(|d| d.range.is_none() && d.scored == 0));
    assert!(p.disagreement.is_empty());
    let mut room = Room::new();
    room.add(&book(), &code_of(&Answers::new()));
    let p = picture(&m, &book(), &room);
    assert_eq!((p.participants, p.steps[0].count), (1, 1), "no answers: on step 1, working towards it");
    assert!(p.dimensions.iter().all(|d| d.range.is_none()));
}

// ---------------------------------------------------------------------------------------
// The end-to-end fixture

/// What tests/e2e/room.spec.mjs pastes and expects, made here by the engine. Run with
/// `UPDATE_FIXTURES=1` to write the file after changing the model or the texts.
fn e2e_fixture() -> serde_json::Value {
    let m = model();
    let da = texts(Lang::Da);
    let participants: Vec<(String, u8)> = (0..12)
        .map(|k| {
            let (p, a) = participant(k);
            (encode(&book(), &p, &a), assess(&m, &a).step)
        })
        .collect();
    let codes: Vec<&str> = participants.iter().map(|(c, _)| c.as_str()).collect();
    let link = |c: &str| share::link("https://www.example.dk/digitrappen/", &[("lang", "da")], c);
    let mut bad: Vec<char> = codes[5].chars().collect();
    bad[9] = if bad[9] == 'Q' { 'R' } else { 'Q' };
    let bad = grouped(&bad.into_iter().collect::<String>());
    let paste = [
        grouped(codes[0]),
        grouped(codes[1]),
        link(codes[2]),
        link(codes[3]),
        format!("{}, {}; {}", codes[4], codes[5], codes[6].to_lowercase()),
        link(codes[7]),
        bad.clone(),
        grouped(codes[1]),
        grouped(codes[8]).replace('-', " "),
    ]
    .join("\n");
    let later = [codes[9], codes[10], codes[11]].join(" ");
    let mut room = Room::new();
    let outcome = room.add(&book(), &paste);
    let bad_error = outcome.iter().find_map(|a| match a {
        Added::Bad { error, .. } => Some(share::describe(error, &da)),
        _ => None,
    });
    room.add(&book(), &later);
    let p = picture(&m, &book(), &room);
    // A paper sheet: everything in place (option 4 of 4) for the first half, 1 after.
    let total = m.questions.len();
    let typed: String = (0..total).map(|i| if i < total / 2 { '4' } else { '1' }).collect();
    let paper_answers = paper::answers(&m, &typed).expect("the typed sheet reads");
    serde_json::json!({
        "about": "Made by engine/tests/room.rs (UPDATE_FIXTURES=1 rewrites it): twelve participants' codes, pasted as groups, links, lists and spaced groups with one duplicate and one mistyped code, then three more; what the facilitator view must show; and one paper sheet.",
        "paste": paste,
        "later": later,
        "bad": bad,
        "badError": bad_error,
        "firstAdd": { "new": outcome.iter().filter(|a| **a == Added::New).count(), "duplicates": outcome.iter().filter(|a| **a == Added::Duplicate).count() },
        "participants": p.participants,
        "steps": p.steps.iter().map(|s| s.count).collect::<Vec<_>>(),
        "disagreeMost": da.dimension_name(&p.disagreement[0].id),
        "paper": { "typed": typed, "step": assess(&m, &paper_answers).step, "code": code_of(&paper_answers) },
    })
}

#[test]
fn the_end_to_end_fixture_is_what_the_engine_makes() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/room-codes.json");
    let made = e2e_fixture();
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(path, serde_json::to_string_pretty(&made).unwrap() + "\n").unwrap();
    }
    let file: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).expect("run with UPDATE_FIXTURES=1 once")).unwrap();
    assert_eq!(file, made, "tests/fixtures/room-codes.json is out of date: run with UPDATE_FIXTURES=1");
    assert_eq!(made["participants"], 12);
    assert_eq!(made["firstAdd"]["new"], 9);
    assert_eq!(made["firstAdd"]["duplicates"], 1);
    let steps: Vec<u64> = made["steps"].as_array().unwrap().iter().map(|v| v.as_u64().unwrap()).collect();
    assert!(steps.iter().filter(|c| **c > 0).count() >= 3, "the room spreads over the staircase: {steps:?}");
}

// ---------------------------------------------------------------------------------------
// Paper

#[test]
fn typed_paper_answers_are_read_by_position_in_model_order() {
    let m = model();
    let n = m.questions.len();
    let typed: String = (0..n).map(|i| ['1', '2', '3', '4', '0', '.'][i % 6]).collect();
    // In groups of ten with spaces and a line break, as a facilitator might type.
    let spaced: String = typed.chars().collect::<Vec<_>>().chunks(10).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join(" \n");
    let p = paper::read(&m, &spaced).unwrap();
    assert_eq!((p.filled, p.total, p.next), (n, n, None));
    for (i, q) in m.questions.iter().enumerate() {
        let expected = match i % 6 {
            4 => Some(Answer::DontKnow),
            5 => None,
            k => Some(Answer::Option(m.scale(&q.scale).unwrap().options[k].value)),
        };
        assert_eq!(p.answers.get(&q.id), expected, "question {}", i + 1);
    }
    let partial = paper::read(&m, "12 3").unwrap();
    assert_eq!((partial.filled, partial.next, partial.answers.len()), (3, Some(4), 3));
    assert_eq!(paper::read(&m, "").unwrap().next, Some(1));
    // Not relevant where offered.
    let offered = m.questions.iter().position(|q| q.not_relevant).unwrap();
    let typed: String = (0..=offered).map(|i| if i == offered { '-' } else { '.' }).collect();
    assert_eq!(paper::answers(&m, &typed).unwrap().get(&m.questions[offered].id), Some(Answer::NotRelevant));
}

#[test]
fn typing_mistakes_name_the_question() {
    let m = model();
    let not_offered = m.questions.iter().position(|q| !q.not_relevant).unwrap();
    let prefix = ".".repeat(not_offered);
    assert_eq!(paper::answers(&m, &format!("{prefix}-")), Err(PaperError::NotRelevantNotOffered { question: not_offered + 1 }));
    assert_eq!(paper::answers(&m, "..5"), Err(PaperError::NoSuchOption { question: 3, number: 5, options: 4 }));
    assert_eq!(paper::answers(&m, "1x"), Err(PaperError::NotAnAnswer { question: 2, character: 'x' }));
    let n = m.questions.len();
    assert_eq!(paper::answers(&m, &"1".repeat(n + 2)), Err(PaperError::TooMany { given: n + 2, expected: n }));
    for lang in Lang::ALL {
        let t = texts(lang);
        let errors = [
            PaperError::NotAnAnswer { question: 2, character: 'x' },
            PaperError::NoSuchOption { question: 3, number: 5, options: 4 },
            PaperError::NotRelevantNotOffered { question: 7 },
            PaperError::DontKnowNotOffered { question: 7 },
            PaperError::TooMany { given: 44, expected: 42 },
        ];
        let said: BTreeSet<String> = errors.iter().map(|e| paper::describe(e, &t)).collect();
        assert_eq!(said.len(), errors.len(), "{lang:?}");
        assert!(said.iter().all(|s| !s.contains('{')), "{lang:?}: {said:?}");
    }
    assert_eq!(
        paper::describe(&PaperError::NoSuchOption { question: 3, number: 5, options: 4 }, &texts(Lang::En)),
        "Question 3 has only 4 options, not 5."
    );
}

#[test]
fn the_answer_sheet_numbers_every_question_with_its_short_text_and_marks() {
    let m = model();
    for lang in Lang::ALL {
        let t = texts(lang);
        let s = paper::sheet(&m, &t);
        let questions: Vec<_> = s.parts.iter().flat_map(|p| p.questions.iter()).collect();
        assert_eq!(questions.len(), m.questions.len());
        for (i, (sq, q)) in questions.iter().zip(m.questions.iter()).enumerate() {
            assert_eq!((sq.number, sq.id.as_str()), (i + 1, q.id.as_str()));
            assert_eq!(sq.short, t.question(q.id.as_str()).short());
            let options = m.scale(&q.scale).unwrap().options.len();
            assert_eq!(sq.marks.len(), options + usize::from(q.dont_know) + usize::from(q.not_relevant));
            // What the sheet offers is what typing accepts.
            for mark in &sq.marks {
                let typed = format!("{}{mark}", ".".repeat(i));
                assert!(paper::answers(&m, &typed).is_ok(), "{lang:?} question {}: {mark}", i + 1);
            }
        }
        assert_eq!(s.parts.len(), m.dimensions.len());
        assert_eq!(s.scales.len(), 2, "steps 1-3 and the cross-cutting questions; steps 4-5");
        assert!(s.scales[0].iter().all(|(_, label)| !label.is_empty()));
        assert_eq!(s.scales[0][0].0, '1');
    }
}

// ---------------------------------------------------------------------------------------
// Charts

fn sample_picture() -> digitrappe_engine::room::Picture {
    let mut room = Room::new();
    for k in 0..12 {
        let (p, a) = participant(k);
        room.add(&book(), &encode(&book(), &p, &a));
    }
    picture(&model(), &book(), &room)
}

#[test]
fn the_step_bars_are_as_tall_as_their_counts_and_their_labels_fit_in_every_language() {
    let m = model();
    let p = sample_picture();
    let most = p.steps.iter().map(|s| s.count).max().unwrap();
    for lang in Lang::ALL {
        let t = texts(lang);
        let names: Vec<String> = p.steps.iter().map(|s| t.step_name(s.step).to_string()).collect();
        let c = distribution_chart(&p, &names);
        assert_eq!(c.bars.len(), 6);
        let tallest = c.bars.iter().map(|b| b.bar.height).fold(0.0, f32::max);
        let mut labels = Vec::new();
        for b in &c.bars {
            assert!((b.bar.height / tallest - b.count as f32 / most as f32).abs() < 0.001, "step {}", b.step);
            assert!((b.bar.y + b.bar.height - c.base).abs() < 0.01, "on the baseline");
            assert!(b.bar.inside(c.width, c.height));
            assert_eq!(b.value.lines, [b.count.to_string()]);
            labels.push((format!("{} count", b.step), b.value.bounds()));
            labels.push((format!("{} name", b.step), b.name.bounds()));
            assert!(b.name.bounds().y >= c.base, "{lang:?}: names under the baseline");
        }
        for (i, (id, r)) in labels.iter().enumerate() {
            assert!(r.inside(c.width, c.height), "{lang:?} {id}: {r:?} outside {}x{}", c.width, c.height);
            for (other, o) in &labels[i + 1..] {
                assert!(!r.overlaps(o), "{lang:?}: {id} and {other} overlap");
            }
        }
    }
    let empty = distribution_chart(&picture(&m, &book(), &Room::new()), &[]);
    assert!(empty.bars.iter().all(|b| b.bar.height == 0.0 && b.value.lines == ["0"]));
}

#[test]
fn the_range_bars_run_from_min_to_max_with_the_median_inside_and_labels_fit_in_every_language() {
    let m = model();
    let p = sample_picture();
    for lang in Lang::ALL {
        let t = texts(lang);
        let names: Vec<String> = m.dimensions.iter().map(|d| t.dimension_name(&d.id).to_string()).collect();
        let c = range_chart(&p, &names, t.ui(Ui::DimensionUnscored));
        assert_eq!(c.rows.len(), 8);
        let x_of = |v: u32| c.plot.x + c.plot.width * v as f32 / 100.0;
        let mut labels = Vec::new();
        for (row, d) in c.rows.iter().zip(&p.dimensions) {
            let r = d.range.unwrap();
            let bar = row.bar.unwrap();
            assert!((bar.x + 2.0 - x_of(r.min)).abs() < 0.01 && (bar.x + bar.width - 2.0 - x_of(r.max)).abs() < 0.01, "{}", d.id);
            let (top, bottom) = row.median.unwrap();
            assert!((top.x - x_of(r.median)).abs() < 0.01 && top.x >= bar.x && top.x <= bar.x + bar.width);
            assert!(top.y < bar.y && bottom.y > bar.y + bar.height, "the median mark crosses the bar");
            assert_eq!(row.values.lines, [format!("{} · {} · {}", r.min, r.median, r.max)]);
            labels.push((format!("{} name", d.id), row.name.bounds()));
            labels.push((format!("{} values", d.id), row.values.bounds()));
            assert!(row.name.bounds().x + row.name.bounds().width <= c.plot.x, "{lang:?} {}: the name stays left of the plot", d.id);
        }
        labels.extend(c.ticks.iter().map(|(v, _, l)| (format!("tick {v}"), l.bounds())));
        for (i, (id, r)) in labels.iter().enumerate() {
            assert!(r.inside(c.width, c.height), "{lang:?} {id}: {r:?} outside {}x{}", c.width, c.height);
            for (other, o) in &labels[i + 1..] {
                assert!(!r.overlaps(o), "{lang:?}: {id} and {other} overlap");
            }
        }
    }
    // Nobody scored: no bar, the words instead.
    let empty = range_chart(&picture(&m, &book(), &Room::new()), &[], "–");
    assert!(empty.rows.iter().all(|r| r.bar.is_none() && r.median.is_none() && r.values.lines == ["–"]));
}

proptest! {
    #[test]
    fn adding_or_reading_any_text_never_panics(text in "\\PC{0,200}") {
        let mut room = Room::new();
        let added = room.add(&book(), &text);
        prop_assert!(room.len() <= added.len());
        let _ = Room::decode(&book(), &text);
        let _ = paper::read(&model(), &text);
    }
}
