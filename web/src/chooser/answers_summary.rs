//! The reader's answers as one line, "6 answers · Edit", that expands to the
//! list (each answer jumps back to its question). Always one line tall while
//! collapsed, so answering never moves the question below it.

use crate::chooser::state::Action;
use crate::ui::i18n::{t, Key};
use berth::{Answers, Catalog, Lang};
use yew::prelude::*;

/// What the summary shows.
pub struct AnswersSummary<'a> {
    pub catalog: &'a Catalog,
    pub answers: &'a Answers,
    pub lang: Lang,
    pub uid: usize,
    /// The list is expanded.
    pub open: bool,
    pub toggle: Callback<MouseEvent>,
    pub on_action: &'a Callback<Action>,
}

/// The one line, and the list when open.
pub fn answers_summary(props: AnswersSummary<'_>) -> Html {
    let catalog = props.catalog;
    let lang = props.lang;
    let open = props.open;
    let count = props.answers.answered_count();
    let list_id = format!("berth-{}-answers", props.uid);
    let summary = match count {
        0 => t(Key::NoAnswersYet, lang).to_string(),
        1 => t(Key::OneAnswer, lang).to_string(),
        n => t(Key::AnswerCount, lang).replace("{n}", &n.to_string()),
    };
    let toggle = props.toggle;
    let list = (open && count > 0).then(|| {
        let items = props.answers.iter().filter_map(|(qi, v)| {
            let v = v?;
            let question = catalog.question(qi);
            let on_action = props.on_action.clone();
            Some(html! {
                <li key={question.id.clone()}>
                    <button type="button" class="berth-chip" onclick={Callback::from(move |_| on_action.emit(Action::Goto(qi)))}>
                        <span class="berth-chip-q">{question.label.get(lang)}</span>{": "}
                        <span class="berth-chip-a">{berth::answers::value_label(catalog, qi, v, lang)}</span>
                    </button>
                </li>
            })
        });
        html! { <ul id={list_id.clone()} class="berth-chips" aria-label={t(Key::YourAnswers, lang)}>{ for items }</ul> }
    });
    html! {
        <div class="berth-summary">
            <p class="berth-summary-line">
                <span>{summary}</span>
                if count > 0 {
                    {" · "}
                    <button type="button" class="berth-linkbtn" aria-expanded={open.to_string()} aria-controls={open.then(|| list_id.clone())}
                        onclick={toggle}>{t(Key::EditAnswers, lang)}</button>
                }
            </p>
            { list.unwrap_or_default() }
        </div>
    }
}
