//! Properties of the engine over random answers (proptest): total,
//! deterministic, every option exactly once, every elimination explained,
//! unanswered questions never rule anything out, and every "what would
//! change" entry really changes the winner.

use berth::catalog::RuleOrigin;
use berth::model::QuestionKind;
use berth::{default_catalog, recommend, AnswerValue, Answers, Catalog};
use proptest::prelude::*;
use std::sync::OnceLock;

fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    C.get_or_init(default_catalog)
}

/// Random answers: each question unanswered, or a random valid answer, or an extreme quantity.
fn answers() -> impl Strategy<Value = Answers> {
    let c = catalog();
    let n = c.questions().len();
    proptest::collection::vec((0u8..4, any::<u64>(), 0usize..64), n).prop_map(move |raw| {
        let mut a = Answers::empty(c);
        for (qi, (mode, big, pick)) in raw.into_iter().enumerate() {
            let q = c.question(qi);
            let v = match (mode, q.kind) {
                (0, _) => None,
                (_, QuestionKind::Choice) => Some(AnswerValue::Choice(pick % q.answers.len())),
                (1, QuestionKind::Quantity) => Some(AnswerValue::Quantity(big)),
                (2, QuestionKind::Quantity) => Some(AnswerValue::Quantity(big % 1_000_000)),
                (_, QuestionKind::Quantity) => Some(AnswerValue::Quantity(big % (1 << 42))),
            };
            a.set(qi, v);
        }
        a
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    #[test]
    fn every_option_exactly_once_and_deterministic(a in answers()) {
        let c = catalog();
        let rec = recommend(&a, c);
        let mut seen: Vec<usize> = rec.ranked.iter().map(|r| r.option).chain(rec.eliminated.iter().map(|e| e.option)).collect();
        seen.sort_unstable();
        prop_assert_eq!(seen, (0..c.options().len()).collect::<Vec<_>>());
        prop_assert_eq!(&rec, &recommend(&a, c));
        for w in rec.ranked.windows(2) {
            // Options confirmed to meet every stated need first, then by score.
            prop_assert!((std::cmp::Reverse(w[0].unconfirmed), w[0].score) >= (std::cmp::Reverse(w[1].unconfirmed), w[1].score));
        }
    }

    #[test]
    fn every_elimination_is_explained_by_given_answers(a in answers()) {
        let c = catalog();
        let rec = recommend(&a, c);
        for e in &rec.eliminated {
            prop_assert!(!e.by.is_empty());
            for f in &e.by {
                let rule = &c.compiled_option(e.option).rules[f.rule];
                if rule.origin != RuleOrigin::Status {
                    // Every condition of an eliminating rule refers to an answered question.
                    for cond in &rule.conditions {
                        prop_assert!(a.get(cond.question).is_some());
                    }
                }
                // The text names the fact; the fact has a source.
                let text = berth::render::fired_text(c, e.option, f, &a, berth::Lang::En);
                prop_assert!(!text.is_empty());
            }
        }
    }

    #[test]
    fn unanswering_a_question_never_rules_anything_out(a in answers(), q in 0usize..18) {
        let c = catalog();
        let q = q % c.questions().len();
        let before = recommend(&a, c);
        let mut fewer = a.clone();
        fewer.set(q, None);
        let after = recommend(&fewer, c);
        for e in &after.eliminated {
            let was_eliminated = before.eliminated.iter().any(|b| b.option == e.option);
            let status_only = e.by.iter().all(|f| c.compiled_option(e.option).rules[f.rule].origin == RuleOrigin::Status);
            prop_assert!(was_eliminated || status_only, "option {} newly eliminated by un-answering {}", c.option(e.option).id, c.question(q).id);
        }
    }

    #[test]
    fn what_if_changes_really_change_the_winner(a in answers()) {
        let c = catalog();
        let rec = recommend(&a, c);
        let winner = rec.ranked.first().map(|r| r.option);
        for w in &rec.what_if {
            for change in &w.changes {
                let mut changed = a.clone();
                changed.set(change.question, change.to.value());
                let new = recommend(&changed, c);
                let new_winner = new.ranked.first().map(|r| r.option);
                prop_assert_eq!(new_winner, Some(change.winner));
                prop_assert_ne!(new_winner, winner);
            }
        }
    }
}

#[test]
fn nothing_answered_eliminates_only_by_status() {
    let c = catalog();
    let rec = recommend(&Answers::empty(c), c);
    let ids: Vec<&str> = rec
        .eliminated
        .iter()
        .map(|e| c.option(e.option).id.as_str())
        .collect();
    assert_eq!(ids, ["app-runner"]);
}
