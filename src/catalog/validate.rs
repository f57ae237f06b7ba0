//! Finds every problem in a catalog document at once, each with its JSON
//! path. Never builds anything: a document that passes is compiled by
//! `super::compile`.

use super::problem::ProblemKind;
use super::validator::{valid_date, Validator};
use crate::limits::{MAX_ANSWERS, MAX_ESSENTIALS};
use crate::model::{Document, OptionDoc, QuestionKind, FORMAT};
use std::collections::HashSet;

impl Validator {
    pub(super) fn check(&mut self, doc: &Document) {
        self.languages = doc.languages.clone();
        if !self.catalog_lists(doc) {
            return;
        }
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

        let source_ids = self.sources(&doc.sources);

        if doc.questions.is_empty() {
            self.push("$.questions", ProblemKind::NoQuestions);
        }
        let mut question_ids = HashSet::new();
        for (i, q) in doc.questions.iter().enumerate() {
            let p = format!("$.questions[{i}]");
            self.id(&format!("{p}.id"), &q.id, &mut question_ids);
            self.text(&format!("{p}.label"), &q.label, true);
            self.text(&format!("{p}.help"), &q.help, false);
            match q.kind {
                QuestionKind::Choice => {
                    if q.answers.is_empty() {
                        self.push(format!("{p}.answers"), ProblemKind::NoAnswers);
                    }
                    if q.answers.len() > MAX_ANSWERS {
                        self.push(
                            format!("{p}.answers"),
                            ProblemKind::TooManyAnswers(q.answers.len()),
                        );
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

        let essentials = doc.questions.iter().filter(|q| q.essential).count();
        if essentials > MAX_ESSENTIALS {
            self.push("$.questions", ProblemKind::TooManyEssentials(essentials));
        }

        self.dimensions(doc);

        let compare_ids: HashSet<&str> = doc.compare.iter().map(|r| r.id.as_str()).collect();
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

        if doc.options.is_empty() {
            self.push("$.options", ProblemKind::NoOptions);
        }
        let option_ids: HashSet<&str> = doc.options.iter().map(|o| o.id.as_str()).collect();
        let mut seen_options = HashSet::new();
        for (i, o) in doc.options.iter().enumerate() {
            self.option(
                doc,
                i,
                o,
                &mut seen_options,
                &source_ids,
                &option_ids,
                &compare_ids,
            );
        }
        self.rules_outside_matrix(doc);
    }

    #[allow(clippy::too_many_arguments)]
    fn option(
        &mut self,
        doc: &Document,
        i: usize,
        o: &OptionDoc,
        seen: &mut HashSet<String>,
        source_ids: &HashSet<String>,
        option_ids: &HashSet<&str>,
        compare_ids: &HashSet<&str>,
    ) {
        let p = format!("$.options[{i}]");
        self.id(&format!("{p}.id"), &o.id, seen);
        self.text(&format!("{p}.name"), &o.name, true);
        self.text(&format!("{p}.summary"), &o.summary, true);
        let mut fact_ids = HashSet::new();
        for (j, f) in o.facts.iter().enumerate() {
            let fp = format!("{p}.facts[{j}]");
            self.id(&format!("{fp}.id"), &f.id, &mut fact_ids);
            self.text(&format!("{fp}.text"), &f.text, true);
            self.check_quote(&fp, &f.quote);
            if f.source.trim().is_empty() {
                self.push(format!("{fp}.source"), ProblemKind::FactWithoutSource);
            } else if !source_ids.contains(&f.source) {
                self.push(
                    format!("{fp}.source"),
                    ProblemKind::UnknownSource(f.source.clone()),
                );
            }
        }
        let fact = |v: &mut Validator, path: String, id: &str| {
            if id.is_empty() {
                v.push(path, ProblemKind::MissingField);
            } else if !fact_ids.contains(id) {
                v.push(path, ProblemKind::UnknownFact(id.into()));
            }
        };
        if let Some(s) = &o.status {
            let sp = format!("{p}.status");
            if !valid_date(&s.since) {
                self.push(format!("{sp}.since"), ProblemKind::BadDate(s.since.clone()));
            }
            fact(self, format!("{sp}.fact"), &s.fact);
            for (k, c) in s.available_if.iter().enumerate() {
                self.condition(doc, &format!("{sp}.available_if[{k}]"), c);
            }
            if let Some(succ) = &s.successor {
                if !option_ids.contains(succ.as_str()) {
                    self.push(
                        format!("{sp}.successor"),
                        ProblemKind::UnknownOption(succ.clone()),
                    );
                }
            }
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
            fact(self, format!("{rp}.fact"), &r.fact);
        }
        self.cells(doc, i, o);
        for (key, cell) in &o.compare {
            let cp = format!("{p}.compare.{key}");
            if !compare_ids.contains(key.as_str()) {
                self.push(cp.clone(), ProblemKind::UnknownCompareRow(key.clone()));
            }
            self.text(&cp, cell, true);
        }
    }
}
