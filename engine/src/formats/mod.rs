//! The formats at the edges: the share code and links, the export file, progress in storage, the kept results, three-way merges of two tabs' writes, typed and pasted text normalised, base64, FNV-1a, and QR code modules.

pub mod base64;
pub mod export;
pub mod fnv;
pub mod history;
pub mod merge;
pub mod qr;
pub mod saved;
pub mod share;
pub mod typed;
