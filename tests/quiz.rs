//! The quiz: bundled bank validates, scenario answers come from the engine,
//! scoring (partial credit, ordering), seeded draws, codecs and stored
//! progress, and path-precise validation of broken quiz files.

use berth::quiz::{
    self, default_quiz, Quiz, QuizKind, Settings, StoredProgress, DEFAULT_QUIZ_JSON,
};
use berth::{default_catalog, recommend, Answers, Lang};
use serde_json::{json, Value};

#[test]
fn bundled_bank_is_large_covers_every_type_and_validates() {
    let c = default_catalog();
    let q = default_quiz(&c);
    assert!(q.len() >= 40, "at least 40 questions");
    for kind in [
        QuizKind::Single,
        QuizKind::Multiple,
        QuizKind::TrueFalse,
        QuizKind::Ordering,
        QuizKind::Scenario,
    ] {
        assert!(
            q.document().questions.iter().any(|x| x.kind == kind),
            "{kind:?} present"
        );
    }
    for (i, x) in q.document().questions.iter().enumerate() {
        for lang in Lang::ALL {
            for c_ in 0..x.choices.len() {
                assert!(
                    !q.explanation(i, c_, lang).trim().is_empty(),
                    "{} choice {c_} explained in {lang:?}",
                    x.id
                );
            }
        }
        assert!(q.source(i).is_some_and(|s| s.url.starts_with("https://")));
    }
}

/// Every scenario question's correct answer is exactly the chooser's top pick.
#[test]
fn scenario_answers_equal_the_engine() {
    let c = default_catalog();
    let q = default_quiz(&c);
    for (i, x) in q
        .document()
        .questions
        .iter()
        .enumerate()
        .filter(|(_, x)| x.kind == QuizKind::Scenario)
    {
        let answers = Answers::parse(&c, [x.scenario.as_deref().unwrap()]).unwrap();
        let rec = recommend(&answers, &c);
        let top = &c.option(rec.ranked[0].option).id;
        let correct: Vec<&str> = q
            .correct(i)
            .iter()
            .map(|&k| x.choices[k].id.as_str())
            .collect();
        assert!(
            correct.contains(&top.as_str()),
            "{}: quiz says {correct:?}, chooser says {top}",
            x.id
        );
        assert_eq!(
            x.expected.as_deref(),
            Some(top.as_str()),
            "{}: the author's expectation matches",
            x.id
        );
    }
}

fn index_of(q: &Quiz, id: &str) -> usize {
    q.document()
        .questions
        .iter()
        .position(|x| x.id == id)
        .unwrap()
}

/// One check per case: the credit for a response given as choice ids.
fn check(q: &Quiz, question: &str, response: &[&str], expected: f64) {
    let i = index_of(q, question);
    let ids: Vec<usize> = response
        .iter()
        .map(|r| {
            q.question(i)
                .choices
                .iter()
                .position(|c| c.id == *r)
                .unwrap()
        })
        .collect();
    let got = quiz::credit(q, i, &ids);
    assert!(
        (got - expected).abs() < 1e-9,
        "{question} {response:?}: credit {got}, expected {expected}"
    );
}

#[test]
fn scoring_with_partial_credit_and_ordering() {
    let c = default_catalog();
    let q = default_quiz(&c);
    check(&q, "lambda-timeout", &["15m"], 1.0);
    check(&q, "lambda-timeout", &["1h"], 0.0);
    check(&q, "lambda-windows", &["false"], 1.0);
    check(&q, "eks-integrations", &["alb", "ecr", "cloudwatch"], 1.0);
    check(&q, "eks-integrations", &["alb", "ecr"], 2.0 / 3.0);
    check(
        &q,
        "eks-integrations",
        &["alb", "ecr", "cloudwatch", "lightsail"],
        2.0 / 3.0,
    );
    check(&q, "eks-integrations", &["lightsail"], 0.0);
    check(
        &q,
        "order-runtime",
        &["app-runner", "lambda", "lmi", "fargate"],
        1.0,
    );
    check(
        &q,
        "order-runtime",
        &["lambda", "app-runner", "lmi", "fargate"],
        5.0 / 6.0,
    );
    check(
        &q,
        "order-runtime",
        &["fargate", "lmi", "lambda", "app-runner"],
        0.0,
    );
    check(&q, "sc-etl", &["batch-fargate"], 1.0);
    check(&q, "sc-etl", &["lambda"], 0.0);
}

#[test]
fn seeded_draw_is_deterministic_and_respects_settings() {
    let c = default_catalog();
    let q = default_quiz(&c);
    let mut s = Settings::defaults(&q);
    s.seed = 42;
    let a = quiz::draw(&q, &s);
    assert_eq!(a, quiz::draw(&q, &s), "same seed, same quiz");
    assert_eq!(a.len(), 10);
    s.seed = 43;
    assert_ne!(a, quiz::draw(&q, &s), "another seed, another quiz");
    s.topics = vec!["lambda".into()];
    s.count = 100;
    let only = quiz::draw(&q, &s);
    assert!(
        !only.is_empty()
            && only
                .iter()
                .all(|d| q.question(d.question).topic == "lambda")
    );
    // Every drawn question shows each of its choices exactly once.
    for d in &only {
        let mut o = d.order.clone();
        o.sort_unstable();
        assert_eq!(
            o,
            (0..q.question(d.question).choices.len()).collect::<Vec<_>>()
        );
    }
    let mut set = Settings::defaults(&q);
    assert!(set.apply("count", "0", Lang::En).is_err());
    assert!(set
        .apply("feedback", "later", Lang::Ko)
        .unwrap_err()
        .contains("each, end"));
    assert!(set.apply("colour", "x", Lang::En).is_err());
    set.apply("feedback", "end", Lang::En).unwrap();
    set.apply("pass", "80", Lang::En).unwrap();
    let mut again = Settings::defaults(&q);
    for item in set.to_query().split('&') {
        let (k, v) = item.split_once('=').unwrap();
        again.apply(k, v, Lang::En).unwrap();
    }
    assert_eq!(again, set, "settings round-trip through the link");
}

#[test]
fn marks_codecs_and_stored_progress() {
    let c = default_catalog();
    let q = default_quiz(&c);
    let s = Settings::defaults(&q);
    let drawn = quiz::draw(&q, &s);
    let responses: Vec<Option<Vec<usize>>> = drawn
        .iter()
        .map(|d| Some(q.correct(d.question).to_vec()))
        .collect();
    let m = quiz::mark(&q, &drawn, &responses, s.pass_mark);
    assert_eq!((m.percent, m.passed), (100, true));
    let none = quiz::mark(&q, &drawn, &vec![None; drawn.len()], s.pass_mark);
    assert_eq!((none.percent, none.passed), (0, false));
    let text = quiz::encode_responses(&responses);
    assert_eq!(
        quiz::decode_responses(&text, &q, &drawn),
        Some(responses.clone())
    );
    assert_eq!(
        quiz::decode_responses("", &q, &drawn),
        Some(vec![None; drawn.len()])
    );
    assert_eq!(
        quiz::decode_responses("99", &q, &drawn),
        None,
        "index out of range"
    );
    assert_eq!(quiz::decode_responses("x.y", &q, &drawn), None);

    let p = StoredProgress {
        version: quiz::PROGRESS_VERSION,
        content_hash: q.content_hash().into(),
        settings: s.to_query(),
        position: 3,
        responses: text,
        checked: vec![true; 3],
    };
    assert_eq!(StoredProgress::read(&p.encode(), &q, &s), Some(p.clone()));
    assert_eq!(StoredProgress::read("{corrupt", &q, &s), None);
    // The stored text: one field per line, no JSON.
    assert_eq!(
        p.encode(),
        format!(
            "2\n{}\n{}\n3\n{}\n111",
            q.content_hash(),
            s.to_query(),
            p.responses
        )
    );
    // Garbage, the old JSON format, extra or missing lines, bad flags: nothing.
    let json_v1 = format!(
        r#"{{"version":1,"content_hash":"{}","settings":"{}","position":3,"responses":"0","checked":[true]}}"#,
        q.content_hash(),
        s.to_query()
    );
    let good = p.encode();
    for bad in [
        json_v1.as_str(),
        "",
        "\n\n\n\n\n",
        &good[..good.len() - 1].replace('\n', "\n\n"),
        &format!("{good}\n"),
        &good.replace("\n111", "\n1x1"),
        &good.replace("\n3\n", "\n-3\n"),
        &good.replace("\n111", &format!("\n{}", "1".repeat(1000))),
    ] {
        assert_eq!(StoredProgress::read(bad, &q, &s), None, "{bad:?}");
    }
    let old = StoredProgress {
        version: 0,
        ..p.clone()
    };
    assert_eq!(
        StoredProgress::read(&old.encode(), &q, &s),
        None,
        "older format ignored"
    );
    let other = StoredProgress {
        content_hash: "0000".into(),
        ..p
    };
    assert_eq!(
        StoredProgress::read(&other.encode(), &q, &s),
        None,
        "changed quiz never loads stale answers"
    );
}

fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut v: Value = serde_json::from_str(DEFAULT_QUIZ_JSON).unwrap();
    edit(&mut v);
    match Quiz::from_json(&v.to_string(), &default_catalog()) {
        Ok(_) => Vec::new(),
        Err(p) => p
            .iter()
            .map(|p| format!("{}: {}", p.path, p.message(Lang::En)))
            .collect(),
    }
}

#[test]
fn broken_quizzes_report_every_problem_with_its_path() {
    let got = problems_after(|v| {
        v["questions"][0]["correct"] = json!(["alb", "nope"]);
        v["questions"][1]["prompt"]["ko"] = json!("");
        v["questions"][2]["source"] = json!("nowhere");
        let sc = v["questions"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|q| q["kind"] == "scenario")
            .unwrap();
        sc["expected"] = json!("app-runner");
    });
    let want = [
        "$.questions[0].correct[1]: no choice \"nope\"",
        "$.questions[1].prompt.ko: missing Korean translation",
        "$.questions[2].source: no source \"nowhere\"",
        "scenario question: expected \"app-runner\" but the chooser picks \"lambda\"",
    ];
    for w in want {
        assert!(
            got.iter().any(|g| g.contains(w)),
            "missing {w:?} in:\n{}",
            got.join("\n")
        );
    }
    assert_eq!(got.len(), 4, "{got:#?}");
    let got = problems_after(|v| v["questions"][0]["kind"] = json!("true_false"));
    assert!(
        got[0].contains("choices \\\"true\\\" and \\\"false\\\"")
            || got[0].contains("\"true\" and \"false\""),
        "{got:?}"
    );
}

#[test]
fn only_known_topics_are_kept_each_once() {
    let c = default_catalog();
    let q = default_quiz(&c);
    let cases: [(&str, &[&str], usize); 4] = [
        ("lambda,fargate", &["lambda", "fargate"], 0),
        ("lambda,nothing,lambda", &["lambda"], 2),
        ("nothing", &[], 1),
        (
            "lambda,x%0A%0A<img src=x onerror=alert(1)>,[Click](javascript:alert(1))",
            &["lambda"],
            2,
        ),
    ];
    for (value, want, dropped) in cases {
        let mut s = Settings::defaults(&q);
        s.apply("topics", value, Lang::En).unwrap();
        assert_eq!(s.retain_known_topics(&q), dropped, "{value}");
        assert_eq!(s.topics, want, "{value}");
    }
}
