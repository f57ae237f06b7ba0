//! One question on screen: a `fieldset` with a `legend`, its choices, the
//! progress line (counted in essentials while they last) and Back / Skip /
//! Next. Enter in the form is Next; Next commits an exact value first.

use crate::chooser::question::arrow_settle::{use_settle, SettleHandlers};
use crate::chooser::question::quantity_choices::{quantity_choices, QuantityChoices};
use crate::chooser::question::radio::radio;
use crate::chooser::state::{Action, State};
use crate::platform::content::use_catalog;
use crate::platform::focus::use_focus;
use crate::ui::i18n::{t, Key};
use berth::model::QuestionKind;
use berth::{AnswerValue, Catalog, Lang};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    pub state: Rc<State>,
    /// Makes input names unique per widget on the page.
    pub uid: usize,
    pub on_action: Callback<Action>,
}

/// "Question 2 of 5 · 1 answered" among the essentials, "Optional, to refine:
/// question 3 of 13" after them.
fn progress(position: usize, total: usize, text: String) -> Html {
    html! {
        <div class="berth-progress">
            <progress max={total.to_string()} value={position.to_string()} aria-hidden="true"></progress>
            <span>{text}</span>
        </div>
    }
}

/// Where the reader is: `(position, total, words)` among the essentials
/// while they last, then among the questions that refine the answer.
fn progress_line(state: &State) -> (usize, usize, String) {
    let lang = state.lang;
    if state.in_essentials() {
        let answered = state.order[..state.essentials]
            .iter()
            .filter(|&&q| state.answers.get(q).is_some())
            .count();
        let text = format!(
            "{} · {}",
            t(Key::QuestionOf, lang)
                .replace("{n}", &(state.step + 1).to_string())
                .replace("{total}", &state.essentials.to_string()),
            t(Key::Answered, lang).replace("{n}", &answered.to_string())
        );
        (state.step + 1, state.essentials, text)
    } else {
        let refine = state.order.len() - state.essentials;
        let position = state.step + 1 - state.essentials;
        let text = t(Key::RefineOf, lang)
            .replace("{n}", &position.to_string())
            .replace("{total}", &refine.to_string());
        (position, refine, text)
    }
}

/// A choice question's answers and "don't know", as radios.
fn choice_radios(
    catalog: &Catalog,
    question: usize,
    state: &State,
    name: &AttrValue,
    handlers: &SettleHandlers,
) -> Html {
    let (lang, value) = (state.lang, state.answers.get(question));
    let radio = |id: String, label: AttrValue, choice: Option<AnswerValue>| {
        let on_select = handlers.select(question, choice);
        radio(
            format!("{name}-{id}"),
            name,
            label,
            value == choice,
            on_select,
        )
    };
    let answers = catalog.question(question).answers.iter().enumerate();
    html! {
        <>
            { for answers.map(|(i, answer)|
                radio(answer.id.clone(), answer.label.get(lang).to_string().into(), Some(AnswerValue::Choice(i)))) }
            { radio("unknown".into(), t(Key::DontKnow, lang).into(), None) }
        </>
    }
}

/// Back, Skip, Next (or See results) and, among the optional questions, Done.
fn step_nav(state: &State, handlers: &SettleHandlers, lang: Lang) -> Html {
    let last = state.step + 1 == state.order.len();
    html! {
        <div class="berth-nav">
            <button type="button" class="berth-btn" disabled={state.step == 0} onclick={handlers.navigate(|| Action::Back)}>{t(Key::Back, lang)}</button>
            <button type="button" class="berth-btn" onclick={handlers.navigate(|| Action::Skip)}>{t(Key::Skip, lang)}</button>
            <button type="submit" class="berth-btn berth-btn-primary">{ if last { t(Key::SeeResults, lang) } else { t(Key::Next, lang) } }</button>
            if !state.in_essentials() && !last {
                <button type="button" class="berth-btn berth-btn-link" onclick={handlers.navigate(|| Action::Finish)}>{t(Key::FinishNow, lang)}</button>
            }
        </div>
    }
}

#[function_component(QuestionStep)]
pub fn question_step(props: &QuestionStepProps) -> Html {
    let catalog = use_catalog();
    let state = &props.state;
    let legend_ref = use_node_ref();
    use_focus(&legend_ref, state.step, state.moved);
    let input_ref = use_node_ref();
    use_focus(&input_ref, state.refused, state.refused > 0);
    let handlers = use_settle(&props.on_action);
    let Some(qi) = state.question() else {
        return html! {};
    };
    let question = catalog.question(qi);
    let lang = state.lang;
    let name: AttrValue = format!("berth-{}-{}", props.uid, question.id).into();
    let choices = match question.kind {
        QuestionKind::Choice => choice_radios(&catalog, qi, state, &name, &handlers),
        QuestionKind::Quantity => quantity_choices(QuantityChoices {
            catalog: &catalog,
            question: qi,
            value: state.answers.get(qi),
            draft: &state.draft,
            error: &state.draft_error,
            input_ref: &input_ref,
            name: &name,
            lang,
            on_action: &props.on_action,
        }),
    };
    let (position, total, text) = progress_line(state);
    html! {
        <form class="berth-step" part="question" onsubmit={handlers.on_submit.clone()}>
            { progress(position, total, text) }
            <fieldset class="berth-fieldset" onkeydown={handlers.on_key.clone()} onpointerdown={handlers.on_pointer.clone()}>
                <legend ref={legend_ref} tabindex="-1" class="berth-legend">{question.label.get(lang)}</legend>
                if !question.help.is_empty() {
                    <p class="berth-help">{question.help.get(lang)}</p>
                }
                <div class="berth-choices">{choices}</div>
            </fieldset>
            { step_nav(state, &handlers, lang) }
        </form>
    }
}
