//! The widget's mode panes (chooser, quiz, compare), of which only the
//! current one is visible, and what happens when this wasm module does not
//! hold a mode.
//!
//! Berth ships one wasm module per page type (issue #14): `berth_chooser`
//! (chooser and comparison), `berth_quiz`, `berth_both` and `berth_web`
//! (with custom content), chosen by the page script for the widgets on the
//! page. Every module shows every tab its content has; a tab whose mode this
//! module lacks ([`Mode::compiled`] is false) draws a loading line and asks
//! the page script (`upgrade(mode, answers, lang)`, from `mount_widget`'s
//! config) to restart the widget in a module that has it, handing over the
//! chooser's answers and the language, so nothing the reader did is lost.

use crate::platform::handover::SharedAnswers;
use crate::shell::widget::{Mode, WidgetProps};
use crate::ui::i18n::{t, Key};
use berth::Lang;
use yew::prelude::*;

impl Mode {
    /// Whether this wasm module holds the mode's views.
    pub const fn compiled(self) -> bool {
        match self {
            Mode::Chooser | Mode::Compare => cfg!(feature = "chooser"),
            Mode::Quiz => cfg!(feature = "quiz"),
        }
    }
}

/// What the mode panes need from the widget.
pub struct ModePanes<'a> {
    pub props: &'a WidgetProps,
    pub lang: Lang,
    pub mode: Mode,
    /// Opened at least once (panes stay mounted) and allowed.
    pub shown: &'a dyn Fn(Mode) -> bool,
    /// Where the chooser starts: the link's items, else the preset answers.
    #[cfg_attr(not(feature = "chooser"), allow(dead_code))]
    pub chooser_fragment: String,
    /// The chooser's answers come from the reader's link.
    #[cfg_attr(not(feature = "chooser"), allow(dead_code))]
    pub resume: bool,
    pub shared_answers: SharedAnswers,
    /// The link's items when the link opened the quiz.
    #[cfg_attr(not(feature = "quiz"), allow(dead_code))]
    pub quiz_link: Vec<(String, String)>,
    #[cfg_attr(not(feature = "chooser"), allow(dead_code))]
    pub compare_uid: usize,
}

/// The chooser, quiz and compare panes; only the current one is visible.
pub fn mode_panes(m: ModePanes<'_>) -> Html {
    let pane = |mode: Mode, body: fn(&ModePanes<'_>) -> Html| {
        if !(m.shown)(mode) {
            return html! {};
        }
        let body = if mode.compiled() {
            body(&m)
        } else {
            elsewhere(&m, mode)
        };
        html! { <div hidden={m.mode != mode}>{ body }</div> }
    };
    html! {
        <>
            { pane(Mode::Chooser, chooser_pane) }
            { pane(Mode::Quiz, quiz_pane) }
            { pane(Mode::Compare, compare_pane) }
        </>
    }
}

#[cfg(feature = "chooser")]
fn chooser_pane(m: &ModePanes<'_>) -> Html {
    use crate::chooser::app::App;
    let p = m.props;
    html! {
        <App lang={m.lang} fragment={m.chooser_fragment.clone()} sync_url={p.sync_url} active={m.mode == Mode::Chooser}
            resume={m.resume} answers_out={m.shared_answers.clone()} scope={p.scope.clone()}
            reported={p.chooser_reported} />
    }
}

#[cfg(feature = "chooser")]
fn compare_pane(m: &ModePanes<'_>) -> Html {
    html! {
        <CompareAnswers lang={m.lang} answers={m.shared_answers.0.borrow().clone()} fragment={m.chooser_fragment.clone()}
            options={m.props.compare.clone()} uid={m.compare_uid} />
    }
}

#[cfg(feature = "chooser")]
#[derive(Properties, PartialEq)]
struct CompareAnswersProps {
    lang: Lang,
    answers: Option<berth::Answers>,
    fragment: String,
    options: Vec<String>,
    uid: usize,
}

/// The comparison for the chooser's answers, or those its start would give
/// (read from the widget's content, custom or built-in).
#[cfg(feature = "chooser")]
#[function_component(CompareAnswers)]
fn compare_answers(p: &CompareAnswersProps) -> Html {
    use crate::compare::view::CompareView;
    let catalog = crate::platform::content::use_catalog();
    let answers = p.answers.clone().unwrap_or_else(|| {
        crate::chooser::state::State::from_fragment(&p.fragment, p.lang, catalog, false).answers
    });
    html! { <CompareView lang={p.lang} answers={answers} options={p.options.clone()} uid={p.uid} /> }
}

#[cfg(feature = "quiz")]
fn quiz_pane(m: &ModePanes<'_>) -> Html {
    use crate::quiz::app::QuizApp;
    let p = m.props;
    html! {
        <QuizApp lang={m.lang} attributes={p.quiz_attributes.clone()} link={m.quiz_link.clone()} fallback_seed={p.fallback_seed}
            active={m.mode == Mode::Quiz} sync_url={p.sync_url} scope={p.scope.clone()} uid={crate::ui::next_uid()} />
    }
}

// A module without a mode never calls its pane (`Mode::compiled`); these keep
// `mode_panes` one table for every module.
#[cfg(not(feature = "chooser"))]
fn chooser_pane(m: &ModePanes<'_>) -> Html {
    elsewhere(m, Mode::Chooser)
}
#[cfg(not(feature = "chooser"))]
fn compare_pane(m: &ModePanes<'_>) -> Html {
    elsewhere(m, Mode::Compare)
}
#[cfg(not(feature = "quiz"))]
fn quiz_pane(m: &ModePanes<'_>) -> Html {
    elsewhere(m, Mode::Quiz)
}

fn elsewhere(m: &ModePanes<'_>, mode: Mode) -> Html {
    html! {
        <ModeElsewhere mode={mode} lang={m.lang} upgrade={m.props.upgrade.clone()} answers={m.shared_answers.clone()} />
    }
}

#[derive(Properties, PartialEq)]
struct ModeElsewhereProps {
    mode: Mode,
    lang: Lang,
    upgrade: Option<js_sys::Function>,
    answers: SharedAnswers,
}

/// A mode held by another module: a loading line while the page script
/// restarts the widget there (asked when the pane first opens). If that
/// module cannot load, the widget stays as it is and says so, with a retry.
#[function_component(ModeElsewhere)]
fn mode_elsewhere(p: &ModeElsewhereProps) -> Html {
    let catalog = crate::platform::content::use_catalog();
    let failed = use_state(|| false);
    let ask = {
        let (upgrade, mode, lang, answers) = (p.upgrade.clone(), p.mode, p.lang, p.answers.clone());
        let failed = failed.clone();
        Callback::from(move |_: ()| {
            let Some(upgrade) = &upgrade else { return };
            // Undefined when the chooser never ran here: the author's preset applies.
            let answers = answers
                .0
                .borrow()
                .as_ref()
                .map_or(wasm_bindgen::JsValue::UNDEFINED, |a| {
                    a.to_query(&catalog).into()
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
                    Err(e) => Err(e),
                };
                if outcome.is_err() {
                    failed.set(true);
                }
            });
        })
    };
    {
        let ask = ask.clone();
        use_effect_with((), move |_| ask.emit(()));
    }
    if p.upgrade.is_none() {
        return html! { <p class="berth-loading" role="status">{ t(Key::ModeUnavailable, p.lang) }</p> };
    }
    if *failed {
        return html! {
            <div class="berth-notice" role="alert">
                <p>{ t(Key::ModeLoadFailed, p.lang) }</p>
                <button type="button" class="berth-btn" onclick={ask.reform(|_| ())}>{ t(Key::TryAgain, p.lang) }</button>
            </div>
        };
    }
    html! { <p class="berth-loading" role="status">{ t(Key::Loading, p.lang) }</p> }
}
