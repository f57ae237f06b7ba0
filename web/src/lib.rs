//! Berth's browser widget: a Yew (CSR) view over the pure `berth` core.
//!
//! JavaScript calls [`mount`] with an element; the widget reads the language
//! from the nearest `lang` attribute and the answers from the URL fragment,
//! then renders the chooser into the element. All decisions come from
//! `berth::recommend`; this crate only draws them and talks to the browser
//! (URL fragment, clipboard, focus).

mod app;
mod browser;
mod compare_chart;
mod comparison;
pub mod i18n;
mod question_step;
mod results;
pub mod state;

pub use app::{App, AppProps};
use wasm_bindgen::prelude::*;

/// Renders a chooser into `root`. Returns nothing; the widget lives as long as the page.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    let lang = browser::lang_of(&root);
    let fragment = browser::fragment();
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            lang,
            fragment,
            sync_url: true,
        },
    )
    .render();
}
