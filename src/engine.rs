//! The decision engine: ranks every option of a catalog for a set of answers,
//! with the reasons for and against each, and what would change the answer.
//!
//! Model: an option starts at its `base_score`; each rule whose conditions all
//! hold either adds its `score` or rules the option out. A condition on an
//! unanswered question never holds, so "don't know" never rules anything out
//! (a `status` gate is the one exception: it rules an option out *unless* its
//! `available_if` holds, e.g. "closed to new customers unless you are one").
//!
//! Pure and total: no I/O, clock or randomness; any answers give a result.

use crate::answers::{AnswerValue, Answers};
use crate::catalog::{Catalog, CompiledCondition, CompiledRule, Effect, RuleOrigin, Test};
use crate::model::QuestionKind;
use crate::sort::{heap_sort_by, insertion_sort_by, sort_dedup};

/// The result of [`recommend`]. Every option appears exactly once, in
/// `ranked` or in `eliminated`.
#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    /// Options still in the running, best first (score, then catalog order).
    pub ranked: Vec<Ranked>,
    /// Options ruled out, in catalog order, each with every rule that rules it out.
    pub eliminated: Vec<Eliminated>,
    /// For each of the top options: single answer changes that change the winner.
    pub what_if: Vec<WhatIf>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    pub option: usize,
    pub score: i32,
    pub fit: Fit,
    /// 8–100: a bar length for the fit (not a percentage of anything): 100
    /// for the top and every option tied with it.
    pub fit_percent: u8,
    /// Within the catalog's tie margin of the top score: a tie, not a loser.
    pub tied_with_top: bool,
    /// Stated needs its cells do not confirm (see [`crate::catalog::Effect::Unconfirmed`]);
    /// ranking is by this first (fewer first), then by score.
    pub unconfirmed: u32,
    /// Rules that added points, strongest first.
    pub reasons: Vec<Fired>,
    /// Rules that took points away, strongest first.
    pub caveats: Vec<Fired>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Eliminated {
    pub option: usize,
    /// Every rule that rules the option out (at least one).
    pub by: Vec<Fired>,
}

/// A rule that fired, by index into the option's compiled rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fired {
    pub rule: usize,
    /// Index into the option's facts.
    pub fact: usize,
    /// Points added (0 for an elimination).
    pub delta: i32,
}

/// How well a ranked option fits, relative to the top.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fit {
    /// The top option or tied with it.
    Best,
    /// Up to 3 points behind.
    Strong,
    /// Up to 6 points behind.
    Possible,
    /// Further behind.
    Weak,
}

impl Fit {
    pub fn id(self) -> &'static str {
        match self {
            Fit::Best => "best",
            Fit::Strong => "strong",
            Fit::Possible => "possible",
            Fit::Weak => "weak",
        }
    }
}

/// Changes concerning one of the top options.
#[derive(Clone, Debug, PartialEq)]
pub struct WhatIf {
    pub option: usize,
    /// For the winner: changes after which another option wins.
    /// For a runner-up: changes after which *it* wins.
    pub changes: Vec<Change>,
}

/// "If `question` were `to`, `winner` would come first."
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub question: usize,
    pub to: Alternative,
    pub winner: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alternative {
    Unanswered,
    Choice(usize),
    /// The quantity is at most this (it sits exactly on a threshold).
    AtMost(u64),
    /// The quantity is above the threshold (first field); the second field is
    /// the round value to try, which lies above it and below the next threshold.
    Above(u64, u64),
}

impl Alternative {
    /// The answer this alternative stands for (`None`: unanswered).
    pub fn value(self) -> Option<AnswerValue> {
        match self {
            Alternative::Unanswered => None,
            Alternative::Choice(i) => Some(AnswerValue::Choice(i)),
            Alternative::AtMost(v) => Some(AnswerValue::Quantity(v)),
            Alternative::Above(_, v) => Some(AnswerValue::Quantity(v)),
        }
    }
}

/// How many top options get a "what would change" list.
const WHAT_IF_OPTIONS: usize = 3;
/// At most this many changes per option.
const WHAT_IF_CHANGES: usize = 4;

fn holds(c: &CompiledCondition, value: Option<AnswerValue>) -> bool {
    match (c.test, value) {
        (_, None) => false,
        (Test::OneOf(mask), Some(AnswerValue::Choice(i))) => i < 64 && mask & (1u64 << i) != 0,
        (Test::Above(t), Some(AnswerValue::Quantity(v))) => v > t,
        (Test::AtMost(t), Some(AnswerValue::Quantity(v))) => v <= t,
        _ => false,
    }
}

fn fires(rule: &CompiledRule, value_of: impl Fn(usize) -> Option<AnswerValue>) -> bool {
    let all = rule
        .conditions
        .iter()
        .all(|c| holds(c, value_of(c.question)));
    match rule.origin {
        RuleOrigin::Rule(_) | RuleOrigin::Cell { .. } => all,
        // A status gate rules out unless a non-empty `available_if` holds.
        RuleOrigin::Status => rule.conditions.is_empty() || !all,
    }
}

/// Per-option totals for one set of answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Tally {
    score: i32,
    eliminations: u32,
    /// Stated needs the option's cells do not confirm (ranks below confirmed options).
    unconfirmed: u32,
}

impl Tally {
    fn apply(&mut self, effect: Effect, sign: i32) {
        match effect {
            Effect::Eliminate => {
                self.eliminations = self.eliminations.wrapping_add_signed(sign);
            }
            Effect::Score(s) => self.score = self.score.saturating_add(s.saturating_mul(sign)),
            Effect::Unconfirmed => {
                self.unconfirmed = self.unconfirmed.wrapping_add_signed(sign);
            }
        }
    }

    /// Ranking key without the tie-break: fewer unconfirmed needs first, then score.
    fn standing(self) -> (std::cmp::Reverse<u32>, i32) {
        (std::cmp::Reverse(self.unconfirmed), self.score)
    }

    /// Sort key: higher is better; eliminated options sort last.
    fn beats(self, self_index: usize, other: Tally, other_index: usize) -> bool {
        (self.standing(), std::cmp::Reverse(self_index))
            > (other.standing(), std::cmp::Reverse(other_index))
    }
}

/// Ranks every option of `catalog` for `answers`.
pub fn recommend(answers: &Answers, catalog: &Catalog) -> Recommendation {
    let n = catalog.options().len();
    let value_of = |q: usize| answers.get(q);

    // 1. Evaluate every rule once.
    let mut offsets = Vec::with_capacity(n + 1);
    let mut fired: Vec<bool> = Vec::new();
    let mut tallies = Vec::with_capacity(n);
    for oi in 0..n {
        offsets.push(fired.len());
        let mut t = Tally {
            score: catalog.option(oi).base_score,
            eliminations: 0,
            unconfirmed: 0,
        };
        for rule in &catalog.compiled_option(oi).rules {
            let f = fires(rule, value_of);
            if f {
                t.apply(rule.effect, 1);
            }
            fired.push(f);
        }
        tallies.push(t);
    }
    offsets.push(fired.len());

    // 2. Rank.
    let mut order: Vec<usize> = (0..n).filter(|&o| tallies[o].eliminations == 0).collect();
    // Fewer unconfirmed needs first, then higher score, then catalog order: a total order.
    heap_sort_by(&mut order, |&a, &b| tallies[a].beats(a, tallies[b], b));
    let top_score = order.first().map(|&o| tallies[o].score).unwrap_or(0);
    let top_unconfirmed = order.first().map(|&o| tallies[o].unconfirmed).unwrap_or(0);
    let margin = catalog.tie_margin();
    let (fired_ref, offsets_ref) = (&fired, &offsets);
    let fired_rules = move |oi: usize| {
        let rules = &catalog.compiled_option(oi).rules;
        (0..rules.len())
            .filter(move |&ri| fired_ref[offsets_ref[oi] + ri])
            .map(move |ri| (ri, &rules[ri]))
    };
    let ranked: Vec<Ranked> = order
        .iter()
        .map(|&oi| {
            let score = tallies[oi].score;
            let behind = top_score.saturating_sub(score);
            // An option that cannot be shown to meet every need the top meets
            // is never tied with it, nor a strong fit.
            let confirmed_like_top = tallies[oi].unconfirmed == top_unconfirmed;
            let tied = confirmed_like_top && behind <= margin;
            let fit = if tied {
                Fit::Best
            } else if behind <= 3 && confirmed_like_top {
                Fit::Strong
            } else if behind <= 6 {
                Fit::Possible
            } else {
                Fit::Weak
            };
            let mut reasons = Vec::new();
            let mut caveats = Vec::new();
            for (ri, rule) in fired_rules(oi) {
                let delta = match rule.effect {
                    Effect::Score(delta) => delta,
                    Effect::Unconfirmed => 0,
                    Effect::Eliminate => continue,
                };
                let f = Fired {
                    rule: ri,
                    fact: rule.fact,
                    delta,
                };
                if delta > 0 {
                    reasons.push(f);
                } else {
                    caveats.push(f);
                }
            }
            // At most MAX_RULES_PER_OPTION (200) each, so insertion sort stays
            // bounded (≤ 20,000 steps per option) and adds no wasm bytes.
            insertion_sort_by(&mut reasons, |a, b| (b.delta, a.rule) < (a.delta, b.rule));
            insertion_sort_by(&mut caveats, |a, b| (a.delta, a.rule) < (b.delta, b.rule));
            // Ties share the top's bar: a tie is not a loser by a few points.
            let fit_percent = if tied {
                100
            } else {
                100i64.saturating_sub(i64::from(behind) * 8).clamp(8, 100) as u8
            };
            Ranked {
                option: oi,
                score,
                fit,
                fit_percent,
                tied_with_top: tied,
                unconfirmed: tallies[oi].unconfirmed,
                reasons,
                caveats,
            }
        })
        .collect();
    let eliminated: Vec<Eliminated> = (0..n)
        .filter(|&o| tallies[o].eliminations > 0)
        .map(|oi| {
            let mut by: Vec<Fired> = fired_rules(oi)
                .filter(|(_, r)| r.effect == Effect::Eliminate)
                .map(|(ri, r)| Fired {
                    rule: ri,
                    fact: r.fact,
                    delta: 0,
                })
                .collect();
            // The weightiest reason first: a lifecycle status, then a hard
            // limit from the matrix, then a catalog rule.
            let rules = &catalog.compiled_option(oi).rules;
            let weight = |f: &Fired| match rules[f.rule].origin {
                RuleOrigin::Status => 0,
                RuleOrigin::Cell { .. } => 1,
                RuleOrigin::Rule(_) => 2,
            };
            insertion_sort_by(&mut by, |a, b| (weight(a), a.rule) < (weight(b), b.rule));
            Eliminated { option: oi, by }
        })
        .collect();

    // 3. What would change the answer.
    let what_if = what_if(answers, catalog, &tallies, &order, &fired, &offsets);

    Recommendation {
        ranked,
        eliminated,
        what_if,
    }
}

/// Alternative answers to try for question `q`. For quantities, only the
/// thresholds in `relevant` (those used by the top options' rules) are tried:
/// a change that crosses none of them cannot flip a top option.
///
/// Cost: validation holds a question to [`crate::limits::MAX_THRESHOLDS`]
/// values and [`crate::limits::MAX_ANSWERS`] answers, so a question has at
/// most 2 × 64 + 1 alternatives, each re-scoring only the rules that mention
/// it (at most [`crate::limits::MAX_RULES`]): the search is bounded.
fn alternatives(
    answers: &Answers,
    catalog: &Catalog,
    q: usize,
    relevant: &[u64],
) -> Vec<Alternative> {
    let current = answers.get(q);
    let cq = catalog.compiled_question(q);
    let mut alts = Vec::new();
    match cq.kind {
        QuestionKind::Choice => {
            for i in 0..catalog.question(q).answers.len() {
                if current != Some(AnswerValue::Choice(i)) {
                    alts.push(Alternative::Choice(i));
                }
            }
        }
        QuestionKind::Quantity => {
            // Nearest thresholds first, so the first flip found per winner is the smallest change.
            let cur = match current {
                Some(AnswerValue::Quantity(v)) => Some(v),
                _ => None,
            };
            let mut cands: Vec<Alternative> = Vec::new();
            let dim = cq.dimension.unwrap_or(crate::quantity::Dimension::Duration);
            for &t in relevant {
                cands.push(Alternative::AtMost(t));
                let mut above = crate::quantity::next_round_above(dim, t);
                // Never jump past the next threshold of any rule: that would be a bigger change.
                let next = cq.thresholds.partition_point(|&x| x <= t);
                if cq.thresholds.get(next).is_some_and(|&n| above > n) {
                    above = t.saturating_add(1);
                }
                cands.push(Alternative::Above(t, above));
            }
            cands.retain(|a| a.value() != current);
            if let Some(c) = cur {
                let distance = |a: &Alternative| {
                    a.value().map(|v| match v {
                        AnswerValue::Quantity(x) => x.abs_diff(c),
                        AnswerValue::Choice(_) => u64::MAX,
                    })
                };
                insertion_sort_by(&mut cands, |a, b| distance(a) < distance(b));
            }
            alts.extend(cands);
        }
    }
    if current.is_some() {
        alts.push(Alternative::Unanswered);
    }
    alts
}

fn what_if(
    answers: &Answers,
    catalog: &Catalog,
    tallies: &[Tally],
    order: &[usize],
    fired: &[bool],
    offsets: &[usize],
) -> Vec<WhatIf> {
    let n = tallies.len();
    let tops: Vec<usize> = order.iter().copied().take(WHAT_IF_OPTIONS).collect();
    let winner = order.first().copied();
    let mut result: Vec<WhatIf> = tops
        .iter()
        .map(|&o| WhatIf {
            option: o,
            changes: Vec::new(),
        })
        .collect();
    if n == 0 {
        return result;
    }

    // Scratch state, reused across candidates: a stamp marks options touched by the current candidate.
    let mut stamp = vec![0u32; n];
    let mut scratch = tallies.to_vec();
    let mut touched: Vec<usize> = Vec::new();
    let mut generation = 0u32;

    // Quantity thresholds that can matter: those in the top options' rules.
    let mut relevant: Vec<Vec<u64>> = vec![Vec::new(); answers.len()];
    for &o in &tops {
        for rule in &catalog.compiled_option(o).rules {
            for c in &rule.conditions {
                if let Test::Above(t) | Test::AtMost(t) = c.test {
                    if let Some(r) = relevant.get_mut(c.question) {
                        r.push(t);
                    }
                }
            }
        }
    }
    for r in &mut relevant {
        sort_dedup(r);
    }

    // Questions already answered come first: changing what you said reads better than adding.
    let mut questions: Vec<usize> = (0..answers.len()).collect();
    insertion_sort_by(&mut questions, |&a, &b| {
        (answers.get(a).is_none(), a) < (answers.get(b).is_none(), b)
    });

    for q in questions {
        let mentions = catalog.rules_mentioning(q);
        if mentions.is_empty() {
            continue;
        }
        for alt in alternatives(answers, catalog, q, &relevant[q]) {
            generation += 1;
            touched.clear();
            let alt_value = alt.value();
            for &(oi, ri) in mentions {
                let (oi, ri) = (oi as usize, ri as usize);
                if stamp[oi] != generation {
                    stamp[oi] = generation;
                    scratch[oi] = tallies[oi];
                    touched.push(oi);
                }
                let rule = &catalog.compiled_option(oi).rules[ri];
                let before = fired[offsets[oi] + ri];
                let after = fires(rule, |qq| if qq == q { alt_value } else { answers.get(qq) });
                if before != after {
                    scratch[oi].apply(rule.effect, if after { 1 } else { -1 });
                }
            }
            // New winner: best of the touched options and the best untouched one.
            let mut best: Option<usize> = order.iter().copied().find(|&o| stamp[o] != generation);
            for &o in &touched {
                if scratch[o].eliminations == 0 {
                    best = match best {
                        Some(b) => {
                            let tb = if stamp[b] == generation {
                                scratch[b]
                            } else {
                                tallies[b]
                            };
                            if scratch[o].beats(o, tb, b) {
                                Some(o)
                            } else {
                                Some(b)
                            }
                        }
                        None => Some(o),
                    };
                }
            }
            let Some(new_winner) = best else { continue };
            if Some(new_winner) == winner {
                continue;
            }
            // A decisive change: the old winner is out, or strictly behind the new one.
            if let Some(w) = winner {
                let tw = if stamp[w] == generation {
                    scratch[w]
                } else {
                    tallies[w]
                };
                let tn = if stamp[new_winner] == generation {
                    scratch[new_winner]
                } else {
                    tallies[new_winner]
                };
                if tw.eliminations == 0 && tw.standing() >= tn.standing() {
                    continue;
                }
            }
            let change = Change {
                question: q,
                to: alt,
                winner: new_winner,
            };
            for w in result.iter_mut() {
                let relevant = if Some(w.option) == winner {
                    true
                } else {
                    w.option == new_winner
                };
                let same_question_same_winner = w
                    .changes
                    .iter()
                    .any(|c| c.question == q && c.winner == new_winner);
                if relevant && !same_question_same_winner && w.changes.len() < WHAT_IF_CHANGES {
                    w.changes.push(change);
                }
            }
        }
    }
    result
}
