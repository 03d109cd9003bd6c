//! The QR code of a share link, as geometry for an inline SVG: one path of the dark
//! modules, in module units, inside the quiet zone of four modules that scanners need.
//!
//! The `qrcode` crate (without its default features, so no image library) computes the
//! modules; this module only turns them into a path. Error correction level M: a code on
//! a projected screen stays readable with some glare.

use qrcode::bits::Bits;
use qrcode::{Color, EcLevel, QrCode, Version};

/// The light border a scanner needs around a code, in modules.
pub const QUIET_ZONE: usize = 4;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    /// Modules per side of the code itself.
    pub width: usize,
    /// Modules per side including the quiet zone (the SVG's view box).
    pub size: usize,
    /// SVG path data of every dark module, merged into runs along each row.
    pub path: String,
    /// The modules, row by row, `true` for dark (for tests and other renderers).
    pub dark: Vec<bool>,
}

/// The QR code for `text`, or `None` if it is too long for any QR code.
pub fn qr(text: &str) -> Option<Qr> {
    // Byte mode in the smallest version that holds it. (The crate's own segment optimiser
    // would pick the same for a link, and costs a few KB of the first load's wasm.)
    let code = (1..=40).find_map(|v| {
        let mut bits = Bits::new(Version::Normal(v));
        bits.push_byte_data(text.as_bytes()).ok()?;
        bits.push_terminator(EcLevel::M).ok()?;
        QrCode::with_bits(bits, EcLevel::M).ok()
    })?;
    let width = code.width();
    let dark: Vec<bool> = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
    let mut path = String::new();
    for (y, row) in dark.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] {
                let run = row[x..].iter().take_while(|d| **d).count();
                path.push_str(&format!("M{} {}h{}v1h-{}z", x + QUIET_ZONE, y + QUIET_ZONE, run, run));
                x += run;
            } else {
                x += 1;
            }
        }
    }
    Some(Qr { width, size: width + 2 * QUIET_ZONE, path, dark })
}
