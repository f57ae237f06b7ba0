//! Generators of hostile inputs at (or just over) the limits in
//! `berth::limits`, shared by `tests/limits.rs` and the worst-case
//! benchmark (`examples/hostile_inputs.rs`, `scripts/bench-limits.sh`).
//! Each returns JSON text or a link fragment.

#![allow(dead_code)] // each user takes the generators it needs

use berth::limits::*;
use serde_json::{json, Value};

/// A minimal valid catalog with one choice and `quantities` quantity questions.
pub fn base_catalog(quantities: usize) -> Value {
    let mut questions = vec![
        json!({"id": "kind", "label": {"ko": "종류", "en": "Kind"}, "kind": "choice",
        "answers": [{"id": "a", "label": {"ko": "가", "en": "A"}}, {"id": "b", "label": {"ko": "나", "en": "B"}}]}),
    ];
    for q in 0..quantities {
        questions.push(
            json!({"id": format!("q{q}"), "label": {"ko": "시간", "en": "Time"},
            "kind": "quantity", "dimension": "duration"}),
        );
    }
    json!({"format": "berth-catalog/1", "id": "hostile", "title": {"ko": "제목", "en": "Title"},
        "as_of": "2026-11-25", "sources": [{"id": "s", "title": "Source", "url": "https://example.org/", "as_of": "2026-11"}],
        "questions": questions, "options": []})
}

/// One option with `facts` facts (ids `f0`…) and no rules.
pub fn option(id: &str, facts: usize) -> Value {
    let facts: Vec<Value> = (0..facts)
        .map(
            |f| json!({"id": format!("f{f}"), "text": {"ko": "사실", "en": "Fact"}, "source": "s"}),
        )
        .collect();
    json!({"id": id, "name": {"ko": id, "en": id}, "summary": {"ko": "요약", "en": "Summary"},
        "facts": facts, "rules": []})
}

/// The worst case for the engine within the limits: [`MAX_RULES`] rules,
/// spread over `options` options, each with [`MAX_CONDITIONS`] conditions
/// on quantity questions using [`MAX_THRESHOLDS`] different values each.
pub fn catalog_max_rules(options: usize) -> String {
    let mut doc = base_catalog(MAX_CONDITIONS);
    let per_option = MAX_RULES / options;
    let mut list = Vec::new();
    for o in 0..options {
        let mut opt = option(&format!("o{o}"), 1);
        let rules: Vec<Value> = (0..per_option)
            .map(|r| {
                let when: Vec<Value> = (0..MAX_CONDITIONS)
                    .map(|c| {
                        let t = (o * per_option + r + c) % MAX_THRESHOLDS + 1;
                        let test = if (r + c) % 2 == 0 { "above" } else { "at_most" };
                        json!({"question": format!("q{c}"), test: format!("{t}m")})
                    })
                    .collect();
                json!({"when": when, "score": if r % 3 == 0 { -1 } else { 1 }, "fact": "f0"})
            })
            .collect();
        opt["rules"] = json!(rules);
        list.push(opt);
    }
    doc["options"] = json!(list);
    doc.to_string()
}

/// The reported freeze: one option with `rules` rules on one quantity question.
pub fn catalog_rules_on_one_question(rules: usize) -> String {
    let mut doc = base_catalog(1);
    let mut opt = option("o", 1);
    let list: Vec<Value> = (0..rules)
        .map(|i| json!({"when": [{"question": "q0", "above": format!("{}s", i + 1)}], "score": 1, "fact": "f0"}))
        .collect();
    opt["rules"] = json!(list);
    doc["options"] = json!([opt, option("p", 1)]);
    doc.to_string()
}

/// The reported crash: `{"format":"berth-catalog/1","sources":[{},{},…]}`.
pub fn catalog_empty_sources(count: usize) -> String {
    let mut s = String::from(r#"{"format":"berth-catalog/1","sources":["#);
    for i in 0..count {
        if i > 0 {
            s.push(',');
        }
        s.push_str("{}");
    }
    s.push_str("]}");
    s
}

/// `count` options that all validate.
pub fn catalog_many_options(count: usize) -> String {
    let mut doc = base_catalog(1);
    doc["options"] = json!((0..count)
        .map(|o| option(&format!("o{o}"), 1))
        .collect::<Vec<_>>());
    doc.to_string()
}

/// A valid catalog padded to `bytes` with a long intro (the byte limit).
pub fn catalog_of_size(bytes: usize) -> String {
    let mut doc = base_catalog(1);
    doc["options"] = json!([option("o", 1)]);
    let base = doc.to_string().len() + r#","intro":{"ko":"","en":""}"#.len();
    let half = bytes.saturating_sub(base) / 2;
    doc["intro"] = json!({"ko": "가".repeat(half / 3), "en": "x".repeat(half)});
    doc.to_string()
}

/// A quiz at the limits: [`MAX_QUIZ_COUNT`] drawn, `questions` scenario
/// questions (each one runs the engine when the quiz loads).
pub fn quiz_scenarios(questions: usize) -> String {
    let qs: Vec<Value> = (0..questions)
        .map(|i| {
            json!({"id": format!("q{i}"), "topic": "scenario", "kind": "scenario",
                "prompt": {"ko": "어디?", "en": "Where?"}, "source": "s",
                "scenario": "workload=batch runtime=40m image=6GB",
                "choices": [{"id": "lambda"}, {"id": "batch-fargate"}, {"id": "app-runner"}, {"id": "eks-auto-mode"}]})
        })
        .collect();
    json!({"format": "berth-quiz/1", "id": "hostile", "title": {"ko": "퀴즈", "en": "Quiz"},
        "as_of": "2026-11-25", "settings": {"count": MAX_QUIZ_COUNT},
        "sources": [{"id": "s", "title": "Source", "url": "https://example.org/", "as_of": "2026-11"}],
        "questions": qs})
    .to_string()
}

/// The reported link freeze: `#` then `&a` repeated until `bytes` long.
pub fn link_of_bad_items(bytes: usize) -> String {
    let mut s = String::from("#");
    while s.len() + 2 <= bytes {
        s.push_str("&a");
    }
    s
}

/// A link with `count` different bad items (the worst notice within the limits).
pub fn link_of_distinct_bad_items(count: usize) -> String {
    (0..count)
        .map(|i| format!("x{i}=1"))
        .collect::<Vec<_>>()
        .join("&")
}
