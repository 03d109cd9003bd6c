//! Issue 12, kind 18: a configuration that fails applies nothing, not even on the first
//! start screen, which is drawn before the app (and its full check) has loaded.

use digitrappe_engine::builtin;
use digitrappe_engine::config::{fingerprint, parse, start_presentation, Presentation};
use digitrappe_engine::mode::Mode;

const PRESENTATION: &str = r##""version":1,"mode":"projector","theme":{"primary":"#12345a"},"publicUrl":"https://www.example.dk/d/""##;

fn with_contact(email: &str) -> String {
    format!(r#"{{{PRESENTATION},"contacts":[{{"name":"Anna","email":"{email}"}}]}}"#)
}

#[test]
fn a_file_of_presentation_fields_only_is_applied_on_the_first_start_screen() {
    let json = format!("{{{PRESENTATION}}}");
    let p = start_presentation(&json, None);
    assert_eq!(p.mode, Some(Mode::Projector));
    assert_eq!(p.public_url.as_deref(), Some("https://www.example.dk/d/"));
    assert!(p.theme.primary.is_some());
}

#[test]
fn a_file_with_more_than_the_start_screen_can_check_applies_nothing_there_until_the_app_has_accepted_it() {
    let good = with_contact("anna@example.dk");
    let bad = with_contact("anna(at)example.dk");
    assert!(parse(&good, &builtin::model(), &builtin::advice()).is_ok());
    assert!(parse(&bad, &builtin::model(), &builtin::advice()).is_err(), "a contact's e-mail fails the app's check");

    // First visit: the start screen cannot check the contacts, so it takes nothing: not
    // the projector's join address, not the colours, not the mode.
    for json in [&good, &bad] {
        assert_eq!(start_presentation(json, None), Presentation::default());
    }
    // The app accepted the good file and stored its fingerprint: the next start screen
    // takes its presentation at once. A fingerprint of another text vouches for nothing.
    let p = start_presentation(&good, Some(&fingerprint(&good)));
    assert_eq!(p.public_url.as_deref(), Some("https://www.example.dk/d/"));
    assert_eq!(p.mode, Some(Mode::Projector));
    assert_eq!(start_presentation(&bad, Some(&fingerprint(&good))), Presentation::default());
    assert_ne!(fingerprint(&good), fingerprint(&bad));
}

#[test]
fn a_kiosk_stays_a_kiosk_on_the_first_start_screen_whatever_else_its_file_holds() {
    let kiosk = with_contact("anna(at)example.dk").replace("projector", "kiosk");
    let p = start_presentation(&kiosk, None);
    assert_eq!(p, Presentation { mode: Some(Mode::Kiosk), ..Presentation::default() }, "the mode that keeps nothing, and nothing else");
}

#[test]
fn a_comment_that_is_not_text_fails_the_check_so_the_first_start_screen_takes_nothing() {
    let json = format!("{{{PRESENTATION},\"comment\":42}}");
    assert!(parse(&json, &builtin::model(), &builtin::advice()).is_err());
    assert_eq!(start_presentation(&json, None), Presentation::default());
}

#[test]
fn the_mark_of_an_accepted_file_holds_only_under_the_rules_it_passed() {
    let json = with_contact("anna@example.dk");
    // The fingerprint is salted with this build's rules: not the plain hash of the text.
    let plain = json.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    assert_ne!(fingerprint(&json), format!("{plain:016x}"));
    assert_eq!(start_presentation(&json, Some(&format!("{plain:016x}"))), Presentation::default());
}
