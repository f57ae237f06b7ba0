//! What `berth check` does, as a function: decide from its `format` whether
//! a JSON document is a catalog, a quiz or a bundle, validate it, and either
//! summarise it or return every problem with its JSON path. The CLI and the
//! authoring page (`author/`, wasm) both call [`check_document`], so they
//! report the same problems for the same text.

use crate::bundle::{is_bundle_json, Bundle};
use crate::catalog::{Catalog, Problem};
use crate::quiz::{is_quiz_json, Quiz};
use crate::text::Lang;

/// What kind of document was checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentKind {
    Catalog,
    Quiz,
    Bundle,
}

impl DocumentKind {
    /// Which kind `json` says it is (a catalog unless its `format` says otherwise).
    pub fn of(json: &str) -> DocumentKind {
        let quiz = is_quiz_json(json);
        if is_bundle_json(json) && !quiz {
            DocumentKind::Bundle
        } else if quiz {
            DocumentKind::Quiz
        } else {
            DocumentKind::Catalog
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            DocumentKind::Catalog => "catalog",
            DocumentKind::Quiz => "quiz",
            DocumentKind::Bundle => "bundle",
        }
    }
}

/// A valid document's size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Checked {
    pub kind: DocumentKind,
    pub questions: usize,
    pub options: usize,
    pub quiz_questions: usize,
}

impl Checked {
    /// `12 questions, 5 options` (catalog), `51 quiz questions` (quiz), or all three (bundle).
    pub fn summary(&self, lang: Lang) -> String {
        let (questions, options, quiz) = (self.questions, self.options, self.quiz_questions);
        match (self.kind, lang) {
            (DocumentKind::Catalog, Lang::En) => {
                format!("{questions} questions, {options} options")
            }
            (DocumentKind::Catalog, Lang::Ko) => format!("질문 {questions}개, 선택지 {options}개"),
            (DocumentKind::Quiz, Lang::En) => format!("{quiz} quiz questions"),
            (DocumentKind::Quiz, Lang::Ko) => format!("퀴즈 문제 {quiz}개"),
            (DocumentKind::Bundle, Lang::En) => {
                format!("{questions} questions, {options} options, {quiz} quiz questions")
            }
            (DocumentKind::Bundle, Lang::Ko) => {
                format!("질문 {questions}개, 선택지 {options}개, 퀴즈 문제 {quiz}개")
            }
        }
    }
}

/// Validates `json` as its `format` says. A quiz is checked against
/// `catalog` (its scenario questions are answered by the engine).
pub fn check_document(json: &str, catalog: &Catalog) -> Result<Checked, Vec<Problem>> {
    let kind = DocumentKind::of(json);
    let empty = Checked {
        kind,
        questions: 0,
        options: 0,
        quiz_questions: 0,
    };
    match kind {
        DocumentKind::Bundle => Bundle::from_json(json).map(|bundle| Checked {
            questions: bundle.catalog.questions().len(),
            options: bundle.catalog.options().len(),
            quiz_questions: bundle.quiz.len(),
            ..empty
        }),
        DocumentKind::Quiz => Quiz::from_json(json, catalog).map(|quiz| Checked {
            quiz_questions: quiz.len(),
            ..empty
        }),
        DocumentKind::Catalog => Catalog::from_json(json).map(|catalog| Checked {
            questions: catalog.questions().len(),
            options: catalog.options().len(),
            ..empty
        }),
    }
}
