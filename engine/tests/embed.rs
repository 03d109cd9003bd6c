//! The site owner's "Embed on your website" page: the configuration it writes loads, keeps
//! what the owner had, and says what is wrong; the snippet pastes safely; the logo fits.

use digitrappe_engine::config::{self, parse, ProblemKind, MAX_LOGO_BYTES};
use digitrappe_engine::embed::{app_base, check, config_json, logo_data_url, snippet, ContactDraft, LogoError, Setup};
use digitrappe_engine::mode::Mode;
use digitrappe_engine::theme::AA;
use digitrappe_engine::{base64, builtin, Lang};

fn example() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/config.example.json")).unwrap()
}

fn load(json: &str) -> config::SiteConfig {
    parse(json, &builtin::model(), &builtin::advice()).unwrap_or_else(|p| panic!("{p:?}\n{json}"))
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

fn filled() -> Setup {
    Setup {
        lang: Lang::Nb,
        mode: Mode::Kiosk,
        primary: "#FFCC00".into(),
        accent: " #1A5276 ".into(),
        logo: Some(logo_data_url("image/png", PNG).unwrap()),
        organisation: "Næringshage Eksempel".into(),
        public_url: "https://www.example.no/digitrappen/".into(),
        contacts: vec![
            ContactDraft { name: "Kari Eksempel".into(), role: "Rådgiver".into(), email: "kari@example.no".into(), phone: String::new() },
            ContactDraft::default(),
            ContactDraft { name: "Ola Eksempel".into(), role: String::new(), email: String::new(), phone: "+47 22 00 00 00".into() },
        ],
    }
}

#[test]
fn a_new_setup_is_danish_and_embedded() {
    let setup = Setup::default();
    assert_eq!((setup.lang, setup.mode), (Lang::Da, Mode::Embed));
    let json = config_json(&setup, None);
    assert_eq!(json, "{\n  \"version\": 1,\n  \"mode\": \"embed\",\n  \"lang\": \"da\"\n}\n");
    let config = load(&json);
    assert_eq!((config.mode, config.lang), (Some(Mode::Embed), Some(Lang::Da)));
    assert!(check(&setup, None, &builtin::model(), &builtin::advice()).is_ok());
}

#[test]
fn the_written_configuration_loads_with_everything_the_owner_chose() {
    let json = config_json(&filled(), None);
    assert!(json.starts_with("{\n  \"version\": 1,\n  \"mode\": \"kiosk\",\n  \"lang\": \"nb\",\n"), "{json}");
    assert!(
        json.contains("\n  \"theme\": {\n    \"primary\": \"#ffcc00\",\n    \"accent\": \"#1a5276\"\n  },\n"),
        "colours written as #rrggbb, 2-space indent: {json}"
    );
    let config = load(&json);
    assert_eq!(config.mode, Some(Mode::Kiosk));
    assert_eq!(config.lang, Some(Lang::Nb));
    assert_eq!(config.organisation.unwrap().get(Lang::En), "Næringshage Eksempel");
    assert_eq!(config.public_url.as_deref(), Some("https://www.example.no/digitrappen/"));
    assert!(config.theme.primary.unwrap().adjusted(), "the yellow is darkened, not refused");
    assert_eq!(config.theme.accent.unwrap().used.hex(), "#1a5276");
    assert!(config.logo.unwrap().starts_with("data:image/png;base64,iVBORw0KGgo"));
    assert_eq!(config.contacts.len(), 2, "the blank contact is left out");
    assert_eq!(config.contacts[0].reach.email.as_deref(), Some("kari@example.no"));
    assert_eq!(config.contacts[0].role.get(Lang::Nb), "Rådgiver");
    assert_eq!(config.contacts[1].reach.email, None, "empty fields are left out");
    assert_eq!(config.contacts[1].reach.phone.as_deref(), Some("+47 22 00 00 00"));
}

#[test]
fn an_existing_configuration_keeps_everything_the_page_does_not_set() {
    let json = config_json(&Setup { primary: "#c0392b".into(), ..Setup::default() }, Some(&example()));
    let config = load(&json);
    let before = load(&example());
    assert_eq!(config.entries, before.entries, "the help entries stay");
    assert_eq!(config.contacts, before.contacts, "no contacts typed: the file's stay");
    assert_eq!(config.hide_types, before.hide_types);
    assert_eq!(config.country, before.country);
    assert_eq!(config.organisation, before.organisation, "no organisation typed: the per-language one stays");
    assert_eq!(config.logo, before.logo);
    assert_eq!(config.idle_seconds, Some(180));
    assert_eq!(config.mode, Some(Mode::Embed), "the page's mode replaces the file's");
    assert_eq!(config.theme.primary.unwrap().used.hex(), "#c0392b");
    assert!(json.contains("\"comment\": \"Digitrappen on the website of Erhvervshus Eksempel"));

    let replaced = load(&config_json(&filled(), Some(&example())));
    assert_eq!(replaced.contacts.len(), 2, "typed contacts replace the file's");
    assert_eq!(replaced.entries.len(), 2);

    for broken in ["{version: 1", "[1, 2]", ""] {
        assert_eq!(config_json(&Setup::default(), Some(broken)), config_json(&Setup::default(), None), "{broken}");
    }
}

#[test]
fn the_check_names_each_wrong_field_and_each_adjusted_colour() {
    let mut setup = filled();
    setup.primary = "yellow".into();
    setup.public_url = "www.example.no".into();
    setup.contacts[2].email = "ola(at)example.no".into();
    setup.contacts.push(ContactDraft { name: "Per".into(), ..ContactDraft::default() });
    let result = check(&setup, None, &builtin::model(), &builtin::advice());
    let found: Vec<(&str, &ProblemKind)> = result.problems.iter().map(|p| (p.field.as_str(), &p.kind)).collect();
    assert!(found.contains(&("theme.primary", &ProblemKind::BadColour)), "{found:?}");
    assert!(found.contains(&("publicUrl", &ProblemKind::BadUrl)), "{found:?}");
    assert!(found.contains(&("contacts[2].email", &ProblemKind::BadEmail)), "named by the row on the page, not the file: {found:?}");
    assert!(found.contains(&("contacts[3]", &ProblemKind::NoWayToReach)), "{found:?}");
    assert_eq!(found.len(), 4, "{found:?}");

    let mut light = filled();
    light.accent = "#8fd3fe".into();
    let result = check(&light, None, &builtin::model(), &builtin::advice());
    assert!(result.is_ok(), "{:?}", result.problems);
    let fields: Vec<&str> = result.adjusted.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(fields, ["theme.primary", "theme.accent"]);
    for (_, colour) in &result.adjusted {
        assert!(colour.ratio_given < AA && colour.ratio_used >= AA);
    }
}

#[test]
fn the_snippet_frames_the_app_in_the_chosen_mode_and_language() {
    let setup = Setup { lang: Lang::En, ..Setup::default() };
    let html = snippet("https://www.example.dk/digitrappen/", &setup, "Digital maturity test");
    assert_eq!(
        html,
        "<iframe src=\"https://www.example.dk/digitrappen/?mode=embed&amp;lang=en\" title=\"Digital maturity test\" data-digitrappen width=\"100%\" height=\"720\" loading=\"lazy\"></iframe>\n\
         <script src=\"https://www.example.dk/digitrappen/static/embed.js\" defer></script>\n"
    );
    assert!(!html.contains("sandbox"));
}

#[test]
fn the_snippet_escapes_the_title_and_normalises_the_address() {
    let html = snippet("https://www.example.dk/app?lang=da#top", &Setup::default(), r#"Test "din" virksomhed & <se> trinnet"#);
    assert!(html.contains(r#"title="Test &quot;din&quot; virksomhed &amp; &lt;se&gt; trinnet""#), "{html}");
    assert!(html.contains(r#"src="https://www.example.dk/app/?mode=embed&amp;lang=da""#), "{html}");
    assert!(html.contains(r#"src="https://www.example.dk/app/static/embed.js""#), "{html}");
    assert!(!html.contains("sandbox") && !html.contains("#top"));
    assert_eq!(app_base("https://x.dk/d/index.html"), "https://x.dk/d/");
    assert_eq!(app_base("https://x.dk/d/"), "https://x.dk/d/");
    let attack = snippet("https://x.dk/\"><script>alert(1)</script>", &Setup::default(), "x");
    assert!(!attack.contains("<script>alert"), "{attack}");
}

#[test]
fn a_logo_becomes_a_data_url_the_configuration_accepts() {
    let url = logo_data_url("image/png", PNG).unwrap();
    assert_eq!(url, format!("data:image/png;base64,{}", base64::encode(PNG)));
    assert_eq!(config::logo_problem(&url), None);
    let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>"#;
    assert!(logo_data_url("IMAGE/SVG+XML", svg).unwrap().starts_with("data:image/svg+xml;base64,PHN2Zy"));
    assert!(logo_data_url("image/jpeg", &[0xff, 0xd8, 0xff, 0xe0, 0, 0x10]).is_ok());
    assert!(logo_data_url("image/webp", b"RIFF\x1a\0\0\0WEBPVP8L").is_ok());
}

#[test]
fn a_file_that_is_not_an_image_or_too_large_is_refused() {
    assert_eq!(logo_data_url("image/gif", b"GIF89a"), Err(LogoError::NotAnImage));
    assert_eq!(logo_data_url("application/pdf", b"%PDF-1.7"), Err(LogoError::NotAnImage));
    assert_eq!(logo_data_url("image/png", b"<svg/>"), Err(LogoError::NotAnImage), "a PNG's type, but not its bytes");
    assert_eq!(logo_data_url("image/png", &[]), Err(LogoError::NotAnImage));
    let mut big = PNG.to_vec();
    big.resize(40_000, 0);
    let Err(LogoError::TooLarge { bytes }) = logo_data_url("image/png", &big) else { panic!("40 KB of PNG is over the limit as base64") };
    assert!(bytes > MAX_LOGO_BYTES);
    assert_eq!(LogoError::TooLarge { bytes }.problem(), ProblemKind::LogoTooLarge { bytes });
    big.truncate(38_000);
    let url = logo_data_url("image/png", &big).expect("38 KB fits");
    assert!(url.len() <= MAX_LOGO_BYTES && config::logo_problem(&url).is_none());
}
