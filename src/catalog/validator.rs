//! The validator's recorder: the problems found so far (at most
//! [`crate::limits::MAX_PROBLEMS`], then a count) and the checks every part
//! of a document shares (ids, texts, sources, conditions, quantities). The
//! walk over a catalog is `super::validate`, the list lengths
//! `super::lists`, the capability matrix `super::cells`, a quiz
//! `crate::quiz::validate`.

use super::problem::{Problem, ProblemKind};
use crate::model::{Condition, Document, QuestionKind, Source};
use crate::quantity::{self, Dimension, QuantityError};
use crate::text::{Lang, Text};
use std::collections::HashSet;

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

pub(crate) fn valid_date(d: &str) -> bool {
    let parts: Vec<&str> = d.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y, m] => digits(y, 4) && digits(m, 2),
        [y, m, dd] => digits(y, 4) && digits(m, 2) && digits(dd, 2),
        _ => false,
    }
}

#[derive(Default)]
pub(crate) struct Validator {
    pub(crate) problems: Vec<Problem>,
    /// Languages every required text must have (empty: all).
    pub(crate) languages: Vec<Lang>,
    /// A widget bundle: its facts were stripped of their quotes (review
    /// material, kept in the source catalog and `docs/facts.md`), so cited
    /// facts need none.
    pub(crate) quotes_dropped: bool,
}

impl Validator {
    /// Records a problem. After [`crate::limits::MAX_PROBLEMS`] the rest
    /// are only counted, in one last [`ProblemKind::MoreProblems`].
    pub(crate) fn push(&mut self, path: impl Into<String>, kind: ProblemKind) {
        let limit = crate::limits::MAX_PROBLEMS;
        if self.problems.len() < limit {
            self.problems.push(Problem::new(path, kind));
        } else if let Some(Problem {
            kind: ProblemKind::MoreProblems(n),
            ..
        }) = self.problems.get_mut(limit)
        {
            *n += 1;
        } else {
            let more = Problem::new("$", ProblemKind::MoreProblems(1));
            self.problems.push(more);
        }
    }

    pub(crate) fn text(&mut self, path: &str, t: &Text, required: bool) {
        if !required && t.is_empty() {
            return;
        }
        for lang in Lang::ALL {
            let wanted = self.languages.is_empty() || self.languages.contains(&lang);
            let form = match lang {
                Lang::Ko => &t.ko,
                Lang::En => &t.en,
            };
            if wanted && form.trim().is_empty() {
                self.push(
                    format!("{path}.{}", lang.code()),
                    ProblemKind::MissingTranslation(lang),
                );
            }
        }
    }

    pub(crate) fn id(&mut self, path: &str, id: &str, seen: &mut HashSet<String>) {
        if id.is_empty() {
            self.push(path, ProblemKind::MissingField);
        } else if !valid_id(id) {
            self.push(path, ProblemKind::BadId(id.into()));
        } else if !seen.insert(id.to_string()) {
            self.push(path, ProblemKind::DuplicateId(id.into()));
        }
    }

    /// Checks a `sources` list; returns the set of valid ids.
    pub(crate) fn sources(&mut self, sources: &[Source]) -> HashSet<String> {
        let mut source_ids = HashSet::new();
        for (i, s) in sources.iter().enumerate() {
            let p = format!("$.sources[{i}]");
            self.id(&format!("{p}.id"), &s.id, &mut source_ids);
            if s.title.trim().is_empty() {
                self.push(format!("{p}.title"), ProblemKind::MissingField);
            }
            if crate::source_url::check(&s.url).is_err() {
                self.push(format!("{p}.url"), ProblemKind::BadUrl(s.url.clone()));
            }
            if !valid_date(&s.as_of) {
                self.push(format!("{p}.as_of"), ProblemKind::BadDate(s.as_of.clone()));
            }
        }
        source_ids
    }

    pub(crate) fn condition(&mut self, doc: &Document, path: &str, c: &Condition) {
        let set = [
            !c.answers.is_empty(),
            c.above.is_some(),
            c.at_most.is_some(),
        ];
        if set.iter().filter(|&&b| b).count() != 1 {
            self.push(path, ProblemKind::ConditionShape);
        }
        let Some(q) = doc.questions.iter().find(|q| q.id == c.question) else {
            self.push(
                format!("{path}.question"),
                ProblemKind::UnknownQuestion(c.question.clone()),
            );
            return;
        };
        match q.kind {
            QuestionKind::Choice => {
                if c.above.is_some() || c.at_most.is_some() {
                    self.push(path, ProblemKind::TestDoesNotFitQuestion);
                }
                for (k, a) in c.answers.iter().enumerate() {
                    if !q.answers.iter().any(|qa| &qa.id == a) {
                        self.push(
                            format!("{path}.answers[{k}]"),
                            ProblemKind::UnknownAnswer {
                                question: q.id.clone(),
                                answer: a.clone(),
                                valid: q.answers.iter().map(|a| a.id.clone()).collect(),
                            },
                        );
                    }
                }
            }
            QuestionKind::Quantity => {
                if !c.answers.is_empty() {
                    self.push(path, ProblemKind::TestDoesNotFitQuestion);
                }
                if let Some(dim) = q.dimension {
                    if let Some(v) = &c.above {
                        self.quantity(&format!("{path}.above"), dim, v);
                    }
                    if let Some(v) = &c.at_most {
                        self.quantity(&format!("{path}.at_most"), dim, v);
                    }
                }
            }
        }
    }

    pub(crate) fn quantity(&mut self, path: &str, dim: Dimension, value: &str) {
        if let Err(error) = quantity::parse(dim, value) {
            // A unit that belongs to another dimension is a "wrong unit".
            let other_dim = [Dimension::Duration, Dimension::Bytes, Dimension::Vcpu]
                .into_iter()
                .filter(|&d| d != dim)
                .any(|d| quantity::parse(d, value).is_ok());
            let kind = if other_dim || matches!(error, QuantityError::UnknownUnit(_)) {
                ProblemKind::WrongUnit {
                    expected: dim,
                    given: value.into(),
                }
            } else {
                ProblemKind::BadQuantity {
                    given: value.into(),
                    error,
                    dimension: dim,
                }
            };
            self.push(path, kind);
        }
    }
}
