//! Prints each calibration persona's chosen action IDs on one line (`id a,b,c`), for
//! comparing with an adviser's expectations; not shipped.
#[path = "shared/personas.rs"]
mod shared;
use digitrappe_engine::builtin;
use digitrappe_engine::report::report;

fn main() {
    let (m, d) = (builtin::model(), builtin::advice());
    for p in shared::personas() {
        let r = report(&m, &d, &p.profile, &p.answers, p.country);
        let ids: Vec<&str> = r.advice.actions.iter().map(|c| c.id.as_ref()).collect();
        println!("{} {}", p.id, ids.join(","));
    }
}
