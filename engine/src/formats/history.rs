//! Progress over time: completed assessments the user chose to keep on the device, and
//! the comparison of any two.
//!
//! Owns the kept list (adding, renaming, deleting; its stored format, read strictly) and
//! the comparison: both assessments are scored again with the current engine, so a
//! change in the method never looks like a change in the company, and the questions added
//! since the older one are named (from the code book, which records what each content
//! version asked). Holds no scores. Deleting removes the entry from the list; the caller
//! writes the list back, so nothing of it remains.

use crate::answers::Answers;
use crate::assess::assess;
use crate::model::{CodeBook, Model, QuestionId};
use crate::profile::Profile;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The format this code writes.
pub const FORMAT: u32 = 1;
/// At most this many are kept (the oldest goes first); a company assessing once a year
/// needs a handful.
pub const MAX_ENTRIES: usize = 30;
/// The largest stored list read: [`MAX_ENTRIES`] entries with their answers and names
/// come to well under 100 KB; anything larger is set aside unread (issue 12, kind 17).
pub const MAX_BYTES: usize = 256 * 1024;

/// One kept assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Stable within the list, never reused.
    pub id: u32,
    /// The user's label, e.g. "Before the new ERP"; may be empty.
    #[serde(default)]
    pub name: String,
    /// The day it was kept, `YYYY-MM-DD`.
    pub date: String,
    /// The content version it was answered against.
    pub content: String,
    #[serde(default)]
    pub profile: Profile,
    pub answers: Answers,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    format: u32,
    /// Oldest first.
    pub entries: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HistoryError {
    NotJson,
    Newer(u32),
    Damaged(String),
    /// Larger than [`MAX_BYTES`] (this many bytes): not read.
    TooLarge(usize),
}

impl fmt::Display for HistoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HistoryError::NotJson => write!(f, "not JSON"),
            HistoryError::Newer(n) => write!(f, "format {n}, newer than {FORMAT}"),
            HistoryError::Damaged(why) => write!(f, "damaged: {why}"),
            HistoryError::TooLarge(n) => write!(f, "{n} bytes, more than {MAX_BYTES}"),
        }
    }
}

#[derive(Deserialize)]
struct Probe {
    format: u32,
}

impl History {
    pub fn new() -> Self {
        History { format: FORMAT, entries: Vec::new() }
    }

    /// Reads the stored list strictly. The limit applies when reading too: of a list
    /// longer than [`MAX_ENTRIES`], the newest are kept.
    pub fn decode(text: &str) -> Result<History, HistoryError> {
        History::decode_counting(text).map(|(history, _)| history)
    }

    /// [`History::decode`], and how many of the oldest entries it left out (the caller
    /// keeps the whole text elsewhere first, so nothing is lost).
    pub fn decode_counting(text: &str) -> Result<(History, usize), HistoryError> {
        if text.len() > MAX_BYTES {
            return Err(HistoryError::TooLarge(text.len()));
        }
        serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(|_| HistoryError::NotJson)?;
        let probe: Probe = serde_json::from_str(text).map_err(|e| HistoryError::Damaged(e.to_string()))?;
        if probe.format > FORMAT {
            return Err(HistoryError::Newer(probe.format));
        }
        let history: History = serde_json::from_str(text).map_err(|e| HistoryError::Damaged(e.to_string()))?;
        let mut ids: Vec<u32> = history.entries.iter().map(|e| e.id).collect();
        ids.sort_unstable();
        if ids.windows(2).any(|w| w[0] == w[1]) {
            return Err(HistoryError::Damaged("an id twice".into()));
        }
        let mut history = history;
        let over = history.entries.len().saturating_sub(MAX_ENTRIES);
        history.entries.drain(..over);
        Ok((history, over))
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(&History { format: FORMAT, entries: self.entries.clone() }).unwrap_or_default()
    }

    /// Keeps an assessment; returns its id. The oldest goes when the list is full.
    pub fn add(&mut self, date: &str, content: &str, profile: &Profile, answers: &Answers) -> u32 {
        let id = self.entries.iter().map(|e| e.id + 1).max().unwrap_or(1);
        if self.entries.len() >= MAX_ENTRIES {
            self.entries.remove(0);
        }
        self.entries.push(Entry {
            id,
            name: String::new(),
            date: date.into(),
            content: content.into(),
            profile: profile.clone(),
            answers: answers.clone(),
        });
        // What the app writes it must be able to read again: the oldest go while the list
        // is larger than [`MAX_BYTES`] (only answers from an outsized imported file get near).
        while self.entries.len() > 1 && self.encode().len() > MAX_BYTES {
            self.entries.remove(0);
        }
        id
    }

    pub fn rename(&mut self, id: u32, name: &str) -> bool {
        match self.entries.iter_mut().find(|e| e.id == id) {
            Some(e) => {
                e.name = name.trim().chars().take(80).collect();
                true
            }
            None => false,
        }
    }

    /// Whether `seen` (an entry as a page showed it) is still the entry under its id: the
    /// same assessment, not another one a second tab kept under a reused id.
    fn still(&self, seen: &Entry) -> bool {
        self.get(seen.id)
            .is_some_and(|e| (&e.date, &e.content, &e.profile, &e.answers) == (&seen.date, &seen.content, &seen.profile, &seen.answers))
    }

    /// Renames the entry a page showed, if it is still there; otherwise nothing.
    pub fn rename_seen(&mut self, seen: &Entry, name: &str) -> bool {
        self.still(seen) && self.rename(seen.id, name)
    }

    /// Deletes the entry a page showed, if it is still there; otherwise nothing.
    pub fn delete_seen(&mut self, seen: &Entry) -> bool {
        self.still(seen) && self.delete(seen.id)
    }

    pub fn delete(&mut self, id: u32) -> bool {
        let before = self.entries.len();
        self.entries.retain(|e| e.id != id);
        self.entries.len() < before
    }

    pub fn get(&self, id: u32) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Whether the latest kept entry has exactly these answers and profile (so keeping
    /// again would add nothing).
    pub fn holds(&self, profile: &Profile, answers: &Answers) -> bool {
        self.entries.last().is_some_and(|e| e.profile == *profile && e.answers == *answers)
    }
}

/// One dimension then and now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DimensionChange {
    pub id: String,
    pub then: Option<u32>,
    pub now: Option<u32>,
}

impl DimensionChange {
    pub fn delta(&self) -> Option<i64> {
        Some(i64::from(self.now?) - i64::from(self.then?))
    }
}

/// Two kept assessments side by side, both scored by the current engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub then_step: u8,
    pub now_step: u8,
    pub dimensions: Vec<DimensionChange>,
    /// Questions the current model asks that the older assessment's version did not.
    pub added_since: Vec<QuestionId>,
    /// Answers in either assessment to questions the current model no longer asks: kept,
    /// but they no longer count (so an old result may look emptier than it was).
    pub retired_then: Vec<QuestionId>,
    pub retired_now: Vec<QuestionId>,
}

/// Compares `then` with `now` (in that order, whatever their dates).
pub fn compare(model: &Model, book: &CodeBook, then: &Entry, now: &Entry) -> Comparison {
    let (a, b) = (assess(model, &then.answers), assess(model, &now.answers));
    let dimensions = a
        .dimensions
        .iter()
        .zip(b.dimensions.iter())
        .map(|(x, y)| DimensionChange { id: x.id.to_string(), then: x.score, now: y.score })
        .collect();
    let asked_then: Option<Vec<&QuestionId>> =
        book.versions.iter().find(|v| v.content == then.content).map(|v| v.slots.iter().map(|s| &s.question).collect());
    let added_since = model
        .questions
        .iter()
        .filter(|q| match &asked_then {
            Some(asked) => !asked.contains(&&q.id),
            // A version the book does not know: what it left unanswered may be new.
            None => then.answers.get(&q.id).is_none(),
        })
        .map(|q| q.id.clone())
        .collect();
    Comparison { then_step: a.step, now_step: b.step, dimensions, added_since, retired_then: a.retired, retired_now: b.retired }
}
