//! What the reader gets when the clipboard refuses: the message is the label
//! of a read-only text box that holds what was to be copied, to copy by hand.
//! Shown in the normal text colour with a warning edge, never the success
//! colour.

use crate::i18n::{t, Key};
use berth::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyFallbackProps {
    /// The link or record that could not be copied.
    pub text: String,
    pub lang: Lang,
    /// Height of the text box in lines.
    #[prop_or(2)]
    pub rows: u32,
}

#[function_component(CopyFallback)]
pub fn copy_fallback(p: &CopyFallbackProps) -> Html {
    html! {
        <label class="berth-copy-failed">
            <span>{t(Key::CopyFailed, p.lang)}</span>
            <textarea class="berth-copy-text" readonly=true rows={p.rows.to_string()} value={p.text.clone()} />
        </label>
    }
}
