//! The correct answers of a quiz's questions: given choice ids as indices
//! (ordering: in order), and for a scenario the engine's pick among the
//! choices with its reasons as each choice's explanation. What does not
//! resolve is returned as data (a path under the question and the
//! problem); validation reports it, built-in content refuses it.

use super::model::{QuizKind, QuizQuestion};
use crate::answers::Answers;
use crate::catalog::{Catalog, ProblemKind};
use crate::engine::{recommend, Recommendation};
use crate::limits::{MAX_QUIZ_CHOICES, MIN_QUIZ_CHOICES};
use crate::render::fired_text;
use crate::sort::sort_dedup;
use crate::text::{Lang, Text};

/// One question, resolved.
#[derive(Clone, Debug, Default)]
pub(super) struct Resolved {
    /// Correct choice indices (ordering: in order).
    pub(super) correct: Vec<usize>,
    /// Scenario: the engine's explanation per choice, in both languages.
    pub(super) explanations: Vec<Text>,
    /// What does not resolve: a path under the question and the problem.
    pub(super) problems: Vec<(String, ProblemKind)>,
}

/// Resolves one question against `catalog` (shared by validation,
/// `Quiz::from_document`, and built-in content, `Quiz::from_built_document`).
pub(super) fn resolve(q: &QuizQuestion, catalog: &Catalog) -> Resolved {
    let mut out = Resolved::default();
    if !(MIN_QUIZ_CHOICES..=MAX_QUIZ_CHOICES).contains(&q.choices.len()) {
        out.problems.push((
            ".choices".to_string(),
            ProblemKind::BadCorrect(format!("{MIN_QUIZ_CHOICES} to {MAX_QUIZ_CHOICES} choices")),
        ));
    }
    for (k, id) in q.correct.iter().enumerate() {
        match q.choices.iter().position(|c| &c.id == id) {
            Some(ix) => out.correct.push(ix),
            None => out.problems.push((
                format!(".correct[{k}]"),
                ProblemKind::UnknownChoice(id.clone()),
            )),
        }
    }
    if q.kind == QuizKind::Scenario {
        out.correct.clear();
        match scenario(catalog, q) {
            Ok((winners, texts)) => {
                out.correct = winners;
                out.explanations = texts;
            }
            Err(e) => out
                .problems
                .push((".scenario".to_string(), ProblemKind::BadScenario(e))),
        }
    } else if let Err(detail) = shape(q, &out.correct) {
        out.problems.push((
            ".correct".to_string(),
            ProblemKind::BadCorrect(detail.into()),
        ));
    }
    out
}

/// Whether the correct answers have the shape the question's kind needs.
fn shape(q: &QuizQuestion, resolved: &[usize]) -> Result<(), &'static str> {
    let fits = match q.kind {
        QuizKind::Single => q.correct.len() == 1,
        QuizKind::Multiple => !q.correct.is_empty(),
        QuizKind::TrueFalse => {
            let ids: Vec<&str> = q.choices.iter().map(|c| c.id.as_str()).collect();
            ids == ["true", "false"] && q.correct.len() == 1
        }
        QuizKind::Ordering => {
            let mut sorted = resolved.to_vec();
            sort_dedup(&mut sorted);
            sorted.len() == q.choices.len() && q.correct.len() == q.choices.len()
        }
        QuizKind::Scenario => true,
    };
    fits.then_some(()).ok_or(match q.kind {
        QuizKind::Single => "exactly one correct choice",
        QuizKind::Multiple => "at least one correct choice",
        QuizKind::TrueFalse => "choices \"true\" and \"false\", one correct",
        QuizKind::Ordering | QuizKind::Scenario => "correct lists every choice once, in order",
    })
}

/// The engine's answer to a scenario: correct choice indices (the top pick and
/// any option tied with it) and an explanation per choice in both languages.
fn scenario(catalog: &Catalog, q: &QuizQuestion) -> Result<(Vec<usize>, Vec<Text>), String> {
    let text = q
        .scenario
        .as_deref()
        .ok_or("needs a scenario, e.g. \"workload=event runtime=20s\"")?;
    let answers = Answers::parse(catalog, [text]).map_err(|e| e.message(Lang::En))?;
    let rec = recommend(&answers, catalog);
    let mut texts = Vec::new();
    let mut correct = Vec::new();
    for (ci, choice) in q.choices.iter().enumerate() {
        let o = catalog
            .option_index(&choice.id)
            .ok_or_else(|| format!("choice \"{}\" is not an option of the catalog", choice.id))?;
        let explain = |lang| explanation(catalog, &rec, &answers, o, lang);
        texts.push(Text::new(explain(Lang::Ko), explain(Lang::En)));
        if rec.ranked.iter().any(|r| r.option == o && r.tied_with_top) {
            correct.push(ci);
        }
    }
    check_winners(catalog, q, &rec, &correct)?;
    Ok((correct, texts))
}

/// Why option `o` is right or wrong for the scenario: its rank and first two
/// reasons, or why it is ruled out.
fn explanation(
    catalog: &Catalog,
    rec: &Recommendation,
    answers: &Answers,
    o: usize,
    lang: Lang,
) -> String {
    let ranked = rec.ranked.iter().enumerate().find(|(_, r)| r.option == o);
    if let Some((rank, r)) = ranked {
        let why: Vec<String> = r
            .reasons
            .iter()
            .take(2)
            .map(|f| fired_text(catalog, o, f, answers, lang))
            .collect();
        let head = match (rank, r.tied_with_top, lang) {
            (0, _, Lang::Ko) | (_, true, Lang::Ko) => {
                "맞습니다. 선택 도구의 1순위입니다.".to_string()
            }
            (0, _, Lang::En) | (_, true, Lang::En) => {
                "Right: the chooser ranks it first.".to_string()
            }
            (n, _, Lang::Ko) => format!("아닙니다. 선택 도구에서 {}위입니다.", n + 1),
            (n, _, Lang::En) => format!("Not the best fit: the chooser ranks it #{}.", n + 1),
        };
        format!("{head} {}", why.join(" "))
    } else {
        let why: Vec<String> = rec
            .eliminated
            .iter()
            .find(|e| e.option == o)
            .map(|e| {
                e.by.iter()
                    .map(|f| fired_text(catalog, o, f, answers, lang))
                    .collect()
            })
            .unwrap_or_default();
        format!(
            "{} {}",
            lang.pick("제외됩니다:", "Ruled out:"),
            why.join(" ")
        )
    }
}

/// A scenario's answer must be one choice, the engine's clear winner, and
/// the author's `expected` when given.
fn check_winners(
    catalog: &Catalog,
    q: &QuizQuestion,
    rec: &Recommendation,
    correct: &[usize],
) -> Result<(), String> {
    let top = rec
        .ranked
        .first()
        .map(|r| catalog.option(r.option).id.as_str())
        .unwrap_or("(none)");
    if correct.is_empty() {
        return Err(format!(
            "the chooser's top pick \"{top}\" is not among the choices"
        ));
    }
    if correct.len() > 1 {
        let tied: Vec<&str> = correct.iter().map(|&c| q.choices[c].id.as_str()).collect();
        return Err(format!(
            "the choices {} are tied within the catalog's tie margin: a scenario's answer must win by more than it",
            tied.join(", ")
        ));
    }
    if let Some(expected) = &q.expected {
        if !correct.iter().any(|&c| &q.choices[c].id == expected) {
            return Err(format!(
                "expected \"{expected}\" but the chooser picks \"{top}\""
            ));
        }
    }
    Ok(())
}
