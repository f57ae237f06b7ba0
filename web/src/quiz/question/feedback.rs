//! The feedback after checking an answer: the verdict (focused once, read
//! once), the right order for an ordering question, each chosen or right
//! choice with its explanation, and the source.

use crate::ui::i18n::{t, Key};
use berth::quiz::{Quiz, QuizKind};
use berth::render::{ui, UiText};
use berth::Lang;
use yew::prelude::*;

/// The verdict line for a credit.
pub fn verdict(credit: f64, lang: Lang) -> String {
    if credit >= 1.0 - 1e-9 {
        t(Key::Correct, lang).to_string()
    } else if credit > 0.0 {
        t(Key::Partly, lang).replace("{n}", &((credit * 100.0) as u32).to_string())
    } else {
        t(Key::Wrong, lang).to_string()
    }
}

/// What the feedback after checking needs.
pub struct QuizFeedback<'a> {
    pub quiz: &'a Quiz,
    pub question: usize,
    pub order: &'a [usize],
    pub response: &'a [usize],
    pub show_correct: bool,
    pub label: &'a dyn Fn(usize) -> String,
    pub lang: Lang,
    pub verdict_ref: NodeRef,
}

/// The verdict, the right order, the explained choices, the source.
pub fn quiz_feedback(feedback: QuizFeedback<'_>) -> Html {
    let (quiz, question, lang) = (feedback.quiz, feedback.question, feedback.lang);
    let credit = berth::quiz::credit(quiz, question, feedback.response);
    let correct_order =
        (quiz.question(question).kind == QuizKind::Ordering && feedback.show_correct).then(|| {
            quiz.correct(question)
                .iter()
                .map(|&choice| (feedback.label)(choice))
                .collect::<Vec<_>>()
                .join(" → ")
        });
    let source = quiz.source(question).map(|s| html! {
        <p class="berth-source">{ui(UiText::Source, lang)}{": "}<a href={s.url.clone()} rel="noopener noreferrer" target="_blank">{&s.title}</a>{format!(" ({})", s.as_of)}</p>
    });
    html! {
        <div class="berth-feedback" data-credit={((credit * 1000.0).round() as u32).to_string()}>
            <p class="berth-verdict" tabindex="-1" ref={feedback.verdict_ref.clone()}>{verdict(credit, lang)}</p>
            if let Some(o) = correct_order { <p>{t(Key::RightChoice, lang)}{": "}{o}</p> }
            <ul>{ explained_choices(&feedback) }</ul>
            { source.unwrap_or_default() }
        </div>
    }
}

/// Each chosen choice, and each right one when shown, tagged and explained.
fn explained_choices(feedback: &QuizFeedback<'_>) -> Html {
    let (quiz, question, lang) = (feedback.quiz, feedback.question, feedback.lang);
    let correct = quiz.correct(question);
    let chosen = feedback.response;
    let shown_right = |choice: &usize| feedback.show_correct && correct.contains(choice);
    feedback
        .order
        .iter()
        .filter(|&choice| chosen.contains(choice) || shown_right(choice))
        .map(|&choice| {
            let mut tags = Vec::new();
            if chosen.contains(&choice) {
                tags.push(t(Key::YourChoice, lang));
            }
            if shown_right(&choice) {
                tags.push(t(Key::RightChoice, lang));
            }
            html! { <li><strong>{(feedback.label)(choice)}</strong>{format!(" ({}) — ", tags.join(", "))}{quiz.explanation(question, choice, lang)}</li> }
        })
        .collect()
}
