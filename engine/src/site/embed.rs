//! What the site owner's "Embed on your website" page makes: the site's `config.json`
//! ([`config_json`]), the HTML to paste into the site ([`snippet`]), the logo as a data URL
//! ([`logo_data_url`]), and what is wrong with the choices, field by field ([`check`]).
//!
//! The page holds a [`Setup`] (what the owner typed and picked) and calls these on every
//! change; nothing here touches the browser. The owner downloads or copies the
//! configuration and puts it next to the app's `index.html` on their own copy of the app.
//!
//! Field names in [`SetupCheck::problems`] are the configuration's (`mode`, `lang`,
//! `theme.primary`, `theme.accent`, `logo`, `organisation`, `publicUrl`,
//! `contacts[<i>].name|role|email|phone`, and `contacts[<i>]` for a contact with no way to
//! reach them), where `<i>` is the index in [`Setup::contacts`]; problems in fields of an
//! existing configuration that the setup does not touch keep their own names.

use crate::config::{self, Problem, ProblemKind, LOGO_TYPES, MAX_LOGO_BYTES};
use crate::mode::Mode;
use crate::model::{AdviceData, Model};
use crate::theme::{Checked, Rgb};
use crate::Lang;
use serde_json::{Map, Value};

/// One contact person as typed on the page (each field may be empty).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactDraft {
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
}

impl ContactDraft {
    fn is_blank(&self) -> bool {
        [&self.name, &self.role, &self.email, &self.phone].iter().all(|s| s.trim().is_empty())
    }
}

/// What the site owner chose on the page. Texts are as typed; an empty text means "not
/// set".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Setup {
    /// The site's default language.
    pub lang: Lang,
    pub mode: Mode,
    /// `#rrggbb` or `#rgb`, as typed.
    pub primary: String,
    pub accent: String,
    /// A data URL from [`logo_data_url`].
    pub logo: Option<String>,
    pub organisation: String,
    pub public_url: String,
    pub contacts: Vec<ContactDraft>,
}

impl Default for Setup {
    /// Danish, embedded in a page, nothing else set.
    fn default() -> Setup {
        Setup {
            lang: Lang::Da,
            mode: Mode::Embed,
            primary: String::new(),
            accent: String::new(),
            logo: None,
            organisation: String::new(),
            public_url: String::new(),
            contacts: Vec::new(),
        }
    }
}

/// The fields of the configuration, in the order [`config_json`] writes them; any others
/// (from an existing file) follow in alphabetical order.
const ORDER: [&str; 13] = [
    "version",
    "comment",
    "mode",
    "lang",
    "country",
    "organisation",
    "publicUrl",
    "theme",
    "logo",
    "idleSeconds",
    "hideTypes",
    "helpEntries",
    "contacts",
];

/// A JSON text with its nested lines indented one level more (for a value inside another).
fn nested(pretty: &str) -> String {
    pretty.replace('\n', "\n  ")
}

/// Pretty JSON (2-space indent) of an object whose fields are in the given order; each
/// value is already pretty JSON.
fn ordered_object(fields: &[(String, String)]) -> String {
    if fields.is_empty() {
        return "{}".into();
    }
    let body: Vec<String> = fields.iter().map(|(k, v)| format!("  {}: {}", Value::String(k.clone()), nested(v))).collect();
    format!("{{\n{}\n}}", body.join(",\n"))
}

fn ordered_array(items: &[String]) -> String {
    if items.is_empty() {
        return "[]".into();
    }
    let body: Vec<String> = items.iter().map(|v| format!("  {}", nested(v))).collect();
    format!("[\n{}\n]", body.join(",\n"))
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|_| "null".into())
}

fn string(text: &str) -> String {
    Value::String(text.to_string()).to_string()
}

/// A colour as the configuration should hold it: `#rrggbb` in lowercase when it is one,
/// else as typed (so the check names it).
fn colour_text(typed: &str) -> String {
    Rgb::parse(typed).map_or_else(|| typed.trim().to_string(), Rgb::hex)
}

/// The contacts written (blank drafts left out), with the index of each in the setup.
fn kept_contacts(setup: &Setup) -> Vec<(usize, &ContactDraft)> {
    setup.contacts.iter().enumerate().filter(|(_, c)| !c.is_blank()).collect()
}

/// The site's `config.json`: pretty-printed with a 2-space indent, `"version": 1`, and the
/// setup's fields. `mode` and `lang` are always written; every other setup field replaces
/// the file's field when it is set and leaves it as it is when empty (`contacts` replace
/// the file's list when any contact is filled in; a contact's empty fields are left out;
/// `organisation` is one plain text). Every other field of `existing` is kept when it is a
/// JSON object; anything else in `existing` is ignored.
///
/// With valid inputs (and a valid `existing`, or none) the result passes
/// [`config::parse`].
pub fn config_json(setup: &Setup, existing: Option<&str>) -> String {
    let mut fields: Map<String, Value> = match existing.map(serde_json::from_str::<Value>) {
        Some(Ok(Value::Object(map))) => map,
        _ => Map::new(),
    };
    let mut rendered: Vec<(String, String)> = Vec::new();
    let mut set = |key: &str, text: String| rendered.push((key.to_string(), text));
    set("version", config::VERSION.to_string());
    set("mode", string(setup.mode.code()));
    set("lang", string(setup.lang.code()));
    if !setup.organisation.trim().is_empty() {
        set("organisation", string(setup.organisation.trim()));
    }
    if !setup.public_url.trim().is_empty() {
        set("publicUrl", string(setup.public_url.trim()));
    }
    let colours: Vec<(String, String)> = [("primary", &setup.primary), ("accent", &setup.accent)]
        .into_iter()
        .filter(|(_, typed)| !typed.trim().is_empty())
        .map(|(key, typed)| (key.to_string(), string(&colour_text(typed))))
        .collect();
    if !colours.is_empty() {
        set("theme", ordered_object(&colours));
    }
    if let Some(logo) = setup.logo.as_deref().filter(|l| !l.trim().is_empty()) {
        set("logo", string(logo.trim()));
    }
    let contacts = kept_contacts(setup);
    if !contacts.is_empty() {
        let items: Vec<String> = contacts
            .iter()
            .map(|(_, c)| {
                let parts: Vec<(String, String)> = [("name", &c.name), ("role", &c.role), ("email", &c.email), ("phone", &c.phone)]
                    .into_iter()
                    .filter(|(_, v)| !v.trim().is_empty())
                    .map(|(k, v)| (k.to_string(), string(v.trim())))
                    .collect();
                ordered_object(&parts)
            })
            .collect();
        set("contacts", ordered_array(&items));
    }
    for (key, _) in &rendered {
        fields.remove(key);
    }
    let mut all: Vec<(String, String)> = rendered;
    all.extend(fields.iter().map(|(k, v)| (k.clone(), pretty(v))));
    let rank = |k: &str| ORDER.iter().position(|o| *o == k).unwrap_or(ORDER.len());
    // A stable sort: known fields in ORDER, the rest alphabetically (the map is sorted).
    all.sort_by_key(|(k, _)| rank(k));
    let mut out = ordered_object(&all);
    out.push('\n');
    out
}

/// Escapes a text for an HTML attribute value in double quotes.
pub fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The app's address as the snippet uses it: no query or fragment, no `index.html`, and
/// ending in `/`.
pub fn app_base(app_url: &str) -> String {
    let mut base = app_url.trim().split(['?', '#']).next().unwrap_or_default().to_string();
    if base.ends_with("/index.html") {
        base.truncate(base.len() - "index.html".len());
    }
    if !base.ends_with('/') {
        base.push('/');
    }
    base
}

/// The HTML a site owner pastes into their page: the app in an `<iframe>` in the setup's
/// mode and language, and `static/embed.js`, which fits the frame's height to the app.
///
/// ```text
/// <iframe src="{app}?mode={mode}&amp;lang={lang}" title="{title}" data-digitrappen width="100%" height="720" loading="lazy"></iframe>
/// <script src="{app}static/embed.js" defer></script>
/// ```
///
/// `app_url` is the app's own address; see [`app_base`]. No `sandbox` (the app needs its
/// scripts and its storage). Attribute values are HTML-escaped.
pub fn snippet(app_url: &str, setup: &Setup, title: &str) -> String {
    let app = escape_attribute(&app_base(app_url));
    format!(
        "<iframe src=\"{app}?mode={mode}&amp;lang={lang}\" title=\"{title}\" data-digitrappen width=\"100%\" height=\"720\" loading=\"lazy\"></iframe>\n\
         <script src=\"{app}static/embed.js\" defer></script>\n",
        mode = setup.mode.code(),
        lang = setup.lang.code(),
        title = escape_attribute(title.trim()),
    )
}

/// Why a file cannot be the logo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogoError {
    /// Not a PNG, JPEG, WebP or SVG image (by its type and its first bytes).
    NotAnImage,
    /// Its data URL would be `bytes` long, more than [`MAX_LOGO_BYTES`].
    TooLarge { bytes: usize },
}

impl LogoError {
    /// The same problem as the configuration check names it (for [`config::describe`]
    /// with the field `logo`).
    pub fn problem(&self) -> ProblemKind {
        match self {
            LogoError::NotAnImage => ProblemKind::BadLogo,
            LogoError::TooLarge { bytes } => ProblemKind::LogoTooLarge { bytes: *bytes },
        }
    }
}

/// A picked file as the logo's data URL, `data:image/<type>;base64,<standard base64>`.
/// `mime` is the file's type as the browser reports it (`image/png`, `image/jpeg`,
/// `image/webp`, `image/svg+xml`); the bytes must start as that type does.
pub fn logo_data_url(mime: &str, bytes: &[u8]) -> Result<String, LogoError> {
    let mime = mime.trim().to_ascii_lowercase();
    let kind = mime.strip_prefix("image/").filter(|k| LOGO_TYPES.contains(k)).ok_or(LogoError::NotAnImage)?;
    if !config::looks_like(kind, bytes) {
        return Err(LogoError::NotAnImage);
    }
    let prefix = format!("data:image/{kind};base64,");
    let length = prefix.len() + bytes.len().div_ceil(3) * 4;
    if length > MAX_LOGO_BYTES {
        return Err(LogoError::TooLarge { bytes: length });
    }
    Ok(prefix + &crate::base64::encode(bytes))
}

/// What the page shows under the form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SetupCheck {
    /// Every problem of the configuration [`config_json`] makes, by field (see the module
    /// documentation for the names). Empty: the configuration is valid.
    pub problems: Vec<Problem>,
    /// The colours the app will darken, by field (`theme.primary`, `theme.accent`), with
    /// both contrast ratios (see [`config::describe_adjusted`]).
    pub adjusted: Vec<(String, Checked)>,
}

impl SetupCheck {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Checks the configuration the setup makes (with `existing`, as [`config_json`] merges
/// it): the strict reader's problems, with contact fields named by their index in
/// [`Setup::contacts`], and the colours that will be adjusted.
pub fn check(setup: &Setup, existing: Option<&str>, model: &Model, data: &AdviceData) -> SetupCheck {
    let json = config_json(setup, existing);
    let mut problems = config::parse(&json, model, data).err().unwrap_or_default();
    let kept = kept_contacts(setup);
    for problem in &mut problems {
        let Some(rest) = problem.field.strip_prefix("contacts[") else { continue };
        let Some((index, tail)) = rest.split_once(']') else { continue };
        if let Some((original, _)) = index.parse::<usize>().ok().and_then(|j| kept.get(j)) {
            problem.field = format!("contacts[{original}]{tail}");
        }
    }
    let theme = config::presentation(&json).theme;
    let adjusted = [("theme.primary", theme.primary), ("theme.accent", theme.accent)]
        .into_iter()
        .filter_map(|(field, c)| c.filter(Checked::adjusted).map(|c| (field.to_string(), c)))
        .collect();
    SetupCheck { problems, adjusted }
}
