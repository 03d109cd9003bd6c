//! The format of progress kept in the browser between visits: a boundary with its own
//! versioned type.
//!
//! Owns encoding and strict decoding of saved progress (the profile, the answers, where
//! the user was, the content version they answered). Format 2 added the profile; format 1
//! (the first slice of the app) still decodes, with an empty profile. Does not touch
//! storage: the app's `storage` module reads and writes the strings, and decides what to
//! do with unreadable ones (keep a copy, say so, start fresh).

use crate::answers::Answers;
use crate::model::QuestionId;
use crate::profile::Profile;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The format number this code writes. A newer number is refused as "made by a newer
/// version", never half-read.
pub const FORMAT: u32 = 2;

/// The largest stored progress read: answers to every question ever asked, with the
/// profile, come to a few kilobytes; anything larger is not the app's and is set aside
/// unread, so an oversized entry cannot hold up the first screen (issue 12, kind 5). Above
/// the largest file the app opens ([`crate::export::MAX_BYTES`]), so what it takes from a
/// file it can always read back.
pub const MAX_BYTES: usize = 128 * 1024;

/// Where in the app the user was.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Position {
    #[default]
    Start,
    Profile,
    Question(QuestionId),
    Overview,
    Result,
}

/// Saved progress, as the app uses it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// The content version the answers were given against.
    pub content_version: String,
    pub profile: Profile,
    pub answers: Answers,
    pub position: Position,
}

/// The stored shape of format 2.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredV2 {
    format: u32,
    content: String,
    #[serde(default)]
    profile: Profile,
    answers: Answers,
    position: Position,
}

/// The stored shape of format 1 (no profile).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredV1 {
    #[allow(dead_code)]
    format: u32,
    content: String,
    answers: Answers,
    position: Position,
}

/// Why saved progress could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedError {
    NotJson,
    /// Written by a newer version of the app, with this format number.
    NewerFormat(u32),
    /// JSON, but not the shape of saved progress; the text says what is wrong.
    Shape(String),
    /// Larger than [`MAX_BYTES`] (this many bytes): not read.
    TooLarge(usize),
}

impl fmt::Display for SavedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SavedError::NotJson => f.write_str("the saved progress is not JSON"),
            SavedError::NewerFormat(n) => write!(f, "the saved progress has format {n}, newer than {FORMAT}"),
            SavedError::Shape(why) => write!(f, "the saved progress is damaged: {why}"),
            SavedError::TooLarge(n) => write!(f, "the saved progress has {n} bytes, more than the {MAX_BYTES} it can hold"),
        }
    }
}

/// Writes progress in the current format.
pub fn encode(progress: &Progress) -> String {
    let stored = StoredV2 {
        format: FORMAT,
        content: progress.content_version.clone(),
        profile: progress.profile.clone(),
        answers: progress.answers.clone(),
        position: progress.position.clone(),
    };
    // Serialising plain strings and maps cannot fail.
    serde_json::to_string(&stored).unwrap_or_default()
}

/// Only the format number, read first so a newer format is named as such, not as damage.
#[derive(Deserialize)]
struct FormatOnly {
    format: u32,
}

/// Reads saved progress strictly: anything but a complete, known format (1 or 2) is an
/// error. Returns the progress and the format it was stored in.
pub fn decode(text: &str) -> Result<(Progress, u32), SavedError> {
    if text.len() > MAX_BYTES {
        return Err(SavedError::TooLarge(text.len()));
    }
    serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(|_| SavedError::NotJson)?;
    let probe: FormatOnly = serde_json::from_str(text).map_err(|_| SavedError::Shape("no known format number".into()))?;
    let shape = |e: serde_json::Error| SavedError::Shape(e.to_string());
    match probe.format {
        1 => {
            let stored: StoredV1 = serde_json::from_str(text).map_err(shape)?;
            let progress = Progress {
                content_version: stored.content,
                profile: Profile::default(),
                answers: stored.answers,
                position: stored.position,
            };
            Ok((progress, 1))
        }
        2 => {
            let stored: StoredV2 = serde_json::from_str(text).map_err(shape)?;
            let progress =
                Progress { content_version: stored.content, profile: stored.profile, answers: stored.answers, position: stored.position };
            Ok((progress, 2))
        }
        n if n > FORMAT => Err(SavedError::NewerFormat(n)),
        n => Err(SavedError::Shape(format!("unknown format {n}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;

    fn sample() -> Progress {
        Progress {
            content_version: "1".into(),
            profile: Profile { industry: Some("retail".into()), size: Some("1-9".into()), ambition: Some(3), staff: None },
            answers: [(QuestionId::new("a"), Answer::Option(2)), (QuestionId::new("b"), Answer::DontKnow)].into_iter().collect(),
            position: Position::Question(QuestionId::new("b")),
        }
    }

    #[test]
    fn progress_round_trips() {
        for position in [Position::Start, Position::Profile, Position::Overview, Position::Result, Position::Question(QuestionId::new("x"))]
        {
            let p = Progress { position, ..sample() };
            assert_eq!(decode(&encode(&p)), Ok((p, 2)));
        }
        let empty_profile = Progress { profile: Profile::default(), ..sample() };
        assert_eq!(decode(&encode(&empty_profile)), Ok((empty_profile, 2)));
    }

    #[test]
    fn the_stored_form_is_readable_json_with_its_format() {
        let text = encode(&sample());
        assert_eq!(
            text,
            r#"{"format":2,"content":"1","profile":{"industry":"retail","size":"1-9","ambition":3},"answers":{"a":"2","b":"unknown"},"position":{"question":"b"}}"#
        );
    }

    #[test]
    fn progress_saved_by_the_first_slice_still_reads() {
        let slice = r#"{"format":1,"content":"slice-1","answers":{"basics.accounting":"3","strategy.plan":"na"},"position":"result"}"#;
        let (p, format) = decode(slice).unwrap();
        assert_eq!(format, 1);
        assert_eq!(p.content_version, "slice-1");
        assert_eq!(p.profile, Profile::default());
        assert_eq!(p.answers.get(&QuestionId::new("basics.accounting")), Some(Answer::Option(3)));
        assert_eq!(p.position, Position::Result);
    }

    #[test]
    fn damaged_or_foreign_progress_is_refused_with_a_reason() {
        type Case = (&'static str, fn(&SavedError) -> bool);
        let cases: [Case; 9] = [
            ("", |e| *e == SavedError::NotJson),
            ("{not json", |e| *e == SavedError::NotJson),
            ("[1,2]", |e| matches!(e, SavedError::Shape(_))),
            (r#"{"answers":{}}"#, |e| matches!(e, SavedError::Shape(_))),
            (r#"{"format":"1"}"#, |e| matches!(e, SavedError::Shape(_))),
            (r#"{"format":3,"whatever":true}"#, |e| *e == SavedError::NewerFormat(3)),
            (
                r#"{"format":2,"content":"x","answers":{"a":"maybe"},"position":"start"}"#,
                |e| matches!(e, SavedError::Shape(why) if why.contains("maybe")),
            ),
            (
                r#"{"format":2,"content":"x","answers":{},"position":"start","extra":1}"#,
                |e| matches!(e, SavedError::Shape(why) if why.contains("extra")),
            ),
            (
                r#"{"format":2,"content":"x","profile":{"colour":"red"},"answers":{},"position":"start"}"#,
                |e| matches!(e, SavedError::Shape(why) if why.contains("colour")),
            ),
        ];
        for (text, check) in cases {
            let err = decode(text).expect_err(text);
            assert!(check(&err), "{text:?} gave {err:?}");
        }
    }
}
