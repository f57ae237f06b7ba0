//! One quiz question: radios (single, true/false, scenario), checkboxes
//! ("all that apply"), or an ordering list moved with buttons (keyboard
//! only, never drag). After checking, per-choice feedback in words and
//! symbols, never colour alone, announced in a live region.

use crate::platform::content::{use_catalog, use_quiz};
use crate::quiz::state::QuizAction;
use crate::ui::i18n::{t, Key};
use berth::quiz::{Drawn, Feedback, QuizKind, Settings};
use berth::render::{ui, UiText};
use berth::Lang;
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

fn kind_id(kind: QuizKind) -> &'static str {
    match kind {
        QuizKind::Single => "single",
        QuizKind::Multiple => "multiple",
        QuizKind::TrueFalse => "true_false",
        QuizKind::Ordering => "ordering",
        QuizKind::Scenario => "scenario",
    }
}

#[function_component(QuizQuestion)]
pub fn quiz_question(p: &QuizQuestionProps) -> Html {
    let qz = use_quiz();
    let cat = use_catalog();
    let q: &berth::quiz::Quiz = &qz;
    let qi = p.drawn.question;
    let question = q.question(qi);
    let lang = p.lang;
    let legend_ref = use_node_ref();
    let verdict_ref = use_node_ref();
    let announce = use_state(String::new);
    // After a move, focus returns to the moved item's button (DOM moves drop focus):
    // (choice, direction), found inside the list, so it works in a shadow root too.
    let order_ref = use_node_ref();
    let refocus = use_state(|| None::<(usize, &'static str)>);
    crate::platform::focus::use_focus(&legend_ref, p.index, p.focus);
    // After checking, focus moves to the verdict (the feedback starts there).
    let show_verdict = p.checked && p.settings.feedback == Feedback::AfterEach;
    crate::platform::focus::use_focus(&verdict_ref, show_verdict, show_verdict);
    {
        let target = *refocus;
        let order_ref = order_ref.clone();
        use_effect_with(target, move |target| {
            if let (Some((choice, dir)), Some(list)) =
                (target, order_ref.cast::<web_sys::Element>())
            {
                let selector = format!("button[data-choice=\"{choice}\"][data-dir=\"{dir}\"]");
                let found = list.query_selector(&selector).ok().flatten();
                if let Some(el) = found.and_then(|el| wasm_bindgen::JsCast::dyn_into(el).ok()) {
                    crate::platform::focus::focus_now_or_next_frame(el);
                }
            }
        });
    }

    let name = format!("berth-quiz-{}-{}", p.uid, question.id);
    let label = |c: usize| q.choice_label(&cat, qi, c, lang);
    let response = p.response.clone().unwrap_or_default();
    let locked = p.checked;
    let show_feedback = p.checked && p.settings.feedback == Feedback::AfterEach;
    let correct = q.correct(qi);
    let need_id = format!("{name}-need");

    let inputs = match question.kind {
        QuizKind::Ordering => ordering_list(OrderingList {
            order: if response.is_empty() {
                p.drawn.order.clone()
            } else {
                response.clone()
            },
            label: &label,
            locked,
            lang,
            list_ref: order_ref.clone(),
            announce: announce.clone(),
            refocus: refocus.clone(),
            on_action: &p.on_action,
        }),
        _ => choice_list(ChoiceList {
            multiple: question.kind == QuizKind::Multiple,
            name: &name,
            order: &p.drawn.order,
            response: &response,
            correct,
            label: &label,
            locked,
            show_feedback,
            show_correct: p.settings.show_correct,
            need_id: p.need_answer.then(|| need_id.clone()),
            lang,
            on_action: &p.on_action,
        }),
    };
    let feedback = if show_feedback {
        quiz_feedback(QuizFeedback {
            quiz: q,
            question: qi,
            order: &p.drawn.order,
            response: &response,
            show_correct: p.settings.show_correct,
            label: &label,
            lang,
            verdict_ref: verdict_ref.clone(),
        })
    } else {
        html! {}
    };

    let emit = |make: fn() -> QuizAction| {
        let on_action = p.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(make()))
    };
    let last = p.index + 1 == p.total;
    let need_check = p.settings.feedback == Feedback::AfterEach && !p.checked;
    let onsubmit = {
        let on_action = p.on_action.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_action.emit(if need_check {
                QuizAction::Check
            } else if last {
                QuizAction::Finish
            } else {
                QuizAction::Next
            });
        })
    };
    // The verdict is read once, when focus moves to it; the live region only
    // carries what focus does not: "Choose an answer" (focus stays put) and
    // an ordering move. Both would read the verdict twice.
    let live = if p.need_answer {
        t(Key::ChooseAnswer, lang).to_string()
    } else if show_feedback {
        String::new()
    } else {
        (*announce).clone()
    };

    html! {
        <form class="berth-step berth-quiz-step" part="question" data-kind={kind_id(question.kind)} {onsubmit}>
            <div class="berth-progress">
                <progress max={p.total.to_string()} value={(p.index + 1).to_string()} aria-hidden="true"></progress>
                <span>{t(Key::QuestionOf, lang).replace("{n}", &(p.index + 1).to_string()).replace("{total}", &p.total.to_string())}</span>
            </div>
            <fieldset class="berth-fieldset">
                <legend ref={legend_ref} tabindex="-1" class="berth-legend">{question.prompt.get(lang)}</legend>
                <div class="berth-choices">{inputs}</div>
                if p.need_answer {
                    <p class="berth-field-error" id={need_id.clone()}>{t(Key::ChooseAnswer, lang)}</p>
                }
                if !question.hint.is_empty() {
                    <details class="berth-details"><summary>{t(Key::Hint, lang)}</summary><p>{question.hint.get(lang)}</p></details>
                }
            </fieldset>
            { feedback }
            <div class="berth-sr" role="status" aria-live="polite">{live}</div>
            <div class="berth-nav">
                <button type="button" class="berth-btn" disabled={p.index == 0} onclick={emit(|| QuizAction::Back)}>{t(Key::Back, lang)}</button>
                <button type="submit" class="berth-btn berth-btn-primary">{
                    if need_check { t(Key::CheckAnswer, lang) } else if last { t(Key::Finish, lang) } else { t(Key::Next, lang) }
                }</button>
            </div>
        </form>
    }
}

/// What a list of radios or checkboxes needs.
struct ChoiceList<'a> {
    /// Checkboxes ("all that apply") rather than radios.
    multiple: bool,
    name: &'a str,
    order: &'a [usize],
    response: &'a [usize],
    correct: &'a [usize],
    label: &'a dyn Fn(usize) -> String,
    /// Checked: the choice stays as the reader left it.
    locked: bool,
    show_feedback: bool,
    show_correct: bool,
    /// The "Choose an answer" message, when shown.
    need_id: Option<String>,
    lang: Lang,
    on_action: &'a Callback<QuizAction>,
}

/// Radios (single, true/false, scenario) or checkboxes, with ✓/✗ and words
/// beside each choice after checking.
fn choice_list(l: ChoiceList<'_>) -> Html {
    let lang = l.lang;
    let multiple = l.multiple;
    html! {
        <>
            if multiple { <p class="berth-help">{t(Key::SelectAll, lang)}</p> }
            { for l.order.iter().map(|&c| {
                let id = format!("{}-{c}", l.name);
                let on_action = l.on_action.clone();
                let current = l.response.to_vec();
                let onchange = Callback::from(move |_: Event| {
                    let r = if multiple {
                        let mut r = current.clone();
                        if let Some(pos) = r.iter().position(|&x| x == c) { r.remove(pos); } else { let at = r.partition_point(|&x| x < c); r.insert(at, c); }
                        r
                    } else { vec![c] };
                    on_action.emit(QuizAction::Respond(r));
                });
                // Once checked, the choice stays as the reader left it: the inputs
                // stay enabled (legible in both themes) and refuse changes.
                let locked = l.locked;
                let onclick = Callback::from(move |e: MouseEvent| if locked { e.prevent_default() });
                let chosen = l.response.contains(&c);
                let right = l.correct.contains(&c);
                // ✓ beside a right choice, ✗ beside a wrong one the reader made, in words too.
                let mark = match (chosen, right) {
                    _ if !l.show_feedback => None,
                    (true, false) => Some(("berth-mark berth-mark-wrong", "✗ ", Key::YourChoice)),
                    (true, true) => Some(("berth-mark berth-mark-right", "✓ ", Key::YourChoice)),
                    (false, true) if l.show_correct => Some(("berth-mark berth-mark-right", "✓ ", Key::RightChoice)),
                    (false, _) => None,
                };
                html! {
                    <label class="berth-choice" for={id.clone()}>
                        <input type={if multiple { "checkbox" } else { "radio" }} id={id} name={l.name.to_string()}
                            checked={chosen} aria-describedby={l.need_id.clone()} {onchange} {onclick} />
                        <span>{(l.label)(c)}</span>
                        if let Some((class, symbol, words)) = mark {
                            <span class={class}>{symbol}{t(words, lang)}</span>
                        }
                    </label>
                }
            }) }
        </>
    }
}

/// What an ordering list needs.
struct OrderingList<'a> {
    /// The choices in the reader's current order.
    order: Vec<usize>,
    label: &'a dyn Fn(usize) -> String,
    locked: bool,
    lang: Lang,
    list_ref: NodeRef,
    /// What the live region says after a move.
    announce: UseStateHandle<String>,
    /// The button to focus after a move: (choice, direction).
    refocus: UseStateHandle<Option<(usize, &'static str)>>,
    on_action: &'a Callback<QuizAction>,
}

/// An ordering question: items moved with buttons (keyboard only, never
/// drag), each move announced.
fn ordering_list(l: OrderingList<'_>) -> Html {
    let lang = l.lang;
    let order = l.order;
    let n = order.len();
    html! {
        <>
            <p class="berth-help">{t(Key::OrderHelp, lang)}</p>
            <ol class="berth-order" ref={l.list_ref.clone()}>
                { for order.iter().enumerate().map(|(pos, &c)| {
                    let mover = |delta: isize, dir: &'static str| {
                        let on_action = l.on_action.clone();
                        let announce = l.announce.clone();
                        let refocus = l.refocus.clone();
                        let order = order.clone();
                        let item = (l.label)(c);
                        Callback::from(move |_: MouseEvent| {
                            let to = pos as isize + delta;
                            if to < 0 || to as usize >= n { return; }
                            let mut o = order.clone();
                            o.swap(pos, to as usize);
                            announce.set(t(Key::Moved, lang).replace("{item}", &item).replace("{pos}", &(to + 1).to_string()).replace("{n}", &n.to_string()));
                            // Keep focus on the same button unless it just became disabled.
                            let at_edge = (dir == "up" && to == 0) || (dir == "down" && to as usize == n - 1);
                            let other = if dir == "up" { "down" } else { "up" };
                            refocus.set(Some((c, if at_edge { other } else { dir })));
                            on_action.emit(QuizAction::Respond(o));
                        })
                    };
                    let item = (l.label)(c);
                    // The accessible name starts with the visible words ("Move up"), then
                    // names the item for a screen reader; the arrow is decoration.
                    let button = |dir: &'static str, arrow: &'static str, words: Key, disabled: bool, delta: isize| html! {
                        <button type="button" class="berth-btn berth-btn-small" data-choice={c.to_string()} data-dir={dir}
                            disabled={disabled} onclick={mover(delta, dir)}>
                            <span aria-hidden="true">{arrow}</span>{t(words, lang)}<span class="berth-sr">{": "}{item.clone()}</span>
                        </button>
                    };
                    html! {
                        <li key={c} class="berth-order-item">
                            <span class="berth-order-label">{item.clone()}</span>
                            <span class="berth-order-buttons">
                                { button("up", "↑ ", Key::MoveUp, l.locked || pos == 0, -1) }
                                { button("down", "↓ ", Key::MoveDown, l.locked || pos + 1 == n, 1) }
                            </span>
                        </li>
                    }
                }) }
            </ol>
        </>
    }
}

/// What the feedback after checking needs.
struct QuizFeedback<'a> {
    quiz: &'a berth::quiz::Quiz,
    question: usize,
    order: &'a [usize],
    response: &'a [usize],
    show_correct: bool,
    label: &'a dyn Fn(usize) -> String,
    lang: Lang,
    verdict_ref: NodeRef,
}

/// The verdict (focused once, read once), the right order for an ordering
/// question, each chosen or right choice with its explanation, the source.
fn quiz_feedback(f: QuizFeedback<'_>) -> Html {
    let (q, qi, lang) = (f.quiz, f.question, f.lang);
    let question = q.question(qi);
    let correct = q.correct(qi);
    let r = f.response;
    let credit = berth::quiz::credit(q, qi, r);
    let lines = f
        .order
        .iter()
        .filter(|&&c| r.contains(&c) || (f.show_correct && correct.contains(&c)))
        .map(|&c| {
            let mut tags = Vec::new();
            if r.contains(&c) {
                tags.push(t(Key::YourChoice, lang));
            }
            if f.show_correct && correct.contains(&c) {
                tags.push(t(Key::RightChoice, lang));
            }
            html! { <li><strong>{(f.label)(c)}</strong>{format!(" ({}) — ", tags.join(", "))}{q.explanation(qi, c, lang)}</li> }
        });
    let correct_order = (question.kind == QuizKind::Ordering && f.show_correct).then(|| {
        correct
            .iter()
            .map(|&c| (f.label)(c))
            .collect::<Vec<_>>()
            .join(" → ")
    });
    let source = q.source(qi).map(|s| html! {
        <p class="berth-source">{ui(UiText::Source, lang)}{": "}<a href={s.url.clone()} rel="noopener noreferrer" target="_blank">{&s.title}</a>{format!(" ({})", s.as_of)}</p>
    });
    html! {
        <div class="berth-feedback" data-credit={((credit * 1000.0).round() as u32).to_string()}>
            <p class="berth-verdict" tabindex="-1" ref={f.verdict_ref}>{verdict(credit, lang)}</p>
            if let Some(o) = correct_order { <p>{t(Key::RightChoice, lang)}{": "}{o}</p> }
            <ul>{ for lines }</ul>
            { source.unwrap_or_default() }
        </div>
    }
}
