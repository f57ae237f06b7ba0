//! What the reader gets when the clipboard refuses: the message is the label
//! of a read-only text box that holds what was to be copied, to copy by hand.
//! Shown in the normal text colour with a warning edge, never the success
//! colour. A plain function, not a component: it has no state, and each
//! component type costs bytes in the wasm.

use crate::ui::i18n::{t, Key};
use berth::Lang;
use yew::prelude::*;

/// The labelled text box holding `text` (`rows` lines high).
pub fn copy_fallback(text: &str, lang: Lang, rows: u32) -> Html {
    html! {
        <label class="berth-copy-failed">
            <span>{t(Key::CopyFailed, lang)}</span>
            <textarea class="berth-copy-text" readonly=true rows={rows.to_string()} value={text.to_string()} />
        </label>
    }
}
