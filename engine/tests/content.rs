//! Table-wide checks of the shipped content (`content/model.json` and every language file).
//! Each test names one promise the data keeps; a failure names the offending ID.

mod common;
use common::{language_file, texts};
use digitrappe_engine::builtin;
use digitrappe_engine::model::{AdviceData, Citation, Model, Role};
use digitrappe_engine::move_up::MAX_CHANGES;
use digitrappe_engine::text::{placeholders, Texts, TextsError, Ui};
use digitrappe_engine::Lang;
use std::collections::{BTreeMap, BTreeSet};

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
        for s in q.steps.iter() {
            assert!(m.step(*s).is_some(), "{}: unknown step {s}", q.id);
        }
    }
}

#[test]
fn every_step_and_dimension_has_evidence() {
    let m = model();
    for s in m.steps.iter() {
        assert!(m.questions.iter().any(|q| q.role == Role::Solution && q.steps.contains(&s.id)), "step {} has no sign", s.id);
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

/// The seed documents, when this checkout sits beside them (`../shared/seeds`, or the
/// folder named by `DIGITRAPPEN_SEEDS`): seed number to its lines.
fn seeds() -> Option<BTreeMap<String, Vec<String>>> {
    let dir = std::env::var("DIGITRAPPEN_SEEDS").unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/seeds").to_string());
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).ok()? {
        let path = entry.ok()?.path();
        let name = path.file_name()?.to_str()?.to_string();
        if let (Some((number, _)), true) = (name.split_once('_'), name.ends_with(".txt")) {
            let text = std::fs::read_to_string(&path).ok()?;
            out.insert(number.to_string(), text.split('\n').map(str::to_string).collect());
        }
    }
    (!out.is_empty()).then_some(out)
}

fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Every citation of the questions and actions.
fn citations() -> Vec<(String, Citation)> {
    let (m, d) = (model(), builtin::advice());
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/advice.json");
    // The compiled advice keeps its citations natively; read the file to be sure.
    let d_file = AdviceData::parse(&std::fs::read_to_string(file).unwrap()).unwrap();
    assert_eq!(d, d_file);
    let mut out: Vec<(String, Citation)> = Vec::new();
    for q in m.questions.iter() {
        out.extend(q.sources.iter().map(|c| (format!("question {}", q.id), c.clone())));
    }
    for a in d.actions.iter() {
        out.extend(a.sources.iter().map(|c| (format!("action {}", a.id), c.clone())));
    }
    out
}

#[test]
fn every_question_and_action_cites_lines_of_a_known_seed_with_words_from_them() {
    let (m, d) = (model(), builtin::advice());
    for q in m.questions.iter() {
        assert!(!q.sources.is_empty(), "question {} cites nothing", q.id);
    }
    for a in d.actions.iter() {
        assert!(!a.sources.is_empty(), "action {} cites nothing", a.id);
    }
    for (who, c) in citations() {
        assert!(m.documents.iter().any(|doc| doc.id == c.doc), "{who}: unknown document {}", c.doc);
        assert!(c.from >= 1 && c.from <= c.to && c.to - c.from < 20, "{who}: lines {}-{}", c.from, c.to);
        assert!(c.quote.trim().chars().count() >= 4, "{who}: cites seed {} L{} without quoting it", c.doc, c.from);
    }
}

#[test]
fn every_citation_names_words_that_stand_on_its_lines_in_the_seed() {
    // The seeds are not part of the repository; beside it (as on the machines this project
    // is written on) every citation is read against the line it names.
    let Some(seeds) = seeds() else {
        eprintln!("the seed documents are not beside this checkout: only the citations' form was checked");
        return;
    };
    let mut wrong = Vec::new();
    for (who, c) in citations() {
        let Some(lines) = seeds.get(c.doc.as_ref()) else {
            wrong.push(format!("{who}: no seed {}", c.doc));
            continue;
        };
        let cited = lines.get(c.from as usize - 1..(c.to as usize).min(lines.len())).unwrap_or_default().join(" ");
        if cited.trim().is_empty() {
            wrong.push(format!("{who}: seed {} L{}-{} is blank", c.doc, c.from, c.to));
        } else if !normalised(&cited).contains(&normalised(&c.quote)) {
            wrong.push(format!("{who}: seed {} L{}-{} does not say {:?}", c.doc, c.from, c.to, c.quote));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn document_sections_are_in_line_order() {
    for doc in model().documents.iter() {
        let starts: Vec<u32> = doc.sections.iter().map(|s| s.from).collect();
        assert!(starts.windows(2).all(|w| w[0] < w[1]), "seed {}: sections out of order {starts:?}", doc.id);
    }
}

#[test]
fn question_ids_are_never_reused_and_every_coded_question_is_current_or_retired() {
    let m = model();
    assert_eq!(duplicates(m.retired.iter().map(|r| r.id.as_str())), Vec::<&str>::new(), "retired twice");
    for r in m.retired.iter() {
        assert!(m.question(&r.id).is_none(), "{} is retired but asked again", r.id);
        assert!(builtin::CODEBOOK.versions.iter().any(|v| v.content == r.content), "{}: retired after unknown version {}", r.id, r.content);
    }
    for v in builtin::CODEBOOK.versions.iter() {
        for slot in v.slots.iter() {
            assert!(
                m.question(&slot.question).is_some() || m.is_retired(&slot.question),
                "code book {}: {} is neither asked nor retired",
                v.content,
                slot.question
            );
        }
    }
    // The newest code book version is the model's and holds exactly its questions.
    let newest = builtin::CODEBOOK.versions.last().unwrap();
    assert_eq!(newest.content, m.version);
    let slots: Vec<&str> = newest.slots.iter().map(|s| s.question.as_str()).collect();
    let asked: Vec<&str> = m.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(slots, asked, "the newest code book version lists the model's questions in order");
}

#[test]
fn every_solution_is_a_sign_of_exactly_one_step_and_enablers_name_real_steps() {
    let m = model();
    for q in m.questions.iter() {
        match q.role {
            Role::Solution => assert_eq!(q.steps.len(), 1, "{}: a solution is a sign of one step", q.id),
            Role::Enabler => assert!(q.steps.windows(2).all(|w| w[0] < w[1]), "{}: steps ascending", q.id),
        }
        assert!(q.steps.iter().all(|s| m.step(*s).is_some()), "{}: unknown step", q.id);
    }
}

#[test]
fn every_step_has_enough_signs_and_can_be_reached_in_a_few_improvements() {
    let m = model();
    for s in m.steps.iter() {
        let signs: Vec<_> = m.questions.iter().filter(|q| q.role == Role::Solution && q.steps.contains(&s.id)).collect();
        let always = signs.iter().filter(|q| !q.not_relevant).count() as u32;
        assert!(always >= s.min_evidence && s.min_evidence >= 2, "step {}: {always} signs always apply, {} needed", s.id, s.min_evidence);
        // From nothing in place, the step needs at most MAX_CHANGES improvements, the
        // heaviest signs first.
        let total: u32 = signs.iter().map(|q| q.weight).sum();
        let needed = (total * s.threshold_percent).div_ceil(100);
        let mut weights: Vec<u32> = signs.iter().map(|q| q.weight).collect();
        weights.sort_unstable_by(|a, b| b.cmp(a));
        let changes = weights
            .iter()
            .scan(0, |sum, w| {
                *sum += w;
                Some(*sum)
            })
            .position(|sum| sum >= needed)
            .map_or(usize::MAX, |i| i + 1);
        assert!(changes <= MAX_CHANGES, "step {}: {changes} signs needed", s.id);
    }
}

#[test]
fn a_pilot_is_not_yet_an_advanced_step() {
    // On steps 4 and 5 only the top answer (in daily use) counts; on steps 1-3 and for
    // enablers, the top two. So "the third answer everywhere" cannot reach step 4.
    let m = model();
    for q in m.questions.iter() {
        let in_place = m.in_place_from(q);
        let expected = if q.role == Role::Solution && q.steps.iter().any(|s| *s >= 4) { Some(3) } else { Some(2) };
        assert_eq!(in_place, expected, "{}", q.id);
    }
}

/// The keys every language file must have for the model, and the ones it may have.
fn expected_keys(m: &Model) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut required: BTreeSet<String> = Ui::ALL.iter().map(|u| format!("ui.{}", u.key())).collect();
    let optional: BTreeSet<String> = BTreeSet::new();
    for s in std::iter::once(0).chain(m.steps.iter().map(|s| s.id)) {
        // Step 0 is "not yet on step 1".
        required.insert(format!("step.{s}.name"));
        required.insert(format!("step.{s}.summary"));
    }
    for d in m.dimensions.iter() {
        required.insert(format!("dimension.{}.name", d.id));
    }
    for s in m.scales.iter() {
        required.insert(format!("scale.{}.about", s.id));
        for o in s.options.iter() {
            required.insert(format!("scale.{}.{}", s.id, o.value));
        }
    }
    for q in m.questions.iter() {
        for field in ["text", "help", "short"] {
            required.insert(format!("question.{}.{field}", q.id));
        }
        // Every option says what that level looks like for this question.
        for o in m.scale(&q.scale).expect("scale exists").options.iter() {
            required.insert(format!("question.{}.option.{}", q.id, o.value));
        }
    }
    for r in m.retired.iter() {
        // Named when an old answer no longer counts.
        required.insert(format!("retired.{}", r.id));
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
    // Every source document and section has a readable name.
    for doc in m.documents.iter() {
        required.insert(format!("source.seed{}", doc.id));
        for section in doc.sections.iter() {
            required.insert(format!("source.seed{}.{}", doc.id, section.id));
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
    // A programme's conditions, in one line, where it has any.
    for e in data.catalogue.iter().filter(|e| !e.conditions.is_empty()) {
        required.insert(format!("help.{}.conditions", e.id));
    }
    let mut optional = optional;
    for e in data.catalogue.iter() {
        optional.insert(format!("help.{}.conditions", e.id));
    }
    // An action's text for one country's firms (the tools they use), where it differs.
    for a in data.actions.iter() {
        for field in ["title", "why", "what", "how"] {
            for country in ["dk", "no"] {
                optional.insert(format!("action.{}.{field}.{country}", a.id));
            }
        }
    }
    // The facilitator's guide.
    required.extend(digitrappe_engine::guide::keys());
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

#[test]
fn the_questionnaire_takes_about_ten_to_twelve_minutes_and_the_estimate_covers_its_words() {
    use digitrappe_engine::model::{SECONDS_PER_QUESTION, WORDS_PER_MINUTE};
    let (m, da) = (model(), texts(Lang::Da));
    let words: usize = m
        .questions
        .iter()
        .flat_map(|q| {
            let k = format!("question.{}", q.id);
            ["text", "help", "option.0", "option.1", "option.2", "option.3"].map(|f| format!("{k}.{f}"))
        })
        .map(|key| da.get(&key).unwrap_or_default().split_whitespace().count())
        .sum();
    let reading = words as u32 * 60 / WORDS_PER_MINUTE / m.questions.len() as u32;
    assert!(SECONDS_PER_QUESTION >= reading + 3, "{words} words: {reading} s of reading a question, estimate {SECONDS_PER_QUESTION} s");
    assert!((10..=12).contains(&m.minutes_to_answer()), "{} minutes", m.minutes_to_answer());
}

#[test]
fn the_industry_list_offers_the_new_trades_and_other_last_and_old_ids_keep_their_place() {
    let m = digitrappe_engine::builtin::model();
    let ids: Vec<&str> = m.profile.industries.iter().map(|i| i.as_ref()).collect();
    // IDs are forever: the first released list is still the start of the list.
    assert!(ids.starts_with(&[
        "manufacturing",
        "construction",
        "retail",
        "wholesale",
        "transport",
        "food",
        "knowledge",
        "tourism",
        "other"
    ]));
    for new in ["food-production", "agriculture", "services", "it-software"] {
        assert!(ids.contains(&new), "{new} is offered");
    }
    let choices = digitrappe_engine::profile::industry_choices(&m);
    assert_eq!(choices.len(), ids.len());
    assert_eq!(choices.last(), Some(&"other"), "'Other' is offered last");
}

/// Slips a native reader caught once (calques, invented words, "trinet", a personal "mit"
/// on a button, "the room's answers"), kept with the content in
/// `content/forbidden-words.json` so they cannot come back: no text of a language, and
/// not its method document, matches one of that language's patterns.
#[test]
fn no_text_repeats_a_slip_a_native_reader_caught() {
    #[derive(serde::Deserialize)]
    struct Slip {
        pattern: String,
        why: String,
        instead: String,
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/forbidden-words.json");
    let lists: BTreeMap<String, Vec<Slip>> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(
        lists.get("da").is_some_and(|l| l.len() >= 5) && lists.get("nb").is_some_and(|l| l.len() >= 5),
        "lists for Danish and Norwegian"
    );
    let mut found = Vec::new();
    for lang in Lang::ALL {
        let slips = lists.get(lang.code()).map(Vec::as_slice).unwrap_or_default();
        let t = texts(lang);
        let doc = std::fs::read_to_string(format!("{}/../docs/METHOD.{}.md", env!("CARGO_MANIFEST_DIR"), lang.code())).unwrap_or_default();
        for slip in slips {
            let rx =
                regex::RegexBuilder::new(&slip.pattern).case_insensitive(true).build().unwrap_or_else(|e| panic!("{}: {e}", slip.pattern));
            assert!(!slip.why.is_empty() && !slip.instead.is_empty(), "{}: say why and what instead", slip.pattern);
            for key in t.keys() {
                let text = t.get(key).unwrap_or_default();
                if let Some(m) = rx.find(text) {
                    found.push(format!("{} {key}: »{}« ({}; instead: {})", lang.code(), m.as_str(), slip.why, slip.instead));
                }
            }
            if let Some(m) = rx.find(&doc) {
                found.push(format!("{} docs/METHOD: »{}« ({})", lang.code(), m.as_str(), slip.why));
            }
        }
    }
    assert!(found.is_empty(), "\n{}", found.join("\n"));
}

#[test]
fn the_slip_lists_catch_the_slips_they_were_made_for() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/forbidden-words.json");
    let lists: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let catches = |lang: &str, text: &str| {
        lists[lang]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| regex::RegexBuilder::new(s["pattern"].as_str().unwrap()).case_insensitive(true).build().unwrap().is_match(text))
    };
    for slip in [
        "Gør trinet færdigt",
        "trinene under jer",
        "den lokale næringsavdelingen",
        "lokale erhvervshaver",
        "Send mit resultat",
        "Rummets svar",
    ] {
        assert!(catches("da", slip), "da: {slip}");
    }
    for slip in ["den lokale næringsservicen", "De egne svarene deres", "Send mitt resultat", "Rommets svar"] {
        assert!(catches("nb", slip), "nb: {slip}");
    }
    for fine in ["Trinnet er på plads", "mindst 2 minutter", "minimum", "MitID"] {
        assert!(!catches("da", fine), "da: {fine}");
    }
    assert!(catches("en", "The room's answers"));
}
