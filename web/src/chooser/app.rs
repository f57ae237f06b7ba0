//! The root component: owns the [`State`], computes the recommendation and
//! lays out the header, the current question and the live results.

use crate::chooser::answers_summary::{answers_summary, AnswersSummary};
use crate::chooser::question::question_step::QuestionStep;
use crate::chooser::result::results::Results;
use crate::chooser::state::{Action, State};
use crate::platform::browser;
use crate::platform::content::use_catalog;
use crate::platform::events::{emit, use_event_host, Detail};
use crate::platform::handover::SharedAnswers;
use crate::platform::link::{self, LinkScope};
use crate::ui::i18n::{t, Key};
use berth::{recommend, Lang};
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

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let cat = use_catalog();
    let init = props.clone();
    let init_catalog = cat.clone();
    let state = use_reducer(move || {
        State::from_fragment(&init.fragment, init.lang, init_catalog, init.resume)
    });
    let uid = *use_state(crate::ui::next_uid);
    let summary_open = use_state(|| false);
    let c: &berth::Catalog = &cat;
    let rec = use_memo(state.answers.clone(), |a| recommend(a, c));
    // The language is owned by the widget root; follow it.
    {
        let d = state.dispatcher();
        use_effect_with(props.lang, move |l| d.dispatch(Action::SetLang(*l)));
    }
    let lang = state.lang;

    // The URL fragment follows the answers once the reader has done something.
    {
        let touched = state.moved || state.answers.answered_count() > 0 || lang != props.lang;
        let fragment = state.fragment();
        let sync = props.sync_url && touched && props.active;
        let scope = props.scope.clone();
        use_effect_with((fragment, sync), move |(f, sync)| {
            if *sync {
                browser::set_own_fragment(&scope, f);
            }
        });
    }

    // The compare mode reads the chooser's current answers.
    {
        let out = props.answers_out.clone();
        use_effect_with(state.answers.clone(), move |answers| {
            if let Some(out) = out {
                *out.0.borrow_mut() = Some(answers.clone());
            }
        });
    }

    let host = use_event_host();
    // Tell the host page about committed answers (`berth:answer`) and the
    // result they give (`berth:recommendation`): once at load with
    // `initial: true`, then after each commit that changed an answer.
    {
        let start = props.reported.then(|| state.answers.clone());
        let reported = use_mut_ref(|| start);
        let rec = Rc::clone(&rec);
        let cat = cat.clone();
        let host = host.clone();
        let answers = state.answers.clone();
        use_effect_with(state.committed, move |_| {
            let before = reported.replace(Some(answers.clone()));
            if before.as_ref() == Some(&answers) {
                return;
            }
            for q in (0..cat.questions().len())
                .filter(|&q| before.as_ref().is_some_and(|b| b.get(q) != answers.get(q)))
            {
                let value = answers
                    .get(q)
                    .map(|v| berth::answers::value_string(&cat, q, v));
                let detail = Detail::new()
                    .str("question", Some(&cat.question(q).id))
                    .str("value", value.as_deref());
                emit(&host, "berth:answer", detail);
            }
            let id = |o: usize| cat.option(o).id.as_str();
            let detail = Detail::new()
                .str("top", rec.ranked.first().map(|r| id(r.option)))
                .strs(
                    "ties",
                    rec.ranked
                        .iter()
                        .skip(1)
                        .filter(|r| r.tied_with_top)
                        .map(|r| id(r.option)),
                )
                .strs("ranked", rec.ranked.iter().map(|r| id(r.option)))
                .strs("eliminated", rec.eliminated.iter().map(|e| id(e.option)))
                .str("answers", Some(&answers.to_query(&cat)))
                .bool("initial", before.is_none());
            emit(&host, "berth:recommendation", detail);
        });
    }
    let dispatch = {
        let d = state.dispatcher();
        Callback::from(move |a: Action| d.dispatch(a))
    };
    let doc = c.document();

    let notice = if state.link_problems.is_empty() {
        html! {}
    } else {
        let dispatch = dispatch.clone();
        html! {
            <div class="berth-notice" role="note">
                <p>{t(Key::LinkNotice, lang)}</p>
                <ul>{ for berth::limits::shown_notices(&state.link_problems, lang).into_iter().map(|p| html! { <li>{p}</li> }) }</ul>
                <button type="button" class="berth-btn" onclick={Callback::from(move |e: MouseEvent| {
                    crate::platform::focus::focus_within(e.target(), ".berth-chooser", "legend, .berth-results h2");
                    dispatch.emit(Action::DismissNotice);
                })}>{t(Key::Dismiss, lang)}</button>
            </div>
        }
    };

    let live = match (rec.ranked.first(), state.answers.answered_count()) {
        (_, 0) => String::new(),
        (Some(top), _) => t(Key::LiveSummary, lang)
            .replace("{top}", c.option(top.option).name.get(lang))
            .replace("{n}", &rec.eliminated.len().to_string()),
        (None, _) => t(Key::LiveNone, lang).to_string(),
    };
    let state_rc: Rc<State> = Rc::new((*state).clone());
    let summary_toggle = {
        let summary_open = summary_open.clone();
        Callback::from(move |_: MouseEvent| summary_open.set(!*summary_open))
    };
    html! {
        <div class="berth-chooser">
            <p class="berth-intro">{doc.intro.get(lang)}</p>
            { notice }
            { answers_summary(AnswersSummary { catalog: c, answers: &state.answers, lang, uid,
                open: *summary_open, toggle: summary_toggle, on_action: &dispatch }) }
            if !state.finished() {
                <QuestionStep key={state.step} state={state_rc} uid={uid} on_action={dispatch.clone()} />
            } else {
                <div class="berth-done">
                    <p>{t(Key::Done, lang)}</p>
                    <button type="button" class="berth-btn" onclick={dispatch.reform(|_: MouseEvent| Action::Back)}>{t(Key::Back, lang)}</button>
                    <button type="button" class="berth-btn" onclick={dispatch.reform(|_: MouseEvent| Action::StartOver)}>{t(Key::StartOver, lang)}</button>
                </div>
            }
            <Results rec={Rc::clone(&rec)} answers={state.answers.clone()} lang={lang}
                focus_heading={state.moved && state.finished()} fragment={link::with_own(&browser::fragment(), &props.scope, &state.fragment())}
                copy_status={state.copy_status.clone()} uid={uid} on_action={dispatch.clone()} />
            <div class="berth-sr" role="status" aria-live="polite" aria-atomic="true">{live}</div>
        </div>
    }
}
