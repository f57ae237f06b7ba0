//! What can be wrong with a catalog (or a quiz or bundle that embeds one),
//! located by a JSON path, and how each problem reads in Korean and English.

use crate::limits::{MAX_ANSWERS, MAX_ESSENTIALS, MAX_QUOTE_CHARS};
use crate::model::FORMAT;
use crate::quantity::{Dimension, QuantityError};
use crate::text::Lang;

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
    /// More questions are marked `essential` than [`crate::limits::MAX_ESSENTIALS`].
    TooManyEssentials(usize),
    AnswersOnQuantity,
    NoDimension,
    NoOptions,
    NoQuestions,
    TooLarge {
        limit: usize,
    },
    /// A list longer than its limit (see [`crate::limits`]).
    TooMany {
        count: usize,
        limit: usize,
    },
    /// More JSON items than the limit, counted before parsing.
    TooComplex {
        limit: usize,
    },
    /// Quiz: `settings.count` outside 1–`limit`.
    BadCount {
        count: usize,
        limit: usize,
    },
    /// The problems not listed after the first [`crate::limits::MAX_PROBLEMS`].
    MoreProblems(usize),
    /// Quiz: the correct answers do not fit the question (detail in words).
    BadCorrect(String),
    /// Quiz: a correct answer names no choice of the question.
    UnknownChoice(String),
    /// Quiz: a scenario's answers cannot be read, or its expectation disagrees with the engine.
    BadScenario(String),
    /// A file with an unexpected `format`.
    UnknownFormat(String),
    /// Matrix: an option has no cell for this dimension.
    MissingCell(String),
    /// Matrix: a cell keyed by a dimension the catalog does not declare.
    UnknownDimension(String),
    /// Matrix: a value that is neither a quantity nor a reserved word of its kind.
    BadCellValue(String),
    /// Matrix: an exception that widens its cell's value.
    CaseWidens {
        base: String,
        case: String,
    },
    /// Matrix: a cited fact without a verbatim quote.
    FactWithoutQuote(String),
    /// A quote longer than [`crate::limits::MAX_QUOTE_CHARS`] characters.
    QuoteTooLong(usize),
    /// Matrix: a limit dimension on a choice question.
    LimitNeedsQuantity(String),
    NeededWhenOnLimit,
    QuestionOnCapability,
    /// A rule that rules an option out on a question the matrix covers.
    EliminationOutsideMatrix(String),
    /// A penalty for not meeting a need the matrix covers.
    PenaltyForIncompatibility(String),
}

/// Problems of a kind only the matrix reports, in words.
fn matrix_message(kind: &ProblemKind, lang: Lang) -> Option<String> {
    use ProblemKind::*;
    let (ko, en): (String, String) = match kind {
        MissingCell(d) => (
            format!("차원 \"{d}\"의 값이 없습니다 (모든 선택지가 기능 표의 모든 차원을 채워야 합니다)"),
            format!("no value for dimension \"{d}\" (every option fills every dimension of the capability matrix)"),
        ),
        UnknownDimension(d) => (
            format!("dimensions에 차원 \"{d}\"이(가) 없습니다"),
            format!("no dimension \"{d}\" in dimensions"),
        ),
        BadCellValue(v) => (
            format!("\"{v}\"은(는) 이 차원의 값이 될 수 없습니다 (한도 차원: 수량, no_limit, not_stated / 기능 차원: yes, no, not_stated)"),
            format!("\"{v}\" is not a value for this dimension (limits: a quantity, no_limit or not_stated; capabilities: yes, no or not_stated)"),
        ),
        CaseWidens { base, case } => (
            format!("예외는 값을 좁히기만 할 수 있습니다 (기본 \"{base}\", 예외 \"{case}\")"),
            format!("an exception may only narrow the value (base \"{base}\", exception \"{case}\")"),
        ),
        FactWithoutQuote(f) => (
            format!("사실 \"{f}\"에 출처 인용(quote)이 없습니다: 기능 표가 인용하는 사실에는 출처의 짧은 원문 인용이 필요합니다"),
            format!("fact \"{f}\" has no quote: facts the capability matrix cites need a short verbatim quote from their source"),
        ),
        QuoteTooLong(n) => (
            format!("인용이 {n}자입니다: 최대 {MAX_QUOTE_CHARS}자"),
            format!("the quote is {n} characters long: at most {MAX_QUOTE_CHARS}"),
        ),
        LimitNeedsQuantity(q) => (
            format!("한도 차원은 수량 질문을 가리켜야 합니다 (\"{q}\"은(는) 선택형)"),
            format!("a limit dimension needs a quantity question (\"{q}\" is a choice question)"),
        ),
        NeededWhenOnLimit => (
            "한도 차원에는 needed_when 대신 question을 씁니다".into(),
            "a limit dimension uses question, not needed_when".into(),
        ),
        QuestionOnCapability => (
            "기능 차원에는 question 대신 needed_when을 씁니다".into(),
            "a capability dimension uses needed_when, not question".into(),
        ),
        EliminationOutsideMatrix(q) => (
            format!("질문 \"{q}\"에 따른 제외는 기능 표(capabilities)에서만 정합니다: 규칙 대신 해당 차원의 값을 no나 한도로 두세요"),
            format!("ruling out on question \"{q}\" belongs in the capability matrix: set the dimension's cell to no or a limit instead of writing a rule"),
        ),
        PenaltyForIncompatibility(q) => (
            format!("질문 \"{q}\"의 요구를 못 맞추는 것은 감점이 아니라 제외입니다: 기능 표(capabilities)에 no나 한도로 적으세요"),
            format!("not meeting a need of question \"{q}\" is a hard incompatibility, not a penalty: put it in the capability matrix as no or a limit"),
        ),
        _ => return None,
    };
    Some(lang.pick(&ko, &en).to_string())
}

impl Problem {
    pub(crate) fn new(path: impl Into<String>, kind: ProblemKind) -> Self {
        Problem {
            path: path.into(),
            kind,
        }
    }

    pub(crate) fn at(path: impl Into<String>, kind: ProblemKind) -> Self {
        Problem::new(path, kind)
    }

    /// The problem in words, in `lang`, without the path.
    pub fn message(&self, lang: Lang) -> String {
        if let Some(m) = matrix_message(&self.kind, lang) {
            return m;
        }
        let (korean, english) = wording(&self.kind);
        lang.pick(&korean, &english).to_string()
    }
}

/// A problem in words: (Korean, English).
type Wording = (String, String);

/// Both wordings of a problem; empty for the kinds [`matrix_message`]
/// words (the capability matrix's own problems).
fn wording(kind: &ProblemKind) -> Wording {
    document_wording(kind)
        .or_else(|| size_wording(kind))
        .or_else(|| reference_wording(kind))
        .or_else(|| question_wording(kind))
        .or_else(|| condition_wording(kind))
        .or_else(|| quiz_wording(kind))
        .unwrap_or_default()
}

/// The document as a whole: its syntax, format, ids, texts and sources.
fn document_wording(kind: &ProblemKind) -> Option<Wording> {
    use ProblemKind::*;
    Some(match kind {
        Syntax(m) => (
            format!("JSON을 읽을 수 없습니다: {m}"),
            format!("cannot read the JSON: {m}"),
        ),
        WrongFormat(f) => (
            format!("format은 \"{FORMAT}\"이어야 합니다 (\"{f}\" 받음)"),
            format!("format must be \"{FORMAT}\" (got \"{f}\")"),
        ),
        UnknownFormat(f) => (
            format!("알 수 없는 format \"{f}\" (berth-catalog/1 또는 berth-quiz/1)"),
            format!("unknown format \"{f}\" (expected berth-catalog/1 or berth-quiz/1)"),
        ),
        MissingField => (
            "필수 값이 비어 있습니다".into(),
            "required value is missing or empty".into(),
        ),
        BadId(id) => (
            format!("id \"{id}\"에는 소문자, 숫자, '-', '_'만 쓸 수 있습니다"),
            format!("id \"{id}\" may only contain lowercase letters, digits, '-' and '_'"),
        ),
        MissingTranslation(missing) => (
            format!("{} 번역이 없습니다", missing.pick("한국어", "영어")),
            format!("missing {} translation", missing.pick("Korean", "English")),
        ),
        DuplicateId(id) => (
            format!("id \"{id}\"가 중복됩니다"),
            format!("duplicate id \"{id}\""),
        ),
        BadUrl(u) => (
            format!(
                "출처 URL은 공백, 따옴표, 꺾쇠괄호가 없는 \
                 https:// 주소여야 합니다: \"{u}\""
            ),
            format!(
                "a source URL must be an https:// address \
                 without spaces, quotes or angle brackets: \"{u}\""
            ),
        ),
        BadDate(d) => (
            format!("날짜는 YYYY-MM-DD 또는 YYYY-MM 형식이어야 합니다: \"{d}\""),
            format!("a date must look like YYYY-MM-DD or YYYY-MM: \"{d}\""),
        ),
        _ => return None,
    })
}

/// Limits on size and count (see `crate::limits`).
fn size_wording(kind: &ProblemKind) -> Option<Wording> {
    use ProblemKind::*;
    Some(match kind {
        TooLarge { limit } => (
            format!("콘텐츠가 너무 큽니다 (최대 {limit}바이트)"),
            format!("the content is too large (at most {limit} bytes)"),
        ),
        TooMany { count, limit } => (
            format!("항목이 {count}개로 너무 많습니다 (최대 {limit}개)"),
            format!("{count} items is too many (at most {limit})"),
        ),
        TooComplex { limit } => (
            format!("콘텐츠의 JSON 항목이 너무 많습니다 (최대 {limit}개)"),
            format!("the content has too many JSON items (at most {limit})"),
        ),
        MoreProblems(n) => (
            crate::text::and_more(*n, Lang::Ko),
            crate::text::and_more(*n, Lang::En),
        ),
        _ => return None,
    })
}

/// An id that names nothing, or a fact that cites nothing.
fn reference_wording(kind: &ProblemKind) -> Option<Wording> {
    use ProblemKind::*;
    Some(match kind {
        UnknownQuestion(q) => (
            format!("알 수 없는 질문 \"{q}\""),
            format!("unknown question \"{q}\""),
        ),
        UnknownAnswer {
            question,
            answer,
            valid,
        } => (
            format!(
                "질문 \"{question}\"에 답 \"{answer}\"이(가) 없습니다 (가능: {})",
                valid.join(", ")
            ),
            format!(
                "question \"{question}\" has no answer \"{answer}\" (valid: {})",
                valid.join(", ")
            ),
        ),
        UnknownFact(f) => (
            format!("이 선택지에 사실 \"{f}\"이(가) 없습니다"),
            format!("this option has no fact \"{f}\""),
        ),
        UnknownSource(s) => (
            format!("sources에 출처 \"{s}\"이(가) 없습니다"),
            format!("no source \"{s}\" in sources"),
        ),
        UnknownOption(o) => (
            format!("알 수 없는 선택지 \"{o}\""),
            format!("unknown option \"{o}\""),
        ),
        UnknownCompareRow(r) => (
            format!("compare에 행 \"{r}\"이(가) 없습니다"),
            format!("no comparison row \"{r}\" in compare"),
        ),
        FactWithoutSource => ("사실에 출처가 없습니다".into(), "fact has no source".into()),
        _ => return None,
    })
}

/// The lists of questions and options, and each question's answers or dimension.
fn question_wording(kind: &ProblemKind) -> Option<Wording> {
    use ProblemKind::*;
    Some(match kind {
        NoQuestions => (
            "질문이 하나도 없습니다".into(),
            "the catalog has no questions".into(),
        ),
        NoOptions => (
            "선택지가 하나도 없습니다".into(),
            "the catalog has no options".into(),
        ),
        NoAnswers => (
            "선택형 질문에 답이 없습니다".into(),
            "a choice question needs answers".into(),
        ),
        TooManyAnswers(n) => (
            format!("답이 {n}개입니다: 최대 {MAX_ANSWERS}개"),
            format!("{n} answers: at most {MAX_ANSWERS}"),
        ),
        TooManyEssentials(n) => (
            format!(
                "필수 질문이 {n}개입니다: 대부분의 워크로드를 가르는 질문만, \
                 최대 {MAX_ESSENTIALS}개까지 essential로 표시하세요"
            ),
            format!(
                "{n} questions are marked essential: mark only the few \
                 that decide most workloads, at most {MAX_ESSENTIALS}"
            ),
        ),
        AnswersOnQuantity => (
            "수량 질문에는 answers를 둘 수 없습니다".into(),
            "a quantity question cannot have answers".into(),
        ),
        NoDimension => (
            "수량 질문에는 dimension(duration, bytes, vcpu)이 필요합니다".into(),
            "a quantity question needs a dimension (duration, bytes, vcpu)".into(),
        ),
        _ => return None,
    })
}

/// A rule's conditions and the quantities they compare.
fn condition_wording(kind: &ProblemKind) -> Option<Wording> {
    use ProblemKind::*;
    Some(match kind {
        WrongUnit { expected, given } => (
            format!(
                "\"{given}\"의 단위가 질문과 맞지 않습니다: {} 중 하나를 쓰세요",
                expected.units().join(", ")
            ),
            format!(
                "\"{given}\" has the wrong unit for this question: use one of {}",
                expected.units().join(", ")
            ),
        ),
        BadQuantity {
            given,
            error,
            dimension,
        } => (
            format!("\"{given}\": {}", error.message(*dimension, Lang::Ko)),
            format!("\"{given}\": {}", error.message(*dimension, Lang::En)),
        ),
        ConditionShape => (
            "조건에는 answers, above, at_most 중 정확히 하나가 있어야 합니다".into(),
            "a condition needs exactly one of answers, above, at_most".into(),
        ),
        TestDoesNotFitQuestion => (
            "선택형 질문에는 answers를, 수량 질문에는 above/at_most를 쓰세요".into(),
            "use answers for a choice question and above/at_most for a quantity question".into(),
        ),
        RuleWithoutEffect => (
            "규칙에 eliminate: true 또는 0이 아닌 score가 필요합니다".into(),
            "a rule needs eliminate: true or a non-zero score".into(),
        ),
        _ => return None,
    })
}

/// A quiz's own problems.
fn quiz_wording(kind: &ProblemKind) -> Option<Wording> {
    use ProblemKind::*;
    Some(match kind {
        BadCount { count, limit } => (
            format!("출제 문항 수는 1–{limit}이어야 합니다 ({count} 받음)"),
            format!("the number of questions drawn must be 1–{limit} (got {count})"),
        ),
        BadCorrect(d) => (
            format!("정답이 질문 형식과 맞지 않습니다: {d}"),
            format!("the correct answers do not fit the question: {d}"),
        ),
        UnknownChoice(choice) => (
            format!("선택지 \"{choice}\"이(가) 없습니다"),
            format!("no choice \"{choice}\""),
        ),
        BadScenario(d) => (
            format!("시나리오 문제: {d}"),
            format!("scenario question: {d}"),
        ),
        _ => return None,
    })
}
