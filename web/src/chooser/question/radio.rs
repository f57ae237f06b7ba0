//! One native radio input with its label (arrow keys move the selection;
//! nothing advances on its own).

use yew::prelude::*;

/// A labelled radio; `on_select` fires when it becomes checked.
pub fn radio(
    id: String,
    name: &AttrValue,
    label: AttrValue,
    checked: bool,
    on_select: Callback<()>,
) -> Html {
    html! {
        <label class="berth-choice" for={id.clone()}>
            <input type="radio" id={id} name={name.clone()} checked={checked}
                onchange={on_select.reform(|_: Event| ())} />
            <span>{label}</span>
        </label>
    }
}
