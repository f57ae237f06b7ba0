//! The end of a quiz: score, pass or fail (in words and symbols), a review
//! of every answer that was not fully right, retry, and a result link that
//! reproduces the quiz and its score with no server.

use crate::platform::browser;
use crate::platform::content::{use_catalog, use_quiz};
use crate::platform::focus::use_focus;
use crate::platform::link::LinkScope;
use crate::quiz::question::verdict;
use crate::quiz::state::{QuizAction, QuizState};
use crate::ui::copy_fallback::copy_fallback;
use crate::ui::i18n::{t, Key};
use berth::quiz::{Mark, Quiz};
use berth::render::{ui, UiText};
use berth::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuizSummaryProps {
    pub state: Rc<QuizState>,
    pub lang: Lang,
    pub focus: bool,
    /// Which items of the URL fragment are this widget's (for the result link).
    pub scope: LinkScope,
    pub on_action: Callback<QuizAction>,
}

/// Points in whole numbers or tenths ("7", "6.5"), with integer maths: no
/// float formatting in the wasm.
fn points_text(points: f64) -> String {
    let tenths = (points * 10.0).round() as u64;
    if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// The score line and the pass or fail line.
fn score(mark: &Mark, count: usize, pass_mark: u8, lang: Lang) -> Html {
    let score = t(Key::Score, lang)
        .replace("{points}", &points_text(mark.points))
        .replace("{n}", &count.to_string())
        .replace("{pct}", &mark.percent.to_string());
    let pass = pass_mark.to_string();
    let outcome = if mark.passed {
        t(Key::Passed, lang).replace("{pass}", &pass)
    } else {
        t(Key::Failed, lang).replace("{pass}", &pass)
    };
    html! {
        <>
            <p class="berth-score" data-percent={mark.percent.to_string()}>{score}</p>
            <p class={if mark.passed { "berth-pass" } else { "berth-fail" }}>{outcome}</p>
        </>
    }
}

/// What the review of one answer needs.
struct Review<'a> {
    /// The quiz in the language on screen.
    quiz: &'a Quiz,
    state: &'a QuizState,
    mark: &'a Mark,
    label: &'a dyn Fn(usize, usize) -> String,
    lang: Lang,
}

/// Drawn question `i`: the prompt, the verdict, the reader's answer, the
/// right one when shown, each explained, and the source.
fn review_item(review: &Review<'_>, i: usize) -> Html {
    let (quiz, lang) = (review.quiz, review.lang);
    let question = review.state.drawn[i].question;
    let show_correct = review.state.settings.show_correct;
    let label = |choice: usize| (review.label)(question, choice);
    let labels = |choices: &[usize]| {
        choices
            .iter()
            .map(|&choice| label(choice))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let response = review.state.effective_response(i).unwrap_or_default();
    let yours = if response.is_empty() {
        t(Key::NoAnswer, lang).to_string()
    } else {
        labels(&response)
    };
    let right = labels(quiz.correct(question));
    let mut explained = response;
    if show_correct {
        for &choice in quiz.correct(question) {
            if !explained.contains(&choice) {
                explained.push(choice);
            }
        }
    }
    html! {
        <li class="berth-review-item" data-question={quiz.question(question).id.clone()}>
            <p><strong>{format!("{}. ", i + 1)}{quiz.question(question).prompt.get(lang)}</strong></p>
            <p>{verdict(review.mark.credits[i], lang)}{" · "}{t(Key::YourChoice, lang)}{": "}{yours}</p>
            if show_correct { <p>{t(Key::RightChoice, lang)}{": "}{right}</p> }
            <ul>{ for explained.iter().map(|&choice| html! { <li><strong>{label(choice)}</strong>{" — "}{quiz.explanation(question, choice, lang)}</li> }) }</ul>
            if let Some(src) = quiz.source(question) {
                <p class="berth-source">{ui(UiText::Source, lang)}{": "}<a href={src.url.clone()} rel="noopener noreferrer" target="_blank">{&src.title}</a>{format!(" ({})", src.as_of)}</p>
            }
        </li>
    }
}

/// Copies the result link; `copied` says how that went.
fn copy_result(
    state: &QuizState,
    lang: Lang,
    scope: &LinkScope,
    copied: &UseStateHandle<Option<Result<(), String>>>,
) -> Callback<MouseEvent> {
    let fragment = state.fragment(lang);
    let copied = copied.clone();
    let scope = scope.clone();
    Callback::from(move |_: MouseEvent| {
        let link = browser::own_link(&scope, &fragment);
        let copied = copied.clone();
        wasm_bindgen_futures::spawn_local(async move {
            copied.set(Some(browser::copy(&link).await.map_err(|()| link)));
        });
    })
}

/// Back, Retry (when allowed), Copy result link, and how the copy went.
fn actions(props: &QuizSummaryProps, copied: &UseStateHandle<Option<Result<(), String>>>) -> Html {
    let lang = props.lang;
    let emit = |action: fn() -> QuizAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action()))
    };
    html! {
        <div class="berth-actions">
            <button type="button" class="berth-btn" onclick={emit(|| QuizAction::Back)}>{t(Key::Back, lang)}</button>
            if props.state.settings.retry { <button type="button" class="berth-btn berth-btn-primary" onclick={emit(|| QuizAction::Retry)}>{t(Key::Retry, lang)}</button> }
            <button type="button" class="berth-btn" onclick={copy_result(&props.state, lang, &props.scope, copied)}>{t(Key::CopyResult, lang)}</button>
            <div role="status" aria-live="polite">{ match &**copied {
                None => html! {},
                Some(Ok(())) => html! { <p class="berth-copied">{t(Key::LinkCopied, lang)}</p> },
                Some(Err(link)) => copy_fallback(link, lang, 2),
            } }</div>
        </div>
    }
}

/// The result, the review of every answer not fully right, the actions.
#[function_component(QuizSummary)]
pub fn quiz_summary(props: &QuizSummaryProps) -> Html {
    let state = &props.state;
    // The quiz from context, in the language on screen (the state's copy may
    // be the other language's: same questions, other words).
    let quiz = use_quiz();
    let catalog = use_catalog();
    let lang = props.lang;
    let heading = use_node_ref();
    let copied = use_state(|| None::<Result<(), String>>);
    use_focus(&heading, (), props.focus);
    let mark = state.mark();
    let label =
        |question: usize, choice: usize| quiz.choice_label(&catalog, question, choice, lang);
    let review = Review {
        quiz: &quiz,
        state,
        mark: &mark,
        label: &label,
        lang,
    };
    let items: Vec<Html> = (0..state.drawn.len())
        .filter(|&i| mark.credits[i] < 1.0 - 1e-9)
        .map(|i| review_item(&review, i))
        .collect();
    html! {
        <section class="berth-quiz-summary">
            <h2 ref={heading} tabindex="-1" class="berth-h2">{t(Key::QuizResult, lang)}</h2>
            { score(&mark, state.drawn.len(), state.settings.pass_mark, lang) }
            <h3>{t(Key::ReviewHeading, lang)}</h3>
            if items.is_empty() { <p>{t(Key::AllRight, lang)}</p> } else { <ul class="berth-review">{ for items }</ul> }
            { actions(props, &copied) }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_show_whole_numbers_or_tenths() {
        assert_eq!(points_text(0.0), "0");
        assert_eq!(points_text(7.0), "7");
        assert_eq!(points_text(6.5), "6.5");
        assert_eq!(points_text(2.333), "2.3");
        assert_eq!(points_text(9.96), "10");
    }
}
