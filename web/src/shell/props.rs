//! What a widget is given: its [`Mode`]s and the [`WidgetProps`] both ways
//! in (`mount`, `mount_widget`) fill from the page.

use crate::platform::link::LinkScope;
use berth::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// A tab of the widget: the chooser, the quiz or the comparison.
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

    /// Whether this wasm module holds the mode's views (see
    /// [`crate::shell::panes::mode_elsewhere`] for a mode it lacks).
    pub const fn compiled(self) -> bool {
        match self {
            Mode::Chooser | Mode::Compare => cfg!(feature = "chooser"),
            Mode::Quiz => cfg!(feature = "quiz"),
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
    /// widget in a wasm module holding `mode` (see [`crate::shell::panes::mode_elsewhere`]).
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
