//! Prints, for each calibration persona, what the result screen would say: the expected
//! and the placed step, why, what would move it up, and the advice. A reading aid for
//! reviewing content (`cargo run -p digitrappe-engine --example persona_advice -- en`);
//! not shipped.
use digitrappe_engine::explain::{holding_back, why};
use digitrappe_engine::report::report;
use digitrappe_engine::{builtin, Answer, Answers, Lang, Profile, QuestionId, Texts};

fn main() {
    let lang = std::env::args().nth(1).and_then(|l| Lang::from_tag(&l)).unwrap_or(Lang::En);
    let dir = env!("CARGO_MANIFEST_DIR");
    let texts = Texts::parse(lang, &std::fs::read_to_string(format!("{dir}/../content/i18n/{}.json", lang.code())).unwrap()).unwrap();
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
        let r = report(&m, &d, &profile, &a, digitrappe_engine::model::Country::Dk);
        let s = &r.assessment;
        println!("\n## {} ({:?}, ambition {:?}): expected {}, placed {}", p["id"], profile.industry, profile.ambition, p["expect"]["step"], s.step);
        for sentence in why(&r, &texts).into_iter().chain(holding_back(&r, &texts)) {
            println!("  - {sentence}");
        }
        if let Some(up) = &r.move_up {
            let items: Vec<String> = up.changes.iter().map(|c| format!("{} -> {}", texts.question(c.question.as_str()).short(), c.to)).collect();
            println!("  move up (step {} in place): {}", up.step, items.join("; "));
        }
        println!("  advice ({:?}, next step {}):", r.advice.route, r.advice.target);
        for c in &r.advice.actions {
            let gaps: Vec<String> = c.gaps.iter().map(|g| g.question.to_string()).collect();
            println!("    {:30} {:?}", texts.get(&format!("action.{}.title", c.id)).unwrap_or(&c.id), gaps);
        }
    }
}
