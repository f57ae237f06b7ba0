//! The language switch: one button per language, pressed as soon as it is
//! asked for and busy until its content is here.

use crate::ui::i18n::{lang_name, t, Key};
use berth::Lang;
use yew::prelude::*;

pub struct LangSwitchProps<'a> {
    /// The language asked for.
    pub asked: Lang,
    /// The language on screen.
    pub shown: Lang,
    pub on_ask: &'a Callback<Lang>,
}

pub fn lang_switch(props: &LangSwitchProps<'_>) -> Html {
    let (asked, shown) = (props.asked, props.shown);
    let button = |target: Lang| {
        let busy = asked == target && shown != target;
        html! {
            <button type="button" class="berth-lang-btn" aria-pressed={(asked == target).to_string()} lang={target.code()}
                aria-busy={busy.then_some("true")}
                onclick={props.on_ask.reform(move |_| target)}>{lang_name(target)}</button>
        }
    };
    html! {
        <div class="berth-langs" role="group" aria-label={t(Key::Language, shown)}>
            { button(Lang::Ko) }
            { button(Lang::En) }
        </div>
    }
}
