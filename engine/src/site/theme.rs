//! The embedding site's colours (`theme` in the site configuration), and WCAG contrast.
//!
//! A site gives its brand colours as `#rrggbb` (or `#rgb`). The app draws white text on the
//! primary colour (buttons) and the colour as text on white (links, headings), so each
//! colour must reach 4.5:1 against white ([`AA`], WCAG 2.x, normal text). A colour that is
//! too light is not refused: [`checked`] darkens it, keeping its hue, just far enough, and
//! the configuration check page shows both colours and both ratios.
//!
//! Pure arithmetic: no parsing of anything but the colour text itself.

/// WCAG AA for normal text.
pub const AA: f32 = 4.5;
/// WCAG AAA for normal text: what a projector's washed-out picture needs.
pub const AAA: f32 = 7.0;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

impl Rgb {
    pub const WHITE: Rgb = Rgb { r: 255, g: 255, b: 255 };
    pub const BLACK: Rgb = Rgb { r: 0, g: 0, b: 0 };

    /// Reads `#rrggbb` or `#rgb` (any case, surrounding spaces ignored).
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#')?;
        if !hex.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
        match hex.len() {
            3 => Some(Rgb { r: digit(0)? * 17, g: digit(1)? * 17, b: digit(2)? * 17 }),
            6 => Some(Rgb { r: digit(0)? * 16 + digit(1)?, g: digit(2)? * 16 + digit(3)?, b: digit(4)? * 16 + digit(5)? }),
            _ => None,
        }
    }

    /// `#rrggbb` in lowercase, as CSS and the configuration take it.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// WCAG 2.x relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f32 {
        fn channel(c: u8) -> f32 {
            let c = f32::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }

    /// The colour scaled towards black: `k / 1000` of each channel (same hue).
    fn scaled(self, k: u32) -> Rgb {
        let s = |c: u8| ((u32::from(c) * k + 500) / 1000) as u8;
        Rgb { r: s(self.r), g: s(self.g), b: s(self.b) }
    }
}

/// The WCAG contrast ratio of two colours, 1 to 21 (order does not matter).
pub fn contrast(a: Rgb, b: Rgb) -> f32 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la >= lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// A site's colour as given, and the colour the app uses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Checked {
    pub given: Rgb,
    /// `given` if it reaches the minimum contrast against white, else the lightest darker
    /// colour of the same hue that does.
    pub used: Rgb,
    /// Contrast of `given` against white.
    pub ratio_given: f32,
    /// Contrast of `used` against white (at least the minimum).
    pub ratio_used: f32,
}

// The ratios are always finite numbers (1 to 21), so equality is total.
impl Eq for Checked {}

impl Checked {
    /// The colour was too light and the app uses a darker one.
    pub fn adjusted(&self) -> bool {
        self.used != self.given
    }
}

/// Checks a colour for white text on it and for it as text on white ([`AA`]).
pub fn checked(given: Rgb) -> Checked {
    checked_for(given, AA)
}

/// Checks a colour against white for a given minimum ratio ([`AA`], or [`AAA`] for a
/// projector). Deterministic: the same colour always gives the same result.
pub fn checked_for(given: Rgb, minimum: f32) -> Checked {
    let ratio_given = contrast(given, Rgb::WHITE);
    if ratio_given >= minimum {
        return Checked { given, used: given, ratio_given, ratio_used: ratio_given };
    }
    // The largest k (0..=1000) whose scaled colour still reaches the minimum. Luminance
    // never falls as k grows, and k = 0 (black, 21:1) always reaches it, so a binary
    // search finds the lightest colour of this hue that is dark enough.
    let (mut ok, mut too_light) = (0u32, 1000u32);
    while too_light - ok > 1 {
        let mid = (ok + too_light) / 2;
        if contrast(given.scaled(mid), Rgb::WHITE) >= minimum {
            ok = mid;
        } else {
            too_light = mid;
        }
    }
    let used = given.scaled(ok);
    Checked { given, used, ratio_given, ratio_used: contrast(used, Rgb::WHITE) }
}

/// The site's colours: each checked, or `None` for the app's own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Theme {
    pub primary: Option<Checked>,
    pub accent: Option<Checked>,
}

impl Theme {
    /// The colours to use on a projector: the given ones checked again for [`AAA`].
    pub fn for_projector(&self) -> Theme {
        let again = |c: Option<Checked>| c.map(|c| checked_for(c.given, AAA));
        Theme { primary: again(self.primary), accent: again(self.accent) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_read_in_both_lengths_and_written_in_lowercase() {
        assert_eq!(Rgb::parse(" #1A2b3C "), Some(Rgb { r: 0x1a, g: 0x2b, b: 0x3c }));
        assert_eq!(Rgb::parse("#f0a"), Some(Rgb { r: 0xff, g: 0x00, b: 0xaa }));
        assert_eq!(Rgb::parse("#F0A").unwrap().hex(), "#ff00aa");
        for bad in ["", "#", "123456", "#12345", "#1234567", "#ggg", "#+1a2b3", "red", "#12 345", "#éé"] {
            assert_eq!(Rgb::parse(bad), None, "{bad:?}");
        }
    }
}
