//! The site configuration (`config.json`): what an embedding site (a cluster, an
//! Erhvervshus, a næringshage) adds to the app: its own help entries and contact people,
//! the country of its catalogue, and the kinds of help that do not apply.
//!
//! It also says how the app looks and behaves on the site (`mode`, `lang`, `theme`, `logo`,
//! `idleSeconds`, `publicUrl`): [`presentation`] reads only those, leniently, from a file
//! with no problem it can see ("Embed on your website" starts from them; a failing file
//! that names a kiosk keeps the kiosk); both readers check each of these fields with the
//! same code ([`Presentation`]).
//!
//! Owns the format and its strict, total reading: every problem is named by the field it
//! is in (`contacts[1].email`) and what is wrong with it, so the site owner can fix it on
//! the app's check page. A configuration with any problem is not used at all: visitors see
//! a neutral notice and the built-in catalogue. Does not fetch anything (the app does, and
//! refuses a `?config=` address other than the site's own configuration files before any
//! request: see [`config_address`]).

use crate::mode::{Mode, IDLE_RANGE};
use crate::model::{AdviceData, Country, Model};
use crate::text::{fill, Texts, Ui};
use crate::theme::{self, Checked, Rgb, Theme};
use crate::Lang;
use serde_json::{Map, Value};

/// The largest configuration file read (a logo as a data URL may come to 50 KB).
pub const MAX_BYTES: usize = 200_000;
/// The most help entries or contacts a configuration may list.
pub const MAX_ITEMS: usize = 50;
/// The format version this code reads.
pub const VERSION: u64 = 1;
/// The longest logo data URL accepted (50 KB), in bytes (a data URL is ASCII).
pub const MAX_LOGO_BYTES: usize = 51_200;
/// The image types a logo may be: `data:image/<type>;base64,...`.
pub const LOGO_TYPES: [&str; 4] = ["png", "jpeg", "webp", "svg+xml"];

/// A text the site gives either once (in its own language) or per language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalText {
    /// Per language, in `Lang::ALL` order.
    by_lang: [Option<String>; 3],
}

impl LocalText {
    pub fn one(text: &str) -> LocalText {
        LocalText { by_lang: [Some(text.into()), Some(text.into()), Some(text.into())] }
    }

    /// The text in `lang`, else in Danish, Norwegian or English (the first given).
    pub fn get(&self, lang: Lang) -> &str {
        self.by_lang[lang.index()].as_deref().or_else(|| self.by_lang.iter().flatten().next().map(String::as_str)).unwrap_or_default()
    }
}

/// A way to reach a person or an organisation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reach {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
}

/// A help entry of the site's own: added to the catalogue, or replacing a built-in one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteEntry {
    pub id: String,
    /// The built-in entry it takes the place of.
    pub replaces: Option<String>,
    /// One of the help types.
    pub kind: String,
    pub name: LocalText,
    pub offers: LocalText,
    pub reach: Reach,
    /// The steps and dimensions it fits (empty: all).
    pub steps: Vec<u8>,
    pub dimensions: Vec<String>,
}

/// A contact person of the site (the only people the app ever names).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub role: LocalText,
    pub reach: Reach,
    pub steps: Vec<u8>,
    pub dimensions: Vec<String>,
}

/// A site configuration that passed every check.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteConfig {
    pub country: Option<Country>,
    /// The site's own name, as it presents the contacts.
    pub organisation: Option<LocalText>,
    /// The app's public address, used in share links and QR codes (a kiosk's or an
    /// intranet's own address is no use on a visitor's phone).
    pub public_url: Option<String>,
    pub hide_types: Vec<String>,
    pub entries: Vec<SiteEntry>,
    pub contacts: Vec<Contact>,
    /// How the app is used on the site (the address's `?mode=` wins).
    pub mode: Option<Mode>,
    /// The site's default language (the address's `?lang=` and the visitor's choice win).
    pub lang: Option<Lang>,
    /// The site's colours, each checked for contrast (too light ones darkened).
    pub theme: Theme,
    /// The site's logo as a `data:image/...;base64,` URL (never a web address).
    pub logo: Option<String>,
    /// The kiosk's idle time before its countdown (the address's `?idle=` wins).
    pub idle_seconds: Option<u32>,
}

impl SiteConfig {
    /// The fields the start screen uses, as [`presentation`] reads them.
    pub fn presentation(&self) -> Presentation {
        Presentation {
            mode: self.mode,
            lang: self.lang,
            theme: self.theme,
            logo: self.logo.clone(),
            public_url: self.public_url.clone(),
            idle_seconds: self.idle_seconds,
        }
    }
}

/// How the app looks and behaves on the site: what [`presentation`] reads from the
/// configuration, leniently.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Presentation {
    pub mode: Option<Mode>,
    pub lang: Option<Lang>,
    pub theme: Theme,
    pub logo: Option<String>,
    pub public_url: Option<String>,
    pub idle_seconds: Option<u32>,
}

/// What is wrong, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The field, e.g. `contacts[1].email`; empty for the file as a whole.
    pub field: String,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// Not JSON: where the parser stopped (the parser's own words go to no one: they are
    /// English and name its internals).
    NotJson {
        line: usize,
        column: usize,
    },
    TooLarge {
        bytes: usize,
    },
    UnknownField,
    /// The wrong kind of value: `expected` says which ("text", "number", "list", ...).
    WrongType {
        expected: &'static str,
    },
    Missing,
    Empty,
    UnsupportedVersion,
    /// A value outside a fixed set: `allowed` lists the set.
    NotAllowed {
        allowed: String,
    },
    UnknownEntry,
    Duplicate,
    BadEmail,
    BadPhone,
    BadUrl,
    /// A person or entry with neither e-mail, phone nor web address.
    NoWayToReach,
    TooMany,
    /// Not a colour as `#rrggbb` or `#rgb`. (A colour that is too light is not a problem:
    /// it is darkened, see [`theme::checked`].)
    BadColour,
    /// Not a `data:image/(png|jpeg|webp|svg+xml);base64,...` URL with an image in it.
    BadLogo,
    /// The logo's data URL is longer than [`MAX_LOGO_BYTES`].
    LogoTooLarge {
        bytes: usize,
    },
    /// A number that is not a whole number from `min` to `max`.
    OutOfRange {
        min: u32,
        max: u32,
    },
}

impl Problem {
    fn at(field: &str, kind: ProblemKind) -> Problem {
        Problem { field: field.to_string(), kind }
    }
}

/// What the check page says about one problem: "contacts[1].email is not an e-mail address".
pub fn describe(problem: &Problem, t: &Texts) -> String {
    let field = if problem.field.is_empty() { t.ui(Ui::ConfigWholeFile) } else { problem.field.as_str() };
    let (template, extra): (Ui, Vec<(&str, String)>) = match &problem.kind {
        ProblemKind::NotJson { line, column } => {
            (Ui::ConfigProblemNotJson, vec![("line", line.to_string()), ("column", column.to_string())])
        }
        ProblemKind::TooLarge { bytes } => (Ui::ConfigProblemTooLarge, vec![("bytes", bytes.to_string()), ("max", MAX_BYTES.to_string())]),
        ProblemKind::UnknownField => (Ui::ConfigProblemUnknownField, vec![]),
        ProblemKind::WrongType { expected } => {
            let word = match *expected {
                "number" => Ui::TypeNumber,
                "list" => Ui::TypeList,
                "object" => Ui::TypeObject,
                _ => Ui::TypeText,
            };
            (Ui::ConfigProblemWrongType, vec![("expected", t.ui(word).to_string())])
        }
        ProblemKind::Missing => (Ui::ConfigProblemMissing, vec![]),
        ProblemKind::Empty => (Ui::ConfigProblemEmpty, vec![]),
        ProblemKind::UnsupportedVersion => (Ui::ConfigProblemUnsupportedVersion, vec![]),
        ProblemKind::NotAllowed { allowed } => (Ui::ConfigProblemNotAllowed, vec![("allowed", allowed.clone())]),
        ProblemKind::UnknownEntry => (Ui::ConfigProblemUnknownEntry, vec![]),
        ProblemKind::Duplicate => (Ui::ConfigProblemDuplicate, vec![]),
        ProblemKind::BadEmail => (Ui::ConfigProblemBadEmail, vec![]),
        ProblemKind::BadPhone => (Ui::ConfigProblemBadPhone, vec![]),
        ProblemKind::BadUrl => (Ui::ConfigProblemBadUrl, vec![]),
        ProblemKind::NoWayToReach => (Ui::ConfigProblemNoWayToReach, vec![]),
        ProblemKind::TooMany => (Ui::ConfigProblemTooMany, vec![("max", MAX_ITEMS.to_string())]),
        ProblemKind::BadColour => (Ui::ConfigProblemBadColour, vec![]),
        ProblemKind::BadLogo => (Ui::ConfigProblemBadLogo, vec![]),
        ProblemKind::LogoTooLarge { bytes } => {
            (Ui::ConfigProblemLogoTooLarge, vec![("bytes", bytes.to_string()), ("max", MAX_LOGO_BYTES.to_string())])
        }
        ProblemKind::OutOfRange { min, max } => (Ui::ConfigProblemOutOfRange, vec![("min", min.to_string()), ("max", max.to_string())]),
    };
    let mut values: Vec<(&str, &str)> = vec![("field", field)];
    values.extend(extra.iter().map(|(k, v)| (*k, v.as_str())));
    fill(t.ui(template), &values)
}

/// The folder, next to the app, for a site's other configuration files (`?config=`).
pub const SITES_FOLDER: &str = "sites";

/// Whether a `?config=` value may be fetched: only the site's own configuration files,
/// `config.json` next to the app or `sites/<name>.json` (a name of letters, digits, `-`
/// and `_`, at most 64), so a JSON file placed anywhere else on the site (an upload folder,
/// another app) can never act as the configuration. The app still checks that the resolved
/// address has the page's origin before it fetches.
pub fn config_address(value: &str) -> bool {
    if value == "config.json" {
        return true;
    }
    let name = value.strip_prefix(SITES_FOLDER).and_then(|v| v.strip_prefix('/')).and_then(|v| v.strip_suffix(".json"));
    name.is_some_and(|n| {
        (1..=64).contains(&n.len())
            && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            && n.starts_with(|c: char| c.is_ascii_alphanumeric())
    })
}

/// An e-mail address, read strictly (it becomes a `mailto:` link): one `@`; a local part of
/// letters ([`letter_or_digit`]), digits and `. _ + - ' !`; a domain ([`is_host`]) of
/// dot-separated labels of letters, digits and inner hyphens. No spaces, controls,
/// invisible characters, look-alike full stops, `%` (an encoded line break is a header
/// injection), `?`, `&` or anything else a link could carry.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local.chars().all(|c| letter_or_digit(c) || matches!(c, '.' | '_' | '+' | '-' | '\'' | '!'));
    local_ok && is_host(domain) && s.len() <= 254
}

/// An ASCII letter or digit, or a Latin letter with a diacritic or of a Nordic alphabet
/// (`æ ø å ä ö ü é`, the Sami `á č đ ŋ š ŧ ž`, U+00C0..U+024F and U+1E00..U+1EFF): the
/// letters of a Danish or Norwegian domain such as `køge.dk`. Nothing else outside ASCII,
/// because URL parsers and mail programs fold other characters into something else: the
/// look-alike full stops `。` `．` `｡` `﹒` (and `⒈`, "1.") into a dot, so that
/// `https://www.example.dk。evil.example/` opens a page of `evil.example`; soft hyphens,
/// zero-width and other invisible characters into nothing; `／` `＠` `：` into `/` `@` `:`;
/// and a letter of another script can pass for a Latin one. A domain in another script is
/// given in its `xn--` form. A range check, without the Unicode tables
/// `char::is_alphanumeric` would add to the start screen's bundle.
fn letter_or_digit(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
            // Multiplication and division sign; the click letters `ǀ ǁ ǂ ǃ`, which look like `| ‖ ǂ !`;
            // letters a browser's IDNA mapping turns into other letters (`ſ` -> `s`, `ß` ->
            // `ss`, `ĳ` -> `ij`, `ŀ` -> `l·`, `ŉ`, the digraphs `Ǆ`…`ǌ`, `Ǳ`…`ǳ`, `ẚ ẛ ẞ`), so
            // an address never opens another host than the one it shows.
            && !matches!(c, '\u{00D7}' | '\u{00F7}' | '\u{01C0}'..='\u{01C3}' | '\u{00DF}' | '\u{0132}' | '\u{0133}' | '\u{013F}'
                | '\u{0140}' | '\u{0149}' | '\u{017F}' | '\u{01C4}'..='\u{01CC}' | '\u{01F1}'..='\u{01F3}' | '\u{1E9A}'..='\u{1E9B}' | '\u{1E9E}'))
}

/// A host name: at least two dot-separated labels (ASCII `.` only) of 1 to 63 letters
/// ([`letter_or_digit`]: ASCII, `xn--` labels included, or Latin) and digits with inner
/// hyphens.
fn is_host(host: &str) -> bool {
    host.len() <= 253
        && host.contains('.')
        && host.split('.').all(|l| {
            !l.is_empty() && l.len() <= 63 && !l.starts_with('-') && !l.ends_with('-') && l.chars().all(|c| letter_or_digit(c) || c == '-')
        })
}

/// Plausible phone number: digits with spaces, `+`, `-` or parentheses, at least six digits.
pub fn is_phone(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')')) && s.chars().filter(char::is_ascii_digit).count() >= 6
}

/// An absolute web address, read strictly: `https://` or `http://`, a host name
/// ([`is_host`]: no look-alike full stop or other character a browser folds into
/// something else) and an optional port, no user-info
/// (`https://www.example.dk@evil.example/` names the host `evil.example`), and nowhere a
/// space, control character, invisible character ([`crate::typed::is_invisible`]),
/// backslash, quote or a percent-encoded control character.
pub fn is_web_address(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://")) else { return false };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let (host, port) = authority.split_once(':').unwrap_or((authority, ""));
    let port_ok =
        (port.is_empty() && !authority.ends_with(':')) || (!port.is_empty() && port.len() <= 5 && port.chars().all(|c| c.is_ascii_digit()));
    // %00-%1F and %7F: an encoded control character (a line break into a header).
    let encoded_control = s.split('%').skip(1).any(|rest| {
        let b = rest.as_bytes();
        b.len() >= 2 && (matches!(b[0], b'0' | b'1') && b[1].is_ascii_hexdigit() || b[0] == b'7' && matches!(b[1], b'f' | b'F'))
    });
    !authority.contains('@')
        && is_host(host)
        && port_ok
        && !encoded_control
        && !s.chars().any(|c| c.is_whitespace() || c.is_control() || crate::typed::is_invisible(c) || matches!(c, '"' | '\\' | '<' | '>'))
}

/// What the check page says about a colour the app darkened: "theme.primary: #ffcc00
/// (1.6:1 against white) is too light; the app uses #806600 (4.5:1)".
pub fn describe_adjusted(field: &str, colour: &Checked, t: &Texts) -> String {
    // Rounded down, so that 4.48 (too light) never reads as 4.5.
    let ratio = |r: f32| format!("{:.1}", (r * 10.0).floor() / 10.0);
    fill(
        t.ui(Ui::ConfigColourAdjusted),
        &[
            ("field", field),
            ("given", &colour.given.hex()),
            ("ratio_given", &ratio(colour.ratio_given)),
            ("used", &colour.used.hex()),
            ("ratio_used", &ratio(colour.ratio_used)),
        ],
    )
}

/// Whether `url` is a logo the app shows: a `data:image/<type>;base64,` URL of one of
/// [`LOGO_TYPES`], at most [`MAX_LOGO_BYTES`] long, whose content is valid base64 and
/// looks like an image of that type. `None` if it is; the problem if not.
pub fn logo_problem(url: &str) -> Option<ProblemKind> {
    let Some((kind, body)) = url.strip_prefix("data:image/").and_then(|rest| rest.split_once(";base64,")) else {
        return Some(ProblemKind::BadLogo);
    };
    if !LOGO_TYPES.contains(&kind) {
        return Some(ProblemKind::BadLogo);
    }
    if url.len() > MAX_LOGO_BYTES {
        return Some(ProblemKind::LogoTooLarge { bytes: url.len() });
    }
    match crate::base64::decode(body) {
        Some(bytes) if looks_like(kind, &bytes) => None,
        _ => Some(ProblemKind::BadLogo),
    }
}

/// Whether `bytes` start as an image of `kind` (one of [`LOGO_TYPES`]) does.
pub(crate) fn looks_like(kind: &str, bytes: &[u8]) -> bool {
    match kind {
        "png" => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "jpeg" => bytes.starts_with(&[0xff, 0xd8, 0xff]),
        "webp" => bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP",
        "svg+xml" => std::str::from_utf8(bytes).is_ok_and(|s| s.contains("<svg")),
        _ => false,
    }
}

/// A text field: trimmed, not blank.
fn text_value(value: &Value) -> Result<String, ProblemKind> {
    match value {
        Value::String(s) if s.trim().is_empty() => Err(ProblemKind::Empty),
        Value::String(s) => Ok(s.trim().to_string()),
        _ => Err(ProblemKind::WrongType { expected: "text" }),
    }
}

/// One of a fixed set of codes.
fn code_value<T>(value: &Value, all: &[T], code: impl Fn(&T) -> &'static str) -> Result<T, ProblemKind>
where
    T: Copy,
{
    let text = text_value(value)?;
    all.iter()
        .copied()
        .find(|item| code(item) == text)
        .ok_or_else(|| ProblemKind::NotAllowed { allowed: all.iter().map(code).collect::<Vec<_>>().join(", ") })
}

fn colour_value(value: &Value) -> Result<Checked, ProblemKind> {
    Rgb::parse(&text_value(value)?).map(theme::checked).ok_or(ProblemKind::BadColour)
}

/// The value, or `None` with its problem noted.
fn keep<T>(problems: &mut Vec<Problem>, field: &str, result: Result<T, ProblemKind>) -> Option<T> {
    result.map_err(|kind| problems.push(Problem::at(field, kind))).ok()
}

/// Reads the presentation fields of a configuration object (`mode`, `lang`, `theme`,
/// `logo`, `publicUrl`, `idleSeconds`): each valid one, and the problem with each other
/// one. The strict and the lenient reader both use this, so they agree on every field.
fn read_presentation(map: &Map<String, Value>) -> (Presentation, Vec<Problem>) {
    let mut problems = Vec::new();
    let mode = map.get("mode").and_then(|v| keep(&mut problems, "mode", code_value(v, &Mode::ALL, |m| m.code())));
    let lang = map.get("lang").and_then(|v| keep(&mut problems, "lang", code_value(v, &Lang::ALL, |l| l.code())));
    let logo = map.get("logo").and_then(|v| {
        let logo = text_value(v).and_then(|url| logo_problem(&url).map_or(Ok(url), Err));
        keep(&mut problems, "logo", logo)
    });
    let public_url = map.get("publicUrl").and_then(|v| {
        let url = text_value(v).and_then(|u| if is_web_address(&u) { Ok(u) } else { Err(ProblemKind::BadUrl) });
        keep(&mut problems, "publicUrl", url)
    });
    let idle_seconds = map.get("idleSeconds").and_then(|v| {
        let seconds = match v {
            Value::Number(n) => n
                .as_u64()
                .and_then(|s| u32::try_from(s).ok())
                .filter(|s| IDLE_RANGE.contains(s))
                .ok_or(ProblemKind::OutOfRange { min: *IDLE_RANGE.start(), max: *IDLE_RANGE.end() }),
            _ => Err(ProblemKind::WrongType { expected: "number" }),
        };
        keep(&mut problems, "idleSeconds", seconds)
    });
    let mut theme = Theme::default();
    match map.get("theme") {
        None => {}
        Some(Value::Object(colours)) => {
            for (key, value) in colours {
                let field = format!("theme.{key}");
                match key.as_str() {
                    "primary" => theme.primary = keep(&mut problems, &field, colour_value(value)),
                    "accent" => theme.accent = keep(&mut problems, &field, colour_value(value)),
                    _ => problems.push(Problem::at(&field, ProblemKind::UnknownField)),
                }
            }
        }
        Some(_) => problems.push(Problem::at("theme", ProblemKind::WrongType { expected: "object" })),
    }
    (Presentation { mode, lang, theme, logo, public_url, idle_seconds }, problems)
}

/// Reads the presentation fields of a configuration text leniently: only from a file with
/// no problem this reader can see (JSON, size, version, no unknown field, every
/// presentation field valid), otherwise nothing. Never fails ("Embed on your website" shows
/// the colours of the file it starts from). The app applies only what the strict [`parse`]
/// accepts.
pub fn presentation(json: &str) -> Presentation {
    if json.len() > MAX_BYTES {
        return Presentation::default();
    }
    let Ok(Value::Object(map)) = serde_json::from_str::<Value>(json) else { return Presentation::default() };
    // Every field known, and the comment text (as the strict check wants it).
    let known = KNOWN.iter().filter(|k| map.contains_key(**k)).count() == map.len() && map.get("comment").is_none_or(Value::is_string);
    let version = map.get("version").and_then(Value::as_u64) == Some(VERSION);
    match read_presentation(&map) {
        (presentation, problems) if known && version && problems.is_empty() => presentation,
        _ => Presentation::default(),
    }
}

/// The fields a configuration may have.
const KNOWN: [&str; 13] = [
    "version",
    "comment",
    "publicUrl",
    "mode",
    "lang",
    "theme",
    "logo",
    "idleSeconds",
    "country",
    "organisation",
    "hideTypes",
    "helpEntries",
    "contacts",
];

/// Reads a site configuration, or says everything that is wrong with it.
pub fn parse(json: &str, model: &Model, data: &AdviceData) -> Result<SiteConfig, Vec<Problem>> {
    if json.len() > MAX_BYTES {
        return Err(vec![Problem::at("", ProblemKind::TooLarge { bytes: json.len() })]);
    }
    let value: Value =
        serde_json::from_str(json).map_err(|e| vec![Problem::at("", ProblemKind::NotJson { line: e.line(), column: e.column() })])?;
    let mut r = Reader { problems: Vec::new(), model, data };
    let config = r.config(&value);
    if r.problems.is_empty() {
        Ok(config)
    } else {
        Err(r.problems)
    }
}

struct Reader<'a> {
    problems: Vec<Problem>,
    model: &'a Model,
    data: &'a AdviceData,
}

impl Reader<'_> {
    fn problem(&mut self, field: &str, kind: ProblemKind) {
        self.problems.push(Problem::at(field, kind));
    }

    /// The object at `field`, reporting fields outside `known`.
    fn object<'v>(&mut self, field: &str, value: &'v Value, known: &[&str]) -> Option<&'v Map<String, Value>> {
        let Some(map) = value.as_object() else {
            self.problem(field, ProblemKind::WrongType { expected: "object" });
            return None;
        };
        for key in map.keys().filter(|k| !known.contains(&k.as_str())) {
            let path = if field.is_empty() { key.clone() } else { format!("{field}.{key}") };
            self.problem(&path, ProblemKind::UnknownField);
        }
        Some(map)
    }

    fn text(&mut self, field: &str, value: Option<&Value>, required: bool) -> Option<String> {
        match value {
            None if required => {
                self.problem(field, ProblemKind::Missing);
                None
            }
            None => None,
            Some(v) => match text_value(v) {
                Ok(text) => Some(text),
                Err(kind) => {
                    self.problem(field, kind);
                    None
                }
            },
        }
    }

    /// A text given once, or per language as `{"da": ..., "en": ..., "nb": ...}`.
    fn local_text(&mut self, field: &str, value: Option<&Value>, required: bool) -> Option<LocalText> {
        match value {
            Some(Value::Object(_)) => {
                let map = self.object(field, value?, &["da", "en", "nb"])?;
                let mut text = LocalText::default();
                for lang in Lang::ALL {
                    text.by_lang[lang.index()] = self.text(&format!("{field}.{}", lang.code()), map.get(lang.code()), false);
                }
                if text.by_lang.iter().all(Option::is_none) {
                    self.problem(field, ProblemKind::Empty);
                    return None;
                }
                Some(text)
            }
            other => self.text(field, other, required).map(|s| LocalText::one(&s)),
        }
    }

    fn list<'v>(&mut self, field: &str, value: Option<&'v Value>) -> &'v [Value] {
        match value {
            None => &[],
            Some(Value::Array(items)) if items.len() > MAX_ITEMS => {
                self.problem(field, ProblemKind::TooMany);
                &[]
            }
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.problem(field, ProblemKind::WrongType { expected: "list" });
                &[]
            }
        }
    }

    fn steps(&mut self, field: &str, value: Option<&Value>) -> Vec<u8> {
        let mut steps = Vec::new();
        for (i, v) in self.list(field, value).iter().enumerate() {
            match v.as_u64().and_then(|n| u8::try_from(n).ok()).filter(|s| self.model.step(*s).is_some()) {
                Some(s) => steps.push(s),
                None => self.problem(&format!("{field}[{i}]"), ProblemKind::NotAllowed { allowed: "1, 2, 3, 4, 5".into() }),
            }
        }
        steps
    }

    fn one_of(&mut self, field: &str, value: &Value, allowed: &[&str]) -> Option<String> {
        match value.as_str() {
            Some(s) if allowed.contains(&s) => Some(s.to_string()),
            Some(_) => {
                self.problem(field, ProblemKind::NotAllowed { allowed: allowed.join(", ") });
                None
            }
            None => {
                self.problem(field, ProblemKind::WrongType { expected: "text" });
                None
            }
        }
    }

    fn dimensions(&mut self, field: &str, value: Option<&Value>) -> Vec<String> {
        let model = self.model;
        let allowed: Vec<&str> = model.dimensions.iter().map(|d| d.id.as_ref()).collect();
        let items = self.list(field, value);
        items.iter().enumerate().filter_map(|(i, v)| self.one_of(&format!("{field}[{i}]"), v, &allowed)).collect()
    }

    fn help_type(&mut self, field: &str, value: &Value) -> Option<String> {
        let data = self.data;
        let allowed: Vec<&str> = data.help_types.iter().map(|t| t.as_ref()).collect();
        self.one_of(field, value, &allowed)
    }

    fn reach(&mut self, field: &str, map: &Map<String, Value>) -> Reach {
        let email = self.text(&format!("{field}.email"), map.get("email"), false);
        let phone = self.text(&format!("{field}.phone"), map.get("phone"), false);
        let url = self.text(&format!("{field}.url"), map.get("url"), false);
        if email.as_deref().is_some_and(|e| !is_email(e)) {
            self.problem(&format!("{field}.email"), ProblemKind::BadEmail);
        }
        if phone.as_deref().is_some_and(|p| !is_phone(p)) {
            self.problem(&format!("{field}.phone"), ProblemKind::BadPhone);
        }
        if url.as_deref().is_some_and(|u| !is_web_address(u)) {
            self.problem(&format!("{field}.url"), ProblemKind::BadUrl);
        }
        if email.is_none() && phone.is_none() && url.is_none() && !["email", "phone", "url"].iter().any(|k| map.contains_key(*k)) {
            self.problem(field, ProblemKind::NoWayToReach);
        }
        Reach { email, phone, url }
    }

    fn config(&mut self, value: &Value) -> SiteConfig {
        let Some(map) = self.object("", value, &KNOWN) else { return SiteConfig::default() };
        match map.get("version") {
            None => self.problem("version", ProblemKind::Missing),
            Some(v) if v.as_u64() == Some(VERSION) => {}
            Some(v) if v.is_u64() => self.problem("version", ProblemKind::UnsupportedVersion),
            Some(_) => self.problem("version", ProblemKind::WrongType { expected: "number" }),
        }
        if map.get("comment").is_some_and(|c| !c.is_string()) {
            self.problem("comment", ProblemKind::WrongType { expected: "text" });
        }
        let country = map.get("country").and_then(|c| self.one_of("country", c, &["dk", "no"])).map(|c| match c.as_str() {
            "no" => Country::No,
            _ => Country::Dk,
        });
        let organisation = self.local_text("organisation", map.get("organisation"), false);
        let (presentation, problems) = read_presentation(map);
        self.problems.extend(problems);
        let Presentation { mode, lang, theme, logo, public_url, idle_seconds } = presentation;
        let hide: Vec<Value> = self.list("hideTypes", map.get("hideTypes")).to_vec();
        let hide_types = hide.iter().enumerate().filter_map(|(i, v)| self.help_type(&format!("hideTypes[{i}]"), v)).collect();

        let mut entries: Vec<SiteEntry> = Vec::new();
        let items: Vec<Value> = self.list("helpEntries", map.get("helpEntries")).to_vec();
        for (i, item) in items.iter().enumerate() {
            let field = format!("helpEntries[{i}]");
            const ENTRY: [&str; 10] = ["id", "replaces", "type", "name", "offers", "email", "phone", "url", "steps", "dimensions"];
            let Some(m) = self.object(&field, item, &ENTRY) else { continue };
            let id = self.text(&format!("{field}.id"), m.get("id"), true);
            if let Some(id) = &id {
                if entries.iter().any(|e| &e.id == id) || self.data.catalogue.iter().any(|c| c.id == id.as_str()) {
                    self.problem(&format!("{field}.id"), ProblemKind::Duplicate);
                }
            }
            let replaces = self.text(&format!("{field}.replaces"), m.get("replaces"), false);
            if let Some(r) = &replaces {
                if !self.data.catalogue.iter().any(|c| c.id == r.as_str()) {
                    self.problem(&format!("{field}.replaces"), ProblemKind::UnknownEntry);
                }
            }
            let kind = match m.get("type") {
                None => {
                    self.problem(&format!("{field}.type"), ProblemKind::Missing);
                    None
                }
                Some(t) => self.help_type(&format!("{field}.type"), t),
            };
            let name = self.local_text(&format!("{field}.name"), m.get("name"), true);
            let offers = self.local_text(&format!("{field}.offers"), m.get("offers"), false).unwrap_or_default();
            let reach = self.reach(&field, m);
            let steps = self.steps(&format!("{field}.steps"), m.get("steps"));
            let dimensions = self.dimensions(&format!("{field}.dimensions"), m.get("dimensions"));
            if let (Some(id), Some(kind), Some(name)) = (id, kind, name) {
                entries.push(SiteEntry { id, replaces, kind, name, offers, reach, steps, dimensions });
            }
        }

        let mut contacts = Vec::new();
        let items: Vec<Value> = self.list("contacts", map.get("contacts")).to_vec();
        for (i, item) in items.iter().enumerate() {
            let field = format!("contacts[{i}]");
            const CONTACT: [&str; 7] = ["name", "role", "email", "phone", "url", "steps", "dimensions"];
            let Some(m) = self.object(&field, item, &CONTACT) else { continue };
            let name = self.text(&format!("{field}.name"), m.get("name"), true);
            let role = self.local_text(&format!("{field}.role"), m.get("role"), false).unwrap_or_default();
            let reach = self.reach(&field, m);
            let steps = self.steps(&format!("{field}.steps"), m.get("steps"));
            let dimensions = self.dimensions(&format!("{field}.dimensions"), m.get("dimensions"));
            if let Some(name) = name {
                contacts.push(Contact { name, role, reach, steps, dimensions });
            }
        }
        SiteConfig { country, organisation, public_url, hide_types, entries, contacts, mode, lang, theme, logo, idle_seconds }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_site_s_own_configuration_files_may_be_named() {
        for ok in ["config.json", "sites/midt.json", "sites/Erhvervshus_Midt-2.json"] {
            assert!(config_address(ok), "{ok}");
        }
        for bad in [
            "",
            "https://evil.example/config.json",
            "//evil.example/c.json",
            "javascript:alert(1)",
            "data:application/json,{}",
            "\\\\evil\\c.json",
            "/\\evil.example",
            "config.json\n",
            "mailto:x@y.dk",
            // Any other JSON file on the site: an upload folder, another app, a path out.
            "uploads/config.json",
            "/configs/midt.json",
            "./config.json",
            "../shared/config.json",
            "sites/../uploads/x.json",
            "sites/a/b.json",
            "sites/.json",
            "sites/-x.json",
            "sites/midt.json?v=2",
            "sites/midt.json#x",
            "sites/midt.JSON",
            "sites/m%2e.json",
            "config.json?x",
        ] {
            assert!(!config_address(bad), "{bad:?}");
        }
        assert!(!config_address(&format!("sites/{}.json", "a".repeat(65))));
    }

    #[test]
    fn emails_phones_and_web_addresses_are_checked_for_plausibility() {
        assert!(is_email("anna@erhvervshus.dk"));
        assert!(is_email("anne.k+digital@erhvervshus-midt.dk") && is_email("ole@køge.dk"));
        for bad in ["anna", "anna@", "@x.dk", "anna@dk", "an na@x.dk", "a@b@c.dk", "a@x..dk", "a@x.dk?subject=x"] {
            assert!(!is_email(bad), "{bad}");
        }
        // Header injection into the mailto: link, in every spelling.
        for bad in [
            "a%0Abcc:spy@evil.example",
            "a%0d%0abcc:spy@evil.example",
            "a\nbcc:spy@evil.example",
            "a@evil.example%0Abcc:x",
            "a@-evil.example",
            "a&cc=spy@x.dk",
        ] {
            assert!(!is_email(bad), "{bad:?}");
        }
        assert!(is_phone("+45 70 20 30 40") && is_phone("(+47) 22-33-44-55"));
        assert!(!is_phone("call me") && !is_phone("123"));
        assert!(is_web_address("https://www.example.dk/digital") && is_web_address("http://example.no"));
        assert!(is_web_address("https://example.dk:8443/x?y=1#z") && is_web_address("https://www.erhvervshus-fyn.dk/"));
        for bad in ["www.example.dk", "javascript:alert(1)", "https://", "https://example dk", "ftp://example.dk"] {
            assert!(!is_web_address(bad), "{bad}");
        }
        // User-info hides the real host; encoded controls and odd ports are refused too.
        for bad in [
            "https://www.example.dk@evil.example/",
            "https://user:pw@example.dk/",
            "https://example.dk/%0a",
            "https://example.dk:/",
            "https://example.dk:80a/",
            "https://ex\\ample.dk",
            "https://.example.dk/",
            "https://example..dk/",
        ] {
            assert!(!is_web_address(bad), "{bad}");
        }
    }

    #[test]
    fn local_texts_fall_back_to_the_first_language_given() {
        let mut t = LocalText::default();
        t.by_lang[Lang::Nb.index()] = Some("Rådgiver".into());
        assert_eq!(t.get(Lang::En), "Rådgiver");
        assert_eq!(LocalText::one("Adviser").get(Lang::Da), "Adviser");
    }
}
