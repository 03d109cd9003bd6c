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

use digitrappe_engine::history::History;
use digitrappe_engine::room::Room;
use digitrappe_engine::saved::{self, Progress, SavedError};
use digitrappe_engine::Lang;

/// Saved progress, format 2 (with the company profile). Each format gets a new key, so an
/// older app never reads a newer format.
pub const PROGRESS_KEY: &str = "digitrappen.progress.v2";
/// Format 1, written by the first slice of the app: read when there is nothing newer, and
/// removed once its answers are saved under the new key.
pub const LEGACY_PROGRESS_KEY: &str = "digitrappen.progress.v1";
/// The language the user chose.
pub const LANG_KEY: &str = "digitrappen.lang";
/// The assessments the user chose to keep (see `digitrappe_engine::history`).
pub const HISTORY_KEY: &str = "digitrappen.history.v1";
/// A workshop facilitator's room: the participants' share codes (see
/// `digitrappe_engine::room`).
pub const ROOM_KEY: &str = "digitrappen.room.v1";
/// Unreadable data is kept under this prefix plus the time it was found.
pub const UNREADABLE_PREFIX: &str = "digitrappen.unreadable.";

/// What was found under the progress key.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    Nothing,
    Progress(Progress),
    /// The data could not be read. `kept_as` is the key of the copy that was set aside, or
    /// `None` when no copy could be made (the original is then left in place).
    Unreadable {
        error: SavedError,
        kept_as: Option<String>,
    },
}

thread_local! {
    /// A kiosk keeps its visitor in memory only (see [`keep_in_memory`]).
    static MEMORY_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Keeps everything in this page's memory from now on, never in the browser's storage: a
/// kiosk's choice, so that by construction a visitor's answers are gone when the page goes
/// (a reload, a crash, the idle reset), nothing is offered to the next visitor, and no
/// kiosk link can reach what a personal browser has stored.
pub fn keep_in_memory() {
    MEMORY_ONLY.with(|m| m.set(true));
}

/// Whether this page keeps everything in memory (a kiosk).
pub fn in_memory() -> bool {
    MEMORY_ONLY.with(|m| m.get())
}

fn local() -> Option<web_sys::Storage> {
    if in_memory() {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

thread_local! {
    /// Where everything is kept when the browser blocks storage (a third-party iframe
    /// under strict privacy settings): the app works for this page's life, and says so.
    static MEMORY: std::cell::RefCell<std::collections::BTreeMap<String, String>> = const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

/// Whether the browser refuses this page its storage: answers are then kept in memory
/// only, and lost when the page closes (the app says so once).
pub fn blocked() -> bool {
    !MEMORY_ONLY.with(|m| m.get()) && local().is_none()
}

thread_local! {
    /// Keys this page must not write: their stored data could not be read, or could not be
    /// set aside. Nothing is written to them until the page is loaded again, so a failed
    /// read never leads to an overwrite.
    static LOCKED: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

thread_local! {
    /// Per store written by merging: the text this page last read or wrote there (`None`:
    /// nothing was stored). A write that finds something else there knows another tab
    /// wrote meanwhile, and merges instead of overwriting (see `digitrappe_engine::merge`).
    static BASES: std::cell::RefCell<Vec<(&'static str, Option<String>)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn remember(key: &'static str, text: Option<String>) {
    BASES.with(|b| {
        let mut b = b.borrow_mut();
        match b.iter_mut().find(|(k, _)| *k == key) {
            Some(entry) => entry.1 = text,
            None => b.push((key, text)),
        }
    });
}

/// What this page last knew of `key` (`None` inside: nothing stored; never read: nothing).
fn known(key: &str) -> Option<String> {
    BASES.with(|b| b.borrow().iter().find(|(k, _)| *k == key).and_then(|(_, t)| t.clone()))
}

/// Storage was cleared as a whole (`localStorage.clear()`, by other code on the site):
/// this page forgets what it knew was stored, so its next write keeps its own data whole
/// rather than taking the clear for a "start over" made in another tab. Nothing is
/// written until then (a clear meant to delete is not undone behind the user's back).
pub fn forget_what_was_stored() {
    BASES.with(|b| b.borrow_mut().clear());
}

/// What a write of a merged store came to.
#[derive(Clone, Debug, PartialEq)]
pub enum Saved<T> {
    /// Written as given.
    Written,
    /// Not written: storage refused it (full, blocked), the key is locked, or another tab
    /// stored something this version cannot read (it is not overwritten).
    Failed,
    /// Another tab had written meanwhile: this is what was written, both tabs' changes
    /// merged; the page should show it.
    Merged(T),
}

fn lock(key: &str) {
    LOCKED.with(|l| {
        if !l.borrow().iter().any(|k| k == key) {
            l.borrow_mut().push(key.to_string());
        }
    });
}

/// Whether writing `key` is refused for this page (see [`LOCKED`]).
pub fn locked(key: &str) -> bool {
    LOCKED.with(|l| l.borrow().iter().any(|k| k == key))
}

/// Reads `key`; `Err` when the browser refused the read (the key is then locked).
fn read(key: &str) -> Result<Option<String>, ()> {
    match local() {
        Some(s) => s.get_item(key).map_err(|_| lock(key)),
        None => Ok(MEMORY.with(|m| m.borrow().get(key).cloned())),
    }
}

fn get(key: &str) -> Option<String> {
    read(key).ok().flatten()
}

/// Writes `key`; false when storage refused it (full, blocked) or the key is locked.
fn set(key: &str, value: &str) -> bool {
    if locked(key) {
        return false;
    }
    match local() {
        Some(s) => s.set_item(key, value).is_ok(),
        None => {
            MEMORY.with(|m| m.borrow_mut().insert(key.to_string(), value.to_string()));
            true
        }
    }
}

fn remove(key: &str) {
    if locked(key) {
        return;
    }
    match local() {
        Some(s) => {
            let _ = s.remove_item(key);
        }
        None => {
            MEMORY.with(|m| m.borrow_mut().remove(key));
        }
    }
}

/// Keys that earlier versions wrote and nothing reads any more: the start bundle's note of
/// the site file it had checked (`digitrappen.config-checked`). Only the app's own notes,
/// never a user's answers, results or room.
const RETIRED_KEYS: &[&str] = &["digitrappen.config-checked"];

/// Removes the [`RETIRED_KEYS`] at start, so nothing stale stays in the browser. A kiosk
/// (in memory) leaves the browser's storage alone, as always.
pub fn forget_retired_keys() {
    if in_memory() {
        return;
    }
    for key in RETIRED_KEYS {
        remove(key);
    }
}

/// Everything a kiosk keeps about a visitor (its memory; see [`keep_in_memory`]), removed:
/// the reset between visitors. Returns the keys that remain (always none).
pub fn wipe_visitor() -> Vec<String> {
    MEMORY.with(|m| m.borrow_mut().clear());
    // A kiosk keeps its visitors in memory only: the browser's storage (a personal
    // browser's answers, history and room) is never touched, whatever a link says.
    Vec::new()
}

/// Copies unreadable data aside and removes it from `key`, so the next visit starts clean;
/// returns the copy's key. The copy's key names its source and the time
/// (`digitrappen.unreadable.progress.v2.2026-11-30T10:00:00.000Z`), with `.2`, `.3` … when
/// that key is taken: a copy is never written over another (two stores set aside in the
/// same millisecond, or a coarse clock). If the copy fails, nothing is removed (`None`).
fn set_aside(key: &str, text: &str) -> Option<String> {
    set_aside_at(key, text, &now_iso())
}

fn set_aside_at(key: &str, text: &str, time: &str) -> Option<String> {
    let source = key.strip_prefix("digitrappen.").unwrap_or(key);
    let base = format!("{UNREADABLE_PREFIX}{source}.{time}");
    let Some(copy) = (1..=1000).map(|n| if n == 1 { base.clone() } else { format!("{base}.{n}") }).find(|k| get(k).is_none()) else {
        lock(key);
        return None;
    };
    // Only a copy that reads back whole counts as kept.
    let kept = (set(&copy, text) && get(&copy).as_deref() == Some(text)).then(|| {
        remove(key);
        copy
    });
    if kept.is_none() {
        // Not set aside: the data stays where it is, and nothing may write over it.
        lock(key);
    }
    kept
}

/// Reads saved progress (the current key, else the legacy one). Unreadable data is copied
/// aside and removed from its key, so the next visit starts clean; if the copy fails,
/// nothing is removed.
pub fn load_progress() -> Loaded {
    // The current key, else the legacy one, each read once. A read the browser refuses:
    // nothing is known, so nothing may be written over it (the key is locked).
    let mut found = None;
    for key in [PROGRESS_KEY, LEGACY_PROGRESS_KEY] {
        match read(key) {
            Err(()) => {
                return Loaded::Unreadable {
                    error: SavedError::Shape("the browser refused to read the stored answers".into()),
                    kept_as: None,
                };
            }
            Ok(Some(text)) => {
                found = Some((key, text));
                break;
            }
            Ok(None) => {}
        }
    }
    let Some((key, text)) = found else {
        remember(PROGRESS_KEY, None);
        return Loaded::Nothing;
    };
    match saved::decode(&text) {
        Ok((progress, _format)) => {
            remember(PROGRESS_KEY, (key == PROGRESS_KEY).then_some(text));
            Loaded::Progress(progress)
        }
        Err(error) => {
            let kept_as = set_aside(key, &text);
            remember(PROGRESS_KEY, None);
            Loaded::Unreadable { error, kept_as }
        }
    }
}

/// Progress as stored now, if another tab changed it since this page last read or wrote
/// it: merged with `mine` (this page's), to show. `None` when nothing changed or what is
/// stored cannot be read.
pub fn progress_changed_elsewhere(mine: &Progress) -> Option<Progress> {
    PROGRESS.changed_elsewhere(mine)
}

/// Writes progress; nothing entered on the start screen removes the keys instead, so
/// "start over" leaves nothing behind. Once the current key is written, the legacy key is
/// removed. If another tab wrote meanwhile, both tabs' changes are merged and written
/// ([`Saved::Merged`]); what another tab stored that cannot be read is never overwritten.
pub fn save_progress(progress: &Progress) -> Saved<Progress> {
    let saved = PROGRESS.save(progress);
    if saved != Saved::Failed {
        remove(LEGACY_PROGRESS_KEY);
    }
    saved
}

/// Progress as a merged store: an empty start is no text (the key is removed).
const PROGRESS: MergedStore<Progress> = MergedStore {
    key: PROGRESS_KEY,
    decode: |text| saved::decode(text).ok().map(|(progress, _)| progress),
    merge: digitrappe_engine::merge::progress,
    encode: |p| {
        let empty = p.answers.is_empty() && p.profile == Default::default() && p.position == saved::Position::Start;
        (!empty).then(|| saved::encode(p))
    },
};

/// A store that two tabs may write (progress, the room): how its text is read, merged three
/// ways (`digitrappe_engine::merge`) and written. Every write merges when it finds that
/// another tab wrote since this page last read or wrote the key (see [`BASES`]).
struct MergedStore<T: 'static> {
    key: &'static str,
    decode: fn(&str) -> Option<T>,
    merge: fn(&T, &T, &T) -> T,
    /// The text to store, or `None` to remove the key (nothing worth keeping).
    encode: fn(&T) -> Option<String>,
}

impl<T: Clone + Default + PartialEq> MergedStore<T> {
    /// The three-way merge of texts (`None`: nothing stored); `None` when the stored text
    /// cannot be read.
    fn merge_texts(&self, base: Option<&str>, mine: &T, theirs: Option<&str>) -> Option<T> {
        let decode = |text: Option<&str>| text.map_or(Some(T::default()), self.decode);
        let theirs = decode(theirs)?;
        let base = decode(base).unwrap_or_default();
        Some((self.merge)(&base, mine, &theirs))
    }

    fn changed_elsewhere(&self, mine: &T) -> Option<T> {
        let current = read(self.key).ok()?;
        let base = known(self.key);
        if current == base {
            return None;
        }
        let merged = self.merge_texts(base.as_deref(), mine, current.as_deref())?;
        remember(self.key, current);
        Some(merged)
    }

    fn save(&self, mine: &T) -> Saved<T> {
        let Ok(current) = read(self.key) else { return Saved::Failed };
        let base = known(self.key);
        let merged = if current != base {
            match self.merge_texts(base.as_deref(), mine, current.as_deref()) {
                Some(merged) => Some(merged),
                None => return Saved::Failed,
            }
        } else {
            None
        };
        let text = (self.encode)(merged.as_ref().unwrap_or(mine));
        let done = match &text {
            None => {
                remove(self.key);
                get(self.key).is_none()
            }
            Some(text) => set(self.key, text),
        };
        if !done {
            return Saved::Failed;
        }
        remember(self.key, text);
        match merged {
            Some(merged) if merged != *mine => Saved::Merged(merged),
            _ => Saved::Written,
        }
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
    use digitrappe_engine::{Answer, Profile, QuestionId};
    use wasm_bindgen_test::wasm_bindgen_test;

    fn clear() {
        local().unwrap().clear().unwrap();
        BASES.with(|b| b.borrow_mut().clear());
    }

    fn keys() -> Vec<String> {
        let s = local().unwrap();
        (0..s.length().unwrap()).filter_map(|i| s.key(i).unwrap()).collect()
    }

    fn progress() -> Progress {
        Progress {
            content_version: "1".into(),
            profile: Profile { industry: Some("retail".into()), size: Some("1-9".into()), ambition: Some(2), staff: None },
            answers: [(QuestionId::new("basics.accounting"), Answer::Option(3))].into_iter().collect(),
            position: Position::Question(QuestionId::new("basics.everyday-skills")),
        }
    }

    #[wasm_bindgen_test]
    fn an_earlier_versions_note_is_removed_at_start_and_the_users_data_stays() {
        clear();
        let s = local().unwrap();
        s.set_item("digitrappen.config-checked", "fnv:1234").unwrap();
        save_progress(&progress());
        s.set_item(HISTORY_KEY, "[]").unwrap();
        forget_retired_keys();
        let mut left = keys();
        left.sort();
        assert_eq!(left, [HISTORY_KEY, PROGRESS_KEY]);
    }

    #[wasm_bindgen_test]
    fn progress_saved_is_progress_loaded() {
        clear();
        assert_eq!(load_progress(), Loaded::Nothing);
        assert_eq!(save_progress(&progress()), Saved::Written);
        assert!(get(PROGRESS_KEY).unwrap().contains("basics.accounting"));
        assert_eq!(load_progress(), Loaded::Progress(progress()));
    }

    /// Issue 12, kind 1: another tab's writes are merged, never overwritten.
    #[wasm_bindgen_test]
    fn a_write_after_another_tab_wrote_keeps_both_tabs_answers() {
        clear();
        let q = |id: &str| QuestionId::new(id);
        assert_eq!(load_progress(), Loaded::Nothing);
        let mine = progress();
        assert_eq!(save_progress(&mine), Saved::Written);
        // Another tab answers two more questions (it writes the key directly).
        let mut theirs = mine.clone();
        theirs.answers.set(q("basics.everyday-skills"), Answer::Option(2));
        theirs.answers.set(q("basics.website"), Answer::Option(1));
        set(PROGRESS_KEY, &saved::encode(&theirs));
        assert_eq!(progress_changed_elsewhere(&mine).map(|p| p.answers), Some(theirs.answers.clone()), "shown here too");
        // Had this page missed the event, its next write still keeps them.
        BASES.with(|b| b.borrow_mut().clear());
        remember(PROGRESS_KEY, Some(saved::encode(&mine)));
        let mut next = mine.clone();
        next.answers.set(q("basics.accounting"), Answer::Option(4));
        let Saved::Merged(merged) = save_progress(&next) else { panic!("merged") };
        assert_eq!(merged.answers.len(), 3);
        assert_eq!(merged.answers.get(&q("basics.accounting")), Some(Answer::Option(4)));
        let Loaded::Progress(stored) = load_progress() else { panic!("stored") };
        assert_eq!(stored.answers, merged.answers);
        // What another (newer) version stored is never overwritten.
        set(PROGRESS_KEY, r#"{"format":9}"#);
        assert_eq!(save_progress(&next), Saved::Failed);
        assert_eq!(get(PROGRESS_KEY).as_deref(), Some(r#"{"format":9}"#));
        clear();
    }

    #[wasm_bindgen_test]
    fn a_history_change_applies_to_the_list_as_stored_now() {
        clear();
        let p = progress();
        assert!(update_history(|h| {
            h.add("2026-11-01", "3", &p.profile, &p.answers);
        })
        .is_some());
        // Another tab keeps a result meanwhile; this page's next Keep does not drop it.
        let mut other = stored_history().unwrap();
        other.add("2026-11-02", "3", &p.profile, &Default::default());
        assert!(save_history(&other));
        let kept = update_history(|h| {
            h.add("2026-11-03", "3", &p.profile, &p.answers);
        })
        .unwrap();
        assert_eq!(kept.entries.iter().map(|e| e.date.as_str()).collect::<Vec<_>>(), ["2026-11-01", "2026-11-02", "2026-11-03"]);
        clear();
    }

    #[wasm_bindgen_test]
    fn an_empty_start_removes_the_saved_progress() {
        clear();
        save_progress(&progress());
        let empty = Progress { answers: Default::default(), profile: Profile::default(), position: Position::Start, ..progress() };
        assert_eq!(save_progress(&empty), Saved::Written);
        assert_eq!(get(PROGRESS_KEY), None);
    }

    #[wasm_bindgen_test]
    fn progress_saved_by_the_first_slice_is_read_and_moved_to_the_new_key() {
        clear();
        let slice = r#"{"format":1,"content":"slice-1","answers":{"basics.accounting":"3"},"position":"result"}"#;
        set(LEGACY_PROGRESS_KEY, slice);
        let Loaded::Progress(p) = load_progress() else { panic!("the slice's progress should load") };
        assert_eq!(p.content_version, "slice-1");
        assert_eq!(p.answers.get(&QuestionId::new("basics.accounting")), Some(Answer::Option(3)));
        assert_eq!(get(LEGACY_PROGRESS_KEY).as_deref(), Some(slice), "kept until saved under the new key");
        assert_eq!(save_progress(&p), Saved::Written);
        assert_eq!(get(LEGACY_PROGRESS_KEY), None);
        assert!(get(PROGRESS_KEY).unwrap().starts_with(r#"{"format":2,"content":"slice-1""#));
    }

    #[wasm_bindgen_test]
    fn set_aside_copies_never_overwrite_each_other() {
        clear();
        // Two stores and the same store twice, all in the same millisecond (a coarse clock).
        let now = "2026-12-01T10:00:00.000Z";
        let a = set_aside_at(HISTORY_KEY, "history damaged", now).unwrap();
        let b = set_aside_at(ROOM_KEY, "room damaged", now).unwrap();
        set(HISTORY_KEY, "x");
        let c = set_aside_at(HISTORY_KEY, "history damaged again", now).unwrap();
        assert!(a != b && a != c && b != c, "{a} {b} {c}");
        assert_eq!(get(&a).as_deref(), Some("history damaged"));
        assert_eq!(get(&b).as_deref(), Some("room damaged"));
        assert_eq!(get(&c).as_deref(), Some("history damaged again"));
        assert!(a.contains("history") && b.contains("room"), "the key names its source");
        clear();
    }

    #[wasm_bindgen_test]
    fn unreadable_progress_is_set_aside_and_never_lost() {
        clear();
        set(PROGRESS_KEY, "{\"format\":1,\"answers\":");
        let Loaded::Unreadable { error, kept_as: Some(key) } = load_progress() else { panic!("expected unreadable data to be set aside") };
        assert_eq!(error, SavedError::NotJson);
        assert!(key.starts_with(UNREADABLE_PREFIX));
        assert_eq!(get(&key).as_deref(), Some("{\"format\":1,\"answers\":"));
        assert_eq!(get(PROGRESS_KEY), None, "the next visit starts clean");
        assert_eq!(load_progress(), Loaded::Nothing);
        assert_eq!(keys().len(), 1, "only the copy remains: {:?}", keys());
    }

    #[wasm_bindgen_test]
    fn a_kiosk_keeps_its_visitor_in_memory_and_its_wipe_never_touches_the_browsers_storage() {
        clear();
        // A personal browser's answers and history, before someone opens a kiosk link.
        assert_eq!(save_progress(&progress()), Saved::Written);
        set(HISTORY_KEY, "{\"format\":1,\"entries\":[]}");
        let before = keys();
        keep_in_memory();
        assert!(!blocked(), "a kiosk's memory is its choice, not a blocked browser");
        assert_eq!(load_progress(), Loaded::Nothing, "nothing of the browser's is offered to a visitor");
        let visitor = Progress { answers: Default::default(), ..progress() };
        assert_eq!(save_progress(&visitor), Saved::Written);
        assert_eq!(load_progress(), Loaded::Progress(visitor));
        assert_eq!(wipe_visitor(), Vec::<String>::new());
        assert_eq!(load_progress(), Loaded::Nothing, "the visitor is gone");
        MEMORY_ONLY.with(|m| m.set(false));
        assert_eq!(keys(), before, "the browser's storage is exactly as it was");
        assert_eq!(load_progress(), Loaded::Progress(progress()));
        clear();
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

/// What was found under the history key.
#[derive(Debug, PartialEq)]
pub enum LoadedHistory {
    Kept(History),
    /// Unreadable: set aside under a key of its own (when that worked) and empty now.
    Unreadable {
        kept_as: Option<String>,
    },
}

/// Reads the kept assessments; unreadable data is set aside like unreadable progress.
pub fn load_history() -> LoadedHistory {
    let Ok(text) = read(HISTORY_KEY) else { return LoadedHistory::Unreadable { kept_as: None } };
    let Some(text) = text else { return LoadedHistory::Kept(History::new()) };
    match History::decode_counting(&text) {
        Ok((history, 0)) => LoadedHistory::Kept(history),
        // Longer than the app keeps: the whole list is set aside (so nothing is lost), and
        // the newest are kept under the key and used.
        Ok((history, _)) => match set_aside(HISTORY_KEY, &text) {
            Some(_) => {
                save_history(&history);
                LoadedHistory::Kept(history)
            }
            None => LoadedHistory::Unreadable { kept_as: None },
        },
        Err(_) => {
            let kept_as = set_aside(HISTORY_KEY, &text);
            LoadedHistory::Unreadable { kept_as }
        }
    }
}

/// Writes the kept assessments (an empty list removes the key, so deleting the last one
/// leaves nothing behind). Returns whether storage took it.
pub fn save_history(history: &History) -> bool {
    if history.entries.is_empty() {
        remove(HISTORY_KEY);
        return get(HISTORY_KEY).is_none();
    }
    set(HISTORY_KEY, &history.encode())
}

/// Changes the kept assessments as stored now (so a change made in another tab is kept:
/// each change applies to the list as it is, not as this page last saw it), and writes
/// them. Returns the list written, or `None` when it was not (storage refused the write,
/// the key is locked, or what is stored cannot be read).
pub fn update_history(change: impl FnOnce(&mut History)) -> Option<History> {
    let mut history = stored_history()?;
    change(&mut history);
    save_history(&history).then_some(history)
}

/// The kept assessments as stored now, without setting anything aside (`None` when they
/// cannot be read): to show what another tab changed.
pub fn stored_history() -> Option<History> {
    match read(HISTORY_KEY).ok()? {
        None => Some(History::new()),
        Some(text) => History::decode(&text).ok(),
    }
}

/// What was found under the room key.
#[derive(Debug, PartialEq)]
pub enum LoadedRoom {
    Kept(Room),
    /// Unreadable: set aside under a key of its own (`kept_as`; `None` when no copy could
    /// be made, and the original is then left in place) and empty now.
    Unreadable {
        kept_as: Option<String>,
    },
}

/// Reads the facilitator's room; unreadable data is set aside like unreadable progress.
pub fn load_room() -> LoadedRoom {
    let Ok(text) = read(ROOM_KEY) else { return LoadedRoom::Unreadable { kept_as: None } };
    let Some(text) = text else {
        remember(ROOM_KEY, None);
        return LoadedRoom::Kept(Room::new());
    };
    match Room::decode(&digitrappe_engine::builtin::CODEBOOK, &text) {
        Ok(room) => {
            remember(ROOM_KEY, Some(text));
            LoadedRoom::Kept(room)
        }
        Err(_) => {
            let kept_as = set_aside(ROOM_KEY, &text);
            remember(ROOM_KEY, None);
            LoadedRoom::Unreadable { kept_as }
        }
    }
}

/// Writes the room (an empty room removes the key, so clearing leaves nothing behind).
/// If another tab wrote meanwhile, both tabs' codes are merged and written.
pub fn save_room(room: &Room) -> Saved<Room> {
    ROOM.save(room)
}

/// The room as stored now, if another tab changed it since this page last read or wrote
/// it: merged with `mine`, to show. `None` when nothing changed or it cannot be read.
pub fn room_changed_elsewhere(mine: &Room) -> Option<Room> {
    ROOM.changed_elsewhere(mine)
}

/// The room as a merged store.
const ROOM: MergedStore<Room> = MergedStore {
    key: ROOM_KEY,
    decode: |text| Room::decode(&digitrappe_engine::builtin::CODEBOOK, text).ok(),
    merge: digitrappe_engine::merge::room,
    encode: |room| (!room.is_empty()).then(|| room.encode()),
};

#[cfg(test)]
mod room_tests {
    use super::*;
    use digitrappe_engine::builtin::CODEBOOK;
    use digitrappe_engine::share::encode;
    use digitrappe_engine::{Answers, Profile};
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn the_room_is_kept_cleared_and_unreadable_data_set_aside() {
        local().unwrap().clear().unwrap();
        BASES.with(|b| b.borrow_mut().clear());
        assert_eq!(load_room(), LoadedRoom::Kept(Room::new()));
        let mut room = Room::new();
        room.add(&CODEBOOK, &encode(&CODEBOOK, &Profile::default(), &Answers::new()));
        assert_eq!(save_room(&room), Saved::Written);
        assert_eq!(load_room(), LoadedRoom::Kept(room));
        assert_eq!(save_room(&Room::new()), Saved::Written);
        assert_eq!(get(ROOM_KEY), None, "clearing leaves nothing behind");

        set(ROOM_KEY, r#"{"format":1,"codes":["NOT A CODE"]}"#);
        let LoadedRoom::Unreadable { kept_as: Some(key) } = load_room() else { panic!("set aside") };
        assert!(key.starts_with(UNREADABLE_PREFIX));
        assert_eq!(get(&key).as_deref(), Some(r#"{"format":1,"codes":["NOT A CODE"]}"#));
        assert_eq!(get(ROOM_KEY), None);
        local().unwrap().clear().unwrap();
    }
}
