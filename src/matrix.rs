//! The capability matrix: every option's value for every dimension the
//! catalog declares (largest run time, vCPU, memory…, GPU, Windows, Spot…),
//! each with the fact that states it.
//!
//! It is the single source of truth for hard limits: validation requires a
//! cell for every (option, dimension) pair, compilation turns each `no` or
//! limit into an elimination rule (so a hard incompatibility can never be a
//! mere penalty), and the comparison table, chart, fact sheet (`berth
//! facts`) and the "why it fits" lines for a reader's needs all read the
//! same cells.
//!
//! A cell may narrow under conditions (`except`: "Spot: yes, but not with
//! Windows"; "16 vCPU, 4 with Windows"). A case never widens a value, which
//! keeps the compiled form a plain conjunction of conditions.

use crate::answers::{AnswerValue, Answers};
use crate::catalog::{Catalog, CompiledCondition, Problem, ProblemKind, Test, Validator};
use crate::model::{
    Cell, Condition, DimensionKind, Document, OptionDoc, QuestionKind, NO, NOT_STATED, NO_LIMIT,
    YES,
};
use crate::quantity::{self, Dimension};
use std::collections::HashSet;

/// Longest quote a fact may carry, in characters.
pub const MAX_QUOTE_CHARS: usize = 200;

/// What a cell says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellValue {
    /// At most this many base units (seconds, bytes, thousandths of a vCPU).
    Limit(u64),
    /// The source states there is no limit.
    NoLimit,
    /// The option has the capability.
    Yes,
    /// The option lacks the capability: asking for it rules the option out.
    No,
    /// The sources do not say. Never rules anything out.
    NotStated,
}

impl CellValue {
    /// Reads a cell value for a dimension of `kind` (limits in `unit`).
    pub fn parse(kind: DimensionKind, unit: Option<Dimension>, text: &str) -> Option<CellValue> {
        match (kind, text) {
            (_, NOT_STATED) => Some(CellValue::NotStated),
            (DimensionKind::Limit, NO_LIMIT) => Some(CellValue::NoLimit),
            (DimensionKind::Limit, _) => quantity::parse(unit?, text).ok().map(CellValue::Limit),
            (DimensionKind::Capability, YES) => Some(CellValue::Yes),
            (DimensionKind::Capability, NO) => Some(CellValue::No),
            (DimensionKind::Capability, _) => None,
        }
    }

    /// A case may only make a value stricter: a lower limit than the base,
    /// or `no` where the base is `yes` or not stated.
    pub fn narrows(self, base: CellValue) -> bool {
        match (self, base) {
            (CellValue::Limit(case), CellValue::Limit(limit)) => case < limit,
            (CellValue::Limit(_), CellValue::NoLimit | CellValue::NotStated) => true,
            (CellValue::No, CellValue::Yes | CellValue::NotStated) => true,
            _ => false,
        }
    }

    /// Whether a need of `need` (a quantity, or "needed" for a capability) is met.
    fn meets(self, need: Need) -> Verdict {
        match (self, need) {
            (CellValue::Limit(limit), Need::Quantity(v)) if v > limit => Verdict::Lacks,
            (CellValue::No, _) => Verdict::Lacks,
            (CellValue::NotStated, _) => Verdict::Unknown,
            (CellValue::NoLimit, _) => Verdict::Unlimited,
            _ => Verdict::Fits,
        }
    }
}

/// A validated dimension, ready for the engine.
#[derive(Clone, Debug)]
pub struct CompiledDimension {
    pub kind: DimensionKind,
    /// Limit dimensions: the quantity question.
    pub question: Option<usize>,
    /// Capability dimensions: when the reader needs it (empty: never asked).
    pub needed_when: Vec<CompiledCondition>,
}

/// A validated cell.
#[derive(Clone, Debug, PartialEq)]
pub struct CompiledCell {
    pub value: CellValue,
    /// Index into the option's facts (`None`: not stated, no fact given).
    pub fact: Option<usize>,
    pub cases: Vec<CompiledCase>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompiledCase {
    pub when: Vec<CompiledCondition>,
    pub value: CellValue,
    pub fact: usize,
}

/// What the reader's answers ask of a dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// A limit dimension's question is answered with this quantity.
    Quantity(u64),
    /// A capability dimension's `needed_when` holds.
    Needed,
}

/// How an option's cell answers a need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Within the limit, or has the capability.
    Fits,
    /// The source states no limit.
    Unlimited,
    /// Over the limit or lacks the capability: the option is ruled out.
    Lacks,
    /// The sources do not say.
    Unknown,
}

/// One dimension the reader's answers ask about, and how an option meets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub dimension: usize,
    pub need: Need,
    /// The value that applies (a case's, when its conditions hold).
    pub value: CellValue,
    /// Index into the option's facts.
    pub fact: Option<usize>,
    pub verdict: Verdict,
}

fn holds_all(conditions: &[CompiledCondition], answers: &Answers) -> bool {
    conditions.iter().all(|c| {
        let value = answers.get(c.question);
        match (c.test, value) {
            (Test::OneOf(mask), Some(AnswerValue::Choice(i))) => i < 64 && mask & (1u64 << i) != 0,
            (Test::Above(t), Some(AnswerValue::Quantity(v))) => v > t,
            (Test::AtMost(t), Some(AnswerValue::Quantity(v))) => v <= t,
            _ => false,
        }
    })
}

/// What the answers ask of `dimension`, if anything.
pub fn need(catalog: &Catalog, dimension: usize, answers: &Answers) -> Option<Need> {
    let d = catalog.compiled_dimension(dimension);
    match d.kind {
        DimensionKind::Limit => match answers.get(d.question?) {
            Some(AnswerValue::Quantity(v)) => Some(Need::Quantity(v)),
            _ => None,
        },
        DimensionKind::Capability => (!d.needed_when.is_empty()
            && holds_all(&d.needed_when, answers))
        .then_some(Need::Needed),
    }
}

/// The value of an option's cell that applies to these answers: the first
/// case whose conditions hold, else the cell's own value.
pub fn applicable(cell: &CompiledCell, answers: &Answers) -> (CellValue, Option<usize>) {
    // The strictest case that holds wins (cases only narrow, so any order is
    // safe for eliminations; the strictest one is the one to explain).
    let mut best = (cell.value, cell.fact);
    for case in &cell.cases {
        if holds_all(&case.when, answers) && case.value.narrows(best.0) {
            best = (case.value, Some(case.fact));
        }
    }
    best
}

/// Every dimension the answers ask about, with how `option` meets it, in
/// catalog order.
pub fn assess(catalog: &Catalog, option: usize, answers: &Answers) -> Vec<Assessment> {
    (0..catalog.dimensions().len())
        .filter_map(|d| {
            let need = need(catalog, d, answers)?;
            let (value, fact) = applicable(catalog.cell(option, d), answers);
            Some(Assessment {
                dimension: d,
                need,
                value,
                fact,
                verdict: value.meets(need),
            })
        })
        .collect()
}

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

/// Problems of a kind only the matrix reports, in words.
pub(crate) fn message(kind: &ProblemKind, ko: bool) -> Option<String> {
    use ProblemKind::*;
    let pick = |k: String, e: String| Some(if ko { k } else { e });
    match kind {
        MissingCell(d) => pick(
            format!("차원 \"{d}\"의 값이 없습니다 (모든 선택지가 기능 표의 모든 차원을 채워야 합니다)"),
            format!("no value for dimension \"{d}\" (every option fills every dimension of the capability matrix)"),
        ),
        UnknownDimension(d) => pick(
            format!("dimensions에 차원 \"{d}\"이(가) 없습니다"),
            format!("no dimension \"{d}\" in dimensions"),
        ),
        BadCellValue(v) => pick(
            format!("\"{v}\"은(는) 이 차원의 값이 될 수 없습니다 (한도 차원: 수량, no_limit, not_stated / 기능 차원: yes, no, not_stated)"),
            format!("\"{v}\" is not a value for this dimension (limits: a quantity, no_limit or not_stated; capabilities: yes, no or not_stated)"),
        ),
        CaseWidens { base, case } => pick(
            format!("예외는 값을 좁히기만 할 수 있습니다 (기본 \"{base}\", 예외 \"{case}\")"),
            format!("an exception may only narrow the value (base \"{base}\", exception \"{case}\")"),
        ),
        FactWithoutQuote(f) => pick(
            format!("사실 \"{f}\"에 출처 인용(quote)이 없습니다: 기능 표가 인용하는 사실에는 출처의 짧은 원문 인용이 필요합니다"),
            format!("fact \"{f}\" has no quote: facts the capability matrix cites need a short verbatim quote from their source"),
        ),
        QuoteTooLong(n) => pick(
            format!("인용이 {n}자입니다: 최대 {MAX_QUOTE_CHARS}자"),
            format!("the quote is {n} characters long: at most {MAX_QUOTE_CHARS}"),
        ),
        LimitNeedsQuantity(q) => pick(
            format!("한도 차원은 수량 질문을 가리켜야 합니다 (\"{q}\"은(는) 선택형)"),
            format!("a limit dimension needs a quantity question (\"{q}\" is a choice question)"),
        ),
        NeededWhenOnLimit => pick(
            "한도 차원에는 needed_when 대신 question을 씁니다".into(),
            "a limit dimension uses question, not needed_when".into(),
        ),
        QuestionOnCapability => pick(
            "기능 차원에는 question 대신 needed_when을 씁니다".into(),
            "a capability dimension uses needed_when, not question".into(),
        ),
        EliminationOutsideMatrix(q) => pick(
            format!("질문 \"{q}\"에 따른 제외는 기능 표(capabilities)에서만 정합니다: 규칙 대신 해당 차원의 값을 no나 한도로 두세요"),
            format!("ruling out on question \"{q}\" belongs in the capability matrix: set the dimension's cell to no or a limit instead of writing a rule"),
        ),
        PenaltyForIncompatibility(q) => pick(
            format!("질문 \"{q}\"의 요구를 못 맞추는 것은 감점이 아니라 제외입니다: 기능 표(capabilities)에 no나 한도로 적으세요"),
            format!("not meeting a need of question \"{q}\" is a hard incompatibility, not a penalty: put it in the capability matrix as no or a limit"),
        ),
        _ => None,
    }
}

/// Checks a fact's quote length (every fact, cited or not).
pub(crate) fn check_quote(problems: &mut Vec<Problem>, path: &str, quote: &str) {
    let n = quote.chars().count();
    if n > MAX_QUOTE_CHARS {
        problems.push(Problem::at(
            format!("{path}.quote"),
            ProblemKind::QuoteTooLong(n),
        ));
    }
}
