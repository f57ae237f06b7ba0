//! The end of a quiz: score, pass or fail (in words and symbols), a review
//! of every answer that was not fully right, retry, and a result link that
//! reproduces the quiz and its score with no server.

use crate::platform::browser;
use crate::platform::content::{use_catalog, use_quiz};
use crate::platform::link::LinkScope;
use crate::quiz::question::verdict;
use crate::quiz::state::{QuizAction, QuizState};
use crate::ui::copy_fallback::copy_fallback;
use crate::ui::i18n::{t, Key};
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

#[function_component(QuizSummary)]
pub fn quiz_summary(p: &QuizSummaryProps) -> Html {
    let s = &p.state;
    // The quiz from context, in the language on screen (the state's copy may
    // be the other language's: same questions, other words).
    let qz = use_quiz();
    let q: &berth::quiz::Quiz = &qz;
    let cat = use_catalog();
    let lang = p.lang;
    let heading = use_node_ref();
    let copied = use_state(|| None::<Result<(), String>>);
    crate::platform::focus::use_focus(&heading, (), p.focus);
    let mark = s.mark();
    let n = s.drawn.len();
    let pass = s.settings.pass_mark.to_string();
    // Integer tenths: no float formatting in the wasm.
    let tenths = (mark.points * 10.0).round() as u64;
    let points = if tenths % 10 == 0 {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    };
    let score = t(Key::Score, lang)
        .replace("{points}", &points)
        .replace("{n}", &n.to_string())
        .replace("{pct}", &mark.percent.to_string());
    let label = |qi: usize, c: usize| q.choice_label(&cat, qi, c, lang);

    let review: Vec<Html> = s
        .drawn
        .iter()
        .enumerate()
        .filter(|(i, _)| mark.credits[*i] < 1.0 - 1e-9)
        .map(|(i, d)| {
            let qi = d.question;
            let r = s.effective_response(i).unwrap_or_default();
            let yours = if r.is_empty() { t(Key::NoAnswer, lang).to_string() } else { r.iter().map(|&c| label(qi, c)).collect::<Vec<_>>().join(", ") };
            let right = q.correct(qi).iter().map(|&c| label(qi, c)).collect::<Vec<_>>().join(", ");
            let mut explained: Vec<usize> = r.clone();
            if s.settings.show_correct {
                for &c in q.correct(qi) {
                    if !explained.contains(&c) {
                        explained.push(c);
                    }
                }
            }
            let source = q.source(qi);
            html! {
                <li class="berth-review-item" data-question={q.question(qi).id.clone()}>
                    <p><strong>{format!("{}. ", i + 1)}{q.question(qi).prompt.get(lang)}</strong></p>
                    <p>{verdict(mark.credits[i], lang)}{" · "}{t(Key::YourChoice, lang)}{": "}{yours}</p>
                    if s.settings.show_correct { <p>{t(Key::RightChoice, lang)}{": "}{right}</p> }
                    <ul>{ for explained.iter().map(|&c| html! { <li><strong>{label(qi, c)}</strong>{" — "}{q.explanation(qi, c, lang)}</li> }) }</ul>
                    if let Some(src) = source {
                        <p class="berth-source">{ui(UiText::Source, lang)}{": "}<a href={src.url.clone()} rel="noopener noreferrer" target="_blank">{&src.title}</a>{format!(" ({})", src.as_of)}</p>
                    }
                </li>
            }
        })
        .collect();

    let copy = {
        let fragment = s.fragment(lang);
        let copied = copied.clone();
        let scope = p.scope.clone();
        Callback::from(move |_: MouseEvent| {
            let link = browser::own_link(&scope, &fragment);
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(browser::copy(&link).await.map_err(|()| link)));
            });
        })
    };
    let retry = {
        let on_action = p.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(QuizAction::Retry))
    };
    let back = {
        let on_action = p.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(QuizAction::Back))
    };

    html! {
        <section class="berth-quiz-summary">
            <h2 ref={heading} tabindex="-1" class="berth-h2">{t(Key::QuizResult, lang)}</h2>
            <p class="berth-score" data-percent={mark.percent.to_string()}>{score}</p>
            <p class={if mark.passed { "berth-pass" } else { "berth-fail" }}>
                { if mark.passed { t(Key::Passed, lang).replace("{pass}", &pass) } else { t(Key::Failed, lang).replace("{pass}", &pass) } }
            </p>
            <h3>{t(Key::ReviewHeading, lang)}</h3>
            if review.is_empty() { <p>{t(Key::AllRight, lang)}</p> } else { <ul class="berth-review">{ for review }</ul> }
            <div class="berth-actions">
                <button type="button" class="berth-btn" onclick={back}>{t(Key::Back, lang)}</button>
                if s.settings.retry { <button type="button" class="berth-btn berth-btn-primary" onclick={retry}>{t(Key::Retry, lang)}</button> }
                <button type="button" class="berth-btn" onclick={copy}>{t(Key::CopyResult, lang)}</button>
                <div role="status" aria-live="polite">{ match &*copied {
                    None => html! {},
                    Some(Ok(())) => html! { <p class="berth-copied">{t(Key::LinkCopied, lang)}</p> },
                    Some(Err(link)) => copy_fallback(link, lang, 2),
                } }</div>
            </div>
        </section>
    }
}
