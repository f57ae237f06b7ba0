//! Builds the engine's form of a document: answer sets as bit masks, parsed
//! thresholds, capability cells as elimination rules, and the index of rules
//! by the questions they mention. Never validates: it is called on a
//! document that passed `super::validate`, or on built-in content that
//! `berth bundle` validated when it was made (`Catalog::from_built_document`).
//! For the latter it still resolves every reference with a lookup that can
//! fail: a dangling id (a damaged or mismatched file) is an error, never a
//! panic, and a catalog it returns has no dangling ids.

use super::compiled::{
    Catalog, CellValue, CompiledCase, CompiledCell, CompiledCondition, CompiledDimension,
    CompiledOption, CompiledQuestion, CompiledRule, Effect, RuleOrigin, Test,
};
use crate::limits::MAX_ANSWERS;
use crate::model::{
    CellCase, Condition, DimensionDoc, DimensionKind, Document, OptionDoc, Question, Rule,
};
use crate::quantity::{self, Dimension};
use std::collections::HashMap;

/// A reference the document does not resolve (only possible for a document
/// that skipped validation).
pub(super) type Dangling = String;

fn dangling(what: &str, id: &str) -> Dangling {
    format!("unknown {what} \"{id}\"")
}

/// Builds the engine form. Every lookup succeeds on a validated document.
pub(super) fn compile(doc: Document) -> Result<Catalog, Dangling> {
    check_shape(&doc)?;
    let question_index: HashMap<String, usize> = doc
        .questions
        .iter()
        .enumerate()
        .map(|(i, question)| (question.id.clone(), i))
        .collect();
    let compiler = Compiler {
        doc: &doc,
        question_index: &question_index,
    };
    let dimensions = compiler.dimensions()?;
    let mut options = Vec::with_capacity(doc.options.len());
    let mut rules_by_question = vec![Vec::new(); doc.questions.len()];
    for (index, option) in doc.options.iter().enumerate() {
        let compiled = compiler.option(option, &dimensions)?;
        index_rules(index, &compiled.rules, &mut rules_by_question);
        options.push(compiled);
    }
    let questions = compiled_questions(&doc, &options);
    Ok(Catalog {
        doc,
        questions,
        options,
        question_index,
        dimensions,
        rules_by_question,
    })
}

/// What the engine's form cannot hold: no options or questions, more
/// answers than a mask has bits, a fact citing a source that is not there.
fn check_shape(doc: &Document) -> Result<(), Dangling> {
    if doc.options.is_empty() || doc.questions.is_empty() {
        return Err("no options or no questions".into());
    }
    let too_many = doc.questions.iter().find(|q| q.answers.len() > MAX_ANSWERS);
    if let Some(question) = too_many {
        return Err(format!("question \"{}\" has too many answers", question.id));
    }
    for option in &doc.options {
        for fact in &option.facts {
            if !doc.sources.iter().any(|source| source.id == fact.source) {
                return Err(dangling("source", &fact.source));
            }
        }
    }
    Ok(())
}

/// The document being compiled, with its questions indexed by id.
struct Compiler<'a> {
    doc: &'a Document,
    question_index: &'a HashMap<String, usize>,
}

impl Compiler<'_> {
    /// The index of the question `id`.
    fn question(&self, id: &str) -> Result<usize, Dangling> {
        let index = self.question_index.get(id);
        index.copied().ok_or_else(|| dangling("question", id))
    }

    /// A condition as a question index and a test: a threshold in the
    /// question's base unit, or a mask of answers.
    fn condition(&self, condition: &Condition) -> Result<CompiledCondition, Dangling> {
        let index = self.question(&condition.question)?;
        let question = self
            .doc
            .questions
            .get(index)
            .ok_or_else(|| dangling("question", &condition.question))?;
        let dimension = question.dimension.unwrap_or(Dimension::Duration);
        let parsed = |text: &String| quantity::parse(dimension, text).unwrap_or(0);
        let test = if let Some(value) = &condition.above {
            Test::Above(parsed(value))
        } else if let Some(value) = &condition.at_most {
            Test::AtMost(parsed(value))
        } else {
            Test::OneOf(answer_mask(question, &condition.answers)?)
        };
        Ok(CompiledCondition {
            question: index,
            test,
        })
    }

    fn conditions(&self, when: &[Condition]) -> Result<Vec<CompiledCondition>, Dangling> {
        when.iter().map(|c| self.condition(c)).collect()
    }

    /// The matrix's dimensions: a limit's question, a capability's need.
    fn dimensions(&self) -> Result<Vec<CompiledDimension>, Dangling> {
        let dimension = |doc: &DimensionDoc| {
            let question = doc.question.as_deref().map(|id| self.question(id));
            Ok(CompiledDimension {
                kind: doc.kind,
                question: question.transpose()?,
                needed_when: self.conditions(&doc.needed_when)?,
            })
        };
        self.doc.dimensions.iter().map(dimension).collect()
    }

    /// An option: its own rules, its status gate, then its cells and the
    /// rules they imply.
    fn option(
        &self,
        option: &OptionDoc,
        dimensions: &[CompiledDimension],
    ) -> Result<CompiledOption, Dangling> {
        let mut rules = self.own_rules(option)?;
        let mut cells = Vec::with_capacity(dimensions.len());
        let docs = dimensions.iter().zip(&self.doc.dimensions);
        for (index, (dimension, doc)) in docs.enumerate() {
            let cell = self.cell(option, dimension, doc)?;
            let origin = |case| RuleOrigin::Cell {
                dimension: index,
                case,
            };
            rules.extend(cell_rules(option, dimension, &doc.id, &cell, origin)?);
            cells.push(cell);
        }
        Ok(CompiledOption { rules, cells })
    }

    /// The option's rules as written, then its status gate.
    fn own_rules(&self, option: &OptionDoc) -> Result<Vec<CompiledRule>, Dangling> {
        let rule = |(index, rule): (usize, &Rule)| {
            Ok(CompiledRule {
                conditions: self.conditions(&rule.when)?,
                effect: if rule.eliminate {
                    Effect::Eliminate
                } else {
                    Effect::Score(rule.score)
                },
                fact: fact_index(option, &rule.fact)?,
                origin: RuleOrigin::Rule(index),
            })
        };
        let mut rules = option
            .rules
            .iter()
            .enumerate()
            .map(rule)
            .collect::<Result<Vec<_>, Dangling>>()?;
        if let Some(status) = &option.status {
            rules.push(CompiledRule {
                conditions: self.conditions(&status.available_if)?,
                effect: Effect::Eliminate,
                fact: fact_index(option, &status.fact)?,
                origin: RuleOrigin::Status,
            });
        }
        Ok(rules)
    }

    /// The option's cell for one dimension, with its exceptions.
    fn cell(
        &self,
        option: &OptionDoc,
        dimension: &CompiledDimension,
        doc: &DimensionDoc,
    ) -> Result<CompiledCell, Dangling> {
        let cell = option
            .capabilities
            .get(&doc.id)
            .ok_or_else(|| dangling("cell", &doc.id))?;
        let unit = dimension
            .question
            .and_then(|q| self.doc.questions.get(q))
            .and_then(|q| q.dimension);
        // Validated: every value parses.
        let value = |text: &str| {
            CellValue::parse(dimension.kind, unit, text).unwrap_or(CellValue::NotStated)
        };
        let fact = match cell.fact.as_str() {
            "" => None,
            id => Some(fact_index(option, id)?),
        };
        let case = |case: &CellCase| {
            Ok(CompiledCase {
                when: self.conditions(&case.when)?,
                value: value(&case.value),
                fact: fact_index(option, &case.fact)?,
            })
        };
        Ok(CompiledCell {
            value: value(&cell.value),
            fact,
            cases: cell
                .except
                .iter()
                .map(case)
                .collect::<Result<_, Dangling>>()?,
        })
    }
}

/// The mask of `answers`, bit `i` for the question's `i`th answer.
fn answer_mask(question: &Question, answers: &[String]) -> Result<u64, Dangling> {
    let mut mask = 0u64;
    for answer in answers {
        let position = question
            .answers
            .iter()
            .position(|known| &known.id == answer)
            .ok_or_else(|| dangling("answer", answer))?;
        // At most MAX_ANSWERS (64) answers, checked by `check_shape`.
        mask |= 1u64.checked_shl(position as u32).unwrap_or(0);
    }
    Ok(mask)
}

fn fact_index(option: &OptionDoc, id: &str) -> Result<usize, Dangling> {
    let position = option.facts.iter().position(|fact| fact.id == id);
    position.ok_or_else(|| dangling("fact", id))
}

/// The rules a cell implies, for its own value then each exception:
/// `origin(case)` tells where each comes from.
fn cell_rules(
    option: &OptionDoc,
    dimension: &CompiledDimension,
    dimension_id: &str,
    cell: &CompiledCell,
    origin: impl Fn(Option<usize>) -> RuleOrigin,
) -> Result<Vec<CompiledRule>, Dangling> {
    let own = std::iter::once((None, Vec::new(), cell.value, cell.fact));
    let cases = cell.cases.iter().enumerate();
    let cases = cases.map(|(k, case)| (Some(k), case.when.clone(), case.value, Some(case.fact)));
    let mut rules = Vec::new();
    for (case, when, value, fact) in own.chain(cases) {
        let Some((conditions, effect)) = cell_need(dimension, value, fact, when) else {
            continue;
        };
        rules.push(CompiledRule {
            conditions,
            effect,
            // A cell that rules out cites a fact (validation); else the first.
            fact: fact
                .or((!option.facts.is_empty()).then_some(0))
                .ok_or_else(|| dangling("fact", dimension_id))?,
            origin: origin(case),
        });
    }
    Ok(rules)
}

/// When a cell's `value` counts against an option, and how: its conditions
/// (`when`, plus the need the dimension states) and its effect. `None`: the
/// value never counts.
fn cell_need(
    dimension: &CompiledDimension,
    value: CellValue,
    fact: Option<usize>,
    mut when: Vec<CompiledCondition>,
) -> Option<(Vec<CompiledCondition>, Effect)> {
    let needed_when = &dimension.needed_when;
    let above = |question, limit| CompiledCondition {
        question,
        test: Test::Above(limit),
    };
    match (dimension.kind, value, dimension.question) {
        (DimensionKind::Limit, CellValue::Limit(limit), Some(q)) => {
            when.push(above(q, limit));
            Some((when, Effect::Eliminate))
        }
        (DimensionKind::Capability, CellValue::No, _) if !needed_when.is_empty() => {
            when.extend(needed_when.iter().cloned());
            Some((when, Effect::Eliminate))
        }
        // Not stated, but with a fact: the source describes the
        // dimension without giving the value, so any stated need
        // is unconfirmed. (Not stated without a fact: nothing is
        // known either way, and the cell does not count.)
        (DimensionKind::Limit, CellValue::NotStated, Some(q)) if fact.is_some() => {
            when.push(above(q, 0));
            Some((when, Effect::Unconfirmed))
        }
        (DimensionKind::Capability, CellValue::NotStated, _)
            if fact.is_some() && !needed_when.is_empty() =>
        {
            when.extend(needed_when.iter().cloned());
            Some((when, Effect::Unconfirmed))
        }
        _ => None,
    }
}

/// Lists, for each question, every `(option, rule)` of `option` whose
/// conditions mention it (each rule once per question).
fn index_rules(option: usize, rules: &[CompiledRule], rules_by_question: &mut [Vec<(u32, u32)>]) {
    for (index, rule) in rules.iter().enumerate() {
        let mut mentioned: Vec<usize> = rule.conditions.iter().map(|c| c.question).collect();
        crate::sort::sort_dedup(&mut mentioned);
        for question in mentioned {
            if let Some(list) = rules_by_question.get_mut(question) {
                list.push((option as u32, index as u32));
            }
        }
    }
}

/// Each question's kind, dimension, and every threshold a rule compares it with.
fn compiled_questions(doc: &Document, options: &[CompiledOption]) -> Vec<CompiledQuestion> {
    let thresholds = |question: usize| {
        let mut thresholds: Vec<u64> = options
            .iter()
            .flat_map(|option| option.rules.iter())
            .flat_map(|rule| rule.conditions.iter())
            .filter(|condition| condition.question == question)
            .filter_map(|condition| match condition.test {
                Test::Above(v) | Test::AtMost(v) => Some(v),
                Test::OneOf(_) => None,
            })
            .collect();
        crate::sort::sort_dedup(&mut thresholds);
        thresholds
    };
    let question = |(index, question): (usize, &Question)| CompiledQuestion {
        kind: question.kind,
        dimension: question.dimension,
        thresholds: thresholds(index),
    };
    doc.questions.iter().enumerate().map(question).collect()
}
