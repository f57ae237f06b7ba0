//! Loading and validating a catalog, and its compiled, engine-ready form.
//!
//! [`Catalog::from_json`] / [`Catalog::from_document`] check everything a
//! docs author can get wrong (unknown or duplicate ids, missing translations,
//! facts without sources, limits in the wrong unit, …) and report *every*
//! problem with its JSON path. A [`Catalog`] therefore always satisfies the
//! invariants the engine relies on: every id it refers to exists, every
//! quantity is parsed, every choice set fits a 64-bit mask.
//!
//! The jobs live apart (validation never builds; building never validates),
//! in layers, each file using only those below it:
//! `problem` (what can be wrong, in words); `validator` (the recorder and the
//! checks every part shares), `lists` (sizes and list lengths first),
//! `cells` (the capability matrix's checks) and `validate` (the walk over a
//! document: finds every problem); `compiled` (the [`Catalog`] and the
//! engine's types) and `compile` (turns a valid document into them); `load`
//! (validate, then compile). This file only declares and re-exports.

mod cells;
mod compile;
mod compiled;
mod lists;
mod load;
mod problem;
mod validate;
mod validator;

pub(crate) use compiled::CompiledQuestion;
pub use compiled::{
    Catalog, CellValue, CompiledCase, CompiledCell, CompiledCondition, CompiledDimension,
    CompiledOption, CompiledRule, Effect, RuleOrigin, Test,
};
pub(crate) use lists::check_document_text;
pub use problem::{Problem, ProblemKind};
pub(crate) use validator::{valid_date, Validator};

pub use crate::limits::MAX_ANSWERS;
