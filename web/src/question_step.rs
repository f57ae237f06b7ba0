//! One question on screen: a `fieldset` with a `legend`, native radio inputs
//! (arrow keys move the selection; nothing advances on its own), "don't
//! know", presets and an exact value for quantities, and Back/Skip/Next.

use crate::content::use_catalog;
use crate::i18n::{t, Key};
use crate::state::Action;
use berth::answers::value_label;
use berth::model::QuestionKind;
use berth::quantity::{self, Dimension};
use berth::{AnswerValue, Answers, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    pub question: usize,
    pub value: Option<AnswerValue>,
    pub lang: Lang,
    /// Makes input names unique per widget on the page.
    pub uid: usize,
    pub answered: usize,
    /// Move focus to the legend when shown (after the reader navigated).
    pub focus: bool,
    pub on_action: Callback<Action>,
}

#[function_component(QuestionStep)]
pub fn question_step(p: &QuestionStepProps) -> Html {
    let cat = use_catalog();
    let c: &berth::Catalog = &cat;
    let q = c.question(p.question);
    let lang = p.lang;
    let total = c.questions().len();
    let legend_ref = use_node_ref();
    // Exact-value text and its error, for quantity questions.
    let exact = use_state(|| match p.value {
        Some(AnswerValue::Quantity(v)) => {
            quantity::canonical(q.dimension.unwrap_or(Dimension::Duration), v)
        }
        _ => String::new(),
    });
    let exact_error = use_state(|| None::<String>);
    let exact_mode = use_state(|| false);

    crate::focus::use_focus(&legend_ref, p.question, p.focus);

    let name = format!("berth-{}-{}", p.uid, q.id);
    let qi = p.question;
    let radio = |id: String,
                 label: String,
                 checked: bool,
                 value: Option<AnswerValue>,
                 extra: Option<Callback<()>>| {
        let on_action = p.on_action.clone();
        let onchange = Callback::from(move |_: Event| {
            on_action.emit(Action::Answer(qi, value));
            if let Some(cb) = &extra {
                cb.emit(());
            }
        });
        html! {
            <label class="berth-choice" for={id.clone()}>
                <input type="radio" id={id.clone()} name={name.clone()} checked={checked} {onchange} />
                <span>{label}</span>
            </label>
        }
    };

    let choices: Html = match q.kind {
        QuestionKind::Choice => html! {
            <>
                { for q.answers.iter().enumerate().map(|(i, a)| radio(
                    format!("{name}-{}", a.id), a.label.get(lang).to_string(),
                    p.value == Some(AnswerValue::Choice(i)), Some(AnswerValue::Choice(i)), None)) }
                { radio(format!("{name}-unknown"), t(Key::DontKnow, lang).to_string(), p.value.is_none(), None, None) }
            </>
        },
        QuestionKind::Quantity => {
            let dim = q.dimension.unwrap_or(Dimension::Duration);
            let presets: Vec<u64> = q
                .presets
                .iter()
                .filter_map(|s| quantity::parse(dim, s).ok())
                .collect();
            let on_preset = {
                let exact_mode = exact_mode.clone();
                Callback::from(move |()| exact_mode.set(false))
            };
            let is_preset =
                matches!(p.value, Some(AnswerValue::Quantity(v)) if presets.contains(&v));
            let exact_checked = *exact_mode || (p.value.is_some() && !is_preset);
            let input_id = format!("{name}-exact-input");
            let err_id = format!("{name}-exact-error");
            let oninput = {
                let on_action = p.on_action.clone();
                let exact = exact.clone();
                let exact_error = exact_error.clone();
                let exact_mode = exact_mode.clone();
                let cat = cat.clone();
                // While typing, a valid value applies and clears the error; an
                // invalid one waits for the commit (`onchange`), so the error's
                // live region speaks once, not at every keystroke.
                Callback::from(move |e: InputEvent| {
                    let text = e.target_unchecked_into::<HtmlInputElement>().value();
                    exact_mode.set(true);
                    exact.set(text.clone());
                    if text.trim().is_empty() {
                        exact_error.set(None);
                        return;
                    }
                    if let Ok(v) = Answers::parse_value(&cat, qi, text.trim()) {
                        exact_error.set(None);
                        on_action.emit(Action::Answer(qi, v));
                    }
                })
            };
            let onchange = {
                let exact_error = exact_error.clone();
                let cat = cat.clone();
                Callback::from(move |e: Event| {
                    let text = e.target_unchecked_into::<HtmlInputElement>().value();
                    let error = match text.trim() {
                        "" => None,
                        text => Answers::parse_value(&cat, qi, text)
                            .err()
                            .map(|err| err.message(lang)),
                    };
                    exact_error.set(error);
                })
            };
            let on_exact_radio = {
                let exact_mode = exact_mode.clone();
                Callback::from(move |_: Event| exact_mode.set(true))
            };
            html! {
                <>
                    { for presets.iter().map(|&v| radio(
                        format!("{name}-{}", quantity::canonical(dim, v)),
                        value_label(c, qi, AnswerValue::Quantity(v), lang),
                        !exact_checked && p.value == Some(AnswerValue::Quantity(v)),
                        Some(AnswerValue::Quantity(v)), Some(on_preset.clone()))) }
                    { radio(format!("{name}-unknown"), t(Key::DontKnow, lang).to_string(), p.value.is_none() && !*exact_mode, None, Some(on_preset.clone())) }
                    <div class="berth-exact">
                        <label class="berth-choice" for={format!("{name}-exact")}>
                            <input type="radio" id={format!("{name}-exact")} name={name.clone()} checked={exact_checked} onchange={on_exact_radio} />
                            <span>{t(Key::OtherValue, lang)}</span>
                        </label>
                        <input type="text" class="berth-input" id={input_id.clone()} value={(*exact).clone()}
                            inputmode="text" autocomplete="off" spellcheck="false"
                            aria-label={format!("{} — {}", q.label.get(lang), t(Key::OtherValue, lang))}
                            aria-invalid={exact_error.is_some().to_string()}
                            aria-describedby={err_id.clone()}
                            placeholder={t(Key::ExactHint, lang).replace("{example}", q.presets.get(2).map(String::as_str).unwrap_or(dim.example()))}
                            {oninput} {onchange} />
                        <p class="berth-field-error" id={err_id} aria-live="polite">
                            { exact_error.as_ref().map(|e| format!("{}: {e}", t(Key::InvalidValue, lang))).unwrap_or_default() }
                        </p>
                    </div>
                </>
            }
        }
    };

    let emit = |a: fn() -> Action| {
        let on_action = p.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(a()))
    };
    let last = p.question + 1 == total;
    let progress_text = format!(
        "{} · {}",
        t(Key::QuestionOf, lang)
            .replace("{n}", &(p.question + 1).to_string())
            .replace("{total}", &total.to_string()),
        t(Key::Answered, lang).replace("{n}", &p.answered.to_string())
    );

    html! {
        <form class="berth-step" part="question" onsubmit={{ let on_action = p.on_action.clone(); Callback::from(move |e: SubmitEvent| { e.prevent_default(); on_action.emit(Action::Next) }) }}>
            <div class="berth-progress">
                <progress max={total.to_string()} value={(p.question + 1).to_string()} aria-hidden="true"></progress>
                <span>{progress_text}</span>
            </div>
            <fieldset class="berth-fieldset">
                <legend ref={legend_ref} tabindex="-1" class="berth-legend">{q.label.get(lang)}</legend>
                if !q.help.is_empty() {
                    <p class="berth-help">{q.help.get(lang)}</p>
                }
                <div class="berth-choices">{choices}</div>
            </fieldset>
            <div class="berth-nav">
                <button type="button" class="berth-btn" disabled={p.question == 0} onclick={emit(|| Action::Back)}>{t(Key::Back, lang)}</button>
                <button type="button" class="berth-btn" onclick={emit(|| Action::Skip)}>{t(Key::Skip, lang)}</button>
                <button type="submit" class="berth-btn berth-btn-primary">{ if last { t(Key::SeeResults, lang) } else { t(Key::Next, lang) } }</button>
            </div>
        </form>
    }
}
