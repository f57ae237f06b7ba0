//! The engine's form of a valid catalog: [`Catalog`] (the document, its
//! compiled questions, options and capability cells, and the index of rules
//! by question) with its accessors, and the compiled types. Built only by
//! `super::compile`; every index a `Catalog` holds is valid.

use crate::model::{
    DimensionDoc, DimensionKind, Document, OptionDoc, Question, QuestionKind, Source, NO,
    NOT_STATED, NO_LIMIT, YES,
};
use crate::quantity::{self, Dimension};
use std::collections::HashMap;

/// A validated catalog, ready for [`crate::recommend`].
#[derive(Clone, Debug)]
pub struct Catalog {
    pub(super) doc: Document,
    pub(super) questions: Vec<CompiledQuestion>,
    pub(super) options: Vec<CompiledOption>,
    pub(super) question_index: HashMap<String, usize>,
    /// The capability matrix's dimensions, in catalog order.
    pub(super) dimensions: Vec<CompiledDimension>,
    /// For each question: every `(option, rule)` whose conditions mention it.
    pub(super) rules_by_question: Vec<Vec<(u32, u32)>>,
}

#[derive(Clone, Debug)]
pub(crate) struct CompiledQuestion {
    pub kind: QuestionKind,
    pub dimension: Option<Dimension>,
    /// Quantity questions: every threshold any rule uses, sorted, deduplicated.
    pub thresholds: Vec<u64>,
}

#[derive(Clone, Debug)]
pub struct CompiledOption {
    /// The option's own rules, then its status gate, then one elimination
    /// per `no` or limit of its capability cells.
    pub rules: Vec<CompiledRule>,
    /// One cell per dimension, in the catalog's dimension order.
    pub cells: Vec<CompiledCell>,
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
    /// The option's capability cell for dimension `dimension` (its
    /// exception `case`, or the cell's own value when `None`).
    Cell {
        dimension: usize,
        case: Option<usize>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    Eliminate,
    Score(i32),
    /// A stated need the option's cell does not confirm: its source speaks
    /// of the dimension but gives no value. The option ranks below every
    /// option that confirms all stated needs (never ruled out).
    Unconfirmed,
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

impl Catalog {
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

    pub(crate) fn compiled_question(&self, index: usize) -> &CompiledQuestion {
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

    /// The options named by untrusted ids (the `compare` attribute): known
    /// ids only, each once, at most [`crate::limits::MAX_COMPARE_OPTIONS`],
    /// looking at no more than [`crate::limits::MAX_LINK_ITEMS`] ids.
    pub fn pick_options<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Vec<usize> {
        let mut picked = Vec::new();
        for id in ids.into_iter().take(crate::limits::MAX_LINK_ITEMS) {
            if picked.len() == crate::limits::MAX_COMPARE_OPTIONS {
                break;
            }
            if let Some(index) = self.option_index(id.trim()) {
                if !picked.contains(&index) {
                    picked.push(index);
                }
            }
        }
        picked
    }

    pub fn compiled_option(&self, index: usize) -> &CompiledOption {
        &self.options[index]
    }

    pub(crate) fn rules_mentioning(&self, question: usize) -> &[(u32, u32)] {
        &self.rules_by_question[question]
    }

    pub fn tie_margin(&self) -> i32 {
        self.doc.tie_margin.max(0)
    }

    /// The source a fact cites (validation guarantees it exists).
    pub fn source_of(&self, option: usize, fact: usize) -> &Source {
        let id = &self.doc.options[option].facts[fact].source;
        // Validation checked that every fact's source id is in `sources`.
        self.doc
            .sources
            .iter()
            .find(|s| &s.id == id)
            .unwrap_or(&self.doc.sources[0])
    }

    /// The capability matrix's dimensions, in catalog order.
    pub fn dimensions(&self) -> &[DimensionDoc] {
        &self.doc.dimensions
    }

    pub fn dimension(&self, index: usize) -> &DimensionDoc {
        &self.doc.dimensions[index]
    }

    pub fn compiled_dimension(&self, index: usize) -> &CompiledDimension {
        &self.dimensions[index]
    }

    pub fn dimension_index(&self, id: &str) -> Option<usize> {
        self.doc.dimensions.iter().position(|d| d.id == id)
    }

    /// An option's cell for a dimension (validation guarantees one exists).
    pub fn cell(&self, option: usize, dimension: usize) -> &CompiledCell {
        &self.options[option].cells[dimension]
    }
}
