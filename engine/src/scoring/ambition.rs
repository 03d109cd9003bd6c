//! The ambition gap: how far the company is from the step it wants to reach, and in
//! which dimensions it is furthest below what we estimate a company on that step has.
//!
//! Owns the comparison only; the targets per dimension and step are data (`targets` in
//! `content/model.json`), this project's own estimate, and labelled so wherever shown.

use crate::assess::Assessment;
use crate::model::{Model, Text};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AmbitionGap {
    /// The step aimed at.
    pub ambition: u8,
    /// The step the company stands on now.
    pub step: u8,
    /// Whether steps 1 up to the ambition are all in place.
    pub reached: bool,
    /// Steps between where the company stands and its ambition (0 when reached).
    pub steps_to_go: u8,
    /// Dimensions scored below their target for the ambition step, largest gap first.
    pub dimensions: Vec<DimensionGap>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DimensionGap {
    pub id: Text,
    pub score: u32,
    pub target: u32,
}

impl DimensionGap {
    pub fn gap(&self) -> u32 {
        self.target.saturating_sub(self.score)
    }
}

/// The gap to `ambition`, or `None` when the ambition is not a step of the model.
pub fn ambition_gap(model: &Model, assessment: &Assessment, ambition: u8) -> Option<AmbitionGap> {
    model.step(ambition)?;
    let mut dimensions: Vec<DimensionGap> = model
        .dimensions
        .iter()
        .zip(&assessment.dimensions)
        .filter_map(|(d, s)| {
            let (score, target) = (s.score?, d.target(ambition)?);
            (score < target).then(|| DimensionGap { id: d.id.clone(), score, target })
        })
        .collect();
    // Largest gap first; the model's order breaks ties (the sort is stable).
    dimensions.sort_by_key(|d| std::cmp::Reverse(d.gap()));
    let reached = assessment.step >= ambition;
    Some(AmbitionGap {
        ambition,
        step: assessment.step,
        reached,
        steps_to_go: if reached { 0 } else { ambition.saturating_sub(assessment.step) },
        dimensions,
    })
}
