//! The widget's mode panes (chooser, quiz, compare), of which only the
//! current one is visible; a pane opened once stays mounted, so switching
//! never loses answers.
//!
//! Berth ships one wasm module per page type (issue #14); a pane whose mode
//! this module lacks ([`Mode::compiled`] is false) is a
//! [`ModeElsewhere`], which restarts the widget in a module that has it.

use crate::platform::handover::SharedAnswers;
use crate::shell::panes::mode_elsewhere::ModeElsewhere;
use crate::shell::props::{Mode, WidgetProps};
use crate::shell::state::{fragment_items, link_is_quiz};
use berth::Lang;
use yew::prelude::*;

/// What the mode panes need from the widget.
pub struct ModePanesProps<'a> {
    pub widget: &'a WidgetProps,
    pub lang: Lang,
    pub mode: Mode,
    /// The modes opened at least once (panes stay mounted) and allowed.
    pub shown: Vec<Mode>,
    pub shared_answers: SharedAnswers,
    #[cfg_attr(not(feature = "chooser"), allow(dead_code))]
    pub compare_uid: usize,
}

/// Where the panes start, from the link and the element.
struct PaneStart {
    /// Where the chooser starts: the link's items, else the preset answers.
    #[cfg_attr(not(feature = "chooser"), allow(dead_code))]
    chooser_fragment: String,
    /// The chooser's answers come from the reader's link.
    #[cfg_attr(not(feature = "chooser"), allow(dead_code))]
    resume: bool,
    /// The link's items when the link opened the quiz.
    #[cfg_attr(not(feature = "quiz"), allow(dead_code))]
    quiz_link: Vec<(String, String)>,
}

impl PaneStart {
    /// The chooser starts from the URL, else from the preset answers. After a
    /// restart, the answers it had (handed over as the preset) win over the link's.
    fn of(widget: &WidgetProps) -> Self {
        let items = fragment_items(&widget.fragment);
        let link_quiz = link_is_quiz(&items);
        let handed_over = widget.handover && widget.chooser_reported;
        let from_preset =
            link_quiz || handed_over || widget.fragment.trim_start_matches('#').is_empty();
        PaneStart {
            chooser_fragment: if from_preset {
                widget.answers.replace(' ', "&")
            } else {
                widget.fragment.clone()
            },
            resume: !from_preset || handed_over,
            quiz_link: if link_quiz { items } else { Vec::new() },
        }
    }
}

/// The chooser, quiz and compare panes; only the current one is visible.
pub fn mode_panes(props: &ModePanesProps<'_>) -> Html {
    let start = PaneStart::of(props.widget);
    let pane = |mode: Mode, body: fn(&ModePanesProps<'_>, &PaneStart) -> Html| {
        if !props.shown.contains(&mode) {
            return html! {};
        }
        let body = if mode.compiled() {
            body(props, &start)
        } else {
            elsewhere(props, mode)
        };
        html! { <div hidden={props.mode != mode}>{ body }</div> }
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
fn chooser_pane(props: &ModePanesProps<'_>, start: &PaneStart) -> Html {
    use crate::chooser::app::App;
    let widget = props.widget;
    html! {
        <App lang={props.lang} fragment={start.chooser_fragment.clone()} sync_url={widget.sync_url} active={props.mode == Mode::Chooser}
            resume={start.resume} answers_out={props.shared_answers.clone()} scope={widget.scope.clone()}
            reported={widget.chooser_reported} />
    }
}

#[cfg(feature = "chooser")]
fn compare_pane(props: &ModePanesProps<'_>, start: &PaneStart) -> Html {
    use crate::shell::panes::compare_answers::CompareAnswers;
    html! {
        <CompareAnswers lang={props.lang} answers={props.shared_answers.0.borrow().clone()} fragment={start.chooser_fragment.clone()}
            options={props.widget.compare.clone()} uid={props.compare_uid} />
    }
}

#[cfg(feature = "quiz")]
fn quiz_pane(props: &ModePanesProps<'_>, start: &PaneStart) -> Html {
    use crate::quiz::app::QuizApp;
    let widget = props.widget;
    html! {
        <QuizApp lang={props.lang} attributes={widget.quiz_attributes.clone()} link={start.quiz_link.clone()} fallback_seed={widget.fallback_seed}
            active={props.mode == Mode::Quiz} sync_url={widget.sync_url} scope={widget.scope.clone()} uid={crate::ui::next_uid()} />
    }
}

// A module without a mode never calls its pane (`Mode::compiled`); these keep
// `mode_panes` one table for every module.
#[cfg(not(feature = "chooser"))]
fn chooser_pane(props: &ModePanesProps<'_>, _start: &PaneStart) -> Html {
    elsewhere(props, Mode::Chooser)
}
#[cfg(not(feature = "chooser"))]
fn compare_pane(props: &ModePanesProps<'_>, _start: &PaneStart) -> Html {
    elsewhere(props, Mode::Compare)
}
#[cfg(not(feature = "quiz"))]
fn quiz_pane(props: &ModePanesProps<'_>, _start: &PaneStart) -> Html {
    elsewhere(props, Mode::Quiz)
}

fn elsewhere(props: &ModePanesProps<'_>, mode: Mode) -> Html {
    html! {
        <ModeElsewhere mode={mode} lang={props.lang} upgrade={props.widget.upgrade.clone()} answers={props.shared_answers.clone()} />
    }
}
