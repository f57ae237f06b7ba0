//! Builds the engine's form of a validated document: answer sets as bit
//! masks, parsed thresholds, capability cells as elimination rules, and the
//! index of rules by the questions they mention. Never validates: it is only
//! called on a document that passed `super::validate`.

use super::{
    Catalog, CompiledCondition, CompiledOption, CompiledQuestion, CompiledRule, Effect, RuleOrigin,
    Test,
};
use crate::matrix::{CellValue, CompiledCase, CompiledCell, CompiledDimension};
use crate::model::{Condition, DimensionKind, Document, OptionDoc};
use crate::quantity::{self, Dimension};
use std::collections::HashMap;

/// Builds the engine form. Only called on a document that passed validation,
/// so every lookup below succeeds.
pub(super) fn compile(doc: Document) -> Catalog {
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

    let dimensions: Vec<CompiledDimension> = doc
        .dimensions
        .iter()
        .map(|d| CompiledDimension {
            kind: d.kind,
            question: d.question.as_ref().map(|q| question_index[q]),
            needed_when: d.needed_when.iter().map(compile_cond).collect(),
        })
        .collect();
    let unit_of = |d: &CompiledDimension| d.question.and_then(|q| doc.questions[q].dimension);

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
        let mut cells = Vec::with_capacity(dimensions.len());
        for (di, (d, ddoc)) in dimensions.iter().zip(&doc.dimensions).enumerate() {
            let cell = &o.capabilities[&ddoc.id];
            let value = |text: &str| {
                // Validated: every value parses.
                CellValue::parse(d.kind, unit_of(d), text).unwrap_or(CellValue::NotStated)
            };
            let compiled = CompiledCell {
                value: value(&cell.value),
                fact: (!cell.fact.is_empty()).then(|| fact_index(o, &cell.fact)),
                cases: cell
                    .except
                    .iter()
                    .map(|c| CompiledCase {
                        when: c.when.iter().map(compile_cond).collect(),
                        value: value(&c.value),
                        fact: fact_index(o, &c.fact),
                    })
                    .collect(),
            };
            let own = std::iter::once((None, Vec::new(), compiled.value, compiled.fact));
            let cases = compiled
                .cases
                .iter()
                .enumerate()
                .map(|(k, c)| (Some(k), c.when.clone(), c.value, Some(c.fact)));
            for (case, when, value, fact) in own.chain(cases) {
                let mut conditions = when;
                let mut effect = Effect::Eliminate;
                match (d.kind, value, d.question) {
                    (DimensionKind::Limit, CellValue::Limit(limit), Some(q)) => {
                        conditions.push(CompiledCondition {
                            question: q,
                            test: Test::Above(limit),
                        });
                    }
                    (DimensionKind::Capability, CellValue::No, _) if !d.needed_when.is_empty() => {
                        conditions.extend(d.needed_when.iter().cloned());
                    }
                    // Not stated, but with a fact: the source describes the
                    // dimension without giving the value, so any stated need
                    // is unconfirmed. (Not stated without a fact: nothing is
                    // known either way, and the cell does not count.)
                    (DimensionKind::Limit, CellValue::NotStated, Some(q)) if fact.is_some() => {
                        conditions.push(CompiledCondition {
                            question: q,
                            test: Test::Above(0),
                        });
                        effect = Effect::Unconfirmed;
                    }
                    (DimensionKind::Capability, CellValue::NotStated, _)
                        if fact.is_some() && !d.needed_when.is_empty() =>
                    {
                        conditions.extend(d.needed_when.iter().cloned());
                        effect = Effect::Unconfirmed;
                    }
                    _ => continue,
                }
                rules.push(CompiledRule {
                    conditions,
                    effect,
                    fact: fact.unwrap_or(0),
                    origin: RuleOrigin::Cell {
                        dimension: di,
                        case,
                    },
                });
            }
            cells.push(compiled);
        }
        for (ri, r) in rules.iter().enumerate() {
            let mut mentioned: Vec<usize> = r.conditions.iter().map(|c| c.question).collect();
            crate::sort::sort_dedup(&mut mentioned);
            for q in mentioned {
                rules_by_question[q].push((oi as u32, ri as u32));
            }
        }
        options.push(CompiledOption { rules, cells });
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
        dimensions,
        rules_by_question,
    }
}
