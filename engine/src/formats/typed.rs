//! Typed and pasted text as people actually produce it: codes, links and paper answers
//! arrive with no-break spaces, en dashes, non-breaking hyphens, zero-width characters,
//! full-width digits (an Asian keyboard), a `#` a mail client encoded as `%23`, or the
//! full stop of the sentence they were pasted from. Everything typed is read through
//! [`normalise`] before it is read as a code, link or answer, so one place decides what
//! counts as the same text.
//!
//! The rules are by kind, not by example: every format character (Unicode category
//! `Cf`) and every default-ignorable code point (what a font draws as nothing) is
//! [invisible](is_invisible) and dropped; every Unicode space (`White_Space`) is a space;
//! every dash drawn as one horizontal stroke is `-` ([`is_dash`]); full-width ASCII is
//! ASCII. The ranges are written out here (a few hundred bytes of WebAssembly) instead of
//! pulling in a Unicode normalisation crate; the tests compare them with the Unicode
//! tables of the `regex` crate, code point by code point.

/// The same text in its plain form: compatibility forms folded (full-width ASCII to ASCII,
/// as Unicode NFKC does for them), every dash to `-` ([`is_dash`]), every other Unicode
/// space (`White_Space`: no-break, ideographic, the line and paragraph separators, next
/// line, vertical tab, ...) to ` `, invisible characters ([`is_invisible`]) and control
/// characters removed. Line breaks (`\n`, `\r`) and tabs stay as they are.
pub fn normalise(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            // Full-width forms of ASCII (U+FF01..U+FF5E); U+FF0D, the full-width hyphen-minus, is `-`.
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
            c if is_dash(c) => Some('-'),
            '\n' | '\r' | '\t' => Some(c),
            // Every other Unicode space: no-break, ideographic, typographic, narrow,
            // mathematical, ogham, next line, line and paragraph separator, vertical tab.
            c if c.is_whitespace() => Some(' '),
            c if c.is_control() || is_invisible(c) => None,
            c => Some(c),
        })
        .collect()
}

/// Whether `c` is invisible in typed text and so dropped by [`normalise`]: every Unicode
/// format character (category `Cf`: soft hyphen, zero-width space and joiners,
/// direction marks and embeddings, word joiner, invisible operators, byte-order mark, the
/// Arabic and other number signs, interlinear annotation marks, tags) and every
/// default-ignorable code point (`Default_Ignorable_Code_Point`: a font draws it as
/// nothing, such as the combining grapheme joiner, variation selectors and the Hangul
/// fillers). Unicode 16.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{0890}'..='\u{0891}'
            | '\u{08E2}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFFB}'
            | '\u{110BD}'
            | '\u{110CD}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// Whether `c` is a dash drawn as one horizontal stroke, read as `-` by [`normalise`]:
/// hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus sign,
/// superscript and subscript minus, hyphen bullet, two- and three-em dash, small em dash,
/// small and full-width hyphen-minus, and the Armenian, Hebrew, Mongolian, Garay and
/// Yezidi hyphens. The other Unicode dashes are not: doubled or wavy (`᐀ ⸗ ⹀ ゠ 〜 〰 ⁓
/// ⸚`), oblique (`⹝`) or vertical (`︱ ︲`), they do not look like `-`, and reading one
/// as `-` would turn a mistyped paper answer into "not relevant".
pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '\u{058A}'
            | '\u{05BE}'
            | '\u{1806}'
            | '\u{2010}'..='\u{2015}'
            | '\u{2043}'
            | '\u{207B}'
            | '\u{208B}'
            | '\u{2212}'
            | '\u{2E3A}'..='\u{2E3B}'
            | '\u{FE58}'
            | '\u{FE63}'
            | '\u{FF0D}'
            | '\u{10D6E}'
            | '\u{10EAD}'
    )
}

/// Whether a message must name `c` by its code point because, shown as itself, it would
/// look like nothing or like a space: spaces, controls, invisible characters
/// ([`is_invisible`]), the Braille blank, and combining marks (which would sit on the
/// quotation mark around them).
fn needs_code_point(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || is_invisible(c)
        || matches!(
            c,
            '\u{2800}' | '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}'
        )
}

/// A character as a message can show it: itself when it is visible, else its code point
/// (`U+00A0`), so a refusal never shows what looks like nothing or an ordinary space.
pub fn shown(c: char) -> String {
    if needs_code_point(c) {
        // Written by hand: the formatter's hex code would weigh on the start screen's bundle.
        let n = c as u32;
        // At least four hex digits, as many as the code point needs (`U+E0041`).
        let digits = (4..6).find(|d| n >> (4 * d) == 0).unwrap_or(6);
        let hex: String = (0..digits).rev().map(|i| char::from(b"0123456789ABCDEF"[((n >> (4 * i)) & 0xF) as usize])).collect();
        format!("U+{hex}")
    } else {
        c.to_string()
    }
}

/// Undoes the percent-encoding a mail or chat client applies to a link's `#`, `=` and `&`
/// (`?lang=da%23share=…`), leaving everything else as it is.
pub fn unescape_link(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let code = rest.get(i + 1..i + 3).unwrap_or_default();
        match code.to_ascii_uppercase().as_str() {
            "23" => out.push('#'),
            "3D" => out.push('='),
            "26" => out.push('&'),
            _ => {
                out.push('%');
                rest = &rest[i + 1..];
                continue;
            }
        }
        rest = &rest[i + 3..];
    }
    out.push_str(rest);
    out
}

/// What a sentence leaves on a pasted link or code: trailing punctuation and brackets,
/// the ideographic full stop and comma of a Chinese or Japanese sentence included.
pub fn trim_sentence(text: &str) -> &str {
    text.trim().trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '"', '\'', '»', '«', '”', '“', '’', '。', '｡', '、'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_space_and_dash_variant_and_invisible_character_becomes_plain() {
        let typed = "4\u{00A0}2\u{2013}A\u{2011}B\u{200B}C\u{FEFF}\u{00AD}D\u{202F}E\u{2212}F\u{3000}G";
        assert_eq!(normalise(typed), "4 2-A-BCD E-F G");
        assert_eq!(normalise("４２ＡＢ－ｃｄ"), "42AB-cd", "full-width digits and letters");
        assert_eq!(normalise("line\nbreak\ttab"), "line\nbreak\ttab");
        assert_eq!(normalise("a\u{0007}b\u{202E}c"), "abc", "controls and direction marks go");
    }

    #[test]
    fn line_separators_and_every_other_unicode_space_are_read_as_a_space() {
        for space in
            ['\u{000B}', '\u{000C}', '\u{0085}', '\u{00A0}', '\u{1680}', '\u{2000}', '\u{2007}', '\u{200A}', '\u{2028}', '\u{2029}']
                .into_iter()
                .chain(['\u{202F}', '\u{205F}', '\u{3000}'])
        {
            assert_eq!(normalise(&format!("a{space}b")), "a b", "{}", shown(space));
        }
    }

    #[test]
    fn every_format_character_is_dropped_as_invisible() {
        for c in ['\u{00AD}', '\u{061C}', '\u{180E}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{202E}']
            .into_iter()
            .chain([
                '\u{2060}',
                '\u{2061}',
                '\u{2064}',
                '\u{2066}',
                '\u{2069}',
                '\u{FEFF}',
                '\u{034F}',
                '\u{FE0F}',
                '\u{3164}',
                '\u{E0001}',
            ])
        {
            assert_eq!(normalise(&format!("a{c}b")), "ab", "{}", shown(c));
        }
    }

    #[test]
    fn every_dash_that_looks_like_a_hyphen_is_read_as_one() {
        for dash in ['\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}', '\u{FE58}', '\u{FE63}', '\u{FF0D}']
        {
            assert_eq!(normalise(&format!("a{dash}b")), "a-b", "{}", shown(dash));
        }
        // A wave dash or a double hyphen is no `-`: it stays, and is refused where a `-` is read.
        assert_eq!(normalise("a\u{301C}b\u{2E40}c"), "a\u{301C}b\u{2E40}c");
    }

    #[test]
    fn an_invisible_character_is_shown_by_its_code_point() {
        assert_eq!(shown('\u{00A0}'), "U+00A0");
        assert_eq!(shown('\u{200B}'), "U+200B");
        assert_eq!(shown('\u{2028}'), "U+2028");
        assert_eq!(shown('\u{3164}'), "U+3164", "Hangul filler");
        assert_eq!(shown('\u{2800}'), "U+2800", "Braille blank");
        assert_eq!(shown('\u{0301}'), "U+0301", "a combining mark would sit on the quotation mark");
        assert_eq!(shown('\u{E0041}'), "U+E0041", "tag");
        assert_eq!(shown('Ü'), "Ü");
        assert_eq!(shown('〜'), "〜");
    }

    #[test]
    fn a_link_encoded_in_transit_and_the_sentence_around_it_are_undone() {
        assert_eq!(unescape_link("https://x.dk/?lang=da%23share=40AB"), "https://x.dk/?lang=da#share=40AB");
        assert_eq!(unescape_link("a%3dshare%26b%2Fc%"), "a=share&b%2Fc%");
        assert_eq!(trim_sentence(" https://x.dk/#share=40AB). "), "https://x.dk/#share=40AB");
        assert_eq!(trim_sentence("40AB-CD12,"), "40AB-CD12");
        assert_eq!(trim_sentence("https://x.dk/#share=40AB。"), "https://x.dk/#share=40AB");
    }
}
