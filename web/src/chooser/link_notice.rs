//! The notice that some answers in the link could not be read, with a
//! Dismiss that hands focus on to the question (or the results).

use crate::chooser::state::Action;
use crate::platform::focus::focus_within;
use crate::ui::i18n::{t, Key};
use berth::Lang;
use yew::prelude::*;

pub struct LinkNoticeProps<'a> {
    /// What could not be read, in the reader's words.
    pub problems: &'a [String],
    pub lang: Lang,
    pub on_action: &'a Callback<Action>,
}

pub fn link_notice(props: &LinkNoticeProps<'_>) -> Html {
    if props.problems.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    let on_dismiss = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: MouseEvent| {
            focus_within(
                event.target(),
                ".berth-chooser",
                "legend, .berth-results h2",
            );
            on_action.emit(Action::DismissNotice);
        })
    };
    let shown = berth::shown_notices(props.problems, lang);
    html! {
        <div class="berth-notice" role="note">
            <p>{t(Key::LinkNotice, lang)}</p>
            <ul>{ for shown.into_iter().map(|problem| html! { <li>{problem}</li> }) }</ul>
            <button type="button" class="berth-btn" onclick={on_dismiss}>{t(Key::Dismiss, lang)}</button>
        </div>
    }
}
