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

fn holds(condition: &CompiledCondition, value: Option<AnswerValue>) -> bool {
    match (condition.test, value) {
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
        .all(|condition| holds(condition, value_of(condition.question)));
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

/// Every rule of every option evaluated once for one set of answers.
struct Evaluation {
    /// Per option, in catalog order.
    tallies: Vec<Tally>,
    /// Whether each rule fired: every option's rules, end to end.
    rule_fired: Vec<bool>,
    /// Where each option's rules start in `rule_fired` (and one entry past the end).
    offsets: Vec<usize>,
}

impl Evaluation {
    fn new(answers: &Answers, catalog: &Catalog) -> Evaluation {
        let options = catalog.options().len();
        let mut evaluation = Evaluation {
            tallies: Vec::with_capacity(options),
            rule_fired: Vec::new(),
            offsets: Vec::with_capacity(options + 1),
        };
        for option in 0..options {
            evaluation.offsets.push(evaluation.rule_fired.len());
            let mut tally = Tally {
                score: catalog.option(option).base_score,
                eliminations: 0,
                unconfirmed: 0,
            };
            for rule in &catalog.compiled_option(option).rules {
                let fired = fires(rule, |question| answers.get(question));
                if fired {
                    tally.apply(rule.effect, 1);
                }
                evaluation.rule_fired.push(fired);
            }
            evaluation.tallies.push(tally);
        }
        evaluation.offsets.push(evaluation.rule_fired.len());
        evaluation
    }

    fn fired(&self, option: usize, rule: usize) -> bool {
        self.rule_fired[self.offsets[option] + rule]
    }

    /// The option's rules that fired, with their indices, in rule order.
    fn fired_rules<'a>(
        &'a self,
        catalog: &'a Catalog,
        option: usize,
    ) -> impl Iterator<Item = (usize, &'a CompiledRule)> + 'a {
        catalog
            .compiled_option(option)
            .rules
            .iter()
            .enumerate()
            .filter(move |&(rule, _)| self.fired(option, rule))
    }
}

/// Ranks every option of `catalog` for `answers`.
pub fn recommend(answers: &Answers, catalog: &Catalog) -> Recommendation {
    let evaluation = Evaluation::new(answers, catalog);
    let order = rank_order(&evaluation.tallies);
    Recommendation {
        ranked: ranked(catalog, &evaluation, &order),
        eliminated: eliminated(catalog, &evaluation),
        what_if: what_if(answers, catalog, &evaluation, &order),
    }
}

/// The options still in the running, best first: fewer unconfirmed needs,
/// then higher score, then catalog order (a total order).
fn rank_order(tallies: &[Tally]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..tallies.len())
        .filter(|&option| tallies[option].eliminations == 0)
        .collect();
    heap_sort_by(&mut order, |&a, &b| tallies[a].beats(a, tallies[b], b));
    order
}

/// The top of the ranking, which every ranked option is measured against.
#[derive(Clone, Copy)]
struct Top {
    score: i32,
    unconfirmed: u32,
    /// The catalog's tie margin.
    margin: i32,
}

fn ranked(catalog: &Catalog, evaluation: &Evaluation, order: &[usize]) -> Vec<Ranked> {
    let first = order.first().map(|&option| evaluation.tallies[option]);
    let top = Top {
        score: first.map_or(0, |tally| tally.score),
        unconfirmed: first.map_or(0, |tally| tally.unconfirmed),
        margin: catalog.tie_margin(),
    };
    order
        .iter()
        .map(|&option| ranked_option(catalog, evaluation, option, top))
        .collect()
}

fn ranked_option(catalog: &Catalog, evaluation: &Evaluation, option: usize, top: Top) -> Ranked {
    let tally = evaluation.tallies[option];
    let behind = top.score.saturating_sub(tally.score);
    // An option that cannot be shown to meet every need the top meets
    // is never tied with it, nor a strong fit.
    let confirmed_like_top = tally.unconfirmed == top.unconfirmed;
    let tied = confirmed_like_top && behind <= top.margin;
    let (reasons, caveats) = reasons_and_caveats(catalog, evaluation, option);
    Ranked {
        option,
        score: tally.score,
        fit: fit(tied, confirmed_like_top, behind),
        fit_percent: fit_percent(tied, behind),
        tied_with_top: tied,
        unconfirmed: tally.unconfirmed,
        reasons,
        caveats,
    }
}

/// The fit label for an option `behind` points behind the top.
fn fit(tied: bool, confirmed_like_top: bool, behind: i32) -> Fit {
    if tied {
        Fit::Best
    } else if behind <= 3 && confirmed_like_top {
        Fit::Strong
    } else if behind <= 6 {
        Fit::Possible
    } else {
        Fit::Weak
    }
}

/// The fit's bar length: 8 points shorter per point behind, at least 8.
fn fit_percent(tied: bool, behind: i32) -> u8 {
    // Ties share the top's bar: a tie is not a loser by a few points.
    if tied {
        100
    } else {
        100i64.saturating_sub(i64::from(behind) * 8).clamp(8, 100) as u8
    }
}

/// The scoring rules that fired: those that added points (strongest first)
/// and those that took points away or left a need unconfirmed (strongest first).
fn reasons_and_caveats(
    catalog: &Catalog,
    evaluation: &Evaluation,
    option: usize,
) -> (Vec<Fired>, Vec<Fired>) {
    let mut reasons = Vec::new();
    let mut caveats = Vec::new();
    for (rule_index, rule) in evaluation.fired_rules(catalog, option) {
        let delta = match rule.effect {
            Effect::Score(delta) => delta,
            Effect::Unconfirmed => 0,
            Effect::Eliminate => continue,
        };
        let fired = Fired {
            rule: rule_index,
            fact: rule.fact,
            delta,
        };
        if delta > 0 {
            reasons.push(fired);
        } else {
            caveats.push(fired);
        }
    }
    // At most MAX_RULES_PER_OPTION (200) each, so insertion sort stays
    // bounded (≤ 20,000 steps per option) and adds no wasm bytes.
    insertion_sort_by(&mut reasons, |a, b| (b.delta, a.rule) < (a.delta, b.rule));
    insertion_sort_by(&mut caveats, |a, b| (a.delta, a.rule) < (b.delta, b.rule));
    (reasons, caveats)
}

/// The options ruled out, in catalog order.
fn eliminated(catalog: &Catalog, evaluation: &Evaluation) -> Vec<Eliminated> {
    (0..evaluation.tallies.len())
        .filter(|&option| evaluation.tallies[option].eliminations > 0)
        .map(|option| Eliminated {
            option,
            by: eliminating_rules(catalog, evaluation, option),
        })
        .collect()
}

/// Every rule that rules `option` out, the weightiest first: a lifecycle
/// status, then a hard limit from the matrix, then a catalog rule.
fn eliminating_rules(catalog: &Catalog, evaluation: &Evaluation, option: usize) -> Vec<Fired> {
    let mut by: Vec<Fired> = evaluation
        .fired_rules(catalog, option)
        .filter(|(_, rule)| rule.effect == Effect::Eliminate)
        .map(|(rule_index, rule)| Fired {
            rule: rule_index,
            fact: rule.fact,
            delta: 0,
        })
        .collect();
    let rules = &catalog.compiled_option(option).rules;
    let weight = |fired: &Fired| match rules[fired.rule].origin {
        RuleOrigin::Status => 0,
        RuleOrigin::Cell { .. } => 1,
        RuleOrigin::Rule(_) => 2,
    };
    insertion_sort_by(&mut by, |a, b| (weight(a), a.rule) < (weight(b), b.rule));
    by
}

/// Alternative answers to try for `question`. For quantities, only the
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
    question: usize,
    relevant: &[u64],
) -> Vec<Alternative> {
    let current = answers.get(question);
    let compiled = catalog.compiled_question(question);
    let mut alternatives = match compiled.kind {
        QuestionKind::Choice => (0..catalog.question(question).answers.len())
            .filter(|&answer| current != Some(AnswerValue::Choice(answer)))
            .map(Alternative::Choice)
            .collect(),
        QuestionKind::Quantity => quantity_alternatives(compiled, current, relevant),
    };
    if current.is_some() {
        alternatives.push(Alternative::Unanswered);
    }
    alternatives
}

/// For a quantity: at most and just above each relevant threshold, nearest
/// the current answer first, so the first flip found per winner is the
/// smallest change.
fn quantity_alternatives(
    compiled: &crate::catalog::CompiledQuestion,
    current: Option<AnswerValue>,
    relevant: &[u64],
) -> Vec<Alternative> {
    let mut candidates: Vec<Alternative> = Vec::new();
    let dimension = compiled
        .dimension
        .unwrap_or(crate::quantity::Dimension::Duration);
    for &threshold in relevant {
        candidates.push(Alternative::AtMost(threshold));
        let mut above = crate::quantity::next_round_above(dimension, threshold);
        // Never jump past the next threshold of any rule: that would be a bigger change.
        let next = compiled.thresholds.partition_point(|&t| t <= threshold);
        if compiled.thresholds.get(next).is_some_and(|&n| above > n) {
            above = threshold.saturating_add(1);
        }
        candidates.push(Alternative::Above(threshold, above));
    }
    candidates.retain(|candidate| candidate.value() != current);
    if let Some(AnswerValue::Quantity(current)) = current {
        let distance = |candidate: &Alternative| {
            candidate.value().map(|value| match value {
                AnswerValue::Quantity(x) => x.abs_diff(current),
                AnswerValue::Choice(_) => u64::MAX,
            })
        };
        insertion_sort_by(&mut candidates, |a, b| distance(a) < distance(b));
    }
    candidates
}

/// Single answer changes that change the winner, for each of the top options.
fn what_if(
    answers: &Answers,
    catalog: &Catalog,
    evaluation: &Evaluation,
    order: &[usize],
) -> Vec<WhatIf> {
    let tops: Vec<usize> = order.iter().copied().take(WHAT_IF_OPTIONS).collect();
    let winner = order.first().copied();
    let mut result: Vec<WhatIf> = tops
        .iter()
        .map(|&option| WhatIf {
            option,
            changes: Vec::new(),
        })
        .collect();
    if evaluation.tallies.is_empty() {
        return result;
    }
    let relevant = relevant_thresholds(answers, catalog, &tops);
    let mut rescore = Rescore::new(evaluation);
    for question in questions_answered_first(answers) {
        if catalog.rules_mentioning(question).is_empty() {
            continue;
        }
        for alternative in alternatives(answers, catalog, question, &relevant[question]) {
            rescore.try_alternative(answers, catalog, question, alternative);
            let Some(new_winner) = rescore.winner(order) else {
                continue;
            };
            if !rescore.dethrones(winner, new_winner) {
                continue;
            }
            let change = Change {
                question,
                to: alternative,
                winner: new_winner,
            };
            add_change(&mut result, winner, change);
        }
    }
    result
}

/// Per question, the quantity thresholds that can matter: those in the top
/// options' rules, sorted and each once.
fn relevant_thresholds(answers: &Answers, catalog: &Catalog, tops: &[usize]) -> Vec<Vec<u64>> {
    let mut relevant: Vec<Vec<u64>> = vec![Vec::new(); answers.len()];
    for &option in tops {
        for rule in &catalog.compiled_option(option).rules {
            for condition in &rule.conditions {
                if let Test::Above(threshold) | Test::AtMost(threshold) = condition.test {
                    if let Some(thresholds) = relevant.get_mut(condition.question) {
                        thresholds.push(threshold);
                    }
                }
            }
        }
    }
    for thresholds in &mut relevant {
        sort_dedup(thresholds);
    }
    relevant
}

/// Every question, those already answered first: changing what you said
/// reads better than adding.
fn questions_answered_first(answers: &Answers) -> Vec<usize> {
    let mut questions: Vec<usize> = (0..answers.len()).collect();
    insertion_sort_by(&mut questions, |&a, &b| {
        (answers.get(a).is_none(), a) < (answers.get(b).is_none(), b)
    });
    questions
}

/// Adds `change` to the list of the old winner and of the option that wins
/// after it, unless that list is full or already names this question and winner.
fn add_change(result: &mut [WhatIf], winner: Option<usize>, change: Change) {
    for what_if in result.iter_mut() {
        let concerned = Some(what_if.option) == winner || what_if.option == change.winner;
        let same_question_same_winner = what_if
            .changes
            .iter()
            .any(|c| c.question == change.question && c.winner == change.winner);
        if concerned && !same_question_same_winner && what_if.changes.len() < WHAT_IF_CHANGES {
            what_if.changes.push(change);
        }
    }
}

/// Tallies under one alternative answer at a time. Only the options whose
/// rules mention the question can change, so only they are copied and
/// re-tallied; a generation stamp marks the options touched by the current
/// alternative, so the scratch state is reused across alternatives.
struct Rescore<'a> {
    evaluation: &'a Evaluation,
    stamp: Vec<u32>,
    scratch: Vec<Tally>,
    touched: Vec<usize>,
    generation: u32,
}

impl<'a> Rescore<'a> {
    fn new(evaluation: &'a Evaluation) -> Rescore<'a> {
        Rescore {
            evaluation,
            stamp: vec![0; evaluation.tallies.len()],
            scratch: evaluation.tallies.clone(),
            touched: Vec::new(),
            generation: 0,
        }
    }

    /// Re-tallies the options whose rules mention `question`, as if it were `alternative`.
    fn try_alternative(
        &mut self,
        answers: &Answers,
        catalog: &Catalog,
        question: usize,
        alternative: Alternative,
    ) {
        self.generation += 1;
        self.touched.clear();
        let value = alternative.value();
        for &(option, rule_index) in catalog.rules_mentioning(question) {
            let (option, rule_index) = (option as usize, rule_index as usize);
            if !self.is_touched(option) {
                self.stamp[option] = self.generation;
                self.scratch[option] = self.evaluation.tallies[option];
                self.touched.push(option);
            }
            let rule = &catalog.compiled_option(option).rules[rule_index];
            let before = self.evaluation.fired(option, rule_index);
            let after = fires(rule, |asked| {
                if asked == question {
                    value
                } else {
                    answers.get(asked)
                }
            });
            if before != after {
                self.scratch[option].apply(rule.effect, if after { 1 } else { -1 });
            }
        }
    }

    fn is_touched(&self, option: usize) -> bool {
        self.stamp[option] == self.generation
    }

    /// The option's tally under the current alternative.
    fn tally(&self, option: usize) -> Tally {
        if self.is_touched(option) {
            self.scratch[option]
        } else {
            self.evaluation.tallies[option]
        }
    }

    /// The winner under the current alternative: the best of the touched
    /// options and the best untouched one (`order` is the ranking without it).
    fn winner(&self, order: &[usize]) -> Option<usize> {
        let mut best = order
            .iter()
            .copied()
            .find(|&option| !self.is_touched(option));
        for &option in &self.touched {
            if self.scratch[option].eliminations == 0 {
                best = match best {
                    Some(b) if !self.scratch[option].beats(option, self.tally(b), b) => Some(b),
                    _ => Some(option),
                };
            }
        }
        best
    }

    /// A decisive change: a new winner, and the old one is out or strictly behind it.
    fn dethrones(&self, winner: Option<usize>, new_winner: usize) -> bool {
        if Some(new_winner) == winner {
            return false;
        }
        let Some(old_winner) = winner else {
            return true;
        };
        let (old, new) = (self.tally(old_winner), self.tally(new_winner));
        old.eliminations > 0 || old.standing() < new.standing()
    }
}
