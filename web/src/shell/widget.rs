//! The widget's root: title, mode tabs (chooser / quiz / compare) and the
//! language switch; validates custom content and shows its problems instead
//! of a blank box. Modes stay mounted once opened (the inactive ones are
//! hidden), so switching never loses answers; only the active mode writes
//! the URL.

use crate::platform::content::{self, CatalogRef, Content, QuizRef};
use crate::platform::events::EventHost;
use crate::platform::handover::SharedAnswers;
use crate::platform::link::LinkScope;
use crate::shell::mode_panes::{mode_panes, ModePanes};
use crate::ui::i18n::{t, Key};
use berth::{Lang, Problem};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Chooser,
    Quiz,
    Compare,
}

impl Mode {
    /// Modes from an attribute such as `quiz` or `chooser, compare` (unknown names skipped).
    pub fn list_from_attr(s: &str) -> Vec<Mode> {
        s.split(',')
            .filter_map(|m| Mode::from_attr(m.trim()))
            .collect()
    }

    pub fn from_attr(s: &str) -> Option<Mode> {
        match s {
            "chooser" => Some(Mode::Chooser),
            "quiz" => Some(Mode::Quiz),
            "compare" => Some(Mode::Compare),
            _ => None,
        }
    }

    pub(crate) fn id(self) -> &'static str {
        match self {
            Mode::Chooser => "chooser",
            Mode::Quiz => "quiz",
            Mode::Compare => "compare",
        }
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    /// Language of the page or element; `lang=` in the fragment wins at start.
    pub lang: Lang,
    /// The URL fragment at start (`#workload=web&…` or `#mode=quiz&seed=…`).
    pub fragment: String,
    /// Mode from the element; `mode=quiz` in the fragment wins.
    pub mode: Mode,
    /// Quiz settings from the element.
    pub quiz_attributes: Vec<(String, String)>,
    /// Seed for a quiz when nothing else names one (the view may pick it at random).
    pub fallback_seed: u64,
    pub sync_url: bool,
    /// Preset answers in the CLI syntax, used when the URL carries none.
    #[prop_or_default]
    pub answers: String,
    /// Option ids for compare mode (empty: the top three for the answers).
    #[prop_or_default]
    pub compare: Vec<String>,
    /// A docs author's catalog or quiz JSON, replacing the bundled content.
    #[prop_or_default]
    pub content: Option<Rc<str>>,
    /// Why custom content could not even be fetched (from the page script).
    #[prop_or_default]
    pub content_error: Option<String>,
    /// Where host events are dispatched.
    #[prop_or_default]
    pub host: Option<web_sys::Element>,
    /// Which items of the page's URL fragment are this widget's; `fragment`
    /// holds only those.
    #[prop_or_default]
    pub scope: LinkScope,
    /// The modes the author allows (`modes="quiz"`); empty: every mode the content has.
    #[prop_or_default]
    pub modes: Vec<Mode>,
    /// The page script's `(mode, answers, lang) => void` that restarts this
    /// widget in a wasm module holding `mode` (see [`crate::shell::mode_panes`]).
    #[prop_or_default]
    pub upgrade: Option<js_sys::Function>,
    /// Restarted in another module by the reader's tab choice: `mode` and
    /// `answers` are the reader's, ahead of the link's.
    #[prop_or_default]
    pub handover: bool,
    /// The chooser ran in the module this widget was restarted from, so the
    /// host already heard its `initial` result.
    #[prop_or_default]
    pub chooser_reported: bool,
}

/// What the widget shows: built-in content, custom content, or its problems.
#[derive(Clone, PartialEq)]
// Without `custom`, only BuiltIn and CustomUnsupported are made.
#[cfg_attr(not(feature = "custom"), allow(dead_code))]
enum Loaded {
    BuiltIn,
    Catalog(CatalogRef),
    Quiz(QuizRef),
    /// A custom quiz waits for the built-in catalog its scenarios are checked against.
    QuizWaiting,
    Problems(Rc<Vec<Problem>>),
    /// A docs author's own content, in a build without the `custom` feature
    /// (which reads JSON): said in the error panel.
    CustomUnsupported,
}

#[cfg(feature = "custom")]
fn load(content: &Option<Rc<str>>) -> Loaded {
    let Some(text) = content else {
        return Loaded::BuiltIn;
    };
    let is_quiz = berth::quiz::is_quiz_json(text);
    if is_quiz {
        let Some((catalog, _)) = content::any_bundle() else {
            return Loaded::QuizWaiting;
        };
        match berth::quiz::Quiz::from_json(text, &catalog) {
            Ok(q) => Loaded::Quiz(QuizRef(Rc::new(q))),
            Err(p) => Loaded::Problems(Rc::new(p)),
        }
    } else {
        match berth::Catalog::from_json(text) {
            Ok(c) => Loaded::Catalog(CatalogRef(Rc::new(c))),
            Err(p) => Loaded::Problems(Rc::new(p)),
        }
    }
}

/// Without `custom`, the module reads no JSON (the page script normally
/// loads the module with `custom` for a page with its own content).
#[cfg(not(feature = "custom"))]
fn load(content: &Option<Rc<str>>) -> Loaded {
    match content {
        None => Loaded::BuiltIn,
        Some(_) => Loaded::CustomUnsupported,
    }
}

/// A language's name in itself (as on its switch button).
fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Ko => "한국어",
        Lang::En => "English",
    }
}

/// Splits a (bare) fragment into decoded `key=value` items.
pub fn fragment_items(fragment: &str) -> Vec<(String, String)> {
    let mut items = crate::platform::link::items(fragment, &LinkScope::Page);
    items.retain(|(k, _)| k != crate::platform::link::CUT);
    items
}

#[function_component(Widget)]
pub fn widget(p: &WidgetProps) -> Html {
    let items = fragment_items(&p.fragment);
    // The link is the quiz's; it picks the start mode unless a restart says
    // which mode the reader chose.
    let link_quiz = items.iter().any(|(k, v)| k == "mode" && v == "quiz");
    let link_mode = link_quiz && !p.handover;
    let have_builtin = content::any_bundle().is_some();
    let loaded = use_memo((p.content.clone(), have_builtin), |(c, _)| load(c));
    let modes = &modes_shown(&loaded, &p.modes)[..];
    let needs_builtin = matches!(*loaded, Loaded::BuiltIn | Loaded::QuizWaiting);
    let wanted = if link_mode { Mode::Quiz } else { p.mode };
    let start_mode = if modes.contains(&wanted) {
        wanted
    } else {
        modes.first().copied().unwrap_or(Mode::Chooser)
    };
    // After a restart, the language on screen before it (handed over) wins.
    let start_lang = if p.handover {
        p.lang
    } else {
        items
            .iter()
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| Lang::from_tag(v))
            .unwrap_or(p.lang)
    };
    let mode = use_state(|| start_mode);
    // The language the reader asked for, and the one on screen: they differ
    // while the asked one's content is being fetched.
    let lang = use_state(|| start_lang);
    let on_screen = use_mut_ref(|| start_lang);
    let load_error = use_state(|| None::<(Lang, String)>);
    let rerender = use_force_update();
    let opened = use_state(|| vec![start_mode]);
    // The chooser's answers, for the compare mode.
    let chooser_answers = use_mut_ref(|| None::<berth::Answers>);
    let shared_answers = SharedAnswers(chooser_answers.clone());
    let compare_uid = *use_state(crate::ui::next_uid);
    // A new `lang` from the host (attribute change) takes effect live.
    // (Only on a change: at start the link's `lang=` may rightly differ from the page.)
    {
        let lang = lang.clone();
        let seen = use_mut_ref(|| p.lang);
        use_effect_with(p.lang, move |l| {
            if *seen.borrow() != *l {
                *seen.borrow_mut() = *l;
                lang.set(*l);
            }
        });
    }
    // Fetch the built-in content of the asked language when it is not here yet.
    {
        let (lang, on_screen, load_error) = (lang.clone(), on_screen.clone(), load_error.clone());
        use_effect_with((*lang, needs_builtin), move |&(want, needs)| {
            if needs && content::bundle(want).is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    match content::load_bundle(want).await {
                        Ok(()) => load_error.set(None),
                        Err(e) => {
                            load_error.set(Some((want, e)));
                            // Back to the language on screen (its button shows pressed again).
                            let back = *on_screen.borrow();
                            if back != want {
                                lang.set(back);
                            }
                        }
                    }
                    rerender.force_update();
                });
            }
        });
    }
    if !needs_builtin || content::bundle(*lang).is_some() {
        *on_screen.borrow_mut() = *lang;
    }
    let l = *on_screen.borrow();
    let builtin = content::bundle(l).or_else(content::any_bundle);

    let error_panel = |lines: Vec<String>| error_panel(&lines, l);
    if let Some(e) = &p.content_error {
        return error_panel(vec![t(Key::ContentUnreadable, l).replace("{error}", e)]);
    }
    if *loaded == Loaded::CustomUnsupported {
        return error_panel(vec![t(Key::CustomContentUnsupported, l).to_string()]);
    }
    if let Loaded::Problems(problems) = &*loaded {
        return error_panel(
            problems
                .iter()
                .map(|pr| format!("{}: {}", pr.path, pr.message(l)))
                .collect(),
        );
    }
    let Some(ctx) = content_shown(&loaded, builtin) else {
        // Nothing to show yet: the built-in content is on its way, or failed.
        if let Some((_, e)) = &*load_error {
            return error_panel(vec![t(Key::ContentUnreadable, l).replace("{error}", e)]);
        }
        return html! {
            <div class="berth" lang={l.code()} part="root" aria-busy="true">
                <p class="berth-loading" role="status">{t(Key::Loading, l)}</p>
            </div>
        };
    };
    let title = match (*mode, &ctx.quiz) {
        (Mode::Quiz, Some(q)) => q.document().title.get(l).to_string(),
        _ => ctx.catalog.document().title.get(l).to_string(),
    };
    let switch_notice = match &*load_error {
        Some((want, e)) if *want != l => html! {
            <div class="berth-notice" role="alert">
                <p>{t(Key::LanguageUnavailable, l).replace("{lang}", lang_name(*want)).replace("{error}", e)}</p>
            </div>
        },
        _ => html! {},
    };

    // The chooser starts from the URL, else from the preset answers. After a
    // restart, the answers it had (handed over as the preset) win over the link's.
    let handed_over = p.handover && p.chooser_reported;
    let from_preset = link_quiz || handed_over || p.fragment.trim_start_matches('#').is_empty();
    let chooser_fragment = if from_preset {
        p.answers.replace(' ', "&")
    } else {
        p.fragment.clone()
    };
    let quiz_link = if link_quiz { items.clone() } else { Vec::new() };
    let panes = ModePanes {
        props: p,
        lang: l,
        mode: *mode,
        shown: &|m: Mode| opened.contains(&m) && modes.contains(&m),
        chooser_fragment,
        resume: !from_preset || handed_over,
        shared_answers,
        quiz_link,
        compare_uid,
    };

    html! {
        <ContextProvider<Content> context={ctx}>
        <ContextProvider<EventHost> context={EventHost(p.host.clone())}>
        <div class="berth" lang={l.code()} data-berth-ready="true" data-mode={mode.id()} part="root">
            { header(Header { title: &title, modes, mode: &mode, opened: &opened, lang: &lang, shown: l }) }
            { switch_notice }
            { mode_panes(panes) }
        </div>
        </ContextProvider<EventHost>>
        </ContextProvider<Content>>
    }
}

/// The modes this widget shows: those its content has (a custom catalog has
/// no quiz, a custom quiz no chooser), narrowed to the author's `modes` when
/// any of them fit.
fn modes_shown(loaded: &Loaded, author_modes: &[Mode]) -> Vec<Mode> {
    let content: &[Mode] = match loaded {
        Loaded::BuiltIn => &[Mode::Chooser, Mode::Quiz, Mode::Compare],
        Loaded::Catalog(_) => &[Mode::Chooser, Mode::Compare],
        Loaded::Quiz(_) | Loaded::QuizWaiting => &[Mode::Quiz],
        Loaded::Problems(_) | Loaded::CustomUnsupported => &[],
    };
    let allowed: Vec<Mode> = content
        .iter()
        .copied()
        .filter(|m| author_modes.is_empty() || author_modes.contains(m))
        .collect();
    if allowed.is_empty() {
        content.to_vec()
    } else {
        allowed
    }
}

/// The content the modes read: the custom catalog or quiz, with the
/// built-in content of the language on screen where it is needed. `None`
/// while the built-in content is still on its way.
fn content_shown(
    loaded: &Loaded,
    builtin: Option<(CatalogRef, Option<QuizRef>)>,
) -> Option<Content> {
    Some(match (loaded, builtin) {
        (Loaded::Catalog(c), _) => Content {
            catalog: c.clone(),
            quiz: None,
        },
        (Loaded::Quiz(q), Some((catalog, _))) => Content {
            catalog,
            quiz: Some(q.clone()),
        },
        (_, Some((catalog, quiz))) => Content { catalog, quiz },
        (_, None) => return None,
    })
}

/// The ever-present widget error: custom content that cannot be shown.
fn error_panel(lines: &[String], lang: Lang) -> Html {
    html! {
        <div class="berth" lang={lang.code()} data-berth-ready="true" part="root">
            // Not role="alert": an author's content problem is there from the start,
            // nothing the reader did; it is read in place, not shouted.
            <div class="berth-error" part="error">
                <p><strong>{t(Key::ContentProblems, lang)}</strong></p>
                <ul>{ for lines.iter().map(|line| html! { <li><code>{line}</code></li> }) }</ul>
            </div>
        </div>
    }
}

/// What the header shows and changes.
struct Header<'a> {
    title: &'a str,
    modes: &'a [Mode],
    mode: &'a UseStateHandle<Mode>,
    /// Modes opened so far (they stay mounted).
    opened: &'a UseStateHandle<Vec<Mode>>,
    /// The language asked for.
    lang: &'a UseStateHandle<Lang>,
    /// The language on screen.
    shown: Lang,
}

/// Title, mode tabs and language switch.
fn header(h: Header<'_>) -> Html {
    let (title, modes, mode, opened, lang, shown) =
        (h.title, h.modes, h.mode, h.opened, h.lang, h.shown);
    let wanted = **lang;
    let l = shown;
    let lang_button = |target: Lang| {
        let asked = lang.clone();
        // Pressed as soon as it is asked for; busy until its content is here.
        let busy = wanted == target && l != target;
        html! {
            <button type="button" class="berth-lang-btn" aria-pressed={(wanted == target).to_string()} lang={target.code()}
                aria-busy={busy.then_some("true")}
                onclick={Callback::from(move |_| asked.set(target))}>{lang_name(target)}</button>
        }
    };
    let mode_button = |target: Mode| {
        let mode = mode.clone();
        let opened = opened.clone();
        let key = match target {
            Mode::Chooser => Key::ModeChooser,
            Mode::Quiz => Key::ModeQuiz,
            Mode::Compare => Key::ModeCompare,
        };
        html! {
            <button type="button" class="berth-tab" aria-pressed={(*mode == target).to_string()} data-mode={target.id()}
                onclick={Callback::from(move |_| {
                    if !opened.contains(&target) {
                        let mut o = (*opened).clone();
                        o.push(target);
                        opened.set(o);
                    }
                    mode.set(target);
                })}>{t(key, shown)}</button>
        }
    };
    html! {
            <div class="berth-head" part="head">
                <p class="berth-title">{title}</p>
                <div class="berth-head-controls">
                    if modes.len() > 1 {
                        <div class="berth-tabs" role="group" aria-label={t(Key::ModeLabel, shown)} part="tabs">
                            { for modes.iter().map(|&m| mode_button(m)) }
                        </div>
                    }
                    <div class="berth-langs" role="group" aria-label={t(Key::Language, shown)}>
                        { lang_button(Lang::Ko) }
                        { lang_button(Lang::En) }
                    </div>
                </div>
            </div>
    }
}
