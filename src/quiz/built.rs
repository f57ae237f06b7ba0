//! The validated quiz and how it is made: from JSON or a document,
//! validated (`super::validate`) with every answer resolved
//! (`super::resolve`); or from built-in content `berth bundle` validated
//! when it made it, resolved only.

use super::model::{QuizDoc, QuizQuestion, QUIZ_FORMAT};
use super::resolve::{resolve, Resolved};
use super::validate;
use crate::catalog::{check_document_text, Catalog, Problem, ProblemKind, Validator};
use crate::hash::fnv1a_hex;
use crate::limits::{MAX_QUIZ_BYTES, MAX_QUIZ_COUNT, MAX_QUIZ_ITEMS};
use crate::model::Source;
use crate::text::{Lang, Text};

/// A validated quiz with every correct answer resolved to choice indices.
#[derive(Clone, Debug)]
pub struct Quiz {
    doc: QuizDoc,
    /// Per question: correct choice indices (ordering: in order).
    correct: Vec<Vec<usize>>,
    /// Per scenario question and choice: the engine's explanation, per language.
    scenario_explanations: Vec<Vec<Text>>,
    hash: String,
}

impl Quiz {
    /// Parses and validates quiz JSON against the catalog its scenarios use.
    pub fn from_json(json: &str, catalog: &Catalog) -> Result<Quiz, Vec<Problem>> {
        let problem = |path: &str, kind| vec![Problem::new(path, kind)];
        check_document_text(json, MAX_QUIZ_BYTES, MAX_QUIZ_ITEMS)
            .map_err(|kind| problem("$", kind))?;
        let doc: QuizDoc = crate::json::parse(json)
            .map_err(|e| problem(&e.path, ProblemKind::Syntax(e.message)))?;
        Quiz::from_document(doc, catalog, &fnv1a_hex(json))
    }

    /// Validates a quiz document against the catalog its scenarios use.
    /// On failure, returns every problem found.
    pub fn from_document(
        doc: QuizDoc,
        catalog: &Catalog,
        hash: &str,
    ) -> Result<Quiz, Vec<Problem>> {
        let mut v = Validator {
            languages: doc.languages.clone(),
            ..Validator::default()
        };
        if !validate::lists(&mut v, &doc) {
            return Err(v.problems);
        }
        let resolved: Vec<Resolved> = doc.questions.iter().map(|q| resolve(q, catalog)).collect();
        validate::document(&mut v, &doc, &resolved);
        if !v.problems.is_empty() {
            return Err(v.problems);
        }
        Ok(Quiz::assemble(doc, resolved, hash))
    }

    /// Builds a quiz `berth bundle` validated when it made the widget's
    /// built-in content (`crate::bundle::read_quiz`), without validating it
    /// again: only what the quiz needs to work is resolved (correct answers,
    /// scenarios against `catalog`), and anything that does not resolve is an
    /// error, never a panic.
    pub fn from_built_document(
        doc: QuizDoc,
        catalog: &Catalog,
        hash: &str,
    ) -> Result<Quiz, String> {
        if doc.format != QUIZ_FORMAT {
            return Err(format!("format \"{}\"", doc.format));
        }
        if doc.questions.is_empty()
            || !(1..=MAX_QUIZ_COUNT).contains(&doc.settings.count)
            || doc.settings.pass_mark > 100
        {
            return Err("no questions, or settings out of range".into());
        }
        let mut resolved = Vec::with_capacity(doc.questions.len());
        for q in &doc.questions {
            let r = resolve(q, catalog);
            if let Some((at, _)) = r.problems.first() {
                return Err(format!("question \"{}\": {}", q.id, &at[1..]));
            }
            resolved.push(r);
        }
        Ok(Quiz::assemble(doc, resolved, hash))
    }

    /// The quiz of a document whose every question resolved.
    fn assemble(doc: QuizDoc, resolved: Vec<Resolved>, hash: &str) -> Quiz {
        let (correct, scenario_explanations) = resolved
            .into_iter()
            .map(|r| (r.correct, r.explanations))
            .unzip();
        Quiz {
            doc,
            correct,
            scenario_explanations,
            hash: hash.to_string(),
        }
    }

    pub fn document(&self) -> &QuizDoc {
        &self.doc
    }

    pub fn question(&self, i: usize) -> &QuizQuestion {
        &self.doc.questions[i]
    }

    pub fn len(&self) -> usize {
        self.doc.questions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.doc.questions.is_empty()
    }

    /// Correct choice indices of question `i` (ordering: the right order).
    pub fn correct(&self, i: usize) -> &[usize] {
        &self.correct[i]
    }

    /// FNV-1a hash of the quiz text: stored progress is keyed by it.
    pub fn content_hash(&self) -> &str {
        &self.hash
    }

    /// Every topic, in first-seen order.
    pub fn topics(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for q in &self.doc.questions {
            if !out.contains(&q.topic.as_str()) {
                out.push(&q.topic);
            }
        }
        out
    }

    /// The label of choice `c` of question `i` (scenario: the option's name).
    pub fn choice_label(&self, catalog: &Catalog, i: usize, c: usize, lang: Lang) -> String {
        let q = &self.doc.questions[i];
        let choice = &q.choices[c];
        if choice.label.is_empty() {
            if let Some(o) = catalog.option_index(&choice.id) {
                return catalog.option(o).name.get(lang).to_string();
            }
        }
        choice.label.get(lang).to_string()
    }

    /// Why choice `c` of question `i` is right or wrong.
    pub fn explanation(&self, i: usize, c: usize, lang: Lang) -> String {
        let q = &self.doc.questions[i];
        match self.scenario_explanations[i].get(c) {
            Some(t) if q.choices[c].explanation.is_empty() => t.get(lang).to_string(),
            _ => q.choices[c].explanation.get(lang).to_string(),
        }
    }

    pub fn source(&self, i: usize) -> Option<&Source> {
        let id = &self.doc.questions[i].source;
        self.doc.sources.iter().find(|s| &s.id == id)
    }
}
