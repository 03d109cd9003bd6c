//! Published figures about SMEs in the company's country to put its own answers in
//! context.
//!
//! Owns which figures apply: those of the site's country (never Danish figures on a
//! Norwegian site), and of them those whose question the company answered (with an option
//! or "don't know"; not when it said the question is not relevant) and those for its
//! industry. The figures' words are in the language files (`context.<id>`), their sources
//! in the model.

use crate::answers::{Answer, Answers};
use crate::model::{ContextFigure, Country, Model};
use crate::profile::Profile;

/// The figures that apply, in the model's order.
pub fn figures<'a>(model: &'a Model, profile: &Profile, answers: &Answers, country: Country) -> Vec<&'a ContextFigure> {
    model
        .context
        .iter()
        .filter(|f| f.country == country)
        .filter(|f| {
            let by_answer = f.question.as_ref().is_some_and(|q| matches!(answers.get(q), Some(Answer::Option(_) | Answer::DontKnow)));
            let by_industry = f.industry.is_some() && f.industry.as_deref() == profile.valid_industry(model);
            by_answer || by_industry
        })
        .collect()
}
