//! "What would change the answer": at most three single-answer changes, the
//! most useful first, each with a "Try it" button whose accessible name says
//! which change it applies.

use crate::chooser::state::Action;
use crate::ui::i18n::{t, Key};
use berth::engine::{Change, Recommendation};
use berth::render::{alternative_text, change_text, ui, unique_changes, UiText};
use berth::{Answers, Catalog, Lang};
use yew::prelude::*;

/// The most changes shown.
pub const MAX_CHANGES: usize = 3;

/// The changes worth showing, most useful first: a change to an answer the
/// reader gave (it shows which answer decides) before a new answer; then the
/// one whose new winner ranks highest now; one change per question before a
/// second one on the same question. At most [`MAX_CHANGES`].
pub fn useful_changes(rec: &Recommendation, answers: &Answers) -> Vec<Change> {
    let rank = |option: usize| {
        rec.ranked
            .iter()
            .position(|r| r.option == option)
            .unwrap_or(usize::MAX)
    };
    let key = |c: &Change| (answers.get(c.question).is_none(), rank(c.winner));
    let mut changes = unique_changes(rec);
    sort_stable(&mut changes, key);
    let mut picked: Vec<Change> = Vec::new();
    for pass in 0..2 {
        for c in &changes {
            let new_question = !picked.iter().any(|p| p.question == c.question);
            if picked.len() < MAX_CHANGES && !picked.contains(c) && (pass == 1 || new_question) {
                picked.push(*c);
            }
        }
    }
    sort_stable(&mut picked, key);
    picked
}

/// A stable insertion sort (few items; `slice::sort*` costs wasm bytes):
/// equal keys keep their order.
fn sort_stable<K: PartialOrd>(v: &mut [Change], key: impl Fn(&Change) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j]) < key(&v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// The list, each change with its "Try it" button.
pub fn what_if_list(
    catalog: &Catalog,
    rec: &Recommendation,
    answers: &Answers,
    lang: Lang,
    on_action: &Callback<Action>,
) -> Html {
    let changes = useful_changes(rec, answers);
    let item = |change: &Change| {
        let (question, value) = (change.question, change.to.value());
        let apply = on_action.reform(move |_: MouseEvent| Action::Answer(question, value));
        let label = catalog.question(question).label.get(lang);
        let alternative = alternative_text(catalog, question, change.to, lang);
        html! {
            <li>
                {change_text(catalog, change, lang)}{" "}
                <button type="button" class="berth-btn berth-btn-small" onclick={apply}>
                    {t(Key::TryIt, lang)}<span class="berth-sr">{format!(": {label} = {alternative}")}</span>
                </button>
            </li>
        }
    };
    html! {
        <>
            <h3>{ui(UiText::WhatWouldChange, lang)}</h3>
            if changes.is_empty() {
                <p>{t(Key::NoChange, lang)}</p>
            } else {
                <ul class="berth-whatif">{ for changes.iter().map(item) }</ul>
            }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_most_three_changes_given_answers_first_one_per_question_first() {
        let catalog = berth::default_catalog();
        for query in [
            "workload=batch&runtime=40m",
            "workload=batch&runtime=40m&image=6GB",
            "workload=web&ops=none",
            "workload=event&runtime=20s",
            "",
        ] {
            let (answers, _) = Answers::parse_lenient(&catalog, query);
            let rec = berth::recommend(&answers, &catalog);
            let all = unique_changes(&rec);
            let shown = useful_changes(&rec, &answers);
            assert_eq!(shown.len(), all.len().min(MAX_CHANGES), "{query}");
            assert!(shown.iter().all(|c| all.contains(c)));
            // A change to a given answer is never behind one to an unanswered question.
            let given: Vec<bool> = shown
                .iter()
                .map(|c| answers.get(c.question).is_some())
                .collect();
            assert!(given.windows(2).all(|w| w[0] >= w[1]), "{query}: {given:?}");
            let distinct = all
                .iter()
                .map(|c| c.question)
                .collect::<std::collections::BTreeSet<_>>()
                .len();
            let shown_distinct = shown
                .iter()
                .map(|c| c.question)
                .collect::<std::collections::BTreeSet<_>>()
                .len();
            assert_eq!(shown_distinct, distinct.min(MAX_CHANGES), "{query}");
        }
    }
}
