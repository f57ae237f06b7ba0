//! Criterion benchmarks of `recommend` (ranking + why-nots + what-if):
//! the default catalog, and generated catalogs of 10 / 50 / 100 options
//! × 100 questions (100 options × 20 rules is `limits::MAX_RULES`, the
//! largest catalog validation accepts) to show the cost grows linearly.

use berth::model::{
    Answer, Condition, Document, Fact, OptionDoc, Question, QuestionKind, Rule, Source, FORMAT,
};
use berth::quantity::Dimension;
use berth::{default_catalog, recommend, Answers, Catalog, Text};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;

/// A deterministic synthetic catalog: `options` options, `questions`
/// questions (every 4th a quantity), 20 rules per option.
fn synthetic(options: usize, questions: usize) -> Catalog {
    let t = |s: &str| Text::new(s, s);
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let qs: Vec<Question> = (0..questions)
        .map(|i| {
            if i % 4 == 3 {
                Question {
                    id: format!("q{i}"),
                    label: t("q"),
                    kind: QuestionKind::Quantity,
                    dimension: Some(Dimension::Bytes),
                    ..Default::default()
                }
            } else {
                Question {
                    id: format!("q{i}"),
                    label: t("q"),
                    kind: QuestionKind::Choice,
                    answers: (0..4)
                        .map(|a| Answer {
                            id: format!("a{a}"),
                            label: t("a"),
                        })
                        .collect(),
                    ..Default::default()
                }
            }
        })
        .collect();
    let opts: Vec<OptionDoc> = (0..options)
        .map(|o| OptionDoc {
            id: format!("o{o}"),
            name: t("o"),
            summary: t("o"),
            base_score: (next() % 5) as i32,
            facts: vec![Fact {
                id: "f".into(),
                text: t("f"),
                source: "s".into(),
                ..Default::default()
            }],
            rules: (0..20)
                .map(|_| {
                    let q = (next() as usize) % questions;
                    let when = if q % 4 == 3 {
                        Condition {
                            question: format!("q{q}"),
                            above: Some(format!("{}GB", next() % 64 + 1)),
                            ..Default::default()
                        }
                    } else {
                        Condition {
                            question: format!("q{q}"),
                            answers: vec![format!("a{}", next() % 4)],
                            ..Default::default()
                        }
                    };
                    let eliminate = next() % 5 == 0;
                    Rule {
                        when: vec![when],
                        eliminate,
                        score: if eliminate {
                            0
                        } else {
                            [-3, -2, -1, 1, 2, 3][(next() % 6) as usize]
                        },
                        fact: "f".into(),
                    }
                })
                .collect(),
            ..Default::default()
        })
        .collect();
    let doc = Document {
        format: FORMAT.into(),
        id: "synthetic".into(),
        title: t("synthetic"),
        as_of: "2026-11-25".into(),
        tie_margin: 1,
        sources: vec![Source {
            id: "s".into(),
            title: "s".into(),
            url: "https://example.org".into(),
            as_of: "2026-11".into(),
            third_party: false,
        }],
        questions: qs,
        options: opts,
        ..Default::default()
    };
    Catalog::from_document(doc)
        .unwrap_or_else(|p| panic!("synthetic catalog invalid: {:?}", &p[..p.len().min(3)]))
}

/// Answers half of the questions.
fn some_answers(catalog: &Catalog) -> Answers {
    let items: Vec<String> = catalog
        .questions()
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(i, q)| {
            if q.kind == QuestionKind::Quantity {
                format!("{}={}GB", q.id, i % 50)
            } else {
                format!("{}=a{}", q.id, i % 4)
            }
        })
        .collect();
    Answers::parse(catalog, &items).expect("valid answers")
}

fn bench(c: &mut Criterion) {
    let catalog = default_catalog();
    let answers = Answers::parse(
        &catalog,
        ["workload=batch runtime=40m image=6GB memory=12GB ops=low cost=spot"],
    )
    .unwrap();
    c.bench_function("recommend/default catalog (6 answers)", |b| {
        b.iter(|| recommend(black_box(&answers), black_box(&catalog)))
    });
    let none = Answers::empty(&catalog);
    c.bench_function("recommend/default catalog (no answers)", |b| {
        b.iter(|| recommend(black_box(&none), black_box(&catalog)))
    });

    let mut group = c.benchmark_group("recommend/generated x 100 questions");
    for options in [10usize, 50, 100] {
        let catalog = synthetic(options, 100);
        let answers = some_answers(&catalog);
        group.bench_with_input(BenchmarkId::from_parameter(options), &options, |b, _| {
            b.iter(|| recommend(black_box(&answers), black_box(&catalog)))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3)).warm_up_time(std::time::Duration::from_secs(1));
    targets = bench
}
criterion_main!(benches);
