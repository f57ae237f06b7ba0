//! What the chooser tells the host page: committed answers (`berth:answer`)
//! and the result they give (`berth:recommendation`), once at load with
//! `initial: true`, then after each commit that changed an answer.

use crate::chooser::state::State;
use crate::platform::content::CatalogRef;
use crate::platform::events::{emit, use_event_host, Detail, EventHost};
use berth::{Answers, Recommendation};
use std::rc::Rc;
use yew::prelude::*;

/// One `berth:answer` per question whose answer changed since `before`.
fn emit_answer_changes(host: &EventHost, catalog: &CatalogRef, before: &Answers, now: &Answers) {
    let changed = (0..catalog.questions().len()).filter(|&q| before.get(q) != now.get(q));
    for question in changed {
        let value = now
            .get(question)
            .map(|value| berth::answers::value_string(catalog, question, value));
        let detail = Detail::new()
            .str("question", Some(&catalog.question(question).id))
            .str("value", value.as_deref());
        emit(host, "berth:answer", detail);
    }
}

/// The `berth:recommendation` detail (without `initial`).
fn recommendation_detail(
    catalog: &CatalogRef,
    recommendation: &Recommendation,
    answers: &Answers,
) -> Detail {
    let id = |option: usize| catalog.option(option).id.as_str();
    let ranked = &recommendation.ranked;
    let ties = ranked.iter().skip(1).filter(|rank| rank.tied_with_top);
    Detail::new()
        .str("top", ranked.first().map(|rank| id(rank.option)))
        .strs("ties", ties.map(|rank| id(rank.option)))
        .strs("ranked", ranked.iter().map(|rank| id(rank.option)))
        .strs(
            "eliminated",
            recommendation.eliminated.iter().map(|out| id(out.option)),
        )
        .str("answers", Some(&answers.to_query(catalog)))
}

/// Reports each commit of `state` that changed an answer. `reported`: the
/// host already heard the `initial` result (before a restart).
#[hook]
pub fn use_host_reports(
    state: &State,
    recommendation: Rc<Recommendation>,
    catalog: CatalogRef,
    reported: bool,
) {
    let host = use_event_host();
    let start = reported.then(|| state.answers.clone());
    let last = use_mut_ref(|| start);
    let answers = state.answers.clone();
    use_effect_with(state.committed, move |_| {
        let before = last.replace(Some(answers.clone()));
        if before.as_ref() == Some(&answers) {
            return;
        }
        if let Some(before) = &before {
            emit_answer_changes(&host, &catalog, before, &answers);
        }
        let detail = recommendation_detail(&catalog, &recommendation, &answers)
            .bool("initial", before.is_none());
        emit(&host, "berth:recommendation", detail);
    });
}
