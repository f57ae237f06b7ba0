//! The content format: the default catalog validates, round-trips, keeps its
//! published ids and every seed fact; broken catalogs report every problem
//! with its JSON path.

#[path = "support/snapshot.rs"]
mod snapshot;
use berth::{default_catalog, default_content::DEFAULT_CATALOG_JSON, Catalog, Lang};
use serde::Deserialize;
use serde_json::{json, Value};
use snapshot::check_snapshot;

#[test]
fn default_catalog_validates_and_round_trips() {
    let catalog = default_catalog();
    let exported = catalog.to_json_pretty();
    let again = Catalog::from_json(&exported).expect("exported catalog validates");
    assert_eq!(again.document(), catalog.document());
    let original: Value = serde_json::from_str(DEFAULT_CATALOG_JSON).unwrap();
    let exported: Value = serde_json::from_str(&exported).unwrap();
    assert_eq!(
        original, exported,
        "export writes exactly the bundled content"
    );
}

/// Published ids become share links and CLI arguments: removing one breaks
/// links in the wild. `tests/data/stable-ids.txt` lists every published id;
/// add new ones there, never remove.
#[test]
fn published_ids_never_disappear() {
    let catalog = default_catalog();
    let mut missing = Vec::new();
    for line in include_str!("data/stable-ids.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let found = if let Some(rest) = line.strip_prefix("option ") {
            catalog.option_index(rest).is_some()
        } else if let Some(rest) = line.strip_prefix("question ") {
            match rest.split_once('=') {
                None => catalog.question_index(rest).is_some(),
                Some((q, a)) => catalog
                    .question_index(q)
                    .is_some_and(|qi| catalog.question(qi).answers.iter().any(|x| x.id == a)),
            }
        } else {
            panic!("bad line in stable-ids.txt: {line}");
        };
        if !found {
            missing.push(line.to_string());
        }
    }
    assert!(missing.is_empty(), "published ids removed: {missing:?}");
}

#[derive(Deserialize)]
struct SeedFact {
    fact: String,
    option: String,
    ko: Vec<String>,
    en: Vec<String>,
}

/// Every fact of the Korean seed notes is in the catalog, in both languages.
#[test]
fn every_seed_fact_is_in_the_catalog_in_both_languages() {
    let catalog = default_catalog();
    let facts: Vec<SeedFact> = serde_json::from_str(include_str!("data/seed-facts.json")).unwrap();
    let mut missing = Vec::new();
    for f in &facts {
        let oi = catalog
            .option_index(&f.option)
            .unwrap_or_else(|| panic!("no option {}", f.option));
        let o = catalog.option(oi);
        for (lang, words) in [(Lang::Ko, &f.ko), (Lang::En, &f.en)] {
            let found = o.facts.iter().chain(std::iter::empty()).any(|fact| {
                let text = fact.text.get(lang).to_lowercase();
                words.iter().all(|w| text.contains(&w.to_lowercase()))
            }) || words.iter().all(|w| {
                o.summary
                    .get(lang)
                    .to_lowercase()
                    .contains(&w.to_lowercase())
            });
            if !found {
                missing.push(format!("{} [{}] {:?}", f.fact, lang.code(), words));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "seed facts missing:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_number_has_a_dated_source() {
    let catalog = default_catalog();
    for (oi, o) in catalog.options().iter().enumerate() {
        for (fi, f) in o.facts.iter().enumerate() {
            let s = catalog.source_of(oi, fi);
            assert!(
                s.url.starts_with("https://"),
                "{}/{}: {}",
                o.id,
                f.id,
                s.url
            );
            assert!(!s.as_of.is_empty(), "{}/{} has a dated source", o.id, f.id);
        }
    }
}

/// Applies `edit` to the default catalog's JSON and returns `path: message` lines.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut v: Value = serde_json::from_str(DEFAULT_CATALOG_JSON).unwrap();
    edit(&mut v);
    match Catalog::from_json(&v.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems
            .iter()
            .map(|p| format!("{}: {}", p.path, p.message(Lang::En)))
            .collect(),
    }
}

fn check(edit: impl FnOnce(&mut Value), expected: &[&str]) {
    let got = problems_after(edit);
    for e in expected {
        assert!(
            got.iter().any(|g| g.contains(e)),
            "expected a problem containing {e:?}; got:\n{}",
            got.join("\n")
        );
    }
    assert_eq!(
        got.len(),
        expected.len(),
        "problem count; got:\n{}",
        got.join("\n")
    );
}

#[test]
fn all_problems_reported_at_once_with_paths() {
    check(
        |v| {
            v["options"][1]["id"] = json!("lambda"); // duplicate id
            v["options"][0]["name"]["ko"] = json!(""); // missing translation
            v["options"][0]["facts"][0]["source"] = json!(""); // fact without source
            v["options"][0]["capabilities"]["runtime"]["value"] = json!("15GB"); // run-time limit in bytes
            v["options"][2]["rules"][0]["when"][0]["question"] = json!("colour"); // unknown question
            v["options"][2]["rules"][1]["fact"] = json!("nope"); // unknown fact
        },
        &[
            "$.options[1].id: duplicate id \"lambda\"",
            "$.options[0].name.ko: missing Korean translation",
            "$.options[0].facts[0].source: fact has no source",
            "$.options[0].capabilities.runtime.value: \"15GB\" has the wrong unit",
            "$.options[2].rules[0].when[0].question: unknown question \"colour\"",
            "$.options[2].rules[1].fact: this option has no fact \"nope\"",
        ],
    );
}

#[test]
fn more_problems() {
    check(
        |v| v["format"] = json!("other/9"),
        &["$.format: format must be"],
    );
    check(
        |v| v["sources"][0]["url"] = json!("javascript:alert(1)"),
        &["$.sources[0].url: a source URL must be an https:// address"],
    );
    // Issue #16: a URL that closes a Markdown `<…>` link early, and plain http.
    for url in [
        "https://example.org/\"><img/src=x/onerror=alert(1)>",
        "http://example.org/",
        "https://aws.amazon.com@evil.example/",
    ] {
        check(
            |v| v["sources"][0]["url"] = json!(url),
            &["$.sources[0].url: a source URL must be an https:// address"],
        );
    }
    check(
        |v| {
            v["questions"][0]["answers"]
                .as_array_mut()
                .unwrap()
                .push(json!({"id": "Web App", "label": {"ko": "웹", "en": "Web"}}))
        },
        &["$.questions[0].answers[7].id: id \"Web App\" may only contain"],
    );
    check(
        |v| {
            v["options"][0]["rules"][0]["when"][0] =
                json!({"question": "gpu", "answers": ["maybe"]})
        },
        &["$.options[0].rules[0].when[0].answers[0]: question \"gpu\" has no answer \"maybe\""],
    );
    check(
        |v| {
            v["options"][0]["rules"][0] =
                json!({"when": [{"question": "gpu", "answers": ["yes"]}], "fact": "timeout"})
        },
        &["$.options[0].rules[0]: a rule needs eliminate"],
    );
    check(
        |v| v["options"][1]["status"]["successor"] = json!("nowhere"),
        &["$.options[1].status.successor: unknown option"],
    );
    check(
        |v| v["options"][0]["compare"]["colour"] = json!({"ko": "x", "en": "y"}),
        &["$.options[0].compare.colour: no comparison row"],
    );
}

#[test]
fn syntax_and_type_errors_name_their_path() {
    let bad = DEFAULT_CATALOG_JSON.replacen("\"base_score\": 2", "\"base_score\": \"two\"", 1);
    let problems = Catalog::from_json(&bad).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "$.options[0].base_score");
    let problems = Catalog::from_json("{ not json").unwrap_err();
    assert!(problems[0]
        .message(Lang::Ko)
        .contains("JSON을 읽을 수 없습니다"));
    let problems =
        Catalog::from_json("{\"format\": \"berth-catalog/1\", \"extra\": 1}").unwrap_err();
    assert!(
        problems[0].message(Lang::En).contains("unknown field"),
        "{problems:?}"
    );
}

#[test]
fn a_small_custom_catalog_works() {
    let text = include_str!("data/custom-catalog.json");
    let catalog = Catalog::from_json(text).expect("custom catalog validates");
    let answers = berth::Answers::parse(&catalog, ["team=small", "data=1TB"]).unwrap();
    let rec = berth::recommend(&answers, &catalog);
    assert_eq!(catalog.option(rec.ranked[0].option).id, "postgres");
    assert_eq!(catalog.option(rec.eliminated[0].option).id, "sqlite");
}

/// Essentials: the widget asks them first and counts its progress in them;
/// a catalog may mark only a few, and one that marks none asks everything
/// as essential.
#[test]
fn essentials_are_few_asked_first_and_default_to_all() {
    let catalog = default_catalog();
    let essential_ids: Vec<&str> = catalog
        .asking_order()
        .into_iter()
        .filter(|&q| catalog.is_essential(q))
        .map(|q| catalog.question(q).id.as_str())
        .collect();
    assert_eq!(
        essential_ids,
        ["workload", "runtime", "kubernetes", "ops", "cost"]
    );
    let order = catalog.asking_order();
    assert_eq!(order.len(), catalog.questions().len());
    let first_refine = order.iter().position(|&q| !catalog.is_essential(q));
    assert_eq!(first_refine, Some(5), "essentials come first: {order:?}");

    check(
        |v| {
            for q in v["questions"].as_array_mut().unwrap() {
                q["essential"] = json!(true);
            }
        },
        &["$.questions: 19 questions are marked essential: mark only the few"],
    );

    let mut v: Value = serde_json::from_str(DEFAULT_CATALOG_JSON).unwrap();
    for q in v["questions"].as_array_mut().unwrap() {
        q.as_object_mut().unwrap().remove("essential");
    }
    let unmarked = Catalog::from_json(&v.to_string()).unwrap();
    assert!((0..unmarked.questions().len()).all(|q| unmarked.is_essential(q)));
    assert_eq!(
        unmarked.asking_order(),
        (0..unmarked.questions().len()).collect::<Vec<_>>()
    );
}

/// One problem of every kind (and of every wording a kind has), in the
/// order `ProblemKind` declares them.
fn one_problem_of_every_kind() -> Vec<berth::ProblemKind> {
    use berth::quantity::{Dimension, QuantityError};
    use berth::ProblemKind::*;
    let text = |s: &str| s.to_string();
    let kinds = vec![
        Syntax(text("expected value at line 1 column 1")),
        WrongFormat(text("other/9")),
        MissingField,
        BadId(text("Web App")),
        MissingTranslation(Lang::Ko),
        MissingTranslation(Lang::En),
        DuplicateId(text("lambda")),
        UnknownQuestion(text("colour")),
        UnknownAnswer {
            question: text("gpu"),
            answer: text("maybe"),
            valid: vec![text("yes"), text("no")],
        },
        UnknownFact(text("nope")),
        UnknownSource(text("nowhere")),
        UnknownOption(text("nowhere")),
        UnknownCompareRow(text("colour")),
        FactWithoutSource,
        WrongUnit {
            expected: Dimension::Duration,
            given: text("15GB"),
        },
        BadQuantity {
            given: text(""),
            error: QuantityError::Empty,
            dimension: Dimension::Bytes,
        },
        BadQuantity {
            given: text("x"),
            error: QuantityError::BadNumber(text("x")),
            dimension: Dimension::Duration,
        },
        BadQuantity {
            given: text("15"),
            error: QuantityError::MissingUnit,
            dimension: Dimension::Bytes,
        },
        BadQuantity {
            given: text("15q"),
            error: QuantityError::UnknownUnit(text("q")),
            dimension: Dimension::Vcpu,
        },
        BadQuantity {
            given: text("99999999999999999999h"),
            error: QuantityError::TooLarge,
            dimension: Dimension::Duration,
        },
        ConditionShape,
        TestDoesNotFitQuestion,
        RuleWithoutEffect,
        BadUrl(text("http://example.org/")),
        BadDate(text("2026/11")),
        NoAnswers,
        TooManyAnswers(65),
        TooManyEssentials(19),
        AnswersOnQuantity,
        NoDimension,
        NoOptions,
        NoQuestions,
        TooLarge { limit: 1_000_000 },
        TooMany {
            count: 300,
            limit: 200,
        },
        TooComplex { limit: 100_000 },
        BadCount {
            count: 0,
            limit: 50,
        },
        MoreProblems(1),
        MoreProblems(7),
        BadCorrect(text("two answers for a single-choice question")),
        UnknownChoice(text("d")),
        BadScenario(text("expected lambda, got fargate")),
        UnknownFormat(text("berth-other/1")),
        MissingCell(text("runtime")),
        UnknownDimension(text("colour")),
        BadCellValue(text("maybe")),
        CaseWidens {
            base: text("15m"),
            case: text("1h"),
        },
        FactWithoutQuote(text("timeout")),
        QuoteTooLong(400),
        LimitNeedsQuantity(text("workload")),
        NeededWhenOnLimit,
        QuestionOnCapability,
        EliminationOutsideMatrix(text("gpu")),
        PenaltyForIncompatibility(text("gpu")),
    ];
    // No wildcard: a new kind does not compile until it is listed above.
    for kind in &kinds {
        match kind {
            Syntax(_)
            | WrongFormat(_)
            | MissingField
            | BadId(_)
            | MissingTranslation(_)
            | DuplicateId(_)
            | UnknownQuestion(_)
            | UnknownAnswer { .. }
            | UnknownFact(_)
            | UnknownSource(_)
            | UnknownOption(_)
            | UnknownCompareRow(_)
            | FactWithoutSource
            | WrongUnit { .. }
            | BadQuantity { .. }
            | ConditionShape
            | TestDoesNotFitQuestion
            | RuleWithoutEffect
            | BadUrl(_)
            | BadDate(_)
            | NoAnswers
            | TooManyAnswers(_)
            | TooManyEssentials(_)
            | AnswersOnQuantity
            | NoDimension
            | NoOptions
            | NoQuestions
            | TooLarge { .. }
            | TooMany { .. }
            | TooComplex { .. }
            | BadCount { .. }
            | MoreProblems(_)
            | BadCorrect(_)
            | UnknownChoice(_)
            | BadScenario(_)
            | UnknownFormat(_)
            | MissingCell(_)
            | UnknownDimension(_)
            | BadCellValue(_)
            | CaseWidens { .. }
            | FactWithoutQuote(_)
            | QuoteTooLong(_)
            | LimitNeedsQuantity(_)
            | NeededWhenOnLimit
            | QuestionOnCapability
            | EliminationOutsideMatrix(_)
            | PenaltyForIncompatibility(_) => {}
        }
    }
    kinds
}

/// Every problem kind reads as a sentence in both languages, and the two
/// differ; the whole wording is pinned by `tests/data/problem-messages.txt`
/// (after a deliberate change, `BERTH_BLESS=1 cargo test --test catalog`
/// rewrites it: review the diff).
#[test]
fn every_problem_kind_has_a_message_in_both_languages() {
    let mut got = String::new();
    for kind in one_problem_of_every_kind() {
        let problem = berth::Problem {
            path: "$".into(),
            kind,
        };
        let ko = problem.message(Lang::Ko);
        let en = problem.message(Lang::En);
        assert!(!ko.is_empty() && !en.is_empty(), "{problem:?}");
        assert_ne!(ko, en, "{problem:?}");
        got.push_str(&format!("{:?}\n  ko: {ko}\n  en: {en}\n", problem.kind));
    }
    check_snapshot("problem-messages.txt", &got);
}
