//! The widget's root: title, mode tabs (chooser / quiz / compare) and the
//! language switch; validates custom content and shows its problems instead
//! of a blank box. Its state is a [`ShellState`]; its effects only fetch the
//! built-in content and follow the host's language. Modes stay mounted once
//! opened (the inactive ones are hidden), so switching never loses answers;
//! only the active mode writes the URL.

use crate::platform::content::{self, Content};
use crate::platform::events::EventHost;
use crate::platform::handover::SharedAnswers;
use crate::shell::frame::error_panel::{error_panel, ErrorPanelProps};
use crate::shell::frame::header::{header, HeaderProps};
use crate::shell::frame::lang_notice::{lang_notice, LangNoticeProps};
use crate::shell::loaded::{content_shown, load, modes_shown, LoadError};
use crate::shell::panes::mode_panes::{mode_panes, ModePanesProps};
use crate::shell::props::{Mode, WidgetProps};
use crate::shell::state::{fragment_items, ShellAction, ShellState, Start};
use crate::ui::i18n::{t, Key};
use berth::Lang;
use yew::prelude::*;

/// Whether `lang` can be shown at once: its built-in content is here, or
/// the widget needs none.
fn ready(lang: Lang, needs_builtin: bool) -> bool {
    !needs_builtin || content::bundle(lang).is_some()
}

/// A new `lang` from the host (attribute change, `set_lang`) takes effect live.
#[hook]
fn use_host_lang(lang: Lang, state: &UseReducerHandle<ShellState>, needs_builtin: bool) {
    let (dispatcher, seen) = (state.dispatcher(), state.host_lang());
    use_effect_with(lang, move |&lang| {
        if lang != seen {
            let ready = ready(lang, needs_builtin);
            dispatcher.dispatch(ShellAction::HostLang { lang, ready });
        }
    });
}

/// Fetches the built-in content of the asked language when it is not here yet.
#[hook]
fn use_builtin_fetch(
    asked: Lang,
    needs_builtin: bool,
    dispatcher: UseReducerDispatcher<ShellState>,
) {
    use_effect_with((asked, needs_builtin), move |&(wanted, needs)| {
        if needs && content::bundle(wanted).is_none() {
            wasm_bindgen_futures::spawn_local(async move {
                match content::load_bundle(wanted).await {
                    Ok(()) => dispatcher.dispatch(ShellAction::Arrived(wanted)),
                    Err(error) => dispatcher.dispatch(ShellAction::Failed(wanted, error)),
                }
            });
        }
    });
}

/// The root's state, started from the element and the link.
#[hook]
fn use_shell_state(props: &WidgetProps, modes: &[Mode]) -> UseReducerHandle<ShellState> {
    let (props, modes) = (props.clone(), modes.to_vec());
    use_reducer(move || {
        let items = fragment_items(&props.fragment);
        let (lang, mode, handover) = (props.lang, props.mode, props.handover);
        ShellState::start(Start {
            items: &items,
            lang,
            mode,
            handover,
            modes: &modes,
        })
    })
}

/// The widget's title: the quiz's in quiz mode, else the catalog's.
fn title(mode: Mode, content: &Content, lang: Lang) -> &str {
    match (mode, &content.quiz) {
        (Mode::Quiz, Some(quiz)) => quiz.document().title.get(lang),
        _ => content.catalog.document().title.get(lang),
    }
}

/// What shows until the built-in content is here.
fn loading(lang: Lang) -> Html {
    html! {
        <div class="berth" lang={lang.code()} part="root" aria-busy="true">
            <p class="berth-loading" role="status">{t(Key::Loading, lang)}</p>
        </div>
    }
}

#[function_component(Widget)]
pub fn widget(props: &WidgetProps) -> Html {
    let have_builtin = content::any_bundle().is_some();
    let loaded = use_memo((props.content.clone(), have_builtin), |(text, _)| {
        load(text)
    });
    let modes = modes_shown(&loaded, &props.modes);
    let state = use_shell_state(props, &modes);
    let needs_builtin = loaded.needs_builtin();
    use_host_lang(props.lang, &state, needs_builtin);
    use_builtin_fetch(state.asked, needs_builtin, state.dispatcher());
    // The chooser's answers, for the compare mode and a restart.
    let shared_answers = SharedAnswers(use_mut_ref(|| None::<berth::Answers>));
    let compare_uid = *use_state(crate::ui::next_uid);
    let lang = state.shown;
    if let Some(error) = loaded.error(props.content_error.as_deref()) {
        return error_panel(&ErrorPanelProps { error, lang });
    }
    let builtin = content::bundle(lang).or_else(content::any_bundle);
    let Some(content) = content_shown(&loaded, builtin) else {
        // Nothing to show yet: the built-in content is on its way, or failed.
        return match &state.failed {
            Some((_, error)) => {
                let error = LoadError::Bundle(error.clone());
                error_panel(&ErrorPanelProps { error, lang })
            }
            None => loading(lang),
        };
    };
    let on_open = {
        let dispatcher = state.dispatcher();
        Callback::from(move |mode| dispatcher.dispatch(ShellAction::Open(mode)))
    };
    let on_ask = {
        let dispatcher = state.dispatcher();
        Callback::from(move |lang| {
            let ready = ready(lang, needs_builtin);
            dispatcher.dispatch(ShellAction::AskLang { lang, ready })
        })
    };
    let shown = state.panes(&modes);
    html! {
        <ContextProvider<Content> context={content.clone()}>
        <ContextProvider<EventHost> context={EventHost(props.host.clone())}>
        <div class="berth" lang={lang.code()} data-berth-ready="true" data-mode={state.mode.id()} part="root">
            { header(&HeaderProps { title: title(state.mode, &content, lang), modes: &modes, mode: state.mode,
                asked: state.asked, shown: lang, on_open, on_ask }) }
            { lang_notice(&LangNoticeProps { failed: &state.failed, shown: lang }) }
            { mode_panes(&ModePanesProps { widget: props, lang, mode: state.mode, shown,
                shared_answers, compare_uid }) }
        </div>
        </ContextProvider<EventHost>>
        </ContextProvider<Content>>
    }
}
