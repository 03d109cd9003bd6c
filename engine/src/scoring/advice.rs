//! Advice: three to five concrete next actions, where to go for help, and the industry
//! roadmap around the company's step.
//!
//! The first action is the company's bottleneck: a **floor** that must come first (from
//! step 3 on, a tested backup and two-step login come before any lab visit or pilot;
//! `floors` in the advice content), else the sign that would move it up, solved the way
//! its industry solves it (actions carry the industries they suit, and one made for the
//! company's industry is preferred), else what holds it back. A floor whose answer is
//! already in place on its scale, in a firm whose other basics are in place too
//! (`second_if_in_place`: off-site backups never restored, with two-step login, the firm's
//! own digital skills and a direction), comes second instead, right after the first action.
//! Below the floors' step, one of them (`early_floors`: two-step login, else the backup) comes
//! second when it is not in place.
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
//! Within each group, a sign the company's industry has its own action for comes first,
//! then the sign furthest from in place comes first ("no" before "a
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

use crate::answers::{Answer, Answers};
use crate::assess::{holding_back_step, Assessment, Gap, GapReason};
use crate::model::{AdviceData, Effort, Floor, Model, QuestionId, Role, Text};
use crate::move_up::cheapest;
use crate::profile::Profile;

/// At most this many actions: one step and one solution at a time.
pub const MAX_ACTIONS: usize = 5;
/// At least this many, so the company has a choice.
pub const MIN_ACTIONS: usize = 3;

/// The tier of a floor (first) and of conditions that hold back no step (last).
const FLOOR: u8 = 0;
const SPARE: u8 = 5;
/// The tier of the other signs up to the ambition (or above the step, once it is reached).
const ABOVE: u8 = 4;

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
    /// The full-time staff the company's size band allows (for programmes' conditions).
    pub staff: Option<(u32, u32)>,
    /// The questions whose answers are in place (for what programmes require first).
    pub in_place: Vec<QuestionId>,
}

/// An action with the reason it was chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChosenAction {
    pub id: Text,
    /// The company's own gaps that this action closes (its reason); empty for an action
    /// chosen to make up the minimum, which serves the company's step in general.
    pub gaps: Vec<Gap>,
    pub why: Why,
}

/// Why an action is on the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// It lifts a floor that must be in place before anything else.
    Floor,
    /// It lifts a floor that comes right after the first action: the floor's answer is in
    /// place on its scale, and so is everything its `second_if_in_place` names.
    FloorSecond,
    /// It closes the company's own gaps (`gaps`).
    Gaps,
    /// It serves the step the company works towards (a step above the one it stands on).
    Towards(u8),
    /// It strengthens the step the company stands on (its ambition is reached).
    Strengthen(u8),
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

/// The concrete first move the industry roadmap names for a step: an action written for
/// this industry that serves the step, the one the advice chose if it chose one (`chosen`),
/// else the first in the content that answers a question not yet in place (`in_place`: a
/// workshop with a business system is not told to get a till), else the first in the
/// content (none for `other`, or where the industry has no action of its own on that step).
pub fn roadmap_first<'a>(
    data: &'a AdviceData,
    industry: &str,
    step: u8,
    chosen: &[ChosenAction],
    in_place: &[QuestionId],
) -> Option<&'a crate::model::Action> {
    let fits = |a: &&crate::model::Action| a.made_for(Some(industry)) && a.steps.contains(&step);
    let open = |a: &&crate::model::Action| a.closes.iter().any(|q| !in_place.contains(q));
    chosen
        .iter()
        .filter_map(|c| data.action(&c.id))
        .find(fits)
        .or_else(|| data.actions.iter().filter(fits).find(open))
        .or_else(|| data.actions.iter().find(fits))
}

/// The floors this company is below: from their step on, each question answered below
/// its minimum (or "don't know", or not at all), as a gap on the step worked towards.
pub fn floors_open(model: &Model, data: &AdviceData, answers: &Answers, assessment: &Assessment, towards: u8) -> Vec<Gap> {
    open_floors(model, data, answers, assessment, towards).into_iter().map(|(_, gap)| gap).collect()
}

/// Whether `q` is answered with an option its scale counts as in place.
fn in_place(model: &Model, answers: &Answers, q: &QuestionId) -> bool {
    let from = model.question(q).and_then(|q| model.in_place_from(q));
    matches!((answers.get(q), from), (Some(Answer::Option(v)), Some(from)) if v >= from)
}

/// A floor question answered below `min` (or "don't know", or not at all), as a gap on the
/// step worked towards; `None` when it is answered `min` or better.
fn below_floor(model: &Model, answers: &Answers, question: &QuestionId, min: u8, towards: u8) -> Option<Gap> {
    let q = model.question(question)?;
    let (reason, score) = match answers.get(question) {
        Some(Answer::Option(v)) if v >= min => return None,
        Some(Answer::Option(v)) => (GapReason::NotInPlace, model.option(q, v).map(|o| o.score)),
        Some(Answer::DontKnow) => (GapReason::DontKnow, None),
        Some(Answer::NotRelevant) | None => (GapReason::Unanswered, None),
    };
    Some(Gap { step: towards, question: question.clone(), reason, score })
}

/// Whether an open floor's action comes second, not first: its own answer counts as in
/// place on its scale (though below the floor), and so does every question its
/// `second_if_in_place` names.
fn comes_second(model: &Model, floor: &Floor, answers: &Answers) -> bool {
    let in_place = |q: &QuestionId| in_place(model, answers, q);
    !floor.second_if_in_place.is_empty() && in_place(&floor.question) && floor.second_if_in_place.iter().all(in_place)
}

/// Below the step its floor starts at, the first of `early_floors` whose answer is not in
/// place on its scale ("don't know" and unanswered included), as a gap on the step worked
/// towards: advisers give a young firm one basic IT-security action among its first three,
/// right after the action that moves it up, and two-step login before the backup.
fn early_floor(model: &Model, data: &AdviceData, answers: &Answers, assessment: &Assessment, towards: u8) -> Option<Gap> {
    data.early_floors.iter().find_map(|id| {
        data.floors.iter().find(|f| f.question == *id && assessment.step < f.from_step)?;
        below_floor(model, answers, id, model.question(id).and_then(|q| model.in_place_from(q))?, towards)
    })
}

/// The open floors with their gaps (see [`floors_open`]).
fn open_floors<'a>(model: &Model, data: &'a AdviceData, answers: &Answers, assessment: &Assessment, towards: u8) -> Vec<(&'a Floor, Gap)> {
    data.floors
        .iter()
        .filter(|f| assessment.step >= f.from_step)
        .filter_map(|f| below_floor(model, answers, &f.question, f.min, towards).map(|gap| (f, gap)))
        .collect()
}

/// The advice for a company with this profile, answers and assessment.
pub fn advise(model: &Model, data: &AdviceData, profile: &Profile, answers: &Answers, assessment: &Assessment) -> Advice {
    let top = model.top_step();
    let step = assessment.step;
    let industry = profile.valid_industry(model);
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
    // A floor comes before anything else (one that comes second is moved there at the end).
    let floors = open_floors(model, data, answers, assessment, target);
    let mut second: Vec<&QuestionId> = floors.iter().filter(|(f, _)| comes_second(model, f, answers)).map(|(f, _)| &f.question).collect();
    for (_, gap) in &floors {
        push(FLOOR, gap, &mut gaps);
    }
    // Below the floors' step, the most urgent of them not in place comes second.
    let early = early_floor(model, data, answers, assessment, target);
    if let Some(gap) = &early {
        second.push(&gap.question);
        push(FLOOR, gap, &mut gaps);
    }
    if ambition_reached {
        // Consolidate: what the company stands on comes first, then what holds it back
        // from going further.
        for gap in below {
            push(2, gap, &mut gaps);
        }
        for gap in &holding_back {
            push(3, gap, &mut gaps);
        }
    } else {
        if let Some((_, signs)) = &next {
            for gap in signs.iter().filter_map(|(q, _)| missing(q)) {
                push(1, gap, &mut gaps);
            }
        }
        for gap in &holding_back {
            push(2, gap, &mut gaps);
        }
        for gap in below {
            push(3, gap, &mut gaps);
        }
    }
    for s in assessment.steps.iter().filter(|s| s.step <= limit) {
        for gap in &s.missing {
            push(ABOVE, gap, &mut gaps);
        }
    }
    for gap in &assessment.enablers_open {
        push(SPARE, gap, &mut gaps);
    }

    let allowed = |steps: &[u8]| steps.iter().any(|s| *s <= limit);
    let size = profile.valid_size(model);
    let has = |q: &QuestionId| in_place(model, answers, q);
    // An action suits the company when it serves a step up to the limit, its industry and
    // size band, and what it builds on is in place.
    let suits = |a: &crate::model::Action| {
        allowed(&a.steps)
            && a.suits(industry)
            && (a.sizes.is_empty() || size.is_none_or(|s| a.sizes.iter().any(|x| x == s)))
            && a.requires.iter().all(has)
    };
    // Within a tier, a sign the company's industry has its own action for comes first;
    // then the least-in-place sign: "no" before "a little", then "don't know", then
    // unanswered; the model's order after that (the sort is stable).
    // An action answers a question when it closes it and is offered for the answer given
    // (a first try only where nothing has begun; see `for_answers`).
    let answers_it = |a: &crate::model::Action, q: &QuestionId| {
        a.closes.contains(q)
            && (a.for_answers.is_empty()
                || a.fits_answer(match answers.get(q) {
                    Some(Answer::Option(v)) => Some(v),
                    _ => None,
                }))
    };
    let own_action = |q: &QuestionId| data.actions.iter().any(|a| suits(a) && a.made_for(industry) && answers_it(a, q));
    gaps.sort_by_cached_key(|(tier, g)| (*tier, !own_action(&g.question), g.severity()));

    let mut chosen: Vec<ChosenAction> = Vec::new();
    let mut used: Vec<u8> = Vec::new();
    let covered = |chosen: &[ChosenAction], question: &QuestionId| chosen.iter().any(|c| c.gaps.iter().any(|g| &g.question == question));
    for (tier, gap) in &gaps {
        if chosen.len() >= MAX_ACTIONS {
            break;
        }
        if covered(&chosen, &gap.question) {
            continue;
        }
        // Conditions that hold back no step (such as the green ones) fill one place at most;
        // so do the signs of higher steps once the ambition is reached (a reason to raise
        // it, not a programme).
        let further = |t: u8| t == SPARE || (ambition_reached && t == ABOVE);
        if further(*tier) && used.iter().any(|t| further(*t)) {
            continue;
        }
        // The step this gap is about: a sign's own step; for a cross-cutting condition, the
        // step the company works towards.
        let solution = model.question(&gap.question).is_some_and(|q| q.role == Role::Solution);
        let focus = if solution { gap.step } else { target };
        // A cross-cutting condition is worked on the way firms on the company's step do: advice
        // written for earlier steps (a first clarifying talk) is not given to a firm beyond them.
        let for_its_stage = |a: &crate::model::Action| solution || a.steps.iter().any(|s| *s >= step);
        // The actions that close this gap, ranked: one made for the company's industry, then
        // most open gaps closed, then one made for this step, then the one whose main purpose
        // this gap is (the first sign it lists), then least effort, then the content's order.
        let best = data
            .actions
            .iter()
            .enumerate()
            .filter(|(_, a)| suits(a) && answers_it(a, &gap.question) && for_its_stage(a))
            .filter(|(_, a)| !chosen.iter().any(|c| c.id == a.id))
            .min_by_key(|(order, a)| {
                // A floor's action counts only the floor it lifts.
                let made_for = !a.made_for(industry);
                let closes_open = if *tier == FLOOR {
                    0
                } else {
                    gaps.iter().filter(|(_, g)| answers_it(a, &g.question) && !covered(&chosen, &g.question)).count()
                };
                let fits = !a.steps.contains(&focus);
                let purpose = a.closes.iter().position(|q| *q == gap.question).unwrap_or(usize::MAX);
                (made_for, std::cmp::Reverse(closes_open), fits, purpose, effort_rank(a.effort), *order)
            });
        if let Some((_, action)) = best {
            let own: Vec<Gap> = gaps
                .iter()
                .filter(|(_, g)| answers_it(action, &g.question) && !covered(&chosen, &g.question))
                .map(|(_, g)| g.clone())
                .collect();
            let why = match *tier {
                FLOOR if own.iter().all(|g| second.contains(&&g.question)) => Why::FloorSecond,
                FLOOR => Why::Floor,
                _ => Why::Gaps,
            };
            used.push(*tier);
            chosen.push(ChosenAction { id: action.id.clone(), gaps: own, why });
        }
    }
    // Top up to the minimum with actions for the step being worked on (in content order).
    // One made for the company's industry first. The reason says whether it strengthens
    // the step the company stands on or serves the one it works towards.
    let focus = if ambition_reached || target <= step { step.max(1) } else { target };
    let why = if focus > step { Why::Towards(focus) } else { Why::Strengthen(focus) };
    // Nothing the company already has at its best: an action whose every sign is answered at
    // the scale's top (or at an answer it is not offered for) is left out. The rest are
    // ranked by how much room they leave to improve (signs answered below the top), one made
    // for the company's industry first, then one for the step in focus, then the content's
    // order.
    let room = |a: &crate::model::Action| {
        a.closes
            .iter()
            .filter(|q| answers_it(a, q))
            .filter(|q| {
                let top = model.question(q).and_then(|q| model.scale(&q.scale)).and_then(|s| s.options.iter().map(|o| o.value).max());
                !matches!((answers.get(q), top), (Some(Answer::Option(v)), Some(top)) if v >= top)
            })
            .count()
    };
    let mut top_up: Vec<(usize, &crate::model::Action)> = data
        .actions
        .iter()
        .enumerate()
        .filter(|(_, a)| a.steps.iter().any(|s| *s <= focus) && suits(a) && room(a) > 0)
        // An action for an earlier step whose signs are all in place is done: not suggested.
        .filter(|(_, a)| a.steps.contains(&focus) || !a.closes.iter().all(has))
        .collect();
    top_up.sort_by_key(|(order, a)| (!a.made_for(industry), std::cmp::Reverse(room(a)), !a.steps.contains(&focus), *order));
    // Should everything be in place already, the actions for the step in general.
    let general = data.actions.iter().filter(|a| a.steps.contains(&focus) && suits(a) && a.for_answers.is_empty());
    for action in top_up.into_iter().map(|(_, a)| a).chain(general) {
        if chosen.len() >= MIN_ACTIONS {
            break;
        }
        if !chosen.iter().any(|c| c.id == action.id) {
            chosen.push(ChosenAction { id: action.id.clone(), gaps: Vec::new(), why });
        }
    }
    // A floor that comes second goes right after the first action that is no floor (the
    // floors that come first stay ahead of it).
    if chosen.iter().any(|c| !matches!(c.why, Why::Floor | Why::FloorSecond)) {
        let (seconds, mut rest): (Vec<ChosenAction>, Vec<ChosenAction>) = chosen.into_iter().partition(|c| c.why == Why::FloorSecond);
        let at = rest.iter().position(|c| c.why != Why::Floor).map_or(rest.len(), |i| i + 1);
        rest.splice(at..at, seconds);
        chosen = rest;
    }

    // Where to go first follows the step the advice works on: the next one, or, with the
    // ambition reached, the ambition itself (the advice then consolidates).
    let route_step = if ambition_reached { ambition } else { target };
    let route = if route_step >= data.routing.specialist_from_step { Route::Specialist } else { Route::Basic };
    let industry: Text = profile.valid_industry(model).map_or(Text::Borrowed("other"), |i| Text::Owned(i.to_string()));
    let roadmap_steps = [step, step + 1].into_iter().filter(|s| (1..=top).contains(s)).collect();
    Advice {
        target,
        ambition,
        ambition_reached,
        actions: chosen,
        route,
        industry,
        roadmap_steps,
        staff: profile.staff(model),
        in_place: model.questions.iter().filter(|q| has(&q.id)).map(|q| q.id.clone()).collect(),
    }
}
