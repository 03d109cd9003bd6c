//! Advice: three to five concrete next actions, where to go for help, and the industry
//! roadmap around the company's step.
//!
//! Owns the choice and order of actions. The seed's lesson is that successful firms took
//! one step and one solution at a time, so the advice is short and ordered by what
//! unblocks the next step towards the company's ambition:
//!
//! 1. The signs that **would move the company up** one step (the fewest, computed by
//!    [`crate::move_up`] from the placement rule), when the ambition is not yet reached.
//! 2. What **holds the company back**: cross-cutting conditions that matter on the way to
//!    the next step and are not in place.
//! 3. The **gaps on the steps it stands on** (and on steps left open below, and conditions
//!    that matter on those steps), lowest step first: the seed's firms go back down the
//!    staircase to finish them.
//! 4. Then the other signs of the steps up to the ambition, and then any other condition
//!    not in place (such as the green ones), if there is room.
//!
//! With the ambition reached, groups 3 and 2 come first, in that order: the advice
//! consolidates what the company stands on before what would take it further, and sends it
//! to specialists only when its ambition is an advanced step.
//!
//! Within each group, the sign furthest from in place comes first ("no" before "a
//! little", then "don't know", then unanswered). For each gap in that order, the action
//! that closes it and the most other open gaps (then one made for the step in question,
//! then the one whose main purpose it is, then the least effort, then the content's
//! order) is chosen, until five are chosen or
//! the gaps run out; fewer than three are topped up with actions for the step being
//! worked on. Nothing is recommended that serves only steps above the ambition, unless
//! the ambition is reached: then the advice consolidates what the company has (gaps below
//! and what holds it back come first) and shows what raising the ambition would take.
//! Deterministic: the same answers give the same advice.
//!
//! Does not own words (the language files do) or who in a region helps (the catalogue and
//! the site configuration).

use crate::assess::{holding_back_step, Assessment, Gap};
use crate::model::{AdviceData, Effort, Model, QuestionId, Role, Text};
use crate::move_up::cheapest;
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
    let step = assessment.step;
    // Without a chosen ambition, aim one step up.
    let ambition = profile.valid_ambition(model).unwrap_or_else(|| (step + 1).clamp(1, top));
    let ambition_reached = step >= ambition;
    // Steps an action may serve: up to the ambition, or any once it is reached.
    let limit = if ambition_reached { top } else { ambition };
    // The step to put in place next: the one the fewest improvements reach (often a step
    // left open below), else the one above.
    let next = cheapest(model, assessment);
    let target = next.as_ref().map_or((step + 1).min(top).max(1), |(s, _)| *s);

    // The gaps in order of priority (a question appears once, at its first place).
    let mut gaps: Vec<(u8, Gap)> = Vec::new();
    let push = |tier: u8, gap: &Gap, gaps: &mut Vec<(u8, Gap)>| {
        if !gaps.iter().any(|(_, g)| g.question == gap.question) {
            gaps.push((tier, gap.clone()));
        }
    };
    let missing = |question: &QuestionId| assessment.steps.iter().flat_map(|s| s.missing.iter()).find(|g| &g.question == question);
    let open_below = assessment.steps.iter().filter(|s| assessment.open_below.contains(&s.step)).flat_map(|s| s.missing.iter());
    let passed_enablers = assessment.enablers_open.iter().filter(|g| g.step >= 1 && g.step <= step);
    let below: Vec<&Gap> = assessment.lower_gaps.iter().chain(open_below).chain(passed_enablers).collect();
    let holding_back = assessment.holding_back(model, holding_back_step(assessment, Some(ambition)));
    if ambition_reached {
        // Consolidate: what the company stands on comes first, then what holds it back
        // from going further.
        for gap in below {
            push(1, gap, &mut gaps);
        }
        for gap in &holding_back {
            push(2, gap, &mut gaps);
        }
    } else {
        if let Some((_, signs)) = &next {
            for gap in signs.iter().filter_map(|(q, _)| missing(q)) {
                push(0, gap, &mut gaps);
            }
        }
        for gap in &holding_back {
            push(1, gap, &mut gaps);
        }
        for gap in below {
            push(2, gap, &mut gaps);
        }
    }
    for s in assessment.steps.iter().filter(|s| s.step <= limit) {
        for gap in &s.missing {
            push(3, gap, &mut gaps);
        }
    }
    for gap in &assessment.enablers_open {
        push(4, gap, &mut gaps);
    }

    // Within a tier, the least-in-place sign first: "no" before "a little", then "don't
    // know", then unanswered; the model's order after that (the sort is stable).
    gaps.sort_by_key(|(tier, g)| (*tier, g.severity()));

    let allowed = |steps: &[u8]| steps.iter().any(|s| *s <= limit);
    let mut chosen: Vec<ChosenAction> = Vec::new();
    let covered = |chosen: &[ChosenAction], question: &QuestionId| {
        chosen.iter().any(|c| c.gaps.iter().any(|g| &g.question == question))
    };
    for (_, gap) in &gaps {
        if chosen.len() >= MAX_ACTIONS {
            break;
        }
        if covered(&chosen, &gap.question) {
            continue;
        }
        // The step this gap is about: a sign's own step; for a cross-cutting condition, the
        // step the company works towards.
        let focus = if model.question(&gap.question).is_some_and(|q| q.role == Role::Solution) { gap.step } else { target };
        // The actions that close this gap, ranked: most open gaps closed, then one made for
        // this step, then the one whose main purpose this gap is (the first sign it lists),
        // then least effort, then the content's order.
        let best = data
            .actions
            .iter()
            .enumerate()
            .filter(|(_, a)| allowed(&a.steps) && a.closes.contains(&gap.question))
            .filter(|(_, a)| !chosen.iter().any(|c| c.id == a.id))
            .min_by_key(|(order, a)| {
                let closes_open = gaps.iter().filter(|(_, g)| a.closes.contains(&g.question) && !covered(&chosen, &g.question)).count();
                let fits = !a.steps.contains(&focus);
                let purpose = a.closes.iter().position(|q| *q == gap.question).unwrap_or(usize::MAX);
                (std::cmp::Reverse(closes_open), fits, purpose, effort_rank(a.effort), *order)
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
    let focus = if ambition_reached { step.max(1) } else { target };
    for action in data.actions.iter() {
        if chosen.len() >= MIN_ACTIONS {
            break;
        }
        if action.steps.contains(&focus) && allowed(&action.steps) && !chosen.iter().any(|c| c.id == action.id) {
            chosen.push(ChosenAction { id: action.id.clone(), gaps: Vec::new() });
        }
    }

    // Where to go first follows the step the advice works on: the next one, or, with the
    // ambition reached, the ambition itself (the advice then consolidates).
    let route_step = if ambition_reached { ambition } else { target };
    let route = if route_step >= data.routing.specialist_from_step { Route::Specialist } else { Route::Basic };
    let industry: Text = profile
        .valid_industry(model)
        .map_or(Text::Borrowed("other"), |i| Text::Owned(i.to_string()));
    let roadmap_steps = [step, step + 1].into_iter().filter(|s| (1..=top).contains(s)).collect();
    Advice { target, ambition, ambition_reached, actions: chosen, route, industry, roadmap_steps }
}
