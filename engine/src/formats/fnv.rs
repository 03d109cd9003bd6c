//! FNV-1a, 64 bits: a short, stable hash of bytes for names and marks (the language files'
//! names, a site configuration's fingerprint), never for security. Self-contained, as
//! `build.rs` includes it too.

/// FNV-1a of `bytes`.
pub fn fnv1a(bytes: impl IntoIterator<Item = u8>) -> u64 {
    bytes.into_iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
