//! What a company answered: one [`Answer`] per question ID.
//!
//! Owns the answer values and their one textual form (the token), which is the same in
//! saved progress, in the DOM (`data-value`) and in tests. Does not judge answers (see
//! [`crate::assess`]) and does not know the order of questions (see [`crate::model`]).

use crate::model::QuestionId;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// One answer to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    /// An option of the question's scale, by its stable value.
    Option(u8),
    /// "Not relevant for us": leaves the question out of averages and step evidence.
    NotRelevant,
    /// "Don't know": left out of averages, counts as not in place for steps, lowers
    /// confidence.
    DontKnow,
}

/// Whether question `q` offers `answer`: an option of its scale, or "not relevant" /
/// "don't know" where the question offers them. The one rule for what a question takes:
/// scoring, the paper sheet, the question screen and a projector's number keys ask here.
pub fn offers(model: &crate::Model, q: &crate::model::Question, answer: &Answer) -> bool {
    match answer {
        Answer::Option(value) => model.option(q, *value).is_some(),
        Answer::NotRelevant => q.not_relevant,
        Answer::DontKnow => q.dont_know,
    }
}

/// The answers question `q` offers ([`offers`]), in the order they are shown: its scale's
/// options, then "not relevant", then "don't know".
pub fn offered(model: &crate::Model, q: &crate::model::Question) -> Vec<Answer> {
    let options = model.scale(&q.scale).into_iter().flat_map(|s| s.options.iter().map(|o| Answer::Option(o.value)));
    options.chain([Answer::NotRelevant, Answer::DontKnow]).filter(|a| offers(model, q, a)).collect()
}

impl Answer {
    /// The answer's token: the option value as digits, `na` or `unknown`.
    pub fn token(self) -> String {
        match self {
            Answer::Option(v) => v.to_string(),
            Answer::NotRelevant => "na".to_string(),
            Answer::DontKnow => "unknown".to_string(),
        }
    }

    /// Reads a token; anything else is `None`.
    pub fn from_token(token: &str) -> Option<Answer> {
        match token {
            "na" => Some(Answer::NotRelevant),
            "unknown" => Some(Answer::DontKnow),
            digits if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => digits.parse().ok().map(Answer::Option),
            _ => None,
        }
    }
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.token())
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.token())
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let token = String::deserialize(d)?;
        Answer::from_token(&token).ok_or_else(|| serde::de::Error::custom(format!("unknown answer {token:?}")))
    }
}

/// All answers of one assessment, by question ID, kept sorted by ID (so the saved form
/// is the same for the same answers, in whatever order they were given). Answers to IDs
/// the current model does not know are kept (they may belong to another content version)
/// and ignored by scoring.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(Vec<(QuestionId, Answer)>);

impl Answers {
    pub fn new() -> Self {
        Answers::default()
    }

    fn find(&self, id: &QuestionId) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.cmp(id))
    }

    pub fn get(&self, id: &QuestionId) -> Option<Answer> {
        self.find(id).ok().map(|i| self.0[i].1)
    }

    pub fn set(&mut self, id: QuestionId, answer: Answer) {
        match self.find(&id) {
            Ok(i) => self.0[i].1 = answer,
            Err(i) => self.0.insert(i, (id, answer)),
        }
    }

    pub fn remove(&mut self, id: &QuestionId) -> Option<Answer> {
        self.find(id).ok().map(|i| self.0.remove(i).1)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The answers in order of question ID.
    pub fn iter(&self) -> impl Iterator<Item = (&QuestionId, Answer)> {
        self.0.iter().map(|(k, v)| (k, *v))
    }
}

impl FromIterator<(QuestionId, Answer)> for Answers {
    fn from_iter<I: IntoIterator<Item = (QuestionId, Answer)>>(iter: I) -> Self {
        let mut answers = Answers::new();
        for (id, answer) in iter {
            answers.set(id, answer);
        }
        answers
    }
}

impl Serialize for Answers {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter().map(|(k, v)| (k.as_str(), v)))
    }
}

impl<'de> Deserialize<'de> for Answers {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct AnswersVisitor;
        impl<'de> serde::de::Visitor<'de> for AnswersVisitor {
            type Value = Answers;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("answers by question ID")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(self, mut map: M) -> Result<Answers, M::Error> {
                let mut answers = Answers::new();
                while let Some((id, answer)) = map.next_entry::<String, Answer>()? {
                    answers.set(QuestionId::new(id), answer);
                }
                Ok(answers)
            }
        }
        d.deserialize_map(AnswersVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip() {
        for a in [Answer::Option(0), Answer::Option(3), Answer::Option(255), Answer::NotRelevant, Answer::DontKnow] {
            assert_eq!(Answer::from_token(&a.token()), Some(a));
        }
    }

    #[test]
    fn foreign_tokens_are_refused() {
        for t in ["", "-1", "256", "1.5", "NA", "yes", " 1", "+1"] {
            assert_eq!(Answer::from_token(t), None, "token {t:?}");
        }
    }

    #[test]
    fn answers_serialise_as_a_map_of_tokens() {
        let answers: Answers =
            [(QuestionId::new("b"), Answer::NotRelevant), (QuestionId::new("a"), Answer::Option(2))].into_iter().collect();
        let json = serde_json::to_string(&answers).unwrap();
        assert_eq!(json, r#"{"a":"2","b":"na"}"#);
        assert_eq!(serde_json::from_str::<Answers>(&json).unwrap(), answers);
    }
}
