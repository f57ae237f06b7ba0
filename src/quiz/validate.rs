//! Finds every problem in a quiz document, each with its JSON path: list
//! lengths first (bounding the rest), then the document's own fields, then
//! per question its fields and what did not resolve (`super::resolve`,
//! given as data). Never builds anything: a document that passes is made
//! into a `Quiz` by `super::built`.

use super::model::{QuizDoc, QuizKind, QuizQuestion, QUIZ_FORMAT};
use super::resolve::Resolved;
use crate::catalog::{valid_date, ProblemKind, Validator};
use crate::limits::{MAX_QUIZ_CHOICES, MAX_QUIZ_COUNT, MAX_QUIZ_QUESTIONS, MAX_SOURCES};
use std::collections::HashSet;

/// The checks before anything is resolved: the format and the length of
/// every list. `false`: a list is too long, stop here.
pub(super) fn lists(v: &mut Validator, doc: &QuizDoc) -> bool {
    if doc.format != QUIZ_FORMAT {
        v.push("$.format", ProblemKind::UnknownFormat(doc.format.clone()));
    }
    let mut ok = v.languages(&doc.languages);
    ok &= v.list("$.sources", "", doc.sources.len(), MAX_SOURCES);
    ok &= v.list("$.questions", "", doc.questions.len(), MAX_QUIZ_QUESTIONS);
    if !ok {
        return false;
    }
    for (i, q) in doc.questions.iter().enumerate() {
        let p = format!("$.questions[{i}]");
        ok &= v.list(&p, ".choices", q.choices.len(), MAX_QUIZ_CHOICES);
        ok &= v.list(&p, ".correct", q.correct.len(), MAX_QUIZ_CHOICES);
    }
    ok
}

/// The rest: the document's fields, then each question's, followed by what
/// of it did not resolve (`resolved[i]`, one per question).
pub(super) fn document(v: &mut Validator, doc: &QuizDoc, resolved: &[Resolved]) {
    let mut seen = HashSet::new();
    v.id("$.id", &doc.id, &mut seen);
    v.text("$.title", &doc.title, true);
    if !valid_date(&doc.as_of) {
        v.push("$.as_of", ProblemKind::BadDate(doc.as_of.clone()));
    }
    if doc.settings.pass_mark > 100 {
        v.push(
            "$.settings.pass_mark",
            ProblemKind::BadCorrect("0–100".into()),
        );
    }
    if !(1..=MAX_QUIZ_COUNT).contains(&doc.settings.count) {
        v.push(
            "$.settings.count",
            ProblemKind::BadCount {
                count: doc.settings.count,
                limit: MAX_QUIZ_COUNT,
            },
        );
    }
    let source_ids = v.sources(&doc.sources);
    if doc.questions.is_empty() {
        v.push("$.questions", ProblemKind::NoQuestions);
    }
    let mut question_ids = HashSet::new();
    for (i, (q, r)) in doc.questions.iter().zip(resolved).enumerate() {
        let p = format!("$.questions[{i}]");
        question(v, &p, q, &source_ids, &mut question_ids);
        for (at, kind) in &r.problems {
            v.push(format!("{p}{at}"), kind.clone());
        }
    }
}

/// One question's own fields (at `p`).
fn question(
    v: &mut Validator,
    p: &str,
    q: &QuizQuestion,
    source_ids: &HashSet<String>,
    question_ids: &mut HashSet<String>,
) {
    v.id(&format!("{p}.id"), &q.id, question_ids);
    if !valid_topic(&q.topic) {
        v.push(format!("{p}.topic"), ProblemKind::BadId(q.topic.clone()));
    }
    v.text(&format!("{p}.prompt"), &q.prompt, true);
    v.text(&format!("{p}.hint"), &q.hint, false);
    if !source_ids.contains(&q.source) {
        v.push(
            format!("{p}.source"),
            ProblemKind::UnknownSource(q.source.clone()),
        );
    }
    let mut choice_ids = HashSet::new();
    for (j, c) in q.choices.iter().enumerate() {
        let cp = format!("{p}.choices[{j}]");
        v.id(&format!("{cp}.id"), &c.id, &mut choice_ids);
        if q.kind != QuizKind::Scenario {
            v.text(&format!("{cp}.label"), &c.label, true);
            v.text(&format!("{cp}.explanation"), &c.explanation, true);
        }
    }
}

fn valid_topic(t: &str) -> bool {
    !t.is_empty()
        && t.len() <= 40
        && t.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
