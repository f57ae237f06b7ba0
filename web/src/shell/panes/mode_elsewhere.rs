//! A mode this wasm module does not hold. Berth ships one wasm module per
//! page type (issue #14): `berth_chooser` (chooser and comparison),
//! `berth_quiz`, `berth_both` and `berth_web` (with custom content), chosen
//! by the page script for the widgets on the page. Every module shows every
//! tab its content has; a tab whose mode this module lacks
//! ([`Mode::compiled`] is false) draws a loading line and asks the page
//! script (`upgrade(mode, answers, lang)`, from `mount_widget`'s config) to
//! restart the widget in a module that has it, handing over the chooser's
//! answers and the language, so nothing the reader did is lost.

use crate::platform::handover::SharedAnswers;
use crate::shell::props::Mode;
use crate::ui::i18n::{t, Key};
use berth::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ModeElsewhereProps {
    pub mode: Mode,
    pub lang: Lang,
    /// The page script's `(mode, answers, lang) => Promise` that restarts the widget.
    pub upgrade: Option<js_sys::Function>,
    /// The chooser's answers, handed over.
    pub answers: SharedAnswers,
}

/// Asks the page script to restart the widget in a module holding `mode`;
/// returns the ask (for a retry) and whether the last one failed.
#[hook]
fn use_upgrade(props: &ModeElsewhereProps) -> (Callback<()>, bool) {
    let catalog = crate::platform::content::use_catalog();
    let failed = use_state(|| false);
    let ask = {
        let (upgrade, mode, lang) = (props.upgrade.clone(), props.mode, props.lang);
        let (answers, failed) = (props.answers.clone(), failed.clone());
        Callback::from(move |_: ()| {
            let Some(upgrade) = &upgrade else { return };
            // Undefined when the chooser never ran here: the author's preset applies.
            let answers = answers
                .0
                .borrow()
                .as_ref()
                .map_or(wasm_bindgen::JsValue::UNDEFINED, |answers| {
                    answers.to_query(&catalog).into()
                });
            let args = js_sys::Array::of3(&mode.id().into(), &answers, &lang.code().into());
            let promise = upgrade
                .apply(&wasm_bindgen::JsValue::NULL, &args)
                .map(|value| js_sys::Promise::resolve(&value));
            failed.set(false);
            let failed = failed.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = match promise {
                    Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await,
                    Err(error) => Err(error),
                };
                if outcome.is_err() {
                    failed.set(true);
                }
            });
        })
    };
    (ask, *failed)
}

/// A mode held by another module: a loading line while the page script
/// restarts the widget there (asked when the pane first opens). If that
/// module cannot load, the widget stays as it is and says so, with a retry.
#[function_component(ModeElsewhere)]
pub fn mode_elsewhere(props: &ModeElsewhereProps) -> Html {
    let (ask, failed) = use_upgrade(props);
    {
        let ask = ask.clone();
        use_effect_with((), move |_| ask.emit(()));
    }
    let lang = props.lang;
    if props.upgrade.is_none() {
        return html! { <p class="berth-loading" role="status">{ t(Key::ModeUnavailable, lang) }</p> };
    }
    if failed {
        return html! {
            <div class="berth-notice" role="alert">
                <p>{ t(Key::ModeLoadFailed, lang) }</p>
                <button type="button" class="berth-btn" onclick={ask.reform(|_| ())}>{ t(Key::TryAgain, lang) }</button>
            </div>
        };
    }
    html! { <p class="berth-loading" role="status">{ t(Key::Loading, lang) }</p> }
}
