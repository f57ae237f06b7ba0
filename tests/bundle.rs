//! Single-language bundles (what the widget downloads): each one validates,
//! holds only its language, and gives exactly the rankings, reasons and quiz
//! of the bilingual source, for every workload in the scenario table.

use berth::bundle::{self, Bundle};
use berth::quiz::{fnv1a_hex, Quiz, DEFAULT_QUIZ_JSON};
use berth::{default_catalog, recommend, render, Answers, Catalog, Lang};
use serde::Deserialize;

#[derive(Deserialize)]
struct Scenario {
    name: String,
    answers: String,
}

fn scenarios() -> Vec<Scenario> {
    serde_json::from_str(include_str!("data/scenarios.json")).expect("scenario table")
}

/// Everything a reader sees for `answers`, as text in `lang`.
fn shown(catalog: &Catalog, answers: &str, lang: Lang) -> String {
    let answers = Answers::parse(catalog, [answers]).expect("answers");
    let rec = recommend(&answers, catalog);
    render::plain_text(&rec, catalog, &answers, lang)
}

/// The one check per language: the bundle reads back, declares `lang`,
/// carries no text of the other language, and shows what the source shows.
fn check(lang: Lang) {
    let source = default_catalog();
    let json = bundle::make(&source, DEFAULT_QUIZ_JSON, lang).expect("bundle");
    assert!(bundle::is_bundle_json(&json));
    let b = Bundle::from_json(&json).unwrap_or_else(|p| panic!("{lang:?} bundle invalid: {p:?}"));
    assert_eq!(b.languages(), vec![lang]);
    let other = Lang::ALL.into_iter().find(|&l| l != lang).unwrap();
    assert!(
        !json.contains(&format!("\"{}\":", other.code())),
        "{lang:?} bundle still has {other:?} texts"
    );
    for s in scenarios() {
        assert_eq!(
            shown(&b.catalog, &s.answers, lang),
            shown(&source, &s.answers, lang),
            "{lang:?} bundle differs from the source for scenario {}",
            s.name
        );
    }
    let quiz = Quiz::from_json(DEFAULT_QUIZ_JSON, &source).expect("quiz");
    assert_eq!(b.quiz.len(), quiz.len());
    assert_eq!(
        b.quiz.content_hash(),
        fnv1a_hex(DEFAULT_QUIZ_JSON),
        "same progress key in both languages"
    );
    for i in 0..quiz.len() {
        assert_eq!(
            b.quiz.question(i).prompt.get(lang),
            quiz.question(i).prompt.get(lang)
        );
    }
    // Shown in the other language, single-language content falls back to its own.
    assert_eq!(
        b.catalog.document().title.get(other),
        source.document().title.get(lang)
    );
}

#[test]
fn english_bundle() {
    check(Lang::En);
}

#[test]
fn korean_bundle() {
    check(Lang::Ko);
}

#[test]
fn a_single_language_catalog_must_be_complete_in_its_language() {
    let source = default_catalog();
    let json = bundle::make(&source, DEFAULT_QUIZ_JSON, Lang::En).unwrap();
    // Drop one English text: the bundle no longer validates, with the path.
    let broken = json.replacen("\"title\":{\"en\":", "\"title\":{\"ko\":", 1);
    let problems = Bundle::from_json(&broken).err().expect("invalid");
    assert!(
        problems.iter().any(|p| p.path == "$.catalog.title.en"),
        "{problems:?}"
    );
    let not_a_bundle = Bundle::from_json(r#"{"format":"berth-catalog/1"}"#)
        .err()
        .unwrap();
    assert!(not_a_bundle[0].path.starts_with('$'), "{not_a_bundle:?}");
}
