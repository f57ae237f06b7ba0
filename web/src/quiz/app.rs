//! The quiz mode's root: resolves the attempt (`QuizState::resolve`: the
//! author's attributes, then the link, then matching stored progress),
//! saves progress under this widget's key, and shows the current question
//! or the summary.

use crate::platform::browser;
use crate::platform::content::{use_quiz, QuizRef};
use crate::platform::events::{emit, use_event_host, Detail};
use crate::platform::link::LinkScope;
use crate::platform::storage::{self, StorageIssue};
use crate::quiz::question::QuizQuestion;
use crate::quiz::state::{QuizAction, QuizState};
use crate::quiz::summary::QuizSummary;
use crate::ui::i18n::{t, Key};
use berth::quiz::StoredProgress;
use berth::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct QuizAppProps {
    pub lang: Lang,
    /// Settings from the mount element (`data-count`, `data-seed`, …) as key/value pairs.
    pub attributes: Vec<(String, String)>,
    /// Items of the URL fragment when it opened the quiz (`seed`, `r`, …).
    pub link: Vec<(String, String)>,
    /// Seed to use when neither attributes nor link give one.
    pub fallback_seed: u64,
    pub active: bool,
    pub sync_url: bool,
    /// Which items of the URL fragment are this widget's.
    pub scope: LinkScope,
    pub uid: usize,
}

fn storage_notice(issue: StorageIssue, lang: Lang) -> String {
    t(
        match issue {
            StorageIssue::Unavailable => Key::StorageOff,
            StorageIssue::WriteFailed => Key::StorageFull,
            StorageIssue::Corrupt => Key::StorageCorrupt,
        },
        lang,
    )
    .to_string()
}

/// The attempt, resolved once from the widget's sources (see
/// [`QuizState::resolve`]), with a notice when storage could not be read.
#[hook]
fn use_quiz_state(
    props: &QuizAppProps,
    quiz: QuizRef,
    loaded: Result<Option<StoredProgress>, StorageIssue>,
) -> UseReducerHandle<QuizState> {
    let init = props.clone();
    use_reducer(move || {
        let (stored, issue) = match loaded {
            Ok(stored) => (stored, None),
            Err(issue) => (None, Some(storage_notice(issue, init.lang))),
        };
        let mut state = QuizState::resolve(
            &init.attributes,
            &init.link,
            stored,
            init.fallback_seed,
            init.lang,
            quiz,
        );
        state.notices.extend(issue);
        state
    })
}

/// Saves progress after every change; returns the first write failure, to say so once.
#[hook]
fn use_progress_saver(
    state: &QuizState,
    widget: String,
    unavailable: bool,
) -> Option<StorageIssue> {
    let write_issue = use_state(|| None::<StorageIssue>);
    let stored = state.to_stored();
    let issue = write_issue.clone();
    use_effect_with(stored, move |stored| {
        if !unavailable {
            if let Err(failure) = storage::save(stored, &widget) {
                if issue.is_none() {
                    issue.set(Some(failure));
                }
            }
        }
    });
    *write_issue
}

/// Keeps the page's URL fragment on this attempt once the reader moved
/// (or a link opened it), while the quiz is the mode on screen.
#[hook]
fn use_fragment_sync(state: &QuizState, props: &QuizAppProps) {
    let fragment = state.fragment(props.lang);
    let sync = props.sync_url && props.active && (state.moved || !props.link.is_empty());
    let scope = props.scope.clone();
    use_effect_with((fragment, sync), move |(fragment, sync)| {
        if *sync {
            browser::set_own_fragment(&scope, fragment);
        }
    });
}

/// `berth:quiz-complete` once per attempt, when it ends (not when a result
/// link is merely opened, nor again after Back → Finish).
#[hook]
fn use_complete_event(state: &QuizState) {
    let host = use_event_host();
    let reported = use_mut_ref(|| None::<u64>);
    let done = state.finished() && state.moved;
    let mark = state.mark();
    let quiz_id = state.quiz.document().id.clone();
    let count = state.drawn.len();
    let (seed, topics) = (state.settings.seed, state.settings.topics.clone());
    use_effect_with((done, state.settings.seed), move |(done, _)| {
        if *done && reported.replace(Some(seed)) != Some(seed) {
            let detail = Detail::new()
                .str("quiz", Some(&quiz_id))
                .num("percent", f64::from(mark.percent))
                .bool("passed", mark.passed)
                .num("points", mark.points)
                .num("count", count as f64)
                .str("seed", Some(&seed.to_string()))
                .strs("topics", topics.iter().map(String::as_str));
            emit(&host, "berth:quiz-complete", detail);
        }
    });
}

/// The notices (link settings, storage), with a button that dismisses them
/// and moves focus back into the quiz.
fn notice_panel(notices: &[String], lang: Lang, dispatch: &Callback<QuizAction>) -> Html {
    if notices.is_empty() {
        return html! {};
    }
    let dispatch = dispatch.clone();
    let dismiss = Callback::from(move |e: MouseEvent| {
        crate::platform::focus::focus_within(
            e.target(),
            ".berth-quiz",
            "legend, .berth-quiz-summary h2",
        );
        dispatch.emit(QuizAction::DismissNotices);
    });
    html! {
        <div class="berth-notice" role="note">
            <ul>{ for berth::shown_notices(notices, lang).into_iter().map(|n| html! { <li>{n}</li> }) }</ul>
            <button type="button" class="berth-btn" onclick={dismiss}>{t(Key::Dismiss, lang)}</button>
        </div>
    }
}

#[function_component(QuizApp)]
pub fn quiz_app(props: &QuizAppProps) -> Html {
    let lang = props.lang;
    // Read storage once per widget; the reducer and the saver both need the outcome.
    let quiz = use_quiz();
    let widget = storage::widget_key(&props.scope, &props.attributes);
    let loaded = use_state(|| storage::load(quiz.content_hash(), &widget));
    let unavailable = *loaded == Err(StorageIssue::Unavailable);
    let state = use_quiz_state(props, quiz, (*loaded).clone());
    let write_issue = use_progress_saver(&state, widget, unavailable);
    use_fragment_sync(&state, props);
    use_complete_event(&state);
    let dispatch = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: QuizAction| dispatcher.dispatch(action))
    };
    let mut notices = state.notices.clone();
    notices.extend(write_issue.map(|issue| storage_notice(issue, lang)));
    let intro = t(Key::QuizIntro, lang)
        .replace("{n}", &state.drawn.len().to_string())
        .replace("{pass}", &state.settings.pass_mark.to_string());
    let at = state.position;
    html! {
        <div class="berth-quiz" part="quiz">
            <p class="berth-intro">{intro}</p>
            { notice_panel(&notices, lang, &dispatch) }
            if state.finished() {
                <QuizSummary state={Rc::new((*state).clone())} {lang} focus={state.moved} scope={props.scope.clone()} on_action={dispatch} />
            } else {
                <QuizQuestion key={format!("{}-{}", state.settings.seed, at)} index={at} total={state.drawn.len()}
                    drawn={state.drawn[at].clone()} response={state.responses[at].clone()}
                    checked={state.checked[at]} settings={state.settings.clone()} {lang} uid={props.uid}
                    focus={state.moved} need_answer={state.need_answer} on_action={dispatch} />
            }
        </div>
    }
}
