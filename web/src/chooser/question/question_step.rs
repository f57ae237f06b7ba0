//! One question on screen: a `fieldset` with a `legend`, its choices, the
//! progress line (counted in essentials while they last) and Back / Skip /
//! Next. Enter in the form is Next; Next commits an exact value first.

use crate::chooser::question::arrow_settle::{flush, select, set_keyboard, Settle, SettleRef};
use crate::chooser::question::quantity_choices::{quantity_choices, QuantityChoices};
use crate::chooser::question::radio::radio;
use crate::chooser::state::{Action, State};
use crate::platform::content::use_catalog;
use crate::platform::focus::use_focus;
use crate::ui::i18n::{t, Key};
use berth::model::QuestionKind;
use berth::AnswerValue;
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

#[function_component(QuestionStep)]
pub fn question_step(props: &QuestionStepProps) -> Html {
    let catalog = use_catalog();
    let state = &props.state;
    let legend_ref = use_node_ref();
    use_focus(&legend_ref, state.step, state.moved);
    let input_ref = use_node_ref();
    use_focus(&input_ref, state.refused, state.refused > 0);
    let settle: SettleRef = use_mut_ref(Settle::default);
    let Some(qi) = state.question() else {
        return html! {};
    };
    let question = catalog.question(qi);
    let lang = state.lang;

    let name: AttrValue = format!("berth-{}-{}", props.uid, question.id).into();
    let value = state.answers.get(qi);
    let choices = match question.kind {
        QuestionKind::Choice => {
            let radio = |id: String, label: AttrValue, v: Option<AnswerValue>| {
                let (on_action, settle) = (props.on_action.clone(), settle.clone());
                radio(
                    format!("{name}-{id}"),
                    &name,
                    label,
                    value == v,
                    Callback::from(move |()| select(&settle, &on_action, qi, v)),
                )
            };
            html! {
                <>
                    { for question.answers.iter().enumerate().map(|(i, a)|
                        radio(a.id.clone(), a.label.get(lang).to_string().into(), Some(AnswerValue::Choice(i)))) }
                    { radio("unknown".into(), t(Key::DontKnow, lang).into(), None) }
                </>
            }
        }
        QuestionKind::Quantity => quantity_choices(QuantityChoices {
            catalog: &catalog,
            question: qi,
            value,
            draft: &state.draft,
            error: &state.draft_error,
            input_ref: &input_ref,
            name: &name,
            lang,
            on_action: &props.on_action,
        }),
    };

    let (position, total, text) = if state.in_essentials() {
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
    };
    // Every navigation first commits a selection made with arrow keys.
    let emit = |action: fn() -> Action| {
        let (on_action, settle) = (props.on_action.clone(), settle.clone());
        Callback::from(move |_: MouseEvent| {
            flush(&settle, &on_action);
            on_action.emit(action())
        })
    };
    let last = state.step + 1 == state.order.len();
    let on_submit = {
        let (on_action, settle) = (props.on_action.clone(), settle.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            flush(&settle, &on_action);
            on_action.emit(Action::Next)
        })
    };
    let on_key = {
        let settle = settle.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key().starts_with("Arrow") {
                set_keyboard(&settle, true);
            }
        })
    };
    let on_pointer = {
        let settle = settle.clone();
        Callback::from(move |_: PointerEvent| set_keyboard(&settle, false))
    };

    html! {
        <form class="berth-step" part="question" onsubmit={on_submit}>
            { progress(position, total, text) }
            <fieldset class="berth-fieldset" onkeydown={on_key} onpointerdown={on_pointer}>
                <legend ref={legend_ref} tabindex="-1" class="berth-legend">{question.label.get(lang)}</legend>
                if !question.help.is_empty() {
                    <p class="berth-help">{question.help.get(lang)}</p>
                }
                <div class="berth-choices">{choices}</div>
            </fieldset>
            <div class="berth-nav">
                <button type="button" class="berth-btn" disabled={state.step == 0} onclick={emit(|| Action::Back)}>{t(Key::Back, lang)}</button>
                <button type="button" class="berth-btn" onclick={emit(|| Action::Skip)}>{t(Key::Skip, lang)}</button>
                <button type="submit" class="berth-btn berth-btn-primary">{ if last { t(Key::SeeResults, lang) } else { t(Key::Next, lang) } }</button>
                if !state.in_essentials() && !last {
                    <button type="button" class="berth-btn berth-btn-link" onclick={emit(|| Action::Finish)}>{t(Key::FinishNow, lang)}</button>
                }
            </div>
        </form>
    }
}
