//! Progress over time: keeping, renaming and deleting assessments, the stored list read
//! strictly, and comparing two with the current engine.

use digitrappe_engine::history::{compare, History, HistoryError, MAX_ENTRIES};
use digitrappe_engine::model::CodeBook;
use digitrappe_engine::{builtin, Answer, Answers, Profile, QuestionId};

fn all(value: u8) -> Answers {
    builtin::model().questions.iter().map(|q| (q.id.clone(), Answer::Option(value))).collect()
}

fn profile() -> Profile {
    Profile { industry: Some("retail".into()), size: Some("1-9".into()), ambition: Some(3), staff: None }
}

#[test]
fn kept_assessments_can_be_renamed_and_deleted_and_ids_are_never_reused() {
    let mut h = History::new();
    let a = h.add("2025-11-01", "1", &profile(), &all(1));
    let b = h.add("2026-11-23", "1", &profile(), &all(2));
    assert_eq!((a, b), (1, 2));
    assert!(h.holds(&profile(), &all(2)) && !h.holds(&profile(), &all(1)));
    assert!(h.rename(a, "  Før det nye ERP-system  "));
    assert_eq!(h.get(a).unwrap().name, "Før det nye ERP-system");
    assert!(h.delete(b));
    assert!(!h.delete(b), "deleting twice finds nothing");
    assert!(h.get(b).is_none());
    assert!(!h.encode().contains("2026-11-23"), "deleting really deletes");
    let c = h.add("2026-12-01", "1", &profile(), &all(3));
    assert_eq!(c, 2, "the next id follows the highest kept");
    assert_eq!(History::decode(&h.encode()), Ok(h));
}

#[test]
fn the_list_keeps_the_newest_thirty() {
    let mut h = History::new();
    for day in 1..=MAX_ENTRIES + 2 {
        h.add(&format!("2026-01-{day:02}"), "1", &profile(), &all(1));
    }
    assert_eq!(h.entries.len(), MAX_ENTRIES);
    assert_eq!(h.entries[0].date, "2026-01-03");
}

#[test]
fn a_damaged_or_newer_stored_list_is_refused_with_a_reason() {
    assert_eq!(History::decode("{"), Err(HistoryError::NotJson));
    assert_eq!(History::decode(r#"{"format":2,"entries":[]}"#), Err(HistoryError::Newer(2)));
    assert!(matches!(History::decode(r#"{"format":1,"entries":[{"id":1}]}"#), Err(HistoryError::Damaged(_))));
    let twice = r#"{"format":1,"entries":[{"id":1,"date":"x","content":"1","answers":{}},{"id":1,"date":"y","content":"1","answers":{}}]}"#;
    assert!(matches!(History::decode(twice), Err(HistoryError::Damaged(_))));
}

#[test]
fn comparing_scores_both_with_the_current_engine_and_shows_each_change() {
    let m = builtin::model();
    let mut h = History::new();
    let then = h.add("2025-11-01", "2", &profile(), &all(1));
    let now = h.add("2026-11-23", "2", &profile(), &all(3));
    let c = compare(&m, &builtin::CODEBOOK, h.get(then).unwrap(), h.get(now).unwrap());
    let (a, b) = (digitrappe_engine::assess(&m, &all(1)), digitrappe_engine::assess(&m, &all(3)));
    assert_eq!((c.then_step, c.now_step), (a.step, b.step));
    assert_eq!(c.dimensions.len(), 8);
    for d in &c.dimensions {
        assert!(d.delta().unwrap() > 0, "{} improved", d.id);
    }
    assert!(c.added_since.is_empty(), "same content version");
    assert!(c.retired_then.is_empty() && c.retired_now.is_empty());
}

#[test]
fn an_assessment_kept_before_the_questions_changed_says_which_answers_no_longer_count() {
    // A result kept with content version 1, whose 42 questions have all been retired.
    let m = builtin::model();
    let v1 = &builtin::CODEBOOK.versions[0];
    let old: Answers = v1.slots.iter().map(|s| (s.question.clone(), Answer::Option(2))).collect();
    let mut h = History::new();
    let then = h.add("2025-11-01", "1", &profile(), &old);
    let now = h.add("2026-11-23", "2", &profile(), &all(3));
    let c = compare(&m, &builtin::CODEBOOK, h.get(then).unwrap(), h.get(now).unwrap());
    assert_eq!(c.retired_then.len(), 42);
    assert_eq!((c.then_step, c.now_step), (0, 5), "the old answers no longer place the company");
    assert_eq!(c.added_since.len(), m.questions.len(), "every current question is new since version 1");
}

#[test]
fn questions_added_since_the_older_assessment_are_named() {
    // The book as a later release will have it: version "0" asked every question but the last.
    let m = builtin::model();
    let mut book: CodeBook = builtin::CODEBOOK.clone();
    let mut older = book.versions.last().unwrap().clone();
    older.content = "0".into();
    older.slots.to_mut().pop();
    book.versions.to_mut().insert(0, older);
    let last: QuestionId = m.questions.last().unwrap().id.clone();
    let mut h = History::new();
    let mut old_answers = all(2);
    old_answers.remove(&last);
    let then = h.add("2024-01-01", "0", &profile(), &old_answers);
    let now = h.add("2026-11-23", "2", &profile(), &all(2));
    let c = compare(&m, &book, h.get(then).unwrap(), h.get(now).unwrap());
    assert_eq!(c.added_since, [last]);
}

/// Issue 12, kind 1: a stale tab's rename or delete never hits another assessment that a
/// second tab kept under a reused number.
#[test]
fn a_rename_or_delete_acts_only_on_the_entry_that_was_shown() {
    let mut shown = History::new();
    let id = shown.add("2026-11-01", "1", &profile(), &all(1));
    let seen = shown.get(id).unwrap().clone();
    // Another tab deletes it and keeps another result, which gets the same number.
    let mut stored = shown.clone();
    stored.delete(id);
    assert_eq!(stored.add("2026-11-02", "1", &profile(), &all(2)), id);
    assert!(!stored.rename_seen(&seen, "Renamed in the stale tab"));
    assert!(!stored.delete_seen(&seen));
    assert_eq!(stored.entries.len(), 1);
    assert_eq!(stored.get(id).unwrap().name, "");
    // On the entry it showed, both work.
    assert!(shown.rename_seen(&seen, "Before the ERP") && shown.get(id).unwrap().name == "Before the ERP");
    assert!(shown.delete_seen(&seen) && shown.entries.is_empty());
}
