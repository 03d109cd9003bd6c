//! The export file: one assessment (profile, answers, content version, date) as a small
//! JSON file people keep or mail themselves, and read back strictly.
//!
//! Owns the file's format. Holds no scores (they are computed again) and no company name.
//! Reading is total: a file that is not JSON, not a Digitrappen export, from a newer
//! version, too large or damaged gives its own error and nothing else.

use crate::answers::Answers;
use crate::profile::Profile;
use crate::text::{Texts, Ui};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The format this code writes; newer ones are refused as such.
pub const FORMAT: u32 = 1;
/// What marks a file as ours.
const MARK: &str = "digitrappen-assessment";
/// Larger files are refused before they are read (a real export is about 2 KB).
pub const MAX_BYTES: usize = 100_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    pub content_version: String,
    /// The day the file was made, `YYYY-MM-DD` (the caller's clock).
    pub date: String,
    pub profile: Profile,
    pub answers: Answers,
}

/// Forward compatible: fields a newer minor version adds are ignored (a newer *format* is
/// named as such; see [`ImportError::Newer`]).
#[derive(Serialize, Deserialize)]
struct Stored {
    kind: String,
    format: u32,
    content: String,
    date: String,
    #[serde(default)]
    profile: Profile,
    answers: Answers,
}

#[derive(Deserialize)]
struct Probe {
    kind: Option<String>,
    format: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    NotJson,
    /// JSON, but not a Digitrappen export.
    NotAnExport,
    /// Made by a newer version, with this format.
    Newer(u32),
    /// Ours, but damaged; the text says what is wrong.
    Damaged(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge => write!(f, "larger than {MAX_BYTES} bytes"),
            ImportError::NotJson => write!(f, "not JSON"),
            ImportError::NotAnExport => write!(f, "not a Digitrappen file"),
            ImportError::Newer(n) => write!(f, "format {n}, newer than {FORMAT}"),
            ImportError::Damaged(why) => write!(f, "damaged: {why}"),
        }
    }
}

/// What the app says about a file it cannot read.
pub fn describe(error: &ImportError, t: &Texts) -> String {
    match error {
        ImportError::TooLarge | ImportError::NotJson | ImportError::NotAnExport => t.ui(Ui::ImportErrorFileForeign).to_string(),
        ImportError::Newer(_) => t.ui(Ui::ImportErrorFileNewer).to_string(),
        // Our own words only: what the parser said goes to the console, not to the user.
        ImportError::Damaged(_) => t.ui(Ui::ImportErrorFileDamaged).to_string(),
    }
}

/// The file's text.
pub fn to_json(export: &Export) -> String {
    let stored = Stored {
        kind: MARK.into(),
        format: FORMAT,
        content: export.content_version.clone(),
        date: export.date.clone(),
        profile: export.profile.clone(),
        answers: export.answers.clone(),
    };
    serde_json::to_string_pretty(&stored).unwrap_or_default()
}

/// A file name for the export of `date`.
pub fn file_name(date: &str) -> String {
    format!("digitrappen-{date}.json")
}

/// Reads an export file, or says what is wrong with it.
pub fn from_json(text: &str) -> Result<Export, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(|_| ImportError::NotJson)?;
    let probe: Probe = serde_json::from_str(text).map_err(|_| ImportError::NotAnExport)?;
    if probe.kind.as_deref() != Some(MARK) {
        return Err(ImportError::NotAnExport);
    }
    match probe.format {
        Some(FORMAT) => {}
        Some(n) if n > FORMAT => return Err(ImportError::Newer(n)),
        _ => return Err(ImportError::Damaged("no known format".into())),
    }
    let stored: Stored = serde_json::from_str(text).map_err(|e| ImportError::Damaged(e.to_string()))?;
    let valid_date = stored.date.len() == 10
        && stored.date.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if !valid_date {
        return Err(ImportError::Damaged(format!("date {:?}", stored.date)));
    }
    Ok(Export { content_version: stored.content, date: stored.date, profile: stored.profile, answers: stored.answers })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;

    #[test]
    fn a_field_a_newer_version_adds_is_ignored_and_a_damaged_file_is_described_in_our_words_only() {
        let file =
            r#"{"kind":"digitrappen-assessment","format":1,"content":"3","date":"2026-12-01","note":"from a later version","answers":{}}"#;
        assert!(from_json(file).is_ok(), "{:?}", from_json(file).err());
        let damaged = r#"{"kind":"digitrappen-assessment","format":1,"content":"3","date":"2026-12-01","answers":{"x":[1]}}"#;
        let error = from_json(damaged).unwrap_err();
        assert!(matches!(error, ImportError::Damaged(_)));
        for lang in [crate::Lang::Da, crate::Lang::En, crate::Lang::Nb] {
            let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/i18n");
            let t = Texts::parse(lang, &std::fs::read_to_string(format!("{dir}/{}.json", lang.code())).unwrap()).unwrap();
            let said = describe(&error, &t);
            assert!(!said.contains('`') && !said.contains("expected") && !said.contains("invalid type"), "{said}");
        }
    }
    use crate::model::QuestionId;

    fn sample() -> Export {
        Export {
            content_version: "1".into(),
            date: "2026-11-23".into(),
            profile: Profile { industry: Some("food".into()), size: Some("10-49".into()), ambition: Some(3), staff: None },
            answers: [(QuestionId::new("security.backup"), Answer::Option(3)), (QuestionId::new("data.kpi"), Answer::NotRelevant)]
                .into_iter()
                .collect(),
        }
    }

    #[test]
    fn an_export_reads_back_as_it_was_written() {
        assert_eq!(from_json(&to_json(&sample())), Ok(sample()));
        assert!(to_json(&sample()).contains("\"kind\": \"digitrappen-assessment\""));
        assert_eq!(file_name("2026-11-23"), "digitrappen-2026-11-23.json");
    }

    #[test]
    fn a_file_made_with_content_version_1_still_reads_with_its_answers_as_they_were() {
        let v1 = r#"{"kind":"digitrappen-assessment","format":1,"content":"1","date":"2025-11-01","answers":{"basics.accounting":"3","security.backup":"na"}}"#;
        let file = from_json(v1).unwrap();
        assert_eq!(file.content_version, "1");
        assert_eq!(file.answers.get(&crate::QuestionId::new("basics.accounting")), Some(crate::Answer::Option(3)));
        // Scored by today's model, both are named as retired, not ignored as unknown.
        let r = crate::assess(&crate::builtin::model(), &file.answers);
        assert_eq!(r.retired.len(), 2);
        assert!(r.notes.is_empty());
    }

    #[test]
    fn every_wrong_file_gets_its_own_error() {
        let good = to_json(&sample());
        let cases = [
            ("{".to_string(), ImportError::NotJson),
            ("[]".to_string(), ImportError::NotAnExport),
            (r#"{"name":"something else"}"#.to_string(), ImportError::NotAnExport),
            (good.replace("\"format\": 1", "\"format\": 2"), ImportError::Newer(2)),
            (" ".repeat(MAX_BYTES + 1), ImportError::TooLarge),
        ];
        for (text, expected) in cases {
            assert_eq!(from_json(&text), Err(expected));
        }
        for damaged in [
            good.replace("\"3\"", "\"maybe\""),
            good.replace("2026-11-23", "yesterday"),
            good.replace("\"date\"", "\"dato\""),
            good.replace("\"format\": 1", "\"format\": 0"),
        ] {
            assert!(matches!(from_json(&damaged), Err(ImportError::Damaged(_))), "{damaged}");
        }
    }
}
