//! Prints, for each calibration persona, what the result screen would say: the expected
//! and the placed step, why, what would move it up, and the advice. A reading aid for
//! reviewing content (`cargo run -p digitrappe-engine --example persona_advice -- en`);
//! not shipped.
#[path = "shared/personas.rs"]
mod shared;
use digitrappe_engine::explain::{holding_back, why};
use digitrappe_engine::report::report;
use digitrappe_engine::{builtin, Lang, Texts};

fn main() {
    let lang = std::env::args().nth(1).and_then(|l| Lang::from_tag(&l)).unwrap_or(Lang::En);
    let dir = env!("CARGO_MANIFEST_DIR");
    let texts = Texts::parse(lang, &std::fs::read_to_string(format!("{dir}/../content/i18n/{}.json", lang.code())).unwrap()).unwrap();
    let (m, d) = (builtin::model(), builtin::advice());
    for p in shared::personas() {
        let (profile, a) = (&p.profile, &p.answers);
        let r = report(&m, &d, profile, a, p.country);
        let s = &r.assessment;
        println!(
            "\n## {} ({:?}, ambition {:?}): expected {}, placed {}",
            p.id, profile.industry, profile.ambition, p.raw["expect"]["step"], s.step
        );
        for sentence in why(&r, &texts).into_iter().chain(holding_back(&r, &texts)) {
            println!("  - {sentence}");
        }
        if let Some(up) = &r.move_up {
            let items: Vec<String> =
                up.changes.iter().map(|c| format!("{} -> {}", texts.question(c.question.as_str()).short(), c.to)).collect();
            println!("  move up (step {} in place): {}", up.step, items.join("; "));
        }
        println!("  advice ({:?}, next step {}):", r.advice.route, r.advice.target);
        for c in &r.advice.actions {
            let gaps: Vec<String> = c.gaps.iter().map(|g| g.question.to_string()).collect();
            println!("    {:30} {:?}", texts.get(&format!("action.{}.title", c.id)).unwrap_or(&c.id), gaps);
        }
    }
}
