//! The company profile: industry, size band and ambition (the step the company wants to
//! reach within about three years).
//!
//! Owns the profile's values and how they are checked against the model's options.
//! Does not score anything: the ambition is compared with the assessment in
//! [`crate::ambition`].

use crate::model::Model;
use serde::{Deserialize, Serialize};

/// The staff a size band (`low-high`, as `10-49`) allows.
fn band_range(band: &str) -> Option<(u32, u32)> {
    let (low, high) = band.split_once('-')?;
    Some((low.trim().parse().ok()?, high.trim().parse().ok()?))
}

/// The industry for a company that fits none of the others: always offered last.
pub const OTHER_INDUSTRY: &str = "other";

/// The industries to choose from, in the model's order with "other" last (industries are
/// only ever added at the end of the model's list, after "other", so codes keep decoding).
pub fn industry_choices(model: &Model) -> Vec<&str> {
    let (other, named): (Vec<&str>, Vec<&str>) = model.profile.industries.iter().map(|i| i.as_ref()).partition(|i| *i == OTHER_INDUSTRY);
    named.into_iter().chain(other).collect()
}

/// What the company told us about itself. Every field may be missing (not yet chosen).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// The step aimed at, 1 to 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ambition: Option<u8>,
    /// Full-time staff, when the company says (optional): narrows its size band to a number
    /// for programmes' staff limits. Not part of share codes (the band is).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff: Option<u32>,
}

/// A profile field that is missing or holds a value the model does not offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileField {
    Industry,
    Size,
    Ambition,
}

impl Profile {
    /// The fields that are missing or not among the model's options, in screen order.
    pub fn problems(&self, model: &Model) -> Vec<ProfileField> {
        let mut problems = Vec::new();
        if self.valid_industry(model).is_none() {
            problems.push(ProfileField::Industry);
        }
        if self.valid_size(model).is_none() {
            problems.push(ProfileField::Size);
        }
        if self.ambition.is_none_or(|a| model.step(a).is_none()) {
            problems.push(ProfileField::Ambition);
        }
        problems
    }

    pub fn is_complete(&self, model: &Model) -> bool {
        self.problems(model).is_empty()
    }

    /// The ambition if it is a step of the model.
    pub fn valid_ambition(&self, model: &Model) -> Option<u8> {
        self.ambition.filter(|a| model.step(*a).is_some())
    }

    /// The size band if the model offers it.
    pub fn valid_size<'a>(&'a self, model: &Model) -> Option<&'a str> {
        self.size.as_deref().filter(|s| model.profile.sizes.iter().any(|x| x == s))
    }

    /// The full-time staff the company can have, lowest and highest: the size band's range
    /// (a band is named `low-high`, as `10-49`).
    /// With a number of full-time staff that lies in the band, just that number.
    pub fn staff(&self, model: &Model) -> Option<(u32, u32)> {
        let band = self.valid_size(model).and_then(band_range);
        match (self.staff, band) {
            (Some(n), Some((low, high))) if (low..=high).contains(&n) => Some((n, n)),
            (Some(n), None) => Some((n, n)),
            (_, band) => band,
        }
    }

    /// Sets the number of full-time staff, and the size band that holds it (the two never
    /// disagree); `None` or 0 clears it.
    pub fn set_staff(&mut self, model: &Model, staff: Option<u32>) {
        self.staff = staff.filter(|n| *n > 0);
        if let Some(n) = self.staff {
            if let Some(band) = model.profile.sizes.iter().find(|s| band_range(s).is_some_and(|(l, h)| (l..=h).contains(&n))) {
                self.size = Some(band.to_string());
            }
        }
    }

    /// Sets the size band, forgetting a number of staff it does not hold.
    pub fn set_size(&mut self, size: Option<String>) {
        self.size = size;
        let band = self.size.as_deref().and_then(band_range);
        if self.staff.is_some_and(|n| band.is_some_and(|(l, h)| !(l..=h).contains(&n))) {
            self.staff = None;
        }
    }

    /// The industry if the model offers it.
    pub fn valid_industry<'a>(&'a self, model: &Model) -> Option<&'a str> {
        self.industry.as_deref().filter(|i| model.profile.industries.iter().any(|x| x == i))
    }
}
