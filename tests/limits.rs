//! Hostile input within and beyond the limits in `berth::limits` (issue
//! #16): each reproduces a reported attack with a generator, kept small
//! enough for CI, and checks the limit turns it into a bounded, localized
//! problem. The times at the limits are measured by `scripts/bench-limits.sh`
//! (a benchmark, not a timed test).

#[path = "support/hostile.rs"]
mod hostile;

use berth::catalog::ProblemKind;
use berth::limits::*;
use berth::quiz::{self, Quiz};
use berth::{default_catalog, recommend, shown_notices, AnswerError, Answers, Catalog, Lang};
use hostile::*;

fn problems(json: &str) -> Vec<berth::Problem> {
    Catalog::from_json(json).expect_err("must be refused")
}

fn assert_only(json: &str, path: &str, kind: ProblemKind) {
    let ps = problems(json);
    assert_eq!(ps.len(), 1, "{ps:?}");
    assert_eq!((ps[0].path.as_str(), &ps[0].kind), (path, &kind));
    for lang in Lang::ALL {
        assert!(!ps[0].message(lang).is_empty());
    }
}

#[test]
fn a_link_of_repeated_bad_items_gives_one_problem() {
    // Reported: `#&a&a&a…` of 30 KB gave 15,000 notices and a 2.4 s stall.
    let catalog = default_catalog();
    let (answers, errors) = Answers::parse_lenient(&catalog, &link_of_bad_items(200_000));
    assert_eq!(answers.answered_count(), 0);
    assert_eq!(
        errors,
        [
            AnswerError::LinkTooLong,
            AnswerError::Malformed { item: "a".into() }
        ]
    );
}

#[test]
fn a_link_of_distinct_bad_items_is_cut_at_the_item_limit() {
    let catalog = default_catalog();
    let link = format!("workload=batch&{}", link_of_distinct_bad_items(500));
    let (answers, errors) = Answers::parse_lenient(&catalog, &link);
    assert_eq!(
        answers.answered_count(),
        1,
        "the good item before the cut is kept"
    );
    assert_eq!(errors.len(), MAX_LINK_ITEMS); // 63 bad items + "too long"
    assert_eq!(
        errors.first(),
        Some(&AnswerError::LinkTooLong),
        "said first"
    );
    let shown = shown_notices(
        &errors
            .iter()
            .map(|e| e.message(Lang::En))
            .collect::<Vec<_>>(),
        Lang::En,
    );
    assert_eq!(shown.len(), MAX_NOTICES_SHOWN + 1);
    assert_eq!(
        shown.last().unwrap(),
        &format!("… and {} more problems", MAX_LINK_ITEMS - MAX_NOTICES_SHOWN)
    );
    // Messages are localized.
    assert!(AnswerError::LinkTooLong.message(Lang::Ko).contains("링크"));
}

#[test]
fn too_many_rules_on_one_question_are_refused() {
    // Reported: 10k rules → 4.2 s, 45k → 67.7 s (what-if grew with the square).
    let json = catalog_rules_on_one_question(MAX_RULES_PER_OPTION + 1);
    assert_only(
        &json,
        "$.options[0].rules",
        ProblemKind::TooMany {
            count: MAX_RULES_PER_OPTION + 1,
            limit: MAX_RULES_PER_OPTION,
        },
    );
    // Within the rule limit, the distinct values on one question are bounded too.
    let json = catalog_rules_on_one_question(MAX_THRESHOLDS + 1);
    assert_only(
        &json,
        "$.questions[1] (above/at_most values)",
        ProblemKind::TooMany {
            count: MAX_THRESHOLDS + 1,
            limit: MAX_THRESHOLDS,
        },
    );
    let ok = Catalog::from_json(&catalog_rules_on_one_question(MAX_THRESHOLDS)).unwrap();
    let answers = Answers::parse(&ok, ["q0=30s"]).unwrap();
    let rec = recommend(&answers, &ok);
    assert_eq!(rec.ranked.len(), 2);
}

#[test]
fn the_worst_engine_case_within_the_limits_validates_and_ranks() {
    let catalog = Catalog::from_json(&catalog_max_rules(200)).expect("valid at the limits");
    let items: Vec<String> = (0..MAX_CONDITIONS).map(|q| format!("q{q}=30m")).collect();
    let answers = Answers::parse(&catalog, &items).unwrap();
    let rec = recommend(&answers, &catalog);
    assert_eq!(rec.ranked.len() + rec.eliminated.len(), 200);
    // One rule more than the total is refused.
    let mut doc: serde_json::Value = serde_json::from_str(&catalog_max_rules(200)).unwrap();
    let extra = doc["options"][0]["rules"][0].clone();
    doc["options"][0]["rules"]
        .as_array_mut()
        .unwrap()
        .push(extra);
    assert_only(
        &doc.to_string(),
        "$.options[*].rules",
        ProblemKind::TooMany {
            count: MAX_RULES + 1,
            limit: MAX_RULES,
        },
    );
}

#[test]
fn problems_are_reported_first_hundred_and_a_count() {
    // Reported: 4 problems per `{}` source, each a list item; 4 MB crashed the wasm.
    let ps = problems(&catalog_empty_sources(MAX_SOURCES));
    assert_eq!(ps.len(), MAX_PROBLEMS + 1);
    let more = &ps[MAX_PROBLEMS];
    let ProblemKind::MoreProblems(n) = more.kind else {
        panic!("last is the count: {more:?}")
    };
    assert!(n > 3 * MAX_SOURCES, "{n}");
    assert_eq!(more.message(Lang::En), format!("… and {n} more problems"));
    assert_eq!(more.message(Lang::Ko), format!("… 그 밖에 문제 {n}개"));
    // Over the list limit: one problem, no detailed validation.
    assert_only(
        &catalog_empty_sources(MAX_SOURCES + 1),
        "$.sources",
        ProblemKind::TooMany {
            count: MAX_SOURCES + 1,
            limit: MAX_SOURCES,
        },
    );
}

#[test]
fn size_and_item_count_are_checked_before_parsing() {
    // Just over the byte limit: refused without reading.
    let json = catalog_empty_sources(MAX_CATALOG_BYTES / 3 + 1);
    assert!(json.len() > MAX_CATALOG_BYTES);
    assert_only(
        &json,
        "$",
        ProblemKind::TooLarge {
            limit: MAX_CATALOG_BYTES,
        },
    );
    // Under the byte limit but with more items than the item limit.
    assert_only(
        &catalog_empty_sources(MAX_CATALOG_ITEMS + 1),
        "$",
        ProblemKind::TooComplex {
            limit: MAX_CATALOG_ITEMS,
        },
    );
    // A 40 MB file is not parsed to find its format.
    let huge = format!(
        r#"{{"format":"berth-quiz/1","x":"{}"}}"#,
        "a".repeat(40 << 20)
    );
    assert!(!quiz::is_quiz_json(&huge));
    let at_limit = catalog_of_size(MAX_CATALOG_BYTES);
    assert!(at_limit.len() <= MAX_CATALOG_BYTES && at_limit.len() > MAX_CATALOG_BYTES - 16);
    Catalog::from_json(&at_limit).expect("a valid catalog at the byte limit loads");
}

#[test]
fn options_and_compare_ids_are_bounded() {
    // Reported: 20k options → 9.7 s.
    assert_only(
        &catalog_many_options(MAX_OPTIONS + 1),
        "$.options",
        ProblemKind::TooMany {
            count: MAX_OPTIONS + 1,
            limit: MAX_OPTIONS,
        },
    );
    Catalog::from_json(&catalog_many_options(MAX_OPTIONS)).expect("at the limit");
    // Reported: `compare` with 3,000 copies of `lambda` → 3.3 s.
    let catalog = default_catalog();
    let ids = vec!["lambda"; 3000];
    assert_eq!(
        catalog.pick_options(ids),
        [catalog.option_index("lambda").unwrap()]
    );
    let all: Vec<&str> = catalog.options().iter().map(|o| o.id.as_str()).collect();
    assert_eq!(catalog.pick_options(all).len(), MAX_COMPARE_OPTIONS);
    assert!(catalog.pick_options(["nope", " ecs-fargate "]).len() == 1);
}

#[test]
fn repeated_languages_are_refused() {
    let mut doc: serde_json::Value = serde_json::from_str(&catalog_many_options(1)).unwrap();
    doc["languages"] = serde_json::json!(vec!["en"; 10_000]);
    let ps = problems(&doc.to_string());
    assert_eq!(ps[0].path, "$.languages");
}

fn quiz_problems(json: &str) -> Vec<berth::Problem> {
    Quiz::from_json(json, &default_catalog()).expect_err("must be refused")
}

#[test]
fn a_quiz_count_is_held_to_1_to_200() {
    // Reported: `count: 100000` showed 9,000 questions; `count: 0` passed.
    for count in [0, MAX_QUIZ_COUNT + 1, 100_000] {
        let mut doc: serde_json::Value = serde_json::from_str(&quiz_scenarios(3)).unwrap();
        doc["settings"]["count"] = count.into();
        let ps = quiz_problems(&doc.to_string());
        assert_eq!(ps.len(), 1, "{ps:?}");
        assert_eq!(ps[0].path, "$.settings.count");
        assert_eq!(
            ps[0].kind,
            ProblemKind::BadCount {
                count,
                limit: MAX_QUIZ_COUNT
            }
        );
        assert!(ps[0].message(Lang::Ko).contains("1–200"));
    }
    for count in [1, MAX_QUIZ_COUNT] {
        let mut doc: serde_json::Value = serde_json::from_str(&quiz_scenarios(3)).unwrap();
        doc["settings"]["count"] = count.into();
        Quiz::from_json(&doc.to_string(), &default_catalog()).expect("in range");
    }
}

#[test]
fn quiz_lists_are_bounded() {
    let mut doc: serde_json::Value = serde_json::from_str(&quiz_scenarios(2)).unwrap();
    doc["questions"][1]["correct"] = serde_json::json!(vec!["lambda"; 5_000]);
    let ps = quiz_problems(&doc.to_string());
    assert_eq!(ps.len(), 1, "{ps:?}");
    assert_eq!(ps[0].path, "$.questions[1].correct");
    let ps = quiz_problems(&quiz_scenarios(MAX_QUIZ_QUESTIONS + 1));
    assert_eq!(ps[0].path, "$.questions");
    Quiz::from_json(&quiz_scenarios(MAX_QUIZ_QUESTIONS), &default_catalog()).expect("at the limit");
}
