//! One hook for "move focus to this element when …": after the reader
//! navigates, focus follows to a legend, a heading or a field.

use yew::prelude::*;

/// Focuses `node` after a render in which `trigger` changed, if `when` holds.
#[hook]
pub fn use_focus<T: PartialEq + 'static>(node: &NodeRef, trigger: T, when: bool) {
    let node = node.clone();
    use_effect_with(trigger, move |_| {
        if when {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}
