//! The capability matrix's own checks: dimensions (a limit reads a quantity
//! question, a capability says when it is needed), one cell per option and
//! dimension with a value of the right kind, every cell's fact quoted, an
//! `except` case only narrowing, and hand-written rules that neither rule out
//! on a question a dimension reads nor penalise a need it covers. The cells'
//! values and compiled form are in `super::compiled`; how an option meets a
//! reader's needs is `crate::matrix`.

use super::compiled::CellValue;
use super::problem::{Problem, ProblemKind};
use super::validator::Validator;
use crate::limits::MAX_QUOTE_CHARS;
use crate::model::{Cell, Condition, DimensionKind, Document, OptionDoc, QuestionKind};
use crate::quantity::Dimension;
use std::collections::HashSet;

impl Validator {
    /// Checks the catalog's dimensions (`$.dimensions`).
    pub(crate) fn dimensions(&mut self, doc: &Document) {
        let mut ids = HashSet::new();
        for (i, d) in doc.dimensions.iter().enumerate() {
            let p = format!("$.dimensions[{i}]");
            self.id(&format!("{p}.id"), &d.id, &mut ids);
            self.text(&format!("{p}.label"), &d.label, true);
            for (name, phrase) in [
                ("lacks", &d.phrases.lacks),
                ("fits", &d.phrases.fits),
                ("unlimited", &d.phrases.unlimited),
            ] {
                self.text(&format!("{p}.phrases.{name}"), phrase, false);
            }
            match d.kind {
                DimensionKind::Limit => {
                    let question = d.question.as_deref().unwrap_or_default();
                    match doc.questions.iter().find(|q| q.id == question) {
                        _ if question.is_empty() => {
                            self.push(format!("{p}.question"), ProblemKind::MissingField)
                        }
                        None => self.push(
                            format!("{p}.question"),
                            ProblemKind::UnknownQuestion(question.into()),
                        ),
                        Some(q) if q.kind != QuestionKind::Quantity => self.push(
                            format!("{p}.question"),
                            ProblemKind::LimitNeedsQuantity(question.into()),
                        ),
                        Some(_) => {}
                    }
                    if !d.needed_when.is_empty() {
                        self.push(format!("{p}.needed_when"), ProblemKind::NeededWhenOnLimit);
                    }
                }
                DimensionKind::Capability => {
                    if d.question.is_some() {
                        self.push(format!("{p}.question"), ProblemKind::QuestionOnCapability);
                    }
                    for (k, c) in d.needed_when.iter().enumerate() {
                        self.condition(doc, &format!("{p}.needed_when[{k}]"), c);
                    }
                }
            }
        }
    }

    /// Checks one option's row of the matrix: a cell for every dimension,
    /// values of the right kind, facts with quotes, cases that only narrow.
    pub(crate) fn cells(&mut self, doc: &Document, index: usize, option: &OptionDoc) {
        let p = format!("$.options[{index}].capabilities");
        for d in &doc.dimensions {
            if !d.id.is_empty() && !option.capabilities.contains_key(&d.id) {
                self.push(p.clone(), ProblemKind::MissingCell(d.id.clone()));
            }
        }
        for (key, cell) in &option.capabilities {
            let cp = format!("{p}.{key}");
            let Some(d) = doc.dimensions.iter().find(|d| &d.id == key) else {
                self.push(cp, ProblemKind::UnknownDimension(key.clone()));
                continue;
            };
            let unit = d.question.as_ref().and_then(|q| {
                doc.questions
                    .iter()
                    .find(|qq| &qq.id == q)
                    .and_then(|qq| qq.dimension)
            });
            let base = self.cell_value(&format!("{cp}.value"), d.kind, unit, &cell.value);
            self.cell_fact(&format!("{cp}.fact"), option, cell, base);
            for (k, case) in cell.except.iter().enumerate() {
                let kp = format!("{cp}.except[{k}]");
                if case.when.is_empty() {
                    self.push(format!("{kp}.when"), ProblemKind::MissingField);
                }
                for (j, c) in case.when.iter().enumerate() {
                    self.condition(doc, &format!("{kp}.when[{j}]"), c);
                }
                let value = self.cell_value(&format!("{kp}.value"), d.kind, unit, &case.value);
                if let (Some(v), Some(b)) = (value, base) {
                    if !v.narrows(b) {
                        self.push(
                            format!("{kp}.value"),
                            ProblemKind::CaseWidens {
                                base: cell.value.clone(),
                                case: case.value.clone(),
                            },
                        );
                    }
                }
                self.quoted_fact(&format!("{kp}.fact"), option, &case.fact);
            }
        }
    }

    fn cell_value(
        &mut self,
        path: &str,
        kind: DimensionKind,
        unit: Option<Dimension>,
        text: &str,
    ) -> Option<CellValue> {
        if text.is_empty() {
            self.push(path, ProblemKind::MissingField);
            return None;
        }
        let value = CellValue::parse(kind, unit, text);
        if value.is_none() {
            let numeric = text.starts_with(|c: char| c.is_ascii_digit() || c == '.');
            match (kind, unit) {
                (DimensionKind::Limit, Some(unit)) if numeric => {
                    let before = self.problems.len();
                    self.quantity(path, unit, text);
                    if self.problems.len() == before {
                        self.push(path, ProblemKind::BadCellValue(text.into()));
                    }
                }
                // A limit on an unknown question: reported at the dimension.
                (DimensionKind::Limit, None) => {}
                _ => self.push(path, ProblemKind::BadCellValue(text.into())),
            }
        }
        value
    }

    fn cell_fact(&mut self, path: &str, option: &OptionDoc, cell: &Cell, value: Option<CellValue>) {
        if cell.fact.is_empty() && value == Some(CellValue::NotStated) {
            return;
        }
        self.quoted_fact(path, option, &cell.fact);
    }

    fn quoted_fact(&mut self, path: &str, option: &OptionDoc, id: &str) {
        if id.is_empty() {
            self.push(path, ProblemKind::MissingField);
            return;
        }
        match option.facts.iter().find(|f| f.id == id) {
            None => self.push(path, ProblemKind::UnknownFact(id.into())),
            Some(f) if f.quote.trim().is_empty() && !self.quotes_dropped => {
                self.push(path, ProblemKind::FactWithoutQuote(id.into()))
            }
            Some(_) => {}
        }
    }

    /// Checks a fact's quote length (every fact, cited or not). Not capped
    /// by [`Validator::push`], as before.
    pub(crate) fn check_quote(&mut self, path: &str, quote: &str) {
        let n = quote.chars().count();
        if n > MAX_QUOTE_CHARS {
            self.problems.push(Problem::at(
                format!("{path}.quote"),
                ProblemKind::QuoteTooLong(n),
            ));
        }
    }

    /// Hand-written rules must not do the matrix's job: an elimination on a
    /// question a dimension covers, or a penalty whose every condition is a
    /// need the matrix covers, is a hard incompatibility in disguise.
    pub(crate) fn rules_outside_matrix(&mut self, doc: &Document) {
        if doc.dimensions.is_empty() {
            return;
        }
        for (i, o) in doc.options.iter().enumerate() {
            for (j, r) in o.rules.iter().enumerate() {
                let path = format!("$.options[{i}].rules[{j}]");
                if r.eliminate {
                    if let Some(c) = r.when.iter().find(|c| covered_question(doc, &c.question)) {
                        self.push(
                            path,
                            ProblemKind::EliminationOutsideMatrix(c.question.clone()),
                        );
                    }
                } else if r.score < 0
                    && !r.when.is_empty()
                    && r.when.iter().all(|c| covered_need(doc, c))
                {
                    let question = r.when[0].question.clone();
                    self.push(path, ProblemKind::PenaltyForIncompatibility(question));
                }
            }
        }
    }
}

/// A question some dimension reads (a limit's question or a `needed_when`).
fn covered_question(doc: &Document, question: &str) -> bool {
    doc.dimensions.iter().any(|d| {
        d.question.as_deref() == Some(question)
            || d.needed_when.iter().any(|c| c.question == question)
    })
}

/// A condition that asks for something a dimension covers: a quantity above
/// some value on a limit's question, or answers that all make a capability needed.
fn covered_need(doc: &Document, c: &Condition) -> bool {
    doc.dimensions.iter().any(|d| {
        (d.question.as_deref() == Some(c.question.as_str()) && c.above.is_some())
            || d.needed_when.iter().any(|n| {
                n.question == c.question
                    && !c.answers.is_empty()
                    && c.answers.iter().all(|a| n.answers.contains(a))
            })
    })
}
