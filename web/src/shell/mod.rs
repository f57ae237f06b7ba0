//! The widget's frame: how it is mounted ([`mount`]), what it is given
//! ([`props`]), its root component ([`widget`]) with its state ([`state`])
//! and content ([`loaded`]), and the parts the root draws: [`header`]
//! ([`mode_tabs`], [`lang_switch`]), [`lang_notice`], [`error_panel`] and
//! the [`panes`] (including [`mode_elsewhere`], the restart into a wasm
//! module that holds a mode this one lacks). The shell depends on the parts;
//! no part depends on the shell.

#[cfg(feature = "chooser")]
pub(crate) mod compare_answers;
pub(crate) mod error_panel;
pub(crate) mod header;
pub(crate) mod lang_notice;
pub(crate) mod lang_switch;
pub(crate) mod loaded;
pub(crate) mod mode_elsewhere;
pub(crate) mod mode_tabs;
pub mod mount;
pub(crate) mod panes;
pub mod props;
pub(crate) mod state;
pub mod widget;
