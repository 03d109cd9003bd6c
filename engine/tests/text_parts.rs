//! Which texts each bundle loads, against the texts it can show (issue 12, kind 10).
//!
//! Each language file is split into the start screen's part (`<lang>.start.json`,
//! [`Ui::START`]: what `ui/`'s frame, start screen and notices show, and the static start
//! screen rendered from them) and the rest; the app loads both. Every `Ui::` string named
//! in `ui/`'s sources must be in the start part, in every language, and the part holds
//! nothing those views never show.

use digitrappe_engine::text::{Part, Texts, Ui};
use digitrappe_engine::Lang;
use std::collections::BTreeSet;
use std::path::Path;

/// Every `Ui::Variant` named in the `.rs` file at `path`.
fn named_in_file(path: &Path, found: &mut BTreeSet<String>) {
    let source = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    for (at, _) in source.match_indices("Ui::") {
        let name: String = source[at + 4..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if name.starts_with(|c: char| c.is_ascii_uppercase()) && name != "START" && name != "ALL" {
            found.insert(name);
        }
    }
}

/// The views the start part serves: the page frame, the language menu, the start screen,
/// the notices any screen may show first, and the static start screen.
const START_VIEWS: [&str; 5] = [
    "ui/src/components/frame.rs",
    "ui/src/components/language_select.rs",
    "ui/src/components/start.rs",
    "ui/src/components/notice.rs",
    "ui/src/bin/start-page.rs",
];

fn start_screen_strings() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut found = BTreeSet::new();
    for file in START_VIEWS {
        named_in_file(&root.join(file), &mut found);
    }
    found
}

/// A UI string's name in the sources (`Ui::StartTime`), from its declaration in
/// `engine/src/content/text.rs` (`StartTime => "start_time",`): a string is only its key at run time.
fn name(u: Ui) -> String {
    let source = include_str!("../src/content/text.rs");
    let declaration = format!(" => \"{}\",", u.key());
    let line = source.lines().find(|l| l.ends_with(&declaration)).unwrap_or_else(|| panic!("{} is declared", u.key()));
    line.trim().split(' ').next().unwrap().to_string()
}

#[test]
fn every_text_the_start_screen_shows_is_in_the_start_part() {
    let named = start_screen_strings();
    let known: BTreeSet<String> = Ui::ALL.iter().map(|u| name(*u)).collect();
    let unknown: Vec<_> = named.difference(&known).collect();
    assert!(unknown.is_empty(), "the scan found names that are not UI strings: {unknown:?}");
    let start: BTreeSet<String> = Ui::START.iter().map(|u| name(*u)).collect();
    let missing: Vec<_> = named.difference(&start).collect();
    assert!(missing.is_empty(), "the start screen's views show these, but the start part (Ui::START) lacks them: {missing:?}");
    let unused: Vec<_> = start.difference(&named).collect();
    assert!(unused.is_empty(), "Ui::START holds strings the start screen's views never show: {unused:?}");
}

#[test]
fn every_language_s_start_part_holds_every_start_string() {
    for lang in Lang::ALL {
        let path = format!("{}/../content/i18n/{}.json", env!("CARGO_MANIFEST_DIR"), lang.code());
        let whole = Texts::parse(lang, &std::fs::read_to_string(path).unwrap()).unwrap();
        let start = whole.part(Part::Start);
        for u in Ui::START {
            let key = format!("ui.{}", u.key());
            assert!(start.get(&key).is_some_and(|t| !t.trim().is_empty()), "{}.start.json lacks {key}", lang.code());
        }
    }
}

/// Issue 12, kind 14: every notice either bundle draws is named by a `data-testid`, so
/// whoever lists the page's notices (a tester, a screen-reader user's tool) gets a label
/// with each one, never an empty one.
#[test]
fn every_notice_is_named_by_a_test_id() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut unnamed = Vec::new();
    let class = regex::Regex::new(r#"class="([^"]*)""#).unwrap();
    for dir in ["src", "ui/src"] {
        let mut files = Vec::new();
        rust_files(&root.join(dir), &mut files);
        for path in files {
            let source = std::fs::read_to_string(&path).unwrap();
            // Any element whose class list holds the word `notice`, wherever it stands.
            let notices =
                class.captures_iter(&source).filter(|c| c[1].split_whitespace().any(|w| w == "notice")).map(|c| c.get(0).unwrap().start());
            for at in notices {
                let start = source[..at].rfind('<').unwrap();
                let end = at + source[at..].find('>').unwrap();
                let tag = &source[start..end];
                if !tag.contains("data-testid") {
                    unnamed.push(format!("{}: {}", path.display(), tag.split_whitespace().collect::<Vec<_>>().join(" ")));
                }
            }
        }
    }
    assert!(unnamed.is_empty(), "notices without a data-testid: {unnamed:#?}");
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Architecture invariant: only `ui/src/startup.rs` reads or changes the page's address
/// (docs/ARCHITECTURE.md); every other module asks it.
#[test]
fn only_startup_reads_the_address() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut readers = Vec::new();
    for dir in ["src", "ui/src"] {
        let mut files = Vec::new();
        rust_files(&root.join(dir), &mut files);
        for path in files.into_iter().filter(|p| !p.ends_with("ui/src/startup.rs")) {
            let source = std::fs::read_to_string(&path).unwrap();
            if source.contains(".location()") || source.contains(".history()") {
                readers.push(path.display().to_string());
            }
        }
    }
    assert!(readers.is_empty(), "modules that read or change the address themselves: {readers:#?}");
}
