//! How the answers would read in two public frameworks: the EU Digital Maturity
//! Assessment (six dimensions, 0-100, four bands) and Eurostat's Digital Intensity Index
//! (12 indicators, four levels).
//!
//! Owns the arithmetic of the cross-walks; the mappings themselves (which question speaks
//! to which dimension or indicator) are data in `content/model.json`, with their sources.
//! Both are indicative: our questions are not those frameworks' questions, and the result
//! says how many of the DII's indicators we actually ask.

use crate::answers::{Answer, Answers};
use crate::model::{Band, Model, Text};

/// One DMA dimension, estimated from our questions that speak to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DmaScore {
    pub id: Text,
    /// 0-100: the average score of the mapped questions with a scored answer.
    pub score: Option<u32>,
    /// The band the score falls in (e.g. `average`).
    pub band: Option<Text>,
    /// How many of the mapped questions have a scored answer, of how many.
    pub answered: usize,
    pub questions: usize,
}

/// The DII estimate: a level, and how sure we can be of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiiEstimate {
    /// Per indicator: `None` when we do not ask about it, else whether it is met.
    pub indicators: Vec<(Text, Option<bool>)>,
    /// Indicators met, among those we ask about.
    pub met: usize,
    pub asked: usize,
    pub not_asked: usize,
    /// The level from the indicators met (as if every indicator we do not ask about is
    /// not met)...
    pub level: Option<Text>,
    /// ...and the level if every indicator we do not ask about were met: the true level
    /// lies between the two.
    pub level_at_most: Option<Text>,
}

/// The band or level whose `min` is the highest one not above `value`.
pub fn band_for(bands: &[Band], value: u32) -> Option<Text> {
    bands.iter().filter(|b| b.min <= value).max_by_key(|b| b.min).map(|b| b.id.clone())
}

fn option_score(model: &Model, answers: &Answers, id: &crate::model::QuestionId) -> Option<u32> {
    let q = model.question(id)?;
    match answers.get(id)? {
        Answer::Option(v) => model.option(q, v).map(|o| o.score.min(100)),
        _ => None,
    }
}

/// The six DMA dimensions, in the model's order.
pub fn dma(model: &Model, answers: &Answers) -> Vec<DmaScore> {
    let mapping = &model.crosswalks.dma;
    mapping
        .dimensions
        .iter()
        .map(|d| {
            let scores: Vec<u32> = d.questions.iter().filter_map(|q| option_score(model, answers, q)).collect();
            let score = (!scores.is_empty()).then(|| {
                let (sum, n) = (scores.iter().sum::<u32>(), scores.len() as u32);
                (2 * sum + n) / (2 * n)
            });
            DmaScore {
                id: d.id.clone(),
                band: score.and_then(|s| band_for(&mapping.bands, s)),
                score,
                answered: scores.len(),
                questions: d.questions.len(),
            }
        })
        .collect()
}

/// The DII estimate.
pub fn dii(model: &Model, answers: &Answers) -> DiiEstimate {
    let mapping = &model.crosswalks.dii;
    let indicators: Vec<(Text, Option<bool>)> = mapping
        .indicators
        .iter()
        .map(|ind| {
            let met = (!ind.any.is_empty())
                .then(|| ind.any.iter().any(|c| matches!(answers.get(&c.question), Some(Answer::Option(v)) if v >= c.min)));
            (ind.id.clone(), met)
        })
        .collect();
    let met = indicators.iter().filter(|(_, m)| *m == Some(true)).count();
    let asked = indicators.iter().filter(|(_, m)| m.is_some()).count();
    let not_asked = indicators.len() - asked;
    DiiEstimate {
        level: band_for(&mapping.levels, met as u32),
        level_at_most: band_for(&mapping.levels, (met + not_asked) as u32),
        indicators,
        met,
        asked,
        not_asked,
    }
}
