//! The widget's header: its title, the mode tabs and the language switch.

use crate::shell::lang_switch::LangSwitch;
use crate::shell::mode_tabs::ModeTabs;
use crate::shell::props::Mode;
use berth::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub title: AttrValue,
    pub modes: Vec<Mode>,
    pub mode: Mode,
    /// The language asked for.
    pub asked: Lang,
    /// The language on screen.
    pub shown: Lang,
    pub on_open: Callback<Mode>,
    pub on_ask: Callback<Lang>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    html! {
        <div class="berth-head" part="head">
            <p class="berth-title">{props.title.clone()}</p>
            <div class="berth-head-controls">
                <ModeTabs modes={props.modes.clone()} mode={props.mode} lang={props.shown} on_open={props.on_open.clone()} />
                <LangSwitch asked={props.asked} shown={props.shown} on_ask={props.on_ask.clone()} />
            </div>
        </div>
    }
}
