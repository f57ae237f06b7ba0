//! The choices of a quantity question: its presets, "don't know", and an
//! exact value ([`ExactChoice`]).

use crate::chooser::question::exact_choice::{exact_choice, ExactChoiceProps};
use crate::chooser::question::radio::radio;
use crate::chooser::state::{Action, DraftError};
use crate::ui::i18n::{t, Key};
use berth::answers::value_label;
use berth::quantity::{self, Dimension};
use berth::{AnswerValue, Catalog, Lang};
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

/// The presets, "don't know" and the exact value, as radios.
pub fn quantity_choices(props: QuantityChoices<'_>) -> Html {
    let catalog = props.catalog;
    let qi = props.question;
    let question = catalog.question(qi);
    let dimension = question.dimension.unwrap_or(Dimension::Duration);
    let (lang, name) = (props.lang, props.name);
    let presets: Vec<u64> = question
        .presets
        .iter()
        .filter_map(|preset| quantity::parse(dimension, preset).ok())
        .collect();
    let exact_chosen = props.draft.is_some();
    let answer = |value: Option<AnswerValue>| {
        let on_action = props.on_action.clone();
        Callback::from(move |()| on_action.emit(Action::Answer(qi, value)))
    };
    let exact_selected = exact_chosen
        || props
            .value
            .is_some_and(|v| !matches!(v, AnswerValue::Quantity(x) if presets.contains(&x)));
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
            { exact_choice(&ExactChoiceProps { name, label: question.label.get(lang), example,
                draft: props.draft, error: props.error, selected: exact_selected,
                input_ref: props.input_ref, lang, on_action: props.on_action }) }
        </>
    }
}
