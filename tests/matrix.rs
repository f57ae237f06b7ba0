//! The capability matrix as a whole class, not as examples: for every option
//! and every dimension of the default catalog, a need just over a limit (or
//! a capability the option lacks) rules the option out with that cell's
//! why-not, and a need at the limit (or a capability it has) never does.
//! Then the validation rules that keep the matrix the only place for hard
//! limits, and the fact sheet being current.

use berth::catalog::{CompiledCondition, RuleOrigin, Test};
use berth::matrix::{CellValue, Verdict};
use berth::model::DimensionKind;
use berth::quantity;
use berth::{default_catalog, recommend, AnswerValue, Answers, Catalog, Lang, ProblemKind};

/// An answer that makes `c` hold.
fn satisfy(answers: &mut Answers, c: &CompiledCondition) {
    let value = match c.test {
        Test::OneOf(mask) => AnswerValue::Choice(mask.trailing_zeros() as usize),
        Test::Above(t) => AnswerValue::Quantity(t + 1),
        Test::AtMost(t) => AnswerValue::Quantity(t),
    };
    answers.set(c.question, Some(value));
}

/// Whether `option` is ruled out by its cell for `dimension` under `answers`,
/// and the why-not texts of those eliminations.
fn ruled_out_by_cell(
    catalog: &Catalog,
    option: usize,
    dimension: usize,
    answers: &Answers,
) -> Option<Vec<String>> {
    let rec = recommend(answers, catalog);
    let e = rec.eliminated.iter().find(|e| e.option == option)?;
    let texts: Vec<String> =
        e.by.iter()
            .filter(|f| {
                matches!(catalog.compiled_option(option).rules[f.rule].origin,
                RuleOrigin::Cell { dimension: d, .. } if d == dimension)
            })
            .map(|f| berth::render::fired_text(catalog, option, f, answers, Lang::En))
            .collect();
    (!texts.is_empty()).then_some(texts)
}

/// Every (option, dimension, case) with the conditions that select it.
fn each_cell(catalog: &Catalog) -> Vec<(usize, usize, Vec<CompiledCondition>, CellValue)> {
    let mut out = Vec::new();
    for o in 0..catalog.options().len() {
        for d in 0..catalog.dimensions().len() {
            let cell = catalog.cell(o, d);
            out.push((o, d, Vec::new(), cell.value));
            for case in &cell.cases {
                out.push((o, d, case.when.clone(), case.value));
            }
        }
    }
    out
}

#[test]
fn every_limit_rules_out_just_above_and_never_at_it() {
    let catalog = default_catalog();
    let mut checked = 0;
    for (o, d, when, value) in each_cell(&catalog) {
        let dim = catalog.compiled_dimension(d);
        let (DimensionKind::Limit, CellValue::Limit(limit), Some(q)) =
            (dim.kind, value, dim.question)
        else {
            continue;
        };
        let unit = catalog
            .question(q)
            .dimension
            .expect("limit on a quantity question");
        let mut at = Answers::empty(&catalog);
        when.iter().for_each(|c| satisfy(&mut at, c));
        at.set(q, Some(AnswerValue::Quantity(limit)));
        let id = &catalog.option(o).id;
        let label = &catalog.dimension(d).id;
        assert!(
            ruled_out_by_cell(&catalog, o, d, &at).is_none(),
            "{id}: a need exactly at its {label} limit must not rule it out"
        );
        let mut over = at.clone();
        over.set(q, Some(AnswerValue::Quantity(limit + 1)));
        let why = ruled_out_by_cell(&catalog, o, d, &over).unwrap_or_else(|| {
            panic!("{id}: a need just above its {label} limit must rule it out")
        });
        let shown = quantity::format(unit, limit, Lang::En);
        assert!(
            why.iter().any(|w| w.contains(&shown)),
            "{id}: the why-not names the {label} limit {shown}: {why:?}"
        );
        checked += 1;
    }
    assert!(
        checked >= 40,
        "the default catalog has many limits; checked {checked}"
    );
}

#[test]
fn every_missing_capability_rules_out_when_needed_and_no_other_does() {
    let catalog = default_catalog();
    let mut lacking = 0;
    for (o, d, when, value) in each_cell(&catalog) {
        let dim = catalog.compiled_dimension(d);
        if dim.kind != DimensionKind::Capability || dim.needed_when.is_empty() {
            continue;
        }
        let mut needed = Answers::empty(&catalog);
        when.iter().for_each(|c| satisfy(&mut needed, c));
        dim.needed_when.iter().for_each(|c| satisfy(&mut needed, c));
        let id = &catalog.option(o).id;
        let label = &catalog.dimension(d).id;
        let out = ruled_out_by_cell(&catalog, o, d, &needed);
        match value {
            CellValue::No => {
                let why = out
                    .unwrap_or_else(|| panic!("{id}: lacks {label}, so needing it rules it out"));
                assert!(why.iter().all(|w| !w.is_empty()));
                lacking += 1;
            }
            _ => assert!(
                out.is_none(),
                "{id}: has {label} ({value:?}), so needing it must not rule it out"
            ),
        }
    }
    assert!(
        lacking >= 40,
        "the default catalog lacks many capabilities; checked {lacking}"
    );
}

#[test]
fn every_option_fills_every_dimension_with_a_quoted_fact() {
    let catalog = default_catalog();
    for o in 0..catalog.options().len() {
        let option = catalog.option(o);
        assert_eq!(
            option.capabilities.len(),
            catalog.dimensions().len(),
            "{}",
            option.id
        );
        for d in 0..catalog.dimensions().len() {
            let cell = catalog.cell(o, d);
            match cell.fact {
                Some(f) => {
                    let quote = &option.facts[f].quote;
                    assert!(
                        !quote.is_empty() && quote.chars().count() <= 200,
                        "{}: {quote}",
                        option.id
                    );
                }
                None => assert_eq!(cell.value, CellValue::NotStated, "{}", option.id),
            }
        }
    }
}

#[test]
fn the_winners_reasons_include_how_it_meets_each_stated_need() {
    let catalog = default_catalog();
    let answers = Answers::parse(&catalog, ["workload=batch", "runtime=40m"]).unwrap();
    let rec = recommend(&answers, &catalog);
    let top = rec.ranked[0].option;
    let assessed = berth::matrix::assess(&catalog, top, &answers);
    let runtime = catalog.dimension_index("runtime").unwrap();
    let a = assessed
        .iter()
        .find(|a| a.dimension == runtime)
        .expect("runtime assessed");
    assert_ne!(a.verdict, Verdict::Lacks);
    let lines = berth::render::matrix_fits(&catalog, top, &answers, Lang::En);
    assert!(
        lines
            .iter()
            .any(|(v, l)| *v != Verdict::Unknown && l.contains("40 min")),
        "{lines:?}"
    );
}

// ---- validation: the matrix is the only place for hard limits ----

const MINI: &str = r#"{
  "format": "berth-catalog/1", "id": "mini", "languages": ["en"],
  "title": {"en": "Mini"}, "as_of": "2026-11-01",
  "sources": [{"id": "s", "title": "S", "url": "https://example.org/s", "as_of": "2026-11"}],
  "questions": [
    {"id": "runtime", "label": {"en": "Run time"}, "kind": "quantity", "dimension": "duration"},
    {"id": "os", "label": {"en": "OS"}, "answers": [{"id": "linux", "label": {"en": "Linux"}}, {"id": "windows", "label": {"en": "Windows"}}]}
  ],
  "dimensions": [
    {"id": "runtime", "label": {"en": "Run time"}, "kind": "limit", "question": "runtime"},
    {"id": "windows", "label": {"en": "Windows"}, "kind": "capability", "needed_when": [{"question": "os", "answers": ["windows"]}]}
  ],
  "options": [
    {"id": "a", "name": {"en": "A"}, "summary": {"en": "A"},
     "facts": [{"id": "limit", "text": {"en": "15 min"}, "source": "s", "quote": "at most 900 seconds"},
               {"id": "linux", "text": {"en": "Linux only"}, "source": "s", "quote": "Linux only"}],
     "rules": [RULES],
     "capabilities": {CELLS}}
  ]
}"#;

const GOOD_CELLS: &str =
    r#""runtime": {"value": "15m", "fact": "limit"}, "windows": {"value": "no", "fact": "linux"}"#;

fn problems(rules: &str, cells: &str) -> Vec<(String, ProblemKind)> {
    let json = MINI.replace("RULES", rules).replace("CELLS", cells);
    match Catalog::from_json(&json) {
        Ok(_) => Vec::new(),
        Err(ps) => ps.into_iter().map(|p| (p.path, p.kind)).collect(),
    }
}

fn check(rules: &str, cells: &str, expected: &[(&str, ProblemKind)]) {
    let got = problems(rules, cells);
    let want: Vec<(String, ProblemKind)> = expected
        .iter()
        .map(|(p, k)| (p.to_string(), k.clone()))
        .collect();
    assert_eq!(got, want, "rules {rules} cells {cells}");
}

#[test]
fn validation_keeps_hard_limits_in_the_matrix() {
    let prefer =
        r#"{"when": [{"question": "os", "answers": ["linux"]}], "score": 1, "fact": "linux"}"#;
    check(prefer, GOOD_CELLS, &[]);
    // A dimension left out.
    check(
        prefer,
        r#""runtime": {"value": "15m", "fact": "limit"}"#,
        &[(
            "$.options[0].capabilities",
            ProblemKind::MissingCell("windows".into()),
        )],
    );
    // A hand-written elimination on a question the matrix covers.
    check(
        r#"{"when": [{"question": "runtime", "above": "15m"}], "eliminate": true, "fact": "limit"}"#,
        GOOD_CELLS,
        &[(
            "$.options[0].rules[0]",
            ProblemKind::EliminationOutsideMatrix("runtime".into()),
        )],
    );
    // An incompatibility disguised as a penalty.
    check(
        r#"{"when": [{"question": "os", "answers": ["windows"]}], "score": -5, "fact": "linux"}"#,
        GOOD_CELLS,
        &[(
            "$.options[0].rules[0]",
            ProblemKind::PenaltyForIncompatibility("os".into()),
        )],
    );
    // An exception that widens.
    check(
        prefer,
        r#""runtime": {"value": "15m", "fact": "limit", "except": [{"when": [{"question": "os", "answers": ["linux"]}], "value": "1h", "fact": "limit"}]}, "windows": {"value": "no", "fact": "linux"}"#,
        &[(
            "$.options[0].capabilities.runtime.except[0].value",
            ProblemKind::CaseWidens {
                base: "15m".into(),
                case: "1h".into(),
            },
        )],
    );
    // Values of the wrong kind, and a cell for no dimension.
    check(
        prefer,
        r#""runtime": {"value": "yes", "fact": "limit"}, "windows": {"value": "15m", "fact": "linux"}, "gpu": {"value": "no"}"#,
        &[
            (
                "$.options[0].capabilities.gpu",
                ProblemKind::UnknownDimension("gpu".into()),
            ),
            (
                "$.options[0].capabilities.runtime.value",
                ProblemKind::BadCellValue("yes".into()),
            ),
            (
                "$.options[0].capabilities.windows.value",
                ProblemKind::BadCellValue("15m".into()),
            ),
        ],
    );
    // Not stated needs no fact; anything else does.
    check(
        prefer,
        r#""runtime": {"value": "not_stated"}, "windows": {"value": "yes"}"#,
        &[(
            "$.options[0].capabilities.windows.fact",
            ProblemKind::MissingField,
        )],
    );
}

#[test]
fn cited_facts_need_a_short_verbatim_quote() {
    let json = MINI
        .replace("RULES", "")
        .replace("CELLS", GOOD_CELLS)
        .replace(r#""quote": "Linux only""#, r#""quote": """#)
        .replace("at most 900 seconds", &"x".repeat(201));
    let got: Vec<(String, ProblemKind)> = Catalog::from_json(&json)
        .err()
        .unwrap()
        .into_iter()
        .map(|p| (p.path, p.kind))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "$.options[0].facts[0].quote".to_string(),
                ProblemKind::QuoteTooLong(201)
            ),
            (
                "$.options[0].capabilities.windows.fact".to_string(),
                ProblemKind::FactWithoutQuote("linux".into())
            ),
        ]
    );
}

#[test]
fn a_catalog_without_dimensions_keeps_working() {
    let json = include_str!("data/custom-catalog.json");
    let catalog = Catalog::from_json(json).expect("custom catalog without a matrix is valid");
    assert!(catalog.dimensions().is_empty());
    // Without a matrix, the options' own rules still rank, score and rule out: each why-not is
    // the fact behind the rule, after the answer that fired it.
    let answers = Answers::parse(&catalog, ["team=small", "data=1TB"]).unwrap();
    let rec = recommend(&answers, &catalog);
    let ranked: Vec<(&str, i32)> = rec
        .ranked
        .iter()
        .map(|r| (catalog.option(r.option).id.as_str(), r.score))
        .collect();
    assert_eq!(ranked, [("postgres", 2)]);
    let eliminated: Vec<(&str, Vec<String>)> = rec
        .eliminated
        .iter()
        .map(|e| {
            let why_not =
                e.by.iter()
                    .map(|f| berth::render::fired_text(&catalog, e.option, f, &answers, Lang::En));
            (catalog.option(e.option).id.as_str(), why_not.collect())
        })
        .collect();
    assert_eq!(
        eliminated,
        [("sqlite", vec!["1 TB: For small data".to_string()])]
    );
}

#[test]
fn the_fact_sheet_in_docs_is_current() {
    let catalog = default_catalog();
    let expected = berth::facts::markdown(&catalog, Lang::En);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/facts.md");
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/facts.md is out of date with the catalog: run `cargo run -q -- facts > docs/facts.md`"
    );
}
