//! The workshop: a facilitator's room of participants' codes and its picture (`room`), and the paper answer sheet and reading it back (`paper`).

pub mod paper;
pub mod room;
