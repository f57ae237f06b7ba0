//! The widget's error panel: content that cannot be shown ([`LoadError`]),
//! put into the reader's words.

use crate::shell::loaded::LoadError;
use crate::ui::i18n::{t, Key};
use berth::Lang;
use yew::prelude::*;

pub struct ErrorPanelProps {
    pub error: LoadError,
    pub lang: Lang,
}

/// The lines that say what went wrong.
fn lines(error: &LoadError, lang: Lang) -> Vec<String> {
    let unreadable = |detail: &str| t(Key::ContentUnreadable, lang).replace("{error}", detail);
    match error {
        LoadError::ContentFetch(message) => vec![unreadable(message)],
        LoadError::Bundle(error) => vec![unreadable(&error.to_string())],
        LoadError::CustomUnsupported => vec![t(Key::CustomContentUnsupported, lang).to_string()],
        LoadError::Invalid(problems) => problems
            .iter()
            .map(|problem| format!("{}: {}", problem.path, problem.message(lang)))
            .collect(),
    }
}

/// The ever-present widget error, in place of the modes.
pub fn error_panel(props: &ErrorPanelProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="berth" lang={lang.code()} data-berth-ready="true" part="root">
            // Not role="alert": an author's content problem is there from the start,
            // nothing the reader did; it is read in place, not shouted.
            <div class="berth-error" part="error">
                <p><strong>{t(Key::ContentProblems, lang)}</strong></p>
                <ul>{ for lines(&props.error, lang).iter().map(|line| html! { <li><code>{line}</code></li> }) }</ul>
            </div>
        </div>
    }
}
