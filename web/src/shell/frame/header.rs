//! The widget's header: its title, the mode tabs and the language switch.

use crate::shell::frame::lang_switch::{lang_switch, LangSwitchProps};
use crate::shell::frame::mode_tabs::{mode_tabs, ModeTabsProps};
use crate::shell::props::Mode;
use berth::Lang;
use yew::prelude::*;

pub struct HeaderProps<'a> {
    pub title: &'a str,
    pub modes: &'a [Mode],
    pub mode: Mode,
    /// The language asked for.
    pub asked: Lang,
    /// The language on screen.
    pub shown: Lang,
    pub on_open: Callback<Mode>,
    pub on_ask: Callback<Lang>,
}

pub fn header(props: &HeaderProps<'_>) -> Html {
    html! {
        <div class="berth-head" part="head">
            <p class="berth-title">{props.title}</p>
            <div class="berth-head-controls">
                { mode_tabs(&ModeTabsProps { modes: props.modes, mode: props.mode, lang: props.shown, on_open: &props.on_open }) }
                { lang_switch(&LangSwitchProps { asked: props.asked, shown: props.shown, on_ask: &props.on_ask }) }
            </div>
        </div>
    }
}
