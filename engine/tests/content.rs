//! Table-wide checks of the shipped content (`content/model.json` and every language file).
//! Each test names one promise the data keeps; a failure names the offending ID.

mod common;
use common::{language_file, texts};
use digitrappe_engine::builtin;
use digitrappe_engine::model::Model;
use digitrappe_engine::text::{placeholders, Texts, TextsError, Ui};
use digitrappe_engine::Lang;
use std::collections::BTreeSet;

fn model() -> Model {
    builtin::model()
}


fn duplicates<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = BTreeSet::new();
    ids.into_iter().filter(|id| !seen.insert(*id)).collect()
}

#[test]
fn the_compiled_model_is_the_model_file() {
    // build.rs compiles content/model.json into builtin::model(); the file read at run
    // time with the same strict types must give exactly the same model.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/model.json");
    let parsed = Model::parse(&std::fs::read_to_string(path).unwrap()).expect("content/model.json parses");
    assert_eq!(parsed, model());
}

#[test]
fn every_language_file_parses_with_every_ui_string() {
    // A missing UI string is a missing field: the parse error names it.
    for lang in Lang::ALL {
        texts(lang);
    }
}

#[test]
fn ids_are_unique() {
    let m = model();
    assert_eq!(duplicates(m.questions.iter().map(|q| q.id.as_str())), Vec::<&str>::new(), "questions");
    assert_eq!(duplicates(m.dimensions.iter().map(|d| d.id.as_ref())), Vec::<&str>::new(), "dimensions");
    assert_eq!(duplicates(m.scales.iter().map(|s| s.id.as_ref())), Vec::<&str>::new(), "scales");
    for s in m.scales.iter() {
        let values: Vec<String> = s.options.iter().map(|o| o.value.to_string()).collect();
        assert_eq!(duplicates(values.iter().map(String::as_str)), Vec::<&str>::new(), "scale {}", s.id);
    }
}

#[test]
fn question_ids_are_lowercase_dotted_words() {
    for q in model().questions.iter() {
        let ok = !q.id.as_str().is_empty()
            && q.id.as_str().chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-');
        assert!(ok, "question ID {:?} should use a-z, 0-9, '.' and '-' only", q.id.as_str());
    }
}

#[test]
fn the_staircase_has_five_steps_numbered_one_to_five() {
    let ids: Vec<u8> = model().steps.iter().map(|s| s.id).collect();
    assert_eq!(ids, vec![1, 2, 3, 4, 5]);
}

#[test]
fn thresholds_and_weights_are_in_range() {
    let m = model();
    for s in m.steps.iter() {
        assert!((1..=100).contains(&s.threshold_percent), "step {} threshold {}", s.id, s.threshold_percent);
    }
    for d in m.dimensions.iter() {
        assert!(d.weight > 0, "dimension {} has weight 0", d.id);
    }
    for q in m.questions.iter() {
        assert!(q.weight > 0, "question {} has weight 0", q.id);
    }
    assert!(m.provisional.min_answered_percent <= 100 && m.provisional.max_unknown_percent <= 100);
}

#[test]
fn every_question_points_at_a_known_dimension_scale_and_steps() {
    let m = model();
    for q in m.questions.iter() {
        assert!(m.dimensions.iter().any(|d| d.id == q.dimension), "{}: unknown dimension {}", q.id, q.dimension);
        assert!(m.scale(&q.scale).is_some(), "{}: unknown scale {}", q.id, q.scale);
        assert!(!q.steps.is_empty(), "{}: gives evidence for no step", q.id);
        for s in q.steps.iter() {
            assert!(m.step(*s).is_some(), "{}: unknown step {s}", q.id);
        }
    }
}

#[test]
fn every_step_and_dimension_has_evidence() {
    let m = model();
    for s in m.steps.iter() {
        assert!(m.questions.iter().any(|q| q.steps.contains(&s.id)), "step {} has no question", s.id);
    }
    for d in m.dimensions.iter() {
        assert!(m.questions.iter().any(|q| q.dimension == d.id), "dimension {} has no question", d.id);
    }
}

#[test]
fn every_option_is_scored_in_range_and_scales_rise() {
    for s in model().scales.iter() {
        assert!(s.options.len() >= 2, "scale {} needs at least two options", s.id);
        for o in s.options.iter() {
            assert!(o.score <= 100, "scale {} option {} scores {}", s.id, o.value, o.score);
        }
        // A better option (later in the list) never scores lower or drops out of "in place".
        for pair in s.options.windows(2) {
            assert!(pair[0].score <= pair[1].score, "scale {} is not rising at {}", s.id, pair[1].value);
            assert!(!pair[0].in_place || pair[1].in_place, "scale {}: in place must not switch off", s.id);
        }
        assert!(s.options.iter().any(|o| o.in_place), "scale {}: no option counts as in place", s.id);
        assert!(s.options.iter().any(|o| !o.in_place), "scale {}: every option counts as in place", s.id);
    }
}

#[test]
fn every_question_names_its_source() {
    for q in model().questions.iter() {
        let s = q.source.trim();
        assert!(s.starts_with("seed ") || s.len() > 12, "{}: source {:?} names no seed or framework", q.id, s);
    }
}

/// The keys every language file must have for the model, and the ones it may have.
fn expected_keys(m: &Model) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut required: BTreeSet<String> = Ui::ALL.iter().map(|u| format!("ui.{}", u.key())).collect();
    let mut optional = BTreeSet::new();
    for s in m.steps.iter() {
        required.insert(format!("step.{}.name", s.id));
        required.insert(format!("step.{}.summary", s.id));
    }
    for d in m.dimensions.iter() {
        required.insert(format!("dimension.{}.name", d.id));
    }
    for s in m.scales.iter() {
        for o in s.options.iter() {
            required.insert(format!("scale.{}.{}", s.id, o.value));
        }
    }
    for q in m.questions.iter() {
        for field in ["text", "help", "short"] {
            required.insert(format!("question.{}.{field}", q.id));
        }
        for o in m.scale(&q.scale).expect("scale exists").options.iter() {
            optional.insert(format!("question.{}.option.{}", q.id, o.value));
        }
    }
    for i in m.profile.industries.iter() {
        required.insert(format!("industry.{i}"));
    }
    for s in m.profile.sizes.iter() {
        required.insert(format!("size.{s}"));
    }
    for f in m.context.iter() {
        required.insert(format!("context.{}.text", f.id));
        required.insert(format!("context.{}.source", f.id));
    }
    let (dma, dii) = (&m.crosswalks.dma, &m.crosswalks.dii);
    required.extend(dma.dimensions.iter().map(|d| format!("dma.dimension.{}", d.id)));
    required.extend(dma.bands.iter().map(|b| format!("dma.band.{}", b.id)));
    required.extend(dii.indicators.iter().map(|i| format!("dii.indicator.{}", i.id)));
    required.extend(dii.levels.iter().map(|l| format!("dii.level.{}", l.id)));
    // Every seed document a source refers to has a readable name.
    let sources = m.questions.iter().map(|q| q.source.as_ref()).chain(m.context.iter().map(|f| f.source.as_ref()));
    for source in sources {
        for part in source.split("seed ").skip(1) {
            let number: String = part.chars().take_while(char::is_ascii_digit).collect();
            required.insert(format!("source.seed{number}"));
        }
    }
    // The advice: every action's card, every industry's roadmap on every step, every help
    // entry and kind of help.
    let data = builtin::advice();
    for a in data.actions.iter() {
        for field in ["title", "why", "what", "how"] {
            required.insert(format!("action.{}.{field}", a.id));
        }
    }
    for i in m.profile.industries.iter() {
        for s in m.steps.iter() {
            required.insert(format!("roadmap.{i}.{}", s.id));
        }
    }
    for e in data.catalogue.iter() {
        for field in ["name", "offers", "audience"] {
            required.insert(format!("help.{}.{field}", e.id));
        }
    }
    required.extend(data.help_types.iter().map(|k| format!("help-type.{k}")));
    (required, optional)
}

#[test]
fn every_text_exists_in_every_language() {
    let (required, _) = expected_keys(&model());
    for lang in Lang::ALL {
        let t = texts(lang);
        for key in required.iter() {
            let text = t.get(key).unwrap_or_else(|| panic!("{}: no text for {key}", lang.code()));
            assert!(!text.trim().is_empty(), "{}: the text for {key} is blank", lang.code());
        }
    }
}

#[test]
fn no_language_file_has_texts_nobody_uses() {
    let (required, optional) = expected_keys(&model());
    for lang in Lang::ALL {
        for key in texts(lang).keys() {
            assert!(
                required.contains(key) || optional.contains(key),
                "{}: {key} is not used by the app (a typo, or left over from a removed question?)",
                lang.code()
            );
        }
    }
}

#[test]
fn every_language_has_the_same_keys() {
    let da: BTreeSet<String> = texts(Lang::Da).keys().map(str::to_string).collect();
    for lang in [Lang::En, Lang::Nb] {
        let other: BTreeSet<String> = texts(lang).keys().map(str::to_string).collect();
        let differ: Vec<&String> = other.symmetric_difference(&da).collect();
        assert!(differ.is_empty(), "{} and da differ in {differ:?}", lang.code());
    }
}

#[test]
fn templates_keep_their_placeholders_in_every_language() {
    let danish = texts(Lang::Da);
    for lang in [Lang::En, Lang::Nb] {
        let other = texts(lang);
        for key in danish.keys() {
            assert_eq!(
                placeholders(danish.get(key).unwrap()),
                placeholders(other.get(key).unwrap_or_default()),
                "{}: {key} has other placeholders than Danish",
                lang.code()
            );
        }
    }
}

#[test]
fn ui_string_keys_are_unique() {
    let keys: Vec<&str> = Ui::ALL.iter().map(|u| u.key()).collect();
    assert_eq!(duplicates(keys), Vec::<&str>::new());
}

#[test]
fn a_language_file_for_another_language_is_refused() {
    let err = Texts::parse(Lang::En, &language_file(Lang::Da)).unwrap_err();
    assert!(err.to_string().contains("da"), "{err}");
}

#[test]
fn a_language_file_missing_a_ui_string_is_refused_naming_it() {
    let mut value: serde_json::Value = serde_json::from_str(&language_file(Lang::Da)).unwrap();
    value["texts"].as_object_mut().unwrap().remove("ui.next");
    let err = Texts::parse(Lang::Da, &value.to_string()).unwrap_err();
    assert_eq!(err, TextsError::MissingUi("next"));
    assert!(err.to_string().contains("`ui.next`"), "{err}");
}

#[test]
fn a_language_file_with_a_key_twice_is_refused() {
    let json = r#"{"lang":"da","texts":{"ui.next":"Næste","ui.next":"Videre"}}"#;
    let err = Texts::parse(Lang::Da, json).unwrap_err();
    assert!(err.to_string().contains("ui.next appears twice"), "{err}");
}
