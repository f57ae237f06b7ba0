//! The default quiz (`content/aws-containers-quiz.json`), for the CLI and
//! the tests; the widget reads its built-in quiz from a binary part.

use super::built::Quiz;
use crate::catalog::Catalog;

/// The default quiz's JSON.
pub const DEFAULT_QUIZ_JSON: &str = include_str!("../../content/aws-containers-quiz.json");

/// The default quiz, checked against `catalog` (normally the default catalog).
pub fn default_quiz(catalog: &Catalog) -> Quiz {
    // The bundled quiz is validated by the test suite (`tests/quiz.rs`).
    match Quiz::from_json(DEFAULT_QUIZ_JSON, catalog) {
        Ok(q) => q,
        Err(p) => panic!("bundled quiz is invalid: {p:?}"),
    }
}
