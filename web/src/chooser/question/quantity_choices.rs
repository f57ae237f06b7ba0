//! The choices of a quantity question: its presets, "don't know", and an
//! exact value. The exact value is a draft in the chooser's state until it
//! is committed (blur here; Enter and Next in the step): an unreadable one
//! is explained in words and the field takes focus, announced once through
//! its description.

use crate::chooser::question::radio::radio;
use crate::chooser::state::{Action, DraftError};
use crate::ui::i18n::{t, Key};
use berth::answers::value_label;
use berth::quantity::{self, Dimension};
use berth::{AnswerValue, Catalog, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the choices of a quantity question need.
pub struct QuantityChoices<'a> {
    pub catalog: &'a Catalog,
    pub question: usize,
    pub value: Option<AnswerValue>,
    /// The exact-value text (`Some`: that choice is selected).
    pub draft: &'a Option<String>,
    pub error: &'a Option<DraftError>,
    /// The exact-value field (focused by the step when Next was refused).
    pub input_ref: &'a NodeRef,
    /// Input name shared by the radios of this question.
    pub name: &'a AttrValue,
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

/// The presets, "don't know" and the exact value, as radios.
pub fn quantity_choices(props: QuantityChoices<'_>) -> Html {
    let catalog = props.catalog;
    let question = catalog.question(props.question);
    let dimension = question.dimension.unwrap_or(Dimension::Duration);
    let lang = props.lang;
    let qi = props.question;

    let presets: Vec<u64> = question
        .presets
        .iter()
        .filter_map(|s| quantity::parse(dimension, s).ok())
        .collect();
    let exact_chosen = props.draft.is_some();
    let answer = |value: Option<AnswerValue>| {
        let on_action = props.on_action.clone();
        Callback::from(move |()| on_action.emit(Action::Answer(qi, value)))
    };
    let name = props.name;
    let input_id = format!("{name}-exact-input");
    let error_id = format!("{name}-exact-error");
    let text = props.draft.clone().unwrap_or_default();
    let on_input = props.on_action.reform(|e: InputEvent| {
        Action::Draft(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let on_blur = props.on_action.reform(|_: FocusEvent| Action::CommitDraft);
    let on_exact = {
        let on_action = props.on_action.clone();
        let text = text.clone();
        Callback::from(move |()| on_action.emit(Action::Draft(text.clone())))
    };
    let example = question
        .presets
        .get(2)
        .map(String::as_str)
        .unwrap_or(dimension.example());
    html! {
        <>
            { for presets.iter().map(|&v| html! {
                radio(format!("{name}-{}", quantity::canonical(dimension, v)), name,
                    value_label(catalog, qi, AnswerValue::Quantity(v), lang).into(),
                    !exact_chosen && props.value == Some(AnswerValue::Quantity(v)),
                    answer(Some(AnswerValue::Quantity(v))))
            }) }
            { radio(format!("{name}-unknown"), name, t(Key::DontKnow, lang).into(),
                !exact_chosen && props.value.is_none(), answer(None)) }
            <div class="berth-exact">
                { radio(format!("{name}-exact"), name, t(Key::OtherValue, lang).into(),
                    exact_chosen || props.value.is_some_and(|v| !matches!(v, AnswerValue::Quantity(x) if presets.contains(&x))),
                    on_exact) }
                <input type="text" class="berth-input" id={input_id} ref={props.input_ref.clone()} value={text}
                    inputmode="text" autocomplete="off" spellcheck="false"
                    aria-label={format!("{} — {}", question.label.get(lang), t(Key::OtherValue, lang))}
                    aria-invalid={props.error.is_some().then_some("true")}
                    aria-describedby={props.error.is_some().then(|| error_id.clone())}
                    placeholder={t(Key::ExactHint, lang).replace("{example}", example)}
                    oninput={on_input} onblur={on_blur} />
                // The error's place is kept while an exact value is being typed,
                // so the Next button does not move under the pointer on blur.
                if exact_chosen {
                    <p class="berth-field-error" id={error_id}>
                        { props.error.as_ref().map(|e| draft_error_text(e, lang)).unwrap_or_default() }
                    </p>
                }
            </div>
        </>
    }
}
