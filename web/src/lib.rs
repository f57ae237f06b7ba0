//! Berth's browser widget: a Yew (CSR) view over the pure `berth` core.
//!
//! Two ways in, both over the same [`Widget`] root (see [`shell::mount`]):
//! - `static/berth-widget.js` defines the `<berth-widget>` custom element
//!   (Shadow DOM, lazy start, attributes) and calls `mount_widget`;
//! - `static/boot.js` mounts every `[data-berth]` element with `mount`.
//!
//! One folder per part, each behind at most one `cfg` (which wasm module
//! holds it, issue #14):
//! - [`shell`]: mount, the widget root, mode tabs, the restart into a fuller module;
//! - [`chooser`] (feature `chooser`): questions, results, what-ifs;
//! - [`compare`] (feature `chooser`): the comparison table and chart;
//! - [`quiz`] (feature `quiz`): the quiz;
//! - [`platform`]: the browser (URL, clipboard, storage, events, focus, link
//!   items, the page's content registry);
//! - [`ui`]: interface strings and the views more than one part uses.
//!
//! All decisions and marks come from the `berth` crate; this crate only
//! draws them and talks to the browser.

#[cfg(feature = "chooser")]
pub mod chooser;
#[cfg(feature = "chooser")]
pub mod compare;
pub mod platform;
#[cfg(feature = "quiz")]
pub mod quiz;
pub mod shell;
pub mod ui;

#[cfg(feature = "chooser")]
pub use chooser::app::{App, AppProps};
pub use shell::mount::{mount, mount_widget, WidgetHandle, QUIZ_ATTRIBUTES};
pub use shell::props::{Mode, WidgetProps};
pub use shell::widget::Widget;

/// Talc instead of dlmalloc: smaller and faster in wasm (measured in BENCHMARKS.md).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
