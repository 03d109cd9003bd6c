//! Prints, for each calibration persona, its advice cards as the result shows them: title,
//! reason, why / what / how (the site's country's variant) and who helps, with programmes'
//! conditions. A reading aid for advisers reviewing the advice
//! (`cargo run -p digitrappe-engine --example persona_cards -- da`); not shipped.
#[path = "shared/personas.rs"]
mod shared;
use digitrappe_engine::advice::Why;
use digitrappe_engine::catalogue::{helpers, Firm, Helper};
use digitrappe_engine::model::Country;
use digitrappe_engine::report::report;
use digitrappe_engine::{builtin, Lang, Texts};

fn main() {
    let lang = std::env::args().nth(1).and_then(|l| Lang::from_tag(&l)).unwrap_or(Lang::Da);
    let dir = env!("CARGO_MANIFEST_DIR");
    let t = Texts::parse(lang, &std::fs::read_to_string(format!("{dir}/../content/i18n/{}.json", lang.code())).unwrap()).unwrap();
    let (m, d) = (builtin::model(), builtin::advice());
    for p in shared::personas() {
        let (profile, a, id, country) = (&p.profile, &p.answers, p.id.as_str(), p.country);
        let code = if country == Country::No { "no" } else { "dk" };
        let r = report(&m, &d, profile, a, country);
        println!(
            "\n## {id} ({}, {}, ambition {}): step {}",
            profile.industry.as_deref().unwrap_or("-"),
            profile.size.as_deref().unwrap_or("-"),
            profile.ambition.unwrap_or(0),
            r.assessment.step
        );
        println!("{}", p.raw["description"].as_str().unwrap());
        for (i, c) in r.advice.actions.iter().enumerate() {
            let text = |f: &str| {
                t.get(&format!("action.{}.{f}.{code}", c.id))
                    .or_else(|| t.get(&format!("action.{}.{f}", c.id)))
                    .unwrap_or_default()
                    .to_string()
            };
            let why = match c.why {
                Why::Floor => "FLOOR (comes first)".to_string(),
                Why::FloorSecond => "FLOOR (comes second)".to_string(),
                Why::Gaps => format!(
                    "gaps: {}",
                    c.gaps
                        .iter()
                        .map(|g| format!("{} (step {})", t.question(g.question.as_str()).short(), g.step))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                Why::Towards(s) => format!("general, towards step {s}"),
                Why::Strengthen(s) => format!("general, strengthens step {s}"),
            };
            println!(
                "\n{}. [{}] {}\n   reason: {why}\n   why: {}\n   what: {}\n   how: {}",
                i + 1,
                c.id,
                text("title"),
                text("why"),
                text("what"),
                text("how")
            );
            let action = d.action(&c.id).unwrap();
            for h in helpers(&d, None, country, action, &m, &Firm::of(&r.advice)) {
                if let Helper::Builtin { id, .. } = h {
                    let cond = t.get(&format!("help.{id}.conditions")).map(|c| format!(" — {c}")).unwrap_or_default();
                    println!("   helper: {}{cond}", t.get(&format!("help.{id}.name")).unwrap_or(id));
                }
            }
        }
    }
}
