//! The format of progress kept in the browser between visits: a boundary with its own
//! versioned type.
//!
//! Owns encoding and strict decoding of saved progress (answers, where the user was, the
//! content version they answered). Does not touch storage: the app's `storage` module
//! reads and writes the strings, and decides what to do with unreadable ones (keep a copy,
//! say so, start fresh).

use crate::answers::Answers;
use crate::model::QuestionId;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The format number this code writes. A newer number is refused as "made by a newer
/// version", never half-read.
pub const FORMAT: u32 = 1;

/// Where in the app the user was.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Position {
    Start,
    Question(QuestionId),
    Result,
}

/// Saved progress, as the app uses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// The content version the answers were given against.
    pub content_version: String,
    pub answers: Answers,
    pub position: Position,
}

/// The stored shape of format 1.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredV1 {
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
}

impl fmt::Display for SavedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SavedError::NotJson => f.write_str("the saved progress is not JSON"),
            SavedError::NewerFormat(n) => write!(f, "the saved progress has format {n}, newer than {FORMAT}"),
            SavedError::Shape(why) => write!(f, "the saved progress is damaged: {why}"),
        }
    }
}

/// Writes progress in the current format.
pub fn encode(progress: &Progress) -> String {
    let stored = StoredV1 {
        format: FORMAT,
        content: progress.content_version.clone(),
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

/// Reads saved progress strictly: anything but a complete, known format is an error.
pub fn decode(text: &str) -> Result<Progress, SavedError> {
    serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(|_| SavedError::NotJson)?;
    let probe: FormatOnly =
        serde_json::from_str(text).map_err(|_| SavedError::Shape("no known format number".into()))?;
    if probe.format > FORMAT {
        return Err(SavedError::NewerFormat(probe.format));
    }
    if probe.format < FORMAT {
        return Err(SavedError::Shape(format!("unknown format {}", probe.format)));
    }
    let stored: StoredV1 = serde_json::from_str(text).map_err(|e| SavedError::Shape(e.to_string()))?;
    Ok(Progress { content_version: stored.content, answers: stored.answers, position: stored.position })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;

    fn sample() -> Progress {
        Progress {
            content_version: "slice-1".into(),
            answers: [(QuestionId::new("a"), Answer::Option(2)), (QuestionId::new("b"), Answer::DontKnow)]
                .into_iter()
                .collect(),
            position: Position::Question(QuestionId::new("b")),
        }
    }

    #[test]
    fn progress_round_trips() {
        for position in [Position::Start, Position::Result, Position::Question(QuestionId::new("x"))] {
            let p = Progress { position, ..sample() };
            assert_eq!(decode(&encode(&p)), Ok(p));
        }
    }

    #[test]
    fn the_stored_form_is_readable_json_with_its_format() {
        let text = encode(&sample());
        assert_eq!(
            text,
            r#"{"format":1,"content":"slice-1","answers":{"a":"2","b":"unknown"},"position":{"question":"b"}}"#
        );
    }

    #[test]
    fn damaged_or_foreign_progress_is_refused_with_a_reason() {
        let cases: [(&str, fn(&SavedError) -> bool); 8] = [
            ("", |e| *e == SavedError::NotJson),
            ("{not json", |e| *e == SavedError::NotJson),
            ("[1,2]", |e| matches!(e, SavedError::Shape(_))),
            (r#"{"answers":{}}"#, |e| matches!(e, SavedError::Shape(_))),
            (r#"{"format":"1"}"#, |e| matches!(e, SavedError::Shape(_))),
            (r#"{"format":2,"whatever":true}"#, |e| *e == SavedError::NewerFormat(2)),
            (
                r#"{"format":1,"content":"x","answers":{"a":"maybe"},"position":"start"}"#,
                |e| matches!(e, SavedError::Shape(why) if why.contains("maybe")),
            ),
            (
                r#"{"format":1,"content":"x","answers":{},"position":"start","extra":1}"#,
                |e| matches!(e, SavedError::Shape(why) if why.contains("extra")),
            ),
        ];
        for (text, check) in cases {
            let err = decode(text).expect_err(text);
            assert!(check(&err), "{text:?} gave {err:?}");
        }
    }
}
