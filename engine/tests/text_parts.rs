//! Rules over the app's sources that the compiler cannot see: every notice is named by a
//! test ID, and only `ui::startup` reads the address. (Every UI string is in every
//! language's one file: `Texts::parse` refuses a file without one, `content.rs` checks
//! each language, and the app loads the whole file.)

use std::path::Path;

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
