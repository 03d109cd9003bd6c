//! Compiles `content/model.json`, `content/advice.json` and `content/codebook.json` into Rust, so the browser never
//! parses them.
//!
//! The model's types are the engine's own (`src/content/model.rs`, included here by path, so
//! there is one definition): the JSON is read with their strict serde derive (unknown
//! fields are refused) and written out as a `static` in `$OUT_DIR/builtin_model.rs`, which
//! `builtin` includes. Its text and lists are `Cow::Borrowed`, so the model costs no code
//! at start-up, only read-only data. A model file that does not parse stops the build with
//! serde's message. Parsing in the browser cost about 16 KB of gzipped wasm (measured).
//!
//! `src/content/model.rs` must therefore stay self-contained (only `serde` and `std`).

#[allow(dead_code)]
#[path = "src/content/model.rs"]
mod model;

#[path = "src/formats/fnv.rs"]
mod fnv;

use model::*;
use std::borrow::Cow;
use std::fmt::Write;

/// Rust source for a value.
trait Rs {
    fn rs(&self) -> String;
}

impl Rs for Cow<'static, str> {
    fn rs(&self) -> String {
        // Debug formatting of a str is a valid Rust string literal.
        format!("Cow::Borrowed({:?})", self.as_ref())
    }
}

macro_rules! rs_literal {
    ($($t:ty),*) => { $(impl Rs for $t { fn rs(&self) -> String { self.to_string() } })* };
}
rs_literal!(u8, u32, bool);

impl<T: Rs + Clone> Rs for Cow<'static, [T]> {
    fn rs(&self) -> String {
        let items: Vec<String> = self.iter().map(Rs::rs).collect();
        format!("Cow::Borrowed(&[{}])", items.join(", "))
    }
}

impl<T: Rs> Rs for Option<T> {
    fn rs(&self) -> String {
        self.as_ref().map_or_else(|| "None".to_string(), |v| format!("Some({})", v.rs()))
    }
}

impl Rs for QuestionId {
    fn rs(&self) -> String {
        format!("QuestionId({})", self.0.rs())
    }
}

macro_rules! rs_enum {
    ($($t:ident),*) => { $(impl Rs for $t { fn rs(&self) -> String { format!("{}::{self:?}", stringify!($t)) } })* };
}
rs_enum!(Axis, Role, Stage, Effort, Country);

/// `Name { field: value, ... }` for a struct of the model.
macro_rules! rs_struct {
    ($($name:ident { $($field:ident),* })*) => {$(
        impl Rs for $name {
            fn rs(&self) -> String {
                let mut out = format!("{} {{ ", stringify!($name));
                $( let _ = write!(out, "{}: {}, ", stringify!($field), self.$field.rs()); )*
                out.push('}');
                out
            }
        }
    )*};
}

rs_struct! {
    Model { version, steps, dimensions, scales, profile, questions, retired, provisional, crosswalks, context, documents }
    Step { id, threshold_percent, min_evidence }
    Retired { id, content }
    Document { id, sections }
    DocumentSection { id, from }
    Citation { doc, from, to, quote }
    Dimension { id, weight, targets }
    Scale { id, options }
    ScaleOption { value, score, in_place }
    ProfileOptions { industries, sizes }
    Question { id, dimension, role, steps, axis, scale, not_relevant, dont_know, weight, sources }
    ProvisionalRule { min_answered_percent, max_unknown_percent }
    Crosswalks { dma, dii }
    DmaMapping { source, bands, dimensions }
    Band { id, min }
    DmaDimension { id, questions }
    DiiMapping { source, levels, indicators }
    DiiIndicator { id, any }
    AnswerAtLeast { question, min }
    ContextFigure { id, question, industry, country, source }
    AdviceData { help_types, actions, catalogue, routing, project_kinds, floors, early_floors }
    Floor { question, min, from_step, second_if_in_place }
    Conditions { min_fte, max_fte, projects, requires }
    Action { id, steps, closes, stage, axis, effort, help, industries, unsuited, sizes, requires, for_answers, project, sources }
    HelpEntry { id, country, kind, steps, url, dimensions, conditions, sources }
    Routing { specialist_from_step, basic, specialist }
    CodeBook { comment, versions }
    CodeBookVersion { content, industries, sizes, steps, slots }
    Slot { question, options }
}

fn read(path: &str) -> String {
    println!("cargo::rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// FNV-1a (64 bits) over the language files' names and bytes and `src/content/text.rs` (which
/// writes them), as 12 hex digits.
fn texts_hash() -> String {
    let dir = "../content/i18n";
    println!("cargo::rerun-if-changed={dir}");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {dir}: {e}"))
        .map(|e| e.expect("a directory entry").file_name().into_string().expect("a UTF-8 file name"))
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    // How the built files are written is decided in code (`Texts` in src/content/text.rs):
    // a change there may change the files, so it changes their name too.
    let mut paths: Vec<String> = names.iter().map(|n| format!("{dir}/{n}")).collect();
    paths.push("src/content/text.rs".into());
    fnv(&paths)
}

/// FNV-1a (64 bits) over the files' names and bytes, as 12 hex digits.
fn fnv(paths: &[String]) -> String {
    let bytes: Vec<u8> = paths.iter().flat_map(|name| name.bytes().chain([0]).chain(read(name).into_bytes())).collect();
    format!("{:012x}", fnv::fnv1a(bytes) >> 16)
}

fn main() {
    println!("cargo::rerun-if-changed=src/content/model.rs");
    let path = "../content/model.json";
    let mut model = Model::parse(&read(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let advice_path = "../content/advice.json";
    let mut advice = AdviceData::parse(&read(advice_path)).unwrap_or_else(|e| panic!("{advice_path}: {e}"));
    // The app never shows where an action or a help entry comes from, nor the words a
    // citation quotes (the native tests check them against the seed files); the
    // WebAssembly bundles leave them out.
    if wasm {
        advice.actions.to_mut().iter_mut().for_each(|a| a.sources = Default::default());
        advice.catalogue.to_mut().iter_mut().for_each(|e| e.sources = Default::default());
        for q in model.questions.to_mut() {
            q.sources.to_mut().iter_mut().for_each(|c| c.quote = Default::default());
        }
    }
    let book_path = "../content/codebook.json";
    let book = CodeBook::parse(&read(book_path)).unwrap_or_else(|e| panic!("{book_path}: {e}"));
    let code = format!(
        "// Generated by engine/build.rs from content/model.json. Do not edit.\n\
         /// The model that ships with the app, compiled from `content/model.json`.\n\
         pub static MODEL: Model = {};\n\n\
         /// The model that ships with the app (a cheap copy of [`MODEL`]: its text is borrowed).\n\
         pub fn model() -> Model {{\n    MODEL.clone()\n}}\n\n\
         /// The content version of [`MODEL`], without linking the model itself.\n\
         pub const VERSION: &str = {:?};\n\
         /// How many questions [`MODEL`] asks.\n\
         pub const QUESTION_COUNT: usize = {};\n\
         /// About how many minutes [`MODEL`] takes to answer (see `Model::minutes_to_answer`).\n\
         pub const MINUTES_TO_ANSWER: u32 = {};\n\n\
         /// The advice content, compiled from `content/advice.json`.\n\
         pub static ADVICE: AdviceData = {};\n\n\
         /// The advice content that ships with the app (a cheap copy of [`ADVICE`]).\n\
         pub fn advice() -> AdviceData {{\n    ADVICE.clone()\n}}\n\n\
         /// The share code's code book, compiled from `content/codebook.json`.\n\
         pub static CODEBOOK: CodeBook = {};\n",
        model.rs(),
        model.version.as_ref(),
        model.questions.len(),
        model.minutes_to_answer(),
        advice.rs(),
        book.rs()
    );
    let code = format!(
        "{code}\n/// A hash of the language files (`content/i18n/*.json`): their addresses carry it, so a\n\
         /// browser or CDN never serves one version's texts to another.\n\
         pub const TEXTS_VERSION: &str = {:?};\n",
        texts_hash()
    );
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin_model.rs");
    std::fs::write(&out, code).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
