//! The `berth` command line, run as a user would: output, exit codes, errors.

use std::process::Command;

/// Runs `berth ARGS…`; returns (exit code, stdout, stderr).
fn berth(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_berth"))
        .args(args)
        .output()
        .expect("run berth");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// One check per case: exit code, and text that must appear in stdout+stderr.
fn check(args: &[&str], code: i32, contains: &[&str]) {
    let (c, out, err) = berth(args);
    let all = format!("{out}{err}");
    assert_eq!(c, code, "berth {args:?} exit code; output:\n{all}");
    for s in contains {
        assert!(
            all.contains(s),
            "berth {args:?} should print {s:?}; got:\n{all}"
        );
    }
    assert!(!all.contains("panicked"), "no panic: {all}");
}

#[test]
fn recommend_prints_ranking_reasons_and_why_nots() {
    check(
        &["recommend", "runtime=40m", "image=6GB", "workload=batch"],
        0,
        &[
            "1. AWS Batch on Fargate",
            "× Lambda with a container image",
            "Runs for at most 15 min at a time; this needs 40 min.",
            "configuration-timeout",
            "What would change the answer",
        ],
    );
    check(
        &["recommend", "--lang", "ko", "workload=web", "ops=none"],
        0,
        &["1. ECS Express Mode", "신규 고객을 받지 않습니다"],
    );
}

#[test]
fn recommend_json_lists_every_option() {
    let (code, out, _) = berth(&["recommend", "--json", "memory=12GB", "gpu=yes"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let options = v["options"].as_array().unwrap();
    assert_eq!(options.len(), berth::default_catalog().options().len());
    for o in options {
        assert!(o["id"].is_string() && o["status"].is_string());
        if o["status"] == "eliminated" {
            assert!(!o["reasons"].as_array().unwrap().is_empty());
            assert!(o["reasons"][0]["source"]["url"]
                .as_str()
                .unwrap()
                .starts_with("https://"));
        } else {
            assert!(o["score"].is_number());
        }
    }
    assert_eq!(v["query"], "memory=12GB&gpu=yes");
}

#[test]
fn bad_arguments_exit_2_with_one_clear_message() {
    check(
        &["recommend", "colour=blue"],
        2,
        &[
            "unknown question 'colour'",
            "Valid questions: workload, runtime",
        ],
    );
    check(
        &["recommend", "runtime=40parsecs"],
        2,
        &["unknown unit 'parsecs'", "s, m, min, h, d"],
    );
    check(&["recommend", "memory=1.2.3GB"], 2, &["is not a number"]);
    check(&["recommend", "runtime=40"], 2, &["a unit is needed"]);
    check(
        &["recommend", "gpu=maybe"],
        2,
        &[
            "'gpu' has no answer 'maybe'",
            "Valid answers: yes, no, unknown",
        ],
    );
    check(&["recommend", "runtime"], 2, &["cannot read 'runtime'"]);
    check(
        &["recommend", "--lang", "fr"],
        2,
        &["unknown language 'fr'"],
    );
    check(
        &["frobnicate"],
        2,
        &["unknown command 'frobnicate'", "Valid commands"],
    );
    check(
        &["recommend", "--lang", "ko", "gpu=maybe"],
        2,
        &["가능한 답: yes, no, unknown"],
    );
    check(&[], 2, &["missing command"]);
}

#[test]
fn questions_lists_ids_answers_and_units() {
    check(
        &["questions"],
        0,
        &[
            "workload=batch",
            "runtime=NUMBER+UNIT",
            "units: s m min h d",
            "gpu=unknown",
        ],
    );
    let (code, out, _) = berth(&["questions", "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["id"], "workload");
}

#[test]
fn check_validates_files() {
    let dir = std::env::temp_dir().join(format!("berth-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.json");
    let (_, exported, _) = berth(&["export"]);
    std::fs::write(&good, &exported).unwrap();
    check(
        &["check", good.to_str().unwrap()],
        0,
        &["ok (19 questions, 18 options)"],
    );
    let bad = dir.join("bad.json");
    let broken = exported
        .replacen("\"id\": \"rosa\"", "\"id\": \"lambda\"", 1)
        .replacen("\"url\": \"https://", "\"url\": \"ftp://", 1);
    std::fs::write(&bad, broken).unwrap();
    check(
        &["check", bad.to_str().unwrap()],
        1,
        &["duplicate id \"lambda\"", "$.sources[0].url", "2 problems"],
    );
    check(
        &["check", dir.join("missing.json").to_str().unwrap()],
        1,
        &["cannot read"],
    );
    check(
        &["recommend", "--catalog", bad.to_str().unwrap()],
        1,
        &["is not a valid catalog"],
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn check_validates_quiz_files() {
    check(
        &["check", "content/aws-containers-quiz.json"],
        0,
        &["ok (51 quiz questions)"],
    );
    let dir = std::env::temp_dir().join(format!("berth-cli-quiz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("quiz.json");
    let text = std::fs::read_to_string("content/aws-containers-quiz.json")
        .unwrap()
        .replacen(
            "\"correct\": [\n    \"cp\"",
            "\"correct\": [\n    \"nope\"",
            1,
        );
    std::fs::write(&bad, text).unwrap();
    check(
        &["check", "--lang", "ko", bad.to_str().unwrap()],
        1,
        &["$.questions[2].correct[0]", "선택지 \"nope\"", "문제 1개"],
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn record_writes_markdown() {
    check(
        &["record", "workload=event", "runtime=20s"],
        0,
        &[
            "# Where should my container run on AWS?: Lambda with a container image",
            "- Status: Proposed\n- Date: 20",
            "## Context",
            "## Decision",
            "## Alternatives",
            "## Consequences",
            "## Sources",
            "](https://",
            "` berth record --lang en workload=event runtime=20s `",
        ],
    );
}

#[test]
fn bundle_writes_one_language_that_check_accepts() {
    let (code, out, err) = berth(&["bundle", "--lang", "ko"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with('{') && out.contains("\"berth-bundle/1\""));
    assert!(out.contains("\"languages\":[\"ko\"]") && !out.contains("\"en\":"));
    let path = std::env::temp_dir().join(format!("berth-bundle-{}.json", std::process::id()));
    std::fs::write(&path, &out).unwrap();
    let p = path.to_str().unwrap();
    check(
        &["check", p],
        0,
        &["ok (19 questions, 18 options, 51 quiz questions)"],
    );
    // A bundle that breaks is reported with paths under $.catalog / $.quiz.
    std::fs::write(&path, out.replacen("\"as_of\":\"", "\"as_of\":\"x", 1)).unwrap();
    check(&["check", p], 1, &["$.catalog.as_of"]);
    std::fs::remove_file(&path).ok();
    check(&["bundle", "--lang", "fr"], 2, &["unknown language 'fr'"]);
    check(
        &["bundle", "a.json", "b.json"],
        2,
        &["at most one QUIZ.json"],
    );
}
