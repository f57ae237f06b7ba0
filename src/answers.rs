//! A reader's answers, and the `key=value` syntax shared by the CLI, the URL
//! fragment and the widget's `answers` attribute.
//!
//! Syntax: items separated by whitespace or `&`, each `question=answer`, e.g.
//! `workload=batch runtime=40m memory=12GB`. A value of `unknown` (or `?`, or
//! empty) leaves the question unanswered. Choice answers are answer ids;
//! quantities take a unit (see [`crate::quantity`]).

use crate::catalog::Catalog;
use crate::model::QuestionKind;
use crate::quantity::{self, Dimension, QuantityError};
use crate::text::Lang;

/// One given answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AnswerValue {
    /// Index into the question's `answers`.
    Choice(usize),
    /// Base units of the question's dimension.
    Quantity(u64),
}

/// Answers to a catalog's questions, by question index. `None`: don't know.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Answers {
    values: Vec<Option<AnswerValue>>,
}

/// Why an answer could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// An item is not `key=value`.
    Malformed {
        item: String,
    },
    UnknownQuestion {
        key: String,
        valid: Vec<String>,
    },
    UnknownAnswer {
        question: String,
        given: String,
        valid: Vec<String>,
    },
    BadQuantity {
        question: String,
        given: String,
        dimension: Dimension,
        error: QuantityError,
    },
    /// The link was longer than the limits; only its start was read.
    LinkTooLong,
}

impl AnswerError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            AnswerError::Malformed { item } => lang
                .pick(
                    &format!("'{item}'을(를) 읽을 수 없습니다: 질문=답 형식으로 쓰세요 (예: runtime=40m)"),
                    &format!("cannot read '{item}': write question=answer (e.g. runtime=40m)"),
                )
                .to_string(),
            AnswerError::UnknownQuestion { key, valid } => {
                let valid = valid.join(", ");
                lang.pick(
                    &format!("알 수 없는 질문 '{key}'. 가능한 질문: {valid}"),
                    &format!("unknown question '{key}'. Valid questions: {valid}"),
                )
                .to_string()
            }
            AnswerError::UnknownAnswer {
                question,
                given,
                valid,
            } => {
                let valid = valid.join(", ");
                lang.pick(
                    &format!("'{question}'에 답 '{given}'은(는) 없습니다. 가능한 답: {valid}, unknown"),
                    &format!("'{question}' has no answer '{given}'. Valid answers: {valid}, unknown"),
                )
                .to_string()
            }
            AnswerError::BadQuantity {
                question,
                given,
                dimension,
                error,
            } => {
                format!("{question}={given}: {}", error.message(*dimension, lang))
            }
            AnswerError::LinkTooLong => {
                use crate::limits::{MAX_LINK_BYTES, MAX_LINK_ITEMS};
                lang.pick(
                    &format!("링크가 너무 길어 앞부분만 읽었습니다 (항목 {MAX_LINK_ITEMS}개, {MAX_LINK_BYTES}자까지)"),
                    &format!("the link is too long: only its first {MAX_LINK_ITEMS} items ({MAX_LINK_BYTES} characters) were read"),
                )
                .to_string()
            }
        }
    }
}

impl Answers {
    /// No question answered.
    pub fn empty(catalog: &Catalog) -> Answers {
        Answers {
            values: vec![None; catalog.questions().len()],
        }
    }

    /// Parses `key=value` items (each item may itself hold several, separated
    /// by whitespace or `&`). Stops at the first bad item.
    pub fn parse<I, S>(catalog: &Catalog, items: I) -> Result<Answers, AnswerError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut answers = Answers::empty(catalog);
        for item in items {
            for part in item.as_ref().split(|c: char| c == '&' || c.is_whitespace()) {
                if part.is_empty() {
                    continue;
                }
                answers.set_from_str(catalog, part)?;
            }
        }
        Ok(answers)
    }

    /// Parses a string such as a URL fragment (`#workload=web&runtime=40m`),
    /// keeping every valid item and returning the errors of the others.
    /// Untrusted: only the items [`crate::limits::link_items`] keeps are read
    /// (bounded length and count, no repeats), so at most
    /// [`crate::limits::MAX_LINK_ITEMS`] + 1 errors come back ("too long"
    /// first when the link was cut).
    pub fn parse_lenient(catalog: &Catalog, text: &str) -> (Answers, Vec<AnswerError>) {
        let mut answers = Answers::empty(catalog);
        let mut errors = Vec::new();
        // Fragments separate items with '&' only: a value may contain a space ("40 m").
        let link = crate::limits::link_items(text);
        for part in link.items {
            if let Err(e) = answers.set_from_str(catalog, part) {
                errors.push(e);
            }
        }
        if link.cut {
            // First, so a notice that lists only the first few still says it.
            errors.insert(0, AnswerError::LinkTooLong);
        }
        (answers, errors)
    }

    fn set_from_str(&mut self, catalog: &Catalog, item: &str) -> Result<(), AnswerError> {
        let Some((key, value)) = item.split_once('=') else {
            return Err(AnswerError::Malformed {
                item: item.to_string(),
            });
        };
        let key = key.trim();
        let value = value.trim();
        let Some(qi) = catalog.question_index(key) else {
            return Err(AnswerError::UnknownQuestion {
                key: key.to_string(),
                valid: catalog.questions().iter().map(|q| q.id.clone()).collect(),
            });
        };
        let value = Answers::parse_value(catalog, qi, value)?;
        self.values[qi] = value;
        Ok(())
    }

    /// Reads one answer for question `qi`. `Ok(None)`: explicitly unanswered.
    pub fn parse_value(
        catalog: &Catalog,
        qi: usize,
        value: &str,
    ) -> Result<Option<AnswerValue>, AnswerError> {
        let q = catalog.question(qi);
        if value.is_empty() || value == "?" || value.eq_ignore_ascii_case("unknown") {
            return Ok(None);
        }
        match q.kind {
            QuestionKind::Choice => q
                .answers
                .iter()
                .position(|a| a.id == value)
                .map(|i| Some(AnswerValue::Choice(i)))
                .ok_or_else(|| AnswerError::UnknownAnswer {
                    question: q.id.clone(),
                    given: value.to_string(),
                    valid: q.answers.iter().map(|a| a.id.clone()).collect(),
                }),
            QuestionKind::Quantity => {
                // Validation guarantees quantity questions have a dimension.
                let dim = q.dimension.unwrap_or(Dimension::Duration);
                quantity::parse(dim, value)
                    .map(|v| Some(AnswerValue::Quantity(v)))
                    .map_err(|error| AnswerError::BadQuantity {
                        question: q.id.clone(),
                        given: value.to_string(),
                        dimension: dim,
                        error,
                    })
            }
        }
    }

    pub fn get(&self, question: usize) -> Option<AnswerValue> {
        self.values.get(question).copied().flatten()
    }

    /// Sets (or with `None` clears) the answer to question index `question`.
    /// Out-of-range indices are ignored.
    pub fn set(&mut self, question: usize, value: Option<AnswerValue>) {
        if let Some(slot) = self.values.get_mut(question) {
            *slot = value;
        }
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub fn answered_count(&self) -> usize {
        self.values.iter().filter(|v| v.is_some()).count()
    }

    pub fn iter(&self) -> impl Iterator<Item = (usize, Option<AnswerValue>)> + '_ {
        self.values.iter().copied().enumerate()
    }

    /// The canonical `key=value` form of one answer (`None` if unanswered).
    pub fn item_string(&self, catalog: &Catalog, question: usize) -> Option<String> {
        let q = catalog.question(question);
        Some(format!(
            "{}={}",
            q.id,
            value_string(catalog, question, self.get(question)?)
        ))
    }

    /// The canonical, stable text form: answered questions in catalog order,
    /// joined by `&` (fragment style). Parsing it gives back equal answers.
    pub fn to_query(&self, catalog: &Catalog) -> String {
        (0..self.values.len())
            .filter_map(|qi| self.item_string(catalog, qi))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// The canonical text of a value for question `qi` (answer id or quantity).
pub fn value_string(catalog: &Catalog, qi: usize, value: AnswerValue) -> String {
    let q = catalog.question(qi);
    match value {
        AnswerValue::Choice(i) => q.answers.get(i).map(|a| a.id.clone()).unwrap_or_default(),
        AnswerValue::Quantity(v) => {
            quantity::canonical(q.dimension.unwrap_or(Dimension::Duration), v)
        }
    }
}

/// The value for people: answer label or formatted quantity.
pub fn value_label(catalog: &Catalog, qi: usize, value: AnswerValue, lang: Lang) -> String {
    let q = catalog.question(qi);
    match value {
        AnswerValue::Choice(i) => q
            .answers
            .get(i)
            .map(|a| a.label.get(lang).to_string())
            .unwrap_or_default(),
        AnswerValue::Quantity(v) => {
            quantity::format(q.dimension.unwrap_or(Dimension::Duration), v, lang)
        }
    }
}
