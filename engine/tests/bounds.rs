//! Issue 12, kinds 5 and 17: every decoder of stored data bounds its work by the size of
//! what it can legitimately hold. Oversized data is refused at once (the app sets it
//! aside, never deletes it), while the largest legitimate data is always read.

use digitrappe_engine::builtin::{self, CODEBOOK};
use digitrappe_engine::history::{self, History, HistoryError, MAX_ENTRIES};
use digitrappe_engine::room::{self, Added, Room, RoomError, MAX_CODES};
use digitrappe_engine::saved::{self, Position, Progress, SavedError};
use digitrappe_engine::{share, Answer, Answers, Profile};
use std::time::{Duration, Instant};

/// Every question answered, with the longest profile: the most a user can store.
fn everything() -> (Profile, Answers) {
    let model = builtin::model();
    let answers = model.questions.iter().map(|q| (q.id.clone(), Answer::DontKnow)).collect();
    let industry = model.profile.industries.iter().map(|i| i.to_string()).max_by_key(String::len);
    let size = model.profile.sizes.iter().map(|s| s.to_string()).max_by_key(String::len);
    (Profile { industry, size, ambition: Some(5), staff: Some(u32::MAX) }, answers)
}

/// Decoding refused `text` quickly (a length check, not a parse). The bound is generous:
/// it fails only if the work grows with the input again.
fn quickly<T>(decode: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = decode();
    assert!(start.elapsed() < Duration::from_millis(200), "took {:?}", start.elapsed());
    out
}

#[test]
fn oversized_progress_is_refused_unread_and_the_largest_real_progress_is_read() {
    // The reported case: 4 MB with 250,000 unknown answer IDs.
    let answers: Vec<String> = (0..250_000).map(|i| format!("\"x.q{i}\":{{\"option\":1}}")).collect();
    let huge = format!(r#"{{"format":2,"content":"3","answers":{{{}}},"position":"start"}}"#, answers.join(","));
    assert!(huge.len() > 4_000_000);
    assert_eq!(quickly(|| saved::decode(&huge)).unwrap_err(), SavedError::TooLarge(huge.len()));

    let (profile, answers) = everything();
    let model = builtin::model();
    let last = model.questions.iter().map(|q| q.id.clone()).max_by_key(|id| id.as_str().len()).unwrap();
    let largest = Progress { content_version: model.version.to_string(), profile, answers, position: Position::Question(last) };
    let text = saved::encode(&largest);
    assert!(text.len() * 4 < saved::MAX_BYTES, "real progress ({} bytes) is far inside the bound", text.len());
    assert_eq!(saved::decode(&text).unwrap().0, largest);
}

#[test]
fn a_history_longer_than_its_limit_keeps_the_newest_and_an_oversized_one_is_refused_unread() {
    let (profile, answers) = everything();
    let mut full = History::new();
    for day in 0..MAX_ENTRIES {
        full.add(&format!("2026-{:02}-{:02}", day / 28 + 1, day % 28 + 1), "3", &profile, &answers);
        let id = full.entries.last().unwrap().id;
        full.rename(id, &"Å".repeat(200));
    }
    let text = full.encode();
    assert!(text.len() * 2 < history::MAX_BYTES, "a full list ({} bytes) is inside the bound", text.len());
    assert_eq!(History::decode(&text).unwrap(), full);

    // The reported case: 3,000 entries. Read, it keeps the newest thirty (the app sets the
    // whole text aside first), so "Keep" works on a list of thirty again.
    let small = History::new();
    let mut long = small.clone();
    for day in 0..3_000 {
        long.entries.push(history::Entry {
            id: day + 1,
            name: String::new(),
            date: "2026-01-01".into(),
            content: "3".into(),
            profile: Profile::default(),
            answers: Answers::new(),
        });
    }
    let (read, dropped) = History::decode_counting(&long.encode()).unwrap();
    assert_eq!((read.entries.len(), dropped), (MAX_ENTRIES, 3_000 - MAX_ENTRIES));
    assert_eq!(read.entries.first().unwrap().id, 3_000 - MAX_ENTRIES as u32 + 1, "the newest are kept");
    let mut kept = read.clone();
    kept.add("2026-12-01", "3", &profile, &answers);
    assert_eq!(kept.entries.len(), MAX_ENTRIES);

    let huge = format!(r#"{{"format":1,"entries":[],"pad":"{}"}}"#, "x".repeat(history::MAX_BYTES));
    assert!(matches!(quickly(|| History::decode(&huge)), Err(HistoryError::TooLarge(_))));
}

#[test]
fn a_room_holds_a_workshop_and_refuses_more_when_added_or_read() {
    let (_, answers) = everything();
    let code = |n: usize| {
        let profile = Profile { ambition: Some((n % 5) as u8 + 1), ..Default::default() };
        let mut answers = answers.clone();
        for (i, q) in builtin::model().questions.iter().enumerate().take(8) {
            answers.set(q.id.clone(), Answer::Option(((n >> (i * 2)) % 4) as u8 + 1));
        }
        share::encode(&CODEBOOK, &profile, &answers)
    };
    let mut room = Room::new();
    let codes: Vec<String> = (0..MAX_CODES + 1).map(code).collect();
    let added = room.add(&CODEBOOK, &codes.join("\n"));
    assert_eq!(room.len(), MAX_CODES);
    assert_eq!(added.iter().filter(|a| **a == Added::New).count(), MAX_CODES);
    assert!(matches!(added.last(), Some(Added::Full { .. })), "the one too many is named, not dropped silently");
    let text = room.encode();
    assert!(text.len() < room::MAX_BYTES, "a full room ({} bytes) is inside the bound", text.len());
    assert_eq!(Room::decode(&CODEBOOK, &text).unwrap(), room);

    // The reported case: 10,000 stored codes. Refused before any code is decoded.
    let stored = format!(r#"{{"format":1,"codes":[{}]}}"#, vec![format!("\"{}\"", codes[0]); 10_000].join(","));
    assert_eq!(quickly(|| Room::decode(&CODEBOOK, &stored)), Err(RoomError::TooLarge));
    let many = format!(r#"{{"format":1,"codes":[{}]}}"#, vec!["\"A\""; MAX_CODES + 1].join(","));
    assert!(many.len() < room::MAX_BYTES);
    assert_eq!(Room::decode(&CODEBOOK, &many), Err(RoomError::TooLarge));
}

/// Whatever the app writes it can read back: progress taken from the largest file it
/// opens, and a history that keeps such results (the oldest go to make room).
#[test]
fn what_the_app_writes_it_can_read_again() {
    use digitrappe_engine::export;
    use digitrappe_engine::model::QuestionId;
    let mut answers = Answers::new();
    for i in 0.. {
        answers.set(QuestionId::new(format!("from.a-newer-version.question-{i}")), Answer::Option(1));
        if i % 100 == 0 && saved::encode(&Progress { answers: answers.clone(), ..Default::default() }).len() > export::MAX_BYTES {
            break;
        }
    }
    let largest = Progress { content_version: "3".into(), answers: answers.clone(), ..Default::default() };
    assert_eq!(saved::decode(&saved::encode(&largest)).unwrap().0, largest);

    let mut h = History::new();
    for day in 1..=10 {
        h.add(&format!("2026-01-{day:02}"), "3", &Profile::default(), &answers);
        assert!(h.encode().len() <= history::MAX_BYTES, "after {day} results");
    }
    assert!(h.entries.len() >= 2 && h.entries.last().unwrap().date == "2026-01-10", "the newest are kept");
    assert_eq!(History::decode(&h.encode()).unwrap(), h);
}
