//! Scoring and what it says: answers to an assessment (`assess`), why in words (`explain`), the ambition gap, what would move the firm up, the advice and who helps (`advice`, `catalogue`), all of it computed once (`report`), and chart geometry as numbers (`chart`).

pub mod advice;
pub mod ambition;
pub mod assess;
pub mod catalogue;
pub mod chart;
pub mod explain;
pub mod move_up;
pub mod report;
