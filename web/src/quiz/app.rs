//! The quiz mode's root: resolves the attempt (`QuizState::resolve`: the
//! author's attributes, then the link, then matching stored progress),
//! saves progress under this widget's key, and shows the current question
//! or the summary.

use crate::platform::browser;
use crate::platform::content::use_quiz;
use crate::platform::events::{emit, use_event_host, Detail};
use crate::platform::link::LinkScope;
use crate::platform::storage::{self, StorageIssue};
use crate::quiz::question::QuizQuestion;
use crate::quiz::state::{QuizAction, QuizState};
use crate::quiz::summary::QuizSummary;
use crate::ui::i18n::{t, Key};
use berth::Lang;
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

#[function_component(QuizApp)]
pub fn quiz_app(p: &QuizAppProps) -> Html {
    let lang = p.lang;
    // Read storage once per widget; the reducer and the saver both need the outcome.
    let qz = use_quiz();
    let widget = storage::widget_key(&p.scope, &p.attributes);
    let loaded = use_state(|| storage::load(qz.content_hash(), &widget));
    let unavailable = *loaded == Err(StorageIssue::Unavailable);
    let init = p.clone();
    let init_quiz = qz.clone();
    let first_load = (*loaded).clone();
    let state = use_reducer(move || {
        let (stored, issue) = match first_load {
            Ok(stored) => (stored, None),
            Err(issue) => (None, Some(storage_notice(issue, init.lang))),
        };
        let mut s = QuizState::resolve(
            &init.attributes,
            &init.link,
            stored,
            init.fallback_seed,
            init.lang,
            init_quiz,
        );
        s.notices.extend(issue);
        s
    });
    let write_issue = use_state(|| None::<StorageIssue>);

    // Save progress after every change; say so once if it fails.
    {
        let stored = state.to_stored();
        let write_issue = write_issue.clone();
        use_effect_with(stored, move |stored| {
            if !unavailable {
                if let Err(issue) = storage::save(stored, &widget) {
                    if write_issue.is_none() {
                        write_issue.set(Some(issue));
                    }
                }
            }
        });
    }
    {
        let fragment = state.fragment(lang);
        let sync = p.sync_url && p.active && (state.moved || !p.link.is_empty());
        let scope = p.scope.clone();
        use_effect_with((fragment, sync), move |(f, sync)| {
            if *sync {
                browser::set_own_fragment(&scope, f);
            }
        });
    }

    // `berth:quiz-complete` once per attempt, when it ends (not when a result
    // link is merely opened, nor again after Back → Finish).
    {
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
    let dispatch = {
        let d = state.dispatcher();
        Callback::from(move |a: QuizAction| d.dispatch(a))
    };
    let mut notices = state.notices.clone();
    if let Some(issue) = *write_issue {
        notices.push(storage_notice(issue, lang));
    }
    let notice = if notices.is_empty() {
        html! {}
    } else {
        let d = dispatch.clone();
        html! {
            <div class="berth-notice" role="note">
                <ul>{ for berth::limits::shown_notices(&notices, lang).into_iter().map(|n| html! { <li>{n}</li> }) }</ul>
                <button type="button" class="berth-btn" onclick={Callback::from(move |e: MouseEvent| {
                    crate::platform::focus::focus_within(e.target(), ".berth-quiz", "legend, .berth-quiz-summary h2");
                    d.emit(QuizAction::DismissNotices);
                })}>{t(Key::Dismiss, lang)}</button>
            </div>
        }
    };
    let intro = t(Key::QuizIntro, lang)
        .replace("{n}", &state.drawn.len().to_string())
        .replace("{pass}", &state.settings.pass_mark.to_string());

    html! {
        <div class="berth-quiz" part="quiz">
            <p class="berth-intro">{intro}</p>
            { notice }
            if state.finished() {
                <QuizSummary state={std::rc::Rc::new((*state).clone())} lang={lang} focus={state.moved} scope={p.scope.clone()} on_action={dispatch.clone()} />
            } else {
                <QuizQuestion key={format!("{}-{}", state.settings.seed, state.position)} index={state.position} total={state.drawn.len()}
                    drawn={state.drawn[state.position].clone()} response={state.responses[state.position].clone()}
                    checked={state.checked[state.position]} settings={state.settings.clone()} lang={lang} uid={p.uid}
                    focus={state.moved} need_answer={state.need_answer} on_action={dispatch.clone()} />
            }
        </div>
    }
}
