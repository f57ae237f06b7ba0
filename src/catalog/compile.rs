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
use crate::model::{Condition, DimensionKind, Document, OptionDoc};
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
    if doc.options.is_empty() || doc.questions.is_empty() {
        return Err("no options or no questions".into());
    }
    if let Some(q) = doc.questions.iter().find(|q| q.answers.len() > MAX_ANSWERS) {
        return Err(format!("question \"{}\" has too many answers", q.id));
    }
    for o in &doc.options {
        for f in &o.facts {
            if !doc.sources.iter().any(|s| s.id == f.source) {
                return Err(dangling("source", &f.source));
            }
        }
    }
    let question_index: HashMap<String, usize> = doc
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| (q.id.clone(), i))
        .collect();
    let compile_cond = |c: &Condition| -> Result<CompiledCondition, Dangling> {
        let qi = *question_index
            .get(&c.question)
            .ok_or_else(|| dangling("question", &c.question))?;
        let q = doc
            .questions
            .get(qi)
            .ok_or_else(|| dangling("question", &c.question))?;
        let dim = q.dimension.unwrap_or(Dimension::Duration);
        let parsed = |s: &String| quantity::parse(dim, s).unwrap_or(0);
        let test = if let Some(v) = &c.above {
            Test::Above(parsed(v))
        } else if let Some(v) = &c.at_most {
            Test::AtMost(parsed(v))
        } else {
            let mut mask = 0u64;
            for a in &c.answers {
                let pos = q
                    .answers
                    .iter()
                    .position(|qa| &qa.id == a)
                    .ok_or_else(|| dangling("answer", a))?;
                // At most MAX_ANSWERS (64) answers, checked above.
                mask |= 1u64.checked_shl(pos as u32).unwrap_or(0);
            }
            Test::OneOf(mask)
        };
        Ok(CompiledCondition { question: qi, test })
    };
    let conditions = |when: &[Condition]| -> Result<Vec<CompiledCondition>, Dangling> {
        when.iter().map(compile_cond).collect()
    };
    let fact_index = |o: &OptionDoc, id: &str| {
        o.facts
            .iter()
            .position(|f| f.id == id)
            .ok_or_else(|| dangling("fact", id))
    };

    let dimensions: Vec<CompiledDimension> = doc
        .dimensions
        .iter()
        .map(|d| {
            let question = match &d.question {
                None => None,
                Some(q) => Some(
                    *question_index
                        .get(q)
                        .ok_or_else(|| dangling("question", q))?,
                ),
            };
            Ok(CompiledDimension {
                kind: d.kind,
                question,
                needed_when: conditions(&d.needed_when)?,
            })
        })
        .collect::<Result<_, Dangling>>()?;
    let unit_of = |d: &CompiledDimension| {
        d.question
            .and_then(|q| doc.questions.get(q))
            .and_then(|q| q.dimension)
    };

    let mut options = Vec::with_capacity(doc.options.len());
    let mut rules_by_question = vec![Vec::new(); doc.questions.len()];
    for (oi, o) in doc.options.iter().enumerate() {
        let mut rules: Vec<CompiledRule> = o
            .rules
            .iter()
            .enumerate()
            .map(|(ri, r)| {
                Ok(CompiledRule {
                    conditions: conditions(&r.when)?,
                    effect: if r.eliminate {
                        Effect::Eliminate
                    } else {
                        Effect::Score(r.score)
                    },
                    fact: fact_index(o, &r.fact)?,
                    origin: RuleOrigin::Rule(ri),
                })
            })
            .collect::<Result<_, Dangling>>()?;
        if let Some(s) = &o.status {
            rules.push(CompiledRule {
                conditions: conditions(&s.available_if)?,
                effect: Effect::Eliminate,
                fact: fact_index(o, &s.fact)?,
                origin: RuleOrigin::Status,
            });
        }
        let mut cells = Vec::with_capacity(dimensions.len());
        for (di, (d, ddoc)) in dimensions.iter().zip(&doc.dimensions).enumerate() {
            let cell = o
                .capabilities
                .get(&ddoc.id)
                .ok_or_else(|| dangling("cell", &ddoc.id))?;
            let value = |text: &str| {
                // Validated: every value parses.
                CellValue::parse(d.kind, unit_of(d), text).unwrap_or(CellValue::NotStated)
            };
            let compiled = CompiledCell {
                value: value(&cell.value),
                fact: match cell.fact.as_str() {
                    "" => None,
                    id => Some(fact_index(o, id)?),
                },
                cases: cell
                    .except
                    .iter()
                    .map(|c| {
                        Ok(CompiledCase {
                            when: conditions(&c.when)?,
                            value: value(&c.value),
                            fact: fact_index(o, &c.fact)?,
                        })
                    })
                    .collect::<Result<_, Dangling>>()?,
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
                    // A cell that rules out cites a fact (validation); else the first.
                    fact: fact
                        .or((!o.facts.is_empty()).then_some(0))
                        .ok_or_else(|| dangling("fact", &ddoc.id))?,
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
                if let Some(list) = rules_by_question.get_mut(q) {
                    list.push((oi as u32, ri as u32));
                }
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

    Ok(Catalog {
        doc,
        questions,
        options,
        question_index,
        dimensions,
        rules_by_question,
    })
}
