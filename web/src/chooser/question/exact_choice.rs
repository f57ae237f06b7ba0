//! The exact-value choice of a quantity question: a radio and a text field.
//! The exact value is a draft in the chooser's state until it is committed
//! (blur here; Enter and Next in the step): an unreadable one is explained
//! in words and the field takes focus, announced once through its
//! description.

use crate::chooser::question::radio::radio;
use crate::chooser::state::{Action, DraftError};
use crate::ui::i18n::{t, Key};
use berth::quantity::Dimension;
use berth::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub struct ExactChoiceProps<'a> {
    /// Input name shared by the radios of the question.
    pub name: &'a AttrValue,
    /// The question's label (the field's accessible name starts with it).
    pub label: &'a str,
    /// An example value for the placeholder.
    pub example: &'a str,
    /// The exact-value text (`Some`: this choice is selected).
    pub draft: &'a Option<String>,
    pub error: &'a Option<DraftError>,
    /// The radio shows checked.
    pub selected: bool,
    /// The field (focused by the step when Next was refused).
    pub input_ref: &'a NodeRef,
    pub lang: Lang,
    pub on_action: &'a Callback<Action>,
}

/// The reader's words for a draft that was not accepted.
pub fn draft_error_text(error: &DraftError, lang: Lang) -> String {
    match error {
        DraftError::Empty => t(Key::DraftEmpty, lang).to_string(),
        DraftError::Unreadable { text, dimension } => {
            let key = match dimension {
                Dimension::Duration => Key::DraftTime,
                Dimension::Bytes => Key::DraftSize,
                Dimension::Vcpu => Key::DraftVcpu,
            };
            t(key, lang).replace("{text}", text)
        }
    }
}

pub fn exact_choice(props: &ExactChoiceProps<'_>) -> Html {
    let (name, lang) = (props.name, props.lang);
    let input_id = format!("{name}-exact-input");
    let error_id = format!("{name}-exact-error");
    let text = props.draft.clone().unwrap_or_default();
    let on_input = props.on_action.reform(|event: InputEvent| {
        Action::Draft(event.target_unchecked_into::<HtmlInputElement>().value())
    });
    let on_blur = props.on_action.reform(|_: FocusEvent| Action::CommitDraft);
    let on_exact = {
        let (on_action, text) = (props.on_action.clone(), text.clone());
        Callback::from(move |()| on_action.emit(Action::Draft(text.clone())))
    };
    let invalid = props.error.is_some();
    html! {
        <div class="berth-exact">
            { radio(format!("{name}-exact"), name, t(Key::OtherValue, lang).into(), props.selected, on_exact) }
            <input type="text" class="berth-input" id={input_id} ref={props.input_ref.clone()} value={text}
                inputmode="text" autocomplete="off" spellcheck="false"
                aria-label={format!("{} — {}", props.label, t(Key::OtherValue, lang))}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={invalid.then(|| error_id.clone())}
                placeholder={t(Key::ExactHint, lang).replace("{example}", props.example)}
                oninput={on_input} onblur={on_blur} />
            // The error's place is kept while an exact value is being typed,
            // so the Next button does not move under the pointer on blur.
            if props.draft.is_some() {
                <p class="berth-field-error" id={error_id}>
                    { props.error.as_ref().map(|error| draft_error_text(error, lang)).unwrap_or_default() }
                </p>
            }
        </div>
    }
}
