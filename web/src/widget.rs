//! The widget's root: title, language switch and mode tabs (chooser / quiz).
//! Both modes stay mounted once opened (the inactive one is hidden), so
//! switching never loses answers; only the active mode writes the URL.

use crate::app::App;
use crate::i18n::{t, Key};
use crate::quiz_app::QuizApp;
use crate::state::catalog;
use berth::Lang;
use std::sync::atomic::{AtomicUsize, Ordering};
use yew::prelude::*;

static NEXT_WIDGET_ID: AtomicUsize = AtomicUsize::new(0);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Chooser,
    Quiz,
}

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    /// Language of the page; `lang=` in the fragment wins.
    pub lang: Lang,
    /// The URL fragment at start (`#workload=web&…` or `#mode=quiz&seed=…`).
    pub fragment: String,
    /// Mode from the mount element; `mode=quiz` in the fragment wins.
    pub mode: Mode,
    /// Quiz settings from the mount element.
    pub quiz_attributes: Vec<(String, String)>,
    /// Seed for a quiz when nothing else names one (the view may pick it at random).
    pub fallback_seed: u64,
    pub sync_url: bool,
}

/// Splits a fragment into decoded `key=value` items.
pub fn fragment_items(fragment: &str) -> Vec<(String, String)> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|i| !i.is_empty())
        .map(|i| {
            let (k, v) = i.split_once('=').unwrap_or((i, ""));
            (crate::state::decode(k), crate::state::decode(v))
        })
        .collect()
}

#[function_component(Widget)]
pub fn widget(p: &WidgetProps) -> Html {
    let items = fragment_items(&p.fragment);
    let link_mode = items.iter().any(|(k, v)| k == "mode" && v == "quiz");
    let start_mode = if link_mode { Mode::Quiz } else { p.mode };
    let start_lang = items
        .iter()
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Lang::from_tag(v))
        .unwrap_or(p.lang);
    let mode = use_state(|| start_mode);
    let lang = use_state(|| start_lang);
    let quiz_opened = use_state(|| start_mode == Mode::Quiz);
    let uid = *use_state(|| NEXT_WIDGET_ID.fetch_add(1, Ordering::Relaxed));
    let l = *lang;

    let lang_button = |target: Lang, label: &'static str| {
        let lang = lang.clone();
        html! {
            <button type="button" class="berth-lang-btn" aria-pressed={(l == target).to_string()} lang={target.code()}
                onclick={Callback::from(move |_| lang.set(target))}>{label}</button>
        }
    };
    let mode_button = |target: Mode, key: Key| {
        let mode = mode.clone();
        let quiz_opened = quiz_opened.clone();
        html! {
            <button type="button" class="berth-tab" aria-pressed={(*mode == target).to_string()} data-mode={if target == Mode::Quiz { "quiz" } else { "chooser" }}
                onclick={Callback::from(move |_| { if target == Mode::Quiz { quiz_opened.set(true); } mode.set(target); })}>{t(key, l)}</button>
        }
    };
    let title = match *mode {
        Mode::Chooser => catalog().document().title.get(l).to_string(),
        Mode::Quiz => crate::quiz_state::quiz()
            .document()
            .title
            .get(l)
            .to_string(),
    };
    let (chooser_fragment, quiz_link) = if link_mode {
        (String::new(), items.clone())
    } else {
        (p.fragment.clone(), Vec::new())
    };

    html! {
        <div class="berth" lang={l.code()} data-berth-ready="true" data-mode={if *mode == Mode::Quiz { "quiz" } else { "chooser" }}>
            <div class="berth-head">
                <p class="berth-title">{title}</p>
                <div class="berth-head-controls">
                    <div class="berth-tabs" role="group" aria-label={t(Key::ModeLabel, l)}>
                        { mode_button(Mode::Chooser, Key::ModeChooser) }
                        { mode_button(Mode::Quiz, Key::ModeQuiz) }
                    </div>
                    <div class="berth-langs" role="group" aria-label={t(Key::Language, l)}>
                        { lang_button(Lang::Ko, "한국어") }
                        { lang_button(Lang::En, "English") }
                    </div>
                </div>
            </div>
            <div hidden={*mode != Mode::Chooser}>
                <App lang={l} fragment={chooser_fragment} sync_url={p.sync_url} active={*mode == Mode::Chooser} />
            </div>
            if *quiz_opened {
                <div hidden={*mode != Mode::Quiz}>
                    <QuizApp lang={l} attributes={p.quiz_attributes.clone()} link={quiz_link} fallback_seed={p.fallback_seed}
                        active={*mode == Mode::Quiz} sync_url={p.sync_url} uid={uid} />
                </div>
            }
        </div>
    }
}
