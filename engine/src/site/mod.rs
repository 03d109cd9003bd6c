//! The embedding site: its configuration (strict `parse`, the lenient `presentation`, the `?config=` address rule), its colours and their contrast, the modes, and what "Embed on your website" writes.

pub mod config;
pub mod embed;
pub mod mode;
pub mod theme;
