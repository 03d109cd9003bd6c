// Prints the advice for each golden persona (a look for reviewing content; not shipped).
use digitrappe_engine::advice::advise;
use digitrappe_engine::{assess, builtin, Answer, Answers, Profile};
fn main() {
    let (m, d) = (builtin::model(), builtin::advice());
    let personas: serde_json::Value = serde_json::from_str(&std::fs::read_to_string("../tests/fixtures/personas.json").unwrap()).unwrap();
    for p in personas.as_array().unwrap() {
        let profile: Profile = serde_json::from_value(p["profile"].clone()).unwrap();
        let default = p["default"].as_str().unwrap();
        let a: Answers = m.questions.iter().map(|q| {
            let t = p["answers"].get(q.id.as_str()).and_then(|v| v.as_str()).unwrap_or(default);
            (q.id.clone(), Answer::from_token(t).unwrap())
        }).collect();
        let r = assess(&m, &a);
        let adv = advise(&m, &d, &profile, &r);
        println!("{} (step {}, ambition {}): target {} {:?}", p["id"], r.step, adv.ambition, adv.target, adv.route);
        for c in &adv.actions {
            println!("   {:28} {:?}", c.id, c.gaps.iter().map(|g| format!("{}@{}", g.question, g.step)).collect::<Vec<_>>());
        }
    }
}
