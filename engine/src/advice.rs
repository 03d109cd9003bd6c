//! Advice: three to five concrete next actions, where to go for help, and the industry
//! roadmap around the company's step.
//!
//! Owns the choice and order of actions. The seed's lesson is that successful firms took
//! one step and one solution at a time, so the advice is short and ordered by what
//! unblocks the next step towards the company's ambition:
//!
//! 1. The signs missing on the **blocking step** (the lowest step not reached, if it is
//!    within the ambition) come first: they are what stands between the company and its
//!    next step. Within each group, the sign furthest from in place comes first ("no"
//!    before "a little", then "don't know", then unanswered).
//! 2. Then the **gaps on steps already reached**, lowest step first: the seed's firms go
//!    back down the staircase to finish them.
//! 3. Then the signs of the steps up to the ambition, if there is room.
//!
//! For each gap in that order, the action that closes it and the most other open gaps
//! (then the one whose main purpose it is, then the least effort, then the content's
//! order) is chosen, until five are chosen or
//! the gaps run out; fewer than three are topped up with actions for the company's step.
//! Nothing is recommended that serves only steps above the ambition, unless the ambition
//! is reached: then the advice consolidates the steps below it and shows what raising the
//! ambition would take. Deterministic: the same answers give the same advice.
//!
//! Does not own words (the language files do) or who in a region helps (the catalogue and
//! the site configuration).

use crate::assess::{Assessment, Gap, GapReason};
use crate::model::{AdviceData, Effort, Model, Text};
use crate::profile::Profile;

/// At most this many actions: one step and one solution at a time.
pub const MAX_ACTIONS: usize = 5;
/// At least this many, so the company has a choice.
pub const MIN_ACTIONS: usize = 3;

/// The advice for one company.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    /// The step the advice works towards.
    pub target: u8,
    /// The ambition, and whether it is reached.
    pub ambition: u8,
    pub ambition_reached: bool,
    /// Three to five actions, most important first.
    pub actions: Vec<ChosenAction>,
    pub route: Route,
    /// The industry whose roadmap applies (`other` when none is chosen), and the steps to
    /// show: the current one and the next (when there is one).
    pub industry: Text,
    pub roadmap_steps: Vec<u8>,
}

/// An action with the reason it was chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChosenAction {
    pub id: Text,
    /// The company's own gaps that this action closes (its reason); empty for an action
    /// chosen to make up the minimum, which serves the company's step in general.
    pub gaps: Vec<Gap>,
}

/// Where to go first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// Basic advice close to home (business hub, næringshage, local business service):
    /// the next step has standard solutions, and the task is to choose well.
    Basic,
    /// Specialists (clusters, research and technology organisations, test labs,
    /// universities): the next step asks for advanced technology and deep skills.
    Specialist,
}

fn effort_rank(effort: Effort) -> u8 {
    match effort {
        Effort::Hours => 0,
        Effort::Days => 1,
        Effort::Weeks => 2,
    }
}

/// The advice for a company with this profile and assessment.
pub fn advise(model: &Model, data: &AdviceData, profile: &Profile, assessment: &Assessment) -> Advice {
    let top = model.top_step();
    let reached = assessment.reached;
    // Without a chosen ambition, aim one step up.
    let ambition = profile.valid_ambition(model).unwrap_or_else(|| (reached + 1).min(top));
    let ambition_reached = reached >= ambition;
    // Steps an action may serve: up to the ambition, or any once it is reached.
    let limit = if ambition_reached { top } else { ambition };
    let target = (reached + 1).min(if ambition_reached { top } else { ambition }).max(1);

    // The gaps in order of priority (a question appears once, at its first place).
    let mut gaps: Vec<(u8, Gap)> = Vec::new();
    let push = |tier: u8, gap: &Gap, gaps: &mut Vec<(u8, Gap)>| {
        if !gaps.iter().any(|(_, g)| g.question == gap.question) {
            gaps.push((tier, gap.clone()));
        }
    };
    let step_missing = |step: u8| assessment.steps.iter().filter(move |s| s.step == step).flat_map(|s| s.missing.iter());
    if !ambition_reached {
        for gap in step_missing(reached + 1) {
            push(0, gap, &mut gaps);
        }
    }
    for gap in &assessment.lower_gaps {
        push(1, gap, &mut gaps);
    }
    for step in (reached + 2)..=limit.max(reached + 1) {
        for gap in step_missing(step) {
            push(2, gap, &mut gaps);
        }
    }

    // Within a tier, the least-in-place sign first: "no" before "a little", then "don't
    // know", then unanswered; the model's order after that (the sort is stable).
    gaps.sort_by_key(|(tier, g)| {
        let severity = match g.reason {
            GapReason::NotInPlace => g.score.unwrap_or(0),
            GapReason::DontKnow => 1_000,
            GapReason::Unanswered => 2_000,
        };
        (*tier, severity)
    });

    let allowed = |steps: &[u8]| steps.iter().any(|s| *s <= limit);
    let mut chosen: Vec<ChosenAction> = Vec::new();
    let covered = |chosen: &[ChosenAction], question: &crate::model::QuestionId| {
        chosen.iter().any(|c| c.gaps.iter().any(|g| &g.question == question))
    };
    for (tier, gap) in &gaps {
        if chosen.len() >= MAX_ACTIONS {
            break;
        }
        if covered(&chosen, &gap.question) {
            continue;
        }
        // The actions that close this gap, ranked: most open gaps closed (in this tier or
        // earlier, so the blocking step keeps the focus), then the one
        // whose main purpose this gap is (the first sign it lists), then least effort,
        // then the content's order.
        let best = data
            .actions
            .iter()
            .enumerate()
            .filter(|(_, a)| allowed(&a.steps) && a.closes.contains(&gap.question))
            .filter(|(_, a)| !chosen.iter().any(|c| c.id == a.id))
            .min_by_key(|(order, a)| {
                let closes_open = gaps
                    .iter()
                    .filter(|(t, g)| t <= tier && a.closes.contains(&g.question) && !covered(&chosen, &g.question))
                    .count();
                let purpose = a.closes.iter().position(|q| *q == gap.question).unwrap_or(usize::MAX);
                (std::cmp::Reverse(closes_open), purpose, effort_rank(a.effort), *order)
            });
        if let Some((_, action)) = best {
            let own: Vec<Gap> = gaps
                .iter()
                .filter(|(_, g)| action.closes.contains(&g.question) && !covered(&chosen, &g.question))
                .map(|(_, g)| g.clone())
                .collect();
            chosen.push(ChosenAction { id: action.id.clone(), gaps: own });
        }
    }
    // Top up to the minimum with actions for the step being worked on (in content order).
    let focus = if ambition_reached { reached.max(1) } else { target };
    for action in data.actions.iter() {
        if chosen.len() >= MIN_ACTIONS {
            break;
        }
        if action.steps.contains(&focus) && allowed(&action.steps) && !chosen.iter().any(|c| c.id == action.id) {
            chosen.push(ChosenAction { id: action.id.clone(), gaps: Vec::new() });
        }
    }

    let route = if target >= data.routing.specialist_from_step { Route::Specialist } else { Route::Basic };
    let industry: Text = profile
        .valid_industry(model)
        .map_or(Text::Borrowed("other"), |i| Text::Owned(i.to_string()));
    let roadmap_steps = [assessment.step, assessment.step + 1].into_iter().filter(|s| *s <= top).collect();
    Advice { target, ambition, ambition_reached, actions: chosen, route, industry, roadmap_steps }
}
