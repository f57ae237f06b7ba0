//! How an option meets a reader's needs, read from the capability matrix:
//! what the answers ask of each dimension ([`need`]), which of a cell's
//! values applies to them ([`applicable`]: an `except` case whose
//! conditions hold narrows it) and the verdict ([`assess`]: fits, no limit,
//! lacks, not stated). The comparison table, the chart, the fact sheet and
//! the "why it fits" lines read the same cells.
//!
//! The matrix itself is catalog content: its values and compiled form are
//! [`crate::catalog::CellValue`] and [`crate::catalog::CompiledCell`], its
//! checks `crate::catalog::cells`; compilation turns each `no` or limit into
//! an elimination rule, so a hard incompatibility is never a mere penalty.

use crate::answers::{AnswerValue, Answers};
use crate::catalog::{Catalog, CompiledCell, CompiledCondition, Test};
use crate::model::DimensionKind;

pub use crate::catalog::CellValue;

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

/// Whether a cell's value meets a need (a quantity, or "needed" for a capability).
fn verdict(value: CellValue, need: Need) -> Verdict {
    match (value, need) {
        (CellValue::Limit(limit), Need::Quantity(v)) if v > limit => Verdict::Lacks,
        (CellValue::No, _) => Verdict::Lacks,
        (CellValue::NotStated, _) => Verdict::Unknown,
        (CellValue::NoLimit, _) => Verdict::Unlimited,
        _ => Verdict::Fits,
    }
}

/// What the answers ask of `dimension`, if anything.
pub(crate) fn need(catalog: &Catalog, dimension: usize, answers: &Answers) -> Option<Need> {
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
pub(crate) fn applicable(cell: &CompiledCell, answers: &Answers) -> (CellValue, Option<usize>) {
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
                verdict: verdict(value, need),
            })
        })
        .collect()
}
