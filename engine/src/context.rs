//! Published figures about Danish SMEs to put a company's own answers in context.
//!
//! Owns which figures apply: those whose question the company answered (with an option
//! or "don't know"; not when it said the question is not relevant) and those for its
//! industry. The figures' words are in the language files (`context.<id>`), their sources
//! in the model.

use crate::answers::{Answer, Answers};
use crate::model::{ContextFigure, Model};
use crate::profile::Profile;

/// The figures that apply, in the model's order.
pub fn figures<'a>(model: &'a Model, profile: &Profile, answers: &Answers) -> Vec<&'a ContextFigure> {
    model
        .context
        .iter()
        .filter(|f| {
            let by_answer = f
                .question
                .as_ref()
                .is_some_and(|q| matches!(answers.get(q), Some(Answer::Option(_) | Answer::DontKnow)));
            let by_industry = f.industry.is_some() && f.industry.as_deref() == profile.valid_industry(model);
            by_answer || by_industry
        })
        .collect()
}
