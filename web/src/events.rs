//! Host events: composed, bubbling `CustomEvent`s dispatched on the widget's
//! host element so a docs site can wire its own analytics. The `detail` is
//! plain JSON (documented in README.md). Without a host, nothing is sent.

use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The element events are dispatched on (context value).
#[derive(Clone, PartialEq, Default)]
pub struct EventHost(pub Option<web_sys::Element>);

/// Dispatches `name` with `detail` (a JSON value) on the host, if any.
pub fn emit(host: &EventHost, name: &str, detail: &serde_json::Value) {
    let Some(el) = &host.0 else { return };
    let detail = js_sys::JSON::parse(&detail.to_string()).unwrap_or(JsValue::NULL);
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = el.dispatch_event(&event);
    }
}

#[hook]
pub fn use_event_host() -> EventHost {
    use_context::<EventHost>().unwrap_or_default()
}
