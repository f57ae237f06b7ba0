//! Finds every problem in a catalog document at once, each with its JSON
//! path. Never builds anything: a document that passes is compiled by
//! `super::compile`.

use super::problem::ProblemKind;
use super::validator::{valid_date, Validator};
use crate::limits::{MAX_ANSWERS, MAX_ESSENTIALS};
use crate::model::{Document, OptionDoc, Question, QuestionKind, Status, FORMAT};
use std::collections::HashSet;

/// The ids an option may refer to, from the rest of the document.
struct KnownIds<'a> {
    sources: &'a HashSet<String>,
    options: HashSet<&'a str>,
    compare_rows: HashSet<&'a str>,
}

impl Validator {
    pub(super) fn check(&mut self, doc: &Document) {
        self.languages = doc.languages.clone();
        if !self.catalog_lists(doc) {
            return;
        }
        self.header(doc);
        let source_ids = self.sources(&doc.sources);
        let question_ids = self.questions(doc);
        self.dimensions(doc);
        self.compare_rows(doc, &question_ids);
        if doc.options.is_empty() {
            self.push("$.options", ProblemKind::NoOptions);
        }
        let known = KnownIds {
            sources: &source_ids,
            options: doc.options.iter().map(|o| o.id.as_str()).collect(),
            compare_rows: doc.compare.iter().map(|r| r.id.as_str()).collect(),
        };
        let mut seen_options = HashSet::new();
        for (i, option) in doc.options.iter().enumerate() {
            self.option(doc, i, option, &mut seen_options, &known);
        }
        self.rules_outside_matrix(doc);
    }

    /// The document's format, id, title, intro and date.
    fn header(&mut self, doc: &Document) {
        if doc.format != FORMAT {
            self.push("$.format", ProblemKind::WrongFormat(doc.format.clone()));
        }
        let mut seen = HashSet::new();
        self.id("$.id", &doc.id, &mut seen);
        self.text("$.title", &doc.title, true);
        self.text("$.intro", &doc.intro, false);
        if !valid_date(&doc.as_of) {
            self.push("$.as_of", ProblemKind::BadDate(doc.as_of.clone()));
        }
    }

    /// Checks the questions; returns the set of their ids.
    fn questions(&mut self, doc: &Document) -> HashSet<String> {
        if doc.questions.is_empty() {
            self.push("$.questions", ProblemKind::NoQuestions);
        }
        let mut question_ids = HashSet::new();
        for (i, question) in doc.questions.iter().enumerate() {
            self.question(&format!("$.questions[{i}]"), question, &mut question_ids);
        }
        let essentials = doc.questions.iter().filter(|q| q.essential).count();
        if essentials > MAX_ESSENTIALS {
            self.push("$.questions", ProblemKind::TooManyEssentials(essentials));
        }
        question_ids
    }

    fn question(&mut self, p: &str, q: &Question, question_ids: &mut HashSet<String>) {
        self.id(&format!("{p}.id"), &q.id, question_ids);
        self.text(&format!("{p}.label"), &q.label, true);
        self.text(&format!("{p}.help"), &q.help, false);
        match q.kind {
            QuestionKind::Choice => {
                if q.answers.is_empty() {
                    self.push(format!("{p}.answers"), ProblemKind::NoAnswers);
                }
                if q.answers.len() > MAX_ANSWERS {
                    let count = q.answers.len();
                    self.push(format!("{p}.answers"), ProblemKind::TooManyAnswers(count));
                }
                let mut answer_ids = HashSet::new();
                for (j, a) in q.answers.iter().enumerate() {
                    self.id(&format!("{p}.answers[{j}].id"), &a.id, &mut answer_ids);
                    self.text(&format!("{p}.answers[{j}].label"), &a.label, true);
                }
            }
            QuestionKind::Quantity => {
                if !q.answers.is_empty() {
                    self.push(format!("{p}.answers"), ProblemKind::AnswersOnQuantity);
                }
                match q.dimension {
                    None => self.push(format!("{p}.dimension"), ProblemKind::NoDimension),
                    Some(dim) => {
                        for (j, preset) in q.presets.iter().enumerate() {
                            self.quantity(&format!("{p}.presets[{j}]"), dim, preset);
                        }
                    }
                }
            }
        }
    }

    /// The comparison table's rows: ids, labels, and the questions they show.
    fn compare_rows(&mut self, doc: &Document, question_ids: &HashSet<String>) {
        let mut row_ids = HashSet::new();
        for (i, r) in doc.compare.iter().enumerate() {
            self.id(&format!("$.compare[{i}].id"), &r.id, &mut row_ids);
            self.text(&format!("$.compare[{i}].label"), &r.label, true);
            if let Some(q) = &r.question {
                if !question_ids.contains(q) {
                    self.push(
                        format!("$.compare[{i}].question"),
                        ProblemKind::UnknownQuestion(q.clone()),
                    );
                }
            }
        }
    }

    fn option(
        &mut self,
        doc: &Document,
        i: usize,
        o: &OptionDoc,
        seen: &mut HashSet<String>,
        known: &KnownIds<'_>,
    ) {
        let p = format!("$.options[{i}]");
        self.id(&format!("{p}.id"), &o.id, seen);
        self.text(&format!("{p}.name"), &o.name, true);
        self.text(&format!("{p}.summary"), &o.summary, true);
        let fact_ids = self.facts(&p, o, known.sources);
        if let Some(status) = &o.status {
            self.status(doc, &format!("{p}.status"), status, &fact_ids, known);
        }
        for (j, r) in o.rules.iter().enumerate() {
            let rp = format!("{p}.rules[{j}]");
            if r.when.is_empty() {
                self.push(format!("{rp}.when"), ProblemKind::MissingField);
            }
            for (k, c) in r.when.iter().enumerate() {
                self.condition(doc, &format!("{rp}.when[{k}]"), c);
            }
            if !r.eliminate && r.score == 0 {
                self.push(rp.clone(), ProblemKind::RuleWithoutEffect);
            }
            self.fact_reference(format!("{rp}.fact"), &r.fact, &fact_ids);
        }
        self.cells(doc, i, o);
        for (key, cell) in &o.compare {
            let cp = format!("{p}.compare.{key}");
            if !known.compare_rows.contains(key.as_str()) {
                self.push(cp.clone(), ProblemKind::UnknownCompareRow(key.clone()));
            }
            self.text(&cp, cell, true);
        }
    }

    /// Checks an option's facts; returns the set of their ids.
    fn facts(&mut self, p: &str, o: &OptionDoc, source_ids: &HashSet<String>) -> HashSet<String> {
        let mut fact_ids = HashSet::new();
        for (j, f) in o.facts.iter().enumerate() {
            let fp = format!("{p}.facts[{j}]");
            self.id(&format!("{fp}.id"), &f.id, &mut fact_ids);
            self.text(&format!("{fp}.text"), &f.text, true);
            self.check_quote(&fp, &f.quote);
            if f.source.trim().is_empty() {
                self.push(format!("{fp}.source"), ProblemKind::FactWithoutSource);
            } else if !source_ids.contains(&f.source) {
                let unknown = ProblemKind::UnknownSource(f.source.clone());
                self.push(format!("{fp}.source"), unknown);
            }
        }
        fact_ids
    }

    /// An option's status: its date, fact, gate, and successor.
    fn status(
        &mut self,
        doc: &Document,
        sp: &str,
        status: &Status,
        fact_ids: &HashSet<String>,
        known: &KnownIds<'_>,
    ) {
        if !valid_date(&status.since) {
            let bad = ProblemKind::BadDate(status.since.clone());
            self.push(format!("{sp}.since"), bad);
        }
        self.fact_reference(format!("{sp}.fact"), &status.fact, fact_ids);
        for (k, c) in status.available_if.iter().enumerate() {
            self.condition(doc, &format!("{sp}.available_if[{k}]"), c);
        }
        if let Some(successor) = &status.successor {
            if !known.options.contains(successor.as_str()) {
                let unknown = ProblemKind::UnknownOption(successor.clone());
                self.push(format!("{sp}.successor"), unknown);
            }
        }
    }

    /// A reference to one of the option's facts.
    fn fact_reference(&mut self, path: String, id: &str, fact_ids: &HashSet<String>) {
        if id.is_empty() {
            self.push(path, ProblemKind::MissingField);
        } else if !fact_ids.contains(id) {
            self.push(path, ProblemKind::UnknownFact(id.into()));
        }
    }
}
