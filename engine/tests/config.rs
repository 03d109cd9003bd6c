//! The site configuration: the documented example loads, and each broken configuration
//! is refused with its own message (field and problem), never a panic.

mod common;
use common::texts;
use digitrappe_engine::config::{describe, parse, Problem, ProblemKind, MAX_BYTES};
use digitrappe_engine::model::Country;
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
        ("not JSON", "{version: 1".into(), "", ProblemKind::NotJson(String::new())),
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
    ];
    assert!(cases.len() >= 10);
    for (what, json, field, kind) in cases {
        let problems = check(&json).expect_err(what);
        let found = problems.iter().find(|p| p.field == field && std::mem::discriminant(&p.kind) == std::mem::discriminant(&kind));
        assert!(found.is_some(), "{what}: expected {kind:?} at {field:?}, got {problems:?}");
        if let ProblemKind::NotAllowed { allowed } = &kind {
            if !allowed.is_empty() {
                assert_eq!(found.unwrap().kind, kind, "{what}");
            }
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
    for json in ["", "null", "true", "1", "\"x\"", "{}", r#"{"version":1,"contacts":[null,1,"x",[]]}"#, r#"{"version":1,"helpEntries":[{}]}"#] {
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
    assert!(readme.contains(example().trim_end()), "README.md's 'Site configuration' example differs from tests/fixtures/config.example.json");
}
