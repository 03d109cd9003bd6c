//! The method document ("How is this calculated?") against the data and the files in
//! docs/: the app and the documents show the same, generated text.

mod common;
use common::texts;
use digitrappe_engine::method::{method, to_markdown, Block};
use digitrappe_engine::{assess, builtin, Lang};

#[test]
fn the_method_documents_in_docs_match_the_data() {
    for lang in [Lang::Da, Lang::En] {
        let path = format!("{}/../docs/METHOD.{}.md", env!("CARGO_MANIFEST_DIR"), lang.code());
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        let generated = to_markdown(&method(&builtin::model(), &texts(lang)));
        assert!(on_disk == generated, "{path} is out of date with content/: run scripts/method");
    }
}

#[test]
fn the_facilitator_guide_in_docs_is_the_apps_guide() {
    let all: Vec<(Lang, digitrappe_engine::Texts)> = Lang::ALL.iter().map(|l| (*l, texts(*l))).collect();
    let refs: Vec<(Lang, &digitrappe_engine::Texts)> = all.iter().map(|(l, t)| (*l, t)).collect();
    let generated = digitrappe_engine::guide::to_markdown(&refs);
    let path = format!("{}/../docs/FACILITATOR.md", env!("CARGO_MANIFEST_DIR"));
    assert!(std::fs::read_to_string(&path).unwrap_or_default() == generated, "{path} is out of date with content/: run scripts/method");
    // One page each: the three sentences on placement, six agenda items, what to say.
    for (lang, t) in &all {
        for key in digitrappe_engine::guide::keys() {
            assert!(!t.get(&key).unwrap_or_default().is_empty(), "{}: {key}", lang.code());
        }
        let words = digitrappe_engine::guide::keys().iter().map(|k| t.get(k).unwrap_or_default().split_whitespace().count()).sum::<usize>();
        assert!((250..=550).contains(&words), "{}: {words} words is not one page", lang.code());
        assert!(t.get("guide.session.1").unwrap_or_default().contains("min"), "the agenda is timed");
    }
}

#[test]
fn the_method_states_each_step_rule_with_the_engines_own_numbers() {
    let model = builtin::model();
    // Everything answered, nothing "not relevant": every sign applies.
    let answers = model.questions.iter().map(|q| (q.id.clone(), digitrappe_engine::Answer::Option(0))).collect();
    let result = assess(&model, &answers);
    let doc = method(&model, &texts(Lang::En));
    let Some(Block::List(steps)) = doc.sections[0].blocks.iter().find(|b| matches!(b, Block::List(_))) else {
        panic!("the staircase section lists the steps")
    };
    for (line, step) in steps.iter().zip(&result.steps) {
        let rule =
            format!("{} of {} when all apply – and at least {} signs apply", step.needed_weight, step.relevant_weight, step.min_evidence);
        assert!(line.contains(&rule), "step {}: {line:?} should say {rule:?}", step.step);
    }
}

#[test]
fn the_method_lists_every_question_with_its_source_in_every_language() {
    let model = builtin::model();
    for lang in Lang::ALL {
        let doc = method(&model, &texts(lang));
        let questions = doc.sections.iter().find(|s| s.id == "questions").unwrap();
        let Some(Block::Table { rows, .. }) = questions.blocks.first() else { panic!("a table of questions") };
        assert_eq!(rows.len(), model.questions.len());
        for r in rows {
            assert!(!r[4].contains("seed ") && !r[4].is_empty(), "{}: sources are named, not 'seed NNN': {:?}", lang.code(), r[4]);
            assert!(!r[4].chars().any(|c| c.is_ascii_digit()) || r[4].contains("(20"), "{}: no line numbers: {:?}", lang.code(), r[4]);
        }
    }
}

#[test]
fn no_page_of_the_method_shows_an_internal_reference_and_english_is_marked_as_such() {
    let model = builtin::model();
    let internal = |s: &str| {
        s.contains("seed ")
            || s.split(|c: char| !c.is_alphanumeric())
                .any(|w| w.len() > 3 && w.starts_with('L') && w[1..].chars().all(|c| c.is_ascii_digit()))
    };
    for lang in Lang::ALL {
        let doc = method(&model, &texts(lang));
        let mut english = 0;
        for s in &doc.sections {
            let texts: Vec<&String> = s
                .blocks
                .iter()
                .flat_map(|b| match b {
                    Block::Text(t) => vec![t],
                    Block::List(items) => items.iter().collect(),
                    Block::English(items) => {
                        english += items.len();
                        items.iter().collect()
                    }
                    Block::Table { head, rows } => head.iter().chain(rows.iter().flatten()).collect(),
                })
                .collect();
            for t in texts.into_iter().chain([&s.heading]) {
                assert!(!internal(t), "{}: an internal reference in '{}': {t}", lang.code(), s.id);
            }
        }
        assert_eq!(english, 2, "{}: the two cross-walk sources, in English and marked so", lang.code());
    }
}
