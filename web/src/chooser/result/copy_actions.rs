//! "Copy link" and "Copy as decision record": copies, then says whether it
//! worked; when the clipboard refuses, shows the text to copy by hand.

use crate::chooser::state::{Action, CopyStatus};
use crate::platform::browser;
use crate::platform::content::CatalogRef;
use crate::ui::i18n::{t, Key};
use berth::engine::Recommendation;
use berth::{Answers, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// What a copy button copies.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CopyKind {
    Link,
    Record,
}

/// What the copy buttons need.
pub struct CopyActions<'a> {
    pub catalog: &'a CatalogRef,
    pub rec: &'a Rc<Recommendation>,
    pub answers: &'a Answers,
    pub lang: Lang,
    pub fragment: &'a str,
    pub status: &'a Option<CopyStatus>,
    pub on_action: &'a Callback<Action>,
    /// Another button for the same row (the chooser's "Compare" toggle).
    pub more: Option<Html>,
}

/// The two buttons and what became of the last copy.
pub fn copy_actions(props: CopyActions<'_>) -> Html {
    let lang = props.lang;
    let copy = |kind: CopyKind| {
        let on_action = props.on_action.clone();
        let fragment = props.fragment.to_string();
        let rec = Rc::clone(props.rec);
        let answers = props.answers.clone();
        let catalog = props.catalog.clone();
        Callback::from(move |_: MouseEvent| {
            let text = match kind {
                CopyKind::Link => browser::link_with_fragment(&fragment),
                CopyKind::Record => {
                    let (date, link) = (browser::today(), browser::link_with_fragment(&fragment));
                    let meta = berth::record::RecordMeta {
                        date: &date,
                        link: Some(&link),
                    };
                    berth::record::decision_record(&rec, &catalog, &answers, lang, meta)
                }
            };
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let status = match (browser::copy(&text).await, kind) {
                    (Ok(()), CopyKind::Link) => CopyStatus::LinkCopied,
                    (Ok(()), CopyKind::Record) => CopyStatus::RecordCopied,
                    (Err(()), _) => CopyStatus::Failed(text),
                };
                on_action.emit(Action::Copied(status));
            });
        })
    };
    let status = match props.status {
        None => html! {},
        Some(CopyStatus::LinkCopied) => {
            html! { <p class="berth-copied">{t(Key::LinkCopied, lang)}</p> }
        }
        Some(CopyStatus::RecordCopied) => {
            html! { <p class="berth-copied">{t(Key::RecordCopied, lang)}</p> }
        }
        Some(CopyStatus::Failed(text)) => crate::ui::copy_fallback::copy_fallback(text, lang, 6),
    };
    html! {
        <div class="berth-actions">
            { props.more.clone().unwrap_or_default() }
            <button type="button" class="berth-btn" data-copy="link" onclick={copy(CopyKind::Link)}>{t(Key::CopyLink, lang)}</button>
            <button type="button" class="berth-btn" data-copy="record" onclick={copy(CopyKind::Record)}>{t(Key::CopyRecord, lang)}</button>
            <div role="status" aria-live="polite">{status}</div>
        </div>
    }
}
