//! The widget's frame: how it is mounted ([`mount`]), what it is given
//! ([`props`]), its root component ([`widget`]) with its state ([`state`])
//! and content ([`loaded`]), what it draws around the panes ([`frame`]:
//! header, mode tabs, language switch and notice, error panel) and the
//! [`panes`] (including the restart into a wasm module that holds a mode
//! this one lacks). The shell depends on the parts; no part depends on the
//! shell.

pub(crate) mod frame;
pub(crate) mod loaded;
pub mod mount;
pub(crate) mod panes;
pub mod props;
pub(crate) mod state;
pub mod widget;
