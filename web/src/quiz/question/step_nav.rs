//! The frame of a quiz question: its progress line and its Back / Check /
//! Next / Finish buttons.

use crate::quiz::state::QuizAction;
use crate::ui::i18n::{t, Key};
use berth::Lang;
use yew::prelude::*;

/// "Question 2 of 5", with a bar hidden from screen readers.
pub fn progress(index: usize, total: usize, lang: Lang) -> Html {
    let text = t(Key::QuestionOf, lang)
        .replace("{n}", &(index + 1).to_string())
        .replace("{total}", &total.to_string());
    html! {
        <div class="berth-progress">
            <progress max={total.to_string()} value={(index + 1).to_string()} aria-hidden="true"></progress>
            <span>{text}</span>
        </div>
    }
}

/// What the submit button (and Enter in the form) does next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Feedback after each question, not checked yet.
    Check,
    Next,
    /// The last question.
    Finish,
}

impl Step {
    pub fn new(need_check: bool, last: bool) -> Step {
        if need_check {
            Step::Check
        } else if last {
            Step::Finish
        } else {
            Step::Next
        }
    }

    pub fn action(self) -> QuizAction {
        match self {
            Step::Check => QuizAction::Check,
            Step::Next => QuizAction::Next,
            Step::Finish => QuizAction::Finish,
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        match self {
            Step::Check => t(Key::CheckAnswer, lang),
            Step::Next => t(Key::Next, lang),
            Step::Finish => t(Key::Finish, lang),
        }
    }
}

/// Back (off on the first question) and the submit button.
pub fn step_nav(first: bool, step: Step, lang: Lang, on_action: &Callback<QuizAction>) -> Html {
    let back = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(QuizAction::Back))
    };
    html! {
        <div class="berth-nav">
            <button type="button" class="berth-btn" disabled={first} onclick={back}>{t(Key::Back, lang)}</button>
            <button type="submit" class="berth-btn berth-btn-primary">{step.label(lang)}</button>
        </div>
    }
}
