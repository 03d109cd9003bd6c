//! Typed input (issue 12, kind 12): a share code, a room code or a paper answer typed or
//! pasted with any Unicode space, dash, invisible character or full-width form is read
//! as the plain one, and a character that is refused is never shown as something that
//! looks like nothing or a space. The normaliser's rules are compared with the Unicode
//! tables of the `regex` crate, code point by code point.

mod common;
use common::any_answers;
use common::texts;
use digitrappe_engine::model::CodeBook;
use digitrappe_engine::paper::{self, PaperError};
use digitrappe_engine::room::{Added, Room};
use digitrappe_engine::share::{self, decode, encode, grouped, ShareError};
use digitrappe_engine::typed::{is_invisible, normalise, shown};
use digitrappe_engine::{builtin, Answer, Answers, Lang, Model, Profile};
use proptest::prelude::*;
use std::sync::OnceLock;

/// The invisible characters people's text carries: soft hyphen, zero-width space, joiners,
/// direction marks and embeddings, word joiner and invisible operators, isolates, the
/// byte-order mark, the Arabic letter mark, the Mongolian vowel separator, the combining
/// grapheme joiner, a variation selector, the Hangul fillers and a tag.
const INVISIBLE: &[char] = &[
    '\u{00AD}',
    '\u{200B}',
    '\u{200C}',
    '\u{200D}',
    '\u{200E}',
    '\u{200F}',
    '\u{202A}',
    '\u{202B}',
    '\u{202C}',
    '\u{202D}',
    '\u{202E}',
    '\u{2060}',
    '\u{2061}',
    '\u{2062}',
    '\u{2063}',
    '\u{2064}',
    '\u{2066}',
    '\u{2067}',
    '\u{2068}',
    '\u{2069}',
    '\u{FEFF}',
    '\u{061C}',
    '\u{180E}',
    '\u{034F}',
    '\u{FE0F}',
    '\u{3164}',
    '\u{FFA0}',
    '\u{E0001}',
    '\u{E0041}',
];

/// Every Unicode space but the plain one: next line, no-break, ogham, the typographic
/// spaces, line and paragraph separator, narrow no-break, mathematical, ideographic, and
/// the vertical tab and form feed.
const SPACES: &[char] = &[
    '\u{0085}', '\u{00A0}', '\u{1680}', '\u{2000}', '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}',
    '\u{2008}', '\u{2009}', '\u{200A}', '\u{2028}', '\u{2029}', '\u{202F}', '\u{205F}', '\u{3000}', '\u{000B}', '\u{000C}',
];

/// Every dash that looks like `-`: hyphen, non-breaking hyphen, figure dash, en and em
/// dash, horizontal bar, minus sign, small em dash, small and full-width hyphen-minus.
const DASHES: &[char] =
    &['\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}', '\u{FE58}', '\u{FE63}', '\u{FF0D}'];

/// The dashes of Unicode (`\p{Dash}`) that are not read as `-`: doubled, wavy, oblique or
/// vertical, they do not look like one.
const NOT_A_HYPHEN: &[char] =
    &['\u{1400}', '\u{2053}', '\u{2E17}', '\u{2E1A}', '\u{2E40}', '\u{2E5D}', '\u{301C}', '\u{3030}', '\u{30A0}', '\u{FE31}', '\u{FE32}'];

fn model() -> Model {
    builtin::model()
}

fn book() -> CodeBook {
    builtin::CODEBOOK.clone()
}

/// A full set of answers with a profile, as a code.
fn a_code() -> String {
    let m = model();
    let answers: Answers = m
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let a = match i % 5 {
                3 if q.not_relevant => Answer::NotRelevant,
                4 if q.dont_know => Answer::DontKnow,
                n => Answer::Option((n % 4) as u8),
            };
            (q.id.clone(), a)
        })
        .collect();
    let profile = Profile { industry: Some("tourism".into()), size: Some("10-49".into()), ambition: Some(3), staff: None };
    encode(&book(), &profile, &answers)
}

/// The text with `c` between every two characters (and before and after).
fn sprinkled(text: &str, c: char) -> String {
    let mut out = String::from(c);
    for t in text.chars() {
        out.push(t);
        out.push(c);
    }
    out
}

/// The text with every ASCII character in its full-width form.
fn full_width(text: &str) -> String {
    text.chars().map(|c| if ('!'..='~').contains(&c) { char::from_u32(c as u32 + 0xFEE0).unwrap() } else { c }).collect()
}

/// Every character of one of the Unicode classes the tests below ask about: format
/// characters, default-ignorables, spaces, separators, controls and dashes (and the
/// Braille blank). Every code point is scanned once: a regex over all of Unicode takes
/// seconds in a debug build.
fn special() -> &'static [char] {
    static SPECIAL: OnceLock<Vec<char>> = OnceLock::new();
    SPECIAL.get_or_init(|| {
        let all: String = (0..=0x10FFFF).filter_map(char::from_u32).collect();
        let re = regex::Regex::new(r"[\p{Cf}\p{Default_Ignorable_Code_Point}\p{White_Space}\p{Cc}\p{Z}\p{Dash}\u{2800}]").unwrap();
        re.find_iter(&all).flat_map(|m| m.as_str().chars()).collect()
    })
}

/// Every code point of Unicode in `class` (one character class within [`special`]).
fn all_matching(class: &str) -> Vec<char> {
    let re = regex::Regex::new(&format!("^{class}$")).unwrap();
    special().iter().copied().filter(|c| re.is_match(&c.to_string())).collect()
}

// ---------------------------------------------------------------------------------------
// The rules, against Unicode's own tables

#[test]
fn every_unicode_format_and_default_ignorable_character_is_dropped() {
    let invisible = all_matching(r"[\p{Cf}\p{Default_Ignorable_Code_Point}]");
    assert!(invisible.len() > 4000, "the tags and the unassigned default-ignorables are in");
    for c in invisible {
        assert!(is_invisible(c), "{} is not counted as invisible", shown(c));
        assert_eq!(normalise(&format!("a{c}b")), "ab", "{}", shown(c));
    }
}

#[test]
fn every_unicode_space_is_read_as_a_space() {
    let spaces = all_matching(r"\p{White_Space}");
    assert!(spaces.len() >= 25);
    for c in spaces {
        let expected = if matches!(c, '\n' | '\r' | '\t') { c.to_string() } else { " ".into() };
        assert_eq!(normalise(&c.to_string()), expected, "{}", shown(c));
    }
}

#[test]
fn every_unicode_dash_that_looks_like_a_hyphen_is_read_as_one() {
    for c in all_matching(r"\p{Dash}") {
        let read = normalise(&c.to_string());
        if NOT_A_HYPHEN.contains(&c) {
            assert_eq!(read, c.to_string(), "{} does not look like `-`", shown(c));
        } else {
            assert_eq!(read, "-", "{}", shown(c));
        }
    }
    assert_eq!(normalise("\u{2043}"), "-", "hyphen bullet");
}

#[test]
fn full_width_ascii_is_read_as_ascii() {
    let ascii: String = ('!'..='~').collect();
    assert_eq!(normalise(&full_width(&ascii)), ascii);
    assert_eq!(normalise("\u{3000}"), " ", "ideographic space");
}

#[test]
fn a_character_that_renders_as_nothing_or_a_space_is_named_by_its_code_point() {
    // Everything that draws as nothing or as blank space, and the combining marks (which
    // would sit on the quotation mark around them).
    let blank = all_matching(r"[\p{Cf}\p{Default_Ignorable_Code_Point}\p{White_Space}\p{Cc}\p{Z}\u{2800}]");
    let combining =
        ['\u{0300}'..='\u{036F}', '\u{1AB0}'..='\u{1AFF}', '\u{1DC0}'..='\u{1DFF}', '\u{20D0}'..='\u{20FF}', '\u{FE20}'..='\u{FE2F}'];
    for c in blank.into_iter().chain(combining.into_iter().flatten()) {
        let s = shown(c);
        assert!(s.starts_with("U+") && s[2..].chars().all(|h| h.is_ascii_hexdigit()), "{c:?} is shown as {s:?}");
        assert_eq!(u32::from_str_radix(&s[2..], 16).ok(), Some(c as u32), "{s}");
    }
    assert_eq!(shown('x'), "x");
}

#[test]
fn a_refused_character_that_looks_like_nothing_is_named_by_its_code_point_in_the_message() {
    let t = texts(Lang::En);
    // The Braille blank and a combining accent survive normalisation and are refused.
    for (c, name) in [('\u{2800}', "U+2800"), ('\u{0301}', "U+0301")] {
        let error = decode(&book(), &format!("40{c}AB")).unwrap_err();
        assert_eq!(error, ShareError::NotACode { character: c });
        assert!(share::describe(&error, &t).contains(name), "{}", share::describe(&error, &t));
        let error = paper::read(&model(), &format!("1{c}")).unwrap_err();
        assert_eq!(error, PaperError::NotAnAnswer { question: 2, character: c });
        assert!(paper::describe(&error, &t).contains(name), "{}", paper::describe(&error, &t));
    }
}

// ---------------------------------------------------------------------------------------
// Share codes

#[test]
fn a_share_code_typed_with_any_space_dash_invisible_or_full_width_character_is_read_as_the_plain_one() {
    let code = a_code();
    let plain = decode(&book(), &code).expect("the plain code reads");
    let mut variants = vec![full_width(&code), full_width(&code.to_lowercase()), full_width(&grouped(&code))];
    for &c in INVISIBLE.iter().chain(SPACES).chain(DASHES) {
        variants.push(sprinkled(&code, c));
        variants.push(grouped(&code).replace('-', &c.to_string()));
    }
    for typed in variants {
        assert_eq!(decode(&book(), &typed).as_ref(), Ok(&plain), "{typed:?}");
        assert_eq!(decode(&book(), &share::typed_code(&typed)).as_ref(), Ok(&plain), "{typed:?} as typed into the box");
    }
}

#[test]
fn a_share_link_pasted_with_invisible_characters_or_full_width_forms_finds_its_code() {
    let code = a_code();
    for &c in INVISIBLE {
        let link = sprinkled(&format!("https://x.dk/?lang=da#share={code}"), c);
        assert_eq!(share::code_in(&link).as_deref(), Some(code.as_str()), "{}", shown(c));
    }
    let link = format!("https://x.dk/{}", full_width(&format!("#share={code}")));
    assert_eq!(share::code_in(&link).as_deref(), Some(code.as_str()));
    assert_eq!(share::code_in(&format!("https://x.dk/#share={code}。")).as_deref(), Some(code.as_str()), "ideographic full stop");
}

// ---------------------------------------------------------------------------------------
// Room codes

#[test]
fn a_room_code_typed_with_any_of_them_counts_as_the_same_participant() {
    let code = a_code();
    let mut room = Room::new();
    assert_eq!(room.add(&book(), &code), [Added::New]);
    let mut variants = vec![full_width(&code), full_width(&grouped(&code))];
    for &c in INVISIBLE {
        variants.push(sprinkled(&code, c));
    }
    for &c in SPACES.iter().chain(DASHES) {
        // A code written in groups of four, separated by the space or dash.
        variants.push(grouped(&code).replace('-', &c.to_string()));
    }
    for typed in variants {
        assert_eq!(room.add(&book(), &typed), [Added::Duplicate], "{typed:?}");
    }
    assert_eq!(room.codes(), [code]);
}

#[test]
fn codes_pasted_one_per_line_with_any_line_separator_or_space_are_each_read() {
    let other = encode(&book(), &Profile::default(), &Answers::new());
    let code = a_code();
    for &c in SPACES {
        let mut room = Room::new();
        assert_eq!(room.add(&book(), &format!("{code}{c}{other}")), [Added::New, Added::New], "{}", shown(c));
    }
}

// ---------------------------------------------------------------------------------------
// Paper answers

/// Answers for every question as the facilitator types them: `-` where "not relevant"
/// is offered, `0` for "don't know", `.` for unanswered, else an option's number.
fn paper_typed() -> String {
    model()
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| match i % 4 {
            0 if q.not_relevant => '-',
            1 if q.dont_know => '0',
            2 => '.',
            n => char::from(b'1' + (n as u8 % 3)),
        })
        .collect()
}

#[test]
fn paper_answers_typed_with_any_of_them_are_read_the_same() {
    let typed = paper_typed();
    assert!(typed.contains('-') && typed.contains('0') && typed.contains('.'));
    let plain = paper::read(&model(), &typed).expect("the plain answers read");
    let mut variants = vec![full_width(&typed)];
    for &c in INVISIBLE.iter().chain(SPACES) {
        variants.push(sprinkled(&typed, c));
    }
    for &c in DASHES {
        variants.push(typed.replace('-', &c.to_string()));
    }
    for variant in variants {
        assert_eq!(paper::read(&model(), &variant).as_ref(), Ok(&plain), "{variant:?}");
    }
}

// ---------------------------------------------------------------------------------------
// Properties

/// `text` with each `(position, character)` inserted, positions taken modulo its length.
fn inserted(text: &str, inserts: &[(proptest::sample::Index, char)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for (at, c) in inserts {
        let i = at.index(chars.len() + 1);
        chars.insert(i, *c);
    }
    chars.into_iter().collect()
}

fn any_inserts(from: Vec<char>) -> impl Strategy<Value = Vec<(proptest::sample::Index, char)>> {
    proptest::collection::vec((any::<proptest::sample::Index>(), proptest::sample::select(from)), 1..16)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn invisible_characters_anywhere_in_a_code_never_change_what_it_decodes_to(a in any_answers(), inserts in any_inserts(INVISIBLE.to_vec())) {
        let code = encode(&book(), &Profile::default(), &a);
        let typed = inserted(&code, &inserts);
        prop_assert_eq!(decode(&book(), &typed), decode(&book(), &code));
        prop_assert_eq!(decode(&book(), &share::typed_code(&typed)), decode(&book(), &code));
        let (mut plain_room, mut typed_room) = (Room::new(), Room::new());
        plain_room.add(&book(), &code);
        prop_assert_eq!(typed_room.add(&book(), &typed), vec![Added::New]);
        prop_assert_eq!(typed_room.codes(), plain_room.codes());
    }

    #[test]
    fn spaces_and_dashes_anywhere_in_a_code_never_change_what_it_decodes_to(
        a in any_answers(),
        inserts in any_inserts(INVISIBLE.iter().chain(SPACES).chain(DASHES).copied().collect()),
    ) {
        let code = encode(&book(), &Profile::default(), &a);
        prop_assert_eq!(decode(&book(), &inserted(&code, &inserts)), decode(&book(), &code));
    }

    #[test]
    fn invisible_characters_and_spaces_anywhere_in_paper_answers_never_change_them(
        inserts in any_inserts(INVISIBLE.iter().chain(SPACES).copied().collect()),
    ) {
        let typed = paper_typed();
        prop_assert_eq!(paper::read(&model(), &inserted(&typed, &inserts)), paper::read(&model(), &typed));
    }
}
