//! The model and the content around it: the questions, scales and steps (`model`), the answers and the one rule for which a question offers (`answers`), the company profile, one language's texts (`text`, `lang`), the context figures, the crosswalk to other frameworks, and the method document and facilitator's guide written from the data.

pub mod answers;
pub mod context;
pub mod crosswalk;
pub mod guide;
pub mod lang;
pub mod method;
pub mod model;
pub mod profile;
pub mod text;
