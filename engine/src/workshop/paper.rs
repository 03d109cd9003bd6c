//! Answers on paper, for rooms without phones: the printable answer sheet ([`sheet`]) and
//! reading a participant's answers typed by the facilitator, one character per question
//! ([`read`], [`answers`]).
//!
//! ## What is typed
//! One character per question, in model order (the sheet's numbers); spaces and line
//! breaks are ignored, so the facilitator may type in groups:
//! - `1`..`9`: the question's scale option by position (the sheet numbers them so);
//! - `0`: don't know;
//! - `-`: not relevant (only where the question offers it);
//! - `.`: not answered.
//!
//! Fewer characters than questions is fine (the rest are unanswered, and [`Paper::next`]
//! says which question is next); more is an error.

use crate::answers::{offered, offers, Answer, Answers};
use crate::model::Model;
use crate::text::{fill, Texts, Ui};

/// What the typed characters hold so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paper {
    pub answers: Answers,
    /// How many questions have a character (answered or `.`).
    pub filled: usize,
    pub total: usize,
    /// The number (1-based) of the question the next character is for; `None` when all
    /// have one.
    pub next: Option<usize>,
}

/// Why typed answers cannot be read; `question` is the sheet's number (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaperError {
    /// A character that is no answer.
    NotAnAnswer { question: usize, character: char },
    /// A digit beyond the question's options.
    NoSuchOption { question: usize, number: u32, options: usize },
    /// `-` for a question that does not offer "not relevant".
    NotRelevantNotOffered { question: usize },
    /// `0` for a question that does not offer "don't know".
    DontKnowNotOffered { question: usize },
    /// More characters than questions.
    TooMany { given: usize, expected: usize },
}

/// Reads typed answers (see the module's documentation). Never panics.
pub fn read(model: &Model, typed: &str) -> Result<Paper, PaperError> {
    let chars: Vec<char> = crate::typed::normalise(typed).chars().filter(|c| !c.is_whitespace()).collect();
    let total = model.questions.len();
    if chars.len() > total {
        return Err(PaperError::TooMany { given: chars.len(), expected: total });
    }
    let mut answers = Answers::new();
    for (i, (c, q)) in chars.iter().zip(model.questions.iter()).enumerate() {
        let question = i + 1;
        let answer = match c {
            '.' => None,
            '-' if offers(model, q, &Answer::NotRelevant) => Some(Answer::NotRelevant),
            '-' => return Err(PaperError::NotRelevantNotOffered { question }),
            '0' if offers(model, q, &Answer::DontKnow) => Some(Answer::DontKnow),
            '0' => return Err(PaperError::DontKnowNotOffered { question }),
            d @ '1'..='9' => {
                let number = d.to_digit(10).unwrap_or(0);
                let options = model.scale(&q.scale).map_or(&[][..], |s| &s.options[..]);
                match options.get(number as usize - 1) {
                    Some(o) => Some(Answer::Option(o.value)),
                    None => return Err(PaperError::NoSuchOption { question, number, options: options.len() }),
                }
            }
            other => return Err(PaperError::NotAnAnswer { question, character: *other }),
        };
        if let Some(a) = answer {
            answers.set(q.id.clone(), a);
        }
    }
    let filled = chars.len();
    Ok(Paper { answers, filled, total, next: (filled < total).then_some(filled + 1) })
}

/// The answers typed for one participant.
pub fn answers(model: &Model, typed: &str) -> Result<Answers, PaperError> {
    read(model, typed).map(|p| p.answers)
}

/// What the app says about typed answers it cannot read.
pub fn describe(error: &PaperError, t: &Texts) -> String {
    match error {
        PaperError::NotAnAnswer { question, character } => {
            fill(t.ui(Ui::PaperErrorCharacter), &[("question", &question.to_string()), ("character", &crate::typed::shown(*character))])
        }
        PaperError::NoSuchOption { question, number, options } => fill(
            t.ui(Ui::PaperErrorOption),
            &[("question", &question.to_string()), ("number", &number.to_string()), ("options", &options.to_string())],
        ),
        PaperError::NotRelevantNotOffered { question } => fill(t.ui(Ui::PaperErrorNotRelevant), &[("question", &question.to_string())]),
        PaperError::DontKnowNotOffered { question } => fill(t.ui(Ui::PaperErrorDontKnow), &[("question", &question.to_string())]),
        PaperError::TooMany { given, expected } => {
            fill(t.ui(Ui::PaperErrorTooMany), &[("given", &given.to_string()), ("expected", &expected.to_string())])
        }
    }
}

/// The printable answer sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    /// Per scale the questions use: its options as numbered on the sheet, with their words.
    pub scales: Vec<Vec<(char, String)>>,
    /// The questions in model order, grouped by dimension.
    pub parts: Vec<SheetPart>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetPart {
    pub dimension: String,
    pub questions: Vec<SheetQuestion>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetQuestion {
    /// 1-based, as typed.
    pub number: usize,
    pub id: String,
    /// The question's short text.
    pub short: String,
    /// Which of [`Sheet::scales`] it uses.
    pub scale: usize,
    /// The characters to tick, in order: the options' numbers, then `0` (don't know) and
    /// `-` (not relevant) where offered.
    pub marks: Vec<char>,
}

/// The answer sheet in one language.
pub fn sheet(model: &Model, t: &Texts) -> Sheet {
    let mut scale_ids: Vec<&str> = Vec::new();
    let mut parts: Vec<SheetPart> = Vec::new();
    for (i, q) in model.questions.iter().enumerate() {
        let scale = match scale_ids.iter().position(|s| *s == q.scale) {
            Some(p) => p,
            None => {
                scale_ids.push(&q.scale);
                scale_ids.len() - 1
            }
        };
        // What the question offers (`answers::offered`), as marks: its options 1-9, then
        // "don't know" (0) and "not relevant" (-).
        let offered = offered(model, q);
        let options = offered.iter().filter(|a| matches!(a, Answer::Option(_))).count().min(9);
        let mut marks: Vec<char> = (1..=options as u32).filter_map(|n| char::from_digit(n, 10)).collect();
        for (answer, mark) in [(Answer::DontKnow, '0'), (Answer::NotRelevant, '-')] {
            if offered.contains(&answer) {
                marks.push(mark);
            }
        }
        let question =
            SheetQuestion { number: i + 1, id: q.id.to_string(), short: t.question(q.id.as_str()).short().to_string(), scale, marks };
        let dimension = t.dimension_name(&q.dimension).to_string();
        match parts.last_mut() {
            Some(p) if p.dimension == dimension => p.questions.push(question),
            _ => parts.push(SheetPart { dimension, questions: vec![question] }),
        }
    }
    let scales = scale_ids
        .iter()
        .map(|id| {
            model.scale(id).map_or_else(Vec::new, |s| {
                s.options
                    .iter()
                    .take(9)
                    .enumerate()
                    .filter_map(|(i, o)| {
                        Some((char::from_digit(i as u32 + 1, 10)?, t.get(&format!("scale.{id}.{}", o.value)).unwrap_or("").to_string()))
                    })
                    .collect()
            })
        })
        .collect();
    Sheet { scales, parts }
}
