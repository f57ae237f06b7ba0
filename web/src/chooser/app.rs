//! The root component: owns the [`State`], computes the recommendation and
//! lays out the header, the current question and the live results; keeps
//! the link in step ([`use_link_sync`]), leaves the answers for the compare
//! mode and reports to the host ([`use_host_reports`]).

use crate::chooser::answers_summary::{answers_summary, AnswersSummary};
use crate::chooser::host_reports::use_host_reports;
use crate::chooser::link_notice::{link_notice, LinkNoticeProps};
use crate::chooser::question::question_step::QuestionStep;
use crate::chooser::result::results::Results;
use crate::chooser::state::{Action, State};
use crate::platform::browser;
use crate::platform::content::use_catalog;
use crate::platform::handover::SharedAnswers;
use crate::platform::link::{self, LinkScope};
use crate::ui::i18n::{t, Key};
use berth::{recommend, Catalog, Lang, Recommendation};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Language from the page; a `lang=` in the fragment wins.
    pub lang: Lang,
    /// The URL fragment to restore answers from (`#workload=web&…`).
    pub fragment: String,
    /// Keep the URL fragment in step with the answers.
    pub sync_url: bool,
    /// The chooser is the visible mode (only then does it write the URL).
    #[prop_or(true)]
    pub active: bool,
    /// Which items of the URL fragment are this chooser's (read, written, copied).
    #[prop_or_default]
    pub scope: LinkScope,
    /// The answers come from the reader's link: resume at the first unanswered essential.
    #[prop_or(true)]
    pub resume: bool,
    /// Where the chooser leaves its current answers for the compare mode.
    #[prop_or_default]
    pub answers_out: Option<SharedAnswers>,
    /// The host already heard this chooser's `initial` result (in the module
    /// this widget was restarted from): report changes only.
    #[prop_or_default]
    pub reported: bool,
}

/// The URL fragment follows the answers once the reader has done something
/// (and only while the chooser is the visible mode).
#[hook]
fn use_link_sync(state: &State, props: &AppProps) {
    let touched = state.moved || state.answers.answered_count() > 0 || state.lang != props.lang;
    let sync = props.sync_url && touched && props.active;
    let scope = props.scope.clone();
    use_effect_with((state.fragment(), sync), move |(fragment, sync)| {
        if *sync {
            browser::set_own_fragment(&scope, fragment);
        }
    });
}

/// Leaves the current answers where the compare mode (and a restart) reads them.
#[hook]
fn use_answers_out(out: Option<SharedAnswers>, answers: &berth::Answers) {
    use_effect_with(answers.clone(), move |answers| {
        if let Some(out) = out {
            *out.0.borrow_mut() = Some(answers.clone());
        }
    });
}

/// What the screen reader hears after a change: the top pick and how many
/// options are ruled out (nothing before the first answer).
fn live_summary(recommendation: &Recommendation, state: &State, catalog: &Catalog) -> String {
    let lang = state.lang;
    match (
        recommendation.ranked.first(),
        state.answers.answered_count(),
    ) {
        (_, 0) => String::new(),
        (Some(top), _) => t(Key::LiveSummary, lang)
            .replace("{top}", catalog.option(top.option).name.get(lang))
            .replace("{n}", &recommendation.eliminated.len().to_string()),
        (None, _) => t(Key::LiveNone, lang).to_string(),
    }
}

/// After the last question: Back and Start over.
fn finished(lang: Lang, dispatch: &Callback<Action>) -> Html {
    html! {
        <div class="berth-done">
            <p>{t(Key::Done, lang)}</p>
            <button type="button" class="berth-btn" onclick={dispatch.reform(|_: MouseEvent| Action::Back)}>{t(Key::Back, lang)}</button>
            <button type="button" class="berth-btn" onclick={dispatch.reform(|_: MouseEvent| Action::StartOver)}>{t(Key::StartOver, lang)}</button>
        </div>
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let catalog = use_catalog();
    let state = {
        let (init, catalog) = (props.clone(), catalog.clone());
        use_reducer(move || State::from_fragment(&init.fragment, init.lang, catalog, init.resume))
    };
    let uid = *use_state(crate::ui::next_uid);
    let summary_open = use_state(|| false);
    let recommendation = use_memo(state.answers.clone(), |answers| {
        recommend(answers, &catalog)
    });
    // The language is owned by the widget root; follow it.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.lang, move |lang| {
            dispatcher.dispatch(Action::SetLang(*lang))
        });
    }
    use_link_sync(&state, props);
    use_answers_out(props.answers_out.clone(), &state.answers);
    use_host_reports(
        &state,
        Rc::clone(&recommendation),
        catalog.clone(),
        props.reported,
    );
    let dispatch = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };
    let lang = state.lang;
    let summary_toggle = {
        let summary_open = summary_open.clone();
        Callback::from(move |_: MouseEvent| summary_open.set(!*summary_open))
    };
    let fragment = link::with_own(&browser::fragment(), &props.scope, &state.fragment());
    html! {
        <div class="berth-chooser">
            <p class="berth-intro">{catalog.document().intro.get(lang)}</p>
            { link_notice(&LinkNoticeProps { problems: &state.link_problems, lang, on_action: &dispatch }) }
            { answers_summary(AnswersSummary { catalog: &catalog, answers: &state.answers, lang, uid,
                open: *summary_open, toggle: summary_toggle, on_action: &dispatch }) }
            if !state.finished() {
                <QuestionStep key={state.step} state={Rc::new((*state).clone())} uid={uid} on_action={dispatch.clone()} />
            } else {
                { finished(lang, &dispatch) }
            }
            <Results rec={Rc::clone(&recommendation)} answers={state.answers.clone()} lang={lang}
                focus_heading={state.moved && state.finished()} fragment={fragment}
                copy_status={state.copy_status.clone()} uid={uid} on_action={dispatch.clone()} />
            <div class="berth-sr" role="status" aria-live="polite" aria-atomic="true">{live_summary(&recommendation, &state, &catalog)}</div>
        </div>
    }
}
