//! One quiz question: radios (single, true/false, scenario), checkboxes
//! ("all that apply"), or an ordering list moved with buttons (keyboard
//! only, never drag). After checking, per-choice feedback in words and
//! symbols, never colour alone, announced in a live region.
//!
//! [`choice_list`] and [`ordering_list`] draw the inputs, [`feedback`] what
//! follows a check, [`step_nav`] the progress line and buttons.

#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests;
mod choice_list;
mod feedback;
mod ordering_list;
mod step_nav;

pub use feedback::verdict;

use crate::platform::content::{use_catalog, use_quiz};
use crate::platform::focus::use_focus;
use crate::quiz::state::QuizAction;
use crate::ui::i18n::{t, Key};
use berth::quiz::{Drawn, Feedback, Quiz, QuizKind, Settings};
use berth::Lang;
use choice_list::{choice_list, ChoiceList};
use feedback::{quiz_feedback, QuizFeedback};
use ordering_list::{ordering_list, use_move_refocus, OrderingList, Refocus};
use step_nav::{progress, step_nav, Step};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuizQuestionProps {
    pub index: usize,
    pub total: usize,
    pub drawn: Drawn,
    pub response: Option<Vec<usize>>,
    pub checked: bool,
    pub settings: Settings,
    pub lang: Lang,
    pub uid: usize,
    pub focus: bool,
    /// The reader tried to go on without choosing: say "Choose an answer".
    #[prop_or_default]
    pub need_answer: bool,
    pub on_action: Callback<QuizAction>,
}

fn kind_id(kind: QuizKind) -> &'static str {
    match kind {
        QuizKind::Single => "single",
        QuizKind::Multiple => "multiple",
        QuizKind::TrueFalse => "true_false",
        QuizKind::Ordering => "ordering",
        QuizKind::Scenario => "scenario",
    }
}

/// The form: progress, the question with its inputs, feedback, buttons.
#[function_component(QuizQuestion)]
pub fn quiz_question(props: &QuizQuestionProps) -> Html {
    let quiz = use_quiz();
    let catalog = use_catalog();
    let question = quiz.question(props.drawn.question);
    let lang = props.lang;
    let legend_ref = use_node_ref();
    let verdict_ref = use_node_ref();
    let announce = use_state(String::new);
    let order_ref = use_node_ref();
    use_focus(&legend_ref, props.index, props.focus);
    // After checking, focus moves to the verdict (the feedback starts there).
    let show_feedback = props.checked && props.settings.feedback == Feedback::AfterEach;
    use_focus(&verdict_ref, show_feedback, show_feedback);
    let refocus = use_move_refocus(&order_ref);

    let label = |choice: usize| quiz.choice_label(&catalog, props.drawn.question, choice, lang);
    let parts = Parts {
        quiz: &quiz,
        name: format!("berth-quiz-{}-{}", props.uid, question.id),
        response: props.response.clone().unwrap_or_default(),
        show_feedback,
        label: &label,
    };
    let step = Step::new(
        props.settings.feedback == Feedback::AfterEach && !props.checked,
        props.index + 1 == props.total,
    );
    let onsubmit = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_action.emit(step.action());
        })
    };
    // The verdict is read once, when focus moves to it; the live region only
    // carries what focus does not: "Choose an answer" (focus stays put) and
    // an ordering move. Both would read the verdict twice.
    let live = if props.need_answer {
        t(Key::ChooseAnswer, lang).to_string()
    } else if show_feedback {
        String::new()
    } else {
        (*announce).clone()
    };
    let feedback = show_feedback.then(|| feedback_for(props, &parts, verdict_ref));
    html! {
        <form class="berth-step berth-quiz-step" part="question" data-kind={kind_id(question.kind)} {onsubmit}>
            { progress(props.index, props.total, lang) }
            { fieldset(props, &parts, legend_ref, inputs(props, &parts, order_ref, announce, refocus)) }
            { feedback.unwrap_or_default() }
            <div class="berth-sr" role="status" aria-live="polite">{live}</div>
            { step_nav(props.index == 0, step, lang, &props.on_action) }
        </form>
    }
}

/// What the question's pieces share.
struct Parts<'a> {
    quiz: &'a Quiz,
    /// The input name, unique per widget and question.
    name: String,
    /// The reader's choices (ordering: their order; empty: untouched).
    response: Vec<usize>,
    show_feedback: bool,
    label: &'a dyn Fn(usize) -> String,
}

/// The legend, the inputs, "Choose an answer" when asked, the hint.
fn fieldset(
    props: &QuizQuestionProps,
    parts: &Parts<'_>,
    legend_ref: NodeRef,
    inputs: Html,
) -> Html {
    let lang = props.lang;
    let question = parts.quiz.question(props.drawn.question);
    html! {
        <fieldset class="berth-fieldset">
            <legend ref={legend_ref} tabindex="-1" class="berth-legend">{question.prompt.get(lang)}</legend>
            <div class="berth-choices">{inputs}</div>
            if props.need_answer {
                <p class="berth-field-error" id={need_id(&parts.name)}>{t(Key::ChooseAnswer, lang)}</p>
            }
            if !question.hint.is_empty() {
                <details class="berth-details"><summary>{t(Key::Hint, lang)}</summary><p>{question.hint.get(lang)}</p></details>
            }
        </fieldset>
    }
}

/// The id of the "Choose an answer" message.
fn need_id(name: &str) -> String {
    format!("{name}-need")
}

/// The ordering list, or the radios or checkboxes.
fn inputs(
    props: &QuizQuestionProps,
    parts: &Parts<'_>,
    list_ref: NodeRef,
    announce: UseStateHandle<String>,
    refocus: Refocus,
) -> Html {
    let kind = parts.quiz.question(props.drawn.question).kind;
    if kind == QuizKind::Ordering {
        let order = if parts.response.is_empty() {
            props.drawn.order.clone()
        } else {
            parts.response.clone()
        };
        return ordering_list(OrderingList {
            order,
            label: parts.label,
            locked: props.checked,
            lang: props.lang,
            list_ref,
            announce,
            refocus,
            on_action: &props.on_action,
        });
    }
    choice_list(ChoiceList {
        multiple: kind == QuizKind::Multiple,
        name: &parts.name,
        order: &props.drawn.order,
        response: &parts.response,
        correct: parts.quiz.correct(props.drawn.question),
        label: parts.label,
        locked: props.checked,
        show_feedback: parts.show_feedback,
        show_correct: props.settings.show_correct,
        need_id: props.need_answer.then(|| need_id(&parts.name)),
        lang: props.lang,
        on_action: &props.on_action,
    })
}

fn feedback_for(props: &QuizQuestionProps, parts: &Parts<'_>, verdict_ref: NodeRef) -> Html {
    quiz_feedback(QuizFeedback {
        quiz: parts.quiz,
        question: props.drawn.question,
        order: &props.drawn.order,
        response: &parts.response,
        show_correct: props.settings.show_correct,
        label: parts.label,
        lang: props.lang,
        verdict_ref,
    })
}
