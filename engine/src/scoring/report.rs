//! Everything the result shows, computed once from the model, the profile and the answers.
//!
//! Owns nothing new: it bundles the [`Assessment`], the [`AmbitionGap`], the context
//! figures that apply, the [`Advice`] and what would move the company up, so that views draw one value and the same inputs always give the
//! same report.

use crate::advice::{advise, Advice};
use crate::ambition::{ambition_gap, AmbitionGap};
use crate::answers::Answers;
use crate::assess::{assess, holding_back_step, Assessment, Gap};
use crate::context;
use crate::model::{AdviceData, Country, Model, Text};
use crate::move_up::{move_up, MoveUp};
use crate::profile::Profile;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub assessment: Assessment,
    /// `None` until an ambition is chosen.
    pub ambition: Option<AmbitionGap>,
    /// IDs of the context figures that apply, in the model's order.
    pub context: Vec<Text>,
    pub advice: Advice,
    /// The fewest improvements that would move the company up one step.
    pub move_up: Option<MoveUp>,
    /// What holds the company back: the cross-cutting conditions not in place that matter
    /// on the way to `holding_back_step` (the next step, or the one it stands on once it
    /// has reached its ambition), the most important first.
    pub holding_back: Vec<Gap>,
    pub holding_back_step: u8,
}

/// The report for a company on a site of `country` (whose context figures it shows).
pub fn report(model: &Model, advice: &AdviceData, profile: &Profile, answers: &Answers, country: Country) -> Report {
    let assessment = assess(model, answers);
    let holding_back_step = holding_back_step(&assessment, profile.valid_ambition(model));
    Report {
        holding_back: assessment.holding_back(model, holding_back_step),
        holding_back_step,
        advice: advise(model, advice, profile, answers, &assessment),
        ambition: profile.valid_ambition(model).and_then(|a| ambition_gap(model, &assessment, a)),
        context: context::figures(model, profile, answers, country).into_iter().map(|f| f.id.clone()).collect(),
        move_up: move_up(model, answers, &assessment),
        assessment,
    }
}
