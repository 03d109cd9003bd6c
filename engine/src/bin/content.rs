//! Native tools over the content, run by the scripts (never shipped to the browser):
//!
//! - `content build-texts <from dir> <to dir>`: writes each `<lang>.json` of `from`, checked
//!   and minified, as the file the app fetches, `<lang>.<hash>.json` (`text::file_name`;
//!   the hash is of `content/i18n/`, so `from` must be that folder).
//! - `content method-docs <dir>`: writes `FACILITATOR.md` (the facilitator's guide in every
//!   language) and `METHOD.<lang>.md` for Danish and English from
//!   the same method document the app shows (see `digitrappe_engine::method`); the test
//!   `engine/tests/method.rs` fails when the files in `docs/` differ from the data.

use digitrappe_engine::method::{method, to_markdown};
use digitrappe_engine::text::{file_name, Texts};
use digitrappe_engine::{builtin, Lang};
use std::path::Path;
use std::process::ExitCode;

/// The languages the method document is written in (docs/METHOD.da.md, docs/METHOD.en.md).
const METHOD_LANGS: [Lang; 2] = [Lang::Da, Lang::En];

fn read_texts(dir: &Path, lang: Lang) -> Result<Texts, String> {
    let path = dir.join(format!("{}.json", lang.code()));
    let json = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Texts::parse(lang, &json).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn build_texts(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for lang in Lang::ALL {
        let json = serde_json::to_string(&read_texts(from, lang)?).map_err(|e| e.to_string())?;
        write(&to.join(file_name(lang)), &json)?;
    }
    Ok(())
}

fn method_doc(texts_dir: &Path, lang: Lang) -> Result<String, String> {
    Ok(to_markdown(&method(&builtin::model(), &read_texts(texts_dir, lang)?)))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let texts_dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content/i18n"));
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["build-texts", from, to] => build_texts(Path::new(from), Path::new(to)),
        ["method-docs", dir] => METHOD_LANGS
            .iter()
            .try_for_each(|lang| write(&Path::new(dir).join(format!("METHOD.{}.md", lang.code())), &method_doc(texts_dir, *lang)?))
            .and_then(|()| {
                let all = Lang::ALL.iter().map(|l| read_texts(texts_dir, *l).map(|t| (*l, t))).collect::<Result<Vec<_>, _>>()?;
                let refs: Vec<(Lang, &Texts)> = all.iter().map(|(l, t)| (*l, t)).collect();
                write(&Path::new(dir).join("FACILITATOR.md"), &digitrappe_engine::guide::to_markdown(&refs))
            }),
        _ => Err("usage: content build-texts <from> <to> | method-docs <dir>".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("content: {e}");
            ExitCode::FAILURE
        }
    }
}
