//! The widget root's state and the actions that change it (a pure reducer,
//! tested without a browser): the mode on screen and the modes opened so far
//! (they stay mounted), the language asked for and the one on screen (they
//! differ while the asked one's content is fetched), and the last failed fetch.

use crate::platform::content::BundleError;
use crate::platform::link::{self, LinkScope};
use crate::shell::props::Mode;
use berth::Lang;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct ShellState {
    /// The mode on screen.
    pub mode: Mode,
    /// Modes opened so far, in opening order (their panes stay mounted).
    pub opened: Vec<Mode>,
    /// The language the reader (or the host) asked for; its button shows pressed.
    pub asked: Lang,
    /// The language on screen: the asked one once its content is here.
    pub shown: Lang,
    /// The host's language last seen; only a change of it counts.
    host_lang: Lang,
    /// The last fetch of built-in content that failed, with its language.
    pub failed: Option<(Lang, BundleError)>,
}

/// What happens to the widget root.
#[derive(Clone, Debug, PartialEq)]
pub enum ShellAction {
    /// The reader chose a mode tab.
    Open(Mode),
    /// The reader pressed a language button; `ready`: its content is here
    /// (or the widget needs none), so it is shown at once.
    AskLang { lang: Lang, ready: bool },
    /// The host's language is now `lang` (an attribute or `set_lang`).
    HostLang { lang: Lang, ready: bool },
    /// The built-in content of a language arrived.
    Arrived(Lang),
    /// The built-in content of a language could not be loaded.
    Failed(Lang, BundleError),
}

/// Splits a (bare) fragment into decoded `key=value` items.
pub fn fragment_items(fragment: &str) -> Vec<(String, String)> {
    let mut items = link::items(fragment, &LinkScope::Page);
    items.retain(|(key, _)| key != link::CUT);
    items
}

/// Whether the link is a quiz's (`mode=quiz`).
pub fn link_is_quiz(items: &[(String, String)]) -> bool {
    items
        .iter()
        .any(|(key, value)| key == "mode" && value == "quiz")
}

/// Where a widget starts: what the element says, and whether it was
/// restarted in this module by the reader's tab choice.
pub struct Start<'a> {
    /// The link's items (see [`fragment_items`]).
    pub items: &'a [(String, String)],
    pub lang: Lang,
    pub mode: Mode,
    pub handover: bool,
    /// The modes the widget shows.
    pub modes: &'a [Mode],
}

impl ShellState {
    /// The state at start. A quiz link picks the quiz, and the link's `lang=`
    /// the language, unless a restart hands over the reader's own; a mode the
    /// widget does not show gives way to the first it shows.
    pub fn start(start: Start<'_>) -> Self {
        let wanted = if link_is_quiz(start.items) && !start.handover {
            Mode::Quiz
        } else {
            start.mode
        };
        let mode = if start.modes.contains(&wanted) {
            wanted
        } else {
            start.modes.first().copied().unwrap_or(Mode::Chooser)
        };
        let link_lang = start
            .items
            .iter()
            .find(|(key, _)| key == "lang")
            .and_then(|(_, value)| Lang::from_tag(value));
        let lang = match link_lang {
            Some(lang) if !start.handover => lang,
            _ => start.lang,
        };
        ShellState {
            mode,
            opened: vec![mode],
            asked: lang,
            shown: lang,
            host_lang: start.lang,
            failed: None,
        }
    }

    /// The modes whose panes are mounted: opened and among the widget's `modes`.
    pub fn panes(&self, modes: &[Mode]) -> Vec<Mode> {
        let opened = self.opened.iter().copied();
        opened.filter(|mode| modes.contains(mode)).collect()
    }

    /// The host's language last seen.
    pub fn host_lang(&self) -> Lang {
        self.host_lang
    }

    fn ask(&mut self, lang: Lang, ready: bool) {
        self.asked = lang;
        if ready {
            self.shown = lang;
        }
    }
}

impl Reducible for ShellState {
    type Action = ShellAction;

    fn reduce(self: Rc<Self>, action: ShellAction) -> Rc<Self> {
        let mut state = (*self).clone();
        match action {
            ShellAction::Open(mode) => {
                if !state.opened.contains(&mode) {
                    state.opened.push(mode);
                }
                state.mode = mode;
            }
            ShellAction::AskLang { lang, ready } => state.ask(lang, ready),
            ShellAction::HostLang { lang, ready } => {
                // At start the link's `lang=` may rightly differ from the host's.
                if lang != state.host_lang {
                    state.host_lang = lang;
                    state.ask(lang, ready);
                }
            }
            ShellAction::Arrived(lang) => {
                state.failed = None;
                if state.asked == lang {
                    state.shown = lang;
                }
            }
            ShellAction::Failed(lang, error) => {
                state.failed = Some((lang, error));
                // Back to the language on screen (its button shows pressed again).
                if state.shown != lang {
                    state.asked = state.shown;
                }
            }
        }
        Rc::new(state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Mode; 3] = [Mode::Chooser, Mode::Quiz, Mode::Compare];

    fn items(fragment: &str) -> Vec<(String, String)> {
        fragment_items(fragment)
    }

    fn start(fragment: &str, mode: Mode, handover: bool, modes: &[Mode]) -> ShellState {
        ShellState::start(Start {
            items: &items(fragment),
            lang: Lang::En,
            mode,
            handover,
            modes,
        })
    }

    fn apply(state: ShellState, actions: Vec<ShellAction>) -> ShellState {
        let mut state = Rc::new(state);
        for action in actions {
            state = state.reduce(action);
        }
        (*state).clone()
    }

    #[test]
    fn a_quiz_link_opens_the_quiz_and_its_lang_wins_over_the_page() {
        let state = start("mode=quiz&seed=5&lang=ko", Mode::Chooser, false, &ALL);
        assert_eq!(
            (state.mode, state.opened.clone()),
            (Mode::Quiz, vec![Mode::Quiz])
        );
        assert_eq!((state.asked, state.shown), (Lang::Ko, Lang::Ko));
    }

    #[test]
    fn after_a_restart_the_readers_mode_and_language_win_over_the_link() {
        let state = start("mode=quiz&lang=ko", Mode::Compare, true, &ALL);
        assert_eq!(state.mode, Mode::Compare);
        assert_eq!(state.shown, Lang::En);
    }

    #[test]
    fn a_mode_the_widget_does_not_show_gives_way_to_the_first_it_shows() {
        let state = start(
            "mode=quiz",
            Mode::Chooser,
            false,
            &[Mode::Chooser, Mode::Compare],
        );
        assert_eq!(state.mode, Mode::Chooser);
        assert_eq!(start("", Mode::Chooser, false, &[]).mode, Mode::Chooser);
        assert_eq!(
            start("", Mode::Compare, false, &[Mode::Quiz]).mode,
            Mode::Quiz
        );
    }

    #[test]
    fn a_cut_marker_is_not_a_link_item() {
        let fragment = format!("workload=web&{}", link::CUT);
        assert_eq!(
            fragment_items(&fragment),
            [("workload".into(), "web".into())]
        );
    }

    #[test]
    fn opened_modes_stay_opened_once_in_opening_order() {
        let state = apply(
            start("", Mode::Chooser, false, &ALL),
            vec![
                ShellAction::Open(Mode::Compare),
                ShellAction::Open(Mode::Chooser),
                ShellAction::Open(Mode::Compare),
            ],
        );
        assert_eq!(state.mode, Mode::Compare);
        assert_eq!(state.opened, [Mode::Chooser, Mode::Compare]);
        assert_eq!(state.panes(&[Mode::Compare, Mode::Quiz]), [Mode::Compare]);
    }

    #[test]
    fn a_language_whose_content_is_here_is_shown_at_once() {
        let state = apply(
            start("", Mode::Chooser, false, &ALL),
            vec![ShellAction::AskLang {
                lang: Lang::Ko,
                ready: true,
            }],
        );
        assert_eq!((state.asked, state.shown), (Lang::Ko, Lang::Ko));
    }

    #[test]
    fn a_language_being_fetched_is_asked_but_shown_only_when_it_arrives() {
        let asked = apply(
            start("", Mode::Chooser, false, &ALL),
            vec![ShellAction::AskLang {
                lang: Lang::Ko,
                ready: false,
            }],
        );
        assert_eq!((asked.asked, asked.shown), (Lang::Ko, Lang::En));
        let arrived = apply(asked, vec![ShellAction::Arrived(Lang::Ko)]);
        assert_eq!((arrived.asked, arrived.shown), (Lang::Ko, Lang::Ko));
    }

    #[test]
    fn a_failed_fetch_goes_back_to_the_language_on_screen_and_is_kept() {
        let state = apply(
            start("", Mode::Chooser, false, &ALL),
            vec![
                ShellAction::AskLang {
                    lang: Lang::Ko,
                    ready: false,
                },
                ShellAction::Failed(Lang::Ko, BundleError::NoLoader),
            ],
        );
        assert_eq!((state.asked, state.shown), (Lang::En, Lang::En));
        assert_eq!(state.failed, Some((Lang::Ko, BundleError::NoLoader)));
        // A later arrival clears it.
        let state = apply(state, vec![ShellAction::Arrived(Lang::En)]);
        assert_eq!(state.failed, None);
    }

    #[test]
    fn a_failed_start_keeps_its_language_and_the_error() {
        let state = apply(
            start("", Mode::Chooser, false, &ALL),
            vec![ShellAction::Failed(Lang::En, BundleError::NotBytes)],
        );
        assert_eq!((state.asked, state.shown), (Lang::En, Lang::En));
        assert!(state.failed.is_some());
    }

    #[test]
    fn only_a_change_of_the_hosts_language_takes_effect() {
        // The link said Korean; the host's English at start is no change.
        let state = start("lang=ko", Mode::Chooser, false, &ALL);
        let same = apply(
            state.clone(),
            vec![ShellAction::HostLang {
                lang: Lang::En,
                ready: true,
            }],
        );
        assert_eq!(same.shown, Lang::Ko);
        let changed = apply(
            state,
            vec![
                ShellAction::HostLang {
                    lang: Lang::Ko,
                    ready: true,
                },
                ShellAction::AskLang {
                    lang: Lang::En,
                    ready: true,
                },
                ShellAction::HostLang {
                    lang: Lang::Ko,
                    ready: true,
                },
            ],
        );
        // Korean was already seen: the reader's English stays.
        assert_eq!(changed.shown, Lang::En);
    }
}
