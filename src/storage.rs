//! The only module that touches the browser's storage.
//!
//! Owns the storage keys and what happens to data that cannot be read: it is set aside
//! under a key of its own (never deleted, never overwritten) and the caller is told, so
//! the app can say so and start fresh. Storage may be missing or blocked (private modes,
//! third-party iframes): every function here then degrades to "nothing stored" instead of
//! failing. That is why this module uses `web_sys::Storage` directly: `gloo-storage`
//! throws when storage is blocked.
//!
//! Deliberately absent: the format of what is stored (see `digitrappe_engine::saved`) and
//! any decision about when to save (the app component does that after each change).

use digitrappe_engine::saved::{self, Progress, SavedError};
use digitrappe_engine::Lang;

/// Saved progress, format 1. A later format gets a new key, so an old app never reads it.
pub const PROGRESS_KEY: &str = "digitrappen.progress.v1";
/// The language the user chose.
pub const LANG_KEY: &str = "digitrappen.lang";
/// Unreadable data is kept under this prefix plus the time it was found.
pub const UNREADABLE_PREFIX: &str = "digitrappen.unreadable.";

/// What was found under the progress key.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    Nothing,
    Progress(Progress),
    /// The data could not be read. `kept_as` is the key of the copy that was set aside, or
    /// `None` when no copy could be made (the original is then left in place).
    Unreadable { error: SavedError, kept_as: Option<String> },
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn get(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

fn set(key: &str, value: &str) -> bool {
    local().is_some_and(|s| s.set_item(key, value).is_ok())
}

fn remove(key: &str) {
    if let Some(s) = local() {
        let _ = s.remove_item(key);
    }
}

/// Reads saved progress. Unreadable data is copied aside and removed from the progress
/// key, so the next visit starts clean; if the copy fails, nothing is removed.
pub fn load_progress() -> Loaded {
    let Some(text) = get(PROGRESS_KEY) else { return Loaded::Nothing };
    match saved::decode(&text) {
        Ok(progress) => Loaded::Progress(progress),
        Err(error) => {
            let key = format!("{UNREADABLE_PREFIX}{}", now_iso());
            let kept_as = set(&key, &text).then(|| {
                remove(PROGRESS_KEY);
                key
            });
            Loaded::Unreadable { error, kept_as }
        }
    }
}

/// Writes progress; an empty questionnaire on the start screen removes the key instead,
/// so "start over" leaves nothing behind. Returns whether storage took it.
pub fn save_progress(progress: &Progress) -> bool {
    if progress.answers.is_empty() && progress.position == saved::Position::Start {
        remove(PROGRESS_KEY);
        true
    } else {
        set(PROGRESS_KEY, &saved::encode(progress))
    }
}

pub fn load_lang() -> Option<Lang> {
    get(LANG_KEY).as_deref().and_then(Lang::from_code)
}

pub fn save_lang(lang: Lang) {
    set(LANG_KEY, lang.code());
}

fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use digitrappe_engine::saved::Position;
    use digitrappe_engine::{Answer, QuestionId};
    use wasm_bindgen_test::wasm_bindgen_test;

    fn clear() {
        local().unwrap().clear().unwrap();
    }

    fn keys() -> Vec<String> {
        let s = local().unwrap();
        (0..s.length().unwrap()).filter_map(|i| s.key(i).unwrap()).collect()
    }

    fn progress() -> Progress {
        Progress {
            content_version: "slice-1".into(),
            answers: [(QuestionId::new("basics.accounting"), Answer::Option(3))].into_iter().collect(),
            position: Position::Question(QuestionId::new("basics.everyday-skills")),
        }
    }

    #[wasm_bindgen_test]
    fn progress_saved_is_progress_loaded() {
        clear();
        assert_eq!(load_progress(), Loaded::Nothing);
        assert!(save_progress(&progress()));
        assert!(get(PROGRESS_KEY).unwrap().contains("basics.accounting"));
        assert_eq!(load_progress(), Loaded::Progress(progress()));
    }

    #[wasm_bindgen_test]
    fn an_empty_start_removes_the_saved_progress() {
        clear();
        save_progress(&progress());
        let empty = Progress { answers: Default::default(), position: Position::Start, ..progress() };
        assert!(save_progress(&empty));
        assert_eq!(get(PROGRESS_KEY), None);
    }

    #[wasm_bindgen_test]
    fn unreadable_progress_is_set_aside_and_never_lost() {
        clear();
        set(PROGRESS_KEY, "{\"format\":1,\"answers\":");
        let Loaded::Unreadable { error, kept_as: Some(key) } = load_progress() else {
            panic!("expected unreadable data to be set aside")
        };
        assert_eq!(error, SavedError::NotJson);
        assert!(key.starts_with(UNREADABLE_PREFIX));
        assert_eq!(get(&key).as_deref(), Some("{\"format\":1,\"answers\":"));
        assert_eq!(get(PROGRESS_KEY), None, "the next visit starts clean");
        assert_eq!(load_progress(), Loaded::Nothing);
        assert_eq!(keys().len(), 1, "only the copy remains: {:?}", keys());
    }

    #[wasm_bindgen_test]
    fn the_language_choice_is_remembered_and_junk_ignored() {
        clear();
        assert_eq!(load_lang(), None);
        save_lang(Lang::Nb);
        assert_eq!(load_lang(), Some(Lang::Nb));
        set(LANG_KEY, "klingon");
        assert_eq!(load_lang(), None);
    }
}
