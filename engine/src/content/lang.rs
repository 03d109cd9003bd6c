//! The three languages of the app, and reading a language tag into one.
//!
//! Owns the list of languages and their codes. Does not own any text: the words live in
//! `content/i18n/<code>.json` (see [`crate::text`]).

use serde::{Deserialize, Serialize};

/// A language the app is written in. Danish first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Da,
    En,
    Nb,
}

impl Lang {
    /// Every language, in the order the language menu lists them.
    pub const ALL: [Lang; 3] = [Lang::Da, Lang::En, Lang::Nb];

    /// The language the app starts in when nothing else says otherwise.
    pub const DEFAULT: Lang = Lang::Da;

    /// The language's position in [`Lang::ALL`], for tables indexed by language.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The code used in `?lang=`, `<html lang>`, the language menu and file names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
            Lang::Nb => "nb",
        }
    }

    /// The language's name in itself, as a language menu shows it (never translated).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Da => "Dansk",
            Lang::En => "English",
            Lang::Nb => "Norsk bokmål",
        }
    }

    /// Reads an exact code as used in `?lang=` and in storage: `da`, `en` or `nb`.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Reads a BCP 47 language tag as a browser reports it (`da-DK`, `en-GB`, `nb-NO`,
    /// `no`, `nn-NO`). Norwegian of any written form maps to bokmål, the one we have.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "da" => Some(Lang::Da),
            "en" => Some(Lang::En),
            "nb" | "no" | "nn" => Some(Lang::Nb),
            _ => None,
        }
    }

    /// The first language a browser prefers that we have, in its order of preference.
    pub fn first_supported<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        tags.into_iter().find_map(Lang::from_tag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("DA"), None, "codes are exact; tags are lenient");
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn browser_tags_map_to_our_languages() {
        let cases = [
            ("da-DK", Some(Lang::Da)),
            ("da", Some(Lang::Da)),
            ("en-GB", Some(Lang::En)),
            ("EN_us", Some(Lang::En)),
            ("nb-NO", Some(Lang::Nb)),
            ("no", Some(Lang::Nb)),
            ("nn-NO", Some(Lang::Nb)),
            ("sv-SE", None),
            ("", None),
        ];
        for (tag, want) in cases {
            assert_eq!(Lang::from_tag(tag), want, "tag {tag:?}");
        }
    }

    #[test]
    fn first_supported_follows_the_browser_order() {
        assert_eq!(Lang::first_supported(["sv-SE", "nb-NO", "en"]), Some(Lang::Nb));
        assert_eq!(Lang::first_supported(["de", "fr"]), None);
    }
}
