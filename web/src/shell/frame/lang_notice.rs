//! The notice under the header when the content of the language asked for
//! could not be loaded and the widget stays in the one on screen.

use crate::platform::content::BundleError;
use crate::ui::i18n::{lang_name, t, Key};
use berth::Lang;
use yew::prelude::*;

pub struct LangNoticeProps<'a> {
    /// The last failed fetch, with the language it was for.
    pub failed: &'a Option<(Lang, BundleError)>,
    /// The language on screen.
    pub shown: Lang,
}

pub fn lang_notice(props: &LangNoticeProps<'_>) -> Html {
    let lang = props.shown;
    match props.failed {
        Some((wanted, error)) if *wanted != lang => html! {
            <div class="berth-notice" role="alert">
                <p>{t(Key::LanguageUnavailable, lang).replace("{lang}", lang_name(*wanted)).replace("{error}", &error.to_string())}</p>
            </div>
        },
        _ => html! {},
    }
}
