//! A site's colours: whatever colour a site owner gives, white text on it and it as text on
//! white stay readable (WCAG AA), and the colour still looks like theirs.

use digitrappe_engine::theme::{checked, checked_for, contrast, Rgb, Theme, AA, AAA};

fn rgb(hex: &str) -> Rgb {
    Rgb::parse(hex).unwrap()
}

/// Hue in degrees, and saturation (HSV), of a colour.
fn hue_saturation(c: Rgb) -> (f32, f32) {
    let (r, g, b) = (f32::from(c.r), f32::from(c.g), f32::from(c.b));
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    let d = max - min;
    if d == 0.0 {
        return (0.0, 0.0);
    }
    let h = if max == r {
        60.0 * ((g - b) / d).rem_euclid(6.0)
    } else if max == g {
        60.0 * ((b - r) / d + 2.0)
    } else {
        60.0 * ((r - g) / d + 4.0)
    };
    (h, d / max)
}

fn every_short_colour() -> impl Iterator<Item = Rgb> {
    (0..4096u32).map(|n| Rgb { r: ((n >> 8) & 15) as u8 * 17, g: ((n >> 4) & 15) as u8 * 17, b: (n & 15) as u8 * 17 })
}

#[test]
fn known_contrast_ratios_match_wcag() {
    assert!((contrast(Rgb::BLACK, Rgb::WHITE) - 21.0).abs() < 0.01);
    assert!((contrast(Rgb::WHITE, Rgb::WHITE) - 1.0).abs() < 0.001);
    let grey = contrast(rgb("#777777"), Rgb::WHITE);
    assert!((grey - 4.48).abs() < 0.01, "#777777 on white is 4.48:1, got {grey}");
    assert!(grey < AA, "#777777 just fails AA");
    assert!(contrast(rgb("#767676"), Rgb::WHITE) >= AA, "#767676 is the lightest grey that passes AA");
    assert_eq!(contrast(rgb("#0055aa"), Rgb::WHITE), contrast(Rgb::WHITE, rgb("#0055aa")), "order does not matter");
}

#[test]
fn every_colour_comes_out_readable_against_white() {
    for colour in every_short_colour() {
        let c = checked(colour);
        assert!(c.ratio_used >= AA, "{} became {} at {}:1", colour.hex(), c.used.hex(), c.ratio_used);
        assert!((contrast(c.used, Rgb::WHITE) - c.ratio_used).abs() < 1e-4);
        if c.adjusted() {
            assert!(c.ratio_given < AA, "{} was readable and still changed", colour.hex());
            assert!(c.used.luminance() < colour.luminance(), "{} was made darker", colour.hex());
            assert!(c.ratio_used < 4.8, "{} darkened only as far as needed, not to {}:1", colour.hex(), c.ratio_used);
        }
    }
}

#[test]
fn colours_that_are_dark_enough_are_kept_exactly() {
    for hex in ["#000000", "#1a5276", "#767676", "#b00020", "#005a9c", "#2e7d32"] {
        let c = checked(rgb(hex));
        assert!(!c.adjusted(), "{hex}");
        assert_eq!(c.used.hex(), hex);
        assert_eq!(c.ratio_used, c.ratio_given);
    }
    let kept = every_short_colour().filter(|c| contrast(*c, Rgb::WHITE) >= AA).count();
    let unchanged = every_short_colour().filter(|c| !checked(*c).adjusted()).count();
    assert_eq!(kept, unchanged);
}

#[test]
fn a_darkened_colour_keeps_its_hue() {
    for colour in every_short_colour() {
        let c = checked(colour);
        let (h0, s0) = hue_saturation(colour);
        let (h1, _) = hue_saturation(c.used);
        if c.adjusted() && s0 > 0.25 {
            let diff = (h0 - h1).abs().min(360.0 - (h0 - h1).abs());
            assert!(diff < 6.0, "{} ({h0:.0}°) became {} ({h1:.0}°)", colour.hex(), c.used.hex());
        }
    }
    let yellow = checked(rgb("#ffcc00"));
    assert!(yellow.adjusted());
    let (h, _) = hue_saturation(yellow.used);
    assert!((40.0..56.0).contains(&h), "a brand yellow stays a (dark) yellow: {}", yellow.used.hex());
    let white = checked(Rgb::WHITE);
    assert!(white.used.r == white.used.g && white.used.g == white.used.b, "white becomes a grey: {}", white.used.hex());
}

#[test]
fn checking_is_deterministic() {
    for hex in ["#ffcc00", "#8fd3fe", "#fff"] {
        assert_eq!(checked(rgb(hex)), checked(rgb(hex)));
    }
}

#[test]
fn a_projector_asks_for_more_contrast() {
    let brand = rgb("#2a7ab0");
    assert!(!checked(brand).adjusted(), "fine on a screen");
    let projected = checked_for(brand, AAA);
    assert!(projected.adjusted() && projected.ratio_used >= AAA);
    let theme = Theme { primary: Some(checked(brand)), accent: None };
    let again = theme.for_projector();
    assert_eq!(again.primary.unwrap().given, brand);
    assert!(again.primary.unwrap().ratio_used >= AAA);
    assert_eq!(again.accent, None);
}
