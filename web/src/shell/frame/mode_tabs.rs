//! The mode tabs (chooser / quiz / compare), shown when the widget has more
//! than one mode.

use crate::shell::props::Mode;
use crate::ui::i18n::{t, Key};
use berth::Lang;
use yew::prelude::*;

pub struct ModeTabsProps<'a> {
    /// The modes the widget shows, in tab order.
    pub modes: &'a [Mode],
    /// The mode on screen (its tab shows pressed).
    pub mode: Mode,
    pub lang: Lang,
    pub on_open: &'a Callback<Mode>,
}

fn label(mode: Mode) -> Key {
    match mode {
        Mode::Chooser => Key::ModeChooser,
        Mode::Quiz => Key::ModeQuiz,
        Mode::Compare => Key::ModeCompare,
    }
}

pub fn mode_tabs(props: &ModeTabsProps<'_>) -> Html {
    if props.modes.len() <= 1 {
        return html! {};
    }
    let tab = |target: Mode| {
        html! {
            <button type="button" class="berth-tab" aria-pressed={(props.mode == target).to_string()} data-mode={target.id()}
                onclick={props.on_open.reform(move |_| target)}>{t(label(target), props.lang)}</button>
        }
    };
    html! {
        <div class="berth-tabs" role="group" aria-label={t(Key::ModeLabel, props.lang)} part="tabs">
            { for props.modes.iter().map(|&mode| tab(mode)) }
        </div>
    }
}
