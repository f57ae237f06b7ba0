//! Radios (single, true/false, scenario) or checkboxes ("all that apply"),
//! with ✓/✗ and words beside each choice after checking.

use crate::quiz::state::QuizAction;
use crate::ui::i18n::{t, Key};
use berth::Lang;
use yew::prelude::*;

/// What a list of radios or checkboxes needs.
pub struct ChoiceList<'a> {
    /// Checkboxes ("all that apply") rather than radios.
    pub multiple: bool,
    pub name: &'a str,
    pub order: &'a [usize],
    pub response: &'a [usize],
    pub correct: &'a [usize],
    pub label: &'a dyn Fn(usize) -> String,
    /// Checked: the choice stays as the reader left it.
    pub locked: bool,
    pub show_feedback: bool,
    pub show_correct: bool,
    /// The "Choose an answer" message, when shown.
    pub need_id: Option<String>,
    pub lang: Lang,
    pub on_action: &'a Callback<QuizAction>,
}

/// The list: "Select all that apply" for checkboxes, then one input per choice.
pub fn choice_list(list: ChoiceList<'_>) -> Html {
    html! {
        <>
            if list.multiple { <p class="berth-help">{t(Key::SelectAll, list.lang)}</p> }
            { for list.order.iter().map(|&choice| choice_input(&list, choice)) }
        </>
    }
}

/// ✓ beside a right choice, ✗ beside a wrong one the reader made, in words too:
/// (class, symbol, words).
fn choice_mark(
    list: &ChoiceList<'_>,
    chosen: bool,
    right: bool,
) -> Option<(&'static str, &'static str, Key)> {
    match (chosen, right) {
        _ if !list.show_feedback => None,
        (true, false) => Some(("berth-mark berth-mark-wrong", "✗ ", Key::YourChoice)),
        (true, true) => Some(("berth-mark berth-mark-right", "✓ ", Key::YourChoice)),
        (false, true) if list.show_correct => {
            Some(("berth-mark berth-mark-right", "✓ ", Key::RightChoice))
        }
        (false, _) => None,
    }
}

/// One radio or checkbox with its label and, after checking, its mark.
fn choice_input(list: &ChoiceList<'_>, choice: usize) -> Html {
    let id = format!("{}-{choice}", list.name);
    let onchange = {
        let on_action = list.on_action.clone();
        let multiple = list.multiple;
        Callback::from(move |_: Event| {
            on_action.emit(if multiple {
                QuizAction::Toggle(choice)
            } else {
                QuizAction::Choose(choice)
            });
        })
    };
    // Once checked, the choice stays as the reader left it: the inputs
    // stay enabled (legible in both themes) and refuse changes.
    let locked = list.locked;
    let onclick = Callback::from(move |e: MouseEvent| {
        if locked {
            e.prevent_default()
        }
    });
    let chosen = list.response.contains(&choice);
    let mark = choice_mark(list, chosen, list.correct.contains(&choice));
    html! {
        <label class="berth-choice" for={id.clone()}>
            <input type={if list.multiple { "checkbox" } else { "radio" }} id={id} name={list.name.to_string()}
                checked={chosen} aria-describedby={list.need_id.clone()} {onchange} {onclick} />
            <span>{(list.label)(choice)}</span>
            if let Some((class, symbol, words)) = mark {
                <span class={class}>{symbol}{t(words, list.lang)}</span>
            }
        </label>
    }
}
