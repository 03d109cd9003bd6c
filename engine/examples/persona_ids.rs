//! Prints each calibration persona's chosen action IDs on one line (`id a,b,c`), for
//! comparing with an adviser's expectations; not shipped.
use digitrappe_engine::model::Country;
use digitrappe_engine::report::report;
use digitrappe_engine::{builtin, Answer, Answers, Profile, QuestionId};

fn main() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let (m, d) = (builtin::model(), builtin::advice());
    let personas: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/../tests/fixtures/personas.json")).unwrap()).unwrap();
    for p in personas.as_array().unwrap() {
        let profile: Profile = serde_json::from_value(p["profile"].clone()).unwrap();
        let a: Answers = p["answers"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(id, t)| (QuestionId::new(id.clone()), Answer::from_token(t.as_str().unwrap()).unwrap()))
            .collect();
        let id = p["id"].as_str().unwrap();
        let country = if id.ends_with("-no") { Country::No } else { Country::Dk };
        let r = report(&m, &d, &profile, &a, country);
        let ids: Vec<&str> = r.advice.actions.iter().map(|c| c.id.as_ref()).collect();
        println!("{id} {}", ids.join(","));
    }
}
