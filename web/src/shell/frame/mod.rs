//! What the widget root draws around the panes: the [`header`] with the
//! [`mode_tabs`] and the [`lang_switch`], the [`lang_notice`] while another
//! language loads, and the [`error_panel`] when content cannot be shown.
//! View functions over borrowed props (smaller wasm than components).

pub(crate) mod error_panel;
pub(crate) mod header;
pub(crate) mod lang_notice;
pub(crate) mod lang_switch;
pub(crate) mod mode_tabs;
