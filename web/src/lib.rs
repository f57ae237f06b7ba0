//! Berth's browser widget: a Yew (CSR) view over the pure `berth` core.
//!
//! JavaScript calls [`mount`] with an element; the widget reads the language
//! from the nearest `lang` attribute, its mode and quiz settings from the
//! element's `data-*` attributes, and answers or a quiz from the URL
//! fragment. All decisions and marks come from the `berth` crate; this crate
//! only draws them and talks to the browser (URL, clipboard, storage, focus).

mod app;
mod browser;
mod compare_chart;
mod comparison;
pub mod i18n;
mod question_step;
mod quiz_app;
mod quiz_question;
pub mod quiz_state;
mod quiz_summary;
mod results;
pub mod state;
mod storage;
mod widget;

pub use app::{App, AppProps};
use wasm_bindgen::prelude::*;
pub use widget::{Mode, Widget, WidgetProps};

/// Quiz settings a mount element may carry, as `data-NAME` attributes.
pub const QUIZ_ATTRIBUTES: [&str; 8] = [
    "count", "topics", "seed", "shuffle", "pass", "retry", "show", "feedback",
];

/// Renders a Berth widget into `root`.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    let lang = browser::lang_of(&root);
    // `data-url="off"`: this widget neither reads nor writes the URL fragment
    // (for a second widget on a page whose first one owns the URL).
    let sync_url = root.get_attribute("data-url").as_deref() != Some("off");
    let fragment = if sync_url {
        browser::fragment()
    } else {
        String::new()
    };
    let mode = match root.get_attribute("data-mode").as_deref() {
        Some("quiz") => Mode::Quiz,
        _ => Mode::Chooser,
    };
    let quiz_attributes = QUIZ_ATTRIBUTES
        .iter()
        .filter_map(|name| {
            root.get_attribute(&format!("data-{name}"))
                .map(|v| (name.to_string(), v))
        })
        .collect();
    // The core takes a seed and never draws randomness itself; the page picks one here.
    let fallback_seed = (js_sys::Math::random() * 1e9) as u64 + 1;
    yew::Renderer::<Widget>::with_root_and_props(
        root,
        WidgetProps {
            lang,
            fragment,
            mode,
            quiz_attributes,
            fallback_seed,
            sync_url,
        },
    )
    .render();
}
