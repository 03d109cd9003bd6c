//! The calibration personas (tests/fixtures/personas.json) as the reading aids use them.
use digitrappe_engine::model::Country;
use digitrappe_engine::{Answer, Answers, Profile, QuestionId};

#[allow(dead_code)] // each reading aid uses what it needs
pub struct Persona {
    pub id: String,
    pub profile: Profile,
    pub answers: Answers,
    /// A Norwegian firm (its ID ends in `-no`) is seen on a Norwegian site.
    pub country: Country,
    /// The whole fixture entry (description, expectations).
    pub raw: serde_json::Value,
}

pub fn personas() -> Vec<Persona> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/personas.json");
    let all: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    all.as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let id = p["id"].as_str().unwrap().to_string();
            Persona {
                profile: serde_json::from_value(p["profile"].clone()).unwrap(),
                answers: p["answers"]
                    .as_object()
                    .unwrap()
                    .iter()
                    .map(|(q, t)| (QuestionId::new(q.clone()), Answer::from_token(t.as_str().unwrap()).unwrap()))
                    .collect(),
                country: if id.ends_with("-no") { Country::No } else { Country::Dk },
                id,
                raw: p.clone(),
            }
        })
        .collect()
}
