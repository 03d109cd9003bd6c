//! The facilitator's one-page guide: how the placement works in three sentences, a
//! 60-minute session with the room view, and what to say when a firm lands "not yet on
//! step 1". Its words are the language files' `guide.*` texts; the app shows them
//! (`GuideScreen`) and `docs/FACILITATOR.md` is written from them
//! (`content method-docs`), so the two cannot drift apart.

use crate::{Lang, Texts};

/// How many agenda items and tips the guide has (`guide.session.1` …, `guide.tips.1` …).
pub const SESSION_ITEMS: usize = 6;
pub const TIPS: usize = 4;

/// Every key the guide uses.
pub fn keys() -> Vec<String> {
    let mut keys: Vec<String> = [
        "title",
        "intro",
        "placement.heading",
        "placement.text",
        "session.heading",
        "tips.heading",
        "not_started.heading",
        "not_started.text",
    ]
    .iter()
    .map(|k| format!("guide.{k}"))
    .collect();
    keys.extend((1..=SESSION_ITEMS).map(|i| format!("guide.session.{i}")));
    keys.extend((1..=TIPS).map(|i| format!("guide.tips.{i}")));
    keys
}

/// The guide in every language given, as one Markdown document (one page each in print).
pub fn to_markdown(languages: &[(Lang, &Texts)]) -> String {
    let mut out = String::from("# Digitrappen – facilitator guide\n\n");
    out.push_str("Written from the app's texts (`guide.*` in `content/i18n/`) by `scripts/method`; the app shows the same guide on the projector's start screen.\n");
    for (lang, t) in languages {
        let text = |key: &str| t.get(key).unwrap_or_default().to_string();
        out.push_str(&format!("\n## {} ({})\n\n", text("guide.title"), lang.code()));
        out.push_str(&format!("*{}*\n\n", text("guide.intro")));
        out.push_str(&format!("### {}\n\n{}\n\n", text("guide.placement.heading"), text("guide.placement.text")));
        out.push_str(&format!("### {}\n\n", text("guide.session.heading")));
        for i in 1..=SESSION_ITEMS {
            out.push_str(&format!("{i}. {}\n", text(&format!("guide.session.{i}"))));
        }
        out.push_str(&format!("\n### {}\n\n", text("guide.tips.heading")));
        for i in 1..=TIPS {
            out.push_str(&format!("- {}\n", text(&format!("guide.tips.{i}"))));
        }
        out.push_str(&format!("\n### {}\n\n{}\n", text("guide.not_started.heading"), text("guide.not_started.text")));
    }
    out
}
