//! Who can help: the help catalogue of one country, as an embedding site shapes it.
//!
//! Owns which entries are shown: the built-in entries of the country (the site's choice,
//! else the language: Norwegian means Norway), without the kinds of help the site hides or
//! the entries it replaces, plus the site's own entries; for an action, those whose kind
//! delivers it and whose steps, dimensions and conditions (size, kind of project) fit. Also which of the site's contact people
//! fit the company. Does not own words (the language files and the site's own texts do).

use crate::advice::Advice;
use crate::config::{Contact, LocalText, Reach, SiteConfig};
use crate::model::{Action, AdviceData, Country, Model, Text};
use crate::Lang;

/// The country whose catalogue applies.
pub fn country(config: Option<&SiteConfig>, lang: Lang) -> Country {
    config.and_then(|c| c.country).unwrap_or(match lang {
        Lang::Nb => Country::No,
        Lang::Da | Lang::En => Country::Dk,
    })
}

/// What a programme's conditions are checked against: the company's full-time staff
/// (lowest and highest; none known: any size), the step it works on, and the questions whose
/// answers are in place.
#[derive(Clone, Copy, Debug, Default)]
pub struct Firm<'a> {
    pub staff: Option<(u32, u32)>,
    pub towards: Option<u8>,
    pub in_place: &'a [crate::model::QuestionId],
}

impl<'a> Firm<'a> {
    /// The company the advice is for.
    pub fn of(advice: &'a Advice) -> Self {
        Firm { staff: advice.staff, towards: Some(advice.target), in_place: &advice.in_place }
    }
}

/// One helper as shown: a built-in entry (its words in the language files, under `id`) or
/// one of the site's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Helper<'a> {
    Builtin { id: &'a str, url: Option<&'a str> },
    Site { name: &'a LocalText, offers: &'a LocalText, reach: &'a Reach },
}

fn overlaps(a: &[u8], b: &[u8]) -> bool {
    a.is_empty() || b.is_empty() || a.iter().any(|s| b.contains(s))
}

/// The helpers for an action, the site's own first, each kind in the catalogue's order.
/// A programme or scheme is offered only when the company can meet its conditions: its
/// size band can hold the staff it asks for, and the action is a kind of project it
/// supports, the step the company works on is one of its steps, and what it requires first
/// is in place (see [`Firm`]).
pub fn helpers<'a>(
    data: &'a AdviceData,
    config: Option<&'a SiteConfig>,
    country: Country,
    action: &Action,
    model: &Model,
    firm: &Firm,
) -> Vec<Helper<'a>> {
    let Firm { staff, towards, in_place } = *firm;
    let hidden = |kind: &str| config.is_some_and(|c| c.hide_types.iter().any(|h| h == kind));
    let replaced = |id: &str| config.is_some_and(|c| c.entries.iter().any(|e| e.replaces.as_deref() == Some(id)));
    let dimensions: Vec<&str> = model.questions.iter().filter(|q| action.closes.contains(&q.id)).map(|q| q.dimension.as_ref()).collect();
    let mut out = Vec::new();
    if let Some(config) = config {
        for e in config.entries.iter() {
            let fits_dimension = e.dimensions.is_empty() || e.dimensions.iter().any(|d| dimensions.contains(&d.as_str()));
            if action.help.iter().any(|h| *h == e.kind) && overlaps(&e.steps, &action.steps) && fits_dimension && !hidden(&e.kind) {
                out.push(Helper::Site { name: &e.name, offers: &e.offers, reach: &e.reach });
            }
        }
    }
    for kind in action.help.iter().filter(|k| !hidden(k)) {
        for e in data.catalogue.iter().filter(|e| e.country == country && e.kind == *kind) {
            // A programme is for firms on its steps: the step the company works on must be one.
            let on_its_steps = e.conditions.is_empty() || towards.is_none_or(|t| e.steps.contains(&t));
            let on_its_subject = e.dimensions.is_empty() || e.dimensions.iter().any(|d| dimensions.contains(&d.as_ref()));
            let done_first = e.conditions.requires.iter().all(|q| in_place.contains(q));
            let fits =
                done_first && e.conditions.size_fits(staff) && e.conditions.project_fits(&action.project) && on_its_steps && on_its_subject;
            if overlaps(&e.steps, &action.steps) && !replaced(&e.id) && fits {
                out.push(Helper::Builtin { id: e.id.as_ref(), url: e.url.as_deref() });
            }
        }
    }
    out
}

/// The site's contact people who fit the company: their steps include the step worked
/// towards (or they name none), and their dimensions include one the advice is about (or
/// they name none). When none fit, all of them: a visitor always has someone to ask.
pub fn contacts<'a>(config: Option<&'a SiteConfig>, advice: &Advice, data: &AdviceData, model: &Model) -> Vec<&'a Contact> {
    let Some(config) = config else { return Vec::new() };
    let dimensions: Vec<Text> = advice
        .actions
        .iter()
        .filter_map(|c| data.action(&c.id))
        .flat_map(|a| a.closes.iter())
        .filter_map(|q| model.question(q).map(|q| q.dimension.clone()))
        .collect();
    let fitting: Vec<&Contact> = config
        .contacts
        .iter()
        .filter(|c| c.steps.is_empty() || c.steps.contains(&advice.target))
        .filter(|c| c.dimensions.is_empty() || c.dimensions.iter().any(|d| dimensions.iter().any(|x| x == d.as_str())))
        .collect();
    if fitting.is_empty() {
        config.contacts.iter().collect()
    } else {
        fitting
    }
}
