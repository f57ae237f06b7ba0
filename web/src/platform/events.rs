//! Host events: composed, bubbling `CustomEvent`s dispatched on the widget's
//! host element so a docs site can wire its own analytics. The `detail` is
//! a plain object (documented in README.md), built directly as a JS object
//! so the bundle needs no JSON value type or number formatting. Without a
//! host, nothing is sent.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The element events are dispatched on (context value).
#[derive(Clone, PartialEq, Default)]
pub struct EventHost(pub Option<web_sys::Element>);

/// An event's `detail`: a plain JS object filled field by field.
pub struct Detail(Object);

impl Detail {
    pub fn new() -> Self {
        Detail(Object::new())
    }

    fn set(self, key: &str, value: JsValue) -> Self {
        // Setting a property on a fresh plain object cannot throw.
        let _ = Reflect::set(&self.0, &JsValue::from_str(key), &value);
        self
    }

    pub fn str(self, key: &str, value: Option<&str>) -> Self {
        self.set(key, value.map(JsValue::from_str).unwrap_or(JsValue::NULL))
    }

    pub fn strs<'a>(self, key: &str, values: impl IntoIterator<Item = &'a str>) -> Self {
        let array: Array = values.into_iter().map(JsValue::from_str).collect();
        self.set(key, array.into())
    }

    #[cfg(feature = "quiz")]
    pub fn num(self, key: &str, value: f64) -> Self {
        self.set(key, JsValue::from_f64(value))
    }

    pub fn bool(self, key: &str, value: bool) -> Self {
        self.set(key, JsValue::from_bool(value))
    }
}

impl Default for Detail {
    fn default() -> Self {
        Self::new()
    }
}

/// Dispatches `name` with `detail` on the host, if any.
pub fn emit(host: &EventHost, name: &str, detail: Detail) {
    let Some(el) = &host.0 else { return };
    let detail: JsValue = detail.0.into();
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
