//! "How is this calculated?": the method, written out from the same data the scoring uses.
//!
//! Owns the structure of the method document ([`MethodDoc`]: sections of paragraphs,
//! lists and tables) and its Markdown form. The app draws the same document as HTML, and
//! `docs/METHOD.<lang>.md` is written from it (`scripts/method`), with a test that fails
//! when the file and the data drift apart. Every number here (thresholds, scores, targets,
//! mappings) is read from the model; every sentence from the language file. Sources are
//! named by document and section in the reader's language, never by line number.

use crate::assess::needed_weight;
use crate::model::{Axis, Citation, Model, Question, Role};
use crate::move_up::MAX_CHANGES;
use crate::text::{fill, Texts, Ui};

/// The method as a document: a title and sections.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodDoc {
    pub title: String,
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// A stable ID for anchors and tests, e.g. `staircase`.
    pub id: &'static str,
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Text(String),
    List(Vec<String>),
    /// A list in English whatever the page's language: the sources' own words, which the
    /// page marks as English (`lang="en"`).
    English(Vec<String>),
    Table {
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

/// A citation as a reader sees it: the document's name and the section the cited lines
/// stand in, in the reader's language ("REG LAB: … (2018), section ‘Recommendations: …’").
/// Never a line number.
pub fn citation_label(model: &Model, texts: &Texts, citation: &Citation) -> String {
    let doc = &citation.doc;
    let name = texts.get(&format!("source.seed{doc}")).unwrap_or(doc);
    let section = model
        .documents
        .iter()
        .find(|d| d.id == *doc)
        .and_then(|d| d.sections.iter().rev().find(|s| s.from <= citation.from))
        .and_then(|s| texts.get(&format!("source.seed{doc}.{}", s.id)));
    match section {
        Some(section) => fill(texts.ui(Ui::MethodSourceSection), &[("document", name), ("section", section)]),
        None => name.to_string(),
    }
}

/// A list of citations as a reader sees them, each document and section named once.
pub fn sources_label(model: &Model, texts: &Texts, citations: &[Citation]) -> String {
    let mut labels: Vec<String> = Vec::new();
    for c in citations {
        let label = citation_label(model, texts, c);
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    labels.join("; ")
}

/// Builds the method document in one language.
pub fn method(model: &Model, texts: &Texts) -> MethodDoc {
    let ui = |u: Ui| texts.ui(u).to_string();
    let short = |id: &str| texts.question(id).short().to_string();
    let mut sections = Vec::new();

    // The staircase and its steps, each with its signs and its rule.
    let mut steps =
        vec![Block::Text(fill(texts.ui(Ui::MethodIntro), &[("version", &model.version)])), Block::Text(ui(Ui::MethodStaircaseText))];
    steps.push(Block::List(
        model
            .steps
            .iter()
            .map(|s| {
                let signs: Vec<&Question> =
                    model.questions.iter().filter(|q| q.role == Role::Solution && q.steps.contains(&s.id)).collect();
                let weight: u32 = signs.iter().map(|q| q.weight).sum();
                let items: Vec<String> = signs
                    .iter()
                    .map(|q| match q.weight {
                        1 => short(q.id.as_str()),
                        w => fill(texts.ui(Ui::MethodSignWeight), &[("sign", &short(q.id.as_str())), ("weight", &w.to_string())]),
                    })
                    .collect();
                format!(
                    "{} {}",
                    fill(
                        texts.ui(Ui::MethodStepLine),
                        &[("step", &s.id.to_string()), ("name", texts.step_name(s.id)), ("summary", texts.step_summary(s.id))]
                    ),
                    fill(
                        texts.ui(Ui::MethodStepRule),
                        &[
                            ("needed", &needed_weight(weight, s.threshold_percent).to_string()),
                            ("total", &weight.to_string()),
                            ("threshold", &s.threshold_percent.to_string()),
                            ("min", &s.min_evidence.to_string()),
                            ("items", &items.join("; ")),
                        ]
                    )
                )
            })
            .collect(),
    ));
    sections.push(Section { id: "staircase", heading: ui(Ui::MethodStaircaseHeading), blocks: steps });

    // The cross-cutting areas: which enabler matters on the way to which steps.
    let enablers: Vec<&Question> = model.questions.iter().filter(|q| q.role == Role::Enabler).collect();
    sections.push(Section {
        id: "placement",
        heading: ui(Ui::MethodPlacementHeading),
        blocks: vec![
            Block::Text(ui(Ui::MethodPlacementText)),
            Block::Text(ui(Ui::MethodPlacementExample)),
            Block::Text(ui(Ui::MethodGapsText)),
            Block::Text(fill(texts.ui(Ui::MethodMoveUpText), &[("max", &MAX_CHANGES.to_string())])),
        ],
    });

    sections.push(Section {
        id: "enablers",
        heading: ui(Ui::MethodEnablersHeading),
        blocks: vec![
            Block::Text(ui(Ui::MethodEnablersText)),
            Block::Table {
                head: vec![ui(Ui::MethodQuestion), ui(Ui::MethodDimension), ui(Ui::MethodEnablerSteps)],
                rows: enablers
                    .iter()
                    .map(|q| {
                        let steps: Vec<String> = q.steps.iter().map(u8::to_string).collect();
                        vec![
                            short(q.id.as_str()),
                            texts.dimension_name(&q.dimension).to_string(),
                            if steps.is_empty() { ui(Ui::MethodEnablerNoStep) } else { steps.join(", ") },
                        ]
                    })
                    .collect(),
            },
        ],
    });

    // Answers: the scales, then the two answers that are not scores.
    let mut answers = vec![Block::Text(ui(Ui::MethodAnswersText))];
    for scale in model.scales.iter() {
        answers.push(Block::Text(texts.get(&format!("scale.{}.about", scale.id)).unwrap_or_default().to_string()));
        answers.push(Block::Table {
            head: vec![ui(Ui::MethodScaleAnswer), ui(Ui::MethodScalePoints), ui(Ui::MethodScaleInPlace)],
            rows: scale
                .options
                .iter()
                .map(|o| {
                    vec![
                        texts.get(&format!("scale.{}.{}", scale.id, o.value)).unwrap_or_default().to_string(),
                        o.score.to_string(),
                        if o.in_place { ui(Ui::MethodYes) } else { ui(Ui::MethodNo) },
                    ]
                })
                .collect(),
        });
    }
    answers.push(Block::Text(ui(Ui::MethodNotRelevantText)));
    answers.push(Block::Text(ui(Ui::MethodDontKnowText)));
    answers.push(Block::Text(fill(
        texts.ui(Ui::MethodProvisionalText),
        &[
            ("min_answered", &model.provisional.min_answered_percent.to_string()),
            ("max_unknown", &model.provisional.max_unknown_percent.to_string()),
        ],
    )));
    sections.push(Section { id: "answers", heading: ui(Ui::MethodAnswersHeading), blocks: answers });

    // Scores and the dimensions with their targets.
    sections.push(Section {
        id: "scores",
        heading: ui(Ui::MethodScoresHeading),
        blocks: vec![
            Block::Text(ui(Ui::MethodScoresText)),
            Block::Text(ui(Ui::TargetsEstimate)),
            Block::Table {
                head: vec![ui(Ui::MethodDimension), ui(Ui::MethodQuestions), ui(Ui::MethodTargets)],
                rows: model
                    .dimensions
                    .iter()
                    .map(|d| {
                        let n = model.questions.iter().filter(|q| q.dimension == d.id).count();
                        let targets: Vec<String> = d.targets.iter().map(u32::to_string).collect();
                        vec![texts.dimension_name(&d.id).to_string(), n.to_string(), targets.join(" · ")]
                    })
                    .collect(),
            },
        ],
    });

    sections.push(Section {
        id: "ambition",
        heading: ui(Ui::MethodAmbitionHeading),
        blocks: vec![Block::Text(ui(Ui::MethodAmbitionText))],
    });

    // Cross-walks.
    let dma = &model.crosswalks.dma;
    let dii = &model.crosswalks.dii;
    let band_names = |prefix: &str, bands: &[crate::model::Band]| -> String {
        let names: Vec<String> =
            bands.iter().map(|b| format!("{} {}", texts.get(&format!("{prefix}.{}", b.id)).unwrap_or(&b.id), b.min)).collect();
        names.join(", ")
    };
    let asked = dii.indicators.iter().filter(|i| !i.any.is_empty()).count();
    let option_label = |question: &crate::model::QuestionId, value: u8| -> String {
        model.question(question).map(|q| texts.option_label(q.id.as_str(), &q.scale, value)).unwrap_or_else(|| value.to_string())
    };
    sections.push(Section {
        id: "crosswalks",
        heading: ui(Ui::MethodCrosswalksHeading),
        blocks: vec![
            Block::Text(ui(Ui::MethodDmaText)),
            Block::Table {
                head: vec![ui(Ui::MethodDmaDimension), ui(Ui::MethodQuestions)],
                rows: dma
                    .dimensions
                    .iter()
                    .map(|d| {
                        let qs: Vec<String> = d.questions.iter().map(|q| short(q.as_str())).collect();
                        vec![texts.get(&format!("dma.dimension.{}", d.id)).unwrap_or(&d.id).to_string(), qs.join("; ")]
                    })
                    .collect(),
            },
            Block::Text(fill(texts.ui(Ui::MethodBands), &[("bands", &band_names("dma.band", &dma.bands))])),
            Block::Text(fill(texts.ui(Ui::MethodDiiText), &[("asked", &asked.to_string()), ("total", &dii.indicators.len().to_string())])),
            Block::Table {
                head: vec![ui(Ui::MethodDiiIndicator), ui(Ui::MethodDiiCondition)],
                rows: dii
                    .indicators
                    .iter()
                    .map(|ind| {
                        let condition = if ind.any.is_empty() {
                            ui(Ui::MethodDiiNotAsked)
                        } else {
                            let parts: Vec<String> = ind
                                .any
                                .iter()
                                .map(|c| {
                                    fill(
                                        texts.ui(Ui::MethodDiiRule),
                                        &[("question", &short(c.question.as_str())), ("option", &option_label(&c.question, c.min))],
                                    )
                                })
                                .collect();
                            parts.join(texts.ui(Ui::MethodDiiOr))
                        };
                        vec![texts.get(&format!("dii.indicator.{}", ind.id)).unwrap_or(&ind.id).to_string(), condition]
                    })
                    .collect(),
            },
            Block::Text(fill(texts.ui(Ui::MethodLevels), &[("levels", &band_names("dii.level", &dii.levels))])),
            Block::English(vec![dma.source.to_string(), dii.source.to_string()]),
        ],
    });

    // Every question with its dimension, steps, axis and source.
    sections.push(Section {
        id: "questions",
        heading: ui(Ui::MethodQuestionsHeading),
        blocks: vec![Block::Table {
            head: vec![ui(Ui::MethodQuestion), ui(Ui::MethodDimension), ui(Ui::MethodSteps), ui(Ui::MethodAxis), ui(Ui::MethodSource)],
            rows: model
                .questions
                .iter()
                .map(|q| {
                    let steps: Vec<String> = q.steps.iter().map(u8::to_string).collect();
                    let role = match q.role {
                        Role::Solution => fill(texts.ui(Ui::MethodRoleSolution), &[("steps", &steps.join(", "))]),
                        Role::Enabler if steps.is_empty() => ui(Ui::MethodRoleEnablerNone),
                        Role::Enabler => fill(texts.ui(Ui::MethodRoleEnabler), &[("steps", &steps.join(", "))]),
                    };
                    let axis = match q.axis {
                        Axis::Efficiency => ui(Ui::AxisEfficiency),
                        Axis::AddedValue => ui(Ui::AxisAddedValue),
                        Axis::Both => ui(Ui::MethodAxisBoth),
                    };
                    vec![
                        texts.question(q.id.as_str()).text().to_string(),
                        texts.dimension_name(&q.dimension).to_string(),
                        role,
                        axis,
                        sources_label(model, texts, &q.sources),
                    ]
                })
                .collect(),
        }],
    });

    MethodDoc { title: ui(Ui::MethodHeading), sections }
}

/// The document as Markdown (for `docs/METHOD.<lang>.md`).
pub fn to_markdown(doc: &MethodDoc) -> String {
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut out = format!("# {}\n", doc.title);
    for section in &doc.sections {
        out.push_str(&format!("\n## {}\n", section.heading));
        for block in &section.blocks {
            out.push('\n');
            match block {
                Block::Text(text) => out.push_str(&format!("{text}\n")),
                Block::List(items) | Block::English(items) => items.iter().for_each(|i| out.push_str(&format!("- {i}\n"))),
                Block::Table { head, rows } => {
                    let line = |cells: &[String]| {
                        let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
                        format!("| {} |\n", cells.join(" | "))
                    };
                    out.push_str(&line(head));
                    out.push_str(&format!("|{}\n", " --- |".repeat(head.len())));
                    rows.iter().for_each(|r| out.push_str(&line(r)));
                }
            }
        }
    }
    out
}
