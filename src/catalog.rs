//! Loading and validating a catalog, and its compiled, engine-ready form.
//!
//! [`Catalog::from_json`] / [`Catalog::from_document`] check everything a
//! docs author can get wrong (unknown or duplicate ids, missing translations,
//! facts without sources, limits in the wrong unit, …) and report *every*
//! problem with its JSON path. A [`Catalog`] therefore always satisfies the
//! invariants the engine relies on: every id it refers to exists, every
//! quantity is parsed, every choice set fits a 64-bit mask.

use crate::model::{
    Condition, Document, OptionDoc, Question, QuestionKind, FORMAT, MAX_ESSENTIALS,
};
use crate::quantity::{self, Dimension, QuantityError};
use crate::text::{Lang, Text};
use std::collections::{HashMap, HashSet};

/// Largest number of answers a choice question may have (they form a bit mask).
pub const MAX_ANSWERS: usize = 64;

/// A validated catalog, ready for [`crate::recommend`].
#[derive(Clone, Debug)]
pub struct Catalog {
    doc: Document,
    questions: Vec<CompiledQuestion>,
    options: Vec<CompiledOption>,
    question_index: HashMap<String, usize>,
    /// For each question: every `(option, rule)` whose conditions mention it.
    rules_by_question: Vec<Vec<(u32, u32)>>,
}

#[derive(Clone, Debug)]
pub struct CompiledQuestion {
    pub kind: QuestionKind,
    pub dimension: Option<Dimension>,
    /// Quantity questions: every threshold any rule uses, sorted, deduplicated.
    pub thresholds: Vec<u64>,
}

#[derive(Clone, Debug)]
pub struct CompiledOption {
    pub rules: Vec<CompiledRule>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompiledRule {
    pub conditions: Vec<CompiledCondition>,
    pub effect: Effect,
    /// Index into the option's facts.
    pub fact: usize,
    pub origin: RuleOrigin,
}

/// Where a compiled rule came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleOrigin {
    /// `options[o].rules[i]`.
    Rule(usize),
    /// The option's `status`: fires when its `available_if` does *not* hold.
    Status,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    Eliminate,
    Score(i32),
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompiledCondition {
    pub question: usize,
    pub test: Test,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Test {
    /// Bit `i` set: answer index `i` matches.
    OneOf(u64),
    Above(u64),
    AtMost(u64),
}

/// One thing wrong with a catalog, located by a JSON path such as
/// `$.options[3].rules[1].when[0].above`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The text is not JSON of the right shape (syntax or type error).
    Syntax(String),
    WrongFormat(String),
    MissingField,
    BadId(String),
    MissingTranslation(Lang),
    DuplicateId(String),
    UnknownQuestion(String),
    UnknownAnswer {
        question: String,
        answer: String,
        valid: Vec<String>,
    },
    UnknownFact(String),
    UnknownSource(String),
    UnknownOption(String),
    UnknownCompareRow(String),
    FactWithoutSource,
    WrongUnit {
        expected: Dimension,
        given: String,
    },
    BadQuantity {
        given: String,
        error: QuantityError,
        dimension: Dimension,
    },
    ConditionShape,
    TestDoesNotFitQuestion,
    RuleWithoutEffect,
    BadUrl(String),
    BadDate(String),
    NoAnswers,
    TooManyAnswers(usize),
    /// More questions are marked `essential` than [`crate::model::MAX_ESSENTIALS`].
    TooManyEssentials(usize),
    AnswersOnQuantity,
    NoDimension,
    NoOptions,
    NoQuestions,
    TooLarge {
        limit: usize,
    },
    /// Quiz: the correct answers do not fit the question (detail in words).
    BadCorrect(String),
    /// Quiz: a correct answer names no choice of the question.
    UnknownChoice(String),
    /// Quiz: a scenario's answers cannot be read, or its expectation disagrees with the engine.
    BadScenario(String),
    /// A file with an unexpected `format`.
    UnknownFormat(String),
}

impl Problem {
    fn new(path: impl Into<String>, kind: ProblemKind) -> Self {
        Problem {
            path: path.into(),
            kind,
        }
    }

    /// The problem in words, in `lang`, without the path.
    pub fn message(&self, lang: Lang) -> String {
        use ProblemKind::*;
        let ko = lang == Lang::Ko;
        match &self.kind {
            Syntax(m) => {
                if ko {
                    format!("JSON을 읽을 수 없습니다: {m}")
                } else {
                    format!("cannot read the JSON: {m}")
                }
            }
            WrongFormat(f) => {
                if ko {
                    format!("format은 \"{FORMAT}\"이어야 합니다 (\"{f}\" 받음)")
                } else {
                    format!("format must be \"{FORMAT}\" (got \"{f}\")")
                }
            }
            MissingField => {
                if ko {
                    "필수 값이 비어 있습니다".into()
                } else {
                    "required value is missing or empty".into()
                }
            }
            BadId(id) => {
                if ko {
                    format!("id \"{id}\"에는 소문자, 숫자, '-', '_'만 쓸 수 있습니다")
                } else {
                    format!("id \"{id}\" may only contain lowercase letters, digits, '-' and '_'")
                }
            }
            MissingTranslation(l) => {
                if ko {
                    format!("{} 번역이 없습니다", l.pick("한국어", "영어"))
                } else {
                    format!("missing {} translation", l.pick("Korean", "English"))
                }
            }
            DuplicateId(id) => {
                if ko {
                    format!("id \"{id}\"가 중복됩니다")
                } else {
                    format!("duplicate id \"{id}\"")
                }
            }
            UnknownQuestion(q) => {
                if ko {
                    format!("알 수 없는 질문 \"{q}\"")
                } else {
                    format!("unknown question \"{q}\"")
                }
            }
            UnknownAnswer {
                question,
                answer,
                valid,
            } => {
                if ko {
                    format!(
                        "질문 \"{question}\"에 답 \"{answer}\"이(가) 없습니다 (가능: {})",
                        valid.join(", ")
                    )
                } else {
                    format!(
                        "question \"{question}\" has no answer \"{answer}\" (valid: {})",
                        valid.join(", ")
                    )
                }
            }
            UnknownFact(f) => {
                if ko {
                    format!("이 선택지에 사실 \"{f}\"이(가) 없습니다")
                } else {
                    format!("this option has no fact \"{f}\"")
                }
            }
            UnknownSource(s) => {
                if ko {
                    format!("sources에 출처 \"{s}\"이(가) 없습니다")
                } else {
                    format!("no source \"{s}\" in sources")
                }
            }
            UnknownOption(o) => {
                if ko {
                    format!("알 수 없는 선택지 \"{o}\"")
                } else {
                    format!("unknown option \"{o}\"")
                }
            }
            UnknownCompareRow(r) => {
                if ko {
                    format!("compare에 행 \"{r}\"이(가) 없습니다")
                } else {
                    format!("no comparison row \"{r}\" in compare")
                }
            }
            FactWithoutSource => {
                if ko {
                    "사실에 출처가 없습니다".into()
                } else {
                    "fact has no source".into()
                }
            }
            WrongUnit { expected, given } => {
                if ko {
                    format!(
                        "\"{given}\"의 단위가 질문과 맞지 않습니다: {} 중 하나를 쓰세요",
                        expected.units().join(", ")
                    )
                } else {
                    format!(
                        "\"{given}\" has the wrong unit for this question: use one of {}",
                        expected.units().join(", ")
                    )
                }
            }
            BadQuantity {
                given,
                error,
                dimension,
            } => format!("\"{given}\": {}", error.message(*dimension, lang)),
            ConditionShape => {
                if ko {
                    "조건에는 answers, above, at_most 중 정확히 하나가 있어야 합니다".into()
                } else {
                    "a condition needs exactly one of answers, above, at_most".into()
                }
            }
            TestDoesNotFitQuestion => {
                if ko {
                    "선택형 질문에는 answers를, 수량 질문에는 above/at_most를 쓰세요".into()
                } else {
                    "use answers for a choice question and above/at_most for a quantity question"
                        .into()
                }
            }
            RuleWithoutEffect => {
                if ko {
                    "규칙에 eliminate: true 또는 0이 아닌 score가 필요합니다".into()
                } else {
                    "a rule needs eliminate: true or a non-zero score".into()
                }
            }
            BadUrl(u) => {
                if ko {
                    format!("출처 URL은 http(s)여야 합니다: \"{u}\"")
                } else {
                    format!("a source URL must be http(s): \"{u}\"")
                }
            }
            BadDate(d) => {
                if ko {
                    format!("날짜는 YYYY-MM-DD 또는 YYYY-MM 형식이어야 합니다: \"{d}\"")
                } else {
                    format!("a date must look like YYYY-MM-DD or YYYY-MM: \"{d}\"")
                }
            }
            NoAnswers => {
                if ko {
                    "선택형 질문에 답이 없습니다".into()
                } else {
                    "a choice question needs answers".into()
                }
            }
            TooManyEssentials(n) => {
                if ko {
                    format!(
                        "필수 질문이 {n}개입니다: 대부분의 워크로드를 가르는 질문만, 최대 {MAX_ESSENTIALS}개까지 essential로 표시하세요"
                    )
                } else {
                    format!(
                        "{n} questions are marked essential: mark only the few that decide most workloads, at most {MAX_ESSENTIALS}"
                    )
                }
            }
            TooManyAnswers(n) => {
                if ko {
                    format!("답이 {n}개입니다: 최대 {MAX_ANSWERS}개")
                } else {
                    format!("{n} answers: at most {MAX_ANSWERS}")
                }
            }
            AnswersOnQuantity => {
                if ko {
                    "수량 질문에는 answers를 둘 수 없습니다".into()
                } else {
                    "a quantity question cannot have answers".into()
                }
            }
            NoDimension => {
                if ko {
                    "수량 질문에는 dimension(duration, bytes, vcpu)이 필요합니다".into()
                } else {
                    "a quantity question needs a dimension (duration, bytes, vcpu)".into()
                }
            }
            NoOptions => {
                if ko {
                    "선택지가 하나도 없습니다".into()
                } else {
                    "the catalog has no options".into()
                }
            }
            NoQuestions => {
                if ko {
                    "질문이 하나도 없습니다".into()
                } else {
                    "the catalog has no questions".into()
                }
            }
            BadCorrect(d) => {
                if ko {
                    format!("정답이 질문 형식과 맞지 않습니다: {d}")
                } else {
                    format!("the correct answers do not fit the question: {d}")
                }
            }
            UnknownChoice(c) => {
                if ko {
                    format!("선택지 \"{c}\"이(가) 없습니다")
                } else {
                    format!("no choice \"{c}\"")
                }
            }
            BadScenario(d) => {
                if ko {
                    format!("시나리오 문제: {d}")
                } else {
                    format!("scenario question: {d}")
                }
            }
            UnknownFormat(f) => {
                if ko {
                    format!("알 수 없는 format \"{f}\" (berth-catalog/1 또는 berth-quiz/1)")
                } else {
                    format!("unknown format \"{f}\" (expected berth-catalog/1 or berth-quiz/1)")
                }
            }
            TooLarge { limit } => {
                if ko {
                    format!("콘텐츠가 너무 큽니다 (최대 {limit}바이트)")
                } else {
                    format!("the content is too large (at most {limit} bytes)")
                }
            }
        }
    }
}

/// Largest catalog text accepted, in bytes (protects the page from freezing).
pub const MAX_JSON_BYTES: usize = 4 * 1024 * 1024;

impl Catalog {
    /// Parses and validates catalog JSON. On failure, returns every problem found.
    pub fn from_json(json: &str) -> Result<Catalog, Vec<Problem>> {
        if json.len() > MAX_JSON_BYTES {
            return Err(vec![Problem::new(
                "$",
                ProblemKind::TooLarge {
                    limit: MAX_JSON_BYTES,
                },
            )]);
        }
        let doc: Document = crate::json::parse(json)
            .map_err(|e| vec![Problem::new(e.path, ProblemKind::Syntax(e.message))])?;
        Catalog::from_document(doc)
    }

    /// Validates a document. On failure, returns every problem found.
    pub fn from_document(doc: Document) -> Result<Catalog, Vec<Problem>> {
        let mut v = Validator::default();
        v.check(&doc);
        if !v.problems.is_empty() {
            return Err(v.problems);
        }
        Ok(compile(doc))
    }

    /// The document this catalog was built from (for export and display).
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// Serialises the catalog back to its JSON format.
    pub fn to_json_pretty(&self) -> String {
        // Serialising plain structs of strings, numbers and maps cannot fail.
        serde_json::to_string_pretty(&self.doc).unwrap_or_default()
    }

    pub fn questions(&self) -> &[Question] {
        &self.doc.questions
    }

    pub fn question(&self, index: usize) -> &Question {
        &self.doc.questions[index]
    }

    /// Whether question `index` is essential: marked so, or, in a catalog
    /// that marks none, every question.
    pub fn is_essential(&self, index: usize) -> bool {
        self.doc.questions[index].essential || !self.doc.questions.iter().any(|q| q.essential)
    }

    /// The order in which to ask the questions: the essentials, then the
    /// questions that refine the answer, each in catalog order.
    pub fn asking_order(&self) -> Vec<usize> {
        let all = 0..self.doc.questions.len();
        let essentials = all.clone().filter(|&i| self.is_essential(i));
        essentials
            .chain(all.filter(|&i| !self.is_essential(i)))
            .collect()
    }

    pub fn compiled_question(&self, index: usize) -> &CompiledQuestion {
        &self.questions[index]
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.question_index.get(id).copied()
    }

    pub fn options(&self) -> &[OptionDoc] {
        &self.doc.options
    }

    pub fn option(&self, index: usize) -> &OptionDoc {
        &self.doc.options[index]
    }

    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.doc.options.iter().position(|o| o.id == id)
    }

    pub fn compiled_option(&self, index: usize) -> &CompiledOption {
        &self.options[index]
    }

    pub fn rules_mentioning(&self, question: usize) -> &[(u32, u32)] {
        &self.rules_by_question[question]
    }

    pub fn tie_margin(&self) -> i32 {
        self.doc.tie_margin.max(0)
    }

    /// The source a fact cites (validation guarantees it exists).
    pub fn source_of(&self, option: usize, fact: usize) -> &crate::model::Source {
        let id = &self.doc.options[option].facts[fact].source;
        // Validation checked that every fact's source id is in `sources`.
        self.doc
            .sources
            .iter()
            .find(|s| &s.id == id)
            .unwrap_or(&self.doc.sources[0])
    }

    /// The largest `above` threshold an option is eliminated beyond, for a
    /// quantity question: its limit. `None`: no limit in the content.
    pub fn limit(&self, option: usize, question: usize) -> Option<(u64, usize)> {
        self.options[option]
            .rules
            .iter()
            .find_map(|r| match (r.effect, r.conditions.as_slice()) {
                (Effect::Eliminate, [c]) if c.question == question => match c.test {
                    Test::Above(v) => Some((v, r.fact)),
                    _ => None,
                },
                _ => None,
            })
    }
}

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
}

impl Validator {
    pub(crate) fn push(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem::new(path, kind));
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
    pub(crate) fn sources(&mut self, sources: &[crate::model::Source]) -> HashSet<String> {
        let mut source_ids = HashSet::new();
        for (i, s) in sources.iter().enumerate() {
            let p = format!("$.sources[{i}]");
            self.id(&format!("{p}.id"), &s.id, &mut source_ids);
            if s.title.trim().is_empty() {
                self.push(format!("{p}.title"), ProblemKind::MissingField);
            }
            let lower = s.url.to_ascii_lowercase();
            if !(lower.starts_with("https://") || lower.starts_with("http://"))
                || s.url.contains(char::is_whitespace)
            {
                self.push(format!("{p}.url"), ProblemKind::BadUrl(s.url.clone()));
            }
            if !valid_date(&s.as_of) {
                self.push(format!("{p}.as_of"), ProblemKind::BadDate(s.as_of.clone()));
            }
        }
        source_ids
    }

    fn check(&mut self, doc: &Document) {
        self.languages = doc.languages.clone();
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
        for (key, cell) in &o.compare {
            let cp = format!("{p}.compare.{key}");
            if !compare_ids.contains(key.as_str()) {
                self.push(cp.clone(), ProblemKind::UnknownCompareRow(key.clone()));
            }
            self.text(&cp, cell, true);
        }
    }

    fn condition(&mut self, doc: &Document, path: &str, c: &Condition) {
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

    fn quantity(&mut self, path: &str, dim: Dimension, value: &str) {
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

/// Builds the engine form. Only called on a document that passed validation,
/// so every lookup below succeeds.
fn compile(doc: Document) -> Catalog {
    let question_index: HashMap<String, usize> = doc
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| (q.id.clone(), i))
        .collect();
    let compile_cond = |c: &Condition| -> CompiledCondition {
        let qi = question_index[&c.question];
        let q = &doc.questions[qi];
        let dim = q.dimension.unwrap_or(Dimension::Duration);
        let parsed = |s: &String| quantity::parse(dim, s).unwrap_or(0);
        let test = if let Some(v) = &c.above {
            Test::Above(parsed(v))
        } else if let Some(v) = &c.at_most {
            Test::AtMost(parsed(v))
        } else {
            let mut mask = 0u64;
            for a in &c.answers {
                if let Some(pos) = q.answers.iter().position(|qa| &qa.id == a) {
                    mask |= 1 << pos;
                }
            }
            Test::OneOf(mask)
        };
        CompiledCondition { question: qi, test }
    };
    let fact_index = |o: &OptionDoc, id: &str| o.facts.iter().position(|f| f.id == id).unwrap_or(0);

    let mut options = Vec::with_capacity(doc.options.len());
    let mut rules_by_question = vec![Vec::new(); doc.questions.len()];
    for (oi, o) in doc.options.iter().enumerate() {
        let mut rules: Vec<CompiledRule> = o
            .rules
            .iter()
            .enumerate()
            .map(|(ri, r)| CompiledRule {
                conditions: r.when.iter().map(compile_cond).collect(),
                effect: if r.eliminate {
                    Effect::Eliminate
                } else {
                    Effect::Score(r.score)
                },
                fact: fact_index(o, &r.fact),
                origin: RuleOrigin::Rule(ri),
            })
            .collect();
        if let Some(s) = &o.status {
            rules.push(CompiledRule {
                conditions: s.available_if.iter().map(compile_cond).collect(),
                effect: Effect::Eliminate,
                fact: fact_index(o, &s.fact),
                origin: RuleOrigin::Status,
            });
        }
        for (ri, r) in rules.iter().enumerate() {
            let mut mentioned: Vec<usize> = r.conditions.iter().map(|c| c.question).collect();
            crate::sort::sort_dedup(&mut mentioned);
            for q in mentioned {
                rules_by_question[q].push((oi as u32, ri as u32));
            }
        }
        options.push(CompiledOption { rules });
    }

    let questions = doc
        .questions
        .iter()
        .enumerate()
        .map(|(qi, q)| {
            let mut thresholds: Vec<u64> = options
                .iter()
                .flat_map(|o: &CompiledOption| o.rules.iter())
                .flat_map(|r| r.conditions.iter())
                .filter(|c| c.question == qi)
                .filter_map(|c| match c.test {
                    Test::Above(v) | Test::AtMost(v) => Some(v),
                    Test::OneOf(_) => None,
                })
                .collect();
            crate::sort::sort_dedup(&mut thresholds);
            CompiledQuestion {
                kind: q.kind,
                dimension: q.dimension,
                thresholds,
            }
        })
        .collect();

    Catalog {
        doc,
        questions,
        options,
        question_index,
        rules_by_question,
    }
}
