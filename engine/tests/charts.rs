//! The charts' geometry, measured: scores sit where they should, labels stay readable
//! (no overlaps, nothing outside the picture) in every language, and the map's typical
//! path climbs with the staircase.

mod common;
use common::texts;
use digitrappe_engine::chart::{axis_map, radar, staircase, typical_path, Point};
use digitrappe_engine::{assess, builtin, Answer, Answers, Lang, Model};

fn model() -> Model {
    builtin::model()
}

/// Every question answered with the option of this value.
fn all(value: u8) -> Answers {
    model().questions.iter().map(|q| (q.id.clone(), Answer::Option(value))).collect()
}

fn distance(a: Point, b: Point) -> f32 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

#[test]
fn a_score_of_0_sits_at_the_centre_and_100_on_the_rim() {
    let m = model();
    let names: Vec<String> = m.dimensions.iter().map(|d| d.id.to_string()).collect();
    let none = radar(&m, &assess(&m, &all(0)), None, &names);
    let full = radar(&m, &assess(&m, &all(3)), None, &names);
    assert_eq!(none.axes.len(), 8);
    for (low, high) in none.axes.iter().zip(full.axes.iter()) {
        assert_eq!(low.score, Some(0));
        assert!(distance(low.point, none.center) < 0.01, "{}", low.id);
        assert_eq!(high.score, Some(100));
        assert!((distance(high.point, full.center) - full.radius).abs() < 0.01, "{}", high.id);
        assert!(high.target.is_none(), "no ambition, no target");
    }
    assert!((full.axes[0].end.x - full.center.x).abs() < 0.01 && full.axes[0].end.y < full.center.y, "the first axis points up");
}

#[test]
fn the_ambitions_targets_come_from_the_model() {
    let m = model();
    let names: Vec<String> = m.dimensions.iter().map(|d| d.id.to_string()).collect();
    let r = radar(&m, &assess(&m, &all(1)), Some(4), &names);
    for (axis, dim) in r.axes.iter().zip(m.dimensions.iter()) {
        let target = axis.target.expect("a target for every dimension");
        let expected = r.radius * dim.target(4).unwrap() as f32 / 100.0;
        assert!((distance(target, r.center) - expected).abs() < 0.01, "{}", dim.id);
    }
}

#[test]
fn the_radars_eight_labels_do_not_overlap_or_leave_the_picture_in_any_language() {
    let m = model();
    let a = assess(&m, &all(2));
    for lang in Lang::ALL {
        let t = texts(lang);
        let names: Vec<String> = m.dimensions.iter().map(|d| t.dimension_name(&d.id).to_string()).collect();
        let r = radar(&m, &a, Some(3), &names);
        let boxes: Vec<_> = r.axes.iter().map(|x| (x.id.clone(), x.label.bounds())).collect();
        for (i, (id, b)) in boxes.iter().enumerate() {
            assert!(b.inside(r.width, r.height), "{lang:?} {id}: {b:?} outside {}x{}", r.width, r.height);
            // Clear of the rim: the box's nearest point is outside the circle.
            let nearest = Point { x: r.center.x.clamp(b.x, b.x + b.width), y: r.center.y.clamp(b.y, b.y + b.height) };
            assert!(distance(nearest, r.center) > r.radius, "{lang:?} {id} covers the rim");
            for (other, c) in &boxes[i + 1..] {
                assert!(!b.overlaps(c), "{lang:?}: {id} and {other} overlap");
            }
        }
    }
}

#[test]
fn the_staircase_rises_and_marks_where_the_company_stands_and_its_ambition() {
    let m = model();
    // Steps 1 and 2 in place except one answer about files: a gap on step 1.
    let mut answers: Answers =
        m.questions.iter().map(|q| (q.id.clone(), Answer::Option(if q.steps.iter().any(|s| *s <= 2) { 3 } else { 0 }))).collect();
    answers.set(digitrappe_engine::QuestionId::new("admin.files"), Answer::DontKnow);
    let a = assess(&m, &answers);
    let s = staircase(&a, Some(4));
    assert_eq!(s.blocks.len(), 5);
    for pair in s.blocks.windows(2) {
        assert!(pair[1].length > pair[0].length, "each step longer than the one below");
    }
    assert_eq!(s.blocks.last().map(|b| b.length), Some(100), "the top step spans the chart");
    let current: Vec<u8> = s.blocks.iter().filter(|b| b.current).map(|b| b.step).collect();
    assert_eq!(current, [a.step]);
    assert_eq!(s.blocks.iter().filter(|b| b.ambition).map(|b| b.step).collect::<Vec<_>>(), [4]);
    assert_eq!(s.blocks[0].gaps, 1, "the files gap on step 1");
    // Not yet on step 1: no block is where the company stands.
    let none = staircase(&assess(&m, &all(0)), None);
    assert!(none.blocks.iter().all(|b| !b.current && !b.met));
}

#[test]
fn the_map_places_the_company_by_its_two_axes_and_the_typical_path_climbs() {
    let m = model();
    let low = axis_map(&m, &assess(&m, &all(0)));
    let high = axis_map(&m, &assess(&m, &all(3)));
    let (p, c0, c1) = (low.plot, low.company.unwrap(), high.company.unwrap());
    assert!((c0.x - p.x).abs() < 0.01 && (c0.y - (p.y + p.height)).abs() < 0.01, "0/0 at the bottom left");
    assert!((c1.x - (p.x + p.width)).abs() < 0.01 && (c1.y - p.y).abs() < 0.01, "100/100 at the top right");
    assert!(axis_map(&m, &assess(&m, &Answers::new())).company.is_none(), "no answers, no point");

    let path = typical_path(&m);
    assert_eq!(path.iter().map(|(s, _, _)| *s).collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
    for pair in path.windows(2) {
        let ((_, e0, v0), (_, e1, v1)) = (pair[0], pair[1]);
        assert!(e1 >= e0 && v1 >= v0 && e1 + v1 > e0 + v0, "the path climbs: {path:?}");
    }
    // Efficiency leads on the lower steps, added value catches up on the upper ones (the seed).
    let (_, e1, v1) = path[0];
    assert!(e1 > v1, "step 1 is mostly efficiency: {path:?}");
    assert_eq!(low.path.len(), 5);
}

#[test]
fn then_and_now_share_one_radar() {
    let m = model();
    let names: Vec<String> = m.dimensions.iter().map(|d| d.id.to_string()).collect();
    let r = digitrappe_engine::chart::radar_then_now(&m, &assess(&m, &all(0)), &assess(&m, &all(3)), &names);
    for axis in &r.axes {
        assert!(distance(axis.target.unwrap(), r.center) < 0.01, "then: 0 at the centre");
        assert!((distance(axis.point, r.center) - r.radius).abs() < 0.01, "now: 100 on the rim");
    }
}
