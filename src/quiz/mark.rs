//! Marking: the credit of one response (partial credit for "all that
//! apply" and for orderings) and the mark of an attempt.

use super::built::Quiz;
use super::draw::Drawn;
use super::model::QuizKind;
use crate::sort::sort_dedup;

/// Credit for one response, 0.0–1.0. `response` holds choice indices (for
/// ordering: the reader's order).
pub fn credit(quiz: &Quiz, question: usize, response: &[usize]) -> f64 {
    let q = quiz.question(question);
    let correct = quiz.correct(question);
    match q.kind {
        QuizKind::Single | QuizKind::TrueFalse | QuizKind::Scenario => match response {
            [one] if correct.contains(one) => 1.0,
            _ => 0.0,
        },
        QuizKind::Multiple => {
            let mut picked: Vec<usize> = response.to_vec();
            sort_dedup(&mut picked);
            let hits = picked.iter().filter(|c| correct.contains(c)).count() as f64;
            let wrong = picked.len() as f64 - hits;
            ((hits - wrong) / correct.len() as f64).clamp(0.0, 1.0)
        }
        QuizKind::Ordering => {
            // Share of pairs in the right relative order (1.0 only for the exact order).
            let n = correct.len();
            if response.len() != n || n < 2 {
                return 0.0;
            }
            let pos = |c: usize| response.iter().position(|&r| r == c);
            let mut good = 0;
            let mut total = 0;
            for i in 0..n {
                for j in i + 1..n {
                    total += 1;
                    if let (Some(a), Some(b)) = (pos(correct[i]), pos(correct[j])) {
                        if a < b {
                            good += 1;
                        }
                    }
                }
            }
            f64::from(good) / f64::from(total)
        }
    }
}

/// The mark of an attempt.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub credits: Vec<f64>,
    /// Sum of credits.
    pub points: f64,
    /// Whole percent, rounded down.
    pub percent: u8,
    pub passed: bool,
}

pub fn mark(quiz: &Quiz, drawn: &[Drawn], responses: &[Option<Vec<usize>>], pass_mark: u8) -> Mark {
    let credits: Vec<f64> = drawn
        .iter()
        .enumerate()
        .map(|(i, d)| {
            responses
                .get(i)
                .and_then(|r| r.as_deref())
                .map(|r| credit(quiz, d.question, r))
                .unwrap_or(0.0)
        })
        .collect();
    let points: f64 = credits.iter().sum();
    let percent = if drawn.is_empty() {
        0
    } else {
        ((points / drawn.len() as f64) * 100.0 + 1e-9).floor() as u8
    };
    Mark {
        credits,
        points,
        percent,
        passed: percent >= pass_mark,
    }
}
