//! Moving focus from code, in one place: every "focus this element when that
//! changes" (a new question's legend, a verdict, a results heading) uses
//! [`use_focus`]; a control about to disappear hands focus on with
//! [`focus_within`]. Firefox refuses focus in the task that removed the focused
//! element (the clicked "Next" is replaced by the next question), and in the
//! animation frame after it; focus is then tried once more in a new task
//! (a zero timeout), so it never stays on `<body>`.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Focuses `el` now, or in a new task if that did not take.
pub fn focus_now_or_next_frame(el: web_sys::HtmlElement) {
    let _ = el.focus();
    if el.matches(":focus").unwrap_or(false) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    // A promise that a zero timeout resolves: the next task, without a `Closure`.
    let next_task = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(next_task).await;
        if el.is_connected() {
            let _ = el.focus();
        }
    });
}

/// Focuses `node` after a render in which `key` changed and `when` holds.
#[hook]
pub fn use_focus<K: PartialEq + 'static>(node: &NodeRef, key: K, when: bool) {
    let node = node.clone();
    use_effect_with((key, when), move |(_, when)| {
        if let (true, Some(el)) = (*when, node.cast::<web_sys::HtmlElement>()) {
            focus_now_or_next_frame(el);
        }
    });
}

/// Moves focus to the first element matching `target` inside the nearest
/// ancestor of `from` that matches `container`. A control that is about to
/// disappear (a notice's "Dismiss") hands focus on this way instead of
/// dropping it to the page's `<body>`; it works inside a shadow root too.
pub fn focus_within(from: Option<web_sys::EventTarget>, container: &str, target: &str) {
    let found = from
        .and_then(|from| from.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest(container).ok().flatten())
        .and_then(|around| around.query_selector(target).ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = found {
        let _ = element.focus();
    }
}
