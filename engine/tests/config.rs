//! The site configuration: the documented example loads, and each broken configuration
//! is refused with its own message (field and problem), never a panic.

mod common;
use common::texts;
use digitrappe_engine::config::{
    describe, describe_adjusted, is_email, is_web_address, parse, presentation, Presentation, Problem, ProblemKind, MAX_BYTES,
};
use digitrappe_engine::mode::Mode;
use digitrappe_engine::model::Country;
use digitrappe_engine::theme::AA;
use digitrappe_engine::{builtin, Lang};

fn check(json: &str) -> Result<digitrappe_engine::config::SiteConfig, Vec<Problem>> {
    parse(json, &builtin::model(), &builtin::advice())
}

fn example() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/config.example.json")).unwrap()
}

#[test]
fn the_documented_example_loads() {
    let config = check(&example()).expect("the example configuration is valid");
    assert_eq!(config.country, Some(Country::Dk));
    assert_eq!(config.organisation.as_ref().unwrap().get(Lang::En), "Example Business Hub");
    assert_eq!(config.hide_types, vec!["funding".to_string()]);
    assert_eq!(config.public_url.as_deref(), Some("https://www.example.dk/digitrappen/"));
    assert_eq!(config.entries.len(), 2);
    assert_eq!(config.entries[0].replaces.as_deref(), Some("dk-erhvervshuse"));
    assert_eq!(config.entries[1].name.get(Lang::En), "Netværk for it-sikkerhed i små virksomheder", "one text serves all languages");
    assert_eq!(config.contacts.len(), 2);
    assert_eq!(config.contacts[0].role.get(Lang::Nb), "Digital rådgiver");
    assert_eq!(config.contacts[1].dimensions, vec!["data".to_string(), "processes".to_string()]);
    assert_eq!(config.mode, Some(Mode::Standard));
    assert_eq!(config.lang, Some(Lang::Da));
    let primary = config.theme.primary.expect("a primary colour");
    assert_eq!(primary.used.hex(), "#1a5276");
    assert!(!primary.adjusted() && primary.ratio_used >= AA);
    assert_eq!(config.theme.accent.unwrap().used.hex(), "#c0392b");
    assert!(config.logo.as_deref().unwrap().starts_with("data:image/svg+xml;base64,"));
    assert_eq!(config.idle_seconds, Some(180));
}

#[test]
fn the_default_configuration_that_ships_loads_and_adds_nothing() {
    let shipped = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../config.json")).unwrap();
    let config = check(&shipped).expect("config.json is valid");
    assert!(config.entries.is_empty() && config.contacts.is_empty() && config.country.is_none());
}

/// Each broken configuration, and the one problem it must report.
#[test]
fn each_broken_configuration_names_its_field_and_problem() {
    let huge = format!(r#"{{"version":1,"comment":"{}"}}"#, "x".repeat(MAX_BYTES));
    let cases: Vec<(&str, String, &str, ProblemKind)> = vec![
        ("not JSON", "{version: 1".into(), "", ProblemKind::NotJson { line: 0, column: 0 }),
        ("huge file", huge, "", ProblemKind::TooLarge { bytes: 0 }),
        ("a list, not an object", "[1, 2]".into(), "", ProblemKind::WrongType { expected: "object" }),
        ("no version", r#"{"country":"dk"}"#.into(), "version", ProblemKind::Missing),
        ("a future version", r#"{"version":2}"#.into(), "version", ProblemKind::UnsupportedVersion),
        ("version as text", r#"{"version":"1"}"#.into(), "version", ProblemKind::WrongType { expected: "number" }),
        ("an unknown field", r#"{"version":1,"colour":"red"}"#.into(), "colour", ProblemKind::UnknownField),
        ("a public address that is a path", r#"{"version":1,"publicUrl":"/digitrappen/"}"#.into(), "publicUrl", ProblemKind::BadUrl),
        ("a country we have no catalogue for", r#"{"version":1,"country":"se"}"#.into(), "country", ProblemKind::NotAllowed { allowed: "dk, no".into() }),
        ("an unknown kind of help hidden", r#"{"version":1,"hideTypes":["banks"]}"#.into(), "hideTypes[0]", ProblemKind::NotAllowed { allowed: String::new() }),
        ("contacts not a list", r#"{"version":1,"contacts":{"name":"A"}}"#.into(), "contacts", ProblemKind::WrongType { expected: "list" }),
        ("a contact without a name", r#"{"version":1,"contacts":[{"email":"a@b.dk"}]}"#.into(), "contacts[0].name", ProblemKind::Missing),
        ("an empty name", r#"{"version":1,"contacts":[{"name":"  ","email":"a@b.dk"}]}"#.into(), "contacts[0].name", ProblemKind::Empty),
        ("a bad e-mail", r#"{"version":1,"contacts":[{"name":"A","email":"anna(at)x.dk"}]}"#.into(), "contacts[0].email", ProblemKind::BadEmail),
        ("a bad phone", r#"{"version":1,"contacts":[{"name":"A","phone":"ring mig"}]}"#.into(), "contacts[0].phone", ProblemKind::BadPhone),
        ("a web address that is not one", r#"{"version":1,"contacts":[{"name":"A","url":"javascript:alert(1)"}]}"#.into(), "contacts[0].url", ProblemKind::BadUrl),
        ("no way to reach a contact", r#"{"version":1,"contacts":[{"name":"A"}]}"#.into(), "contacts[0]", ProblemKind::NoWayToReach),
        ("a step that does not exist", r#"{"version":1,"contacts":[{"name":"A","email":"a@b.dk","steps":[0]}]}"#.into(), "contacts[0].steps[0]", ProblemKind::NotAllowed { allowed: String::new() }),
        ("an unknown dimension", r#"{"version":1,"contacts":[{"name":"A","email":"a@b.dk","dimensions":["finance"]}]}"#.into(), "contacts[0].dimensions[0]", ProblemKind::NotAllowed { allowed: String::new() }),
        ("a misspelt field in a contact", r#"{"version":1,"contacts":[{"name":"A","emial":"a@b.dk","email":"a@b.dk"}]}"#.into(), "contacts[0].emial", ProblemKind::UnknownField),
        ("replacing an entry that does not exist", r#"{"version":1,"helpEntries":[{"id":"x","replaces":"nope","type":"cluster","name":"X","email":"x@y.dk"}]}"#.into(), "helpEntries[0].replaces", ProblemKind::UnknownEntry),
        ("an entry without a type", r#"{"version":1,"helpEntries":[{"id":"x","name":"X","email":"x@y.dk"}]}"#.into(), "helpEntries[0].type", ProblemKind::Missing),
        ("two entries with one ID", r#"{"version":1,"helpEntries":[{"id":"x","type":"cluster","name":"X","email":"x@y.dk"},{"id":"x","type":"lab","name":"Y","email":"y@y.dk"}]}"#.into(), "helpEntries[1].id", ProblemKind::Duplicate),
        ("a name per language with nothing in it", r#"{"version":1,"organisation":{}}"#.into(), "organisation", ProblemKind::Empty),
        ("a mode the app does not have", r#"{"version":1,"mode":"fullscreen"}"#.into(), "mode", ProblemKind::NotAllowed { allowed: "standard, embed, projector, kiosk".into() }),
        ("a mode as a number", r#"{"version":1,"mode":2}"#.into(), "mode", ProblemKind::WrongType { expected: "text" }),
        ("a language the app is not written in", r#"{"version":1,"lang":"sv"}"#.into(), "lang", ProblemKind::NotAllowed { allowed: "da, en, nb".into() }),
        ("a language in capitals", r#"{"version":1,"lang":"DA"}"#.into(), "lang", ProblemKind::NotAllowed { allowed: "da, en, nb".into() }),
        ("a theme that is one colour", r##"{"version":1,"theme":"#123456"}"##.into(), "theme", ProblemKind::WrongType { expected: "object" }),
        ("a colour by name", r#"{"version":1,"theme":{"primary":"blue"}}"#.into(), "theme.primary", ProblemKind::BadColour),
        ("a colour with five digits", r##"{"version":1,"theme":{"accent":"#12345"}}"##.into(), "theme.accent", ProblemKind::BadColour),
        ("a colour that is not text", r#"{"version":1,"theme":{"primary":255}}"#.into(), "theme.primary", ProblemKind::WrongType { expected: "text" }),
        ("a theme field the app does not know", r##"{"version":1,"theme":{"background":"#fff"}}"##.into(), "theme.background", ProblemKind::UnknownField),
        ("a logo on another site (hot-linking)", r#"{"version":1,"logo":"https://www.example.dk/logo.png"}"#.into(), "logo", ProblemKind::BadLogo),
        ("a logo that is not base64", r#"{"version":1,"logo":"data:image/png;base64,not base64!"}"#.into(), "logo", ProblemKind::BadLogo),
        ("a logo as a GIF", r#"{"version":1,"logo":"data:image/gif;base64,R0lGODlhAQABAAAAACw="}"#.into(), "logo", ProblemKind::BadLogo),
        ("a logo whose bytes are not its type", r#"{"version":1,"logo":"data:image/png;base64,PHN2Zz48L3N2Zz4="}"#.into(), "logo", ProblemKind::BadLogo),
        ("a logo over 50 KB", format!(r#"{{"version":1,"logo":"data:image/png;base64,iVBORw0KGgo{}"}}"#, "A".repeat(51_200)), "logo", ProblemKind::LogoTooLarge { bytes: 0 }),
        ("an idle time of two seconds", r#"{"version":1,"idleSeconds":2}"#.into(), "idleSeconds", ProblemKind::OutOfRange { min: 5, max: 3600 }),
        ("an idle time in minutes", r#"{"version":1,"idleSeconds":90.5}"#.into(), "idleSeconds", ProblemKind::OutOfRange { min: 5, max: 3600 }),
        ("an idle time as text", r#"{"version":1,"idleSeconds":"90"}"#.into(), "idleSeconds", ProblemKind::WrongType { expected: "number" }),
    ];
    assert!(cases.len() >= 10);
    for (what, json, field, kind) in cases {
        let problems = check(&json).expect_err(what);
        let found = problems.iter().find(|p| p.field == field && std::mem::discriminant(&p.kind) == std::mem::discriminant(&kind));
        assert!(found.is_some(), "{what}: expected {kind:?} at {field:?}, got {problems:?}");
        match &kind {
            ProblemKind::NotAllowed { allowed } if !allowed.is_empty() => assert_eq!(found.unwrap().kind, kind, "{what}"),
            ProblemKind::OutOfRange { .. } => assert_eq!(found.unwrap().kind, kind, "{what}"),
            _ => {}
        }
    }
}

#[test]
fn every_problem_in_a_file_is_reported_not_only_the_first() {
    let json = r#"{"version":1,"country":"xx","contacts":[{"name":"","email":"bad"}],"extra":true}"#;
    let problems = check(json).unwrap_err();
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    for field in ["extra", "country", "contacts[0].name", "contacts[0].email"] {
        assert!(fields.contains(&field), "{field} missing from {fields:?}");
    }
}

#[test]
fn no_input_makes_the_reader_panic() {
    for json in
        ["", "null", "true", "1", "\"x\"", "{}", r#"{"version":1,"contacts":[null,1,"x",[]]}"#, r#"{"version":1,"helpEntries":[{}]}"#]
    {
        let _ = check(json);
    }
}

/// The site owner reads each problem as a sentence naming the field, in every language.
#[test]
fn each_problem_reads_as_a_sentence_that_names_its_field() {
    let problems = check(r#"{"version":1,"contacts":[{"name":"A","email":"anna(at)x.dk"}],"colour":"red"}"#).unwrap_err();
    let en = texts(Lang::En);
    let said: Vec<String> = problems.iter().map(|p| describe(p, &en)).collect();
    assert!(said.contains(&"contacts[0].email is not an e-mail address".to_string()), "{said:?}");
    assert!(said.contains(&"colour is not a field the app knows (a typo?)".to_string()), "{said:?}");
    let whole = describe(&check("{version: 1").unwrap_err()[0], &texts(Lang::Da));
    assert!(whole.starts_with("Filen") || whole.starts_with("filen"), "{whole}");
    // Issue 12, kind 13: a file that is not JSON is described in our own words, with where
    // reading stopped; the parser's English ("key must be a string") reaches no one.
    for lang in Lang::ALL {
        let said = describe(&check("{\n  \"version\": 1,\n  comment: 2\n}").unwrap_err()[0], &texts(lang));
        assert!(said.contains(" 3") && said.contains(" 3.") && !said.contains("key must") && !said.contains('{'), "{lang:?}: {said}");
    }
    for lang in Lang::ALL {
        let t = texts(lang);
        let wrong = describe(&Problem { field: "version".into(), kind: ProblemKind::WrongType { expected: "number" } }, &t);
        assert!(wrong.starts_with("version ") && !wrong.contains('{'), "{lang:?}: {wrong}");
    }
}

/// The README documents the format with the very file the tests load.
#[test]
fn the_readme_shows_the_example_that_the_tests_load() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    assert!(
        readme.contains(example().trim_end()),
        "README.md's 'Site configuration' example differs from tests/fixtures/config.example.json"
    );
}

/// A brand colour that is too light is no reason to refuse the file: it is darkened, and
/// the check page says so with both ratios.
#[test]
fn a_colour_that_is_too_light_is_darkened_not_refused() {
    let config = check(r##"{"version":1,"theme":{"primary":"#FFCC00","accent":"#1a5276"}}"##).expect("a light colour is not a problem");
    let primary = config.theme.primary.unwrap();
    assert!(primary.adjusted() && primary.ratio_used >= AA && primary.ratio_given < 2.0);
    let nearly = describe_adjusted(
        "theme.primary",
        &digitrappe_engine::theme::checked(digitrappe_engine::theme::Rgb::parse("#777").unwrap()),
        &texts(Lang::En),
    );
    assert!(nearly.contains("(4.4:1 against white)"), "a ratio just under 4.5 is never shown as 4.5: {nearly}");
    assert_eq!(primary.given.hex(), "#ffcc00");
    assert!(!config.theme.accent.unwrap().adjusted());
    let said = describe_adjusted("theme.primary", &primary, &texts(Lang::En));
    let expected = format!(
        "theme.primary: #ffcc00 is too light (1.5:1 against white); the app uses {} (4.5:1) so that text stays readable",
        primary.used.hex()
    );
    assert_eq!(said, expected);
    for lang in Lang::ALL {
        let said = describe_adjusted("theme.primary", &primary, &texts(lang));
        assert!(said.contains("#ffcc00") && said.contains(&primary.used.hex()) && !said.contains('{'), "{lang:?}: {said}");
    }
}

/// The new problems read as sentences naming their field, in every language.
#[test]
fn the_new_problems_read_as_sentences_in_every_language() {
    let kinds = [
        ProblemKind::BadColour,
        ProblemKind::BadLogo,
        ProblemKind::LogoTooLarge { bytes: 60_000 },
        ProblemKind::OutOfRange { min: 5, max: 3600 },
    ];
    for lang in Lang::ALL {
        let t = texts(lang);
        for kind in &kinds {
            let said = describe(&Problem { field: "theme.primary".into(), kind: kind.clone() }, &t);
            assert!(said.starts_with("theme.primary ") && !said.contains('{'), "{lang:?}: {said}");
        }
    }
    let en = texts(Lang::En);
    let big = describe(&Problem { field: "logo".into(), kind: ProblemKind::LogoTooLarge { bytes: 60_000 } }, &en);
    assert_eq!(big, "logo is too large (60000 bytes; at most 51200)");
    let idle = describe(&Problem { field: "idleSeconds".into(), kind: ProblemKind::OutOfRange { min: 5, max: 3600 } }, &en);
    assert_eq!(idle, "idleSeconds must be a whole number from 5 to 3600");
}

/// Issue 12, kind 18: a file that fails applies nothing. The lenient reader takes the
/// presentation fields only from a file with no problem it can see; one bad field, an
/// unknown field or a wrong version, and it takes none of them.
#[test]
fn the_start_screen_takes_nothing_from_a_file_with_a_problem_it_can_see() {
    let good = r##"{"version":1,"mode":"kiosk","lang":"en","theme":{"accent":"#abc"},"idleSeconds":60,
        "publicUrl":"https://www.example.dk/d/"}"##;
    let p = presentation(good);
    assert_eq!(p.mode, Some(Mode::Kiosk));
    assert_eq!(p.lang, Some(Lang::En));
    let accent = p.theme.accent.expect("the colour is taken");
    assert_eq!(accent.given.hex(), "#aabbcc");
    assert!(accent.adjusted() && accent.ratio_used >= AA, "and made readable");
    assert_eq!(p.idle_seconds, Some(60));
    assert_eq!(p.public_url.as_deref(), Some("https://www.example.dk/d/"));
    assert_eq!(p, check(good).unwrap().presentation(), "both readers agree on a valid file");

    for (why, bad) in [
        ("a bad colour", good.replace("#abc", "#zzz")),
        ("an unknown theme colour", good.replace(r#""accent""#, r#""shadow""#)),
        ("an unknown language", good.replace(r#""en""#, r#""xx""#)),
        ("an idle time out of range", good.replace("60", "-1")),
        ("a logo on the web", good.replace(r#""idleSeconds":60"#, r#""logo":"https://www.example.dk/logo.png""#)),
        ("user-info in the public address", good.replace("https://www.", "https://www.example.dk@evil.")),
        ("an unknown field", good.replace(r#""version":1"#, r#""version":1,"colour":"red""#)),
        ("a newer version", good.replace(r#""version":1"#, r#""version":2"#)),
        ("no version", good.replace(r#""version":1,"#, "")),
    ] {
        assert!(check(&bad).is_err(), "the strict reader refuses {why}");
        assert_eq!(presentation(&bad), Presentation::default(), "{why}: nothing is applied");
    }
}

#[test]
fn the_lenient_reader_never_fails_on_junk() {
    let huge = format!(r#"{{"mode":"kiosk","comment":"{}"}}"#, "x".repeat(MAX_BYTES));
    for junk in [
        "",
        "null",
        "[]",
        "1",
        "\"kiosk\"",
        "{",
        "{\"mode\":",
        r#"{"theme":null,"logo":7,"lang":["da"]}"#,
        r#"{"theme":[1],"idleSeconds":1e99}"#,
        &huge,
    ] {
        assert_eq!(presentation(junk), Presentation::default(), "{junk:.40}");
    }
    let example = example();
    for end in (0..example.len()).filter(|i| example.is_char_boundary(*i)) {
        let _ = presentation(&example[..end]);
    }
}

// ---------------------------------------------------------------------------------------
// Addresses (issue 12, kind 20): a host name is only what it looks like.

/// The full stops that are not `.` but that a browser's URL parser or a mail program folds
/// into one: ideographic, full-width, half-width ideographic, small, one dot leader, and
/// the "digit full stop" characters (`⒈` is "1.").
const LOOK_ALIKE_DOTS: &[char] = &['\u{3002}', '\u{FF0E}', '\u{FF61}', '\u{FE52}', '\u{2024}', '\u{2488}', '\u{1F100}'];

/// Characters that draw as nothing or as a space: soft hyphen, zero-width space, joiners,
/// word joiner, byte-order mark, direction marks and isolates, Arabic letter mark,
/// Mongolian vowel separator, combining grapheme joiner, variation selector, Hangul
/// filler, tag, and the no-break, ideographic, narrow, line-separator and ogham spaces.
const INVISIBLE_OR_SPACE: &[char] = &[
    '\u{00AD}',
    '\u{200B}',
    '\u{200C}',
    '\u{200D}',
    '\u{2060}',
    '\u{FEFF}',
    '\u{200E}',
    '\u{202E}',
    '\u{2066}',
    '\u{061C}',
    '\u{180E}',
    '\u{034F}',
    '\u{FE0F}',
    '\u{3164}',
    '\u{E0001}',
    '\u{00A0}',
    '\u{3000}',
    '\u{202F}',
    '\u{2028}',
    '\u{1680}',
];

/// A configuration with `host` in the public address and in a contact's e-mail and web
/// address, and the problems the strict reader finds at those three fields.
fn problems_with_host(host: &str) -> Vec<(String, ProblemKind)> {
    let json = serde_json::json!({
        "version": 1,
        "publicUrl": format!("https://{host}/digitrappen/"),
        "contacts": [{ "name": "Anna", "email": format!("anna@{host}"), "url": format!("https://{host}/") }],
    })
    .to_string();
    assert_eq!(presentation(&json), Presentation::default(), "{host}: the start screen applies nothing");
    let problems = check(&json).expect_err(host);
    problems
        .into_iter()
        .filter(|p| ["publicUrl", "contacts[0].email", "contacts[0].url"].contains(&p.field.as_str()))
        .map(|p| (p.field, p.kind))
        .collect()
}

fn all_three_refused(host: &str) -> bool {
    problems_with_host(host)
        == [
            ("publicUrl".to_string(), ProblemKind::BadUrl),
            ("contacts[0].email".to_string(), ProblemKind::BadEmail),
            ("contacts[0].url".to_string(), ProblemKind::BadUrl),
        ]
}

#[test]
fn an_address_with_a_look_alike_dot_is_refused() {
    for dot in LOOK_ALIKE_DOTS {
        // `https://www.example.dk。evil.example/` opens a page of evil.example.
        let host = format!("www.example.dk{dot}evil.example");
        for url in [
            format!("https://{host}/"),
            format!("https://{host}"),
            format!("https://{host}:8443/x"),
            format!("https://www{dot}example.dk/"),
            format!("http://example{dot}dk"),
            format!("https://www.køge{dot}dk/"),
        ] {
            assert!(!is_web_address(&url), "{url}");
        }
        for email in [format!("anna@{host}"), format!("anna@erhvervshus{dot}dk"), format!("ole@køge{dot}dk")] {
            assert!(!is_email(&email), "{email}");
        }
        assert!(all_three_refused(&host), "{host}: {:?}", problems_with_host(&host));
    }
}

#[test]
fn an_address_with_an_invisible_character_or_a_space_in_it_is_refused() {
    for c in INVISIBLE_OR_SPACE {
        for url in
            [format!("https://www.exam{c}ple.dk/"), format!("https://www.example.dk{c}/"), format!("https://www.example.dk/digi{c}tal")]
        {
            assert!(!is_web_address(&url), "{url:?}");
        }
        for email in [format!("anna@exam{c}ple.dk"), format!("an{c}na@example.dk"), format!("anna@example.dk{c}")] {
            assert!(!is_email(&email), "{email:?}");
        }
        assert!(all_three_refused(&format!("www.exam{c}ple.dk")), "{c:?}");
    }
}

#[test]
fn a_host_in_full_width_or_another_script_s_look_alike_letters_is_refused() {
    for host in [
        "ｗｗｗ.example.dk",            // full-width letters, which parsers fold to `www`
        "www.example.dk／evil.example", // full-width solidus
        "www.example.dk∕evil.example",  // division slash: reads as a path, is a host
        "www.example.dk⁄evil.example",  // fraction slash
        "www.exаmple.dk",               // a Cyrillic `а`
        "www.еxample.dk",               // a Cyrillic `е`
        "www.example.dk：8443",         // full-width colon
        "example.dk·evil.example",      // middle dot
        "ǀlocalhost.dk",                // a click letter that looks like `l`
    ] {
        assert!(!is_web_address(&format!("https://{host}/")), "{host}");
        assert!(!is_email(&format!("anna@{host}")), "{host}");
    }
    assert!(!is_email("anna＠example.dk") && !is_email("anna﹫example.dk"), "a full-width or small `@`");
}

#[test]
fn the_addresses_people_really_give_are_still_accepted() {
    for url in [
        "https://www.example.dk/digital",
        "http://example.no",
        "https://example.dk:8443/x?y=1#z",
        "https://www.erhvervshus-fyn.dk/",
        "https://www.køge.dk/",
        "https://æblemost.dk/om-os",
        "https://www.čáhcesuolu.no/",
        "https://xn--kge-0na.dk/",
        "https://www.example.dk/æbler?q=ø&lang=da",
        "https://www.example.dk/søg。", // a look-alike dot in the path names no other host
    ] {
        assert!(is_web_address(url), "{url}");
    }
    for email in [
        "anna@erhvervshus.dk",
        "anne.k+digital@erhvervshus-midt.dk",
        "ole@køge.dk",
        "søren@æblemost.dk",
        "o'brien@example.no",
        "anna@xn--kge-0na.dk",
        "post@sub.domain.example.dk",
    ] {
        assert!(is_email(email), "{email}");
    }
    assert!(check(&example()).is_ok(), "the documented example still loads");
    // Label lengths: 63 letters is a label, 64 is not; no hyphen at either end.
    assert!(is_web_address(&format!("https://{}.dk/", "a".repeat(63))));
    assert!(!is_web_address(&format!("https://{}.dk/", "a".repeat(64))));
    assert!(!is_web_address("https://-example.dk/") && !is_web_address("https://example-.dk/"));
    assert!(!is_email("anna@-example.dk") && !is_email("anna@example-.dk"));
}

/// Letters a browser's IDNA mapping turns into other letters (`ſ` -> `s`, `ß` -> `ss`,
/// `ĳ` -> `ij`, the digraphs): an address shown with them would open another host.
#[test]
fn letters_a_browser_turns_into_others_are_refused_in_a_host() {
    for host in ["erhvervshus-ſyn.dk", "straße.dk", "ĳssel.nl", "ǆungla.hr", "ŀlei.es", "ẞtadt.de"] {
        assert!(!is_web_address(&format!("https://www.{host}/")), "{host}");
        assert!(!is_email(&format!("anna@{host}")), "{host}");
    }
    for host in ["køge.dk", "æblemost.dk", "søndergård.dk"] {
        assert!(is_web_address(&format!("https://www.{host}/")), "{host} is still an address");
    }
}
