//! The share code: a company's profile and answers as a short code people can read out,
//! type in a workshop, or carry in a link, e.g. `1A8Z-K3M0-…`.
//!
//! Owns the code's format and its strict, total decoding. A code holds no scores (they
//! are computed again from the answers) and never a company name.
//!
//! ## Format
//! Crockford base32 (`0-9 A-Z` without `I L O U`; read case-insensitively, `I`/`L` as
//! `1` and `O` as `0`, hyphens and spaces ignored). The data symbols hold, as a bit string:
//! the format (3 bits), the code book version (7 bits), then the industry, the size and the
//! ambition (each its position in that version's lists plus one, 0 for none), then one value
//! per question slot (0 unanswered, 1 not relevant, 2 don't know, 3 + the option's position),
//! each as few bits as that version needs, zero-padded to whole symbols. Two check symbols
//! follow: a position-weighted sum of the data symbols modulo 1021, which catches every
//! single mistyped character and every swap of two neighbours. So a code that fails its
//! check was *mistyped*; one that passes but does not fit its version is *damaged*.
//!
//! The code book (`content/codebook.json`) is append-only: a code names the version it was
//! made with, and every version ever released stays in the book, so old codes keep
//! decoding into question IDs, which are never reused. A new version lists only the
//! questions it asks, so codes stay short; answers to a retired question decode from the
//! old codes that hold them, and the result names them as no longer counting.

use crate::answers::{Answer, Answers};
use crate::model::{CodeBook, CodeBookVersion};
use crate::profile::Profile;
use crate::text::{fill, Texts, Ui};
use std::fmt;

/// The format this code writes and reads.
pub const FORMAT: u32 = 1;
const FORMAT_BITS: u32 = 3;
const VERSION_BITS: u32 = 7;
const HEADER_SYMBOLS: usize = 2;
const CHECK_SYMBOLS: usize = 2;
const CHECK_MODULUS: u32 = 1021;
/// Makes codes of other base32 schemes fail the check.
const CHECK_SALT: u32 = 577;
/// Symbols per group when a code is shown.
pub const GROUP: usize = 4;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// What a code holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The content version the code was made with (answers to questions added since are
    /// simply missing).
    pub content_version: String,
    pub profile: Profile,
    pub answers: Answers,
}

/// Why a text is not a code that can be used. Each has its own message in the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing was given.
    Empty,
    /// A character no code contains.
    NotACode { character: char },
    /// Shorter or longer than a code of its version.
    WrongLength { length: usize, expected: usize },
    /// The check symbols do not match: a character was mistyped.
    Mistyped,
    /// Made by a newer version of Digitrappen (a format or code book this one does not know).
    Newer,
    /// The check matches but the content does not fit its version: altered or damaged.
    Damaged,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => write!(f, "no code"),
            ShareError::NotACode { character } => write!(f, "{character:?} cannot be in a code"),
            ShareError::WrongLength { length, expected } => write!(f, "{length} characters, not {expected}"),
            ShareError::Mistyped => write!(f, "a character is mistyped"),
            ShareError::Newer => write!(f, "made by a newer version"),
            ShareError::Damaged => write!(f, "damaged"),
        }
    }
}

/// What the app says about a code it cannot read.
pub fn describe(error: &ShareError, t: &Texts) -> String {
    match error {
        ShareError::Empty => t.ui(Ui::ImportErrorEmpty).to_string(),
        ShareError::NotACode { character } => fill(t.ui(Ui::ImportErrorNotCode), &[("character", &crate::typed::shown(*character))]),
        ShareError::WrongLength { length, expected } => {
            fill(t.ui(Ui::ImportErrorLength), &[("length", &length.to_string()), ("expected", &expected.to_string())])
        }
        ShareError::Mistyped => t.ui(Ui::ImportErrorMistyped).to_string(),
        ShareError::Newer => t.ui(Ui::ImportErrorNewer).to_string(),
        ShareError::Damaged => t.ui(Ui::ImportErrorDamaged).to_string(),
    }
}

fn bits_for(values: usize) -> u32 {
    usize::BITS - values.saturating_sub(1).leading_zeros()
}

/// The width of each field of a version's code, in order: industry, size, ambition, slots.
fn widths(v: &CodeBookVersion) -> impl Iterator<Item = u32> + '_ {
    [bits_for(v.industries.len() + 1), bits_for(v.sizes.len() + 1), bits_for(v.steps as usize + 1)]
        .into_iter()
        .chain(v.slots.iter().map(|s| bits_for(s.options.len() + 3)))
}

fn data_symbols(v: &CodeBookVersion) -> usize {
    let bits = FORMAT_BITS + VERSION_BITS + widths(v).sum::<u32>();
    bits.div_ceil(5) as usize
}

/// The length of a code made with the newest version of `book`, without groups.
pub fn length(book: &CodeBook) -> usize {
    book.versions.last().map_or(0, |v| data_symbols(v) + CHECK_SYMBOLS)
}

fn check(data: &[u8]) -> [u8; CHECK_SYMBOLS] {
    let sum = data.iter().enumerate().fold(CHECK_SALT, |acc, (i, v)| (acc + (i as u32 + 1) * u32::from(*v)) % CHECK_MODULUS);
    [(sum >> 5) as u8, (sum & 31) as u8]
}

struct BitWriter {
    bits: Vec<bool>,
}

impl BitWriter {
    fn put(&mut self, value: u32, width: u32) {
        self.bits.extend((0..width).rev().map(|i| value >> i & 1 == 1));
    }
}

struct BitReader<'a> {
    bits: &'a [bool],
    at: usize,
}

impl BitReader<'_> {
    fn take(&mut self, width: u32) -> u32 {
        let mut value = 0;
        for _ in 0..width {
            value = value << 1 | u32::from(self.bits.get(self.at).copied().unwrap_or(false));
            self.at += 1;
        }
        value
    }
}

/// The code for a profile and answers, made with the newest version of `book` (the one
/// the app's model is). Answers to questions the book does not know are left out.
pub fn encode(book: &CodeBook, profile: &Profile, answers: &Answers) -> String {
    let Some(v) = book.versions.last() else { return String::new() };
    let position =
        |list: &[crate::model::Text], value: Option<&str>| value.and_then(|x| list.iter().position(|i| i == x)).map_or(0, |p| p as u32 + 1);
    let mut w = BitWriter { bits: Vec::new() };
    w.put(FORMAT, FORMAT_BITS);
    w.put(book.versions.len() as u32 - 1, VERSION_BITS);
    let mut widths = widths(v);
    let mut next = || widths.next().unwrap_or(0);
    w.put(position(&v.industries, profile.industry.as_deref()), next());
    w.put(position(&v.sizes, profile.size.as_deref()), next());
    w.put(profile.ambition.filter(|a| (1..=v.steps).contains(a)).map_or(0, u32::from), next());
    for slot in v.slots.iter() {
        let value = match answers.get(&slot.question) {
            None => 0,
            Some(Answer::NotRelevant) => 1,
            Some(Answer::DontKnow) => 2,
            Some(Answer::Option(o)) => slot.options.iter().position(|x| *x == o).map_or(0, |p| p as u32 + 3),
        };
        w.put(value, next());
    }
    let mut symbols: Vec<u8> =
        w.bits.chunks(5).map(|c| c.iter().enumerate().fold(0, |acc, (i, b)| acc | u8::from(*b) << (4 - i))).collect();
    symbols.extend(check(&symbols));
    symbols.iter().map(|s| char::from(ALPHABET[*s as usize])).collect()
}

/// A code in groups of four, as shown and printed: `1A8Z-K3M0-…`.
pub fn grouped(code: &str) -> String {
    let chars: Vec<char> = code.chars().collect();
    chars.chunks(GROUP).map(|g| g.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// The symbol values of a typed code, forgiving case, look-alikes, hyphens and spaces.
fn symbols(text: &str) -> Result<Vec<u8>, ShareError> {
    let mut out = Vec::new();
    for c in crate::typed::normalise(text).chars() {
        let value = match c.to_ascii_uppercase() {
            '-' | ' ' | '\t' | '\n' | '\r' => continue,
            'I' | 'L' => 1,
            'O' => 0,
            upper => ALPHABET.iter().position(|a| char::from(*a) == upper).ok_or(ShareError::NotACode { character: c })? as u8,
        };
        out.push(value);
    }
    if out.is_empty() {
        return Err(ShareError::Empty);
    }
    Ok(out)
}

/// Reads a code, or says precisely why it cannot be read. Never panics.
pub fn decode(book: &CodeBook, text: &str) -> Result<Decoded, ShareError> {
    let symbols = symbols(text)?;
    let header = |s: &[u8]| {
        let bits = u32::from(s[0]) << 5 | u32::from(s[1]);
        (bits >> VERSION_BITS, (bits & ((1 << VERSION_BITS) - 1)) as usize)
    };
    let shortest = HEADER_SYMBOLS + CHECK_SYMBOLS;
    if symbols.len() < shortest {
        let expected = book.versions.last().map_or(shortest, |v| data_symbols(v) + CHECK_SYMBOLS);
        return Err(ShareError::WrongLength { length: symbols.len(), expected });
    }
    let (data, given) = symbols.split_at(symbols.len() - CHECK_SYMBOLS);
    let checks = check(data) == given;
    let (format, index) = header(data);
    let version = (format == FORMAT).then(|| book.versions.get(index)).flatten();
    // A code of a length some version makes, whose check fails, was mistyped (a typo in
    // its first symbols may even name another version); any other length is wrong.
    let newest = book.versions.last().map_or(shortest, |v| data_symbols(v) + CHECK_SYMBOLS);
    let known_length = book.versions.iter().any(|v| data_symbols(v) + CHECK_SYMBOLS == symbols.len());
    let mistyped_or_wrong_length =
        || if known_length { ShareError::Mistyped } else { ShareError::WrongLength { length: symbols.len(), expected: newest } };
    let Some(v) = version else {
        return Err(if checks { ShareError::Newer } else { mistyped_or_wrong_length() });
    };
    match (checks, symbols.len() == data_symbols(v) + CHECK_SYMBOLS) {
        (true, true) => {}
        (true, false) => return Err(ShareError::Damaged),
        (false, _) => return Err(mistyped_or_wrong_length()),
    }
    let bits: Vec<bool> = data.iter().flat_map(|s| (0..5).rev().map(move |i| s >> i & 1 == 1)).collect();
    let mut r = BitReader { bits: &bits, at: (FORMAT_BITS + VERSION_BITS) as usize };
    let mut widths = widths(v);
    let mut next = || widths.next().unwrap_or(0);
    let pick = |list: &[crate::model::Text], value: u32| -> Result<Option<String>, ShareError> {
        match value {
            0 => Ok(None),
            n => list.get(n as usize - 1).map(|x| Some(x.to_string())).ok_or(ShareError::Damaged),
        }
    };
    let industry = pick(&v.industries, r.take(next()))?;
    let size = pick(&v.sizes, r.take(next()))?;
    let ambition = match r.take(next()) {
        0 => None,
        a if a <= u32::from(v.steps) => Some(a as u8),
        _ => return Err(ShareError::Damaged),
    };
    let mut answers = Answers::new();
    for slot in v.slots.iter() {
        let answer = match r.take(next()) {
            0 => continue,
            1 => Answer::NotRelevant,
            2 => Answer::DontKnow,
            n => Answer::Option(*slot.options.get(n as usize - 3).ok_or(ShareError::Damaged)?),
        };
        answers.set(slot.question.clone(), answer);
    }
    if bits[r.at.min(bits.len())..].iter().any(|b| *b) {
        return Err(ShareError::Damaged);
    }
    Ok(Decoded { content_version: v.content.to_string(), profile: Profile { industry, size, ambition, staff: None }, answers })
}

/// What precedes a code in a link's fragment: `…/#share=40…`.
pub const FRAGMENT_KEY: &str = "share=";

/// A share link: `base` without its query and fragment, then `params` (empty values left
/// out) and the code in the fragment, which browsers never send to a server.
pub fn link(base: &str, params: &[(&str, &str)], code: &str) -> String {
    let end = base.find(['?', '#']).unwrap_or(base.len());
    let query: Vec<String> = params.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}={}", encode_component(v))).collect();
    let query = if query.is_empty() { String::new() } else { format!("?{}", query.join("&")) };
    format!("{}{query}#{FRAGMENT_KEY}{code}", &base[..end])
}

/// The code in a link, or in a fragment (`#share=…`), read as people paste links: typed
/// text normalised ([`crate::typed::normalise`]), a `#` or `=` a mail client encoded as
/// `%23` / `%3D` undone, and the sentence's trailing punctuation dropped. `None` when
/// there is no code.
pub fn code_in(text: &str) -> Option<String> {
    let text = crate::typed::unescape_link(&crate::typed::normalise(text));
    let fragment = text.rsplit_once('#').map_or(text.as_str(), |(_, f)| f);
    let code = fragment.split(['&', '?']).find_map(|part| part.trim().strip_prefix(FRAGMENT_KEY))?;
    // A mail program that wraps a long link breaks it after a hyphen: the code goes on in
    // the next word while it ends with one.
    let mut words = code.split_whitespace();
    let mut code = words.next().unwrap_or_default().to_string();
    while code.ends_with('-') {
        match words.next().filter(|w| w.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')) {
            Some(more) => code.push_str(more),
            None => break,
        }
    }
    let code = crate::typed::trim_sentence(&code);
    (!code.is_empty()).then(|| code.to_string())
}

/// The code a typed text holds: the one in a link when it is a link, else the text itself
/// (normalised either way).
pub fn typed_code(text: &str) -> String {
    code_in(text).unwrap_or_else(|| crate::typed::trim_sentence(&crate::typed::normalise(text)).to_string())
}

/// Percent-encodes all but unreserved characters and `/` (for paths in `?config=`).
fn encode_component(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => char::from(b).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_as_few_bits_as_the_values_need() {
        assert_eq!([bits_for(1), bits_for(2), bits_for(4), bits_for(5), bits_for(7), bits_for(8), bits_for(10)], [0, 1, 2, 3, 3, 3, 4]);
    }

    #[test]
    fn links_carry_the_code_in_the_fragment_and_keep_language_and_configuration() {
        let l =
            link("https://www.example.dk/trappen/?mode=kiosk#old", &[("lang", "nb"), ("config", "sites/midt øst.json"), ("x", "")], "40AB");
        assert_eq!(l, "https://www.example.dk/trappen/?lang=nb&config=sites/midt%20%C3%B8st.json#share=40AB");
        assert_eq!(link("https://x.dk/", &[], "40AB"), "https://x.dk/#share=40AB");
        assert_eq!(code_in(&l).as_deref(), Some("40AB"));
        assert_eq!(code_in("share=40CD").as_deref(), Some("40CD"));
        assert_eq!(code_in("#lang=da&share=40CD").as_deref(), Some("40CD"));
        assert_eq!(code_in("https://x.dk/#top"), None);
        assert_eq!(code_in("#share="), None);
        // As links arrive after a mail client or a sentence has had them.
        assert_eq!(code_in("https://x.dk/?lang=da%23share=40CD").as_deref(), Some("40CD"));
        assert_eq!(code_in("See https://x.dk/#share=40CD.").as_deref(), Some("40CD"));
        assert_eq!(code_in("(https://x.dk/#share=40CD), thanks").as_deref(), Some("40CD"));
        assert_eq!(code_in("https://x.dk/#share%3D40CD").as_deref(), Some("40CD"));
        // Wrapped by a mail program after a hyphen, one or more times; the next sentence
        // is not taken for more code.
        assert_eq!(code_in("https://x.dk/#share=42C7-MVDP-\n   VQ3H-RWVX-\r\n0000-N3").as_deref(), Some("42C7-MVDP-VQ3H-RWVX-0000-N3"));
        assert_eq!(code_in("https://x.dk/#share=42C7-MVDP Thanks, Anne").as_deref(), Some("42C7-MVDP"));
        assert_eq!(code_in("https://x.dk/#share=42C7- (see above)").as_deref(), Some("42C7-"));
    }

    #[test]
    fn codes_are_shown_in_groups_of_four() {
        assert_eq!(grouped("ABCDEFGHJ"), "ABCD-EFGH-J");
    }

    #[test]
    fn look_alikes_case_and_separators_are_forgiven() {
        assert_eq!(symbols("o-i l\tAb"), Ok(vec![0, 1, 1, 10, 11]));
        assert_eq!(symbols("AU"), Err(ShareError::NotACode { character: 'U' }));
        assert_eq!(symbols(" - "), Err(ShareError::Empty));
        // No-break spaces, en dashes, non-breaking hyphens, zero-width spaces, full-width digits.
        assert_eq!(symbols("\u{00A0}o\u{2013}i\u{2011}l\u{200B}ＡＢ"), Ok(vec![0, 1, 1, 10, 11]));
    }
}
