//! Typed and pasted text as people actually produce it: codes, links and paper answers
//! arrive with no-break spaces, en dashes, non-breaking hyphens, zero-width characters,
//! full-width digits (an Asian keyboard), a `#` a mail client encoded as `%23`, or the
//! full stop of the sentence they were pasted from. Everything typed is read through
//! [`normalise`] before it is read as a code, link or answer, so one place decides what
//! counts as the same text.

/// The same text in its plain form: compatibility forms folded (full-width ASCII to ASCII,
/// as Unicode NFKC does for them), every dash to `-`, every space to ` `, invisible
/// characters (zero-width, soft hyphen, byte-order mark, other format and control
/// characters except line breaks and tabs) removed.
pub fn normalise(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            // Full-width forms of ASCII (U+FF01..U+FF5E) and the ideographic space.
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
            '\u{3000}' => Some(' '),
            // Dashes and hyphens: hyphen, non-breaking hyphen, figure dash, en and em dash,
            // horizontal bar, minus sign, small and full-width hyphen-minus.
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{2043}' => Some('-'),
            // Spaces: no-break, the typographic ones, narrow no-break, medium mathematical.
            '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{1680}' => Some(' '),
            // Invisible: soft hyphen, zero-width space/joiners, word joiner, BOM, marks.
            '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}' => None,
            '\n' | '\r' | '\t' => Some(c),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// A character as a message can show it: itself when it is visible, else its code point
/// (`U+00A0`), so a refusal never shows what looks like an ordinary space.
pub fn shown(c: char) -> String {
    if c.is_whitespace() || c.is_control() || matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}') {
        // Written by hand: the formatter's hex code would weigh on the start screen's bundle.
        let n = c as u32;
        let digits = if n > 0xFFFF { 6 } else { 4 };
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

/// What a sentence leaves on a pasted link or code: trailing punctuation and brackets.
pub fn trim_sentence(text: &str) -> &str {
    text.trim().trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '"', '\'', '»', '«', '”', '“', '’'])
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
    fn an_invisible_character_is_shown_by_its_code_point() {
        assert_eq!(shown('\u{00A0}'), "U+00A0");
        assert_eq!(shown('\u{200B}'), "U+200B");
        assert_eq!(shown('Ü'), "Ü");
    }

    #[test]
    fn a_link_encoded_in_transit_and_the_sentence_around_it_are_undone() {
        assert_eq!(unescape_link("https://x.dk/?lang=da%23share=40AB"), "https://x.dk/?lang=da#share=40AB");
        assert_eq!(unescape_link("a%3dshare%26b%2Fc%"), "a=share&b%2Fc%");
        assert_eq!(trim_sentence(" https://x.dk/#share=40AB). "), "https://x.dk/#share=40AB");
        assert_eq!(trim_sentence("40AB-CD12,"), "40AB-CD12");
    }
}
